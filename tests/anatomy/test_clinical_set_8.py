"""Integrity of the eighth blind clinical anatomy set (tests/anatomy/data/clinical_set_8.jsonl):
a legacy archive migration, twenty years (2004-2024) of six sites' studies met as priors.

The set is written by tests/anatomy/clinical8/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec (codes, laterality only with a limb or breast label,
the empty set for series without anatomy) and carry only header keywords that real systems
fill, with no identifiers. The migration's own marks are checked too: old descriptions cut to
16 capitals, study descriptions written over series descriptions, retired SOP classes,
digitised films, merged studies, and a modern tail.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_8.jsonl"
BUILD = HERE / "clinical8" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "SeriesDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "InstitutionalDepartmentName",
                  "OperatorsName", "PerformingPhysicianName"}
SITE_LANG = {"uk-dgh": "en", "de-klinik": "de", "fr-ch": "fr", "nl-opc": "nl", "us-comm": "en", "au-priv": "en"}
# Side words, one upper-case word each (French elisions L' and D' are removed first).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RCC", "RMLO", "RML", "RXCCL", "RLM"},
           "L": {"L", "LT", "LEFT", "LCC", "LMLO", "LML", "LXCCL", "LLM"}},
    "de": {"R": {"RE", "RECHTS", "RECHTE", "RECHTER", "RECHTES"}, "L": {"LI", "LINKS", "LINKE", "LINKER", "LINKES"}},
    "fr": {"R": {"D", "DT", "DTE", "DROIT", "DROITE"}, "L": {"G", "GCHE", "GAUCHE"}},
    "nl": {"R": {"RE", "RECHTS", "RECHTER"}, "L": {"LI", "LINKS", "LINKER"}},
}
SERIES_TEXT = ("SeriesDescription", "ProtocolName", "AcquisitionDeviceProcessingDescription")
STUDY_TEXT = ("StudyDescription", "RequestedProcedureDescription", "PerformedProcedureStepDescription")
TEXT = SERIES_TEXT + STUDY_TEXT
WB = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}
# Words of each site's own language, checked on its study descriptions.
LOCAL = {
    "de": r"[äöüß]|\b(MRT|cMRT|CCT|cCT|Rö|Sono|nativ|KM|HWS|BWS|LWS|GWS|OSG|NNH|ISG|DVT|DSA|Knie|Kopf|Becken|Hals|Hand|Fuß|"
          r"links|rechts|li|re|bds|beidseits|Mamma|Ebenen|Eb|Thorax|Abdomen|Oberbauch|Leber|Skelettstatus|Pariser|Fremdbilder|"
          r"Linksherzkatheter|Koronarangiographie|Breischluck|Myelographie|Duplex|Kahnbein|Handgelenk|Ellenbogen|Unterarm|"
          r"Oberarm|Oberschenkel|Unterschenkel|Calcaneus|Sternum|Rippen|Phantommessung|OPG|OPT|ERCP|MCU|PTA|AFS|HSG|MRCP|MRM|LHK|"
          r"Abd|Becken|Th|Angio|Urolithiasis|Gefäße|Circulus|Nieren|Harnblase|Hoden|Prostata|Hypophyse|Felsenbein|"
          r"Kolonographie|Arthrographie|Mammographie|Osteodensitometrie|Knochendichtemessung|PET)\b",
    "fr": r"[éèàç]|\b(TDM|IRM|SCANNER|RADIO|RX|RP|ECHOGRAPHIE|ECHO|SCINTIGRAPHIE|TOMOSCINTIGRAPHIE|MAMMOGRAPHIE|TEP|GENOU|"
          r"CHEVILLE|EPAULE|POIGNET|MAIN|MAINS|PIED|PIEDS|HANCHE|BASSIN|RACHIS|THORAX|CRANE|SINUS|ROCHERS|DROIT|DROITE|GAUCHE|"
          r"GCHE|FACE|PROFIL|ANGIOSCANNER|CEREBRALE|ENCEPHALIQUE|ASP|UIV|CPRE|ETT|TAP|CTAP|CORO|CORONAROGRAPHIE|"
          r"ARTERIOGRAPHIE|OSTEODENSITOMETRIE|ABSORPTIOMETRIE|HYSTEROSALPINGOGRAPHIE|CYSTOGRAPHIE|LAVEMENT|TRANSIT|BILI|"
          r"INFILTRATION|SACCORADICULOGRAPHIE|PANGONOGRAMME|GONIOMETRIE|CONTROLE|FANTOME|CQ|FILMS|IMAGES|EXTERIEURS|EXTERIEURES|"
          r"AGE|DEPISTAGE|BILATERALE|BILAN|DOPPLER|COLOSCANNER|UROSCANNER|COUDE|JAMBE|FEMUR|HUMERUS|CLAVICULE|CALCANEUM|"
          r"SCAPHOIDE|DOIGT|POUCE|CUISSE|SEIN|PANORAMIQUE|ORTHOPANTOMOGRAMME|AVANT|BRAS|ORTEIL|GRIL|COSTAL|OS|MASSIF|COU|"
          r"CERVICAL|LOMBAIRE|DORSAL|ENTIER|DATSCAN|MACROBIOPSIE|OCTREOSCAN|ARTHRO|CAI|HYPOPHYSAIRE|HYPOPHYSE|PELVIENNE|"
          r"ABDOMINALE|ABDOMINO|PROSTATIQUE|RENALE|THYROIDIENNE|CARDIAQUE|MAMMAIRE)\b",
    "nl": r"\b(X|Rö|Echo|MRI|CT|CTA|knie|knieën|enkel|pols|heup|schouder|voet|voeten|hand|handen|links|rechts|li|re|L|R|LI|RE|"
          r"thorax|bekken|hersenen|schedel|cerebrum|wervelkolom|LWK|CWK|TWK|bdz|beiderzijds|Mammografie|mammae|mamma|borst|"
          r"Externe|opnamen|beelden|fantoom|QA|Kwaliteitscontrole|Botdichtheidsmeting|DEXA|scan|bovenbuik|abdomen|lever|galblaas|"
          r"nieren|blaas|schildklier|hals|carotiden|halsvaten|aorta|abdominalis|kleine|scrotum|testis|duplex|been|benen|"
          r"staand|skeletleeftijd|botleeftijd|ribben|sinussen|neusbijholten|aangezichtsschedel|neusbeen|elleboog|onderarm|"
          r"bovenarm|bovenbeen|onderbeen|calcaneus|teen|clavicula|scaphoid|vinger|duim|prostaat|nierstenen|urolithiasis|"
          r"Stereotactische|biopsie|OPG|totale|lumbale|cervicale|thoracale|gehele|buikoverzicht|beenlengte|opname|"
          r"Verwijsbrief|Aanvraagformulier|sacrum|stuitje|SI|gewrichten|Termijnecho|zwangerschap|TV)\b",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def year(row):
    """Each row's why begins with the year of its study."""
    return int(row["why"][:4])


def sides_named(texts, lang):
    texts = [t.upper() for t in texts if isinstance(t, str)]
    if lang == "fr":
        texts = [re.sub(r"\b[LD]['’]", " ", t) for t in texts]
    words = contract.words_of(texts)
    return {s for s in "RL" if words & (SIDE_WORDS["en"][s] | SIDE_WORDS.get(lang, {}).get(s, set()))}


def study_desc(row):
    return row["meta"].get("StudyDescription") or row.get("study", {}).get("StudyDescription") or ""


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    contract.check_generator(DATA, BUILD)


def test_check_mode_fails_when_the_file_differs(tmp_path, monkeypatch):
    """A committed file that no longer matches the generator (one label changed) is refused."""
    mod = contract.load_build(BUILD)
    changed = tmp_path / DATA.name
    changed.write_text(DATA.read_text(encoding="utf-8").replace('"labels": ["KNEE"]', '"labels": ["ANKLE"]', 1),
                       encoding="utf-8")
    monkeypatch.setattr(mod, "OUT", changed)
    assert mod.main(["--check"]) == 1
    monkeypatch.setattr(mod, "OUT", tmp_path / "missing.jsonl")
    assert mod.main(["--check"]) == 1


def test_summary_counts_the_file(rows, capsys):
    mod = contract.load_build(BUILD)
    assert mod.main(["--summary"]) == 0
    out = capsys.readouterr().out
    assert f"rows {len(rows)}\n" in out
    assert f"with study {sum('study' in r for r in rows)} " in out


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 900, 1000)


def test_every_row_has_something_to_read(rows):
    """A labelled row names its exam somewhere: its own text fields or its study's description."""
    contract.check_something_to_read(rows, TEXT)


def test_the_why_names_a_year_of_the_archive(rows):
    assert all(2004 <= year(r) <= 2024 for r in rows)


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side: a tag, a side word in its own series text,
    or (when the series says none) its study text; the series text never names the other side
    (in a merged study the study text may name the other exam's side)."""
    for r in rows:
        m = r["meta"]
        lang = SITE_LANG[site(r)]
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        assert tags <= {r["laterality"]}, r
        if r["laterality"] in ("L", "R"):
            own = sides_named([m.get(k) for k in SERIES_TEXT], lang)
            assert own <= {r["laterality"]}, r
            if not tags and not own:
                study = sides_named([m.get(k) for k in STUDY_TEXT] + [r.get("study", {}).get("StudyDescription")], lang)
                assert study == {r["laterality"]}, r
        if set(r["labels"]) & contract.SIDED:
            assert r["laterality"] is not None, r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "RF", "XA", "OT", "SC", "SR", "KO", "PR", "DOC"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.13 * len(rows)


def test_the_mix_is_a_migrated_archive(rows):
    """Six sites, none dominating; 35-45 % carry their study; about a third lack
    BodyPartExamined; every clinical family is there; pages without anatomy are empty."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.33 <= with_study <= 0.45
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert min(sites.values()) >= 120 and max(sites.values()) <= 0.22 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.27 <= no_bpe <= 0.40
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"neuro", "headneck", "chest", "cardio", "abdo", "uro", "womens", "breast", "msk", "spine", "onc",
            "vascular", "nm", "dxa", "no-anatomy"} == set(strata)
    assert all(n >= 10 for n in strata.values()), strata
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # the modern tail of the same services is there, and so is the first archive's decade
    years = Counter("old" if year(r) <= 2010 else "mid" if year(r) <= 2018 else "new" for r in rows)
    assert years["old"] >= 0.2 * len(rows) and years["new"] >= 0.1 * len(rows)
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription") or "" for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any(d == "Patient Protocol" for d in sibs)
    assert any(d in ("Scout", "SCOUT", "Surview", "Scanogram", "SCANOGRAM", "PILOT") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each or say both; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_the_migration_left_its_marks(rows):
    """Old data looks old: the English and US RIS cut descriptions to 16 capitals, the German
    archive wrote study descriptions over series descriptions before 2008, retired ultrasound
    SOP classes, digitised films, merged studies, headers without a study description."""
    for r in rows:
        d = r["meta"].get("StudyDescription")
        if d and ((site(r) == "uk-dgh" and year(r) <= 2011) or (site(r) == "us-comm" and year(r) <= 2012)) \
                and "outside" not in r["why"] and "imported" not in r["why"] and "QC" not in r["why"] \
                and "quality-control" not in r["why"]:
            assert len(d) <= 16 and d == d.upper(), r
    overwritten = [r for r in rows if site(r) == "de-klinik" and year(r) <= 2007 and r["labels"]
                   and r["meta"].get("SeriesDescription") == r["meta"].get("StudyDescription")]
    assert len(overwritten) >= 10
    assert any(r["meta"]["SOPClassUID"] in ("1.2.840.10008.5.1.4.1.1.6", "1.2.840.10008.5.1.4.1.1.3") for r in rows)
    films = [r for r in rows if r["meta"].get("Manufacturer") in ("VIDAR", "Lumisys")]
    assert len(films) >= 10 and all(r["labels"] for r in films)
    assert sum("merged" in r["why"] for r in rows) >= 10
    no_desc = [r for r in rows if "StudyDescription" not in r["meta"]]
    assert len(no_desc) >= 5 and all(r.get("study", {}).get("StudyDescription") for r in no_desc)
    # BodyPartExamined is sometimes coarse or wrong: a chest plate on a limb, one region on a whole body
    assert sum(r["meta"].get("BodyPartExamined") in ("CHEST", "SKULL", "ABDOMEN") and bool(set(r["labels"]) & contract.LIMBS)
               for r in rows) >= 3
    assert any(r["meta"].get("BodyPartExamined") in ("CHEST", "ABDOMEN") and set(r["labels"]) == WB for r in rows)
    assert any(r["meta"].get("BodyPartExamined") == "EXTREMITY" for r in rows)


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry words of that site's language in their study
    description."""
    by_site = {}
    for r in rows:
        by_site.setdefault(site(r), []).append(study_desc(r))
    for s, descs in by_site.items():
        lang = SITE_LANG[s]
        if lang == "en":
            continue
        local = sum(bool(re.search(LOCAL[lang], d)) for d in descs) / len(descs)
        assert local >= 0.8, (s, local)


def test_densitometry_femur_is_the_hip(rows):
    """A DXA 'femur' scan is the proximal femur: the hip, never the thigh."""
    dxa = [r for r in rows if r["group"].endswith(":dxa")]
    assert dxa
    for r in dxa:
        if "Femur" in (r["meta"].get("SeriesDescription") or ""):
            assert r["labels"] == ["HIP"], r


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "StudyDate": "20050101"}}, "identifying"),
    ({"meta": {"Modality": "CR", "OperatorsName": "SMITH^J"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen, an elision is not
    assert sides_named(["Knie li. in 2 Ebenen"], "de") == {"L"}
    assert sides_named(["IRM DE L'EPAULE DROITE"], "fr") == {"R"}
    assert sides_named(["ECHOGRAPHIE DU TENDON D'ACHILLE GAUCHE"], "fr") == {"L"}
    assert sides_named(["X-knie rechts"], "nl") == {"R"}
    assert sides_named(["XR KNEE 3 VIEWS"], "en") == set()
