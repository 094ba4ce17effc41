"""The storage interface of the image server.

A Store keeps every received instance byte-exact, with its metadata indexed
apart from its bulk data (pixel frames and other large values as content-
addressed blobs). The embedded implementation (SQLite + a blob directory)
lives in ``radview.server.embedded``; a PostgreSQL index plus an object store
could implement the same interface at scale.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Callable

from radview.dicom.qr import LEVELS
from radview.errors import RadviewError


class IngestError(RadviewError):
    """The offered instance was rejected; nothing of it was stored."""


class DuplicateConflict(IngestError):
    """The SOP Instance UID is already stored with a different dataset (the file meta
    aside); the stored copy is kept, the offered one is not stored."""

    def __init__(self, message: str, sop_instance_uid: str):
        super().__init__(message)
        self.sop_instance_uid = sop_instance_uid


class NotFoundError(RadviewError):
    """No such study / series / instance / version."""


class IntegrityError(RadviewError):
    """A stored blob is missing or does not match its hash (the message names it)."""


@dataclass(frozen=True)
class IngestResult:
    sop_instance_uid: str
    series_uid: str
    study_uid: str
    duplicate: bool
    sop_class_uid: str = ""


class Store(ABC):
    """What the DIMSE and HTTP front ends, and the version builder, need."""

    # -- ingest -------------------------------------------------------------
    @abstractmethod
    def ingest(self, part10: bytes, *, source: str) -> IngestResult:
        """Stores one Part 10 file atomically and durably; IngestError if invalid."""

    def add_ingest_listener(self, callback: Callable[[IngestResult], None]) -> None:
        """callback(result) runs after each new (non-duplicate) instance is committed."""
        self._listeners().append(callback)

    def _listeners(self) -> list:
        if not hasattr(self, "_ingest_listeners"):
            self._ingest_listeners: list = []
        return self._ingest_listeners

    def _notify(self, result: IngestResult) -> None:
        for cb in list(self._listeners()):
            cb(result)

    # -- query --------------------------------------------------------------
    @abstractmethod
    def find(self, level: str, query: dict[str, Any], *, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
        """DICOM matching at PATIENT/STUDY/SERIES/IMAGE level; keys are DICOM keywords."""

    @abstractmethod
    def instance_uids(self, *, study_uid: str | None = None, series_uid: str | None = None,
                      sop_uid: str | None = None) -> list[str]:
        """SOP Instance UIDs under a study / series (or the one given, if stored)."""

    @abstractmethod
    def instance_info(self, sop_uid: str) -> dict[str, Any]:
        """Index row of one instance (uids, geometry, transfer syntax, hashes)."""

    @abstractmethod
    def instance_metadata(self, sop_uid: str) -> dict[str, Any]:
        """DICOM JSON of the instance, bulk values as BulkDataURI (relative, see docs)."""

    def metadata_texts(self, sop_uids: list[str]) -> list[tuple[str, str]]:
        """(series UID, DICOM JSON text) of each instance, in order: the metadata
        document is assembled from these without parsing them again."""
        import json

        return [(self.instance_info(s)["series_uid"], json.dumps(self.instance_metadata(s)))
                for s in sop_uids]

    # -- retrieve -----------------------------------------------------------
    @abstractmethod
    def read_original(self, sop_uid: str) -> bytes:
        """The Part 10 file exactly as received, verified against its SHA-256."""

    @abstractmethod
    def read_frame(self, sop_uid: str, frame: int) -> bytes:
        """One frame's pixel bytes (native) or compressed frame (encapsulated), 1-based."""

    @abstractmethod
    def read_bulk(self, sop_uid: str, tag_path: str) -> bytes:
        """The value of one bulk element by its tag path."""

    # -- versions -----------------------------------------------------------
    @abstractmethod
    def put_version(self, sop_uid: str, name: str, frame: int, data: bytes,
                    params: dict[str, Any]) -> None:
        """Stores one frame of a built version with its parameters."""

    @abstractmethod
    def versions(self, sop_uid: str) -> list[dict[str, Any]]:
        """Built version frames of an instance: name, frame, sha256, bytes, params."""

    @abstractmethod
    def read_version(self, sop_uid: str, name: str, frame: int) -> bytes:
        """One frame of a version (verified)."""

    @abstractmethod
    def pending_versions(self) -> list[str]:
        """Instances whose versions are not built yet (survives restarts)."""

    @abstractmethod
    def set_version_state(self, sop_uid: str, state: str, message: str = "") -> None:
        """'pending' | 'done' | 'failed' (+ reason)."""

    @abstractmethod
    def version_state(self, sop_uid: str) -> dict[str, Any]:
        """{'state': ..., 'message': ...} of the instance's version build."""

    # -- study state --------------------------------------------------------
    @abstractmethod
    def study_state(self, study_uid: str) -> dict[str, Any]:
        """{'status': 1..5, 'diagnosis': {...}}."""

    @abstractmethod
    def set_study_state(self, study_uid: str, *, status: int | None = None,
                        diagnosis: dict[str, Any] | None = None) -> dict[str, Any]:
        """Updates status and/or diagnosis information; returns the new state."""

    # -- anatomy (docs/server-api.md "Anatomy") --------------------------------
    def series_anatomy(self, series_uids: list[str]) -> dict[str, Any]:
        """{series_uid: Prediction} of the series that have one (a user label wins)."""
        return {}

    def anatomy_entries(self, series_uid: str) -> dict[str, dict[str, Any]]:
        """Stored anatomy rows of a series by source ("model", "user")."""
        return {}

    def record_anatomy(self, series_uid: str, prediction: Any,
                       metadata: dict[str, Any] | None = None) -> None:
        """Stores the model's prediction for a series."""
        raise NotImplementedError("this store keeps no anatomy")

    def correct_anatomy(self, series_uid: str, labels: list[str], laterality: str | None, *,
                        metadata: dict[str, Any] | None = None, user: str | None = None) -> Any:
        """Stores a user's label for a series (wins over the prediction); returns it."""
        raise NotImplementedError("this store keeps no anatomy")

    def series_needing_anatomy(self, *, model_version: str | None = None,
                               series_uids: list[str] | None = None,
                               limit: int | None = None) -> list[str]:
        """Series with no model prediction (or one by another model version)."""
        return []

    def close(self) -> None:
        """Releases resources."""
