"""`oo-classroom`: the program's entry point, at the top of the layers.

app.main reads the command line and runs the console commands (config, sync, diagnostics, check-network);
a command that needs the window comes back here, so nothing below the widgets imports them.
"""

from __future__ import annotations

import sys

from app import main as command_line
from app.launch import WindowCommand


def main(argv: list[str] | None = None) -> int:
    return command_line.main(argv, open_window)


def open_window(command: WindowCommand) -> int:
    from widgets.desktop import open_window as open_desktop  # here: the console commands never load QtWidgets

    return open_desktop(command)


if __name__ == "__main__":
    sys.exit(main())
