"""The page's own words in English and Bahasa Indonesia.

Only the page's labels live here. The core's sentences (errors, fallback
reasons, "waking up") come from the core's own catalogue (``inference.text``):
``sentence`` reads an English sentence back to its code and shows it in the
page's language.
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "sentence", "t"]

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Tepi", "Tepi"),
    "tagline": (
        "Run a model on your images or CSV rows, with the same preprocessing as the Tepi app.",
        "Jalankan model pada gambar atau baris CSV Anda, dengan prapemrosesan yang sama seperti "
        "aplikasi Tepi.",
    ),
    "language": ("Language", "Bahasa"),
    "model": ("Model", "Model"),
    "upload_model": ("Upload a model", "Unggah model"),
    "upload_model_help": (
        "A .tflite file, a Teachable Machine .zip or a zipped model pack. It is checked as the command "
        "line checks it and kept only for this visit.",
        "Berkas .tflite, .zip Teachable Machine, atau paket model dalam .zip. Model diperiksa seperti di "
        "baris perintah dan hanya disimpan selama kunjungan ini.",
    ),
    "uploaded_model": ("Uploaded: {name}", "Diunggah: {name}"),
    "runs_on": ("Runs on {backend}", "Berjalan di {backend}"),
    "remote": ("Server: {host} ({policy})", "Server: {host} ({policy})"),
    "loading_model": ("Loading {name}…", "Memuat {name}…"),
    "images": ("Images", "Gambar"),
    "folder": ("Folder", "Folder"),
    "camera": ("Camera", "Kamera"),
    "csv": ("CSV rows", "Baris CSV"),
    "drop_images": ("Drop one or more images", "Letakkan satu gambar atau lebih"),
    "drop_folder": ("Choose a folder of images", "Pilih folder berisi gambar"),
    "use_camera": ("Use the camera", "Gunakan kamera"),
    "take_photo": ("Take a photo", "Ambil foto"),
    "drop_csv": ("Drop a CSV file: one prediction per row", "Letakkan berkas CSV: satu prediksi per baris"),
    "answer": ("Answer", "Jawaban"),
    "answered_by": ("Answered by {backend} in {ms} ms", "Dijawab oleh {backend} dalam {ms} md"),
    "fallback": ("{backend} answered because: {reason}", "{backend} menjawab karena: {reason}"),
    "not_sure": ("not sure", "tidak yakin"),
    "unsure": ("Not sure: {first} or {second}? {a} / {b}", "Tidak yakin: {first} atau {second}? {a} / {b}"),
    "escalated": (
        "The server answered: this computer's model was not sure ({reason})",
        "Server yang menjawab: model di komputer ini tidak yakin ({reason})",
    ),
    "top_k": ("Top {k}", "{k} teratas"),
    "progress": ("{done} of {total} done", "{done} dari {total} selesai"),
    "summary": (
        "{ok} answered, {failed} failed, {ms} ms per input on average",
        "{ok} terjawab, {failed} gagal, rata-rata {ms} md per masukan",
    ),
    "download": ("Download CSV", "Unduh CSV"),
    "col_input": ("Input", "Masukan"),
    "col_row": ("Row", "Baris"),
    "col_label": ("Label", "Label"),
    "col_score": ("Score", "Skor"),
    "col_backend": ("Answered by", "Dijawab oleh"),
    "col_ms": ("ms", "md"),
    "col_error": ("Problem", "Masalah"),
    "takes_images": ("{name} takes images.", "{name} menerima gambar."),
    "takes_rows": ("{name} takes CSV rows: {features}.", "{name} menerima baris CSV: {features}."),
    "internal": (
        "Tepi hit an internal error; the server's log has the details.",
        "Tepi mengalami galat internal; rinciannya ada di log server.",
    ),
    "no_models": ("No model packs were found in {folder}.", "Tidak ada paket model di {folder}."),
    "explain": ("Explain", "Jelaskan"),
    "explain_help": (
        "Show where in the picture the model found its answer (brighter colours: more important).",
        "Tunjukkan di bagian gambar mana model menemukan jawabannya (warna lebih terang: lebih penting).",
    ),
    "explaining": ("Finding where the model looked…", "Mencari bagian yang dilihat model…"),
    "opacity": ("Heatmap opacity", "Keburaman peta panas"),
    "occlusion": ("occlusion", "oklusi"),
    "explained": (
        "Where {label} came from: {method}, {passes} passes, {ms} ms",
        "Asal jawaban {label}: {method}, {passes} lintasan, {ms} md",
    ),
}


def t(key: str, lang: str, **values: object) -> str:
    """The page's word for ``key`` in ``lang`` (English when the language is unknown)."""
    english, indonesian = _WORDS[key]
    text = indonesian if lang == "id" else english
    return text.format(**values) if values else text


def sentence(text: str, lang: str) -> str:
    """A sentence from the core, in ``lang`` where the core's catalogue has it."""
    from inference.text import translate

    return translate(text, lang)
