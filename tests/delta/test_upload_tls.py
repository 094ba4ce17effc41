"""`radview delta-upload` to a server that requires mutual TLS: the same --token,
--ca-cert, --client-cert/--client-key as every command that talks to a server."""

from __future__ import annotations

import json
import ssl

from .conftest import SERVER_CONFIG, ThreadedServer, auth, server_test_module


def _pki():
    return server_test_module("pki")


def test_delta_upload_with_mutual_tls(demo_subset, tmp_path, capsys, monkeypatch):
    from radview.cli import main

    ca = _pki().PrivateCA(tmp_path / "pki")
    cert, key = ca.issue("analysis-server", server=True)
    client_cert, client_key = ca.issue("workstation", server=False)
    verify = ssl.create_default_context(cafile=ca.ca_file)
    verify.load_cert_chain(client_cert, client_key)
    data = tmp_path / "server-data"
    data.mkdir()
    (data / "config.json").write_text(json.dumps(SERVER_CONFIG))
    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.delenv("RADVIEW_TOKEN", raising=False)
    one = str(next(p for p in demo_subset if "CT_HEAD" in str(p)))
    with ThreadedServer(data, tls_cert=cert, tls_key=key, tls_ca=ca.ca_file,
                        verify=verify) as server:
        base = ["delta-upload", one, "--server", server.url, "--json",
                "--token", auth(server)["token"], "--ca-cert", ca.ca_file]
        # without the client certificate the server refuses the handshake: nothing sent
        capsys.readouterr()
        assert main(base) == 1
        err = capsys.readouterr().err
        assert "unreachable" in err and server.url in err
        audit = (data / "audit.jsonl").read_text()
        assert '"110104"' not in audit  # no store recorded
        assert main([*base, "--client-cert", client_cert, "--client-key", client_key]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert [r["sent"] for r in doc["instances"]] == [True]
        # a certificate file that is not there: said before anything is read or sent
        assert main([*base, "--client-cert", str(tmp_path / "none.pem")]) == 1
        assert "cannot load the TLS certificate files" in capsys.readouterr().err
        assert main(["delta-upload", one, "--server", "analysis.example"]) == 1
        assert "http:// or https://" in capsys.readouterr().err
