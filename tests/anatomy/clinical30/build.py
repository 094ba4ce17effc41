"""Writes tests/anatomy/data/clinical_set_30.jsonl: a fortnight of series from hospitals and
outpatient centres around the Mediterranean and the Adriatic (Italy, Greece, Cyprus, Malta,
Croatia, Slovenia, Catalonia and Valencia), labelled blind against the shared anatomy spec (see
README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 30
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_30.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LANGS = ("it", "el", "mt", "hr", "sl", "ca", "es", "en")

# ---------------------------------------------------------------- text as consoles write it

GREEK = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψω",
                 ["A", "V", "G", "D", "E", "Z", "I", "TH", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S", "T", "Y", "F", "CH", "PS", "O",
                  "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
EXTRA_ASCII = {"ħ": "h", "Ħ": "H", "đ": "dj", "Đ": "DJ", "·": ".", "ß": "ss", "ø": "o"}


def strip_accents(text):
    d = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in d if not unicodedata.combining(ch)))


def greeklish(text):
    """Greek as an ASCII-only console or RIS writes it: accents dropped, letters transliterated."""
    t = strip_accents(text)
    for a, b in (("ΟΥ", "OU"), ("Ου", "Ou"), ("ου", "ou")):
        t = t.replace(a, b)
    return "".join(GREEK.get(ch, ch) for ch in t)


def to_ascii(text):
    if any("\u0370" <= ch <= "\u03ff" for ch in text):
        text = greeklish(text)
    text = "".join(EXTRA_ASCII.get(ch, ch) for ch in text)
    return strip_accents(text)


def upper(text):
    """Upper case as RIS print it; Greek capitals lose their accents."""
    u = text.upper()
    if any("\u0370" <= ch <= "\u03ff" for ch in u):
        u = "".join(ch if not ("\u0370" <= ch <= "\u03ff") else strip_accents(ch) for ch in u)
    return u


# ---------------------------------------------------------------- languages
# Side words: by gender (m, f, n) or one word, then abbreviations; B: words for both sides.
SIDE = {
    "it": {"R": ({"m": "destro", "f": "destra", "n": "destro"}, ["dx", "DX", "dx."]),
           "L": ({"m": "sinistro", "f": "sinistra", "n": "sinistro"}, ["sx", "SX", "sin."]),
           "B": (["bilaterale"], ["bil.", "bilat."])},
    "el": {"R": ({"m": "δεξιού", "f": "δεξιάς", "n": "δεξιού"}, ["ΔΕ", "δεξ.", "(ΔΕ)"]),
           "L": ({"m": "αριστερού", "f": "αριστερής", "n": "αριστερού"}, ["ΑΡ", "αρ.", "(ΑΡ)"]),
           "B": (["αμφοτερόπλευρα", "άμφω"], ["ΑΜΦΩ", "αμφ."])},
    "mt": {"R": (["tal-lemin"], ["tal-lemin"]), "L": (["tax-xellug"], ["tax-xellug"]),
           "B": (["fuq iż-żewġ naħat"], ["iż-żewġ naħat"])},
    "hr": {"R": ({"m": "desnog", "f": "desne", "n": "desnog", "adv": "desno"}, ["desno", "DES.", "desno"]),
           "L": ({"m": "lijevog", "f": "lijeve", "n": "lijevog", "adv": "lijevo"}, ["lijevo", "LIJ.", "lijevo"]),
           "B": (["obostrano"], ["obostr.", "obostrano"])},
    "sl": {"R": ({"m": "desnega", "f": "desne", "n": "desnega", "adv": "desno"}, ["desno", "DESNO", "D."]),
           "L": ({"m": "levega", "f": "leve", "n": "levega", "adv": "levo"}, ["levo", "LEVO", "L."]),
           "B": (["obojestransko"], ["obojestr.", "obeh strani"])},
    "ca": {"R": ({"m": "dret", "f": "dreta", "n": "dret"}, ["dta.", "DRET", "dreta"]),
           "L": ({"m": "esquerre", "f": "esquerra", "n": "esquerre"}, ["esq.", "ESQ", "esquerra"]),
           "B": (["bilateral"], ["bilat."])},
    "es": {"R": ({"m": "derecho", "f": "derecha", "n": "derecho"}, ["dcho.", "DCHA", "der."]),
           "L": ({"m": "izquierdo", "f": "izquierda", "n": "izquierdo"}, ["izdo.", "IZDA", "izq."]),
           "B": (["bilateral", "ambos lados"], ["bilat."])},
    "en": {"R": (["Right", "RIGHT"], ["RT", "Rt", "R"]), "L": (["Left", "LEFT"], ["LT", "Lt", "L"]),
           "B": (["Bilateral", "BILATERAL", "Both"], ["BIL", "Bilat"])},
}
# Limb parts: (name as the exam title uses it, gender); the first is the common name, the others
# bones and joints the spec folds into that code. Greek, Croatian and Slovenian titles use the
# genitive; Maltese keeps English for the parts its RIS does not translate.
PART = {
    "it": {"KNEE": ["ginocchio|m"], "SHOULDER": ["spalla|f", "clavicola|f", "articolazione acromion-claveare|f"], "HIP": ["anca|f", "coxo-femorale|f"],
           "ANKLE": ["caviglia|f", "tibio-tarsica|f"], "FOOT": ["piede|m", "calcagno|m", "avampiede|m", "alluce|m"], "HAND": ["mano|f", "dito|m", "pollice|m"],
           "WRIST": ["polso|m", "scafoide|m"], "ELBOW": ["gomito|m"], "FOREARM": ["avambraccio|m"], "ARM": ["braccio|m", "omero|m"],
           "THIGH": ["coscia|f", "femore|m"], "LEG": ["gamba|f", "tibia e perone|f"]},
    "el": {"KNEE": ["γόνατος|n"], "SHOULDER": ["ώμου|m", "κλείδας|f", "ακρωμιοκλειδικής|f"], "HIP": ["ισχίου|n"], "ANKLE": ["ποδοκνημικής|f"],
           "FOOT": ["άκρου ποδός|m", "πτέρνας|f", "δακτύλων ποδός|m"], "HAND": ["άκρας χειρός|f", "δακτύλων χειρός|m"], "WRIST": ["καρπού|m", "σκαφοειδούς|n"],
           "ELBOW": ["αγκώνος|m"], "FOREARM": ["αντιβραχίου|n"], "ARM": ["βραχιονίου|n"], "THIGH": ["μηριαίου|n"], "LEG": ["κνήμης|f"]},
    "mt": {"KNEE": ["irkoppa|f"], "SHOULDER": ["spalla|f"], "HIP": ["Hip|m"], "ANKLE": ["għaksa|f"], "FOOT": ["sieq|f"], "HAND": ["id|f"],
           "WRIST": ["polz|m"], "ELBOW": ["minkeb|m"], "FOREARM": ["Forearm|m"], "ARM": ["Humerus|m"], "THIGH": ["koxxa|f"], "LEG": ["Tib/Fib|m"]},
    "hr": {"KNEE": ["koljena|n"], "SHOULDER": ["ramena|n", "ključne kosti|f", "AC zgloba|m"], "HIP": ["kuka|m"], "ANKLE": ["gležnja|m", "skočnog zgloba|m"],
           "FOOT": ["stopala|n", "petne kosti|f", "prstiju stopala|m"], "HAND": ["šake|f", "prsta šake|m", "palca|m"], "WRIST": ["ručnog zgloba|m", "skafoidne kosti|f"],
           "ELBOW": ["lakta|m"], "FOREARM": ["podlaktice|f"], "ARM": ["nadlaktice|f", "humerusa|m"], "THIGH": ["natkoljenice|f", "bedrene kosti|f"],
           "LEG": ["potkoljenice|f"]},
    "sl": {"KNEE": ["kolena|n"], "SHOULDER": ["rame|f", "ključnice|f", "AC sklepa|m"], "HIP": ["kolka|m"], "ANKLE": ["gležnja|m", "zgornjega skočnega sklepa|m"],
           "FOOT": ["stopala|n", "petnice|f", "prstov noge|m"], "HAND": ["dlani|f", "prsta roke|m", "palca|m"], "WRIST": ["zapestja|n", "čolniča|m"],
           "ELBOW": ["komolca|m"], "FOREARM": ["podlahti|f"], "ARM": ["nadlahti|f", "nadlahtnice|f"], "THIGH": ["stegna|n", "stegnenice|f"],
           "LEG": ["goleni|f"]},
    "ca": {"KNEE": ["genoll|m"], "SHOULDER": ["espatlla|f", "clavícula|f", "articulació acromioclavicular|f"], "HIP": ["maluc|m"], "ANKLE": ["turmell|m"],
           "FOOT": ["peu|m", "calcani|m", "dits del peu|m"], "HAND": ["mà|f", "dit de la mà|m"], "WRIST": ["canell|m", "escafoide|m"], "ELBOW": ["colze|m"],
           "FOREARM": ["avantbraç|m"], "ARM": ["braç|m", "húmer|m"], "THIGH": ["cuixa|f", "fèmur|m"], "LEG": ["cama|f", "tíbia|f"]},
    "es": {"KNEE": ["rodilla|f"], "SHOULDER": ["hombro|m", "clavícula|f", "articulación acromioclavicular|f"], "HIP": ["cadera|f"], "ANKLE": ["tobillo|m"],
           "FOOT": ["pie|m", "calcáneo|m", "dedos del pie|m", "antepié|m"], "HAND": ["mano|f", "dedo de la mano|m"], "WRIST": ["muñeca|f", "escafoides|m"],
           "ELBOW": ["codo|m"], "FOREARM": ["antebrazo|m"], "ARM": ["brazo|m", "húmero|m"], "THIGH": ["muslo|m", "fémur|m"], "LEG": ["pierna|f", "tibia|f"]},
    "en": {"KNEE": ["Knee|m"], "SHOULDER": ["Shoulder|m", "Clavicle|m", "AC Joint|m"], "HIP": ["Hip|m"], "ANKLE": ["Ankle|m"],
           "FOOT": ["Foot|m", "Calcaneum|m", "Toes|m", "Forefoot|m"], "HAND": ["Hand|m", "Finger|m", "Thumb|m"], "WRIST": ["Wrist|m", "Scaphoid|m"],
           "ELBOW": ["Elbow|m"], "FOREARM": ["Forearm|m", "Radius/Ulna|m"], "ARM": ["Humerus|m"], "THIGH": ["Femur|m"], "LEG": ["Tib/Fib|m", "Tibia & Fibula|m"]},
}
# Maltese articles: "tal-irkoppa", "tas-sieq", "tal-id".
MT_ART = {"irkoppa": "tal-irkoppa", "spalla": "tal-ispalla", "għaksa": "tal-għaksa", "sieq": "tas-sieq", "id": "tal-id", "polz": "tal-polz",
          "minkeb": "tal-minkeb", "koxxa": "tal-koxxa"}
# Exam words: MR, plain film, ultrasound, CT.
MODW = {
    "it": (["RM"], ["RX", "Rx"], ["ECO", "Ecografia"], ["TC"]),
    "el": (["ΜΤ", "Μαγνητική τομογραφία", "MRI"], ["Α/Α", "Ακτινογραφία"], ["U/S", "Υπερηχογράφημα"], ["ΑΤ", "Αξονική τομογραφία", "CT"]),
    "mt": (["MRI"], ["X-ray", "XR"], ["Ultrasound", "US"], ["CT"]),
    "hr": (["MR", "MR"], ["RTG", "Rtg"], ["UZV", "UZ"], ["MSCT", "CT"]),
    "sl": (["MR", "MRI"], ["RTG", "Rtg"], ["UZ", "UZ"], ["CT"]),
    "ca": (["RM", "Ressonància magnètica"], ["RX", "Radiografia"], ["Ecografia", "ECO"], ["TC"]),
    "es": (["RM", "Resonancia magnética"], ["RX", "Radiografía"], ["Ecografía", "ECO"], ["TC", "TAC"]),
    "en": (["MRI", "MR"], ["XR", "X-Ray"], ["US", "Ultrasound"], ["CT"]),
}
# X-ray views: AP, lateral, axial, weight-bearing, two views.
VIEWS = {"it": ("AP", "LL", "assiale", "sotto carico", "2P"), "el": ("F", "P", "αξονική", "σε φόρτιση", "F+P"),
         "mt": ("AP", "LAT", "AXIAL", "WEIGHT BEARING", "AP/LAT"), "hr": ("AP", "profil", "aksijalno", "pod opterećenjem", "AP i profil"),
         "sl": ("AP", "stranska", "aksialna", "obremenjeno", "v 2 projekcijah"), "ca": ("AP", "perfil", "axial", "en càrrega", "AP i perfil"),
         "es": ("AP", "lateral", "axial", "en carga", "AP y lateral"), "en": ("AP", "LAT", "AXIAL", "WEIGHT BEARING", "2 views")}

# ---------------------------------------------------------------- exams of the trunk, head and neck
# key: (modality, labels, BodyPartExamined when filled right, coarse or wrong tags consoles send,
#       series kind, titles by language "a|b|c"; a language missing writes English)
EX = {
    # neuro
    "mr_brain": ("MR", ["HEAD"], "HEAD", ["BRAIN", "SKULL"], "brain", {
        "it": "RM encefalo|RM encefalo con mdc|RM ENCEFALO E TRONCO ENCEFALICO", "el": "ΜΤ εγκεφάλου|Μαγνητική τομογραφία εγκεφάλου με σκιαγραφικό",
        "hr": "MR mozga|MR mozga s kontrastom|MR glave", "sl": "MR glave|MRI možganov|MR glave s KS", "ca": "RM cerebral|RM cranial amb contrast",
        "es": "RM cerebral|RM de cráneo con contraste|RMN CEREBRAL", "en": "MRI Brain|MRI Head with contrast", "mt": "MRI tal-moħħ"}),
    "ct_head": ("CT", ["HEAD"], "HEAD", ["BRAIN", "SKULL"], "head", {
        "it": "TC cranio|TC encefalo senza mdc|TC CRANIO URGENTE", "el": "ΑΤ εγκεφάλου|Αξονική τομογραφία κρανίου|ΑΤ εγκεφάλου χωρίς σκιαγραφικό",
        "hr": "MSCT mozga|CT glave nativno|MSCT mozga hitno", "sl": "CT glave|CT možganov brez KS", "ca": "TC cranial|TC de crani sense contrast",
        "es": "TC craneal|TAC de cráneo sin contraste|TC CRANEO URGENTE", "en": "CT Head|CT Brain non contrast", "mt": "CT tar-ras"}),
    "cta_willis": ("CT", ["HEAD"], "HEAD", ["BRAIN", "NECK"], "head", {
        "it": "Angio-TC poligono di Willis", "el": "ΑΤ αγγειογραφία εγκεφάλου", "hr": "CT angiografija mozga", "sl": "CT angiografija možganskih arterij",
        "ca": "Angio-TC del polígon de Willis", "es": "Angio-TC polígono de Willis", "en": "CTA Circle of Willis"}),
    "mr_sella": ("MR", ["HEAD"], "HEAD", ["BRAIN", "SELLA"], "brain", {
        "it": "RM ipofisi|RM sella turcica con mdc", "el": "ΜΤ υπόφυσης", "hr": "MR hipofize", "sl": "MR hipofize", "ca": "RM d'hipòfisi",
        "es": "RM de hipófisis", "en": "MRI Pituitary"}),
    "mr_iac": ("MR", ["HEAD"], "HEAD", ["BRAIN", "IAC", "EAR"], "brain", {
        "it": "RM angoli ponto-cerebellari|RM CONDOTTI UDITIVI INTERNI", "el": "ΜΤ έσω ακουστικών πόρων", "hr": "MR unutarnjih slušnih kanala",
        "sl": "MR notranjih sluhovodov", "ca": "RM de conductes auditius interns", "es": "RM de CAI|RM conductos auditivos internos", "en": "MRI IAMs"}),
    # head and neck
    "ct_sinus": ("CT", ["HEAD"], "HEAD", ["SINUS", "SKULL", "FACE"], "head", {
        "it": "TC seni paranasali|TC MASSICCIO FACCIALE (SENI)", "el": "ΑΤ παραρρινίων κόλπων|ΑΤ ΠΑΡΑΡΡΙΝΙΩΝ", "hr": "MSCT paranazalnih sinusa",
        "sl": "CT obnosnih votlin", "ca": "TC de sins paranasals", "es": "TC senos paranasales|TC de senos", "en": "CT Sinuses"}),
    "ct_temporal": ("CT", ["HEAD"], "HEAD", ["EAR", "SKULL", "IAC"], "head", {
        "it": "TC rocche petrose|TC orecchio medio", "el": "ΑΤ λιθοειδών", "hr": "MSCT temporalnih kostiju", "sl": "CT temporalnih kosti",
        "ca": "TC d'ossos temporals", "es": "TC de peñascos", "en": "CT Temporal Bones"}),
    "mr_orbit": ("MR", ["HEAD"], "HEAD", ["ORBIT", "BRAIN"], "brain", {
        "it": "RM orbite", "el": "ΜΤ κογχών", "hr": "MR orbita", "sl": "MR orbit", "ca": "RM d'òrbites", "es": "RM de órbitas", "en": "MRI Orbits"}),
    "mr_neck": ("MR", ["NECK"], "NECK", ["HEADNECK", "HEAD", "THYROID"], "neck", {
        "it": "RM collo|RM COLLO CON MDC", "el": "ΜΤ τραχήλου", "hr": "MR vrata", "sl": "MR vratu", "ca": "RM de coll", "es": "RM de cuello",
        "en": "MRI Neck Soft Tissue", "mt": "MRI tal-għonq"}),
    "ct_neck": ("CT", ["NECK"], "NECK", ["HEADNECK", "HEAD"], "neck", {
        "it": "TC collo con mdc", "el": "ΑΤ τραχήλου", "hr": "MSCT vrata", "sl": "CT vratu", "ca": "TC de coll", "es": "TC de cuello", "en": "CT Neck", "mt": "CT tal-għonq"}),
    "us_thyroid": ("US", ["NECK"], "NECK", ["THYROID"], "us", {
        "it": "ECO tiroide|Ecografia tiroidea", "el": "U/S θυρεοειδούς|Υπερηχογράφημα θυρεοειδούς", "hr": "UZV štitnjače|UZV stitnjace",
        "sl": "UZ ščitnice", "ca": "Ecografia tiroidal", "es": "Ecografía tiroidea|ECO TIROIDES", "en": "US Thyroid", "mt": "Ultrasound tat-tirojde"}),
    "us_neck": ("US", ["NECK"], "NECK", ["HEADNECK", "THYROID"], "us", {
        "it": "Ecografia collo|ECO linfonodi del collo", "el": "Υπερηχογράφημα τραχήλου", "hr": "UZV vrata", "sl": "UZ vratu", "ca": "Ecografia cervical",
        "es": "Ecografía cervical", "en": "US Neck", "mt": "Ultrasound tal-għonq"}),
    "ct_headneck": ("CT", ["HEAD", "NECK"], "HEADNECK", ["NECK", "HEAD"], "neck", {
        "it": "TC massiccio facciale e collo", "el": "ΑΤ προσωπικού κρανίου-τραχήλου", "hr": "MSCT glave i vrata", "sl": "CT glave in vratu",
        "ca": "TC de cap i coll", "es": "TC cabeza y cuello", "en": "CT Head and Neck Staging"}),
    "ct_neck_chest": ("CT", ["NECK", "CHEST"], "NECK", ["CHEST", "NECK"], "body", {
        "it": "TC collo-torace con mdc", "el": "ΑΤ τραχήλου-θώρακος", "hr": "MSCT vrata i toraksa", "sl": "CT vratu in prsnega koša",
        "ca": "TC coll i tòrax", "es": "TC cuello y tórax", "en": "CT Neck and Chest"}),
    "xr_skull": ("XR", ["HEAD"], "SKULL", ["HEAD"], "xr_head", {
        "it": "RX cranio 2P|RX ossa nasali|RX seni paranasali", "el": "Α/Α κρανίου|Α/Α ρινικών οστών", "hr": "RTG lubanje|RTG paranazalnih sinusa",
        "sl": "RTG lobanje|RTG obnosnih votlin", "ca": "RX crani|RX ossos propis del nas", "es": "RX cráneo|RX huesos propios nasales", "en": "XR Skull|XR Facial Bones", "mt": "X-ray tal-kranju"}),
    # chest
    "xr_chest": ("XR", ["CHEST"], "CHEST", ["LUNG", "THORAX"], "xr_chest", {
        "it": "RX torace|RX TORACE 2P|RX torace PA e LL", "el": "Α/Α θώρακος F+P|Ακτινογραφία θώρακος", "hr": "RTG srca i pluća|RTG toraksa",
        "sl": "RTG p.c.|RTG prsnih organov|RTG pljuč", "ca": "RX tòrax|RX de tòrax PA i perfil", "es": "RX de tórax PA y lateral|RX TORAX",
        "en": "XR Chest PA|CXR", "mt": "X-ray tas-sider"}),
    "ct_chest": ("CT", ["CHEST"], "CHEST", ["LUNG", "THORAX"], "body", {
        "it": "TC torace|TC torace con mdc", "el": "ΑΤ θώρακος|Αξονική τομογραφία θώρακος", "hr": "MSCT toraksa|CT toraksa s kontrastom",
        "sl": "CT prsnega koša", "ca": "TC de tòrax", "es": "TC de tórax|TAC TORAX", "en": "CT Thorax|CT Chest with contrast", "mt": "CT tas-sider"}),
    "hrct": ("CT", ["CHEST"], "CHEST", ["LUNG"], "body", {
        "it": "TC torace HRCT|HRCT polmonare", "el": "HRCT πνευμόνων", "hr": "HRCT pluća", "sl": "HRCT pljuč", "ca": "TC d'alta resolució de tòrax",
        "es": "TCAR de tórax", "en": "HRCT Chest"}),
    "ctpa": ("CT", ["CHEST"], "CHEST", ["LUNG", "THORAX"], "body", {
        "it": "Angio-TC polmonare|ANGIO TC ARTERIE POLMONARI", "el": "ΑΤ αγγειογραφία πνευμονικών αρτηριών", "hr": "CT pulmonalna angiografija",
        "sl": "CT pljučna angiografija", "ca": "Angio-TC pulmonar", "es": "Angio-TC de arterias pulmonares", "en": "CTPA", "mt": "CTPA tal-pulmun"}),
    "xr_ribs": ("XR", ["CHEST"], "RIBS", ["CHEST"], "xr_chest", {
        "it": "RX emicostato dx|RX coste sx|RX sterno", "el": "Α/Α πλευρών δεξιά|Α/Α στέρνου", "hr": "RTG rebara desno|RTG sternuma",
        "sl": "RTG reber levo|RTG prsnice", "ca": "RX graella costal dreta|RX estern", "es": "RX parrilla costal izquierda|RX esternón",
        "en": "XR Ribs Right|XR Sternum"}),
    # cardio
    "ccta": ("CT", ["CHEST"], "HEART", ["CHEST", "CARDIAC"], "cardiac_ct", {
        "it": "Angio-TC coronarica|TC CUORE CALCIUM SCORE", "el": "ΑΤ στεφανιογραφία", "hr": "CT koronarografija", "sl": "CT koronarografija",
        "ca": "Angio-TC coronària", "es": "Angio-TC coronario|TC CARDIACO", "en": "CT Coronary Angiogram|CT Calcium Score", "mt": "CT tal-qalb (koronarji)"}),
    "cmr": ("MR", ["CHEST"], "HEART", ["CHEST", "CARDIAC"], "cardiac", {
        "it": "RM cardiaca|RM CUORE CON MDC", "el": "ΜΤ καρδιάς", "hr": "MR srca", "sl": "MR srca", "ca": "RM cardíaca", "es": "RM cardíaca|CARDIO-RM",
        "en": "Cardiac MRI", "mt": "MRI tal-qalb"}),
    "tavi": ("CT", CAP, "HEART", ["CHEST", "AORTA", "ABDOMEN"], "body", {
        "it": "Angio-TC pre-TAVI|ANGIO TC AORTA E ASSI ILIACO-FEMORALI PRE TAVI", "el": "ΑΤ προ TAVI (αορτή-λαγόνιες)", "hr": "CT TAVI protokol",
        "sl": "CT TAVI", "ca": "Angio-TC planificació TAVI", "es": "Angio-TC planificación TAVI", "en": "CT TAVI planning"}),
    "mpi": ("NM", ["CHEST"], "HEART", ["CHEST"], "nm_spect", {
        "it": "Scintigrafia miocardica perfusionale", "el": "Σπινθηρογράφημα αιμάτωσης μυοκαρδίου", "hr": "Scintigrafija perfuzije miokarda",
        "sl": "Perfuzijska scintigrafija miokarda", "ca": "Gammagrafia de perfusió miocàrdica", "es": "Gammagrafía de perfusión miocárdica|SPECT miocárdico",
        "en": "Myocardial Perfusion SPECT"}),
    # abdomen and pelvis
    "us_abd_up": ("US", ["ABDOMEN"], "ABDOMEN", ["LIVER"], "us", {
        "it": "ECO addome superiore|ECOGRAFIA EPATO-BILIARE", "el": "U/S άνω κοιλίας|Υπερηχογράφημα ήπατος-χοληδόχου", "hr": "UZV gornjeg abdomena",
        "sl": "UZ zgornjega trebuha", "ca": "Ecografia abdominal superior", "es": "Ecografía abdomen superior", "en": "US Upper Abdomen", "mt": "Ultrasound taż-żaqq"}),
    "us_abd_full": ("US", AP_, "ABDOMEN", ["ABDOMEN"], "us", {
        "it": "ECO addome completo", "el": "U/S κοιλίας-πυέλου|Υπερηχογράφημα άνω-κάτω κοιλίας", "hr": "UZV abdomena i zdjelice|UZV cijelog abdomena",
        "sl": "UZ trebuha in medenice", "ca": "Ecografia abdominal completa", "es": "Ecografía abdominal completa", "en": "US Abdomen and Pelvis", "mt": "Ultrasound taż-żaqq u l-pelvi"}),
    "us_kidney": ("US", ["ABDOMEN"], "KIDNEY", ["ABDOMEN"], "us", {
        "it": "ECO reni", "el": "U/S νεφρών", "hr": "UZV bubrega", "sl": "UZ ledvic", "ca": "Ecografia renal", "es": "Ecografía renal", "en": "US Renal", "mt": "Ultrasound tal-kliewi"}),
    "us_pelvis": ("US", ["PELVIS"], "PELVIS", ["ABDOMEN", "UTERUS"], "us", {
        "it": "ECO pelvica transvaginale", "el": "Διακολπικό υπερηχογράφημα", "hr": "UZV male zdjelice", "sl": "UZ medenice transvaginalno",
        "ca": "Ecografia transvaginal", "es": "Ecografía transvaginal", "en": "US Pelvis Transvaginal", "mt": "Ultrasound tal-pelvi"}),
    "us_scrotum": ("US", ["PELVIS"], "SCROTUM", ["PELVIS", "ABDOMEN"], "us", {
        "it": "ECO testicolare|ECOCOLORDOPPLER SCROTALE", "el": "U/S όρχεων", "hr": "UZV testisa", "sl": "UZ mod", "ca": "Ecografia testicular",
        "es": "Ecografía testicular", "en": "US Scrotum"}),
    "ct_ap": ("CT", AP_, "ABDOMEN", ["ABDOMEN", "PELVIS"], "body", {
        "it": "TC addome completo con mdc|TC ADDOME E PELVI", "el": "ΑΤ κοιλίας-πυέλου|ΑΤ ΑΝΩ-ΚΑΤΩ ΚΟΙΛΙΑΣ", "hr": "MSCT abdomena i zdjelice",
        "sl": "CT trebuha in medenice", "ca": "TC abdominopèlvica", "es": "TC abdomen y pelvis|TAC ABDOMINOPELVICO", "en": "CT Abdomen Pelvis", "mt": "CT taż-żaqq u l-pelvi"}),
    "ct_uro": ("CT", AP_, "ABDOMEN", ["KIDNEY", "ABDOMEN"], "body", {
        "it": "Uro-TC|TC apparato urinario", "el": "ΑΤ ουρογραφία", "hr": "CT urografija", "sl": "CT urografija", "ca": "Uro-TC", "es": "Uro-TC",
        "en": "CT Urogram|CT KUB"}),
    "mr_liver": ("MR", ["ABDOMEN"], "ABDOMEN", ["LIVER"], "abd_mr", {
        "it": "RM fegato con mdc epatospecifico|RM ADDOME SUPERIORE", "el": "ΜΤ ήπατος|ΜΤ άνω κοιλίας", "hr": "MR jetre|MR gornjeg abdomena",
        "sl": "MR jeter|MR zgornjega trebuha", "ca": "RM hepàtica", "es": "RM hepática|RM abdomen superior", "en": "MRI Liver"}),
    "mrcp": ("MR", ["ABDOMEN"], "ABDOMEN", ["LIVER", "PANCREAS"], "abd_mr", {
        "it": "Colangio-RM|RM addome superiore e colangio-RM", "el": "ΜΤ χολαγγειογραφία|MRCP", "hr": "MRCP|MR kolangiografija", "sl": "MRCP",
        "ca": "Colangio-RM", "es": "Colangio-RM|COLANGIORRESONANCIA", "en": "MRCP"}),
    "mr_prostate": ("MR", ["PELVIS"], "PROSTATE", ["PELVIS", "ABDOMEN"], "pelvis_mr", {
        "it": "RM prostata multiparametrica", "el": "ΜΤ προστάτη πολυπαραμετρική", "hr": "MR prostate|mpMR prostate", "sl": "MR prostate",
        "ca": "RM de pròstata", "es": "RM de próstata multiparamétrica", "en": "MRI Prostate", "mt": "MRI tal-prostata"}),
    "mr_pelvis": ("MR", ["PELVIS"], "PELVIS", ["ABDOMEN", "UTERUS", "RECTUM"], "pelvis_mr", {
        "it": "RM pelvi|RM RETTO (STADIAZIONE)", "el": "ΜΤ πυέλου|ΜΤ ορθού", "hr": "MR zdjelice|MR rektuma", "sl": "MR medenice|MR danke",
        "ca": "RM pelviana|RM de recte", "es": "RM pélvica|RM de recto", "en": "MRI Pelvis|MRI Rectum staging", "mt": "MRI tal-pelvi"}),
    "mr_entero": ("MR", AP_, "ABDOMEN", ["ABDOMEN", "BOWEL"], "abd_mr", {
        "it": "Entero-RM", "el": "ΜΤ εντερογραφία", "hr": "MR enterografija", "sl": "MR enterografija", "ca": "Entero-RM", "es": "Entero-RM",
        "en": "MR Enterography"}),
    "ct_colono": ("CT", AP_, "ABDOMEN", ["COLON", "ABDOMEN"], "body", {
        "it": "Colonscopia virtuale TC|COLON-TC", "el": "ΑΤ κολονογραφία", "hr": "CT kolonografija", "sl": "CT kolonografija",
        "ca": "Colonografia per TC", "es": "Colonografía por TC|Colonoscopia virtual", "en": "CT Colonography"}),
    "xr_abd": ("XR", AP_, "ABDOMEN", ["ABDOMEN", "KUB"], "xr_abd", {
        "it": "RX addome diretto|RX ADDOME IN ORTOSTASI", "el": "Α/Α κοιλίας|Α/Α ΚΟΙΛΙΑΣ ΟΡΘΙΑ", "hr": "RTG nativ abdomena|Nativna snimka abdomena",
        "sl": "RTG trebuha|Nativni posnetek trebuha", "ca": "RX d'abdomen", "es": "RX abdomen simple|RX ABDOMEN EN BIPEDESTACION", "en": "XR Abdomen|XR KUB", "mt": "X-ray taż-żaqq"}),
    "rf_swallow": ("RF", ["NECK", "CHEST"], "ESOPHAGUS", ["CHEST", "NECK"], "rf", {
        "it": "RX esofago con mdc|RX TUBO DIGERENTE PRIME VIE", "el": "Οισοφαγογράφημα|Γαστρογραφίνη οισοφάγου", "hr": "RTG pasaža jednjaka",
        "sl": "RTG požiralnika", "ca": "Esofagograma", "es": "Esofagograma baritado|TRANSITO ESOFAGICO", "en": "Barium Swallow|Contrast Swallow"}),
    "rf_enema": ("RF", AP_, "COLON", ["ABDOMEN", "PELVIS"], "rf", {
        "it": "Clisma opaco|CLISMA OPACO A DOPPIO CONTRASTO", "el": "Βαριούχος υποκλυσμός", "hr": "Irigografija", "sl": "Irigografija",
        "ca": "Enema opac", "es": "Enema opaco", "en": "Barium Enema"}),
    "rf_hsg": ("RF", ["PELVIS"], "PELVIS", ["ABDOMEN", "UTERUS"], "rf", {
        "it": "Isterosalpingografia", "el": "Υστεροσαλπιγγογραφία", "hr": "Histerosalpingografija", "sl": "Histerosalpingografija",
        "ca": "Histerosalpingografia", "es": "Histerosalpingografía", "en": "Hysterosalpingogram"}),
    # oncology and whole body
    "pet_wb": ("PT", WB, "WHOLEBODY", ["CHEST", "WHOLE BODY", "HEAD", "TORSO"], "pet", {
        "it": "PET/TC total body FDG|PET-TC CON 18F-FDG|PET/TC PSMA", "el": "PET/CT ολόσωμη FDG|ΤΟΜΟΓΡΑΦΙΑ PET/CT", "hr": "PET/CT FDG cijelo tijelo|PET/CT PSMA",
        "sl": "PET/CT celega telesa|PET/CT s 18F-FDG", "ca": "PET-TC cos sencer FDG|PET-TC PSMA", "es": "PET-TC de cuerpo entero FDG|PET-TAC 18F-FDG",
        "en": "PET/CT Whole Body FDG|PET/CT PSMA", "mt": "PET/CT tal-ġisem kollu"}),
    "pet_brain": ("PT", ["HEAD"], "BRAIN", ["HEAD"], "pet_brain", {
        "it": "PET/TC cerebrale FDG", "el": "PET/CT εγκεφάλου", "hr": "PET/CT mozga", "sl": "PET/CT možganov", "ca": "PET-TC cerebral",
        "es": "PET-TC cerebral", "en": "PET/CT Brain FDG"}),
    "ct_cap": ("CT", CAP, "CHEST", ["CHEST", "ABDOMEN", "WHOLEBODY"], "body", {
        "it": "TC torace-addome completo con mdc|TC TORACE ADDOME PELVI", "el": "ΑΤ θώρακος-κοιλίας-πυέλου|ΑΤ ΘΩΡΑΚΟΣ ΑΝΩ ΚΑΤΩ ΚΟΙΛΙΑΣ",
        "hr": "MSCT toraksa, abdomena i zdjelice|MSCT TAZ", "sl": "CT prsnega koša, trebuha in medenice", "ca": "TC toracoabdominopèlvica",
        "es": "TC toracoabdominopélvico|TAC TAP", "en": "CT Chest Abdomen Pelvis|CT TAP staging", "mt": "CT tas-sider, taż-żaqq u l-pelvi"}),
    "ct_ca": ("CT", ["CHEST", "ABDOMEN"], "CHEST", ["CHEST", "ABDOMEN"], "body", {
        "it": "TC torace e addome superiore", "el": "ΑΤ θώρακος-άνω κοιλίας", "hr": "MSCT toraksa i gornjeg abdomena", "sl": "CT prsnega koša in zgornjega trebuha",
        "ca": "TC tòrax i abdomen superior", "es": "TC de tórax y abdomen superior", "en": "CT Chest and Upper Abdomen"}),
    "mr_wb": ("MR", WB, "WHOLEBODY", ["CHEST", "SPINE", "WHOLE BODY"], "wb_mr", {
        "it": "RM total body (mieloma)|RM WHOLE BODY DWI", "el": "ΜΤ ολόσωμη", "hr": "MR cijelog tijela", "sl": "MR celega telesa",
        "ca": "RM de cos sencer", "es": "RM de cuerpo entero", "en": "Whole Body MRI"}),
    "ldct_wb": ("CT", WB, "WHOLEBODY", ["SKELETON", "CHEST"], "body", {
        "it": "TC total body a bassa dose (mieloma)|TC SCHELETRO IN TOTO LOW DOSE", "el": "ΑΤ ολόσωμη χαμηλής δόσης", "hr": "Niskodozni CT cijelog tijela",
        "sl": "Nizkodozni CT celega telesa", "ca": "TC de cos sencer de baixa dosi", "es": "TC corporal total de baja dosis", "en": "Low Dose Whole Body CT"}),
    # nuclear medicine
    "bone_scan": ("NM", WB, "WHOLEBODY", ["SKELETON", "WHOLE BODY", "BONE"], "nm_wb", {
        "it": "Scintigrafia ossea total body|SCINTIGRAFIA SCHELETRICA", "el": "Σπινθηρογράφημα οστών ολόσωμο|ΣΠΙΝΘΗΡΟΓΡΑΦΗΜΑ ΟΣΤΩΝ", "hr": "Scintigrafija skeleta",
        "sl": "Scintigrafija skeleta", "ca": "Gammagrafia òssia", "es": "Gammagrafía ósea de cuerpo entero|GAMMAGRAFIA OSEA", "en": "Bone Scan Whole Body", "mt": "Bone Scan tal-ġisem kollu"}),
    "thyroid_scan": ("NM", ["NECK"], "THYROID", ["NECK", "HEAD"], "nm_static", {
        "it": "Scintigrafia tiroidea", "el": "Σπινθηρογράφημα θυρεοειδούς", "hr": "Scintigrafija štitnjače", "sl": "Scintigrafija ščitnice",
        "ca": "Gammagrafia tiroidal", "es": "Gammagrafía tiroidea", "en": "Thyroid Scintigraphy"}),
    "parathyroid": ("NM", ["NECK"], "NECK", ["THYROID", "CHEST"], "nm_static", {
        "it": "Scintigrafia paratiroidea", "el": "Σπινθηρογράφημα παραθυρεοειδών", "hr": "Scintigrafija paratireoidnih žlijezda", "sl": "Scintigrafija obščitnic",
        "ca": "Gammagrafia de paratiroides", "es": "Gammagrafía de paratiroides", "en": "Parathyroid Scan"}),
    "renal_scan": ("NM", ["ABDOMEN"], "KIDNEY", ["ABDOMEN"], "nm_dyn", {
        "it": "Scintigrafia renale sequenziale|SCINTIGRAFIA RENALE DMSA", "el": "Σπινθηρογράφημα νεφρών DTPA", "hr": "Dinamička scintigrafija bubrega",
        "sl": "Dinamična scintigrafija ledvic", "ca": "Renograma isotòpic", "es": "Renograma isotópico|Gammagrafía renal DMSA", "en": "MAG3 Renogram"}),
    "vq": ("NM", ["CHEST"], "LUNG", ["CHEST"], "nm_static", {
        "it": "Scintigrafia polmonare perfusionale", "el": "Σπινθηρογράφημα αιμάτωσης πνευμόνων", "hr": "V/Q scintigrafija pluća",
        "sl": "Perfuzijska scintigrafija pljuč", "ca": "Gammagrafia pulmonar V/Q", "es": "Gammagrafía pulmonar de V/Q", "en": "Lung V/Q Scan"}),
    "datscan": ("NM", ["HEAD"], "BRAIN", ["HEAD"], "nm_spect", {
        "it": "SPECT cerebrale con DaTSCAN", "el": "Σπινθηρογράφημα DaTSCAN", "hr": "DaTSCAN SPECT mozga", "sl": "DaTSCAN",
        "ca": "SPECT cerebral DaTSCAN", "es": "SPECT cerebral DaTSCAN", "en": "DaTscan SPECT"}),
    # vascular and interventional
    "duplex_carotid": ("US", ["NECK"], "NECK", ["CAROTID", "HEADNECK"], "us", {
        "it": "ECD tronchi sovraortici|ECOCOLORDOPPLER TSA", "el": "Triplex καρωτίδων|Υπερηχογράφημα καρωτίδων", "hr": "Color dopler karotida|CD karotida",
        "sl": "UZ vratnih arterij|Dopler karotid", "ca": "Eco-Doppler de troncs supraaòrtics", "es": "Eco-Doppler de troncos supraaórticos|ECO DOPPLER TSA",
        "en": "Carotid Doppler", "mt": "Doppler tal-karotidi"}),
    "cta_tsa": ("CT", ["HEAD", "NECK"], "NECK", ["HEADNECK", "HEAD", "CAROTID"], "neck", {
        "it": "Angio-TC TSA e intracranica", "el": "ΑΤ αγγειογραφία καρωτίδων-εγκεφάλου", "hr": "CTA karotida i intrakranijalnih arterija",
        "sl": "CTA vratnih in možganskih arterij", "ca": "Angio-TC de TSA i polígon de Willis", "es": "Angio-TC de TSA y polígono de Willis",
        "en": "CTA Carotids and Circle of Willis"}),
    "cta_aorta": ("CT", CAP, "AORTA", ["CHEST", "ABDOMEN"], "body", {
        "it": "Angio-TC aorta toraco-addominale", "el": "ΑΤ αγγειογραφία θωρακοκοιλιακής αορτής", "hr": "CTA torakoabdominalne aorte",
        "sl": "CT angiografija torakoabdominalne aorte", "ca": "Angio-TC d'aorta toracoabdominal", "es": "Angio-TC de aorta toracoabdominal",
        "en": "CTA Thoracoabdominal Aorta"}),
    "evar": ("CT", AP_, "AORTA", ["ABDOMEN"], "body", {
        "it": "Angio-TC aorta addominale (follow-up EVAR)", "el": "ΑΤ αγγειογραφία κοιλιακής αορτής", "hr": "CTA abdominalne aorte (EVAR)",
        "sl": "CTA abdominalne aorte", "ca": "Angio-TC d'aorta abdominal", "es": "Angio-TC de aorta abdominal (control EVAR)", "en": "CTA Abdominal Aorta EVAR"}),
    "dsa_cerebral": ("XA", ["HEAD"], "HEAD", ["BRAIN", "NECK"], "xa", {
        "it": "Angiografia cerebrale|EMBOLIZZAZIONE ANEURISMA CEREBRALE", "el": "Ψηφιακή αγγειογραφία εγκεφάλου", "hr": "DSA cerebralnih arterija",
        "sl": "DSA možganskih arterij", "ca": "Arteriografia cerebral", "es": "Arteriografía cerebral", "en": "Cerebral Angiogram"}),
    "tace": ("XA", ["ABDOMEN"], "LIVER", ["ABDOMEN"], "xa", {
        "it": "Chemioembolizzazione epatica (TACE)", "el": "Χημειοεμβολισμός ήπατος", "hr": "TACE jetre", "sl": "TACE jeter",
        "ca": "Quimioembolització hepàtica", "es": "Quimioembolización hepática", "en": "Hepatic TACE"}),
    # paediatrics
    "us_hips_infant": ("US", ["HIP"], "HIP", ["PELVIS"], "us", {
        "it": "ECO anche neonatali (Graf)|ECOGRAFIA DELLE ANCHE", "el": "U/S ισχίων νεογνού αμφοτερόπλευρα", "hr": "UZV kukova novorođenčeta",
        "sl": "UZ kolkov dojenčka obojestransko", "ca": "Ecografia de malucs del nadó", "es": "Ecografía de caderas del lactante", "en": "US Infant Hips"}),
    "mcug": ("RF", AP_, "BLADDER", ["PELVIS", "ABDOMEN"], "rf", {
        "it": "Cistouretrografia minzionale", "el": "Κυστεοουρηθρογραφία", "hr": "Mikcijska cistouretrografija", "sl": "Mikcijska cistouretrografija",
        "ca": "Cistouretrografia miccional", "es": "Cistouretrografía miccional seriada (CUMS)", "en": "MCUG"}),
    "us_head_neonate": ("US", ["HEAD"], "HEAD", ["BRAIN"], "us", {
        "it": "Ecografia transfontanellare", "el": "Διαπηγαίο υπερηχογράφημα εγκεφάλου", "hr": "UZV mozga kroz fontanelu", "sl": "UZ glave skozi fontanelo",
        "ca": "Ecografia transfontanel·lar", "es": "Ecografía transfontanelar", "en": "Cranial US Neonate"}),
    # dental
    "opg": ("PX", ["HEAD"], "JAW", ["HEAD", "MANDIBLE"], "dental", {
        "it": "Ortopantomografia (OPT)|OPT ARCATE DENTARIE", "el": "Πανοραμική ακτινογραφία|Πανοραμική οδοντιατρική", "hr": "Ortopantomogram|OPG",
        "sl": "Ortopantomogram|OPG", "ca": "Ortopantomografia", "es": "Ortopantomografía", "en": "OPG"}),
    "cbct": ("CT", ["HEAD"], "JAW", ["HEAD", "MAXILLA", "MANDIBLE"], "cbct", {
        "it": "Cone Beam TC arcata inferiore|DENTALSCAN", "el": "Οδοντιατρική CBCT|Αξονική οδοντική (Dentascan)", "hr": "CBCT zubi",
        "sl": "CBCT zob", "ca": "CBCT dental", "es": "TC de haz cónico dental", "en": "CBCT Dental"}),
    "io": ("IO", ["HEAD"], "JAW", ["TOOTH", "HEAD"], "dental", {
        "it": "RX endorale", "el": "Οπισθοφατνιακή ακτινογραφία", "hr": "Intraoralna snimka zuba", "sl": "Intraoralni posnetek", "ca": "RX periapical",
        "es": "RX periapical", "en": "Intraoral Periapical"}),
    "ceph": ("DX", ["HEAD"], "SKULL", ["HEAD", "JAW"], "dental", {
        "it": "Teleradiografia del cranio latero-laterale", "el": "Κεφαλομετρική ακτινογραφία", "hr": "Telerentgen lubanje", "sl": "Telerentgen glave",
        "ca": "Telerradiografia lateral de crani", "es": "Telerradiografía lateral de cráneo", "en": "Lateral Ceph"}),
    # trauma
    "ct_face": ("CT", ["HEAD"], "HEAD", ["FACE", "SKULL"], "head", {
        "it": "TC massiccio facciale", "el": "ΑΤ προσωπικού κρανίου", "hr": "MSCT kostiju lica", "sl": "CT obraznih kosti", "ca": "TC de massís facial",
        "es": "TC macizo facial", "en": "CT Facial Bones"}),
    "xr_pelvis": ("XR", ["PELVIS"], "PELVIS", ["HIP", "ABDOMEN"], "xr_pelvis", {
        "it": "RX bacino|RX BACINO AP", "el": "Α/Α λεκάνης|Α/Α ΛΕΚΑΝΗΣ", "hr": "RTG zdjelice", "sl": "RTG medenice", "ca": "RX pelvis|RX de pelvis AP",
        "es": "RX pelvis AP|RX DE PELVIS", "en": "XR Pelvis", "mt": "X-ray tal-pelvi"}),
}

# ---------------------------------------------------------------- vendors
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola", "MAGNETOM Aera", "MAGNETOM Altea"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva dStream", "Ingenia Elition X"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Pioneer", "SIGNA Artist", "SIGNA Explorer", "Optima MR450w"]),
    "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Galan 3T", "Vantage Elan"]),
    "Esaote": ("Esaote", ["G-scan Brio", "O-scan", "S-scan", "Magnifico Open"]),
    "UIH": ("UIH", ["uMR 570", "uMR 780", "uMR Omega"]),
    "Fujifilm": ("FUJIFILM Healthcare", ["ECHELON Smart", "APERTO Lucent"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM go.Top", "SOMATOM Definition AS+", "SOMATOM Force", "SOMATOM Drive", "SOMATOM X.cite"]),
    "Philips": ("Philips", ["Incisive CT", "Ingenuity CT", "Brilliance 64", "IQon - Spectral CT"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Revolution Apex", "Optima CT660", "BrightSpeed"]),
    "Canon": ("TOSHIBA", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Lightning"]),
    "UIH": ("UIH", ["uCT 760", "uCT 550", "uCT 960+"]),
}
XR_MAKE = {
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Ascend", "DRX-Revolution"]),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Smart X", "FCR Capsula XLII"]),
    "Agfa": ("Agfa", ["DX-D 600", "DR 400", "DX-D 300"]),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "DigitalDiagnost"]),
    "Samsung": ("SAMSUNG ELECTRONICS", ["GC85A", "GM85", "GU60A"]),
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact", "Luminos dRF Max"]),
}
MG_MAKE = {
    "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
    "Siemens": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"]),
    "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality", "FDR MS-3500"]),
    "Giotto": ("I.M.S. GIOTTO S.p.A.", ["GIOTTO CLASS", "GIOTTO TOMO"]),
}
US_MAKE = {
    "Esaote": ("Esaote", ["MyLab 9 eXP", "MyLab X8", "MyLabSeven"]), "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8", "Voluson E8"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]), "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HERA W10", "V8"]),
    "Mindray": ("Mindray", ["Resona 7", "DC-80"]), "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
    "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Redwood"]),
}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo Bold", "Symbia T2"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 860"]),
           "Mediso": ("Mediso", ["AnyScan SCP", "AnyScan TRIO"]), "Philips": ("Philips", ["BrightView XCT"])}
PT_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT Flow"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]),
           "Philips": ("Philips", ["Vereos PET/CT", "Ingenuity TF PET/CT"]), "UIH": ("UIH", ["uMI 550", "uMI 780"])}
XA_MAKE = {"Siemens": ("SIEMENS", ["Artis Q", "ARTIS icono"]), "Philips": ("Philips Medical Systems", ["Azurion 7 M20", "Allura Xper FD20"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Innova IGS 530", "Allia IGS 7"]), "Canon": ("CANON_MEC", ["Alphenix Core+"])}
RF_MAKE = {"Siemens": ("SIEMENS", ["Luminos dRF Max", "Luminos Agile Max"]), "Philips": ("Philips Medical Systems", ["CombiDiagnost R90"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Precision 500D"]), "Canon": ("TOSHIBA", ["Ultimax-i"]), "Samsung": ("SAMSUNG ELECTRONICS", ["GC85A"])}
DENT_MAKE = [("PLANMECA", "ProMax 3D Mid"), ("Carestream Dental", "CS 8100 3D"), ("Sirona", "ORTHOPHOS SL"), ("VATECH", "PaX-i3D Green"),
             ("QR srl", "NewTom GO")]
DXA_MAKE = {"Hologic": ("HOLOGIC", ["Horizon A", "Discovery W"]), "GE": ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy Advance"])}

# ---------------------------------------------------------------- sites
# name: languages with weights, kind, rows, vendors, probability an exam title reaches the
# console in ASCII only, probability it is upper case, strata with weights, RIS code scheme
SITES = {
    "it-pol": dict(langs={"it": 1}, kind="university hospital (policlinico), Italy", n=105,
                   mr="Siemens", ct="Siemens", xr="Carestream", us=["Esaote", "GE"], mg="Hologic", nm="Siemens", pt="Siemens", xa="Siemens", rf="Siemens",
                   dxa="Hologic", ascii=0.3, up=0.5, scheme="99PTV",
                   strata={"msk": 6, "spine": 3, "neuro": 2, "headneck": 2, "chest": 3, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 3, "paeds": 2,
                           "nm": 2, "breast": 2, "trauma": 2, "dxa": 1}),
    "it-cdm": dict(langs={"it": 1}, kind="outpatient centre with extremity MR and dental, Italy", n=78,
                   mr="Esaote", ct="GE", xr="Fujifilm", us=["Esaote", "Samsung"], mg="Giotto", dxa="GE", ascii=0.4, up=0.55, scheme="99CDM",
                   strata={"msk": 9, "spine": 4, "breast": 3, "dental": 4, "dxa": 2, "abdo": 2, "headneck": 1}),
    "gr-uh": dict(langs={"el": 1}, kind="university hospital, Greece", n=98,
                  mr="Philips", ct="Philips", xr="Agfa", us=["Philips", "Samsung"], mg="GE", nm="Mediso", pt="GE", xa="Philips", rf="Philips",
                  dxa="GE", ascii=0.4, up=0.6, scheme="99GRUH",
                  strata={"msk": 6, "spine": 3, "neuro": 2, "headneck": 2, "chest": 3, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 2, "paeds": 2,
                          "nm": 2, "trauma": 2, "breast": 1}),
    "gr-dc": dict(langs={"el": 1}, kind="private diagnostic centre, Greece", n=78,
                  mr="GE", ct="Canon", xr="Samsung", us=["Samsung", "GE"], mg="Hologic", dxa="Hologic", ascii=0.3, up=0.5, scheme="99DIAG",
                  strata={"msk": 7, "spine": 4, "breast": 3, "dxa": 2, "abdo": 2, "chest": 1, "neuro": 2, "dental": 1}),
    "cy-gh": dict(langs={"el": 3, "en": 2}, kind="general hospital, Cyprus", n=68,
                  mr="Siemens", ct="GE", xr="Carestream", us=["GE"], mg="Siemens", nm="GE", rf="GE", dxa="Hologic", ascii=0.3, up=0.5, scheme="99CYGH",
                  strata={"msk": 5, "spine": 2, "neuro": 2, "chest": 2, "abdo": 2, "breast": 2, "trauma": 1, "onc": 1, "nm": 1, "headneck": 1}),
    "mt-mdh": dict(langs={"en": 6, "mt": 4}, kind="acute general hospital, Malta", n=88,
                   mr="Philips", ct="Siemens", xr="Agfa", us=["Philips", "GE"], mg="Hologic", nm="Siemens", pt="Siemens", xa="Philips", rf="Philips",
                   dxa="Hologic", ascii=0.2, up=0.4, scheme="99MDH",
                   strata={"msk": 6, "spine": 2, "neuro": 2, "headneck": 1, "chest": 3, "cardio": 1, "abdo": 3, "onc": 2, "vasc": 2, "paeds": 2,
                           "trauma": 2, "breast": 1, "nm": 1}),
    "hr-kbc": dict(langs={"hr": 1}, kind="clinical hospital centre, Croatia", n=98,
                   mr="Siemens", ct="Canon", xr="Philips", us=["Canon", "GE"], mg="Siemens", nm="Mediso", pt="Siemens", xa="Siemens", rf="Canon",
                   dxa="GE", ascii=0.4, up=0.5, scheme="99KBC",
                   strata={"msk": 6, "spine": 3, "neuro": 2, "headneck": 2, "chest": 3, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 2, "paeds": 2,
                           "nm": 2, "trauma": 2, "breast": 1}),
    "hr-pol": dict(langs={"hr": 1}, kind="polyclinic on the coast, Croatia", n=58,
                   mr="Fujifilm", xr="Samsung", us=["Samsung"], mg="Fujifilm", dxa="Hologic", ascii=0.5, up=0.5, scheme="99POL",
                   strata={"msk": 7, "spine": 3, "breast": 2, "dxa": 1, "abdo": 1, "dental": 1}),
    "si-ukc": dict(langs={"sl": 1}, kind="university medical centre, Slovenia", n=92,
                   mr="GE", ct="GE", xr="Agfa", us=["GE", "Philips"], mg="GE", nm="GE", pt="GE", xa="GE", rf="GE", dxa="GE",
                   ascii=0.35, up=0.45, scheme="99UKC",
                   strata={"msk": 6, "spine": 3, "neuro": 2, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 2, "vasc": 2, "paeds": 2,
                           "nm": 2, "breast": 1, "trauma": 1, "dxa": 1}),
    "es-cat": dict(langs={"ca": 11, "es": 9}, kind="university hospital, Catalonia", n=94,
                   mr="Philips", ct="Canon", xr="Fujifilm", us=["Canon", "Philips"], mg="Fujifilm", nm="Siemens", pt="Philips", xa="Canon", rf="Siemens",
                   dxa="Hologic", ascii=0.35, up=0.45, scheme="99CATS",
                   strata={"msk": 6, "spine": 3, "neuro": 2, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 2, "paeds": 2,
                           "nm": 2, "breast": 2, "trauma": 1, "dxa": 1}),
    "es-val": dict(langs={"es": 7, "ca": 3}, kind="outpatient imaging centre, Valencia", n=70,
                   mr="UIH", ct="UIH", xr="Samsung", us=["Mindray", "Samsung"], mg="Hologic", dxa="GE", ascii=0.45, up=0.6, scheme="99VAL",
                   strata={"msk": 7, "spine": 4, "breast": 3, "abdo": 2, "dxa": 1, "chest": 1, "neuro": 1, "dental": 1}),
}
NOANAT_SHARE = 0.05

# ---------------------------------------------------------------- helpers


class Ctx:
    """One study being written: its site, the language its order is in, and whether the console
    that shows its title writes ASCII only or upper case."""

    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        langs = sorted(self.cfg["langs"])
        self.lang = rng.choices(langs, [self.cfg["langs"][g] for g in langs])[0]
        self.asc = rng.random() < self.cfg["ascii"]
        self.up = rng.random() < self.cfg["up"]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def render(self, text):
        if self.up:
            text = upper(text)
        if self.asc:
            text = to_ascii(text)
        return text

    def vendor(self, kind):
        return self.cfg.get(kind)


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe_apply(cx, meta, good, alt=None, p_missing=0.3, p_alt=0.15):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def title(cx, key):
    t = EX[key][5]
    return cx.c(t.get(cx.lang, t["en"]).split("|"))


def modw(cx, i):
    return cx.c(MODW[cx.lang][i])


# Abbreviations that agree with the noun where the language's RIS abbreviate by gender.
ABBR_G = {"es": {"R": {"m": ["dcho.", "der."], "f": ["dcha.", "DCHA", "der."]}, "L": {"m": ["izdo.", "izq."], "f": ["izda.", "IZDA", "izq."]}},
          "ca": {"R": {"m": ["DRET"], "f": ["dta.", "DTA"]}, "L": {"m": ["esq.", "ESQ"], "f": ["esq.", "ESQ"]}}}


def side_word(cx, lang, s, gender="m", abbr=None):
    full, ab = SIDE[lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        if lang in ABBR_G and s in "LR":
            return cx.c(ABBR_G[lang][s]["f" if gender == "f" else "m"])
        return cx.c(ab)
    if isinstance(full, dict):
        return full[gender]
    return cx.c(full)


def part_name(cx, lang, code, extra=False):
    names = PART[lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, gender = n.partition("|")
    return name, gender or "m"


# ---------------------------------------------------------------- series by modality and vendor
PLANE = {"Siemens": str.lower, "UIH": str.lower, "Philips": str.upper, "Canon": lambda p: {"tra": "AX"}.get(p, p.upper()),
         "Fujifilm": lambda p: {"tra": "AX"}.get(p, p.upper()), "Esaote": lambda p: {"tra": "AX"}.get(p, p.upper()),
         "GE": lambda p: {"tra": "Ax", "cor": "Cor", "sag": "Sag"}.get(p, p)}
MRFMT = {
    "Siemens": {"LOC": "localizer", "T1": "t1_tse_{p}", "T2": "t2_tse_{p}", "PDFS": "pd_tse_fs_{p}", "STIR": "t2_tirm_{p}", "FLAIR": "t2_tirm_{p}_dark-fluid",
                "DWI": "ep2d_diff_{p}", "ADC": "ep2d_diff_{p}_ADC", "T13D": "t1_mprage_sag_p2_iso", "SWI": "t2_swi_tra_p2", "T1C": "t1_mprage_sag_p2_iso_KM",
                "HASTE": "t2_haste_{p}_mbh", "DIXON": "t1_vibe_dixon_tra_W", "DYN": "t1_vibe_fs_tra_dyn", "SUB": "t1_vibe_fs_tra_dyn_SUB",
                "MIP": "MIP_SUB", "MRCP": "t2_space_cor_mrcp", "CINE": "cine_trufi_{p}", "LGE": "tfl_psir_sa", "T1MAP": "MOLLI_T1map_sa",
                "WBDWI": "ep2d_diff_tra_WB_b800", "COMP": "t1_vibe_dixon_cor_W_COMPOSED"},
    "Philips": {"LOC": "Survey", "T1": "T1W_TSE_{p}", "T2": "T2W_TSE_{p}", "PDFS": "PDW_SPAIR_{p}", "STIR": "STIR_{p}", "FLAIR": "3D_FLAIR",
                "DWI": "DWI_{p}", "ADC": "dADC", "T13D": "3D_T1W_TFE", "SWI": "SWIp", "T1C": "T1W_TSE_TRA +C", "HASTE": "sT2W_SSh_{p}",
                "DIXON": "mDIXON_TRA", "DYN": "DYN_eTHRIVE", "SUB": "dDYN_eTHRIVE SUB", "MIP": "MIP", "MRCP": "3D_MRCP", "CINE": "sBTFE_{p}",
                "LGE": "PSIR_SA", "T1MAP": "T1map_MOLLI", "WBDWI": "DWIBS_b800", "COMP": "mDIXON_COR_W MobiView"},
    "GE": {"LOC": "3Pl Loc", "T1": "{p} T1 FSE", "T2": "{p} T2 FRFSE", "PDFS": "{p} PD FS", "STIR": "{p} STIR", "FLAIR": "{p} T2 FLAIR",
           "DWI": "{p} DWI b1000", "ADC": "Apparent Diffusion Coefficient (mm2/s)", "T13D": "Sag 3D BRAVO", "SWI": "Ax SWAN", "T1C": "Ax T1 FLAIR +C",
           "HASTE": "{p} SSFSE", "DIXON": "Ax LAVA-Flex", "DYN": "Ax LAVA MPh", "SUB": "SUB Ax VIBRANT", "MIP": "MIP", "MRCP": "3D MRCP",
           "CINE": "FIESTA CINE {p}", "LGE": "MDE SA", "T1MAP": "T1 Map", "WBDWI": "Ax DWI WB", "COMP": "Cor LAVA-Flex WB Composed"},
    "Canon": {"LOC": "Locator", "T1": "T1 FSE {p}", "T2": "T2 FSE {p}", "PDFS": "PD FS {p}", "STIR": "STIR {p}", "FLAIR": "FLAIR {p}", "DWI": "DWI {p}",
              "ADC": "ADC", "T13D": "3D T1 MPRAGE", "SWI": "SWI", "T1C": "T1 +C AX", "HASTE": "FASE {p}", "DIXON": "WFS AX", "DYN": "DYN 3D",
              "SUB": "SUB DYN", "MIP": "MIP", "MRCP": "MRCP 3D", "CINE": "CINE {p}", "LGE": "LGE SA", "T1MAP": "T1 MAP", "WBDWI": "DWI WB",
              "COMP": "WFS COR WB"},
    "UIH": {"LOC": "localizer", "T1": "t1_fse_{p}", "T2": "t2_fse_{p}", "PDFS": "pd_fse_fs_{p}", "STIR": "t2_stir_{p}", "FLAIR": "t2_flair_{p}",
            "DWI": "dwi_{p}_b1000", "ADC": "ADC", "T13D": "t1_gre_3d_sag_iso", "SWI": "swi_tra", "T1C": "t1_fse_tra+C", "HASTE": "t2_ssfse_{p}",
            "DIXON": "t1_quick3d_dixon_tra", "DYN": "t1_quick3d_dyn", "SUB": "SUB", "MIP": "MIP", "MRCP": "mrcp_3d", "CINE": "cine_{p}",
            "LGE": "psir_sa", "T1MAP": "t1map", "WBDWI": "dwi_wb_b800", "COMP": "dixon_cor_wb_composed"},
    "Fujifilm": {"LOC": "Scanogram", "T1": "T1W SE {p}", "T2": "T2W FSE {p}", "PDFS": "PDW FS {p}", "STIR": "STIR {p}", "FLAIR": "FLAIR {p}",
                 "DWI": "DWI {p}", "ADC": "ADC", "T13D": "3D T1 RSSG", "SWI": "SWI", "T1C": "T1W +C", "HASTE": "SSFSE {p}", "DIXON": "FatSep AX",
                 "DYN": "DYN", "SUB": "SUB", "MIP": "MIP", "MRCP": "MRCP", "CINE": "CINE {p}", "LGE": "LGE", "T1MAP": "T1MAP", "WBDWI": "DWI WB",
                 "COMP": "STIR COR WB"},
    "Esaote": {"LOC": "Scout", "T1": "SE T1 {p}", "T2": "TSE T2 {p}", "PDFS": "FSE PD FS {p}", "STIR": "STIR {p}", "FLAIR": "STIR {p}", "DWI": "SE T1 {p}",
               "ADC": "SE T1 {p}", "T13D": "GE 3D T1", "SWI": "GE T2*", "T1C": "SE T1 {p}", "HASTE": "TSE T2 {p}", "DIXON": "SE T1 {p}", "DYN": "GE 3D T1",
               "SUB": "GE 3D T1", "MIP": "GE 3D T1", "MRCP": "TSE T2 {p}", "CINE": "GE 3D T1", "LGE": "GE 3D T1", "T1MAP": "SE T1 {p}", "WBDWI": "STIR {p}",
               "COMP": "STIR {p}"},
}
SIEM_SEQ = {"T1": "*tse2d1_3", "T2": "*tse2d1_15", "PDFS": "*tse2d1_5", "STIR": "*tir2d1_11", "FLAIR": "*tir2d1_21", "DWI": "*ep_b0_1000",
            "T13D": "*tfl3d1_16ns", "LOC": "*fl2d1", "HASTE": "*h2d1_256", "DYN": "*fl3d1", "DIXON": "*fl3d2", "CINE": "*tfi2d1_25", "LGE": "*tfl2d1r"}
SCAN = {"T1": "SE", "T2": "SE", "PDFS": "SE", "HASTE": "SE", "STIR": "SE\\IR", "FLAIR": "SE\\IR", "DWI": "EP", "ADC": "EP", "WBDWI": "EP", "MRCP": "SE"}
MRKIND = {
    "brain": [("LOC", None), ("T2", "tra"), ("FLAIR", "tra"), ("DWI", "tra"), ("ADC", "tra"), ("T13D", None), ("SWI", None), ("T1C", None)],
    "neck": [("LOC", None), ("T2", "tra"), ("T1", "cor"), ("STIR", "cor"), ("DWI", "tra"), ("T1C", None)],
    "abd_mr": [("LOC", None), ("HASTE", "cor"), ("T2", "tra"), ("DWI", "tra"), ("ADC", "tra"), ("DIXON", None), ("DYN", None), ("MRCP", None)],
    "pelvis_mr": [("LOC", None), ("T2", "sag"), ("T2", "tra"), ("T2", "cor"), ("DWI", "tra"), ("ADC", "tra"), ("DYN", None)],
    "cardiac": [("LOC", None), ("CINE", "4ch"), ("CINE", "sa"), ("CINE", "3ch"), ("LGE", None), ("T1MAP", None)],
    "wb_mr": [("LOC", None), ("WBDWI", None), ("COMP", None), ("STIR", "cor"), ("T1", "sag")],
    "spine": [("LOC", None), ("T2", "sag"), ("T1", "sag"), ("T2", "tra"), ("STIR", "sag")],
    "msk": [("LOC", None), ("PDFS", "cor"), ("PDFS", "sag"), ("PDFS", "tra"), ("T1", "cor"), ("T2", "sag")],
    "breast": [("LOC", None), ("T2", "tra"), ("DYN", None), ("SUB", None), ("DWI", "tra"), ("MIP", None)],
}


def mr_vendor(cx, kind):
    v = cx.vendor("mr")
    if v == "Esaote" and kind not in ("msk", "spine"):
        v = cx.cfg.get("mr2", "GE")   # the centre's closed-bore scanner does what the extremity MR cannot
    return v


def mr_series(cx, kind, labels, lat, why, bp, alt, n=None, protocol=None):
    v = mr_vendor(cx, kind)
    toks = MRKIND[kind]
    picked = [toks[0]] + cx.rng.sample(toks[1:], min(len(toks) - 1, n or cx.c([3, 4, 5])))
    ser = []
    for tok, pl in picked:
        d = MRFMT[v][tok].replace("{p}", PLANE[v](pl) if pl else "")
        if v == "Siemens" and pl in ("4ch", "sa", "3ch"):
            d = d.replace("{p}", pl)
        m = {"Modality": "MR", "Manufacturer": MR_MAKE[v][0], "ManufacturerModelName": cx.c(MR_MAKE[v][1]), "SeriesDescription": d.strip()}
        if v == "Siemens" and tok in SIEM_SEQ:
            m["SequenceName"] = SIEM_SEQ[tok]
        if cx.p(0.7):
            m["ScanningSequence"] = SCAN.get(tok, "GR")
        if tok in ("ADC", "SUB", "MIP", "COMP"):
            m["ImageType"] = "DERIVED\\PRIMARY\\" + {"ADC": "ADC", "SUB": "SUBTRACT", "MIP": "MIP", "COMP": "COMPOSED"}[tok]
        if protocol and cx.p(0.55):
            m["ProtocolName"] = protocol
        bpe_apply(cx, m, bp, alt)
        w = why + ("; localizer of the exam" if tok == "LOC" else "; series named by sequence only")
        ser.append(S(m, labels, lat, w))
    return ser


CT_REGION = {"head": ("Head", "Hr38", "H31s"), "neck": ("Neck", "Br36", "Br40"), "chest": ("Thorax", "Br40", "Bl57"), "abd": ("Abdomen", "Br40", "Br36"),
             "cap": ("Body", "Br40", "Bl57"), "wb": ("WholeBody", "Br38", "Br60"), "cardiac": ("Cardio", "Bv40", "Bv44"), "spine": ("Spine", "Br40", "Br64"),
             "ext": ("Extremity", "Br54", "Br64")}


def ct_region(labels):
    s = set(labels)
    if s >= {"HEAD", "NECK", "CHEST", "ABDOMEN"}:
        return "wb"
    if s & {"CHEST"} and s & {"ABDOMEN", "PELVIS"}:
        return "cap"
    if s & {"ABDOMEN", "PELVIS"}:
        return "abd"
    if "CHEST" in s:
        return "chest"
    if "NECK" in s:
        return "neck"
    if "HEAD" in s:
        return "head"
    if s & {"CSPINE", "TSPINE", "LSPINE"}:
        return "spine"
    return "ext"


def ct_series(cx, labels, lat, why, bp, alt, contrast=False, region=None, cardiac=False):
    v = cx.vendor("ct") or "GE"
    make = CT_MAKE[v]
    region = region or ("cardiac" if cardiac else ct_region(labels))
    word, k1, k2 = CT_REGION[region]
    lung = region in ("chest", "cap", "wb")
    bone = region in ("spine", "ext", "head")

    def meta(desc, kernel=None, thick=None, it="ORIGINAL\\PRIMARY\\AXIAL"):
        m = {"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc, "ImageType": it}
        if kernel:
            m["ConvolutionKernel"] = kernel
        if thick:
            m["SliceThickness"] = thick
        if contrast and it.endswith("AXIAL"):
            m["ContrastBolusAgent"] = cx.c(["Iomeron 350", "Omnipaque 350", "Visipaque 320", "Ultravist 370", "Optiray 350", "IOPAMIRO 370"])
        return m

    if v == "Siemens":
        scout = "Topogram  0.6  T20f"
        recons = [(f"{word}  3.0  {k1}  3", k1, "3"), (f"{word}  1.0  {k2}  3", k2, "1"), (f"{word} cor  3.0  {k1}", k1, "3")]
        if lung:
            recons.append((f"{word}  1.0  Bl57  3 Lung", "Bl57", "1"))
    elif v == "GE":
        scout = "Scout"
        recons = [("5mm STND", "STANDARD", "5"), ("1.25mm BONE" if bone else "1.25mm STND", "BONE" if bone else "STANDARD", "1.25"),
                  (cx.c(["COR 3MM", "SAG 3MM", "Recon 3"]), "STANDARD", "3")]
        if lung:
            recons.append(("Lung 1.25", "LUNG", "1.25"))
    elif v == "Canon":
        scout = "Scanogram"
        vol = cx.c(["Head 0.5", "AiCE Head 0.5", "Vol 0.5"]) if region in ("head", "neck") else cx.c(["Vol 0.5", "Bone 0.5", "Vol 1.0"]) if bone else \
            cx.c(["Vol 0.5", "AiCE Body 1.0", "Body 1.0 CE"])
        recons = [("AXIAL 5.0", "FC18" if not bone else "FC30", "5"), (vol, "FC26" if region in ("head", "neck") else "FC08", "1"),
                  (cx.c(["COR 3.0", "SAG 3.0"]), "FC08", "3")]
        if lung:
            recons.append(("LUNG 1.0", "FC52", "1"))
    elif v == "Philips":
        scout = "Surview"
        recons = [("iDose 4 Standard(B)", "B", "2"), ("iDose 4 Bone(D)" if bone else "iDose 4 Soft(A)", "D" if bone else "A", "1"), ("Coronal", "B", "3")]
        if lung:
            recons.append(("iDose 4 Lung(L)", "L", "1"))
    else:  # United Imaging
        scout = "Topo"
        recons = [("Axial 5.0mm B_SOFT_B", "B_SOFT_B", "5"), ("Axial 1.0mm B_SHARP_C" if bone else "Axial 1.0mm B_SOFT_B", "B_SHARP_C" if bone else "B_SOFT_B", "1"),
                  ("MPR Cor 3.0mm", "B_SOFT_B", "3")]
        if lung:
            recons.append(("Axial 1.0mm B_LUNG_B", "B_LUNG_B", "1"))
    ser = []
    m = meta(scout, it="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe_apply(cx, m, bp, alt)
    ser.append(S(m, labels, lat, why + "; scout of the exam"))
    for d, k, t in recons:
        m = meta(d, k, t, it="DERIVED\\SECONDARY\\REFORMATTED" if d.upper().startswith(("COR", "SAG", "MPR")) or " cor " in d else "ORIGINAL\\PRIMARY\\AXIAL")
        bpe_apply(cx, m, bp, alt)
        ser.append(S(m, labels, lat, why))
    dose = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Canon": "Dose Info", "Philips": "Dose Report", "UIH": "Dose Report"}[v]
    ser.append(S({"Modality": "SR" if v in ("GE", "UIH") and cx.p(0.5) else "CT", "Manufacturer": make[0], "SeriesDescription": dose,
                  "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page: no anatomy", img=False))
    return ser


def us_series(cx, labels, lat, why, bp, alt, descs=None):
    v = cx.c(cx.cfg["us"])
    make = US_MAKE[v]
    ser = []
    for _ in range(cx.c([1, 1, 2, 3])):
        m = {"Modality": "US", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1])}
        if descs and cx.p(0.5):
            m["SeriesDescription"] = cx.c(descs)
        bpe_apply(cx, m, bp, alt, p_missing=0.45)
        ser.append(S(m, labels, lat, why))
    return ser


def xr_meta(cx, desc, view=None, **kw):
    make, models = XR_MAKE[cx.vendor("xr")]
    mod = "CR" if "Capsula" in (model := cx.c(models)) else "DX"
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m

XR_AX = {"xr_head": [("SKULL PA", "PA"), ("SKULL LAT", "LL"), ("Waters", "PA")], "xr_chest": [("CHEST PA", "PA"), ("CHEST LAT", "LL"), ("Thorax AP", "AP")],
         "xr_abd": [("ABDOMEN AP", "AP"), ("Abdomen", "AP"), ("ABDOMEN ERECT", "AP")], "xr_pelvis": [("PELVIS AP", "AP"), ("Pelvis", "AP")]}
NM_SER = {"nm_wb": ["WB Anterior", "WB Posterior", "WholeBody ANT", "WholeBody POST", "Spot Torace ANT"],
          "nm_static": ["ANT", "Pinhole ANT", "Static 10 min", "Planar 15min", "Early ANT", "Late ANT"],
          "nm_dyn": ["Dynamic 1s", "Renogram POST", "Post Void", "Dinamica"],
          "nm_spect": ["SPECT Stress", "SPECT Rest", "Recon - AC", "SA Stress", "Tomo IRAC"]}


def axial(cx, key, why=None):
    """A study of one exam of the trunk, head or neck: its title and its series."""
    mod, labels, bp, alt, kind, _t = EX[key]
    sd = cx.render(title(cx, key))
    why = why or f"{key.replace('_', ' ')}: {'+'.join(labels) or 'none'}"
    lat = "B" if key == "us_hips_infant" else None
    contrast = "+C" in sd or "mdc" in sd.lower() or "contrast" in sd.lower() or key.startswith("ct") or "angio" in sd.lower()
    if mod == "MR":
        return sd, mr_series(cx, kind, labels, lat, why, bp, alt)
    if mod == "CT" and kind == "cbct":
        make = cx.c(DENT_MAKE)
        ser = []
        for d in ["CBCT", "Volume 0.2mm", "Panoramic reconstruction", "Cross sections"]:
            m = {"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, None, "cone-beam CT of the jaws: head"))
        return sd, ser
    if mod == "CT":
        return sd, ct_series(cx, labels, lat, why, bp, alt, contrast=contrast and key not in ("ct_head", "ct_sinus", "ct_temporal", "ct_face", "ldct_wb", "ct_uro"),
                             cardiac=kind == "cardiac_ct")
    if mod == "US":
        descs = {"us_thyroid": ["Tiroide", "Thyroid", "THY"], "duplex_carotid": ["Carotid", "ACC dx", "ICA"], "us_hips_infant": ["Hip Graf", "ANCA DX", "ANCA SX"]}.get(key)
        if key == "us_hips_infant":
            descs = ["Hips Graf", "Graf"]
        if key == "duplex_carotid":
            descs = ["Carotid", "Vascular", "TSA"]
        return sd, us_series(cx, labels, lat, why, bp, alt, descs)
    if mod == "XR":
        ser = []
        for d, vp in cx.rng.sample(XR_AX[kind], min(2, len(XR_AX[kind]))):
            m = xr_meta(cx, d if cx.p(0.7) else d.title(), vp)
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, None, why))
        return sd, ser
    if mod == "RF":
        make = RF_MAKE[cx.vendor("rf") or "Siemens"]
        ser = []
        for d in cx.rng.sample(["Fluoro", "Spot", "Serie 1", "Last Image Hold", "Fluoro Store", "Esame"], 3):
            m = {"Modality": "RF", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": d}
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, None, why + "; fluoroscopy of the exam"))
        return sd, ser
    if mod == "XA":
        make = XA_MAKE[cx.vendor("xa") or "Siemens"]
        ser = []
        for d in cx.rng.sample(["DSA 2F/s", "Roadmap", "Fluoro Store", "3D Rotational", "DSA run", "Native"], 3):
            m = {"Modality": "XA", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": d}
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, None, why + "; angiographic run"))
        ser.append(S({"Modality": "SR", "Manufacturer": make[0], "SeriesDescription": "X-Ray Radiation Dose SR",
                      "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"}, [], None, "dose report", img=False))
        return sd, ser
    if mod == "PT":
        v = cx.vendor("pt") or "Siemens"
        pm = PT_MAKE[v]
        cm = CT_MAKE.get(v, CT_MAKE["Siemens"])
        ser = []
        names = ["PET WB AC", "PET WB NAC", "MIP", "PET AC 3D"] if kind == "pet" else ["PET Brain AC", "PET Brain 3D"]
        for d in names[:cx.c([2, 3, 4])]:
            m = {"Modality": "PT", "Manufacturer": pm[0], "ManufacturerModelName": pm[1][0], "SeriesDescription": d,
                 "ImageType": "ORIGINAL\\PRIMARY" if d != "MIP" else "DERIVED\\SECONDARY\\MIP"}
            bpe_apply(cx, m, bp, alt, p_alt=0.35)
            ser.append(S(m, labels, None, why))
        for d in (["CT AC 3mm", "CT WB 5mm", "Topogram"] if kind == "pet" else ["CT Brain AC", "Topogram"]):
            m = {"Modality": "CT", "Manufacturer": cm[0], "ManufacturerModelName": pm[1][0], "SeriesDescription": d}
            bpe_apply(cx, m, bp, alt, p_alt=0.35)
            ser.append(S(m, labels, None, why + "; CT of the PET/CT"))
        ser.append(S({"Modality": "CT", "Manufacturer": cm[0], "SeriesDescription": "Dose Report", "ImageType": "DERIVED\\SECONDARY\\OTHER"},
                     [], None, "dose page", img=False))
        return sd, ser
    if mod == "NM":
        nm = NM_MAKE[cx.vendor("nm") or "Siemens"]
        ser = []
        for d in cx.rng.sample(NM_SER[kind], min(3, len(NM_SER[kind]))):
            m = {"Modality": "NM", "Manufacturer": nm[0], "ManufacturerModelName": cx.c(nm[1]), "SeriesDescription": d}
            bpe_apply(cx, m, bp, alt, p_alt=0.25)
            ser.append(S(m, labels, None, why))
        return sd, ser
    # dental PX / IO / cephalometric DX
    make = cx.c(DENT_MAKE)
    ser = []
    descs = {"opg": ["Panoramic", "PAN Standard", "OPT"], "io": ["Periapical", "Bitewing", "IO 3.6"], "ceph": ["Ceph LAT", "Cefalometrica"]}[key]
    for d in cx.rng.sample(descs, min(2, len(descs))):
        m = {"Modality": mod, "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}
        bpe_apply(cx, m, bp, alt)
        ser.append(S(m, labels, None, "dental image: head"))
    return sd, ser

# ---------------------------------------------------------------- limbs
LIMB_BP = {"KNEE": ("KNEE", ["LEG", "EXTREMITY", "LOWER LIMB"]), "SHOULDER": ("SHOULDER", ["EXTREMITY", "UPPER LIMB", "ARM", "CHEST"]),
           "ANKLE": ("ANKLE", ["FOOT", "EXTREMITY", "LEG"]), "HIP": ("HIP", ["PELVIS", "LOWER LIMB"]), "WRIST": ("WRIST", ["HAND", "EXTREMITY", "FOREARM"]),
           "FOOT": ("FOOT", ["ANKLE", "EXTREMITY"]), "ELBOW": ("ELBOW", ["ARM", "EXTREMITY"]), "HAND": ("HAND", ["WRIST", "EXTREMITY", "FINGER"]),
           "THIGH": ("FEMUR", ["LEG", "HIP", "THIGH"]), "LEG": ("TIBIA", ["LEG", "KNEE", "ANKLE"]), "FOREARM": ("FOREARM", ["ARM", "WRIST"]),
           "ARM": ("HUMERUS", ["ARM", "SHOULDER", "UPPER LIMB"])}
EN_PART = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "ANKLE": "ANKLE", "HIP": "HIP", "WRIST": "WRIST", "FOOT": "FOOT", "ELBOW": "ELBOW", "HAND": "HAND",
           "THIGH": "FEMUR", "LEG": "TIB FIB", "FOREARM": "FOREARM", "ARM": "HUMERUS"}
CONJ = {"it": "e", "el": "και", "mt": "u", "hr": "i", "sl": "in", "ca": "i", "es": "y", "en": "and"}


def limb_phrase(cx, lang, mw, names, s, gender, tail=""):
    """An exam title naming limb parts and a side the way the site's RIS writes it."""
    name = f" {CONJ[lang]} ".join(names)
    if lang == "mt":
        mt = [MT_ART.get(n) for n in names]
        if all(mt):
            name = f" {CONJ[lang]} ".join(mt)
            return f"{mw} {name} {side_word(cx, 'mt', s)}{tail}"
        lang = "en"
        s_w = side_word(cx, "en", s)
        return cx.c([f"{mw} {name} {s_w}{tail}", f"{mw} {s_w} {name}{tail}"])
    if lang in ("hr", "sl"):
        full, ab = SIDE[lang][s] if s != "B" else (None, None)
        if s == "B":
            return f"{mw} {name} {side_word(cx, lang, 'B')}{tail}"
        r = cx.rng.random()
        if r < 0.4:
            return f"{mw} {name} {full['adv']}{tail}"
        if r < 0.75:
            return f"{mw} {full[gender]} {name}{tail}"
        return f"{mw} {name} {cx.c(ab)}{tail}"
    sw = side_word(cx, lang, s, gender)
    if lang == "el" and s != "B" and cx.p(0.25):
        return f"{mw} {name}{tail} {cx.c(SIDE['el'][s][1])}"
    if lang == "en":
        return cx.c([f"{mw} {name} {sw}{tail}", f"{mw} {sw} {name}{tail}"])
    if lang in ("ca", "es") and cx.p(0.3):
        return f"{mw} de {name} {sw}{tail}"
    return f"{mw} {name} {sw}{tail}"


LIMB_PICK_MR = ["KNEE"] * 7 + ["SHOULDER"] * 5 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 3 + ["FOOT"] * 2 + ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM"]
LIMB_PICK_XR = (["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 4 + ["SHOULDER"] * 3 + ["HIP"] * 2 + ["ELBOW"] * 2 +
                ["FOREARM", "LEG", "THIGH", "ARM"])
PROTO = {"Siemens": lambda c: c.lower(), "Philips": lambda c: c.capitalize() + " SENSE", "GE": lambda c: f"{c} ROUTINE", "Canon": lambda c: c,
         "UIH": lambda c: f"{c.lower()}_routine", "Fujifilm": lambda c: c.capitalize(), "Esaote": None}


def msk_mr(cx, code=None, side=None):
    lang = cx.lang
    code = code or cx.c(LIMB_PICK_MR)
    side = side or cx.c("LLLRRRB" if code == "HIP" else "LLLLRRRR")
    name, g = part_name(cx, lang, code, extra=cx.p(0.2))
    mw = modw(cx, 0)
    if side == "B":
        hips = {"it": "anche", "el": "ισχίων", "mt": "Hips", "hr": "kukova", "sl": "kolkov", "ca": "malucs", "es": "caderas", "en": "Hips"}[lang]
        sd = cx.render(cx.c([f"{mw} {hips}", f"{mw} {hips} {side_word(cx, lang if lang != 'mt' else 'en', 'B')}"]))
        labels = ["HIP", "PELVIS"]
        why = "MR of both hips: hips and pelvis, both sides"
    else:
        extra = {"it": " senza mdc", "es": " sin contraste", "ca": " sense contrast", "hr": " nativno", "sl": " brez KS"}.get(lang, "") if cx.p(0.2) else ""
        sd = cx.render(limb_phrase(cx, lang, mw, [name], side, g, extra))
        if cx.p(0.1) and code in ("SHOULDER", "HIP", "WRIST"):
            sd = cx.render({"it": "Artro-RM", "el": "Αρθρο-ΜΤ", "hr": "MR artrografija", "sl": "MR artrografija", "ca": "Artro-RM", "es": "Artro-RM",
                            "mt": "MR Arthrogram", "en": "MR Arthrogram"}[lang] + " " + limb_phrase(cx, lang, "", [name], side, g).strip())
        labels = [code]
        why = f"{code.lower()} MR, side {side} from the study title"
    bp, alt = LIMB_BP[code]
    v = mr_vendor(cx, "msk")
    proto = PROTO[v](EN_PART[code]) if PROTO[v] else cx.c(["Coil 1", "Coil 2", "Coil 3", "Coil 18", "Knee coil"])
    ser = mr_series(cx, "msk", labels, side, why, bp, alt, protocol=proto)
    for s in ser:
        if side in "LR" and cx.p(0.2):
            s["meta"]["Laterality"] = side
    return sd, ser


def xr_limb_meta(cx, code, view, side, local=None):
    """A limb film as the console names it: the vendor's menu in English or the site's word, and the view."""
    part = local or EN_PART[code]
    desc = cx.c([f"{part} {view}", f"{part.title()} {view}", view, f"{part} {view}"])
    m = xr_meta(cx, desc, {"AP": "AP", "PA": "PA", "LAT": "LL", "LL": "LL"}.get(view.upper()))
    if cx.p(0.4):
        m["AcquisitionDeviceProcessingDescription"] = f"{EN_PART[code].title()} {view}"
    if side in ("L", "R") and cx.p(0.5):
        m[cx.c(["ImageLaterality", "Laterality", "ImageLaterality"])] = side
    return m


def msk_xr(cx, code=None, side=None):
    lang = cx.lang
    code = code or cx.c(LIMB_PICK_XR)
    side = side or cx.c("LLLLRRRRBB" if code in ("KNEE", "FOOT", "ANKLE", "HAND", "HIP") else "LLLLRRRR")
    mw = modw(cx, 1)
    ap, lat, ax, wb, two = VIEWS[lang]
    bp, alt = LIMB_BP[code]
    if side == "B" and code == "KNEE" and cx.p(0.45):
        sd = cx.render({"it": "RX arti inferiori sotto carico (telemetria)", "el": "Ακτινογραφία κάτω άκρων σε φόρτιση (τηλεακτινογραφία)",
                        "mt": "XR Long Leg Standing", "hr": "RTG obje noge u stojećem položaju (telerentgen)", "sl": "RTG obeh nog stoje (telerentgen)",
                        "ca": "Telemetria d'extremitats inferiors en càrrega", "es": "Telemetría de miembros inferiores en carga", "en": "XR Long Leg Alignment"}[lang])
        labels = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        m = xr_meta(cx, cx.c(["Long Leg", "Stitched AP", "Telemetria", "FULL LEG"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe_apply(cx, m, "LEG", ["LOWER LIMB", "KNEE", "EXTREMITY"])
        return sd, [S(m, labels, "B", "standing film of both legs, hip to ankle")]
    if side == "B" and code == "HAND" and cx.p(0.5):
        sd = cx.render({"it": "RX mani e piedi", "el": "Α/Α άκρων χειρών και ποδών", "mt": "XR Hands and Feet", "hr": "RTG šaka i stopala obostrano",
                        "sl": "RTG dlani in stopal", "ca": "RX mans i peus", "es": "RX manos y pies", "en": "XR Hands and Feet"}[lang])
        ser = []
        for d, c in [(cx.c(["HANDS PA", "Both Hands DP", "Mani PA"]), "HAND"), (cx.c(["FEET DP", "Both Feet AP", "Piedi DP"]), "FOOT")]:
            m = xr_meta(cx, d, "PA" if c == "HAND" else "AP")
            bpe_apply(cx, m, c, ["EXTREMITY"])
            ser.append(S(m, [c], "B", f"survey of both hands and feet; this film: both {c.lower()}s"))
        return sd, ser
    if side == "B" and code == "HIP":
        sd = cx.render({"it": "RX bacino e anche", "el": "Α/Α λεκάνης-ισχίων", "mt": "XR Pelvis and Both Hips", "hr": "RTG zdjelice i kukova",
                        "sl": "RTG medenice in obeh kolkov", "ca": "RX pelvis i malucs", "es": "RX pelvis y caderas", "en": "XR Pelvis and Both Hips"}[lang])
        m = xr_meta(cx, cx.c(["PELVIS AP", "Bacino AP", "Pelvis"]), "AP")
        bpe_apply(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips")]
        for s2 in "LR":
            m = xr_meta(cx, cx.c(["Lauenstein", "HIP AXIAL", "Axial"]), "LL", ImageLaterality=s2)
            bpe_apply(cx, m, "HIP", ["PELVIS"])
            ser.append(S(m, ["HIP"], s2, f"axial view of one hip in a both-hips order; ImageLaterality {s2}"))
        return sd, ser
    name, g = part_name(cx, lang, code, extra=cx.p(0.25))
    labels = [code]
    names = [name]
    union = {"KNEE": "LEG", "ELBOW": "FOREARM", "SHOULDER": "ARM", "WRIST": "HAND", "ANKLE": "FOOT"}
    if side != "B" and code in union and cx.p(0.12):
        c2 = union[code]
        n2, g = part_name(cx, lang, c2)
        names.append(n2)
        labels = [code, c2]
    tail = cx.c(["", "", f" {two}"]) if side != "B" else (f" {wb}" if code in ("KNEE", "FOOT", "ANKLE") and cx.p(0.5) else "")
    if side == "B":
        sd = cx.render(f"{mw} {names[0]} {side_word(cx, lang if lang != 'mt' else 'en', 'B')}{tail}")
    else:
        sd = cx.render(limb_phrase(cx, lang, mw, names, side, g, tail))
    why = f"{'+'.join(labels).lower()} radiograph, side {side} from the study title"
    views = [("AP", "AP"), ("LAT", "LAT")]
    if code == "SHOULDER":
        views = [("AP", "AP"), (cx.c(["Y VIEW", "OUTLET"]), ""), ("AXIAL", "")]
    if code in ("HAND", "FOOT"):
        views = [(cx.c(["DP", "PA"]), "PA"), ("OBL", "")]
    if code == "WRIST" and cx.p(0.3):
        views = [("PA", "PA"), ("SCAPHOID", ""), ("LAT", "LAT")]
    ser = []
    if side == "B" and code in ("KNEE", "ANKLE", "FOOT"):
        m = xr_limb_meta(cx, code, f"AP {cx.c(['WB', 'STANDING', 'BILATERAL'])}", "B")
        bpe_apply(cx, m, bp, alt)
        ser.append(S(m, labels, "B", "both sides on one weight-bearing film"))
        for s2 in "LR":
            m = xr_limb_meta(cx, code, "LAT", None)
            m["ImageLaterality"] = s2
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, s2, f"lateral of one side in a bilateral order; ImageLaterality {s2}"))
        return sd, ser
    for vd, _vp in views:
        m = xr_limb_meta(cx, labels[-1] if len(labels) > 1 and vd == "LAT" else code, vd, side if side != "B" else None)
        if side == "B":
            m["ImageLaterality"] = cx.c(["L", "R"])
            s2 = m["ImageLaterality"]
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, s2, f"one side of a bilateral order; ImageLaterality {s2}"))
            continue
        bpe_apply(cx, m, bp, alt)
        ser.append(S(m, labels, side, why))
    return sd, ser


def msk_us(cx):
    lang = cx.lang
    code = cx.c(["SHOULDER"] * 4 + ["HAND", "WRIST", "ELBOW", "ANKLE", "FOOT", "KNEE", "HIP", "THIGH", "LEG"])
    side = cx.c("LLRR")
    name, g = part_name(cx, lang, code)
    sd = cx.render(limb_phrase(cx, lang, modw(cx, 2), [name], side, g))
    bp, alt = LIMB_BP[code]
    return sd, us_series(cx, [code], side, f"{code.lower()} ultrasound, side from the study title", bp, alt + ["MSK"], ["MSK", "Muscolo", EN_PART[code].title()])


def msk_ct(cx):
    lang = cx.lang
    code = cx.c(["WRIST", "ANKLE", "FOOT", "KNEE", "SHOULDER", "ELBOW", "HIP"])
    side = cx.c("LR")
    name, g = part_name(cx, lang, code, extra=cx.p(0.3))
    sd = cx.render(limb_phrase(cx, lang, modw(cx, 3), [name], side, g))
    bp, alt = LIMB_BP[code]
    ser = ct_series(cx, [code], side, f"{code.lower()} CT, side from the study title", bp, alt, region="ext")
    for s in ser:
        if s["img"] and cx.p(0.15):
            s["meta"]["Laterality"] = side
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.4:
        return msk_mr(cx)
    if r < 0.82:
        return msk_xr(cx)
    if r < 0.93 or not cx.vendor("ct"):
        return msk_us(cx)
    return msk_ct(cx)

# ---------------------------------------------------------------- spine
SPW = {
    "it": {"c": "rachide cervicale", "t": "rachide dorsale", "l": "rachide lombosacrale|rachide lombare", "ws": "rachide in toto", "tl": "rachide dorso-lombare",
           "sac": "sacro-coccige", "si": "articolazioni sacro-iliache"},
    "el": {"c": "ΑΜΣΣ|αυχενικής μοίρας", "t": "ΘΜΣΣ|θωρακικής μοίρας", "l": "ΟΜΣΣ|οσφυϊκής μοίρας", "ws": "ολόκληρης σπονδυλικής στήλης",
           "tl": "θωρακοοσφυϊκής μοίρας", "sac": "ιερού-κόκκυγος", "si": "ιερολαγόνιων αρθρώσεων"},
    "mt": {"c": "Cervical Spine|tas-sinsla ċervikali", "t": "Thoracic Spine|tas-sinsla toraċika", "l": "Lumbar Spine|tad-dahar t'isfel|tas-sinsla lumbari", "ws": "Whole Spine", "tl": "Thoracolumbar Junction",
           "sac": "Sacrum and Coccyx", "si": "SI Joints"},
    "hr": {"c": "vratne kralježnice|VK", "t": "torakalne kralježnice|prsne kralježnice", "l": "lumbosakralne kralježnice|LS kralježnice",
           "ws": "cijele kralježnice", "tl": "torakolumbalnog prijelaza", "sac": "sakruma i trtice", "si": "sakroilijakalnih zglobova"},
    "sl": {"c": "vratne hrbtenice", "t": "prsne hrbtenice", "l": "ledvene hrbtenice|LS hrbtenice", "ws": "celotne hrbtenice", "tl": "torakolumbalnega prehoda",
           "sac": "križnice in trtice", "si": "sakroiliakalnih sklepov"},
    "ca": {"c": "columna cervical", "t": "columna dorsal", "l": "columna lumbar|columna lumbosacra", "ws": "columna completa", "tl": "charnera dorsolumbar",
           "sac": "sacre i còccix", "si": "articulacions sacroilíaques"},
    "es": {"c": "columna cervical", "t": "columna dorsal", "l": "columna lumbar|columna lumbosacra", "ws": "columna completa", "tl": "charnela dorsolumbar",
           "sac": "sacro y cóccix", "si": "articulaciones sacroilíacas"},
    "en": {"c": "Cervical Spine|C-Spine", "t": "Thoracic Spine", "l": "Lumbar Spine|LS Spine", "ws": "Whole Spine", "tl": "Thoracolumbar Spine",
           "sac": "Sacrum and Coccyx", "si": "SI Joints"},
}
SP_LAB = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE, "tl": ["TSPINE", "LSPINE"], "sac": ["PELVIS"], "si": ["PELVIS"]}
SP_BP = {"c": ("CSPINE", ["SPINE", "NECK", "HEAD"]), "t": ("TSPINE", ["SPINE", "CHEST"]), "l": ("LSPINE", ["SPINE", "ABDOMEN", "LSSPINE"]),
         "ws": ("SPINE", ["WHOLESPINE", "CSPINE", "LSPINE"]), "tl": ("SPINE", ["TSPINE", "LSPINE"]), "sac": ("SACRUM", ["PELVIS", "LSPINE", "COCCYX"]),
         "si": ("PELVIS", ["SPINE", "SIJ", "LSPINE"])}
SCOLIO = {"it": "RX rachide in toto sotto carico (scoliosi)", "el": "Α/Α ολόκληρης ΣΣ σε όρθια θέση (σκολίωση)", "mt": "XR Whole Spine Scoliosis",
          "hr": "RTG cijele kralježnice (skolioza)", "sl": "RTG celotne hrbtenice stoje", "ca": "Telerradiografia de columna completa",
          "es": "Telerradiografía de columna completa (escoliosis)", "en": "XR Whole Spine Scoliosis"}


def spine(cx):
    lang = cx.lang
    mod = cx.c(["MR"] * 5 + ["XR"] * 3 + ["CT"])
    reg = cx.c(["l"] * 6 + ["c"] * 4 + ["t"] * 2 + ["ws"] * 2 + ["si", "sac", "tl"])
    if mod == "MR" and reg in ("sac", "tl"):
        reg = "l"
    if mod == "XR" and reg == "si":
        reg = "sac"
    if mod == "CT" and (not cx.vendor("ct") or reg in ("ws", "si", "tl")):
        mod, reg = "MR", "l"
    labels = SP_LAB[reg]
    words = cx.c(SPW[lang][reg].split("|"))
    bp, alt = SP_BP[reg]
    why = f"{reg} spine exam: {'+'.join(labels)}" if reg not in ("sac", "si") else "sacrum/sacroiliac joints: pelvis"
    if mod == "MR":
        sd = cx.render(f"{modw(cx, 0)} {words}")
        proto = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "ws": "WHOLE SPINE", "si": "SIJ"}[reg]
        kind = "spine"
        ser = mr_series(cx, kind, labels, None, why, bp, alt, protocol=proto)
        if reg == "ws" and mr_vendor(cx, "spine") in ("Siemens", "GE", "Philips"):
            m = dict(ser[-1]["meta"], SeriesDescription={"Siemens": "t2_tse_sag_COMPOSED", "GE": "Sag T2 Composed", "Philips": "T2W_TSE_SAG MobiView"}[mr_vendor(cx, "spine")],
                     ImageType="DERIVED\\PRIMARY\\COMPOSED")
            ser.append(S(m, labels, None, why + "; composed whole-spine image"))
        return sd, ser
    if mod == "CT":
        sd = cx.render(f"{modw(cx, 3)} {words}")
        return sd, ct_series(cx, labels, None, why, bp, alt, region="spine")
    if reg == "ws":
        sd = cx.render(SCOLIO[lang])
        m = xr_meta(cx, cx.c(["Full Spine AP", "Whole Spine PA", "Scoliosis PA stitched"]), "PA", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe_apply(cx, m, bp, alt)
        m2 = xr_meta(cx, cx.c(["Full Spine LAT", "Whole Spine LAT"]), "LL", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe_apply(cx, m2, bp, alt)
        return sd, [S(m, labels, None, "standing whole-spine film: all three spine regions"), S(m2, labels, None, "standing whole-spine film: all three spine regions")]
    ap, lat, _ax, _wb, two = VIEWS[lang]
    sd = cx.render(f"{modw(cx, 1)} {words}" + cx.c(["", f" {two}", ""]))
    ser = []
    extra = [("FLEX", "LL"), ("EXT", "LL")] if reg in ("c", "l") and cx.p(0.3) else []
    enw = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "tl": "TL SPINE", "sac": "SACRUM"}[reg]
    for vd, vp in [("AP", "AP"), ("LAT", "LL")] + extra:
        m = xr_meta(cx, cx.c([f"{enw} {vd}", vd, f"{enw.title()} {vd.lower()}"]), vp)
        bpe_apply(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    return sd, ser


# ---------------------------------------------------------------- breast
BREAST_T = {
    "screen": {"it": "Mammografia bilaterale di screening|MAMMOGRAFIA DI SCREENING", "el": "Μαστογραφία προληπτική|Ψηφιακή μαστογραφία αμφοτερόπλευρα",
               "mt": "Breast Screening Mammogram|Skrining tas-sider", "hr": "Mamografija - Nacionalni program|Mamografija obostrano",
               "sl": "Mamografija DORA|Presejalna mamografija", "ca": "Mamografia de cribratge", "es": "Mamografía de cribado|MAMOGRAFIA BILATERAL", "en": "Screening Mammogram"},
    "diag2": {"it": "Mammografia bilaterale con tomosintesi|Mammografia clinica", "el": "Μαστογραφία με τομοσύνθεση", "mt": "Diagnostic Mammogram",
              "hr": "Mamografija s tomosintezom", "sl": "Diagnostična mamografija s tomosintezo", "ca": "Mamografia diagnòstica amb tomosíntesi",
              "es": "Mamografía diagnóstica con tomosíntesis", "en": "Diagnostic Mammogram with Tomosynthesis"},
    "mr": {"it": "RM mammella bilaterale con mdc|RM MAMMARIA", "el": "ΜΤ μαστών", "mt": "MRI Breasts", "hr": "MR dojki", "sl": "MR dojk",
           "ca": "RM de mama", "es": "RM de mama bilateral", "en": "MRI Breast"},
    "usB": {"it": "ECO mammaria bilaterale", "el": "U/S μαστών αμφοτερόπλευρα", "mt": "US Breasts Bilateral", "hr": "UZV dojki obostrano",
            "sl": "UZ dojk obojestransko", "ca": "Ecografia mamària bilateral", "es": "Ecografía mamaria bilateral", "en": "US Breast Bilateral"},
}
# one breast: (title words before the side, gender of the noun the side word follows)
BREAST_ONE = {"mammo": {"it": ("Mammografia monolaterale", "f"), "el": ("Μαστογραφία μαστού", "m"), "mt": ("Mammogram", "m"), "hr": ("Mamografija dojke", "f"),
                        "sl": ("Mamografija dojke", "f"), "ca": ("Mamografia mama", "f"), "es": ("Mamografía mama", "f"), "en": ("Mammogram", "m")},
              "us": {"it": ("ECO mammella", "f"), "el": ("U/S μαστού", "m"), "mt": ("US Breast", "m"), "hr": ("UZV dojke", "f"), "sl": ("UZ dojke", "f"),
                     "ca": ("Ecografia mama", "f"), "es": ("Ecografía mama", "f"), "en": ("US Breast", "m")},
              "bx": {"it": ("Biopsia stereotassica mammella", "f"), "el": ("Στερεοτακτική βιοψία μαστού", "m"), "mt": ("Stereotactic Biopsy Breast", "m"),
                     "hr": ("Stereotaksijska biopsija dojke", "f"), "sl": ("Stereotaktična biopsija dojke", "f"), "ca": ("Biòpsia estereotàctica mama", "f"),
                     "es": ("Biopsia estereotáxica mama", "f"), "en": ("Stereotactic Breast Biopsy", "m")}}


def breast_one(cx, kind, s):
    lang = cx.lang if cx.lang != "mt" else "en"
    words, g = BREAST_ONE[kind][lang]
    if lang in ("hr", "sl"):
        full, _ab = SIDE[lang][s]
        pre, last = words.rsplit(" ", 1)
        return cx.render(cx.c([f"{words} {full['adv']}", f"{pre} {full['f']} {last}"]))
    return cx.render(f"{words} {side_word(cx, lang, s, g)}")


def mg_series(cx, sides, tomo, why_kind):
    make = MG_MAKE[cx.vendor("mg")]
    model = cx.c(make[1])
    ser = []
    for s in sides:
        for view in ["CC", "MLO"]:
            items = [(f"{s} {view}", "ORIGINAL\\PRIMARY")]
            if tomo:
                tn = {"HOLOGIC, Inc.": f"{s} {view} Tomosynthesis Reconstruction", "GE MEDICAL SYSTEMS": f"{s}{view} DBT Slices",
                      "SIEMENS": f"{s} {view} Tomo", "FUJIFILM Corporation": f"{s}-{view} TOMO", "I.M.S. GIOTTO S.p.A.": f"TOMO {s}{view}"}[make[0]]
                items += [(tn, "DERIVED\\PRIMARY\\TOMOSYNTHESIS"), (f"{s} {view} C-View" if make[0].startswith("HOLOGIC") else f"{s} {view} 2D synth",
                                                                   "DERIVED\\PRIMARY")]
            for d, it in items:
                m = {"Modality": "MG", "Manufacturer": make[0], "ManufacturerModelName": model, "SeriesDescription": d, "ImageLaterality": s,
                     "ViewPosition": view, "ImageType": it}
                if cx.p(0.2):
                    m["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
                bpe_apply(cx, m, "BREAST", ["CHEST"], p_missing=0.12, p_alt=0.05)
                ser.append(S(m, ["BREAST"], s, f"{why_kind} image of one breast, ImageLaterality {s}"))
    return ser


def breast(cx):
    kind = cx.c(["screen"] * 4 + ["diag1"] * 2 + ["diag2"] * 2 + ["us1"] * 2 + ["usB"] + ["mr"] * 2 + ["bx"])
    lang = cx.lang if cx.lang in BREAST_T["mr"] else "en"
    if kind == "screen":
        sd = cx.render(cx.c(BREAST_T["screen"][lang].split("|")))
        ser = mg_series(cx, ["R", "L"], cx.p(0.3), "screening mammogram")
        if cx.p(0.3):
            ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50", "SeriesDescription": cx.c(["Mammography CAD SR", "Breast Density"])},
                         [], None, "CAD structured report: no image", img=False))
        return sd, ser
    if kind == "diag2":
        sd = cx.render(cx.c(BREAST_T["diag2"][lang].split("|")))
        return sd, mg_series(cx, ["R", "L"], True, "diagnostic mammogram")
    if kind == "diag1":
        s = cx.c("LR")
        return breast_one(cx, "mammo", s), mg_series(cx, [s], cx.p(0.5), "diagnostic one-breast mammogram")
    if kind in ("us1", "usB"):
        s = cx.c("LR") if kind == "us1" else "B"
        sd = breast_one(cx, "us", s) if s != "B" else cx.render(BREAST_T["usB"][lang])
        return sd, us_series(cx, ["BREAST"], s, "breast ultrasound, side from the study title", "BREAST", ["CHEST"], ["Mammella", "Breast", "BREAST"])
    if kind == "mr":
        sd = cx.render(cx.c(BREAST_T["mr"][lang].split("|")))
        return sd, mr_series(cx, "breast", ["BREAST"], "B", "breast MR images both breasts", "BREAST", ["CHEST"])
    s = cx.c("LR")
    sd = breast_one(cx, "bx", s)
    make = MG_MAKE[cx.vendor("mg")]
    ser = []
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"]:
        m = {"Modality": "MG", "Manufacturer": make[0], "ManufacturerModelName": "Affirm Prone Biopsy System" if make[0].startswith("HOLOGIC") else make[1][0],
             "SeriesDescription": d, "ImageLaterality": s}
        bpe_apply(cx, m, "BREAST", None, p_missing=0.2)
        ser.append(S(m, ["BREAST"], s, "stereotactic biopsy of one breast" if d != "Specimen" else "specimen film of the core: the breast it came from"))
    return sd, ser

# ---------------------------------------------------------------- bone density
DXA_T = {"it": "MOC DEXA lombare e femorale|Densitometria ossea (DEXA)|MOC COLONNA E FEMORE", "el": "Μέτρηση οστικής πυκνότητας (DEXA)|ΟΣΤΙΚΗ ΠΥΚΝΟΜΕΤΡΙΑ",
         "mt": "DEXA Scan", "hr": "Denzitometrija (DXA) kralježnice i kuka|Denzitometrija", "sl": "Denzitometrija (DXA)|Meritev kostne gostote",
         "ca": "Densitometria òssia", "es": "Densitometría ósea|DENSITOMETRIA OSEA", "en": "DXA Bone Density"}


def dxa(cx):
    lang = cx.lang if cx.lang in DXA_T else "en"
    sd = cx.render(cx.c(DXA_T[lang].split("|")))
    make = DXA_MAKE[cx.vendor("dxa") or "Hologic"]
    ser = []
    m = {"Modality": "OT", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": cx.c(["AP Spine", "Lumbar Spine", "L1-L4"])}
    bpe_apply(cx, m, "LSPINE", ["SPINE"])
    ser.append(S(m, ["LSPINE"], None, "DXA image of the lumbar spine"))
    hip = cx.c(["L", "L", "R", "B"])
    if hip == "B":
        m = {"Modality": "OT", "Manufacturer": make[0], "ManufacturerModelName": m["ManufacturerModelName"], "SeriesDescription": "Dual Femur", "ImageLaterality": "B"}
        bpe_apply(cx, m, "HIP", ["FEMUR"])
        ser.append(S(m, ["HIP"], "B", "DXA image of both proximal femora"))
    else:
        w = {"L": "Left", "R": "Right"}[hip]
        m = {"Modality": "OT", "Manufacturer": make[0], "ManufacturerModelName": m["ManufacturerModelName"], "SeriesDescription": cx.c([f"{w} Hip", f"{w} Femur"])}
        if cx.p(0.4):
            m["ImageLaterality"] = hip
        bpe_apply(cx, m, "HIP", ["FEMUR"])
        ser.append(S(m, ["HIP"], hip, "DXA image of one proximal femur, side from its name"))
    if cx.p(0.3):
        s = cx.c("LR")
        m = {"Modality": "OT", "Manufacturer": make[0], "ManufacturerModelName": m["ManufacturerModelName"],
             "SeriesDescription": f"{ {'L': 'Left', 'R': 'Right'}[s]} Forearm"}
        bpe_apply(cx, m, "FOREARM", ["ARM"])
        ser.append(S(m, ["FOREARM"], s, "DXA image of one forearm, side from its name"))
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "Manufacturer": make[0], "SeriesDescription": cx.c(["DXA Results", "Bone Density Report"])},
                 [], None, "DXA result report: no image", img=False))
    return sd, ser


# ---------------------------------------------------------------- vascular, paediatric, trauma families with limbs
# (words before the side, gender, words for both sides)
LEGV = {"it": ("ECD venoso arto inferiore", "m", "ECD venoso arti inferiori"), "el": ("Triplex φλεβών κάτω άκρου", "n", "Triplex φλεβών κάτω άκρων αμφοτερόπλευρα"),
        "mt": ("Venous Doppler Leg", "m", "Venous Doppler Both Legs"), "hr": ("Color dopler vena noge", "f", "Color dopler vena nogu obostrano"),
        "sl": ("UZ ven spodnje okončine", "f", "UZ ven spodnjih okončin obojestransko"), "ca": ("Eco-Doppler venós extremitat inferior", "f", "Eco-Doppler venós d'extremitats inferiors bilateral"),
        "es": ("Eco-Doppler venoso miembro inferior", "m", "Eco-Doppler venoso de miembros inferiores bilateral"), "en": ("Venous Doppler Leg", "m", "Venous Doppler Both Legs")}
ARMV = {"it": ("ECD fistola artero-venosa arto superiore", "m"), "el": ("Triplex αρτηριοφλεβικής αναστόμωσης άνω άκρου", "n"), "mt": ("Doppler AV Fistula Arm", "m"),
        "hr": ("Color dopler AV fistule ruke", "f"), "sl": ("UZ AV fistule roke", "f"), "ca": ("Eco-Doppler FAV extremitat superior", "f"),
        "es": ("Eco-Doppler FAV miembro superior", "m"), "en": ("Doppler AV Fistula Arm", "m")}
PTA = {"it": ("PTA arteria femorale superficiale", "f"), "el": ("Αγγειοπλαστική επιπολής μηριαίας αρτηρίας", "f"), "mt": ("SFA Angioplasty", "m"),
       "hr": ("PTA femoralne arterije", "f"), "sl": ("PTA femoralne arterije", "f"), "ca": ("ATP artèria femoral superficial", "f"),
       "es": ("ATP arteria femoral superficial", "f"), "en": ("SFA Angioplasty", "m")}
RUNOFF = {"it": "Angio-TC arti inferiori|ANGIO TC AORTA ADDOMINALE E ARTI INFERIORI", "el": "ΑΤ αγγειογραφία κοιλιακής αορτής και κάτω άκρων",
          "mt": "CTA Lower Limb Run-off", "hr": "CTA aorte i arterija donjih ekstremiteta", "sl": "CTA arterij spodnjih okončin",
          "ca": "Angio-TC d'extremitats inferiors", "es": "Angio-TC de miembros inferiores", "en": "CTA Lower Limb Run-off"}
BONEAGE = {"it": "RX età ossea (mano sinistra)|RX ETA' OSSEA", "el": "Α/Α οστικής ηλικίας (άκρα χείρα αριστερή)|Α/Α οστικής ηλικίας",
           "mt": "XR Bone Age Left Hand|XR Bone Age", "hr": "RTG koštane dobi (lijeva šaka)|RTG koštane dobi", "sl": "RTG kostne starosti (leva dlan)|RTG kostne starosti",
           "ca": "RX edat òssia (mà esquerra)|RX edat òssia", "es": "RX edad ósea (mano izquierda)|RX EDAD OSEA", "en": "XR Bone Age Left Hand|XR Bone Age"}


def one_side(cx, words, g, s):
    lang = cx.lang
    if lang in ("hr", "sl"):
        return cx.render(f"{words} {SIDE[lang][s][0]['adv']}")
    if lang == "mt":
        lang = "en"
    return cx.render(f"{words} {side_word(cx, lang, s, g, abbr=cx.p(0.25))}")


def vasc_limb(cx):
    k = cx.c(["dvt", "dvt", "dvt", "avf", "runoff", "pta"])
    lang = cx.lang
    if k == "dvt":
        words, g, both = LEGV[lang]
        s = cx.c("LLRRB")
        sd = cx.render(both) if s == "B" else one_side(cx, words, g, s)
        return sd, us_series(cx, ["THIGH", "KNEE", "LEG"], s, "leg vein duplex, groin to calf", "LEG", ["LOWER LIMB", "EXTREMITY", "VEIN"], ["Venous", "Vascular", "TVP"])
    if k == "avf":
        words, g = ARMV[lang]
        s = cx.c("LLR")
        return one_side(cx, words, g, s), us_series(cx, ["ARM", "ELBOW", "FOREARM"], s, "dialysis fistula duplex of one arm", "ARM", ["UPPER LIMB", "EXTREMITY"],
                                                   ["Fistola", "Vascular", "AVF"])
    if k == "pta":
        words, g = PTA[lang]
        s = cx.c("LR")
        sd = one_side(cx, words, g, s)
        make = XA_MAKE[cx.vendor("xa") or "Siemens"]
        ser = []
        for d in cx.rng.sample(["DSA run", "Roadmap", "Fluoro Store", "DSA 3F/s", "Native"], 3):
            m = {"Modality": "XA", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": d}
            bpe_apply(cx, m, "LEG", ["EXTREMITY", "LOWER LIMB"])
            ser.append(S(m, ["THIGH", "KNEE"], s, "femoro-popliteal angioplasty runs of one leg"))
        return sd, ser
    sd = cx.render(cx.c(RUNOFF[lang].split("|")))
    labels = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
    return sd, ct_series(cx, labels, "B", "run-off CTA, renal arteries to the feet, both legs", "LOWEREXTREMITY", ["ABDOMEN", "LEG", "EXTREMITY", "AORTA"],
                         contrast=True, region="abd")


def bone_age(cx):
    lang = cx.lang
    t = cx.c(BONEAGE[lang].split("|"))
    sd = cx.render(t)
    m = xr_meta(cx, cx.c(["HAND PA", "Bone Age", "Mano PA", "HAND DP"]), "PA")
    named = any(w in to_ascii(t).upper() for w in ("SINISTRA", "ARISTERH", "LEFT", "LIJEVA", "LEVA", "ESQUERRA", "IZQUIERDA"))
    if not named or cx.p(0.4):
        m["ImageLaterality"] = "L"
    bpe_apply(cx, m, "HAND", ["EXTREMITY", "WRIST"])
    return sd, [S(m, ["HAND"], "L", "bone age film of the left hand")]


PANSCAN = {"it": "TC total body politrauma|TC POLITRAUMA", "el": "ΑΤ πολυτραυματία|ΑΤ ΠΟΛΥΤΡΑΥΜΑ", "mt": "CT Trauma Pan-scan", "hr": "MSCT politrauma",
           "sl": "CT politravma", "ca": "TC politraumàtic|TC de cos sencer politrauma", "es": "TC body politraumatizado|TC POLITRAUMA", "en": "CT Trauma Pan-scan"}
HEADC = {"it": "TC cranio e rachide cervicale", "el": "ΑΤ εγκεφάλου-ΑΜΣΣ", "mt": "CT Head and C-Spine", "hr": "MSCT mozga i vratne kralježnice",
         "sl": "CT glave in vratne hrbtenice", "ca": "TC cranial i columna cervical", "es": "TC craneal y columna cervical", "en": "CT Head and C-Spine"}


def trauma(cx):
    lang = cx.lang
    k = cx.c(["pan", "pan", "headc", "headc", "face", "pelvis", "limb", "limb"])
    if k == "face":
        return axial(cx, "ct_face")
    if k == "pelvis":
        return axial(cx, "xr_pelvis")
    if k == "limb":
        return msk_xr(cx, side=cx.c("LR"))
    if k == "headc":
        sd = cx.render(HEADC[lang])
        head = ct_series(cx, ["HEAD"], None, "head part of a head and cervical spine CT", "HEAD", ["BRAIN", "SKULL"], region="head")
        cs = ct_series(cx, ["CSPINE"], None, "cervical spine part of a head and cervical spine CT", "CSPINE", ["NECK", "SPINE"], region="spine")
        head[0]["labels"] = ["HEAD", "CSPINE"]
        head[0]["why"] = "one scout plans head and cervical spine"
        return sd, head[:1] + head[1:3] + cs[1:3] + head[-1:]
    sd = cx.render(cx.c(PANSCAN[lang].split("|")))
    ser = ct_series(cx, WB, None, "trauma whole-body CT", "WHOLEBODY", ["CHEST", "HEAD", "ABDOMEN", "TRAUMA"], contrast=True, region="wb")
    v = cx.vendor("ct") or "GE"
    make = CT_MAKE[v]
    extra = [("Head 5mm" if v != "Siemens" else "Head  5.0  Hr38  3", ["HEAD"], "brain part of the pan-scan"),
             ("C-Spine Bone" if v != "Siemens" else "C-Spine  2.0  Br64  3", ["CSPINE"], "cervical spine recon of the pan-scan"),
             ("Spine MPR Sag Bone", WSPINE, "whole-spine reformat of the pan-scan"),
             ("Body 3mm Venous" if v != "Siemens" else "Body  3.0  Br40  3", CAP, "chest-abdomen-pelvis part of the pan-scan")]
    for d, lab, w in cx.rng.sample(extra, 3):
        m = {"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": d}
        bpe_apply(cx, m, "WHOLEBODY", ["CHEST", "HEAD", "TRAUMA"], p_alt=0.3)
        ser.insert(-1, S(m, lab, None, w))
    return sd, ser


def pick_axial(keys):
    def fam(cx):
        usable = [k for k in keys if (EX[k][0] != "CT" or cx.vendor("ct")) and (EX[k][0] not in ("NM",) or cx.vendor("nm"))
                  and (EX[k][0] != "PT" or cx.vendor("pt")) and (EX[k][0] != "XA" or cx.vendor("xa")) and (EX[k][0] != "RF" or cx.vendor("rf"))]
        return axial(cx, cx.c(usable))
    return fam


def mixed(*choices):
    """A stratum's family: (weight, function) pairs."""
    def fam(cx):
        fns = [f for _w, f in choices]
        return cx.rng.choices(fns, [w for w, _f in choices])[0](cx)
    return fam


FAMILY = {
    "msk": msk,
    "spine": spine,
    "breast": breast,
    "dxa": dxa,
    "trauma": trauma,
    "neuro": pick_axial(["mr_brain"] * 4 + ["ct_head"] * 3 + ["cta_willis", "mr_sella", "mr_iac"]),
    "headneck": pick_axial(["ct_sinus", "ct_sinus", "ct_temporal", "mr_orbit", "mr_neck", "ct_neck", "us_thyroid", "us_thyroid", "us_neck",
                            "ct_headneck", "ct_neck_chest", "xr_skull"]),
    "chest": pick_axial(["xr_chest"] * 5 + ["ct_chest"] * 2 + ["hrct", "ctpa", "xr_ribs"]),
    "cardio": pick_axial(["ccta", "ccta", "cmr", "cmr", "tavi", "mpi"]),
    "abdo": pick_axial(["us_abd_up", "us_abd_up", "us_abd_full", "us_kidney", "us_pelvis", "us_scrotum", "ct_ap", "ct_ap", "ct_uro", "mr_liver",
                        "mrcp", "mr_prostate", "mr_pelvis", "mr_entero", "ct_colono", "xr_abd", "rf_swallow", "rf_enema", "rf_hsg"]),
    "onc": pick_axial(["pet_wb"] * 3 + ["ct_cap"] * 3 + ["ct_ca", "mr_wb", "ldct_wb", "pet_brain"]),
    "nm": pick_axial(["bone_scan"] * 3 + ["thyroid_scan", "parathyroid", "renal_scan", "vq", "datscan"]),
    "vasc": mixed((4, vasc_limb), (6, pick_axial(["duplex_carotid", "duplex_carotid", "cta_tsa", "cta_aorta", "evar", "dsa_cerebral", "tace"]))),
    "paeds": mixed((2, bone_age), (6, pick_axial(["us_hips_infant", "us_hips_infant", "mcug", "us_head_neonate", "xr_chest", "us_abd_full"])),
                   (2, lambda cx: msk_xr(cx, code=cx.c(["ELBOW", "FOREARM", "WRIST", "ANKLE"]), side=cx.c("LR")))),
    "dental": pick_axial(["opg", "opg", "opg", "cbct", "io", "ceph"]),
}

# ---------------------------------------------------------------- objects without anatomy
REQ = {"it": "Richiesta scansionata|Impegnativa", "el": "Παραπεμπτικό|Σαρωμένο έγγραφο", "mt": "Request Form|Scanned Request", "hr": "Uputnica|Skenirani dokument",
       "sl": "Napotnica|Skeniran dokument", "ca": "Volant de petició|Document escanejat", "es": "Volante de petición|Documento escaneado", "en": "Scanned Document|Request Form"}


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    lang = cx.lang
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": cx.render(cx.c(REQ[lang].split("|")))}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Immagini chiave", "Key Object Selection", "Imágenes clave"])}, "key object selection: references only"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1",
                "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations", "Measurements"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                "SeriesDescription": cx.c(["Radiation Dose Information", "Dose SR", "Radiation Dose Report"])}, "dose structured report"
    if k == "qa":
        return {"Modality": cx.c(["CT", "MR", "DX"]), "SeriesDescription": cx.c(["QA Phantom", "Daily QA", "Fantoccio QC", "Water phantom", "Control de calidad"]),
                "ImageType": "ORIGINAL\\PRIMARY\\QA"}, "phantom/QA acquisition: no patient"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Protocol Page", "Screen Save", "Dose Info"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a hand-typed order slips."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def procedure_code(site, sd, codes):
    """The RIS's own code of an exam title, numbered as each site's catalogue numbers them."""
    cfg = SITES[site]
    key = to_ascii(sd).upper()
    if key not in codes:
        codes[key] = len(codes) + 1
    n = codes[key]
    value = {"99PTV": f"R{1000 + n}", "99CDM": f"88.{n:03d}", "99GRUH": f"AK{n:04d}", "99DIAG": f"D-{n:03d}", "99CYGH": f"RAD{n:04d}",
             "99MDH": f"MDH{n:04d}", "99KBC": f"KBC{n:05d}", "99POL": f"P{n:03d}", "99UKC": f"{41000 + n}", "99CATS": f"CS{n:05d}",
             "99VAL": f"V{n:04d}"}[cfg["scheme"]]
    return [{"CodeValue": value, "CodingSchemeDesignator": cfg["scheme"], "CodeMeaning": sd[:64]}]


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        codes = {}
        n_site = 0
        while n_site < cfg["n"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.2:
                pick.append(rng.choice(extras))
            with_code = rng.random() < 0.3
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.18:
                    meta["RequestedProcedureDescription"] = sd
                if with_code:
                    meta["ProcedureCodeSequence"] = procedure_code(site, sd, codes)
                # some worklist bridges keep 16 characters of the performed step
                cut = sd[:16]
                if len(sd) > 16 and rng.random() < 0.12 and (sd[16] == " " or len(cut.split(" ")[-1]) > 3):
                    meta["PerformedProcedureStepDescription"] = cut.rstrip()
                # a hand-typed order now and then carries a slip of the keyboard
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "phantom" in why:
                    # a QA acquisition is filed under a study of its own, not a patient's
                    meta["StudyDescription"] = cx.c(["QA", "Daily QA", "Controllo qualità", "Control de calidad", "Kontrola kakovosti", "Service"])
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


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def summary(rows):
    n = len(rows)
    lines = [f"rows {n}", f"with study {sum('study' in r for r in rows)}",
             f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)}"]
    for key, f in [("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                   ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))]:
        c = Counter(f(r) for r in rows)
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    labs = Counter(lab for r in rows for lab in r["labels"])
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    lines.append(f"empty label set {sum(not r['labels'] for r in rows)}")
    lines.append(f"whole body {sum(set(r['labels']) == set(WB) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
    lines.append("one-sided without a side tag "
                 f"{sum(r['laterality'] in ('L', 'R') and not {'Laterality', 'ImageLaterality'} & set(r['meta']) for r in rows)}")
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from what build.py writes", file=sys.stderr)
            return 1
        return 0
    if "--summary" in argv:
        print(summary([json.loads(line) for line in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
