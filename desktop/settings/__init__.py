"""What the person chose, as typed value objects over ``QSettings`` (no widgets, no threads).

``store``           the settings file, typed readers shared by every group, saved widget states
``app_settings``    ``AppSettings``: top-k, threads, theme, language, history, the current model
``remote_settings`` ``RemoteSettings``: the remote endpoint (its secret lives in the OS keyring)
"""
