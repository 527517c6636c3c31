"""What the operating system says about the connection: online or not, metered or not.

Qt's ``QNetworkInformation`` asks the platform (NetworkManager or GLib on
Linux, the Network List Manager on Windows, Network.framework on macOS). When
no backend can tell, Tepi assumes an unmetered connection that may be online:
the update check then simply fails if it is not.
"""

from __future__ import annotations

import logging

__all__ = ["METERED", "OFFLINE", "ONLINE", "connection_state"]

logger = logging.getLogger(__name__)
ONLINE, OFFLINE, METERED = "online", "offline", "metered"
_loaded: bool | None = None


def connection_state() -> str:
    """``online``, ``offline`` or ``metered`` (call on the GUI thread: it is a Qt object)."""
    from PySide6.QtNetwork import QNetworkInformation

    global _loaded
    if _loaded is None:
        _loaded = QNetworkInformation.loadDefaultBackend()
        if not _loaded:
            logger.info("no network information backend: updates are checked whatever the connection")
    info = QNetworkInformation.instance() if _loaded else None
    if info is None:
        return ONLINE
    features = info.supportedFeatures()
    reachability = info.reachability()  # "Local" still reaches an update source on the office network
    if features & QNetworkInformation.Feature.Reachability and reachability == reachability.Disconnected:
        return OFFLINE
    if features & QNetworkInformation.Feature.Metered and info.isMetered():
        return METERED
    return ONLINE
