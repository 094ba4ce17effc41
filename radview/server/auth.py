"""Who is asking, and what they may do.

Identity comes from credentials only: a server-issued bearer token (users.py),
an OpenID Connect JWT (issuer, audience, keys and role claim from the server
config), or, on the DICOM port, the calling AE title bound to a user. The role
is the user's, never a value the client chooses.

What a role may do is configuration (config.py, defaults in docs/security.md):
the versions it may receive (intersected with the status × version table, the
original counting as the lossless version) and the changes it may make
(status, diagnosis, anatomy, store). Every check happens before anything
changes, and a refusal names what is allowed.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radview.server.config import STATUS_LABELS, ServerConfig
from radview.server.users import ROLES, UserStore

ACTION_WORDS = {"status": "set the diagnostic status", "diagnosis":
                "write reading notes, annotations or reports",
                "anatomy": "correct anatomy", "store": "store instances (C-STORE/STOW-RS)"}


@dataclass(frozen=True)
class Identity:
    user: str
    role: str
    via: str  # "token", "oidc" or "ae"
    ae_title: str = ""


class AuthError(Exception):
    """No valid credentials; ``reason`` is safe to show (it never holds the token)."""

    def __init__(self, reason: str, code: str = "invalid_token"):
        super().__init__(reason)
        self.reason = reason
        self.code = code


class Refused(Exception):
    """An authenticated user asked for something the tables do not allow."""

    def __init__(self, message: str, **extra: Any):
        super().__init__(message)
        self.extra = extra


class Authenticator:
    """Bearer tokens of registered users and, when configured, OIDC JWTs."""

    def __init__(self, users: UserStore, config: ServerConfig, *, data_dir: Path | None = None):
        self.users = users
        self.oidc = config.raw.get("oidc") or None
        self._jwks = None
        self._jwks_lock = threading.Lock()
        self._data_dir = data_dir

    def bearer(self, authorization: str | None) -> Identity:
        if not authorization:
            raise AuthError("authentication required: send Authorization: Bearer TOKEN",
                            code="")
        scheme, _, credential = authorization.strip().partition(" ")
        credential = credential.strip()
        if scheme.lower() != "bearer" or not credential or " " in credential:
            raise AuthError("malformed Authorization header: expected 'Bearer TOKEN'",
                            code="invalid_request")
        if credential.count(".") == 2 and self.oidc:
            return self._jwt(credential)
        user = self.users.by_token(credential)
        if user is None:
            raise AuthError("unknown token")
        if user.expired():
            raise AuthError(f"the token of user {user.name} has expired")
        return Identity(user.name, user.role, "token", user.ae_title)

    def ae(self, calling_ae_title: str) -> Identity | None:
        user = self.users.by_ae_title(calling_ae_title)
        if user is None or user.expired():
            return None
        return Identity(user.name, user.role, "ae", user.ae_title)

    # OpenID Connect -----------------------------------------------------------------
    def _keys(self):
        cfg = self.oidc
        with self._jwks_lock:
            if self._jwks is None:
                if cfg.get("jwks_file"):
                    import jwt

                    path = self._path(cfg["jwks_file"])
                    self._jwks = ("set", jwt.PyJWKSet.from_dict(json.loads(path.read_text())))
                elif cfg.get("jwks_url"):
                    from radview.server.oidc import JwksKeys

                    ca = cfg.get("jwks_ca_file")
                    self._jwks = ("url", JwksKeys(cfg["jwks_url"],
                                                  ca_file=self._path(ca) if ca else None))
                else:
                    raise AuthError("OIDC is configured without jwks_file or jwks_url")
            return self._jwks

    def _path(self, name: str) -> Path:
        path = Path(name)
        if not path.is_absolute() and self._data_dir is not None:
            path = self._data_dir / path
        return path

    def _jwt(self, token: str) -> Identity:
        import jwt

        from radview.server.oidc import KeyUnavailable

        cfg = self.oidc
        try:
            kind, keys = self._keys()
            kid = jwt.get_unverified_header(token).get("kid")
            if kind == "url":
                key = keys.key(kid).key
            else:
                match = [k for k in keys.keys if kid is None or k.key_id == kid]
                if not match:
                    raise AuthError("JWT signed by an unknown key")
                key = match[0].key
            claims = jwt.decode(token, key, algorithms=cfg.get("algorithms") or ["RS256", "ES256"],
                                audience=cfg["audience"], issuer=cfg["issuer"],
                                options={"require": ["exp", "iss", "aud"]})
        except AuthError:
            raise
        except KeyUnavailable as exc:
            raise AuthError(str(exc)) from None
        except jwt.ExpiredSignatureError:
            raise AuthError("the JWT has expired") from None
        except (jwt.PyJWTError, OSError, ValueError) as exc:
            raise AuthError(f"JWT not accepted: {exc}") from None
        user = str(claims.get(cfg.get("user_claim") or "preferred_username")
                   or claims.get("sub") or "")
        roles = _claim(claims, cfg.get("role_claim") or "roles")
        if isinstance(roles, str):
            roles = [roles]
        known = [r for r in (roles or []) if r in ROLES]
        if not user or not known:
            raise AuthError("JWT carries no user or no radview role "
                            f"(claim {cfg.get('role_claim') or 'roles'!r}: one of "
                            + ", ".join(ROLES) + ")")
        return Identity(user[:64], known[0], "oidc")


def _claim(claims: dict[str, Any], path: str) -> Any:
    """A claim by dotted path (Keycloak puts roles in realm_access.roles)."""
    node: Any = claims
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


class Policy:
    """The status × version and role tables, and who may change what."""

    def __init__(self, config: ServerConfig):
        self.config = config

    @property
    def original(self) -> str:
        """The version an original counts as: the lossless one."""
        lossless = [v.name for v in self.config.versions if v.lossless]
        return lossless[0] if lossless else self.config.versions[0].name

    def allowed_versions(self, status: int, role: str) -> list[str]:
        return self.config.allowed_versions(status, role)

    def check_version(self, study_uid: str, status: int, role: str, name: str) -> None:
        allowed = self.allowed_versions(status, role)
        if name in allowed:
            return
        what = "the original" if name == self.original else f"version {name}"
        raise Refused(
            f"study {study_uid} has diagnostic status {status} "
            f"({STATUS_LABELS.get(status, '?')}): {what} is not allowed for role {role}"
            + (f"; allowed: {', '.join(allowed)}" if allowed else
               "; nothing of it is allowed for this role until the study is read"),
            study_instance_uid=study_uid, status=status, role=role, requested_version=name,
            allowed_versions=allowed)

    def roles_for(self, action: str) -> list[str]:
        return list(self.config.raw["actions"].get(action, []))

    def check_action(self, action: str, identity: Identity) -> None:
        roles = self.roles_for(action)
        if identity.role not in roles:
            raise Refused(f"role {identity.role} may not {ACTION_WORDS.get(action, action)}; "
                          f"allowed roles: {', '.join(roles) or 'none'}",
                          role=identity.role, action=action, allowed_roles=roles)
