"""Writes tests/anatomy/data/clinical_set_27.jsonl: a fortnight of series from Nordic and Baltic
hospitals and private imaging centres (Sweden, Norway, Denmark, Finland, Iceland, Estonia, Latvia,
Lithuania), labelled blind against the shared anatomy spec (see README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

SEED = 27
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_27.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LIMBS = ["SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

# ---------------------------------------------------------------- ASCII consoles
# Folding as older modality consoles and worklist brokers do it: to the bare letter ("fold"),
# to the Scandinavian/German two-letter forms ("digraph"), or by dropping the letter ("drop").
_FOLD = {"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "õ": "o", "ü": "u", "ā": "a", "ē": "e", "ī": "i", "ū": "u",
         "ķ": "k", "ļ": "l", "ņ": "n", "ģ": "g", "č": "c", "š": "s", "ž": "z", "ė": "e", "ę": "e", "į": "i", "ų": "u",
         "ą": "a", "ð": "d", "þ": "th", "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ý": "y"}
_DIGRAPH = {"å": "aa", "ø": "oe", "æ": "ae", "ä": "ae", "ö": "oe", "ü": "ue"}


def ascii_text(text, mode):
    if not mode or not isinstance(text, str):
        return text
    out = []
    for ch in text:
        lo = ch.lower()
        if ord(ch) < 128:
            out.append(ch)
            continue
        if mode == "drop":
            continue
        rep = (_DIGRAPH.get(lo) if mode == "digraph" else None) or _FOLD.get(lo, "")
        out.append(rep.upper() if ch != lo and ch.isupper() else rep)
    return "".join(out)


# ---------------------------------------------------------------- languages
# Side words: "post" follows the limb name (or stands in a field of its own), "pre" precedes
# it in the genitive where the language inflects (Finnish, Estonian, Lithuanian by gender,
# Latvian by the form of the noun), "abbr" are the RIS abbreviations.
SIDE = {
    "sv": {"R": {"post": ["höger"], "abbr": ["hö", "HÖ", "dx"]}, "L": {"post": ["vänster"], "abbr": ["vä", "VÄ", "sin"]},
           "B": {"post": ["bilat", "bilateralt", "båda sidor"]}},
    "no": {"R": {"post": ["høyre"], "abbr": ["hø.", "HØ", "dx"]}, "L": {"post": ["venstre"], "abbr": ["ve.", "VE", "sin"]},
           "B": {"post": ["bilateralt", "begge sider"]}},
    "nn": {"R": {"post": ["høgre"], "abbr": ["hø."]}, "L": {"post": ["venstre"], "abbr": ["ve."]},
           "B": {"post": ["begge sider", "bilateralt"]}},
    "da": {"R": {"post": ["højre"], "abbr": ["hø.", "HØ", "dxt."]}, "L": {"post": ["venstre"], "abbr": ["ve.", "VE", "sin."]},
           "B": {"post": ["bilateralt", "begge sider"]}},
    "fi": {"R": {"post": ["oikea"], "pre": ["oikean"], "abbr": ["oik", "OIK", "dx"]},
           "L": {"post": ["vasen"], "pre": ["vasemman"], "abbr": ["vas", "VAS", "sin"]},
           "B": {"post": ["molemmat", "mol.", "bilat."]}},
    "is": {"R": {"post": ["hægri"], "abbr": ["hægri"]}, "L": {"post": ["vinstri"], "abbr": ["vinstri"]},
           "B": {"post": ["báðum megin", "beggja vegna"]}},
    "et": {"R": {"post": ["parem"], "pre": ["parema"], "abbr": ["par.", "PAR"]},
           "L": {"post": ["vasak"], "pre": ["vasaku"], "abbr": ["vas.", "VAS"]},
           "B": {"post": ["mõlemad", "bilateraalne"]}},
    "lv": {"R": {"a": ["labā"], "ais": ["labais"], "abbr": ["lab."]}, "L": {"a": ["kreisā"], "ais": ["kreisais"], "abbr": ["kr."]},
           "B": {"post": ["abpusēji", "abas puses"]}},
    "lt": {"R": {"m": ["dešiniojo"], "f": ["dešinės"], "post": ["dešinė"], "abbr": ["deš."]},
           "L": {"m": ["kairiojo"], "f": ["kairės"], "post": ["kairė"], "abbr": ["kair."]},
           "B": {"post": ["abipusis", "abiejų pusių"]}},
    "en": {"R": {"post": ["Right", "RIGHT"], "abbr": ["RT", "Rt", "R"]}, "L": {"post": ["Left", "LEFT"], "abbr": ["LT", "Lt", "L"]},
           "B": {"post": ["Bilateral", "BILAT", "Both"]}},
}
# Limb parts per language: (name, genitive, gender or form); the first entry is the common one,
# the others are bones and joints the spec folds into that code.
P = lambda *a: [tuple(x.split("|")) + ("",) * (3 - len(x.split("|"))) for x in a]
PART = {
    "sv": {"KNEE": P("knä", "knäled"), "SHOULDER": P("axel", "axelled", "nyckelben", "AC-led"), "HIP": P("höft", "höftled"),
           "ANKLE": P("fotled"), "FOOT": P("fot", "framfot", "häl", "tår"), "HAND": P("hand", "fingrar", "tumme"),
           "WRIST": P("handled", "båtben", "skafoideum"), "ELBOW": P("armbåge", "armbågsled"), "FOREARM": P("underarm"),
           "ARM": P("överarm", "humerus"), "THIGH": P("lårben", "femur"), "LEG": P("underben", "crus")},
    "no": {"KNEE": P("kne"), "SHOULDER": P("skulder", "clavicula", "AC-ledd"), "HIP": P("hofte"), "ANKLE": P("ankel"),
           "FOOT": P("fot", "forfot", "calcaneus", "tær"), "HAND": P("hånd", "finger", "tommel"), "WRIST": P("håndledd", "scaphoid"),
           "ELBOW": P("albue"), "FOREARM": P("underarm"), "ARM": P("overarm", "humerus"), "THIGH": P("lår", "femur"),
           "LEG": P("legg", "crus")},
    "nn": {"KNEE": P("kne"), "SHOULDER": P("skulder", "kragebein"), "HIP": P("hofte"), "ANKLE": P("ankel"), "FOOT": P("fot", "hælbein"),
           "HAND": P("hand", "finger"), "WRIST": P("handledd", "båtbein"), "ELBOW": P("olboge"), "FOREARM": P("underarm"),
           "ARM": P("overarm"), "THIGH": P("lår", "lårbein"), "LEG": P("legg")},
    "da": {"KNEE": P("knæ"), "SHOULDER": P("skulder", "clavicula", "AC-led"), "HIP": P("hofte"), "ANKLE": P("ankel", "fodled"),
           "FOOT": P("fod", "forfod", "hæl", "tæer"), "HAND": P("hånd", "finger"), "WRIST": P("håndled", "os scaphoideum"),
           "ELBOW": P("albue"), "FOREARM": P("underarm"), "ARM": P("overarm", "humerus"), "THIGH": P("lår", "femur"),
           "LEG": P("underben", "crus")},
    "fi": {"KNEE": P("polvi|polven"), "SHOULDER": P("olkanivel|olkanivelen", "olkapää|olkapään", "solisluu|solisluun"),
           "HIP": P("lonkka|lonkan"), "ANKLE": P("nilkka|nilkan"), "FOOT": P("jalkaterä|jalkaterän", "kantaluu|kantaluun", "varpaat|varpaiden"),
           "HAND": P("käsi|käden", "sormi|sormen", "peukalo|peukalon"), "WRIST": P("ranne|ranteen", "veneluu|veneluun"),
           "ELBOW": P("kyynärpää|kyynärpään"), "FOREARM": P("kyynärvarsi|kyynärvarren"), "ARM": P("olkavarsi|olkavarren"),
           "THIGH": P("reisi|reiden", "reisiluu|reisiluun"), "LEG": P("sääri|säären")},
    "is": {"KNEE": P("hné"), "SHOULDER": P("öxl", "viðbein"), "HIP": P("mjöðm"), "ANKLE": P("ökkli"), "FOOT": P("fótur", "hælbein", "tær"),
           "HAND": P("hönd", "fingur", "þumall"), "WRIST": P("úlnliður", "bátsbein"), "ELBOW": P("olnbogi"), "FOREARM": P("framhandleggur"),
           "ARM": P("upphandleggur"), "THIGH": P("læri", "lærleggur"), "LEG": P("leggur", "sköflungur")},
    "et": {"KNEE": P("põlveliiges|põlveliigese", "põlv|põlve"), "SHOULDER": P("õlaliiges|õlaliigese", "õlg|õla", "rangluu|rangluu"),
           "HIP": P("puusaliiges|puusaliigese"), "ANKLE": P("hüppeliiges|hüppeliigese"),
           "FOOT": P("labajalg|labajala", "kannaluu|kannaluu", "varbad|varvaste"), "HAND": P("käelaba|käelaba", "sõrm|sõrme", "pöial|pöidla"),
           "WRIST": P("randmeliiges|randmeliigese", "laevluu|laevluu"), "ELBOW": P("küünarliiges|küünarliigese"),
           "FOREARM": P("küünarvars|küünarvarre"), "ARM": P("õlavars|õlavarre"), "THIGH": P("reis|reie", "reieluu|reieluu"),
           "LEG": P("säär|sääre")},
    "lv": {"KNEE": P("ceļa locītava||a", "celis||ais"), "SHOULDER": P("plecu locītava||a", "plecs||ais", "atslēgas kauls||ais"),
           "HIP": P("gūžas locītava||a"), "ANKLE": P("potītes locītava||a", "potīte||a"), "FOOT": P("pēda||a", "papēdis||ais"),
           "HAND": P("plauksta||a", "īkšķis||ais"), "WRIST": P("plaukstas locītava||a", "laivveida kauls||ais"),
           "ELBOW": P("elkoņa locītava||a"), "FOREARM": P("apakšdelms||ais"), "ARM": P("augšdelms||ais"),
           "THIGH": P("augšstilbs||ais"), "LEG": P("apakšstilbs||ais")},
    "lt": {"KNEE": P("kelio sąnarys|kelio sąnario|m"), "SHOULDER": P("peties sąnarys|peties sąnario|m", "raktikaulis|raktikaulio|m"),
           "HIP": P("klubo sąnarys|klubo sąnario|m"), "ANKLE": P("čiurnos sąnarys|čiurnos sąnario|f"),
           "FOOT": P("pėda|pėdos|f", "kulnakaulis|kulnakaulio|m"), "HAND": P("plaštaka|plaštakos|f", "pirštai|pirštų|m"),
           "WRIST": P("riešo sąnarys|riešo sąnario|m", "laivelio kaulas|laivelio kaulo|m"), "ELBOW": P("alkūnės sąnarys|alkūnės sąnario|f"),
           "FOREARM": P("dilbis|dilbio|m"), "ARM": P("žastas|žasto|m"), "THIGH": P("šlaunis|šlaunies|f", "šlaunikaulis|šlaunikaulio|m"),
           "LEG": P("blauzda|blauzdos|f")},
    "en": {"KNEE": P("Knee"), "SHOULDER": P("Shoulder", "Clavicle", "AC Joint"), "HIP": P("Hip"), "ANKLE": P("Ankle"),
           "FOOT": P("Foot", "Calcaneus", "Toes"), "HAND": P("Hand", "Finger", "Thumb"), "WRIST": P("Wrist", "Scaphoid"),
           "ELBOW": P("Elbow"), "FOREARM": P("Forearm"), "ARM": P("Humerus"), "THIGH": P("Femur"), "LEG": P("Tibia Fibula", "Tib/Fib")},
}
# Lithuanian feminine parts take dešinės/kairės, a genitive gender of the Lithuanian lists above.
# Exam words per language and modality.
MODW = {
    "sv": {"MR": ["MR"], "XR": ["Slätröntgen", "Rtg", "Skelett"], "US": ["UL"], "CT": ["DT", "CT"]},
    "no": {"MR": ["MR"], "XR": ["Rtg.", "Røntgen"], "US": ["UL"], "CT": ["CT"]},
    "nn": {"MR": ["MR"], "XR": ["Røntgen", "Rtg."], "US": ["UL"], "CT": ["CT"]},
    "da": {"MR": ["MR", "MR-skanning af"], "XR": ["Rtg.", "Røntgen af"], "US": ["UL af", "UL"], "CT": ["CT af", "CT"]},
    "fi": {"MR": ["MT"], "XR": ["rtg", "natiivirtg"], "US": ["UÄ"], "CT": ["TT"]},
    "is": {"MR": ["Segulómun"], "XR": ["Röntgen"], "US": ["Ómun"], "CT": ["TS"]},
    "et": {"MR": ["MRT"], "XR": ["röntgen", "röntgenülesvõte"], "US": ["UH"], "CT": ["KT"]},
    "lv": {"MR": ["MR", "MRI"], "XR": ["rtg", "rentgenogrāfija"], "US": ["USG"], "CT": ["DT"]},
    "lt": {"MR": ["MRT"], "XR": ["rentgenograma", "Rtg"], "US": ["echoskopija", "UG"], "CT": ["KT"]},
    "en": {"MR": ["MRI", "MR"], "XR": ["XR", "X-Ray"], "US": ["US"], "CT": ["CT"]},
}

# ---------------------------------------------------------------- exam vocabulary
# key: (labels, English protocol region, {lang: "variant|variant"}); nn falls back to no, others to en.
EX = {
    "head_ct": (["HEAD"], "Head", {"sv": "DT hjärna|DT skalle utan kontrast|CT hjärna akut", "no": "CT caput|CT hode uten kontrast", "nn": "CT hovud",
                                   "da": "CT af cerebrum|CT-skanning af hjerne", "fi": "Pään TT|Aivojen TT natiivi", "is": "TS heili|Tölvusneiðmynd af höfði",
                                   "et": "Pea KT|Peaaju KT natiivis", "lv": "Galvas smadzeņu DT|DT galvai", "lt": "Galvos smegenų KT|Galvos KT be kontrasto",
                                   "en": "CT Head|CT Brain non-contrast"}),
    "head_mr": (["HEAD"], "Brain", {"sv": "MR hjärna|MR hjärna med kontrast", "no": "MR caput|MR hode", "nn": "MR hovud", "da": "MR af cerebrum|MR hjerne",
                                    "fi": "Aivojen MT|Pään MT", "is": "Segulómun af heila|Segulómun höfuð", "et": "Peaaju MRT|Pea MRT kontrastiga",
                                    "lv": "Galvas smadzeņu MR|MR galvai ar kontrastu", "lt": "Galvos smegenų MRT|Galvos MRT su kontrastu",
                                    "en": "MRI Brain|MRI Head with contrast"}),
    "pit_mr": (["HEAD"], "Pituitary", {"sv": "MR hypofys", "no": "MR hypofyse", "da": "MR af hypofyse", "fi": "Aivolisäkkeen MT", "is": "Segulómun af heiladingli",
                                       "et": "Hüpofüüsi MRT", "lv": "Hipofīzes MR", "lt": "Hipofizės MRT", "en": "MRI Pituitary"}),
    "iac_mr": (["HEAD"], "IAC", {"sv": "MR inre hörselgångar", "no": "MR indre øregang", "da": "MR af indre øregange", "fi": "Sisäkorvakäytävien MT",
                                 "is": "Segulómun innra eyra", "et": "Sisekõrvakanalite MRT", "lv": "Iekšējo dzirdes eju MR", "lt": "Vidinių klausomųjų landų MRT",
                                 "en": "MRI IAC"}),
    "orbit_ct": (["HEAD"], "Orbita", {"sv": "DT orbita", "no": "CT orbita", "da": "CT af orbitae", "fi": "Silmäkuopan TT", "is": "TS augntóftir",
                                      "et": "Orbitate KT", "lv": "Orbītu DT", "lt": "Akiduobių KT", "en": "CT Orbits"}),
    "sinus_ct": (["HEAD"], "Sinus", {"sv": "DT bihålor", "no": "CT bihuler", "da": "CT af bihuler", "fi": "Sivuonteloiden TT", "is": "TS kinnholur",
                                     "et": "Ninakõrvalkoobaste KT", "lv": "Deguna blakusdobumu DT", "lt": "Prienosinių ančių KT", "en": "CT Sinuses"}),
    "neck_ct": (["NECK"], "Neck", {"sv": "DT hals med kontrast|DT halsens mjukdelar", "no": "CT hals", "da": "CT af hals", "fi": "Kaulan TT",
                                   "is": "TS háls", "et": "Kaela KT", "lv": "Kakla mīksto audu DT", "lt": "Kaklo KT", "en": "CT Neck|CT Soft Tissue Neck"}),
    "neck_mr": (["NECK"], "Neck", {"sv": "MR hals", "no": "MR hals", "da": "MR af hals", "fi": "Kaulan MT", "is": "Segulómun af hálsi",
                                   "et": "Kaela MRT", "lv": "Kakla MR", "lt": "Kaklo MRT", "en": "MRI Neck"}),
    "thy_us": (["NECK"], "Thyroid", {"sv": "UL tyreoidea", "no": "UL thyreoidea", "da": "UL af glandula thyroidea", "fi": "Kilpirauhasen UÄ",
                                     "is": "Ómun af skjaldkirtli", "et": "Kilpnäärme UH", "lv": "Vairogdziedzera USG", "lt": "Skydliaukės echoskopija",
                                     "en": "US Thyroid"}),
    "hn_mr": (["HEAD", "NECK"], "Head Neck", {"sv": "MR huvud-hals", "no": "MR caput/collum", "da": "MR af hoved og hals", "fi": "Pään ja kaulan MT",
                                              "is": "Segulómun höfuð og háls", "et": "Pea ja kaela MRT", "lv": "Galvas un kakla MR",
                                              "lt": "Galvos ir kaklo MRT", "en": "MRI Head and Neck"}),
    "cta_hn": (["HEAD", "NECK"], "Angio Head Neck", {"sv": "DT angio halskärl och hjärna|DTA hals-hjärna", "no": "CT angio caput/collum|CTA precerebrale og cerebrale kar",
                                                     "nn": "CT angio hovud og hals", "da": "CT-angiografi af hals- og hjernekar",
                                                     "fi": "Kaula- ja aivovaltimoiden TT-angiografia", "is": "TS æðamyndataka höfuð og háls",
                                                     "et": "Pea ja kaela KT angiograafia", "lv": "Galvas un kakla asinsvadu DT angiogrāfija",
                                                     "lt": "Galvos ir kaklo kraujagyslių KT angiografija", "en": "CTA Head and Neck"}),
    "chest_xr": (["CHEST"], "Thorax", {"sv": "Lungor|Hjärta-lungor|Slätröntgen thorax", "no": "Rtg. thorax|Rtg thorax front og side", "nn": "Røntgen thorax",
                                       "da": "Rtg. af thorax|Røntgen af thorax", "fi": "Keuhkojen natiivirtg|Thorax-rtg|Keuhkokuva",
                                       "is": "Röntgen lungu|Lungnamynd", "et": "Rindkere röntgen|Kopsude röntgenülesvõte",
                                       "lv": "Krūškurvja rentgenogrāfija|Plaušu rtg", "lt": "Krūtinės ląstos rentgenograma|Plaučių rentgenograma",
                                       "en": "XR Chest|Chest PA and Lateral"}),
    "chest_ct": (["CHEST"], "Thorax", {"sv": "DT thorax|DT thorax med kontrast|HRCT lungor", "no": "CT thorax|HRCT lunger", "da": "CT af thorax|HRCT af lunger",
                                       "fi": "Keuhkojen TT|Thoraxin TT|Keuhkojen HRTT", "is": "TS lungu|TS brjósthol", "et": "Rindkere KT|Kopsude KT",
                                       "lv": "Krūškurvja DT|Plaušu DT", "lt": "Krūtinės ląstos KT|Plaučių KT", "en": "CT Chest|CT Thorax"}),
    "ctpa": (["CHEST"], "Pulmonary Angio", {"sv": "DT lungartärer|DT lungemboli", "no": "CT lungeemboli|CT pulmonalisangiografi", "da": "CT-angiografi af lungearterier",
                                            "fi": "Keuhkoembolia TT|Keuhkovaltimoiden TT-angiografia", "is": "TS lungnaslagæðar", "et": "Kopsuarterite KT angiograafia",
                                            "lv": "Plaušu artēriju DT angiogrāfija", "lt": "Plaučių arterijų KT angiografija", "en": "CTPA|CT Pulmonary Angiogram"}),
    "cap_ct": (CAP, "Thorax Abdomen Pelvis", {"sv": "DT thorax-buk-bäcken|DT torax, buk och lilla bäckenet", "no": "CT thorax/abdomen/bekken",
                                              "nn": "CT thorax, abdomen og bekken", "da": "CT af thorax, abdomen og bækken", "fi": "Vartalon TT (thorax, vatsa, lantio)",
                                              "is": "TS brjósthol, kviður og grindarhol", "et": "Rindkere, kõhu ja vaagna KT",
                                              "lv": "Krūškurvja, vēdera un iegurņa DT", "lt": "Krūtinės, pilvo ir dubens KT", "en": "CT Chest Abdomen Pelvis|CT CAP"}),
    "ncap_ct": (["NECK"] + CAP, "Neck to Pelvis", {"sv": "DT hals-thorax-buk-bäcken", "no": "CT hals/thorax/abdomen/bekken", "da": "CT af hals, thorax, abdomen og bækken",
                                                   "fi": "Kaulan ja vartalon TT", "is": "TS háls, brjósthol, kviður og grindarhol", "et": "Kaela, rindkere, kõhu ja vaagna KT",
                                                   "lv": "Kakla, krūškurvja, vēdera un iegurņa DT", "lt": "Kaklo, krūtinės, pilvo ir dubens KT",
                                                   "en": "CT Neck Chest Abdomen Pelvis"}),
    "ap_ct": (AP_, "Abdomen Pelvis", {"sv": "DT buk och lilla bäckenet|DT buk-bäcken", "no": "CT abdomen/bekken", "da": "CT af abdomen og bækken",
                                      "fi": "Vatsan ja lantion TT", "is": "TS kviður og grindarhol", "et": "Kõhu ja vaagna KT", "lv": "Vēdera un iegurņa DT",
                                      "lt": "Pilvo ir dubens KT", "en": "CT Abdomen Pelvis"}),
    "liver_ct": (["ABDOMEN"], "Liver", {"sv": "DT lever 3-fas", "no": "CT lever trefase", "da": "CT af lever, trefase", "fi": "Maksan kolmivaihe-TT",
                                        "is": "TS lifur", "et": "Maksa KT kolmefaasiline", "lv": "Aknu DT trīs fāzes", "lt": "Kepenų KT trijų fazių",
                                        "en": "CT Liver triphasic"}),
    "stone_ct": (AP_, "Urinary tract", {"sv": "DT urinvägar (stenprotokoll)|DT njursten", "no": "CT urinveier|CT nyrestein", "da": "CT af urinveje (stenprotokol)",
                                        "fi": "Virtsateiden TT (kivi)", "is": "TS nýrnasteinar", "et": "Kuseteede KT (kivid)", "lv": "Urīnceļu DT",
                                        "lt": "Šlapimo takų KT", "en": "CT KUB"}),
    "colon_ct": (AP_, "Colonography", {"sv": "DT kolografi", "no": "CT kolografi", "da": "CT-kolografi", "fi": "TT-kolografia", "is": "TS ristilmyndataka",
                                       "et": "KT kolonograafia", "lv": "DT kolonogrāfija", "lt": "KT kolonografija", "en": "CT Colonography"}),
    "liver_mr": (["ABDOMEN"], "Liver", {"sv": "MR lever|MR lever och pankreas", "no": "MR lever", "da": "MR af lever", "fi": "Maksan MT|Haiman MT",
                                        "is": "Segulómun af lifur", "et": "Maksa MRT|Pankrease MRT", "lv": "Aknu MR|Aizkuņģa dziedzera MR",
                                        "lt": "Kepenų MRT|Kasos MRT", "en": "MRI Liver|MRI Pancreas"}),
    "mrcp": (["ABDOMEN"], "MRCP", {"sv": "MR gallvägar (MRCP)|MRCP", "no": "MRCP", "da": "MRCP", "fi": "Sappiteiden MT (MRCP)", "is": "MRCP gallvegir",
                                   "et": "MRCP sapiteed", "lv": "MR holangiopankreatogrāfija (MRCP)", "lt": "MR cholangiopankreatografija", "en": "MRCP"}),
    "abd_us": (["ABDOMEN"], "Abdomen", {"sv": "UL övre buk|UL lever och gallvägar", "no": "UL øvre abdomen|UL lever", "da": "UL af øvre abdomen",
                                        "fi": "Ylävatsan UÄ", "is": "Ómun af efri kvið", "et": "Ülakõhu UH|Kõhuõõne UH", "lv": "Vēdera dobuma orgānu USG",
                                        "lt": "Pilvo organų echoskopija", "en": "US Upper Abdomen"}),
    "kid_us": (["ABDOMEN"], "Renal", {"sv": "UL njurar", "no": "UL nyrer", "da": "UL af nyrer", "fi": "Munuaisten UÄ", "is": "Ómun af nýrum",
                                      "et": "Neerude UH", "lv": "Nieru USG", "lt": "Inkstų echoskopija", "en": "US Kidneys"}),
    "uro_us": (AP_, "Urinary tract", {"sv": "UL njurar och urinblåsa", "no": "UL urinveier", "da": "UL af nyrer og blære", "fi": "Virtsateiden UÄ",
                                      "is": "Ómun af þvagfærum", "et": "Neerude ja põie UH", "lv": "Nieru un urīnpūšļa USG",
                                      "lt": "Inkstų ir šlapimo pūslės echoskopija", "en": "US Kidneys and Bladder"}),
    "prost_mr": (["PELVIS"], "Prostate", {"sv": "MR prostata", "no": "MR prostata", "da": "MR af prostata", "fi": "Eturauhasen MT",
                                          "is": "Segulómun af blöðruhálskirtli", "et": "Eesnäärme MRT", "lv": "Prostatas MR", "lt": "Prostatos MRT",
                                          "en": "MRI Prostate"}),
    "pelv_mr": (["PELVIS"], "Pelvis", {"sv": "MR lilla bäckenet|MR rektum", "no": "MR bekken|MR rectum", "da": "MR af bækken|MR af rectum",
                                       "fi": "Lantion MT|Peräsuolen MT", "is": "Segulómun af grindarholi", "et": "Vaagna MRT|Pärasoole MRT",
                                       "lv": "Iegurņa MR|Taisnās zarnas MR", "lt": "Dubens MRT|Tiesiosios žarnos MRT", "en": "MRI Pelvis|MRI Rectum"}),
    "pelv_us": (["PELVIS"], "Pelvis", {"sv": "UL gynekologi|UL urinblåsa", "no": "UL bekken|UL urinblære", "da": "UL af bækken", "fi": "Lantion UÄ|Virtsarakon UÄ",
                                       "is": "Ómun af grindarholi", "et": "Väikese vaagna UH", "lv": "Mazā iegurņa USG", "lt": "Mažojo dubens echoskopija",
                                       "en": "US Pelvis"}),
    "pet_wb": (WB, "Whole Body", {"sv": "PET-DT helkropp FDG|PET/CT FDG", "no": "PET/CT FDG helkropp", "da": "FDG-PET/CT|PET/CT helkrop",
                                  "fi": "Koko kehon FDG-PET-TT", "is": "PET/TS allur líkaminn", "et": "PET-KT kogu keha (FDG)", "lv": "PET/DT visam ķermenim",
                                  "lt": "Viso kūno PET/KT", "en": "PET/CT FDG Whole Body"}),
    "psma": (WB, "PSMA Whole Body", {"sv": "PSMA-PET/DT", "no": "PSMA PET/CT", "da": "PSMA-PET/CT", "fi": "PSMA-PET-TT", "is": "PSMA PET/TS",
                                     "et": "PSMA PET-KT", "lv": "PSMA PET/DT", "lt": "PSMA PET/KT", "en": "PSMA PET/CT"}),
    "wb_mr": (WB, "Whole Body", {"sv": "MR helkropp", "no": "MR helkropp", "da": "MR af hele kroppen", "fi": "Koko kehon MT", "is": "Segulómun af öllum líkamanum",
                                 "et": "Kogu keha MRT", "lv": "Visa ķermeņa MR", "lt": "Viso kūno MRT", "en": "MRI Whole Body"}),
    "bone_scan": (WB, "Whole Body", {"sv": "Skelettscintigrafi", "no": "Skjelettscintigrafi", "da": "Knoglescintigrafi", "fi": "Luuston gammakuvaus",
                                     "is": "Beinaskann", "et": "Skeleti stsintigraafia", "lv": "Skeleta scintigrāfija", "lt": "Skeleto scintigrafija",
                                     "en": "Bone Scan Whole Body"}),
    "thy_nm": (["NECK"], "Thyroid", {"sv": "Tyreoideascintigrafi", "no": "Thyreoideascintigrafi", "da": "Thyroideascintigrafi", "fi": "Kilpirauhasen gammakuvaus",
                                     "is": "Skjaldkirtilsskann", "et": "Kilpnäärme stsintigraafia", "lv": "Vairogdziedzera scintigrāfija",
                                     "lt": "Skydliaukės scintigrafija", "en": "Thyroid Scan"}),
    "para_nm": (["NECK"], "Parathyroid", {"sv": "Paratyreoideascintigrafi", "no": "Parathyreoideascintigrafi", "da": "Parathyroideascintigrafi",
                                          "fi": "Lisäkilpirauhasten gammakuvaus", "en": "Parathyroid Scan"}),
    "renogram": (["ABDOMEN"], "Renal", {"sv": "Renografi (MAG3)", "no": "Renografi MAG3", "da": "Renografi", "fi": "Munuaisten gammakuvaus (MAG3)",
                                        "is": "Nýrnaskann", "et": "Renograafia", "lv": "Renogrāfija", "lt": "Dinaminė inkstų scintigrafija", "en": "MAG3 Renogram"}),
    "mpi": (["CHEST"], "Cardiac", {"sv": "Myokardscintigrafi", "no": "Myokardscintigrafi", "da": "Myokardieperfusionsscintigrafi", "fi": "Sydänlihaksen perfuusiokuvaus",
                                   "is": "Hjartaskann", "et": "Müokardi perfusiooni stsintigraafia", "lv": "Miokarda perfūzijas scintigrāfija",
                                   "lt": "Miokardo perfuzijos scintigrafija", "en": "Myocardial Perfusion Scan"}),
    "vq": (["CHEST"], "Lung", {"sv": "Lungscintigrafi (V/P)", "no": "Lungescintigrafi", "da": "Lungescintigrafi", "fi": "Keuhkojen perfuusio-ventilaatiokuvaus",
                               "is": "Lungnaskann", "et": "Kopsude stsintigraafia", "lv": "Plaušu scintigrāfija", "lt": "Plaučių scintigrafija", "en": "V/Q Scan"}),
    "card_mr": (["CHEST"], "Cardiac", {"sv": "MR hjärta", "no": "MR hjerte", "da": "MR af hjertet", "fi": "Sydämen MT", "is": "Segulómun af hjarta",
                                       "et": "Südame MRT", "lv": "Sirds MR", "lt": "Širdies MRT", "en": "Cardiac MRI"}),
    "cor_ct": (["CHEST"], "Coronary", {"sv": "DT kranskärl", "no": "CT coronar angiografi|CT koronar", "da": "CT-koronararteriografi", "fi": "Sepelvaltimoiden TT",
                                       "is": "TS kransæðar", "et": "Koronaararterite KT angiograafia", "lv": "Koronāro artēriju DT angiogrāfija",
                                       "lt": "Vainikinių arterijų KT angiografija", "en": "CT Coronary Angiogram"}),
    "cor_xa": (["CHEST"], "Coronary", {"sv": "Kranskärlsröntgen (koronarangiografi)", "no": "Koronar angiografi", "da": "Koronararteriografi (KAG)",
                                       "fi": "Sepelvaltimoiden varjoainekuvaus", "is": "Kransæðaþræðing", "et": "Koronarograafia", "lv": "Koronārā angiogrāfija",
                                       "lt": "Koronarografija", "en": "Coronary Angiogram"}),
    "aorta_ct": (CAP, "Aorta", {"sv": "DT aorta (thorax och buk)", "no": "CT aorta thorax/abdomen", "da": "CT-angiografi af aorta", "fi": "Aortan TT-angiografia",
                                "is": "TS ósæð", "et": "Aordi KT angiograafia", "lv": "Aortas DT angiogrāfija", "lt": "Aortos KT angiografija",
                                "en": "CTA Aorta Chest Abdomen Pelvis"}),
    "evar_ct": (AP_, "Abdominal aorta", {"sv": "DT bukaorta (EVAR-kontroll)", "no": "CT abdominalaorta EVAR", "da": "CT af abdominalaorta (EVAR)",
                                         "fi": "Vatsa-aortan TT (EVAR)", "is": "TS kviðarholsósæð", "et": "Kõhuaordi KT (EVAR)", "lv": "Vēdera aortas DT (EVAR)",
                                         "lt": "Pilvinės aortos KT (EVAR)", "en": "CTA Abdominal Aorta EVAR"}),
    "aorta_us": (["ABDOMEN"], "Aorta", {"sv": "UL bukaorta (AAA-screening)", "no": "UL aorta abdominalis", "da": "UL af aorta abdominalis", "fi": "Vatsa-aortan UÄ",
                                        "is": "Ómun af kviðarholsósæð", "et": "Kõhuaordi UH", "lv": "Vēdera aortas USG", "lt": "Pilvinės aortos echoskopija",
                                        "en": "US Abdominal Aorta"}),
    "carotid_us": (["NECK"], "Carotid", {"sv": "UL halskärl (duplex)|Duplex halskärl", "no": "UL halskar|Doppler halskar", "da": "UL af halskar",
                                         "fi": "Kaulasuonten UÄ", "is": "Ómun af hálsæðum", "et": "Kaelaveresoonte dupleks UH", "lv": "Kakla asinsvadu doplerogrāfija",
                                         "lt": "Kaklo kraujagyslių dupleksinė echoskopija", "en": "US Carotid Duplex"}),
    "runoff_ct": (["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "Runoff",
                  {"sv": "DT angio bäcken-ben bilat", "no": "CT angio underekstremiteter", "da": "CT-angiografi af underekstremiteter",
                   "fi": "Alaraajojen valtimoiden TT-angiografia", "is": "TS æðamyndataka ganglimir", "et": "Alajäsemete KT angiograafia",
                   "lv": "Kāju artēriju DT angiogrāfija (abas kājas)", "lt": "Abiejų kojų arterijų KT angiografija", "en": "CTA Runoff Bilateral"}),
    "cereb_xa": (["HEAD"], "Cerebral", {"sv": "Cerebral angiografi", "no": "Cerebral angiografi", "da": "Cerebral angiografi", "fi": "Aivovaltimoiden angiografia",
                                        "is": "Heilaæðamyndataka", "et": "Peaaju angiograafia", "lv": "Cerebrālā angiogrāfija", "lt": "Galvos smegenų angiografija",
                                        "en": "Cerebral Angiogram"}),
    "tace_xa": (["ABDOMEN"], "Liver", {"sv": "TACE lever", "no": "TACE lever", "da": "TACE af lever", "fi": "Maksan TACE-hoito", "et": "Maksa TACE",
                                       "lv": "Aknu TACE", "lt": "Kepenų TACE", "en": "TACE Liver"}),
    "swallow": (["NECK", "CHEST"], "Oesophagus", {"sv": "Esofagusröntgen|Sväljningsröntgen", "no": "Øsofagusrøntgen|Rtg. øsofagus", "da": "Røntgen af øsofagus",
                                                  "fi": "Ruokatorven läpivalaisu", "is": "Vélindismyndataka", "et": "Söögitoru röntgenuuring",
                                                  "lv": "Barības vada rtg ar kontrastu", "lt": "Stemplės rentgenoskopija", "en": "Barium Swallow"}),
    "hsg": (["PELVIS"], "HSG", {"sv": "Hysterosalpingografi (HSG)", "no": "HSG", "da": "HSG", "fi": "Kohdun ja munanjohtimien varjoainekuvaus (HSG)",
                                "is": "HSG", "et": "Hüsterosalpingograafia", "lv": "Histerosalpingogrāfija", "lt": "Histerosalpingografija",
                                "en": "Hysterosalpingogram"}),
    "pelv_xr": (["PELVIS"], "Pelvis", {"sv": "Bäcken|Slätröntgen bäcken", "no": "Rtg. bekken", "da": "Rtg. af bækken", "fi": "Lantion rtg", "is": "Röntgen grindarhol",
                                       "et": "Vaagna röntgen", "lv": "Iegurņa rtg", "lt": "Dubens rentgenograma", "en": "XR Pelvis"}),
    "abd_xr": (AP_, "Abdomen", {"sv": "Buköversikt", "no": "Rtg. oversikt abdomen", "da": "Rtg. af abdomen (oversigt)", "fi": "Vatsan natiivirtg",
                                "is": "Röntgen kviðarhol", "et": "Kõhuõõne ülesvõte", "lv": "Vēdera dobuma pārskata rtg", "lt": "Pilvo apžvalginė rentgenograma",
                                "en": "XR Abdomen"}),
    "skull_xr": (["HEAD"], "Skull", {"sv": "Skalle", "no": "Rtg. kranium", "da": "Rtg. af kranium", "fi": "Kallon rtg", "et": "Kolju röntgen",
                                     "lv": "Galvaskausa rtg", "lt": "Kaukolės rentgenograma", "en": "XR Skull"}),
    "mammo_scr": (["BREAST"], "Mammo", {"sv": "Mammografi screening|Mammografiscreening", "no": "Mammografi screening (Mammografiprogrammet)|Mammografiprogrammet",
                                        "da": "Mammografi, screening|Screeningsmammografi", "fi": "Seulontamammografia|Mammografia seulonta",
                                        "is": "Brjóstaskimun|Brjóstamyndataka skimun", "et": "Sõeluuringu mammograafia|Mammograafia sõeluuring",
                                        "lv": "Skrīninga mamogrāfija", "lt": "Atrankinė mamografija", "en": "Screening Mammogram"}),
    "mammo_dia": (["BREAST"], "Mammo", {"sv": "Klinisk mammografi", "no": "Klinisk mammografi", "da": "Klinisk mammografi", "fi": "Kliininen mammografia",
                                        "is": "Klínísk brjóstamyndataka", "et": "Diagnostiline mammograafia", "lv": "Diagnostiskā mamogrāfija",
                                        "lt": "Diagnostinė mamografija", "en": "Diagnostic Mammogram"}),
    "breast_mr": (["BREAST"], "Breast", {"sv": "MR bröst|MR mammae", "no": "MR mammae", "da": "MR af mammae", "fi": "Rintojen MT", "is": "Segulómun af brjóstum",
                                         "et": "Rinnanäärmete MRT", "lv": "Krūts dziedzeru MR", "lt": "Krūtų MRT", "en": "MRI Breasts"}),
    "dxa": ([], "DXA", {"sv": "Bentäthetsmätning (DXA)", "no": "Bentetthetsmåling", "da": "DXA-skanning|Knoglescanning DXA", "fi": "Luuntiheysmittaus",
                        "is": "Beinþéttnimæling", "et": "Luutiheuse uuring (DXA)", "lv": "Kaulu densitometrija", "lt": "Kaulų densitometrija",
                        "en": "DXA Bone Density"}),
    "trauma_ct": (WB, "Polytrauma", {"sv": "DT trauma helkropp|DT traumaprotokoll", "no": "CT traume|CT traumeprotokoll", "da": "CT traumeskanning",
                                     "fi": "Monivamma-TT", "is": "TS fjöláverki", "et": "Polütrauma KT", "lv": "Politraumas DT", "lt": "Politraumos KT",
                                     "en": "CT Polytrauma"}),
    "appy_us": (AP_, "Appendix", {"sv": "UL appendix", "no": "UL appendicitt", "da": "UL af appendix", "fi": "Umpilisäkkeen UÄ", "is": "Ómun botnlangi",
                                  "et": "Apendiksi UH", "lv": "Aklās zarnas piedēkļa USG", "lt": "Apendikso echoskopija", "en": "US Appendix"}),
    "mucg": (AP_, "MCUG", {"sv": "Miktionsuretrocystografi (MUCG)", "no": "MUCG", "da": "MUCG", "fi": "Miktiokystografia", "et": "Mikstiuuriline tsüstograafia",
                           "lv": "Mikcijas cistogrāfija", "lt": "Mikcinė cistografija", "en": "MCUG"}),
    "head_us": (["HEAD"], "Neonatal head", {"sv": "UL hjärna nyfödd", "no": "UL caput nyfødt", "da": "UL af cerebrum, nyfødt", "fi": "Vastasyntyneen aivojen UÄ",
                                            "et": "Vastsündinu peaaju UH", "lv": "Jaundzimušā galvas smadzeņu USG", "lt": "Naujagimio galvos smegenų echoskopija",
                                            "en": "US Neonatal Head"}),
}
SPINE_EX = {  # region: {lang: (MR, XR)}
    "c": {"sv": ("MR halsrygg", "Halsrygg"), "no": ("MR cervicalcolumna|MR columna cervicalis", "Rtg. cervicalcolumna"),
          "nn": ("MR nakke (columna cervicalis)", "Røntgen nakke"), "da": ("MR af columna cervicalis|MR halshvirvelsøjle", "Rtg. af columna cervicalis"),
          "fi": ("Kaularangan MT", "Kaularangan rtg"), "is": ("Segulómun af hálshrygg", "Röntgen hálshryggur"),
          "et": ("Lülisamba kaelaosa MRT", "Lülisamba kaelaosa röntgen"), "lv": ("Kakla skriemeļu MR", "Kakla skriemeļu rtg"),
          "lt": ("Kaklinės stuburo dalies MRT", "Kaklinės stuburo dalies rentgenograma"), "en": ("MRI Cervical Spine", "XR C-Spine")},
    "t": {"sv": ("MR bröstrygg", "Bröstrygg"), "no": ("MR thoracalcolumna", "Rtg. thoracalcolumna"), "nn": ("MR brystrygg", "Røntgen brystrygg"),
          "da": ("MR af columna thoracalis", "Rtg. af columna thoracalis"), "fi": ("Rintarangan MT", "Rintarangan rtg"),
          "is": ("Segulómun af brjósthrygg", "Röntgen brjósthryggur"), "et": ("Lülisamba rinnaosa MRT", "Lülisamba rinnaosa röntgen"),
          "lv": ("Krūšu skriemeļu MR", "Krūšu skriemeļu rtg"), "lt": ("Krūtininės stuburo dalies MRT", "Krūtininės stuburo dalies rentgenograma"),
          "en": ("MRI Thoracic Spine", "XR T-Spine")},
    "l": {"sv": ("MR ländrygg|MR LS-rygg", "Ländrygg|LS-rygg"), "no": ("MR lumbalcolumna|MR LS-columna", "Rtg. LS-columna"),
          "nn": ("MR korsrygg", "Røntgen korsrygg"), "da": ("MR af columna lumbalis|MR lænderyg", "Rtg. af columna lumbalis"),
          "fi": ("Lannerangan MT", "Lannerangan rtg"), "is": ("Segulómun af lendhrygg", "Röntgen lendhryggur"),
          "et": ("Lülisamba nimmeosa MRT", "Lülisamba nimmeosa röntgen"), "lv": ("Jostas skriemeļu MR|Jostas daļas MR", "Jostas skriemeļu rtg"),
          "lt": ("Juosmeninės stuburo dalies MRT", "Juosmeninės stuburo dalies rentgenograma"), "en": ("MRI Lumbar Spine", "XR L-Spine")},
    "tl": {"sv": ("MR bröst- och ländrygg", "Bröst- och ländrygg"), "no": ("MR thoracal- og lumbalcolumna", "Rtg. th- og lumbalcolumna"),
           "da": ("MR af columna thoracalis og lumbalis", "Rtg. af columna thoracolumbalis"), "fi": ("Rinta- ja lannerangan MT", "Rinta- ja lannerangan rtg"),
           "et": ("Lülisamba rinna- ja nimmeosa MRT", "Lülisamba rinna- ja nimmeosa röntgen"), "lv": ("Krūšu un jostas skriemeļu MR", "Krūšu un jostas skriemeļu rtg"),
           "lt": ("Krūtininės ir juosmeninės stuburo dalies MRT", "Krūtininės ir juosmeninės stuburo dalies rentgenograma"),
           "en": ("MRI Thoracolumbar Spine", "XR Thoracolumbar Spine")},
    "ws": {"sv": ("MR hela ryggen", "Helrygg stående (skolios)"), "no": ("MR hele columna", "Rtg. hele columna (skoliose)"),
           "nn": ("MR heile ryggen", "Røntgen heile ryggen"), "da": ("MR af hele columna", "Rtg. af hele columna (skoliose)"),
           "fi": ("Koko rangan MT", "Koko rangan rtg (skolioosi)"), "is": ("Segulómun af öllum hrygg", "Röntgen allur hryggur"),
           "et": ("Kogu lülisamba MRT", "Skolioosi ülesvõte (kogu lülisammas)"), "lv": ("Visa mugurkaula MR", "Visa mugurkaula rtg (skolioze)"),
           "lt": ("Viso stuburo MRT", "Viso stuburo rentgenograma (skoliozė)"), "en": ("MRI Whole Spine", "XR Whole Spine Scoliosis")},
}
SPINE_CODE = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "tl": ["TSPINE", "LSPINE"], "ws": WSPINE}
SPINE_PROTO = {"c": "C-Spine", "t": "T-Spine", "l": "L-Spine", "tl": "TL-Spine", "ws": "Whole Spine"}

# ---------------------------------------------------------------- sites
SITES = {
    "se-univ": dict(langs=["sv"] * 6 + ["en"], kind="university hospital, Sweden", n=120, mr="Siemens", xr="Philips", ct="Siemens",
                    us="GE", mg="Hologic", nm="GE", code="se", ascii=[("fold", 0.08)],
                    strata={"msk": 5, "spine": 2, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 2,
                            "paeds": 2, "nm": 2, "breast": 1, "trauma": 1}),
    "se-priv": dict(langs=["sv"], kind="private imaging centre, Sweden", n=75, mr="GE", xr="Carestream", ct="GE", us="Samsung",
                    mg="Hologic", nm=None, code="se", ascii=[("fold", 0.45)],
                    strata={"msk": 8, "spine": 3, "breast": 3, "abdo": 1, "dxa": 1}),
    "no-hf": dict(langs=["no"] * 3 + ["nn"] * 2, kind="hospital trust, Norway", n=100, mr="Philips", xr="Siemens", ct="Canon", us="Canon",
                  mg="Siemens", nm="Siemens", code="no", ascii=[("fold", 0.12)],
                  strata={"msk": 5, "spine": 2, "neuro": 2, "headneck": 1, "chest": 2, "cardio": 1, "abdo": 2, "onc": 2, "vasc": 2,
                          "paeds": 2, "nm": 2, "breast": 2, "trauma": 1, "dxa": 1}),
    "no-priv": dict(langs=["no"], kind="private imaging centre, Norway", n=65, mr="Siemens", xr="Fujifilm", ct="Siemens", us="GE",
                    mg=None, nm=None, code="no", ascii=[("fold", 0.35), ("digraph", 0.08)],
                    strata={"msk": 8, "spine": 4, "neuro": 1, "abdo": 1}),
    "dk-reg": dict(langs=["da"], kind="regional hospital, Denmark", n=105, mr="Siemens", xr="Agfa", ct="Siemens", us="Philips",
                   mg="Hologic", nm="GE", code="dk", ascii=[("digraph", 0.14), ("fold", 0.08)],
                   strata={"msk": 5, "spine": 2, "neuro": 2, "headneck": 1, "chest": 2, "abdo": 2, "onc": 2, "vasc": 1, "paeds": 1,
                           "nm": 2, "breast": 2, "trauma": 1, "cardio": 1, "dxa": 1}),
    "fi-univ": dict(langs=["fi"] * 5 + ["sv"], kind="university hospital, Finland (bilingual)", n=100, mr="GE", xr="Philips", ct="GE",
                    us="GE", mg="GE", nm="GE", code="fi", ascii=[("fold", 0.12)],
                    strata={"msk": 4, "spine": 2, "neuro": 2, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 2, "onc": 3, "vasc": 2,
                            "paeds": 2, "nm": 1, "dental": 2, "trauma": 1}),
    "fi-priv": dict(langs=["fi"], kind="private imaging centre and dental clinic, Finland", n=62, mr="Canon", xr="Carestream", ct=None,
                    us="Canon", mg="Fujifilm", nm=None, code="fi", ascii=[("fold", 0.4)],
                    strata={"msk": 6, "spine": 3, "dental": 3, "breast": 2, "dxa": 1}),
    "is-lsh": dict(langs=["is"] * 3 + ["en"], kind="national university hospital, Iceland", n=65, mr="Siemens", xr="Fujifilm", ct="Siemens",
                   us="Philips", mg="Hologic", nm="Siemens", code=None, ascii=[("fold", 0.3)],
                   strata={"msk": 5, "spine": 2, "neuro": 2, "chest": 2, "abdo": 2, "onc": 1, "breast": 2, "trauma": 1, "vasc": 1,
                           "headneck": 1}),
    "ee-hosp": dict(langs=["et"] * 4 + ["en"], kind="regional hospital, Estonia", n=85, mr="Philips", xr="Samsung", ct="Canon",
                    us="Mindray", mg="Fujifilm", nm="Siemens", code="ee", ascii=[("fold", 0.35)],
                    strata={"msk": 5, "spine": 2, "neuro": 2, "chest": 2, "abdo": 2, "breast": 2, "onc": 1, "cardio": 1, "dental": 1,
                            "dxa": 1, "vasc": 1, "paeds": 1}),
    "lv-hosp": dict(langs=["lv"] * 4 + ["en"], kind="university hospital, Latvia", n=80, mr="UIH", xr="Carestream", ct="Siemens",
                    us="Mindray", mg="GE", nm="GE", code="lv", ascii=[("fold", 0.3), ("drop", 0.1)],
                    strata={"msk": 5, "spine": 2, "neuro": 2, "chest": 2, "abdo": 2, "breast": 2, "headneck": 1, "dxa": 1, "vasc": 1,
                            "nm": 1, "paeds": 1, "trauma": 1}),
    "lt-hosp": dict(langs=["lt"] * 4 + ["en"], kind="university hospital, Lithuania", n=85, mr="GE", xr="Agfa", ct="UIH",
                    us="Samsung", mg="Hologic", nm="Siemens", code="lt", ascii=[("fold", 0.4)],
                    strata={"msk": 5, "spine": 2, "neuro": 2, "chest": 2, "abdo": 2, "breast": 2, "cardio": 1, "dental": 1, "onc": 1,
                            "dxa": 1, "headneck": 1, "paeds": 1}),
}

# ---------------------------------------------------------------- vendors
MR_MAKE = {"Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola", "MAGNETOM Altea"]),
           "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva dStream"]),
           "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Premier", "SIGNA Artist", "Optima MR450w"]),
           "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Elan"]),
           "UIH": ("UIH", ["uMR 780", "uMR 570", "uMR Omega"])}
CT_MAKE = {"Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM go.Top", "SOMATOM X.cite", "NAEOTOM Alpha"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Revolution Apex", "Revolution EVO", "Optima CT660"]),
           "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"]),
           "Philips": ("Philips", ["Incisive CT", "IQon - Spectral CT"]),
           "UIH": ("UIH", ["uCT 760", "uCT 780", "uCT 550"])}
XR_MAKE = {"Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "CombiDiagnost R90"]),
           "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact"]),
           "Agfa": ("Agfa", ["DX-D 600", "DR 800"]),
           "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Compass"]),
           "Fujifilm": ("FUJIFILM Corporation", ["FDR Smart X", "FDR D-EVO II"]),
           "Samsung": ("SAMSUNG ELECTRONICS", ["GC85A", "GM85"])}
US_MAKE = {"GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ E10s", "Voluson E10"]), "Philips": ("Philips Medical Systems", ["EPIQ Elite", "Affiniti 70"]),
           "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]), "Samsung": ("SAMSUNG MEDISON CO.,LTD.", ["RS85", "HS70A", "V8"]),
           "Mindray": ("Mindray", ["Resona I9", "DC-80", "Resona 7"]), "Siemens": ("SIEMENS", ["ACUSON Sequoia"])}
MG_MAKE = {"Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]), "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina"]),
           "Siemens": ("SIEMENS", ["MAMMOMAT Revelation"]), "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"])}
NM_MAKE = {"GE": ("GE Healthcare", ["Discovery NM/CT 870 DR", "StarGuide"]), "Siemens": ("SIEMENS NM", ["Symbia Intevo Bold", "Symbia Pro.specta"])}
PT_MAKE = {"GE": ("GE MEDICAL SYSTEMS", "Discovery MI"), "Siemens": ("SIEMENS", "Biograph Vision 600")}

MRSEQ = {
    "Siemens": {"loc": ["localizer", "localizer_3plane", "AAHead_Scout_64ch-head-coil"],
                "msk": ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag", "t1_tse_sag", "t2_tse_fs_tra"],
                "spine": ["t2_tse_sag_384", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag", "t2_tse_cor"],
                "neuro": ["t2_tse_tra_512", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace_p2", "ep2d_diff_3scan_trace_p2_ADC",
                          "t1_mprage_sag_p2_iso", "t1_mprage_sag_p2_iso_MPR_Tra", "t2_swi_tra_p2", "t1_tse_tra_fs_post"],
                "body": ["t2_haste_cor_mbh", "t2_haste_tra_mbh", "t1_vibe_dixon_tra_opp", "ep2d_diff_b50_800_tra", "t1_vibe_fs_tra_dyn",
                         "t2_space_cor_p3_trig_MIP"],
                "breast": ["t2_tse_tra", "t1_fl3d_tra_dyn", "t1_fl3d_tra_dyn_SUB1", "ep2d_diff_tra_ADC", "t1_fl3d_tra_dyn_MIP_SUB"],
                "cardiac": ["localizer_haste", "trufi_loc_multi", "cine_trufi_4ch", "cine_trufi_sa", "T1_MOLLI_sa", "psir_tfl_sa_late"],
                "prostate": ["t2_tse_tra_p2", "t2_tse_sag", "ep2d_diff_tra_b1400", "ep2d_diff_tra_ADC", "t1_vibe_tra_dyn"],
                "wb": ["t2_tirm_cor_wb_COMPOSED", "t1_tse_cor_wb_COMPOSED", "ep2d_diff_b800_tra_wb"],
                "hn": ["t2_tse_tra_fs", "t1_tse_tra", "t2_tirm_cor", "t1_vibe_fs_tra_post", "ep2d_diff_resolve_tra"]},
    "GE": {"loc": ["3Plane Loc", "3Pl Loc SSFSE", "Loc"],
           "msk": ["Cor PD FSE FS", "Sag PD FSE FS", "Ax PD FSE FS", "Cor T1 FSE", "Sag T2 FSE", "Ax T2 FS"],
           "spine": ["Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"],
           "neuro": ["Ax T2 PROPELLER", "Sag CUBE T2 FLAIR", "Ax DWI b1000", "Apparent Diffusion Coefficient (mm2/s)", "Sag 3D BRAVO", "Ax SWAN"],
           "body": ["Cor SSFSE", "Ax T2 FRFSE FS", "Ax LAVA-Flex", "Ax DWI b800", "3D MRCP", "Ax LAVA Dyn"],
           "breast": ["Ax T2 FSE", "Ax VIBRANT MPh", "SUB Ax VIBRANT", "Ax DWI b800"],
           "cardiac": ["FIESTA Cine SAX", "FIESTA Cine 4CH", "MDE SAX", "T1 Map SAX"],
           "prostate": ["Ax T2 FRFSE small FOV", "Sag T2 FRFSE", "Ax DWI b1400", "ADC", "Ax DISCO"],
           "wb": ["Cor STIR WB", "Cor T1 WB", "Ax DWI WB"],
           "hn": ["Ax T2 IDEAL", "Ax T1", "Cor STIR", "Ax T1 FS +C"]},
    "Philips": {"loc": ["Survey", "SmartExam Survey", "3P Survey"],
                "msk": ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2W_TSE_SAG"],
                "spine": ["T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG"],
                "neuro": ["T2W_TSE_TRA", "3D_FLAIR_VIEW", "DWI_b1000", "dADC", "3D_T1W_TFE", "SWIp"],
                "body": ["T2W_SSh_COR", "T2W_SPAIR_TRA", "mDIXON_TRA", "DWI_b0_800", "MRCP_3D"],
                "breast": ["T2W_TSE_TRA", "DYN_eTHRIVE", "dyn_eTHRIVE_SUB", "DWI_b800"],
                "cardiac": ["BTFE_CINE_SA", "BTFE_CINE_4CH", "3D_LGE_PSIR", "MOLLI_T1"],
                "prostate": ["T2W_TSE_ax", "T2W_TSE_sag", "DWI_b1500", "dADC", "DCE_THRIVE"],
                "wb": ["STIR_WB_COR", "T1W_WB_COR", "DWIBS"],
                "hn": ["T2W_TSE_mDIXON_TRA", "T1W_TSE_TRA", "STIR_COR", "T1W_mDIXON_TRA_GD"]},
    "Canon": {"loc": ["locator", "Locator 3 plane"],
              "msk": ["PDFS_COR", "PDFS_SAG", "PDFS_AX", "T1_COR", "T2_SAG"],
              "spine": ["T2_SAG", "T1_SAG", "T2_AX", "STIR_SAG"],
              "neuro": ["T2_AX", "FLAIR_AX", "DWI_b1000", "ADC", "3D_MPRAGE"],
              "breast": ["T2_AX", "DYN_3D", "SUB_DYN", "DWI_AX"]},
    "UIH": {"loc": ["localizer", "loc_3plane"],
            "msk": ["pd_fse_fs_cor", "pd_fse_fs_sag", "pd_fse_fs_tra", "t1_fse_cor", "t2_fse_sag"],
            "spine": ["t2_fse_sag", "t1_fse_sag", "t2_fse_tra", "t2_fse_fs_sag"],
            "neuro": ["t2_fse_tra", "t2_flair_tra", "dwi_tra_b1000", "adc_tra", "t1_gre_3d_sag", "swi_tra"],
            "body": ["t2_ssfse_cor", "t2_fse_fs_tra", "t1_gre_quick3d_dixon", "dwi_tra_b800", "mrcp_3d"],
            "breast": ["t2_fse_tra", "t1_quick3d_dyn", "t1_quick3d_dyn_sub", "dwi_tra"],
            "prostate": ["t2_fse_tra", "t2_fse_sag", "dwi_tra_b1400", "adc_tra", "t1_quick3d_dyn"],
            "hn": ["t2_fse_fs_tra", "t1_fse_tra", "t2_fse_fs_cor", "t1_gre_fs_tra_post"]},
}
SIEM_SEQNAME = {"pd_tse": "*tse2d1_5", "t1_tse": "*tse2d1_3", "t2_tse": "*tse2d1_15", "t2_tirm": "*tir2d1_11", "ep2d": "*ep_b1000t",
                "t1_mprage": "*tfl3d1_16ns", "t1_vibe": "*fl3d1", "t1_fl3d": "*fl3d1", "t2_haste": "*h2d1_256", "trufi": "*tfi2d1",
                "cine": "*tfi2d1_12", "localizer": "*fl2d1", "t2_swi": "*swi3d1r", "psir": "*tfl2d1"}


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.s = SITES[site]
        self.lang = rng.choice(self.s["langs"])

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def ex(cx, key, lang=None):
    """A site's own name for an exam (nynorsk falls back to bokmål, the rest to English)."""
    table = EX[key][2]
    lang = lang or cx.lang
    got = table.get(lang) or (table.get("no") if lang == "nn" else None) or table["en"]
    return cx.c(got.split("|"))


def case(cx, text):
    return text.upper() if cx.p(0.22) else text


def bpe(cx, meta, good, alt=None, p_missing=0.3, p_alt=0.14):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good


def scan_of(desc):
    d = desc.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "apparent", "dwibs")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair", "psir")):
        return "SE\\IR" if "3d" not in d and "cube" not in d else "IR"
    if any(k in d for k in ("loc", "survey", "scout", "vibe", "fl3d", "mprage", "bravo", "tfe", "thrive", "vibrant", "dyn", "cine", "fiesta",
                            "btfe", "swi", "swan", "lava", "dixon", "gre", "molli", "disco", "trufi", "mde", "lge", "quick3d")):
        return "GR"
    return "SE"


def mr_meta(cx, desc, **kw):
    make, models = MR_MAKE[cx.s["mr"]]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc,
         "ScanningSequence": scan_of(desc)}
    if cx.s["mr"] == "Siemens":
        for k, v in SIEM_SEQNAME.items():
            if desc.startswith(k):
                m["SequenceName"] = v
                break
    if any(k in desc for k in ("ADC", "Apparent", "SUB", "_sub", "MIP", "MPR", "COMPOSED", "dADC", "adc_")):
        m["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if "dc" in desc.lower() or "Apparent" in desc else "OTHER")
    m.update(kw)
    return m


def mr_series(cx, cls, n=None):
    v = cx.s["mr"]
    table = MRSEQ[v]
    names = table.get(cls) or MRSEQ["Siemens"][cls]
    loc = cx.c(table["loc"])
    k = n or cx.c([3, 4, 5])
    return [loc] + names[:k] if cx.p(0.5) else [loc] + cx.rng.sample(names, min(k, len(names)))


def ct_meta(cx, desc, kernel=None, thick=None, **kw):
    make, models = CT_MAKE[cx.s["ct"] or "Siemens"]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def recons(cx, region, head=False, lung=False):
    """Recon names as each vendor writes them, with a region word (Siemens, UIH) or without."""
    v = cx.s["ct"] or "Siemens"
    if v == "Siemens":
        k1, k2 = ("Hr38", "Hr64") if head else ("Br40", "Bl64" if lung else "Br36")
        return [(f"{region}  3.0  {k1}  3", k1 + "f", "3"), (f"{region}  1.0  {k2}  3", k2 + "f", "1"),
                (cx.c([f"{region} cor  3.0  {k1}", f"{region} sag  3.0  {k1}"]), k1 + "f", "3")]
    if v == "GE":
        if head:
            return [("5mm STND", "STANDARD", "5"), ("0.625mm BONE", "BONEPLUS", "0.625"), (cx.c(["COR 2.5", "SAG 2.5"]), "STANDARD", "2.5")]
        return [(cx.c(["5mm STND", "2.5mm SOFT"]), "STANDARD", "2.5"), ("1.25mm LUNG" if lung else cx.c(["COR 3MM", "SAG 3MM"]),
                                                                      "LUNG" if lung else "STANDARD", "1.25"), ("Recon 3", "STANDARD", "3.75")]
    if v == "Canon":
        if head:
            return [(cx.c(["AiCE Head 0.5", "Head 0.5"]), "FC26", "0.5"), ("AXIAL 5.0", "FC21", "5"), ("COR 3.0", "FC26", "3")]
        return [(cx.c(["AiCE Body 1.0", "Body 1.0 CE"]), "FC08", "1"), ("AXIAL 5.0", "FC18", "5"),
                ("LUNG 1.0" if lung else cx.c(["COR 3.0", "SAG 3.0"]), "FC52" if lung else "FC08", "1" if lung else "3")]
    if v == "UIH":
        k = "H_SOFT_B" if head else "B_SOFT_B"
        return [(f"{region} 5.0mm {k}", k, "5"), (f"{region} 1.0mm {'H_SHARP_C' if head else ('B_LUNG_C' if lung else 'B_SOFT_B')}",
                                                    "H_SHARP_C" if head else ("B_LUNG_C" if lung else "B_SOFT_B"), "1"), (f"{region} MPR COR", k, "3")]
    return [("iDose 4 Standard(B)", "B", "2"), ("iDose 4 Lung(L)" if lung else "iDose 4 Bone(D)", "L" if lung else "D", "1"), ("Coronal", "B", "3")]


def ct_study(cx, key, bp, alt, why, labels=None, head=False, lung=False, contrast=False, extra=None, region=None, sd=None, lat=None):
    """A CT study: scout, the vendor's recon names, and a dose page or dose SR."""
    labels = EX[key][0] if labels is None else labels
    region = region or EX[key][1]
    sd = sd or case(cx, ex(cx, key))
    v = cx.s["ct"] or "Siemens"
    scout = {"Siemens": "Topogram  0.6  T20f", "GE": "Scout", "Canon": "Scanogram", "Philips": "Surview", "UIH": "Topo"}[v]
    proto = {"Siemens": region.replace(" ", "") + cx.c(["Routine", "_KM", "Seq"]), "GE": f"{cx.c(['1.', '5.', '7.'])}{cx.c(['1', '2', '3'])} {region.upper()}",
             "Canon": region.upper(), "Philips": f"{region} (Adult)", "UIH": f"{region}_Adult"}[v]
    ser = []
    m = ct_meta(cx, scout, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe(cx, m, bp, alt)
    ser.append(S(m, labels, lat, why + "; scout of the exam"))
    for d, k, t in recons(cx, region.split()[0] if v in ("Siemens", "UIH") else region, head, lung) + (extra or []):
        m = ct_meta(cx, d, k, t, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Visipaque 320", "Iomeron 400", "Ultravist 370"])
        if cx.p(0.5):
            m["ProtocolName"] = proto
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, lat, why))
    dose = {"Siemens": ("CT", "Patient Protocol"), "GE": ("CT", "Dose Report"), "Canon": ("CT", "Dose Info"), "Philips": ("CT", "Dose Info"),
            "UIH": ("SR", "Dose Report")}[v]
    if cx.p(0.3):
        dose = ("SR", cx.c(["Dose Report", "Radiation Dose Report"]))
    ser.append(S({"Modality": dose[0], "Manufacturer": CT_MAKE[v][0], "SeriesDescription": dose[1],
                  **({"ImageType": "DERIVED\\SECONDARY\\OTHER"} if dose[0] == "CT" else {"SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"})},
                 [], None, "dose page of the study: no anatomy", img=False))
    return sd, ser


def mr_study(cx, key, cls, bp, alt, why, labels=None, n=None, lat=None):
    labels = EX[key][0] if labels is None else labels
    sd = case(cx, ex(cx, key))
    ser = []
    for i, d in enumerate(mr_series(cx, cls, n)):
        m = mr_meta(cx, d)
        if cx.p(0.45):
            m["ProtocolName"] = EX[key][1] + cx.c(["", " routine", "_std"])
        bpe(cx, m, bp, alt, p_alt=0.2)
        ser.append(S(m, labels, lat, why + ("; localizer of the exam" if i == 0 else "; sequence-only name")))
    return sd, ser


def us_meta(cx, desc=None, **kw):
    make, models = US_MAKE[cx.s["us"]]
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


def us_study(cx, key, bp, alt, why, labels=None, lat=None, sd=None, descs=None):
    labels = EX[key][0] if labels is None else labels
    sd = sd or case(cx, ex(cx, key))
    descs = descs or [EX[key][1], EX[key][1].upper()]
    ser = []
    for _ in range(cx.c([1, 1, 2])):
        m = us_meta(cx, cx.c(descs + [None, None]))
        bpe(cx, m, bp, alt, p_missing=0.45)
        ser.append(S(m, labels, lat, why))
    return sd, ser


def xr_meta(cx, desc, view=None, **kw):
    make, models = XR_MAKE[cx.s["xr"]]
    mod = "DX"
    if cx.s["xr"] in ("Fujifilm", "Carestream") and cx.p(0.25):
        mod = "CR"
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


# ---------------------------------------------------------------- limbs
XR_VIEWS = {"sv": ("frontal", "sida", "axial", "belastad"), "no": ("front", "side", "aksial", "stående"), "nn": ("front", "side", "aksial", "ståande"),
            "da": ("AP", "side", "aksial", "stående"), "fi": ("AP", "sivu", "aksiaali", "seisten"), "is": ("AP", "hlið", "öxul", "standandi"),
            "et": ("AP", "külg", "aksiaalne", "seistes"), "lv": ("AP", "sānu", "aksiāla", "stāvus"), "lt": ("AP", "šoninė", "ašinė", "stovint"),
            "en": ("AP", "LAT", "AXIAL", "WEIGHT BEARING")}


def pick_part(cx, lang, code, extra):
    lst = PART[lang][code]
    return cx.c(lst) if extra and len(lst) > 1 else lst[0]


def side_of(cx, lang, side, part, pre=False):
    """A side word agreeing with the part where the language wants it."""
    t = SIDE[lang][side]
    _nom, gen, form = part
    if lang == "lv":
        return cx.c(t.get(form or "a", t.get("post", ["abpusēji"])))
    if lang == "lt":
        if side == "B":
            return cx.c(t["post"])
        return cx.c(t[form or "m"]) if pre else cx.c(t["post"] + t["abbr"])
    if pre and "pre" in t:
        return cx.c(t["pre"])
    if side != "B" and cx.p(0.3) and "abbr" in t:
        return cx.c(t["abbr"])
    return cx.c(t["post"])


def limb_name(cx, code, side, mod, extra=False):
    """An order name for a limb exam in the site's language, the side in words."""
    lang = cx.lang
    part = pick_part(cx, lang, code, extra)
    nom, gen, _f = part
    gen = gen or nom
    mw = cx.c(MODW[lang][mod])
    sw = side_of(cx, lang, side, part)
    if lang in ("fi", "et") and side != "B":
        pre = side_of(cx, lang, side, part, pre=True)
        forms = [f"{pre.capitalize()} {gen} {mw}", f"{nom.capitalize()} {mw}, {sw}", f"{nom.capitalize()} {mw} {sw}"]
    elif lang == "lt" and side != "B":
        pre = side_of(cx, lang, side, part, pre=True)
        forms = [f"{pre.capitalize()} {gen} {mw}", f"{gen.capitalize()} {mw} ({sw})"]
    elif lang == "lv" and side != "B":
        forms = [f"{mw} {nom}, {sw}", f"{sw.capitalize()} {nom} {mw}"]
    elif lang == "da":
        forms = [f"{mw} {sw} {nom}", f"{mw} {nom}, {sw}"] if mw.endswith("af") else [f"{mw} {nom} {sw}"]
    elif lang in ("sv",) and mod == "XR":
        forms = [f"{mw} {nom} {sw}", f"{nom.capitalize()} {sw}", f"{nom.capitalize()}, {sw}"]
    elif lang == "is":
        forms = [f"{mw} {nom} {sw}", f"{mw} - {nom}, {sw}"]
    else:
        forms = [f"{mw} {nom} {sw}", f"{mw} {nom}, {sw}", f"{mw} {sw} {nom}"]
    return case(cx, cx.c(forms)), sw, nom


LIMB_BP = {"KNEE": ["EXTREMITY", "LEG", "LOWER EXTREMITY"], "SHOULDER": ["EXTREMITY", "ARM", "UPPER EXTREMITY"], "ANKLE": ["FOOT", "EXTREMITY"],
           "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
           "HAND": ["WRIST", "EXTREMITY"], "THIGH": ["LEG", "HIP"], "LEG": ["KNEE", "EXTREMITY"], "FOREARM": ["ARM"], "ARM": ["SHOULDER"]}


def msk_mr(cx):
    code = cx.c(["KNEE"] * 7 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] * 2 +
                ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM"])
    side = cx.c("LLLLRRRR")
    sd, sw, nom = limb_name(cx, code, side, "MR", extra=cx.p(0.2))
    why = f"{code.lower()} MR, side from the order ({sw})"
    ser = []
    proto = {"Siemens": PART["en"][code][0][0].lower(), "GE": PART["en"][code][0][0].upper(), "Philips": nom,
             "Canon": PART["en"][code][0][0].upper() + " ROUTINE", "UIH": PART["en"][code][0][0] + "_Routine"}[cx.s["mr"]]
    for i, d in enumerate(mr_series(cx, "msk", cx.c([3, 4, 5]))):
        m = mr_meta(cx, d)
        if cx.p(0.45):
            m["ProtocolName"] = proto
        if cx.p(0.1):
            m["Laterality"] = side
        bpe(cx, m, code, LIMB_BP[code], p_alt=0.18)
        ser.append(S(m, [code], side, why + ("; localizer" if i == 0 else "; sequence-only name")))
    return sd, ser


def msk_xr(cx):
    lang = cx.lang
    code = cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 + ["HIP"] * 2 +
                ["ELBOW"] * 2 + ["FOREARM", "LEG", "THIGH", "ARM"])
    ap, lat, ax, wbw = XR_VIEWS[lang]
    if code in ("KNEE", "HIP", "HAND") and cx.p(0.22):
        return msk_xr_both(cx, code)
    side = cx.c("LLLRRR")
    sd, sw, nom = limb_name(cx, code, side, "XR", extra=cx.p(0.3))
    why = f"{code.lower()} radiograph, side from the order ({sw})"
    views = [(ap, "AP"), (lat, "LAT")]
    if code == "SHOULDER":
        views = [(ap, "AP"), (cx.c(["Y-view", "outlet"]), "LAT"), (ax, "AXIAL")]
    if code in ("HAND", "FOOT"):
        views = [(cx.c(["dp", "PA"]), "PA"), (cx.c(["oblique", "obl"]), None)]
    if code == "WRIST" and cx.p(0.3):
        views = [("PA", "PA"), (lat, "LAT"), (cx.c(["scaphoid", "Stecher", "navikulare"]), None)]
    ser = []
    for vd, vp in views:
        desc = cx.c([f"{nom} {vd}", vd, f"{PART['en'][code][0][0].upper()} {vd.upper()}"])
        m = xr_meta(cx, desc, vp)
        if cx.p(0.38):
            m[cx.c(["ImageLaterality", "ImageLaterality", "Laterality"])] = side
        if cx.s["xr"] in ("Agfa", "Fujifilm", "Carestream", "Samsung") and cx.p(0.5):
            m["AcquisitionDeviceProcessingDescription"] = f"{PART['en'][code][0][0]} {vp or 'OBL'}"
        bpe(cx, m, code, LIMB_BP[code], p_alt=0.2)
        ser.append(S(m, [code], side, why))
    return sd, ser


BOTH = {  # (study description of a both-sides order) per lang and kind
    "knees": {"sv": "Knäleder bilat belastade|Knän bilateralt stående", "no": "Rtg. begge knær stående|Rtg. knær bilateralt", "nn": "Røntgen begge kne ståande",
              "da": "Rtg. af begge knæ, stående", "fi": "Polvet molemmat seisten|Molempien polvien rtg", "is": "Röntgen bæði hné standandi",
              "et": "Mõlemad põlveliigesed seistes", "lv": "Abu ceļa locītavu rtg stāvus", "lt": "Abiejų kelio sąnarių rentgenograma stovint",
              "en": "XR Both Knees Weight Bearing"},
    "long": {"sv": "Helbensröntgen stående bilat", "no": "Helbensopptak stående", "da": "Helbensoptagelse stående", "fi": "Alaraajojen kokokuva seisten",
             "is": "Röntgen ganglimir standandi", "et": "Alajäsemete täispikk ülesvõte (mõlemad)", "lv": "Abu kāju garuma rtg stāvus",
             "lt": "Abiejų kojų ilgio rentgenograma", "en": "XR Long Leg Alignment Bilateral"},
    "hips": {"sv": "Bäcken och höfter|Bäcken + höfter bilat", "no": "Rtg. bekken og hofter", "nn": "Røntgen bekken og hofter", "da": "Rtg. af bækken og hofter",
             "fi": "Lantio ja lonkat rtg", "is": "Röntgen grindarhol og mjaðmir", "et": "Vaagen ja mõlemad puusaliigesed", "lv": "Iegurnis un abas gūžas locītavas",
             "lt": "Dubuo ir abu klubo sąnariai", "en": "XR Pelvis and Both Hips"},
    "hands": {"sv": "Händer och fötter (RA)", "no": "Rtg. hender og føtter", "nn": "Røntgen hender og føter", "da": "Rtg. af hænder og fødder",
              "fi": "Kädet ja jalkaterät rtg (nivelreuma)", "is": "Röntgen hendur og fætur", "et": "Mõlemad käelabad ja labajalad",
              "lv": "Abu plaukstu un pēdu rtg", "lt": "Abiejų plaštakų ir pėdų rentgenograma", "en": "XR Both Hands and Feet"},
}


def both_sd(cx, kind):
    t = BOTH[kind]
    got = t.get(cx.lang) or (t.get("no") if cx.lang == "nn" else None) or t["en"]
    return case(cx, cx.c(got.split("|")))


def msk_xr_both(cx, code):
    ap, lat, _ax, wbw = XR_VIEWS[cx.lang]
    ser = []
    if code == "KNEE" and cx.p(0.4):
        sd = both_sd(cx, "long")
        m = xr_meta(cx, cx.c(["Long Leg", "Stitched AP", "Full leg", "LLI"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER EXTREMITY", "KNEE"], p_alt=0.3)
        ser.append(S(m, ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "B", "standing long-leg film of both legs, hip to ankle"))
        return sd, ser
    if code == "KNEE":
        sd = both_sd(cx, "knees")
        m = xr_meta(cx, cx.c([f"Knees {ap} {wbw}", f"{ap} {wbw}", "Rosenberg PA"]), "AP")
        bpe(cx, m, "KNEE", ["EXTREMITY"])
        ser.append(S(m, ["KNEE"], "B", "both knees standing on one film"))
        for s2 in "LR":
            m = xr_meta(cx, cx.c([f"Knee {lat}", lat]), "LAT", ImageLaterality=s2)
            bpe(cx, m, "KNEE", ["EXTREMITY"])
            ser.append(S(m, ["KNEE"], s2, f"lateral of one knee in a both-knees order; ImageLaterality {s2}"))
        return sd, ser
    if code == "HIP":
        sd = both_sd(cx, "hips")
        m = xr_meta(cx, cx.c([f"Pelvis {ap}", "Pelvis AP", "AP PELVIS"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser.append(S(m, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips"))
        for s2 in "LR":
            m = xr_meta(cx, cx.c(["Lauenstein", "Hip axial", f"{ax_of(cx)}"]), "LAT", ImageLaterality=s2)
            bpe(cx, m, "HIP", ["PELVIS"])
            ser.append(S(m, ["HIP"], s2, f"axial view of one hip in a both-hips order; ImageLaterality {s2}"))
        return sd, ser
    sd = both_sd(cx, "hands")
    for d, c in [(cx.c(["Hands PA", "Hands dp", "HANDS PA"]), "HAND"), (cx.c(["Feet dp", "Feet AP", "FEET DP"]), "FOOT")]:
        m = xr_meta(cx, d, "PA" if c == "HAND" else "AP", ImageLaterality="B")
        bpe(cx, m, c, ["EXTREMITY"])
        ser.append(S(m, [c], "B", f"rheumatology survey, both {c.lower()}s on one film"))
    return sd, ser


def ax_of(cx):
    return XR_VIEWS[cx.lang][2]


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 4 + ["HAND", "WRIST", "ELBOW", "ANKLE", "FOOT", "KNEE", "HIP", "THIGH"])
    side = cx.c("LR")
    sd, sw, nom = limb_name(cx, code, side, "US")
    return us_study(cx, "abd_us", code, LIMB_BP[code], f"{code.lower()} ultrasound, side from the order ({sw})", labels=[code], lat=side, sd=sd,
                    descs=["MSK", "Muskel/skelett", PART["en"][code][0][0], "Superficial"])


def msk_ct(cx):
    code = cx.c(["ANKLE", "WRIST", "KNEE", "FOOT", "SHOULDER", "ELBOW"])
    side = cx.c("LR")
    sd, sw, nom = limb_name(cx, code, side, "CT")
    why = f"{code.lower()} CT (fracture), side from the order ({sw})"
    if not cx.s["ct"]:
        return msk_mr(cx)
    return ct_study(cx, "head_ct", code, LIMB_BP[code], why, labels=[code], region=cx.c(["Extremity", "Ext", PART["en"][code][0][0]]), sd=sd, lat=side)


def arthro(cx):
    code = cx.c(["SHOULDER", "SHOULDER", "HIP", "WRIST"])
    side = cx.c("LR")
    sd, sw, nom = limb_name(cx, code, side, "MR")
    word = {"sv": "Artrografi", "no": "Artrografi", "nn": "Artrografi", "da": "Artrografi", "fi": "Artrografia", "is": "Liðmyndataka",
            "et": "Artrograafia", "lv": "Artrogrāfija", "lt": "Artrografija", "en": "Arthrogram"}[cx.lang]
    sd = case(cx, f"{word} + {sd}")
    why = f"{code.lower()} arthrography, side from the order ({sw})"
    rf = cx.c([("SIEMENS", "Luminos Agile Max"), ("Philips Medical Systems", "CombiDiagnost R90")])
    ser = [S({"Modality": "RF", "Manufacturer": rf[0], "ManufacturerModelName": rf[1], "SeriesDescription": cx.c(["Fluoro", "Spot", "Injektion"])},
             [code], side, why + "; injection under fluoroscopy")]
    for i, d in enumerate(mr_series(cx, "msk", 3)):
        m = mr_meta(cx, d)
        bpe(cx, m, code, LIMB_BP[code])
        ser.append(S(m, [code], side, why + ("; localizer" if i == 0 else "; sequence-only name")))
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.42:
        return msk_mr(cx)
    if r < 0.86:
        return msk_xr(cx)
    if r < 0.94:
        return msk_us(cx)
    if r < 0.97:
        return msk_ct(cx)
    return arthro(cx)


# ---------------------------------------------------------------- spine, breast, DXA, dental
def spine(cx):
    reg = cx.c(["l"] * 6 + ["c"] * 4 + ["t"] * 2 + ["tl"] + ["ws"] * 2)
    mod = cx.c(["MR", "MR", "MR", "XR"])
    t = SPINE_EX[reg]
    pair = t.get(cx.lang) or (t.get("no") if cx.lang == "nn" else None) or t["en"]
    names = pair[0 if mod == "MR" else 1].split("|")
    sd = case(cx, cx.c(names))
    labels = SPINE_CODE[reg]
    why = f"{'/'.join(labels).lower()} {mod}"
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "tl": "SPINE", "ws": "SPINE"}[reg]
    alt = {"c": ["SPINE", "NECK"], "t": ["SPINE", "CHEST"], "l": ["SPINE", "ABDOMEN", "LSSPINE"], "tl": ["TSPINE", "LSPINE"],
           "ws": ["LSPINE", "CSPINE", "WHOLEBODY"]}[reg]
    ser = []
    if mod == "MR":
        for i, d in enumerate(mr_series(cx, "spine", cx.c([3, 4]))):
            if reg == "ws" and i == 2:
                d = d + ("_COMPOSED" if cx.s["mr"] == "Siemens" else " composed")
            m = mr_meta(cx, d)
            if cx.p(0.5):
                m["ProtocolName"] = SPINE_PROTO[reg]
            bpe(cx, m, bp, alt, p_alt=0.2)
            ser.append(S(m, labels, None, why + ("; localizer" if i == 0 else "; sequence-only name")))
    else:
        ap, lat, _a, wbw = XR_VIEWS[cx.lang]
        views = [(ap, "AP"), (lat, "LAT")]
        if reg == "ws":
            views = [(f"PA {wbw}", "PA"), (f"{lat} {wbw}", "LAT")]
        elif reg == "c" and cx.p(0.3):
            views.append(("dens", "AP"))
        elif cx.p(0.25):
            views.append((cx.c(["flexion", "extension"]), "LAT"))
        for vd, vp in views:
            m = xr_meta(cx, cx.c([vd, f"{SPINE_PROTO[reg]} {vp}", f"{bp} {vd}"]), vp)
            if reg == "ws" and cx.p(0.5):
                m["ImageType"] = "DERIVED\\PRIMARY\\STITCHED"
            bpe(cx, m, bp, alt, p_alt=0.2)
            ser.append(S(m, labels, None, why))
    return sd, ser


def mg_meta(cx, desc, s, view, it="ORIGINAL\\PRIMARY"):
    make, models = MG_MAKE[cx.s["mg"] or "Hologic"]
    m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc, "ImageLaterality": s,
         "ViewPosition": view, "ImageType": it}
    if cx.p(0.4):
        m["Laterality"] = s
    bpe(cx, m, "BREAST", None, p_missing=0.15)
    return m


def breast(cx):
    lang = cx.lang
    kind = cx.c(["screen"] * 4 + ["diag"] * 3 + ["us"] * 3 + ["mr"] * 2 + ["biopsy"])
    vend = cx.s["mg"] or "Hologic"
    ser = []
    if kind in ("screen", "diag"):
        one = kind == "diag" and cx.p(0.6)
        sides = [cx.c("LR")] if one else ["R", "L"]
        sd = ex(cx, "mammo_scr" if kind == "screen" else "mammo_dia")
        if one:
            sd = f"{sd} {side_of(cx, lang, sides[0], PART[lang]['HAND'][0])}" if lang not in ("lt", "lv") else \
                f"{sd}, {cx.c(SIDE[lang][sides[0]]['post' if lang == 'lt' else 'a'])}"
        elif kind == "diag":
            sd = f"{sd} {cx.c(SIDE[lang]['B']['post'])}"
        sd = case(cx, sd)
        tomo = vend in ("Hologic", "GE", "Siemens") and cx.p(0.35)
        for s in sides:
            for view in ["CC", "MLO"]:
                d = {"Hologic": f"{s} {view}", "GE": f"{s}{view}", "Siemens": f"{s}{view}", "Fujifilm": f"{s} {view}"}[vend]
                ser.append(S(mg_meta(cx, d, s, view), ["BREAST"], s, f"mammogram, ImageLaterality {s}"))
                if tomo:
                    td = {"Hologic": f"{s} {view} Tomosynthesis Reconstruction", "GE": f"{s}{view} DBT", "Siemens": f"{s}{view} Tomo"}[vend]
                    ser.append(S(mg_meta(cx, td, s, view, "DERIVED\\PRIMARY\\TOMOSYNTHESIS"), ["BREAST"], s, f"tomosynthesis, ImageLaterality {s}"))
                    if vend == "Hologic":
                        ser.append(S(mg_meta(cx, f"{s} {view} C-View", s, view, "DERIVED\\PRIMARY"), ["BREAST"], s, f"synthesised 2D, ImageLaterality {s}"))
        if cx.p(0.3):
            ser.append(S({"Modality": "SR", "Manufacturer": MG_MAKE[vend][0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50",
                          "SeriesDescription": cx.c(["Mammography CAD SR", "Breast Density Report", "Transpara CAD"])}, [], None,
                         "CAD or density report: no image", img=False))
        return sd, ser
    if kind == "us":
        s = cx.c("LLRRB")
        word = {"sv": "UL bröst", "no": "UL mamma", "nn": "UL mamma", "da": "UL af mamma", "fi": "Rinnan UÄ", "is": "Ómun af brjósti",
                "et": "Rinnanäärme UH", "lv": "Krūts USG", "lt": "Krūties echoskopija", "en": "US Breast"}[lang]
        if s == "B":
            sw = cx.c(SIDE[lang]["B"]["post"])
        elif lang == "lv":
            sw = cx.c(SIDE[lang][s]["a"])
        else:
            sw = cx.c(SIDE[lang][s]["post"])
        sd = case(cx, f"{word} {sw}" if lang != "fi" or s == "B" else f"{SIDE['fi'][s]['pre'][0].capitalize()} rinnan UÄ")
        return us_study(cx, "breast_mr", "BREAST", ["CHEST"], "breast ultrasound, side from the order", labels=["BREAST"], lat=s, sd=sd)
    if kind == "mr":
        sd, ser = mr_study(cx, "breast_mr", "breast", "BREAST", ["CHEST"], "breast MR, both breasts", lat="B")
        return sd, ser
    s = cx.c("LR")
    word = {"sv": "Stereotaktisk biopsi bröst", "no": "Stereotaktisk biopsi mamma", "nn": "Stereotaktisk biopsi mamma", "da": "Stereotaktisk biopsi af mamma",
            "fi": "Rinnan stereotaktinen biopsia", "is": "Ástunga brjóst", "et": "Rinnanäärme stereotaktiline biopsia", "lv": "Krūts stereotaktiskā biopsija",
            "lt": "Krūties stereotaksinė biopsija", "en": "Stereotactic Breast Biopsy"}[lang]
    sw = cx.c(SIDE[lang][s]["a" if lang == "lv" else "post"])
    sd = case(cx, f"{word} {sw}")
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"]:
        m = mg_meta(cx, d, s, None if d != "Scout" else "CC")
        if m.get("ViewPosition") is None:
            m.pop("ViewPosition")
        ser.append(S(m, ["BREAST"], s, "specimen radiograph of the core, labelled with its breast" if d == "Specimen" else "stereotactic biopsy image"))
    return sd, ser


def dxa(cx):
    sd = case(cx, ex(cx, "dxa"))
    hol = cx.p(0.5)
    make = ("HOLOGIC", "Horizon A") if hol else ("GE Healthcare", "Lunar iDXA")
    ser = []
    parts = [("AP Spine" if not hol else "L1-L4", ["LSPINE"], None)]
    hs = cx.c(["L", "R", "B"])
    if hs == "B":
        parts.append(("Dual Femur" if not hol else "Dual Hip", ["HIP"], "B"))
    else:
        parts.append((f"{'Left' if hs == 'L' else 'Right'} Femur" if not hol else f"{'Left' if hs == 'L' else 'Right'} Hip", ["HIP"], hs))
    if cx.p(0.25):
        fs = cx.c("LR")
        parts.append((f"{'Left' if fs == 'L' else 'Right'} Forearm", ["FOREARM"], fs))
    for d, lab, lat in parts:
        m = {"Modality": "OT", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, lab[0], ["PELVIS"] if lab == ["HIP"] else None, p_missing=0.5)
        ser.append(S(m, lab, lat, f"DXA image: {d}"))
    ser.append(S({"Modality": "SR", "Manufacturer": make[0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33",
                  "SeriesDescription": "DXA Results" if hol else "Bone Density Report"}, [], None, "DXA result report: no image", img=False))
    return sd, ser


def dental(cx):
    lang = cx.lang
    k = cx.c(["pan", "pan", "io", "cbct", "ceph"])
    names = {"pan": {"fi": "Hammaskuvaus panoraama (OPTG)|Panoraamatomografia", "sv": "Panoramaröntgen", "et": "Ortopantomogramm (OPG)",
                     "lt": "Ortopantomograma", "en": "OPG"},
             "io": {"fi": "Intraoraalikuvaus|Hampaiden intraoraaliröntgen", "sv": "Intraorala bilder", "et": "Hammaste intraoraalne ülesvõte",
                    "lt": "Dantų intraoralinė rentgenograma", "en": "Intraoral X-ray"},
             "cbct": {"fi": "Kartiokeila-TT (hampaisto)|Leukojen kartiokeilatomografia", "sv": "CBCT käkar", "et": "Koonuskiir-KT (CBCT)",
                      "lt": "Kūginio pluošto KT", "en": "CBCT Jaw"},
             "ceph": {"fi": "Kefalostaatti|Kallon sivukuva (kefalo)", "sv": "Kefalostat", "et": "Kefalomeetria", "lt": "Kefalometrija", "en": "Lateral Ceph"}}[k]
    sd = case(cx, cx.c((names.get(lang) or names["en"]).split("|")))
    pm = cx.p(0.7)
    ser = []
    if k == "pan":
        m = {"Modality": "PX", "Manufacturer": "Planmeca" if pm else "Carestream Dental", "ManufacturerModelName": "ProMax" if pm else "CS 8100",
             "SeriesDescription": cx.c(["Panoramic", "PAN", "Standard panoramic"])}
        bpe(cx, m, "JAW", ["HEAD", "MAXILLA", "MANDIBLE"], p_missing=0.4, p_alt=0.5)
        ser.append(S(m, ["HEAD"], None, "dental panoramic: jaws and teeth"))
    elif k == "io":
        for d in cx.rng.sample(["Bitewing L", "Bitewing R", "PA 36", "PA 11-21", "PA 47"], 2):
            m = {"Modality": "IO", "Manufacturer": "Planmeca", "ManufacturerModelName": "ProX", "SeriesDescription": d}
            bpe(cx, m, "JAW", ["TOOTH"], p_missing=0.5, p_alt=0.3)
            ser.append(S(m, ["HEAD"], None, "intraoral dental image"))
    elif k == "cbct":
        for d in ["CBCT Volume", "Panoramic reconstruction"]:
            m = {"Modality": "CT", "Manufacturer": "Planmeca", "ManufacturerModelName": "ProMax 3D Mid", "SeriesDescription": d}
            bpe(cx, m, "JAW", ["HEAD"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "dental cone-beam CT of the jaws"))
    else:
        m = {"Modality": "DX", "Manufacturer": "Planmeca", "ManufacturerModelName": "ProMax", "SeriesDescription": "Cephalostat lateral",
             "ViewPosition": "LAT"}
        bpe(cx, m, "SKULL", ["HEAD"], p_missing=0.4)
        ser.append(S(m, ["HEAD"], None, "lateral cephalogram: skull"))
    return sd, ser


# ---------------------------------------------------------------- axial families
def neuro(cx):
    r = cx.rng.random()
    if r < 0.35 and cx.s["ct"]:
        return ct_study(cx, "head_ct", "HEAD", ["BRAIN", "SKULL"], "head CT", head=True)
    if r < 0.45:
        key = cx.c(["pit_mr", "iac_mr"])
        return mr_study(cx, key, "neuro", "HEAD", ["BRAIN"], f"{EX[key][1].lower()} MR: head", n=3)
    if r < 0.5 and cx.s["ct"]:
        return ct_study(cx, "orbit_ct", "HEAD", ["ORBIT"], "orbit CT: head", head=True)
    return mr_study(cx, "head_mr", "neuro", "HEAD", ["BRAIN", "SKULL"], "brain MR")


def headneck(cx):
    k = cx.c(["sinus", "neck_ct", "neck_mr", "thy_us", "thy_us", "hn_mr", "cta_hn"])
    if k == "thy_us":
        return us_study(cx, "thy_us", "NECK", ["THYROID"], "thyroid ultrasound: neck")
    if k == "sinus" and cx.s["ct"]:
        return ct_study(cx, "sinus_ct", "HEAD", ["SINUS", "SKULL"], "sinus CT: head", head=True)
    if k == "neck_ct" and cx.s["ct"]:
        return ct_study(cx, "neck_ct", "NECK", ["HEAD", "LARYNX"], "neck CT", contrast=True)
    if k == "cta_hn" and cx.s["ct"]:
        return ct_study(cx, "cta_hn", "HEAD", ["NECK", "HEADNECK", "CAROTID"], "CT angiography arch to vertex: head and neck", contrast=True)
    if k == "hn_mr":
        return mr_study(cx, "hn_mr", "hn", "HEADNECK", ["HEAD", "NECK"], "MR head and neck")
    return mr_study(cx, "neck_mr", "hn", "NECK", ["HEAD", "HEADNECK"], "neck MR")


def chest(cx):
    r = cx.rng.random()
    if r < 0.5 or not cx.s["ct"]:
        sd = case(cx, ex(cx, "chest_xr"))
        ser = []
        for vd, vp in [("PA", "PA"), (cx.c(["LAT", "Lateral", "sida", "side"]), "LAT")][:cx.c([1, 2, 2])]:
            m = xr_meta(cx, cx.c([f"Thorax {vd}", f"Chest {vd}", vd, f"Lungor {vd}" if cx.lang == "sv" else f"Thorax {vp}"]), vp)
            if cx.s["xr"] in ("Agfa", "Fujifilm", "Carestream", "Samsung") and cx.p(0.5):
                m["AcquisitionDeviceProcessingDescription"] = f"Chest {vp}"
            bpe(cx, m, "CHEST", ["LUNG", "THORAX"], p_alt=0.2)
            ser.append(S(m, ["CHEST"], None, "chest radiograph"))
        return sd, ser
    if r < 0.8:
        return ct_study(cx, "chest_ct", "CHEST", ["LUNG", "THORAX"], "chest CT", lung=True)
    return ct_study(cx, "ctpa", "CHEST", ["LUNG", "THORAX"], "CT pulmonary angiography: chest", lung=True, contrast=True)


def cardio(cx):
    r = cx.rng.random()
    if r < 0.45:
        return mr_study(cx, "card_mr", "cardiac", "HEART", ["CHEST", "THORAX"], "cardiac MR: chest", n=4)
    if r < 0.8 and cx.s["ct"]:
        return ct_study(cx, "cor_ct", "HEART", ["CHEST", "CORONARY"], "coronary CT angiography: chest", contrast=True,
                        extra=[("CaScore 3.0", "Qr36", "3")] if cx.s["ct"] == "Siemens" else None)
    sd = case(cx, ex(cx, "cor_xa"))
    make = cx.c([("SIEMENS", "Artis icono"), ("Philips Medical Systems", "Azurion 7")])
    ser = [S({"Modality": "XA", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}, ["CHEST"], None,
             "coronary angiography run: chest") for d in cx.rng.sample(["LCA LAO 40 CRAN 25", "RCA LAO 30", "LCA RAO 30 CAUD 20", "Coro"], 2)]
    for s in ser:
        bpe(cx, s["meta"], "HEART", ["CHEST", "CORONARY"])
    return sd, ser


def abdo(cx):
    has_ct = bool(cx.s["ct"])
    k = cx.c(["abd_us", "abd_us", "kid_us", "uro_us", "liver_mr", "mrcp", "prost_mr", "pelv_mr", "pelv_us", "abd_xr", "swallow", "hsg"] +
             (["ap_ct", "ap_ct", "stone_ct", "colon_ct", "liver_ct"] if has_ct else []))
    why = {"abd_us": "upper abdominal ultrasound: abdomen", "kid_us": "renal ultrasound: abdomen", "uro_us": "kidneys and bladder: abdomen and pelvis",
           "liver_mr": "liver/pancreas MR: abdomen", "mrcp": "MRCP: abdomen", "prost_mr": "prostate MR: pelvis", "pelv_mr": "pelvic MR",
           "pelv_us": "pelvic ultrasound", "abd_xr": "abdominal film, diaphragm to symphysis: abdomen and pelvis",
           "swallow": "oesophagus study: neck and chest", "hsg": "hysterosalpingogram: pelvis", "ap_ct": "CT abdomen and pelvis",
           "stone_ct": "stone CT, kidneys to bladder: abdomen and pelvis", "colon_ct": "CT colonography: abdomen and pelvis",
           "liver_ct": "liver CT: abdomen"}[k]
    lab = EX[k][0]
    if k in ("abd_us", "kid_us", "uro_us", "pelv_us"):
        return us_study(cx, k, {"abd_us": "ABDOMEN", "kid_us": "KIDNEY", "uro_us": "ABDOMEN", "pelv_us": "PELVIS"}[k], ["ABDOMEN", "PELVIS"], why)
    if k in ("liver_mr", "mrcp"):
        return mr_study(cx, k, "body", "ABDOMEN", ["LIVER", "CHEST"], why)
    if k in ("prost_mr", "pelv_mr"):
        return mr_study(cx, k, "prostate" if k == "prost_mr" else "body", "PELVIS" if k == "pelv_mr" else "PROSTATE", ["PELVIS", "ABDOMEN"], why)
    if k == "abd_xr":
        sd = case(cx, ex(cx, k))
        m = xr_meta(cx, cx.c(["Abdomen AP", "Buk liggande", "Oversikt", "AP"]), "AP")
        bpe(cx, m, "ABDOMEN", ["PELVIS"])
        return sd, [S(m, lab, None, why)]
    if k in ("swallow", "hsg"):
        sd = case(cx, ex(cx, k))
        rf = cx.c([("SIEMENS", "Luminos Agile Max"), ("Philips Medical Systems", "CombiDiagnost R90")])
        ser = []
        for d in cx.rng.sample(["Fluoro", "Spot 1", "Spot 2", "LIH", "Serie"], 2):
            m = {"Modality": "RF", "Manufacturer": rf[0], "ManufacturerModelName": rf[1], "SeriesDescription": d}
            bpe(cx, m, "ESOPHAGUS" if k == "swallow" else "PELVIS", ["CHEST", "NECK"] if k == "swallow" else ["ABDOMEN", "UTERUS"], p_missing=0.4)
            ser.append(S(m, lab, None, why + "; fluoroscopy image"))
        return sd, ser
    return ct_study(cx, k, "ABDOMEN", ["ABDOMEN", "PELVIS", "KIDNEY", "COLON"], why, contrast=k in ("ap_ct", "liver_ct"))


def onc(cx):
    k = cx.c(["cap_ct", "cap_ct", "ncap_ct", "pet_wb", "pet_wb", "psma", "wb_mr"] if cx.s["ct"] else ["wb_mr"])
    if k in ("cap_ct", "ncap_ct"):
        return ct_study(cx, k, "CHEST", ["ABDOMEN", "CHESTABDPELVIS", "WHOLEBODY"], "staging CT: " + ("neck, chest, abdomen, pelvis" if k == "ncap_ct" else "chest, abdomen, pelvis"),
                        lung=True, contrast=True)
    if k == "wb_mr":
        return mr_study(cx, "wb_mr", "wb", "WHOLEBODY", ["CHEST", "ABDOMEN"], "whole-body MR, vertex to thighs", n=3)
    vend = cx.c(["GE", "Siemens"])
    make, model = PT_MAKE[vend]
    sd = case(cx, ex(cx, k))
    ser = []
    pet = cx.c(["PET WB AC", "PET AC 3D", "WB 3D MAC", "PET_AC"]) if vend == "GE" else cx.c(["PET WB AC", "PET_WB_TOF", "PET WB (AC)"])
    for d, mod, it, lab in [(cx.c(["Topogram  0.6  T20f", "Scout"]), "CT", "ORIGINAL\\PRIMARY\\LOCALIZER", WB), (pet, "PT", "ORIGINAL\\PRIMARY", WB),
                            (cx.c(["PET WB NAC", "PET NAC"]), "PT", "ORIGINAL\\PRIMARY", WB), (cx.c(["CTAC 3.75", "CT WB 5mm", "CTAC"]), "CT", "ORIGINAL\\PRIMARY\\AXIAL", WB),
                            (cx.c(["Lung 1.25", "CT Lunge 2mm", "Thorax 1.0 Br59"]), "CT", "ORIGINAL\\PRIMARY\\AXIAL", ["CHEST"]),
                            ("MIP PET", "PT", "DERIVED\\SECONDARY\\MIP", WB)]:
        m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d, "ImageType": it}
        bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG", "ABDOMEN", "HEAD", "PELVIS"], p_missing=0.3, p_alt=0.35)
        ser.append(S(m, lab, None, "lung recon of a PET/CT: chest only" if lab == ["CHEST"] else "PET/CT skull base to thighs: whole body"))
    ser.append(S({"Modality": "SR", "Manufacturer": make, "SeriesDescription": "Dose Report", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"},
                 [], None, "dose report: no anatomy", img=False))
    return sd, ser


def vasc(cx):
    has_ct = bool(cx.s["ct"])
    k = cx.c(["carotid_us", "carotid_us", "dvt", "dvt", "aorta_us"] + (["aorta_ct", "evar_ct", "runoff_ct"] if has_ct else []) + ["cereb_xa", "tace_xa"])
    if k == "carotid_us":
        return us_study(cx, k, "NECK", ["CAROTID", "HEAD"], "carotid duplex: neck")
    if k == "aorta_us":
        return us_study(cx, k, "ABDOMEN", ["AORTA"], "abdominal aorta ultrasound: abdomen")
    if k == "dvt":
        side = cx.c("LR")
        lang = cx.lang
        sw = cx.c(SIDE[lang][side]["a" if lang == "lv" else ("f" if lang == "lt" else "post")])
        base = {"sv": f"UL ventrombos ben {sw}", "no": f"UL dyp venetrombose {sw} ben", "nn": f"UL djup venetrombose {sw} bein",
                "da": f"UL af dybe vener, {sw} ben", "fi": f"Alaraajan laskimoiden UÄ, {sw}", "is": f"Ómun af bláæðum ganglims, {sw}",
                "et": f"Alajäseme veenide UH, {sw}", "lv": f"Kājas vēnu doplerogrāfija, {sw}", "lt": f"{sw.capitalize()} kojos venų echoskopija",
                "en": f"US Venous Doppler {sw} Leg"}[lang]
        return us_study(cx, "carotid_us", "LEG", ["LOWER EXTREMITY", "EXTREMITY"], f"leg vein duplex groin to calf, side from the order ({sw})",
                        labels=["THIGH", "KNEE", "LEG"], lat=side, sd=case(cx, base), descs=["Venous LE", "DVT", "Vein"])
    if k in ("aorta_ct", "evar_ct"):
        return ct_study(cx, k, "ABDOMEN" if k == "evar_ct" else "CHEST", ["AORTA", "CHEST", "ABDOMEN"], "aorta CT" + (": abdomen and pelvis" if k == "evar_ct" else ": chest, abdomen, pelvis"), contrast=True)
    if k == "runoff_ct":
        return ct_study(cx, k, "LOWER EXTREMITY", ["ABDOMEN", "LEG", "EXTREMITY"], "run-off CTA renal arteries to feet, both legs",
                        contrast=True, labels=EX[k][0])
    sd, ser = case(cx, ex(cx, k)), []
    make = cx.c([("SIEMENS", "Artis icono"), ("Philips Medical Systems", "Azurion 7")])
    names = ["ICA sin AP", "ICA dx LAT", "VA AP", "3D Rot"] if k == "cereb_xa" else ["Truncus coeliacus", "AHP", "Leveremb", "CBCT lever"]
    for d in cx.rng.sample(names, 2):
        m = {"Modality": "XA", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}
        bpe(cx, m, "HEAD" if k == "cereb_xa" else "ABDOMEN", ["NECK"] if k == "cereb_xa" else ["LIVER"])
        ser.append(S(m, EX[k][0], None, "cerebral angiography run: head" if k == "cereb_xa" else "chemoembolisation run: liver, abdomen"))
    return sd, ser


def paeds(cx):
    lang = cx.lang
    k = cx.c(["hips", "bone_age", "chest", "appy", "mucg", "head_us", "elbow"])
    if k == "hips":
        sd = {"sv": "UL höfter nyfödd", "no": "UL hofter spedbarn", "nn": "UL hofter spedbarn", "da": "UL af hofter, spædbarn",
              "fi": "Vastasyntyneen lonkkien UÄ", "is": "Ómun af mjöðmum ungbarns", "et": "Vastsündinu puusaliigeste UH", "lv": "Jaundzimušā gūžu locītavu USG (abpusēji)",
              "lt": "Naujagimio abiejų klubų echoskopija", "en": "US Infant Hips Bilateral"}[lang]
        return us_study(cx, "abd_us", "HIP", ["PELVIS"], "infant hip ultrasound (Graf), both hips", labels=["HIP"], lat="B", sd=case(cx, sd),
                        descs=["Hips", "Graf", "Paed hip"])
    if k == "bone_age":
        sd = {"sv": "Skelettålder (vänster hand)", "no": "Skjelettalder venstre hånd", "nn": "Skjelettalder venstre hand", "da": "Knoglealder, venstre hånd",
              "fi": "Luustoikä, vasen käsi", "is": "Beinaaldur, vinstri hönd", "et": "Luuvanus (vasak käelaba)", "lv": "Kaulu vecums, kreisā plauksta",
              "lt": "Kaulinis amžius (kairė plaštaka)", "en": "XR Bone Age Left Hand"}[lang]
        m = xr_meta(cx, cx.c(["Hand PA", "PA", "Bone age"]), "PA")
        bpe(cx, m, "HAND", ["WRIST"])
        return case(cx, sd), [S(m, ["HAND"], "L", "bone age film of the left hand and wrist; hand by convention")]
    if k == "elbow":
        return msk_xr_child(cx)
    if k == "chest":
        return chest(cx) if False else _paed_chest(cx)
    key = {"appy": "appy_us", "mucg": "mucg", "head_us": "head_us"}[k]
    why = {"appy_us": "appendix ultrasound, right iliac fossa and pelvis", "mucg": "voiding cystourethrogram, kidneys to urethra",
           "head_us": "cranial ultrasound through the fontanelle: head"}[key]
    if key == "mucg":
        sd = case(cx, ex(cx, key))
        rf = ("SIEMENS", "Luminos Agile Max")
        ser = [S({"Modality": "RF", "Manufacturer": rf[0], "ManufacturerModelName": rf[1], "SeriesDescription": d}, AP_, None, why)
               for d in cx.rng.sample(["Fluoro", "Miktion", "Spot", "Blåsa fylld"], 2)]
        for s in ser:
            bpe(cx, s["meta"], "PELVIS", ["BLADDER", "ABDOMEN"], p_missing=0.4)
        return sd, ser
    return us_study(cx, key, "ABDOMEN" if key == "appy_us" else "HEAD", ["PELVIS"] if key == "appy_us" else ["BRAIN"], why)


def _paed_chest(cx):
    sd = case(cx, ex(cx, "chest_xr"))
    m = xr_meta(cx, cx.c(["Thorax AP", "Chest AP supine", "AP", "Thorax paed"]), "AP")
    bpe(cx, m, "CHEST", ["THORAX"])
    return sd, [S(m, ["CHEST"], None, "child's chest film")]


def msk_xr_child(cx):
    sd, ser = msk_xr(cx)
    return sd, ser


def nm(cx):
    k = cx.c(["bone_scan", "bone_scan", "thy_nm", "renogram", "mpi", "vq", "para_nm", "sentinel"])
    vend = cx.s["nm"] or "GE"
    make, models = NM_MAKE[vend]
    ser = []
    if k == "sentinel":
        s = cx.c("LR")
        lang = cx.lang
        word = {"sv": "Sentinel node-scintigrafi bröst", "no": "Sentinel node mamma", "nn": "Sentinel node mamma", "da": "Sentinel node-scintigrafi, mamma",
                "fi": "Vartijaimusolmukkeen gammakuvaus, rinta", "is": "Varðeitlaskann brjóst", "et": "Valvurlümfisõlme stsintigraafia, rind",
                "lv": "Sarglimfmezgla scintigrāfija, krūts", "lt": "Sarginio limfmazgio scintigrafija, krūtis", "en": "Sentinel Node Breast"}[lang]
        sw = cx.c(SIDE[lang][s]["a" if lang == "lv" else "post"])
        sd = case(cx, f"{word} {sw}")
        for d in ["Static ANT", "Static LAT"]:
            m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["BREAST"], s, "breast lymphoscintigraphy, side from the order (breast and axilla)"))
        return sd, ser
    sd = case(cx, ex(cx, k))
    lab = EX[k][0]
    names = {"bone_scan": ["WB ANT", "WB POST", "Whole Body"], "thy_nm": ["Thyroid ANT", "Pinhole"], "renogram": ["Dynamic POST", "Renogram"],
             "mpi": ["Stress SA", "Rest SA", "Gated SPECT"], "vq": ["Perfusion 6 view", "Ventilation SPECT"], "para_nm": ["Early", "Late", "SPECT/CT"]}[k]
    for d in cx.rng.sample(names, 2):
        m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}
        bpe(cx, m, {"bone_scan": "WHOLEBODY", "thy_nm": "THYROID", "renogram": "KIDNEY", "mpi": "HEART", "vq": "LUNG", "para_nm": "NECK"}[k],
            ["CHEST", "ABDOMEN"], p_missing=0.35)
        ser.append(S(m, lab, None, {"bone_scan": "bone scan: whole body", "thy_nm": "thyroid scan: neck", "renogram": "renogram: abdomen",
                                    "mpi": "myocardial perfusion: chest", "vq": "lung scan: chest", "para_nm": "parathyroid scan: neck"}[k]))
    return sd, ser


def trauma(cx):
    if not cx.s["ct"]:
        return msk_xr(cx)
    sd = case(cx, ex(cx, "trauma_ct"))
    v = cx.s["ct"]
    scout = {"Siemens": "Topogram  0.6  T20f", "GE": "Scout", "Canon": "Scanogram", "Philips": "Surview", "UIH": "Topo"}[v]
    ser = [S(ct_meta(cx, scout, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), WB, None, "trauma scout vertex to thighs: whole body")]
    items = [(cx.c(["Head 5.0 Hr38", "Caput 5mm", "Skull 0.625 BONE"]), ["HEAD"], "head recon of the trauma scan"),
             (cx.c(["C-spine 2.0 Br62 SAG", "Columna cervicalis sag", "CWS sag bone"]), ["CSPINE"], "cervical spine reformat"),
             (cx.c(["Body 3.0 Br40 PV", "Thorax-Abd 5mm", "Trunk 3.0"]), CAP, "body recon chest to pelvis"),
             (cx.c(["Th-L spine SAG", "TL-columna sag", "Spine TL 2mm"]), ["TSPINE", "LSPINE"], "thoracolumbar spine reformat"),
             (cx.c(["WB 5.0 Br40", "Polytrauma 5mm", "Whole body 3mm"]), WB, "whole trauma volume vertex to thighs")]
    for d, lab, why in items:
        kern = {"Siemens": "Br40f", "GE": "STANDARD", "Canon": "FC08", "Philips": "B", "UIH": "B_SOFT_B"}[v]
        m = ct_meta(cx, d, kern, cx.c(["1", "2", "3", "5"]), ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        bpe(cx, m, "WHOLEBODY", ["CHEST", "HEAD", "ABDOMEN"], p_alt=0.35)
        ser.append(S(m, lab, None, why))
    ser.append(S({"Modality": "SR", "Manufacturer": CT_MAKE[v][0], "SeriesDescription": "Dose Report", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"},
                 [], None, "dose report: no anatomy", img=False))
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio, "abdo": abdo,
          "onc": onc, "vasc": vasc, "paeds": paeds, "nm": nm, "dxa": dxa, "dental": dental, "trauma": trauma}

DOC_WORD = {"sv": "Remiss", "no": "Henvisning", "nn": "Tilvising", "da": "Henvisning", "fi": "Lähete", "is": "Beiðni", "et": "Saatekiri",
            "lv": "Nosūtījums", "lt": "Siuntimas", "en": "Request form"}


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c(["Scanned Document", DOC_WORD[cx.lang], f"{DOC_WORD[cx.lang]} skannad" if cx.lang == "sv" else DOC_WORD[cx.lang]])}, \
            "scanned request: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Nyckelbilder" if cx.lang == "sv" else "Key Object Selection"])}, \
            "key object selection: no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Measurements", "Annotations"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, \
            "dose structured report"
    if k == "qa":
        return {"Modality": cx.c(["CT", "MR"]), "SeriesDescription": cx.c(["QA Phantom", "Daily QA", "Fantom kontroll", "Phantom uniformity", "Water phantom"]),
                "ImageType": "ORIGINAL\\PRIMARY\\OTHER"}, "phantom quality control image: no patient anatomy"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Protocol Page", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol or screen page: text, no anatomy"


# ---------------------------------------------------------------- local RIS codes
def ris_code(site_code, mod, sd):
    """A local procedure code in each country's RIS style (stable per exam name)."""
    h = zlib.crc32(sd.lower().encode("utf-8"))
    letters = "ABCDEFGHJKLMNPRS"
    if site_code == "dk":
        m = {"MR": "M", "CT": "C", "US": "U", "NM": "Z", "PT": "P"}.get(mod, "R")
        return f"UX{m}{letters[h % 16]}{(h >> 4) % 90 + 10:02d}", "SKS"
    if site_code == "se":
        return f"{30000 + h % 9000}", "L"
    if site_code == "fi":
        return f"{letters[h % 16]}{letters[(h >> 4) % 16]}{1 + (h >> 8) % 5}{'AA' if (h >> 12) % 2 else 'AE'}", "FIRAD"
    if site_code == "no":
        return f"{letters[h % 16]}{letters[(h >> 4) % 16]}{letters[(h >> 8) % 16]}{(h >> 12) % 10}{letters[(h >> 16) % 16]}{letters[(h >> 20) % 16]}", "NCRP"
    if site_code == "ee":
        return f"{7900 + h % 99}", "EHIF"
    if site_code == "lv":
        return f"{50000 + h % 900}", "NVD"
    return f"R{h % 900 + 100}", "99LT"


# ---------------------------------------------------------------- assembly
def apply_ascii(obj, mode):
    for k in ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription", "PerformedProcedureStepDescription"):
        if k in obj:
            obj[k] = ascii_text(obj[k], mode)


def build():
    rng = random.Random(SEED)
    rows = []
    for site, spec in SITES.items():
        names = sorted(spec["strata"])
        wts = [spec["strata"][n] for n in names]
        n_site = 0
        while n_site < spec["n"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            # the console this study went through
            mode = None
            r = rng.random()
            acc = 0.0
            for mname, pr in spec["ascii"]:
                acc += pr
                if r < acc:
                    mode = mname
                    break
            sd = ascii_text(sd, mode)
            for s in ser:
                apply_ascii(s["meta"], mode)
            code = None
            if spec["code"] and rng.random() < 0.3:
                mod0 = next((s["meta"]["Modality"] for s in ser if s["img"]), "OT")
                code = ris_code(spec["code"], mod0, sd)
            imgs = [s for s in ser if s["img"]]
            extras = [s for s in ser if not s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2])))
            if extras and rng.random() < 0.22:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                others = [dict(o["meta"]) for o in ser if o is not s]
                if others and rng.random() < 0.47:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": others}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.18:
                    meta["RequestedProcedureDescription"] = f"{code[0]} {sd}" if code and rng.random() < 0.5 else sd
                if code and s["img"]:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": code[0], "CodingSchemeDesignator": code[1], "CodeMeaning": sd}]
                # worklist brokers that keep 16 characters of the procedure step
                if spec["xr"] in ("Agfa", "Samsung", "Carestream") and meta.get("Modality") in ("DX", "CR") and len(sd) > 16 and rng.random() < 0.3:
                    cut = sd[:16]
                    if len(cut.split()[-1]) == 1 and sd[16:17] not in ("", " "):
                        cut = cut[:-1].rstrip()  # a lone letter left by the cut would read as a side
                    meta["PerformedProcedureStepDescription"] = cut
                rows.append(row)
                n_site += 1
            if rng.random() < 0.035:
                meta, why = noanat(cx)
                meta = {k: ascii_text(v, mode) for k, v in meta.items()}
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if rng.random() < 0.5:
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
