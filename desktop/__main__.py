"""``python -m desktop [PATH...]``: open the Tepi window (``--selftest``, ``--version``, ``--help``)."""

from __future__ import annotations

import sys

from desktop import startup  # noqa: F401  # first: notes the start time before anything heavy loads
from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
