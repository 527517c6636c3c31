"""Where the model's input lies on the picture: crop, pad, stretch and trim, rotated and draft-decoded."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageOps

from inference.images import _RESAMPLE, decode_image, load_image, prepare_image
from inference.modelpack import ImageSpec


def encode(image: Image.Image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.mark.parametrize("size", [(640, 360), (360, 640), (300, 300), (1001, 77), (5, 900)])
@pytest.mark.parametrize("model", [(8, 8), (24, 12), (224, 224)])
@pytest.mark.parametrize("resample", ["lanczos", "bilinear", "box"])
def test_crop_and_pad_give_the_pixels_pillow_gives(size, model, resample) -> None:
    """The fit is written out to know its box; the model must still see exactly what it saw before."""
    picture = Image.effect_noise(size, 60).convert("RGB")
    method = _RESAMPLE[resample]
    for fit, expected in (
        ("crop", ImageOps.fit(picture, model, method)),
        ("pad", ImageOps.pad(picture, model, method, color=0)),
    ):
        spec = ImageSpec(width=model[0], height=model[1], fit=fit, resample=resample, scale=1.0)
        tensor, _ = prepare_image(picture, spec)
        if fit == "pad" and round(min(size) / max(size) * min(model)) == 0:
            # Pillow letterboxes a sliver thinner than half a pixel away; Tepi keeps one pixel of it.
            assert not np.asarray(expected).any() and tensor.any()
            continue
        assert np.array_equal(tensor.astype(np.uint8), np.asarray(expected)), fit


def spot(size: tuple[int, int], centre: tuple[int, int], radius: int = 20) -> Image.Image:
    """A grey photo with one bright disc."""
    picture = Image.new("RGB", size, (90, 90, 90))
    x, y = centre
    ImageDraw = __import__("PIL.ImageDraw", fromlist=["Draw"])
    ImageDraw.Draw(picture).ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255))
    return picture


def brightest_on_picture(geometry, grid: np.ndarray) -> tuple[int, int]:
    heat = geometry.to_picture(grid)
    assert heat.shape == (geometry.picture_size[1], geometry.picture_size[0])
    y, x = np.unravel_index(int(np.argmax(heat)), heat.shape)
    return int(x), int(y)


@pytest.mark.parametrize("fit", ["crop", "pad", "stretch"])
def test_a_map_over_the_input_lands_on_the_object_in_a_non_square_photo(fit: str) -> None:
    """The model's own view of the object, carried back, lands where the object is in the photo."""
    photo = spot((640, 360), centre=(400, 140))
    spec = ImageSpec(width=32, height=32, fit=fit, scale=1.0)
    tensor, geometry = prepare_image(photo, spec)
    heat = tensor.mean(axis=2) - 90.0  # bright where the disc is, as the model saw it
    x, y = brightest_on_picture(geometry, heat)
    assert abs(x - 400) <= 20 and abs(y - 140) <= 20, (x, y)
    # And the inverse: the disc's centre on the picture is the disc's centre on the input.
    u, v = geometry.to_input(400, 140)
    assert tensor[int(v), int(u)].mean() > 200
    assert geometry.to_picture_point(*geometry.to_input(123.0, 45.0)) == pytest.approx((123.0, 45.0))


def test_crop_leaves_the_cut_off_sides_cold_and_pad_covers_the_whole_picture() -> None:
    photo = spot((640, 360), centre=(320, 180))
    cropped = prepare_image(photo, ImageSpec(width=16, height=16, fit="crop"))[1]
    assert cropped.box == pytest.approx((140.0, 0.0, 500.0, 360.0))
    cold = cropped.to_picture(np.ones((16, 16), np.float32))
    assert cold[:, :139].max() == 0 and cold[:, 501:].max() == 0 and cold[:, 141:499].min() == 1.0
    padded = prepare_image(photo, ImageSpec(width=16, height=16, fit="pad"))[1]
    # 360 rows become 9 of the 16 (40 rows each), pasted 4 rows down: the bands are whole model rows.
    assert padded.box == pytest.approx((0.0, -160.0, 640.0, 480.0))
    assert padded.to_picture(np.ones((16, 16), np.float32)).min() == pytest.approx(1.0)


def test_trim_and_pad_follow_a_small_digit_on_a_wide_page() -> None:
    page = Image.new("L", (900, 300), 235)
    page.paste(20, (610, 100, 630, 220))  # a dark stroke right of centre
    spec = ImageSpec(width=8, height=8, color_mode="grayscale", fit="pad", invert=True, trim=True)
    tensor, geometry = prepare_image(page, spec)
    x, y = brightest_on_picture(geometry, tensor[..., 0])
    assert 605 <= x <= 635 and 95 <= y <= 225, (x, y)
    heat = geometry.to_picture(tensor[..., 0])
    assert heat[:, :550].max() == 0  # the page the trim cut away is cold


def test_load_image_measures_the_box_on_the_full_size_upright_photo() -> None:
    """A 4000 × 3000 JPEG decoded at reduced size and stored sideways (EXIF 6) still maps at full size."""
    stored = spot((4000, 3000), centre=(1000, 2200), radius=250)
    exif = Image.Exif()
    exif[0x0112] = 6  # shown rotated 90° clockwise: 3000 wide, 4000 tall
    data = encode(stored, "JPEG", quality=85, exif=exif.tobytes())
    spec = ImageSpec(width=64, height=64, fit="pad", scale=1.0)
    decoded, original = decode_image(data, hint=64)
    assert original == (4000, 3000) and decoded.size[0] < 3000  # draft decoding happened
    loaded = load_image(data, spec)
    geometry = loaded.geometry
    assert geometry is not None and geometry.picture_size == (3000, 4000)
    shown = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    x, y = brightest_on_picture(geometry, loaded.tensor.mean(axis=2) - 90.0)
    shown_pixels = np.asarray(shown.convert("L"))
    assert shown_pixels[y, x] > 200, (x, y)  # the map's brightest point is on the disc as shown


def test_a_smaller_drawing_of_the_picture_gets_the_map_at_its_own_size() -> None:
    photo = spot((640, 360), centre=(480, 90))
    tensor, geometry = prepare_image(photo, ImageSpec(width=32, height=32, fit="crop", scale=1.0))
    small = geometry.to_picture(tensor.mean(axis=2) - 90.0, size=(160, 90))
    y, x = np.unravel_index(int(np.argmax(small)), small.shape)
    assert small.shape == (90, 160) and abs(x - 120) <= 6 and abs(y - 22) <= 6
