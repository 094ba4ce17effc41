"""Query and retrieve from any PACS (DIMSE or DICOMweb) for `radview query` / `radview fetch`.

Query rows use the same keyword keys as a radview server's plain JSON answers, so
scripts read either. Retrieved instances are written as they arrived (the file meta
built for them aside) to ``<SOPInstanceUID>.dcm``.
"""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

from radview.errors import UsageError
from radview.net.dimse import DimseClient, DimseError, DimsePeer, LocalStorageSCP, Received

STUDY_KEYS = ("StudyInstanceUID", "PatientID", "PatientName", "PatientBirthDate", "StudyDate",
              "StudyTime", "AccessionNumber", "StudyDescription", "ModalitiesInStudy",
              "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances")
SERIES_KEYS = ("StudyInstanceUID", "SeriesInstanceUID", "Modality", "SeriesNumber",
               "SeriesDescription", "BodyPartExamined", "NumberOfSeriesRelatedInstances")
INSTANCE_KEYS = ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID",
                 "InstanceNumber", "Rows", "Columns", "NumberOfFrames")
_NUMBERS = {"NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances", "SeriesNumber",
            "NumberOfSeriesRelatedInstances", "InstanceNumber", "Rows", "Columns",
            "NumberOfFrames"}
LEVEL_KEYS = {"study": STUDY_KEYS, "series": SERIES_KEYS, "instance": INSTANCE_KEYS}


def parse_pacs(spec: str, *, calling_ae: str = "RADVIEW_WS", timeout: float = 30.0) -> DimsePeer:
    """``AE@HOST:PORT`` → DimsePeer (IPv6 hosts in brackets: ``AE@[::1]:104``)."""
    ae, sep, rest = str(spec).partition("@")
    host, colon, port = rest.rpartition(":")
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if not sep or not colon or not ae or not host or not port.isdigit():
        raise UsageError(f"--pacs must look like AE_TITLE@HOST:PORT, got {spec!r}")
    return DimsePeer(host, int(port), ae, calling_ae, timeout)


def _row(answer: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key in keys:
        value = answer.get(key, "")
        if isinstance(value, list):
            value = "\\".join(str(v) for v in value)
        if value == "":
            value = None
        elif key in _NUMBERS:
            try:
                value = int(str(value).strip())
            except ValueError:
                pass
        row[key] = value
    return row


def query_filters(level: str, filters: dict[str, Any], study: str | None,
                  series: str | None) -> dict[str, Any]:
    """Matching keys for one level (the same filters `--server` takes)."""
    if level == "series" and not study:
        raise UsageError("--level series needs --study UID")
    if level == "instance" and not (study and series):
        raise UsageError("--level instance needs --study UID and --series UID on a PACS")
    query = {k: v for k, v in filters.items() if v not in (None, "")}
    if level != "study" and "ModalitiesInStudy" in query:
        query["Modality"] = query.pop("ModalitiesInStudy")
    if level == "instance":
        query = {}  # the patient/study filters do not apply to one series' instances
    if study:
        query["StudyInstanceUID"] = study
    if series and level == "instance":
        query["SeriesInstanceUID"] = series
    return query


def query_pacs(peer: DimsePeer, level: str, query: dict[str, Any],
               limit: int | None) -> list[dict[str, Any]]:
    keys = LEVEL_KEYS[level]
    dimse_level = {"study": "STUDY", "series": "SERIES", "instance": "IMAGE"}[level]
    answers = DimseClient(peer).find(dimse_level, query, keys=keys)
    rows = [_row(a, keys) for a in answers]
    return rows[:limit] if limit else rows


def query_dicomweb(url: str, level: str, query: dict[str, Any], limit: int | None,
                   token: str | None = None) -> list[dict[str, Any]]:
    from radview.net.dicomweb import DicomWebClient

    keys = LEVEL_KEYS[level]
    params = dict(query)
    study = params.pop("StudyInstanceUID", None) if level != "study" else None
    series = params.pop("SeriesInstanceUID", None) if level == "instance" else None
    if limit:
        params["limit"] = limit
    qido_level = {"study": "studies", "series": "series", "instance": "instances"}[level]
    with DicomWebClient(url, token=token) as client:
        answers = client.search(qido_level, params, study_uid=study, series_uid=series,
                                includefield=[k for k in keys if k not in params])
    return [_row(a, keys) for a in answers]


def _instance_rows(received: list[Received]) -> list[dict[str, Any]]:
    return [{"sop_instance_uid": r.sop_instance_uid, "sop_class_uid": r.sop_class_uid,
             "transfer_syntax": r.transfer_syntax, "path": str(r.path), "bytes": r.bytes}
            for r in sorted(received, key=lambda r: r.sop_instance_uid)]


def fetch_pacs(peer: DimsePeer, study: str, series: str | None, out: Path, *,
               move_to: str | None = None, listen_port: int | None = None,
               listen_host: str = "0.0.0.0", progress=None) -> dict[str, Any]:
    """C-GET (default) or C-MOVE to our own storage SCP titled ``move_to``."""
    level = "SERIES" if series else "STUDY"
    query = {"StudyInstanceUID": study}
    if series:
        query["SeriesInstanceUID"] = series
    client = DimseClient(peer)
    t0 = time.perf_counter()
    if move_to:
        if not listen_port:
            raise UsageError("--move-to needs --listen-port N (the port the PACS sends to)")
        with LocalStorageSCP(out, ae_title=move_to, port=listen_port, host=listen_host) as scp:
            outcome = client.move_instances(level, query, scp, progress=progress)
        method = "C-MOVE"
    else:
        outcome = client.get_instances(level, query, out, progress=progress)
        method = "C-GET"
    # sub-operations the PACS counts as done whose instance never reached us
    missing = max(0, outcome.completed + outcome.warning - len(outcome.received))
    return {"source": "pacs", "peer": peer.describe(), "method": method, "study": study,
            "series": series, "instances": _instance_rows(outcome.received),
            "received": len(outcome.received), "completed": outcome.completed,
            "failed": outcome.failed, "warning": outcome.warning, "missing": missing,
            "failed_uids": outcome.failed_uids, "status": f"0x{outcome.status:04X}",
            "seconds": round(time.perf_counter() - t0, 3)}


def fetch_dicomweb(url: str, study: str, series: str | None, out: Path, *,
                   token: str | None = None, progress=None) -> dict[str, Any]:
    """WADO-RS, series by series, each instance in its stored transfer syntax."""
    import pydicom

    from radview.net.dicomweb import DicomWebClient

    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    received: list[Received] = []
    with DicomWebClient(url, token=token) as client:
        series_uids = [series] if series else [
            str(r.get("SeriesInstanceUID")) for r in client.search("series", study_uid=study)]
        for uid in series_uids:
            for part in client.retrieve_series_parts(study, uid):
                meta = pydicom.dcmread(io.BytesIO(part), stop_before_pixels=True)
                sop = str(meta.SOPInstanceUID)
                if not sop or "/" in sop or sop.startswith("."):
                    raise DimseError(f"WADO-RS sent an instance with SOP Instance UID {sop!r}")
                path = out / f"{sop}.dcm"
                tmp = path.with_suffix(".part")
                tmp.write_bytes(part)
                tmp.replace(path)
                received.append(Received(path, sop, str(meta.SOPClassUID),
                                         str(meta.file_meta.TransferSyntaxUID), len(part)))
                if progress is not None:
                    progress(len(received), 0)
    return {"source": "dicomweb", "peer": url, "method": "WADO-RS", "study": study,
            "series": series, "instances": _instance_rows(received), "received": len(received),
            "completed": len(received), "failed": 0, "warning": 0, "missing": 0,
            "failed_uids": [],
            "status": "0x0000", "seconds": round(time.perf_counter() - t0, 3)}
