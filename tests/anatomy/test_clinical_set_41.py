"""Integrity of the forty-first blind clinical anatomy set (tests/anatomy/data/clinical_set_41.jsonl):
oncology, nuclear medicine and radiotherapy at five cancer centres writing German, French (ASCII
consoles), Italian, Japanese (kanji/katakana with English) and Brazilian Portuguese.

The set is written by tests/anatomy/clinical41/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec (codes, laterality only with a limb or breast label,
the empty set for series without anatomy) and carry only header keywords that real systems
fill, with no identifiers.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_41.jsonl"
BUILD = HERE / "clinical41" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
SITE_LANG = {"de-uknm": "de", "fr-clcc": "fr", "it-irccs": "it", "jp-gan": "ja", "br-onco": "pt"}
# Side words, one upper-case word each (texts are split at anything but letters and digits). English
# is read everywhere; "RT" is radiotherapy in these departments, never a side.
SIDE_WORDS = {
    "en": {"R": {"R", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE"}, "L": {"GAUCHE", "G", "GCHE"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SIN"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DIR", "DTO"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ"}},
    "ja": {"R": set(), "L": set()},
}
# Japanese writes the side as a kanji glued to the part (右膝関節): read as a substring.
JA_SIDE = {"R": "右", "L": "左"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
LOCAL = {
    "de": r"(?i)(MRT|CT|PET|Szintigraph|Szinti|Rö|Röntgen|Sono|Mammographie|Mamma|Planungs|Bestrahlung|Strahlentherapie|Schädel|Hals|Thorax|"
          r"Abdomen|Becken|Ganzkörper|Wirbelsäule|HWS|BWS|LWS|biopsie|punktion|ablation|Port|Kind|Leber|Prostata|Niere|Nebenschilddrüse|"
          r"Kyphoplastie|Angiographie|TACE|Sentinel|Schilddrüse|Stereotaxie|Kolonographie|Clipmarkierung|Präparat|Aszites|Pleura|PICC)",
    "fr": r"(?i)(IRM|TDM|SCANNER|TEP|Scintigraphie|Scinti|Lymphoscintigraphie|RX|Radiographie|Echographie|Mammographie|Angiomammographie|"
          r"Macrobiopsie|Biopsie|Biopsies|Cytoponction|cerebrale|thoracique|abdominale|pelvienne|TAP|corps entier|rachis|panrachis|"
          r"simulation|centrage|DOSIMETRIQUE|Pose|Chimioembolisation|Arteriographie|Thermoablation|Cryoablation|Drainage|Ponction|"
          r"Ventriculographie|Vertebroplastie|Coloscanner|enfant|sein|seins|mammaire|Controle|Radiographie|hepatique|prostat)",
    "it": r"(?i)(RM|TC|PET|Scintigrafia|Linfoscintigrafia|RX|Ecografia|ECO|Mammografia|Biopsia|Agoaspirato|encefalo|torace|addome|pelvi|"
          r"collo|rachide|total body|centraggio|simulazione|piano di trattamento|Posizionamento|TACE|Angiografia|Termoablazione|"
          r"Crioablazione|Drenaggio|Paracentesi|Ventricolografia|Vertebroplastica|Colonscopia|pediatric|mammella|mammaria|fegato|prostat|"
          r"Controllo|Richiesta|QC)",
    "ja": r"(CT|MRI|PET|シンチ|エコー|超音波|XP|X線|マンモグラフィ|MMG|生検|治療計画|照射|留置|塞栓|焼灼|凍結|穿刺|ドレナージ|頭部|頸部|胸部|腹部|骨盤|"
          r"全身|乳腺|乳房|甲状腺|前立腺|肝|脊椎|頸椎|胸椎|腰椎|小児|標本|クリップ|コロノグラフィー|依頼書|椎体形成|血管造影|QC)",
    "pt": r"(?i)(RM|TC|PET|Tomografia|Cintilografia|Linfocintilografia|Pesquisa de corpo inteiro|PCI|RX|Radiografia|USG|Mamografia|"
          r"Mamotomia|Ressonância|RESSONANCIA|Biópsia|BIOPSIA|PAAF|crânio|CRANIO|tórax|TORAX|abdome|pelve|pescoço|PESCOCO|coluna|"
          r"planejamento|simulação|SIMULACAO|Implante|Quimioembolização|QUIMIOEMBOLIZACAO|Angiografia|Ablação|ABLACAO|Crioablação|"
          r"CRIOABLACAO|Drenagem|Paracentese|Ventriculografia|Vertebroplastia|Colonografia|infantil|mama|mamas|Marcação|MARCACAO|"
          r"fígado|FIGADO|próstata|PROSTATA|Pedido|QC)",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, lang):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & (SIDE_WORDS[lang][s] | SIDE_WORDS["en"][s]):
            found.add(s)
        if lang == "ja" and any(JA_SIDE[s] in t for t in texts):
            found.add(s)
    return found


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    contract.check_generator(DATA, BUILD)


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 900, 1000)


def test_every_row_has_something_to_read(rows):
    contract.check_something_to_read(rows, TEXT)


def test_every_row_carries_its_study_description(rows):
    """A series carries its study description itself or in its study context (sequence-only
    series and linac images are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word of the site's language or
    English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANG[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is a breast MR, or its texts carry a word for both sides."""
    both = {"BEIDSEITS", "BDS", "BILATERAL", "BILATERALE", "BILAT", "BIL", "MAMMAE", "MAMAS", "SEINS"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = contract.row_texts(r, TEXT)
        assert contract.words_of(texts) & both or any("両側" in t for t in texts) or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "PT", "NM", "MG", "US", "DX", "XA", "RTIMAGE", "SR", "KO", "PR", "OT"} <= set(mods)
    assert {"RTSTRUCT", "RTPLAN", "RTDOSE"} & set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 60
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_five_cancer_centres(rows):
    """Five sites of about equal size; 35-50 % carry their study; about a third lack
    BodyPartExamined; every stratum is there; objects without anatomy are 3-8 % and empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert all(170 <= k <= 210 for k in sites.values())
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"staging", "pet", "nm", "rt", "interv", "breast", "paeds", "bone", "spine", "neuro", "no-anatomy"} == set(strata)
    assert all(k >= 20 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # radiotherapy objects never carry anatomy; linac images do
    assert all(not r["labels"] for r in rows if r["meta"]["Modality"] in ("RTSTRUCT", "RTPLAN", "RTDOSE", "RTRECORD"))
    assert all(r["labels"] for r in rows if r["meta"]["Modality"] == "RTIMAGE")
    # siblings are plain metadata with scouts and dose pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d.startswith(("Topogram", "Scout", "Surview", "Scanogram")) for d in sibs)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"] and r["laterality"] != "B":
            assert "biop" in r["why"], r
    # limbs whose side is only in words
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 40


def test_the_french_consoles_write_ascii(rows):
    for r in rows:
        if site(r) == "fr-clcc":
            for t in contract.row_texts(r, TEXT):
                assert t.isascii(), r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in that site's language."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        local = sum(bool(re.search(LOCAL[SITE_LANG[s]], d)) for d in descs) / len(descs)
        assert local >= 0.8, (s, local)
    jp = [d for d in by_site["jp-gan"]]
    assert sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", d)) for d in jp) / len(jp) >= 0.8


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CT", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "PT", "PatientAge": "064Y"}}, "identifying"),
    ({"meta": {"Modality": "RTIMAGE", "OperatorsName": "MT"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["MRT Oberschenkel li."], "de") == {"L"}
    assert sides_named(["RX EPAULE D"], "fr") == {"R"}
    assert sides_named(["RM coscia sx"], "it") == {"L"}
    assert sides_named(["右膝関節MRI"], "ja") == {"R"}
    assert sides_named(["RX DE OMBRO ESQ"], "pt") == {"L"}
    # radiotherapy is not a side, and a Japanese kanji is not read at a German site
    assert sides_named(["RT Planung Mamma"], "de") == set()
    assert sides_named(["左乳房"], "de") == set()
