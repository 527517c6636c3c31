"""Sentences about Tepi's own stores: the offline queue, the history, the keyring (English templates)."""

from __future__ import annotations

ENGLISH = {
    # inference/offline/: the queue and its replayer
    "queue.open": "Tepi cannot open its offline queue {path}: {system_error}.",
    "queue.write": "Tepi could not update its offline queue {name}: {system_error}.",
    "queue.read": "Tepi could not read its offline queue {name}: {system_error}.",
    "queue.copy": "Tepi cannot copy {name} into the offline queue: {system_error}.",
    "queue.waiting": "Waiting in the offline queue (item {item}) until the endpoint answers: {cause}",
    "queue.model": "The queued model {model} cannot be opened: {cause}",
    "queue.not_completed": "Only completed queue items can be recorded.",
    "queue.busy": "Another Tepi process is sending the queue.",
    "queue.discarded": "It was removed from the offline queue before the endpoint answered.",
    "queue.second_opinion": "1 second opinion arrived; {changed} changed the answer.",
    "queue.second_opinions": "{count} second opinions arrived; {changed} changed the answer.",
    # inference/watch/: a watched folder's state and output
    "watch.state_create": "Tepi cannot create the watch state in {path}: {system_error}.",
    "watch.busy": (
        "Another Tepi watcher is already using {name}; stop it first, or give this one its own --state."
    ),
    "watch.state_open": "Tepi cannot open the watch state {path}: {system_error}.",
    "watch.state_write": "Tepi could not update the watch state {name}: {system_error}.",
    "watch.state_read": "Tepi could not read the watch state {name}: {system_error}.",
    "watch.utf16": "{name} is UTF-16 text; Tepi follows growing CSV files written as UTF-8.",
    # inference/history/
    "history.open": "Tepi cannot open its history file {path}: {system_error}.",
    "history.create": "Tepi cannot create its history in {path}: {system_error}.",
    "history.write": "Tepi could not write its history file {name}: {system_error}.",
    "history.read": "Tepi could not read its history file {name}: {system_error}.",
    # inference/secrets.py: the OS keyring
    "secret.empty": "An empty token cannot be stored; delete it instead.",
    "secret.no_keyring": "The keyring package is not installed, so Tepi cannot store the token.",
    "secret.store_refused": (
        "The system keyring refused to store the token for {endpoint} ({system_error}); pass it with "
        "--token or TEPI_REMOTE_TOKEN instead."
    ),
    "secret.delete_refused": "The system keyring refused to delete the token ({system_error}).",
}
