"""The composed server: DICOM listener + HTTP + versions over one store (DCMTK as peer)."""

from __future__ import annotations

import io
import subprocess

import pydicom

from .conftest import real_file
from .helpers import ThreadedServer, free_port


def test_cstore_by_dcmtk_then_versions_and_wado(tmp_path, dcmtk):
    src = tmp_path / "693.dcm"
    src.write_bytes(real_file("693_UNCR.dcm"))
    with ThreadedServer(tmp_path / "data", dicom_port=free_port(), ae_title="RADVIEW",
                        ae_titles={"technician": "MODALITY1"}) as s:
        port = s.server.dimse_port
        echo = subprocess.run([dcmtk("echoscu"), "-aet", "MODALITY1", "-aec", "RADVIEW",
                               "127.0.0.1", str(port)], capture_output=True, text=True, timeout=60)
        assert echo.returncode == 0, echo.stderr
        stranger = subprocess.run([dcmtk("storescu"), "-aet", "STRANGER", "-aec", "RADVIEW",
                                   "127.0.0.1", str(port), str(src)],
                                  capture_output=True, text=True, timeout=60)
        assert stranger.returncode != 0 and "Rejected" in stranger.stderr + stranger.stdout
        store = subprocess.run([dcmtk("storescu"), "-aet", "MODALITY1", "-aec", "RADVIEW",
                                "127.0.0.1", str(port), str(src)],
                               capture_output=True, text=True, timeout=60)
        assert store.returncode == 0, store.stderr
        s.wait_versions()
        ds = pydicom.dcmread(io.BytesIO(real_file("693_UNCR.dcm")), stop_before_pixels=True)
        client = s.client_for("radiologist")
        assert client.health()["dicom_port"] == port
        doc = client.versions(ds.SOPInstanceUID)
        assert doc["state"] == "done" and [v["name"] for v in doc["versions"]] == \
            ["V1", "V2", "V3"]
        # CT row of the ratio table
        assert [v["target_ratio"] for v in doc["versions"]] == [None, 10.0, 20.0]
        got = client.retrieve_original(f"/dicomweb/studies/{ds.StudyInstanceUID}/series/"
                                       f"{ds.SeriesInstanceUID}/instances/{ds.SOPInstanceUID}")
        # storescu re-encodes (recomputes group lengths) and the SCP writes its own file
        # meta, so compare element by element, without group lengths
        def elements(data):
            d = pydicom.dcmread(io.BytesIO(data))
            return {e.tag: e.value for e in d if e.tag.element != 0}

        assert elements(got) == elements(real_file("693_UNCR.dcm"))
        assert client.health()["counts"]["instances"] == 1
