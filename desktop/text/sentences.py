"""The core's sentences about inputs and models, as the templates translators see.

Each entry is worded exactly as ``inference`` writes the sentence, with
``{field}`` where the core puts a value; ``desktop.text.messages`` matches a
sentence against these templates and rebuilds it from the translated one.
The field's name says how its value is shown (see ``desktop.text.messages``):
``{image_reason}``, ``{cell_reason}``, ``{csv_reason}``, ``{sentence}``... are
translated in turn from the lists below; any other field (a file name, a
number, a message from the operating system) is kept as it is.

When the core gains a sentence, add it here (or in ``desktop.text.sentences_remote``)
and run ``make translations``; ``tests/desktop/test_error_sentences.py`` reads the
core's raise sites and fails for a sentence no template covers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["CELL_REASONS", "CSV_REASONS", "IMAGE_REASONS", "INPUT_NAMES", "SENTENCES"]

SENTENCES = (
    # inference/images.py, tables.py, predictor.py, replay.py: inputs
    QT_TRANSLATE_NOOP("Messages", "{name} is not an image Tepi can read: {image_reason}."),
    QT_TRANSLATE_NOOP("Messages", "{name} is an image, but {model} takes CSV rows."),
    QT_TRANSLATE_NOOP("Messages", "{model} takes CSV rows, not images."),
    QT_TRANSLATE_NOOP("Messages", "{name} is a CSV file, but {model} takes images."),
    QT_TRANSLATE_NOOP("Messages", "{name} is a CSV row, but {model} takes images."),
    QT_TRANSLATE_NOOP("Messages", "{name} has no row {row}."),
    QT_TRANSLATE_NOOP("Messages", "{name} row {row}, column {column}: {cell_reason}."),
    QT_TRANSLATE_NOOP("Messages", "{name} is missing the column {columns} (row 1 is the header)."),
    QT_TRANSLATE_NOOP("Messages", "{name} is missing the columns {columns} (row 1 is the header)."),
    QT_TRANSLATE_NOOP("Messages", "{name} has a header but no data rows."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not {encoding} text, so Tepi cannot read it as CSV."),
    QT_TRANSLATE_NOOP("Messages", "{name} is empty."),
    QT_TRANSLATE_NOOP("Messages", "{name} is larger than Tepi reads (256 MB)."),
    QT_TRANSLATE_NOOP("Messages", "{name} does not exist."),
    QT_TRANSLATE_NOOP("Messages", "{name} cannot be read ({system_error})."),
    QT_TRANSLATE_NOOP("Messages", "{name} line {line} cannot be read as CSV: {csv_reason}."),
    # inference/formats.py, backends/: opening and running a model
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a model file Tepi knows; use .tflite, .keras, .h5, .onnx, a SavedModel folder "
        "or a Teachable Machine export.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} does not exist and is not a bundled model ({known})."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {name} holds no model: no model.toml, saved_model.pb or Teachable Machine files.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} takes input of shape {shape}; Tepi runs image models (height × width × 1 or 3) "
        "and tabular models (features).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}'s model.toml describes {described} input, but the model takes {actual}.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}'s model.toml lists {count} features, but the model takes {actual}.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} takes input of shape {shape}, which Tepi cannot feed."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a readable zip file."),
    QT_TRANSLATE_NOOP("Messages", "{name} unpacks to more than 2 GB."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a Teachable Machine export (it has no labels.txt)."),
    QT_TRANSLATE_NOOP(
        "Messages", "{name} contains a file path that points outside it, so Tepi will not unpack it."
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} contains a file path that points outside it."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a TensorFlow Lite model Tepi can open."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has {inputs} inputs and {outputs} outputs; Tepi runs classifiers with one of each.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The model is not loaded."),
    QT_TRANSLATE_NOOP("Messages", "{name} cannot run here: {system_error}"),
    QT_TRANSLATE_NOOP("Messages", "The input does not fit {name}: {system_error}"),
    QT_TRANSLATE_NOOP(
        "Messages", "Neither LiteRT nor TensorFlow is installed, so .tflite models cannot run here."
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} uses an operation LiteRT cannot run here: {system_error}"),
    QT_TRANSLATE_NOOP("Messages", "{name} is not an ONNX model Tepi can open."),
    QT_TRANSLATE_NOOP("Messages", "{name} uses an operation ONNX Runtime cannot run here: {system_error}"),
    QT_TRANSLATE_NOOP("Messages", "{name} takes {dtype} input; Tepi feeds models floating-point values."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This model needs ONNX Runtime, which this Tepi build does not include; convert it to .tflite "
        "or run it on a remote endpoint.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This model has no local copy; it runs only on a remote endpoint."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not be loaded."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} contains a Lambda layer, which runs Python code stored in the file; Tepi refuses it "
        "unless you trust its source and pass --allow-unsafe-model.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This model needs TensorFlow, which this Tepi build does not include; convert it to .tflite "
        "or run it on a remote endpoint.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a Keras model file."),
    QT_TRANSLATE_NOOP("Messages", "{name} does not fit in this computer's memory."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not be loaded as a Keras model ({system_error})."),
    QT_TRANSLATE_NOOP("Messages", "{name}'s serving signature needs one input and one output."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} needs unsafe deserialization to load; pass --allow-unsafe-model only if you trust its "
        "source.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} has no serving_default signature."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a SavedModel Tepi can open ({system_error})."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not run on this input: {system_error}"),
    QT_TRANSLATE_NOOP(
        "Messages", "{name} has a {size} MB model configuration, more than the {limit} MB Tepi reads."
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} holds weights only, not a model."),
    QT_TRANSLATE_NOOP("Messages", "{name} must have one input and one output to be served."),
    # inference/modelpack.py: model packs and their model.toml ({where} is "pack/model.toml")
    QT_TRANSLATE_NOOP("Messages", "{name} has no model.toml."),
    QT_TRANSLATE_NOOP("Messages", "{where} is not valid TOML: it nests too deeply."),
    QT_TRANSLATE_NOOP("Messages", "{where} is not valid TOML: {toml_error}."),
    QT_TRANSLATE_NOOP("Messages", "Model pack {pack} is missing the file {name}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} in model pack {pack} has been changed or damaged (its SHA-256 does not match the "
        "manifest), so Tepi will not load it.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{where}: [model] must be a table."),
    QT_TRANSLATE_NOOP("Messages", "{where}: [input] must be a table."),
    QT_TRANSLATE_NOOP("Messages", "{where}: [output] must be a table."),
    QT_TRANSLATE_NOOP("Messages", "{where}: model.files must be a list of file names."),
    QT_TRANSLATE_NOOP("Messages", "{where}: model.sha256 must map listed model files to hashes."),
    QT_TRANSLATE_NOOP("Messages", "{where}: no SHA-256 for {files}."),
    QT_TRANSLATE_NOOP("Messages", "{where}: a pack needs model.files or a [remote] section."),
    QT_TRANSLATE_NOOP("Messages", "{where}: model file {file} must stay inside the pack."),
    QT_TRANSLATE_NOOP("Messages", "{where}: labels file {file} must stay inside the pack."),
    QT_TRANSLATE_NOOP("Messages", "{where}: cannot read labels file {file}."),
    QT_TRANSLATE_NOOP("Messages", "{where}: '{key}' is missing or not a {python_type}."),
    QT_TRANSLATE_NOOP("Messages", "{where}: '{key}' is {value}; use one of {choices}."),
    QT_TRANSLATE_NOOP("Messages", "{where}: 'labels' must be a list of strings."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.{key} must be a number or a list of numbers."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.size must be [width, height] in pixels."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.mean and input.std go together."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.std must not contain 0."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.features must list the feature column names."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.features has a name twice."),
    QT_TRANSLATE_NOOP("Messages", '{where}: [remote] needs model = "name".'),
    # inference/packs/signing.py, trust.py: signed packs and trusted publishers
    QT_TRANSLATE_NOOP("Messages", "{name} is not signed (it has no model.sig)."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a signed model pack."),
    QT_TRANSLATE_NOOP("Messages", "{file} in {name} has changed since {key} signed it."),
    QT_TRANSLATE_NOOP("Messages", "{name} has a file that was not signed: {file}."),
    QT_TRANSLATE_NOOP("Messages", "{name} is missing {file}, which {key} signed."),
    QT_TRANSLATE_NOOP("Messages", "{name} does not match its signature."),
    QT_TRANSLATE_NOOP("Messages", "{file} in {name} is not covered by its signature."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is signed by another key (fingerprint "
        "{fingerprint}), not by {keys}.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is signed by a key with fingerprint {fingerprint}, "
        "but Tepi has no key to check it with.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The signature of {name} does not match what "
        "it says it signed: it is forged or damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The signature of {name} (model.sig) is damaged "
        "or not a model signature Tepi reads.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The signature of {name} is too large to be one."),
    QT_TRANSLATE_NOOP("Messages", "The signature of {name} cannot be read ({system_error})."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The signature of {name} lists a file outside "
        "the pack ({file}), so Tepi refuses it.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The signature of {name} does not cover "
        "its model.toml, so it proves nothing.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} holds a symbolic link, which Tepi does not sign or verify."),
    QT_TRANSLATE_NOOP("Messages", "{name} holds a file that is not a regular file or cannot be read."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a model pack: it has no model.toml."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Tepi opens only models signed by a trusted publisher ({names}), "
        "so it refused this one (--allow-unsigned overrides): {sentence}",
    ),
    QT_TRANSLATE_NOOP("Messages", "This key is already trusted as {name}."),
    QT_TRANSLATE_NOOP("Messages", "Another key is already trusted as {name}; choose another --name."),
    QT_TRANSLATE_NOOP("Messages", "No trusted key is called {name} (trusted: {names})."),
    QT_TRANSLATE_NOOP("Messages", "{where}: input.baseline needs one finite number per feature ({count})."),
    # inference/explain/: why a model answered as it did
    QT_TRANSLATE_NOOP("Messages", "Unknown explanation method {method}; use one of {choices}."),
    QT_TRANSLATE_NOOP("Messages", "{model} has no picture to explain: its input is {width}×{height} pixels."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{model} has no picture to explain: it takes CSV rows, which Tepi explains one feature at a "
        "time (--method=occlusion).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Grad-CAM needs a Keras model (.keras or .h5) run by TensorFlow, and {model} has none; the "
        "occlusion method explains any model.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Grad-CAM cannot explain {model} ({detail}); the occlusion method explains any model."
    ),
    # inference/packs/store.py, install.py, archive.py, keys.py, update.py, tuf_*.py: versions and updates
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{name}' cannot name a key: use letters, digits, "
        "'.', '_' or '-', starting with a letter or digit.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{name}' is not a pack name Tepi installs "
        "(letters, digits, '.', '_', '-').",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{version}' is not a version Tepi installs "
        "(letters, digits, '.', '+', '-').",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Tepi cannot trust the update source {url}: no trusted publisher ({names}) signed "
        "its root; trust its publisher's key first, or give its root.json once (--root).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Tepi cannot trust the update source {url}: no publisher is trusted yet; "
        "trust its publisher's key first, or give its root.json once (--root).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source '{url}' must start with "
        "http:// or https:// and name a host.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} failed TUF's checks "
        "({tuf_error}); nothing was installed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} {version} from {url} was refused: {sentence}"),
    QT_TRANSLATE_NOOP("Messages", "{name} {version} is already installed."),
    QT_TRANSLATE_NOOP("Messages", "{name} {version} is in use; switch to another version first."),
    QT_TRANSLATE_NOOP("Messages", "{name} {version} is not installed (installed: {versions})."),
    QT_TRANSLATE_NOOP("Messages", "{name} {version} is not installed."),
    QT_TRANSLATE_NOOP("Messages", "{path} already exists; choose another --name or folder."),
    QT_TRANSLATE_NOOP("Messages", "{name} from {url} is not an index."),
    QT_TRANSLATE_NOOP("Messages", "{name} from {url} is not valid JSON."),
    QT_TRANSLATE_NOOP("Messages", "{name} from {url} is too large to be an index."),
    QT_TRANSLATE_NOOP("Messages", "{name} has no earlier version to return to."),
    QT_TRANSLATE_NOOP("Messages", "{name} holds a symbolic link ({file}), which Tepi does not install."),
    QT_TRANSLATE_NOOP("Messages", "{name} holds a symbolic link ({file}), which Tepi does not publish."),
    QT_TRANSLATE_NOOP("Messages", "{name} is TUF {role} metadata, not a root."),
    QT_TRANSLATE_NOOP("Messages", "{name} is a TUF root, but not signed by enough of its own root keys."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is encrypted: give its passphrase "
        "(TEPI_KEY_PASSPHRASE or the prompt).",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} is not TUF metadata."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a PEM private key, or the passphrase is wrong."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a PEM public key."),
    QT_TRANSLATE_NOOP("Messages", "{url} is not a Tepi update source."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a pack archive Tepi can unpack ({system_error})."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a pack archive Tepi installs: "
        "{member} is a link or a device, not a file.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a pack archive Tepi installs: {member} is in it twice."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a pack archive Tepi installs: "
        "{member} would land outside the pack.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a pack archive Tepi installs: "
        "it unpacks to more than a pack may.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} is not an elliptic-curve P-256, P-384 or P-521 private key."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not an elliptic-curve P-256, P-384 or P-521 public key."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not encrypted; give no passphrase."),
    QT_TRANSLATE_NOOP("Messages", "{name} is too large to be a key file."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A file from {url} does not match its signed length and "
        "SHA-256, so it was refused; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Another Tepi is changing the installed packs; try again in a moment."),
    QT_TRANSLATE_NOOP("Messages", "The archive announced as {name} {version} holds {pack} {pack_version}."),
    QT_TRANSLATE_NOOP("Messages", "The index of {url} is not a list of versions."),
    QT_TRANSLATE_NOOP("Messages", "The key file {path} cannot be read ({system_error})."),
    QT_TRANSLATE_NOOP("Messages", "The key file {path} does not exist."),
    QT_TRANSLATE_NOOP("Messages", "The record of installed {name} packs cannot be read ({system_error})."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} answered HTTP {http_status} "
        "for {file}; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} answered HTTP "
        "{http_status}; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} cannot be reached "
        "({network_reason}); nothing was installed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} has a TLS certificate "
        "Tepi does not trust; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The update source {url} has no pack called {name}."),
    QT_TRANSLATE_NOOP("Messages", "The update source {url} lists {name} but does not sign it."),
    QT_TRANSLATE_NOOP("Messages", "The update source {url} lists no version of {name}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} offered metadata older than Tepi has seen or than the rest of the "
        "repository ({tuf_error}): a replay, rollback or mix-and-match; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} offers expired metadata ({tuf_error}); "
        "its publisher must publish or refresh it; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The update source {url} sent more data than its "
        "signed metadata allows; nothing was installed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The update source {url} stopped answering; nothing was installed."),
)

IMAGE_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    QT_TRANSLATE_NOOP("Messages", "the file is {size} MB, larger than Tepi accepts"),
    QT_TRANSLATE_NOOP("Messages", "the file does not exist"),
    QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    QT_TRANSLATE_NOOP("Messages", "Tepi is not allowed to read it"),
    QT_TRANSLATE_NOOP("Messages", "the file cannot be read ({system_error})"),
    QT_TRANSLATE_NOOP("Messages", "it has {megapixels} megapixels, more than the {limit} megapixel limit"),
    QT_TRANSLATE_NOOP("Messages", "it is too large to decode safely"),
    QT_TRANSLATE_NOOP("Messages", "the file is cut short"),
    QT_TRANSLATE_NOOP("Messages", "the file is damaged"),
    QT_TRANSLATE_NOOP("Messages", "its contents are not in an image format Tepi knows"),
    QT_TRANSLATE_NOOP(
        "Messages", "it is a HEIC or AVIF photo, which Tepi cannot read (save it as JPEG or PNG)"
    ),
    QT_TRANSLATE_NOOP("Messages", "it is a PDF document, not a picture"),
    QT_TRANSLATE_NOOP("Messages", "it is a PostScript file, not a picture"),
    QT_TRANSLATE_NOOP("Messages", "it is an SVG drawing; save it as PNG to use it"),
    QT_TRANSLATE_NOOP("Messages", "it is a web page (HTML), not a picture"),
    QT_TRANSLATE_NOOP("Messages", "it is a text file, not a picture"),
)
"""Why a file is not an image (``inference.images``), after "... is not an image Tepi can read:"."""

CELL_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "the cell is empty"),
    QT_TRANSLATE_NOOP("Messages", "{value} is not a number"),
    QT_TRANSLATE_NOOP("Messages", "{value} is not a finite number"),
    QT_TRANSLATE_NOOP("Messages", "{value} is too large a number"),
)
"""Why a CSV cell is not a usable number (``inference.tables``)."""

CSV_REASONS = (QT_TRANSLATE_NOOP("Messages", "a cell is longer than {count} characters"),)
"""Why the CSV reader stopped at a line (other reasons are Python's own words, kept as they are)."""

INPUT_NAMES = (
    QT_TRANSLATE_NOOP("Messages", "the input"),
    QT_TRANSLATE_NOOP("Messages", "the pasted image"),
)
"""What the core calls an input that has no file name."""
