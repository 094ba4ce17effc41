"""TLS: `radview server --tls-cert/--tls-key [--tls-ca]` serves HTTPS on the HTTP port and
DICOM TLS on the DICOM port, with a private CA; mutual TLS with --tls-ca (DCMTK as peer)."""

from __future__ import annotations

import ssl
import subprocess

import httpx
import pytest

from radview.cli import main
from radview.errors import RadviewError
from radview.net.radview_client import RadviewClient

from .helpers import ThreadedServer, free_port
from .pki import PrivateCA

pytestmark = pytest.mark.peer


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    ca = PrivateCA(tmp_path_factory.mktemp("pki"))
    return {"ca": ca, "server": ca.issue("radview-server", server=True),
            "client": ca.issue("workstation", server=False)}


def echoscu(dcmtk, port, *tls):
    return subprocess.run([dcmtk("echoscu"), *tls, "-aet", "RAD_WS", "-aec", "RADVIEW",
                           "127.0.0.1", str(port)], capture_output=True, text=True, timeout=60)


def test_https_and_dicom_tls_with_a_private_ca(tmp_path, pki, dcmtk, capsys):
    ca = pki["ca"].ca_file
    cert, key = pki["server"]
    verify = ssl.create_default_context(cafile=ca)
    with ThreadedServer(tmp_path / "data", dicom_port=free_port(), tls_cert=cert, tls_key=key,
                        ae_titles={"radiologist": "RAD_WS"}, verify=verify) as s:
        assert s.url.startswith("https://")
        client = RadviewClient(s.url, token=s.tokens["radiologist"], ca_cert=ca)
        assert client.whoami()["role"] == "radiologist"
        with pytest.raises(RadviewError, match="cannot reach"):  # not our CA: refused
            RadviewClient(s.url, token=s.tokens["radiologist"]).whoami()
        with pytest.raises(httpx.HTTPError):  # plain HTTP gets no answer
            httpx.get(s.url.replace("https", "http") + "/api/health", timeout=3)
        assert main(["query", "--server", s.url, "--token", s.tokens["radiologist"],
                     "--ca-cert", ca, "--json"]) == 0
        assert capsys.readouterr().out.strip() == "[]"
        port = s.server.dimse_port
        anonymous = echoscu(dcmtk, port, "+tla", "+cf", ca)
        assert anonymous.returncode == 0, anonymous.stderr
        plain = echoscu(dcmtk, port)
        assert plain.returncode != 0


def test_mutual_tls_needs_a_client_certificate(tmp_path, pki, dcmtk):
    ca = pki["ca"].ca_file
    cert, key = pki["server"]
    client_cert, client_key = pki["client"]
    verify = ssl.create_default_context(cafile=ca)
    verify.load_cert_chain(client_cert, client_key)
    with ThreadedServer(tmp_path / "data", dicom_port=free_port(), tls_cert=cert, tls_key=key,
                        tls_ca=ca, ae_titles={"radiologist": "RAD_WS"}, verify=verify) as s:
        ok = RadviewClient(s.url, token=s.tokens["radiologist"], ca_cert=ca,
                           client_cert=client_cert, client_key=client_key)
        assert ok.whoami()["user"] == "rad"
        with pytest.raises(RadviewError, match="cannot reach"):
            RadviewClient(s.url, token=s.tokens["radiologist"], ca_cert=ca).whoami()
        port = s.server.dimse_port
        assert echoscu(dcmtk, port, "+tla", "+cf", ca).returncode != 0  # no certificate
        mutual = echoscu(dcmtk, port, "+tls", client_key, client_cert, "+cf", ca)
        assert mutual.returncode == 0, mutual.stderr


def test_tls_options_are_checked_at_start(tmp_path, pki, capsys):
    cert, key = pki["server"]
    for kwargs, words in (({"tls_cert": cert}, "both --tls-cert and --tls-key"),
                          ({"tls_ca": pki["ca"].ca_file}, "--tls-ca needs"),
                          ({"tls_cert": cert, "tls_key": str(tmp_path / "none.key")},
                           "cannot load TLS")):
        assert main(["server", "--data", str(tmp_path / "d"), "--no-dicom", "--http-port",
                     str(free_port()), *[f"--{k.replace('_', '-')}={v}" for k, v in
                                         kwargs.items()]]) == 1
        assert words in capsys.readouterr().err


def test_hang_and_query_with_mutual_tls(tmp_path, pki, capsys):
    """`radview hang` takes the same --token/--ca-cert/--client-cert/--client-key as
    query/fetch/import; without the client certificate it fails naming the server."""
    import io
    import json

    import pydicom

    from .conftest import real_file

    ca = pki["ca"].ca_file
    cert, key = pki["server"]
    client_cert, client_key = pki["client"]
    verify = ssl.create_default_context(cafile=ca)
    verify.load_cert_chain(client_cert, client_key)
    data = real_file("emri_small.dcm")
    study = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True).StudyInstanceUID
    with ThreadedServer(tmp_path / "data", tls_cert=cert, tls_key=key, tls_ca=ca,
                        verify=verify) as s:
        token = s.tokens["radiologist"]
        with RadviewClient(s.url, token=s.tokens["technician"], ca_cert=ca,
                           client_cert=client_cert, client_key=client_key) as client:
            assert client.stow([data])["status"] == 200
        tls = ["--ca-cert", ca, "--client-cert", client_cert, "--client-key", client_key]
        capsys.readouterr()
        assert main(["hang", "--server", s.url, "--token", token, *tls, "--study", study,
                     "--json"]) == 0
        plan = json.loads(capsys.readouterr().out)
        assert plan["source"] and plan["viewports"]
        assert main(["query", "--server", s.url, "--token", token, *tls, "--json"]) == 0
        assert study in capsys.readouterr().out
        # no client certificate: refused by the server, said with its URL
        assert main(["hang", "--server", s.url, "--token", token, "--ca-cert", ca,
                     "--study", study]) == 1
        err = capsys.readouterr().err
        assert "cannot reach" in err and s.url in err
        # certificate options without a server, or a file that is not there: usage errors
        assert main(["hang", "--dir", str(tmp_path), *tls, "--study", study]) == 1
        assert "--server only" in capsys.readouterr().err
        assert main(["hang", "--server", s.url, "--token", token, "--ca-cert", ca,
                     "--client-cert", str(tmp_path / "none.pem"), "--study", study]) == 1
        assert "cannot load the TLS certificate files" in capsys.readouterr().err


def test_workstation_login_asks_for_the_client_certificate(tmp_path, pki):
    """A workstation connection to a mutual-TLS server without a client certificate is
    asked for one (the login dialog's certificate fields), then logged in; the
    certificate paths are kept with the connection."""
    from radview.app.login_dialog import ensure_logins
    from radview.app.settings_store import Connection, Settings, load_settings, save_settings

    ca = pki["ca"].ca_file
    cert, key = pki["server"]
    client_cert, client_key = pki["client"]
    verify = ssl.create_default_context(cafile=ca)
    verify.load_cert_chain(client_cert, client_key)
    with ThreadedServer(tmp_path / "data", tls_cert=cert, tls_key=key, tls_ca=ca,
                        verify=verify) as s:
        conn = Connection("srv", "radview", url=s.url, token=s.tokens["referrer"], ca_cert=ca)
        settings = Settings(connections=[conn], active="srv")
        asked = []

        def ask(connection, problem):
            asked.append(problem)
            return connection.token, ca, client_cert, client_key

        assert ensure_logins(settings, ask=ask) == []
        assert len(asked) == 1 and "cannot reach" in asked[0]
        assert conn.role == "referrer" and conn.client_cert == client_cert
        path = save_settings(settings, tmp_path / "settings.json")
        assert load_settings(path).connections[0].client_key == client_key
        # giving up leaves it logged out with the reason; an unreachable server is not asked
        conn.client_cert = conn.client_key = ""
        problems = ensure_logins(settings, ask=lambda _c, _p: None)
        assert len(problems) == 1 and problems[0].startswith("srv: not logged in (")
    asked.clear()
    assert ensure_logins(settings, ask=ask)[0].startswith("srv: cannot reach")
    assert asked == []
