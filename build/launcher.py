"""Entry point of the frozen Tepi: PyInstaller runs this file as ``__main__``.

One executable serves people and scripts: ``tepi COMMAND ...`` (``predict``,
``info``, ...) and ``tepi --version`` run the command line, anything else
(no argument, files from "Open with", ``--selftest``) opens the desktop app.
The desktop shell is imported only on that path, so the command line never
pays for Qt.
"""

from __future__ import annotations

import multiprocessing
import sys


def _wants_cli(args: list[str]) -> bool:
    from inference.cli import COMMANDS

    return bool(args) and (args[0] in COMMANDS or args[0] == "--version")


def main() -> int:
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    if _wants_cli(args):
        from inference.cli import main as cli_main

        return cli_main(args)
    from desktop.app import main as desktop_main  # the `tepi` gui-script of pyproject.toml

    return int(desktop_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
