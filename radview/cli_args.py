"""Argument types shared by the command modules: argparse refuses a bad value with a
clear message before the command starts (nothing has changed yet).

Only argparse at module level: ``radview --help`` stays fast.
"""

from __future__ import annotations

import argparse


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def positive_int(text: str) -> int:
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def non_negative_int(text: str) -> int:
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def frame_number(text: str) -> int:
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"frames are numbered from 1, got {value}")
    return value


def port(text: str) -> int:
    """A TCP port; 0 means any free port."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0..65535, got {value}")
    return value


def percent(text: str) -> int:
    """1..100, with or without a trailing '%'."""
    value = positive_int(text.rstrip("%"))
    if value > 100:
        raise argparse.ArgumentTypeError(f"quality is a percentage 1..100, got {value}")
    return value


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value


def dicom_uid(text: str) -> str:
    from radview.dicom.query import valid_uid  # pydicom: only when a UID is parsed

    if not valid_uid(text):
        raise argparse.ArgumentTypeError(f"not a valid DICOM UID: {text[:80]!r}")
    return text


def tcp_port(text: str) -> int:
    """A TCP port to connect to or listen on: 1..65535."""
    value = positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"not a TCP port: {value}")
    return value
