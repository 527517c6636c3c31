"""Passphrases of private signing keys: ``TEPI_KEY_PASSPHRASE``, else asked on the terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from inference.errors import UsageError

__all__ = ["PASSPHRASE_ENV", "ask_new_passphrase", "passphrase_for"]

PASSPHRASE_ENV = "TEPI_KEY_PASSPHRASE"


def passphrase_for(key: Path) -> str | None:
    """The passphrase of an encrypted private key: ``TEPI_KEY_PASSPHRASE``, else asked on the terminal."""
    try:
        encrypted = b"ENCRYPTED" in key.read_bytes()[:4096]
    except OSError:
        return None  # loading the key reports it
    if not encrypted:
        return None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise UsageError("cli.passphrase_needed", name=key.name, variable=PASSPHRASE_ENV)
    return getpass.getpass(f"Passphrase for {key.name}: ")


def ask_new_passphrase() -> str:
    if not sys.stdin.isatty():
        raise UsageError("cli.passphrase_terminal", variable=PASSPHRASE_ENV)
    first = getpass.getpass("New passphrase: ")
    if not first or first != getpass.getpass("Again: "):
        raise UsageError("cli.passphrase_mismatch")
    return first
