"""The signing keys of an OpenID Connect provider, fetched from its JWKS URL.

PyJWT's ``PyJWKClient`` does the HTTP(S) fetch; the caching is ours, because the
server must stay sensible when the provider rotates keys or is down:

- the key set is fetched on first use and again after ``lifespan`` seconds;
- a token naming a key id (``kid``) not in the set triggers one re-fetch (the
  provider rotated its keys), but at most one fetch per ``cooldown`` seconds, so
  a stream of forged tokens with made-up key ids cannot make the server hammer
  the provider or queue every request behind a fetch;
- a failed fetch keeps the keys already held (an outage of the provider does
  not log everybody out; removed keys disappear at the next successful fetch);
  with no keys held, the token is refused with the reason;
- one fetch at a time, with a short timeout, so a hanging provider delays
  OIDC logins by at most ``timeout`` seconds.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from pathlib import Path
from typing import Callable

log = logging.getLogger("radview.server.oidc")


class KeyUnavailable(LookupError):
    """No key for this token; the message is safe to show (it names no secret)."""


class JwksKeys:
    def __init__(self, url: str, *, ca_file: str | Path | None = None, timeout: float = 5.0,
                 lifespan: float = 300.0, cooldown: float = 10.0,
                 clock: Callable[[], float] = time.monotonic):
        import jwt

        context = ssl.create_default_context(cafile=str(ca_file)) if ca_file else None
        # cache_jwk_set=False: fetch_data() only fetches; the cache below decides when
        self._client = jwt.PyJWKClient(url, cache_jwk_set=False, timeout=timeout,
                                       ssl_context=context)
        self.url, self.lifespan, self.cooldown, self._clock = url, lifespan, cooldown, clock
        self._keys: dict[str | None, object] | None = None
        self._fetched_at = self._attempt_at = None
        self._error = ""
        self._lock = threading.Lock()
        self.fetches = 0  # attempts, for the log and the tests

    def key(self, kid: str | None):
        """The PyJWK for ``kid`` (None: the only signing key), or KeyUnavailable."""
        with self._lock:
            now = self._clock()
            may_fetch = self._attempt_at is None or now - self._attempt_at >= self.cooldown
            stale = self._keys is None or now - self._fetched_at >= self.lifespan
            if stale and may_fetch:
                self._fetch(now)
                may_fetch = False
            if self._keys is None:
                raise KeyUnavailable(f"cannot get the OpenID Connect provider's keys from "
                                     f"{self.url}: {self._error or 'not fetched yet'}")
            found = self._match(kid)
            if found is None and may_fetch:  # the provider may have rotated its keys
                self._fetch(now)
                found = self._match(kid)
            if found is None:
                raise KeyUnavailable(f"JWT signed by an unknown key (kid {kid!r} is not in "
                                     "the provider's key set)")
            return found

    def _match(self, kid):
        if kid is None:
            return next(iter(self._keys.values())) if len(self._keys) == 1 else None
        return self._keys.get(kid)

    def _fetch(self, now: float) -> None:
        import jwt

        self._attempt_at = now
        self.fetches += 1
        try:
            keyset = jwt.PyJWKSet.from_dict(self._client.fetch_data())
        except (jwt.PyJWTError, OSError, ValueError, TypeError) as exc:
            self._error = str(exc)
            log.warning("OIDC key set not fetched from %s (%s)%s", self.url, exc,
                        "; keeping the keys fetched before" if self._keys else "")
            return
        keys = {k.key_id: k for k in keyset.keys if k.public_key_use in ("sig", None)}
        if not keys:
            self._error = "the key set holds no signing key"
            log.warning("OIDC key set from %s holds no signing key", self.url)
            return
        self._keys, self._fetched_at, self._error = keys, now, ""
