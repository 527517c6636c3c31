"""Under one answer: "Explain" shows where in the picture the model found it, over the picture.

The explanation runs in the session's thread through the shared model's
serialised router (its copies take their turn like any batch), once per
answer: it is kept in the session, so moving the opacity slider only redraws.
"""

from __future__ import annotations

import streamlit as st

from inference.errors import TepiError
from inference.explain import Explainer, ImageExplanation
from inference.explain.render import overlay_image
from inference.images import LoadedImage
from inference.results import Prediction
from web.engine import SharedModel
from web.i18n import sentence, t

__all__ = ["show_explanation"]


def show_explanation(
    model: SharedModel, prediction: Prediction, image: LoadedImage, lang: str, key: object
) -> None:
    """A toggle; when on, the picture with the heatmap over it and an opacity slider."""
    if image.preview is None or image.geometry is None:
        return
    if not st.toggle(t("explain", lang), key="explain", help=t("explain_help", lang)):
        return
    kept = st.session_state.get("explanation")
    if kept is None or kept[0] != key:
        with st.spinner(t("explaining", lang)):
            try:
                explainer = Explainer(model.predictor)
                result: ImageExplanation | TepiError = explainer.explain_tensor(
                    image.tensor, image.geometry, prediction
                )
                explainer.close()
            except TepiError as exc:
                result = exc
        kept = (key, result)
        st.session_state.explanation = kept
    result = kept[1]
    if isinstance(result, TepiError):
        st.error(sentence(str(result), lang))
        return
    opacity = st.slider(t("opacity", lang), 0, 100, 60, step=5, key="opacity", format="%d %%")
    heat = result.heat(size=image.preview.size)
    method = "Grad-CAM" if result.method == "gradcam" else t("occlusion", lang)
    caption = t(
        "explained",
        lang,
        label=prediction.label,
        method=method,
        passes=result.passes,
        ms=f"{result.explain_ms:.0f}",
    )
    st.image(overlay_image(image.preview, heat, opacity / 100), caption=caption, width="content")
