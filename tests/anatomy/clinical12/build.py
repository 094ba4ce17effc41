"""Writes tests/anatomy/data/clinical_set_12.jsonl: a musculoskeletal, sports-medicine and
paediatric imaging network's month, twelve sites in Scandinavia, Central/Eastern Europe, Turkey,
the Gulf, Canada and the UK.

Standard library only, fixed seed. Every series is labelled by what it images, per the shared
anatomy spec; the conventions taken where the spec leaves room are listed in the README beside
this file.

    python build.py            # write the file
    python build.py --check    # exit 1 when the committed file differs from what this writes
    python build.py --summary  # print counts
"""

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 120012
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_12.jsonl"
ORDER = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST", "CSPINE", "TSPINE", "LSPINE",
         "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
SPINE3 = ["CSPINE", "TSPINE", "LSPINE"]

# SOP classes
SOP = {"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4", "CR": "1.2.840.10008.5.1.4.1.1.1",
       "DX": "1.2.840.10008.5.1.4.1.1.1.1", "US": "1.2.840.10008.5.1.4.1.1.6.1", "USMF": "1.2.840.10008.5.1.4.1.1.3.1",
       "RF": "1.2.840.10008.5.1.4.1.1.12.2", "XA": "1.2.840.10008.5.1.4.1.1.12.1", "SC": "1.2.840.10008.5.1.4.1.1.7",
       "NM": "1.2.840.10008.5.1.4.1.1.20", "MG": "1.2.840.10008.5.1.4.1.1.1.2", "RDSR": "1.2.840.10008.5.1.4.1.1.88.67",
       "CSR": "1.2.840.10008.5.1.4.1.1.88.33", "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1",
       "PDF": "1.2.840.10008.5.1.4.1.1.104.1"}

# ---------------------------------------------------------------- limb regions and their names
LIMB = {"shoulder": "SHOULDER", "clavicle": "SHOULDER", "ac": "SHOULDER", "humerus": "ARM", "elbow": "ELBOW",
        "forearm": "FOREARM", "wrist": "WRIST", "scaphoid": "WRIST", "hand": "HAND", "finger": "HAND",
        "hip": "HIP", "femur": "THIGH", "knee": "KNEE", "patella": "KNEE", "tibfib": "LEG", "ankle": "ANKLE",
        "foot": "FOOT", "calcaneus": "FOOT", "toe": "FOOT", "achilles": "ANKLE"}
UPPER = {"shoulder", "clavicle", "ac", "humerus", "elbow", "forearm", "wrist", "scaphoid", "hand", "finger"}

# English names as DR consoles and vendor protocols write them
EN = {"shoulder": "Shoulder", "clavicle": "Clavicle", "ac": "AC Joint", "humerus": "Humerus", "elbow": "Elbow",
      "forearm": "Forearm", "wrist": "Wrist", "scaphoid": "Scaphoid", "hand": "Hand", "finger": "Finger",
      "hip": "Hip", "femur": "Femur", "knee": "Knee", "patella": "Patella", "tibfib": "Tib/Fib", "ankle": "Ankle",
      "foot": "Foot", "calcaneus": "Calcaneus", "toe": "Great Toe", "achilles": "Achilles Tendon"}
# Body Part Examined as consoles send it: (right term, coarse or wrong alternatives)
BPE = {"shoulder": ("SHOULDER", ["EXTREMITY", "CHEST"]), "clavicle": ("CLAVICLE", ["SHOULDER", "CHEST"]),
       "ac": ("SHOULDER", ["CLAVICLE"]), "humerus": ("HUMERUS", ["ARM", "EXTREMITY", "SHOULDER"]),
       "elbow": ("ELBOW", ["ARM", "EXTREMITY"]), "forearm": ("FOREARM", ["ARM", "WRIST"]),
       "wrist": ("WRIST", ["HAND", "EXTREMITY"]), "scaphoid": ("WRIST", ["HAND"]), "hand": ("HAND", ["EXTREMITY"]),
       "finger": ("FINGER", ["HAND"]), "hip": ("HIP", ["PELVIS", "EXTREMITY"]), "femur": ("FEMUR", ["LEG", "HIP"]),
       "knee": ("KNEE", ["EXTREMITY", "LEG", "LOWER EXTREMITY"]), "patella": ("KNEE", ["EXTREMITY"]),
       "tibfib": ("LEG", ["KNEE", "ANKLE", "EXTREMITY"]), "ankle": ("ANKLE", ["FOOT", "EXTREMITY", "LEG"]),
       "foot": ("FOOT", ["ANKLE", "EXTREMITY"]), "calcaneus": ("FOOT", ["HEEL", "ANKLE"]), "toe": ("TOE", ["FOOT"]),
       "achilles": ("ANKLE", ["LEG", "EXTREMITY", "FOOT"])}

# Local names. Plain strings, or (name, gender) where the side word agrees with the noun,
# or for Finnish (nominative, genitive), for Turkish (mixed case, upper case).
NAMES = {
    "sv": {"shoulder": "axel", "clavicle": "nyckelben", "ac": "AC-led", "humerus": "överarm", "elbow": "armbåge",
           "forearm": "underarm", "wrist": "handled", "scaphoid": "os scaphoideum", "hand": "hand", "finger": "finger",
           "hip": "höft", "femur": "lårben", "knee": "knä", "patella": "patella", "tibfib": "underben",
           "ankle": "fotled", "foot": "fot", "calcaneus": "hälben", "toe": "stortå", "achilles": "hälsena"},
    "no": {"shoulder": "skulder", "clavicle": "kragebein", "ac": "AC-ledd", "humerus": "overarm", "elbow": "albue",
           "forearm": "underarm", "wrist": "håndledd", "scaphoid": "os scaphoideum", "hand": "hånd", "finger": "finger",
           "hip": "hofte", "femur": "lårbein", "knee": "kne", "patella": "patella", "tibfib": "legg",
           "ankle": "ankel", "foot": "fot", "calcaneus": "calcaneus", "toe": "stortå", "achilles": "akillessene"},
    "da": {"shoulder": "skulder", "clavicle": "kraveben", "ac": "AC-led", "humerus": "overarm", "elbow": "albue",
           "forearm": "underarm", "wrist": "håndled", "scaphoid": "os scaphoideum", "hand": "hånd", "finger": "finger",
           "hip": "hofte", "femur": "lårben", "knee": "knæ", "patella": "patella", "tibfib": "underben",
           "ankle": "ankel", "foot": "fod", "calcaneus": "hælben", "toe": "storetå", "achilles": "akillessene"},
    "fi": {"shoulder": ("olkapää", "olkapään"), "clavicle": ("solisluu", "solisluun"), "ac": ("AC-nivel", "AC-nivelen"),
           "humerus": ("olkavarsi", "olkavarren"), "elbow": ("kyynärpää", "kyynärpään"),
           "forearm": ("kyynärvarsi", "kyynärvarren"), "wrist": ("ranne", "ranteen"), "scaphoid": ("veneluu", "veneluun"),
           "hand": ("käsi", "käden"), "finger": ("sormi", "sormen"), "hip": ("lonkka", "lonkan"),
           "femur": ("reisiluu", "reisiluun"), "knee": ("polvi", "polven"), "patella": ("polvilumpio", "polvilumpion"),
           "tibfib": ("sääri", "säären"), "ankle": ("nilkka", "nilkan"), "foot": ("jalkaterä", "jalkaterän"),
           "calcaneus": ("kantaluu", "kantaluun"), "toe": ("isovarvas", "isovarpaan"),
           "achilles": ("akillesjänne", "akillesjänteen")},
    "pl": {"shoulder": ("stawu barkowego", "m"), "clavicle": ("obojczyka", "m"),
           "ac": ("stawu barkowo-obojczykowego", "m"), "humerus": ("kości ramiennej", "f"),
           "elbow": ("stawu łokciowego", "m"), "forearm": ("przedramienia", "m"), "wrist": ("nadgarstka", "m"),
           "scaphoid": ("kości łódeczkowatej", "f"), "hand": ("ręki", "f"), "finger": ("palca ręki", "f"),
           "hip": ("stawu biodrowego", "m"), "femur": ("kości udowej", "f"), "knee": ("stawu kolanowego", "m"),
           "patella": ("rzepki", "f"), "tibfib": ("podudzia", "m"), "ankle": ("stawu skokowego", "m"),
           "foot": ("stopy", "f"), "calcaneus": ("kości piętowej", "f"), "toe": ("palucha stopy", "f"),
           "achilles": ("ścięgna Achillesa", "m")},
    "cs": {"shoulder": "ramenního kloubu", "clavicle": "klíční kosti", "ac": "AC skloubení", "humerus": "pažní kosti",
           "elbow": "loketního kloubu", "forearm": "předloktí", "wrist": "zápěstí", "scaphoid": "os scaphoideum",
           "hand": "ruky", "finger": "prstu ruky", "hip": "kyčelního kloubu", "femur": "stehenní kosti",
           "knee": "kolenního kloubu", "patella": "pately", "tibfib": "bérce", "ankle": "hlezenního kloubu",
           "foot": "nohy", "calcaneus": "patní kosti", "toe": "palce nohy", "achilles": "Achillovy šlachy"},
    "hu": {"shoulder": "váll", "clavicle": "kulcscsont", "ac": "AC ízület", "humerus": "felkar", "elbow": "könyök",
           "forearm": "alkar", "wrist": "csukló", "scaphoid": "sajkacsont", "hand": "kéz", "finger": "ujj",
           "hip": "csípő", "femur": "combcsont", "knee": "térd", "patella": "térdkalács", "tibfib": "lábszár",
           "ankle": "boka", "foot": "lábfej", "calcaneus": "sarokcsont", "toe": "nagylábujj", "achilles": "Achilles-ín"},
    "ro": {"shoulder": ("umăr", "m"), "clavicle": ("claviculă", "f"), "ac": ("articulație acromio-claviculară", "f"),
           "humerus": ("humerus", "m"), "elbow": ("cot", "m"), "forearm": ("antebraț", "m"), "wrist": ("pumn", "m"),
           "scaphoid": ("scafoid", "m"), "hand": ("mână", "f"), "finger": ("deget", "m"), "hip": ("șold", "m"),
           "femur": ("femur", "m"), "knee": ("genunchi", "m"), "patella": ("rotulă", "f"), "tibfib": ("gambă", "f"),
           "ankle": ("gleznă", "f"), "foot": ("picior", "m"), "calcaneus": ("calcaneu", "m"), "toe": ("haluce", "m"),
           "achilles": ("tendon ahilean", "m")},
    "tr": {"shoulder": ("Omuz", "OMUZ"), "clavicle": ("Klavikula", "KLAVİKULA"), "ac": ("AC eklem", "AC EKLEM"),
           "humerus": ("Humerus", "HUMERUS"), "elbow": ("Dirsek", "DİRSEK"), "forearm": ("Önkol", "ÖNKOL"),
           "wrist": ("El bileği", "EL BİLEĞİ"), "scaphoid": ("Skafoid", "SKAFOİD"), "hand": ("El", "EL"),
           "finger": ("Parmak", "PARMAK"), "hip": ("Kalça", "KALÇA"), "femur": ("Femur", "FEMUR"),
           "knee": ("Diz", "DİZ"), "patella": ("Patella", "PATELLA"), "tibfib": ("Kruris", "KRURİS"),
           "ankle": ("Ayak bileği", "AYAK BİLEĞİ"), "foot": ("Ayak", "AYAK"), "calcaneus": ("Kalkaneus", "KALKANEUS"),
           "toe": ("Ayak başparmağı", "AYAK BAŞPARMAĞI"), "achilles": ("Aşil tendonu", "AŞİL TENDONU")},
    "ar": {"shoulder": ("الكتف", "m"), "clavicle": ("الترقوة", "f"), "ac": ("المفصل الأخرمي الترقوي", "m"),
           "humerus": ("عظم العضد", "m"), "elbow": ("الكوع", "m"), "forearm": ("الساعد", "m"), "wrist": ("الرسغ", "m"),
           "scaphoid": ("العظم الزورقي", "m"), "hand": ("اليد", "f"), "finger": ("الإصبع", "m"), "hip": ("الورك", "m"),
           "femur": ("عظم الفخذ", "m"), "knee": ("الركبة", "f"), "patella": ("الرضفة", "f"), "tibfib": ("الساق", "f"),
           "ankle": ("الكاحل", "m"), "foot": ("القدم", "f"), "calcaneus": ("عظم العقب", "m"),
           "toe": ("إبهام القدم", "m"), "achilles": ("وتر أخيل", "m")},
    "fr": {"shoulder": ("épaule", "f"), "clavicle": ("clavicule", "f"), "ac": ("articulation AC", "f"),
           "humerus": ("humérus", "m"), "elbow": ("coude", "m"), "forearm": ("avant-bras", "m"), "wrist": ("poignet", "m"),
           "scaphoid": ("scaphoïde", "m"), "hand": ("main", "f"), "finger": ("doigt", "m"), "hip": ("hanche", "f"),
           "femur": ("fémur", "m"), "knee": ("genou", "m"), "patella": ("rotule", "f"), "tibfib": ("jambe", "f"),
           "ankle": ("cheville", "f"), "foot": ("pied", "m"), "calcaneus": ("calcanéum", "m"), "toe": ("gros orteil", "m"),
           "achilles": ("tendon d'Achille", "m")},
}
SIDES = {
    "sv": {"R": ["hö", "höger", "HÖ", "dx"], "L": ["vä", "vänster", "VÄ", "sin"], "B": ["bilat", "bilateralt", "bds"]},
    "no": {"R": ["hø", "høyre", "HØYRE", "dx"], "L": ["ve", "venstre", "VENSTRE", "sin"], "B": ["bilat", "begge sider", "bilateralt"]},
    "da": {"R": ["hø", "højre", "HØJRE", "dxt"], "L": ["ve", "venstre", "VENSTRE", "sin"], "B": ["bilat", "begge sider", "bilateralt"]},
    "fi": {"R": ["oik", "oikea", "OIK", "dx"], "L": ["vas", "vasen", "VAS", "sin"], "B": ["molemmat", "bilat"]},
    "cs": {"R": ["vpravo", "dx", "VPRAVO"], "L": ["vlevo", "sin", "VLEVO"], "B": ["oboustranně", "bilat.", "srovnávací"]},
    "hu": {"R": ["jobb", "Jobb", "JOBB"], "L": ["bal", "Bal", "BAL"], "B": ["kétoldali", "mindkét oldali", "bilat"]},
    "tr": {"R": ["SAĞ", "Sağ"], "L": ["SOL", "Sol"], "B": ["BİLATERAL", "Bilateral", "ÇİFT TARAF"]},
    "en": {"R": ["Rt", "RT", "Right", "RIGHT", "R"], "L": ["Lt", "LT", "Left", "LEFT", "L"], "B": ["Bilat", "BILATERAL", "Both", "Bilateral"]},
}
GSIDES = {  # gendered side words
    "pl": {"m": {"R": ["prawego"], "L": ["lewego"]}, "f": {"R": ["prawej"], "L": ["lewej"]}, "B": ["obustronnie"], "abbr": {"R": "P", "L": "L"}},
    "ro": {"m": {"R": ["drept", "dr."], "L": ["stâng", "stg."]}, "f": {"R": ["dreaptă", "dr."], "L": ["stângă", "stg."]}, "B": ["bilateral"]},
    "fr": {"m": {"R": ["droit", "D"], "L": ["gauche", "G"]}, "f": {"R": ["droite", "D"], "L": ["gauche", "G"]}, "B": ["bilatéral", "bilat."]},
    "ar": {"m": {"R": ["الأيمن"], "L": ["الأيسر"]}, "f": {"R": ["اليمنى"], "L": ["اليسرى"]}, "B": ["الجهتين"]},
}
FI_GEN = {"R": "oikean", "L": "vasemman"}


def plain(s):
    """Upper case without diacritics, as older RIS and worklists write."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).upper()


def cap(s):
    return s[:1].upper() + s[1:]


def tidy(s):
    s = " ".join(s.split())
    for a, b in ((" ,", ","), (", )", ")"), ("()", ""), (" -$", "")):
        s = s.replace(a, b)
    return s.strip(" ,-")


TEMPLATES = {
    "sv": {"XR": ["Slätröntgen {r} {s}", "Rtg {r} {s}", "{R} {s}", "SKELETT {RU} {SU}"],
           "CT": ["DT {r} {s}", "CT {r} {s}", "DT {r}, {s}"], "MR": ["MR {r} {s}", "MRT {r} {s}", "MR {r}, {s}"],
           "US": ["UL {r} {s}", "Ultraljud {r} {s}"]},
    "no": {"XR": ["Rtg. {r} {s}", "{R} {s}", "RØNTGEN {RU} {SU}"], "CT": ["CT {r} {s}", "CT {r}, {s}"],
           "MR": ["MR {r} {s}", "MR {r}, {s}"], "US": ["UL {r} {s}", "Ultralyd {r} {s}"]},
    "da": {"XR": ["Røntgen af {r}, {s}", "RTG {RU} {SU}", "{R} {s}"], "CT": ["CT-scanning af {r}, {s}", "CT {r} {s}"],
           "MR": ["MR-scanning af {r}, {s}", "MR {r} {s}"], "US": ["UL af {r}, {s}", "Ultralyd {r} {s}"]},
    "fi": {"XR": ["{R} natiivi {s}", "{SG} {rg} natiivikuvaus", "{RU} RTG {SU}"],
           "CT": ["{RG} TT {s}", "{SG} {rg} TT-tutkimus"], "MR": ["{RG} MT {s}", "{SG} {rg} magneettitutkimus"],
           "US": ["{RG} UÄ {s}", "{SG} {rg} ultraäänitutkimus"]},
    "pl": {"XR": ["RTG {r} {s}", "RTG {r} - {sa}", "Zdjęcie RTG {r} {s}"], "CT": ["TK {r} {s}", "Tomografia komputerowa {r} {s}"],
           "MR": ["MR {r} {s}", "Rezonans magnetyczny {r} {s}"], "US": ["USG {r} {s}", "USG {r} - {sa}"]},
    "cs": {"XR": ["RTG {r} {s}", "RTG {r} ({s})", "Rtg {r} {s}"], "CT": ["CT {r} {s}"], "MR": ["MR {r} {s}", "MR {r} - {s}"],
           "US": ["UZ {r} {s}", "USG {r} {s}"]},
    "hu": {"XR": ["{S} {r} 2 irányú felvétel", "Rtg {s} {r}", "{RU} RTG {SU}"], "CT": ["CT {s} {r}", "{S} {r} CT vizsgálat"],
           "MR": ["MR {s} {r}", "{S} {r} MR vizsgálat"], "US": ["UH {s} {r}", "{S} {r} ultrahang"]},
    "ro": {"XR": ["Radiografie {r} {s}", "RX {RU} {SU}", "Rx {r} {s} fata+profil"], "CT": ["CT {r} {s}", "Examinare CT {r} {s}"],
           "MR": ["RMN {r} {s}", "IRM {r} {s}"], "US": ["Ecografie {r} {s}", "ECO {RU} {SU}"]},
    "tr": {"XR": ["{SU} {RU} GRAFİSİ", "{S} {r} AP-Lateral grafi", "{RU} {SU} 2 YÖN"], "CT": ["{SU} {RU} BT", "{S} {r} BT (3D)"],
           "MR": ["{SU} {RU} MR", "{RU} MR ({SU})", "{S} {r} MRG"], "US": ["{SU} {RU} USG", "{S} {r} ultrasonografi"]},
    "ar": {"XR": ["أشعة سينية {r} {s}"], "CT": ["أشعة مقطعية {r} {s}"], "MR": ["رنين مغناطيسي {r} {s}"],
           "US": ["موجات فوق صوتية {r} {s}"]},
    "fr": {"XR": ["RX {RU} {SU}", "Radiographie {r} {s}", "RX {r} {s}"], "CT": ["TDM {RU} {SU}", "Tomodensitométrie {r} {s}"],
           "MR": ["IRM {RU} {SU}", "IRM {r} {s}"], "US": ["ÉCHO {RU} {SU}", "Échographie {r} {s}"]},
    "en": {"XR": ["XR {R} {S}", "X-Ray {R} {S}", "XR {RU} {SU}", "XR {RU} {SU} 2 VIEWS"], "CT": ["CT {R} {S}", "CT {RU} {SU} W/O CONTRAST"],
           "MR": ["MR {R} {S}", "MRI {R} {S}", "MRI {RU} {SU} WITHOUT CONTRAST"], "US": ["US {R} {S}", "US MSK {R} {S}"]},
}


def limb_name(rng, lang, mod, key, side, plural=False):
    """A RIS study (or request) description of a limb exam in ``lang``; ``side`` None leaves the side out."""
    t = rng.choice(TEMPLATES[lang][mod])
    n = NAMES.get(lang, {}).get(key)
    if lang == "en":
        r = EN[key] if not plural else {"foot": "Feet", "ac": "AC Joints"}.get(key, EN[key] + ("s" if key in ("knee", "hand", "hip", "ankle", "wrist", "shoulder", "elbow") else ""))
        s = rng.choice(SIDES["en"][side]) if side else ""
        out = t.format(R=r, S=s, RU=r.upper(), SU=s.upper())
    elif lang == "fi":
        if side == "B" or side is None or "{SG}" not in t:
            t = t if "{SG}" not in t else rng.choice([x for x in TEMPLATES["fi"][mod] if "{SG}" not in x])
        s = rng.choice(SIDES["fi"][side]) if side else ""
        out = t.format(R=cap(n[0]), RG=cap(n[1]), rg=n[1], RU=n[0].upper(), SU=s.upper(), s=s,
                       SG=cap(FI_GEN.get(side, "")))
    elif lang in GSIDES:
        name, g = n
        gs = GSIDES[lang]
        s = (rng.choice(gs[g][side]) if side in ("R", "L") else rng.choice(gs["B"])) if side else ""
        sa = (gs.get("abbr", {}).get(side, s) if side in ("R", "L") else "obustr.") if side else ""
        out = t.format(r=name, s=s, sa=sa, R=cap(name), RU=plain(name), SU=plain(s))
    elif lang == "tr":
        mixed, upper = n
        s = rng.choice(SIDES["tr"][side]) if side else ""
        su = {"Sağ": "SAĞ", "Sol": "SOL", "Bilateral": "BİLATERAL"}.get(s, s)
        out = t.format(r=mixed.lower() if mixed != "AC eklem" else mixed, R=mixed, RU=upper, S=cap(s) if s else "",
                       SU=su, s=s)
    else:
        s = rng.choice(SIDES[lang][side]) if side else ""
        out = t.format(r=n, R=cap(n), RU=n.upper(), SU=s.upper(), s=s, S=cap(s))
    return tidy(out)


# ---------------------------------------------------------------- equipment
DXV = {  # DR/CR consoles: (Modality, Manufacturer, Model, style)
    "siemens": ("DX", "Siemens", "Ysio Max", "siemens"), "multix": ("DX", "Siemens Healthineers", "MULTIX Impact", "siemens"),
    "philips": ("DX", "Philips Medical Systems", "DigitalDiagnost", "philips"),
    "fuji": ("DX", "FUJIFILM Corporation", "FDR D-EVO II", "fuji"), "fcr": ("CR", "FUJIFILM Corporation", "FCR PROFECT CS", "fuji"),
    "agfa": ("DX", "Agfa", "DR 600", "agfa"), "agfacr": ("CR", "AGFA", "CR 35-X", "agfa"),
    "carestream": ("DX", "Carestream Health", "DRX-Evolution Plus", "cs"), "ge": ("DX", "GE Healthcare", "Discovery XR656 HD", "ge"),
    "canon": ("DX", "Canon Inc.", "CXDI-710C Wireless", "canon"), "konica": ("DX", "KONICA MINOLTA", "AeroDR", "konica"),
}
CTV = {"siemens": ("SIEMENS", ["SOMATOM Definition AS+", "SOMATOM go.Top", "SOMATOM Force", "SOMATOM X.cite"]),
       "ge": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Optima CT660", "Revolution CT", "LightSpeed VCT"]),
       "philips": ("Philips", ["IQon - Spectral CT", "Incisive CT", "Ingenuity CT"]),
       "canon": ("CANON_MEC", ["Aquilion Prime SP", "Aquilion ONE", "Aquilion Lightning"])}
MRV = {"siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Aera", "MAGNETOM Skyra", "MAGNETOM Sola", "Avanto_fit", "MAGNETOM Altea"]),
       "ge": ("GE MEDICAL SYSTEMS", ["SIGNA Architect", "SIGNA Pioneer", "Optima MR450w", "SIGNA Artist", "DISCOVERY MR750w"]),
       "philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Elition X", "Achieva dStream", "Ingenia Ambition X"]),
       "esaote": ("ESAOTE", ["O-scan", "S-scan"])}
USV = {"ge": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8", "LOGIQ E9"]), "philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G", "EPIQ Elite"]),
       "canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]), "siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
       "samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS60"]), "esaote": ("Esaote", ["MyLabX8", "MyLab Twice"])}

SITES = {  # site: (language, what it is, equipment by modality, share of rows with StudyDescription in the series)
    "se-ortho": ("sv", "orthopaedic and trauma hospital, Sweden",
                 {"DX": ["siemens", "fuji"], "CT": ["siemens"], "MR": ["siemens"], "US": ["ge"], "RF": "siemens", "CARM": "ziehm", "DXA": "hologic"}, 0.75),
    "no-sport": ("no", "sports-medicine clinic, Norway",
                 {"DX": ["agfa"], "CT": ["ge"], "MR": ["esaote", "siemens"], "US": ["esaote", "ge"], "RF": "philips", "DXA": "lunar"}, 0.7),
    "dk-child": ("da", "children's hospital, Denmark",
                 {"DX": ["philips", "carestream"], "CT": ["philips"], "MR": ["philips"], "US": ["canon", "philips"], "RF": "philips", "DXA": "lunar", "EOS": True}, 0.65),
    "fi-opc": ("fi", "outpatient imaging centre, Finland",
               {"DX": ["canon"], "CT": ["ge"], "MR": ["ge"], "US": ["ge"], "DXA": "hologic"}, 0.7),
    "pl-trauma": ("pl", "trauma and orthopaedic hospital, Poland",
                  {"DX": ["agfacr", "konica"], "CT": ["ge", "canon"], "MR": ["ge"], "US": ["samsung"], "CARM": "oec"}, 0.55),
    "cz-child": ("cs", "children's hospital, Czechia",
                 {"DX": ["multix", "fcr"], "CT": ["siemens"], "MR": ["siemens"], "US": ["samsung", "ge"], "RF": "siemens", "DXA": "hologic"}, 0.6),
    "hu-sport": ("hu", "sports-medicine and orthopaedic clinic, Hungary",
                 {"DX": ["philips"], "CT": ["philips"], "MR": ["philips", "esaote"], "US": ["esaote"], "RF": "philips"}, 0.6),
    "ro-opc": ("ro", "outpatient imaging centre, Romania",
               {"DX": ["fcr", "ge"], "CT": ["canon"], "MR": ["philips", "ge"], "US": ["samsung"], "DXA": "lunar"}, 0.5),
    "tr-ortho": ("tr", "orthopaedic and trauma hospital, Turkey",
                 {"DX": ["fuji", "canon"], "CT": ["siemens", "canon"], "MR": ["siemens"], "US": ["philips"], "CARM": "cios", "DXA": "hologic"}, 0.6),
    "ae-sport": ("ar", "sports-medicine centre, United Arab Emirates",
                 {"DX": ["ge"], "CT": ["ge"], "MR": ["ge"], "US": ["ge"], "RF": "ge", "DXA": "lunar"}, 0.8),
    "ca-child": ("fr", "children's hospital, Quebec, Canada",
                 {"DX": ["philips", "carestream"], "CT": ["ge"], "MR": ["ge", "siemens"], "US": ["philips", "siemens"], "RF": "philips", "DXA": "hologic", "EOS": True}, 0.7),
    "uk-opc": ("en", "outpatient imaging centre, United Kingdom",
               {"DX": ["carestream", "siemens"], "CT": ["siemens"], "MR": ["siemens", "philips"], "US": ["philips", "canon"], "DXA": "hologic"}, 0.55),
}


class Ctx:
    def __init__(self, rng, site):
        self.rng, self.site = rng, site
        self.lang, self.kind, self.eq, self.sd_share = SITES[site]

    def pick(self, mod):
        return self.rng.choice(self.eq[mod])

    def study_lang(self):
        """Gulf and Quebec RIS write part of their exams in English."""
        if self.lang == "ar":
            return "ar" if self.rng.random() < 0.4 else "en"
        if self.lang == "fr":
            return "fr" if self.rng.random() < 0.65 else "en"
        return self.lang

    def limb_study(self, mod, key, side, plural=False):
        return limb_name(self.rng, self.study_lang(), mod, key, side, plural)


def ser(meta, labels, lat, why, own=False):
    """A series: its header, its labels. ``own``: its own name says which region it shows (otherwise
    the row always carries the study description, as a real header does)."""
    meta = {k: v for k, v in meta.items() if v not in (None, "")}
    return {"meta": meta, "labels": [c for c in ORDER if c in set(labels)], "lat": lat, "why": why, "own": own}


def exam(stratum, sd, series, bpe_drop=0.3):
    return {"stratum": stratum, "sd": sd, "series": series, "bpe_drop": bpe_drop}


def bpe_for(rng, key, wrong=0.15):
    right, alts = BPE[key]
    return rng.choice(alts) if rng.random() < wrong else right


def side_en(rng, side, style="short"):
    return {"short": {"R": "RT", "L": "LT", "B": "BIL"}, "long": {"R": "Right", "L": "Left", "B": "Bilateral"},
            "letter": {"R": "R", "L": "L", "B": "B"}}[style][side]


# ---------------------------------------------------------------- DX limb series
VIEWS = {"shoulder": ["AP", "Grashey", "Y-view", "Axial"], "clavicle": ["AP", "AP 20 cran"], "ac": ["AP", "Zanca"],
         "humerus": ["AP", "Lat"], "elbow": ["AP", "Lat"], "forearm": ["AP", "Lat"], "wrist": ["PA", "Lat"],
         "scaphoid": ["PA", "Lat", "Stecher", "Obl"], "hand": ["PA", "Obl"], "finger": ["PA", "Lat"],
         "hip": ["AP", "Lauenstein"], "femur": ["AP", "Lat"], "knee": ["AP", "Lat", "Skyline"],
         "patella": ["Lat", "Skyline"], "tibfib": ["AP", "Lat"], "ankle": ["AP", "Lat", "Mortise"],
         "foot": ["DP", "Obl", "Lat"], "calcaneus": ["Lat", "Axial"], "toe": ["DP", "Obl"]}
VP = {"AP": "AP", "PA": "PA", "Lat": "LL", "DP": "AP", "Obl": "", "Mortise": "AP", "Skyline": "", "Axial": "",
      "Grashey": "AP", "Y-view": "", "Lauenstein": "", "Stecher": "PA", "AP 20 cran": "AP", "Zanca": "AP"}
LOCAL_VIEW = {"sv": {"AP": "frontal", "Lat": "sida", "PA": "frontal"}, "no": {"AP": "front", "Lat": "side", "PA": "front"},
              "da": {"AP": "AP", "Lat": "side", "PA": "PA"}, "fi": {"AP": "AP", "Lat": "sivu", "PA": "PA"},
              "pl": {"AP": "AP", "Lat": "boczne", "PA": "PA"}, "cs": {"AP": "AP", "Lat": "bočně", "PA": "PA"},
              "hu": {"AP": "AP", "Lat": "oldal", "PA": "PA"}, "ro": {"AP": "fata", "Lat": "profil", "PA": "fata"},
              "tr": {"AP": "AP", "Lat": "LAT", "PA": "PA"}, "fr": {"AP": "face", "Lat": "profil", "PA": "face"}}


PL_NOM = {"shoulder": "Bark", "clavicle": "Obojczyk", "ac": "Staw AC", "humerus": "Ramię", "elbow": "Łokieć",
          "forearm": "Przedramię", "wrist": "Nadgarstek", "scaphoid": "Łódeczkowata", "hand": "Ręka", "finger": "Palec",
          "hip": "Biodro", "femur": "Udo", "knee": "Kolano", "patella": "Rzepka", "tibfib": "Podudzie",
          "ankle": "Staw skokowy", "foot": "Stopa", "calcaneus": "Pięta", "toe": "Paluch"}


def dx_local(lang, key):
    if lang == "pl":
        return PL_NOM[key]
    n = NAMES.get(lang, {}).get(key)
    if n is None:
        return EN[key]
    if lang == "fi" or lang == "tr":
        return n[0] if lang == "fi" else n[1]
    if isinstance(n, tuple):
        return n[0]
    return n


def dx_series(ctx, vend, key, view, side, side_in_series, tag):
    """One DR/CR view as the console writes it."""
    rng = ctx.rng
    mod, man, model, style = DXV[vend]
    name = EN[key]
    if style == "siemens":
        v = {"AP": "a.p.", "PA": "p.a.", "Lat": "lat", "DP": "d.p."}.get(view, view)
        desc = f"{name} {v}"
    elif style in ("fuji", "cs"):
        desc = f"{name.upper()} {view.upper()}"
    elif style == "agfa" and ctx.lang in LOCAL_VIEW:
        desc = f"{cap(dx_local(ctx.lang, key))} {LOCAL_VIEW[ctx.lang].get(view, view)}"
    else:
        desc = f"{name} {view}"
    if side_in_series and side in ("R", "L"):
        if style in ("fuji", "cs", "ge"):
            desc = f"{desc} {side_en(rng, side)}"
        elif style == "agfa":
            desc = f"{desc} {rng.choice(SIDES.get(ctx.lang, SIDES['en'])[side])}"
        else:
            desc = f"{side_en(rng, side, 'letter')} {desc}" if rng.random() < 0.5 else f"{desc} {side_en(rng, side, 'long')}"
    meta = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc[:64], "BodyPartExamined": bpe_for(rng, key), "ViewPosition": VP.get(view, ""),
            "ImageType": "ORIGINAL\\PRIMARY", "PatientPosition": ""}
    if style == "fuji":
        meta["AcquisitionDeviceProcessingDescription"] = f"{name.upper()}"[:16] if rng.random() < 0.6 else "EXTREMITY"
    if style == "cs":
        meta["AcquisitionDeviceProcessingDescription"] = f"{name} {view}"
    if style == "philips":
        meta["ProtocolName"] = f"{name} {view}"
    if tag and side in ("R", "L"):
        meta["ImageLaterality" if rng.random() < 0.5 else "Laterality"] = side
    return meta


def xr_limb(ctx, key=None, side=None, stratum=None):
    rng = ctx.rng
    upper = rng.random() < 0.45
    key = key or rng.choice(sorted(UPPER) if upper else sorted(set(VIEWS) - UPPER))
    side = side or rng.choice("RL")
    where = rng.choice(["study", "study", "series", "both", "tag"])
    sd = ctx.limb_study("XR", key, side if where in ("study", "both") else None)
    vend = ctx.pick("DX")
    views = VIEWS[key][: rng.choice([2, 2, 3, 4])]
    out = []
    for v in views:
        m = dx_series(ctx, vend, key, v, side, where in ("series", "both") or (where == "study" and rng.random() < 0.2),
                      where == "tag" or rng.random() < 0.2)
        out.append(ser(m, [LIMB[key]], side, f"{EN[key].lower()} radiograph {v}; {LIMB[key]} by spec; side from "
                       + {"study": "the request", "both": "request and view name", "series": "the view name", "tag": "the laterality tag"}[where]))
    if where == "tag":  # the side is only in the tag: every view carries it
        for s in out:
            if not ({"Laterality", "ImageLaterality"} & set(s["meta"])):
                s["meta"]["ImageLaterality"] = side
    if where == "study":  # a view name without side; make sure nothing contradicts
        pass
    if rng.random() < 0.12:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["RDSR"], "Manufacturer": DXV[vend][1],
                        "SeriesDescription": "X-Ray Radiation Dose Report"}, [], None, "radiation dose SR: no image, empty set"))
    return exam(stratum or ("upper" if key in UPPER else "lower"), sd, out, bpe_drop=0.28)


def xr_compare(ctx):
    """Comparison views: both sides on one film (B), or each side its own series."""
    rng = ctx.rng
    key = rng.choice(["knee", "knee", "hand", "foot", "ac", "hip", "ankle"])
    vend = ctx.pick("DX")
    mod, man, model, style = DXV[vend]
    sd = ctx.limb_study("XR", key, "B", plural=True)
    out = []
    if key == "knee":
        descs = ["Knees AP standing", "BILAT KNEES PA ROSENBERG", "Knee AP weightbearing both", "Knees bilat skyline"]
    elif key == "hand":
        descs = ["Hands PA", "BOTH HANDS PA", "Hands Norgaard", "Hands PA bilat"]
    elif key == "foot":
        descs = ["Feet DP standing", "BOTH FEET AP WB", "Feet weightbearing"]
    elif key == "ac":
        descs = ["AC joints with weights", "BILAT AC JOINTS", "AC Joints AP"]
    elif key == "hip":
        descs = ["Hips AP", "Pelvis + Hips AP", "BOTH HIPS AP"]
    else:
        descs = ["Ankles AP standing", "BOTH ANKLES AP WB"]
    if rng.random() < 0.6:
        for d in rng.sample(descs, min(2, len(descs))):
            labels = [LIMB[key]] + (["PELVIS"] if "Pelvis" in d else [])
            m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": model,
                 "SeriesDescription": d, "BodyPartExamined": bpe_for(rng, key), "ViewPosition": "PA" if "PA" in d else "AP"}
            if rng.random() < 0.3:
                m["ImageLaterality"] = "B"
            out.append(ser(m, labels, "B", f"both sides ({EN[key].lower()}) on one film: {'+'.join(labels)}, laterality B"))
    else:
        for s in "RL":
            m = dx_series(ctx, vend, key, VIEWS[key][0], s, True, rng.random() < 0.4)
            out.append(ser(m, [LIMB[key]], s, f"one side of a bilateral comparison: this view is the {'right' if s == 'R' else 'left'} {EN[key].lower()}"))
    return exam("upper" if key in UPPER else "lower", sd, out, bpe_drop=0.3)


# ---------------------------------------------------------------- MR of joints
MRSEQ = {
    "siemens_std": {"knee": ["pd_tse_fs_sag", "pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_tra", "t2_de3d_we_sag_iso"],
                    "shoulder": ["pd_tse_fs_cor", "t2_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor"],
                    "hip": ["pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_tra_obl", "pd_tse_fs_sag"],
                    "ankle": ["pd_tse_fs_sag", "t1_tse_sag", "pd_tse_fs_cor", "t2_tse_tra"],
                    "wrist": ["t1_tse_cor", "pd_tse_fs_cor", "t2_me2d_we_cor", "pd_tse_fs_tra"],
                    "elbow": ["pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_sag", "t2_tse_tra"]},
    "siemens_site": {"knee": ["PD FS SAG", "PD FS COR", "T1 TSE COR", "PD FS AX", "DESS 3D SAG", "3D SPACE PD SAG"],
                     "shoulder": ["PD FS COR", "PD FS SAG", "PD FS AX", "T1 TSE COR", "STIR COR"],
                     "hip": ["PD FS COR", "T1 TSE COR", "STIR COR", "PD FS AX OBL"],
                     "ankle": ["PD FS SAG", "T1 TSE SAG", "PD FS COR", "PD FS AX", "STIR SAG"],
                     "wrist": ["T1 TSE COR", "PD FS COR", "MEDIC COR", "PD FS AX", "3D MEDIC"],
                     "elbow": ["PD FS COR", "T1 TSE COR", "PD FS SAG", "STIR AX"]},
    "ge": {"knee": ["Sag PD FS", "Cor PD FS", "Cor T1", "Ax PD FS", "Sag CUBE PD"],
           "shoulder": ["Ax PD FS", "Cor Obl T2 FS", "Sag Obl T1", "Cor Obl PD"],
           "hip": ["Cor STIR", "Cor T1", "Ax PD FS", "Sag PD FS"],
           "ankle": ["Sag STIR", "Sag T1", "Ax PD FS", "Cor PD FS"],
           "wrist": ["Cor T1", "Cor PD FS", "Ax T2 FS", "Cor 3D MERGE"],
           "elbow": ["Cor PD FS", "Cor T1", "Sag T2 FS", "Ax PD FS"]},
    "philips": {"knee": ["PDW_SPAIR SAG", "PDW_SPAIR COR", "T1W_TSE COR", "PDW_SPAIR TRA", "3D_PDW_VISTA"],
                "shoulder": ["PDW_SPAIR COR", "T2W_SPAIR SAG", "PDW_SPAIR TRA", "T1W_TSE COR"],
                "hip": ["STIR COR", "T1W_TSE COR", "PDW_SPAIR TRA", "PDW_SPAIR SAG"],
                "ankle": ["PDW_SPAIR SAG", "T1W_TSE SAG", "PDW_SPAIR COR", "PDW_SPAIR TRA"],
                "wrist": ["T1W_TSE COR", "PDW_SPAIR COR", "T2*_FFE COR", "PDW_SPAIR TRA"],
                "elbow": ["PDW_SPAIR COR", "T1W_TSE COR", "PDW_SPAIR SAG", "T2W_SPAIR TRA"]},
    "esaote": {k: ["SE T1 COR", "STIR COR", "FSE T2 SAG", "GE 3D T1 SAG", "STIR AX"] for k in
               ["knee", "shoulder", "ankle", "wrist", "elbow", "hip"]},
}
LOCALIZER = {"siemens": "localizer", "siemens2": "AAHead_Scout", "ge": "3-Plane Loc", "philips": "SURVEY", "esaote": "SCOUT"}
SEQNAME = {"pd_tse": "*tse2d1_11", "t1_tse": "*tse2d1_3", "de3d": "*de3d1", "space": "*spc3d1_55", "me2d": "*me2d1r3",
           "stir": "*tir2d1_13", "medic": "*me3d1r3"}
GE_PROT = {"knee": ["KNEE ROUTINE", "7.1 KNEE", "KNEE"], "shoulder": ["SHOULDER", "8.2 SHOULDER ROUTINE"],
           "hip": ["HIP", "HIP UNILAT"], "ankle": ["ANKLE", "FOOT/ANKLE"], "wrist": ["WRIST", "WRIST 3T"], "elbow": ["ELBOW"]}


def mr_joint(ctx, key=None, side=None, arthro=False):
    rng = ctx.rng
    key = key or rng.choice(["knee", "knee", "knee", "shoulder", "shoulder", "ankle", "hip", "wrist", "elbow"])
    if arthro:
        key = rng.choice(["shoulder", "shoulder", "hip", "wrist"]) if key not in ("shoulder", "hip", "wrist") else key
    side = side or rng.choice("RL")
    vend = ctx.pick("MR")
    man, models = MRV[vend]
    model = rng.choice(models) if not (vend == "esaote" and key == "hip") else "S-scan"  # O-scan takes limbs only
    style = vend if vend != "siemens" else rng.choice(["siemens_std", "siemens_site"])
    seqs = list(MRSEQ[style][key])
    where = rng.choice(["study", "study", "study", "both", "tag", "protocol"])
    sd = ctx.limb_study("MR", key, side if where in ("study", "both") else None)
    if arthro:
        sd = sd.replace(" WITHOUT CONTRAST", "").replace(" W/O CONTRAST", "")
        sd = tidy(sd + " " + {"sv": "artrografi", "no": "artrografi", "da": "artrografi", "fi": "artrografia",
                                "pl": "artrografia", "cs": "artrografie", "hu": "arthrographia", "ro": "artrografie",
                                "tr": "ARTROGRAFİ", "ar": "ARTHROGRAM", "fr": "ARTHRO", "en": "ARTHROGRAM"}[ctx.lang])
        arth = {"siemens_std": ["t1_tse_fs_cor_arthro", "t1_tse_fs_sag_arthro", "t1_tse_fs_tra_arthro", "t1_vibe_fs_3d_iso"],
                "siemens_site": ["T1 FS COR ARTHRO", "T1 FS SAG ARTHRO", "T1 FS AX ARTHRO", "T1 FS ABER"],
                "ge": ["Cor T1 FS arthro", "Sag T1 FS arthro", "Ax T1 FS arthro", "ABER T1 FS"],
                "philips": ["T1W_SPAIR COR arthro", "T1W_SPAIR SAG", "T1W_SPAIR TRA", "3D_T1W_THRIVE"],
                "esaote": ["SE T1 FS COR", "SE T1 FS SAG", "3D SHARC"]}[style]
        if key != "shoulder":
            arth = [a for a in arth if "ABER" not in a]
        seqs = seqs[:2] + arth
    loc = LOCALIZER["siemens" if style.startswith("siemens") else vend]
    out = []
    prot = rng.choice(GE_PROT[key]) if vend == "ge" else None
    tagme = where == "tag"
    bpe_right = {"knee": "KNEE", "shoulder": "SHOULDER", "hip": "HIP", "ankle": "ANKLE", "wrist": "WRIST", "elbow": "ELBOW"}[key]
    bpe = rng.choice([bpe_right, bpe_right, bpe_right, "EXTREMITY", "LEG" if key in ("knee", "ankle") else "ARM" if key in ("wrist", "elbow") else bpe_right])
    for i, s in enumerate([loc] + seqs[: rng.randint(3, len(seqs))]):
        m = {"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
             "SeriesDescription": s, "ProtocolName": s, "BodyPartExamined": bpe,
             "ImageType": "ORIGINAL\\PRIMARY\\M\\ND" if i else "ORIGINAL\\PRIMARY\\M\\NORM\\DIS2D",
             "PatientPosition": "FFS" if key in ("knee", "ankle", "hip") else "HFS"}
        if vend == "ge":
            m["ProtocolName"] = prot
        if style == "siemens_std":
            m["SequenceName"] = next((v for k, v in SEQNAME.items() if k in s), "*tse2d1_5") if i else "*fl2d1"
        if vend == "esaote":
            m.pop("ProtocolName")
        if where == "protocol" and vend == "ge":
            m["ProtocolName"] = f"{prot} {side_en(rng, side, 'short')}"
        elif where == "protocol":
            m["ProtocolName"] = f"{EN[key]} {side_en(rng, side, 'long')}" if vend != "esaote" else None
            if vend == "esaote":
                m["Laterality"] = side
        if tagme:
            m["Laterality"] = side
        if arthro:
            m["ContrastBolusAgent"] = rng.choice(["Gadoterate 2mmol/l", "Dotarem 1:200", "Artirem", "GD"]) if i > 2 else None
        m = {k: v for k, v in m.items() if v}
        out.append(ser(m, [LIMB[key]], side, ("localizer: takes the exam's anatomy" if not i else f"sequence-only name {s!r}")
                       + f"; {LIMB[key]} from the exam, side from "
                       + {"study": "the study description", "both": "the study description", "tag": "the Laterality tag",
                          "protocol": "the protocol name or tag"}[where]))
    if key == "hip" and rng.random() < 0.5:
        big = {"siemens_std": "stir_tse_cor_pelvis", "siemens_site": "STIR COR BÄCKEN" if ctx.lang == "sv" else "STIR COR PELVIS",
               "ge": "Cor STIR Pelvis FOV", "philips": "STIR COR bekken" if ctx.lang in ("no", "da") else "STIR COR PELVIS",
               "esaote": "STIR COR PELVIS"}[style]
        m = dict(out[1]["meta"], SeriesDescription=big)
        if "ProtocolName" in m and vend != "ge":
            m["ProtocolName"] = big
        m.pop("Laterality", None)
        out.append(ser(m, ["PELVIS", "HIP"], "B", "large-field coronal of the pelvis in a hip protocol: pelvis and both hips"))
    if vend == "siemens" and rng.random() < 0.15:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["CSR"], "Manufacturer": man, "SeriesDescription": "PhoenixZIPReport"},
                       [], None, "scanner protocol report object: no anatomy"))
    st = "arthro" if arthro else "sportsmr"
    if arthro and rng.random() < 0.6:  # the fluoroscopic injection, often stored in the same study
        fl = ctx.eq.get("RF", "philips")
        fman = {"siemens": ("Siemens", "Luminos dRF Max"), "philips": ("Philips Medical Systems", "CombiDiagnost R90"),
                "ge": ("GE Healthcare", "Precision 500D")}[fl]
        d = rng.choice(["Arthrography", "Fluoro", "Artrografi" if ctx.lang in ("sv", "no", "da") else "Arthrografie",
                        f"{EN[key]} arthrogram", "Last Image Hold"])
        m = {"Modality": "RF", "SOPClassUID": SOP["RF"], "Manufacturer": fman[0], "ManufacturerModelName": fman[1],
             "SeriesDescription": d, "BodyPartExamined": bpe_right if rng.random() < 0.5 else None}
        out.insert(0, ser({k: v for k, v in m.items() if v}, [LIMB[key]], side,
                          "fluoroscopic guidance of the joint injection: the joint of the arthrogram, side from the study"))
        if where in ("tag", "protocol") and "Laterality" not in out[0]["meta"]:
            out[0]["meta"]["Laterality"] = side
    return exam(st, sd, out, bpe_drop=0.3)


# ---------------------------------------------------------------- CT of fractures
CT_REGION = {"wrist": "Wrist", "scaphoid": "Wrist", "elbow": "Elbow", "shoulder": "Shoulder", "knee": "Knee",
             "ankle": "Ankle", "calcaneus": "Foot", "foot": "Foot", "hip": "Hip", "tibfib": "Extremity"}


def ct_frac(ctx):
    rng = ctx.rng
    key = rng.choice(["wrist", "scaphoid", "elbow", "shoulder", "knee", "knee", "ankle", "ankle", "calcaneus", "foot", "hip", "tibfib"])
    side = rng.choice("RL")
    vend = ctx.pick("CT")
    man, models = CTV[vend]
    model = rng.choice(models)
    lab = [LIMB[key]]
    extra = ""
    if key == "knee" and rng.random() < 0.5:
        extra = " tibial plateau"
    sd = ctx.limb_study("CT", key, side if rng.random() < 0.85 else None)
    side_in_sd = any(w.upper() in sd.upper().split() for w in sum((SIDES.get(l, {}).get(side, []) for l in SIDES), []))
    reg = CT_REGION[key]
    bpe = "EXTREMITY" if vend == "ge" or rng.random() < 0.3 else BPE[key][0]
    pos = "FFS" if key in ("knee", "ankle", "calcaneus", "foot", "hip", "tibfib") else rng.choice(["HFS", "HFP", "HFS"])
    base = {"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": man, "ManufacturerModelName": model,
            "BodyPartExamined": bpe, "PatientPosition": pos}
    S = []
    why = f"CT of the {EN[key].lower()}{extra}: {lab[0]}"

    def add(desc, kind, **kw):
        m = dict(base, SeriesDescription=desc, **kw)
        S.append((m, kind))

    if vend == "siemens":
        add("Topogram  0.6  T20s", "scout", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER", ConvolutionKernel="T20s")
        add(f"{reg}  0.75  Br64  3", "ax", ConvolutionKernel="Br64", SliceThickness="0.75", ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        add(f"{reg}  2.0  Br64  cor", "mpr", ConvolutionKernel="Br64", ImageType="DERIVED\\SECONDARY\\MPR")
        add(f"{reg}  2.0  Br64  sag", "mpr", ConvolutionKernel="Br64", ImageType="DERIVED\\SECONDARY\\MPR")
        add(rng.choice(["VRT", "3D VRT", f"{reg} VRT", "Cinematic VRT"]), "vr", ImageType="DERIVED\\SECONDARY\\VRT")
        add("Patient Protocol", "dose", ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID=SOP["SC"])
    elif vend == "ge":
        add("Scout", "scout", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        add(rng.choice(["1.25mm Bone", "0.625 BONEPLUS", "1.25 mm BONE"]), "ax", ConvolutionKernel=rng.choice(["BONE", "BONEPLUS"]),
            ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        add("2.5mm Stnd", "ax", ConvolutionKernel="STANDARD", ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        add(rng.choice(["Bone Cor", "COR BONE 2mm", "Reformat Cor"]), "mpr", ImageType="DERIVED\\SECONDARY\\REFORMATTED")
        add(rng.choice(["Bone Sag", "SAG BONE 2mm"]), "mpr", ImageType="DERIVED\\SECONDARY\\REFORMATTED")
        add(rng.choice(["3D", "VR", "3D VR bone"]), "vr", ImageType="DERIVED\\SECONDARY\\3D")
        add("Dose Report", "dose", ImageType="DERIVED\\SECONDARY\\SCREEN SAVE", SOPClassUID=SOP["SC"])
        for m, k in S:
            m["ProtocolName"] = f"{rng.choice(['6.1', '6.4', '7.2'])} {reg.upper()}" if reg != "Extremity" else "6.9 EXTREMITY"
    elif vend == "philips":
        add("Surview", "scout", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        add(f"{reg} 0.67mm YC", "ax", ConvolutionKernel="YC", ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        add("MPR Coronal", "mpr", ImageType="DERIVED\\SECONDARY\\MPR")
        add("MPR Sagittal", "mpr", ImageType="DERIVED\\SECONDARY\\MPR")
        add("Volume Rendering", "vr", ImageType="DERIVED\\SECONDARY\\VOLUME")
        add("Dose Info", "dose", ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID=SOP["SC"])
    else:
        add("Scanogram", "scout", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        add(f"{reg} 0.5 FC30", "ax", ConvolutionKernel="FC30", ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        add("Bone MPR Cor", "mpr", ImageType="DERIVED\\SECONDARY\\MPR")
        add("Bone MPR Sag", "mpr", ImageType="DERIVED\\SECONDARY\\MPR")
        add("3D VR", "vr", ImageType="DERIVED\\SECONDARY\\3D")
        add("Dose Summary", "dose", ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID=SOP["SC"])
    out = []
    tagged = not side_in_sd
    for m, k in S:
        if k == "dose":
            m.pop("BodyPartExamined", None)
            m.pop("PatientPosition", None)
            out.append(ser(m, [], None, "CT dose page: no anatomy, empty set"))
            continue
        if tagged or rng.random() < 0.1:
            m["Laterality"] = side
        if k in ("mpr", "vr") and rng.random() < 0.3 and ctx.lang == "en":
            m["SeriesDescription"] = f"{m['SeriesDescription']} {side_en(rng, side)}"
        out.append(ser(m, lab, side, {"scout": "scout: plans the exam, takes its anatomy", "ax": why,
                                      "mpr": "reformat without a region in its name: " + why,
                                      "vr": "3D/VR recon: " + why}[k] + "; side from study or tag"))
    if rng.random() < 0.25:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["RDSR"], "Manufacturer": man, "SeriesDescription": "Dose Report"},
                       [], None, "dose SR: empty set"))
    if rng.random() < 0.2:
        d = rng.choice(["Screen Save", "SC 3D", "Snapshot VR"])
        out.append(ser({"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": man, "SeriesDescription": d,
                        "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE", "Laterality": side},
                       lab, side, "screen capture of the 3D rendering: shows the fractured region"))
    return exam("ctfrac", sd, out, bpe_drop=0.2)


# ---------------------------------------------------------------- study descriptions of whole exams, per language
SD = {
    "chest": {"sv": ["Lungor", "Thorax", "Rtg lungor"], "no": ["Rtg. thorax", "Thorax 2 pl."], "da": ["Røntgen af thorax", "RTG THORAX"],
              "fi": ["Keuhkojen natiivi", "Thorax natiivi"], "pl": ["RTG klatki piersiowej PA", "RTG klp"], "cs": ["RTG hrudníku", "RTG S+P"],
              "hu": ["Mellkas Rtg", "Mellkas felvétel"], "ro": ["Radiografie pulmonara", "RX TORACE"], "tr": ["AKCİĞER GRAFİSİ PA", "PA AKCİĞER"],
              "ar": ["XR CHEST PA", "أشعة سينية للصدر"], "fr": ["RX POUMONS", "Radiographie pulmonaire"], "en": ["XR Chest", "CXR PA"]},
    "chest_paed": {"da": ["Røntgen af thorax, barn", "Thorax AP (liggende)"], "cs": ["RTG hrudníku vleže", "RTG S+P - dítě"],
                   "fr": ["RX POUMONS PÉD", "Radiographie pulmonaire pédiatrique"], "en": ["XR CHEST PAEDS", "XR Chest AP Mobile"]},
    "axr": {"da": ["Røntgen af abdomen", "Abdomen oversigt"], "cs": ["RTG břicha nativně", "Nativ břicha vestoje"],
            "fr": ["RX ABDOMEN SIMPLE", "ASP"], "en": ["XR Abdomen", "AXR"], "sv": ["Buköversikt"], "pl": ["RTG przeglądowe jamy brzusznej"]},
    "babygram": {"da": ["Thorax og abdomen, neonatal", "RTG thorax+abdomen (kuvøse)"], "cs": ["RTG hrudníku a břicha - novorozenec"],
                 "fr": ["RX THORAX-ABDOMEN NÉONAT", "Thoraco-abdominal néonatal"], "en": ["XR Chest and Abdomen Neonatal"]},
    "vcug": {"da": ["Miktionscystouretrografi (MCU)", "MUCG"], "cs": ["Mikční cystouretrografie", "MCUG"],
             "fr": ["CYSTOGRAPHIE MICTIONNELLE", "Cystographie mictionnelle rétrograde"], "en": ["FL VCUG", "Voiding cystourethrogram"],
             "sv": ["MUCG"], "tr": ["İŞEME SİSTOÜRETROGRAFİSİ"]},
    "appendix": {"da": ["UL af abdomen, appendicitis?", "UL appendix"], "cs": ["UZ břicha - apendix", "USG apendixu"],
                 "fr": ["ÉCHO APPENDICE", "Échographie appendiculaire"], "en": ["US APPENDIX", "US RLQ appendix"]},
    "appendix_ap": {"da": ["UL af abdomen og bækken"], "cs": ["UZ břicha a malé pánve"], "fr": ["ÉCHO ABDO-PELVIENNE", "Échographie abdominale et pelvienne"],
                    "en": ["US Abdomen and Pelvis"]},
    "headus": {"da": ["UL af cerebrum, neonatal", "Transfontanel UL"], "cs": ["UZ mozku transfontanelárně", "UZ CNS"],
               "fr": ["ÉCHO TRANSFONTANELLAIRE", "Échographie cérébrale"], "en": ["US HEAD NEONATAL", "US Cranial"]},
    "renal": {"da": ["UL af nyrer og blære", "UL nyrer"], "cs": ["UZ ledvin", "UZ ledvin a močového měchýře"],
              "fr": ["ÉCHO RÉNALE", "Échographie reins-vessie"], "en": ["US KIDNEYS", "US Renal Tract"]},
    "hipus": {"da": ["UL af hofter, spædbarn", "Hofte-UL (Graf)"], "cs": ["UZ kyčlí dle Grafa", "UZ kyčelních kloubů"],
              "fr": ["ÉCHO HANCHES BÉBÉ", "Échographie des hanches (Graf)"], "en": ["US HIPS INFANT", "US Hips DDH"],
              "sv": ["UL höfter nyfödd"], "pl": ["USG stawów biodrowych metodą Grafa"], "hu": ["Csípő UH (Graf)"], "tr": ["BEBEK KALÇA USG (GRAF)"]},
    "boneage": {"da": ["Knoglealder", "Skeletalder, ve. hånd"], "cs": ["RTG kostního věku", "Kostní věk"],
                "fr": ["ÂGE OSSEUX", "RX âge osseux"], "en": ["XR Bone Age", "BONE AGE STUDY"], "sv": ["Skelettålder"],
                "pl": ["RTG wieku kostnego"], "tr": ["KEMİK YAŞI"], "ar": ["XR BONE AGE"]},
    "survey": {"da": ["Skeletundersøgelse (mistanke om overgreb)", "Skelet-screening"], "cs": ["Skeletální screening - týrané dítě", "RTG skeletu"],
               "fr": ["BILAN SQUELETTIQUE", "Série squelettique complète"], "en": ["XR Skeletal Survey", "SKELETAL SURVEY CHILD"]},
    "longleg": {"sv": ["Helbensröntgen stående", "Helben bds"], "no": ["Helbein stående", "Rtg. helbein (langbein)"],
                "da": ["Stående helbensoptagelse", "Helben"], "fi": ["Alaraajojen kuormituskuva", "Alaraajojen pituuskuvaus"],
                "pl": ["RTG kończyn dolnych na stojąco", "RTG osi kończyn dolnych"], "cs": ["RTG DK vestoje (celé končetiny)"],
                "hu": ["Teljes alsó végtag terheléses felvétel"], "ro": ["Radiografie membre inferioare in ortostatism"],
                "tr": ["ORTOROENTGENOGRAM", "ALT EKSTREMİTE SKANOGRAM"], "ar": ["XR LONG LEG STANDING"],
                "fr": ["GONIOMÉTRIE DES MEMBRES INFÉRIEURS", "Goniométrie MI"], "en": ["XR Long Leg Alignment", "XR LEG LENGTH STANDING"]},
    "scoliosis": {"sv": ["Skoliosrygg", "Helrygg stående"], "no": ["Skoliose helrygg"], "da": ["Skoliose helrygsoptagelse", "Helrygsoptagelse"],
                  "fi": ["Koko selkä skolioosi", "Koko rangan natiivi"], "pl": ["RTG całego kręgosłupa (skolioza)"],
                  "cs": ["RTG celé páteře vestoje", "Skolióza - celá páteř"], "hu": ["Teljes gerinc (scoliosis)"],
                  "ro": ["Radiografie coloana vertebrala totala"], "tr": ["SKOLYOZ GRAFİSİ", "TÜM VERTEBRA GRAFİSİ"],
                  "ar": ["XR SCOLIOSIS SERIES"], "fr": ["BILAN SCOLIOSE", "RX COLONNE TOTALE"], "en": ["XR Scoliosis", "XR WHOLE SPINE STANDING"]},
    "lspine_xr": {"sv": ["Ländrygg", "Rtg ländrygg"], "no": ["Rtg. columna lumbalis"], "da": ["Røntgen af lænderyg"], "fi": ["LS-rangan natiivi"],
                  "pl": ["RTG odcinka lędźwiowego kręgosłupa"], "cs": ["RTG bederní páteře"], "hu": ["Ágyéki gerinc Rtg"],
                  "ro": ["Radiografie coloana lombara"], "tr": ["LOMBER GRAFİ"], "ar": ["XR LUMBAR SPINE"], "fr": ["RX COLONNE LOMBAIRE"], "en": ["XR Lumbar Spine"]},
    "cspine_xr": {"sv": ["Halsrygg"], "no": ["Rtg. columna cervicalis"], "da": ["Røntgen af halsryg"], "fi": ["Kaularangan natiivi"],
                  "pl": ["RTG odcinka szyjnego kręgosłupa"], "cs": ["RTG krční páteře"], "hu": ["Nyaki gerinc Rtg"],
                  "ro": ["Radiografie coloana cervicala"], "tr": ["SERVİKAL GRAFİ"], "ar": ["XR CERVICAL SPINE"], "fr": ["RX COLONNE CERVICALE"], "en": ["XR Cervical Spine"]},
    "lspine_mr": {"sv": ["MR ländrygg", "MRT LWS"], "no": ["MR columna lumbalis", "MR LS-columna"], "da": ["MR-scanning af lænderyg"],
                  "fi": ["LS-rangan MT"], "pl": ["MR odcinka lędźwiowo-krzyżowego kręgosłupa"], "cs": ["MR bederní páteře", "MR L páteře"],
                  "hu": ["Lumbalis gerinc MR"], "ro": ["RMN coloana lombara"], "tr": ["LOMBER MR"], "ar": ["MRI LUMBAR SPINE W/O"],
                  "fr": ["IRM COLONNE LOMBAIRE"], "en": ["MRI Lumbar Spine"]},
    "cspine_mr": {"sv": ["MR halsrygg"], "no": ["MR columna cervicalis"], "da": ["MR-scanning af halsryg"], "fi": ["Kaularangan MT"],
                  "pl": ["MR odcinka szyjnego kręgosłupa"], "cs": ["MR krční páteře"], "hu": ["Nyaki gerinc MR"], "ro": ["RMN coloana cervicala"],
                  "tr": ["SERVİKAL MR"], "ar": ["MRI CERVICAL SPINE"], "fr": ["IRM COLONNE CERVICALE"], "en": ["MRI Cervical Spine"]},
    "wspine_mr": {"sv": ["MR hela ryggen", "MR helrygg"], "no": ["MR hele columna"], "da": ["MR-scanning af hele columna"],
                  "fi": ["Koko rangan MT"], "pl": ["MR całego kręgosłupa"], "cs": ["MR celé páteře"], "hu": ["Teljes gerinc MR"],
                  "ro": ["RMN coloana vertebrala integrala"], "tr": ["TÜM SPİNAL MR"], "ar": ["MRI WHOLE SPINE"], "fr": ["IRM PANRACHIDIENNE"],
                  "en": ["MRI Whole Spine"]},
    "lspine_ct": {"sv": ["DT ländrygg"], "no": ["CT columna lumbalis"], "pl": ["TK odcinka L-S kręgosłupa"], "cs": ["CT bederní páteře"],
                  "tr": ["LOMBER BT"], "en": ["CT Lumbar Spine"], "fr": ["TDM COLONNE LOMBAIRE"], "hu": ["Lumbalis gerinc CT"], "ro": ["CT coloana lombara"]},
    "polytrauma": {"sv": ["DT trauma helkropp", "Traumaprotokoll DT"], "pl": ["TK politrauma", "Tomografia komputerowa - uraz wielonarządowy"],
                   "tr": ["TRAVMA BT (TÜM VÜCUT)"], "en": ["CT Trauma Whole Body"], "no": ["CT traume"], "cs": ["CT polytrauma"]},
    "headct": {"sv": ["DT hjärna", "DT skalle"], "pl": ["TK głowy bez kontrastu"], "tr": ["BEYİN BT"], "da": ["CT-scanning af cerebrum"],
               "cs": ["CT mozku nativně"], "fr": ["TDM CÉRÉBRALE", "TDM TÊTE"], "en": ["CT Head"], "no": ["CT caput"], "ro": ["CT cerebral nativ"]},
    "cspine_ct": {"sv": ["DT halsrygg"], "pl": ["TK odcinka szyjnego kręgosłupa"], "tr": ["SERVİKAL BT"], "en": ["CT Cervical Spine"], "no": ["CT columna cervicalis"]},
    "pelvis_xr": {"sv": ["Bäcken"], "no": ["Rtg. bekken"], "da": ["Røntgen af bækken"], "fi": ["Lantion natiivi"], "pl": ["RTG miednicy"],
                  "cs": ["RTG pánve"], "hu": ["Medence Rtg"], "ro": ["Radiografie bazin"], "tr": ["PELVİS GRAFİSİ"], "ar": ["XR PELVIS AP"],
                  "fr": ["RX BASSIN"], "en": ["XR Pelvis"]},
    "dxa": {"sv": ["Bentäthetsmätning (DXA)"], "no": ["Beintetthetsmåling"], "da": ["DXA-scanning"], "fi": ["Luuntiheysmittaus"],
            "pl": ["Densytometria (DXA)"], "cs": ["Denzitometrie DXA"], "hu": ["Csontsűrűség mérés (DEXA)"], "ro": ["Osteodensitometrie DXA"],
            "tr": ["KEMİK MİNERAL DANSİTOMETRİ"], "ar": ["DEXA SCAN", "قياس كثافة العظام"], "fr": ["OSTÉODENSITOMÉTRIE"], "en": ["DEXA Scan", "DXA Bone Density"]},
    "dxa_paed": {"da": ["DXA helkrop, barn"], "cs": ["Denzitometrie - celotělová (dítě)"], "fr": ["OSTÉODENSITOMÉTRIE CORPS ENTIER PÉD"], "en": ["DXA Total Body Paeds"]},
    "bonescan": {"sv": ["Skelettscintigrafi"], "da": ["Knoglescintigrafi"], "cs": ["Scintigrafie skeletu celotělová"], "fr": ["SCINTIGRAPHIE OSSEUSE"],
                 "en": ["NM Bone Scan Whole Body"], "tr": ["TÜM VÜCUT KEMİK SİNTİGRAFİSİ"], "pl": ["Scyntygrafia kośćca"]},
    "thyroid": {"fi": ["Kilpirauhasen UÄ"], "ro": ["Ecografie tiroida"], "en": ["US Thyroid"], "hu": ["Pajzsmirigy UH"], "ar": ["US THYROID"],
                "pl": ["USG tarczycy"], "da": ["UL af glandula thyreoidea"], "cs": ["UZ štítné žlázy"], "fr": ["ÉCHO THYROÏDE"], "tr": ["TİROİD USG"]},
    "neckus": {"da": ["UL af hals, lymfeknuder"], "cs": ["UZ krku - uzliny"], "fr": ["ÉCHO CERVICALE"], "en": ["US Neck"]},
    "abdus": {"fi": ["Ylävatsan UÄ"], "ro": ["Ecografie abdominala"], "en": ["US Abdomen"], "hu": ["Hasi UH"], "ar": ["US ABDOMEN"],
              "pl": ["USG jamy brzusznej"]},
    "headmr": {"fi": ["Aivojen MT"], "ro": ["RMN cerebral"], "en": ["MRI Head"], "hu": ["Koponya MR"], "pl": ["MR głowy"], "ar": ["MRI BRAIN"]},
    "sinusct": {"fi": ["Sivuonteloiden TT"], "ro": ["CT sinusuri"], "en": ["CT Sinuses"], "hu": ["Arcüreg CT"], "tr": ["PARANAZAL SİNÜS BT"]},
    "mammo": {"fi": ["Mammografia"], "ro": ["Mamografie bilaterala"], "en": ["MG Mammogram Bilateral", "Diagnostic Mammogram"],
              "ar": ["MAMMOGRAM BILATERAL"], "hu": ["Kétoldali mammográfia"]},
    "wbmr": {"da": ["MR-scanning af hele kroppen (CRMO)"], "cs": ["MR celotělové"], "fr": ["IRM CORPS ENTIER"], "en": ["MRI Whole Body STIR"],
             "sv": ["MR helkropp"], "no": ["MR helkropp"]},
}


def sd_of(ctx, kind):
    lang = ctx.study_lang()
    opts = SD[kind].get(lang) or SD[kind].get(ctx.lang) or SD[kind]["en"]
    return ctx.rng.choice(opts)


def dxm(ctx, desc, key_bpe, vend=None, **kw):
    vend = vend or ctx.pick("DX")
    mod, man, model, style = DXV[vend]
    m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": model,
         "SeriesDescription": desc, "BodyPartExamined": key_bpe, "ImageType": "ORIGINAL\\PRIMARY"}
    m.update(kw)
    return m


def usm(ctx, desc, bpe, vend=None, **kw):
    vend = vend or ctx.pick("US")
    man, models = USV[vend]
    mf = ctx.rng.random() < 0.4
    m = {"Modality": "US", "SOPClassUID": SOP["USMF" if mf else "US"], "Manufacturer": man,
         "ManufacturerModelName": ctx.rng.choice(models), "SeriesDescription": desc, "BodyPartExamined": bpe}
    m.update(kw)
    return m


# ---------------------------------------------------------------- stitched long films
def stitched(ctx):
    rng = ctx.rng
    kind = rng.choice(["longleg", "scoliosis"])
    sd = sd_of(ctx, kind)
    eos = ctx.eq.get("EOS") and rng.random() < 0.6
    out = []
    if kind == "longleg":
        one = rng.random() < 0.25
        side = rng.choice("RL") if one else "B"
        lab = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        if one:
            lang = ctx.study_lang()
            base = [x for x in SD["longleg"].get(lang, SD["longleg"]["en"]) if not words(x) & {"BDS", "BILAT"}]
            w = rng.choice(SIDES[lang][side] if lang in SIDES else GSIDES[lang]["f"][side])
            sd = f"{rng.choice(base)} {w}"
        if eos:
            for d in ["EOS Face", "EOS Profil"] if ctx.lang == "fr" else ["Frontal", "Lateral"]:
                out.append(ser({"Modality": "DX", "SOPClassUID": SOP["DX"], "Manufacturer": "EOS imaging", "ManufacturerModelName": "EOSedge",
                                "SeriesDescription": d, "BodyPartExamined": rng.choice(["LOWER LIMB", "LEG", "KNEE"]),
                                "ImageType": "ORIGINAL\\PRIMARY"}, lab, side,
                               "slot-scanner full-length lower limb: hip to ankle, limb codes only (pelvis incidental)"))
        else:
            vend = ctx.pick("DX")
            for d in rng.sample(["Full Leg AP stitched", "LONG LEG AP", "Leg Length", "Long Leg Standing (Composed)"], 1):
                out.append(ser(dxm(ctx, d, rng.choice(["LEG", "LOWER EXTREMITY", "KNEE", "EXTREMITY"]), vend,
                                   ImageType="DERIVED\\PRIMARY\\STITCHED", ViewPosition="AP"), lab, side,
                               "stitched full-length leg film: hip, thigh, knee, leg, ankle" + ("; both legs" if side == "B" else "; one side named")))
    else:
        lab = SPINE3
        if eos:
            for d in ["EOS Face", "EOS Profil"] if ctx.lang == "fr" else ["Frontal", "Lateral"]:
                out.append(ser({"Modality": "DX", "SOPClassUID": SOP["DX"], "Manufacturer": "EOS imaging", "ManufacturerModelName": "EOS",
                                "SeriesDescription": d, "BodyPartExamined": rng.choice(["SPINE", "WHOLEBODY", "CHEST"]),
                                "ImageType": "ORIGINAL\\PRIMARY"}, lab, None, "slot-scanner scoliosis view: whole spine"))
        else:
            vend = ctx.pick("DX")
            for d in rng.sample(["Whole Spine PA (stitched)", "SCOLIOSIS PA", "Scoliosis Lat", "FULL SPINE PA COMPOSED"], 2):
                out.append(ser(dxm(ctx, d, rng.choice(["SPINE", "CHEST", "TSPINE", "WHOLE SPINE"]), vend,
                                   ImageType="DERIVED\\PRIMARY\\STITCHED", ViewPosition="PA" if "PA" in d or "p.a." in d else "LL"),
                               lab, None, "stitched scoliosis film: whole spine = C+T+L"))
    if rng.random() < 0.2:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["RDSR"], "Manufacturer": "EOS imaging" if eos else "Siemens",
                        "SeriesDescription": "Dose Report"}, [], None, "dose SR: empty set"))
    return exam("spine" if kind == "scoliosis" else "lower", sd, out, bpe_drop=0.35)


# ---------------------------------------------------------------- spine
def spine(ctx):
    rng = ctx.rng
    kind = rng.choice(["lspine_xr", "cspine_xr", "lspine_mr", "lspine_mr", "cspine_mr", "wspine_mr", "lspine_ct"])
    sd = sd_of(ctx, kind)
    out = []
    if kind.endswith("_xr"):
        lab = ["LSPINE"] if kind.startswith("l") else ["CSPINE"]
        nm = "L-Spine" if lab == ["LSPINE"] else "C-Spine"
        for v in (["AP", "Lat"] if lab == ["LSPINE"] else ["AP", "Lat", "Dens"]):
            out.append(ser(dxm(ctx, rng.choice([f"{nm} {v}", f"{nm.upper()} {v.upper()}", f"{nm.replace('-', '')} {v.lower()}"]),
                               rng.choice([lab[0], "SPINE"]), ViewPosition={"AP": "AP", "Lat": "LL", "Dens": "AP"}[v]),
                           lab, None, f"{nm} radiograph"))
        if lab == ["LSPINE"] and rng.random() < 0.3:
            out.append(ser(dxm(ctx, "L5/S1 Lat", "LSPINE", ViewPosition="LL"), ["LSPINE"], None, "coned lumbosacral junction: L spine"))
        return exam("spine", sd, out, bpe_drop=0.3)
    if kind.endswith("_ct"):
        vend = ctx.pick("CT")
        man, models = CTV[vend]
        model = rng.choice(models)
        base = {"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": man, "ManufacturerModelName": model,
                "BodyPartExamined": rng.choice(["LSPINE", "SPINE", "ABDOMEN"]), "PatientPosition": "HFS"}
        names = {"siemens": [("Topogram  0.6  T20s", True), ("L-Spine  1.0  Br64  3", True), ("L-Spine  2.0  Br64  sag", True), ("Patient Protocol", False)],
                 "ge": [("Scout", True), ("1.25mm Bone", True), ("Sag Bone", True), ("Dose Report", False)],
                 "philips": [("Surview", True), ("L-Spine 1mm YB", True), ("MPR Sagittal", True), ("Dose Info", False)],
                 "canon": [("Scanogram", True), ("Spine 1.0 FC30", True), ("Sag MPR", True), ("Dose Summary", False)]}[vend]
        for d, anat in names:
            m = dict(base, SeriesDescription=d)
            if not anat:
                m.pop("BodyPartExamined")
                m["SOPClassUID"] = SOP["SC"]
            out.append(ser(m, ["LSPINE"] if anat else [], None, "lumbar spine CT" if anat else "dose page: empty set"))
        return exam("spine", sd, out, bpe_drop=0.25)
    vend = ctx.pick("MR")
    if vend == "esaote":
        vend = "siemens"
    man, models = MRV[vend]
    model = rng.choice(models)
    lab = {"lspine_mr": ["LSPINE"], "cspine_mr": ["CSPINE"], "wspine_mr": SPINE3}[kind]
    seq = {"siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "stir_tse_sag"],
           "ge": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"],
           "philips": ["SURVEY", "T2W_TSE SAG", "T1W_TSE SAG", "T2W_TSE TRA", "STIR SAG"]}[vend]
    bpe = {"lspine_mr": rng.choice(["LSPINE", "LSPINE", "SPINE", "L-SPINE"]), "cspine_mr": rng.choice(["CSPINE", "SPINE", "NECK"]),
           "wspine_mr": rng.choice(["SPINE", "WHOLESPINE", "TSPINE"])}[kind]
    for i, s in enumerate(seq[: rng.randint(3, 5)]):
        if kind == "wspine_mr" and i:
            for st in (["_st1", "_st2"] if vend == "siemens" else [" stn1", " stn2"]) if rng.random() < 0.5 else [""]:
                sub = SPINE3[:2] if st.endswith("1") else SPINE3[1:] if st else SPINE3
                m = {"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
                     "SeriesDescription": s + st, "ProtocolName": s + st, "BodyPartExamined": bpe, "PatientPosition": "HFS"}
                out.append(ser(m, sub, None, "whole-spine station " + ("upper: C+T" if st.endswith("1") else "lower: T+L" if st else "all: C+T+L")))
            continue
        m = {"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
             "SeriesDescription": s, "ProtocolName": s if vend != "ge" else {"lspine_mr": "L-SPINE", "cspine_mr": "C-SPINE", "wspine_mr": "TOTAL SPINE"}[kind],
             "BodyPartExamined": bpe, "PatientPosition": "HFS"}
        out.append(ser(m, lab, None, ("localizer of " if not i else "sequence-only series of ") + "+".join(lab)))
    if kind == "wspine_mr":
        comp = {"siemens": "t2_tse_sag_COMPOSED", "ge": "Sag T2 PASTE", "philips": "T2W_TSE SAG MobiView"}[vend]
        out.append(ser({"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
                        "SeriesDescription": comp, "ImageType": "DERIVED\\PRIMARY\\M\\ND\\COMPOSED", "BodyPartExamined": bpe},
                       SPINE3, None, "composed whole-spine sagittal: C+T+L"))
    return exam("spine", sd, out, bpe_drop=0.3)


# ---------------------------------------------------------------- trauma CT
def polytrauma(ctx):
    rng = ctx.rng
    vend = ctx.pick("CT")
    if vend != "siemens":
        vend = rng.choice([vend, "siemens"])
    man, models = CTV[vend]
    model = rng.choice(models)
    kind = rng.choice(["poly", "poly", "head", "cspine"])
    sd = sd_of(ctx, {"poly": "polytrauma", "head": "headct", "cspine": "cspine_ct"}[kind])
    base = {"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": man, "ManufacturerModelName": model}
    out = []

    def add(d, lab, why, bpe=None, **kw):
        m = dict(base, SeriesDescription=d, BodyPartExamined=bpe, **kw)
        out.append(ser(m, lab, None, why))

    if kind == "poly":
        if vend == "siemens":
            add("Topogram  1.0  T20f", WB, "trauma topogram planning head to pelvis: whole body", "WHOLEBODY")
            add("Head  5.0  Hr38  3", ["HEAD"], "head series of the trauma scan", "HEAD", ConvolutionKernel="Hr38")
            add("Head  1.0  Hr64  3", ["HEAD"], "head bone recon", "HEAD", ConvolutionKernel="Hr64")
            add("Polytrauma  3.0  Br40  3", ["NECK", "CHEST", "ABDOMEN", "PELVIS"], "trauma body series neck to pelvis", rng.choice(["WHOLEBODY", "CHEST", "ABDOMEN"]), ConvolutionKernel="Br40")
            add("Spine  2.0  Br64  sag", SPINE3, "whole-spine bone reformat of the trauma scan", "SPINE", ImageType="DERIVED\\SECONDARY\\MPR")
            add("C-Spine  2.0  Br64  sag", ["CSPINE"], "cervical spine reformat", "CSPINE", ImageType="DERIVED\\SECONDARY\\MPR")
            add("Pelvis  2.0  Br64  cor", ["PELVIS"], "pelvic bone reformat", "PELVIS", ImageType="DERIVED\\SECONDARY\\MPR")
            add("Patient Protocol", [], "dose page: empty set", None, SOPClassUID=SOP["SC"])
        else:
            add({"ge": "Scout", "philips": "Surview", "canon": "Scanogram"}[vend], WB, "trauma scout head to pelvis: whole body")
            add("HEAD 5mm", ["HEAD"], "head series", "HEAD")
            add("C-SPINE BONE 1.25", ["CSPINE"], "cervical spine bone recon", "CSPINE")
            add("C/A/P 2.5 STND", ["CHEST", "ABDOMEN", "PELVIS"], "chest/abdomen/pelvis (C/A/P) recon", rng.choice(["CHEST", "ABDOMEN"]))
            add("T/L SPINE SAG", ["TSPINE", "LSPINE"], "thoracolumbar spine reformat (T/L)", "SPINE")
            add({"ge": "Dose Report", "philips": "Dose Info", "canon": "Dose Summary"}[vend], [], "dose page: empty set", None, SOPClassUID=SOP["SC"])
    elif kind == "head":
        add({"siemens": "Topogram  0.6  T20s", "ge": "Scout", "philips": "Surview", "canon": "Scanogram"}[vend], ["HEAD"], "scout of a head CT")
        add({"siemens": "Head  5.0  Hr38  3", "ge": "5mm Brain", "philips": "Brain 5mm", "canon": "Brain 5.0 FC21"}[vend], ["HEAD"], "head CT", rng.choice(["HEAD", "BRAIN", None]))
        add({"siemens": "Head  0.75  Hr64  3", "ge": "1.25 BONE", "philips": "Bone 1mm", "canon": "Bone 1.0 FC30"}[vend], ["HEAD"], "head CT bone window recon (skull)", "HEAD")
        add({"siemens": "Patient Protocol", "ge": "Dose Report", "philips": "Dose Info", "canon": "Dose Summary"}[vend], [], "dose page: empty set", None, SOPClassUID=SOP["SC"])
    else:
        add({"siemens": "Topogram  0.6  T20s", "ge": "Scout", "philips": "Surview", "canon": "Scanogram"}[vend], ["CSPINE"], "scout of a cervical spine CT")
        add({"siemens": "C-Spine  1.0  Br64  3", "ge": "1.25mm Bone", "philips": "C-Spine 1mm YB", "canon": "C-Spine 1.0 FC30"}[vend], ["CSPINE"], "cervical spine CT", rng.choice(["CSPINE", "NECK", None]))
        add({"siemens": "C-Spine  2.0  Br64  sag", "ge": "Sag Bone", "philips": "MPR Sagittal", "canon": "Sag MPR"}[vend], ["CSPINE"], "reformat of the C-spine CT", "CSPINE")
        add({"siemens": "Patient Protocol", "ge": "Dose Report", "philips": "Dose Info", "canon": "Dose Summary"}[vend], [], "dose page: empty set", None, SOPClassUID=SOP["SC"])
    if rng.random() < 0.3:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["RDSR"], "Manufacturer": man, "SeriesDescription": "Dose Report"}, [], None, "dose SR: empty set"))
    return exam("trauma", sd, out, bpe_drop=0.25)


def intraop(ctx):
    """C-arm images from theatre: fixation of a fracture."""
    rng = ctx.rng
    carm = ctx.eq["CARM"]
    man, model, mod = {"ziehm": ("Ziehm Imaging GmbH", "Ziehm Vision RFD", "RF"), "oec": ("GE OEC Medical Systems", "OEC 9900 Elite", "RF"),
                       "cios": ("Siemens Healthineers", "Cios Alpha", "XA")}[carm]
    key = rng.choice(["hip", "hip", "ankle", "wrist", "femur", "tibfib", "humerus", "elbow"])
    side = rng.choice("RL")
    lang = ctx.lang
    op = {"sv": ["Genomlysning op {r} {s}", "Op-genomlysning {r} {s}"], "pl": ["Skopia śródoperacyjna {r} {s}", "RTG śródoperacyjne {r} {s}"],
          "tr": ["AMELİYATHANE SKOPİ {SU} {RU}", "İNTRAOPERATİF SKOPİ {SU} {RU}"]}[lang]
    t = rng.choice(op)
    if lang == "pl":
        name, g = NAMES["pl"][key]
        sd = t.format(r=name, s=GSIDES["pl"][g][side][0])
    elif lang == "tr":
        sd = t.format(RU=NAMES["tr"][key][1], SU={"R": "SAĞ", "L": "SOL"}[side])
    else:
        sd = t.format(r=NAMES["sv"][key], s=rng.choice(SIDES["sv"][side]))
    out = []
    for d in rng.sample(["Fluoroscopy", "Saved Image", "Radiography", "Single Shot", "Last Image Hold", "Fluoro Loop"], 2):
        m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d,
             "BodyPartExamined": rng.choice([BPE[key][0], "EXTREMITY", None, None])}
        out.append(ser({k: v for k, v in m.items() if v}, [LIMB[key]], side,
                       f"intra-operative C-arm image whose own name says nothing: {LIMB[key]} from the study, side from the study"))
    if rng.random() < 0.3:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["RDSR"], "Manufacturer": man, "SeriesDescription": "Radiation Dose Report"},
                       [], None, "dose SR: empty set"))
    return exam("upper" if key in UPPER else "lower", sd, out, bpe_drop=0.4)


# ---------------------------------------------------------------- paediatrics
def paeds(ctx):
    rng = ctx.rng
    kind = rng.choice(["chest_paed", "chest_paed", "axr", "babygram", "vcug", "appendix", "appendix_ap", "headus", "renal", "renal", "neckus"])
    sd = sd_of(ctx, kind)
    out = []
    if kind == "chest_paed":
        for d in rng.sample(["Chest AP", "Thorax AP liggende" if ctx.lang == "da" else "Chest AP supine", "Chest PA", "CHEST LAT", "Thorax p.a."], rng.choice([1, 2])):
            out.append(ser(dxm(ctx, d, rng.choice(["CHEST", "CHEST", "THORAX"]), ViewPosition="PA" if "PA" in d or "p.a." in d else "LL" if "LAT" in d else "AP"),
                           ["CHEST"], None, "paediatric chest film"))
    elif kind == "axr":
        for d in rng.sample(["Abdomen AP", "Abdomen supine", "ABDOMEN LEFT LAT DECUB", "Abdomen upright"], rng.choice([1, 2])):
            out.append(ser(dxm(ctx, d, rng.choice(["ABDOMEN", "ABDOMEN", "CHEST"])), ["ABDOMEN", "PELVIS"], None,
                           "plain abdominal film, diaphragm to symphysis like a KUB: abdomen+pelvis"))
    elif kind == "babygram":
        out.append(ser(dxm(ctx, rng.choice(["Thorax/Abdomen AP", "Chest + Abdomen", "Babygram"]), rng.choice(["CHEST", "ABDOMEN", None]), ViewPosition="AP"),
                       ["CHEST", "ABDOMEN", "PELVIS"], None, "neonatal chest and abdomen on one film: chest plus a whole abdominal film"))
    elif kind == "vcug":
        fl = ctx.eq.get("RF", "philips")
        fman = {"siemens": ("Siemens", "Luminos dRF Max"), "philips": ("Philips Medical Systems", "CombiDiagnost R90"),
                "ge": ("GE Healthcare", "Precision 500D")}[fl]
        for d in rng.sample(["Fluoro", "Blase fyldning" if ctx.lang == "da" else "Bladder filling", "Miktion" if ctx.lang in ("da", "sv") else "Voiding",
                             "Nyrer" if ctx.lang == "da" else "Kidneys post void", "Exposure", "LIH"], 2):
            m = {"Modality": "RF", "SOPClassUID": SOP["RF"], "Manufacturer": fman[0], "ManufacturerModelName": fman[1], "SeriesDescription": d,
                 "BodyPartExamined": rng.choice(["ABDOMEN", "BLADDER", "PELVIS", None])}
            if "idney" in d or d == "Nyrer":
                out.append(ser({k: v for k, v in m.items() if v}, ["ABDOMEN"], None, "VCUG film of the kidneys (reflux): abdomen"))
            elif "ladder" in d or "Blase" in d:
                out.append(ser({k: v for k, v in m.items() if v}, ["PELVIS"], None, "VCUG bladder filling view: bladder = pelvis"))
            else:
                out.append(ser({k: v for k, v in m.items() if v}, ["ABDOMEN", "PELVIS"], None,
                               "voiding cystourethrogram run: bladder, urethra and the kidneys for reflux"))
        if rng.random() < 0.4:
            out.append(ser({"Modality": "SR", "SOPClassUID": SOP["RDSR"], "Manufacturer": fman[0], "SeriesDescription": "Dose Report"}, [], None, "dose SR: empty set"))
    elif kind in ("appendix", "appendix_ap", "headus", "renal", "neckus"):
        lab = {"appendix": ["ABDOMEN"], "appendix_ap": ["ABDOMEN", "PELVIS"], "headus": ["HEAD"], "neckus": ["NECK"],
               "renal": ["ABDOMEN", "PELVIS"] if any(w in sd.lower() for w in ("blære", "vessie", "měchýř", "tract")) else ["ABDOMEN"]}[kind]
        bpe = {"appendix": rng.choice(["ABDOMEN", "ABDOMEN", "PELVIS"]), "appendix_ap": "ABDOMEN", "headus": rng.choice(["HEAD", "BRAIN", "ABDOMEN"]),
               "renal": rng.choice(["KIDNEY", "ABDOMEN"]), "neckus": "NECK"}[kind]
        desc = {"appendix": ["", "RLQ", "Appendix", "ABDOMEN"], "appendix_ap": ["", "Abdomen", "ABD PELVIS"], "headus": ["", "Neonatal Head", "Cerebrum"],
                "renal": ["", "Renal", "KIDNEYS"], "neckus": ["", "Neck", "Small Parts"]}[kind]
        out.append(ser(usm(ctx, rng.choice(desc), bpe), lab, None,
                       {"appendix": "appendix ultrasound: right lower quadrant, abdomen", "appendix_ap": "abdominal and pelvic ultrasound",
                        "headus": "cranial ultrasound through the fontanelle: head", "neckus": "neck ultrasound",
                        "renal": "renal ultrasound: " + "+".join(lab)}[kind]))
        if rng.random() < 0.25:
            out.append(ser({"Modality": "SR", "SOPClassUID": SOP["CSR"], "Manufacturer": USV[ctx.pick('US')][0],
                            "SeriesDescription": rng.choice(["US Measurements", "Worksheet", "OB-GYN Report" if False else "Report"])},
                           [], None, "ultrasound measurement SR: no image"))
    return exam("paeds", sd, out, bpe_drop=0.35)


SURVEY = [("Skull AP", ["HEAD"], None, "HEAD"), ("Skull Lat", ["HEAD"], None, "SKULL"), ("Chest AP", ["CHEST"], None, "CHEST"),
          ("Ribs Obl R", ["CHEST"], None, "CHEST"), ("Ribs Obl L", ["CHEST"], None, "CHEST"), ("Abdomen/Pelvis AP", ["ABDOMEN", "PELVIS"], None, "ABDOMEN"),
          ("Spine Lat", SPINE3, None, "SPINE"), ("C-Spine Lat", ["CSPINE"], None, "CSPINE"),
          ("Humerus R", ["ARM"], "R", "ARM"), ("Humerus L", ["ARM"], "L", "ARM"), ("Forearm R", ["FOREARM"], "R", "ARM"),
          ("Forearm L", ["FOREARM"], "L", "ARM"), ("Hand PA R", ["HAND"], "R", "HAND"), ("Hand PA L", ["HAND"], "L", "HAND"),
          ("Femur R", ["THIGH"], "R", "LEG"), ("Femur L", ["THIGH"], "L", "LEG"), ("Tib/Fib R", ["LEG"], "R", "LEG"),
          ("Tib/Fib L", ["LEG"], "L", "LEG"), ("Foot R", ["FOOT"], "R", "FOOT"), ("Foot L", ["FOOT"], "L", "FOOT"),
          ("Knees AP", ["KNEE"], "B", "KNEE"), ("Ankles AP", ["ANKLE"], "B", "ANKLE")]
SURVEY_FR = {"Skull": "Crâne", "Chest": "Thorax", "Ribs": "Côtes", "Abdomen/Pelvis": "Abdomen/Bassin", "Spine": "Rachis",
             "Humerus": "Humérus", "Forearm": "Avant-bras", "Hand": "Main", "Femur": "Fémur", "Tib/Fib": "Jambe", "Foot": "Pied",
             "Knees": "Genoux", "Ankles": "Chevilles", " R": " D", " L": " G", "Lat": "Profil", "C-Spine": "Rachis cervical"}


def paedsmsk(ctx):
    rng = ctx.rng
    kind = rng.choice(["hipus", "hipus", "boneage", "boneage", "survey", "elbowcmp", "xrlimb", "dxa_paed", "wbmr"])
    out = []
    if kind == "hipus":
        sd = sd_of(ctx, "hipus")
        one = rng.random() < 0.3
        if one:  # follow-up of one hip
            side = rng.choice("RL")
            w = {"da": {"R": "hø", "L": "ve"}, "cs": {"R": "vpravo", "L": "vlevo"}, "fr": {"R": "droite", "L": "gauche"},
                 "sv": {"R": "hö", "L": "vä"}, "pl": {"R": "- staw prawy", "L": "- staw lewy"}, "hu": {"R": "jobb", "L": "bal"},
                 "tr": {"R": "SAĞ", "L": "SOL"}}.get(ctx.lang, {"R": "RT", "L": "LT"})[side]
            sd = tidy(f"{sd} {w}")
        descs = ["", "Hip", "HIPS", "Graf", "MSK Infant Hip", "Hip Infant"]
        if one:
            out.append(ser(usm(ctx, rng.choice(descs[:5]), rng.choice(["HIP", "ABDOMEN", "PELVIS", None])), ["HIP"], side,
                           "infant hip ultrasound of one hip, side from the request"))
        elif rng.random() < 0.5:
            out.append(ser(usm(ctx, rng.choice(descs), rng.choice(["HIP", "HIP", "ABDOMEN", None])), ["HIP"], "B",
                           "infant hip ultrasound (Graf), both hips in one series: HIP, laterality B"))
        else:
            for s in "RL":
                d = {"R": rng.choice(["Hip RT", "RT HIP", "Right hip Graf"]), "L": rng.choice(["Hip LT", "LT HIP", "Left hip Graf"])}[s]
                out.append(ser(usm(ctx, d, "HIP"), ["HIP"], s, "one hip of a bilateral infant hip ultrasound, side from the series name"))
        if rng.random() < 0.3:
            out.append(ser({"Modality": "US", "SOPClassUID": SOP["SC"], "Manufacturer": USV[ctx.pick('US')][0],
                            "SeriesDescription": rng.choice(["Worksheet", "Graf Report", "Report Page"])}, [], None,
                           "ultrasound worksheet page with the Graf angles: no anatomy image"))
        return exam("paedsmsk", sd, out, bpe_drop=0.45)
    if kind == "boneage":
        sd = sd_of(ctx, "boneage")
        d = rng.choice(["Hand PA", "BONE AGE", "Left Hand PA", "L HAND PA", "Bone Age L hand", "HAND PA LT"])
        side = "L"
        m = dxm(ctx, d, rng.choice(["HAND", "HAND", "WRIST", None]), ViewPosition="PA")
        if rng.random() < 0.5 or not any(w in d.upper().split() for w in ("LEFT", "L", "LT", "LINKS")):
            m["ImageLaterality"] = "L"
        out.append(ser(m, ["HAND"], side, "bone-age film of the left hand: HAND (the standard left hand-wrist view), L"))
        if rng.random() < 0.3:
            out.append(ser({"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": "Visiana", "ManufacturerModelName": "BoneXpert",
                            "SeriesDescription": "BoneXpert", "ImageType": "DERIVED\\SECONDARY", "ImageLaterality": "L"},
                           ["HAND"], "L", "automated bone-age result image: the analysed left hand shown with its readings"))
        return exam("paedsmsk", sd, out, bpe_drop=0.3)
    if kind == "survey":
        sd = sd_of(ctx, "survey")
        vend = ctx.pick("DX")
        fr = ctx.lang == "fr" and rng.random() < 0.6
        for d, lab, lat, bpe in rng.sample(SURVEY, rng.randint(6, 10)):
            if fr:
                for a, b in SURVEY_FR.items():
                    d = d.replace(a, b)
            m = dxm(ctx, d, bpe if rng.random() < 0.7 else "SKELETON" if False else "WHOLEBODY", vend)
            out.append(ser(m, lab, lat, "skeletal survey film: labelled by the part it shows" + (", side in the name" if lat in ("R", "L") else "")))
        return exam("paedsmsk", sd, out, bpe_drop=0.35)
    if kind == "elbowcmp":
        side = rng.choice("RL")
        other = "L" if side == "R" else "R"
        sd = ctx.limb_study("XR", "elbow", side)
        vend = ctx.pick("DX")
        for v in ["AP", "Lat"]:
            out.append(ser(dx_series(ctx, vend, "elbow", v, side, rng.random() < 0.5, rng.random() < 0.3), ["ELBOW"], side,
                           "injured elbow, side from study or view"))
        m = dx_series(ctx, vend, "elbow", "AP", other, True, True)
        m["SeriesDescription"] = (m["SeriesDescription"] + " " + rng.choice(["comparison", "compare", "jämförelse" if ctx.lang == "sv" else "sammenligning" if ctx.lang == "da" else "srovnání" if ctx.lang == "cs" else "comp"]))[:64]
        out.append(ser(m, ["ELBOW"], other, "comparison view of the healthy elbow: the OTHER side, named in the view and tag"))
        return exam("paedsmsk", sd, out, bpe_drop=0.3)
    if kind == "dxa_paed":
        sd = sd_of(ctx, "dxa_paed")
        out.append(ser(dxa_img(ctx, "Total Body", "WHOLEBODY"), WB, None, "total-body DXA: whole body per spec"))
        out.append(ser(dxa_img(ctx, "AP Spine", "LSPINE"), ["LSPINE"], None, "DXA lumbar spine L1-L4"))
        return exam("paedsmsk", sd, out, bpe_drop=0.5)
    if kind == "wbmr":
        sd = sd_of(ctx, "wbmr")
        vend = ctx.pick("MR")
        man, models = MRV[vend if vend != "esaote" else "siemens"]
        model = rng.choice(models)
        for d in rng.sample(["STIR COR WB", "T1 COR WB", "tirm_cor_wb_comp", "Cor STIR WB Composed", "STIR TRA body"], 2):
            out.append(ser({"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
                            "SeriesDescription": d, "BodyPartExamined": rng.choice(["WHOLEBODY", "CHEST", None])},
                           WB, None, "whole-body MR (CRMO screening): whole body per spec"))
        return exam("paedsmsk", sd, out, bpe_drop=0.3)
    ex = xr_limb(ctx, key=rng.choice(["forearm", "wrist", "elbow", "tibfib", "ankle", "finger", "clavicle", "hand"]), stratum="paedsmsk")
    return ex


# ---------------------------------------------------------------- DXA
def dxa_img(ctx, desc, bpe, **kw):
    vend = ctx.eq.get("DXA", "hologic")
    man, model = {"hologic": ("HOLOGIC", ctx.rng.choice(["Horizon A", "Discovery W"])), "lunar": ("GE Healthcare", ctx.rng.choice(["Lunar iDXA", "Lunar Prodigy"]))}[vend]
    m = {"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc,
         "BodyPartExamined": bpe, "ImageType": "DERIVED\\SECONDARY"}
    m.update(kw)
    return {k: v for k, v in m.items() if v}


def dxa(ctx):
    rng = ctx.rng
    vend = ctx.eq.get("DXA", "hologic")
    sd = sd_of(ctx, "dxa")
    out = []
    if vend == "hologic":
        out.append(ser(dxa_img(ctx, rng.choice(["AP Lumbar Spine", "Spine", "L1-L4"]), "LSPINE"), ["LSPINE"], None, "DXA of L1-L4: lumbar spine"))
        s = rng.choice("RL")
        out.append(ser(dxa_img(ctx, {"R": "Right Hip", "L": "Left Hip"}[s], "HIP", Laterality=s if rng.random() < 0.4 else None), ["HIP"], s,
                       "DXA proximal femur: HIP (convention), side named"))
        if rng.random() < 0.4:
            out.append(ser(dxa_img(ctx, "Dual Hip", "HIP"), ["HIP"], "B", "DXA of both proximal femora: HIP, B"))
        if rng.random() < 0.4:
            out.append(ser(dxa_img(ctx, "Forearm", rng.choice(["ARM", "FOREARM", None]), Laterality="L"), ["FOREARM"], "L",
                           "DXA 1/3 radius of the non-dominant forearm; side only in the tag"))
        if rng.random() < 0.3:
            out.append(ser(dxa_img(ctx, rng.choice(["IVA", "IVA Lateral", "VFA"]), "SPINE"), ["TSPINE", "LSPINE"], None,
                           "vertebral fracture assessment: lateral thoracic and lumbar spine"))
    else:
        out.append(ser(dxa_img(ctx, "AP Spine", "LSPINE"), ["LSPINE"], None, "DXA of the lumbar spine"))
        if rng.random() < 0.5:
            out.append(ser(dxa_img(ctx, "DualFemur", "HIP"), ["HIP"], "B", "DXA of both proximal femora: HIP, B"))
        else:
            s = rng.choice("RL")
            out.append(ser(dxa_img(ctx, {"R": "Right Femur", "L": "Left Femur"}[s], "FEMUR"), ["HIP"], s,
                           "DXA 'femur' is the proximal femur (neck, trochanter): HIP by convention"))
        if rng.random() < 0.3:
            out.append(ser(dxa_img(ctx, "Total Body", "WHOLEBODY"), WB, None, "total-body DXA: whole body"))
        if rng.random() < 0.3:
            s = rng.choice("RL")
            out.append(ser(dxa_img(ctx, {"R": "Right Forearm", "L": "Left Forearm"}[s], "ARM"), ["FOREARM"], s, "DXA forearm"))
    if rng.random() < 0.3:
        out.append(ser({"Modality": "SR", "SOPClassUID": SOP["CSR"], "Manufacturer": out[0]["meta"]["Manufacturer"],
                        "SeriesDescription": rng.choice(["DXA Report", "Bone Density Results", "BMD SR"])}, [], None,
                       "DXA results as structured report: no image, empty set"))
    return exam("dxa", sd, out, bpe_drop=0.4)


# ---------------------------------------------------------------- general outpatient
def general(ctx):
    rng = ctx.rng
    kind = rng.choice(["chest", "chest", "thyroid", "abdus", "headmr", "sinusct", "pelvis_xr", "pelvis_xr", "bonescan", "mammo", "breastus"])
    if kind in ("mammo", "breastus") and ctx.site not in ("uk-opc", "fi-opc", "ro-opc", "ae-sport", "hu-sport"):
        kind = "chest"
    if kind == "bonescan" and ctx.site not in ("se-ortho", "dk-child", "cz-child", "ca-child", "uk-opc", "tr-ortho", "pl-trauma"):
        kind = "pelvis_xr"
    out = []
    if kind == "breastus":
        side = rng.choice("RLB")
        sd = {"en": "US Breast {s}", "fi": "Rintojen UÄ {s}", "ro": "Ecografie san {s}", "ar": "US BREAST {s}", "hu": "Emlő UH {s}"}[ctx.lang]
        w = {"R": {"en": "Right", "fi": "oik", "ro": "drept", "ar": "RT", "hu": "jobb"}, "L": {"en": "Left", "fi": "vas", "ro": "stâng", "ar": "LT", "hu": "bal"},
             "B": {"en": "Bilateral", "fi": "molemmat", "ro": "bilateral", "ar": "BILATERAL", "hu": "kétoldali"}}[side][ctx.lang]
        sd = sd.format(s=w)
        out.append(ser(usm(ctx, rng.choice(["", "Breast", "BREAST"]), rng.choice(["BREAST", None])), ["BREAST"], side, "breast ultrasound, side from the request"))
        return exam("general", sd, out, bpe_drop=0.4)
    sd = sd_of(ctx, kind)
    if kind == "chest":
        for d in rng.sample(["Chest PA", "Chest Lat", "Thorax p.a.", "CHEST PA", "Thorax lat"], 2):
            out.append(ser(dxm(ctx, d, rng.choice(["CHEST", "CHEST", "THORAX"]), ViewPosition="LL" if "at" in d else "PA"), ["CHEST"], None, "chest film"))
    elif kind == "pelvis_xr":
        out.append(ser(dxm(ctx, rng.choice(["Pelvis AP", "PELVIS AP", "Bäcken frontal" if ctx.lang == "sv" else "Pelvis a.p."]),
                           rng.choice(["PELVIS", "PELVIS", "HIP"]), ViewPosition="AP"), ["PELVIS"], None,
                       "AP pelvis film: PELVIS (convention: the hips in the field of a pelvis film are not labelled)"))
    elif kind in ("thyroid", "abdus"):
        lab = {"thyroid": ["NECK"], "abdus": ["ABDOMEN"]}[kind]
        out.append(ser(usm(ctx, rng.choice(["", "Thyroid" if kind == "thyroid" else "Abdomen", "SMALL PARTS" if kind == "thyroid" else "ABD"]),
                           rng.choice(["THYROID", "NECK", None]) if kind == "thyroid" else rng.choice(["ABDOMEN", None])), lab, None,
                       "thyroid ultrasound: NECK" if kind == "thyroid" else "upper abdominal ultrasound"))
    elif kind == "headmr":
        vend = ctx.pick("MR")
        vend = "siemens" if vend == "esaote" else vend
        man, models = MRV[vend]
        model = rng.choice(models)
        for s in {"siemens": ["AAHead_Scout_64ch-head-coil", "t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace_p2"],
                  "ge": ["3-Plane Loc", "Ax T2 FSE", "Ax T2 FLAIR", "Ax DWI 1000b"],
                  "philips": ["SURVEY", "T2W_TSE TRA", "T2W_FLAIR TRA", "DWI_SENSE"]}[vend][: rng.randint(2, 4)]:
            out.append(ser({"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
                            "SeriesDescription": s, "BodyPartExamined": rng.choice(["HEAD", "BRAIN", None])}, ["HEAD"], None, "brain MR sequence"))
        if vend == "siemens" and rng.random() < 0.5:
            out.append(ser({"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
                            "SeriesDescription": "ep2d_diff_3scan_trace_p2_ADC", "ImageType": "DERIVED\\PRIMARY\\DIFFUSION\\ADC\\ND"},
                           ["HEAD"], None, "ADC map derived from the brain diffusion"))
    elif kind == "sinusct":
        vend = ctx.pick("CT")
        man, models = CTV[vend]
        for d in ["Scout" if vend == "ge" else "Topogram  0.6  T20s" if vend == "siemens" else "Surview" if vend == "philips" else "Scanogram",
                  "Sinus 1.0 Hr60" if vend == "siemens" else "Bone 1.25" if vend == "ge" else "Sinus Bone", "Cor Bone"]:
            out.append(ser({"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": man, "ManufacturerModelName": rng.choice(models),
                            "SeriesDescription": d, "BodyPartExamined": rng.choice(["SINUS", "HEAD", None])}, ["HEAD"], None, "sinus CT: HEAD"))
    elif kind == "bonescan":
        man, model = rng.choice([("SIEMENS NM", "Symbia Intevo Bold"), ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670")])
        for d, lab, why in rng.sample([("WB Anterior/Posterior", WB, "whole-body bone scan: whole body per spec"),
                                       ("Whole Body", WB, "whole-body bone scan"), ("Blood pool", ["FOOT"], None),
                                       ("SPECT Pelvis", ["PELVIS"], "SPECT of the pelvis")], 2):
            if lab == ["FOOT"]:
                continue
            out.append(ser({"Modality": "NM", "SOPClassUID": SOP["NM"], "Manufacturer": man, "ManufacturerModelName": model,
                            "SeriesDescription": d, "BodyPartExamined": rng.choice(["WHOLEBODY", "BONE", None])}, lab, None, why))
        if not out:
            out.append(ser({"Modality": "NM", "SOPClassUID": SOP["NM"], "Manufacturer": man, "ManufacturerModelName": model,
                            "SeriesDescription": "WB Anterior/Posterior"}, WB, None, "whole-body bone scan"))
    elif kind == "mammo":
        views = rng.sample([("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")], 2)
        for s, v in views:
            m = {"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": "HOLOGIC, Inc.", "ManufacturerModelName": "Selenia Dimensions",
                 "SeriesDescription": f"{s} {v}", "BodyPartExamined": "BREAST", "ImageLaterality": s, "ViewPosition": v}
            out.append(ser(m, ["BREAST"], s, "one-breast mammographic view, side in tag and name"))
    return exam("general", sd, out, bpe_drop=0.3)


def nm_bone(ctx):
    """Bone scintigraphy: whole body, or three-phase of both feet or legs for a stress injury."""
    rng = ctx.rng
    man, model = rng.choice([("SIEMENS NM", "Symbia Intevo Bold"), ("SIEMENS NM", "Symbia T16"), ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670")])
    base = {"Modality": "NM", "SOPClassUID": SOP["NM"], "Manufacturer": man, "ManufacturerModelName": model}
    out = []
    if rng.random() < 0.55:
        sd = sd_of(ctx, "bonescan")
        for d in rng.sample(["WB Anterior/Posterior", "Whole Body", "WB ANT", "WB POST", "Helkropp ant/post" if ctx.lang == "sv" else "WholeBody_ANT"], 2):
            out.append(ser(dict(base, SeriesDescription=d, BodyPartExamined=rng.choice(["WHOLEBODY", "BONE", None])), WB, None,
                           "whole-body bone scan: whole body per spec"))
        if rng.random() < 0.5:
            out.append(ser(dict(base, SeriesDescription=rng.choice(["Statics Knees", "Spot Knees ANT"]), BodyPartExamined="KNEE"),
                           ["KNEE"], "B", "static views of both knees: KNEE, B"))
    else:
        part = rng.choice(["feet", "legs"])
        sd = {"sv": {"feet": "Skelettscintigrafi trefas fötter", "legs": "Skelettscintigrafi trefas underben"},
              "no": {"feet": "Skjelettscintigrafi 3-fase føtter", "legs": "Skjelettscintigrafi 3-fase legger"},
              "da": {"feet": "Knoglescintigrafi 3-fase fødder", "legs": "Knoglescintigrafi 3-fase underben"},
              "tr": {"feet": "ÜÇ FAZLI KEMİK SİNTİGRAFİSİ (AYAKLAR)", "legs": "ÜÇ FAZLI KEMİK SİNTİGRAFİSİ (BACAKLAR)"},
              "cs": {"feet": "Třífázová scintigrafie skeletu - nohy", "legs": "Třífázová scintigrafie skeletu - bérce"},
              }.get(ctx.lang, {"feet": "NM 3 Phase Bone Scan Feet", "legs": "NM 3 Phase Bone Scan Tib/Fib"})[part]
        lab = ["FOOT"] if part == "feet" else ["LEG"]
        for d in rng.sample(["Flow", "Blood Pool", "Delayed", "Dynamic 1s/fr", "Statics 3h"], 2):
            out.append(ser(dict(base, SeriesDescription=d, BodyPartExamined=rng.choice(["FOOT" if part == "feet" else "LEG", "EXTREMITY", None])),
                           lab, "B", f"three-phase bone scan of both {part}: " + lab[0] + ", B; phase name says nothing of the region"))
    return exam("general", sd, out, bpe_drop=0.3)


def us_msk(ctx):
    rng = ctx.rng
    key = rng.choice(["shoulder", "shoulder", "achilles", "knee", "elbow", "wrist", "hamstring", "calf", "finger", "ankle", "hip"])
    side = rng.choice("RL")
    lang = ctx.study_lang()
    if key == "hamstring":
        sd = {"no": "UL lår/hamstring {s}", "hu": "UH {s} comb izom", "ar": "US THIGH MUSCLE {s}", "fi": "Reiden lihasten UÄ {s}",
              "ro": "Ecografie musculara coapsa {s}"}.get(lang, "US Thigh {s}")
        lab, k2 = ["THIGH"], "femur"
    elif key == "calf":
        sd = {"no": "UL legg (muskel) {s}", "hu": "UH {s} lábszár izom", "ar": "US CALF {s}", "fi": "Pohkeen UÄ {s}",
              "ro": "Ecografie gamba {s}"}.get(lang, "US Calf {s}")
        lab, k2 = ["LEG"], "tibfib"
    else:
        sd, lab, k2 = None, [LIMB[key]], key
    where = rng.choice(["study", "study", "series", "tag"])
    if sd is not None:
        w = rng.choice(SIDES[lang][side]) if lang in SIDES else GSIDES["ro"]["f"][side][0] if lang == "ro" else side_en(rng, side, "short")
        sd = tidy(sd.format(s=w if where != "series" else ""))
    else:
        sd = ctx.limb_study("US", k2, side if where != "series" else None)
    d = rng.choice(["", "MSK", EN[k2] if key not in ("hamstring", "calf") else "Muscle", "Small Parts", "MSK Superficial"])
    if where == "series":
        d = f"{d} {side_en(rng, side, rng.choice(['short', 'long']))}".strip()
    m = usm(ctx, d, rng.choice([BPE[k2][0], "EXTREMITY", None, None]))
    if where == "tag":
        m["Laterality"] = side
    why = {"achilles": "Achilles tendon ultrasound: ANKLE by convention", "hamstring": "hamstring ultrasound: thigh",
           "calf": "calf muscle ultrasound: LEG"}.get(key) or f"{EN[k2].lower()} ultrasound"
    out = [ser(m, lab, side, why + ", side from " + {"study": "the request", "series": "the series name", "tag": "the tag"}[where])]
    if rng.random() < 0.25:
        out.append(ser({"Modality": "US", "SOPClassUID": SOP["SC"], "Manufacturer": m["Manufacturer"], "SeriesDescription": "Report Page"},
                       [], None, "ultrasound report page: no anatomy"))
    return exam("sportsmr" if False else "msk-us", sd, out, bpe_drop=0.45)


# ---------------------------------------------------------------- non-image objects added to any exam
def extras(ctx, ex):
    """Key images, presentation states and scanned requests a PACS keeps beside the images."""
    rng = ctx.rng
    if rng.random() < 0.09:
        ex["series"].append(ser({"Modality": "KO", "SOPClassUID": SOP["KO"], "Manufacturer": rng.choice(["Sectra", "Agfa", "Philips", "GE Healthcare"]),
                                 "SeriesDescription": rng.choice(["Key Images", "KEY OBJECT SELECTION", "Nyckelbilder" if ctx.lang == "sv" else "Key Object"])},
                                [], None, "key-object selection: a list of references, no image"))
    if rng.random() < 0.08:
        ex["series"].append(ser({"Modality": "PR", "SOPClassUID": SOP["PR"], "Manufacturer": rng.choice(["Sectra", "AGFA", "Carestream", "Philips"]),
                                 "SeriesDescription": rng.choice(["Presentation State", "GSPS", "Annotations", "IMPAX GSPS", "Measurements"])},
                                [], None, "presentation state: display settings and marks, no image of its own"))
    if rng.random() < 0.05:
        ex["series"].append(ser({"Modality": rng.choice(["OT", "DOC"]), "SOPClassUID": SOP["PDF"], "Manufacturer": "",
                                 "SeriesDescription": {"sv": "Skannad remiss", "no": "Skannet rekvisisjon", "da": "Scannet henvisning",
                                                       "fi": "Skannattu lähete", "pl": "Skierowanie (skan)", "cs": "Žádanka sken",
                                                       "hu": "Beutaló szkennelt", "ro": "Trimitere scanata", "tr": "TARANMIŞ İSTEM",
                                                       "ar": "Scanned Request", "fr": "Requête numérisée", "en": "Scanned Request Form"}[ctx.lang]},
                                [], None, "scanned paper request: no anatomy"))
    return ex


KINDS = {  # site: weighted exam kinds
    "se-ortho": [(nm_bone, 1), (xr_limb, 8), (xr_compare, 3), (ct_frac, 5), (polytrauma, 3), (intraop, 3), (stitched, 2), (spine, 3), (mr_joint, 2), (dxa, 1), (general, 1)],
    "no-sport": [(nm_bone, 1), (mr_joint, 9), (lambda c: mr_joint(c, arthro=True), 2), (us_msk, 5), (xr_limb, 4), (xr_compare, 2), (stitched, 1), (spine, 1), (dxa, 1), (ct_frac, 1)],
    "dk-child": [(nm_bone, 0.7), (paeds, 7), (paedsmsk, 7), (stitched, 2), (xr_limb, 2), (mr_joint, 1), (general, 1), (polytrauma, 0.5)],
    "fi-opc": [(xr_limb, 5), (mr_joint, 4), (spine, 3), (us_msk, 2), (general, 4), (dxa, 2), (ct_frac, 1), (xr_compare, 1)],
    "pl-trauma": [(xr_limb, 6), (ct_frac, 6), (polytrauma, 4), (intraop, 2), (spine, 3), (mr_joint, 1), (stitched, 1), (general, 1)],
    "cz-child": [(nm_bone, 0.7), (paeds, 6), (paedsmsk, 7), (stitched, 2), (xr_limb, 2), (spine, 1), (mr_joint, 1), (general, 1)],
    "hu-sport": [(mr_joint, 7), (lambda c: mr_joint(c, arthro=True), 3), (us_msk, 4), (xr_limb, 4), (xr_compare, 1), (ct_frac, 1), (spine, 1), (general, 1)],
    "ro-opc": [(mr_joint, 4), (spine, 4), (xr_limb, 4), (general, 5), (dxa, 2), (ct_frac, 1), (us_msk, 2), (stitched, 1)],
    "tr-ortho": [(nm_bone, 1), (xr_limb, 6), (ct_frac, 3), (mr_joint, 3), (stitched, 3), (intraop, 2), (spine, 2), (dxa, 1), (xr_compare, 2), (polytrauma, 1), (general, 1), (paedsmsk, 1)],
    "ae-sport": [(mr_joint, 7), (lambda c: mr_joint(c, arthro=True), 3), (us_msk, 3), (xr_limb, 4), (ct_frac, 1), (dxa, 1), (spine, 1), (general, 1)],
    "ca-child": [(paeds, 6), (paedsmsk, 7), (stitched, 2), (xr_limb, 2), (mr_joint, 1), (general, 1)],
    "uk-opc": [(mr_joint, 5), (xr_limb, 5), (us_msk, 3), (general, 4), (dxa, 2), (spine, 2), (xr_compare, 2), (lambda c: mr_joint(c, arthro=True), 1)],
}


# Words by which a series' own name says its region, and side words, as this generator writes them: a row
# whose own header does not say both leaves its study description in the header (as nearly all do).
OWN_REGION = {"KNEE", "KNEES", "ANKLE", "ANKLES", "FOOT", "FEET", "HIP", "HIPS", "SHOULDER", "ELBOW", "WRIST", "HAND", "HANDS",
              "FINGER", "FOREARM", "HUMERUS", "FEMUR", "TIB", "CLAVICLE", "AC", "SCAPHOID", "PATELLA", "CALCANEUS", "TOE",
              "CHEST", "THORAX", "ABDOMEN", "PELVIS", "HEAD", "SINUS", "SKULL", "BREAST", "CC", "MLO", "AGE", "SPINE", "LEG",
              "CRÂNE", "CÔTES", "RACHIS", "HUMÉRUS", "MAIN", "FÉMUR", "JAMBE", "PIED", "GENOUX", "CHEVILLES", "AVANT",
              "BÄCKEN", "BRAIN", "RIBS", "BONEXPERT"} | {plain(x) for x in PL_NOM.values()} | {
              w.upper() for lang in ("sv", "no", "da") for x in NAMES[lang].values() for w in x.split()}
SIDE_TOKENS = {"R": {"R", "RT", "RIGHT", "HÖ", "HØ", "HØYRE", "HØJRE", "HÖGER", "DX", "DXT", "OIK", "OIKEA", "VPRAVO", "JOBB", "SAĞ", "D", "DROIT", "DROITE"},
               "L": {"L", "LT", "LEFT", "VÄ", "VE", "VENSTRE", "VÄNSTER", "SIN", "VAS", "VASEN", "VLEVO", "BAL", "SOL", "G", "GAUCHE"}}


def words(text):
    import re
    return {w for w in re.split(r"[\W_]+", text.upper()) if w}


def self_sufficient(s):
    m = s["meta"]
    own = words(" ".join(str(m.get(k, "")) for k in ("SeriesDescription", "ProtocolName")))
    if not s["labels"]:
        return True
    if len(s["labels"]) > 1 and not own & {"SPINE", "AGE", "FULL", "WHOLE", "RACHIS"}:
        return False
    if not own & OWN_REGION:
        return False
    if s["lat"] in ("L", "R"):
        return bool({m.get("Laterality"), m.get("ImageLaterality")} & {"L", "R"}) or bool(own & SIDE_TOKENS[s["lat"]])
    return True


def make_rows(seed=SEED):
    rng = random.Random(seed)
    rows = []
    for site in SITES:
        ctx = Ctx(rng, site)
        quota = rng.randint(74, 86)
        n = 0
        kinds, weights = zip(*KINDS[site])
        while n < quota:
            ex = extras(ctx, rng.choices(kinds, weights)[0](ctx))
            series = ex["series"]
            sd = ex["sd"]
            k = min(len(series), rng.choice([1, 1, 1, 2, 2, 3]), quota - n)
            w = [1.0 if s["labels"] else 0.18 for s in series]
            chosen = []
            idx = list(range(len(series)))
            for _ in range(k):
                i = rng.choices(idx, [w[j] for j in idx])[0]
                idx.remove(i)
                chosen.append(i)
            drop_bpe = rng.random() < ex["bpe_drop"] * 0.7
            sd_in_meta = rng.random() < ctx.sd_share
            for i in sorted(chosen):
                s = series[i]
                meta = dict(s["meta"])
                if drop_bpe:
                    meta.pop("BodyPartExamined", None)
                with_study = rng.random() < 0.41
                if sd_in_meta or not (with_study or self_sufficient(s)):
                    meta = {"Modality": meta["Modality"], "StudyDescription": sd, **{a: b for a, b in meta.items() if a != "Modality"}}
                row = {"meta": meta, "labels": s["labels"], "laterality": s["lat"] if s["labels"] else None, "why": s["why"],
                       "group": f"{site}:{ex['stratum'] if s['labels'] else 'no-anatomy'}"}
                if with_study:
                    sibs = []
                    for j, o in enumerate(series):
                        if j == i:
                            continue
                        sm = dict(o["meta"])
                        if drop_bpe:
                            sm.pop("BodyPartExamined", None)
                        sibs.append(sm)
                    row["study"] = {"StudyDescription": sd, "series": sibs}
                rows.append(row)
                n += 1
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in make_rows())


def summary(rows):
    c = Counter()
    print(f"rows {len(rows)}")
    print(f"with study {sum('study' in r for r in rows)}")
    print(f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)}")
    print(f"empty label set {sum(not r['labels'] for r in rows)}")
    for key, f in (("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                   ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))):
        c = Counter(map(f, rows))
        print(key, dict(sorted(c.items(), key=lambda kv: -kv[1])))
    lab = Counter(x for r in rows for x in r["labels"])
    print("labels", dict(sorted(lab.items(), key=lambda kv: -kv[1])))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from the generator's output")
    ap.add_argument("--summary", action="store_true", help="print counts of the generated set")
    a = ap.parse_args(argv)
    text = render()
    if a.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_12.jsonl is up to date" if ok else "clinical_set_12.jsonl differs from the generator's output")
        return 0 if ok else 1
    if a.summary:
        summary([json.loads(x) for x in text.splitlines()])
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
