"""Writes tests/anatomy/data/clinical_set_36.jsonl: a fortnight of series from hospitals and
diagnostic centres in Russia, Ukraine, Kazakhstan and Uzbekistan, labelled blind against the
shared anatomy spec (see README.md beside this file).

Exam names are written as the sites' systems write them: Russian, Ukrainian, Kazakh and Uzbek
(Latin and Cyrillic) in Cyrillic, transliterated to Latin on ASCII-only consoles in several
habits, upper-cased, abbreviated, mixed with the vendors' English defaults.

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 36
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_36.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- transliteration habits
# Russian: the 2013 passport (ICAO) table, BGN/PCGN, everyday "translit", GOST 7.79 system B.
_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
TR = {
    "icao": "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia i i e g",
    "bgn": "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g",
    "inf": "a b v g d e yo zh z i j k l m n o p r s t u f h c ch sh sch - y ' e yu ya i yi ye g",
    "gostb": "a b v g d e yo zh z i j k l m n o p r s t u f x cz ch sh shh `` y' ` e` yu ya i yi ye g",
    # Ukrainian: the 2010 national table, and an everyday habit borrowed from Russian translit
    "ua2010": "a b v h d e - zh z y i k l m n o p r s t u f kh ts ch sh shch - - - - iu ia i i ie g",
    "uainf": "a b v g d e - zh z y j k l m n o p r s t u f h c ch sh sch - - - - yu ya i yi ye g",
}
TR = {k: dict(zip(_RU, [x if x != "-" else "" for x in v.split(" ")])) for k, v in TR.items()}
TR["ua2010"].update({"и": "y", "й": "i"})
UA_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_KK = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
TR["kklat"] = dict(zip(_KK, "a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ch ş şş - y ı - e iu ia".replace(" - ", "  ").split(" ")))
TR["kkinf"] = dict(zip(_KK, "a a b v g g d e yo zh z i i k k l m n ng o o p r s t u u u f kh h ts ch sh sch - y i - e yu ya".replace(" - ", "  ").split(" ")))
FOLD = str.maketrans("äğñöūüşıÄĞÑÖŪÜŞ", "agnouusiAGNOUUS")


def translit(text, habit):
    fold = habit == "kkascii"
    habit = "kklat" if fold else habit
    table = TR[habit]
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in table:
            out.append(ch)
            continue
        rep = table[low]
        if habit == "ua2010" and low in UA_INITIAL and (i == 0 or not (text[i - 1].isalpha() or text[i - 1] in "'ʼ")):
            rep = UA_INITIAL[low]
        if habit == "ua2010" and low == "г" and i and text[i - 1].lower() == "з":
            rep = "gh"
        if ch != low and rep:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            prv = text[i - 1] if i else ""
            rep = rep.upper() if (nxt.isupper() or (not nxt.isalpha() and prv.isupper())) else rep[0].upper() + rep[1:]
        out.append(rep)
    s = "".join(out)
    if fold:
        s = s.replace("ş", "sh").replace("Ş", "SH").translate(FOLD)
    return s


UZ_DI = [("o'", "ў"), ("g'", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е")]
UZ_ONE = dict(zip("abdefghijklmnopqrstuvxyz'", "абдефгҳижклмнопқрстувхйзъ"))


def uz_cyr(text):
    """Uzbek Latin as the older Cyrillic orthography writes it (the form older staff still type)."""
    out, i = [], 0
    while i < len(text):
        two = text[i:i + 2]
        hit = next((c for l, c in UZ_DI if two.lower() == l), None)
        if hit:
            out.append(hit.upper() if two[0].isupper() else hit)
            i += 2
            continue
        ch = text[i]
        low = ch.lower()
        if low == "e" and (i == 0 or not text[i - 1].isalpha()):
            rep = "э"
        else:
            rep = UZ_ONE.get(low, ch)
        out.append(rep.upper() if ch.isupper() else rep)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- sides
# Side words by language: before the noun (by gender of the noun: m, f, n), after it.
SIDE = {
    "ru": {"R": {"pre": {"m": "правого", "f": "правой", "n": "правого"}, "nom": {"m": "правый", "f": "правая", "n": "правое"},
                 "post": ["справа", "прав.", "dex.", "dextra"]},
           "L": {"pre": {"m": "левого", "f": "левой", "n": "левого"}, "nom": {"m": "левый", "f": "левая", "n": "левое"},
                 "post": ["слева", "лев.", "sin.", "sinistra"]}},
    "uk": {"R": {"pre": {"m": "правого", "f": "правої", "n": "правого"}, "nom": {"m": "правий", "f": "права", "n": "праве"},
                 "post": ["справа", "прав.", "dex."]},
           "L": {"pre": {"m": "лівого", "f": "лівої", "n": "лівого"}, "nom": {"m": "лівий", "f": "ліва", "n": "ліве"},
                 "post": ["зліва", "лів.", "sin."]}},
    "kk": {"R": {"pre": "оң жақ", "post": ["(оң)", "(оң жақ)", "оң жақ"]}, "L": {"pre": "сол жақ", "post": ["(сол)", "(сол жақ)", "сол жақ"]}},
    "uz": {"R": {"pre": "o'ng", "post": ["(o'ng)", "o'ng tomon"]}, "L": {"pre": "chap", "post": ["(chap)", "chap tomon"]}},
    "en": {"R": {"pre": "Right", "post": ["RT", "Right", "R", "RIGHT"]}, "L": {"pre": "Left", "post": ["LT", "Left", "L", "LEFT"]}},
}

# Limb parts: code -> [(name, gender)]; "{s}" marks where a side adjective goes inside the name.
LIMB = {
    "ru": {"KNEE": [("коленного сустава", "m"), ("коленного сустава", "m"), ("надколенника", "m")],
           "SHOULDER": [("плечевого сустава", "m"), ("плечевого сустава", "m"), ("ключицы", "f"), ("лопатки", "f"),
                        ("акромиально-ключичного сочленения", "n")],
           "HIP": [("тазобедренного сустава", "m"), ("тазобедренного сустава", "m"), ("ТБС", "m")],
           "ANKLE": [("голеностопного сустава", "m"), ("голеностопного сустава", "m"), ("ГСС", "m")],
           "WRIST": [("лучезапястного сустава", "m"), ("лучезапястного сустава", "m"), ("ладьевидной кости {s} кисти", "f")],
           "ELBOW": [("локтевого сустава", "m")],
           "HAND": [("кисти", "f"), ("пальцев {s} кисти", "f"), ("I пальца {s} кисти", "f")],
           "FOOT": [("стопы", "f"), ("пяточной кости", "f"), ("пальцев {s} стопы", "f"), ("плюсневых костей {s} стопы", "f")],
           "THIGH": [("бедра", "n"), ("бедренной кости", "f")],
           "LEG": [("голени", "f"), ("костей {s} голени", "f"), ("большеберцовой кости", "f")],
           "FOREARM": [("предплечья", "n"), ("костей {s} предплечья", "n")],
           "ARM": [("плеча", "n"), ("плечевой кости", "f")]},
    "uk": {"KNEE": [("колінного суглоба", "m"), ("колінного суглоба", "m"), ("наколінка", "m")],
           "SHOULDER": [("плечового суглоба", "m"), ("плечового суглоба", "m"), ("ключиці", "f"), ("лопатки", "f")],
           "HIP": [("кульшового суглоба", "m"), ("тазостегнового суглоба", "m")],
           "ANKLE": [("гомілковостопного суглоба", "m")],
           "WRIST": [("променево-зап'ясткового суглоба", "m"), ("човноподібної кістки {s} кисті", "f")],
           "ELBOW": [("ліктьового суглоба", "m")],
           "HAND": [("кисті", "f"), ("пальців {s} кисті", "f")],
           "FOOT": [("стопи", "f"), ("п'яткової кістки", "f"), ("пальців {s} стопи", "f")],
           "THIGH": [("стегна", "n"), ("стегнової кістки", "f")],
           "LEG": [("гомілки", "f"), ("кісток {s} гомілки", "f")],
           "FOREARM": [("передпліччя", "n")],
           "ARM": [("плеча", "n"), ("плечової кістки", "f")]},
    "kk": {"KNEE": [("тізе буыны", "")], "SHOULDER": [("иық буыны", ""), ("бұғана", "")], "HIP": [("жамбас-сан буыны", "")],
           "ANKLE": [("тобық буыны", "")], "WRIST": [("білезік буыны", "")], "ELBOW": [("шынтақ буыны", "")],
           "HAND": [("қол басы", ""), ("қол саусақтары", "")], "FOOT": [("табан", ""), ("өкше сүйегі", "")],
           "THIGH": [("сан сүйегі", "")], "LEG": [("сирақ", ""), ("асықты жілік", "")], "FOREARM": [("білек", "")],
           "ARM": [("тоқпан жілік", "")]},
    "uz": {"KNEE": [("tizza bo'g'imi", "")], "SHOULDER": [("yelka bo'g'imi", ""), ("o'mrov suyagi", "")],
           "HIP": [("son-chanoq bo'g'imi", "")], "ANKLE": [("boldir-panja bo'g'imi", "")], "WRIST": [("bilak-kaft bo'g'imi", "")],
           "ELBOW": [("tirsak bo'g'imi", "")], "HAND": [("qo'l panjasi", ""), ("qo'l barmoqlari", "")],
           "FOOT": [("oyoq panjasi", ""), ("tovon suyagi", "")], "THIGH": [("son suyagi", "")],
           "LEG": [("boldir", ""), ("katta boldir suyagi", "")], "FOREARM": [("bilak", "")], "ARM": [("yelka suyagi", "")]},
    "en": {"KNEE": [("Knee", "")], "SHOULDER": [("Shoulder", ""), ("Clavicle", ""), ("AC Joint", "")], "HIP": [("Hip", "")],
           "ANKLE": [("Ankle", "")], "WRIST": [("Wrist", ""), ("Scaphoid", "")], "ELBOW": [("Elbow", "")],
           "HAND": [("Hand", ""), ("Fingers", ""), ("Thumb", "")], "FOOT": [("Foot", ""), ("Calcaneus", ""), ("Toes", "")],
           "THIGH": [("Femur", "")], "LEG": [("Tibia Fibula", ""), ("Tib/Fib", "")], "FOREARM": [("Forearm", "")], "ARM": [("Humerus", "")]},
}
# Both sides of a part in one order.
BOTH = {
    "ru": {"KNEE": ["обоих коленных суставов", "коленных суставов с обеих сторон"], "FOOT": ["обеих стоп", "стоп с нагрузкой (плоскостопие)"],
           "HAND": ["обеих кистей", "кистей рук"], "ANKLE": ["обоих голеностопных суставов"], "HIP": ["тазобедренных суставов", "обоих ТБС"],
           "SHOULDER": ["обоих плечевых суставов"]},
    "uk": {"KNEE": ["обох колінних суглобів"], "FOOT": ["обох стоп", "стоп з навантаженням"], "HAND": ["обох кистей", "кистей"],
           "ANKLE": ["обох гомілковостопних суглобів"], "HIP": ["кульшових суглобів", "обох кульшових суглобів"],
           "SHOULDER": ["обох плечових суглобів"]},
    "kk": {"KNEE": ["екі жақты тізе буындары"], "FOOT": ["екі табан"], "HAND": ["екі қол басы"], "ANKLE": ["екі жақты тобық буындары"],
           "HIP": ["екі жақты жамбас-сан буындары"], "SHOULDER": ["екі жақты иық буындары"]},
    "uz": {"KNEE": ["ikki tomonlama tizza bo'g'imlari", "ikkala tizza bo'g'imi"], "FOOT": ["ikkala oyoq panjasi"],
           "HAND": ["ikkala qo'l panjasi"], "ANKLE": ["ikkala boldir-panja bo'g'imi"], "HIP": ["ikki tomonlama son-chanoq bo'g'imlari"],
           "SHOULDER": ["ikkala yelka bo'g'imi"]},
    "en": {"KNEE": ["Both Knees", "Knees Bilateral"], "FOOT": ["Both Feet", "Feet Bilateral WB"], "HAND": ["Both Hands", "Hands Bilateral"],
           "ANKLE": ["Both Ankles"], "HIP": ["Both Hips", "Hips Bilateral"], "SHOULDER": ["Shoulders Bilateral"]},
}
# Exam words: MR, plain film, CT, ultrasound; templates take the region phrase as {x}.
MODT = {
    "ru": {"MR": ["МРТ {x}", "МРТ {x}", "МР-томография {x}", "МРТ {x} (1,5 Тл)"],
           "DX": ["Рентгенография {x}", "Рентгенография {x} в 2-х проекциях", "Rg {x}", "Рг {x}", "Рентгенография {x} (2 проекции)"],
           "CT": ["КТ {x}", "МСКТ {x}", "СКТ {x}"], "US": ["УЗИ {x}", "УЗИ {x}"]},
    "uk": {"MR": ["МРТ {x}", "МРТ {x}", "Магнітно-резонансна томографія {x}"],
           "DX": ["Рентгенографія {x}", "Рентгенографія {x} у 2-х проекціях", "Rg {x}"],
           "CT": ["КТ {x}", "МСКТ {x}"], "US": ["УЗД {x}", "УЗД {x}"]},
    "kk": {"MR": ["МРТ: {x}", "{x} МРТ", "{x} МРТ-сы"], "DX": ["{x} рентгенографиясы", "Рентгенография: {x}"],
           "CT": ["{x} КТ", "КТ: {x}"], "US": ["{x} УДЗ", "УДЗ: {x}"]},
    "uz": {"MR": ["{x} MRT", "MRT: {x}", "{x} MRT tekshiruvi"], "DX": ["{x} rentgenografiyasi", "Rentgenografiya: {x}"],
           "CT": ["{x} MSKT", "KT: {x}"], "US": ["{x} UTT", "UTT: {x}"]},
    "en": {"MR": ["MRI {x}", "MR {x}"], "DX": ["XR {x}", "X-Ray {x}"], "CT": ["CT {x}"], "US": ["US {x}"]},
}
# Plain-film view names of the sites' own consoles.
VIEWS = {"ru": ("прямая", "боковая", "косая", "аксиальная"), "uk": ("пряма", "бічна", "коса", "аксіальна"),
         "en": ("AP", "LAT", "OBL", "AXIAL")}
PART_NOM = {
    "ru": {"KNEE": "Коленный сустав", "SHOULDER": "Плечевой сустав", "HIP": "Тазобедренный сустав", "ANKLE": "Голеностоп",
           "WRIST": "Лучезапястный", "ELBOW": "Локтевой сустав", "HAND": "Кисть", "FOOT": "Стопа", "THIGH": "Бедро",
           "LEG": "Голень", "FOREARM": "Предплечье", "ARM": "Плечо"},
    "uk": {"KNEE": "Колінний суглоб", "SHOULDER": "Плечовий суглоб", "HIP": "Кульшовий суглоб", "ANKLE": "Гомілковостоп",
           "WRIST": "Зап'ястя", "ELBOW": "Ліктьовий суглоб", "HAND": "Кисть", "FOOT": "Стопа", "THIGH": "Стегно",
           "LEG": "Гомілка", "FOREARM": "Передпліччя", "ARM": "Плече"},
}
EN_PART = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "HIP": "HIP", "ANKLE": "ANKLE", "WRIST": "WRIST", "ELBOW": "ELBOW", "HAND": "HAND",
           "FOOT": "FOOT", "THIGH": "FEMUR", "LEG": "TIB FIB", "FOREARM": "FOREARM", "ARM": "HUMERUS"}

# ---------------------------------------------------------------- vendors
MRV = {"Siemens": ("SIEMENS", ["MAGNETOM Aera", "MAGNETOM Skyra", "MAGNETOM Amira", "MAGNETOM Sempra"]),
       "GE": ("GE MEDICAL SYSTEMS", ["Optima MR360", "SIGNA Explorer", "Brivo MR355", "SIGNA Creator"]),
       "Philips": ("Philips Medical Systems", ["Ingenia", "Achieva", "Multiva"]),
       "Toshiba": ("TOSHIBA", ["Vantage Titan", "Vantage Elan"]),
       "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Elan"]),
       "UIH": ("UIH", ["uMR 570", "uMR 588"]),
       "Esaote": ("Esaote", ["G-scan Brio", "O-scan", "S-scan"])}
CTV = {"Siemens": ("SIEMENS", ["SOMATOM Definition AS", "SOMATOM go.Up", "SOMATOM Force", "SOMATOM Emotion 16"]),
       "GE": ("GE MEDICAL SYSTEMS", ["Optima CT660", "Revolution EVO", "Revolution CT", "BrightSpeed"]),
       "Philips": ("Philips", ["Ingenuity CT", "Incisive CT", "IQon - Spectral CT"]),
       "Toshiba": ("TOSHIBA", ["Aquilion 64", "Aquilion PRIME"]),
       "Canon": ("CANON_MEC", ["Aquilion Lightning", "Aquilion Prime SP"]),
       "UIH": ("UIH", ["uCT 530", "uCT 760"]),
       "Neusoft": ("Neusoft", ["NeuViz 64 In", "NeuViz 16 Classic"])}
# Plain film: local makers (Russian, Ukrainian) and imported systems sold through local distributors.
DXV = {"AMICO": ("AMICO", ["Рентген-АМИКО", "AMICO DR"], "ru"), "Electron": ("ELECTRON", ["KRD-50", "PRDU-02"], "ru"),
       "Renex": ("RENEX", ["Renex DR", "РЕНЕКС-РЦ"], "ru"), "Radmir": ("RADMIR", ["Radmir DR", "RADMIR DIAGNOST"], "uk"),
       "Philips": ("Philips Medical Systems", ["DigitalDiagnost", "DigitalDiagnost C90"], "en"),
       "Carestream": ("Carestream Health", ["DRX-Evolution", "DRX-1 System"], "en"),
       "Samsung": ("Samsung Electronics", ["GC85A", "GM85"], "en"), "Mindray": ("Mindray", ["DigiEye 780", "DigiEye 330"], "en"),
       "Perlove": ("Perlove Medical", ["PLD5800", "PLD7100"], "en"), "Siemens": ("SIEMENS", ["Multix Fusion", "Ysio Max"], "en"),
       "Fujifilm": ("FUJIFILM Corporation", ["FDR Smart X", "FCR Capsula XL II"], "en")}
USV = {"GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ P9", "Voluson E8"]), "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]),
       "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS60", "V8"]), "Mindray": ("Mindray", ["Resona 7", "DC-80"]),
       "SonoScape": ("SonoScape", ["P60", "S50"]), "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
       "Esaote": ("Esaote", ["MyLab X8", "MyLab Seven"])}
MGV = {"Siemens": ("SIEMENS", ["Mammomat Inspiration", "Mammomat Revelation"]), "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
       "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]), "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"]),
       "MTL": ("MTL", ["Маммо-4МТ", "Маммо-РП"]), "IMS": ("IMS GIOTTO", ["GIOTTO CLASS"])}
NMV = {"Siemens": ("SIEMENS NM", ["Symbia Intevo", "Symbia T16"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "Infinia"])}
PTV = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]),
       "UIH": ("UIH", ["uMI 550"])}
XAV = {"Siemens": ("SIEMENS", ["Artis zee", "Artis Q"]), "Philips": ("Philips Medical Systems", ["Azurion 7 M20", "Allura Xper FD20"]),
       "GE": ("GE Healthcare", ["Innova IGS 530"])}
RFV = {"Siemens": ("SIEMENS", ["Luminos dRF Max"]), "Electron": ("ELECTRON", ["KRT-Electron"]), "Philips": ("Philips Medical Systems", ["CombiDiagnost R90"]),
       "Radmir": ("RADMIR", ["Radmir RF"])}
DENT = {"Vatech": ("VATECH", ["PaX-i3D Green", "PaX-i"]), "Planmeca": ("Planmeca", ["ProMax 3D Mid", "ProOne"]),
        "Sirona": ("Sirona", ["ORTHOPHOS SL", "ORTHOPHOS XG"]), "Carestream": ("Carestream Health", ["CS 8100 3D", "CS 9300"])}
DXAV = {"Hologic": ("HOLOGIC", ["Discovery Wi", "Horizon A"]), "GE": ("GE Healthcare", ["Lunar Prodigy", "Lunar iDXA"])}

# ---------------------------------------------------------------- sites
# langs: weights of the languages the site's RIS writes in; en: share of English vendor-default
# study names; ascii: share of studies whose names come from an ASCII-only console or RIS bridge,
# with the transliteration habits in use there.
SITES = {
    "ru-msk-univ": dict(kind="university hospital, Moscow", langs={"ru": 1}, en=0.12, ascii=0.08, habits={"ru": ["icao", "bgn"]}, n=120,
                        mr="Siemens", ct="Siemens", dx=["AMICO", "Philips"], us=["Philips", "GE"], mg="Siemens", nm="Siemens", pt="Siemens",
                        xa="Siemens", rf="Siemens", dent="Sirona", dxa="Hologic",
                        strata={"msk": 4, "spine": 3, "neuro": 4, "headneck": 2, "chest": 2, "cardio": 3, "abdo": 3, "onc": 2, "vasc": 2,
                                "breast": 1, "nm": 2, "dxa": 1}),
    "ru-spb-dc": dict(kind="MR/CT diagnostic centre, St Petersburg", langs={"ru": 1}, en=0.1, ascii=0.5, habits={"ru": ["icao", "inf", "inf"]},
                      n=90, mr="GE", ct="Canon", dx=["Renex"], us=["Samsung"], dent="Vatech",
                      strata={"msk": 5, "spine": 5, "neuro": 3, "headneck": 2, "abdo": 2, "chest": 1, "vasc": 1, "dental": 1}),
    "ru-sib-obl": dict(kind="regional (oblast) hospital, Siberia", langs={"ru": 1}, en=0.05, ascii=0.35, habits={"ru": ["bgn", "gostb", "inf"]},
                       n=90, mr="Philips", ct="Toshiba", dx=["Electron", "Electron", "Carestream"], us=["Mindray", "SonoScape"], mg="MTL",
                       rf="Electron", xa="Philips", dxa="GE",
                       strata={"msk": 3, "spine": 2, "neuro": 2, "chest": 3, "abdo": 3, "vasc": 1, "paeds": 1, "breast": 1, "headneck": 1,
                               "cardio": 1, "dxa": 1}),
    "ru-kzn-onko": dict(kind="oncology dispensary, Kazan", langs={"ru": 1}, en=0.15, ascii=0.1, habits={"ru": ["icao"]}, n=65,
                        mr="GE", ct="GE", dx=["Philips"], us=["GE"], mg="Fujifilm", nm="GE", pt="GE",
                        strata={"onc": 5, "nm": 2, "breast": 3, "abdo": 1, "chest": 1, "headneck": 1}),
    "ru-ekb-child": dict(kind="children's regional hospital, Yekaterinburg", langs={"ru": 1}, en=0.08, ascii=0.2, habits={"ru": ["icao", "inf"]},
                         n=55, mr="Canon", ct="Canon", dx=["Samsung", "AMICO"], us=["Canon"], rf="Siemens",
                         strata={"paeds": 6, "msk": 2, "neuro": 1, "chest": 1, "abdo": 1}),
    "ua-kyiv-hosp": dict(kind="city clinical hospital, Kyiv", langs={"uk": 3, "ru": 1}, en=0.1, ascii=0.12,
                         habits={"uk": ["ua2010"], "ru": ["icao"]}, n=105, mr="Siemens", ct="Siemens", dx=["Radmir", "Philips"],
                         us=["Samsung", "GE"], mg="Hologic", xa="Siemens", rf="Radmir", nm="Siemens", dxa="Hologic",
                         strata={"msk": 4, "spine": 2, "neuro": 3, "headneck": 1, "chest": 2, "cardio": 2, "abdo": 3, "onc": 1, "vasc": 2,
                                 "breast": 1, "nm": 1, "dxa": 1}),
    "ua-lviv-dc": dict(kind="diagnostic centre, Lviv", langs={"uk": 4, "ru": 1}, en=0.1, ascii=0.4,
                       habits={"uk": ["ua2010", "uainf"], "ru": ["inf"]}, n=85, mr="GE", ct="GE", dx=["Carestream"], us=["GE"], mg="GE",
                       dent="Vatech", strata={"msk": 4, "spine": 3, "neuro": 2, "breast": 2, "abdo": 2, "dental": 2, "headneck": 1}),
    "kz-ast-nmc": dict(kind="national medical centre, Astana", langs={"kk": 2, "ru": 3}, en=0.12, ascii=0.1,
                       habits={"kk": ["kkascii"], "ru": ["icao"]}, n=90, mr="Philips", ct="Philips", dx=["Philips"], us=["Philips"],
                       mg="Hologic", xa="Philips", nm="Siemens", pt="Siemens", rf="Philips",
                       strata={"msk": 3, "spine": 2, "neuro": 3, "headneck": 1, "chest": 2, "cardio": 3, "abdo": 2, "onc": 2, "vasc": 2,
                               "breast": 1, "nm": 1, "paeds": 1}),
    "kz-alm-dc": dict(kind="diagnostic centre, Almaty", langs={"ru": 3, "kk": 1}, en=0.12, ascii=0.4,
                      habits={"kk": ["kkascii", "kkinf", "kklat"], "ru": ["icao", "inf"]}, n=80, mr="UIH", ct="UIH", dx=["Mindray"],
                      us=["Mindray"], mg="IMS", dent="Vatech", dxa="GE",
                      strata={"msk": 4, "spine": 3, "neuro": 2, "abdo": 2, "breast": 1, "dental": 1, "dxa": 1, "headneck": 1, "chest": 1}),
    "uz-tash-rsc": dict(kind="republican specialised centre, Tashkent", langs={"uz": 3, "ru": 2}, en=0.1, ascii=0.15,
                        habits={"ru": ["icao", "inf"]}, uzcyr=0.3, n=90, mr="Siemens", ct="Canon", dx=["Samsung"], us=["Canon", "Samsung"],
                        mg="Fujifilm", xa="Siemens", rf="Siemens", pt="UIH", nm="GE",
                        strata={"msk": 3, "spine": 2, "neuro": 3, "headneck": 1, "chest": 2, "cardio": 2, "abdo": 3, "onc": 1, "vasc": 2,
                                "paeds": 1, "breast": 1, "nm": 1}),
    "uz-sam-dc": dict(kind="private diagnostic centre, Samarkand", langs={"uz": 4, "ru": 2}, en=0.08, ascii=0.5,
                      habits={"ru": ["inf", "icao"]}, uzcyr=0.3, n=80, mr="Esaote", ct="Neusoft", dx=["Perlove"], us=["SonoScape"],
                      dent="Vatech", strata={"msk": 4, "spine": 3, "dental": 2, "abdo": 2, "chest": 2, "headneck": 1}),
}
NOANAT_SHARE = 0.05

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = cfg = SITES[site]
        langs = sorted(cfg["langs"])
        self.lang = rng.choices(langs, [cfg["langs"][k] for k in langs])[0]
        self.ascii = rng.random() < cfg["ascii"]
        self.habit = rng.choice(cfg["habits"].get(self.lang, ["icao"])) if self.lang != "uz" else None
        self.uzcyr = self.lang == "uz" and rng.random() < cfg.get("uzcyr", 0)
        self.apos = rng.choice(["'", "'", "'", "ʻ", "‘", "`"])
        self.upper = rng.random() < 0.25
        self.en = rng.random() < cfg["en"]
        # the modality console writes protocol/series names in the site's language, on ASCII-only
        # consoles in transliteration
        self.console_ascii = rng.random() < min(0.9, cfg["ascii"] + 0.25)

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def render(cx, text, lang, upper=None, ascii_=None):
    """A text of a language as this study's system writes it."""
    ascii_ = cx.ascii if ascii_ is None else ascii_
    if lang == "uz":
        if cx.uzcyr and not ascii_:
            text = uz_cyr(text)
        else:
            text = text.replace("'", cx.apos)
    elif lang in ("ru", "uk", "kk") and ascii_:
        habit = cx.habit if cx.lang == lang and cx.habit else SITES[cx.site]["habits"].get(lang, ["icao"])[0]
        if lang == "uk" and habit not in ("ua2010", "uainf"):
            habit = "ua2010"
        if lang == "kk" and not habit.startswith("kk"):
            habit = "kkascii"
        if lang == "ru" and habit not in ("icao", "bgn", "inf", "gostb"):
            habit = "icao"
        text = translit(text, habit)
    if cx.upper if upper is None else upper:
        text = text.upper()
    return text


def loc(cx, d, en_ok=True):
    """A study name from an exam's phrasings by language: the English vendor default now and then,
    else the study's language (Russian where a Kazakh or Uzbek phrasing is missing)."""
    if en_ok and cx.en and d.get("en"):
        t = cx.c(d["en"])
        return t.upper() if cx.upper else t
    lang = cx.lang if d.get(cx.lang) else ("ru" if d.get("ru") else "en")
    return render(cx, cx.c(d[lang]), lang)


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.27, p_alt=0.12):
    """BodyPartExamined as sites fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good


def side_phrase(cx, lang, side, gender):
    """(before, after) side words for a part of the given gender in a language."""
    t = SIDE[lang][side]
    if lang in ("ru", "uk"):
        r = cx.rng.random()
        if r < 0.5:
            return t["pre"][gender or "m"], ""
        if r < 0.7:
            return "", f"({t['nom'][gender or 'm']})"
        return "", cx.c(t["post"])
    if cx.p(0.6):
        return t["pre"], ""
    return "", cx.c(t["post"])


def limb_phrase(cx, lang, code, side, extra=False):
    """A limb part with its side in a language: 'правого коленного сустава', 'o'ng tizza bo'g'imi'."""
    if side == "B":
        return cx.c(BOTH[lang][code]) if code in BOTH[lang] else cx.c(BOTH[lang]["KNEE"])
    names = LIMB[lang][code]
    name, g = cx.c(names) if extra else names[0]
    pre, post = side_phrase(cx, lang, side, g)
    if "{s}" in name:
        if not pre:
            name = name.replace("{s} ", "")
        else:
            return name.replace("{s}", pre) + ("" if not post else " " + post)
    return " ".join(x for x in (pre, name, post) if x)


def exam_name(cx, lang, mod, x):
    t = cx.c(MODT[lang][mod])
    s = t.format(x=x)
    return s[0].upper() + s[1:] if lang in ("kk", "uz") else s


def lost_charset(text):
    """A non-Unicode console or bridge: every letter outside ASCII becomes a question mark."""
    return "".join(ch if ord(ch) < 128 else "?" for ch in text)


# ---------------------------------------------------------------- series by modality
# MR sequence names as each vendor's console writes them, by kind of exam; the first is the
# localizer of the exam.
MRSEQ = {
    "Siemens": {"loc": ["localizer", "AAHead_Scout", "localizer_3plane"],
                "msk": ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag", "t2_tirm_cor"],
                "spine": ["t2_tse_sag_384", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag", "t2_me2d_tra"],
                "brain": ["t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace_p2", "ep2d_diff_3scan_trace_p2_ADC", "t1_mprage_sag_p2_iso",
                          "t2_swi_tra_p2", "t1_se_sag"],
                "mra": ["tof_fl3d_tra_p2_multi-slab", "tof_fl3d_tra_p2_multi-slab_MIP_SAG", "t2_tse_tra"],
                "neck": ["t2_tse_tra_fs", "t1_tse_tra", "t2_tse_cor", "t1_vibe_fs_tra_post"],
                "body": ["t2_haste_cor_mbh", "t1_vibe_dixon_tra_bh_opp", "t1_vibe_dixon_tra_bh_in", "ep2d_diff_b50_800_tra", "t1_vibe_fs_tra_dyn",
                         "t2_space_cor_p2_trig_MIP"],
                "pelvis": ["t2_tse_sag", "t2_tse_tra", "t2_tse_cor", "ep2d_diff_b50_800_1400_tra", "t1_vibe_fs_tra_dyn_SUB"],
                "breast": ["t2_tse_tra", "t1_fl3d_tra_dynaViews", "t1_fl3d_tra_dynaViews_SUB1", "ep2d_diff_tra_b800", "t1_fl3d_tra_MIP"],
                "cardiac": ["trufi_loc_multi", "trufi_cine_sa_retro", "trufi_cine_4ch", "tfl_psir_sa_LGE", "MOLLI_T1_map_SA"],
                "wb": ["t1_tse_cor_wb_COMPOSED", "t2_stir_cor_wb_COMPOSED", "ep2d_diff_wb_b800_COMPOSED", "ep2d_diff_wb_MIP_inv"]},
    "GE": {"loc": ["3Pl Loc", "3-Plane Loc", "Loc"],
           "msk": ["Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1", "Sag T2 FSE", "Cor STIR"],
           "spine": ["Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR", "Ax T2 FSE L4-S1"],
           "brain": ["Ax T2 FSE", "Ax T2 FLAIR", "Ax DWI 1000b", "Apparent Diffusion Coefficient (mm2/s)", "Sag 3D T1 BRAVO", "Ax SWAN",
                     "Sag T1 FLAIR"],
           "mra": ["3D TOF", "3D TOF MIP", "Ax T2 FSE"],
           "neck": ["Ax T2 FSE FS", "Ax T1 FSE", "Cor T2 IDEAL", "Ax T1 FS POST"],
           "body": ["Cor SSFSE", "Ax LAVA-Flex", "Ax T2 FRFSE FS", "Ax DWI b800", "Ax LAVA Dyn", "3D MRCP"],
           "pelvis": ["Sag T2 FRFSE", "Ax T2 FRFSE", "Cor T2 FRFSE", "Ax DWI b1400", "Ax DCE DISCO"],
           "breast": ["Ax T2 IDEAL", "Ax VIBRANT MPh", "SUB VIBRANT", "Ax DWI b800", "MIP VIBRANT"],
           "cardiac": ["Loc FIESTA", "FIESTA CINE SAX", "FIESTA CINE 4CH", "MDE PSIR", "T1 Map"],
           "wb": ["WB Cor T1 COMPOSED", "WB Cor STIR COMPOSED", "WB Ax DWI b800", "WB DWI MIP"]},
    "Philips": {"loc": ["Survey", "SmartExam Survey", "sSurvey"],
                "msk": ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2W_TSE_SAG", "STIR_COR"],
                "spine": ["T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG", "T2W_TSE_TRA_L4-S1"],
                "brain": ["T2W_TSE_TRA", "T2W_FLAIR_TRA", "DWI_TRA", "dADC_TRA", "sT1W_3D_TFE", "SWIp_TRA", "T1W_SE_SAG"],
                "mra": ["TOF_3D_multi", "TOF_3D_multi_MIP", "T2W_TSE_TRA"],
                "neck": ["T2W_TSE_SPAIR_TRA", "T1W_TSE_TRA", "T2W_mDIXON_COR", "T1W_mDIXON_TRA_POST"],
                "body": ["T2W_SSh_COR", "mDIXON_TRA_BH", "T2W_SPAIR_TRA", "DWI_b800_TRA", "THRIVE_dyn", "MRCP_3D_HR"],
                "pelvis": ["T2W_TSE_SAG", "T2W_TSE_TRA", "T2W_TSE_COR", "DWI_b1400", "DCE_eTHRIVE"],
                "breast": ["T2W_TSE_TRA", "DYN_eTHRIVE", "SUB_DYN_eTHRIVE", "DWI_b800", "MIP_SUB"],
                "cardiac": ["BTFE_SURVEY", "BTFE_CINE_SA", "BTFE_CINE_4CH", "LGE_PSIR_SA", "T1_MOLLI_SA"],
                "wb": ["T1W_TSE_COR_WB", "STIR_COR_WB", "DWIBS_TRA", "DWIBS_MIP_inv"]},
    "Canon": {"loc": ["locator", "Locator 3P"],
              "msk": ["PDW FS COR", "PDW FS SAG", "PDW FS AX", "T1W COR", "T2W SAG", "STIR COR"],
              "spine": ["T2W SAG", "T1W SAG", "T2W AX", "STIR SAG"],
              "brain": ["T2W AX", "FLAIR AX", "DWI AX", "ADC AX", "3D MPRAGE SAG", "SWI AX", "T1W SAG"],
              "mra": ["TOF 3D", "TOF 3D MIP", "T2W AX"],
              "neck": ["T2W FS AX", "T1W AX", "T2W COR", "T1W FS AX POST"],
              "body": ["FASE COR", "Dixon AX", "T2W FS AX", "DWI b800 AX", "Dyn 3D QUICK", "MRCP 3D"],
              "pelvis": ["T2W SAG", "T2W AX", "T2W COR", "DWI b1400", "DCE 3D"],
              "breast": ["T2W AX", "DYN 3D", "SUB DYN", "DWI", "MIP"],
              "cardiac": ["Loc SSFP", "CINE SA", "CINE 4CH", "LGE SA", "T1 map"],
              "wb": ["WB T1 COR", "WB STIR COR", "WB DWI", "WB DWI MIP"]},
    "UIH": {"loc": ["localizer", "localizer_3p"],
            "msk": ["pd_fse_fs_cor", "pd_fse_fs_sag", "pd_fse_fs_tra", "t1_fse_cor", "t2_fse_sag", "t2_fse_fs_cor"],
            "spine": ["t2_fse_sag", "t1_fse_sag", "t2_fse_tra", "t2_fse_fs_sag"],
            "brain": ["t2_fse_tra", "t2_flair_tra", "dwi_tra_b1000", "dwi_tra_b1000_ADC", "t1_gre_fsp_3d_sag", "swi_tra", "t1_flair_sag"],
            "mra": ["tof_3d_tra", "tof_3d_tra_MIP", "t2_fse_tra"],
            "neck": ["t2_fse_fs_tra", "t1_fse_tra", "t2_fse_cor", "t1_fse_fs_tra_post"],
            "body": ["t2_ssfse_cor", "t1_quick3d_tra_dixon", "t2_fse_fs_tra", "dwi_tra_b800", "t1_quick3d_dyn", "mrcp_3d"],
            "pelvis": ["t2_fse_sag", "t2_fse_tra", "t2_fse_cor", "dwi_tra_b1400", "t1_quick3d_dyn"],
            "breast": ["t2_fse_tra", "t1_quick3d_dyn", "t1_quick3d_dyn_sub", "dwi_tra"],
            "cardiac": ["loc_ssfp", "cine_sa", "cine_4ch", "lge_psir"],
            "wb": ["wb_t1_cor", "wb_stir_cor", "wb_dwi", "wb_dwi_MIP"]},
    "Esaote": {"loc": ["SCOUT", "Scout"],
               "msk": ["SE T1 COR", "STIR COR", "GE T2 SAG", "FSE T2 AX", "3D SHARC", "XBONE"],
               "spine": ["FSE T2 SAG", "SE T1 SAG", "FSE T2 AX", "STIR SAG"]},
}
MRSEQ["Toshiba"] = MRSEQ["Canon"]


def mr_series(cx, kind, labels, lat, why, n=None, parts=None):
    v = cx.cfg["mr"]
    make, models = MRV[v]
    model = cx.c(models)
    seqs = MRSEQ[v].get(kind) or MRSEQ[v]["msk"]
    n = n or cx.c([3, 4, 5])
    names = [cx.c(MRSEQ[v]["loc"])] + cx.rng.sample(seqs, min(n, len(seqs)))
    ser = []
    for i, d in enumerate(names):
        m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        if cx.p(0.35):
            m["ScanningSequence"] = "GR" if (i == 0 or any(k in d.lower() for k in ("tof", "vibe", "lava", "thrive", "dyn", "swi", "cine", "fl3d", "quick3d", "bravo", "tfe", "mprage"))) else (
                "EP" if any(k in d.lower() for k in ("diff", "dwi", "adc")) else ("SE\\IR" if any(k in d.lower() for k in ("stir", "tirm", "flair")) else "SE"))
        if "adc" in d.lower() or "mip" in d.lower() or "sub" in d.lower() or "composed" in d.lower():
            m["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if "adc" in d.lower() else "MIP" if "mip" in d.lower() else "SUBTRACTION" if "sub" in d.lower() else "COMPOSED")
        ser.append(S(m, labels, lat, why + ("; localizer of the exam" if i == 0 else "; sequence-only series name")))
    return ser


CT_RECON = {
    "Siemens": lambda cx, reg: cx.c([f"{reg}  5.0  {cx.c(['Br40', 'Hr40', 'I40f'])}  3", f"{reg}  1.0  {cx.c(['Br40', 'Bl57', 'Br64'])}  3",
                                     f"{reg}  3.0  I30f  3", f"{reg} 1.5 B30s"]),
    "GE": lambda cx, reg: cx.c(["5mm STND", "1.25mm STND", "1.25mm BONE", "2.5mm SOFT", "0.625mm STND", f"{reg} 1.25 STND"]),
    "Philips": lambda cx, reg: cx.c(["iDose 4 Standard(B)", "Standard 1mm(B)", "Bone 1mm(YB)", "iDose 3 Sharp(C)", f"{reg} 2mm"]),
    "Toshiba": lambda cx, reg: cx.c(["AXIAL 5.0", "AX 1.0 FC18", "AX 0.5 FC30", "COR 3.0 FC13", "AIDR 3D 1.0"]),
    "Canon": lambda cx, reg: cx.c(["AXIAL 5.0", "AX 1.0 FC18", "AiCE Body 0.5", "COR 3.0 FC13", "AIDR 3D 1.0"]),
    "UIH": lambda cx, reg: cx.c(["1.0mm_B_SOFT", "5.0mm_B_SOFT", "1.0mm_B_SHARP", f"{reg}_1.0_Soft", "Recon 2"]),
    "Neusoft": lambda cx, reg: cx.c(["Axial 5mm F20", "Axial 1.25mm F20", "Axial 1mm B70", f"{reg} 1.25"]),
}
CT_SCOUT = {"Siemens": ["Topogram  0.6  T20f", "Topogram  0.6  T80f"], "GE": ["Scout", "SCOUT"], "Philips": ["Surview"],
            "Toshiba": ["Scanogram"], "Canon": ["Scanogram"], "UIH": ["Topogram", "Topo"], "Neusoft": ["Scout", "Topo"]}
CT_DOSE = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Philips": "Dose Info", "Toshiba": "Dose Info", "Canon": "Dose Summary",
           "UIH": "Dose Report", "Neusoft": "Dose Report"}
CT_KERNEL = {"Siemens": ["Br40d", "Hr40f", "Bl57d", "I30f", "Br64d"], "GE": ["STANDARD", "BONE", "SOFT", "LUNG"], "Philips": ["B", "C", "YB", "L"],
             "Toshiba": ["FC18", "FC30", "FC13", "FC52"], "Canon": ["FC18", "FC30", "FC13", "FC52"], "UIH": ["B_SOFT_B", "B_SHARP_C", "B_LUNG"],
             "Neusoft": ["F20", "B70", "F40"]}


def ct_make(cx, vendor=None):
    v = vendor or cx.cfg["ct"]
    make, models = CTV[v]
    return v, make, cx.c(models)


def ct_series(cx, reg, labels, lat, why, recons=None, dose=True, vendor=None):
    """Scout, recons (each may carry its own labels: (name, labels)), and the dose page."""
    v, make, model = ct_make(cx, vendor)
    ser = []
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": cx.c(CT_SCOUT[v]),
         "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}
    ser.append(S(m, labels, lat, why + "; scout of the exam"))
    recons = recons or [(CT_RECON[v](cx, reg), labels) for _ in range(cx.c([1, 2, 3]))]
    for name, labs in recons:
        m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": name,
             "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}
        if cx.p(0.6):
            m["ConvolutionKernel"] = cx.c(CT_KERNEL[v])
        if cx.p(0.6):
            m["SliceThickness"] = cx.c(["0.625", "1", "1.25", "2", "3", "5"])
        ser.append(S(m, labs, lat if set(labs) & {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT", "BREAST"} else None,
                     why + ("; recon name without a region" if reg not in name else "; recon")))
    if dose:
        m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": CT_DOSE[v],
             "ImageType": "DERIVED\\SECONDARY\\OTHER"}
        ser.append(S(m, [], None, "CT dose page: text, no anatomy", img=False))
    return ser


def dx_make(cx):
    v = cx.c(cx.cfg["dx"])
    make, models, clang = DXV[v]
    return v, make, cx.c(models), clang


def us_meta(cx, desc=None):
    make, models = USV[cx.c(cx.cfg["us"])]
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    return m


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.
LOWER = {"HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
EN_SIDE = {"R": ["RT", "Right", "R", "RIGHT"], "L": ["LT", "Left", "L", "LEFT"]}


def limb_sd(cx, mod, code, side, extra=False):
    """The order of a limb exam in the study's language (or the English vendor default)."""
    if cx.en:
        part = cx.c(LIMB["en"][code])[0] if extra else LIMB["en"][code][0][0]
        if side == "B":
            x = cx.c(BOTH["en"][code]) if code in BOTH["en"] else f"{part} Bilateral"
            t = cx.c(MODT["en"][mod]).format(x=x)
        else:
            sw = cx.c(EN_SIDE[side])
            t = cx.c([f"{cx.c(MODT['en'][mod]).format(x=part)} {sw}", f"{part} {sw}", f"{sw} {part}"])
        return (t.upper() if cx.upper else t), "en"
    lang = cx.lang
    x = limb_phrase(cx, lang, code, side, extra)
    return render(cx, exam_name(cx, lang, mod, x), lang), lang


def local_part(cx, code, clang):
    """A plain-film or protocol part name as the console writes it (Russian/Ukrainian consoles in their
    language, transliterated when the console is ASCII-only; imported systems in English)."""
    if clang in PART_NOM:
        return render(cx, PART_NOM[clang][code], clang, upper=False, ascii_=cx.console_ascii)
    return cx.c([EN_PART[code], EN_PART[code].title()])


def limb_mr(cx, code=None, side=None):
    code = code or cx.c(["KNEE"] * 7 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] * 2 +
                        ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM", "ARM"])
    side = side or cx.c("LLLRRRB" if code == "HIP" else "LLLLRRRR")
    sd, lang = limb_sd(cx, "MR", code, side, extra=cx.p(0.2))
    labels = [code] + (["PELVIS"] if side == "B" else [])
    why = f"{code.lower()} MR, side {side} from the order" if side != "B" else "MR of both hips: hips and pelvis"
    ser = mr_series(cx, "msk", labels, side, why)
    v = cx.cfg["mr"]
    clang = "ru" if lang in ("ru", "kk", "uz") and cx.cfg["langs"].get("ru") else ("uk" if lang == "uk" else None)
    for s in ser:
        m = s["meta"]
        if cx.p(0.45):
            if clang and cx.p(0.4):
                m["ProtocolName"] = local_part(cx, code, clang)
            else:
                m["ProtocolName"] = {"Siemens": code.lower(), "GE": f"{EN_PART[code]} ROUTINE", "Philips": f"{EN_PART[code].title()} routine",
                                     "Canon": EN_PART[code], "Toshiba": EN_PART[code], "UIH": f"{EN_PART[code].title()}_Routine",
                                     "Esaote": cx.c(["Coil 1", "Coil 2", "Coil 3", "Knee coil", "Shoulder coil"])}[v]
        bpe(cx, m, {"THIGH": "FEMUR", "LEG": "TIBIA", "ARM": "HUMERUS"}.get(code, code),
            {"HIP": ["PELVIS"], "KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "ARM", "UPPER LIMB"],
             "ANKLE": ["FOOT", "EXTREMITY"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE"]}.get(code, ["EXTREMITY"]))
        if side in "LR" and cx.p(0.12):
            m["Laterality"] = side
    return sd, ser


def dx_meta(cx, make, model, desc, view=None, **kw):
    m = {"Modality": cx.c(["DX", "DX", "DX", "CR"]) if make in ("ELECTRON", "FUJIFILM Corporation") else "DX",
         "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def dx_view_name(cx, code, clang, view):
    vi = {"AP": 0, "PA": 0, "LAT": 1, "OBL": 2, "AXIAL": 3}[view]
    if clang in PART_NOM:
        vn = render(cx, VIEWS[clang][vi], clang, upper=False, ascii_=cx.console_ascii)
        return cx.c([f"{local_part(cx, code, clang)} {vn}", vn])
    vn = VIEWS["en"][vi] if view != "PA" else "PA"
    return cx.c([f"{EN_PART[code]} {vn}", f"{vn} {EN_PART[code]}", f"{EN_PART[code].title()} {vn.lower()}"])


def limb_dx(cx, code=None, side=None):
    code = code or cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 4 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 +
                        ["HIP"] * 2 + ["ELBOW"] * 2 + ["FOREARM"] * 2 + ["ARM"] * 2 + ["LEG", "THIGH"])
    side = side or cx.c("LLLLRRRRBB" if code in ("KNEE", "FOOT", "HAND", "HIP") else "LLLLRRRR")
    v, make, model, clang = dx_make(cx)
    labels = [code]
    if code == "KNEE" and side == "B" and cx.p(0.35):
        sd = loc(cx, {"ru": ["Телерентгенография нижних конечностей стоя", "Рентгенография нижних конечностей на всю длину (с нагрузкой)"],
                      "uk": ["Телерентгенографія нижніх кінцівок стоячи"], "kk": ["Аяқтардың телерентгенографиясы (екі жақты)"],
                      "uz": ["Ikkala oyoq teleroentgenografiyasi (tik turgan holda)"], "en": ["Long Leg Standing Bilateral", "FULL LEG LENGTH BOTH"]})
        labs = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        m = dx_meta(cx, make, model, cx.c(["Long Leg", "Stitched AP", "AP"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER LIMB", "EXTREMITY", "KNEE"])
        return sd, [S(m, labs, "B", "standing long-leg film of both legs: hip to ankle, both sides")]
    if code == "HIP" and side == "B":
        sd, _ = limb_sd(cx, "DX", "HIP", "B")
        why = "pelvis film of a both-hips order: pelvis and both hips"
        m = dx_meta(cx, make, model, cx.c(["PELVIS AP", "Pelvis AP", local_part(cx, "HIP", clang) if clang in PART_NOM else "HIPS AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", why)]
        for s2 in "LR":
            m = dx_meta(cx, make, model, cx.c(["Lauenstein", "HIP LAT", "Axial"]), "LAT", ImageLaterality=s2)
            bpe(cx, m, "HIP", ["PELVIS"])
            ser.append(S(m, ["HIP"], s2, f"one hip's axial view in a both-hips order; ImageLaterality {s2}"))
        return sd, ser
    sd, lang = limb_sd(cx, "DX", code, side, extra=cx.p(0.3))
    why = f"{code.lower()} radiograph, side {side} from the order" if side != "B" else f"{code.lower()} films of both sides"
    ser = []
    views = ["AP", "LAT"] if code not in ("HAND", "FOOT") else ["PA" if code == "HAND" else "AP", "OBL"]
    if code == "SHOULDER":
        views = ["AP", cx.c(["AXIAL", "LAT"])]
    if side == "B" and code in ("HAND",):
        m = dx_meta(cx, make, model, dx_view_name(cx, code, clang, "PA"), "PA")
        bpe(cx, m, "HAND", ["EXTREMITY", "UPPER LIMB"])
        return sd, [S(m, ["HAND"], "B", "both hands on one film"), S(dict(m, SeriesDescription=dx_view_name(cx, code, clang, "OBL")), ["HAND"], "B",
                                                                       "both hands on one film, oblique")]
    if side == "B":
        m = dx_meta(cx, make, model, dx_view_name(cx, code, clang, "AP"), "AP")
        bpe(cx, m, code, ["EXTREMITY", "LOWER LIMB"])
        ser.append(S(m, labels, "B", f"{code.lower()} AP of both sides on one film"))
        for s2 in "LR":
            m = dx_meta(cx, make, model, dx_view_name(cx, code, clang, "LAT"), "LAT", ImageLaterality=s2)
            bpe(cx, m, code, ["EXTREMITY"])
            ser.append(S(m, labels, s2, f"{code.lower()} lateral of one side in a both-sides order; ImageLaterality {s2}"))
        return sd, ser
    for vw in views:
        m = dx_meta(cx, make, model, dx_view_name(cx, code, clang, vw), "AP" if vw in ("AP", "OBL") else ("PA" if vw == "PA" else "LAT"))
        if cx.p(0.4):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.p(0.3):
            m["AcquisitionDeviceProcessingDescription"] = cx.c([EN_PART[code], f"{EN_PART[code]} {vw}", "Extremity", "Skeleton"])
        bpe(cx, m, {"THIGH": "FEMUR", "LEG": "TIBIA", "ARM": "HUMERUS"}.get(code, code),
            ["EXTREMITY", "LOWER LIMB" if code in LOWER else "UPPER LIMB"] + (["LEG"] if code in ("KNEE", "ANKLE") else []))
        ser.append(S(m, labels, side, why))
    return sd, ser


def limb_us(cx):
    code = cx.c(["SHOULDER"] * 4 + ["KNEE"] * 2 + ["ELBOW", "WRIST", "HAND", "ANKLE", "FOOT", "THIGH", "LEG"])
    side = cx.c("LR")
    sd, lang = limb_sd(cx, "US", code, side, extra=cx.p(0.15))
    why = f"{code.lower()} ultrasound, side {side} from the order"
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c([None, None, "MSK", "Small Parts", "SMP", "Joint"]))
        bpe(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.55)
        if cx.p(0.1):
            m["Laterality"] = side
        ser.append(S(m, [code], side, why))
    return sd, ser


def limb_ct(cx):
    code = cx.c(["FOOT", "ANKLE", "KNEE", "WRIST", "SHOULDER", "ELBOW", "HIP"])
    extra = code == "FOOT"
    side = cx.c("LR")
    sd, lang = limb_sd(cx, "CT", code, side, extra=extra)
    why = f"{code.lower()} CT, side {side} from the order"
    reg = {"Siemens": "Extremity", "GE": "EXTREMITY", "Philips": "Bone", "Toshiba": "ORTHO", "Canon": "ORTHO", "UIH": "Extremity",
           "Neusoft": "Extremity"}[cx.cfg["ct"]]
    ser = ct_series(cx, reg, [code], side, why, dose=cx.p(0.5))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], "EXTREMITY" if cx.p(0.5) else code, ["LOWER EXTREMITY" if code in LOWER else "UPPER EXTREMITY"])
    return sd, ser


def msk_other(cx):
    k = cx.c(["pelvis", "hips_mr", "pelvis"])
    if k == "pelvis":
        v, make, model, clang = dx_make(cx)
        sd = loc(cx, {"ru": ["Рентгенография костей таза", "Rg таза (травма)"], "uk": ["Рентгенографія кісток таза"],
                      "kk": ["Жамбас сүйектерінің рентгенографиясы"], "uz": ["Chanoq suyaklari rentgenografiyasi"], "en": ["XR PELVIS", "Pelvis AP"]})
        m = dx_meta(cx, make, model, cx.c(["PELVIS AP", "Pelvis", render(cx, "Таз прямая", "ru", upper=False, ascii_=cx.console_ascii) if clang == "ru" else "AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        return sd, [S(m, ["PELVIS"], None, "pelvis radiograph (trauma): pelvis")]
    return limb_mr(cx, "HIP", "B")


def msk(cx):
    r = cx.rng.random()
    if r < 0.06:
        return msk_other(cx)
    if r < 0.47 and cx.cfg.get("mr"):
        return limb_mr(cx)
    if r < 0.85 or not cx.cfg.get("ct"):
        return limb_dx(cx)
    if r < 0.93:
        return limb_us(cx)
    return limb_ct(cx)


# ---------------------------------------------------------------- spine
SPINE_REG = {
    "c": (["CSPINE"], {"ru": ["шейного отдела позвоночника", "ШОП", "шейного отдела позвоночника"], "uk": ["шийного відділу хребта", "ШВХ"],
                       "kk": ["мойын омыртқасы"], "uz": ["bo'yin umurtqalari"], "en": ["C-SPINE", "Cervical Spine"]}),
    "t": (["TSPINE"], {"ru": ["грудного отдела позвоночника", "ГОП"], "uk": ["грудного відділу хребта", "ГВХ"], "kk": ["кеуде омыртқасы"],
                       "uz": ["ko'krak umurtqalari"], "en": ["T-SPINE", "Thoracic Spine"]}),
    "l": (["LSPINE"], {"ru": ["пояснично-крестцового отдела позвоночника", "ПКОП", "поясничного отдела позвоночника", "ПОП"],
                       "uk": ["попереково-крижового відділу хребта", "ПВХ", "поперекового відділу хребта"],
                       "kk": ["бел омыртқасы", "бел-сегізкөз омыртқасы"], "uz": ["bel umurtqalari", "bel-dumg'aza umurtqalari"],
                       "en": ["L-SPINE", "Lumbar Spine", "LSPINE"]}),
    "ct": (["CSPINE", "TSPINE"], {"ru": ["шейного и грудного отделов позвоночника", "ШОП и ГОП"], "uk": ["шийного та грудного відділів хребта"],
                                  "kk": ["мойын және кеуде омыртқасы"], "uz": ["bo'yin va ko'krak umurtqalari"], "en": ["C and T SPINE"]}),
    "tl": (["TSPINE", "LSPINE"], {"ru": ["грудного и поясничного отделов позвоночника", "ГОП и ПОП"], "uk": ["грудного та поперекового відділів хребта"],
                                  "kk": ["кеуде және бел омыртқасы"], "uz": ["ko'krak va bel umurtqalari"], "en": ["T and L SPINE", "THORACOLUMBAR SPINE"]}),
    "ws": (WSPINE, {"ru": ["всех отделов позвоночника", "позвоночника (3 отдела)", "всего позвоночника"], "uk": ["всіх відділів хребта"],
                    "kk": ["омыртқаның барлық бөлімдері"], "uz": ["umurtqa pog'onasining barcha bo'limlari"], "en": ["WHOLE SPINE", "Total Spine"]}),
    "si": (["PELVIS"], {"ru": ["крестцово-подвздошных сочленений", "КПС"], "uk": ["крижово-клубових зчленувань"], "kk": ["сегізкөз-мықын буындары"],
                        "uz": ["dumg'aza-yonbosh bo'g'imlari"], "en": ["SI JOINTS", "Sacroiliac Joints"]}),
    "sac": (["PELVIS"], {"ru": ["крестца и копчика", "копчика"], "uk": ["крижів та куприка", "куприка"], "kk": ["сегізкөз бен құйымшақ"],
                         "uz": ["dumg'aza va dum suyagi"], "en": ["SACRUM COCCYX", "Coccyx"]}),
}
SPINE_BPE = {"c": ("CSPINE", ["SPINE", "NECK"]), "t": ("TSPINE", ["SPINE", "CHEST"]), "l": ("LSPINE", ["SPINE", "LSSPINE", "ABDOMEN"]),
             "ct": ("SPINE", ["CSPINE", "NECK"]), "tl": ("SPINE", ["TSPINE", "LSPINE"]), "ws": ("SPINE", ["WHOLESPINE", "LSPINE"]),
             "si": ("PELVIS", ["SPINE", "SSPINE", "LSPINE"]), "sac": ("SSPINE", ["PELVIS", "COCCYX", "LSPINE"])}
SPINE_PART = {"ru": {"c": "Шейный отдел", "t": "Грудной отдел", "l": "Поясничный отдел", "sac": "Крестец копчик", "ws": "Позвоночник"},
              "uk": {"c": "Шийний відділ", "t": "Грудний відділ", "l": "Поперековий відділ", "sac": "Куприк", "ws": "Хребет"}}
SPINE_EN = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "sac": "SACRUM", "ws": "FULL SPINE", "ct": "SPINE", "tl": "SPINE", "si": "SI JOINTS"}


def spine_sd(cx, mod, reg, tail=""):
    labels, names = SPINE_REG[reg]
    if cx.en:
        t = cx.c(MODT["en"][mod]).format(x=cx.c(names["en"]))
        return t.upper() if cx.upper else t
    lang = cx.lang
    x = cx.c(names[lang])
    if tail and lang in ("ru", "uk"):
        x = f"{x} {tail}"
    return render(cx, exam_name(cx, lang, mod, x), lang)


def spine(cx):
    reg = cx.c(["l"] * 6 + ["c"] * 4 + ["t"] * 2 + ["ws", "ct", "tl", "si", "sac"])
    mr = cx.cfg.get("mr")
    mod = cx.c(["MR"] * 5 + ["DX"] * 3 + ["CT"]) if mr else cx.c(["DX", "DX", "CT"])
    if reg == "sac":
        mod = "DX"
    if reg == "si" and mod == "DX":
        mod = "MR" if mr else "CT"
    labels = SPINE_REG[reg][0]
    good, alt = SPINE_BPE[reg]
    why = f"spine exam ({reg}): {'+'.join(labels)}"
    if reg == "ws" and mod == "DX":
        sd = loc(cx, {"ru": ["Рентгенография позвоночника стоя (сколиоз)", "Рентгенография всего позвоночника в прямой проекции стоя"],
                      "uk": ["Рентгенографія хребта стоячи (сколіоз)"], "kk": ["Омыртқаның рентгенографиясы (сколиоз)"],
                      "uz": ["Umurtqa pog'onasi rentgenografiyasi (skolioz)"], "en": ["Scoliosis Series", "FULL SPINE AP STANDING"]})
        v, make, model, clang = dx_make(cx)
        m = dx_meta(cx, make, model, cx.c(["Full Spine AP", "Scoliosis PA", "Stitched"]), "PA", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, good, alt)
        return sd, [S(m, labels, None, "standing full-spine film for scoliosis: cervical, thoracic, lumbar")]
    tail = ""
    if mod == "DX" and reg in ("c", "l"):
        tail = cx.c(["", "с функциональными пробами"]) if cx.lang == "ru" else (cx.c(["", "з функціональними пробами"]) if cx.lang == "uk" else "")
    sd = spine_sd(cx, mod, reg, tail)
    if mod == "MR":
        ser = mr_series(cx, "spine", labels, None, why)
        for s in ser:
            if cx.p(0.4):
                s["meta"]["ProtocolName"] = cx.c([SPINE_EN[reg].replace("-", " ") + " ROUTINE", SPINE_EN[reg].title(), sd])
            bpe(cx, s["meta"], good, alt)
    elif mod == "CT":
        ser = ct_series(cx, "Spine", labels, None, why)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], good, alt)
    else:
        v, make, model, clang = dx_make(cx)
        ser = []
        views = ["AP", "LAT"] + (["Flex", "Ext"] if tail else [])
        for vw in views:
            if clang in SPINE_PART and reg in SPINE_PART[clang]:
                pn = render(cx, SPINE_PART[clang][reg], clang, upper=False, ascii_=cx.console_ascii)
                vi = {"AP": 0, "LAT": 1}.get(vw)
                vn = render(cx, VIEWS[clang][vi], clang, upper=False, ascii_=cx.console_ascii) if vi is not None else vw.lower()
                d = f"{pn} {vn}"
            else:
                d = f"{SPINE_EN.get(reg, 'SPINE')} {vw}"
            m = dx_meta(cx, make, model, d, "LAT" if vw != "AP" else "AP")
            bpe(cx, m, good, alt)
            ser.append(S(m, labels, None, why + ("; functional view" if vw in ("Flex", "Ext") else "")))
    return sd, ser


# ---------------------------------------------------------------- axial exams
def E(key, stratum, mod, labels, kind, why, ru, uk=(), kk=(), uz=(), en=(), **kw):
    return dict(key=key, stratum=stratum, mod=mod, labels=labels, kind=kind, why=why,
                names={"ru": list(ru), "uk": list(uk), "kk": list(kk), "uz": list(uz), "en": list(en)}, **kw)


CAT = [
    # neuro
    E("brain_mr", "neuro", "MR", ["HEAD"], "brain", "brain MR: head",
      ["МРТ головного мозга", "МРТ ГМ", "МРТ головного мозга с в/в контрастированием", "МРТ головного мозга (эпилепсия)", "МР-томография головного мозга"],
      ["МРТ головного мозку", "МРТ ГМ з контрастуванням", "МРТ головного мозку (нативно)"], ["Бас миы МРТ", "МРТ: бас миы"],
      ["Bosh miya MRT", "MRT: bosh miya", "Bosh miya MRT tekshiruvi"], ["MRI BRAIN", "Brain routine", "MR HEAD W/WO"], w=5),
    E("brain_ct", "neuro", "CT", ["HEAD"], "Head", "head CT: head",
      ["КТ головного мозга", "МСКТ головного мозга", "КТ ГМ нативно", "КТ головы (ОНМК)"], ["КТ головного мозку", "МСКТ голови"],
      ["Бас миы КТ", "КТ: бас"], ["Bosh miya MSKT", "KT: bosh miya"], ["CT HEAD", "Head routine"], w=4),
    E("mra_brain", "neuro", "MR", ["HEAD"], "mra", "intracranial MR angiography: head",
      ["МР-ангиография сосудов головного мозга", "МРА интракраниальных артерий", "МРТ ГМ + МРА"], ["МР-ангіографія судин головного мозку"],
      ["Бас миы тамырларының МР-ангиографиясы"], ["Bosh miya tomirlari MR-angiografiyasi"], ["MRA Circle of Willis", "TOF Willis"]),
    E("pituitary", "neuro", "MR", ["HEAD"], "brain", "pituitary MR: head", ["МРТ гипофиза с контрастированием", "МРТ турецкого седла"],
      ["МРТ гіпофіза з контрастуванням"], ["Гипофиз МРТ"], ["Gipofiz MRT"], ["MRI PITUITARY"]),
    E("brain_c", "neuro", "MR", ["HEAD", "CSPINE"], "brain", "brain and cervical spine MR in one study: head and cervical spine",
      ["МРТ головного мозга и шейного отдела позвоночника", "МРТ ГМ + ШОП"], ["МРТ головного мозку та ШВХ"],
      ["Бас миы және мойын омыртқасы МРТ"], ["Bosh miya va bo'yin umurtqalari MRT"], ["MRI BRAIN + C-SPINE"], split="brain_c"),
    E("cta_hn", "neuro", "CT", ["HEAD", "NECK"], "Angio", "CT angiography of the neck arteries and the circle of Willis: head and neck",
      ["КТ-ангиография БЦА и интракраниальных артерий", "МСКТА брахиоцефальных артерий и сосудов ГМ"],
      ["КТ-ангіографія БЦА та судин головного мозку"], ["Бас және мойын тамырларының КТ-ангиографиясы"],
      ["Bosh va bo'yin tomirlari KT-angiografiyasi"], ["CTA HEAD AND NECK", "CTA Carotids + Willis"]),
    E("skull_xr", "neuro", "DX", ["HEAD"], "skull", "skull radiograph: head", ["Рентгенография черепа в 2-х проекциях", "Rg черепа"],
      ["Рентгенографія черепа"], ["Бас сүйегінің рентгенографиясы"], ["Bosh suyagi rentgenografiyasi"], ["XR SKULL"],
      dxn={"ru": "Череп", "uk": "Череп", "en": "SKULL"}),
    E("cer_angio", "neuro", "XA", ["HEAD"], "xa_brain", "cerebral angiography runs: head",
      ["Церебральная ангиография", "Селективная ангиография сосудов головного мозга"], ["Церебральна ангіографія"], [], ["Miya tomirlari angiografiyasi"],
      ["Cerebral Angiogram"], ser=["DSA ICA sin", "DSA ICA dex", "DSA VA", "3D rotational", "Fluoro"]),
    # head and neck
    E("sinus_ct", "headneck", "CT", ["HEAD"], "Sinus", "paranasal sinus CT: head",
      ["КТ придаточных пазух носа", "КТ ППН", "МСКТ околоносовых пазух"], ["КТ приносових пазух", "КТ ППН"], ["Мұрынның қосалқы қуыстарының КТ"],
      ["Burun yondosh bo'shliqlari MSKT"], ["CT SINUS", "Sinus"], w=3),
    E("sinus_xr", "headneck", "DX", ["HEAD"], "sinus", "paranasal sinus radiograph: head", ["Рентгенография ППН", "Rg придаточных пазух носа"],
      ["Рентгенографія ППН"], ["Мұрынның қосалқы қуыстарының рентгенографиясы"], ["Burun yondosh bo'shliqlari rentgenografiyasi"], ["XR SINUSES"],
      dxn={"ru": "ППН", "uk": "ППН", "en": "SINUS OM"}),
    E("temporal_ct", "headneck", "CT", ["HEAD"], "Temporal", "temporal bone CT: head", ["КТ височных костей", "МСКТ пирамид височных костей"],
      ["КТ скроневих кісток"], [], ["Chakka suyaklari MSKT"], ["CT TEMPORAL BONES", "Inner Ear"]),
    E("orbit_mr", "headneck", "MR", ["HEAD"], "neck", "orbit MR: head", ["МРТ орбит", "МРТ орбит с контрастированием"], ["МРТ орбіт"], [],
      ["Ko'z kosasi MRT"], ["MRI ORBITS"]),
    E("neck_mr", "headneck", "MR", ["NECK"], "neck", "neck soft-tissue MR: neck", ["МРТ мягких тканей шеи", "МРТ шеи с контрастированием"],
      ["МРТ м'яких тканин шиї"], ["Мойын жұмсақ тіндерінің МРТ"], ["Bo'yin yumshoq to'qimalari MRT"], ["MRI NECK"]),
    E("neck_ct", "headneck", "CT", ["NECK"], "Neck", "neck CT: neck", ["КТ шеи с контрастированием", "МСКТ гортани"],
      ["КТ шиї з контрастуванням", "КТ гортані"], ["Мойын КТ"], ["Bo'yin MSKT"], ["CT NECK W CONTRAST", "CT LARYNX"]),
    E("thyroid_us", "headneck", "US", ["NECK"], "thyroid", "thyroid ultrasound: neck",
      ["УЗИ щитовидной железы", "УЗИ ЩЖ", "УЗИ щитовидной железы и л/у шеи"], ["УЗД щитоподібної залози", "УЗД ЩЗ"],
      ["Қалқанша безінің УДЗ"], ["Qalqonsimon bez UTT"], ["US THYROID", "Thyroid"], w=4),
    E("neck_ln_us", "headneck", "US", ["NECK"], "neck", "neck lymph node ultrasound: neck", ["УЗИ лимфоузлов шеи", "УЗИ мягких тканей шеи"],
      ["УЗД лімфовузлів шиї"], ["Мойын лимфа түйіндерінің УДЗ"], ["Bo'yin limfa tugunlari UTT"], ["US NECK"]),
    E("hn_mr", "headneck", "MR", ["HEAD", "NECK"], "neck", "nasopharynx and neck MR: head and neck",
      ["МРТ носоглотки и шеи с контрастированием", "МРТ головы и шеи"], ["МРТ голови та шиї"], [], ["Bosh va bo'yin MRT"], ["MRI HEAD AND NECK"]),
    # chest
    E("chest_xr", "chest", "DX", ["CHEST"], "chest", "chest radiograph: chest",
      ["Рентгенография ОГК", "Рентгенография органов грудной клетки в прямой проекции", "Rg ОГК (2 проекции)", "R-графия легких"],
      ["Рентгенографія ОГК", "Рентгенографія органів грудної клітки"], ["Кеуде қуысы ағзаларының рентгенографиясы", "Өкпе рентгенографиясы"],
      ["Ko'krak qafasi rentgenografiyasi", "O'pka rentgenografiyasi"], ["CHEST PA", "XR CHEST 2V", "Chest"],
      dxn={"ru": "ОГК", "uk": "ОГК", "en": "CHEST"}, w=5),
    E("fluoro_chest", "chest", "DX", ["CHEST"], "chest", "screening chest fluorography: chest",
      ["Флюорография", "ФЛГ ОГК", "Флюорография органов грудной клетки (профосмотр)"], ["Флюорографія"], ["Флюорография"], ["Flyuorografiya"],
      ["CHEST PA"], dxn={"ru": "ОГК", "uk": "ОГК", "en": "CHEST"}, w=3),
    E("chest_ct", "chest", "CT", ["CHEST"], "Thorax", "chest CT: chest",
      ["КТ ОГК", "МСКТ органов грудной клетки", "КТ легких (COVID-19)", "КТ органов грудной полости с контрастированием", "НДКТ легких (скрининг)"],
      ["КТ ОГК", "КТ органів грудної клітки", "МСКТ легень"], ["Кеуде қуысы ағзаларының КТ", "Өкпе КТ"], ["Ko'krak qafasi MSKT", "O'pka KT"],
      ["CT CHEST", "Thorax routine", "LDCT Lung screening"], w=5),
    E("ribs_xr", "chest", "DX", ["CHEST"], "ribs", "rib radiograph: ribs fold into the chest (no side for the chest)",
      ["Рентгенография ребер справа", "Рентгенография ребер слева", "Rg грудины"], ["Рентгенографія ребер зліва", "Рентгенографія ребер"],
      [], ["Qovurg'alar rentgenografiyasi"], ["XR RIBS"], dxn={"ru": "Ребра", "uk": "Ребра", "en": "RIBS"}),
    # cardio
    E("ccta", "cardio", "CT", ["CHEST"], "Cardiac", "coronary CT: chest",
      ["КТ-коронарография", "МСКТ коронарных артерий", "Кальциевый индекс (Agatston)"], ["КТ-коронарографія"], ["Жүрек КТ-коронарографиясы"],
      ["KT-koronarografiya"], ["CTA CORONARY", "Cardiac CTA", "Calcium Score"], w=2),
    E("cmr", "cardio", "MR", ["CHEST"], "cardiac", "cardiac MR: chest", ["МРТ сердца с контрастированием", "МРТ сердца (кардиомиопатия)"],
      ["МРТ серця з контрастуванням"], ["Жүрек МРТ"], ["Yurak MRT"], ["MR CARDIAC"]),
    E("cag", "cardio", "XA", ["CHEST"], "xa_heart", "coronary angiography: chest", ["Коронарография", "КАГ", "Коронарография + стентирование"],
      ["Коронарографія"], ["Коронарография"], ["Koronarografiya"], ["Coronary angiography", "LEFT HEART CATH"],
      ser=["LCA", "RCA", "Coro LAO 30", "Cardiac 15fps", "Fluoro"], w=3),
    E("echo", "cardio", "US", ["CHEST"], "echo", "echocardiography: chest", ["ЭхоКГ", "Эхокардиография"], ["ЕхоКГ"], ["ЭхоКГ"], ["ExoKG"],
      ["Adult Echo", "TTE"], w=2),
    E("mpi", "cardio", "NM", ["CHEST"], "mpi", "myocardial perfusion SPECT: chest", ["ОФЭКТ миокарда с нагрузкой", "Перфузионная сцинтиграфия миокарда"],
      ["ОФЕКТ міокарда"], [], [], ["Myocardial Perfusion"], ser=["Stress SPECT", "Rest SPECT", "Gated SPECT", "QGS"]),
    # abdomen and pelvis
    E("abd_us", "abdo", "US", ["ABDOMEN"], "abd", "upper abdominal ultrasound: abdomen",
      ["УЗИ ОБП", "УЗИ органов брюшной полости", "УЗИ печени, желчного пузыря, поджелудочной железы, селезенки"],
      ["УЗД ОЧП", "УЗД органів черевної порожнини"], ["Құрсақ қуысы ағзаларының УДЗ"], ["Qorin bo'shlig'i a'zolari UTT"], ["US ABDOMEN", "Abdomen"], w=5),
    E("kidney_us", "abdo", "US", ["ABDOMEN"], "kidney", "renal ultrasound: abdomen", ["УЗИ почек", "УЗИ почек и надпочечников"], ["УЗД нирок"],
      ["Бүйрек УДЗ"], ["Buyraklar UTT"], ["US RENAL", "Kidneys"], w=3),
    E("pelvis_us", "abdo", "US", ["PELVIS"], "pelvis", "pelvic ultrasound: pelvis",
      ["УЗИ ОМТ трансвагинально", "УЗИ органов малого таза", "ТРУЗИ предстательной железы", "УЗИ мочевого пузыря"], ["УЗД ОМТ", "ТРУЗД простати"],
      ["Кіші жамбас ағзаларының УДЗ"], ["Kichik chanoq a'zolari UTT"], ["US PELVIS TV", "US PELVIS"], w=3),
    E("abd_mr", "abdo", "MR", ["ABDOMEN"], "body", "abdominal MR (liver, pancreas, MRCP): abdomen",
      ["МРТ ОБП", "МРТ органов брюшной полости с контрастированием", "МРТ печени с гепатоспецифическим контрастом", "МРХПГ", "МР-холангиография"],
      ["МРТ ОЧП", "МРТ печінки", "МРХПГ"], ["Құрсақ қуысы МРТ"], ["Qorin bo'shlig'i MRT"], ["MRI ABDOMEN", "MRCP", "Liver"], w=2),
    E("abd_ct", "abdo", "CT", AP_, "Abdomen", "abdomen and pelvis CT: abdomen and pelvis",
      ["КТ ОБП и ОМТ с контрастированием", "МСКТ брюшной полости и малого таза", "КТ ОБП+ОМТ"], ["КТ ОЧП та ОМТ з контрастуванням"],
      ["Құрсақ қуысы және кіші жамбас КТ"], ["Qorin bo'shlig'i va kichik chanoq MSKT"], ["CT ABDOMEN PELVIS W", "Abd/Pelvis"], w=2),
    E("upper_abd_ct", "abdo", "CT", ["ABDOMEN"], "Abdomen", "upper abdominal CT: abdomen",
      ["КТ ОБП", "КТ почек и надпочечников", "КТ поджелудочной железы (трехфазное)"], ["КТ нирок", "КТ ОЧП"], ["Бүйрек КТ"], ["Buyraklar MSKT"],
      ["CT ABDOMEN", "CT Liver 3 phase"]),
    E("stone_ct", "abdo", "CT", AP_, "Urolith", "stone CT (kidneys to bladder): abdomen and pelvis",
      ["КТ почек и мочевыводящих путей (нативно)", "МСКТ мочевыделительной системы (почечная колика)"], ["КТ сечовидільної системи"],
      [], ["Siydik yo'llari MSKT"], ["CT KUB", "Stone protocol"]),
    E("pelvis_mr", "abdo", "MR", ["PELVIS"], "pelvis", "pelvic MR: pelvis", ["МРТ ОМТ", "МРТ органов малого таза с контрастированием", "МРТ малого таза"],
      ["МРТ ОМТ", "МРТ органів малого тазу"], ["Кіші жамбас ағзаларының МРТ"], ["Kichik chanoq a'zolari MRT"], ["MRI PELVIS"], w=2),
    E("prostate_mr", "abdo", "MR", ["PELVIS"], "pelvis", "prostate MR: pelvis", ["мпМРТ предстательной железы", "МРТ простаты (PI-RADS)"],
      ["мпМРТ передміхурової залози"], [], ["Prostata bezi MRT"], ["MR PROSTATE mp"]),
    E("ivu", "abdo", "RF", AP_, "ivu", "excretory urography: kidneys to bladder, abdomen and pelvis", ["Экскреторная урография", "Внутривенная урография"],
      ["Екскреторна урографія"], [], ["Ekskretor urografiya"], ["IVU"], ser=["Обзорная", "5 мин", "15 мин", "Urogram", "Post void"]),
    E("enema", "abdo", "RF", AP_, "enema", "barium enema: colon, abdomen and pelvis", ["Ирригоскопия", "Ирригография"], ["Іригоскопія"], [],
      ["Irrigoskopiya"], ["Barium enema"], ser=["Fluoro", "Spot", "Colon", "Sigma"]),
    E("upper_gi", "abdo", "RF", ["CHEST", "ABDOMEN"], "ugi", "oesophagus and stomach study: chest and abdomen",
      ["Рентгеноскопия пищевода и желудка", "Rg-скопия пищевода и желудка с барием"], ["Рентгеноскопія стравоходу та шлунку"], [],
      ["Qizilo'ngach va oshqozon rentgenoskopiyasi"], ["Upper GI series"], ser=["Fluoro", "Spot", "Esophagus", "Stomach"]),
    E("abd_xr", "abdo", "DX", ["ABDOMEN"], "abd", "plain abdominal film: abdomen",
      ["Обзорная рентгенография брюшной полости", "Обзорная Rg ОБП (стоя)"], ["Оглядова рентгенографія черевної порожнини"],
      [], ["Qorin bo'shlig'i obzor rentgenografiyasi"], ["XR ABDOMEN ERECT"], dxn={"ru": "ОБП стоя", "uk": "ОЧП стоячи", "en": "ABDOMEN"}),
    E("hsg", "abdo", "RF", ["PELVIS"], "hsg", "hysterosalpingography: pelvis", ["Гистеросальпингография", "ГСГ"], ["Гістеросальпінгографія"], [],
      ["Gisterosalpingografiya"], ["HSG"], ser=["HSG", "Spot 1", "Spot 2"]),
    # oncology
    E("petct", "onc", "PT", WB, "pet", "whole-body PET/CT (skull base to thigh): the five axial regions",
      ["ПЭТ/КТ всего тела с 18F-ФДГ", "ПЭТ-КТ с ФДГ (от основания черепа до середины бедра)", "ПЭТ/КТ с 18F-ПСМА", "ПЭТ/КТ всего тела"],
      ["ПЕТ/КТ всього тіла з 18F-ФДГ"], ["Бүкіл дене ПЭТ/КТ"], ["Butun tana PET/KT"], ["PET-CT WB FDG", "PETCT Skull base to mid-thigh", "PSMA PET/CT"], w=4),
    E("cap_ct", "onc", "CT", CAP, "Body", "chest/abdomen/pelvis CT for staging",
      ["КТ ОГК, ОБП, ОМТ с контрастированием", "МСКТ грудной клетки, брюшной полости и малого таза с в/в контрастом (стадирование)"],
      ["КТ ОГК, ОЧП та ОМТ з контрастуванням"], ["Кеуде, құрсақ қуысы және кіші жамбас КТ"],
      ["Ko'krak qafasi, qorin bo'shlig'i va kichik chanoq MSKT"], ["CT CHEST ABDOMEN PELVIS W", "CT TAP"], split="cap", w=3),
    E("ca_ct", "onc", "CT", ["CHEST", "ABDOMEN"], "Body", "chest and abdomen CT: chest and abdomen", ["КТ ОГК и ОБП с контрастированием"],
      ["КТ ОГК та ОЧП"], [], ["Ko'krak qafasi va qorin bo'shlig'i MSKT"], ["CT CHEST ABDOMEN"], split="ca"),
    E("wbmr", "onc", "MR", WB, "wb", "whole-body MR: the five axial regions", ["МРТ всего тела (DWIBS)", "МРТ всего тела в режиме онкопоиска"],
      ["МРТ всього тіла"], [], ["Butun tana MRT"], ["WB MRI DWIBS"]),
    # nuclear medicine
    E("bone_scan", "nm", "NM", WB, "bone", "whole-body bone scan: the five axial regions",
      ["Остеосцинтиграфия", "Сцинтиграфия скелета", "Остеосцинтиграфия всего тела с 99mTc-пирфотехом"], ["Остеосцинтиграфія", "Сцинтиграфія скелета"],
      ["Қаңқа сцинтиграфиясы"], ["Skelet ssintigrafiyasi"], ["Whole Body Bone Scan", "NM BONE WB"], ser=["WB ANT", "WB POST", "Whole Body", "SPECT/CT Spine"], w=3),
    E("thyroid_nm", "nm", "NM", ["NECK"], "thy", "thyroid scintigraphy: neck", ["Сцинтиграфия щитовидной железы"], ["Сцинтиграфія щитоподібної залози"],
      [], [], ["Thyroid Scan Tc99m"], ser=["Thyroid ANT", "Pinhole", "Static"]),
    E("renal_nm", "nm", "NM", ["ABDOMEN"], "renal", "renal scintigraphy: kidneys, abdomen", ["Динамическая нефросцинтиграфия", "Реносцинтиграфия с 99mTc-ДТПА"],
      ["Динамічна нефросцинтиграфія"], [], [], ["Renogram DTPA"], ser=["Dynamic POST", "Renogram", "Perfusion"]),
    E("lung_nm", "nm", "NM", ["CHEST"], "lung", "lung perfusion scintigraphy: chest", ["Перфузионная сцинтиграфия легких"], ["Перфузійна сцинтиграфія легень"],
      [], [], ["Lung Perfusion"], ser=["PERF 6 views", "SPECT Q", "ANT/POST"]),
    E("parathy_nm", "nm", "NM", ["NECK"], "parathy", "parathyroid scintigraphy: neck", ["Сцинтиграфия паращитовидных желез"],
      ["Сцинтиграфія прищитоподібних залоз"], [], [], ["Parathyroid MIBI"], ser=["Early 15 min", "Late 2h", "SPECT/CT NECK"]),
    # vascular
    E("carotid_us", "vasc", "US", ["NECK"], "carotid", "carotid duplex: neck",
      ["УЗДС БЦА", "Дуплексное сканирование брахиоцефальных артерий", "УЗДГ сосудов шеи"], ["УЗДС БЦА", "Дуплексне сканування брахіоцефальних артерій"],
      ["Брахиоцефалды артериялардың УДЗ"], ["Bo'yin tomirlari dopplerografiyasi"], ["Carotid Duplex"], w=3),
    E("aorta_cta", "vasc", "CT", CAP, "Angio", "aorta CT angiography (arch to bifurcation): chest, abdomen, pelvis",
      ["КТ-ангиография аорты", "МСКТ-аортография грудного и брюшного отделов"], ["КТ-ангіографія аорти"], [], ["Aorta KT-angiografiyasi"], ["CTA AORTA"]),
    E("abd_aorta_us", "vasc", "US", ["ABDOMEN"], "vasc", "abdominal aorta duplex: abdomen", ["УЗДС брюшной аорты и ее ветвей"], ["УЗДС черевної аорти"], [],
      [], ["US AORTA"]),
    E("pulm_cta", "vasc", "CT", ["CHEST"], "Angio", "CT pulmonary angiography: chest", ["КТ-ангиопульмонография", "КТА легочной артерии (ТЭЛА)"],
      ["КТ-ангіопульмонографія"], [], ["O'pka arteriyasi KT-angiografiyasi"], ["CTPA"], w=2),
    E("runoff", "vasc", "CT", ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "Angio",
      "run-off CTA (aorta to feet): abdomen, pelvis and both legs", ["КТ-ангиография артерий нижних конечностей", "МСКТА брюшной аорты и артерий нижних конечностей"],
      ["КТ-ангіографія артерій нижніх кінцівок"], [], ["Oyoq arteriyalari KT-angiografiyasi (ikkala oyoq)"], ["CTA RUNOFF BILATERAL", "CTA Lower Extremity Both"],
      lat="B"),
    E("tace", "vasc", "XA", ["ABDOMEN"], "xa_liver", "hepatic chemoembolisation runs: abdomen", ["Химиоэмболизация печени", "ТАХЭ печени"],
      ["Хіміоемболізація печінки"], [], [], ["TACE"], ser=["Celiac DSA", "CHA", "Post embo", "Fluoro"]),
    # children
    E("nsg", "paeds", "US", ["HEAD"], "nsg", "neonatal cranial ultrasound: head", ["Нейросонография", "НСГ"], ["Нейросонографія"], ["Нейросонография"],
      ["Neyrosonografiya"], ["Neonatal Head US"], w=3),
    E("paed_chest", "paeds", "DX", ["CHEST"], "chest", "child's chest radiograph: chest", ["Рентгенография ОГК ребенку", "Rg ОГК (детская)"],
      ["Рентгенографія ОГК дитині"], ["Баланың кеуде қуысы рентгенографиясы"], ["Bola ko'krak qafasi rentgenografiyasi"], ["CHEST AP PAED"],
      dxn={"ru": "ОГК", "uk": "ОГК", "en": "CHEST AP"}, w=3),
    E("paed_abd_us", "paeds", "US", ["ABDOMEN"], "abd", "child's abdominal ultrasound: abdomen", ["УЗИ ОБП ребенку", "УЗИ органов брюшной полости (детское)"],
      ["УЗД ОЧП дитині"], [], ["Bola qorin bo'shlig'i UTT"], ["US ABDOMEN PAED"], w=2),
    E("vcug", "paeds", "RF", ["PELVIS"], "vcug", "voiding cystourethrogram: pelvis", ["Микционная цистоуретрография", "МЦУГ"], ["Мікційна цистографія"], [],
      [], ["VCUG"], ser=["Fluoro", "Voiding", "Spot"]),
    E("paed_brain", "paeds", "MR", ["HEAD"], "brain", "child's brain MR: head", ["МРТ головного мозга (под наркозом)", "МРТ ГМ ребенку с седацией"],
      ["МРТ головного мозку дитині"], [], ["Bola bosh miya MRT"], ["MRI BRAIN PAED"]),
    E("babygram", "paeds", "DX", ["CHEST", "ABDOMEN"], "babygram", "newborn chest and abdomen on one film: chest and abdomen",
      ["Рентгенография ОГК и ОБП новорожденного"], ["Рентгенографія ОГК та ОЧП новонародженого"], [], [], ["BABYGRAM CHEST ABDOMEN"],
      dxn={"ru": "ОГК+ОБП", "uk": "ОГК+ОЧП", "en": "CHEST/ABD"}),
]
CAT_BY = {}
for _e in CAT:
    CAT_BY.setdefault(_e["stratum"], []).append(_e)

US_PRESET = {"thyroid": ["Thyroid", "Small Parts", "SMP", "ЩЖ"], "neck": ["Small Parts", "Neck"], "abd": ["Abdomen", "ABD", "Abd General", "Abdomen Adult"],
             "kidney": ["Renal", "Kidney", "Abdomen"], "pelvis": ["Gyn", "TV", "Pelvis", "Prostate", "OB/GYN"], "echo": ["Adult Echo", "Cardiac", "TTE"],
             "carotid": ["Carotid", "Vascular", "CAROTID"], "vasc": ["Vascular", "Abd Aorta"], "nsg": ["Neonatal Head", "NSG", "Neo Head"],
             "breast": ["Breast", "BREAST", "Small Parts"]}
CT_PROTO = {"Head": ["HeadRoutine", "5.1 HEAD ROUTINE", "Head_Seq"], "Sinus": ["Sinus", "SINUS HR"], "Temporal": ["InnerEar", "Temporal Bone HR"],
            "Neck": ["NeckRoutine", "NECK W"], "Thorax": ["ThoraxRoutine", "CHEST", "Chest_LowDose"], "Cardiac": ["CoronaryCTA", "CaScore", "Cardiac_Prosp"],
            "Abdomen": ["AbdomenRoutine", "ABD PELVIS", "Abdomen_3phase"], "Urolith": ["Urolith", "KUB Stone"], "Body": ["ThoraxAbdomen", "TAP W", "Body_Staging"],
            "Angio": ["Angio", "CTA", "Aorta_CTA", "Runoff"], "Spine": ["Spine", "L-SPINE"]}


def has(cx, mod):
    key = {"MR": "mr", "CT": "ct", "DX": "dx", "US": "us", "XA": "xa", "RF": "rf", "NM": "nm", "PT": "pt", "MG": "mg"}[mod]
    return bool(cx.cfg.get(key))


def axial(cx, e):
    labels, why, mod = e["labels"], e["why"], e["mod"]
    lat = e.get("lat")
    sd = loc(cx, e["names"])
    if mod == "MR":
        if e.get("split") == "brain_c":
            ser = mr_series(cx, "brain", ["HEAD"], None, "brain part of a brain + cervical spine MR: head")
            ser[0] = S(ser[0]["meta"], ["HEAD", "CSPINE"], None, "localizer planning brain and cervical spine")
            ser += mr_series(cx, "spine", ["CSPINE"], None, "cervical spine part of a brain + cervical spine MR: cervical spine", n=2)[1:]
        else:
            ser = mr_series(cx, e["kind"], labels, lat, why)
        v = cx.cfg["mr"]
        for s in ser:
            if cx.p(0.3):
                s["meta"]["ProtocolName"] = cx.c([e["kind"].upper() + "_ROUTINE", e["names"]["en"][0] if e["names"]["en"] else e["kind"], sd])
            bpe(cx, s["meta"], {"HEAD": "BRAIN" if e["kind"] in ("brain", "mra") else "HEAD", "NECK": "NECK", "CHEST": "HEART" if e["kind"] == "cardiac" else "CHEST",
                                "ABDOMEN": "ABDOMEN", "PELVIS": "PELVIS"}.get(s["labels"][0] if s["labels"] else "", s["labels"][0] if s["labels"] else None) if len(s["labels"]) < 3 else "WHOLEBODY",
                ["HEAD", "ABDOMEN", "CSPINE", "BODY"])
        return sd, ser
    if mod == "CT":
        v = cx.cfg["ct"]
        reg = e["kind"]
        recons = None
        if e.get("split") == "cap":
            recons = [(CT_RECON[v](cx, "Thorax") + " art", ["CHEST"]), (CT_RECON[v](cx, "Abdomen") + " ven", AP_), (CT_RECON[v](cx, "Body"), CAP)]
        elif e.get("split") == "ca":
            recons = [(CT_RECON[v](cx, "Thorax"), ["CHEST"]), (CT_RECON[v](cx, "Abdomen"), ["ABDOMEN"]), (CT_RECON[v](cx, "Body"), labels)]
        if recons and v == "Siemens":
            recons = [(n.replace("Body", "ThorAbd"), l) for n, l in recons]
        ser = ct_series(cx, reg, labels, lat, why, recons=recons)
        for s in ser:
            if s["img"]:
                if cx.p(0.45):
                    s["meta"]["ProtocolName"] = cx.c(CT_PROTO.get(reg, [reg]))
                if recons and s["labels"] != labels:
                    s["why"] = {("CHEST",): "arterial chest recon of a staging CT: chest only", tuple(AP_): "portal venous abdomen-pelvis recon: abdomen and pelvis",
                                ("ABDOMEN",): "abdomen recon of a chest+abdomen CT: abdomen"}.get(tuple(s["labels"]), s["why"])
                good = {"Head": "HEAD", "Sinus": "HEAD", "Temporal": "HEAD", "Neck": "NECK", "Thorax": "CHEST", "Cardiac": "HEART", "Abdomen": "ABDOMEN",
                        "Urolith": "ABDOMEN", "Body": "CHEST", "Angio": cx.c(["CHEST", "ABDOMEN", "AORTA", "HEAD"])}.get(reg, None)
                bpe(cx, s["meta"], good, ["BODY", "CHEST", "ABDOMEN", "WHOLEBODY"] if len(labels) > 1 else None)
        return sd, ser
    if mod == "DX":
        v, make, model, clang = dx_make(cx)
        if e["key"] == "fluoro_chest":
            make, model = ("ELECTRON", "ProScan-2000") if "Electron" in cx.cfg["dx"] else (make, model)
        dxn = e.get("dxn", {"en": e["kind"].upper()})
        views = ["PA"] if e["key"] in ("fluoro_chest", "babygram", "abd_xr") else ["PA", "LAT"] if e["kind"] == "chest" else ["AP", "LAT"]
        ser = []
        for vw in views:
            if clang in dxn and clang in VIEWS:
                vi = 0 if vw in ("AP", "PA") else 1
                d = f"{render(cx, dxn[clang], clang, upper=False, ascii_=cx.console_ascii)} {render(cx, VIEWS[clang][vi], clang, upper=False, ascii_=cx.console_ascii)}"
            else:
                d = cx.c([f"{dxn['en']} {vw}", f"{vw} {dxn['en']}"])
            m = dx_meta(cx, make, model, d, vw)
            bpe(cx, m, {"chest": "CHEST", "ribs": "CHEST", "skull": "SKULL", "sinus": "SINUS", "abd": "ABDOMEN", "babygram": "CHEST"}.get(e["kind"]),
                {"chest": ["THORAX", "LUNG"], "ribs": ["RIB", "THORAX"], "skull": ["HEAD"], "sinus": ["HEAD", "SKULL"], "abd": ["PELVIS", "KUB"],
                 "babygram": ["ABDOMEN", "WHOLEBODY"]}.get(e["kind"]))
            ser.append(S(m, labels, lat, why))
        return sd, ser
    if mod == "US":
        ser = []
        for _ in range(cx.c([1, 1, 2])):
            m = us_meta(cx, cx.c(US_PRESET.get(e["kind"], ["General"]) + [None]))
            bpe(cx, m, {"thyroid": "THYROID", "neck": "NECK", "abd": "ABDOMEN", "kidney": "KIDNEY", "pelvis": "PELVIS", "echo": "HEART",
                        "carotid": "CAROTID", "vasc": "ABDOMEN", "nsg": "HEAD"}.get(e["kind"]), ["NECK", "ABDOMEN"], p_missing=0.5)
            ser.append(S(m, labels, lat, why))
        return sd, ser
    if mod in ("XA", "RF", "NM"):
        table = {"XA": XAV, "RF": RFV, "NM": NMV}[mod]
        key = {"XA": "xa", "RF": "rf", "NM": "nm"}[mod]
        make, models = table[cx.cfg[key]]
        model = cx.c(models)
        descs = cx.rng.sample(e["ser"], min(len(e["ser"]), cx.c([2, 3, 4])))
        ser = []
        for d in descs:
            if make == "ELECTRON" and d in ("Fluoro", "Spot"):
                d = render(cx, {"Fluoro": "Скопия", "Spot": "Снимок"}[d], "ru", upper=False, ascii_=cx.console_ascii)
            elif mod == "RF" and any(ord(ch) > 127 for ch in d):
                d = render(cx, d, "ru", upper=False, ascii_=cx.console_ascii)
            m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            if mod == "NM" and cx.p(0.3):
                m["ImageType"] = cx.c(["ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION", "ORIGINAL\\PRIMARY\\STATIC\\EMISSION", "ORIGINAL\\PRIMARY\\TOMO\\EMISSION"])
            bpe(cx, m, {"xa_brain": "HEAD", "xa_heart": "HEART", "xa_liver": "LIVER", "ivu": "ABDOMEN", "enema": "COLON", "ugi": "STOMACH", "hsg": "PELVIS",
                        "vcug": "BLADDER", "mpi": "HEART", "bone": "WHOLEBODY", "thy": "THYROID", "renal": "KIDNEY", "lung": "CHEST", "parathy": "NECK"}.get(e["kind"]),
                ["CHEST", "ABDOMEN"], p_missing=0.4)
            ser.append(S(m, labels, lat, why))
        return sd, ser
    if mod == "PT":
        make, models = PTV[cx.cfg["pt"]]
        model = cx.c(models)
        ctm = {"SIEMENS": "Siemens", "GE MEDICAL SYSTEMS": "GE", "UIH": "UIH"}[make]
        ser = []
        for d, mm, labs, w in [("PET WB AC", "PT", WB, why), ("PET WB NAC", "PT", WB, why + "; non-attenuation-corrected"),
                               (cx.c(["CT WB 3.0", "CT 5mm Body", "WB CT 3.75"]), "CT", WB, why + "; low-dose CT of the PET"),
                               (cx.c(CT_SCOUT[ctm]), "CT", WB, why + "; scout of the PET/CT"), ("PET MIP", "PT", WB, why + "; MIP"),
                               (cx.c(["Lung 1.25", "CT Lung 1mm", "Thorax  1.0  Bl57  3"]), "CT", ["CHEST"], "dedicated lung recon of the PET/CT: chest")]:
            m = {"Modality": mm, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            if mm == "PT" and cx.p(0.4):
                m["ImageType"] = "ORIGINAL\\PRIMARY" if "MIP" not in d else "DERIVED\\SECONDARY\\MIP"
            bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG", "ABDOMEN", "HEAD", "SKULL"], p_alt=0.25)
            ser.append(S(m, labs, None, w))
        ser.append(S({"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": "Dose Report",
                      "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "CT dose page: text, no anatomy", img=False))
        return sd, ser
    raise ValueError(mod)


def stratum_exam(cx, stratum):
    pool = [e for e in CAT_BY[stratum] if has(cx, e["mod"])]
    if not pool:
        return None
    e = cx.rng.choices(pool, [x.get("w", 1) for x in pool])[0]
    return axial(cx, e)


# ---------------------------------------------------------------- breast, DXA, dental, vessels, children
def sided(cx, forms, side, en_forms):
    """A one-sided order: forms[lang] is a template with {s} for the side word before the noun."""
    if cx.en:
        t = cx.c(en_forms).format(s=cx.c(["Left", "LT", "LEFT"] if side == "L" else ["Right", "RT", "RIGHT"]))
        return t.upper() if cx.upper else t
    lang = cx.lang if cx.lang in forms else "ru"
    sw = SIDE[lang][side]["pre"]
    sw = sw["f"] if isinstance(sw, dict) else sw
    t = cx.c(forms[lang]).format(s=sw)
    return render(cx, t[0].upper() + t[1:], lang)


def mammo_desc(cx, side, view):
    make = MGV[cx.cfg["mg"]][0]
    if make == "MTL":
        return render(cx, f"{'Правая' if side == 'R' else 'Левая'} {'КК' if view == 'CC' else 'МЛО'}", "ru", upper=False, ascii_=cx.console_ascii)
    if make == "SIEMENS" or make == "IMS GIOTTO":
        return f"{side}{view}"
    if make == "FUJIFILM Corporation":
        return f"{side}-{view}"
    return f"{side} {view}"


def breast(cx):
    r = cx.rng.random()
    if r < 0.45 and has(cx, "MG"):
        make, models = MGV[cx.cfg["mg"]]
        model = cx.c(models)
        screening = cx.p(0.65)
        if screening:
            sd = loc(cx, {"ru": ["Маммография", "Скрининговая маммография", "Маммография обеих молочных желез в 2-х проекциях"],
                          "uk": ["Мамографія", "Скринінгова мамографія"], "kk": ["Маммография", "Сүт бездерінің маммографиясы"],
                          "uz": ["Mammografiya", "Sut bezlari mammografiyasi"], "en": ["Screening Mammogram", "MAMMO BILAT"]})
            imgs = [(s, v) for v in ("CC", "MLO") for s in "RL"]
            why = "screening mammogram image of one breast; ImageLaterality says which"
        else:
            side = cx.c("LR")
            sd = sided(cx, {"ru": ["Маммография {s} молочной железы", "Прицельная маммография {s} молочной железы"],
                            "uk": ["Мамографія {s} молочної залози", "Прицільна мамографія {s} молочної залози"],
                            "kk": ["{s} сүт безінің маммографиясы"], "uz": ["{s} sut bezi mammografiyasi"]}, side,
                       ["Diagnostic Mammogram {s}", "MAMMO {s} BREAST"])
            imgs = [(side, v) for v in ("CC", "MLO", cx.c(["ML", "Spot CC", "MAG CC"]))]
            why = "diagnostic mammogram of one breast"
        ser = []
        for s2, v in imgs:
            m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": mammo_desc(cx, s2, v.split()[-1]) if v in ("CC", "MLO") else f"{s2} {v}",
                 "ImageLaterality": s2, "ViewPosition": v.split()[-1]}
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.2, p_alt=0.05)
            if make == "HOLOGIC, Inc." and cx.p(0.3):
                m["SeriesDescription"] = f"{s2} {v} Tomosynthesis Reconstruction" if cx.p(0.5) else f"{s2} {v} C-View"
            ser.append(S(m, ["BREAST"], s2, why))
        return sd, ser
    if r < 0.8 or not has(cx, "MR"):
        side = cx.c("LRBB")
        biopsy = side != "B" and cx.p(0.25)
        if side == "B":
            sd = loc(cx, {"ru": ["УЗИ молочных желез", "УЗИ молочных желез и регионарных л/у"], "uk": ["УЗД молочних залоз"],
                          "kk": ["Сүт бездерінің УДЗ"], "uz": ["Sut bezlari UTT"], "en": ["US BREAST BILATERAL", "Breast US Both"]})
            why = "ultrasound of both breasts"
        elif biopsy:
            sd = sided(cx, {"ru": ["Трепан-биопсия образования {s} молочной железы под УЗ-контролем", "Core-биопсия {s} молочной железы"],
                            "uk": ["Трепан-біопсія {s} молочної залози під УЗ-контролем"], "kk": ["{s} сүт безінің трепан-биопсиясы"],
                            "uz": ["{s} sut bezi trepan-biopsiyasi"]}, side, ["US Guided Core Biopsy {s} Breast"])
            why = "ultrasound-guided core biopsy of one breast"
        else:
            sd = sided(cx, {"ru": ["УЗИ {s} молочной железы"], "uk": ["УЗД {s} молочної залози"], "kk": ["{s} сүт безінің УДЗ"],
                            "uz": ["{s} sut bezi UTT"]}, side, ["US BREAST {s}", "Breast US {s}"])
            why = "ultrasound of one breast"
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c(US_PRESET["breast"] + [None]))
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.5)
            ser.append(S(m, ["BREAST"], side, why))
        return sd, ser
    sd = loc(cx, {"ru": ["МРТ молочных желез с динамическим контрастированием", "МРТ молочных желез"], "uk": ["МРТ молочних залоз з контрастуванням"],
                  "kk": ["Сүт бездерінің МРТ"], "uz": ["Sut bezlari MRT"], "en": ["MRI BREAST BILAT", "Breast DCE"]})
    ser = mr_series(cx, "breast", ["BREAST"], "B", "breast MR: both breasts")
    for s in ser:
        bpe(cx, s["meta"], "BREAST", ["CHEST"])
    return sd, ser


def dxa(cx):
    sd = loc(cx, {"ru": ["Денситометрия", "Рентгеновская денситометрия (поясничный отдел позвоночника и бедро)", "Остеоденситометрия"],
                  "uk": ["Денситометрія", "Остеоденситометрія"], "kk": ["Денситометрия"], "uz": ["Densitometriya"], "en": ["DXA Bone Density", "DEXA"]})
    make, models = DXAV[cx.cfg["dxa"]]
    model = cx.c(models)
    side = cx.c("LR")
    word = "Left" if side == "L" else "Right"
    ser = []
    hipd = cx.c([(f"{word} Hip", ["HIP"], side), (f"{word} Femur", ["HIP"], side)] + ([("Dual Femur", ["HIP"], "B")] if make.startswith("GE") else []))
    for d, lab, lat in [("AP Spine", ["LSPINE"], None), hipd, (f"{word} Forearm", ["FOREARM"], side)]:
        m = {"Modality": cx.c(["OT", "DX"]), "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[lab[0]], ["SPINE", "PELVIS"])
        ser.append(S(m, lab, lat, "DXA image of the " + {"LSPINE": "lumbar spine", "HIP": "hip (proximal femur)", "FOREARM": "forearm"}[lab[0]]
                     + (f", side {lat}" if lat else "")))
    ser.append(S({"Modality": "SR", "Manufacturer": make, "SeriesDescription": cx.c(["DXA Report", "Bone Densitometry Report"]),
                  "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33"}, [], None, "densitometry result SR: no image", img=False))
    return sd, ser


def dental(cx):
    k = cx.c(["opg", "opg", "opg", "cbct", "cbct", "io", "trg"])
    names = {"opg": {"ru": ["ОПТГ", "Ортопантомография", "Панорамный снимок зубов"], "uk": ["ОПТГ", "Ортопантомограма"], "kk": ["ОПТГ"],
                     "uz": ["OPTG", "Ortopantomogramma", "Tishlarning panoram surati"], "en": ["Panoramic", "OPG"]},
             "cbct": {"ru": ["КЛКТ", "КЛКТ верхней и нижней челюсти", "Конусно-лучевая КТ зубов"], "uk": ["КПКТ", "Конусно-променева КТ щелеп"],
                      "kk": ["КЛКТ"], "uz": ["KLKT", "Konus-nurli KT"], "en": ["CBCT", "3D Volume"]},
             "io": {"ru": ["Прицельный снимок зуба 3.6", "Внутриротовой снимок 4.6", "Радиовизиограмма зуба 1.1"], "uk": ["Прицільний знімок зуба 2.6"],
                    "uz": ["Tish rentgenografiyasi (3.6)"], "en": ["Periapical", "Bitewing"]},
             "trg": {"ru": ["ТРГ в боковой проекции", "Телерентгенография головы (боковая)"], "uk": ["ТРГ бічна"], "uz": ["TRG yon proyeksiya"],
                     "en": ["Ceph lat", "Cephalometric"]}}[k]
    sd = loc(cx, names)
    make, models = DENT[cx.cfg["dent"]]
    mod = {"opg": "PX", "io": "IO", "cbct": "CT", "trg": "DX"}[k]
    ser = []
    for _ in range(1 if k != "io" else 2):
        m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models) if k != "io" else cx.c(["EzSensor HD", "RVG 6200"])}
        if cx.p(0.55):
            m["SeriesDescription"] = {"opg": cx.c(["Panoramic", "PANO Standard", "Pano"]), "io": cx.c(["Periapical", "IO", "Bitewing"]),
                                      "cbct": cx.c(["CT 3D", "Volume 12x9", "Endo 5x5"]), "trg": cx.c(["Ceph Lateral", "CEPH LAT"])}[k]
        bpe(cx, m, "JAW" if k != "trg" else "SKULL", ["HEAD", "MOUTH", "TEETH"], p_missing=0.5)
        ser.append(S(m, ["HEAD"], None, "dental/maxillofacial image: head"))
    return sd, ser


def leg_duplex(cx):
    side = cx.c("LRBB")
    art = cx.p(0.35)
    if side == "B":
        sd = loc(cx, {"ru": ["УЗДС артерий нижних конечностей" if art else "УЗДС вен нижних конечностей", "Дуплексное сканирование вен нижних конечностей"],
                      "uk": ["УЗДС вен нижніх кінцівок", "УЗДС артерій нижніх кінцівок"], "kk": ["Аяқ веналарының УДЗ (екі жақты)"],
                      "uz": ["Oyoq venalari dopplerografiyasi (ikkala oyoq)"], "en": ["LE Venous Duplex Bilateral", "Both Legs Venous Doppler"]})
    else:
        sd = sided(cx, {"ru": ["УЗДС вен {s} нижней конечности", "УЗДС артерий {s} нижней конечности"], "uk": ["УЗДС вен {s} нижньої кінцівки"],
                        "kk": ["{s} аяқ веналарының УДЗ"], "uz": ["{s} oyoq venalari dopplerografiyasi"]}, side, ["LE Venous Duplex {s}"])
    why = "leg duplex from groin to calf: thigh, knee, leg" + ("" if side != "B" else ", both legs")
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c(["Vascular", "LE Venous", "Vein LE", "Peripheral Arterial", None]))
        bpe(cx, m, "LEG", ["EXTREMITY", "LOWER LIMB"], p_missing=0.5)
        ser.append(S(m, ["THIGH", "KNEE", "LEG"], side, why))
    return sd, ser


def leg_pta(cx):
    side = cx.c("LR")
    sd = sided(cx, {"ru": ["Баллонная ангиопластика артерий {s} голени", "Ангиография артерий {s} голени"], "uk": ["Балонна ангіопластика артерій {s} гомілки"]},
               side, ["PTA {s} Crural Arteries"])
    make, models = XAV[cx.cfg["xa"]]
    ser = []
    for d in cx.rng.sample(["DSA Crural", "Roadmap", "Fluoro", "Post PTA"], 2):
        m = {"Modality": "XA", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}
        bpe(cx, m, "LEG", ["LOWER LIMB", "EXTREMITY"], p_missing=0.5)
        ser.append(S(m, ["LEG"], side, "angioplasty runs of the calf arteries: leg, side from the order"))
    return sd, ser


def vasc(cx):
    r = cx.rng.random()
    if r < 0.35 and has(cx, "US"):
        return leg_duplex(cx)
    if r < 0.45 and has(cx, "XA"):
        return leg_pta(cx)
    return stratum_exam(cx, "vasc")


def paeds(cx):
    r = cx.rng.random()
    if r < 0.15:
        sd = loc(cx, {"ru": ["УЗИ тазобедренных суставов новорожденного (по Графу)", "УЗИ тазобедренных суставов ребенку"],
                      "uk": ["УЗД кульшових суглобів (за Графом)"], "kk": ["Нәрестенің жамбас-сан буындарының УДЗ (екі жақты)"],
                      "uz": ["Chaqaloq son-chanoq bo'g'imlari UTT (ikki tomonlama)"], "en": ["Infant Hips US Bilateral"]})
        ser = []
        for s2 in "LR":
            m = us_meta(cx, cx.c(["Hip Graf", "Infant Hip", None]))
            m["Laterality"] = s2
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.5)
            ser.append(S(m, ["HIP"], s2, f"infant hip ultrasound, one hip per series; Laterality {s2}"))
        m = us_meta(cx, "Hips")
        ser.append(S(m, ["HIP"], "B", "infant hip ultrasound series of both hips"))
        return sd, ser
    if r < 0.27:
        sd = loc(cx, {"ru": ["Рентгенография левой кисти (костный возраст)", "Костный возраст (левая кисть)"],
                      "uk": ["Рентгенографія лівої кисті (кістковий вік)"], "kk": ["Сол жақ қол басының рентгенографиясы (сүйек жасы)"],
                      "uz": ["Chap qo'l panjasi rentgenografiyasi (suyak yoshi)"], "en": ["Bone Age Left Hand", "BONE AGE"]})
        v, make, model, clang = dx_make(cx)
        m = dx_meta(cx, make, model, cx.c(["HAND PA", "Bone Age", dx_view_name(cx, "HAND", clang, "PA")]), "PA")
        if cx.p(0.5):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["EXTREMITY"])
        return sd, [S(m, ["HAND"], "L", "bone-age film of the left hand")]
    if r < 0.42:
        return limb_dx(cx, cx.c(["FOREARM", "WRIST", "ELBOW", "ANKLE", "LEG", "HAND"]))
    if r < 0.48:
        return limb_dx(cx, "HIP", "B")
    return stratum_exam(cx, "paeds")


def fam(stratum):
    return lambda cx: stratum_exam(cx, stratum)


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": fam("neuro"), "headneck": fam("headneck"), "chest": fam("chest"),
          "cardio": fam("cardio"), "abdo": fam("abdo"), "onc": fam("onc"), "vasc": vasc, "paeds": paeds, "nm": fam("nm"), "dxa": dxa,
          "dental": dental}


# ---------------------------------------------------------------- objects without anatomy
def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        d = loc(cx, {"ru": ["Направление", "Скан направления", "Информированное согласие", "Заключение (скан)"], "uk": ["Направлення", "Згода пацієнта"],
                     "kk": ["Жолдама"], "uz": ["Yo'llanma", "Rozilik varaqasi"], "en": ["Scanned Document", "Request Form"]}, en_ok=False)
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": d}, "scanned paper: no anatomy", None
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels", None
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, \
            "presentation state: no pixels", None
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, \
            "dose structured report", None
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save"]), "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, \
            "protocol/screen page: text, no anatomy", None
    mod = cx.c(["CT", "MR"] if cx.cfg.get("mr") else ["CT"])
    make = (CTV if mod == "CT" else MRV)[cx.cfg["ct" if mod == "CT" else "mr"]][0]
    sd = loc(cx, {"ru": ["Контроль качества", "Фантом QA", "Ежедневный тест"], "uk": ["Контроль якості", "Фантом"], "kk": ["Сапа бақылауы (фантом)"],
                  "uz": ["Sifat nazorati (fantom)"], "en": ["QA", "Daily QA", "Phantom"]})
    return {"Modality": mod, "Manufacturer": make, "SeriesDescription": cx.c(["Daily QA Water Phantom", "QA Phantom", "Constancy test", "Phantom 20cm"])}, \
        "quality-control phantom: no patient anatomy", sd


# ---------------------------------------------------------------- assembly
NMU = {"MR": "A05", "CT": "A06", "DX": "A06", "CR": "A06", "MG": "A06", "RF": "A06", "XA": "A06", "PX": "A06", "IO": "A06", "US": "A04", "NM": "A07", "PT": "A07"}
SYS = {"HEAD": "23", "NECK": "22", "CHEST": "09", "ABDOMEN": "16", "PELVIS": "20", "BREAST": "20", "CSPINE": "03", "TSPINE": "03", "LSPINE": "03"}


def nmu_code(sd, ser):
    """The Russian nomenclature-of-services code the RIS prefixes to an order."""
    img = [s for s in ser if s["img"]]
    mod = img[0]["meta"]["Modality"] if img else "DX"
    lab = next((l for s in img for l in s["labels"]), "KNEE")
    return f"{NMU.get(mod, 'A06')}.{SYS.get(lab, '04')}.{len(sd) % 37 + 1:03d}"


def utf8_cut(text, n):
    """A 64-byte field cut in the middle of a multi-byte text, as some bridges do."""
    return text.encode("utf-8")[:n].decode("utf-8", "ignore")


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        n_site = 0
        while n_site < cfg["n"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            got = FAMILY[stratum](cx)
            if got is None:
                continue
            sd, ser = got
            sd = sd[:64].rstrip()
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.12:
                pick.append(rng.choice(extras))
            ru_site = site.startswith("ru-")
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.55:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                r = rng.random()
                if ru_site and r < 0.2:
                    meta["RequestedProcedureDescription"] = f"{nmu_code(sd, ser)} {sd}"[:64]
                elif r < 0.32:
                    meta["RequestedProcedureDescription"] = sd
                if ru_site and rng.random() < 0.08:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": nmu_code(sd, ser), "CodingSchemeDesignator": "RU-NMU", "CodeMeaning": sd}]
                r = rng.random()
                if any(ord(ch) > 127 for ch in sd) and r < 0.06:
                    meta["PerformedProcedureStepDescription"] = lost_charset(sd)
                elif any(ord(ch) > 127 for ch in sd) and r < 0.12:
                    meta["PerformedProcedureStepDescription"] = utf8_cut(sd, 32)
                elif r < 0.2:
                    meta["PerformedProcedureStepDescription"] = sd
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why, own_sd = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if own_sd:
                    meta["StudyDescription"] = own_sd
                elif rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser[:3]]}
                else:
                    meta["StudyDescription"] = sd
                rows.append(row)
                n_site += 1
    out = []
    for r in rows:
        o = {"meta": r["meta"], "labels": r["labels"], "laterality": r["laterality"]}
        if "study" in r:
            o["study"] = r["study"]
        o["why"] = r["why"]
        o["group"] = r["group"]
        out.append(o)
    return out


def render_file():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def summary(rows):
    n = len(rows)
    lines = [f"rows {n}", f"with study {sum('study' in r for r in rows)}",
             f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)}"]
    for key, f in [("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                   ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))]:
        c = Counter(f(r) for r in rows)
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    labs = Counter(l for r in rows for l in r["labels"])
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    lines.append(f"empty label set {sum(not r['labels'] for r in rows)}")
    lines.append(f"whole body {sum(set(r['labels']) == set(WB) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
    lines.append("one-sided without a side tag "
                 f"{sum(r['laterality'] in ('L', 'R') and not {'Laterality', 'ImageLaterality'} & set(r['meta']) for r in rows)}")
    lines.append(f"ASCII-only study descriptions {sum(all(ord(ch) < 128 for ch in (r['meta'].get('StudyDescription') or r.get('study', {}).get('StudyDescription', ''))) for r in rows)}")
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render_file()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from what build.py writes", file=sys.stderr)
            return 1
        return 0
    if "--summary" in argv:
        print(summary([json.loads(l) for l in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
