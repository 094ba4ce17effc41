"""C-FIND latency measurement, for ``radview bench server`` (owned by server-core).

Works against any C-FIND SCP (ours, Orthanc, dcmqrscp), so the bench can put an
anchor measured the same way next to our figure.
"""

from __future__ import annotations

import statistics
import time
from typing import Any, Mapping, Sequence

from radview.errors import RadviewError

# (name, query level, keys): keys are DICOM keywords -> match values ('' = return key).
DEFAULT_QUERIES: list[tuple[str, str, dict[str, str]]] = [
    ("all studies", "STUDY", {"StudyInstanceUID": "", "PatientName": "", "StudyDate": ""}),
    ("patient name wildcard", "STUDY", {"PatientName": "A*", "StudyInstanceUID": "", "StudyDate": ""}),
    ("date range", "STUDY", {"StudyDate": "20200101-20201231", "StudyInstanceUID": "",
                             "PatientName": ""}),
    ("unknown study uid", "STUDY", {"StudyInstanceUID": "1.2.3.4.5.6.7.8.9", "PatientName": ""}),
]


def cfind_latency(host: str, port: int, queries: Sequence[tuple[str, str, Mapping[str, str]]] | None = None,
                  *, ae_title: str = "RADVIEW", calling_ae_title: str = "RADVIEWBENCH",
                  repeats: int = 5) -> dict[str, dict[str, Any]]:
    """Times each Study Root C-FIND (first request to final response) ``repeats`` times.

    One association is reused for all queries, so the figures are query latency,
    not association set-up (reported apart as ``"association"``). Returns
    ``{name: {"level", "matches", "median_ms", "min_ms", "max_ms", "runs"}}``.
    """
    from pydicom.dataset import Dataset
    from pynetdicom import AE
    from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelFind as Model

    if repeats < 1:
        raise RadviewError("repeats must be at least 1")
    ae = AE(ae_title=calling_ae_title)
    ae.add_requested_context(Model)
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = 120
    started = time.perf_counter()
    from pynetdicom import evt

    from radview.server.dimse import _no_delay

    assoc = ae.associate(host, port, ae_title=ae_title, evt_handlers=[(evt.EVT_CONN_OPEN, _no_delay)])
    setup_ms = (time.perf_counter() - started) * 1000
    if not assoc.is_established:
        raise RadviewError(f"no DICOM association with {ae_title} at {host}:{port}")
    results: dict[str, dict[str, Any]] = {
        "association": {"level": "", "matches": 0, "median_ms": setup_ms, "min_ms": setup_ms,
                        "max_ms": setup_ms, "runs": 1}}
    try:
        for name, level, keys in (queries or DEFAULT_QUERIES):
            identifier = Dataset()
            identifier.QueryRetrieveLevel = level
            for keyword, value in keys.items():
                setattr(identifier, keyword, value or None)
            times, matches = [], 0
            for _ in range(repeats):
                t0 = time.perf_counter()
                matches, final = 0, None
                for status, answer in assoc.send_c_find(identifier, Model):
                    if not status:
                        raise RadviewError(f"C-FIND {name!r}: no response from {host}:{port}")
                    if status.Status in (0xFF00, 0xFF01):
                        matches += 1
                    else:
                        final = status.Status
                times.append((time.perf_counter() - t0) * 1000)
                if final != 0x0000:
                    raise RadviewError(f"C-FIND {name!r} failed with status 0x{final or 0:04X}")
            results[name] = {"level": level, "matches": matches,
                             "median_ms": statistics.median(times), "min_ms": min(times),
                             "max_ms": max(times), "runs": repeats}
    finally:
        assoc.release()
    return results
