"""TLS: DCMTK storescu with a client certificate stores over TLS; without TLS,
or with a certificate the server does not trust, nothing gets in."""

from __future__ import annotations

import shutil
import subprocess

import pydicom
import pytest

from radview.errors import UsageError
from radview.resources.sample_images import pydicom_data_file
from radview.server.dimse import start_dimse, tls_context

from .conftest import run_tool

pytestmark = pytest.mark.peer


def self_signed(folder, name: str) -> tuple[str, str]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", f"/CN={name}", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True, timeout=60)
    return str(key), str(cert)


@pytest.fixture
def tls_server(store, tmp_path):
    server_key, server_cert = self_signed(tmp_path, "radview")
    client_key, client_cert = self_signed(tmp_path, "workstation")
    context = tls_context(server_cert, server_key, client_ca_file=client_cert)
    with start_dimse(store, port=0, ssl_context=context) as server:
        yield server, {"server_cert": server_cert, "client_key": client_key, "client_cert": client_cert,
                       "tmp": tmp_path}


def test_storescu_over_mutual_tls(dcmtk, tls_server, store):
    server, pki = tls_server
    path = pydicom_data_file("emri_small.dcm")
    result = run_tool([dcmtk("storescu"), "+tls", pki["client_key"], pki["client_cert"], "-pw",
                       "+cf", pki["server_cert"], "-aec", server.ae_title, "127.0.0.1", server.port, path])
    assert result.returncode == 0, result.stderr
    uid = pydicom.dcmread(path, stop_before_pixels=True).SOPInstanceUID
    assert store.instance_uids(sop_uid=uid) == [uid]


def test_plain_or_untrusted_clients_get_nothing_in(dcmtk, tls_server, store):
    server, pki = tls_server
    path = pydicom_data_file("emri_small.dcm")
    plain = run_tool([dcmtk("storescu"), "-aec", server.ae_title, "127.0.0.1", server.port, path])
    stranger_key, stranger_cert = self_signed(pki["tmp"], "stranger")
    untrusted = run_tool([dcmtk("storescu"), "+tls", stranger_key, stranger_cert, "-pw",
                          "+cf", pki["server_cert"], "-aec", server.ae_title, "127.0.0.1", server.port, path])
    assert plain.returncode != 0 and untrusted.returncode != 0
    assert store.counts()["instances"] == 0


def test_missing_certificate_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot load TLS certificate"):
        tls_context(tmp_path / "none.crt", tmp_path / "none.key")
