"""The page ``streamlit run web/app.py`` serves (``make web``): pick a model, drop inputs, read answers.

Streamlit runs this script from the top for every click, in one thread per
browser session. What is slow or shared lives elsewhere: the model is loaded
once per pack and shared by every session (``st.cache_resource`` over
``web.engine.SharedModel``); a session's answers are kept in its
``st.session_state`` so a click on "Download" or a change of language does
not predict again.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from inference.errors import TepiError
from inference.images import IMAGE_SUFFIXES
from inference.tables import CSV_SUFFIXES
from web.engine import SharedModel, Upload, Workspace, status_to
from web.explaining import show_explanation
from web.i18n import LANGUAGES, sentence, t
from web.results import show_batch_table, show_one, show_summary
from web.settings import RemoteSettings, model_folders, remote_settings

logger = logging.getLogger("web.app")
IMAGE_TYPES = sorted(suffix.lstrip(".") for suffix in IMAGE_SUFFIXES)
CSV_TYPES = sorted(suffix.lstrip(".") for suffix in CSV_SUFFIXES)
REDRAW_S = 0.3


@st.cache_resource(show_spinner=False)
def shared_model(folder: str, remote_key: str, _settings: RemoteSettings) -> SharedModel:
    """The pack in ``folder`` with these remote settings, loaded once for every session of this server."""
    return SharedModel.open(Path(folder), remote=_settings.endpoint, policy=_settings.policy)


def remote() -> RemoteSettings:
    try:
        secrets: Mapping[str, Any] = st.secrets.to_dict()
    except FileNotFoundError:  # no secrets.toml: everything comes from the environment
        secrets = {}
    return remote_settings(os.environ, secrets)


def language() -> str:
    codes = list(LANGUAGES)
    asked = st.query_params.get("lang", "en")
    choice = st.sidebar.selectbox(
        "Language · Bahasa",
        codes,
        index=codes.index(asked) if asked in codes else 0,
        format_func=LANGUAGES.__getitem__,
        key="lang",
    )
    return str(choice)


def workspace() -> Workspace:
    if "workspace" not in st.session_state:
        st.session_state.workspace = Workspace()  # deleted with the session (its finalizer cleans up)
    return st.session_state.workspace  # type: ignore[no-any-return]


def choose_model(lang: str) -> SharedModel | None:
    """The sidebar: a bundled pack or an uploaded model; None (with the sentence shown) if it fails."""
    sidebar = st.sidebar
    folders = model_folders(os.environ)
    sidebar.header(t("model", lang))
    name = sidebar.selectbox(t("model", lang), list(folders), key="pack", label_visibility="collapsed")
    uploaded = sidebar.expander(t("upload_model", lang)).file_uploader(
        t("upload_model", lang), type=["tflite", "zip"], help=t("upload_model_help", lang), key="model_file"
    )
    try:
        if uploaded is not None:
            model = session_model(Upload(uploaded.name, uploaded.getvalue()), uploaded.file_id, lang)
        elif name is None:
            sidebar.error(t("no_models", lang, folder=os.environ.get("TEPI_MODELS", "resources/models")))
            return None
        else:
            settings = remote()
            with st.spinner(t("loading_model", lang, name=name)):
                model = shared_model(str(folders[name]), settings.key, settings)
    except TepiError as exc:
        sidebar.error(sentence(str(exc), lang))
        return None
    describe_model(model, lang)
    return model


def session_model(upload: Upload, file_id: str, lang: str) -> SharedModel:
    """A model uploaded in this session: checked, loaded, and kept only in this session."""
    kept = st.session_state.get("uploaded_model")
    if kept is not None and kept[0] == file_id:
        return kept[1]  # type: ignore[no-any-return]
    if kept is not None:
        kept[1].close()
        st.session_state.uploaded_model = None
    with st.spinner(t("loading_model", lang, name=upload.name)):
        pack = workspace().open_model(upload)
        settings = remote()
        model = SharedModel.open(pack, remote=settings.endpoint, policy=settings.policy)
    st.session_state.uploaded_model = (file_id, model)
    return model


def describe_model(model: SharedModel, lang: str) -> None:
    pack = model.pack
    sidebar = st.sidebar
    sidebar.markdown(f"**{pack.name}** {pack.version}")
    if pack.description:
        sidebar.caption(pack.description)
    sidebar.caption(t("runs_on", lang, backend=model.backend_kind))
    settings = remote()
    if settings.endpoint is not None:
        policy = settings.policy or "auto"
        sidebar.caption(t("remote", lang, host=settings.endpoint.host, policy=policy))


def image_inputs(lang: str) -> list[Upload]:
    files, folder, camera = st.tabs([t("images", lang), t("folder", lang), t("camera", lang)])
    picked = files.file_uploader(
        t("drop_images", lang), type=IMAGE_TYPES, accept_multiple_files=True, key="images"
    )
    walked = folder.file_uploader(
        t("drop_folder", lang), type=IMAGE_TYPES, accept_multiple_files="directory", key="folder"
    )
    photo = None
    if camera.toggle(t("use_camera", lang), key="use_camera"):
        photo = camera.camera_input(t("take_photo", lang), key="camera", width=480)
    chosen = [*(picked or []), *(walked or []), *([photo] if photo is not None else [])]
    return [Upload(f.name, f.getvalue()) for f in chosen]


def csv_inputs(model: SharedModel, lang: str) -> list[Upload]:
    features = ", ".join(getattr(model.pack.input, "features", ()) or ())
    if features:
        st.caption(t("takes_rows", lang, name=model.pack.name, features=features))
    picked = st.file_uploader(t("drop_csv", lang), type=CSV_TYPES, accept_multiple_files=True, key="csv")
    return [Upload(f.name, f.getvalue()) for f in picked or []]


def predict(model: SharedModel, uploads: list[Upload], lang: str) -> None:
    """Answer the uploads, or show the answers this session already has for them."""
    key = (id(model), tuple((u.name, hash(u.data)) for u in uploads))
    done = st.session_state.get("answers")
    notice = st.empty()
    with status_to(lambda text: notice.info(sentence(text, lang), icon="⏳")):
        if len(uploads) == 1 and model.pack.is_image:
            answer_one(model, uploads[0], lang, done if done and done[0] == key else None, key)
        else:
            answer_many(model, uploads, lang, done[1] if done and done[0] == key else None, key)
    notice.empty()


def answer_one(model: SharedModel, upload: Upload, lang: str, done: Any, key: object) -> None:
    if done is None:
        try:
            done = (key, model.predict_image(upload))
        except TepiError as exc:
            done = (key, exc)
        st.session_state.answers = done
    result = done[1]
    if isinstance(result, TepiError):
        st.error(sentence(str(result), lang))
    else:
        show_one(result[0], result[1], lang)
        show_explanation(model, result[0], result[1], lang, key)


def answer_many(model: SharedModel, uploads: list[Upload], lang: str, done: Any, key: object) -> None:
    """A table that fills as inputs finish (redrawn at most every 0.3 s), a progress bar, a download."""
    table = st.empty()
    if done is None:
        expected = sum(expected_outcomes(u) for u in uploads)
        bar = st.progress(0.0, text=t("progress", lang, done=0, total=expected))
        done, drawn = [], 0.0
        for outcome in model.predict_files(workspace(), uploads):
            done.append(outcome)
            if time.monotonic() - drawn > REDRAW_S:
                total = max(expected, len(done))
                bar.progress(len(done) / total, t("progress", lang, done=len(done), total=total))
                show_batch_table(table, done, lang)
                drawn = time.monotonic()
        bar.empty()
        st.session_state.answers = (key, done)
    show_batch_table(table, done, lang)
    show_summary(done, lang, uploads)


def expected_outcomes(upload: Upload) -> int:
    """1 for an image; about one per line for a CSV file (for the progress bar only)."""
    if upload.name.lower().endswith(tuple(CSV_SUFFIXES)):
        return max(1, upload.data.count(b"\n") - 1 + (not upload.data.endswith(b"\n")))
    return 1


def main() -> None:
    st.set_page_config(page_title="Tepi", page_icon="🔎", layout="wide")
    lang = language()
    st.title(t("title", lang))
    st.caption(t("tagline", lang))
    model = choose_model(lang)
    if model is None:
        return
    uploads = image_inputs(lang) if model.pack.is_image else csv_inputs(model, lang)
    if uploads:
        predict(model, uploads, lang)


try:
    main()
except Exception:  # never a traceback on the page: one sentence, the details in the server's log
    logger.exception("the page failed")
    st.error(t("internal", st.session_state.get("lang", "en")))
