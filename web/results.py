"""What the page shows for one answer and for a batch, and the CSV a person downloads."""

from __future__ import annotations

import io
from collections.abc import Sequence

import streamlit as st

from inference.errors import TepiError
from inference.images import LoadedImage
from inference.outcomes_csv import write_outcomes
from inference.results import Failure, Outcome, Prediction
from inference.tables import parse_csv
from inference.text import file_row
from web.engine import Upload
from web.i18n import sentence, t

__all__ = ["outcome_rows", "outcomes_csv", "show_batch_table", "show_one", "show_summary"]


def show_one(prediction: Prediction, image: LoadedImage | None, lang: str) -> None:
    """The picture, the winning label, the top-k bars, who answered and how fast."""
    picture, answer = st.columns([1, 2], gap="large")
    if image is not None and image.preview is not None:
        picture.image(image.preview, caption=prediction.input, width="stretch")
    answer.metric(
        t("answer", lang), prediction.label, f"{prediction.score:.1%}", delta_color="off", delta_arrow="off"
    )
    answer.caption(t("top_k", lang, k=len(prediction.top_k)))
    for entry in prediction.top_k:
        answer.progress(min(1.0, max(0.0, entry.score)), text=f"{entry.label} · {entry.score:.1%}")
    answer.caption(t("answered_by", lang, backend=prediction.backend, ms=_ms(prediction.latency_ms)))
    if prediction.fallback_reason:
        reason = sentence(prediction.fallback_reason, lang)
        answer.warning(t("fallback", lang, backend=prediction.backend, reason=reason))
    if prediction.escalated is not None:
        answer.info(t("escalated", lang, reason=prediction.escalated_json(lang)["reason"]))
    if prediction.unsure and len(prediction.top_k) > 1:
        first, second = prediction.top_k[:2]
        a, b = f"{first.score:.0%}", f"{second.score:.0%}"
        answer.warning(t("unsure", lang, first=first.label, second=second.label, a=a, b=b))


def outcome_rows(outcomes: Sequence[Outcome], lang: str) -> list[dict[str, object]]:
    """One table row per outcome, with the page's column names in ``lang``."""
    rows = []
    for outcome in outcomes:
        ok = isinstance(outcome, Prediction)
        rows.append(
            {
                t("col_input", lang): outcome.input,
                t("col_row", lang): None if outcome.row is None else file_row(outcome.row),  # as sentences
                t("col_label", lang): _label(outcome, lang) if ok else "",
                t("col_score", lang): round(outcome.score * 100, 1) if ok else None,
                t("col_backend", lang): outcome.backend if ok else "",
                t("col_ms", lang): round(outcome.latency_ms, 2) if ok else None,
                t("col_error", lang): "" if ok else sentence(outcome.error, lang),  # type: ignore[union-attr]
            }
        )
    return rows


def show_batch_table(
    target: st.delta_generator.DeltaGenerator, outcomes: Sequence[Outcome], lang: str
) -> None:
    rows = outcome_rows(outcomes, lang)
    has_rows = any(o.row is not None for o in outcomes)
    hidden = [] if has_rows else [t("col_row", lang)]
    target.dataframe(
        rows,
        hide_index=True,
        width="stretch",
        column_order=[c for c in rows[0] if c not in hidden] if rows else None,
        column_config={t("col_score", lang): st.column_config.NumberColumn(format="%.1f %%")},
    )


def show_summary(outcomes: Sequence[Outcome], lang: str, uploads: Sequence[Upload]) -> None:
    answered = [o for o in outcomes if isinstance(o, Prediction)]
    failed = sum(isinstance(o, Failure) for o in outcomes)
    mean = sum(p.latency_ms for p in answered) / len(answered) if answered else 0.0
    st.caption(t("summary", lang, ok=len(answered), failed=failed, ms=_ms(mean)))
    data = outcomes_csv(outcomes, uploads)
    st.download_button(
        t("download", lang), data, file_name="tepi-predictions.csv", mime="text/csv", on_click="ignore"
    )


def outcomes_csv(outcomes: Sequence[Outcome], uploads: Sequence[Upload]) -> bytes:
    """The download: for one CSV input, its own columns with the prediction columns appended."""
    buffer = io.StringIO()
    csv_inputs = [u for u in uploads if u.name.lower().endswith((".csv", ".tsv", ".txt"))]
    source = None
    if len(uploads) == 1 and len(csv_inputs) == 1:
        try:
            source = parse_csv(csv_inputs[0].data, (), name=csv_inputs[0].name)
        except TepiError:  # the table already shows why this file failed; download the outcomes alone
            source = None
    write_outcomes(buffer, outcomes, source)
    return buffer.getvalue().encode("utf-8")


def _label(prediction: Prediction, lang: str) -> str:
    return f"{prediction.label} ({t('not_sure', lang)})" if prediction.unsure else prediction.label


def _ms(value: float) -> str:
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"
