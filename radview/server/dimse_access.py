"""Access control on the DICOM port: calling AE titles are users, their roles decide.

An association is accepted only from a calling AE title bound to a registered,
unexpired user (`radview users add NAME --ae-title AE`); the list is read at
each association, so user changes apply without a restart. C-STORE needs a role
allowed to store; C-GET and C-MOVE hand out originals, which count as the
lossless version, so each instance is checked against the status × version and
role tables and a refused one fails its own sub-operation. Every association
refusal, store, query and retrieve is an audit record.
"""

from __future__ import annotations

from typing import Any

from pynetdicom import AE

from radview.server import audit as audit_codes
from radview.server.audit import AuditLog
from radview.server.auth import Authenticator, Identity, Policy, Refused
from radview.server.config import ServerConfig

# pynetdicom accepts every calling AE when its list is empty; with no AE title
# registered, this one entry (longer than any AE title) matches nobody.
NOBODY = ["<no AE title registered>"]


class DimseAccess:
    """What the DICOM SCP asks before it acts; see the module docstring."""

    def __init__(self, authenticator: Authenticator, config: ServerConfig,
                 audit: AuditLog | None):
        self.authenticator = authenticator
        self.policy = Policy(config)
        self.audit = audit

    def calling_titles(self) -> list[str]:
        titles = [u.ae_title for u in self.authenticator.users.all()
                  if u.ae_title and not u.expired()]
        return titles or NOBODY

    def identity(self, calling_ae: str) -> Identity | None:
        return self.authenticator.ae(calling_ae)

    def may_store(self, who: Identity | None) -> str:
        """'' when this caller may store, else why not (fits a DIMSE Error Comment)."""
        if who is None:
            return "calling AE title is not bound to a user"
        try:
            self.policy.check_action("store", who)
        except Refused as exc:
            return f"{who.role} may not store; allowed: {','.join(exc.extra['allowed_roles'])}"
        return ""

    def retrieve_refusal(self, who: Identity | None, study_uid: str, status: int) -> str:
        """'' when this caller may receive the original of an instance of this study,
        else why not, short enough for a DIMSE Error Comment (64 characters)."""
        if who is None:
            return "calling AE title is not bound to a user"
        try:
            self.policy.check_version(study_uid, status, who.role, self.policy.original)
        except Refused as exc:
            allowed = ",".join(exc.extra["allowed_versions"]) or "none"
            return f"{who.role}: no originals at status {status}; allowed: {allowed}"
        return ""

    def record(self, event: str, action: str, outcome: int, who: Identity | None, *,
               calling_ae: str = "", address: str = "", event_type: str = "",
               study_uid: str = "", patient_id: str = "", detail: str = "") -> None:
        if self.audit is None:
            return
        self.audit.record(event, action, outcome, event_type=event_type,
                          user=who.user if who else "", role=who.role if who else "",
                          ae_title=calling_ae or (who.ae_title if who else ""),
                          address=address, study_uid=study_uid, patient_id=patient_id,
                          detail=detail)

    def rejected_association(self, calling_ae: str, address: str) -> None:
        self.record("user_authentication", "E", audit_codes.MINOR_FAILURE, None,
                    calling_ae=calling_ae, address=address, event_type="login failure",
                    detail=f"association from unknown calling AE title {calling_ae!r} rejected")


class GatedAE(AE):
    """An AE whose accepted calling AE titles come from the user registry at each
    association (pynetdicom reads ``require_calling_aet`` during negotiation)."""

    def __init__(self, access: DimseAccess | None, **kwargs: Any):
        super().__init__(**kwargs)
        self._access = access

    @property
    def require_calling_aet(self) -> list[str]:  # type: ignore[override]
        return self._access.calling_titles() if self._access is not None else []
