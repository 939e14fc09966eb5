"""`apptoto-sheets`: the window by default; `preview`, `validate`, `submit`, `diff`, `history`, `undo`, `login`,
`logout`, `sandbox` for headless use.

One module per command (gui/cli/<command>.py); the options come from the settings declarations
(gui/core/settings.py) through gui/cli/parser.py. Qt is imported only when the window opens.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from gui.cli.common import EXIT_SOME, KEPT
from gui.cli.parser import COMMANDS, build_gui_parser, build_parser

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:                        # the process's entry point: unexpected errors go to the log file
        from gui.core import crashlog

        crashlog.install()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        args = build_parser().parse_args(args_list)
        try:
            code = _run_command(args)
        except KeyboardInterrupt:
            print("Stopped.", file=sys.stderr)
            return EXIT_SOME
        if argv is None and KEPT:       # this process ends here: skip freeing the document object by object
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        KEPT.clear()
        return code
    args = build_gui_parser().parse_args(args_list)
    if args.self_test:
        from gui.cli.selftest import run as self_test

        return self_test(args)
    from gui.qt.app import run  # Qt is imported only for the window

    return run(args)


def _run_command(args) -> int:
    if args.command in ("preview", "validate"):
        from gui.cli.preview import run
    elif args.command == "submit":
        from gui.cli.submit import run
    elif args.command == "diff":
        from gui.cli.diff import run
    elif args.command == "history":
        from gui.cli.history import run
    elif args.command == "undo":
        from gui.cli.undo import run
    elif args.command == "login":
        from gui.cli.login import run
    elif args.command == "logout":
        from gui.cli.logout import run
    else:
        from gui.cli.sandbox import run
    return run(args)
