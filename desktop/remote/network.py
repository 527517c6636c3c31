"""What the operating system says about the connection: online or not, metered or not.

On Linux Tepi asks NetworkManager over D-Bus (``jeepney``, which the keyring
already brings): its ``State`` and ``Metered`` properties, what Qt's own
NetworkManager backend reads, without shipping QtNetwork and Kerberos in the
bundle. The call blocks for a moment, so ``ON_WORKER`` tells callers to make it
on a worker thread. Elsewhere Qt's ``QNetworkInformation`` asks the platform
(the Network List Manager on Windows, Network.framework on macOS) on the GUI
thread. When nothing can tell, the connection counts as an unmetered one that
may be online: an update check then simply fails if it is not.
"""

from __future__ import annotations

import logging
import sys

__all__ = ["METERED", "OFFLINE", "ONLINE", "ON_WORKER", "connection_state", "from_networkmanager"]

logger = logging.getLogger(__name__)
ONLINE, OFFLINE, METERED = "online", "offline", "metered"
ON_WORKER = sys.platform.startswith("linux")
"""``connection_state`` blocks on D-Bus here: call it on a worker thread."""
NM_ASLEEP, NM_DISCONNECTED = 10, 20
NM_METERED_YES, NM_METERED_GUESS_YES = 1, 3
_loaded: bool | None = None


def connection_state() -> str:
    """``online``, ``offline`` or ``metered``."""
    return _networkmanager_state() if ON_WORKER else _qt_state()


def from_networkmanager(state: int, metered: int) -> str:
    """NetworkManager's ``State`` (NMState) and ``Metered`` (NMMetered) as one of the three answers."""
    if state in (NM_ASLEEP, NM_DISCONNECTED):
        return OFFLINE
    if metered in (NM_METERED_YES, NM_METERED_GUESS_YES):
        return METERED
    return ONLINE


def _networkmanager_state() -> str:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    manager = DBusAddress(
        "/org/freedesktop/NetworkManager",
        bus_name="org.freedesktop.NetworkManager",
        interface="org.freedesktop.DBus.Properties",
    )
    try:
        with open_dbus_connection(bus="SYSTEM") as bus:
            values = []
            for name in ("State", "Metered"):
                call = new_method_call(manager, "Get", "ss", ("org.freedesktop.NetworkManager", name))
                values.append(int(bus.send_and_get_reply(call, timeout=2).body[0][1]))
    except Exception as exc:  # no system bus, no NetworkManager, a refused call: the system does not say
        logger.info("NetworkManager cannot tell the connection state (%s); updates are allowed", exc)
        return ONLINE
    return from_networkmanager(*values)


def _qt_state() -> str:
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
