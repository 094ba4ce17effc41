"""Where a ``$.a[0].b`` place starts in a JSON text, for error messages with line and column."""

from __future__ import annotations

import json
import re

_PLACE_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def locate(text: str, place: str) -> tuple[int, int] | None:
    """(line, column) where the value at ``place`` (``$.a[0].b``) starts in the JSON ``text``."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"[ \t\n\r]*")

    def skip(i: int) -> int:
        return ws.match(text, i).end()

    try:
        pos = skip(0)
        for m in _PLACE_PART.finditer(place[1:]):
            key, index = m.group(1), m.group(2)
            if index is not None:
                if text[pos] != "[":
                    return None
                pos = skip(pos + 1)
                for _ in range(int(index)):
                    _, pos = decoder.raw_decode(text, pos)
                    pos = skip(skip(pos) + 1)  # past the comma
            else:
                if text[pos] != "{":
                    return None
                pos = skip(pos + 1)
                while True:
                    name, pos = decoder.raw_decode(text, pos)
                    pos = skip(skip(pos) + 1)  # past the colon
                    if name == key:
                        break
                    _, pos = decoder.raw_decode(text, pos)
                    pos = skip(pos)
                    if text[pos] != ",":
                        return None
                    pos = skip(pos + 1)
    except (ValueError, IndexError):
        return None
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1
