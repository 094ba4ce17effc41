"""Integrity of the twenty-seventh blind clinical anatomy set (tests/anatomy/data/clinical_set_27.jsonl):
a fortnight of Nordic and Baltic hospitals and private imaging centres, eleven sites writing
Swedish, Norwegian (bokmål and nynorsk), Danish, Finnish, Icelandic, Estonian, Latvian,
Lithuanian and English, some through ASCII-only consoles.

The set is written by tests/anatomy/clinical27/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_27.jsonl"
BUILD = HERE / "clinical27" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
SITE_LANGS = {"se-univ": {"sv", "en"}, "se-priv": {"sv"}, "no-hf": {"no", "nn"}, "no-priv": {"no"}, "dk-reg": {"da"},
              "fi-univ": {"fi", "sv"}, "fi-priv": {"fi"}, "is-lsh": {"is", "en"}, "ee-hosp": {"et", "en"},
              "lv-hosp": {"lv", "en"}, "lt-hosp": {"lt", "en"}}
# Side words as written, one upper-case word each; their ASCII forms are added below.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "sv": {"R": {"HÖGER", "HÖ", "DX"}, "L": {"VÄNSTER", "VÄ", "SIN"}},
    "no": {"R": {"HØYRE", "HØ", "DX"}, "L": {"VENSTRE", "VE", "SIN"}},
    "nn": {"R": {"HØGRE", "HØ"}, "L": {"VENSTRE", "VE"}},
    "da": {"R": {"HØJRE", "HØ", "DXT", "DX"}, "L": {"VENSTRE", "VE", "SIN"}},
    "fi": {"R": {"OIKEA", "OIKEAN", "OIK", "DX"}, "L": {"VASEN", "VASEMMAN", "VAS", "SIN"}},
    "is": {"R": {"HÆGRI", "HÆGRA"}, "L": {"VINSTRI", "VINSTRA"}},
    "et": {"R": {"PAREM", "PAREMA", "PAR"}, "L": {"VASAK", "VASAKU", "VAS"}},
    "lv": {"R": {"LABĀ", "LABAIS", "LABĀS", "LAB"}, "L": {"KREISĀ", "KREISAIS", "KREISĀS", "KR", "KREIS"}},
    "lt": {"R": {"DEŠINĖ", "DEŠINĖS", "DEŠINIOJO", "DEŠ"}, "L": {"KAIRĖ", "KAIRĖS", "KAIRIOJO", "KAIR"}},
}
BOTH_WORDS = {"BILAT", "BILATERALT", "BILATERAL", "BÅDA", "BEGGE", "MOLEMMAT", "MOLEMPIEN", "MOL", "BÆÐI", "BÁÐUM", "BEGGJA",
              "MÕLEMAD", "BILATERAALNE", "ABPUSĒJI", "ABU", "ABAS", "ABIEJŲ", "ABIPUSIS", "BOTH", "HÖFTER", "HOFTER",
              "LONKAT", "LONKKIEN", "MJAÐMIR", "MJÖÐMUM", "PUUSALIIGESTE", "HELBENSRÖNTGEN", "HELBENSOPPTAK", "HELBENSOPTAGELSE",
              "ALARAAJOJEN", "GANGLIMIR", "ALAJÄSEMETE", "UNDEREKSTREMITETER", "DUAL"}
_FOLD = {"Å": "A", "Ä": "A", "Ö": "O", "Ø": "O", "Æ": "AE", "Õ": "O", "Ü": "U", "Ā": "A", "Ē": "E", "Ī": "I", "Ū": "U", "Ķ": "K",
         "Ļ": "L", "Ņ": "N", "Ģ": "G", "Č": "C", "Š": "S", "Ž": "Z", "Ė": "E", "Ę": "E", "Į": "I", "Ų": "U", "Ą": "A", "Ð": "D",
         "Þ": "TH", "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Ý": "Y"}
_DIGRAPH = {"Å": "AA", "Ø": "OE", "Æ": "AE", "Ä": "AE", "Ö": "OE", "Ü": "UE"}


def ascii_forms(word: str) -> set[str]:
    """A word as an ASCII console may write it: letters folded, written as two letters, or dropped."""
    fold = "".join(_FOLD.get(c, c) for c in word)
    digraph = "".join(_DIGRAPH.get(c, _FOLD.get(c, c)) for c in word)
    drop = "".join(c for c in word if ord(c) < 128)
    return {w for w in {word, fold, digraph, drop} if len(w) >= 2 or w == word}


def with_ascii(words) -> set[str]:
    return set().union(*(ascii_forms(w) for w in words))


SIDES = {g: {s: with_ascii(ws) for s, ws in t.items()} for g, t in SIDE_WORDS.items()}
BOTH = with_ascii(BOTH_WORDS)
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language (accented or folded), checked on the study descriptions.
LOCAL = {
    "sv": r"(?i)(hjärna|hjarna|skalle|lungor|thorax|buk|bäcken|backen|rygg|knä|kna|axel|höft|hoft|fotled|handled|armbåge|armbage|underarm|överarm|overarm|lårben|larben|underben|fot|hand|mammografi|bröst|brost|Bentäthet|Bentathet|kranskärl|kranskarl|halskärl|halskarl|tyreoidea|njur|lever|gallvägar|gallvagar|prostata|bihålor|bihalor|hypofys|hörsel|horsel|orbita|scintigrafi|kolografi|Esofagus|Sväljning|Svaljning|Hysterosalpingografi|höfter|hofter|nyfödd|nyfodd|Skelettålder|Skelettalder|Panorama|Intraorala|CBCT|Kefalostat|trauma|DT |UL |MR |Helbens|Händer|Hander|angiografi|Remiss|Artrografi|Stereotaktisk|helkropp|PET|Renografi|Myokard|urinvägar|urinvagar|hela ryggen|Miktion|ventrombos|bukaorta|appendix|TACE|Lungscintigrafi|Sentinel|lilla|tumme|fingrar|nyckelben|tår|tar|häl|hal|skafoideum|båtben|batben|crus|femur|humerus)",
    "no": r"(?i)(caput|hode|hovud|thorax|abdomen|bekken|columna|rygg|nakke|kne|skulder|hofte|ankel|hånd|hand|albue|olboge|underarm|overarm|lår|lar|legg|fot|mammografi|mamma|Bentetthet|hjerte|coronar|koronar|halskar|thyreoidea|nyre|lever|prostata|bihuler|hypofyse|øregang|oregang|orbita|scintigrafi|kolografi|Øsofagus|Osofagus|HSG|hofter|spedbarn|Skjelettalder|traume|Rtg|Røntgen|Rontgen|UL |MR |CT |Helbens|hender|angiografi|Henvisning|Tilvising|Artrografi|Stereotaktisk|helkropp|PET|Renografi|Myokard|urinveier|MRCP|MUCG|venetrombose|aorta|appendicitt|TACE|Sentinel|scaphoid|handledd|finger|clavicula|calcaneus|crus|femur|humerus|tær|taer|tommel)",
    "da": r"(?i)(cerebrum|hjerne|kranium|thorax|abdomen|bækken|baekken|backen|columna|lænderyg|laenderyg|knæ|knae|kna|skulder|hofte|ankel|fodled|hånd|haand|hand|albue|underarm|overarm|lår|laar|lar|underben|fod|mammografi|mamma|DXA|hjertet|koronar|halskar|thyroidea|nyrer|lever|prostata|bihuler|hypofyse|øregange|oeregange|oregange|orbitae|scintigrafi|kolografi|øsofagus|oesofagus|osofagus|HSG|hofter|spædbarn|spaedbarn|spadbarn|Knoglealder|traume|Rtg|Røntgen|Roentgen|Rontgen|UL |MR|CT |Helbens|hænder|haender|hander|angiografi|Henvisning|Artrografi|Stereotaktisk|kroppen|PET|Renografi|Myokard|urinveje|MRCP|MUCG|vener|aorta|appendix|TACE|Sentinel|crus|femur|humerus|clavicula|scaphoideum|finger|tæer|taeer|taer|hæl|hael|hal|forfod)",
    "fi": r"(?i)(Pään|Paan|Aivo|Keuhko|Thorax|vatsa|lantio|ranka|rangan|polv|olkaniv|olkapää|olkapaa|lonk|nilk|jalkater|käsi|kasi|käden|kaden|ranne|ranteen|kyynär|kyynar|olkavar|reisi|reide|sääri|saari|säären|saaren|mammografia|Rinn|Rinto|Luuntiheys|Sydä|Syda|Sepelvaltimo|Kaula|Kilpirauha|Munuai|Maksa|Haima|Eturauha|Sivuontelo|Aivolisäke|Sisäkorva|Sisakorva|Silmäkuopa|Silmakuopa|gammakuvaus|kolografia|Ruokatorv|HSG|Vastasyntyneen|Luustoikä|Luustoika|Monivamma|rtg|UÄ|UA|MT|TT|kokokuva|Kädet|Kadet|angiografia|Lähete|Lahete|Artrografia|biopsia|kehon|PET|Virtsatie|MRCP|Miktiokystografia|laskimo|aort|Umpilisäke|Umpilisake|TACE|Vartija|Hammas|Intraoraali|Kartiokeila|Kefalo|Panoraama|Leukojen|Sappitie|solisluu|veneluu|kantaluu|sormi|peukalo|varpaat|molempien|oikean|vasemman)",
    "is": r"(?i)(heil|höfuð|hofud|lungu|brjóst|brjost|kvið|kvid|grindarhol|hrygg|hné|hne|öxl|oxl|mjöðm|mjodm|mjaðm|mjadm|ökkli|okkli|fótur|fotur|hönd|hond|úlnlið|ulnlid|olnbogi|framhandlegg|upphandlegg|læri|laeri|legg|Beinþéttni|Beinthettni|hjarta|kransæð|kransaed|háls|hals|skjaldkirt|nýr|nyr|lifur|blöðruháls|bloðruhals|bloðru|bloeðru|kinnholur|heiladingli|eyra|augntóft|augntoft|skann|ristil|Vélindi|Velindi|HSG|ungbarns|Beinaaldur|fjöláverki|folaverki|fjolaverki|Röntgen|Rontgen|Segulómun|Segulomun|Ómun|Omun|TS |ganglimir|hendur|æðamynd|aedamynd|Beiðni|Beidni|Liðmynd|Lidmynd|Ástunga|Astunga|líkam|likam|PET|MRCP|bláæð|blaaed|ósæð|osaed|botnlang|Varðeitla|Vardeitla|hægri|haegri|vinstri|fingur|þumall|thumall|viðbein|vidbein|tær|taer|hælbein|haelbein|bátsbein|batsbein|sköflung|skoflung|lærlegg|laerlegg|rist)",
    "et": r"(?i)(Pea|aju|Rindkere|Kops|kõhu|kohu|Kõhu|vaagna|vaagen|Lülisamba|Lulisamba|põlv|polv|õla|ola|puusa|hüppeliiges|huppeliiges|labajal|käelaba|kaelaba|randme|küünar|kuunar|reie|reis|sääre|saare|säär|saar|mammograafia|Rinnanäärme|Rinnanaarme|Luutiheus|Südame|Sudame|Koronaar|Kaela|Kilpnäärme|Kilpnaarme|Neeru|Maksa|Pankrease|Eesnäärme|Eesnaarme|Ninakõrvalkoobaste|Ninakorvalkoobaste|Hüpofüüsi|Hupofuusi|Sisekõrva|Sisekorva|Orbitate|stsintigraafia|kolonograafia|Söögitoru|Soogitoru|Hüsterosalpingograafia|Husterosalpingograafia|Vastsündinu|Vastsundinu|Luuvanus|Polütrauma|Polutrauma|röntgen|rontgen|MRT|KT |UH|Alajäseme|Alajaseme|angiograafia|Saatekiri|Artrograafia|biopsia|keha|PET|Renograafia|Müokardi|Muokardi|Kuseteede|MRCP|tsüstograafia|tsustograafia|veenide|aordi|Apendiksi|TACE|Valvurlümfisõlme|Valvurlumfisolme|Ortopantomogramm|intraoraalne|Koonuskiir|Kefalomeetria|Skolioosi|parem|vasak|Mõlemad|Molemad|rangluu|kannaluu|sõrm|sorm|pöial|poial|varbad|laevluu|Pärasoole|Parasoole|Väikese|Vaikese|Koronarograafia|sapiteed)",
    "lv": r"(?i)(Galva|smadzeņ|smadzen|smadze|Krūškurv|Kruskurv|Krkurv|Plauš|Plaus|Plau|vēdera|vedera|vdera|iegurņ|iegurn|iegur|skriemeļ|skriemel|skrieme|mugurkaul|ceļa|cela|cea|celis|plec|gūžas|guzas|gas|potīt|potit|pot|pēda|peda|pda|papēd|paped|plaukst|elkoņ|elkon|elko|apakšdelm|apaksdelm|apakdelm|augšdelm|augsdelm|augdelm|augšstilb|augsstilb|augstilb|apakšstilb|apaksstilb|apakstilb|mamogrāfija|mamografija|mamogrfija|Krūts|Kruts|Krts|densitometrij|Sirds|Koronār|Koronar|Kakla|Vairogdziedzera|Nieru|Aknu|Aizkuņģa|Aizkunga|Prostatas|Deguna|Hipofīzes|Hipofizes|Hipofzes|dzirdes|Orbītu|Orbitu|Orbtu|scintigrāfija|scintigrafija|scintigrfija|kolonogrāfija|kolonografija|Barības|Baribas|Barbas|Histerosalpingogrāfija|Histerosalpingografija|Jaundzimuš|Jaundzimus|Jaundzimu|Kaulu|Politraumas|rtg|rentgenogrāfija|rentgenografija|MR|DT|USG|Kāj|Kaj|angiogrāfija|angiografija|Nosūtījums|Nosutijums|Nostjums|Artrogrāfija|Artrografija|biopsija|ķermeņ|kermen|ermen|PET|Renogrāfija|Renografija|Miokarda|Urīnceļu|Urinceļu|Urincelu|Urncelu|MRCP|holangio|cistogrāfija|cistografija|vēnu|venu|aortas|piedēkļa|piedekla|TACE|Sarglimfmezgla|abpus|labā|laba|kreisā|kreisa|kreis|Abu|abas|atslēgas|atslegas|īkšķis|ikskis|laivveida|Taisnās|Taisnas|Mazā|Maza|galvaskausa|Cerebrālā|Cerebrala)",
    "lt": r"(?i)(Galvos|smegenų|smegenu|Krūtinės|Krutines|Plaučių|Plauciu|pilvo|dubens|Dubuo|stuburo|kelio|peties|klubo|čiurnos|ciurnos|pėdos|pedos|plaštak|plastak|riešo|rieso|alkūnės|alkunes|dilbio|žasto|zasto|šlaun|slaun|blauzdos|mamografija|Krūt|Krut|densitometrija|Širdies|Sirdies|Vainikinių|Vainikiniu|Kaklo|Skydliaukės|Skydliaukes|Inkstų|Inkstu|Kepenų|Kepenu|Kasos|Prostatos|Prienosinių|Prienosiniu|Hipofizės|Hipofizes|klausomųjų|klausomuju|Akiduobių|Akiduobiu|scintigrafija|kolonografija|Stemplės|Stemples|Histerosalpingografija|Naujagimio|Kaulinis|Politraumos|rentgenograma|MRT|KT |echoskopija|kojų|koju|kojos|angiografija|Siuntimas|Artrografija|biopsija|kūno|kuno|PET|Šlapimo|Slapimo|cholangio|cistografija|venų|venu|aortos|Apendikso|TACE|Sarginio|Ortopantomograma|intraoralinė|intraoraline|Kūginio|Kuginio|Kefalometrija|Abiejų|Abieju|dešin|desin|kair|raktikaul|kulnakaul|pirštai|pirstai|laivelio|Tiesiosios|Mažojo|Mazojo|Koronarografija|Kaukolės|Kaukoles)",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDES[g][s] for g in langs | {"en"})):
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
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word of the site's languages
    or English, accented or as an ASCII console writes it); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is a both-sides order: a word for both sides (or a plural of the limb) in its
    texts, a film tagged B, or a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = contract.row_texts(r, TEXT)
        assert contract.words_of(texts) & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_nordic_and_baltic_fortnight(rows):
    """Eleven sites, none dominating; 35-50 % carry their study; about a third lack
    BodyPartExamined; every clinical family is there; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 50 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "onc", "vasc", "paeds", "nm", "dxa",
            "dental", "trauma", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 120
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Topo", "localizer", "Survey", "locator") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_ascii_consoles_are_there(rows):
    """Some study descriptions of the sites with letters outside ASCII come folded."""
    folded = Counter(site(r) for r in rows
                     if (d := r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription", "")).isascii()
                     and re.search(r"(?i)(rontgen|hoyre|hojre|hoger|vanster|kna\b|knae|haegri|polv|kreis|desin|kaire|locitava|sanario|kasi)", d))
    assert sum(folded.values()) >= 40 and len(folded) >= 6


def test_sites_write_in_their_own_languages(rows):
    """Most rows of each site carry a study description in one of that site's own languages."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en", "nn"}
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "JDB"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["MR knä vänster"], {"sv"}) == {"L"}
    assert sides_named(["MR KNA HOGER"], {"sv"}) == {"R"}
    assert sides_named(["Rtg. kne hoyre"], {"no"}) == {"R"}
    assert sides_named(["RONTGEN AF KNAE, HOEJRE"], {"da"}) == {"R"}
    assert sides_named(["Oikean polven MT"], {"fi"}) == {"R"}
    assert sides_named(["Rontgen hne haegri"], {"is"}) == {"R"}
    assert sides_named(["Vasaku õlaliigese MRT"], {"et"}) == {"L"}
    assert sides_named(["MR cea locitava, kreis"], {"lv"}) == {"L"}
    assert sides_named(["Desiniojo kelio sanario MRT"], {"lt"}) == {"R"}
    # a Finnish abbreviation is not read as a side at an Estonian site's other words, nor Latvian at a Swedish one
    assert sides_named(["MR knä lab."], {"sv"}) == set()
