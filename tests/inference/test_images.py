"""Image decoding and preprocessing: every format and mode, and every way a file can be bad."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from inference.errors import ImageError, ImageTooLarge
from inference.images import decode_image, image_to_tensor, load_image
from inference.modelpack import ImageSpec

RGB_SPEC = ImageSpec(width=16, height=16, color_mode="rgb", fit="stretch")


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def red_square(size: int = 32) -> Image.Image:
    return Image.new("RGB", (size, size), (255, 0, 0))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "BMP", "GIF", "WEBP", "TIFF"])
def test_every_supported_format_decodes_to_rgb(fmt: str) -> None:
    tensor = load_image(encode(red_square(), fmt), RGB_SPEC).tensor
    assert tensor.shape == (16, 16, 3)
    red, green, blue = tensor.reshape(-1, 3).mean(axis=0)
    assert red > 0.9 and green < 0.1 and blue < 0.1


def test_gif_uses_first_frame() -> None:
    frames = [Image.new("RGB", (8, 8), c) for c in ((0, 0, 255), (0, 255, 0))]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    tensor = load_image(buffer.getvalue(), RGB_SPEC).tensor
    assert tensor[..., 2].mean() > 0.9 and tensor[..., 1].mean() < 0.1


def test_exif_orientation_is_applied() -> None:
    # 40 wide x 20 tall, left half black; EXIF 6 means "rotate 90 clockwise to view".
    picture = Image.new("RGB", (40, 20), "white")
    picture.paste((0, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    image, original = decode_image(encode(picture, "JPEG", exif=exif.tobytes()))
    assert original == (40, 20)
    assert image.size == (20, 40)
    pixels = np.asarray(image.convert("L"), dtype=np.float32)
    assert pixels[:20].mean() < 60 and pixels[20:].mean() > 200  # black half is now on top


@pytest.mark.parametrize(
    ("mode", "make"),
    [
        ("RGBA", lambda: Image.new("RGBA", (8, 8), (255, 0, 0, 255))),
        ("P", lambda: Image.new("RGB", (8, 8), (255, 0, 0)).convert("P")),
        ("CMYK", lambda: Image.new("RGB", (8, 8), (255, 0, 0)).convert("CMYK")),
        ("LA", lambda: Image.new("LA", (8, 8), (76, 255))),
    ],
)
def test_colour_modes_become_rgb(mode: str, make) -> None:
    image, _ = decode_image(encode(make(), "TIFF" if mode == "CMYK" else "PNG"))
    assert image.mode in ("RGB", "L")
    red = np.asarray(image.convert("RGB"), dtype=np.float32)[..., 0].mean()
    assert red > 70


def test_transparent_pixels_become_white() -> None:
    image, _ = decode_image(encode(Image.new("RGBA", (8, 8), (0, 0, 0, 0)), "PNG"))
    assert np.asarray(image).min() == 255


def test_sixteen_bit_grey_keeps_its_range() -> None:
    values = np.full((8, 8), 65535 // 2, dtype=np.uint16)
    image, _ = decode_image(encode(Image.fromarray(values), "PNG"))
    assert image.mode == "L"
    assert 120 <= np.asarray(image).mean() <= 135


def test_one_bit_image() -> None:
    image, _ = decode_image(encode(Image.new("1", (8, 8), 1), "PNG"))
    assert np.asarray(image).mean() == 255


def test_empty_file_is_a_clear_error() -> None:
    with pytest.raises(ImageError, match=r"photo\.jpg is not an image Tepi can read: the file is empty"):
        load_image(b"", RGB_SPEC, name="photo.jpg")


def test_text_named_jpg(tmp_path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("<html>not an image</html>")
    with pytest.raises(ImageError, match=r"it is a web page \(HTML\), not a picture"):
        load_image(path, RGB_SPEC, name=path.name)


def test_truncated_jpeg_is_cut_short() -> None:
    data = encode(Image.effect_noise((256, 256), 64).convert("RGB"), "JPEG")
    with pytest.raises(ImageError, match=r"foto\.jpg is not an image Tepi can read: the file is cut short"):
        load_image(data[: len(data) // 2], RGB_SPEC, name="foto.jpg")


def test_missing_file(tmp_path) -> None:
    with pytest.raises(ImageError, match="the file does not exist"):
        load_image(tmp_path / "gone.png", RGB_SPEC, name="gone.png")


def png_bomb(width: int, height: int) -> bytes:
    """A valid PNG header announcing a huge image, written by hand: tiny on disk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * (width + 1) * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImageTooLarge, match="900 megapixels, more than the 100 megapixel limit"):
        load_image(png_bomb(30000, 30000), RGB_SPEC, name="bomb.png")


def test_large_jpeg_is_decoded_at_reduced_size() -> None:
    photo = Image.effect_noise((4000, 3000), 40).convert("RGB")
    image, original = decode_image(encode(photo, "JPEG", quality=80), hint=224)
    assert original == (4000, 3000)
    assert 224 <= min(image.size) < 3000 / 4  # DCT scaling kept at least the model's size


def test_invert_trim_pad_finds_a_small_dark_digit_on_a_page() -> None:
    page = Image.new("L", (400, 300), 235)
    page.paste(20, (190, 120, 210, 180))  # a dark vertical stroke, 20 x 60
    spec = ImageSpec(
        width=8, height=8, color_mode="grayscale", fit="pad", invert=True, trim=True, resample="box"
    )
    tensor = image_to_tensor(page, spec)[..., 0]
    assert tensor.shape == (8, 8)
    assert tensor[:, 3:5].mean() > 0.8  # the stroke fills the middle columns
    assert tensor[:, :2].max() < 0.05  # and the padding is empty


def test_mean_std_normalisation() -> None:
    spec = ImageSpec(width=2, height=2, fit="stretch", mean=(100.0, 100.0, 100.0), std=(2.0, 2.0, 2.0))
    tensor = image_to_tensor(Image.new("RGB", (2, 2), (110, 100, 90)), spec)
    assert tensor[0, 0].tolist() == pytest.approx([5.0, 0.0, -5.0])


@pytest.mark.parametrize("fit", ["crop", "pad", "stretch"])
def test_fit_modes_give_the_model_size(fit: str) -> None:
    spec = ImageSpec(width=24, height=12, fit=fit)
    assert image_to_tensor(Image.new("RGB", (100, 37)), spec).shape == (12, 24, 3)
