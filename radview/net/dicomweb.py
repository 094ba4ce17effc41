"""DICOMweb client for any PACS: QIDO-RS search, WADO-RS retrieve, STOW-RS store (httpx; Qt-free).

Answers are DICOM JSON (PS3.18 F.2); :func:`radview.dicom.flatten` turns each into
keyword → plain value so the study list shows QIDO results and C-FIND results alike.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping
from urllib.parse import quote

import httpx

from radview.dicom import MultipartError, flatten, read_parts
from radview.dicom.multipart import dicom_body
from radview.errors import RadviewError, UsageError
from radview.net.http_owner import HttpOwner

DICOM_MULTIPART = 'multipart/related; type="application/dicom"'
SEARCH_KEYS = {  # study-list search fields → QIDO attribute names
    "patient": "PatientName", "patient_id": "PatientID", "modality": "ModalitiesInStudy",
    "accession": "AccessionNumber", "description": "StudyDescription",
}


def query_string(params: Iterable[tuple[str, Any]]) -> str:
    """QIDO-RS query parameters, escaped only where the URL would otherwise break.

    Wildcards ``*`` ``?``, value lists ``,`` ``\\``, the person-name ``^`` and the
    other characters a query value may hold as they are stay verbatim: PACS such
    as Orthanc match ``PatientName=Doe*`` only when ``*`` arrives unescaped (its
    DICOMweb plugin does not percent-decode values at all, so ``%2A`` or ``%5E``
    match nothing). Escaped: ``%`` ``&`` ``=`` ``#`` ``+``, spaces, quotes,
    control and non-ASCII characters (UTF-8).
    """
    return "&".join(f"{quote(str(k), safe='')}={quote(str(v), safe=_QIDO_VERBATIM)}"
                    for k, v in params)


_QIDO_VERBATIM = "*?,\\^/:@!$'()~;[]|"


class DicomWebError(RadviewError):
    """A DICOMweb server refused a request or could not be reached."""


class DicomWebClient(HttpOwner):
    """QIDO/WADO/STOW towards one base URL such as ``http://pacs:8042/dicom-web``."""

    def __init__(self, base_url: str, *, timeout: float = 30.0,
                 auth: tuple[str, str] | None = None, token: str | None = None,
                 transport: httpx.BaseTransport | None = None, verify=True):
        if not base_url.startswith(("http://", "https://")):
            raise UsageError(f"DICOMweb URL must start with http:// or https://, got {base_url!r}")
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else None
        # verify: True, or an ssl.SSLContext (radview_client.tls_verify: a private CA,
        # a client certificate for mutual TLS)
        self.http = httpx.Client(timeout=timeout, auth=auth, transport=transport,
                                 headers=headers, verify=verify)

    def _get(self, path: str, *, params=None, accept: str = "application/dicom+json"
             ) -> httpx.Response:
        url = f"{self.base_url}/{path.lstrip('/')}"
        if params:
            url += "?" + query_string(params)
        try:
            response = self.http.get(url, headers={"Accept": accept})
        except httpx.HTTPError as exc:
            raise DicomWebError(f"cannot reach DICOMweb server {self.base_url}: {exc}") from exc
        if response.status_code == 204:
            return response
        if response.status_code >= 400:
            raise DicomWebError(f"DICOMweb {url} answered {response.status_code}: "
                                f"{' '.join(response.text[:300].split())[:200]}")
        return response

    # -- QIDO-RS --------------------------------------------------------------
    def search(self, level: str, query: Mapping[str, Any] | None = None, *,
               study_uid: str | None = None, series_uid: str | None = None,
               includefield: Iterable[str] = ()) -> list[dict]:
        level = level.lower()
        if level not in ("studies", "series", "instances"):
            raise UsageError(f"QIDO level must be studies, series or instances, not {level!r}")
        path = level
        if series_uid and study_uid:
            path = f"studies/{study_uid}/series/{series_uid}/{level}"
        elif study_uid and level != "studies":
            path = f"studies/{study_uid}/{level}"
        params = [(k, str(v)) for k, v in (query or {}).items() if v not in (None, "")]
        params += [("includefield", f) for f in includefield]
        response = self._get(path, params=params)
        if response.status_code == 204 or not response.content:
            return []
        return [flatten(item) for item in response.json()]

    def search_studies(self, *, date_from: str = "", date_to: str = "", **fields: str
                       ) -> list[dict]:
        """Study-list search: patient, patient_id, modality, accession, description, dates."""
        query: dict[str, str] = {}
        for name, value in fields.items():
            if name not in SEARCH_KEYS:
                raise UsageError(f"unknown search field {name!r}")
            if value:
                exact = name in ("patient_id", "modality", "accession")
                query[SEARCH_KEYS[name]] = value if exact else f"*{value}*"
        if date_from or date_to:
            query["StudyDate"] = f"{date_from}-{date_to}"
        return self.search("studies", query, includefield=(
            "StudyDescription", "ModalitiesInStudy", "AccessionNumber", "PatientBirthDate"))

    # -- WADO-RS --------------------------------------------------------------
    def retrieve_instance(self, study_uid: str, series_uid: str, sop_uid: str) -> bytes:
        parts = self._retrieve(f"studies/{study_uid}/series/{series_uid}/instances/{sop_uid}")
        if len(parts) != 1:
            raise DicomWebError(f"expected one instance, got {len(parts)} parts")
        return parts[0]

    def retrieve_series(self, study_uid: str, series_uid: str, *,
                        progress: Callable[[int, int], None] | None = None,
                        cancel: Callable[[], bool] | None = None) -> list[bytes]:
        """All instances of a series, one request each so progress and cancel work."""
        instances = self.search("instances", study_uid=study_uid, series_uid=series_uid)
        out = []
        for n, item in enumerate(instances):
            if cancel is not None and cancel():
                from radview.net.dimse import TransferCancelled
                raise TransferCancelled("DICOMweb retrieve cancelled")
            out.append(self.retrieve_instance(study_uid, series_uid, item["SOPInstanceUID"]))
            if progress is not None:
                progress(n + 1, len(instances) - n - 1)
        return out

    def retrieve_series_parts(self, study_uid: str, series_uid: str) -> list[bytes]:
        """A whole series in one WADO-RS request, each instance as stored (Part 10)."""
        return self._retrieve(f"studies/{quote(study_uid, safe='')}/series/"
                              f"{quote(series_uid, safe='')}")

    def _retrieve(self, path: str) -> list[bytes]:
        response = self._get(path, accept=f"{DICOM_MULTIPART}; transfer-syntax=*")
        try:
            return [body for _headers, body in read_parts(
                response.content, response.headers.get("content-type", ""))]
        except MultipartError as exc:
            raise DicomWebError(f"DICOMweb {path}: {exc}") from exc

    def metadata(self, study_uid: str, series_uid: str | None = None) -> list[dict]:
        path = f"studies/{study_uid}" + (f"/series/{series_uid}" if series_uid else "")
        return [flatten(item) for item in self._get(f"{path}/metadata").json()]

    # -- STOW-RS --------------------------------------------------------------
    def store(self, part10_files: Iterable[bytes]) -> dict:
        content_type, body = dicom_body(part10_files)
        headers = {"Content-Type": content_type, "Accept": "application/dicom+json"}
        try:
            response = self.http.post(f"{self.base_url}/studies", content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DicomWebError(f"cannot reach DICOMweb server {self.base_url}: {exc}") from exc
        if response.status_code >= 400:
            body = " ".join(response.text[:300].split())[:200]
            raise DicomWebError(f"STOW-RS answered {response.status_code}: {body}")
        return response.json() if response.content else {}
