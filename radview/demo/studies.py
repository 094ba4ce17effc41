"""Patient histories for the demo set: who had which exam when, as vendors name them.

Six templates, each a current study and priors of mixed relevance. The
ground-truth anatomy of every series (labels from /work/shared/anatomy.md)
is declared here, next to the descriptions a scanner would write, and the
relevance of each prior is computed from it with the rule of anatomy.md.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import numpy as np

REFERENCE_DATE = _dt.date(2026, 11, 20)  # "today" of the demo set (fixed: output is deterministic)

# Equipment as it appears in real headers: a table of data (one scanner a row, each with
# its own values and extras), not logic to share.
VENDORS: dict[str, dict] = {
    "siemens_ct": dict(Manufacturer="SIEMENS", ManufacturerModelName="SOMATOM Definition AS+",
                       StationName="CTAWP73410", SoftwareVersions="syngo CT VA48A", pixel="u12"),
    "ge_ct": dict(Manufacturer="GE MEDICAL SYSTEMS", ManufacturerModelName="LightSpeed VCT",
                  StationName="CT01_OC0", SoftwareVersions="07MW18.4", pixel="s16"),
    "philips_ct": dict(Manufacturer="Philips", ManufacturerModelName="Brilliance 64",
                       StationName="HOST-33005", SoftwareVersions="4.1.6", pixel="u12"),
    "toshiba_ct": dict(Manufacturer="TOSHIBA", ManufacturerModelName="Aquilion ONE",
                       StationName="ID_STATION1", SoftwareVersions="V6.00ER009", pixel="s16"),
    "siemens_mr": dict(Manufacturer="SIEMENS", ManufacturerModelName="Skyra",
                       StationName="MRC40512", SoftwareVersions="syngo MR E11", field=3.0),
    "ge_mr": dict(Manufacturer="GE MEDICAL SYSTEMS", ManufacturerModelName="SIGNA HDxt",
                  StationName="MROW1", SoftwareVersions="24\\LX\\MR Software release:HD16.0_V02_1131.a",
                  field=1.5),
    "carestream_dx": dict(Manufacturer="Carestream Health", ManufacturerModelName="DRX-Evolution",
                          StationName="DRXEVO-RAD2", SoftwareVersions="5.7.412.7005", sop="DX"),
    "fuji_cr": dict(Manufacturer="FUJIFILM Corporation", ManufacturerModelName="FCR CAPSULA XLII",
                    StationName="FCR-CR1", SoftwareVersions="A08-01", sop="CR"),
    "philips_dx": dict(Manufacturer="Philips Medical Systems", ManufacturerModelName="DigitalDiagnost",
                       StationName="DIDI-ORTHO", SoftwareVersions="4.3.5", sop="DX"),
    "hologic_mg": dict(Manufacturer="HOLOGIC, Inc.", ManufacturerModelName="Selenia Dimensions",
                       StationName="SDM-1", SoftwareVersions="1.10.2.4", monochrome1=False),
    "ge_mg": dict(Manufacturer="GE MEDICAL SYSTEMS", ManufacturerModelName="Senographe Essential",
                  StationName="SENO-ESS", SoftwareVersions="ADS_53.40", monochrome1=True),
}


@dataclass
class SeriesSpec:
    kind: str  # ct_body | ct_head | mr | xr_chest | xr_knee | mammo
    description: str
    anatomy: tuple[str, ...]  # ground truth labels (anatomy.md)
    laterality: str | None = None
    body_part: str | None = None  # BodyPartExamined as the scanner writes it (None = missing)
    protocol: str = ""
    params: dict = field(default_factory=dict)


@dataclass
class StudySpec:
    key: str
    modality: str
    description: str
    years_ago: float
    vendor: str
    series: list[SeriesSpec]
    contrast: bool = False
    role: str = "prior"
    institution: str = "St. Elsewhere General Hospital"

    @property
    def anatomy(self) -> tuple[str, ...]:
        labels: list[str] = []
        for s in self.series:
            labels += [a for a in s.anatomy if a not in labels]
        return tuple(labels)

    @property
    def laterality(self) -> str | None:
        sides = {s.laterality for s in self.series if s.laterality}
        if not sides:
            return None
        if sides == {"L"} or sides == {"R"}:
            return sides.pop()
        return "B"


PAIRED = {"BREAST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
          "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}


def is_relevant(current: StudySpec | dict, prior: StudySpec | dict) -> bool:
    """anatomy.md: regions intersect and, for limbs and breast, laterality agrees (B with L/R)."""

    def parts(study):
        if isinstance(study, dict):
            return set(study["anatomy"]), study.get("laterality")
        return set(study.anatomy), study.laterality

    cur, cur_side = parts(current)
    pri, pri_side = parts(prior)
    common = cur & pri
    if not common:
        return False
    if common & PAIRED and not (common - PAIRED):
        if cur_side and pri_side and "B" not in (cur_side, pri_side) and cur_side != pri_side:
            return False
    return True


# ------------------------------------------------------------------ series helpers

def _ct_body(desc, s_from, s_to, spacing, kernel, anatomy, body_part, protocol, n_min=150):
    n = max(int(round((s_to - s_from) / spacing)) + 1, n_min)
    return SeriesSpec("ct_body", desc, anatomy, None, body_part, protocol,
                      dict(s_from=s_from, spacing=spacing, thickness=spacing, slices=n, kernel=kernel))


def _ct_head(desc, vendor_kernel, body_part, protocol):
    return SeriesSpec("ct_head", desc, ("HEAD",), None, body_part, protocol,
                      dict(z_from=90.0, spacing=5.0, thickness=5.0, slices=32, kernel=vendor_kernel))


def _mr(desc, seq, plane, body_part, slices=22, spacing=5.5, thickness=5.0, **extra):
    return SeriesSpec("mr", desc, ("HEAD",), None, body_part, extra.pop("protocol", desc),
                      dict(sequence=seq, plane=plane, slices=slices, spacing=spacing,
                           thickness=thickness, **extra))


def _xr_chest(desc, view, body_part="CHEST", protocol=""):
    return SeriesSpec("xr_chest", desc, ("CHEST",), None, body_part, protocol or desc, dict(view=view))


def _knee(desc, view, side, body_part="KNEE", protocol=""):
    return SeriesSpec("xr_knee", desc, ("KNEE",), side, body_part, protocol or desc,
                      dict(view=view))


def _mammo_views(body_part="BREAST", style="hologic"):
    out = []
    for view in ("CC", "MLO"):
        for side in ("R", "L"):
            desc = f"{side} {view}" if style == "hologic" else f"{side}{view}"
            out.append(SeriesSpec("mammo", desc, ("BREAST",), side, body_part, desc,
                                  dict(view=view)))
    return out


# ------------------------------------------------------------------ the six histories

def template(index: int) -> tuple[str, list[StudySpec]]:
    """(sex, studies) of history template ``index % 6``; the first study is the current one."""
    t = index % 6
    if t == 0:
        return "M", [
            StudySpec("ctchest", "CT", "CT CHEST WO CONTRAST", 0, "siemens_ct", [
                _ct_body("Thorax 2.0 B31f", -20, 298, 2.0, "B31f", ("CHEST",), "CHEST",
                         "Thorax_Routine"),
            ]),
            StudySpec("ctchest", "CT", "CT THORAX W/O", 1.0, "ge_ct", [
                _ct_body("2.5mm STND", -30, 345, 2.5, "STANDARD", ("CHEST",), "CHEST",
                         "5.1 CHEST ROUTINE"),
            ]),
            StudySpec("mrbrain", "MR", "MRI BRAIN W/O CONTRAST", 3.0, "ge_mr", [
                _mr("Sag T1 FLAIR", "T1", "SAG", "HEAD", slices=20, spacing=5.0),
                _mr("Ax T2 FSE", "T2", "AX", "HEAD"),
                _mr("AX T2 FLAIR", "FLAIR", "AX", "BRAIN"),
                _mr("Ax DWI 1000b", "DWI", "AX", None, slices=22, spacing=5.5),
            ]),
        ]
    if t == 1:
        return "F", [
            StudySpec("ctap", "CT", "CT ABDOMEN PELVIS W CONTRAST", 0, "philips_ct", [
                _ct_body("Abd/Pel 2.5mm iDose", 190, 612, 2.5, "B", ("ABDOMEN", "PELVIS"),
                         "ABDOMEN", "Abdomen/Pelvis w/ contrast"),
            ], contrast=True),
            StudySpec("ctcap", "CT", "CT CHEST ABDOMEN PELVIS W CON", 2.0, "toshiba_ct", [
                _ct_body("Body 4.0 FC08", -30, 610, 4.0, "FC08", ("CHEST", "ABDOMEN", "PELVIS"),
                         None, "CAP Routine"),
            ], contrast=True),
            StudySpec("knee", "CR", "XR KNEE 2 VIEWS RIGHT", 4.0, "fuji_cr", [
                _knee("KNEE AP", "AP", "R", "KNEE"),
                _knee("KNEE LAT", "LAT", "R", None),
            ]),
        ]
    if t == 2:
        return "M", [
            StudySpec("cxr", "DX", "XR CHEST PA AND LATERAL", 0, "carestream_dx", [
                _xr_chest("CHEST PA", "PA"),
                _xr_chest("CHEST LAT", "LAT"),
            ]),
            StudySpec("cxr", "CR", "CHEST 2V", 1.0, "fuji_cr", [
                _xr_chest("Chest P-A", "PA", "CHEST", "CHEST P-A"),
                _xr_chest("Chest Lat", "LAT", None, "CHEST LAT"),
            ]),
            StudySpec("cthead", "CT", "CT HEAD WO CONTRAST", 4.0, "ge_ct", [
                _ct_head("5mm Brain", "STANDARD", "HEAD", "5.1 HEAD ROUTINE"),
            ], institution="Riverside Emergency Hospital"),
        ]
    if t == 3:
        return "F", [
            StudySpec("mammo", "MG", "MG SCREENING BILATERAL DIGITAL", 0, "hologic_mg",
                      _mammo_views("BREAST", "hologic")),
            StudySpec("mammo", "MG", "MAMMO SCREENING BILAT", 1.0, "ge_mg",
                      _mammo_views(None, "ge")),
            StudySpec("cxr", "CR", "XR CHEST 1 VIEW", 3.0, "fuji_cr", [
                _xr_chest("Chest P-A", "PA", "CHEST", "CHEST P-A"),
            ]),
        ]
    if t == 4:
        return "F", [
            StudySpec("mrbrain", "MR", "MRI BRAIN W WO CONTRAST", 0, "siemens_mr", [
                _mr("t1_se_sag", "T1", "SAG", "HEAD", slices=20, spacing=5.0),
                _mr("t2_tse_tra", "T2", "AX", "HEAD"),
                _mr("t2_tirm_tra_dark-fluid", "FLAIR", "AX", "HEAD"),
                _mr("ep2d_diff_3scan_trace_p2_TRACEW", "DWI", "AX", None),
                _mr("t1_se_tra_post", "T1C", "AX", "HEAD"),
                _mr("t1_se_cor_post", "T1C", "COR", None, slices=22, spacing=6.0),
            ], contrast=True),
            StudySpec("cthead", "CT", "CT HEAD W/O", 2.0, "siemens_ct", [
                _ct_head("Head 5.0 H31s", "H31s", "HEAD", "Head_Routine"),
            ]),
            StudySpec("ctabd", "CT", "CT ABDOMEN WITH CONTRAST", 5.0, "ge_ct", [
                _ct_body("5mm Abd", 190, 455, 5.0, "STANDARD", ("ABDOMEN",), "ABDOMEN",
                         "6.2 ABDOMEN", n_min=0),
            ], contrast=True, institution="County Medical Center"),
        ]
    return "M", [
        StudySpec("knee", "DX", "XR KNEE RIGHT 2 VIEWS", 0, "philips_dx", [
            _knee("Knee a.p. R", "AP", "R", "KNEE"),
            _knee("Knee lat R", "LAT", "R", "KNEE"),
        ]),
        StudySpec("knee", "DX", "XR KNEE RIGHT 2 VIEWS", 1.0, "philips_dx", [
            _knee("Knee a.p. R", "AP", "R", "KNEE"),
            _knee("Knee lat R", "LAT", "R", None),
        ]),
        StudySpec("knee", "DX", "XR KNEE LEFT 2 VIEWS", 2.0, "philips_dx", [
            _knee("Knee a.p. L", "AP", "L", "KNEE"),
            _knee("Knee lat L", "LAT", "L", "KNEE"),
        ]),
    ]


_FIRST = {"M": ["James", "Robert", "Michael", "David", "Thomas", "Daniel", "Paul", "Mark",
                "Peter", "Henrik", "Jan", "Luca"],
          "F": ["Mary", "Linda", "Susan", "Karen", "Anna", "Emma", "Sofia", "Julia",
                "Helen", "Ingrid", "Marta", "Claire"]}
_LAST = ["Smith", "Johnson", "Brown", "Miller", "Garcia", "Martin", "Novak", "Schmidt",
         "Rossi", "Jensen", "Dubois", "Kowalski", "Lindqvist", "Moreau", "Fischer", "Walker"]
_DOCTORS = ["HOUSE^GREGORY^^DR", "GREY^MEREDITH^^DR", "KILDARE^JAMES^^DR", "QUINN^MICHAELA^^DR",
            "ROSS^DOUG^^DR", "WELBY^MARCUS^^DR"]


@dataclass
class PatientSpec:
    index: int
    seed: int
    patient_id: str
    name: str
    sex: str
    birth_date: _dt.date
    studies: list[StudySpec]
    referring: str


def make_patients(count: int, seed: int) -> list[PatientSpec]:
    """``count`` patients; beyond six the templates repeat with new names and seeds."""
    rng = np.random.default_rng([seed, 7])
    ids: set[str] = set()
    patients = []
    for i in range(count):
        sex, studies = template(i)
        studies[0].role = "current"
        pid = f"{int(rng.integers(1_000_000, 9_999_999))}"
        while pid in ids:
            pid = f"{int(rng.integers(1_000_000, 9_999_999))}"
        ids.add(pid)
        first = _FIRST[sex][int(rng.integers(len(_FIRST[sex])))]
        last = _LAST[int(rng.integers(len(_LAST)))]
        age_days = int(rng.integers(40 * 365, 78 * 365))
        birth = REFERENCE_DATE - _dt.timedelta(days=age_days)
        patients.append(PatientSpec(i, int(rng.integers(2**31)), f"MRN{pid}",
                                    f"{last.upper()}^{first.upper()}", sex, birth, studies,
                                    _DOCTORS[int(rng.integers(len(_DOCTORS)))]))
    return patients
