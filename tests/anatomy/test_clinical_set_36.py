"""Integrity of the thirty-sixth blind clinical anatomy set (tests/anatomy/data/clinical_set_36.jsonl):
a fortnight of hospitals and diagnostic centres in Russia, Ukraine, Kazakhstan and Uzbekistan,
eleven sites writing Russian, Ukrainian, Kazakh and Uzbek, in Cyrillic, in Latin transliteration
on ASCII-only consoles (several habits) and in Uzbek Latin, mixed with English vendor defaults.

The set is written by tests/anatomy/clinical36/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_36.jsonl"
BUILD = HERE / "clinical36" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English vendor defaults are mixed in everywhere).
SITE_LANGS = {"ru-msk-univ": {"ru"}, "ru-spb-dc": {"ru"}, "ru-sib-obl": {"ru"}, "ru-kzn-onko": {"ru"}, "ru-ekb-child": {"ru"},
              "ua-kyiv-hosp": {"uk", "ru"}, "ua-lviv-dc": {"uk", "ru"}, "kz-ast-nmc": {"kk", "ru"}, "kz-alm-dc": {"kk", "ru"},
              "uz-tash-rsc": {"uz", "ru"}, "uz-sam-dc": {"uz", "ru"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits), in
# Cyrillic and in the transliterations the sites' consoles write (passport/ICAO, BGN/PCGN,
# everyday translit, GOST 7.79-B; Ukrainian 2010 national table; Kazakh Latin; Uzbek Latin,
# whose o'ng splits at an ASCII apostrophe and stays whole with the modifier letter).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "ru": {"R": {"ПРАВЫЙ", "ПРАВАЯ", "ПРАВОЕ", "ПРАВОГО", "ПРАВОЙ", "СПРАВА", "ПРАВ", "DEX", "DEXTRA",
                 "PRAVYI", "PRAVYY", "PRAVYJ", "PRAVY", "PRAVAIA", "PRAVAYA", "PRAVAJA", "PRAVOE", "PRAVOGO", "PRAVOI", "PRAVOY",
                 "PRAVOJ", "SPRAVA", "PRAV"},
           "L": {"ЛЕВЫЙ", "ЛЕВАЯ", "ЛЕВОЕ", "ЛЕВОГО", "ЛЕВОЙ", "СЛЕВА", "ЛЕВ", "SIN", "SINISTRA",
                 "LEVYI", "LEVYY", "LEVYJ", "LEVY", "LEVAIA", "LEVAYA", "LEVAJA", "LEVOE", "LEVOGO", "LEVOI", "LEVOY", "LEVOJ",
                 "SLEVA", "LEV"}},
    "uk": {"R": {"ПРАВИЙ", "ПРАВА", "ПРАВЕ", "ПРАВОГО", "ПРАВОЇ", "СПРАВА", "ПРАВ", "DEX", "PRAVYI", "PRAVYJ", "PRAVA", "PRAVE",
                 "PRAVOHO", "PRAVOGO", "PRAVOI", "PRAVOYI", "SPRAVA", "PRAV"},
           "L": {"ЛІВИЙ", "ЛІВА", "ЛІВЕ", "ЛІВОГО", "ЛІВОЇ", "ЗЛІВА", "ЛІВ", "SIN", "LIVYI", "LIVYJ", "LIVA", "LIVE", "LIVOHO",
                 "LIVOGO", "LIVOI", "LIVOYI", "ZLIVA", "LIV"}},
    "kk": {"R": {"ОҢ", "OÑ", "ON", "ONG"}, "L": {"СОЛ", "SOL"}},
    "uz": {"R": {"OʻNG", "NG", "ЎНГ"}, "L": {"CHAP", "ЧАП"}},
}
# Words saying both sides (or a plural of a paired part) in an order.
BOTH_WORDS = {
    "BILATERAL", "BILAT", "BOTH", "DUAL", "HIPS",
    "ОБОИХ", "ОБЕИХ", "ТАЗОБЕДРЕННЫХ", "КОНЕЧНОСТЕЙ", "КИСТЕЙ", "СТОП", "МОЛОЧНЫХ",
    "OBOIKH", "OBOIH", "OBOIX", "OBEIKH", "OBEIH", "OBEIX", "TAZOBEDRENNYKH", "TAZOBEDRENNYH", "TAZOBEDRENNYX",
    "KONECHNOSTEI", "KONECHNOSTEY", "KONECHNOSTEJ", "KISTEI", "KISTEY", "KISTEJ", "STOP", "MOLOCHNYKH", "MOLOCHNYH", "MOLOCHNYX",
    "MOLOCHNY", "TAZOBEDRENNY",  # GOST 7.79-B writes y' for the hard sign vowel: the word splits at the apostrophe
    "ОБОХ", "КУЛЬШОВИХ", "КІНЦІВОК", "МОЛОЧНИХ", "OBOKH", "OBOH", "KULSHOVYKH", "KULSHOVYH", "KINTSIVOK", "KINCIVOK",
    "KYSTEI", "KYSTEJ",
    "ЕКІ", "EKI", "БЕЗДЕРІНІҢ", "BEZDERININ", "BEZDERINING", "BEZDERINIÑ",
    "IKKI", "IKKALA", "ИККИ", "ИККАЛА", "BEZLARI", "БЕЗЛАРИ",
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each language (Cyrillic and the sites' transliterations), checked on study descriptions.
LOCAL = {
    "ru": r"(?i)(МРТ|МСКТ|КТ|УЗИ|УЗДС|УЗДГ|Рентген|Rg|Рг|ФЛГ|Флюорограф|сустав|позвоночн|головного|грудной|брюшной|малого таза|ОГК|ОБП|ОМТ|ШОП|ГОП|ПОП|ПКОП|ППН|БЦА|ЩЖ|желез|Маммограф|Денситометр|Сцинтиграф|ПЭТ|Коронарограф|КАГ|ЭхоКГ|Эхокардио|ангиограф|урограф|Ирриго|скопия|НСГ|Нейросонограф|ОПТГ|КЛКТ|ТРГ|снимок|Ортопантомограф|МЦУГ|ГСГ|Гистеро|Телерентген|Химиоэмбол|ТАХЭ|ОФЭКТ|Направление|Контроль качества|Фантом|Ежедневный|черепа|кисти|стоп|таза|MRT|MSKT|\bKT\b|UZI|UZDS|Rentgen|\bRG\b|sustav|pozvonoch|golovnogo|grudno|briushno|bryushno|malogo|OGK|OBP|OMT|ShOP|\bGOP\b|\bPOP\b|PKOP|PPN|BTSA|BCA|zhelez|Mammograf|Densitometr|Stsintigraf|Scintigraf|PET|Koronarograf|Ekho|angiograf|urograf|Irrigo|skopi|NSG|Neirosonograf|Nejrosonograf|Neyrosonograf|OPTG|KLKT|TRG|FLG|Fliuorograf|Flyuorograf|kisti|stop|bedra|goleni|plecha|predplech|kostei|kostej|kostey|taza|cherepa|Kontrol)",
    "uk": r"(?i)(МРТ|МСКТ|КТ|УЗД|УЗДС|Рентгенограф|суглоб|хребта|мозку|голови|грудної|черевної|малого таз|ОГК|ОЧП|ОМТ|ШВХ|ГВХ|ПВХ|ППН|БЦА|ЩЗ|залоз|Мамограф|Денситометр|Сцинтиграф|ПЕТ|Коронарограф|ЕхоКГ|ангіограф|урограф|Іриго|скопія|Нейросонограф|ОПТГ|КПКТ|ТРГ|знімок|кісток|кістки|кисті|стоп|гомілки|стегна|плеча|передпліччя|Направлення|Контроль якості|Фантом|Хіміоембол|Гістеро|Флюорограф|Телерентген|черепа|Згода|MRT|MSKT|\bKT\b|UZD|suhlob|suglob|khrebta|hrebta|mozku|holovy|hrudnoi|grudnoi|cherevnoi|OCHP|ShVKh|SHVKH|zaloz|Mamohraf|Mamograf|Rentgenohraf|Rentgenograf|kysti|stop|homilky|stehna|plecha|Densytometr|Kontrol)",
    "kk": r"(?i)(МРТ|КТ|УДЗ|рентгенография|буын|омыртқа|бас миы|кеуде|құрсақ|жамбас|сүт без|қалқанша|бүйрек|өкпе|жүрек|табан|сүйе|білек|сирақ|ОПТГ|КЛКТ|Маммография|Флюорография|Нейросонография|Коронарография|ЭхоКГ|Жолдама|Сапа бақылауы|Денситометрия|сцинтиграфия|ПЭТ|тамыр|мойын|Гипофиз|Аяқ|Нәресте|Бала|MRT|\bKT\b|UDZ|buyn|omyrtq|omyrtk|bas miy|keude|qursaq|kursak|jambas|zhambas|sut bez|süt bez|buirek|büirek|ökpe|okpe|jurek|zhurek|jürek|tizе|tize|taban|rentgenografiia|rentgenografiya)",
    "uz": r"(?i)(MRT|MSKT|\bKT\b|UTT|rentgenograf|bo.g.im|umurtqa|bosh miya|ko.krak|qorin|chanoq|sut bez|qalqonsimon|buyrak|o.pka|yurak|OPTG|KLKT|Mammografiya|Flyuorografiya|Neyrosonografiya|Koronarografiya|ExoKG|Yo.llanma|Rozilik|Sifat nazorati|Densitometriya|ssintigrafiya|PET|tizza|yelka|tirsak|bilak|boldir|oyoq|qo.l|tovon|o.mrov|dumg.aza|Gipofiz|Chakka|Burun|Bola|Chaqaloq|Aorta|Tish|TRG|Siydik|Qizil|Ekskretor|Irrigo|Gisterosal|Prostata|angiograf|Butun tana|Skelet|Ikkala|Qovurg|Ko.z|Miya|Konus|Oshqozon|"
          r"МРТ|МСКТ|УТТ|рентгенография|бўғим|умуртқа|бош мия|кўкрак|қорин|чаноқ|сут без|тизза|елка|тирсак|билак|болдир|оёқ|қўл|товон|ўмров|думғаза|Маммография|Ортопантомограмма|ОПТГ|КЛКТ|Флюорография|Нейросонография|Коронарография|ЭхоКГ|Ёўлланма|Денситометрия|Қалқонсимон|Буйрак|Ўпка|Юрак|Бола|Чақалоқ)",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"})):
            found.add(s)
    return found


def study_desc(r):
    return r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    data = DATA.read_text(encoding="utf-8")
    mod = contract.load_build(BUILD)
    assert data == mod.render_file()
    assert mod.main(["--check"]) == 0
    assert contract.non_stdlib_imports(BUILD) == set()


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 900, 1000)


def test_every_row_has_something_to_read(rows):
    """A labelled row names its exam somewhere: its own text fields or its study's description."""
    contract.check_something_to_read(rows, TEXT)


def test_every_row_carries_its_study_description(rows):
    """A series carries its study description itself or in its study context (sequence-only
    series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert study_desc(r), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row is never a plain one-sided exam: its texts carry a word for
    both sides (or the plural of a paired part), or its image says B; breast MR is both breasts."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert contract.words_of(contract.row_texts(r, TEXT)) & BOTH_WORDS or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    assert all(sum(code in r["labels"] for r in rows) >= 3 for code in CODES)


def test_the_mix_is_a_hospital_and_diagnostic_centre_fortnight(rows):
    """11 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty and 3-8 %."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 35 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.45
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "onc", "vasc", "paeds", "nm", "dxa",
            "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    # siblings are plain metadata with scouts and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Topo") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in one of that site's languages (Cyrillic or
    transliterated), not only the vendors' English defaults."""
    by_site = {}
    for r in rows:
        by_site.setdefault(site(r), []).append(study_desc(r))
    for s, descs in by_site.items():
        local = sum(any(re.search(LOCAL[g], d) for g in SITE_LANGS[s]) for d in descs) / len(descs)
        assert local >= 0.75, (s, local)


def test_scripts_and_transliterations_are_mixed(rows):
    """Cyrillic and ASCII transliterations both occur at the sites with ASCII-only consoles; the
    Uzbek sites write Latin and some Cyrillic; Kazakh sites write Kazakh letters."""
    by_site = {}
    for r in rows:
        by_site.setdefault(site(r), []).append(study_desc(r))
    for s in ("ru-spb-dc", "ru-sib-obl", "ua-lviv-dc", "kz-alm-dc"):
        descs = by_site[s]
        ascii_local = [d for d in descs if d.isascii() and any(re.search(LOCAL[g], d) for g in SITE_LANGS[s])]
        cyr = [d for d in descs if re.search(r"[А-Яа-яЁёІіЇїЄєҚқҢңӘәӨөҰұҮүҒғҺһ]", d)]
        assert len(ascii_local) >= 0.15 * len(descs) and len(cyr) >= 0.3 * len(descs), s
    for s in ("uz-tash-rsc", "uz-sam-dc"):
        descs = by_site[s]
        assert any(re.search(r"[ЎўҚқҒғҲҳ]|(?i:ияси\b|\bУТТ\b|текшируви)", d) for d in descs), s
        assert any(re.search(r"(?i)\b(o|bo|qo|ko)['ʻ‘`]", d) for d in descs), s
    assert any(re.search(r"[ҚқҢңӘәӨөҰұҮүҒғІі]", d) for d in by_site["kz-ast-nmc"])


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "IVANOV"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of each language and habit is seen, and not the other side
    assert sides_named(["МРТ левого коленного сустава"], {"ru"}) == {"L"}
    assert sides_named(["MRT pravogo plechevogo sustava"], {"ru"}) == {"R"}
    assert sides_named(["Rg kisti (levyj)"], {"ru"}) == {"L"}
    assert sides_named(["Рентгенографія правої кисті"], {"uk"}) == {"R"}
    assert sides_named(["MRT livoho kolinnoho suhloba"], {"uk"}) == {"L"}
    assert sides_named(["МРТ: оң жақ тізе буыны"], {"kk"}) == {"R"}
    assert sides_named(["Sol jaq iyq buyny MRT"], {"kk"}) == {"L"}
    assert sides_named(["O'ng tizza bo'g'imi MRT"], {"uz"}) == {"R"}
    assert sides_named(["Oʻng yelka boʻgʻimi"], {"uz"}) == {"R"}
    assert sides_named(["Чап тизза бўғими МРТ"], {"uz"}) == {"L"}
    # a Kazakh side word is not read at a Russian site
    assert sides_named(["MRT sol"], {"ru"}) == set()
