"""Access control over HTTP: bearer tokens and OIDC JWTs, the status × version × role
table on every pixel path, writes by role decided before anything changes, audit."""

from __future__ import annotations

import io
import json
import time

import httpx
import jwt
import pydicom
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from radview.cli import main
from radview.server.users import UserStore

from .conftest import real_file
from .helpers import ThreadedServer, bearer

FILE = "emri_small.dcm"
VERSIONS = ("V1", "V2", "V3")
ROLES = ("radiologist", "referrer", "technician", "admin")
ISSUER, AUDIENCE = "https://keycloak.example/realms/hospital", "radview"


def may_receive(status: int, role: str, version: str) -> bool:
    """REQUIREMENTS §1 and issue 13, written out independently of the config code:
    status 1 → V1 only, 2-5 → all; a referrer gets V2/V3 only; the others everything."""
    by_status = version == "V1" if status == 1 else True
    by_role = version in ("V2", "V3") if role == "referrer" else True
    return by_status and by_role


@pytest.fixture(scope="module")
def oidc_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def srv(tmp_path_factory, oidc_key):
    data = tmp_path_factory.mktemp("access") / "data"
    data.mkdir()
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(oidc_key.public_key()))
    (data / "jwks.json").write_text(json.dumps({"keys": [{**jwk, "kid": "k1", "use": "sig",
                                                          "alg": "RS256"}]}))
    (data / "config.json").write_text(json.dumps({"oidc": {
        "issuer": ISSUER, "audience": AUDIENCE, "jwks_file": "jwks.json",
        "role_claim": "realm_access.roles"}}))
    with ThreadedServer(data) as s:
        assert s.client_for("technician").stow([real_file(FILE)])["status"] == 200
        s.wait_versions()
        ds = pydicom.dcmread(io.BytesIO(real_file(FILE)), stop_before_pixels=True)
        s.uids = ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID
        s.patient_id = str(ds.get("PatientID", ""))
        yield s


def set_status(srv, status: int) -> None:
    r = srv.http.put(f"{srv.url}/api/studies/{srv.uids[0]}/status", json={"status": status})
    assert r.status_code == 200, r.text


def audit(srv) -> list[dict]:
    return [json.loads(x) for x in (srv.server.data_dir / "audit.jsonl").read_text().splitlines()]


def test_every_status_version_and_role_cell(srv):
    study, series, sop = srv.uids
    original = f"{srv.url}/dicomweb/studies/{study}/series/{series}/instances/{sop}"
    for status in range(1, 6):
        set_status(srv, status)
        for role in ROLES:
            for version in VERSIONS:
                r = httpx.get(f"{srv.url}/api/instances/{sop}/versions/{version}/frames/1",
                              headers=srv.as_role(role))
                want = may_receive(status, role, version)
                assert r.status_code == (200 if want else 403), (status, role, version)
                if not want:
                    allowed = [v for v in VERSIONS if may_receive(status, role, v)]
                    assert r.json()["allowed_versions"] == allowed
            r = httpx.get(original, headers=srv.as_role(role))  # the original counts as V1
            assert r.status_code == (200 if may_receive(status, role, "V1") else 403)


def test_a_referrer_gets_nothing_of_an_unread_study_on_any_path(srv):
    study, series, sop = srv.uids
    set_status(srv, 1)
    inst = f"/dicomweb/studies/{study}/series/{series}/instances/{sop}"
    paths = [f"/dicomweb/studies/{study}", f"/dicomweb/studies/{study}/series/{series}", inst,
             inst + "/frames/1", inst + "/bulk/7FE00010", inst + "/metadata",
             f"/dicomweb/studies/{study}/metadata", f"/api/instances/{sop}/versions",
             f"/api/instances/{sop}/versions/V2/frames/1",
             f"/api/studies/{study}/manifest?version=V2", f"/api/studies/{study}/bundle?version=V3",
             f"/api/series/{series}/manifest?version=V2", f"/api/instances/{sop}/bundle?quality=25",
             f"/api/studies/{study}/manifest?version=auto", f"/api/studies/{study}/state"]
    for path in paths:
        r = httpx.get(srv.url + path, headers=srv.as_role("referrer"))
        assert r.status_code == 403, path
        assert "not allowed for role referrer" in r.json()["error"], path
    rows = httpx.get(srv.url + "/api/studies", headers=srv.as_role("referrer")).json()
    assert [r["allowed_versions"] for r in rows] == [[]]  # listed, marked as not to open
    set_status(srv, 5)
    for path in paths[-6:]:
        assert httpx.get(srv.url + path, headers=srv.as_role("referrer")).status_code == 200
    # the role header carries no identity any more
    r = httpx.get(srv.url + paths[0], headers={**srv.as_role("referrer"),
                                               "X-Radview-Role": "radiologist"})
    assert r.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_writes_by_role_are_decided_before_anything_changes(srv, role):
    study, series, _sop = srv.uids
    set_status(srv, 2)
    srv.http.put(f"{srv.url}/api/studies/{study}/diagnosis",
                 json={"notes": "", "annotations": [], "report": ""})
    set_status(srv, 2)
    who = srv.as_role(role)
    reads = role in ("radiologist", "admin")
    r = httpx.put(f"{srv.url}/api/studies/{study}/status", json={"status": 5}, headers=who)
    assert r.status_code == (200 if reads else 403)
    if not reads:
        assert r.json()["allowed_roles"] == ["radiologist", "admin"]
        assert "may not set the diagnostic status" in r.json()["error"]
    r = httpx.put(f"{srv.url}/api/studies/{study}/diagnosis", json={"report": f"by {role}"},
                  headers=who)
    assert r.status_code == (200 if reads else 403)
    state = srv.http.get(f"{srv.url}/api/studies/{study}/state").json()
    assert (state["status"], state["diagnosis"]["report"]) == \
        ((5, f"by {role}") if reads else (2, ""))
    r = httpx.put(f"{srv.url}/api/series/{series}/anatomy", json={"labels": ["HEAD"]},
                  headers=who)
    assert r.status_code == (403 if role == "referrer" else 200)
    r = httpx.post(f"{srv.url}/dicomweb/studies", content=real_file(FILE),
                   headers={**who, "Content-Type": "application/dicom"})
    assert r.status_code == (403 if role == "referrer" else 200)
    if role == "referrer":
        refusals = [a for a in audit(srv) if a["user"] == "ref" and a["outcome"] == 4
                    and a["event_type"].endswith("refused")]
        assert {a["event_type"] for a in refusals} >= {
            "diagnostic status change refused", "diagnosis change refused",
            "anatomy correction refused", "store refused"}


@pytest.mark.parametrize("header, words", [
    (None, "authentication required"),
    ("Basic cmFkOnJhZA==", "malformed"),
    ("Bearer", "malformed"),
    ("Bearer rv_not-a-real-token", "unknown token"),
    ("Bearer a.b.c", "JWT not accepted"),
])
def test_missing_unknown_and_malformed_credentials(srv, header, words):
    r = httpx.get(srv.url + "/api/studies", headers={"Authorization": header} if header else {})
    assert r.status_code == 401 and words in r.json()["error"]
    assert r.headers["WWW-Authenticate"].startswith('Bearer realm="radview"')
    assert "rv_not-a-real-token" not in json.dumps(audit(srv)[-1])  # tokens never logged
    assert audit(srv)[-1]["event_type"] == "login failure"
    assert httpx.get(srv.url + "/api/health").status_code == 200  # the one open endpoint


def test_expired_and_removed_users_tokens(srv):
    users = UserStore(srv.server.data_dir)
    short = users.add("temp", "radiologist", expires_days=1)
    assert httpx.get(srv.url + "/api/whoami", headers=bearer(short)).json()["user"] == "temp"
    user = users.get("temp")
    user.expires = time.time() - 1
    users._write({u.name: u for u in users.all()} | {"temp": user})
    r = httpx.get(srv.url + "/api/whoami", headers=bearer(short))
    assert r.status_code == 401 and "expired" in r.json()["error"]
    new = users.rotate("temp", expires_days=1)
    assert httpx.get(srv.url + "/api/whoami", headers=bearer(new)).status_code == 200
    users.remove("temp")  # no restart: the next request already fails
    assert httpx.get(srv.url + "/api/whoami", headers=bearer(new)).status_code == 401


def make_jwt(key, *, role="radiologist", aud=AUDIENCE, iss=ISSUER, exp=300, kid="k1"):
    now = int(time.time())
    claims = {"iss": iss, "aud": aud, "sub": "u-123", "preferred_username": "dr.oidc",
              "iat": now, "exp": now + exp, "realm_access": {"roles": ["offline", role]}}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})


def test_oidc_jwts(srv, oidc_key):
    study = srv.uids[0]
    set_status(srv, 1)
    r = httpx.get(srv.url + "/api/whoami", headers=bearer(make_jwt(oidc_key)))
    assert r.status_code == 200 and r.json()["user"] == "dr.oidc"
    assert r.json()["role"] == "radiologist" and r.json()["via"] == "oidc"
    referrer = bearer(make_jwt(oidc_key, role="referrer"))
    r = httpx.get(f"{srv.url}/api/studies/{study}/manifest?version=V2", headers=referrer)
    assert r.status_code == 403
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    for token, words in ((make_jwt(oidc_key, aud="other"), "audience"),
                         (make_jwt(oidc_key, iss="https://evil.example"), "issuer"),
                         (make_jwt(oidc_key, exp=-60), "expired"),
                         (make_jwt(stranger), "Signature"),
                         (make_jwt(oidc_key, role="superuser"), "no radview role")):
        r = httpx.get(srv.url + "/api/whoami", headers=bearer(token))
        assert r.status_code == 401 and words.lower() in r.json()["error"].lower(), r.text


def test_audit_records_and_audit_list(srv, capsys):
    study = srv.uids[0]
    set_status(srv, 1)
    httpx.get(f"{srv.url}/api/studies/{study}/manifest?version=V1", headers=srv.as_role("referrer"))
    records = audit(srv)
    refusal = [r for r in records if r["user"] == "ref" and r["event_type"] == "read refused"][-1]
    assert refusal["event_id"] == {"code": "110103", "scheme": "DCM",
                                   "meaning": "DICOM Instances Accessed"}
    assert refusal["action"] == "R" and refusal["outcome"] == 4 and refusal["role"] == "referrer"
    assert refusal["study_uid"] == study and refusal["patient_id"] == srv.patient_id
    assert refusal["address"] == "127.0.0.1" and refusal["time"].endswith("Z")
    change = [r for r in records if r["event_type"] == "diagnostic status change"][-1]
    assert change["action"] == "U" and change["outcome"] == 0 and change["user"] == "rad"
    assert main(["audit", "list", "--data", str(srv.server.data_dir), "--user", "ref",
                 "--study", study, "--since", "2000-01-01", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and all(r["user"] == "ref" and r["study_uid"] == study for r in listed)
    assert main(["audit", "list", "--data", str(srv.server.data_dir), "--since",
                 "2999-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["audit", "list", "--data", str(srv.server.data_dir), "--since", "yesterday"]) == 1
    assert audit(srv)[-1]["event_id"]["code"] == "110101"  # reading the audit log is audited


def test_users_cli(srv, capsys, tmp_path):
    data = str(srv.server.data_dir)
    assert main(["users", "add", "cli.user", "--role", "referrer", "--ae-title", "REF_TERM",
                 "--expires-days", "30", "--data", data]) == 0
    token = capsys.readouterr().out.splitlines()[-1]
    assert len(token) >= 3 + 43  # rv_ + 256 bits in base64url
    assert token not in (srv.server.data_dir / "users.json").read_text()
    assert (srv.server.data_dir / "users.json").stat().st_mode & 0o777 == 0o600
    who = httpx.get(srv.url + "/api/whoami", headers=bearer(token)).json()
    assert who == {"user": "cli.user", "role": "referrer", "via": "token",
                   "ae_title": "REF_TERM", "may": {"status": False, "diagnosis": False,
                                                   "anatomy": False, "store": False}}
    assert main(["users", "add", "other", "--role", "technician", "--ae-title", "REF_TERM",
                 "--data", data]) == 1
    assert "already bound to user cli.user" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["users", "add", "x", "--role", "king", "--data", data])
    assert main(["users", "rotate", "cli.user", "--data", data]) == 0
    assert httpx.get(srv.url + "/api/whoami", headers=bearer(token)).status_code == 401
    assert main(["users", "remove", "cli.user", "--data", data]) == 0
    assert main(["users", "remove", "cli.user", "--data", data]) == 1
    assert main(["users", "list", "--data", str(tmp_path / "none")]) == 1
    assert not (tmp_path / "none").exists()  # listing a missing folder makes nothing


def test_users_add_before_the_first_server_start(capsys, tmp_path):
    fresh = tmp_path / "new" / "data"
    assert main(["users", "add", "first", "--role", "admin", "--data", str(fresh)]) == 0
    assert fresh.stat().st_mode & 0o777 == 0o700
    assert (fresh / "users.json").stat().st_mode & 0o777 == 0o600
    token = capsys.readouterr().out.splitlines()[-1]
    assert token.startswith("rv_") and token not in (fresh / "users.json").read_text()
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    assert main(["users", "add", "x", "--role", "admin", "--data", str(a_file)]) == 1
    assert "no data folder" in capsys.readouterr().err
    assert a_file.read_text() == "not a folder"
