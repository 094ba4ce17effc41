"""The `radview` command: one entry point, one subcommand per feature.

Each feature owns a small command module that exposes ``register(subparsers)``
and sets ``func`` on the parsers it adds.  Command modules import only argparse
at module level, so ``radview --help`` stays fast and never loads Qt; the packages
they live in load their own names on first use (PEP 562 ``__getattr__``), since
importing a command module imports its package first (``radview bench startup``
measures it; tests/test_cli.py checks no heavy package is imported).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from radview import __version__
from radview.errors import RadviewError

# Modules that register subcommands, in the order they appear in --help.
COMMAND_MODULES = (
    "radview.demo.cli",  # demo-data
    "radview.app.cli",  # demo, workstation
    "radview.server.cli",  # server
    "radview.net.cli",  # query, fetch, import
    "radview.net.delta_cli",  # delta-upload
    "radview.delta.cli",  # standard-set
    "radview.server.analysis.cli",  # analysis-model
    "radview.viewer.cli",  # render
    "radview.protocols.anatomy.cli",  # anatomy
    "radview.app.hang_cli",  # hang
    "radview.protocols.hanging.cli",  # protocols
    "radview.bench.cli",  # bench
)


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors name the program and suggest --help."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: error: {message}\n(try '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="radview",
        description="Radiology reading workstation and image server.",
    )
    parser.add_argument("--version", action="version", version=f"radview {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show full tracebacks on internal errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        # answered before any command module (numpy, Qt, …) is imported: starts in ~0.1 s
        print(f"radview {__version__}")
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    debug = args.debug or bool(os.environ.get("RADVIEW_DEBUG"))
    try:
        result = args.func(args)
    except RadviewError as exc:
        print(f"radview {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"radview {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`... --json | head`): end quietly, as
        # Unix tools do; point stdout at devnull so the interpreter's final flush is silent
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # last resort: one clear line, not a traceback
        if debug:
            raise
        print(
            f"radview {args.command}: internal error: {type(exc).__name__}: {exc}\n"
            "(run with --debug for the traceback)",
            file=sys.stderr,
        )
        return 1
    return int(result or 0)
