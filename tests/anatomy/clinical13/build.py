"""Writes tests/anatomy/data/clinical_set_13.jsonl: one month of a Central/Eastern European and
Eurasian hospital network (Russia, Ukraine, Kazakhstan, Belarus, Serbia, Bosnia, Bulgaria, Romania,
Greece, Lithuania, Latvia, Estonia), one JSON row per series.

Standard library only, fixed seed. Labels follow the shared anatomy spec: what the series images,
read as a radiologist reads the exam, never copied from BodyPartExamined.

    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print the counts
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 20130613
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set_13.jsonl"

WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
SPINE = ["CSPINE", "TSPINE", "LSPINE"]

SR_DOSE = "1.2.840.10008.5.1.4.1.1.88.67"
SR_ENH = "1.2.840.10008.5.1.4.1.1.88.22"
SR_COMP = "1.2.840.10008.5.1.4.1.1.88.33"
SC = "1.2.840.10008.5.1.4.1.1.7"
KO = "1.2.840.10008.5.1.4.1.1.88.59"
PR = "1.2.840.10008.5.1.4.1.1.11.1"
PDF = "1.2.840.10008.5.1.4.1.1.104.1"
RRDSR = "1.2.840.10008.5.1.4.1.1.88.68"

# ---------------------------------------------------------------------------------------------
# Languages: modality words, region words (the form that follows the modality word in a RIS
# description, or precedes it in the Baltic languages), side words by grammatical gender.
# ---------------------------------------------------------------------------------------------

L = {}

L["ru"] = dict(
    fmt="{mod} {reg}",
    mod={"CT": ["КТ", "МСКТ", "Компьютерная томография", "КТ"], "CTA": ["КТ-ангиография", "КТА"],
         "MR": ["МРТ", "МРТ", "МР-томография"], "XR": ["Рентгенография", "Рентгенография", "Р-графия", "Рентген"],
         "US": ["УЗИ", "УЗИ", "Ультразвуковое исследование"], "MG": ["Маммография"],
         "NM": ["Сцинтиграфия", "Остеосцинтиграфия"], "PT": ["ПЭТ/КТ", "ПЭТ-КТ"], "XA": ["Ангиография"],
         "RF": ["Рентгеноскопия"]},
    reg={"brain": ["головного мозга", "головного мозга", "ГМ"], "head": ["черепа", "головы"],
         "sinus": ["придаточных пазух носа", "ППН", "околоносовых пазух"], "pituitary": ["гипофиза", "турецкого седла"],
         "orbit": ["орбит"], "temporal": ["височных костей"], "neck": ["шеи", "мягких тканей шеи"],
         "thyroid": ["щитовидной железы", "ЩЖ"], "chest": ["органов грудной клетки", "ОГК", "грудной клетки", "легких"],
         "heart": ["сердца"], "coronary": ["коронарных артерий"], "abdomen": ["органов брюшной полости", "ОБП", "брюшной полости"],
         "abdpel": ["органов брюшной полости и малого таза", "ОБП и ОМТ", "брюшной полости и малого таза"],
         "cap": ["органов грудной клетки, брюшной полости и малого таза", "ОГК, ОБП, ОМТ", "ОГК+ОБП+ОМТ"],
         "pelvis": ["органов малого таза", "ОМТ", "малого таза"], "pelvbone": ["костей таза", "таза"],
         "kidneys": ["почек", "почек и надпочечников"], "liver": ["печени"], "prostate": ["предстательной железы", "простаты"],
         "cspine": ["шейного отдела позвоночника", "ШОП"], "tspine": ["грудного отдела позвоночника", "ГОП"],
         "lspine": ["пояснично-крестцового отдела позвоночника", "ПКОП", "поясничного отдела позвоночника"],
         "wholespine": ["всех отделов позвоночника", "позвоночника (все отделы)"],
         "breast": ["молочных желез"], "shoulder": ["плечевого сустава"], "arm": ["плечевой кости"],
         "elbow": ["локтевого сустава"], "forearm": ["костей предплечья", "предплечья"],
         "wrist": ["лучезапястного сустава", "ЛЗС"], "hand": ["кисти"], "hip": ["тазобедренного сустава", "ТБС"],
         "thigh": ["бедренной кости", "бедра"], "knee": ["коленного сустава", "коленного сустава", "КС"],
         "leg": ["костей голени", "голени"], "ankle": ["голеностопного сустава", "ГСС"], "foot": ["стопы"],
         "clavicle": ["ключицы"], "scaphoid": ["ладьевидной кости"], "calcaneus": ["пяточной кости"],
         "fingers": ["пальцев кисти"], "sacrum": ["крестца и копчика"],
         "knees": ["коленных суставов", "обоих коленных суставов"], "hands": ["обеих кистей", "кистей"],
         "feet": ["обеих стоп", "стоп"], "hips": ["тазобедренных суставов", "обоих ТБС"],
         "carotid": ["брахиоцефальных артерий", "БЦА", "сосудов шеи"], "legveins": ["вен нижней конечности"],
         "legart": ["артерий нижних конечностей"], "wholebody": ["всего тела", "(всё тело)"],
         "polytrauma": ["политравма", "по протоколу политравмы"], "aorta": ["аорты"], "pulm": ["легочных артерий"],
         "headneck": ["сосудов головы и шеи", "артерий головы и шеи"], "esoph": ["пищевода и желудка"],
         "colon": ["толстой кишки (ирригоскопия)"], "hsg": ["маточных труб (метросальпингография)"],
         "jaws": ["зубов (ОПТГ)", "челюстей"], "urography": ["мочевыводящих путей (урография)", "почек и мочевых путей"],
         "enterography": ["тонкой кишки (энтерография)"], "myeloma": ["всего скелета (миеломная болезнь)"],
         "fulleg": ["нижних конечностей в полный рост"], "scoliosis": ["позвоночника в полный рост (сколиоз)"]},
    gender={},
    side={"R": {"*": ["справа", "справа", "(справа)", "прав.", "(пр.)"]},
          "L": {"*": ["слева", "слева", "(слева)", "лев.", "(лев.)"]}},
)

L["uk"] = dict(
    fmt="{mod} {reg}",
    mod={"CT": ["КТ", "СКТ", "Комп'ютерна томографія"], "CTA": ["КТ-ангіографія"], "MR": ["МРТ", "МРТ", "МР-томографія"],
         "XR": ["Рентгенографія", "Рентгенографія", "Р-графія"], "US": ["УЗД", "УЗД", "УЗ-дослідження"],
         "MG": ["Мамографія"], "NM": ["Сцинтиграфія"], "PT": ["ПЕТ/КТ"], "XA": ["Ангіографія"], "RF": ["Рентгеноскопія"]},
    reg={"brain": ["головного мозку", "головного мозку", "ГМ"], "head": ["черепа", "голови"],
         "sinus": ["приносових пазух", "ППН"], "pituitary": ["гіпофіза"], "orbit": ["орбіт"], "temporal": ["скроневих кісток"],
         "neck": ["шиї", "м'яких тканин шиї"], "thyroid": ["щитоподібної залози", "ЩЗ"],
         "chest": ["органів грудної клітки", "ОГК", "грудної клітки", "легень"], "heart": ["серця"],
         "coronary": ["коронарних артерій"], "abdomen": ["органів черевної порожнини", "ОЧП"],
         "abdpel": ["органів черевної порожнини та малого тазу", "ОЧП та ОМТ"],
         "cap": ["ОГК, ОЧП, ОМТ", "грудної клітки, черевної порожнини та малого тазу"],
         "pelvis": ["органів малого тазу", "ОМТ"], "pelvbone": ["кісток тазу"], "kidneys": ["нирок"], "liver": ["печінки"],
         "prostate": ["передміхурової залози", "простати"], "cspine": ["шийного відділу хребта", "ШВХ"],
         "tspine": ["грудного відділу хребта", "ГВХ"], "lspine": ["попереково-крижового відділу хребта", "ПКВХ", "поперекового відділу хребта"],
         "wholespine": ["всіх відділів хребта"], "breast": ["молочних залоз"], "shoulder": ["плечового суглоба"],
         "arm": ["плечової кістки"], "elbow": ["ліктьового суглоба"], "forearm": ["кісток передпліччя"],
         "wrist": ["променево-зап'ясткового суглоба"], "hand": ["кисті"], "hip": ["кульшового суглоба"],
         "thigh": ["стегнової кістки"], "knee": ["колінного суглоба"], "leg": ["кісток гомілки"],
         "ankle": ["гомілковостопного суглоба"], "foot": ["стопи"], "clavicle": ["ключиці"], "scaphoid": ["човноподібної кістки"],
         "calcaneus": ["п'яткової кістки"], "fingers": ["пальців кисті"], "sacrum": ["крижів та куприка"],
         "knees": ["колінних суглобів"], "hands": ["обох кистей"], "feet": ["обох стоп"], "hips": ["кульшових суглобів"],
         "carotid": ["брахіоцефальних артерій", "БЦА"], "legveins": ["вен нижньої кінцівки"], "legart": ["артерій нижніх кінцівок"],
         "wholebody": ["всього тіла"], "polytrauma": ["політравма"], "aorta": ["аорти"], "pulm": ["легеневих артерій"],
         "headneck": ["судин голови та шиї"], "esoph": ["стравоходу та шлунку"], "jaws": ["зубів (ОПТГ)"],
         "urography": ["сечовивідних шляхів"], "myeloma": ["всього скелета"]},
    gender={},
    side={"R": {"*": ["справа", "справа", "(справа)", "прав."]}, "L": {"*": ["зліва", "зліва", "(зліва)", "лів."]}},
)

L["sr"] = dict(
    fmt="{mod} {reg}",
    mod={"CT": ["CT", "МСЦТ", "Скенер"], "CTA": ["CT ангиографија", "CTA"], "MR": ["MR", "МР", "Магнетна резонанца"],
         "XR": ["РТГ", "Рендген", "Снимак"], "US": ["Ултразвук", "УЗ", "Ехо"], "MG": ["Мамографија"],
         "NM": ["Сцинтиграфија"], "PT": ["ПЕТ/ЦТ"], "XA": ["Ангиографија"], "RF": ["Рендгеноскопија"]},
    reg={"brain": ["главе", "главе", "ендокранијума", "мозга"], "head": ["главе", "лобање"],
         "sinus": ["параназалних синуса", "синуса"], "pituitary": ["хипофизе"], "orbit": ["орбита"], "temporal": ["темпоралних костију"],
         "neck": ["врата"], "thyroid": ["штитасте жлезде"], "chest": ["грудног коша", "плућа", "торакса"], "heart": ["срца"],
         "coronary": ["коронарних артерија"], "abdomen": ["абдомена", "трбуха"], "abdpel": ["абдомена и мале карлице", "абдомена и карлице"],
         "cap": ["грудног коша, абдомена и мале карлице", "торакса, абдомена и карлице"], "pelvis": ["мале карлице", "карлице"],
         "pelvbone": ["карлице"], "kidneys": ["бубрега"], "liver": ["јетре"], "prostate": ["простате"],
         "cspine": ["вратне кичме", "цервикалне кичме"], "tspine": ["грудне кичме"],
         "lspine": ["лумбалне кичме", "лумбосакралне кичме", "ЛС кичме"], "wholespine": ["целе кичме"], "breast": ["дојки"],
         "shoulder": ["рамена"], "arm": ["надлактице"], "elbow": ["лакта"], "forearm": ["подлактице"], "wrist": ["ручног зглоба"],
         "hand": ["шаке"], "hip": ["кука"], "thigh": ["бутне кости", "натколенице"], "knee": ["колена"], "leg": ["потколенице"],
         "ankle": ["скочног зглоба"], "foot": ["стопала"], "clavicle": ["клавикуле"], "scaphoid": ["скафоидне кости"],
         "calcaneus": ["петне кости"], "fingers": ["прстију шаке"], "sacrum": ["сакрума и кокцигиса"],
         "knees": ["оба колена"], "hands": ["обе шаке"], "feet": ["оба стопала"], "hips": ["оба кука"],
         "carotid": ["каротидних артерија", "крвних судова врата"], "legveins": ["вена ноге"], "legart": ["артерија ногу"],
         "wholebody": ["целог тела"], "polytrauma": ["политраума"], "aorta": ["аорте"], "pulm": ["плућних артерија"],
         "headneck": ["крвних судова главе и врата"], "esoph": ["једњака и желуца"], "jaws": ["зуба (ортопан)"],
         "urography": ["уротракта"], "colon": ["дебелог црева (иригографија)"]},
    gender={},
    side={"R": {"*": ["десно", "десно", "дес."]}, "L": {"*": ["лево", "лево", "лев."]}},
)

L["bs"] = dict(
    fmt="{mod} {reg}",
    mod={"CT": ["CT", "MSCT", "CT pregled"], "CTA": ["CT angiografija", "CTA"], "MR": ["MR", "MRI", "MR pregled"],
         "XR": ["RTG", "Rendgen", "RTG snimak"], "US": ["UZ", "Ultrazvuk", "UZV"], "MG": ["Mamografija"],
         "NM": ["Scintigrafija"], "PT": ["PET/CT"], "XA": ["Angiografija"], "RF": ["Dijaskopija"]},
    reg={"brain": ["glave", "glave", "mozga", "endokranijuma"], "head": ["glave", "lobanje"], "sinus": ["sinusa", "paranazalnih sinusa"],
         "pituitary": ["hipofize"], "orbit": ["orbita"], "neck": ["vrata"], "thyroid": ["štitne žlijezde", "štitnjače"],
         "chest": ["grudnog koša", "toraksa", "pluća"], "heart": ["srca"], "coronary": ["koronarnih arterija"],
         "abdomen": ["abdomena"], "abdpel": ["abdomena i male karlice", "abdomena i zdjelice"],
         "cap": ["toraksa, abdomena i male karlice", "toraks-abdomen-zdjelica"], "pelvis": ["male karlice", "zdjelice"],
         "pelvbone": ["karlice", "zdjelice"], "kidneys": ["bubrega"], "liver": ["jetre"], "prostate": ["prostate"],
         "cspine": ["vratne kičme", "cervikalne kičme"], "tspine": ["torakalne kičme"], "lspine": ["lumbalne kičme", "LS kičme", "lumbosakralne kičme"],
         "wholespine": ["cijele kičme"], "breast": ["dojki"], "shoulder": ["ramena"], "arm": ["nadlaktice"], "elbow": ["lakta"],
         "forearm": ["podlaktice"], "wrist": ["ručnog zgloba"], "hand": ["šake"], "hip": ["kuka"], "thigh": ["natkoljenice", "femura"],
         "knee": ["koljena"], "leg": ["potkoljenice"], "ankle": ["skočnog zgloba"], "foot": ["stopala"], "clavicle": ["ključne kosti"],
         "scaphoid": ["skafoidne kosti"], "calcaneus": ["petne kosti"], "fingers": ["prstiju šake"],
         "knees": ["oba koljena"], "hands": ["obje šake"], "feet": ["oba stopala"], "hips": ["oba kuka"],
         "carotid": ["karotidnih arterija", "krvnih sudova vrata"], "legveins": ["vena noge"], "legart": ["arterija nogu"],
         "wholebody": ["cijelog tijela"], "polytrauma": ["politrauma"], "aorta": ["aorte"], "pulm": ["plućnih arterija"],
         "headneck": ["krvnih sudova glave i vrata"], "jaws": ["zuba (ortopan)"], "urography": ["urotrakta"]},
    gender={},
    side={"R": {"*": ["desno", "desno", "desnog", "dex."]}, "L": {"*": ["lijevo", "lijevo", "lijevog", "sin."]}},
)

L["bg"] = dict(
    fmt="{mod} на {reg}",
    mod={"CT": ["КТ", "КТ", "Компютърна томография"], "CTA": ["КТ ангиография"], "MR": ["ЯМР", "ЯМР", "МРТ"],
         "XR": ["Рентгенография", "Рентгенография", "Рентген"], "US": ["Ехография", "Ехография", "УЗИ"],
         "MG": ["Мамография"], "NM": ["Сцинтиграфия"], "PT": ["ПЕТ/КТ"], "XA": ["Ангиография"], "RF": ["Рентгеноскопия"]},
    reg={"brain": ["глава", "глава", "главен мозък"], "head": ["череп", "глава"], "sinus": ["синуси", "параназални синуси"],
         "pituitary": ["хипофиза"], "orbit": ["орбити"], "neck": ["шия"], "thyroid": ["щитовидна жлеза"],
         "chest": ["гръден кош", "гръден кош", "бял дроб"], "heart": ["сърце"], "coronary": ["коронарни артерии"],
         "abdomen": ["корем", "коремни органи"], "abdpel": ["корем и малък таз", "абдомен и таз"],
         "cap": ["гръден кош, корем и малък таз", "гр. кош, корем и таз"], "pelvis": ["малък таз"], "pelvbone": ["таз"],
         "kidneys": ["бъбреци"], "liver": ["черен дроб"], "prostate": ["простата"], "cspine": ["шийни прешлени", "шиен отдел на гръбначен стълб"],
         "tspine": ["гръдни прешлени"], "lspine": ["лумбални прешлени", "лумбосакрален отдел"], "wholespine": ["целия гръбначен стълб"],
         "breast": ["млечни жлези"], "shoulder": ["раменна става"], "arm": ["раменна кост"], "elbow": ["лакътна става"],
         "forearm": ["предмишница"], "wrist": ["гривнена става"], "hand": ["длан", "китка и пръсти"], "hip": ["тазобедрена става"],
         "thigh": ["бедрена кост"], "knee": ["коленна става"], "leg": ["подбедрица"], "ankle": ["глезенна става"],
         "foot": ["стъпало"], "clavicle": ["ключица"], "scaphoid": ["скафоидна кост"], "calcaneus": ["петна кост"],
         "fingers": ["пръсти на ръка"], "knees": ["двете коленни стави"], "hands": ["двете длани"], "feet": ["двете стъпала"],
         "hips": ["тазобедрени стави"], "carotid": ["каротидни артерии"], "legveins": ["вени на долен крайник"],
         "legart": ["артерии на долни крайници"], "wholebody": ["цяло тяло"], "polytrauma": ["политравма"], "aorta": ["аорта"],
         "pulm": ["белодробни артерии"], "headneck": ["съдове на глава и шия"], "jaws": ["зъби (ортопантомография)"],
         "urography": ["пикочни пътища"]},
    gender={"shoulder": "f", "elbow": "f", "wrist": "f", "hip": "f", "knee": "f", "ankle": "f", "thigh": "f", "arm": "f",
            "leg": "f", "hand": "f", "forearm": "f", "clavicle": "f", "scaphoid": "f", "calcaneus": "f",
            "foot": "n", "fingers": "n"},
    side={"R": {"f": ["- дясна", "дясна", "(дясна)"], "n": ["- дясно", "дясно"], "*": ["вдясно"]},
          "L": {"f": ["- лява", "лява", "(лява)"], "n": ["- ляво", "ляво"], "*": ["вляво"]}},
)

L["ro"] = dict(
    fmt="{mod} {reg}",
    mod={"CT": ["CT", "Examinare CT", "Tomografie computerizata"], "CTA": ["Angio-CT", "AngioCT"], "MR": ["RMN", "RMN", "IRM"],
         "XR": ["Radiografie", "Rx", "Radiografie"], "US": ["Ecografie", "Ecografie"], "MG": ["Mamografie"],
         "NM": ["Scintigrafie"], "PT": ["PET-CT"], "XA": ["Angiografie"], "RF": ["Radioscopie"]},
    reg={"brain": ["cerebral", "cerebral", "craniu", "cap"], "head": ["craniu", "cap"], "sinus": ["sinusuri", "sinusuri paranazale"],
         "pituitary": ["hipofiza", "sella turcica"], "orbit": ["orbite"], "neck": ["gat", "gât", "regiune cervicala"],
         "thyroid": ["tiroida", "tiroidiana"], "chest": ["torace", "toracic", "pulmonar"], "heart": ["cord"], "coronary": ["coronare"],
         "abdomen": ["abdomen", "abdominal", "abdomen superior"], "abdpel": ["abdomen si pelvis", "abdomen-pelvis", "abdomen+pelvis"],
         "cap": ["torace-abdomen-pelvis", "torace, abdomen si pelvis", "TAP"], "pelvis": ["pelvis", "pelvin"],
         "pelvbone": ["bazin"], "kidneys": ["renal"], "liver": ["hepatic"], "prostate": ["prostata"],
         "cspine": ["coloana cervicala", "col. cervicala"], "tspine": ["coloana toracala", "col. dorsala"],
         "lspine": ["coloana lombara", "col. lombosacrata"], "wholespine": ["coloana vertebrala integral"],
         "breast": ["san", "mamar"], "shoulder": ["umar"], "arm": ["humerus"], "elbow": ["cot"], "forearm": ["antebrat"],
         "wrist": ["pumn"], "hand": ["mana", "mână"], "hip": ["sold", "șold"], "thigh": ["femur"], "knee": ["genunchi"],
         "leg": ["gamba"], "ankle": ["glezna", "gleznă"], "foot": ["laba piciorului", "picior"], "clavicle": ["clavicula"],
         "scaphoid": ["scafoid"], "calcaneus": ["calcaneu"], "fingers": ["degete mana"], "knees": ["genunchi bilateral"],
         "hands": ["maini bilateral", "mâini bilateral"], "feet": ["picioare bilateral"], "hips": ["solduri bilateral", "bazin si solduri"],
         "carotid": ["carotide", "vase gat"], "legveins": ["venoasa membru inferior"], "legart": ["arteriala membre inferioare"],
         "wholebody": ["whole body", "corp intreg"], "polytrauma": ["politrauma", "politraumatism"], "aorta": ["aorta"],
         "pulm": ["artere pulmonare"], "headneck": ["vase cap si gat"], "jaws": ["dentara panoramica"], "urography": ["uro-CT"]},
    gender={"hand": "f", "ankle": "f", "leg": "f", "clavicle": "f", "foot": "p"},
    side={"R": {"*": ["drept", "drept", "dr."], "f": ["dreapta", "dreaptă", "dr."], "p": ["drept"]},
          "L": {"*": ["stang", "stâng", "stg."], "f": ["stanga", "stângă", "stg."], "p": ["stang"]}},
)

L["el"] = dict(
    fmt="{mod} {reg}",
    mod={"CT": ["ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ", "ΑΞΟΝΙΚΗ", "CT"], "CTA": ["CT ΑΓΓΕΙΟΓΡΑΦΙΑ"],
         "MR": ["ΜΑΓΝΗΤΙΚΗ ΤΟΜΟΓΡΑΦΙΑ", "ΜΑΓΝΗΤΙΚΗ", "MRI"], "XR": ["ΑΚΤΙΝΟΓΡΑΦΙΑ", "ΑΚΤΙΝΟΓΡΑΦΙΑ", "Α/Α"],
         "US": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ", "U/S"], "MG": ["ΜΑΣΤΟΓΡΑΦΙΑ"], "NM": ["ΣΠΙΝΘΗΡΟΓΡΑΦΗΜΑ"], "PT": ["PET/CT"],
         "XA": ["ΑΓΓΕΙΟΓΡΑΦΙΑ"], "RF": ["ΑΚΤΙΝΟΣΚΟΠΗΣΗ"]},
    reg={"brain": ["ΕΓΚΕΦΑΛΟΥ"], "head": ["ΚΡΑΝΙΟΥ", "ΚΕΦΑΛΗΣ"], "sinus": ["ΠΑΡΑΡΡΙΝΙΩΝ", "ΠΑΡΑΡΡΙΝΙΩΝ ΚΟΛΠΩΝ"],
         "pituitary": ["ΥΠΟΦΥΣΗΣ"], "orbit": ["ΚΟΓΧΩΝ"], "neck": ["ΤΡΑΧΗΛΟΥ"], "thyroid": ["ΘΥΡΕΟΕΙΔΟΥΣ"],
         "chest": ["ΘΩΡΑΚΟΣ", "ΘΩΡΑΚΑ"], "heart": ["ΚΑΡΔΙΑΣ"], "coronary": ["ΣΤΕΦΑΝΙΑΙΩΝ"], "abdomen": ["ΑΝΩ ΚΟΙΛΙΑΣ"],
         "abdpel": ["ΑΝΩ ΚΑΙ ΚΑΤΩ ΚΟΙΛΙΑΣ", "ΑΝΩ-ΚΑΤΩ ΚΟΙΛΙΑΣ"], "cap": ["ΘΩΡΑΚΟΣ - ΑΝΩ ΚΑΙ ΚΑΤΩ ΚΟΙΛΙΑΣ", "ΘΩΡΑΚΟΣ ΑΝΩ-ΚΑΤΩ ΚΟΙΛΙΑΣ"],
         "pelvis": ["ΚΑΤΩ ΚΟΙΛΙΑΣ", "ΠΥΕΛΟΥ"], "pelvbone": ["ΛΕΚΑΝΗΣ"], "kidneys": ["ΝΕΦΡΩΝ"], "liver": ["ΗΠΑΤΟΣ"],
         "prostate": ["ΠΡΟΣΤΑΤΗ"], "cspine": ["ΑΥΧΕΝΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "Α.Μ.Σ.Σ."], "tspine": ["ΘΩΡΑΚΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "Θ.Μ.Σ.Σ."],
         "lspine": ["ΟΣΦΥΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "Ο.Μ.Σ.Σ."], "wholespine": ["ΟΛΗΣ ΤΗΣ ΣΠΟΝΔΥΛΙΚΗΣ ΣΤΗΛΗΣ"],
         "breast": ["ΜΑΣΤΩΝ"], "shoulder": ["ΩΜΟΥ"], "arm": ["ΒΡΑΧΙΟΝΙΟΥ"], "elbow": ["ΑΓΚΩΝΑ"], "forearm": ["ΑΝΤΙΒΡΑΧΙΟΥ"],
         "wrist": ["ΚΑΡΠΟΥ", "ΠΗΧΕΟΚΑΡΠΙΚΗΣ"], "hand": ["ΑΚΡΑΣ ΧΕΙΡΑΣ"], "hip": ["ΙΣΧΙΟΥ"], "thigh": ["ΜΗΡΙΑΙΟΥ"],
         "knee": ["ΓΟΝΑΤΟΣ"], "leg": ["ΚΝΗΜΗΣ"], "ankle": ["ΠΟΔΟΚΝΗΜΙΚΗΣ"], "foot": ["ΑΚΡΟΥ ΠΟΔΑ"], "clavicle": ["ΚΛΕΙΔΑΣ"],
         "scaphoid": ["ΣΚΑΦΟΕΙΔΟΥΣ"], "calcaneus": ["ΠΤΕΡΝΑΣ"], "fingers": ["ΔΑΚΤΥΛΩΝ ΧΕΙΡΑΣ"],
         "knees": ["ΓΟΝΑΤΩΝ ΑΜΦΩ"], "hands": ["ΑΚΡΩΝ ΧΕΙΡΩΝ"], "feet": ["ΑΚΡΩΝ ΠΟΔΩΝ"], "hips": ["ΙΣΧΙΩΝ ΑΜΦΩ"],
         "carotid": ["ΚΑΡΩΤΙΔΩΝ"], "legveins": ["ΦΛΕΒΩΝ ΚΑΤΩ ΑΚΡΟΥ"], "legart": ["ΑΡΤΗΡΙΩΝ ΚΑΤΩ ΑΚΡΩΝ"],
         "wholebody": ["ΟΛΟΣΩΜΟ"], "polytrauma": ["ΠΟΛΥΤΡΑΥΜΑΤΙΑ"], "aorta": ["ΑΟΡΤΗΣ"], "pulm": ["ΠΝΕΥΜΟΝΙΚΩΝ ΑΡΤΗΡΙΩΝ"],
         "headneck": ["ΑΓΓΕΙΩΝ ΚΕΦΑΛΗΣ - ΤΡΑΧΗΛΟΥ"], "jaws": ["ΟΔΟΝΤΩΝ (ΠΑΝΟΡΑΜΙΚΗ)"], "urography": ["ΟΥΡΟΠΟΙΗΤΙΚΟΥ"]},
    gender={"wrist": "f?", "hand": "f", "leg": "f", "ankle": "f", "clavicle": "f", "calcaneus": "f"},
    side={"R": {"*": ["ΔΕΞΙΟΥ", "ΔΕΞΙΟΥ", "ΔΕΞ."], "f": ["ΔΕΞΙΑΣ", "ΔΕΞ."]},
          "L": {"*": ["ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤ."], "f": ["ΑΡΙΣΤΕΡΗΣ", "ΑΡΙΣΤ."]}},
)

L["lt"] = dict(
    fmt="{reg} {mod}",
    mod={"CT": ["KT", "KT", "kompiuterinė tomografija"], "CTA": ["KT angiografija"], "MR": ["MRT", "MRT", "magnetinio rezonanso tomografija"],
         "XR": ["rentgenograma", "Rtg", "rentgenografija"], "US": ["echoskopija", "ultragarsinis tyrimas", "UG"],
         "MG": ["mamografija"], "NM": ["scintigrafija"], "PT": ["PET/KT"], "XA": ["angiografija"], "RF": ["rentgenoskopija"]},
    reg={"brain": ["Galvos smegenų", "Galvos"], "head": ["Kaukolės", "Galvos"], "sinus": ["Prienosinių ančių", "Ančių"],
         "pituitary": ["Hipofizės"], "orbit": ["Akiduobių"], "neck": ["Kaklo"], "thyroid": ["Skydliaukės"],
         "chest": ["Krūtinės ląstos", "Krūtinės", "Plaučių"], "heart": ["Širdies"], "coronary": ["Vainikinių arterijų"],
         "abdomen": ["Pilvo", "Pilvo organų"], "abdpel": ["Pilvo ir dubens", "Pilvo ir mažojo dubens"],
         "cap": ["Krūtinės, pilvo ir dubens", "Krūtinės ląstos, pilvo ir dubens"], "pelvis": ["Dubens", "Mažojo dubens"],
         "pelvbone": ["Dubens"], "kidneys": ["Inkstų"], "liver": ["Kepenų"], "prostate": ["Prostatos", "Priešinės liaukos"],
         "cspine": ["Kaklinės stuburo dalies", "Kaklo stuburo"], "tspine": ["Krūtininės stuburo dalies"],
         "lspine": ["Juosmeninės stuburo dalies", "Juosmens-kryžmens stuburo"], "wholespine": ["Viso stuburo"],
         "breast": ["Krūtų"], "shoulder": ["peties sąnario"], "arm": ["žasto"], "elbow": ["alkūnės sąnario"], "forearm": ["dilbio"],
         "wrist": ["riešo sąnario"], "hand": ["plaštakos"], "hip": ["klubo sąnario"], "thigh": ["šlaunikaulio"],
         "knee": ["kelio sąnario"], "leg": ["blauzdos"], "ankle": ["čiurnos sąnario", "kulkšnies sąnario"], "foot": ["pėdos"],
         "clavicle": ["raktikaulio"], "scaphoid": ["laivakaulio"], "calcaneus": ["kulnakaulio"], "fingers": ["plaštakos pirštų"],
         "knees": ["Abiejų kelių sąnarių"], "hands": ["Abiejų plaštakų"], "feet": ["Abiejų pėdų"], "hips": ["Abiejų klubo sąnarių"],
         "carotid": ["Kaklo arterijų", "Miego arterijų"], "legveins": ["kojos venų"], "legart": ["Kojų arterijų"],
         "wholebody": ["Viso kūno"], "polytrauma": ["Politraumos"], "aorta": ["Aortos"], "pulm": ["Plaučių arterijų"],
         "headneck": ["Galvos ir kaklo kraujagyslių"], "jaws": ["Dantų panoraminė"], "urography": ["Šlapimo takų"]},
    gender={"hand": "f", "leg": "f", "foot": "f", "fingers": "f"},
    side={"R": {"*": ["Dešinio", "Dešinio", "Dešin."], "f": ["Dešinės", "Dešin."]},
          "L": {"*": ["Kairio", "Kairio", "Kair."], "f": ["Kairės", "Kair."]}},
    side_first=True,
)

L["lv"] = dict(
    fmt="{reg} {mod}",
    mod={"CT": ["DT", "DT", "datortomogrāfija"], "CTA": ["DT angiogrāfija"], "MR": ["MR", "MRI", "magnētiskā rezonanse"],
         "XR": ["rentgenogrāfija", "Rtg", "RTG"], "US": ["USG", "ultrasonogrāfija"], "MG": ["mamogrāfija"],
         "NM": ["scintigrāfija"], "PT": ["PET/DT"], "XA": ["angiogrāfija"], "RF": ["rentgenoskopija"]},
    reg={"brain": ["Galvas smadzeņu", "Galvas"], "head": ["Galvaskausa"], "sinus": ["Deguna blakusdobumu"], "pituitary": ["Hipofīzes"],
         "orbit": ["Orbītu"], "neck": ["Kakla"], "thyroid": ["Vairogdziedzera"], "chest": ["Krūškurvja", "Plaušu"], "heart": ["Sirds"],
         "coronary": ["Koronāro artēriju"], "abdomen": ["Vēdera dobuma", "Vēdera"], "abdpel": ["Vēdera un mazā iegurņa", "Vēdera dobuma un iegurņa"],
         "cap": ["Krūškurvja, vēdera un iegurņa", "Krūšu, vēdera, iegurņa"], "pelvis": ["Mazā iegurņa", "Iegurņa"], "pelvbone": ["Iegurņa"],
         "kidneys": ["Nieru"], "liver": ["Aknu"], "prostate": ["Prostatas"], "cspine": ["Kakla skriemeļu", "Mugurkaula kakla daļas"],
         "tspine": ["Krūšu skriemeļu", "Mugurkaula krūšu daļas"], "lspine": ["Jostas skriemeļu", "Mugurkaula jostas daļas"],
         "wholespine": ["Visa mugurkaula"], "breast": ["Krūts dziedzeru"], "shoulder": ["pleca locītavas"], "arm": ["augšdelma"],
         "elbow": ["elkoņa locītavas"], "forearm": ["apakšdelma"], "wrist": ["plaukstas locītavas"], "hand": ["plaukstas"],
         "hip": ["gūžas locītavas"], "thigh": ["augšstilba"], "knee": ["ceļa locītavas"], "leg": ["apakšstilba"],
         "ankle": ["potītes locītavas"], "foot": ["pēdas"], "clavicle": ["atslēgas kaula"], "scaphoid": ["laivveida kaula"],
         "calcaneus": ["papēža kaula"], "fingers": ["plaukstas pirkstu"], "knees": ["Abu ceļa locītavu"], "hands": ["Abu plaukstu"],
         "feet": ["Abu pēdu"], "hips": ["Abu gūžas locītavu"], "carotid": ["Kakla artēriju", "Miega artēriju"],
         "legveins": ["kājas vēnu"], "legart": ["Kāju artēriju"], "wholebody": ["Visa ķermeņa"], "polytrauma": ["Politraumas"],
         "aorta": ["Aortas"], "pulm": ["Plaušu artēriju"], "headneck": ["Galvas un kakla asinsvadu"], "jaws": ["Zobu ortopantomogrāfija"],
         "urography": ["Urīnceļu"]},
    gender={"shoulder": "f", "elbow": "f", "wrist": "f", "hand": "f", "hip": "f", "knee": "f", "ankle": "f", "foot": "f", "fingers": "f"},
    side={"R": {"*": ["Labā", "Labā"], "f": ["Labās", "Labās"]}, "L": {"*": ["Kreisā", "Kreisā"], "f": ["Kreisās", "Kreisās"]}},
    side_first=True,
)

L["et"] = dict(
    fmt="{reg} {mod}",
    mod={"CT": ["KT", "KT", "kompuutertomograafia"], "CTA": ["KT-angiograafia"], "MR": ["MRT", "MRT", "MR-uuring"],
         "XR": ["röntgenogramm", "RÖ", "röntgenülesvõte"], "US": ["UH", "ultraheli"], "MG": ["mammograafia"],
         "NM": ["stsintigraafia"], "PT": ["PET-KT"], "XA": ["angiograafia"], "RF": ["läbivalgustus"]},
    reg={"brain": ["Pea", "Peaaju"], "head": ["Kolju", "Pea"], "sinus": ["Ninakõrvalkoobaste"], "pituitary": ["Hüpofüüsi"],
         "orbit": ["Orbiitide"], "neck": ["Kaela"], "thyroid": ["Kilpnäärme"], "chest": ["Rindkere", "Rindkere", "Kopsude"],
         "heart": ["Südame"], "coronary": ["Koronaararterite"], "abdomen": ["Kõhu", "Kõhuõõne"],
         "abdpel": ["Kõhu ja vaagna", "Kõhuõõne ja väikevaagna"], "cap": ["Rindkere, kõhu ja vaagna", "Rindkere-kõhu-vaagna"],
         "pelvis": ["Väikevaagna", "Vaagna"], "pelvbone": ["Vaagna"], "kidneys": ["Neerude"], "liver": ["Maksa"],
         "prostate": ["Eesnäärme"], "cspine": ["Kaelalülide", "Lülisamba kaelaosa"], "tspine": ["Rinnalülide", "Lülisamba rinnaosa"],
         "lspine": ["Nimmelülide", "Lülisamba nimmeosa"], "wholespine": ["Kogu lülisamba"], "breast": ["Rindade"],
         "shoulder": ["õlaliigese"], "arm": ["õlavarre"], "elbow": ["küünarliigese"], "forearm": ["küünarvarre"],
         "wrist": ["randmeliigese", "randme"], "hand": ["labakäe"], "hip": ["puusaliigese"], "thigh": ["reie"],
         "knee": ["põlveliigese"], "leg": ["sääre"], "ankle": ["hüppeliigese"], "foot": ["labajala"], "clavicle": ["rangluu"],
         "scaphoid": ["laevluu"], "calcaneus": ["kannaluu"], "fingers": ["sõrmede"],
         "knees": ["Mõlema põlveliigese"], "hands": ["Mõlema labakäe"], "feet": ["Mõlema labajala"], "hips": ["Mõlema puusaliigese"],
         "carotid": ["Kaelaarterite", "Unearterite"], "legveins": ["jala veenide"], "legart": ["Alajäsemete arterite"],
         "wholebody": ["Kogu keha"], "polytrauma": ["Polütrauma"], "aorta": ["Aordi"], "pulm": ["Kopsuarterite"],
         "headneck": ["Pea ja kaela veresoonte"], "jaws": ["Hammaste panoraam"], "urography": ["Kuseteede"]},
    gender={},
    side={"R": {"*": ["Parema", "Parema", "Parem"]}, "L": {"*": ["Vasaku", "Vasaku", "Vasak"]}},
    side_first=True,
)

BOTH_WORDS = {"ru": "с обеих сторон", "uk": "з обох сторін", "sr": "обострано", "bs": "obostrano", "bg": "двустранно",
              "ro": "bilateral", "el": "ΑΜΦΟΤΕΡΟΠΛΕΥΡΑ", "lt": "abipusė", "lv": "abpusēja", "et": "mõlemapoolne"}

RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                   "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
UK_LAT = dict(RU_LAT, **{"г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i", "'": ""})
SR_LAT = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                  ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s",
                   "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))
EL_LAT = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώς",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t", "y", "f",
                   "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "s"]))


def translit(text, table):
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.upper() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def cut(text, n=64):
    return text if len(text) <= n else text[:n]


def cp1251_as_latin1(text):
    """A modality that writes cp1251 bytes without a character set, read by the PACS as Latin-1."""
    return text.encode("cp1251", "replace").decode("latin-1")


# ---------------------------------------------------------------------------------------------
# Sites
# ---------------------------------------------------------------------------------------------

SITES = {
    "ru-fed": dict(lang="ru", kind="federal university hospital (Moscow)", quota=78, study_p=0.50, bpe_drop=0.08,
                   v={"CT": "siemens", "MR": "siemens", "XR": "philips", "US": "ge", "MG": "siemens", "NM": "siemens",
                      "PT": "siemens", "XA": "siemens", "RF": "siemens", "PX": "planmeca"}),
    "ru-obl": dict(lang="ru", kind="regional (oblast) hospital, Siberia; Latin-only modalities", quota=76, study_p=0.48,
                   bpe_drop=0.14, translit=0.55,
                   v={"CT": "canon", "MR": "ge", "XR": "electron", "US": "mindray", "MG": "ge", "RF": "electron",
                      "XA": "philips", "PX": "vatech"}),
    "ru-mrt": dict(lang="ru", kind="private MRI/CT diagnostic centre chain (St Petersburg)", quota=66, study_p=0.48,
                   bpe_drop=0.1, v={"CT": "ge", "MR": "philips", "XR": "renex", "US": "samsung", "MG": "hologic"}),
    "ua-obl": dict(lang="uk", kind="oblast clinical hospital (Ukraine)", quota=70, study_p=0.48, bpe_drop=0.14,
                   v={"CT": "philips", "MR": "siemens", "XR": "radmir", "US": "mindray", "MG": "ge", "NM": "ge",
                      "XA": "philips", "RF": "radmir", "PX": "vatech"}),
    "kz-nmc": dict(lang="ru", kind="national medical centre (Kazakhstan), Russian and Kazakh", quota=66, study_p=0.48,
                   bpe_drop=0.1, kazakh=0.25,
                   v={"CT": "ge", "MR": "ge", "XR": "carestream", "US": "mindray", "MG": "ge", "PT": "ge", "NM": "ge",
                      "XA": "ge"}),
    "by-onc": dict(lang="ru", kind="national oncology centre (Belarus)", quota=66, study_p=0.52, bpe_drop=0.1,
                   v={"CT": "siemens", "MR": "siemens", "XR": "adani", "US": "ge", "MG": "hologic", "PT": "siemens",
                      "NM": "siemens"}),
    "rs-kc": dict(lang="sr", kind="university clinical centre (Serbia), Cyrillic RIS, Latin modalities", quota=68,
                  study_p=0.48, bpe_drop=0.12, latin=0.45,
                  v={"CT": "siemens", "MR": "philips", "XR": "siemens", "US": "philips", "MG": "siemens", "NM": "siemens",
                     "XA": "siemens", "RF": "siemens"}),
    "ba-ukc": dict(lang="bs", kind="university clinical centre (Bosnia and Herzegovina)", quota=62, study_p=0.46,
                   bpe_drop=0.14, v={"CT": "ge", "MR": "siemens", "XR": "fuji", "US": "ge", "MG": "ge", "XA": "philips",
                                      "PX": "sirona"}),
    "bg-umbal": dict(lang="bg", kind="university multiprofile hospital (Bulgaria)", quota=66, study_p=0.48, bpe_drop=0.12,
                     v={"CT": "philips", "MR": "ge", "XR": "agfa", "US": "samsung", "MG": "siemens", "NM": "ge",
                        "XA": "siemens"}),
    "ro-scju": dict(lang="ro", kind="county emergency hospital (Romania)", quota=68, study_p=0.48, bpe_drop=0.12,
                    v={"CT": "canon", "MR": "siemens", "XR": "fuji", "US": "ge", "MG": "ge", "XA": "ge", "RF": "siemens"}),
    "gr-gnh": dict(lang="el", kind="general hospital (Greece), Greek RIS with Latin transliteration", quota=66,
                   study_p=0.48, bpe_drop=0.12, latin=0.30,
                   v={"CT": "ge", "MR": "philips", "XR": "philips", "US": "philips", "MG": "hologic", "NM": "ge",
                      "PT": "ge", "PX": "planmeca"}),
    "lt-ukl": dict(lang="lt", kind="university hospital (Lithuania)", quota=62, study_p=0.48, bpe_drop=0.12,
                   v={"CT": "siemens", "MR": "siemens", "XR": "philips", "US": "canon", "MG": "siemens", "PT": "siemens",
                      "NM": "siemens"}),
    "lv-klin": dict(lang="lv", kind="university hospital (Latvia)", quota=62, study_p=0.48, bpe_drop=0.12,
                    v={"CT": "canon", "MR": "philips", "XR": "agfa", "US": "philips", "MG": "hologic", "XA": "philips"}),
    "ee-kliinik": dict(lang="et", kind="university clinic (Estonia)", quota=62, study_p=0.48, bpe_drop=0.1,
                       v={"CT": "siemens", "MR": "siemens", "XR": "philips", "US": "ge", "MG": "siemens", "NM": "siemens",
                          "PT": "siemens", "PX": "planmeca"}),
}

MAKER = {
    "siemens": {"CT": ("SIEMENS", ["SOMATOM Definition AS+", "SOMATOM Definition Edge", "SOMATOM go.Top", "SOMATOM Force"]),
                "MR": ("SIEMENS", ["Skyra", "Avanto", "Aera", "MAGNETOM Vida", "Avanto_fit"]),
                "XR": ("SIEMENS", ["Ysio Max", "Multix Fusion"]), "MG": ("SIEMENS", ["Mammomat Revelation", "MAMMOMAT Inspiration"]),
                "NM": ("SIEMENS NM", ["Symbia Intevo 16", "Symbia T2"]), "PT": ("SIEMENS", ["Biograph Vision 600", "Biograph64"]),
                "XA": ("SIEMENS", ["AXIOM-Artis", "Artis zee"]), "RF": ("SIEMENS", ["Luminos dRF Max"]),
                "US": ("SIEMENS", ["ACUSON S2000"])},
    "ge": {"CT": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Optima CT660", "BrightSpeed", "LightSpeed VCT", "Revolution CT"]),
           "MR": ("GE MEDICAL SYSTEMS", ["SIGNA Explorer", "Optima MR450w", "SIGNA Pioneer", "Signa HDxt"]),
           "US": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8", "Voluson E8", "Vivid E95"]),
           "MG": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
           "PT": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]), "NM": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "Infinia"]),
           "XA": ("GE MEDICAL SYSTEMS", ["Innova IGS 520", "Innova 3100"]), "XR": ("GE Healthcare", ["Definium 6000"])},
    "philips": {"CT": ("Philips", ["Ingenuity CT", "Brilliance 64", "Incisive CT", "Brilliance CT Big Bore"]),
                "MR": ("Philips Medical Systems", ["Ingenia", "Achieva", "Intera", "Ingenia Ambition X"]),
                "XR": ("Philips Medical Systems", ["DigitalDiagnost", "DigitalDiagnost C90"]),
                "XA": ("Philips Medical Systems", ["AlluraXper", "Azurion"]),
                "US": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]), "NM": ("Philips", ["BrightView"])},
    "canon": {"CT": ("TOSHIBA", ["Aquilion", "Aquilion PRIME", "Aquilion Lightning", "Aquilion ONE"]),
              "MR": ("CANON_MEC", ["Vantage Titan", "Vantage Orian"]), "US": ("TOSHIBA_MEC_US", ["Aplio i800", "Xario 200"])},
    "electron": {"XR": ("ELECTRON", ["KRT-ELECTRON", "KRT-ELECTRON"]), "RF": ("ELECTRON", ["KRT-ELECTRON"])},
    "renex": {"XR": ("RENEX", ["RENEX-DR", "RENEX-DR"])},
    "radmir": {"XR": ("RADMIR", ["DIAGNOST-RADMIR DR"]), "RF": ("RADMIR", ["RADMIR TELE"])},
    "adani": {"XR": ("ADANI", ["CONVEX DR"])},
    "carestream": {"XR": ("Carestream Health", ["DRX-Evolution", "DRX-1"])},
    "fuji": {"XR": ("FUJIFILM Corporation", ["FCR Capsula XLII", "FDR D-EVO II"])},
    "agfa": {"XR": ("Agfa", ["DX-D 300", "CR 30-X"])},
    "mindray": {"US": ("Mindray", ["DC-70", "Resona 7", "DC-80"])},
    "samsung": {"US": ("SAMSUNG MEDISON CO.,LTD.", ["HS70A", "RS80A"])},
    "hologic": {"MG": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]), "OT": ("HOLOGIC", ["Discovery W"])},
    "planmeca": {"PX": ("Planmeca", ["ProMax"]), "CT": ("Planmeca", ["ProMax 3D Mid"])},
    "vatech": {"PX": ("VATECH", ["PaX-i3D"]), "CT": ("VATECH", ["PaX-i3D"])},
    "sirona": {"PX": ("Sirona", ["ORTHOPHOS XG"]), "CT": ("Sirona", ["ORTHOPHOS SL 3D"])},
}


class Series:
    def __init__(self, meta, labels, lat=None, why="", w=1.0):
        self.meta, self.labels, self.lat, self.why, self.w = meta, list(labels), lat, why, w


class Study:
    def __init__(self, desc, stratum, why):
        self.desc, self.stratum, self.why, self.series = desc, stratum, why, []

    def add(self, meta, labels, lat=None, why="", w=1.0):
        self.series.append(Series(meta, labels, lat, why, w))
        return self


class Ctx:
    """One study being written at one site: language helpers and vendor defaults."""

    def __init__(self, site, rng):
        self.site, self.rng, self.cfg = site, rng, SITES[site]
        self.lang = self.cfg["lang"]
        self.lx = L[self.lang]
        self.latin = rng.random() < self.cfg.get("latin", 0) or rng.random() < self.cfg.get("translit", 0)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def vendor(self, mod):
        return self.cfg["v"].get(mod) or {"NM": "siemens", "PT": "siemens", "XA": "siemens", "RF": "siemens",
                                          "PX": "planmeca", "MG": "ge", "US": "ge", "XR": "philips"}[mod]

    def maker(self, mod, vendor=None):
        v = vendor or self.vendor(mod)
        table = MAKER[v]
        key = mod if mod in table else next(iter(table))
        man, models = table[key]
        return {"Manufacturer": man, "ManufacturerModelName": self.pick(models)}

    def side(self, regkey, s):
        if s == "B":
            return BOTH_WORDS[self.lang]
        g = self.lx["gender"].get(regkey, "*")
        forms = self.lx["side"][s]
        return self.pick(forms.get(g, forms["*"]))

    def local(self, text):
        """The study text as this study's systems write it (script, transliteration)."""
        if self.latin:
            if self.lang in ("ru", "uk"):
                text = translit(text, RU_LAT if self.lang == "ru" else UK_LAT).upper()
            elif self.lang == "sr":
                text = translit(text, SR_LAT)
                if self.chance(0.4):
                    text = text.upper()
            elif self.lang == "el":
                for g, lat in (("ΟΥ", "OU"), ("Ου", "Ou"), ("ου", "ou"), ("ού", "ou")):
                    text = text.replace(g, lat)
                text = translit(text, EL_LAT).upper()
        return cut(text)

    def desc(self, mod, regkey, s=None, raw=False):
        lx = self.lx
        m = self.pick(lx["mod"][mod])
        reg = self.pick(lx["reg"][regkey])
        if s and lx.get("side_first"):
            reg = f"{self.side(regkey, s)} {reg[0].lower() + reg[1:]}" if s != "B" else f"{reg} ({self.side(regkey, s)})"
        text = lx["fmt"].format(mod=m, reg=reg)
        if lx.get("side_first") and text[0].islower():
            text = text[0].upper() + text[1:]
        if s and not lx.get("side_first"):
            text = f"{text} {self.side(regkey, s)}"
        if self.lang == "ru" and self.cfg.get("kazakh") and self.chance(self.cfg["kazakh"]) and regkey in KAZ:
            text = f"{text} / {KAZ[regkey]}"
        if self.lang == "el" and self.chance(0.5):
            text = text.title() if self.chance(0.3) else text
        if self.lang == "ro" and self.chance(0.3):
            text = text.upper()
        return text if raw else self.local(text)


KAZ = {"brain": "бас миы", "chest": "кеуде қуысы", "abdomen": "құрсақ қуысы", "knee": "тізе буыны", "lspine": "бел омыртқасы",
       "thyroid": "қалқанша без", "cspine": "мойын омыртқасы", "pelvis": "кіші жамбас"}


# ---------------------------------------------------------------------------------------------
# Vendor defaults: CT
# ---------------------------------------------------------------------------------------------

CT_KERNEL = {
    "siemens": {"soft": ["B30f", "Br40", "I30f"], "brain": ["H31s", "Hr38", "J40s"], "bone": ["B70f", "Br64", "H60s"],
                "lung": ["B70f", "Bl57", "I70f"], "angio": ["B26f", "Bv36"]},
    "ge": {"soft": ["STANDARD", "SOFT"], "brain": ["STANDARD", "SOFT"], "bone": ["BONEPLUS", "BONE"], "lung": ["LUNG"],
           "angio": ["STANDARD", "DETAIL"]},
    "philips": {"soft": ["B", "C"], "brain": ["UB", "UC"], "bone": ["YC", "D"], "lung": ["YB", "L"], "angio": ["CB", "XCA"]},
    "canon": {"soft": ["FC18", "FC13"], "brain": ["FC21", "FC26"], "bone": ["FC30", "FC35"], "lung": ["FC52", "FC86"],
              "angio": ["FC43", "FC04"]},
}
GE_KNAME = {"soft": "Std", "brain": "Std", "bone": "Bone", "lung": "Lung", "angio": "Std"}


def ct_recon(c, v, rw, kc, thk):
    k = c.pick(CT_KERNEL[v][kc])
    if v == "siemens":
        name = c.pick([f"{rw}  {thk}  {k}", f"{rw} {thk} {k} 3", f"{rw}  {thk}  {k}"])
    elif v == "ge":
        name = c.pick([f"{thk}mm {GE_KNAME[kc]}", f"{rw} {thk}mm", f"Axial {thk} {k}", f"{GE_KNAME[kc]} {thk}"])
    elif v == "philips":
        name = c.pick([f"{rw} {thk}mm", f"{rw} {thk} iDose (4)", f"iDose {rw} {thk}"])
    else:
        name = c.pick([f"{rw} {thk} {k}", f"{thk}mm {k}", f"{rw} {thk} CE" if kc != "lung" else f"Lung {thk} {k}"])
    return name, k


def ct_scout(c, v):
    return {"siemens": c.pick(["Topogram  0.6  T20s", "Topogram  1.0  T20f", "Topogram 0.6 Tr20"]), "ge": "Scout",
            "philips": "Surview", "canon": "Scanogram"}.get(v, "Scout")


def ct_dose(c, v, desc):
    """The vendor's non-image dose objects of a CT study (no anatomy)."""
    out = []
    if v == "siemens":
        out.append({"Modality": "SR", "SOPClassUID": SR_DOSE, "SeriesDescription": "Radiation Dose Information"})
        out.append({"Modality": "CT", "SOPClassUID": SC, "SeriesDescription": "Patient Protocol",
                    "ImageType": "DERIVED\\SECONDARY\\OTHER"})
    elif v == "ge":
        out.append({"Modality": "CT", "SOPClassUID": SC, "SeriesDescription": "Dose Report", "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"})
        out.append({"Modality": "SR", "SOPClassUID": SR_DOSE, "SeriesDescription": "Dose Report"})
    elif v == "philips":
        out.append({"Modality": "CT", "SOPClassUID": SC, "SeriesDescription": "Dose Info", "ImageType": "DERIVED\\SECONDARY\\OTHER"})
        out.append({"Modality": "SR", "SOPClassUID": SR_DOSE, "SeriesDescription": "Dose SR"})
    else:
        out.append({"Modality": "CT", "SOPClassUID": SC, "SeriesDescription": "Dose Summary", "ImageType": "DERIVED\\SECONDARY"})
        out.append({"Modality": "SR", "SOPClassUID": SR_DOSE, "SeriesDescription": "CT Dose Report"})
    return out


def base(c, mod, study_desc, family=None, vendor=None):
    m = {"Modality": mod}
    m.update(c.maker(family or mod, vendor))
    if study_desc is not None:
        m["StudyDescription"] = study_desc
    return m


def ct_study(c, stratum, why, desc, labels, rw, prot, bpe, recons, contrast=False, lat=None, mprs=(), scout=True):
    """A CT study: scout planned over the exam's anatomy, axial recons, optional reformats, dose objects.
    ``recons``: (region word, kernel class, thickness, labels or None for the exam's); ``mprs``: (name, labels)."""
    v = c.vendor("CT")
    st = Study(desc, stratum, why)
    proto = c.pick(prot) if isinstance(prot, list) else prot
    def m(**kw):
        d = base(c, "CT", desc)
        if proto:
            d["ProtocolName"] = proto
        if bpe:
            d["BodyPartExamined"] = bpe
        if contrast and kw.pop("contrast", True):
            d["ContrastBolusAgent"] = c.pick(["Omnipaque 350", "Ultravist 370", "Визипак 320" if c.lang == "ru" else "Iomeron 350", "IOPAMIRO 370"])
        kw.pop("contrast", None)
        d.update(kw)
        return d
    if scout:
        st.add(m(SeriesDescription=ct_scout(c, v), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER", contrast=False), labels, lat,
               "the scout plans the exam and takes its anatomy", 0.5)
    for rwd, kc, thk, lab in recons:
        name, k = ct_recon(c, v, rwd, kc, thk)
        st.add(m(SeriesDescription=name, ConvolutionKernel=k, SliceThickness=str(thk), ImageType="ORIGINAL\\PRIMARY\\AXIAL"),
               lab if lab is not None else labels, lat, f"axial recon ({kc} kernel) of the exam", 1.0)
    for name, lab in mprs:
        st.add(m(SeriesDescription=name, ImageType="DERIVED\\SECONDARY\\MPR" if "MIP" not in name.upper() else "DERIVED\\SECONDARY\\MIP"),
               lab if lab is not None else labels, lat, "a reformat of the exam, no region in its own name", 0.8)
    for d in ct_dose(c, v, desc):
        if c.chance(0.8):
            dd = base(c, d["Modality"], desc, "CT")
            dd.update(d)
            st.add(dd, [], None, "dose page of the study: no anatomy", 0.12)
    return st


def E_ct_head(c):
    desc = c.desc("CT", c.pick(["brain", "brain", "head"]))
    return ct_study(c, "neuro", "non-contrast head CT", desc, ["HEAD"], c.pick(["Head", "Brain"]),
                    {"siemens": ["HeadSeq", "Head_Routine", "HeadRoutine"], "ge": ["5.1 Routine Head", "HEAD ROUTINE"],
                     "philips": ["Brain", "Head Standard"], "canon": ["Head Routine", "BRAIN", "HEAD HELICAL"]}[c.vendor("CT")],
                    c.pick(["HEAD", "HEAD", "BRAIN", "SKULL"]),
                    [("Head", "brain", c.pick([4.0, 5.0, 5]), None), ("Head", "bone", c.pick([0.75, 1.0, 0.625]), None)],
                    mprs=[(c.pick(["MPR Cor", "Cor 3mm", "COR MPR"]), None)] if c.chance(0.4) else [])


def E_ct_sinus(c):
    return ct_study(c, "entdental", "paranasal sinus CT", c.desc("CT", "sinus"), ["HEAD"], "Sinus",
                    ["SinusRoutine", "Sinus", "NNH", "PNS"], c.pick(["SINUS", "HEAD", None]),
                    [("Sinus", "bone", 0.75, None), ("Sinus", "soft", 2.0, None)],
                    mprs=[("Cor 2mm Bone", None)] if c.chance(0.5) else [])


def E_ct_chest(c):
    desc = c.desc("CT", "chest")
    st = ct_study(c, "chest", "chest CT", desc, ["CHEST"], c.pick(["Thorax", "Chest", "Lung"]),
                  ["ThoraxRoutine", "Chest", "6.1 Routine Chest", "Thorax_LowDose", "CHEST HRCT", "Lung Screening"],
                  c.pick(["CHEST", "CHEST", "LUNG", "THORAX", "ABDOMEN"]),
                  [("Thorax", "lung", 1.0, None), ("Thorax", "soft", 5.0, None)],
                  mprs=[(c.pick(["MIP 10mm", "Lung MIP cor", "MIP Thorax"]), None)] if c.chance(0.4) else [])
    return st


def E_ct_covid(c):
    desc = c.local(c.pick({"ru": ["КТ ОГК (пневмония)", "КТ легких низкодозовая"], "uk": ["КТ ОГК (пневмонія)"],
                           "kk": []}.get(c.lang, [c.desc("CT", "chest", raw=True)])))
    return ct_study(c, "chest", "low-dose chest CT for pneumonia", desc, ["CHEST"], "Lung",
                    ["LowDose_Chest", "Thorax LD", "CHEST LD"], c.pick(["CHEST", "LUNG", None]),
                    [("Lung", "lung", 1.0, None), ("Lung", "soft", 5.0, None)])


def E_ct_abdpel(c):
    return ct_study(c, "gi", "abdomen and pelvis CT", c.desc("CT", "abdpel"), AP, c.pick(["Abdomen", "Body", "Abd"]),
                    ["AbdomenRoutine", "7.2 ABD/PEL", "Abdomen", "ABD PELVIS CE", "Abd_Pelvis_3ph"],
                    c.pick(["ABDOMEN", "ABDOMEN", "ABDOMENPELVIS", "PELVIS", None]),
                    [("Abdomen", "soft", 5.0, None), ("Abdomen", "soft", 1.0, None)], contrast=c.chance(0.7),
                    mprs=[(c.pick(["Cor 3mm", "COR MPR 3.0", "Sag 3mm", "MPR Cor Body"]), None)] if c.chance(0.5) else [])


def E_ct_abdomen(c):
    reg = c.pick(["abdomen", "liver", "kidneys"])
    return ct_study(c, "gi", "upper abdomen CT (liver / kidneys), pelvis not in the field", c.desc("CT", reg), ["ABDOMEN"],
                    c.pick(["Abdomen", "Liver", "Body"]), ["Liver 3phase", "Abdomen_3ph", "Renal Mass", "LIVER MULTIPHASE"],
                    c.pick(["ABDOMEN", "ABDOMEN", "LIVER", "KIDNEY"]),
                    [("Abdomen", "soft", 3.0, None), ("Abdomen", "soft", 1.0, None)], contrast=True)


def E_ct_cap(c):
    desc = c.desc("CT", "cap")
    return ct_study(c, "onc", "chest, abdomen and pelvis staging CT", desc, CAP, c.pick(["Body", "ThorAbd", "Thorax-Abd"]),
                    ["Thorax_Abd_Routine", "CAP", "TAP Onco", "CH/ABD/PEL", "Chest-Abd-Pelvis", "Onko TAP"],
                    c.pick(["CHEST", "ABDOMEN", "CHEST_TO_PELVIS", "CHESTABDPELVIS", "WHOLEBODY", "BODY"]),
                    [("Body", "soft", 5.0, None), ("Thorax", "lung", 1.0, ["CHEST"]), ("Body", "soft", 1.0, None)],
                    contrast=True, mprs=[(c.pick(["Cor 5mm", "COR MPR", "MPR Cor Body", "Sag 3mm"]), None)] if c.chance(0.5) else [])


def E_ct_ctpa(c):
    desc = c.desc("CTA", "pulm") if c.lang in ("ru", "uk", "el", "lt", "lv", "et", "bg", "ro", "sr", "bs") else c.desc("CT", "chest")
    return ct_study(c, "cardio", "CT pulmonary angiography", desc, ["CHEST"], c.pick(["CTA", "Angio", "Thorax"]),
                    ["CTA_Pulmonary", "Pulmonary Embolism", "PE Study", "CTPA", "TEP"], c.pick(["CHEST", "CHEST", "HEART", None]),
                    [("Angio", "angio", 1.0, None), ("Thorax", "lung", 1.0, None)], contrast=True,
                    mprs=[(c.pick(["MIP Cor", "MIP 10mm ax", "MIP"]), None)] if c.chance(0.5) else [])


def E_ct_aorta(c):
    return ct_study(c, "cardio", "CT angiography of the whole aorta, arch to iliac bifurcation and groins", c.desc("CTA", "aorta"),
                    CAP, c.pick(["Angio", "Aorta", "CTA"]), ["CTA_Aorta", "Aorta TAP", "AORTA DISSECTION", "AngioAorta"],
                    c.pick(["CHEST", "AORTA", "ABDOMEN", "CHEST_TO_PELVIS"]), [("Angio", "angio", 1.0, None), ("Angio", "soft", 3.0, None)],
                    contrast=True, mprs=[(c.pick(["MIP sag", "VRT Aorta", "Curved MPR"]), None)])


def E_ct_coronary(c):
    return ct_study(c, "cardio", "coronary CT angiography", c.desc("CTA", "coronary") if c.chance(0.6) else c.desc("CT", "heart"),
                    ["CHEST"], c.pick(["Cardiac", "Heart", "CorCTA"]),
                    ["CorCTA_ECG", "CaScoring+CTA", "Cardiac CTA", "HEART ECG GATED", "CaSc"], c.pick(["HEART", "CHEST", "HEART"]),
                    [("Cardiac", "angio", 0.6, None), ("CaScore", "soft", 3.0, None)], contrast=True,
                    mprs=[(c.pick(["75% Best Diast", "Best Diast 0.6", "Heart MIP", "CPR LAD"]), None)])


def E_ct_neck(c):
    return ct_study(c, "entdental", "neck soft tissue CT", c.desc("CT", c.pick(["neck", "neck", "thyroid"])), ["NECK"],
                    c.pick(["Neck", "Hals", "Neck"]), ["NeckRoutine", "Neck", "NECK CE", "Larynx"], c.pick(["NECK", "NECK", "HEAD", None]),
                    [("Neck", "soft", 2.0, None), ("Neck", "bone", 1.0, None)], contrast=True)


def E_ct_cta_headneck(c):
    return ct_study(c, "neuro", "CT angiography of the head and neck vessels (arch to vertex)", c.desc("CTA", "headneck"),
                    ["HEAD", "NECK"], c.pick(["Angio", "CTA", "Carotid"]), ["CTA_Head_Neck", "Carotid CTA", "CAROTIDS", "Stroke CTA"],
                    c.pick(["HEAD", "NECK", "CAROTID", "HEADNECK", None]), [("Angio", "angio", 0.75, None)], contrast=True,
                    mprs=[(c.pick(["MIP cor 8mm", "MIP", "VRT", "MIP sag"]), None)])


def E_ct_stroke(c):
    """Stroke protocol: plain head, perfusion and its maps, CTA head-neck."""
    v = c.vendor("CT")
    desc = c.local({"ru": "КТ головного мозга + КТА + перфузия (инсульт)", "uk": "КТ ГМ + КТА + перфузія (інсульт)",
                    "sr": "CT главе + CTA + перфузија", "bs": "CT glave + CTA + perfuzija", "bg": "КТ на глава + КТ ангиография (инсулт)",
                    "ro": "CT cerebral + angio-CT + perfuzie (AVC)", "el": "ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ - ΑΓΓΕΙΟΓΡΑΦΙΑ - ΑΙΜΑΤΩΣΗ",
                    "lt": "Insulto protokolas: galvos KT, KTA, perfuzija", "lv": "Insulta protokols: galvas DT, DTA, perfūzija",
                    "et": "Insuldi protokoll: pea KT, KTA, perfusioon"}[c.lang])
    st = ct_study(c, "neuro", "stroke protocol CT", desc, ["HEAD"], "Head", ["Neuro_Stroke", "STROKE", "Stroke Protocol"], c.pick(["HEAD", None]),
                  [("Head", "brain", 5.0, None)], scout=True)
    m = lambda **kw: {**base(c, "CT", desc), **kw}
    st.add(m(SeriesDescription=c.pick(["CTA Head-Neck 0.75", "CTA 0.6 Bv36", "Angio 0.75"]), ContrastBolusAgent="Omnipaque 350",
             ImageType="ORIGINAL\\PRIMARY\\AXIAL"), ["HEAD", "NECK"], None, "the CTA of the stroke protocol runs from the arch to the vertex")
    for n in c.rng.sample(["CBF", "CBV", "MTT", "TTP", "Tmax"], 2):
        st.add(m(SeriesDescription=c.pick([f"Perfusion {n}", f"CTP {n}", f"{n} map", f"RAPID {n}"]),
                 ImageType="DERIVED\\SECONDARY\\PERFUSION"), ["HEAD"], None, "brain perfusion map", 0.8)
    return st


def E_ct_lspine(c):
    key = c.pick(["lspine", "lspine", "cspine"])
    lab = {"lspine": ["LSPINE"], "cspine": ["CSPINE"]}[key]
    return ct_study(c, "spine", f"{key} CT", c.desc("CT", key), lab, "Spine",
                    ["Spine_Routine", "SPINE", "L-Spine" if key == "lspine" else "C-Spine"],
                    c.pick(["SPINE", "LSPINE" if key == "lspine" else "CSPINE", None]),
                    [("Spine", "bone", 1.0, None), ("Spine", "soft", 2.0, None)],
                    mprs=[(c.pick(["Sag Bone 2mm", "MPR Sag", "SAG 2mm"]), None)])


def E_ct_urography(c):
    return ct_study(c, "uro", "CT urography / KUB stone protocol", c.desc("CT", c.pick(["urography", "kidneys", "abdpel"])), AP,
                    c.pick(["Abdomen", "Uro", "KUB"]), ["Urography", "KUB Stone", "UroCT 3ph", "Stone Protocol"],
                    c.pick(["ABDOMEN", "KIDNEY", "ABDOMEN", None]),
                    [("Abdomen", "soft", 2.0, None), ("Uro", "soft", 1.0, None)],
                    mprs=[(c.pick(["MIP Cor Excretory", "Uro MIP", "Cor 3mm"]), None)])


def E_ct_trauma(c):
    """Whole-body trauma CT: head, cervical spine, chest-abdomen-pelvis, spine reformats."""
    v = c.vendor("CT")
    desc = c.desc("CT", "polytrauma")
    st = Study(desc, "trauma", "polytrauma CT")
    bpe = c.pick(["WHOLEBODY", "HEAD", "CHEST", None, "BODY"])
    def m(**kw):
        d = base(c, "CT", desc)
        d["ProtocolName"] = c.pick(["Polytrauma", "TRAUMA WB", "Polytrauma_WB"]) if v != "ge" else "14.1 TRAUMA"
        if bpe:
            d["BodyPartExamined"] = bpe
        d.update(kw)
        return d
    st.add(m(SeriesDescription=ct_scout(c, v), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), WB, None,
           "the trauma scout covers vertex to thighs", 0.6)
    n, k = ct_recon(c, v, "Head", "brain", 5.0)
    st.add(m(SeriesDescription=n, ConvolutionKernel=k), ["HEAD"], None, "head part of the trauma scan")
    n, k = ct_recon(c, v, c.pick(["C-Spine", "HWS", "Spine"]), "bone", 1.0)
    st.add(m(SeriesDescription=n, ConvolutionKernel=k), ["CSPINE"], None, "cervical spine recon of the trauma scan")
    n, k = ct_recon(c, v, "Body", "soft", c.pick([3.0, 5.0]))
    st.add(m(SeriesDescription=n, ConvolutionKernel=k, ContrastBolusAgent="Omnipaque 350"), CAP, None,
           "the body part of the trauma scan runs from the apices to the pelvis")
    n, k = ct_recon(c, v, "Thorax", "lung", 1.0)
    st.add(m(SeriesDescription=n, ConvolutionKernel=k), ["CHEST"], None, "lung kernel of the trauma chest")
    st.add(m(SeriesDescription=c.pick(["Spine Sag Bone", "WS sag 2mm", "Sag Spine 2.0", "BWS LWS sag"]), ImageType="DERIVED\\SECONDARY\\MPR"),
           ["TSPINE", "LSPINE"], None, "thoracolumbar spine reformat of the trauma scan", 0.9)
    st.add(m(SeriesDescription=c.pick(["Pelvis Cor Bone", "Becken cor", "Pelvis MPR"]), ImageType="DERIVED\\SECONDARY\\MPR"),
           ["PELVIS"], None, "pelvic ring reformat", 0.6)
    for d in ct_dose(c, v, desc)[:1]:
        st.add({**base(c, d["Modality"], desc, "CT"), **d}, [], None, "dose page: no anatomy", 0.15)
    return st


LIMB_EN = {"shoulder": "Shoulder", "arm": "Humerus", "elbow": "Elbow", "forearm": "Forearm", "wrist": "Wrist", "hand": "Hand",
           "hip": "Hip", "thigh": "Femur", "knee": "Knee", "leg": "Tib-Fib", "ankle": "Ankle", "foot": "Foot",
           "clavicle": "Clavicle", "scaphoid": "Scaphoid", "calcaneus": "Calcaneus", "fingers": "Fingers"}
LIMB_CODE = {"shoulder": "SHOULDER", "arm": "ARM", "elbow": "ELBOW", "forearm": "FOREARM", "wrist": "WRIST", "hand": "HAND",
             "hip": "HIP", "thigh": "THIGH", "knee": "KNEE", "leg": "LEG", "ankle": "ANKLE", "foot": "FOOT",
             "clavicle": "SHOULDER", "scaphoid": "WRIST", "calcaneus": "FOOT", "fingers": "HAND"}
LIMB_BPE = {"shoulder": "SHOULDER", "arm": "ARM", "elbow": "ELBOW", "forearm": "FOREARM", "wrist": "WRIST", "hand": "HAND",
            "hip": "HIP", "thigh": "THIGH", "knee": "KNEE", "leg": "LEG", "ankle": "ANKLE", "foot": "FOOT",
            "clavicle": "CLAVICLE", "scaphoid": "HAND", "calcaneus": "FOOT", "fingers": "HAND"}


def E_ct_limb(c):
    key = c.pick(["ankle", "wrist", "knee", "calcaneus", "shoulder", "elbow", "foot", "hip"])
    s = c.pick("RL")
    code = LIMB_CODE[key]
    st = ct_study(c, "msk", f"{key} CT, side in the RIS text", c.desc("CT", key, s), [code], "Extremity",
                  ["Extremity", "Knochen", "Joint", "EXTREMITY BONE"],
                  c.pick([LIMB_BPE[key], "EXTREMITY", None, "LEG" if key in ("knee", "ankle") else LIMB_BPE[key]]),
                  [("Extremity", "bone", 0.6, None), ("Extremity", "soft", 2.0, None)], lat=s,
                  mprs=[(c.pick(["Sag Bone 1mm", "Cor Bone", "VRT Bone", "MPR Sag"]), None)])
    return st


def E_ct_wb_myeloma(c):
    return ct_study(c, "onc", "whole-body low-dose CT of the skeleton (myeloma)",
                    c.local({"ru": "КТ всего скелета низкодозовая (миеломная болезнь)", "uk": "Низькодозова КТ всього скелета",
                             "sr": "Low-dose CT целог скелета (мијелом)", "bs": "Low-dose CT cijelog skeleta", "bg": "Нискодозова КТ на целия скелет",
                             "ro": "CT low-dose schelet integral (mielom)", "el": "ΑΞΟΝΙΚΗ ΧΑΜΗΛΗΣ ΔΟΣΗΣ ΟΛΟΣΩΜΗ (ΜΥΕΛΩΜΑ)",
                             "lt": "Viso skeleto mažos dozės KT", "lv": "Visa skeleta zemas devas DT", "et": "Kogu skeleti madaladoosi KT"}[c.lang]),
                    WB, "WB", ["WB_LowDose_Myeloma", "WBLD CT", "Myeloma"], c.pick(["WHOLEBODY", "BODY", "SKELETON", None]),
                    [("WB", "bone", 2.0, None), ("WB", "soft", 3.0, None)],
                    mprs=[("Sag Spine Bone", SPINE)])


def E_cbct(c):
    v = c.cfg["v"].get("PX", "planmeca")
    desc = c.local(c.pick({"ru": ["КЛКТ верхней и нижней челюсти", "КЛКТ челюстей", "КТ зубов (КЛКТ)"],
                           "uk": ["КПКТ щелеп", "КТ зубів (КПКТ)"], "bs": ["CBCT vilica", "CBCT zuba"],
                           "el": ["CBCT ΓΝΑΘΩΝ", "ΟΔΟΝΤΙΑΤΡΙΚΗ CBCT"], "et": ["Lõualuude KKT", "Hammaste CBCT"]}.get(c.lang, ["CBCT"])))
    st = Study(desc, "entdental", "dental cone-beam CT")
    st.add({**base(c, "CT", desc, "CT", v), "SeriesDescription": c.pick(["CBCT", "3D Volume", "Planmeca 3D", "Patient 3D"]),
            "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, ["HEAD"], None, "dental cone-beam volume of the jaws")
    return st

# ---------------------------------------------------------------------------------------------
# MR: vendor default series by exam family; (SeriesDescription, SequenceName, ScanningSequence, kind)
# kind: loc (localizer), orig, map (derived map), mpr (reformat/MIP)
# ---------------------------------------------------------------------------------------------

MR_SEQ = {
    "siemens": {
        "brain": [("localizer", "*fl2d1", "GR", "loc"), ("AAHead_Scout_64ch-head-coil", "*fl3d1_ns", "GR", "loc"),
                  ("t2_tse_tra", "*tse2d1_15", "SE", "orig"), ("t2_tirm_tra_dark-fluid", "*tir2d1_16", "SE\\IR", "orig"),
                  ("t1_se_sag", "*se2d1", "SE", "orig"), ("ep2d_diff_3scan_trace_p2", "*ep_b0_1000", "EP", "orig"),
                  ("ep2d_diff_3scan_trace_p2_ADC", "*ep_b0_1000", "EP", "map"), ("t1_mprage_sag_p2_iso", "*tfl3d1_16ns", "GR\\IR", "orig"),
                  ("t2_swi_tra_p2_2mm", "*swi3d1r", "GR", "orig"), ("mIP_Images(SW)", "*swi3d1r", "GR", "mpr"),
                  ("t1_mprage_tra_p2_iso_MPR_Cor", "*tfl3d1_16ns", "GR\\IR", "mpr"), ("t2_tse_cor_3mm", "*tse2d1_17", "SE", "orig")],
        "pit": [("localizer", "*fl2d1", "GR", "loc"), ("t1_tse_cor_2mm_Hypophyse", "*tse2d1_3", "SE", "orig"),
                ("t2_tse_cor_2mm", "*tse2d1_15", "SE", "orig"), ("t1_tse_sag_2mm", "*tse2d1_3", "SE", "orig"),
                ("t1_vibe_dyn_cor", "*fl3d1", "GR", "orig")],
        "spine": [("localizer", "*fl2d1", "GR", "loc"), ("t2_tse_sag_384", "*tse2d1_17", "SE", "orig"),
                  ("t1_tse_sag", "*tse2d1_3", "SE", "orig"), ("t2_tse_tra", "*tse2d1_15", "SE", "orig"),
                  ("t2_tirm_sag", "*tir2d1_13", "SE\\IR", "orig"), ("t2_me2d_tra", "*me2d1r3", "GR", "orig")],
        "joint": [("localizer", "*fl2d1", "GR", "loc"), ("pd_tse_fs_cor", "*tse2d1_5", "SE", "orig"),
                  ("pd_tse_fs_sag", "*tse2d1_5", "SE", "orig"), ("pd_tse_fs_tra", "*tse2d1_5", "SE", "orig"),
                  ("t1_tse_cor", "*tse2d1_3", "SE", "orig"), ("t2_de3d_we_sag_iso", "*de3d1", "GR", "orig")],
        "pelvis": [("localizer", "*fl2d1", "GR", "loc"), ("t2_tse_tra_320", "*tse2d1_19", "SE", "orig"),
                   ("t2_tse_sag", "*tse2d1_19", "SE", "orig"), ("t2_tse_cor", "*tse2d1_19", "SE", "orig"),
                   ("ep2d_diff_b50_800_1400_tra", "*ep_b1400t", "EP", "orig"), ("ep2d_diff_b50_800_1400_tra_ADC", "*ep_b1400t", "EP", "map"),
                   ("t1_vibe_fs_tra_dyn", "*fl3d1", "GR", "orig"), ("t1_tse_tra", "*tse2d1_3", "SE", "orig")],
        "abdomen": [("localizer", "*fl2d1", "GR", "loc"), ("t2_haste_cor_mbh", "*h2d1_320", "SE", "orig"),
                    ("t2_haste_tra_mbh", "*h2d1_320", "SE", "orig"), ("t1_vibe_dixon_tra_bh_W", "*fl3d2", "GR", "orig"),
                    ("t1_vibe_fs_tra_dyn_art", "*fl3d1", "GR", "orig"), ("ep2d_diff_b50_400_800_tra_ADC", "*ep_b800t", "EP", "map"),
                    ("t2_space_cor_p2_trig_MRCP", "*spc3d1rs", "SE", "orig"), ("MIP_MRCP", "*spc3d1rs", "SE", "mpr")],
        "breast": [("localizer", "*fl2d1", "GR", "loc"), ("t2_tse_tra", "*tse2d1_17", "SE", "orig"),
                   ("t1_fl3d_tra_dyn", "*fl3d1", "GR", "orig"), ("t1_fl3d_tra_dyn_SUB", "*fl3d1", "GR", "map"),
                   ("ep2d_diff_tra_ADC", "*ep_b800t", "EP", "map"), ("MIP_SUB_1", "*fl3d1", "GR", "mpr")],
        "wb": [("localizer_WB", "*fl2d1", "GR", "loc"), ("t1_tse_cor_WB_composed", "*tse2d1_3", "SE", "orig"),
               ("t2_tirm_cor_WB_composed", "*tir2d1_13", "SE\\IR", "orig"), ("ep2d_diff_b50_900_tra_WB_ADC", "*ep_b900t", "EP", "map"),
               ("ep2d_diff_b900_tra_inv_MIP", "*ep_b900t", "EP", "mpr")],
        "cardiac": [("localizer", "*fl2d1", "GR", "loc"), ("trufi_loc_multi_iPAT", "*tfi2d1", "GR", "loc"),
                    ("cine_tf2d_4ch", "*tfi2d1_12", "GR", "orig"), ("cine_tf2d_sa", "*tfi2d1_12", "GR", "orig"),
                    ("tfl_psir_sa_LGE", "*tfl2d1", "GR\\IR", "orig"), ("MOCO_T1_MAP_sa", "*tfi2d1", "GR", "map")],
    },
    "ge": {
        "brain": [("3-Plane Loc", "fgre", "GR", "loc"), ("Ax T2 FSE", "fse-xl", "SE", "orig"), ("Ax T2 FLAIR", "fse-ir", "SE\\IR", "orig"),
                  ("Sag T1 FLAIR", "fse-ir", "SE\\IR", "orig"), ("Ax DWI 1000b", "epi", "EP", "orig"),
                  ("Apparent Diffusion Coefficient (mm2/s)", "epi", "EP", "map"), ("Sag 3D T1 BRAVO", "efgre3d", "GR", "orig"),
                  ("Ax SWAN", "swan", "GR", "orig"), ("Ax T1 SE +C", "se", "SE", "orig"), ("Reformatted", "", "GR", "mpr")],
        "pit": [("3-Plane Loc", "fgre", "GR", "loc"), ("Cor T1 Pit", "se", "SE", "orig"), ("Sag T1 Pit", "se", "SE", "orig"),
                ("Cor T2 FSE Pit", "fse-xl", "SE", "orig"), ("Cor T1 Dyn Pit +C", "fse", "SE", "orig")],
        "spine": [("3-Plane Loc", "fgre", "GR", "loc"), ("Sag T2 FRFSE", "frfse", "SE", "orig"), ("Sag T1 FSE", "fse", "SE", "orig"),
                  ("Ax T2 FRFSE", "frfse", "SE", "orig"), ("Sag STIR", "fse-ir", "SE\\IR", "orig")],
        "joint": [("3-Plane Loc", "fgre", "GR", "loc"), ("Cor PD FS", "fse-xl", "SE", "orig"), ("Sag PD FS", "fse-xl", "SE", "orig"),
                  ("Ax PD FS", "fse-xl", "SE", "orig"), ("Cor T1 FSE", "fse", "SE", "orig"), ("Sag T2 FSE", "fse-xl", "SE", "orig")],
        "pelvis": [("3-Plane Loc", "fgre", "GR", "loc"), ("Ax T2 FRFSE", "frfse", "SE", "orig"), ("Sag T2 FRFSE", "frfse", "SE", "orig"),
                   ("Ax DWI 1400", "epi", "EP", "orig"), ("Apparent Diffusion Coefficient (mm2/s)", "epi", "EP", "map"),
                   ("Ax LAVA DCE", "efgre3d", "GR", "orig")],
        "abdomen": [("3-Plane Loc", "fgre", "GR", "loc"), ("Cor SSFSE", "ssfse", "SE", "orig"), ("Ax T2 SSFSE", "ssfse", "SE", "orig"),
                    ("Ax LAVA Flex", "efgre3d", "GR", "orig"), ("Ax DWI b800", "epi", "EP", "orig"), ("3D MRCP", "fse", "SE", "orig"),
                    ("MIP MRCP", "", "SE", "mpr")],
        "breast": [("3-Plane Loc", "fgre", "GR", "loc"), ("Ax T2 IDEAL", "fse", "SE", "orig"), ("Ax VIBRANT MPh", "vibrant", "GR", "orig"),
                   ("SUB VIBRANT", "", "GR", "map"), ("Ax DWI b800", "epi", "EP", "orig")],
        "wb": [("3-Plane Loc WB", "fgre", "GR", "loc"), ("Cor STIR WB", "fse-ir", "SE\\IR", "orig"), ("Cor T1 WB", "fse", "SE", "orig"),
               ("Ax DWI WB", "epi", "EP", "orig")],
        "cardiac": [("3-Plane Loc", "fgre", "GR", "loc"), ("FIESTA CINE SAx", "fiesta", "GR", "orig"), ("FIESTA CINE 4CH", "fiesta", "GR", "orig"),
                    ("MDE PSIR SAx", "mde", "GR\\IR", "orig")],
    },
    "philips": {
        "brain": [("Survey", "", "GR", "loc"), ("SmartBrain_Survey", "", "GR", "loc"), ("sT2W_TSE", "TSE", "SE", "orig"),
                  ("T2W_FLAIR", "IR", "SE\\IR", "orig"), ("DWI_b1000", "DwiSE", "EP", "orig"), ("dADC", "DwiSE", "EP", "map"),
                  ("3D_T1W_TFE", "TFE", "GR", "orig"), ("SWIp", "FFE", "GR", "orig"), ("T1W_SE_SAG", "SE", "SE", "orig"),
                  ("3D_T1W_TFE_CE", "TFE", "GR", "orig"), ("MPR_COR", "", "GR", "mpr")],
        "pit": [("Survey", "", "GR", "loc"), ("T1W_SE_COR_hypo", "SE", "SE", "orig"), ("T2W_TSE_COR", "TSE", "SE", "orig"),
                ("T1W_SE_SAG", "SE", "SE", "orig"), ("DYN_T1_COR", "TSE", "SE", "orig")],
        "spine": [("Survey", "", "GR", "loc"), ("T2W_TSE_SAG", "TSE", "SE", "orig"), ("T1W_TSE_SAG", "TSE", "SE", "orig"),
                  ("T2W_TSE_TRA", "TSE", "SE", "orig"), ("STIR_SAG", "IR", "SE\\IR", "orig"), ("T2W_TSE_TRA_multi", "TSE", "SE", "orig")],
        "joint": [("Survey", "", "GR", "loc"), ("PDW_SPAIR_COR", "TSE", "SE", "orig"), ("PDW_SPAIR_SAG", "TSE", "SE", "orig"),
                  ("PDW_SPAIR_TRA", "TSE", "SE", "orig"), ("T1W_TSE_COR", "TSE", "SE", "orig"), ("T2W_TSE_SAG", "TSE", "SE", "orig")],
        "pelvis": [("Survey", "", "GR", "loc"), ("T2W_TSE_ax", "TSE", "SE", "orig"), ("T2W_TSE_sag", "TSE", "SE", "orig"),
                   ("DWI_b0_1000_1500", "DwiSE", "EP", "orig"), ("dADC", "DwiSE", "EP", "map"), ("DCE_THRIVE", "THRIVE", "GR", "orig")],
        "abdomen": [("Survey", "", "GR", "loc"), ("T2W_SSH_cor", "TSE", "SE", "orig"), ("T2W_SPAIR_tra", "TSE", "SE", "orig"),
                    ("mDIXON_W_BH", "FFE", "GR", "orig"), ("DWI_b0_800", "DwiSE", "EP", "orig"), ("3D_MRCP", "TSE", "SE", "orig"),
                    ("MIP_3D_MRCP", "", "SE", "mpr")],
        "breast": [("Survey", "", "GR", "loc"), ("T2W_TSE_tra", "TSE", "SE", "orig"), ("eTHRIVE_dyn", "THRIVE", "GR", "orig"),
                   ("Subtraction 1", "", "GR", "map"), ("DWI_b800", "DwiSE", "EP", "orig")],
        "wb": [("Survey_WB", "", "GR", "loc"), ("WB_DWIBS", "DwiSE", "EP", "orig"), ("WB_STIR_COR", "IR", "SE\\IR", "orig"),
               ("WB_T1W_mDIXON", "FFE", "GR", "orig"), ("DWIBS_MIP_inv", "", "EP", "mpr")],
        "cardiac": [("Survey", "", "GR", "loc"), ("BTFE_BH_SA", "BTFE", "GR", "orig"), ("BTFE_BH_4CH", "BTFE", "GR", "orig"),
                    ("LGE_PSIR_SA", "TFE", "GR\\IR", "orig"), ("T1_MOLLI_map", "TFE", "GR", "map")],
    },
    "canon": {
        "brain": [("Locator", "", "GR", "loc"), ("T2W FSE AX", "FSE", "SE", "orig"), ("FLAIR AX", "FLAIR", "SE\\IR", "orig"),
                  ("DWI b1000", "EPI", "EP", "orig"), ("ADC", "EPI", "EP", "map"), ("T1W SE SAG", "SE", "SE", "orig")],
        "spine": [("Locator", "", "GR", "loc"), ("T2W FSE SAG", "FSE", "SE", "orig"), ("T1W FSE SAG", "FSE", "SE", "orig"),
                  ("T2W FSE AX", "FSE", "SE", "orig"), ("STIR SAG", "FSE", "SE\\IR", "orig")],
        "joint": [("Locator", "", "GR", "loc"), ("PDW FS COR", "FSE", "SE", "orig"), ("PDW FS SAG", "FSE", "SE", "orig"),
                  ("T1W COR", "FSE", "SE", "orig"), ("PDW FS AX", "FSE", "SE", "orig")],
    },
}

MR_IMAGE_TYPE = {"loc": "ORIGINAL\\PRIMARY\\LOCALIZER", "orig": "ORIGINAL\\PRIMARY\\M\\ND", "map": "DERIVED\\PRIMARY\\ADC\\ADC",
                 "mpr": "DERIVED\\SECONDARY\\MPR"}


def mr_study(c, stratum, why, desc, labels, family, prot, bpe, lat=None, k=(4, 7), extra=(), vendor=None,
             prefix_side=None):
    v = vendor or c.vendor("MR")
    seqs = MR_SEQ[v].get(family) or MR_SEQ["siemens"][family]
    st = Study(desc, stratum, why)
    proto = c.pick(prot) if isinstance(prot, list) else prot
    chosen = [seqs[0]] + c.rng.sample(seqs[1:], min(len(seqs) - 1, c.rng.randint(*k)))
    for name, sq, ss, kind in chosen:
        d = base(c, "MR", desc, "MR", v)
        sd = name
        if prefix_side and kind != "loc" and c.chance(0.4):
            sd = f"{name}_{prefix_side}" if v == "siemens" else f"{prefix_side} {name}"
        d["SeriesDescription"] = sd
        if proto:
            d["ProtocolName"] = proto if (kind != "orig" or v != "siemens" or c.chance(0.5)) else name
        if bpe:
            d["BodyPartExamined"] = bpe
        if sq:
            d["SequenceName"] = sq
        d["ScanningSequence"] = ss
        d["ImageType"] = MR_IMAGE_TYPE[kind] if not (kind == "map" and "SUB" in name.upper()) else "DERIVED\\PRIMARY\\SUBTRACTION"
        if "+C" in name or "CE" in name.split("_") or "dyn" in name.lower():
            d["ContrastBolusAgent"] = c.pick(["Gadovist", "Dotarem", "Magnevist", "Омнискан" if c.lang == "ru" else "Clariscan"])
        why_s = {"loc": "localizer of the exam takes its anatomy", "orig": "sequence name only; the study says what it images",
                 "map": "derived map of the exam", "mpr": "reformat/MIP of the exam"}[kind]
        st.add(d, labels, lat, why_s, {"loc": 0.5, "orig": 1.0, "map": 0.8, "mpr": 0.7}[kind])
    for e in extra:
        st.add(*e)
    return st


def E_mr_brain(c):
    desc = c.desc("MR", "brain")
    if c.chance(0.15):
        desc = c.local(c.pick({"ru": ["МРТ ГМ с контрастным усилением", "МРТ головного мозга + МР-ангиография", "МРТ ГМ (нейронавигация, предоперационное)"],
                               "uk": ["МРТ ГМ з контрастуванням", "МРТ головного мозку + МРА"],
                               "sr": ["MR главе са контрастом", "MR endokranijuma - preop"], "bs": ["MR glave s kontrastom", "MR mozga - neuronavigacija"],
                               "bg": ["ЯМР на глава с контраст"], "ro": ["IRM cerebral nativ si cu contrast", "RMN cerebral cu substanta de contrast"],
                               "el": ["ΜΑΓΝΗΤΙΚΗ ΕΓΚΕΦΑΛΟΥ ΜΕ ΣΚΙΑΓΡΑΦΙΚΟ"], "lt": ["Galvos smegenų MRT su kontrastu"],
                               "lv": ["Galvas smadzeņu MR ar kontrastvielu"], "et": ["Pea MRT kontrastainega"]}[c.lang]))
    return mr_study(c, "neuro", "brain MR", desc, ["HEAD"], "brain",
                    ["Head^Routine", "BRAIN ROUTINE", "Neuro Brain", "Kopf", "HEAD", "SmartBrain", "brain_epilepsy"],
                    c.pick(["HEAD", "BRAIN", "HEAD", "SKULL"]))


def E_mr_pituitary(c):
    return mr_study(c, "neuro", "pituitary MR", c.desc("MR", "pituitary"), ["HEAD"], "pit",
                    ["Hypophyse", "PITUITARY", "Sella", "Pituitary dyn"], c.pick(["HEAD", "BRAIN", "PITUITARY", None]), k=(3, 4))


def E_mr_spine(c):
    key = c.pick(["lspine", "lspine", "lspine", "cspine", "cspine", "tspine"])
    lab = {"lspine": ["LSPINE"], "cspine": ["CSPINE"], "tspine": ["TSPINE"]}[key]
    bpe = {"lspine": ["LSPINE", "LSPINE", "SPINE", "LUMBAR"], "cspine": ["CSPINE", "CSPINE", "SPINE", "NECK"],
           "tspine": ["TSPINE", "SPINE", "CHEST"]}[key]
    return mr_study(c, "spine", f"{key} MR", c.desc("MR", key), lab, "spine",
                    {"lspine": ["L-Spine", "LWS", "LSPINE ROUTINE", "Lumbar"], "cspine": ["C-Spine", "HWS", "CSPINE", "Cervical"],
                     "tspine": ["T-Spine", "BWS", "Thoracic"]}[key], c.pick(bpe + [None]))


def E_mr_wholespine(c):
    v = c.vendor("MR")
    desc = c.desc("MR", "wholespine")
    st = Study(desc, "spine", "whole spine MR in stations")
    for lab, nm in ((["CSPINE"], c.pick(["C", "HWS", "Cerv", "CS"])), (["TSPINE"], c.pick(["Th", "BWS", "Thor", "TS"])),
                    (["LSPINE"], c.pick(["Lumb", "LWS", "LS", "Lumbar"]))):
        if v == "siemens":
            sd = f"t2_tse_sag_{nm}"
        elif v == "ge":
            sd = f"Sag T2 {nm}"
        else:
            sd = f"T2W_TSE_SAG_{nm}"
        st.add({**base(c, "MR", desc), "SeriesDescription": sd, "ScanningSequence": "SE", "BodyPartExamined": "SPINE"} if c.chance(0.5)
               else {**base(c, "MR", desc), "SeriesDescription": sd, "ScanningSequence": "SE"}, lab, None,
               "one station of the whole spine (its level in the name)")
    st.add({**base(c, "MR", desc), "SeriesDescription": c.pick(["t2_tse_sag_COMPOSED", "Composed Sag T2", "T2W_SAG_WS_composed"]),
            "ImageType": "DERIVED\\PRIMARY\\COMPOSED"}, SPINE, None, "stations composed into one whole-spine image", 0.9)
    st.add({**base(c, "MR", desc), "SeriesDescription": c.pick(["localizer", "3-Plane Loc", "Survey"]),
            "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}, SPINE, None, "localizer of the whole spine", 0.5)
    return st


JOINT_PROT = {"knee": ["Knee", "KNIE", "KNEE ROUTINE", "knee_3T"], "shoulder": ["Shoulder", "SCHULTER", "SHOULDER"],
              "hip": ["Hip", "HUEFTE", "HIP"], "ankle": ["Ankle", "OSG", "ANKLE"], "wrist": ["Wrist", "Handgelenk", "WRIST"],
              "elbow": ["Elbow", "ELLBOGEN"], "hand": ["Hand", "Fingers"], "foot": ["Foot", "Forefoot"], "thigh": ["Thigh", "Femur"],
              "leg": ["Leg", "Calf"]}


def E_mr_joint(c):
    key = c.pick(["knee", "knee", "knee", "knee", "shoulder", "shoulder", "hip", "ankle", "ankle", "wrist", "elbow", "foot", "thigh"])
    s = c.pick("RLRL")
    code = LIMB_CODE[key]
    bpe = c.pick([LIMB_BPE[key], LIMB_BPE[key], "EXTREMITY", "LEG" if key in ("knee", "ankle", "foot") else "ARM", None])
    side_en = c.pick({"R": ["R", "RT", "right"], "L": ["L", "LT", "left"]}[s])
    st = mr_study(c, "msk", f"{key} MR, side from the RIS text or the series names", c.desc("MR", key, s), [code], "joint",
                  [p for p in JOINT_PROT[key]], bpe, lat=s, k=(3, 5), prefix_side=side_en)
    if c.chance(0.4):
        for se in st.series:
            if se.labels:
                se.meta["Laterality"] = s
    return st


def E_mr_hips(c):
    desc = c.desc("MR", "hips")
    return mr_study(c, "msk", "both hips MR (one pelvic FOV covers both hips)", desc, ["PELVIS", "HIP"], "joint",
                    ["Hips bilat", "HUEFTE bds", "HIPS AVN"], c.pick(["HIP", "PELVIS", None]), lat="B", k=(3, 4))


def E_mr_sij(c):
    desc = c.local({"ru": "МРТ крестцово-подвздошных сочленений", "uk": "МРТ крижово-клубових суглобів", "sr": "MR сакроилијачних зглобова",
                    "bs": "MR SI zglobova", "bg": "ЯМР на сакроилиачни стави", "ro": "RMN articulatii sacroiliace",
                    "el": "ΜΑΓΝΗΤΙΚΗ ΙΕΡΟΛΑΓΟΝΙΩΝ", "lt": "Klubakaulio-kryžkaulio sąnarių MRT", "lv": "Sakroiliakālo locītavu MR",
                    "et": "Sakroiliakaalliigeste MRT"}[c.lang])
    return mr_study(c, "msk", "sacroiliac joints MR (spec: SI joints fold into PELVIS)", desc, ["PELVIS"], "spine",
                    ["ISG", "SIJ", "SI joints"], c.pick(["SPINE", "PELVIS", "SIJ", None]), k=(2, 4))


def E_mr_prostate(c):
    return mr_study(c, "uro", "prostate MR", c.desc("MR", "prostate"), ["PELVIS"], "pelvis",
                    ["Prostata mpMRI", "PROSTATE PIRADS", "prostate_mp"], c.pick(["PROSTATE", "PELVIS", "PELVIS", None]))


def E_mr_fpelvis(c):
    return mr_study(c, "womens", "female pelvis MR", c.desc("MR", "pelvis"), ["PELVIS"], "pelvis",
                    ["Pelvis female", "Becken", "PELVIS UTERUS", "pelvis_endometriosis"], c.pick(["PELVIS", "PELVIS", "ABDOMEN", None]))


def E_mr_liver(c):
    key = c.pick(["liver", "abdomen", "abdomen", "kidneys"])
    desc = c.desc("MR", key)
    if c.chance(0.35):
        desc = c.local({"ru": "МРТ ОБП + МРХПГ", "uk": "МРТ ОЧП + МРХПГ", "sr": "MR абдомена + MRCP", "bs": "MRCP", "bg": "ЯМР на корем + MRCP",
                        "ro": "IRM abdominal + colangio-IRM", "el": "ΜΑΓΝΗΤΙΚΗ ΧΟΛΑΓΓΕΙΟΓΡΑΦΙΑ (MRCP)", "lt": "Pilvo MRT, MRCP",
                        "lv": "MR holangiogrāfija (MRCP)", "et": "MR-kolangiograafia (MRCP)"}[c.lang])
    return mr_study(c, "gi", "upper abdomen MR / MRCP (spec: MRCP is ABDOMEN)", desc, ["ABDOMEN"], "abdomen",
                    ["Liver", "ABDOMEN", "Leber", "MRCP", "Abd_Primovist"], c.pick(["ABDOMEN", "ABDOMEN", "LIVER", None]))


def E_mr_breast(c):
    return mr_study(c, "breast", "bilateral breast MR", c.desc("MR", "breast"), ["BREAST"], "breast",
                    ["Mamma", "BREAST DCE", "breast_bilat"], c.pick(["BREAST", "BREAST", "CHEST", None]), lat="B", k=(3, 5))


def E_mr_wb(c):
    desc = c.desc("MR", "wholebody")
    return mr_study(c, "onc", "whole-body MR (spec: HEAD+NECK+CHEST+ABDOMEN+PELVIS)", desc, WB, "wb",
                    ["WB_Myeloma", "Whole Body", "WB DWIBS", "Ganzkoerper"], c.pick(["WHOLEBODY", "BODY", None, "CHEST"]), k=(2, 4))


def E_mr_cardiac(c):
    return mr_study(c, "cardio", "cardiac MR", c.desc("MR", "heart"), ["CHEST"], "cardiac",
                    ["Cardiac", "Herz", "CMR_Routine"], c.pick(["HEART", "CHEST", "HEART", None]), k=(3, 4))

# ---------------------------------------------------------------------------------------------
# Radiography
# ---------------------------------------------------------------------------------------------

RU_NOM = {"chest": "Грудная клетка", "knee": "Коленный сустав", "ankle": "Голеностопный сустав", "wrist": "Лучезапястный сустав",
          "hand": "Кисть", "foot": "Стопа", "shoulder": "Плечевой сустав", "elbow": "Локтевой сустав", "hip": "Тазобедренный сустав",
          "leg": "Голень", "forearm": "Предплечье", "thigh": "Бедро", "arm": "Плечо", "clavicle": "Ключица", "scaphoid": "Ладьевидная кость",
          "calcaneus": "Пяточная кость", "fingers": "Пальцы кисти", "cspine": "Шейный отдел", "lspine": "Поясничный отдел",
          "tspine": "Грудной отдел", "head": "Череп", "sinus": "ППН", "pelvbone": "Кости таза", "abdomen": "Брюшная полость"}
UK_NOM = {"chest": "Грудна клітка", "knee": "Колінний суглоб", "ankle": "Гомілковостопний суглоб", "wrist": "Променево-зап'ястковий",
          "hand": "Кисть", "foot": "Стопа", "shoulder": "Плечовий суглоб", "elbow": "Ліктьовий суглоб", "hip": "Кульшовий суглоб",
          "leg": "Гомілка", "forearm": "Передпліччя", "thigh": "Стегно", "arm": "Плече", "clavicle": "Ключиця", "scaphoid": "Човноподібна",
          "calcaneus": "П'яткова кістка", "fingers": "Пальці кисті", "cspine": "Шийний відділ", "lspine": "Поперековий відділ",
          "tspine": "Грудний відділ", "head": "Череп", "sinus": "ППН", "pelvbone": "Кістки тазу", "abdomen": "Черевна порожнина"}
EN_XR = dict(LIMB_EN, chest="Chest", cspine="C-Spine", lspine="L-Spine", tspine="T-Spine", head="Skull", sinus="Sinuses",
             pelvbone="Pelvis", abdomen="Abdomen")
PROJ = {"ru": {"AP": ["прямая", "прямая", "ПП"], "LAT": ["боковая", "боковая", "БП"], "OBL": ["косая"]},
        "uk": {"AP": ["пряма", "пряма"], "LAT": ["бічна", "бокова"], "OBL": ["коса"]}}
XR_BPE = dict(LIMB_BPE, chest="CHEST", cspine="CSPINE", lspine="LSPINE", tspine="TSPINE", head="SKULL", sinus="SKULL",
              pelvbone="PELVIS", abdomen="ABDOMEN")


def xr_series_name(c, v, key, proj, s=None):
    """The view name the X-ray console writes: Russian/Ukrainian on the local consoles (Latin when the console cannot write
    Cyrillic), English vendor defaults elsewhere."""
    if v in ("electron", "renex", "adani", "radmir"):
        lang = "uk" if v == "radmir" else "ru"
        nom = (UK_NOM if lang == "uk" else RU_NOM)[key]
        name = f"{nom} {c.pick(PROJ[lang][proj])}"
        if s in ("R", "L") and c.chance(0.5):
            name += " " + c.pick({"ru": {"R": ["прав.", "справа"], "L": ["лев.", "слева"]},
                                  "uk": {"R": ["прав.", "справа"], "L": ["лів.", "зліва"]}}[lang][s])
        if c.latin or v == "electron" and c.chance(0.6):
            name = translit(name, RU_LAT if lang == "ru" else UK_LAT).upper()
            if c.chance(0.5):
                name = name[:16].rstrip()  # the console's 16-character field
        elif c.chance(0.2) and lang == "ru":
            name = cp1251_as_latin1(name)
        return name
    en = EN_XR[key]
    p = {"AP": c.pick(["AP", "a.p.", "AP"] if key not in ("chest", "hand", "wrist", "fingers") else ["PA", "p.a.", "PA"]),
         "LAT": c.pick(["lat", "LAT", "lateral", "lat."]), "OBL": c.pick(["obl", "oblique"])}[proj]
    if v in ("fuji", "agfa"):
        return f"{en} {p}".upper()
    return f"{en} {p}"


def xr_study(c, stratum, why, desc, key, labels, s=None, views=("AP", "LAT"), bpe=None):
    v = c.vendor("XR")
    st = Study(desc, stratum, why)
    mod = "CR" if v in ("fuji", "agfa") and c.chance(0.6) or v == "electron" and c.chance(0.3) else "DX"
    bpe = bpe if bpe is not None else XR_BPE.get(key)
    tag = c.chance(0.45) if s in ("L", "R") else False
    for proj in views:
        d = base(c, mod, desc, "XR", v)
        d["SeriesDescription"] = xr_series_name(c, v, key, proj, s)
        if bpe:
            d["BodyPartExamined"] = bpe
        d["ViewPosition"] = {"AP": "PA" if key in ("chest", "hand", "wrist", "fingers") else "AP", "LAT": "LL", "OBL": ""}[proj] or "AP"
        if v in ("fuji", "agfa") and c.chance(0.6):
            d["AcquisitionDeviceProcessingDescription"] = f"{EN_XR[key].upper()} {'AP' if proj == 'AP' else 'LAT'}"[:16]
        if tag:
            d[c.pick(["ImageLaterality", "Laterality"])] = s
        st.add(d, labels, s if s in ("L", "R", "B") else None, f"{proj} view of the exam", 1.0)
    return st


def E_xr_chest(c):
    desc = c.desc("XR", "chest")
    if c.lang in ("ru", "uk") and c.chance(0.3):
        desc = c.local(c.pick({"ru": ["Рентгенография ОГК в 2 проекциях", "Флюорография", "Р-графия легких"],
                               "uk": ["Рентгенографія ОГК у 2 проекціях", "Флюорографія"]}[c.lang]))
    return xr_study(c, "chest", "chest radiograph", desc, "chest", ["CHEST"], views=c.pick([("AP",), ("AP", "LAT")]),
                    bpe=c.pick(["CHEST", "CHEST", "THORAX", "LUNG", None]))


def E_xr_limb(c):
    key = c.pick(["knee", "knee", "ankle", "ankle", "wrist", "hand", "foot", "shoulder", "elbow", "leg", "forearm", "thigh",
                  "arm", "clavicle", "scaphoid", "calcaneus", "fingers", "hip"])
    s = c.pick("RL")
    views = ("AP", "LAT") if key not in ("shoulder", "clavicle", "hip") else c.pick([("AP",), ("AP", "OBL")])
    bpe = c.pick([XR_BPE[key], XR_BPE[key], "EXTREMITY", None, "LOWER LIMB" if key in ("knee", "ankle", "foot", "leg", "thigh") else "UPPER LIMB"])
    return xr_study(c, "msk", f"{key} radiograph, side in the RIS text", c.desc("XR", key, s), key, [LIMB_CODE[key]], s,
                    views, bpe=bpe)


def E_xr_bilat(c):
    key = c.pick(["knees", "hands", "feet", "hips", "hips"])
    lab = {"knees": ["KNEE"], "hands": ["HAND"], "feet": ["FOOT"], "hips": ["PELVIS", "HIP"]}[key]
    one = {"knees": "knee", "hands": "hand", "feet": "foot", "hips": "pelvbone"}[key]
    return xr_study(c, "msk", "bilateral limb radiograph (both sides on one view)", c.desc("XR", key), one, lab, "B",
                    views=("AP",), bpe=c.pick([XR_BPE[one], None, "EXTREMITY"]))


def E_xr_spine(c):
    key = c.pick(["cspine", "lspine", "lspine", "tspine"])
    lab = {"cspine": ["CSPINE"], "lspine": ["LSPINE"], "tspine": ["TSPINE"]}[key]
    return xr_study(c, "spine", f"{key} radiograph", c.desc("XR", key), key, lab, views=("AP", "LAT"),
                    bpe=c.pick([XR_BPE[key], "SPINE", None]))


def E_xr_head(c):
    key = c.pick(["head", "sinus", "sinus"])
    return xr_study(c, "entdental", "skull / sinus radiograph", c.desc("XR", key), key, ["HEAD"], views=("AP",),
                    bpe=c.pick(["SKULL", "HEAD", "SINUS", None]))


def E_xr_pelvis(c):
    return xr_study(c, "msk", "pelvis radiograph", c.desc("XR", "pelvbone"), "pelvbone", ["PELVIS"], views=("AP",),
                    bpe=c.pick(["PELVIS", "PELVIS", "HIP", None]))


def E_xr_abdomen(c):
    return xr_study(c, "gi", "plain abdominal film (obstruction / perforation)", c.desc("XR", "abdomen"), "abdomen", ["ABDOMEN"],
                    views=("AP",), bpe=c.pick(["ABDOMEN", None]))


def E_xr_longleg(c):
    v = c.vendor("XR")
    desc = c.local({"ru": "Рентгенография нижних конечностей в полный рост (стоя)", "uk": "Рентгенографія нижніх кінцівок на повну довжину",
                    "sr": "РТГ доњих екстремитета целом дужином", "bs": "RTG donjih ekstremiteta cijelom dužinom", "bg": "Рентгенография на долни крайници в цял ръст",
                    "ro": "Radiografie membre inferioare in ortostatism (telemetrie)", "el": "ΑΚΤΙΝΟΓΡΑΦΙΑ ΚΑΤΩ ΑΚΡΩΝ ΣΕ ΟΡΘΙΑ ΘΕΣΗ",
                    "lt": "Kojų ašių rentgenograma stovint", "lv": "Kāju ass rentgenogrāfija stāvus", "et": "Alajäsemete täispikk röntgenülesvõte"}[c.lang])
    st = Study(desc, "msk", "standing full-length legs")
    st.add({**base(c, "DX", desc, "XR", v), "SeriesDescription": c.pick(["Full Leg AP", "Long leg stitched", "LEGS STANDING", "Stitched Image"]),
            "ImageType": "DERIVED\\PRIMARY\\STITCHED", "ViewPosition": "AP"}, ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "B",
           "stitched standing view of both legs from hip to ankle")
    return st


def E_xr_scoliosis(c):
    v = c.vendor("XR")
    desc = c.desc("XR", "wholespine") if c.lang != "ru" else c.local("Рентгенография позвоночника в полный рост (сколиоз)")
    st = Study(desc, "paeds", "standing whole-spine radiograph (scoliosis)")
    for p in ("PA", "LAT"):
        st.add({**base(c, "DX", desc, "XR", v), "SeriesDescription": c.pick([f"Full Spine {p}", f"Whole Spine {p} stitched", f"SCOLIOSIS {p}"]),
                "ViewPosition": "PA" if p == "PA" else "LL"}, SPINE, None, "whole spine on one stitched view")
    return st


def E_xr_boneage(c):
    v = c.vendor("XR")
    desc = c.local({"ru": "Рентгенография кисти (костный возраст)", "uk": "Рентгенографія кисті (кістковий вік)", "sr": "РТГ шаке - коштана старост",
                    "bs": "RTG šake - koštana starost", "bg": "Рентгенография на длан - костна възраст", "ro": "Radiografie mana - varsta osoasa",
                    "el": "ΑΚΤΙΝΟΓΡΑΦΙΑ ΑΚΡΑΣ ΧΕΙΡΑΣ - ΟΣΤΙΚΗ ΗΛΙΚΙΑ", "lt": "Plaštakos rentgenograma (kaulinis amžius)",
                    "lv": "Plaukstas rentgenogrāfija (kaulu vecums)", "et": "Labakäe röntgen (luuvanus)"}[c.lang])
    st = Study(desc, "paeds", "bone age: by convention the left hand, the tag says so")
    st.add({**base(c, "DX", desc, "XR", v), "SeriesDescription": c.pick(["Hand PA", "Bone Age", "HAND PA", "Hand PA Ped"]),
            "ImageLaterality": "L", "ViewPosition": "PA", "BodyPartExamined": "HAND"}, ["HAND"], "L",
           "bone-age hand, left by the tag")
    return st

# ---------------------------------------------------------------------------------------------
# Ultrasound, mammography, nuclear medicine, PET, angiography, fluoroscopy, dental, DXA
# ---------------------------------------------------------------------------------------------

US_PRESET = {"abdomen": ["Abdomen", "ABD", "Abdomen General"], "kidneys": ["Renal", "Kidney", "Abdomen"], "thyroid": ["Thyroid", "Small Parts", "SMP"],
             "pelvis": ["Gyn", "OB/GYN", "GYN TV"], "prostate": ["Prostate", "Urology"], "breast": ["Breast", "Small Parts"],
             "carotid": ["Carotid", "Vascular"], "legveins": ["LE Venous", "Vascular", "Venous"], "heart": ["Adult Echo", "Cardiac"],
             "hips": ["Ped Hip", "MSK"], "shoulder": ["MSK", "Shoulder"], "neck": ["Small Parts", "Neck"], "liver": ["Abdomen", "Liver"]}


def us_study(c, stratum, why, desc, key, labels, s=None, n=(1, 2), bpe=None):
    v = c.vendor("US")
    st = Study(desc, stratum, why)
    for i in range(c.rng.randint(*n)):
        d = base(c, "US", desc, "US", v)
        if c.chance(0.45):
            d["SeriesDescription"] = c.pick(US_PRESET[key])
        if bpe and c.chance(0.7):
            d["BodyPartExamined"] = bpe
        if c.chance(0.3):
            d["PerformedProcedureStepDescription"] = desc
        if s in ("L", "R") and c.chance(0.3):
            d["Laterality"] = s
        if c.chance(0.2):
            d["NumberOfFrames"] = str(c.pick([60, 120, 184]))
        st.add(d, labels, s, "ultrasound images; the series often names only a preset", 1.0)
    if c.chance(0.25):
        st.add({**base(c, "SR", desc, "US", v), "SOPClassUID": SR_COMP, "SeriesDescription": c.pick(["Measurement Report", "US Report", "Worksheet"])},
               [], None, "structured measurement report: no image", 0.3)
    return st


def E_us_abd(c):
    key = c.pick(["abdomen", "abdomen", "abdomen", "kidneys", "liver"])
    desc = c.desc("US", key)
    if c.lang == "ru" and c.chance(0.3):
        desc = c.local(c.pick(["УЗИ ОБП (печень, желчный пузырь, поджелудочная железа, селезенка)", "УЗИ ОБП + почки", "УЗИ органов брюшной полости комплексное"]))
    return us_study(c, "gi", "abdominal ultrasound", desc, key, ["ABDOMEN"], bpe=c.pick(["ABDOMEN", "ABDOMEN", "KIDNEY"]))


def E_us_thyroid(c):
    return us_study(c, "entdental", "thyroid / neck ultrasound", c.desc("US", c.pick(["thyroid", "thyroid", "neck"])), "thyroid", ["NECK"],
                    bpe=c.pick(["THYROID", "NECK"]))


def E_us_pelvis(c):
    key = c.pick(["pelvis", "pelvis", "prostate"])
    desc = c.desc("US", key)
    if key == "pelvis" and c.chance(0.3):
        desc = c.local({"ru": "УЗИ малого таза трансвагинальное", "uk": "УЗД ОМТ трансвагінально", "sr": "Трансвагинални ултразвук",
                        "bs": "Transvaginalni UZ", "bg": "Трансвагинална ехография", "ro": "Ecografie transvaginala",
                        "el": "ΔΙΚΟΛΠΙΚΟ ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ", "lt": "Transvaginalinė echoskopija", "lv": "Transvagināla USG",
                        "et": "Transvaginaalne UH"}[c.lang])
    return us_study(c, "womens" if key == "pelvis" else "uro", "pelvic ultrasound", desc, key, ["PELVIS"],
                    bpe=c.pick(["PELVIS", "UTERUS" if key == "pelvis" else "PROSTATE"]))


def E_us_breast(c):
    s = c.pick(["B", "B", "R", "L"])
    desc = c.desc("US", "breast") if s == "B" else c.desc("US", "breast", s)
    return us_study(c, "breast", "breast ultrasound", desc, "breast", ["BREAST"], s, bpe="BREAST")


def E_us_veins(c):
    s = c.pick("RL")
    return us_study(c, "vascular", "lower limb venous duplex (groin to calf: thigh, knee, leg)", c.desc("US", "legveins", s),
                    "legveins", ["THIGH", "KNEE", "LEG"], s, bpe=c.pick(["LEG", "LOWER LIMB", "EXTREMITY", "VEIN"]))


def E_us_carotid(c):
    return us_study(c, "vascular", "carotid duplex", c.desc("US", "carotid"), "carotid", ["NECK"], bpe=c.pick(["NECK", "CAROTID", "VASCULAR"]))


def E_us_echo(c):
    desc = c.local({"ru": "ЭхоКГ (трансторакальная)", "uk": "ЕхоКГ", "sr": "Ехокардиографија", "bs": "Ehokardiografija", "bg": "Ехокардиография",
                    "ro": "Ecocardiografie transtoracica", "el": "ΥΠΕΡΗΧΟΚΑΡΔΙΟΓΡΑΦΗΜΑ", "lt": "Širdies echoskopija", "lv": "Ehokardiogrāfija",
                    "et": "Ehhokardiograafia"}[c.lang])
    return us_study(c, "cardio", "transthoracic echocardiography", desc, "heart", ["CHEST"], bpe=c.pick(["HEART", "CHEST"]))


def E_us_hips_infant(c):
    desc = c.local({"ru": "УЗИ тазобедренных суставов (новорожденный)", "uk": "УЗД кульшових суглобів (немовля)", "sr": "Ултразвук кукова новорођенчета",
                    "bs": "UZ kukova novorođenčeta", "bg": "Ехография на тазобедрени стави (кърмаче)", "ro": "Ecografie solduri nou-nascut (Graf)",
                    "el": "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΙΣΧΙΩΝ ΒΡΕΦΟΥΣ", "lt": "Naujagimio klubų echoskopija", "lv": "Jaundzimušā gūžu USG",
                    "et": "Vastsündinu puusade UH"}[c.lang])
    return us_study(c, "paeds", "infant hip ultrasound (Graf), both hips", desc, "hips", ["HIP"], "B", n=(1, 2), bpe="HIP")


def E_us_shoulder(c):
    s = c.pick("RL")
    return us_study(c, "msk", "shoulder ultrasound", c.desc("US", "shoulder", s), "shoulder", ["SHOULDER"], s, bpe="SHOULDER")


MG_VIEWS = [("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]


def E_mg(c):
    v = c.vendor("MG")
    diag = c.chance(0.25)
    desc = c.desc("MG", "breast")
    if diag:
        s1 = c.pick("RL")
        desc = c.desc("MG", "breast", s1)
        views = [(s1, "CC"), (s1, "MLO")] + ([(s1, "ML")] if c.chance(0.4) else [])
    else:
        s1 = None
        views = MG_VIEWS
    st = Study(desc, "breast", "mammography" + (" of one side" if diag else " screening, one series per view"))
    for s, vw in views:
        d = base(c, "MG", desc, "MG", v)
        if v == "hologic":
            sd = c.pick([f"{s} {vw}", f"{s}{vw}", f"{s} {vw} Tomosynthesis Reconstruction" if c.chance(0.3) else f"{s} {vw}"])
        elif v == "siemens":
            sd = f"{s}{vw}"
        else:
            sd = f"{s} {vw}"
        d.update({"SeriesDescription": sd, "ViewPosition": vw, "ImageLaterality": s, "BodyPartExamined": "BREAST"})
        if c.chance(0.5):
            d["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
        if "Tomosynthesis" in sd:
            d["ImageType"] = "DERIVED\\PRIMARY\\TOMOSYNTHESIS"
        st.add(d, ["BREAST"], s, "one breast per view", 1.0)
    if v == "hologic" and c.chance(0.4):
        st.add({**base(c, "MG", desc, "MG", v), "SeriesDescription": "C-View", "BodyPartExamined": "BREAST",
                "ImageType": "DERIVED\\PRIMARY\\GENERATED_2D"}, ["BREAST"], s1 or "B", "synthesised 2D views of the exam", 0.7)
    return st


def nm_study(c, stratum, why, desc, labels, names, bpe=None, mod="NM"):
    st = Study(desc, stratum, why)
    for name in names:
        d = base(c, mod, desc, mod)
        d["SeriesDescription"] = name
        if bpe:
            d["BodyPartExamined"] = bpe
        st.add(d, labels, None, "nuclear medicine acquisition of the exam", 1.0)
    return st


def E_nm_bone(c):
    desc = c.local({"ru": "Остеосцинтиграфия всего тела", "uk": "Остеосцинтиграфія всього тіла", "sr": "Сцинтиграфија скелета (целог тела)",
                    "bs": "Scintigrafija skeleta", "bg": "Костна сцинтиграфия - цяло тяло", "ro": "Scintigrafie osoasa whole body",
                    "el": "ΣΠΙΝΘΗΡΟΓΡΑΦΗΜΑ ΟΣΤΩΝ ΟΛΟΣΩΜΟ", "lt": "Kaulų scintigrafija (viso kūno)", "lv": "Skeleta scintigrāfija",
                    "et": "Skeleti stsintigraafia"}[c.lang])
    v = c.vendor("NM")
    names = c.pick([["WB Anterior", "WB Posterior"], ["Bone WB ANT", "Bone WB POST"], ["WholeBody_ANT_001", "WholeBody_POST_001"],
                    ["WB ANT+POST"]])
    st = nm_study(c, "nm", "whole-body bone scan (spec: whole body)", desc, WB, names, c.pick(["WHOLEBODY", "BONE", None, "SKELETON"]))
    if c.chance(0.4):
        nm, lab = c.pick([("SPECT Pelvis", ["PELVIS"]), ("SPECT L-spine", ["LSPINE"]), ("SPECT/CT Th-L", ["TSPINE", "LSPINE"])])
        st.add({**base(c, "NM", desc), "SeriesDescription": nm}, lab, None, "targeted SPECT of one region after the whole-body sweep", 0.9)
    return st


def E_nm_thyroid(c):
    desc = c.desc("NM", "thyroid") if c.lang != "ru" else c.local("Сцинтиграфия щитовидной железы с Тс-99m")
    return nm_study(c, "nm", "thyroid scintigraphy", desc, ["NECK"], c.pick([["Thyroid ANT"], ["Thyroid Static", "Marker"], ["THYROID 20min"]]),
                    c.pick(["THYROID", "NECK", None]))


def E_nm_renal(c):
    desc = c.local({"ru": "Динамическая нефросцинтиграфия", "uk": "Динамічна реносцинтиграфія", "sr": "Динамска сцинтиграфија бубрега",
                    "bs": "Dinamska scintigrafija bubrega", "bg": "Динамична бъбречна сцинтиграфия", "ro": "Scintigrafie renala dinamica",
                    "el": "ΔΥΝΑΜΙΚΟ ΣΠΙΝΘΗΡΟΓΡΑΦΗΜΑ ΝΕΦΡΩΝ", "lt": "Dinaminė inkstų scintigrafija", "lv": "Nieru dinamiskā scintigrāfija",
                    "et": "Neerude dünaamiline stsintigraafia"}[c.lang])
    return nm_study(c, "nm", "dynamic renal scintigraphy", desc, ["ABDOMEN"], c.pick([["Renal Dynamic POST"], ["MAG3 Dynamic", "MAG3 Summed"], ["DTPA Renogram"]]),
                    c.pick(["KIDNEY", "ABDOMEN", None]))


def E_nm_mpi(c):
    desc = c.local({"ru": "Перфузионная сцинтиграфия миокарда (ОФЭКТ)", "uk": "Перфузійна сцинтиграфія міокарда", "sr": "Перфузиона сцинтиграфија миокарда",
                    "bs": "Perfuziona scintigrafija miokarda", "bg": "Миокардна перфузионна сцинтиграфия", "ro": "Scintigrafie de perfuzie miocardica",
                    "el": "ΣΠΙΝΘΗΡΟΓΡΑΦΗΜΑ ΑΙΜΑΤΩΣΗΣ ΜΥΟΚΑΡΔΙΟΥ", "lt": "Miokardo perfuzijos scintigrafija", "lv": "Miokarda perfūzijas scintigrāfija",
                    "et": "Müokardi perfusiooni stsintigraafia"}[c.lang])
    return nm_study(c, "cardio", "myocardial perfusion SPECT", desc, ["CHEST"], c.pick([["Stress SPECT", "Rest SPECT"], ["Gated Stress", "Rest"],
                                                                                 ["MPI Stress TOMO", "MPI Rest TOMO"]]), c.pick(["HEART", "CHEST", None]))


def E_nm_parathyroid(c):
    desc = c.local({"ru": "Сцинтиграфия паращитовидных желез (МИБИ)", "uk": "Сцинтиграфія паращитоподібних залоз", "sr": "Сцинтиграфија паратиреоидеа",
                    "bs": "Scintigrafija paratireoidnih žlijezda", "bg": "Сцинтиграфия на паращитовидни жлези", "ro": "Scintigrafie paratiroidiana",
                    "el": "ΣΠΙΝΘΗΡΟΓΡΑΦΗΜΑ ΠΑΡΑΘΥΡΕΟΕΙΔΩΝ", "lt": "Prieskydinių liaukų scintigrafija", "lv": "Epitēlijķermenīšu scintigrāfija",
                    "et": "Kõrvalkilpnäärmete stsintigraafia"}[c.lang])
    return nm_study(c, "nm", "parathyroid MIBI: neck and mediastinum on the planar field", desc, ["NECK", "CHEST"],
                    c.pick([["MIBI early 10min", "MIBI late 2h"], ["Parathyroid ANT early", "Parathyroid ANT delayed"]]), c.pick(["NECK", None]))


def E_pt_wb(c):
    v = c.vendor("PT")
    tracer = c.pick(["FDG", "FDG", "FDG", "PSMA"])
    desc = c.local({"ru": f"ПЭТ/КТ всего тела с {'18F-ФДГ' if tracer == 'FDG' else '68Ga-ПСМА'}", "uk": "ПЕТ/КТ всього тіла з ФДГ",
                    "sr": f"ПЕТ/ЦТ целог тела ({tracer})", "bs": f"PET/CT cijelog tijela {tracer}", "bg": f"ПЕТ/КТ на цяло тяло с {tracer}",
                    "ro": f"PET-CT whole body {tracer}", "el": f"PET/CT ΟΛΟΣΩΜΟ {tracer}", "lt": f"Viso kūno PET/KT su {tracer}",
                    "lv": f"Visa ķermeņa PET/DT ar {tracer}", "et": f"Kogu keha PET-KT {tracer}"}[c.lang])
    if c.lang == "ru" and c.chance(0.3):
        desc = c.local("ПЭТ/КТ (основание черепа - середина бедра)")
    st = Study(desc, "onc", f"{tracer} PET/CT skull base to mid-thigh (spec: whole body)")
    bpe = c.pick(["WHOLEBODY", "WHOLEBODY", "WB", "CHEST", "ABDOMEN", None])
    names = {"siemens": [("CT", "Topogram  0.6  T20f", "loc"), ("CT", "CT WB  3.0  B31f", "ct"), ("CT", "CT WB 5.0 B08s (AC)", "ct"),
                         ("PT", "PET WB AC", "pt"), ("PT", "PET WB NAC", "pt"), ("PT", "PET MIP", "mip")],
             "ge": [("CT", "Scout", "loc"), ("CT", "WB_CTAC", "ct"), ("CT", "WB Std 3.75", "ct"), ("PT", "PET WB", "pt"),
                    ("PT", "PET WB MAC", "pt"), ("PT", "MIP-PET", "mip")]}[v if v in ("siemens", "ge") else "siemens"]
    for mod, name, kind in names:
        if kind == "pt" and c.chance(0.3) or kind == "mip" and c.chance(0.5):
            continue
        d = base(c, mod, desc, "PT", v)
        d["SeriesDescription"] = name
        if bpe:
            d["BodyPartExamined"] = bpe
        d["ImageType"] = {"loc": "ORIGINAL\\PRIMARY\\LOCALIZER", "ct": "ORIGINAL\\PRIMARY\\AXIAL", "pt": "ORIGINAL\\PRIMARY",
                          "mip": "DERIVED\\SECONDARY\\MIP"}[kind]
        st.add(d, WB, None, {"loc": "scout of the whole-body PET/CT", "ct": "CT of the whole-body PET/CT", "pt": "PET emission, skull base to thighs",
                             "mip": "rotating MIP of the whole-body PET"}[kind], {"pt": 1.6, "ct": 0.8}.get(kind, 0.6))
    st.add({**base(c, "SR", desc, "PT", v), "SOPClassUID": RRDSR, "SeriesDescription": "Radiopharmaceutical Radiation Dose"}, [], None,
           "radiopharmaceutical dose SR: no anatomy", 0.15)
    st.add({**base(c, "CT", desc, "PT", v), "SOPClassUID": SC, "SeriesDescription": c.pick(["Patient Protocol", "Dose Report"]),
            "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "protocol page: no anatomy", 0.15)
    return st


def E_pt_brain(c):
    desc = c.local({"ru": "ПЭТ/КТ головного мозга с ФДГ", "sr": "ПЕТ/ЦТ мозга FDG", "el": "PET/CT ΕΓΚΕΦΑΛΟΥ", "lt": "Galvos smegenų PET/KT",
                    "et": "Aju PET-KT"}.get(c.lang, "PET/CT brain FDG"))
    st = Study(desc, "neuro", "brain FDG PET")
    for mod, name in (("CT", "CT Brain 3.0 H19s"), ("PT", "PET Brain AC"), ("PT", "Brain_3D_MSV")):
        st.add({**base(c, mod, desc, "PT"), "SeriesDescription": name, "BodyPartExamined": "BRAIN" if c.chance(0.5) else "HEAD"},
               ["HEAD"], None, "brain PET/CT")
    return st


def E_xa_coro(c):
    v = c.vendor("XA")
    desc = c.local({"ru": "Коронарография", "uk": "Коронарографія", "sr": "Коронарографија", "bs": "Koronarografija", "bg": "Коронарография",
                    "ro": "Coronarografie", "el": "ΣΤΕΦΑΝΙΟΓΡΑΦΙΑ", "lt": "Koronarografija", "lv": "Koronārā angiogrāfija", "et": "Koronarograafia"}[c.lang])
    if c.chance(0.3):
        desc = c.local({"ru": "Коронарография, стентирование ПНА", "uk": "Коронарографія + стентування", "ro": "Coronarografie + PCI"}.get(c.lang, desc))
    st = Study(desc, "cardio", "coronary angiography")
    for name in c.rng.sample(["Coro LCA", "Coro RCA", "LCA RAO 30 CAU 20", "RCA LAO 30", "Cardiac Left Coronary", "Cardiac Right Coronary",
                              "Left Ventriculography", "Coronaries", "LAD PCI"], 2):
        st.add({**base(c, "XA", desc, "XA", v), "SeriesDescription": name, "BodyPartExamined": c.pick(["HEART", "CHEST", "HEART"]),
                "NumberOfFrames": str(c.pick([45, 72, 96]))}, ["CHEST"], None, "coronary cine run", 1.0)
    st.add({**base(c, "SR", desc, "XA", v), "SOPClassUID": SR_DOSE, "SeriesDescription": "X-Ray Radiation Dose Report"}, [], None,
           "dose SR of the procedure: no anatomy", 0.2)
    return st


def E_xa_cerebral(c):
    v = c.vendor("XA")
    desc = c.local({"ru": "Церебральная ангиография", "uk": "Церебральна ангіографія", "sr": "Церебрална ангиографија (DSA)",
                    "bs": "Cerebralna angiografija", "bg": "Мозъчна ангиография", "ro": "Angiografie cerebrala DSA", "el": "ΑΓΓΕΙΟΓΡΑΦΙΑ ΕΓΚΕΦΑΛΟΥ",
                    "lt": "Galvos smegenų angiografija", "lv": "Cerebrālā angiogrāfija", "et": "Aju angiograafia"}[c.lang])
    st = Study(desc, "neuro", "cerebral DSA: intracranial runs")
    for name in c.rng.sample(["ICA dx AP", "ICA sin LAT", "VA sin AP", "DSA Neuro 3D", "ICA links", "Neuro Head DSA", "3D Rotational ICA"], 2):
        st.add({**base(c, "XA", desc, "XA", v), "SeriesDescription": name, "BodyPartExamined": c.pick(["HEAD", "BRAIN", None]) or "HEAD"},
               ["HEAD"], None, "intracranial run", 1.0)
    return st


def E_xa_leg(c):
    v = c.vendor("XA")
    s = c.pick("RL")
    desc = c.desc("XA", "legart")
    st = Study(desc, "vascular", "lower limb DSA run-off: each station images its own region")
    se = {"R": c.pick(["R", "re", "dx", "RT"]), "L": c.pick(["L", "li", "sin", "LT"])}[s]
    stations = [(f"Pelvis DSA", ["PELVIS"], None), (f"Femoral {se}", ["THIGH"], s), (f"Popliteal {se}", ["KNEE"], s),
                (f"Crural {se}", ["LEG"], s), (f"Foot {se}", ["FOOT"], s)]
    for name, lab, lat in c.rng.sample(stations, 3):
        st.add({**base(c, "XA", desc, "XA", v), "SeriesDescription": name, "Laterality": lat} if lat and c.chance(0.5)
               else {**base(c, "XA", desc, "XA", v), "SeriesDescription": name}, lab, lat, "one station of the run-off", 1.0)
    return st


def E_rf(c):
    v = c.vendor("RF")
    kind = c.pick(["esoph", "esoph", "hsg", "colon", "cysto"])
    desc = {"esoph": c.desc("RF", "esoph") if "esoph" in c.lx["reg"] else c.local("Barium swallow / passage"),
            "hsg": c.local({"ru": "Метросальпингография", "uk": "Метросальпінгографія", "sr": "Хистеросалпингографија",
                            "ro": "Histerosalpingografie"}.get(c.lang, "HSG")),
            "colon": c.local({"ru": "Ирригоскопия", "uk": "Іригоскопія", "sr": "Иригографија", "ro": "Irigografie"}.get(c.lang, "Irrigography")),
            "cysto": c.local({"ru": "Цистография", "uk": "Цистографія", "sr": "Цистографија", "ro": "Cistografie"}.get(c.lang, "Cystography"))}[kind]
    lab = {"esoph": ["CHEST", "ABDOMEN"], "hsg": ["PELVIS"], "colon": AP, "cysto": ["PELVIS"]}[kind]
    st = Study(desc, "gi" if kind in ("esoph", "colon") else ("womens" if kind == "hsg" else "uro"), f"fluoroscopy ({kind})")
    for i in range(c.rng.randint(1, 2)):
        nm = c.pick({"esoph": ["Oesophagus", "Esophagus/Stomach", "Barium swallow", "Magen"], "hsg": ["HSG", "Uterus", "Hysterosalpingo"],
                     "colon": ["Colon", "Kolon KE", "Barium enema"], "cysto": ["Cysto", "MCU", "Bladder"]}[kind])
        d = {**base(c, "RF", desc, "RF", v), "SeriesDescription": translit(nm, RU_LAT) if v == "electron" else nm}
        st.add(d, lab, None, "fluoroscopy spot images of the exam", 1.0)
    return st


def E_dental(c):
    v = c.cfg["v"].get("PX", "planmeca")
    desc = c.desc("XR", "jaws") if c.chance(0.6) else c.local({"ru": "ОПТГ", "uk": "ОПТГ", "sr": "Ортопан", "bs": "Ortopan", "bg": "Ортопантомография",
                                                                "ro": "OPG", "el": "ΠΑΝΟΡΑΜΙΚΗ ΑΚΤΙΝΟΓΡΑΦΙΑ", "lt": "OPG", "lv": "OPG",
                                                                "et": "OPG"}[c.lang])
    st = Study(desc, "entdental", "dental panoramic / intraoral")
    if c.chance(0.75):
        st.add({**base(c, "PX", desc, "PX", v), "SeriesDescription": c.pick(["Panoramic", "PAN Adult", "OPG", "Standard Panoramic", ""])},
               ["HEAD"], None, "panoramic view of the jaws")
    else:
        st.add({**base(c, "IO", desc, "PX", v), "SeriesDescription": c.pick(["Intraoral", "Bitewing", "Periapical 36", "IO"])},
               ["HEAD"], None, "intraoral dental image")
    if not st.series[-1].meta["SeriesDescription"]:
        del st.series[-1].meta["SeriesDescription"]
    return st


def E_dxa(c):
    desc = c.local({"ru": "Денситометрия (DXA) поясничного отдела и бедра", "uk": "Денситометрія (DXA)", "sr": "Остеоденситометрија DXA",
                    "bs": "Osteodenzitometrija", "bg": "Костна дензитометрия", "ro": "Osteodensitometrie DXA", "el": "ΜΕΤΡΗΣΗ ΟΣΤΙΚΗΣ ΠΥΚΝΟΤΗΤΑΣ DEXA",
                    "lt": "Kaulų tankio matavimas (DXA)", "lv": "Densitometrija (DXA)", "et": "Luutiheduse uuring (DXA)"}[c.lang])
    st = Study(desc, "dxa", "DXA: lumbar spine and one or both hips")
    mk = ("HOLOGIC", c.pick(["Discovery W", "Horizon A"])) if c.chance(0.5) else ("GE Healthcare", c.pick(["Lunar Prodigy", "Lunar iDXA"]))
    hip = c.pick([("Left Hip", ["HIP"], "L"), ("Right Hip", ["HIP"], "R"), ("DualFemur", ["HIP"], "B"), ("Left Femur", ["HIP"], "L")])
    for name, lab, lat in (("AP Spine", ["LSPINE"], None), hip, ("Report", [], None)):
        d = {"Modality": "OT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "StudyDescription": desc, "SeriesDescription": name}
        if name == "Report":
            d["SOPClassUID"] = SC
        st.add(d, lab, lat, "DXA scan image" if lab else "DXA results page: text and graphs, no anatomy", 1.0 if lab else 0.4)
    return st


def E_qc(c):
    v = c.vendor("CT")
    desc = c.local({"ru": "Контроль качества (фантом)", "uk": "Контроль якості (фантом)", "sr": "QC фантом", "bs": "QC fantom", "bg": "Контрол на качеството",
                    "ro": "Control calitate fantoma", "el": "ΠΟΙΟΤΙΚΟΣ ΕΛΕΓΧΟΣ ΦΑΝΤΟΜΑ", "lt": "Kokybės kontrolė (fantomas)",
                    "lv": "Kvalitātes kontrole (fantoms)", "et": "Kvaliteedikontroll (fantoom)"}[c.lang])
    st = Study(desc, "qc", "phantom quality control: no patient anatomy")
    st.add({**base(c, "CT", desc), "SeriesDescription": c.pick(["Daily QA Water", "QC Phantom 10mm", "Water phantom", "Constancy"]),
            "ProtocolName": c.pick(["Daily QA", "QC", "Checkup"])}, [], None, "water phantom: no anatomy")
    return st


def add_objects(c, st):
    """Key-object, presentation state and scanned referral objects that PACS attach to a study."""
    if c.chance(0.03):
        st.add({"Modality": "KO", "StudyDescription": st.desc, "SOPClassUID": KO, "SeriesDescription": c.pick(["Key Object Selection", "Key Images", "KO"])},
               [], None, "key object note: a list of references, no image", 0.4)
    if c.chance(0.02):
        st.add({"Modality": "PR", "StudyDescription": st.desc, "SOPClassUID": PR, "SeriesDescription": c.pick(["Presentation State", "GSPS", "Annotations"])},
               [], None, "presentation state: annotations only", 0.4)
    if c.chance(0.02):
        st.add({"Modality": "OT", "SOPClassUID": SC, "StudyDescription": st.desc,
                "SeriesDescription": c.pick({"ru": ["Направление (скан)", "Скан направления"], "uk": ["Скан направлення"]}.get(c.lang, ["Scanned document", "Uputnica scan" if c.lang == "bs" else "Scan"]))},
               [], None, "scanned referral form: no anatomy", 0.4)
    if c.chance(0.01):
        st.add({"Modality": "DOC", "SOPClassUID": PDF, "StudyDescription": st.desc, "SeriesDescription": "Encapsulated PDF"}, [], None,
               "encapsulated report: no anatomy", 0.4)

# ---------------------------------------------------------------------------------------------
# The month: what each site does, rows drawn from its studies
# ---------------------------------------------------------------------------------------------

COMMON = {E_ct_head: 6, E_ct_chest: 5, E_ct_abdpel: 4, E_ct_cap: 3, E_ct_ctpa: 2, E_ct_cta_headneck: 1.5, E_ct_lspine: 1.5,
          E_ct_limb: 1.5, E_ct_sinus: 1.5, E_ct_neck: 1, E_ct_urography: 1.2, E_ct_abdomen: 1.2, E_ct_trauma: 1.5, E_ct_stroke: 1,
          E_mr_brain: 6, E_mr_spine: 4, E_mr_joint: 5, E_mr_pituitary: 1, E_mr_prostate: 1.2, E_mr_fpelvis: 1, E_mr_liver: 1.5,
          E_mr_breast: 1, E_mr_wholespine: 1, E_mr_hips: 0.8, E_mr_sij: 0.6,
          E_xr_chest: 7, E_xr_limb: 11, E_xr_spine: 3, E_xr_pelvis: 1.5, E_xr_bilat: 2, E_xr_head: 1.5, E_xr_abdomen: 1,
          E_us_abd: 5, E_us_thyroid: 2.5, E_us_pelvis: 2.5, E_us_breast: 2, E_us_veins: 2, E_us_carotid: 1.2, E_us_shoulder: 0.6,
          E_xr_boneage: 0.8, E_us_hips_infant: 0.8, E_xr_scoliosis: 0.5, E_dental: 1, E_dxa: 1,
          E_mg: 3.5, E_qc: 0.4}
EXTRA = {
    "ru-fed": {E_pt_wb: 3, E_nm_bone: 1.5, E_nm_parathyroid: 0.8, E_xa_coro: 2, E_xa_cerebral: 1, E_ct_coronary: 1.5, E_mr_cardiac: 1,
               E_mr_wb: 1, E_ct_aorta: 1, E_rf: 1, E_us_echo: 0.8, E_pt_brain: 0.5, E_dental: 0.5, E_xr_longleg: 0.6},
    "ru-obl": {E_xr_chest: 6, E_ct_covid: 2, E_rf: 2, E_xa_coro: 1, E_xa_leg: 0.8, E_dental: 1, E_cbct: 0.6, E_us_echo: 0.6,
               E_us_hips_infant: 0.6, E_xr_scoliosis: 0.5},
    "ru-mrt": {E_mr_brain: 5, E_mr_joint: 5, E_mr_spine: 4, E_mr_wholespine: 1.5, E_mr_liver: 1, E_mr_wb: 0.8, E_mr_cardiac: 0.5,
               E_ct_coronary: 1, E_ct_covid: 1, E_us_shoulder: 0.6},
    "ua-obl": {E_ct_trauma: 3, E_ct_limb: 2, E_xr_limb: 4, E_xa_leg: 0.8, E_xa_coro: 1, E_nm_thyroid: 0.8, E_nm_bone: 0.8, E_rf: 1,
               E_dental: 0.6, E_cbct: 0.4, E_ct_covid: 0.8},
    "kz-nmc": {E_pt_wb: 2, E_nm_renal: 0.8, E_nm_bone: 0.8, E_xa_coro: 1.2, E_ct_coronary: 1, E_us_echo: 1, E_us_hips_infant: 0.8,
               E_xr_boneage: 0.8, E_xr_scoliosis: 0.5},
    "by-onc": {E_ct_cap: 8, E_pt_wb: 5, E_nm_bone: 3, E_mr_breast: 2, E_mr_liver: 2, E_mr_prostate: 2, E_mr_wb: 1.2, E_mg: 4,
               E_us_breast: 2, E_ct_wb_myeloma: 1, E_nm_thyroid: 1},
    "rs-kc": {E_nm_bone: 1, E_nm_thyroid: 1, E_nm_mpi: 1, E_xa_cerebral: 1, E_xa_coro: 1, E_rf: 1, E_ct_aorta: 0.8, E_mr_cardiac: 0.5},
    "ba-ukc": {E_ct_trauma: 2, E_xa_leg: 1, E_dental: 1.2, E_cbct: 0.6, E_xr_boneage: 0.6, E_us_hips_infant: 0.6},
    "bg-umbal": {E_nm_bone: 1, E_nm_renal: 0.8, E_nm_mpi: 0.8, E_xa_cerebral: 1, E_ct_coronary: 1, E_dxa: 1},
    "ro-scju": {E_ct_trauma: 5, E_ct_head: 6, E_ct_limb: 2.5, E_xr_limb: 6, E_ct_stroke: 1.5, E_xa_coro: 1, E_rf: 0.8, E_xr_longleg: 0.5},
    "gr-gnh": {E_pt_wb: 1.5, E_nm_bone: 1, E_nm_thyroid: 1, E_dental: 1, E_dxa: 1.2, E_mg: 4, E_us_breast: 1.5, E_nm_mpi: 0.6},
    "lt-ukl": {E_pt_wb: 2, E_nm_bone: 1, E_mr_wb: 0.8, E_ct_coronary: 1, E_mr_cardiac: 0.8, E_pt_brain: 0.6, E_ct_wb_myeloma: 0.6},
    "lv-klin": {E_xa_leg: 1, E_xa_coro: 1, E_ct_aorta: 1, E_us_echo: 0.8, E_us_hips_infant: 0.8, E_xr_boneage: 0.8, E_xr_longleg: 0.6},
    "ee-kliinik": {E_pt_wb: 1.5, E_nm_bone: 0.8, E_nm_mpi: 0.6, E_dental: 0.8, E_dxa: 0.8, E_mr_cardiac: 0.6, E_xr_scoliosis: 0.5,
                   E_ct_wb_myeloma: 0.5},
}
# A site without the machine for an exam does not do it.
NEEDS = {E_pt_wb: "PT", E_pt_brain: "PT", E_nm_bone: "NM", E_nm_thyroid: "NM", E_nm_renal: "NM", E_nm_mpi: "NM", E_nm_parathyroid: "NM",
         E_xa_coro: "XA", E_xa_cerebral: "XA", E_xa_leg: "XA", E_rf: "RF", E_dental: "PX", E_cbct: "PX"}


def menu(site):
    m = dict(COMMON)
    for f, w in EXTRA[site].items():
        m[f] = 2.5 * w
    return [(f, w) for f, w in m.items() if f not in NEEDS or NEEDS[f] in SITES[site]["v"]]


def weighted(rng, items):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def finish(c, st):
    """Real-life losses: BodyPartExamined not sent by the whole study, RIS text lost on some modalities, mis-decoded text."""
    drop_bpe = c.chance(c.cfg["bpe_drop"])
    # an exam registered at the MR console by hand (no worklist) carries no RIS text in its images
    keep_desc = c.chance(0.85) if not any(se.meta["Modality"] == "MR" for se in st.series) else c.chance(0.65)
    mojibake = c.site == "ru-obl" and not c.latin and c.chance(0.12)
    for se in st.series:
        m = se.meta
        if drop_bpe:
            m.pop("BodyPartExamined", None)
        if "StudyDescription" in m:
            if not keep_desc and m["Modality"] not in ("SR", "KO", "PR", "OT", "DOC"):
                del m["StudyDescription"]
            elif mojibake:
                m["StudyDescription"] = cut(cp1251_as_latin1(m["StudyDescription"]))
        if c.chance(0.08) and "StudyDescription" in m and m["Modality"] not in ("SR", "KO", "PR"):
            m["RequestedProcedureDescription"] = m["StudyDescription"]
        for k in ("SeriesDescription", "ProtocolName", "StudyDescription", "RequestedProcedureDescription"):
            if k in m:
                m[k] = cut(m[k])
        if "BodyPartExamined" in m:
            m["BodyPartExamined"] = m["BodyPartExamined"][:16]
    if mojibake:
        st.desc = cut(cp1251_as_latin1(st.desc))


def self_named(meta, se):
    """A radiograph, mammogram or dental image names its region in its view name (and a single side in a tag)."""
    if meta["Modality"] not in ("DX", "CR", "MG", "PX", "IO"):
        return False
    return se.lat is None or bool(meta.get("ImageLaterality") or meta.get("Laterality"))


def rows_of_study(c, st):
    n = weighted(c.rng, [(1, 0.5), (2, 0.33), (3, 0.17)])
    pool = list(range(len(st.series)))
    chosen = []
    while pool and len(chosen) < n:
        i = weighted(c.rng, [(i, st.series[i].w) for i in pool])
        pool.remove(i)
        chosen.append(i)
    with_study = c.chance(c.cfg["study_p"]) and len(st.series) > 1
    out = []
    for i in sorted(chosen):
        se = st.series[i]
        meta = dict(se.meta)
        if not with_study and "StudyDescription" not in meta and st.desc and not self_named(meta, se):
            meta["StudyDescription"] = st.desc  # a lone series keeps its RIS text, else nothing would say what it is
        row = {"meta": meta, "labels": se.labels, "laterality": se.lat}
        if with_study:
            row["study"] = {"StudyDescription": st.desc,
                            "series": [o.meta for j, o in enumerate(st.series) if j != i]}
        stratum = "no-anatomy" if not se.labels else st.stratum
        row["why"] = f"{st.why}: {se.why}" if se.why else st.why
        row["group"] = f"{c.site}:{stratum}"
        out.append(row)
    return out


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        items = menu(site)
        got = []
        while len(got) < cfg["quota"]:
            c = Ctx(site, rng)
            st = weighted(rng, items)(c)
            add_objects(c, st)
            finish(c, st)
            got += rows_of_study(c, st)
        rows += got[:cfg["quota"]]
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in build())


def summary(rows):
    n = len(rows)
    print(f"rows {n}")
    print(f"with study {sum('study' in r for r in rows)} ({sum('study' in r for r in rows) / n:.0%})")
    print(f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)} "
          f"({sum('BodyPartExamined' not in r['meta'] for r in rows) / n:.0%})")
    for name, key in (("sites", lambda r: r["group"].split(":")[0]), ("strata", lambda r: r["group"].split(":")[1]),
                      ("modalities", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"])),
                      ("labels", lambda r: "+".join(r["labels"]) or "(empty)")):
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in Counter(map(key, rows)).most_common()))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_13.jsonl is up to date" if same else "clinical_set_13.jsonl differs from the generator")
        return 0 if same else 1
    if "--summary" in argv:
        summary([json.loads(line) for line in text.splitlines()])
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
