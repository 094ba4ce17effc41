"""Argument types shared by the command modules: argparse refuses a bad value with a
clear message before the command starts (nothing has changed yet).

Only argparse at module level: ``radview --help`` stays fast.
"""

from __future__ import annotations

import argparse
from typing import Callable, TypeVar

T = TypeVar("T", int, float)


def _parse(text: str, kind: Callable[[str], T], what: str) -> T:
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise argparse.ArgumentTypeError(message)


def _whole(text: str, lo: int, message: str) -> int:
    value = _parse(text, int, "a whole number")
    _require(value >= lo, message.format(value))
    return value


def positive_int(text: str) -> int:
    return _whole(text, 1, "must be at least 1, got {}")


def non_negative_int(text: str) -> int:
    return _whole(text, 0, "must be 0 or more, got {}")


def frame_number(text: str) -> int:
    return _whole(text, 1, "frames are numbered from 1, got {}")


def port(text: str) -> int:
    """A TCP port to listen on; 0 means any free port."""
    value = _parse(text, int, "a port number")
    _require(0 <= value <= 65535, f"port must be 0..65535, got {value}")
    return value


def tcp_port(text: str) -> int:
    """A TCP port to connect to or listen on: 1..65535."""
    value = positive_int(text)
    _require(value <= 65535, f"not a TCP port: {value}")
    return value


def percent(text: str) -> int:
    """1..100, with or without a trailing '%'."""
    value = positive_int(text.rstrip("%"))
    _require(value <= 100, f"quality is a percentage 1..100, got {value}")
    return value


def number(text: str) -> float:
    return _parse(text, float, "a number")


def score(text: str) -> float:
    """A score or probability threshold, 0..1."""
    value = _parse(text, float, "a number")
    _require(0.0 <= value <= 1.0, f"the threshold is a score 0..1, got {value}")
    return value


def seconds(text: str) -> float:
    value = _parse(text, float, "a number of seconds")
    _require(value > 0, "must be positive")
    return value
