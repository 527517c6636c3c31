"""Tepi's browser page: a Streamlit shell over the same core as the desktop app.

    app.py        the script ``streamlit run web/app.py`` runs: layout and widgets only
    engine.py     one predictor per model, shared by every session (thread-safe), and uploads
    results.py    what the page shows for one answer or a batch; the CSV download
    settings.py   the remote endpoint from environment variables or ``.streamlit/secrets.toml``
    i18n.py       the page's own words in English and Bahasa Indonesia

It imports ``inference`` only: never ``desktop`` or Qt (an import-linter contract).
"""
