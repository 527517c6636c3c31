"""Entry point of the frozen Tepi: PyInstaller runs this file as ``__main__``.

One executable serves people and scripts: ``tepi COMMAND ...`` (``predict``,
``info``, ``serve``...) runs the command line, anything else (no argument,
files from "Open with", ``--selftest``, ``--version``) is ``python -m desktop``.
Qt is imported only on the desktop path, so the command line never pays for it.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    from inference.backends.litert_probe import FROZEN_FLAG

    if args[:1] == [FROZEN_FLAG]:  # a model from outside opened first in a child (litert_probe)
        from pathlib import Path

        from inference.backends.litert import probe_child

        return probe_child(Path(args[1]))
    from inference.cli import COMMANDS

    if args and args[0] in COMMANDS:
        from inference.cli import main as cli_main

        return cli_main(args)
    from desktop.__main__ import main as desktop_main  # notes the start time first, as `python -m desktop`

    return int(desktop_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
