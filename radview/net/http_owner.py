"""The part every HTTP client of ours shares: it owns one ``httpx.Client`` (``self.http``)
and closes it in ``close()`` or at the end of a ``with`` block."""

from __future__ import annotations

from typing import TypeVar

import httpx

Self = TypeVar("Self", bound="HttpOwner")


class HttpOwner:
    http: httpx.Client

    def close(self) -> None:
        self.http.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
