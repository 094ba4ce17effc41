"""`generate()`: the demo set — synthetic patients with priors, plus pydicom-data's real images.

Output layout::

    OUT/manifest.json
    OUT/<PatientID>/<StudyDate>_<Modality>_<desc>/<SeriesNumber>_<desc>/<InstanceNumber>.dcm

Everything is written into a temporary folder next to OUT and renamed into
place at the end, so a failure never leaves a half-written demo set, and a
re-run replaces an earlier demo set (recognised by its manifest) as a whole.
Folders holding anything else are refused.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from radview.errors import RadviewError, UsageError

MANIFEST = "manifest.json"
GENERATOR_TAG = "radview demo-data"


@dataclass
class DemoSummary:
    out_dir: Path
    patients: list[dict]
    files: int
    bytes: int
    skipped_real: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def describe(self) -> str:
        synthetic = [p for p in self.patients if p["source"] == "synthetic"]
        real = [p for p in self.patients if p["source"] != "synthetic"]
        studies = sum(len(p["studies"]) for p in synthetic)
        lines = [
            f"Wrote {self.files} DICOM files ({self.bytes / 1e6:.1f} MB) to {self.out_dir} "
            f"in {self.seconds:.1f} s.",
            f"  {len(synthetic)} synthetic patients, {studies} studies (each a current study "
            "with priors; ground truth in manifest.json)",
        ]
        for p in synthetic:
            cur = p["studies"][0]
            priors = ", ".join(
                f"{s['description']} {s['date'][:4]} ({'relevant' if s['relevant'] else 'not relevant'})"
                for s in p["studies"][1:])
            lines.append(f"    {p['patient_id']} {p['patient_name']}: {cur['description']} "
                         f"{cur['date']} | priors: {priors}")
        if real:
            n = sum(len(s["series"]) for p in real for s in p["studies"])
            lines.append(f"  {len(real)} real patients from pydicom-data ({n} series)")
        for s in self.skipped_real:
            lines.append(f"    skipped {s['file']}: {s['reason']}")
        return "\n".join(lines)


# ------------------------------------------------------------------ output folder handling

def _is_demo_set(folder: Path) -> bool:
    """True when the folder holds an earlier demo set and nothing else."""
    try:
        data = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return False
    if not (isinstance(data, dict) and data.get("generator") == GENERATOR_TAG):
        return False
    ours = {MANIFEST} | {p.get("folder", "") for p in data.get("patients", [])
                         if isinstance(p, dict)}
    return all(entry.name in ours for entry in folder.iterdir())


def _check_target(out: Path) -> bool:
    """Validate OUT; True when an earlier demo set is there to be replaced."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a folder")
    if out.is_dir():
        try:
            entries = list(out.iterdir())
        except PermissionError:
            raise UsageError(f"cannot read folder {out} (permission denied)") from None
        if entries:
            if _is_demo_set(out):
                return True
            raise UsageError(
                f"{out} is not empty and holds more than a radview demo set; "
                "choose an empty or new folder (nothing was changed)")
    parent = out.parent
    if parent.exists() and not parent.is_dir():
        raise UsageError(f"{parent} is a file, not a folder")
    if not parent.exists():
        try:
            parent.mkdir(parents=True)
        except OSError as exc:
            raise UsageError(f"cannot create folder {parent}: {exc.strerror}") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write into {parent} (permission denied)")
    return False


def _install(tmp: Path, out: Path, replace: bool) -> None:
    """Move the finished set into place; an earlier demo set is swapped out, then removed."""
    old = None
    if replace:
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
    elif out.is_dir():
        out.rmdir()  # empty folder given by the user
    try:
        tmp.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)  # put the previous set back
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ------------------------------------------------------------------ generation

def generate(out_dir, *, patients: int = 6, seed: int = 20261122, include_real: bool = True,
             ct_slices: int | None = None, pixels: bool = True) -> DemoSummary:
    """Write the demo set into ``out_dir``; see the module docstring."""
    if isinstance(patients, bool) or not isinstance(patients, int) or patients < 1:
        raise UsageError(f"the number of patients must be a whole number >= 1, got {patients!r}")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise UsageError(f"the seed must be a whole number >= 0, got {seed!r}")
    if ct_slices is not None and (isinstance(ct_slices, bool) or not isinstance(ct_slices, int)
                                  or ct_slices < 1):
        raise UsageError(f"ct_slices must be a whole number >= 1, got {ct_slices!r}")
    out = Path(out_dir).expanduser().absolute()
    replace = _check_target(out)
    started = time.perf_counter()
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise UsageError(f"cannot write into {out.parent}: {exc.strerror or exc}") from None
    try:
        manifest = _write_all(tmp, patients=patients, seed=seed, include_real=include_real,
                              ct_slices=ct_slices, pixels=pixels)
        _install(tmp, out, replace)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise RadviewError(f"writing the demo set failed, nothing was changed in {out}: "
                           f"{exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    files = nbytes = 0
    for root, _dirs, names in os.walk(out):
        for name in names:
            if name.endswith(".dcm"):
                files += 1
                nbytes += os.path.getsize(os.path.join(root, name))
    return DemoSummary(out, manifest["patients"], files, nbytes,
                       manifest.get("real_skipped", []), time.perf_counter() - started)


def _write_all(root: Path, *, patients: int, seed: int, include_real: bool,
               ct_slices: int | None, pixels: bool) -> dict:
    from radview.demo.dicom_writer import Uids
    from radview.demo.studies import REFERENCE_DATE, make_patients

    uids = Uids(seed)
    entries = [_write_patient(root, spec, uids, seed, ct_slices, pixels)
               for spec in make_patients(patients, seed)]
    manifest = {
        "generator": GENERATOR_TAG,
        "format": 1,
        "seed": seed,
        "reference_date": REFERENCE_DATE.strftime("%Y%m%d"),
        "pixels": pixels,
        "ct_slices": ct_slices,
        "relevance_rule": "anatomy sets intersect; for limbs and breast laterality must agree "
                          "(B agrees with L and R) — /work/shared/anatomy.md",
        "patients": entries,
        "real_skipped": [],
    }
    if include_real:
        real_entries, skipped = _write_real(root)
        manifest["patients"] += real_entries
        manifest["real_skipped"] = skipped
    (root / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _write_patient(root: Path, pspec, uids, seed: int, ct_slices, pixels: bool) -> dict:
    from radview.demo.dicom_writer import age, da, new_dataset, safe_name, tm, write_instance
    from radview.demo.phantom_body import BodyParams
    from radview.demo.series_builders import (BUILDERS, Context, image_count, plane_of,
                                              sop_class_for)
    from radview.demo.studies import REFERENCE_DATE, VENDORS, is_relevant

    prng = np.random.default_rng([seed, pspec.seed])
    body = BodyParams.random(prng, female=pspec.sex == "F")
    pid = pspec.patient_id
    entry = {"patient_id": pid, "folder": safe_name(pid, 64), "patient_name": pspec.name,
             "sex": pspec.sex,
             "birth_date": da(pspec.birth_date), "source": "synthetic",
             "template": pspec.index % 6, "studies": []}
    current = pspec.studies[0]
    height = round(float(prng.uniform(1.55, 1.75) if pspec.sex == "F" else prng.uniform(1.65, 1.92)), 2)
    weight = int(round(body.scale ** 2 * 24.0 * height * height * float(prng.uniform(0.9, 1.2))))
    for k, study in enumerate(pspec.studies):
        srng = np.random.default_rng([seed, pspec.seed, k])
        jitter = int(srng.integers(0, 4 if study.role == "current" else 40))
        date = REFERENCE_DATE - _dt.timedelta(days=int(round(study.years_ago * 365.25)) + jitter)
        start = _dt.datetime.combine(date, _dt.time(int(srng.integers(7, 18)),
                                                    int(srng.integers(0, 60)),
                                                    int(srng.integers(0, 60))))
        study_uid = uids("study", pid, k)
        accession = f"{date:%y%m}{int(srng.integers(10000, 99999))}"
        vendor = VENDORS[study.vendor]
        lesion = None
        study_body = body
        if pspec.index % 6 == 4 and study.role == "current":
            lesion = (-30.0, -25.0, 30.0, 9.0)  # enhancing right frontal lesion
        if pspec.index % 6 == 0 and study.modality == "CT":  # lung nodule growing over a year
            r = 7.0 if study.role == "current" else 4.5
            study_body = dataclasses.replace(body, lesion=(-75.0, -10.0, 120.0, r, 30.0))
        ctx = Context(pspec, study, study_body, uids, srng, start, uids("for", pid, k), vendor,
                      pixels, ct_slices, lesion)
        short = study.description.split(" ", 1)
        if len(short) == 2 and short[0] in ("CT", "MR", "MRI", "XR", "MG", "CR", "DX"):
            short = short[1:]  # the modality is already in the folder name
        study_dir = root / safe_name(pid, 64) / \
            f"{da(date)}_{study.modality}_{safe_name(' '.join(short), 30)}"
        sentry = {
            "study_uid": study_uid, "accession_number": accession, "date": da(date),
            "time": tm(start), "modality": study.modality, "description": study.description,
            "anatomy": list(study.anatomy), "laterality": study.laterality, "role": study.role,
            "relevant": None if study.role == "current" else is_relevant(current, study),
            "path": str(study_dir.relative_to(root)), "series": [],
        }
        first_number = 2 if study.modality == "CT" else 1  # CT: series 1 is the scout
        for j, spec in enumerate(study.series):
            number = first_number + j
            series_uid = uids("series", pid, k, j)
            ds = new_dataset(sop_class_for(spec, vendor))
            ds.PatientName = pspec.name
            ds.PatientID = pid
            ds.IssuerOfPatientID = "RADVIEW_DEMO"
            ds.PatientBirthDate = da(pspec.birth_date)
            ds.PatientSex = pspec.sex
            ds.PatientAge = age(pspec.birth_date, date)
            ds.StudyInstanceUID = study_uid
            ds.StudyDate = ds.SeriesDate = da(date)
            ds.StudyTime = tm(start)
            ds.SeriesTime = tm(start + _dt.timedelta(minutes=2 + j))
            ds.AccessionNumber = accession
            ds.ReferringPhysicianName = pspec.referring
            ds.StudyID = accession[-5:]
            ds.StudyDescription = study.description
            ds.InstitutionName = study.institution
            ds.PatientWeight = weight
            ds.PatientSize = height
            ds.Modality = study.modality
            ds.SeriesInstanceUID = series_uid
            ds.SeriesNumber = number
            ds.SeriesDescription = spec.description
            ds.ProtocolName = spec.protocol
            if spec.body_part:
                ds.BodyPartExamined = spec.body_part
            if spec.laterality and spec.kind != "mammo":
                ds.Laterality = spec.laterality
            elif not spec.body_part and spec.kind in ("ct_body", "ct_head", "mr"):
                ds.Laterality = ""  # type 2C: the body part is not given, so say "none" explicitly
            for key in ("Manufacturer", "ManufacturerModelName", "StationName", "SoftwareVersions"):
                setattr(ds, key, vendor[key])
            ds.DeviceSerialNumber = str(10000 + sum(map(ord, study.vendor)) * 7)
            ds.InstanceCreationDate = da(date)
            ds.InstanceCreationTime = tm(start)
            series_dir = study_dir / f"{number}_{safe_name(spec.description, 30)}"
            series_dir.mkdir(parents=True, exist_ok=True)
            count = 0
            for _ in BUILDERS[spec.kind](ds, ctx, spec):
                count += 1
                ds.SOPInstanceUID = uids("image", pid, k, j, ds.InstanceNumber)
                write_instance(ds, series_dir / f"{int(ds.InstanceNumber):04d}.dcm")
            assert count == image_count(spec, ct_slices)
            sentry["series"].append({
                "series_uid": series_uid, "number": number, "description": spec.description,
                "modality": study.modality, "anatomy": list(spec.anatomy),
                "laterality": spec.laterality, "body_part_examined": spec.body_part,
                "plane": plane_of(spec), "images": count,
                "path": str(series_dir.relative_to(root)),
            })
        entry["studies"].append(sentry)
    return entry


def _write_real(root: Path) -> tuple[list[dict], list[dict]]:
    from radview.demo import real_images
    from radview.resources.sample_images import pydicom_data_dir

    try:
        folder = pydicom_data_dir()
    except RadviewError as exc:
        raise RadviewError(f"{exc} (or pass --no-real)") from None
    kept, skipped = real_images.select(folder)
    patients: dict[str, dict] = {}
    for real in kept:
        target = real_images.copy_into(real, root)
        p = patients.setdefault(real.patient_id, {
            "patient_id": real.patient_id, "folder": target.relative_to(root).parts[0],
            "patient_name": real.patient_name,
            "source": "pydicom-data", "patient_id_assigned": real.assigned_id, "studies": []})
        if real.repair:
            p.setdefault("repaired", []).append({"file": real.source.name, "repair": real.repair})
        study = next((s for s in p["studies"] if s["study_uid"] == real.study_uid), None)
        if study is None:
            study = {"study_uid": real.study_uid, "date": real.study_date,
                     "time": real.study_time, "path": str(target.parent.parent.relative_to(root)),
                     "modality": real.modality, "description": real.study_description,
                     "anatomy": None, "laterality": None, "role": "current", "relevant": None,
                     "series": []}
            p["studies"].append(study)
        series = next((s for s in study["series"] if s["series_uid"] == real.series_uid), None)
        if series is None:
            series = {"series_uid": real.series_uid, "number": real.series_number,
                      "description": real.series_description, "modality": real.modality,
                      "anatomy": real_images.known_anatomy(real.source.name),
                      "laterality": None, "path": str(target.parent.relative_to(root)),
                      "files": []}
            study["series"].append(series)
            if series["anatomy"] is not None:  # study anatomy: union of its labelled series
                labels = study["anatomy"] or []
                study["anatomy"] = labels + [a for a in series["anatomy"] if a not in labels]
        series["files"].append(str(target.relative_to(root)))
    for p in patients.values():  # the latest study is "current"; anatomy is not labelled
        p["studies"].sort(key=lambda s: s["date"], reverse=True)
        for i, s in enumerate(p["studies"]):
            s["role"] = "current" if i == 0 else "prior"
    return list(patients.values()), skipped
