"""OpenID Connect keys from a JWKS URL: a real local HTTPS provider (private CA),
key rotation, unknown key ids, the provider down — a clear 401 and nothing changed."""

from __future__ import annotations

import http.server
import json
import ssl
import threading
import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from radview.server.oidc import JwksKeys, KeyUnavailable

from .conftest import real_file
from .helpers import ThreadedServer, bearer
from .pki import PrivateCA

ISSUER, AUDIENCE = "https://keycloak.example/realms/hospital", "radview"


def jwk(key, kid: str) -> dict:
    return {**json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key())),
            "kid": kid, "use": "sig", "alg": "RS256"}


def make_jwt(key, kid: str, role: str = "radiologist") -> str:
    now = int(time.time())
    return jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "preferred_username": "dr.oidc",
                       "iat": now, "exp": now + 300, "realm_access": {"roles": [role]}},
                      key, algorithm="RS256", headers={"kid": kid})


class Provider:
    """The JWKS endpoint of an identity provider over HTTPS: ``keys`` is what it serves,
    ``gets`` how often it was asked."""

    def __init__(self, ca: PrivateCA):
        provider = self
        self.keys: list[dict] = []
        self.gets = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                provider.gets += 1
                body = json.dumps({"keys": provider.keys}).encode()
                self.send_response(200 if self.path == "/certs" else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*ca.issue("localhost", server=True))
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.httpd.server_address[1]}/certs"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def keys():
    return [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]


@pytest.fixture
def provider(tmp_path):
    ca = PrivateCA(tmp_path / "pki")
    p = Provider(ca)
    p.ca_file = ca.ca_file
    yield p
    p.stop()


def oidc_server(data, url: str, ca_file: str) -> ThreadedServer:
    data.mkdir(parents=True)
    (data / "config.json").write_text(json.dumps({"oidc": {
        "issuer": ISSUER, "audience": AUDIENCE, "jwks_url": url, "jwks_ca_file": ca_file,
        "role_claim": "realm_access.roles"}}))
    return ThreadedServer(data)


def test_jwts_verified_with_the_providers_keys_over_https(tmp_path, provider, keys):
    provider.keys = [jwk(keys[0], "k1")]
    with oidc_server(tmp_path / "data", provider.url, provider.ca_file) as srv:
        for _ in range(3):
            r = httpx.get(srv.url + "/api/whoami", headers=bearer(make_jwt(keys[0], "k1")))
            assert r.status_code == 200, r.text
            assert (r.json()["user"], r.json()["role"], r.json()["via"]) == (
                "dr.oidc", "radiologist", "oidc")
        assert provider.gets == 1  # fetched once, then from the cache
        # made-up key ids right after a fetch: refused without asking the provider again
        for _ in range(5):
            r = httpx.get(srv.url + "/api/whoami", headers=bearer(make_jwt(keys[2], "forged")))
            assert r.status_code == 401 and "unknown key" in r.json()["error"], r.text
            assert r.headers["www-authenticate"].startswith("Bearer")
        assert provider.gets == 1
        # a token signed by another key under a known key id fails the signature
        r = httpx.get(srv.url + "/api/whoami", headers=bearer(make_jwt(keys[2], "k1")))
        assert r.status_code == 401 and "signature" in r.json()["error"].lower()


def test_provider_down_is_a_clear_401_and_nothing_changes(tmp_path, provider, keys):
    provider.keys = [jwk(keys[0], "k1")]
    url = provider.url
    provider.stop()  # the provider is down before the server ever got its keys
    with oidc_server(tmp_path / "data", url, provider.ca_file) as srv:
        assert srv.client_for("technician").stow([real_file("emri_small.dcm")])["status"] == 200
        study = srv.http.get(srv.url + "/dicomweb/studies").json()[0]["0020000D"]["Value"][0]
        before = srv.http.get(f"{srv.url}/api/studies/{study}/state").json()
        audit_lines = len((srv.server.data_dir / "audit.jsonl").read_text().splitlines())
        r = httpx.put(f"{srv.url}/api/studies/{study}/status", json={"status": 5},
                      headers=bearer(make_jwt(keys[0], "k1")))
        assert r.status_code == 401, r.text
        assert "cannot get the OpenID Connect provider's keys" in r.json()["error"]
        assert url in r.json()["error"]
        assert srv.http.get(f"{srv.url}/api/studies/{study}/state").json() == before
        records = [json.loads(x) for x in (srv.server.data_dir / "audit.jsonl")
                   .read_text().splitlines()[audit_lines:]]
        assert any(r["event_id"]["code"] == "110114" and r["outcome"] == 4 for r in records)


def test_untrusted_provider_certificate_is_refused(tmp_path, provider, keys):
    provider.keys = [jwk(keys[0], "k1")]
    other_ca = PrivateCA(tmp_path / "other")
    with oidc_server(tmp_path / "data", provider.url, other_ca.ca_file) as srv:
        r = httpx.get(srv.url + "/api/whoami", headers=bearer(make_jwt(keys[0], "k1")))
        assert r.status_code == 401 and "certificate verify failed" in r.json()["error"]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_key_rotation_cooldown_and_outage(provider, keys):
    clock = Clock()
    provider.keys = [jwk(keys[0], "k1")]
    cache = JwksKeys(provider.url, ca_file=provider.ca_file, lifespan=300, cooldown=10,
                     clock=clock)
    assert cache.key("k1").key_id == "k1" and provider.gets == 1
    # the provider rotates: k2 replaces k1
    provider.keys = [jwk(keys[1], "k2")]
    clock.now += 2  # within the cooldown: no new fetch, k2 not known yet
    with pytest.raises(KeyUnavailable, match="unknown key"):
        cache.key("k2")
    assert provider.gets == 1
    assert cache.key("k1").key_id == "k1"  # still held until the next fetch
    clock.now += 10  # after the cooldown an unknown kid fetches the set again
    assert cache.key("k2").key_id == "k2" and provider.gets == 2
    with pytest.raises(KeyUnavailable, match="unknown key"):
        cache.key("k1")  # retired by the provider
    assert provider.gets == 2
    # the provider goes down: keys held stay in use past their lifespan (with a warning),
    # one fetch attempt per cooldown
    provider.stop()
    clock.now += 400
    assert cache.key("k2").key_id == "k2" and provider.gets == 2
    assert cache.fetches == 3  # the failed attempt
    clock.now += 1
    assert cache.key("k2").key_id == "k2" and cache.fetches == 3
    # a cache that never got the keys refuses, naming the URL and the reason
    fresh = JwksKeys(provider.url, ca_file=provider.ca_file, timeout=2, clock=clock)
    with pytest.raises(KeyUnavailable, match="cannot get the OpenID Connect provider's keys"):
        fresh.key("k2")
    with pytest.raises(KeyUnavailable, match="cannot get"):
        fresh.key("k2")  # within the cooldown: no new attempt
    assert fresh.fetches == 1


def test_jwks_url_must_be_http_or_https(tmp_path):
    from radview.server.config import ServerConfig

    from radview.errors import UsageError

    (tmp_path / "config.json").write_text(json.dumps({"oidc": {
        "issuer": ISSUER, "audience": AUDIENCE, "jwks_url": "file:///etc/passwd"}}))
    with pytest.raises(UsageError, match="jwks_url"):
        ServerConfig.load(tmp_path)
