"""Access control on the DICOM port: calling AE titles bound to users, the status ×
version and role tables on C-GET / C-MOVE per instance, C-STORE by role, audit."""

from __future__ import annotations

import io
import json

import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, generate_uid
from pynetdicom import AE, build_role, evt
from pynetdicom.sop_class import (
    CTImageStorage,
    EnhancedMRImageStorage,
    PatientRootQueryRetrieveInformationModelGet,
    StudyRootQueryRetrieveInformationModelGet,
    StudyRootQueryRetrieveInformationModelMove,
    Verification,
)

from radview.server.config import ServerConfig
from radview.server.dimse import start_dimse

from .conftest import dimse_access, received_files
from .data import instance, two_patients

ROLE_AE = {"radiologist": "RAD_WS", "referrer": "REF_WS", "technician": "TECH_WS",
           "admin": "ADMIN_WS"}
SYNTAXES = [ExplicitVRLittleEndian, ImplicitVRLittleEndian]


def may_receive(status: int, role: str, version: str) -> bool:
    """REQUIREMENTS §1 and issue 13, written out independently of the config code:
    status 1 → V1 only, 2-5 → all; a referrer gets V2/V3 only; the others everything."""
    by_status = version == "V1" if status == 1 else True
    by_role = version in ("V2", "V3") if role == "referrer" else True
    return by_status and by_role


@pytest.fixture
def gated(store, tmp_path):
    access, users = dimse_access(tmp_path / "auth",
                                 roles={ae: role for role, ae in ROLE_AE.items()})
    with start_dimse(store, port=0, access=access) as server:
        yield server, users, tmp_path / "auth" / "audit.jsonl"


def audit_records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def c_get(server, calling: str, identifier: Dataset,
          model=StudyRootQueryRetrieveInformationModelGet) -> tuple[Dataset, list[str]]:
    """(final status dataset, SOP instance UIDs received) of one C-GET; the final
    answer's identifier (the failed instances) is kept as ``status.identifier``."""
    received: list[str] = []

    def on_store(event):
        received.append(str(event.request.AffectedSOPInstanceUID))
        return 0x0000

    ae = AE(ae_title=calling)
    ae.add_requested_context(model)
    for sop_class in (CTImageStorage, EnhancedMRImageStorage):
        ae.add_requested_context(sop_class, SYNTAXES)
    roles = [build_role(c, scp_role=True) for c in (CTImageStorage, EnhancedMRImageStorage)]
    assoc = ae.associate("127.0.0.1", server.port, ae_title=server.ae_title, ext_neg=roles,
                         evt_handlers=[(evt.EVT_C_STORE, on_store)])
    assert assoc.is_established
    try:
        answers = list(assoc.send_c_get(identifier, model))
    finally:
        assoc.release()
    final, ident = answers[-1]
    final.identifier = ident
    return final, received


def study_identifier(study_uid: str) -> Dataset:
    ident = Dataset()
    ident.QueryRetrieveLevel = "STUDY"
    ident.StudyInstanceUID = study_uid
    return ident


def test_every_status_and_role_over_c_get(gated, store):
    server, _users, audit = gated
    cat = two_patients(store)
    study = next(s for s, f in cat.facts.items() if f["StudyDescription"] == "CT HEAD")
    (sop,) = cat.instances(study)
    for status in range(1, 6):
        store.set_study_state(study, status=status)
        for role, calling in ROLE_AE.items():
            final, received = c_get(server, calling, study_identifier(study))
            if may_receive(status, role, "V1"):  # originals count as V1
                assert final.Status == 0x0000 and received == [sop], (status, role)
            else:
                assert final.Status == 0x0124 and received == [], (status, role)
                assert final.ErrorComment == (f"referrer: no originals at status {status}; "
                                              f"allowed: {'none' if status == 1 else 'V2,V3'}")
    refused = [r for r in audit_records(audit) if r["event_type"] == "retrieve refused"]
    assert len(refused) == 5  # the referrer, once per status
    assert all(r["outcome"] == 4 and r["role"] == "referrer" and r["ae_title"] == "REF_WS"
               and r["study_uid"] == study and r["patient_id"] == "PID-2" for r in refused)


def test_refusals_are_per_instance(store, tmp_path):
    # status 1 studies give out no original here, read ones do
    config = ServerConfig({**ServerConfig.load(None).raw,
                           "permissions": {"1": ["V2", "V3"], "2": "*", "3": "*", "4": "*",
                                           "5": "*"}})
    access, _users = dimse_access(tmp_path / "auth", roles={"RAD_WS": "radiologist"},
                                  config=config)
    cat = two_patients(store)
    ct = next(s for s, f in cat.facts.items() if f["StudyDescription"] == "CT CHEST")
    mr = next(s for s, f in cat.facts.items() if f["StudyDescription"] == "MR KNEE")
    store.set_study_state(mr, status=2)
    ident = Dataset()
    ident.QueryRetrieveLevel = "PATIENT"
    ident.PatientID = "PID-1"
    with start_dimse(store, port=0, access=access) as server:
        final, received = c_get(server, "RAD_WS", ident,
                                model=PatientRootQueryRetrieveInformationModelGet)
    assert received == cat.instances(mr)
    assert final.Status == 0xB000  # some sub-operations failed
    assert sorted(final.identifier.FailedSOPInstanceUIDList) == sorted(cat.instances(ct))
    records = audit_records(tmp_path / "auth" / "audit.jsonl")
    refused = {r["detail"].split(":")[0] for r in records if r["event_type"] == "retrieve refused"}
    assert refused == set(cat.instances(ct))
    assert all("no originals at status 1; allowed: V2,V3" in r["detail"] for r in records
               if r["event_type"] == "retrieve refused")


def test_unknown_calling_ae_is_rejected_at_association(gated):
    server, users, audit = gated
    ae = AE(ae_title="STRANGER")
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", server.port, ae_title=server.ae_title)
    assert assoc.is_rejected
    ok = AE(ae_title="RAD_WS")
    ok.add_requested_context(Verification)
    assoc = ok.associate("127.0.0.1", server.port, ae_title=server.ae_title)
    assert assoc.is_established
    assoc.release()
    # a removed user's AE title is refused from the next association on, no restart
    users.remove("rad_ws")
    assoc = ok.associate("127.0.0.1", server.port, ae_title=server.ae_title)
    assert assoc.is_rejected
    failures = [r for r in audit_records(audit) if r["event_type"] == "login failure"]
    assert [r["ae_title"] for r in failures] == ["STRANGER", "RAD_WS"]
    assert all(r["event_id"]["code"] == "110114" and r["outcome"] == 4 for r in failures)


@pytest.mark.parametrize("role, allowed", [("technician", True), ("radiologist", True),
                                           ("admin", True), ("referrer", False)])
def test_c_store_by_role(gated, store, role, allowed):
    server, _users, audit = gated
    sop = generate_uid()
    data = instance("693_UNCR.dcm", SOPInstanceUID=sop, StudyInstanceUID=generate_uid(),
                    SeriesInstanceUID=generate_uid())
    ds = pydicom.dcmread(io.BytesIO(data))
    ae = AE(ae_title=ROLE_AE[role])
    ae.add_requested_context(CTImageStorage, SYNTAXES)
    assoc = ae.associate("127.0.0.1", server.port, ae_title=server.ae_title)
    assert assoc.is_established
    status = assoc.send_c_store(ds)
    assoc.release()
    if allowed:
        assert status.Status == 0x0000 and store.instance_uids(sop_uid=sop) == [sop]
    else:
        assert status.Status == 0x0124 and store.instance_uids(sop_uid=sop) == []
        assert status.ErrorComment == \
            "referrer may not store; allowed: technician,radiologist,admin"
    last = audit_records(audit)[-1]
    assert last["event_id"]["code"] == "110104" and last["action"] == "C"
    assert last["outcome"] == (0 if allowed else 4) and last["role"] == role


def test_c_move_refused_for_a_referrer_and_to_unknown_destinations(store, tmp_path, storescp):
    aet, port, out = storescp
    access, _users = dimse_access(tmp_path / "auth", roles={"REF_WS": "referrer",
                                                            "RAD_WS": "radiologist"})
    cat = two_patients(store)
    study = next(s for s, f in cat.facts.items() if f["StudyDescription"] == "CT HEAD")
    store.set_study_state(study, status=5)
    with start_dimse(store, port=0, access=access, peers={aet: ("127.0.0.1", port)}) as server:
        def move(calling, destination):
            ae = AE(ae_title=calling)
            ae.add_requested_context(StudyRootQueryRetrieveInformationModelMove)
            assoc = ae.associate("127.0.0.1", server.port, ae_title=server.ae_title)
            assert assoc.is_established
            try:
                return [s for s, _ in assoc.send_c_move(
                    study_identifier(study), destination,
                    StudyRootQueryRetrieveInformationModelMove)][-1]
            finally:
                assoc.release()

        refused = move("REF_WS", aet)
        assert refused.Status == 0x0124 and refused.ErrorComment == \
            "referrer: no originals at status 5; allowed: V2,V3"
        assert received_files(out) == []
        assert move("RAD_WS", "NOWHERE").Status == 0xA801
        assert move("RAD_WS", aet).Status == 0x0000
        assert len(received_files(out)) == 1
