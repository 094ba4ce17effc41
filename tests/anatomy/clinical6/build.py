#!/usr/bin/env python3
"""Blind clinical anatomy set 6: one week of an acute-care hospital group.

Twelve hospitals in ten languages send what an emergency department, its intensive care,
the vascular lab, interventional radiology and the ordinary in- and outpatient flow produce
in a week. Every row is one series with the labels an independent reader gives it from the
shared anatomy spec (and the conventions written down in README.md where the spec leaves
room). About two rows in five carry their study (study description and sibling series).

Standard library only, fixed seed: ``render()`` is the whole file text, ``main([])`` writes
it, ``main(["--check"])`` returns 0 when the committed file is exactly what would be written.
"""

import json
import random
import re
import sys
from pathlib import Path

SEED = 60617
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set_6.jsonl"

ORDER = ["HEAD", "NECK", "CHEST", "BREAST", "ABDOMEN", "PELVIS", "CSPINE", "TSPINE", "LSPINE",
         "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
HN = ["HEAD", "NECK"]
WSP = ["CSPINE", "TSPINE", "LSPINE"]
TL = ["TSPINE", "LSPINE"]
LEG_DUPLEX = ["THIGH", "KNEE", "LEG"]
ARM_DUPLEX = ["SHOULDER", "ARM", "ELBOW", "FOREARM"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
FAST = ["CHEST", "ABDOMEN", "PELVIS"]
SIDED = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG",
         "ANKLE", "FOOT", "BREAST"}

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- sites
# lang: the language the RIS and the technologists write in; missing: share of series without
# BodyPartExamined; xr: CR or DX; n: rows the site contributes; vend: modality -> (maker, model)
SITES = {
    "us-community": dict(lang="en", n=92, missing=0.22, xr=("DX", "CR"), vend={
        "CT": [("GE MEDICAL SYSTEMS", "Revolution EVO"), ("GE MEDICAL SYSTEMS", "Optima CT660")],
        "MR": [("GE MEDICAL SYSTEMS", "SIGNA Explorer")],
        "DX": [("Carestream Health", "DRX-Evolution"), ("Carestream Health", "DRX-Revolution")],
        "CR": [("FUJIFILM Corporation", "FCR PROFECT CS")],
        "US": [("GE Healthcare", "LOGIQ E10")], "POC": [("SonoSite", "X-Porte"), ("SonoSite", "SonoSite PX")],
        "MG": [("HOLOGIC, Inc.", "Selenia Dimensions")], "NM": [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670")],
        "XA": [("GE Healthcare", "Innova IGS 530")], "RF": [("Siemens", "Luminos dRF Max")],
        "PT": [("GE MEDICAL SYSTEMS", "Discovery MI")], "PX": [("PLANMECA", "ProMax")]}),
    "us-academic": dict(lang="en", n=108, missing=0.15, xr=("DX",), vend={
        "CT": [("SIEMENS", "SOMATOM Force"), ("SIEMENS", "SOMATOM Definition Edge")],
        "MR": [("SIEMENS", "MAGNETOM Vida"), ("SIEMENS", "Skyra")],
        "DX": [("Philips", "DigitalDiagnost"), ("GE Healthcare", "Optima XR240amx")],
        "US": [("Philips", "EPIQ 7G")], "POC": [("Butterfly Network Inc", "Butterfly iQ+"), ("Philips", "Lumify")],
        "MG": [("HOLOGIC, Inc.", "3Dimensions")], "NM": [("SIEMENS NM", "Symbia Intevo")],
        "PT": [("SIEMENS", "Biograph Vision 600")], "XA": [("Philips", "Azurion")],
        "RF": [("Philips", "CombiDiagnost R90")], "OT": [("HOLOGIC", "Horizon A")]}),
    "ca-quebec": dict(lang="fr", n=70, missing=0.28, xr=("DX",), vend={
        "CT": [("GE MEDICAL SYSTEMS", "Revolution CT")], "MR": [("SIEMENS", "Skyra")],
        "DX": [("FUJIFILM Corporation", "FDR D-EVO II"), ("FUJIFILM Corporation", "FDR Go PLUS")],
        "US": [("CANON_MEC", "Aplio i800")], "POC": [("SonoSite", "SonoSite PX")],
        "MG": [("GE MEDICAL SYSTEMS", "Senographe Pristina")], "XA": [("Siemens", "Artis Q")],
        "NM": [("SIEMENS NM", "Symbia T6")]}),
    "uk-trust": dict(lang="gb", n=100, missing=0.22, xr=("DX", "CR"), vend={
        "CT": [("TOSHIBA", "Aquilion PRIME SP"), ("CANON_MEC", "Aquilion ONE")],
        "MR": [("SIEMENS", "Aera")], "DX": [("Agfa", "DX-D 600"), ("Agfa", "DX-D 100")],
        "CR": [("Agfa", "CR 30-X")], "US": [("GE Healthcare", "LOGIQ E9")],
        "POC": [("SonoSite", "Edge II"), ("Butterfly Network Inc", "Butterfly iQ")],
        "MG": [("GE MEDICAL SYSTEMS", "Senographe Pristina")], "NM": [("GE MEDICAL SYSTEMS", "Discovery NM630")],
        "XA": [("Siemens", "Artis zee")], "RF": [("Philips", "EasyDiagnost Eleva")],
        "IO": [("Carestream Dental", "RVG 6200")]}),
    "de-uniklinik": dict(lang="de", n=104, missing=0.12, xr=("DX",), vend={
        "CT": [("SIEMENS", "SOMATOM Force"), ("SIEMENS", "SOMATOM Definition AS+")],
        "MR": [("SIEMENS", "Skyra"), ("SIEMENS", "MAGNETOM Vida")],
        "DX": [("SIEMENS", "Ysio Max"), ("SIEMENS", "Mobilett Mira Max")],
        "US": [("SIEMENS", "ACUSON Sequoia")], "POC": [("GE Healthcare", "Venue Go")],
        "MG": [("SIEMENS", "MAMMOMAT Revelation")], "XA": [("Siemens", "Artis icono")],
        "NM": [("SIEMENS NM", "Symbia Intevo Bold")], "PT": [("SIEMENS", "Biograph mCT")],
        "RF": [("Siemens", "Luminos Agile Max")], "PX": [("Sirona", "ORTHOPHOS XG")]}),
    "nl-umc": dict(lang="nl", n=76, missing=0.2, xr=("DX",), vend={
        "CT": [("Philips", "IQon - Spectral CT"), ("Philips", "Incisive CT")],
        "MR": [("Philips Medical Systems", "Ingenia")], "DX": [("Philips Medical Systems", "DigitalDiagnost C90")],
        "US": [("Philips Medical Systems", "EPIQ 5G")], "POC": [("Philips", "Lumify")],
        "XA": [("Philips", "Azurion 7 M20")], "PT": [("Philips", "Vereos PET/CT")],
        "NM": [("Philips", "BrightView XCT")], "MG": [("HOLOGIC, Inc.", "Selenia Dimensions")]}),
    "it-ospedale": dict(lang="it", n=80, missing=0.3, xr=("CR", "DX"), vend={
        "CT": [("GE MEDICAL SYSTEMS", "Revolution Frontier")], "MR": [("Philips Medical Systems", "Ingenia")],
        "CR": [("FUJIFILM Corporation", "FCR CAPSULA XLII")], "DX": [("FUJIFILM Corporation", "FDR Smart X")],
        "US": [("Esaote", "MyLab Eight")], "POC": [("Esaote", "MyLab Gamma")],
        "MG": [("FUJIFILM Corporation", "AMULET Innovality")], "RF": [("GMM", "Opera Swing")]}),
    "es-hospital": dict(lang="es", n=80, missing=0.22, xr=("DX", "CR"), vend={
        "CT": [("SIEMENS", "SOMATOM go.Top")], "MR": [("GE MEDICAL SYSTEMS", "SIGNA Artist")],
        "DX": [("Agfa", "DX-D 500")], "CR": [("Agfa", "CR 85-X")],
        "US": [("CANON_MEC", "Aplio a550")], "POC": [("Mindray", "TE7")],
        "MG": [("SIEMENS", "MAMMOMAT Inspiration")], "XA": [("Philips", "Allura Xper FD20")],
        "NM": [("SIEMENS NM", "Symbia T2")], "PX": [("Carestream Health", "CS 8100")]}),
    "br-hospital": dict(lang="pt", n=75, missing=0.28, xr=("DX", "CR"), vend={
        "CT": [("TOSHIBA", "Aquilion ONE"), ("CANON_MEC", "Aquilion Lightning")],
        "MR": [("GE MEDICAL SYSTEMS", "SIGNA Creator")], "DX": [("SAMSUNG ELECTRONICS", "GC85A"),
                                                             ("SAMSUNG ELECTRONICS", "GM85")],
        "CR": [("Carestream Health", "CR Vita")], "US": [("SAMSUNG MEDISON CO., LTD.", "RS85")],
        "POC": [("Mindray", "M9")], "MG": [("GE MEDICAL SYSTEMS", "Senographe Essential")],
        "XA": [("GE Healthcare", "Innova 4100")]}),
    "pl-szpital": dict(lang="pl", n=66, missing=0.2, xr=("DX", "CR"), vend={
        "CT": [("GE MEDICAL SYSTEMS", "Revolution ACT")], "MR": [("SIEMENS", "MAGNETOM Sempra")],
        "DX": [("Carestream Health", "DRX-Evolution Plus")], "CR": [("Carestream Health", "CR Classic")],
        "US": [("GE Healthcare", "LOGIQ P9")], "POC": [("GE Healthcare", "Vscan Air")],
        "MG": [("IMS GIOTTO", "GIOTTO CLASS")], "NM": [("GE MEDICAL SYSTEMS", "Infinia")]}),
    "se-sjukhus": dict(lang="sv", n=66, missing=0.2, xr=("DX",), vend={
        "CT": [("SIEMENS", "SOMATOM Definition AS+")], "MR": [("Philips Medical Systems", "Achieva dStream")],
        "DX": [("Philips Medical Systems", "DigitalDiagnost")], "US": [("GE Healthcare", "LOGIQ S8")],
        "POC": [("GE Healthcare", "Venue")], "XA": [("Siemens", "Artis Q")],
        "MG": [("SIEMENS", "MAMMOMAT Revelation")], "NM": [("SIEMENS NM", "Symbia T16")]}),
    "tr-hastane": dict(lang="tr", n=70, missing=0.28, xr=("DX", "CR"), vend={
        "CT": [("TOSHIBA", "Aquilion PRIME")], "MR": [("SIEMENS", "Aera")],
        "DX": [("SIEMENS", "Multix Fusion")], "CR": [("FUJIFILM Corporation", "FCR CAPSULA X")],
        "US": [("TOSHIBA_MEC", "Aplio 500")], "POC": [("Mindray", "M7")],
        "MG": [("HOLOGIC, Inc.", "Selenia Dimensions")]}),
}

# ---------------------------------------------------------------- words
# Side words; gendered languages give masculine/feminine forms (Polish: genitive forms).
SIDEW = {
    "en": {"L": {"m": ["LT", "LEFT", "L", "LT"]}, "R": {"m": ["RT", "RIGHT", "R", "RT"]}, "B": ["BILAT", "BILATERAL", "BOTH"]},
    "gb": {"L": {"m": ["Lt", "Left", "Lt", "L"]}, "R": {"m": ["Rt", "Right", "Rt", "R"]}, "B": ["Bilateral", "Both", "Bilat"]},
    "fr": {"L": {"m": ["gauche", "G", "gche"], "f": ["gauche", "G"]}, "R": {"m": ["droit", "D", "dt"], "f": ["droite", "D", "dte"]},
           "B": ["bilatéral", "bilat.", "des deux côtés"]},
    "de": {"L": {"m": ["li.", "links", "li", "li."]}, "R": {"m": ["re.", "rechts", "re", "re."]}, "B": ["bds.", "beidseits", "bds"]},
    "nl": {"L": {"m": ["links", "li", "L"]}, "R": {"m": ["rechts", "re", "R"]}, "B": ["beiderzijds", "bdz", "bilateraal"]},
    "it": {"L": {"m": ["sinistro", "sx", "SX"], "f": ["sinistra", "sx", "SX"]},
           "R": {"m": ["destro", "dx", "DX"], "f": ["destra", "dx", "DX"]}, "B": ["bilaterale", "bil."]},
    "es": {"L": {"m": ["izquierdo", "izq.", "IZQ", "izdo"], "f": ["izquierda", "izq.", "IZQ", "izda"]},
           "R": {"m": ["derecho", "der.", "DER", "dcho"], "f": ["derecha", "der.", "DER", "dcha"]}, "B": ["bilateral", "ambos", "BILAT"]},
    "pt": {"L": {"m": ["esquerdo", "esq.", "ESQ"], "f": ["esquerda", "esq.", "ESQ"]},
           "R": {"m": ["direito", "dir.", "DIR"], "f": ["direita", "dir.", "DIR"]}, "B": ["bilateral", "ambos", "bilat."]},
    "pl": {"L": {"m": ["lewego"], "f": ["lewej"]}, "R": {"m": ["prawego"], "f": ["prawej"]}, "B": ["obustronnie", "obu stron"]},
    "sv": {"L": {"m": ["vä", "vänster", "sin", "VÄ"]}, "R": {"m": ["hö", "höger", "dx", "HÖ"]}, "B": ["bilat", "bilateralt", "bds"]},
    "tr": {"L": {"m": ["sol", "SOL"]}, "R": {"m": ["sağ", "SAĞ"]}, "B": ["bilateral", "iki taraf"]},
}

# Region nouns. "noun|f" marks a feminine noun (the side word agrees); Polish nouns are genitive.
REG = {
    "en": dict(chest=["CHEST"], abdomen=["ABDOMEN", "ABD"], abdpel=["ABDOMEN PELVIS", "ABD/PELVIS", "A/P", "ABD PEL"],
               pelvis=["PELVIS"], head=["HEAD", "BRAIN"], skull=["SKULL"], neck=["NECK", "SOFT TISSUE NECK"],
               cap=["CHEST/ABD/PELVIS", "CAP", "C/A/P", "CHEST ABDOMEN PELVIS"], cspine=["C-SPINE", "CERVICAL SPINE", "C SPINE"],
               tspine=["T-SPINE", "THORACIC SPINE"], lspine=["L-SPINE", "LUMBAR SPINE", "LUMBOSACRAL SPINE"],
               wspine=["TOTAL SPINE", "ENTIRE SPINE"], facial=["FACIAL BONES", "MAXILLOFACIAL", "SINUS"], ribs=["RIBS"],
               kidneys=["RENAL", "KIDNEYS"], thyroid=["THYROID"], breast=["BREAST"],
               shoulder=["SHOULDER"], clavicle=["CLAVICLE"], humerus=["HUMERUS"], elbow=["ELBOW"], forearm=["FOREARM"],
               wrist=["WRIST"], scaphoid=["SCAPHOID", "WRIST SCAPHOID"], hand=["HAND"], finger=["FINGER", "FINGER(S)"],
               hip=["HIP"], femur=["FEMUR"], knee=["KNEE"], tibfib=["TIB/FIB", "TIBIA FIBULA", "TIBIA/FIBULA"],
               ankle=["ANKLE"], foot=["FOOT"], toe=["TOE", "GREAT TOE", "TOE(S)"], calcaneus=["CALCANEUS", "OS CALCIS"]),
    "gb": dict(chest=["Chest", "Thorax"], abdomen=["Abdomen"], abdpel=["Abdomen and Pelvis", "Abdo/Pelvis", "Abdo Pelvis"],
               pelvis=["Pelvis"], head=["Head", "Brain"], skull=["Skull"], neck=["Neck", "Soft tissue neck"],
               cap=["Chest, Abdomen and Pelvis", "CAP", "Chest Abdo Pelvis"], cspine=["C-Spine", "Cervical spine"],
               tspine=["T-Spine", "Thoracic spine"], lspine=["L-Spine", "Lumbar spine"], wspine=["Whole spine"],
               facial=["Facial bones", "Facial views", "Sinuses"], ribs=["Ribs"], kidneys=["Renal", "Kidneys"],
               thyroid=["Thyroid"], breast=["Breast"], shoulder=["Shoulder"], clavicle=["Clavicle"], humerus=["Humerus"],
               elbow=["Elbow"], forearm=["Forearm", "Radius and ulna"], wrist=["Wrist"], scaphoid=["Scaphoid"],
               hand=["Hand"], finger=["Finger", "Thumb"], hip=["Hip"], femur=["Femur"], knee=["Knee"],
               tibfib=["Tib and fib", "Tibia/fibula"], ankle=["Ankle"], foot=["Foot"], toe=["Toe", "Toes"],
               calcaneus=["Calcaneum", "Calcaneus"]),
    "fr": dict(chest=["thorax", "poumons"], abdomen=["abdomen", "ASP"], abdpel=["abdo-pelvien", "abdomen-pelvis", "A/P"],
               pelvis=["bassin"], head=["cérébral", "tête", "encéphale"], skull=["crâne"], neck=["cou", "cervical"],
               cap=["TAP", "thoraco-abdo-pelvien"], cspine=["colonne cervicale", "rachis cervical"],
               tspine=["colonne dorsale", "rachis dorsal"], lspine=["colonne lombaire", "rachis lombaire"],
               wspine=["colonne totale", "rachis entier"], facial=["massif facial", "sinus"], ribs=["grill costal", "côtes"],
               kidneys=["reins", "rénale"], thyroid=["thyroïde"], breast=["sein"], shoulder=["épaule|f"],
               clavicle=["clavicule|f"], humerus=["humérus"], elbow=["coude"], forearm=["avant-bras"],
               wrist=["poignet"], scaphoid=["scaphoïde"], hand=["main|f"], finger=["doigt", "pouce"], hip=["hanche|f"],
               femur=["fémur"], knee=["genou"], tibfib=["jambe|f", "tibia-péroné"], ankle=["cheville|f"], foot=["pied"],
               toe=["orteil", "hallux"], calcaneus=["calcanéum"]),
    "de": dict(chest=["Thorax", "Lunge", "Thx"], abdomen=["Abdomen", "Abd."], abdpel=["Abdomen/Becken", "Abd./Becken", "Abdomen-Becken"],
               pelvis=["Becken"], head=["Schädel", "Kopf", "Neurocranium"], skull=["Schädel"], neck=["Hals", "Halsweichteile"],
               cap=["Thorax/Abdomen/Becken", "Th/Abd/Be", "Thorax-Abdomen-Becken"], cspine=["HWS"], tspine=["BWS"],
               lspine=["LWS"], wspine=["Ganzwirbelsäule", "GWS"], facial=["Gesichtsschädel", "NNH", "Mittelgesicht"],
               ribs=["Rippen", "Hemithorax"], kidneys=["Nieren"], thyroid=["Schilddrüse", "SD"], breast=["Mamma"],
               shoulder=["Schulter"], clavicle=["Klavikula", "Clavicula"], humerus=["Oberarm", "Humerus"],
               elbow=["Ellenbogen", "Ellbogen"], forearm=["Unterarm"], wrist=["Handgelenk", "HG"], scaphoid=["Skaphoid", "Kahnbein"],
               hand=["Hand"], finger=["Finger", "Daumen", "Dig. V"], hip=["Hüfte", "Hüftgelenk"], femur=["Oberschenkel", "Femur"],
               knee=["Knie", "Kniegelenk"], tibfib=["Unterschenkel"], ankle=["OSG", "Sprunggelenk"], foot=["Fuß", "Vorfuß", "Fuss"],
               toe=["Großzehe", "Zehe", "Dig. I Fuß"], calcaneus=["Calcaneus", "Fersenbein"]),
    "nl": dict(chest=["thorax", "longen"], abdomen=["buikoverzicht", "abdomen"], abdpel=["abdomen/bekken", "abdomen-bekken"],
               pelvis=["bekken"], head=["hersenen", "cerebrum", "hoofd"], skull=["schedel"], neck=["hals"],
               cap=["thorax/abdomen/bekken", "thorax-abdomen-bekken"], cspine=["CWK", "cervicale wervelkolom"],
               tspine=["TWK", "thoracale wervelkolom"], lspine=["LWK", "lumbale wervelkolom"], wspine=["totale wervelkolom"],
               facial=["aangezichtsschedel", "sinussen"], ribs=["ribben"], kidneys=["nieren"], thyroid=["schildklier"],
               breast=["mamma"], shoulder=["schouder"], clavicle=["clavicula", "sleutelbeen"], humerus=["humerus", "bovenarm"],
               elbow=["elleboog"], forearm=["onderarm"], wrist=["pols"], scaphoid=["scaphoid"], hand=["hand"],
               finger=["vinger", "duim"], hip=["heup"], femur=["femur", "bovenbeen"], knee=["knie"], tibfib=["onderbeen"],
               ankle=["enkel"], foot=["voet"], toe=["teen", "grote teen"], calcaneus=["calcaneus", "hiel"]),
    "it": dict(chest=["torace"], abdomen=["addome", "diretta addome"], abdpel=["addome completo", "addome e pelvi"],
               pelvis=["bacino", "pelvi"], head=["encefalo", "cranio"], skull=["cranio"], neck=["collo"],
               cap=["torace-addome completo", "torace e addome completo"], cspine=["rachide cervicale"],
               tspine=["rachide dorsale"], lspine=["rachide lombare", "rachide lombo-sacrale"], wspine=["rachide in toto"],
               facial=["massiccio facciale", "seni paranasali"], ribs=["gabbia toracica", "emicostato"], kidneys=["reni"],
               thyroid=["tiroide"], breast=["mammella|f"], shoulder=["spalla|f"], clavicle=["clavicola|f"], humerus=["omero"],
               elbow=["gomito"], forearm=["avambraccio"], wrist=["polso"], scaphoid=["scafoide"], hand=["mano|f"],
               finger=["dito", "pollice"], hip=["anca|f"], femur=["femore"], knee=["ginocchio"], tibfib=["gamba|f"],
               ankle=["caviglia|f"], foot=["piede"], toe=["alluce"], calcaneus=["calcagno"]),
    "es": dict(chest=["TÓRAX", "TORAX"], abdomen=["ABDOMEN", "SIMPLE DE ABDOMEN"], abdpel=["ABDOMEN Y PELVIS", "ABDOMINOPÉLVICO", "ABD-PELVIS"],
               pelvis=["PELVIS"], head=["CRÁNEO", "CRANEO", "CEREBRAL"], skull=["CRÁNEO"], neck=["CUELLO"],
               cap=["TÓRAX, ABDOMEN Y PELVIS", "TAP", "TORACOABDOMINOPÉLVICO"], cspine=["COLUMNA CERVICAL"],
               tspine=["COLUMNA DORSAL"], lspine=["COLUMNA LUMBAR", "COLUMNA LUMBOSACRA"], wspine=["COLUMNA COMPLETA"],
               facial=["HUESOS PROPIOS", "SENOS PARANASALES", "MACIZO FACIAL"], ribs=["PARRILLA COSTAL"], kidneys=["RENAL"],
               thyroid=["TIROIDES"], breast=["MAMA|f"], shoulder=["HOMBRO"], clavicle=["CLAVÍCULA|f"], humerus=["HÚMERO"],
               elbow=["CODO"], forearm=["ANTEBRAZO"], wrist=["MUÑECA|f"], scaphoid=["ESCAFOIDES"], hand=["MANO|f"],
               finger=["DEDO", "DEDOS MANO"], hip=["CADERA|f"], femur=["FÉMUR"], knee=["RODILLA|f"], tibfib=["PIERNA|f"],
               ankle=["TOBILLO"], foot=["PIE"], toe=["DEDO DEL PIE", "1ER DEDO PIE"], calcaneus=["CALCÁNEO"]),
    "pt": dict(chest=["tórax", "TORAX"], abdomen=["abdome simples", "abdome superior"], abdpel=["abdome total", "abdome e pelve"],
               pelvis=["bacia", "pelve"], head=["crânio", "cranio", "encéfalo"], skull=["crânio"], neck=["pescoço", "cervical"],
               cap=["tórax, abdome e pelve", "tórax e abdome total"], cspine=["coluna cervical"], tspine=["coluna torácica", "coluna dorsal"],
               lspine=["coluna lombar", "coluna lombo-sacra"], wspine=["coluna total"], facial=["seios da face", "ossos da face"],
               ribs=["arcos costais"], kidneys=["rins e vias urinárias", "renal"], thyroid=["tireoide"], breast=["mama|f"],
               shoulder=["ombro"], clavicle=["clavícula|f"], humerus=["úmero"], elbow=["cotovelo"], forearm=["antebraço"],
               wrist=["punho"], scaphoid=["escafoide"], hand=["mão|f"], finger=["dedo", "polegar"], hip=["quadril"],
               femur=["fêmur"], knee=["joelho"], tibfib=["perna|f"], ankle=["tornozelo"], foot=["pé"], toe=["hálux", "pododáctilo"],
               calcaneus=["calcâneo"]),
    "pl": dict(chest=["klatki piersiowej|f", "kl. piersiowej|f"], abdomen=["jamy brzusznej|f"], abdpel=["jamy brzusznej i miednicy|f"],
               pelvis=["miednicy|f"], head=["głowy|f", "mózgowia"], skull=["czaszki|f"], neck=["szyi|f"],
               cap=["klatki piersiowej, jamy brzusznej i miednicy|f"], cspine=["kręgosłupa szyjnego", "odcinka szyjnego kręgosłupa"],
               tspine=["kręgosłupa piersiowego"], lspine=["kręgosłupa lędźwiowego", "kręgosłupa L-S"], wspine=["całego kręgosłupa"],
               facial=["zatok", "kości twarzoczaszki|f"], ribs=["żeber"], kidneys=["nerek"], thyroid=["tarczycy|f"],
               breast=["piersi|f"], shoulder=["stawu barkowego", "barku"], clavicle=["obojczyka"], humerus=["kości ramiennej|f"],
               elbow=["stawu łokciowego"], forearm=["przedramienia"], wrist=["nadgarstka", "stawu promieniowo-nadgarstkowego"],
               scaphoid=["kości łódeczkowatej|f"], hand=["ręki|f", "dłoni|f"], finger=["palca", "kciuka"],
               hip=["stawu biodrowego"], femur=["kości udowej|f", "uda"], knee=["stawu kolanowego", "kolana"],
               tibfib=["podudzia"], ankle=["stawu skokowego"], foot=["stopy|f"], toe=["palucha"], calcaneus=["kości piętowej|f"]),
    "sv": dict(chest=["lungor", "thorax", "torax"], abdomen=["buköversikt"], abdpel=["buk-bäcken", "buk och bäcken"],
               pelvis=["bäcken"], head=["hjärna", "skalle"], skull=["skalle"], neck=["hals"], cap=["thorax-buk-bäcken", "thorax/buk/bäcken"],
               cspine=["halsrygg", "HR"], tspine=["bröstrygg", "BR"], lspine=["ländrygg", "LR"], wspine=["hela ryggen"],
               facial=["ansiktsskelett", "bihålor"], ribs=["revben"], kidneys=["njurar"], thyroid=["tyreoidea"],
               breast=["bröst"], shoulder=["axel"], clavicle=["nyckelben", "clavicula"], humerus=["överarm", "humerus"],
               elbow=["armbåge"], forearm=["underarm"], wrist=["handled"], scaphoid=["scaphoideum", "båtben"],
               hand=["hand"], finger=["finger", "tumme"], hip=["höft"], femur=["lårben", "femur"], knee=["knä"],
               tibfib=["underben"], ankle=["fotled"], foot=["fot"], toe=["tå", "stortå"], calcaneus=["calcaneus", "hälben"]),
    "tr": dict(chest=["akciğer", "toraks"], abdomen=["direkt batın", "üst batın"], abdpel=["tüm batın", "abdomen pelvis"],
               pelvis=["pelvis"], head=["beyin", "kranial"], skull=["kafa"], neck=["boyun"], cap=["toraks ve tüm batın", "toraks abdomen pelvis"],
               cspine=["servikal vertebra", "servikal"], tspine=["torakal vertebra", "dorsal"], lspine=["lomber vertebra", "lomber"],
               wspine=["tüm omurga"], facial=["paranazal sinüs", "yüz kemikleri"], ribs=["kot"], kidneys=["böbrek", "üriner sistem"],
               thyroid=["tiroid"], breast=["meme"], shoulder=["omuz"], clavicle=["klavikula"], humerus=["humerus"],
               elbow=["dirsek"], forearm=["önkol", "ön kol"], wrist=["el bileği"], scaphoid=["skafoid"], hand=["el"],
               finger=["parmak"], hip=["kalça"], femur=["femur", "uyluk"], knee=["diz"], tibfib=["cruris", "tibia fibula"],
               ankle=["ayak bileği"], foot=["ayak"], toe=["ayak başparmak"], calcaneus=["kalkaneus"]),
}

LIMB = {"shoulder": ["SHOULDER"], "clavicle": ["SHOULDER"], "humerus": ["ARM"], "elbow": ["ELBOW"],
        "forearm": ["FOREARM"], "wrist": ["WRIST"], "scaphoid": ["WRIST"], "hand": ["HAND"], "finger": ["HAND"],
        "hip": ["HIP"], "femur": ["THIGH"], "knee": ["KNEE"], "tibfib": ["LEG"], "ankle": ["ANKLE"],
        "foot": ["FOOT"], "toe": ["FOOT"], "calcaneus": ["FOOT"]}
AXIAL = {"chest": ["CHEST"], "abdomen": ["ABDOMEN"], "abdpel": AP, "pelvis": ["PELVIS"], "head": ["HEAD"],
         "skull": ["HEAD"], "neck": ["NECK"], "cap": CAP, "cspine": ["CSPINE"], "tspine": ["TSPINE"],
         "lspine": ["LSPINE"], "wspine": WSP, "facial": ["HEAD"], "ribs": ["CHEST"], "kidneys": ["ABDOMEN"],
         "thyroid": ["NECK"]}
# What BodyPartExamined a scanner or RIS writes for a region: the usual term first, then the
# coarse or wrong ones real systems also write.
BPE = {"chest": ["CHEST", "CHEST", "THORAX", "LUNG"], "abdomen": ["ABDOMEN", "ABDOMEN", "ABD"],
       "abdpel": ["ABDOMEN", "ABDOMENPELVIS", "ABDOMEN", "PELVIS"], "pelvis": ["PELVIS", "PELVIS", "HIP"],
       "head": ["HEAD", "HEAD", "BRAIN", "SKULL"], "skull": ["SKULL", "HEAD"], "neck": ["NECK", "NECK", "HEAD"],
       "cap": ["CHEST", "ABDOMEN", "CHEST_ABDOMEN", "BODY"], "cspine": ["CSPINE", "CSPINE", "NECK", "SPINE"],
       "tspine": ["TSPINE", "SPINE", "CHEST"], "lspine": ["LSPINE", "LSPINE", "SPINE"], "wspine": ["SPINE", "WHOLESPINE"],
       "facial": ["HEAD", "SINUS", "FACE", "SKULL"], "ribs": ["RIB", "CHEST"], "kidneys": ["KIDNEY", "ABDOMEN"],
       "thyroid": ["THYROID", "NECK"], "breast": ["BREAST"],
       "shoulder": ["SHOULDER", "SHOULDER", "EXTREMITY"], "clavicle": ["CLAVICLE", "SHOULDER"], "humerus": ["HUMERUS", "ARM", "EXTREMITY"],
       "elbow": ["ELBOW", "ELBOW", "EXTREMITY", "ARM"], "forearm": ["FOREARM", "ARM", "EXTREMITY"],
       "wrist": ["WRIST", "WRIST", "HAND", "EXTREMITY"], "scaphoid": ["WRIST", "HAND"], "hand": ["HAND", "HAND", "EXTREMITY"],
       "finger": ["FINGER", "HAND"], "hip": ["HIP", "HIP", "PELVIS"], "femur": ["FEMUR", "LEG", "EXTREMITY", "KNEE"],
       "knee": ["KNEE", "KNEE", "EXTREMITY", "LEG"], "tibfib": ["LEG", "TIBIA", "EXTREMITY"], "ankle": ["ANKLE", "ANKLE", "FOOT", "EXTREMITY"],
       "foot": ["FOOT", "FOOT", "EXTREMITY"], "toe": ["TOE", "FOOT"], "calcaneus": ["FOOT", "ANKLE"]}

# Exam-type words: radiograph, CT, MR, ultrasound, and contrast phrases.
XRT = {"en": ["XR {r} {s}", "XR {r} {s} 2V", "XR {r} {s} MIN 3 VIEWS", "DX {r} {s}"],
       "gb": ["XR {r} {s}", "X-Ray {r} {s}", "{r} {s}"],
       "fr": ["RX {r} {s}", "Radio {r} {s}", "Radiographie {r} {s}"],
       "de": ["{r} {s}", "Rö {r} {s}", "{r} {s} in 2 Ebenen", "{r} {s} 2 Eb."],
       "nl": ["X-{r} {s}", "RX {r} {s}", "X {r} {s}"], "it": ["RX {r} {s}", "Rx {r} {s}", "RX {r} {s} 2P"],
       "es": ["RX {r} {s}", "RX DE {r} {s}", "RX {r} {s} AP Y LAT"], "pt": ["RX {r} {s}", "RX de {r} {s}", "Raio-X {r} {s}"],
       "pl": ["RTG {r} {s}", "Rtg {r} {s}", "RTG {r} {s} AP + boczne"], "sv": ["{r} {s}", "Slätröntgen {r} {s}", "Rtg {r} {s}"],
       "tr": ["{s} {r} grafisi", "{S} {R} GRAFİSİ", "{s} {r} AP-LAT"]}
CTT = {"en": ["CT {r}{c}", "CT {r}{c}"], "gb": ["CT {r}{c}"], "fr": ["TDM {r}{c}", "Scanner {r}{c}", "CT {r}{c}"],
       "de": ["CT {r}{c}", "CT {r}{c}"], "nl": ["CT {r}{c}", "CT-{r}{c}"], "it": ["TC {r}{c}", "TC {r}{c}"],
       "es": ["TC {r}{c}", "TAC {r}{c}"], "pt": ["TC de {r}{c}", "TC {r}{c}", "Tomografia de {r}{c}"],
       "pl": ["TK {r}{c}"], "sv": ["DT {r}{c}"], "tr": ["{r} BT{c}", "{R} BT{c}"]}
MRT = {"en": ["MR {r}{c}", "MRI {r}{c}"], "gb": ["MRI {r}{c}", "MR {r}{c}"], "fr": ["IRM {r}{c}"],
       "de": ["MRT {r}{c}", "MR {r}{c}"], "nl": ["MRI {r}{c}", "MR {r}{c}"], "it": ["RM {r}{c}", "RMN {r}{c}"],
       "es": ["RM {r}{c}", "RMN {r}{c}"], "pt": ["RM de {r}{c}", "RM {r}{c}", "Ressonância de {r}{c}"],
       "pl": ["MR {r}{c}", "RM {r}{c}"], "sv": ["MR {r}{c}", "MRT {r}{c}"], "tr": ["{r} MR{c}", "{R} MRG{c}"]}
UST = {"en": ["US {r}", "US {r} COMPLETE", "US {r} LIMITED"], "gb": ["US {r}", "Ultrasound {r}"],
       "fr": ["Écho {r}", "ECHO {r}", "Échographie {r}"], "de": ["Sono {r}", "Sonographie {r}", "US {r}"],
       "nl": ["Echo {r}", "ECHO {r}"], "it": ["Eco {r}", "ECO {r}", "Ecografia {r}"], "es": ["ECO {r}", "ECOGRAFÍA {r}"],
       "pt": ["US {r}", "USG {r}", "Ultrassonografia de {r}"], "pl": ["USG {r}"], "sv": ["UL {r}", "Ultraljud {r}"],
       "tr": ["{r} USG", "{R} ULTRASONOGRAFİ"]}
CON = {"en": {0: [" WO CONTRAST", " W/O", " WO", ""], 1: [" W CONTRAST", " W/", " WITH IV CONTRAST"], 2: [" W+WO", " WO/W CONTRAST"]},
       "gb": {0: [" non contrast", "", " w/o"], 1: [" with contrast", " +C", " post contrast"], 2: [" pre and post contrast"]},
       "fr": {0: [" sans injection", " ss inj.", " SPC", ""], 1: [" avec injection", " inj.", " IV+"], 2: [" sans et avec inj."]},
       "de": {0: [" nativ", " ohne KM", ""], 1: [" mit KM", " KM", " i.v. KM"], 2: [" nativ + KM"]},
       "nl": {0: [" blanco", " zonder contrast", ""], 1: [" met contrast", " + iv contrast"], 2: [" blanco + contrast"]},
       "it": {0: [" senza mdc", " basale", ""], 1: [" con mdc", " con e senza mdc"], 2: [" senza e con mdc"]},
       "es": {0: [" SIN CONTRASTE", " SIN CIV", ""], 1: [" CON CONTRASTE", " CON CIV"], 2: [" SIN Y CON CONTRASTE"]},
       "pt": {0: [" sem contraste", ""], 1: [" com contraste", " c/ contraste"], 2: [" sem e com contraste"]},
       "pl": {0: [" bez kontrastu", " bez k.", ""], 1: [" z kontrastem", " + kontrast"], 2: [" bez i z kontrastem"]},
       "sv": {0: [" utan kontrast", " u kontrast", ""], 1: [" med kontrast", " m kontrast"], 2: [" med och utan kontrast"]},
       "tr": {0: [" kontrastsız", " (kontrastsız)", ""], 1: [" kontrastlı", " (IV kontrastlı)"], 2: [" kontrastsız ve kontrastlı"]}}
VIEWS = {"en": {"ap": ["AP", "Frontal"], "lat": ["LAT", "Lateral"], "obl": ["OBL", "Oblique"], "pa": ["PA"]},
         "gb": {"ap": ["AP", "DP"], "lat": ["Lateral", "Lat"], "obl": ["Oblique", "Obl"], "pa": ["PA"]},
         "fr": {"ap": ["Face", "F"], "lat": ["Profil", "P"], "obl": ["3/4", "Oblique"], "pa": ["Face PA"]},
         "de": {"ap": ["a.p.", "ap", "d.p."], "lat": ["seitl.", "lat", "seitlich"], "obl": ["schräg", "Schrägaufnahme"], "pa": ["p.a.", "pa"]},
         "nl": {"ap": ["AP", "voor-achter"], "lat": ["lateraal", "lat"], "obl": ["schuin", "obl"], "pa": ["PA"]},
         "it": {"ap": ["AP"], "lat": ["LL", "laterale"], "obl": ["obliqua", "OBL"], "pa": ["PA"]},
         "es": {"ap": ["AP"], "lat": ["LAT", "LATERAL"], "obl": ["OBLICUA", "OBL"], "pa": ["PA"]},
         "pt": {"ap": ["AP"], "lat": ["Perfil", "PERFIL"], "obl": ["Oblíqua", "OBL"], "pa": ["PA"]},
         "pl": {"ap": ["AP"], "lat": ["boczne", "bok"], "obl": ["skośne"], "pa": ["PA"]},
         "sv": {"ap": ["frontal", "fr"], "lat": ["sida", "lateral"], "obl": ["sned"], "pa": ["PA"]},
         "tr": {"ap": ["AP"], "lat": ["lateral", "LAT"], "obl": ["oblik"], "pa": ["PA"]}}
VP = {"ap": "AP", "lat": "LAT", "obl": "OBL", "pa": "PA"}


def noun(lang, key):
    """A region noun and its gender."""
    n = pick(REG[lang][key])
    return (n[:-2], "f") if n.endswith("|f") else (n, "m")


def sideword(lang, side, g="m"):
    if side is None:
        return ""
    if side == "B":
        return pick(SIDEW[lang]["B"])
    forms = SIDEW[lang][side]
    return pick(forms.get(g, forms["m"]))


def fill(tpl, r, s, c=""):
    out = tpl.replace("{R}", r.upper()).replace("{S}", s.upper()).replace("{r}", r).replace("{s}", s).replace("{c}", c)
    return re.sub(r"\s+", " ", out).strip()


def xr_name(site, key, side):
    lang = SITES[site]["lang"]
    r, g = noun(lang, key)
    return fill(pick(XRT[lang]), r, sideword(lang, side, g))


def cs_name(site, table, key, side=None, contrast=0):
    lang = SITES[site]["lang"]
    r, g = noun(lang, key)
    s = sideword(lang, side, g)
    c = pick(CON[lang][contrast]) if contrast is not None else ""
    name = fill(pick(table[lang]), r + (" " + s if s else ""), "", c)
    return name


def us_name(site, key, side=None):
    lang = SITES[site]["lang"]
    r, g = noun(lang, key)
    s = sideword(lang, side, g)
    return fill(pick(UST[lang]), r + (" " + s if s else ""), "")


def lbl(labels):
    return sorted(set(labels), key=ORDER.index)


# ---------------------------------------------------------------- series and studies
def vendor(site, mod):
    v = SITES[site]["vend"]
    key = mod if mod in v else {"CR": "DX", "DX": "CR", "PT": "NM", "IO": "PX", "SR": "CT"}.get(mod)
    return pick(v[key]) if key in v else None


def ser(site, mod, desc, labels, lat=None, why="", *, bpe=None, vague=False, vkey=None, **extra):
    """One series: its header (no StudyDescription yet) and its label."""
    m = {"Modality": mod}
    man = vendor(site, vkey or mod)
    if man and chance(0.8):
        m["Manufacturer"] = man[0]
        if chance(0.75):
            m["ManufacturerModelName"] = man[1]
    if desc:
        m["SeriesDescription"] = desc
    for k, v in extra.items():
        if v is not None:
            m[k] = v
    if bpe and not chance(SITES[site]["missing"]):
        m["BodyPartExamined"] = pick(bpe) if isinstance(bpe, list) else bpe
    return {"meta": m, "labels": lbl(labels), "lat": lat if lat else None, "why": why, "vague": vague}


def study(sd, stratum, series, k=1, ctx=0.4):
    return {"sd": sd, "stratum": stratum, "series": series, "k": k, "ctx": ctx}


def side_of():
    return "L" if chance(0.5) else "R"


def empty_page(site, mod, kind):
    """A page without anatomy in a study: dose report, protocol page, worksheet, screen capture."""
    names = {
        "dose": ["Dose Report", "Dose Report", "Dose Info", "Dose Summary", "DOSE REPORT", "Radiation Dose Report"],
        "protocol": ["Patient Protocol", "Exam Protocol", "Protocol Page"],
        "text": ["Exam Summary", "Technologist Notes", "Scanned Requisition", "Report", "Text Page"],
        "worksheet": ["Worksheet", "Vascular Worksheet", "Measurements", "Report Page", "Findings Page"],
    }
    desc = pick(names[kind])
    extra = {}
    if kind in ("dose", "protocol"):
        extra["ImageType"] = pick(["DERIVED\\SECONDARY\\OTHER", "ORIGINAL\\PRIMARY\\OTHER"])
    if kind == "dose" and chance(0.35):
        mod = "SR"
        desc = pick(["Dose Report", "X-Ray Radiation Dose Report", "RDSR"])
        extra = {}
    elif kind in ("text", "worksheet") and chance(0.4):
        mod = "OT"
    why = {"dose": "dose page: no anatomy", "protocol": "protocol page: no anatomy",
           "text": "text page: no anatomy", "worksheet": "measurement worksheet page: no anatomy"}[kind]
    return ser(site, mod, desc, [], None, why, vkey="CT" if mod in ("SR", "OT") else None, **extra)


# ---------------------------------------------------------------- radiographs
def lang_of(site):
    return SITES[site]["lang"]


def xr_limb(site, key, side=None, stratum="ed-xr-limb", ctx=0.45):
    lang = lang_of(site)
    side = side or side_of()
    labels = LIMB[key]
    mod = pick(SITES[site]["xr"])
    sd = xr_name(site, key, side)
    if key in ("hand", "finger", "wrist", "foot", "toe", "scaphoid"):
        views = pick([["pa", "obl", "lat"], ["pa", "obl"], ["ap", "obl", "lat"]])
    elif key in ("ankle", "knee", "elbow"):
        views = pick([["ap", "lat"], ["ap", "lat"], ["ap", "lat", "obl"]])
    else:
        views = pick([["ap", "lat"], ["ap"], ["ap", "lat"]])
    r, g = noun(lang, key)
    style = pick(["view", "view", "region_view", "region_side_view", "single"])
    series = []
    if style == "single":
        views = [views[0]]
    for v in views:
        vw = pick(VIEWS[lang][v])
        s = sideword(lang, side, g)
        if style == "single":
            desc, vague = pick([sd, fill("{r} {s}", r, s)]), False
        elif style == "view":
            desc, vague = vw, True
        elif style == "region_view":
            desc, vague = f"{r} {vw}", False
        else:
            desc, vague = f"{r} {vw} {s}", False
        extra = {}
        if chance(0.6):
            extra["ViewPosition"] = VP[v]
        if chance(0.45):
            extra[pick(["Laterality", "ImageLaterality"])] = side
        if chance(0.2):
            extra["AcquisitionDeviceProcessingDescription"] = pick([f"{r.upper()},{VP[v]}", f"{r} {VP[v]}", r.upper()])
        if chance(0.2):
            extra["ProtocolName"] = pick([sd, f"{r} {VP[v]}"])
        why = f"{key} radiograph, {VP[v]} view, side {side}" + (" (series names only the view: study says the limb)" if vague else "")
        series.append(ser(site, mod, desc, labels, side, why, bpe=BPE[key], vague=vague, **extra))
    return study(sd, stratum, series, k=pick([1, 1, 2]), ctx=ctx)


BILAT_XR = {
    "knee": {"en": "XR KNEES BILAT STANDING", "gb": "XR Both knees weight bearing", "fr": "RX genoux bilatéraux en charge",
             "de": "Knie bds. im Stehen", "nl": "X-knieën staand beiderzijds", "it": "RX ginocchia bilaterale sotto carico",
             "es": "RX AMBAS RODILLAS EN CARGA", "pt": "RX joelhos bilateral com carga", "pl": "RTG obu stawów kolanowych na stojąco",
             "sv": "Knän bilat belastade", "tr": "Bilateral diz grafisi ayakta"},
    "hand": {"en": "XR HANDS BILAT", "gb": "XR Both hands", "fr": "RX deux mains", "de": "Hände bds. d.p.", "nl": "X-handen beiderzijds",
             "it": "RX mani bilaterale", "es": "RX AMBAS MANOS", "pt": "RX mãos bilateral", "pl": "RTG obu rąk",
             "sv": "Händer bilat", "tr": "Bilateral el grafisi"},
    "foot": {"en": "XR FEET BILAT WEIGHT BEARING", "gb": "XR Both feet", "fr": "RX deux pieds en charge", "de": "Füße bds. belastet",
             "nl": "X-voeten beiderzijds staand", "it": "RX piedi bilaterale sotto carico", "es": "RX AMBOS PIES EN CARGA",
             "pt": "RX pés bilateral com carga", "pl": "RTG obu stóp", "sv": "Fötter bilat belastade", "tr": "Bilateral ayak grafisi"},
    "hip": {"en": "XR HIPS BILAT W PELVIS", "gb": "XR Pelvis and both hips", "fr": "RX bassin et hanches", "de": "Becken mit beiden Hüften",
            "nl": "X-bekken en heupen", "it": "RX bacino e anche", "es": "RX PELVIS Y AMBAS CADERAS", "pt": "RX bacia e quadris",
            "pl": "RTG miednicy i obu stawów biodrowych", "sv": "Bäcken och höfter bilat", "tr": "Pelvis ve bilateral kalça grafisi"},
}
LONGLEG = {"en": "XR LOWER EXTREMITY LONG LEG STANDING BILAT", "gb": "XR Long leg alignment", "fr": "Goniométrie membres inférieurs",
           "de": "Ganzbeinstandaufnahme bds.", "nl": "X-beenlengte staand", "it": "RX arti inferiori sotto carico (telemetria)",
           "es": "TELEMETRÍA MMII EN CARGA", "pt": "Escanometria de membros inferiores", "pl": "RTG kończyn dolnych na stojąco (długie kasety)",
           "sv": "Helbensröntgen stående", "tr": "Ortoröntgenogram alt ekstremite"}


def xr_bilat(site, stratum="xr-general"):
    lang = lang_of(site)
    key = pick(["knee", "hand", "foot", "hip", "knee", "longleg"])
    mod = pick(SITES[site]["xr"])
    if key == "longleg":
        sd, labels, bpe = LONGLEG[lang], ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], ["LEG", "LOWER EXTREMITY", "EXTREMITY"]
        why = "standing long-leg film: hip to ankle on both sides"
        descs = [sd, "Long leg", "Stitched", "AP standing"]
    elif key == "hip":
        sd, labels, bpe = BILAT_XR[key][lang], ["PELVIS", "HIP"], BPE["hip"] + ["PELVIS"]
        why = "pelvis with both hips: PELVIS and HIP, both sides"
        descs = [sd, "AP Pelvis", "Becken a.p." if lang == "de" else "AP"]
    else:
        sd, labels, bpe = BILAT_XR[key][lang], LIMB[key], BPE[key]
        why = f"both {key}s imaged"
        descs = [sd, pick(VIEWS[lang]["ap"] + VIEWS[lang]["pa"])]
    series = [ser(site, mod, pick(descs), labels, "B", why, bpe=bpe, vague=False, ViewPosition=pick(["AP", "PA", None]))]
    if chance(0.5):
        series.append(ser(site, mod, pick(VIEWS[lang]["lat"] + VIEWS[lang]["obl"]), labels, "B", why + " (view name only)",
                          bpe=bpe, vague=True))
    return study(sd, stratum, series, ctx=0.3)


CHEST_PORT = {"en": ["XR CHEST PORTABLE", "XR CHEST 1V PORTABLE", "PORTABLE CHEST ETT PLACEMENT", "XR CHEST AP PORTABLE LINE PLACEMENT"],
              "gb": ["XR Chest (mobile)", "Mobile CXR", "Chest portable - NG tube position", "CXR ITU"],
              "fr": ["RX thorax au lit", "Poumons au lit", "RX thorax portable contrôle KTC"],
              "de": ["Thorax liegend", "Bett-Thorax", "Thorax a.p. liegend ZVK-Lage", "Thorax Intensiv"],
              "nl": ["Thorax op bed", "X-thorax bed (lijnpositie)", "Thorax IC"],
              "it": ["RX torace a letto", "RX torace al letto - controllo CVC"],
              "es": ["RX TÓRAX PORTÁTIL", "RX TORAX AP PORTATIL UCI", "TÓRAX PORTÁTIL CONTROL VÍA CENTRAL"],
              "pt": ["RX tórax no leito", "Tórax AP leito UTI", "RX TORAX NO LEITO - CONTROLE DE CATETER"],
              "pl": ["RTG klatki piersiowej przyłóżkowe", "RTG kl. piersiowej AP przyłóżkowo (OIT)"],
              "sv": ["Lungor sängliggande", "Thorax säng IVA", "Lungor säng - CVK-läge"],
              "tr": ["Yatak başı akciğer grafisi", "Portable akciğer grafisi (YBÜ)"]}
BABY = {"en": "XR CHEST ABDOMEN NEONATE", "gb": "XR Chest and abdomen neonatal", "fr": "RX thoraco-abdominal nouveau-né",
        "de": "Babygramm Thorax/Abdomen", "nl": "X-thorax-abdomen neonaat", "it": "RX torace-addome neonato",
        "es": "RX TORACOABDOMINAL NEONATO", "pt": "RX toracoabdominal RN", "pl": "RTG klatki piersiowej i jamy brzusznej noworodka",
        "sv": "Lungor-buk nyfödd", "tr": "Yenidoğan toraks-batın grafisi"}


def xr_icu(site):
    lang = lang_of(site)
    mod = pick(SITES[site]["xr"])
    if chance(0.12):
        sd = BABY[lang]
        s = ser(site, mod, pick([sd, "AP", "Babygram", "Supine"]), ["CHEST", "ABDOMEN"], None,
                "neonatal chest-and-abdomen film (lines and tubes)", bpe=["CHEST", "ABDOMEN", "CHEST"], ViewPosition="AP")
        s["vague"] = s["meta"].get("SeriesDescription") in ("AP", "Supine")
        return study(sd, "icu", [s], ctx=0)
    sd = pick(CHEST_PORT[lang])
    desc = pick([sd, "AP", "Chest AP", "CHEST PORTABLE", "Portable", "AP supine", "Bedside", "Thorax AP"])
    vague = desc in ("AP", "Portable", "AP supine", "Bedside")
    extra = {"ViewPosition": "AP"} if chance(0.7) else {}
    if chance(0.3):
        extra["PatientPosition"] = pick(["HFS", "FFS"])
    s = ser(site, mod, desc, ["CHEST"], None, "portable chest film (lines/tubes check)" + (": study names it" if vague else ""),
            bpe=["CHEST", "CHEST", "THORAX", "LUNG"], vague=vague, vkey="DX", **extra)
    return study(sd, "icu", [s], ctx=0)


def xr_axial(site, stratum="xr-general", keys=None):
    lang = lang_of(site)
    key = pick(keys or ["chest", "chest", "chest", "abdomen", "pelvis", "cspine", "lspine", "tspine", "ribs", "facial", "skull", "abdomen"])
    mod = pick(SITES[site]["xr"])
    sd = xr_name(site, key, None)
    labels = AXIAL[key]
    if key == "chest":
        views = pick([["pa", "lat"], ["pa", "lat"], ["pa"], ["ap"]])
    elif key in ("abdomen",):
        views = pick([["ap"], ["ap", "lat"]])
    elif key in ("ribs",):
        views = ["pa", "obl"]
        # a rib series often names a side; ribs are CHEST, which carries no laterality
        sd = xr_name(site, key, side_of())
    else:
        views = pick([["ap", "lat"], ["ap"], ["ap", "lat", "obl"]])
    r, _ = noun(lang, key)
    series = []
    for v in views:
        vw = pick(VIEWS[lang][v])
        desc = pick([vw, f"{r} {vw}", f"{r} {vw}"])
        vague = desc == vw
        extra = {"ViewPosition": VP[v] if v != "lat" else pick(["LL", "RL", "LAT"])} if chance(0.6) else {}
        if chance(0.15):
            extra["AcquisitionDeviceProcessingDescription"] = f"{r.upper()} {VP[v]}"
        series.append(ser(site, mod, desc, labels, None, f"{key} radiograph {VP[v]}" + (" (view only; study names region)" if vague else ""),
                          bpe=BPE[key], vague=vague, **extra))
    return study(sd, stratum, series, k=1, ctx=0.35)


PAEDS_KEYS = ["elbow", "elbow", "wrist", "forearm", "hand", "finger", "clavicle", "ankle", "tibfib", "femur", "foot"]


def xr_paeds(site):
    r = R.random()
    if r < 0.7:
        return xr_limb(site, pick(PAEDS_KEYS), stratum="ed-paeds", ctx=0.35)
    if r < 0.85:
        return xr_axial(site, "ed-paeds", ["chest", "abdomen", "chest"])
    return us_general(site, paeds=True)


# ---------------------------------------------------------------- CT
def ct_style(site):
    man = SITES[site]["vend"]["CT"][0][0].upper()
    return "siemens" if "SIEMENS" in man else "ge" if "GE" in man else "philips" if "PHILIPS" in man else "canon"


KERNELS = {
    "siemens": {"soft": ["Br40", "Qr40", "B30f", "I30f"], "bone": ["Br64", "B70f", "Br60", "Qr60"], "lung": ["Bl57", "B70f", "Br60"],
                "head": ["Hr38", "H31s", "J40s"], "hbone": ["Hr60", "H70h", "J70h"], "vasc": ["Bv40", "B26f", "Bv36"]},
    "ge": {"soft": ["STANDARD", "SOFT"], "bone": ["BONE", "BONEPLUS"], "lung": ["LUNG"], "head": ["STANDARD", "SOFT"],
           "hbone": ["BONE", "BONEPLUS"], "vasc": ["STANDARD", "DETAIL"]},
    "philips": {"soft": ["B", "C"], "bone": ["YB", "D"], "lung": ["YA", "L"], "head": ["UB", "UC"], "hbone": ["YC", "D"], "vasc": ["CB", "B"]},
    "canon": {"soft": ["FC08", "FC13", "FC18"], "bone": ["FC30", "FC35"], "lung": ["FC52", "FC55"], "head": ["FC26", "FC21"],
              "hbone": ["FC31", "FC30"], "vasc": ["FC03", "FC43"]},
}
SCOUT = {"siemens": ["Topogram  0.6  T20s", "Topogram 0.6 T80f", "Topogram  1.0  T20s"],
         "ge": ["Scout", "SCOUT", "Scout 0/90"], "philips": ["Surview", "SURVIEW", "Survey"],
         "canon": ["Scanogram", "SCANO", "Scanogram AP/LAT"]}
GE_K = {"STANDARD": "STND", "SOFT": "SOFT", "BONE": "BONE", "BONEPLUS": "BONE+", "LUNG": "LUNG", "DETAIL": "DETAIL"}


def recon(site, word, kind, thick, plane=""):
    """A vendor-style recon name: region word (may be empty), thickness, kernel, plane."""
    st = ct_style(site)
    k = pick(KERNELS[st][kind])
    t = f"{thick:.1f}" if st != "ge" else (f"{thick:g}mm" if chance(0.6) else f"{thick:g}")
    if st == "siemens":
        parts = [word, t, k, pick(["3", "", ""]), plane]
    elif st == "ge":
        parts = [t, word, GE_K.get(k, k), plane]
    elif st == "philips":
        parts = [pick(["iDose", "iDose4", ""]), word, f"{thick:g}mm", k, plane]
    else:
        parts = [word, t, k, plane]
    name = " ".join(p for p in parts if p).strip()
    return name, k


def default_bpe(labels):
    """What a CT console writes when the protocol's body part is left at its default."""
    ls = set(labels)
    if not ls:
        return None
    if ls >= {"HEAD", "NECK", "CHEST", "ABDOMEN"}:
        return ["WHOLEBODY", "CHEST", "HEAD"]
    if ls >= {"CHEST", "ABDOMEN"}:
        return ["CHEST", "ABDOMEN", "CHEST_ABDOMEN"]
    if ls & {"THIGH", "LEG", "FOOT"} and "ABDOMEN" in ls:
        return ["LEG", "EXTREMITY", "ABDOMEN"]
    for code, terms in (("HEAD", ["HEAD", "BRAIN"]), ("CSPINE", ["CSPINE", "NECK"]), ("NECK", ["NECK", "HEAD"]),
                        ("CHEST", ["CHEST", "LUNG"]), ("ABDOMEN", ["ABDOMEN"]), ("PELVIS", ["PELVIS"]), ("TSPINE", ["SPINE", "TSPINE"]),
                        ("LSPINE", ["LSPINE", "SPINE"])):
        if code in ls:
            return terms
    limb = [c for c in ORDER if c in ls][0]
    coarse = "ARM" if limb in ("SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND") else "LEG"
    return [limb, limb, "EXTREMITY", coarse]


def ct_ser(site, desc, labels, why, kernel=None, thick=None, vague=False, bpe=None, derived=False, **extra):
    meta = {}
    bpe = bpe or default_bpe(labels)
    if kernel:
        meta["ConvolutionKernel"] = kernel
    if thick:
        meta["SliceThickness"] = f"{thick:g}"
    if derived or chance(0.25):
        meta["ImageType"] = "DERIVED\\SECONDARY\\MPR" if derived else "ORIGINAL\\PRIMARY\\AXIAL"
    meta.update(extra)
    return ser(site, "CT", desc, labels, None, why, bpe=bpe, vague=vague, **meta)


def scout(site, labels, what, bpe=None):
    st = ct_style(site)
    return ser(site, "CT", pick(SCOUT[st]), labels, None, f"scout planning the {what}", bpe=bpe or default_bpe(labels), vague=True,
               ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")


def ct_recon(site, word, labels, kind, thick, why, vague_ok=True, plane="", bpe=None):
    """A recon; with some chance the name drops the region word (kernel/thickness only)."""
    drop = vague_ok and chance(0.35)
    name, k = recon(site, "" if drop else word, kind, thick, plane)
    if drop:
        why += " (name gives only thickness/kernel: study says the region)"
    return ct_ser(site, name, labels, why, kernel=k, thick=thick, vague=drop, bpe=bpe, derived=bool(plane))


def dose_pages(site, mod="CT"):
    out = [empty_page(site, mod, "dose")]
    if ct_style(site) == "siemens" and chance(0.6):
        out.append(empty_page(site, mod, "protocol"))
    return out


def recon_n(site, labels, why, n=None):
    n = n or R.randrange(2, 6)
    return ct_ser(site, pick([f"Recon {n}", f"RECON {n}", f"Series {n}", f"Rekon {n}"]), labels,
                  why + " (Recon N: study says the region)", vague=True)


TRAUMA = {"en": ["CT TRAUMA PANSCAN", "CT WHOLE BODY TRAUMA", "CT HEAD C-SPINE CHEST ABD PELVIS TRAUMA"],
          "gb": ["CT Trauma (major) whole body", "CT Polytrauma", "CT Head, C-spine, CAP trauma"],
          "fr": ["Bodyscanner polytraumatisé", "TDM corps entier trauma"], "de": ["Polytrauma-CT", "CT Schockraum Ganzkörper", "Traumaspirale"],
          "nl": ["CT total body trauma", "CT traumascan"], "it": ["TC total body politrauma", "TC politrauma"],
          "es": ["TC POLITRAUMATIZADO", "TC BODY TRAUMA"], "pt": ["TC politrauma", "Tomografia de politraumatizado"],
          "pl": ["TK politraumatyzm", "TK całego ciała - uraz wielonarządowy"], "sv": ["DT trauma helkropp", "DT traumaprotokoll"],
          "tr": ["Travma tüm vücut BT", "Politravma BT"]}
HEADW = {"en": "Head", "gb": "Head", "fr": "Crâne", "de": "Schädel", "nl": "Hersenen", "it": "Cranio", "es": "Cráneo",
         "pt": "Crânio", "pl": "Głowa", "sv": "Hjärna", "tr": "Beyin"}
CSPW = {"en": "C-Spine", "gb": "C-Spine", "fr": "Rachis cervical", "de": "HWS", "nl": "CWK", "it": "Rachide cervicale",
        "es": "Columna cervical", "pt": "Coluna cervical", "pl": "Kręgosłup C", "sv": "Halsrygg", "tr": "Servikal"}
BODYW = {"en": ["Body", "C/A/P"], "gb": ["Body", "CAP"], "fr": ["TAP", "Tronc"], "de": ["Stamm", "Thorax/Abdomen"],
         "nl": ["Romp", "Thorax/abdomen"], "it": ["Torace-addome", "Tronco"], "es": ["Tronco", "TAP"], "pt": ["Corpo", "TAP"],
         "pl": ["Tułów", "Klatka/brzuch"], "sv": ["Bål", "Thorax-buk"], "tr": ["Gövde", "Toraks-batın"]}
LUNGW = {"en": "Lung", "gb": "Lung", "fr": "Poumon", "de": "Lunge", "nl": "Long", "it": "Polmone", "es": "Pulmón",
         "pt": "Pulmão", "pl": "Płuca", "sv": "Lunga", "tr": "Akciğer"}


def ct_trauma(site):
    lang = lang_of(site)
    sd = pick(TRAUMA[lang])
    s = [scout(site, WB, "whole-body trauma scan", bpe=["WHOLEBODY", "CHEST", "HEAD", None])]
    s.append(ct_recon(site, HEADW[lang], ["HEAD"], "head", 5.0, "trauma head recon", vague_ok=False, bpe=["HEAD", "WHOLEBODY"]))
    s.append(ct_recon(site, HEADW[lang], ["HEAD"], "hbone", pick([0.6, 1.0, 2.0]), "trauma head bone window", vague_ok=False))
    s.append(ct_recon(site, CSPW[lang], ["CSPINE"], "bone", pick([1.0, 2.0]), "cervical spine reformat of the trauma scan",
                      vague_ok=False, plane=pick(["sag", "cor", "SAG", ""])))
    s.append(ct_recon(site, pick(BODYW[lang]), CAP, "soft", pick([3.0, 5.0]), "trauma body (chest-abdomen-pelvis) portal phase",
                      vague_ok=False, bpe=["CHEST", "ABDOMEN", "WHOLEBODY"]))
    s.append(ct_recon(site, LUNGW[lang], ["CHEST"], "lung", pick([1.0, 1.25, 2.0]), "trauma lung window", vague_ok=False))
    # bone-kernel sagittal/coronal reformats of the body volume are the thoracolumbar spine reformats
    name, k = recon(site, pick(["", "", "BWS/LWS" if lang == "de" else "T/L spine"]), "bone", 2.0, pick(["sag", "SAG", "sag"]))
    vague = not any(w in name for w in ("BWS", "spine"))
    s.append(ct_ser(site, name, TL, "bone-kernel sagittal of the trauma body volume: thoracolumbar spine reformat",
                    kernel=k, thick=2.0, vague=vague, derived=True))
    if chance(0.5):
        name, k = recon(site, pick(["WB", "Ganzkörper" if lang == "de" else "Whole body", "Polytrauma"]), "soft", 5.0, "")
        s.append(ct_ser(site, name, WB, "single whole-body trauma acquisition (vertex to thighs)",
                        kernel=k, thick=5.0, bpe="WHOLEBODY"))
    if chance(0.5):
        s.append(ct_recon(site, pick(["Becken", "Pelvis", "Bassin", "Bekken"]) if lang in ("de", "nl", "fr") else "Pelvis",
                          ["PELVIS"], "bone", 2.0, "pelvic ring bone recon", vague_ok=False))
    s += dose_pages(site)
    return study(sd, "ed-trauma-ct", s, k=pick([2, 3, 4]), ctx=0.85)


STROKE = {"en": ["CT CODE STROKE", "CT STROKE PROTOCOL HEAD/CTA/PERFUSION", "CTA HEAD NECK W CONTRAST + CT HEAD WO (STROKE)"],
          "gb": ["CT Head stroke thrombolysis", "CT Stroke (head, CTA, perfusion)"], "fr": ["TDM AVC alerte thrombolyse", "Protocole AVC TDM"],
          "de": ["Stroke-CT (nativ, CTA, Perfusion)", "CCT Lyse-Protokoll", "Schlaganfall CT"], "nl": ["CT CVA protocol", "CT trombolyse"],
          "it": ["TC encefalo codice ictus", "Stroke TC (basale, angio, perfusione)"], "es": ["TC CÓDIGO ICTUS", "CÓDIGO ICTUS TC MULTIMODAL"],
          "pt": ["TC protocolo AVC", "Protocolo AVC - TC crânio + angio"], "pl": ["TK głowy - udar", "Protokół udarowy TK"],
          "sv": ["DT hjärna strokelarm", "Strokelarm DT + DTA + perfusion"], "tr": ["İnme protokolü BT", "Akut inme BT + BTA"]}
CTAW = {"en": "CTA Head/Neck", "gb": "CTA Arch to vertex", "fr": "Angio TSA", "de": "CTA Kopf/Hals", "nl": "CTA hals/hersenen",
        "it": "Angio TSA", "es": "Angio TSA", "pt": "Angio cervical/intracraniana", "pl": "Angio TK szyi i głowy",
        "sv": "DTA halskärl/intrakraniellt", "tr": "Boyun-beyin BTA"}


def ct_stroke(site):
    lang = lang_of(site)
    sd = pick(STROKE[lang])
    cta = chance(0.85)
    s = [scout(site, HN if cta else ["HEAD"], "stroke head and supra-aortic CTA" if cta else "stroke head CT")]
    s.append(ct_recon(site, HEADW[lang], ["HEAD"], "head", 5.0, "non-contrast head", vague_ok=False, bpe=["HEAD", "BRAIN"]))
    if chance(0.5):
        s.append(ct_recon(site, HEADW[lang], ["HEAD"], "head", pick([0.6, 1.0]), "thin non-contrast head", vague_ok=False))
    if cta:
        name, k = recon(site, CTAW[lang], "vasc", pick([0.6, 0.75, 1.0]))
        s.append(ct_ser(site, name, HN, "CTA arch to vertex: head and neck vessels", kernel=k, bpe=["HEAD", "NECK", "HEAD"],
                        ContrastBolusAgent=pick(["Iomeron 400", "Omnipaque 350", "Ultravist 370", None])))
        s.append(ct_ser(site, pick(["MIP cor", "MIP COR 10mm", "MIP sag", "MIP Cor 8/2"]), HN,
                        "MIP of the supra-aortic CTA (arch to vertex)", vague=True, derived=True))
        if chance(0.5):
            s.append(ct_ser(site, pick(["MIP ax Willis", "Circle of Willis MIP", "VRT Willis"]), ["HEAD"],
                            "intracranial (circle of Willis) MIP", derived=True))
        s.append(ser(site, "CT", pick(["Monitoring", "Bolus tracking", "SmartPrep", "SureStart"]), ["NECK"], None,
                     "bolus monitoring", vague=True))
        s[-1]["norow"] = True
    if chance(0.7):
        s.append(ct_ser(site, pick(["VPCT 5.0 Hr36 4D", "CTP 5mm", "Perfusion 4D", "Brain Perfusion"]), ["HEAD"], "CT perfusion of the brain"))
        for m in R.sample(["CBF", "CBV", "MTT", "Tmax", "TTP", "Summary"], R.randrange(2, 5)):
            s.append(ct_ser(site, pick([m, f"{m} Map", f"CTP {m}", f"Perf {m}"]), ["HEAD"], f"perfusion map {m} of the brain",
                            vague=True, derived=True))
    s += dose_pages(site)
    return study(sd, "ed-stroke", s, k=pick([2, 3]), ctx=0.8)


PE = {"en": ["CTA CHEST PE PROTOCOL", "CT ANGIO CHEST W CONTRAST (PE)", "CTPA"], "gb": ["CTPA", "CT pulmonary angiogram"],
      "fr": ["Angio-TDM thoracique EP", "Angioscanner thoracique embolie"], "de": ["CT-Angio LAE", "CTA Pulmonalis", "CT Thorax LAE-Frage"],
      "nl": ["CTA longembolie", "CT-thorax LE protocol"], "it": ["Angio-TC polmonare TEP", "AngioTC torace EP"],
      "es": ["ANGIO-TC ARTERIAS PULMONARES", "TC TÓRAX PROTOCOLO TEP"], "pt": ["AngioTC de tórax TEP", "Angiotomografia pulmonar"],
      "pl": ["Angio-TK tętnic płucnych", "TK klatki piersiowej - ZTP"], "sv": ["DT lungartärer LE", "DT thorax lungemboli"],
      "tr": ["Pulmoner BT anjiyografi", "Toraks BTA PTE"]}


def ct_pe(site):
    lang = lang_of(site)
    sd = pick(PE[lang])
    s = [scout(site, ["CHEST"], "CT pulmonary angiogram", bpe=["CHEST"])]
    name, k = recon(site, pick(["CTPA", "Pulmo", "Angio", ""]), "vasc", pick([1.0, 1.25, 0.75]))
    vague = not any(w in name for w in ("CTPA", "Pulmo", "Angio"))
    s.append(ct_ser(site, name or "Angio", ["CHEST"], "pulmonary CTA" + (" (kernel only)" if vague else ""), kernel=k,
                    vague=vague, bpe=["CHEST", "CHEST", "LUNG"]))
    s.append(ct_recon(site, LUNGW[lang], ["CHEST"], "lung", pick([1.0, 1.25, 2.0]), "lung window of the CTPA"))
    s.append(ct_ser(site, pick(["MIP ax 10mm", "MIP Cor", "MPR cor", "Sag MPR"]), ["CHEST"], "reformat of the CTPA", vague=True, derived=True))
    if chance(0.4):
        s.append(recon_n(site, ["CHEST"], "extra recon of the CTPA"))
    mon = ser(site, "CT", pick(["Monitoring", "SmartPrep", "Bolus Tracking"]), ["CHEST"], None, "bolus monitoring at the pulmonary trunk", vague=True)
    s.append(mon)
    s += dose_pages(site)
    return study(sd, "ed-pe", s, k=pick([1, 2]), ctx=0.6)


ACUTE = {"en": ["CT ABDOMEN PELVIS W CONTRAST", "CT ABD/PELVIS W IV CONTRAST (ACUTE ABD)", "CT A/P W"],
         "gb": ["CT Abdomen and Pelvis with contrast", "CT AP portal venous"], "fr": ["TDM abdomino-pelvienne avec injection", "Scanner A/P inj."],
         "de": ["CT Abdomen/Becken mit KM", "CT Abd./Becken akutes Abdomen"], "nl": ["CT abdomen (acute buik)", "CT abdomen/bekken met contrast"],
         "it": ["TC addome completo con mdc", "TC addome completo urgente"], "es": ["TC ABDOMEN Y PELVIS CON CONTRASTE", "TC ABDOMINOPÉLVICO URGENTE"],
         "pt": ["TC de abdome total com contraste", "TC abdome e pelve c/ contraste"], "pl": ["TK jamy brzusznej i miednicy z kontrastem"],
         "sv": ["DT buk-bäcken med kontrast", "DT buk akut"], "tr": ["Tüm batın BT kontrastlı", "Abdomen pelvis BT (IV kontrastlı)"]}
COLIC = {"en": ["CT ABD/PELVIS WO CONTRAST (STONE PROTOCOL)", "CT KUB RENAL STONE"], "gb": ["CT KUB", "CT KUB low dose"],
         "fr": ["Uroscanner sans injection (colique néphrétique)", "TDM AUSP"], "de": ["CT Urolithiasis low dose", "Stein-CT nativ"],
         "nl": ["CT nierstenen blanco", "CT urolithiasis"], "it": ["TC urologica senza mdc (colica)", "TC addome completo basale calcolosi"],
         "es": ["TC ABDOMEN Y PELVIS SIN CONTRASTE (CÓLICO RENAL)", "URO-TC BAJA DOSIS"], "pt": ["TC de abdome total sem contraste (cólica renal)", "TC protocolo litíase"],
         "pl": ["TK jamy brzusznej i miednicy bez kontrastu - kamica"], "sv": ["DT urinvägar utan kontrast", "Lågdos-DT njursten"],
         "tr": ["Taş protokolü BT", "Kontrastsız tüm batın BT (renal kolik)"]}


def ct_abdomen(site):
    lang = lang_of(site)
    colic = chance(0.35)
    sd = pick(COLIC[lang] if colic else ACUTE[lang])
    what = "stone-protocol abdomen/pelvis CT" if colic else "abdomen/pelvis CT"
    s = [scout(site, AP, what, bpe=["ABDOMEN", "ABDOMEN", "PELVIS"])]
    word = pick(["Abdomen", "Abd/Pel", "Abdomen" if lang != "de" else "Abdomen/Becken", "Urolith" if colic else "Portal"])
    # the vendor body protocol is called 'Abdomen' even when it runs to the symphysis: the study says A/P
    s.append(ct_recon(site, word, AP, "soft", pick([3.0, 5.0, 2.5]), what + " axial", bpe=["ABDOMEN", "ABDOMEN", "PELVIS", "KIDNEY"]))
    s.append(ct_ser(site, pick(["Cor 3mm", "COR MPR", "MPR cor", "Coronal 3.0", "Sag 3mm"]), AP, what + " reformat", vague=True, derived=True))
    if chance(0.4):
        s.append(recon_n(site, AP, what))
    s += dose_pages(site)
    return study(sd, "ed-abdomen", s, k=1, ctx=0.5)


HEADCT = {"en": ["CT HEAD WO CONTRAST", "CT BRAIN WO", "CT HEAD TRAUMA"], "gb": ["CT Head", "CT Head non contrast", "CT Head (trauma)"],
          "fr": ["TDM cérébrale sans injection", "Scanner cérébral SPC", "TDM crâne"], "de": ["CCT nativ", "CT Schädel nativ", "cCT"],
          "nl": ["CT hersenen blanco", "CT cerebrum"], "it": ["TC encefalo senza mdc", "TC cranio"], "es": ["TC CRÁNEO SIN CONTRASTE", "TAC CEREBRAL"],
          "pt": ["TC de crânio sem contraste", "TC crânio"], "pl": ["TK głowy bez kontrastu", "TK głowy"], "sv": ["DT hjärna", "DT skalle utan kontrast"],
          "tr": ["Beyin BT kontrastsız", "Kranial BT"]}
HEADCSP = {"en": "CT HEAD AND CERVICAL SPINE WO", "gb": "CT Head and C-spine", "fr": "TDM crâne et rachis cervical", "de": "CCT + HWS nativ",
           "nl": "CT hersenen en CWK", "it": "TC cranio e rachide cervicale", "es": "TC CRÁNEO Y COLUMNA CERVICAL",
           "pt": "TC crânio e coluna cervical", "pl": "TK głowy i kręgosłupa szyjnego", "sv": "DT skalle och halsrygg",
           "tr": "Beyin ve servikal BT"}


def ct_head(site):
    lang = lang_of(site)
    both = chance(0.3)
    sd = HEADCSP[lang] if both else pick(HEADCT[lang])
    s = [scout(site, ["HEAD", "CSPINE"] if both else ["HEAD"], "head and C-spine CT" if both else "head CT", bpe=["HEAD", "HEAD", "SKULL"])]
    s.append(ct_recon(site, HEADW[lang], ["HEAD"], "head", pick([5.0, 4.0, 3.0]), "head axial", vague_ok=not both,
                      bpe=["HEAD", "BRAIN", "SKULL"]))
    s.append(ct_recon(site, HEADW[lang], ["HEAD"], "hbone", pick([0.6, 1.0, 2.0]), "head bone window", vague_ok=not both))
    if both:
        for pl in R.sample(["sag", "cor", "ax"], 2):
            s.append(ct_recon(site, CSPW[lang], ["CSPINE"], "bone", pick([1.0, 2.0]), "cervical spine bone " + pl,
                              vague_ok=False, plane=pl, bpe=["CSPINE", "NECK"]))
    elif chance(0.4):
        s.append(recon_n(site, ["HEAD"], "head CT extra recon"))
    s += dose_pages(site)
    return study(sd, "ed-ct-head", s, k=1, ctx=0.5)


def ct_msk(site):
    """ED CT of one region: C-spine, face, or a limb joint (sided)."""
    lang = lang_of(site)
    key = pick(["cspine", "cspine", "facial", "wrist", "ankle", "knee", "calcaneus", "lspine", "shoulder", "elbow"])
    side = side_of() if key in LIMB else None
    labels = LIMB.get(key) or AXIAL[key]
    sd = cs_name(site, CTT, key, side, 0)
    what = {"knee": "tibial plateau/knee", "calcaneus": "calcaneus (foot)"}.get(key, key)
    s = [scout(site, labels, what + " CT")]
    s[0]["lat"] = side
    s.append(ct_recon(site, REG["en"][key][0].title(), labels, "bone", pick([0.6, 1.0, 2.0]), f"{what} bone axial", bpe=BPE[key]))
    for pl in R.sample(["sag", "cor", "SAG", "COR", "3D VRT"], 2):
        s.append(ct_ser(site, pick([f"MPR {pl}", f"{pl} 2mm", f"Bone {pl}", pl]), labels, f"{what} {pl} reformat", vague=True, derived=True))
    for x in s:
        x["lat"] = side
    s += dose_pages(site)
    return study(sd, "ed-ct-msk", s, k=1, ctx=0.5)


CTA_AORTA = {"en": "CTA CHEST ABDOMEN PELVIS (AORTA DISSECTION)", "gb": "CT Aortogram", "fr": "Angio-TDM aorte thoraco-abdominale",
             "de": "CTA Aorta thorakoabdominal", "nl": "CTA aorta totaal", "it": "Angio-TC aorta toraco-addominale",
             "es": "ANGIO-TC AORTA TORACOABDOMINAL", "pt": "AngioTC de aorta total", "pl": "Angio-TK aorty piersiowej i brzusznej",
             "sv": "DT aorta thorax-buk", "tr": "Torakoabdominal aorta BTA"}
CTA_RUNOFF = {"en": "CTA ABD AORTA BILAT LE RUNOFF", "gb": "CT Angiogram lower limb run-off", "fr": "Angio-TDM des membres inférieurs",
              "de": "CTA Becken-Bein", "nl": "CTA aorta en benen (run-off)", "it": "Angio-TC aorta addominale e arti inferiori",
              "es": "ANGIO-TC DE MMII", "pt": "AngioTC de aorta abdominal e membros inferiores", "pl": "Angio-TK kończyn dolnych",
              "sv": "DTA bäcken-ben", "tr": "Alt ekstremite BT anjiyografi"}
CTA_NECK = {"en": "CTA NECK W CONTRAST (CAROTIDS)", "gb": "CT Angiogram carotids", "fr": "Angio-TDM des TSA",
            "de": "CTA Halsgefäße", "nl": "CTA halsvaten", "it": "Angio-TC TSA", "es": "ANGIO-TC TSA",
            "pt": "AngioTC de carótidas", "pl": "Angio-TK tętnic szyjnych", "sv": "DTA halskärl", "tr": "Karotis BTA"}


def ct_followup(site):
    """Inpatient/outpatient CT around the ED: follow-ups and vascular CTA."""
    lang = lang_of(site)
    kind = pick(["chest", "chest", "cap", "cap", "neck", "facial", "abdpel", "aorta", "runoff", "carotid", "abdomen"])
    if kind == "aorta":
        sd, labels, what = CTA_AORTA[lang], CAP, "thoraco-abdominal aortic CTA"
        strat = "vascular-cta"
    elif kind == "runoff":
        sd, labels, what = CTA_RUNOFF[lang], RUNOFF, "run-off CTA (aorta to feet)"
        strat = "vascular-cta"
    elif kind == "carotid":
        sd, labels, what = CTA_NECK[lang], ["NECK"], "carotid (neck) CTA"
        strat = "vascular-cta"
    else:
        labels, what = AXIAL[kind], {"abdpel": "abdomen/pelvis", "cap": "chest/abdomen/pelvis", "facial": "sinus/face"}.get(kind, kind) + " CT"
        sd = cs_name(site, CTT, kind, None, pick([0, 1, 1, 2]))
        strat = "ct-followup"
    s = [scout(site, labels, what)]
    lat = "B" if kind == "runoff" else None
    kern = "vasc" if strat == "vascular-cta" else ("lung" if kind == "chest" and chance(0.4) else "soft")
    word = {"chest": LUNGW[lang] if kern == "lung" else "Thorax", "cap": pick(BODYW[lang]), "neck": "Neck", "facial": "Sinus",
            "abdpel": "Abdomen", "abdomen": "Abdomen", "aorta": "Aorta", "runoff": "Runoff", "carotid": "Carotis"}[kind]
    s.append(ct_recon(site, word, labels, kern, pick([1.0, 2.0, 3.0, 5.0]), what, bpe=BPE.get(kind) or default_bpe(labels)))
    s.append(ct_ser(site, pick(["MPR Cor", "Cor 3mm", "Sag 3mm", "MIP Cor", "COR"]), labels, what + " reformat", vague=True, derived=True))
    if kind in ("chest", "cap") and chance(0.5):
        s.append(ct_recon(site, LUNGW[lang], ["CHEST"], "lung", 1.0, "lung recon (chest part)", vague_ok=False))
    if chance(0.3):
        s.append(recon_n(site, labels, what))
    for x in s:
        if set(x["labels"]) & SIDED:
            x["lat"] = lat
    s += dose_pages(site)
    return study(sd, strat, s, k=1, ctx=0.45)


# ---------------------------------------------------------------- MR
def mr_style(site):
    man = SITES[site]["vend"]["MR"][0][0].upper()
    return "siemens" if "SIEMENS" in man else "ge" if "GE" in man else "philips"


SEQ = {
    "siemens": {"loc": ["localizer", "localizer_3plane", "localizer"], "dwi": ["ep2d_diff_3scan_trace_p2", "ep2d_diff_tra"],
                "adc": ["ep2d_diff_3scan_trace_p2_ADC", "ADC"], "flair": ["t2_tirm_tra_dark-fluid", "t2_flair_tra_fs"],
                "t2": ["t2_tse_tra", "t2_tse_tra_p2"], "t1": ["t1_se_tra", "t1_mprage_sag_p2_iso"], "swi": ["swi3d1r", "SWI_Images", "Mag_Images"],
                "tof": ["tof_fl3d_tra_multi-slab", "TOF_3D_multi-slab_MIP_SAG"], "t1c": ["t1_mprage_sag_p2_iso_KM", "t1_se_tra_KM"],
                "t2sag": ["t2_tse_sag", "t2_tse_sag_384"], "t1sag": ["t1_tse_sag", "t1_tse_sag_p2"], "stir": ["t2_tirm_sag_stir", "stir_sag"],
                "t2ax": ["t2_tse_tra", "t2_tse_tra_p2"], "pdfs": ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra"], "t1cor": ["t1_tse_cor"],
                "dyn": ["t1_fl3d_tra_dynaVIEWS", "t1_vibe_fs_tra_dyn"], "sub": ["t1_fl3d_tra_dyn_SUB", "SUB_MIP"], "haste": ["t2_haste_cor", "t2_haste_tra_mbh"],
                "mrcp": ["t2_space_cor_mrcp", "MRCP_3D_MIP"]},
    "ge": {"loc": ["3 Plane Loc", "3Pl Loc", "Loc"], "dwi": ["Ax DWI", "Ax DWI B1000"], "adc": ["Apparent Diffusion Coefficient (mm2/s)", "ADC"],
           "flair": ["Ax T2 FLAIR", "Sag CUBE FLAIR"], "t2": ["Ax T2 FSE", "Ax T2 PROPELLER"], "t1": ["Sag T1 FLAIR", "Ax T1"],
           "swi": ["Ax SWAN", "SWAN"], "tof": ["3D TOF", "Ax 3D TOF COW"], "t1c": ["Ax T1 +C", "Sag 3D T1 BRAVO +C"],
           "t2sag": ["Sag T2 FSE", "Sag T2"], "t1sag": ["Sag T1 FSE", "Sag T1"], "stir": ["Sag STIR"], "t2ax": ["Ax T2 FSE", "Ax T2"],
           "pdfs": ["Cor PD FS", "Sag PD FS", "Ax PD FS"], "t1cor": ["Cor T1"], "dyn": ["Ax VIBRANT MPh", "Ax DISCO"], "sub": ["SUB", "MIP SUB"],
           "haste": ["Cor SSFSE", "Ax SSFSE"], "mrcp": ["3D MRCP", "MRCP MIP"]},
    "philips": {"loc": ["Survey", "SmartExam Survey", "sSurvey"], "dwi": ["DWI_SENSE", "DWI b1000"], "adc": ["dADC", "ADC"],
                "flair": ["T2W_FLAIR", "3D_FLAIR"], "t2": ["T2W_TSE", "T2W_TSE_tra"], "t1": ["T1W_SE", "sT1W_3D_TFE"], "swi": ["SWIp", "SWIp_tra"],
                "tof": ["TOF_3D", "MRA_TOF"], "t1c": ["sT1W_3D_TFE_Gd", "T1W_SE+C"], "t2sag": ["T2W_TSE_sag", "T2W_sag"],
                "t1sag": ["T1W_TSE_sag"], "stir": ["STIR_sag", "T2W_STIR"], "t2ax": ["T2W_TSE_tra"], "pdfs": ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA"],
                "t1cor": ["T1W_TSE_cor"], "dyn": ["eTHRIVE_dyn", "DCE"], "sub": ["SUB", "MIP_SUB"], "haste": ["T2W_SSh", "SSh_TSE"],
                "mrcp": ["MRCP_3D", "MRCP_MIP"]},
}
SEQMETA = {"dwi": ("EP", "*ep_b1000t"), "adc": ("EP", None), "flair": ("SE\\IR", "*tir2d1_12"), "t2": ("SE", "*tse2d1_15"),
           "t1": ("GR\\IR", "*tfl3d1_16ns"), "swi": ("GR", "*swi3d1r"), "tof": ("GR", "*fl3d1r_t70"), "t1c": ("GR\\IR", "*tfl3d1_16ns"),
           "t2sag": ("SE", "*tse2d1_17"), "t1sag": ("SE", "*tse2d1_3"), "stir": ("SE\\IR", "*tir2d1_13"), "t2ax": ("SE", "*tse2d1_15"),
           "pdfs": ("SE", "*tse2d1_7"), "t1cor": ("SE", "*tse2d1_3"), "dyn": ("GR", "*fl3d1"), "sub": ("GR", None),
           "haste": ("SE", "*haste2d1"), "mrcp": ("SE", "*spc3d1"), "loc": ("GR", "*fl2d1")}


def mr_ser(site, seq, labels, lat, why, bpe=None, vague=True, name=None, **extra):
    st = mr_style(site)
    meta = {}
    sc, sn = SEQMETA[seq]
    if chance(0.5):
        meta["ScanningSequence"] = sc
    if sn and st == "siemens" and chance(0.5):
        meta["SequenceName"] = sn
    if chance(0.2):
        meta["ProtocolName"] = name or pick(SEQ[st][seq])
    meta.update(extra)
    return ser(site, "MR", name or pick(SEQ[st][seq]), labels, lat, why, bpe=bpe, vague=vague, **meta)


MRSTROKE = {"en": "MR BRAIN STROKE PROTOCOL", "gb": "MRI Head stroke", "fr": "IRM cérébrale protocole AVC", "de": "MRT Schädel Stroke",
            "nl": "MRI hersenen CVA", "it": "RM encefalo ictus", "es": "RM CEREBRAL CÓDIGO ICTUS", "pt": "RM de crânio protocolo AVC",
            "pl": "MR głowy - udar", "sv": "MR hjärna stroke", "tr": "Difüzyon beyin MR"}


def mr_neuro(site):
    lang = lang_of(site)
    stroke = chance(0.45)
    sd = MRSTROKE[lang] if stroke else cs_name(site, MRT, "head", None, pick([0, 1, 2]))
    seqs = ["loc", "dwi", "adc", "flair", "swi"] + (["tof"] if chance(0.6) else []) if stroke else \
        ["loc", "t2", "flair", "dwi", "adc", "t1", "t1c"]
    s = [mr_ser(site, q, ["HEAD"], None, "brain MR sequence" + (" (localizer plans the brain)" if q == "loc" else ""),
                bpe=["HEAD", "BRAIN", "HEAD"], name="AAHead_Scout_64ch-head-coil" if q == "loc" and mr_style(site) == "siemens" and chance(0.5) else None)
         for q in seqs]
    if stroke and chance(0.5):
        s.append(mr_ser(site, "tof", HN, None, "MRA of the neck and head vessels (arch to circle of Willis)",
                        name=pick(["CE-MRA Hals/Kopf" if lang == "de" else "CE MRA arch to vertex", "MRA neck+head", "ce_mra_tra_arch"]), vague=False))
    return study(sd, "mr-neuro", s, k=pick([1, 2]), ctx=0.55)


def mr_spine(site):
    key = pick(["lspine", "lspine", "cspine", "cspine", "tspine", "wspine"])
    labels = AXIAL[key]
    sd = cs_name(site, MRT, key, None, pick([0, 0, 1]))
    s = [mr_ser(site, q, labels, None, f"{key} MR sequence" + (" (localizer)" if q == "loc" else ""), bpe=BPE[key])
         for q in ["loc", "t2sag", "t1sag", "stir", "t2ax"][:R.randrange(3, 6)]]
    if key == "wspine" and chance(0.5):
        s.append(mr_ser(site, "t2sag", WSP, None, "composed whole-spine sagittal", name=pick(["t2_tse_sag_COMPOSED", "Sag T2 Composed", "T2W_sag_MobiView"])))
    return study(sd, "mr-spine", s, k=1, ctx=0.5)


def mr_msk(site):
    lang = lang_of(site)
    key = pick(["knee", "knee", "knee", "shoulder", "shoulder", "hip", "ankle", "wrist", "elbow", "foot", "femur", "hand"])
    side = side_of()
    labels = LIMB[key]
    sd = cs_name(site, MRT, key, side, pick([0, 0, 0, 1]))
    s = []
    for q in ["loc", "pdfs", "pdfs", "t1cor", "pdfs"][:R.randrange(3, 6)]:
        extra = {"Laterality": side} if chance(0.3) else {}
        s.append(mr_ser(site, q, labels, side, f"{key} MR sequence, side {side}", bpe=BPE[key], **extra))
    return study(sd, "mr-msk", s, k=1, ctx=0.5)


MRBODY = [("abdomen", ["ABDOMEN"], {"en": "MR LIVER W WO CONTRAST", "gb": "MRI Liver", "fr": "IRM hépatique", "de": "MRT Leber",
                                      "nl": "MRI lever", "it": "RM fegato", "es": "RM HEPÁTICA", "pt": "RM de fígado", "pl": "MR wątroby",
                                      "sv": "MR lever", "tr": "Karaciğer MR"}, ["dyn", "t2", "dwi", "haste"]),
          ("abdomen", ["ABDOMEN"], {"en": "MRCP", "gb": "MRCP", "fr": "Bili-IRM", "de": "MRCP", "nl": "MRCP", "it": "Colangio-RM",
                                      "es": "COLANGIO-RM", "pt": "Colangiorressonância", "pl": "MRCP", "sv": "MRCP", "tr": "MRCP"}, ["haste", "mrcp", "t2"]),
          ("pelvis", ["PELVIS"], {"en": "MR PROSTATE W WO", "gb": "MRI Prostate (mpMRI)", "fr": "IRM prostatique", "de": "MRT Prostata",
                                    "nl": "MRI prostaat", "it": "RM prostata multiparametrica", "es": "RM PRÓSTATA", "pt": "RM de próstata multiparamétrica",
                                    "pl": "MR prostaty", "sv": "MR prostata", "tr": "Multiparametrik prostat MR"}, ["t2", "dwi", "adc", "dyn"]),
          ("pelvis", ["PELVIS"], {"en": "MR PELVIS FEMALE", "gb": "MRI Pelvis", "fr": "IRM pelvienne", "de": "MRT Becken",
                                    "nl": "MRI kleine bekken", "it": "RM pelvi", "es": "RM PELVIS", "pt": "RM de pelve", "pl": "MR miednicy",
                                    "sv": "MR lilla bäckenet", "tr": "Pelvik MR"}, ["t2", "t1", "dwi"]),
          ("abdpel", AP, {"en": "MR ENTEROGRAPHY", "gb": "MR Enterography", "fr": "Entéro-IRM", "de": "MR-Enterographie (Sellink)",
                          "nl": "MR-enterografie", "it": "Entero-RM", "es": "ENTERO-RM", "pt": "Enterorressonância", "pl": "Enterografia MR",
                          "sv": "MR tunntarm", "tr": "MR enterografi"}, ["haste", "dyn", "dwi"]),
          ("chest", ["CHEST"], {"en": "MR CARDIAC MORPHOLOGY AND FUNCTION", "gb": "Cardiac MRI", "fr": "IRM cardiaque",
                                "de": "Kardio-MRT", "nl": "MRI hart", "it": "RM cardiaca", "es": "RM CARDIACA", "pt": "RM cardíaca",
                                "pl": "MR serca", "sv": "MR hjärta", "tr": "Kardiyak MR"}, ["t2", "dyn"])]


def mr_body(site):
    lang = lang_of(site)
    key, labels, names, seqs = pick(MRBODY)
    sd = names[lang]
    s = [mr_ser(site, "loc", labels, None, f"localizer of the {key} MR", bpe=BPE[key])]
    for q in seqs:
        why = f"{key} MR sequence"
        if names["en"].startswith("MR CARDIAC"):
            s.append(mr_ser(site, q, labels, None, "cardiac MR", name=pick(["cine_4ch", "SA_cine", "LGE_PSIR_SA", "T1_map_MOLLI"]), bpe=["HEART", "CHEST"]))
        else:
            s.append(mr_ser(site, q, labels, None, why, bpe=BPE[key]))
    return study(sd, "mr-body", s, k=1, ctx=0.5)


BREASTMR = {"en": "MR BREAST BILAT W WO CONTRAST", "gb": "MRI Breasts", "fr": "IRM mammaire bilatérale", "de": "MR-Mammographie",
            "nl": "MRI mammae", "it": "RM mammaria bilaterale", "es": "RM DE MAMA BILATERAL", "pt": "RM das mamas", "pl": "MR piersi",
            "sv": "MR bröst", "tr": "Meme MR"}


def mr_breast(site):
    lang = lang_of(site)
    s = [mr_ser(site, q, ["BREAST"], "B", "axial breast MR shows both breasts", bpe=["BREAST", "CHEST", "BREAST"])
         for q in ["loc", "t2", "dyn", "sub", "dwi"][:R.randrange(3, 6)]]
    return study(BREASTMR[lang], "breast", s, k=1, ctx=0.45)


# ---------------------------------------------------------------- ultrasound
POCSD = {"en": ["POCUS ED", "US POC EMERGENCY", "ED ULTRASOUND LIMITED"], "gb": ["ED POCUS", "Point of care US (ED)"],
         "fr": ["Écho ciblée urgence", "ECHO POCUS URG"], "de": ["Notfallsono", "Sono Notaufnahme (POCUS)"],
         "nl": ["POCUS SEH", "Echo bedside SEH"], "it": ["Ecografia clinica PS", "POCUS PS"], "es": ["ECO A PIE DE CAMA URGENCIAS", "POCUS URG"],
         "pt": ["POCUS PS", "USG beira-leito emergência"], "pl": ["USG przyłóżkowe SOR", "POCUS SOR"], "sv": ["Akutultraljud", "POCUS akuten"],
         "tr": ["Acil yatak başı USG", "POCUS acil"]}
ICUSD = {"en": ["ICU BEDSIDE US", "CRITICAL CARE ULTRASOUND"], "gb": ["ITU POCUS", "Critical care echo/lung"], "fr": ["Écho réa", "POCUS réanimation"],
         "de": ["Sono Intensiv bedside", "ITS Sono"], "nl": ["IC echo bedside", "POCUS IC"], "it": ["Ecografia TI al letto", "POCUS rianimazione"],
         "es": ["ECO UCI A PIE DE CAMA", "POCUS UCI"], "pt": ["USG beira-leito UTI", "POCUS UTI"], "pl": ["USG przyłóżkowe OIT"],
         "sv": ["IVA ultraljud bedside", "POCUS IVA"], "tr": ["YBÜ yatak başı USG"]}
# POCUS exams: (preset/series names, labels, sided, why)
POCUS = [
    (["FAST", "eFAST", "E-FAST", "FAST exam", "Trauma FAST"], FAST, False, "FAST: pericardial (chest), upper quadrants (abdomen), pelvis"),
    (["RUQ", "Morison", "RUQ FAST", "Hepatorenal"], ["ABDOMEN"], False, "right upper quadrant window"),
    (["LUQ", "Splenorenal", "LUQ FAST"], ["ABDOMEN"], False, "left upper quadrant window"),
    (["Pelvis", "Suprapubic", "Pouch of Douglas"], ["PELVIS"], False, "pelvic window"),
    (["Subxiphoid", "Subcostal cardiac", "Pericardium"], ["CHEST"], False, "subxiphoid pericardial window"),
    (["Lung", "Lung US", "Lung bilat", "B-lines", "Pneumothorax R", "PTX L", "BLUE protocol", "Pleura"], ["CHEST"], False, "lung/pleura"),
    (["Cardiac", "Echo limited", "PLAX", "A4C", "PSAX", "FoCUS", "Cardiac arrest echo"], ["CHEST"], False, "focused cardiac"),
    (["Aorta", "AAA", "Abd Aorta", "Aorta screen"], ["ABDOMEN"], False, "abdominal aorta"),
    (["Bladder", "Bladder volume", "Bladder scan"], ["PELVIS"], False, "bladder"),
    (["Ocular", "Eye", "ONSD", "Orbit"], ["HEAD"], False, "ocular (eye/optic nerve sheath): head"),
    (["Gallbladder", "Biliary", "GB"], ["ABDOMEN"], False, "gallbladder"),
    (["Renal", "Kidney", "Hydro"], ["ABDOMEN"], False, "kidney"),
    (["Early pregnancy", "OB early", "IUP?", "Transvag"], ["PELVIS"], False, "early pregnancy: pelvis"),
    (["IJ line", "CVC guidance", "Central line IJ", "Vascular access IJ"], ["NECK"], False, "internal jugular line guidance: neck"),
    (["Paracentesis", "Ascites tap"], ["ABDOMEN"], False, "paracentesis guidance"),
    (["Thoracentesis", "Pleural tap"], ["CHEST"], False, "thoracentesis guidance"),
    (["DVT", "2-point DVT", "DVT compression", "Leg DVT"], ["THIGH", "KNEE"], True, "two-point compression (groin and popliteal)"),
    (["Femoral line", "CVC fem", "Femoral access"], ["THIGH"], True, "femoral (groin) line guidance: thigh"),
    (["Art line", "Radial A-line", "Radial artery"], ["WRIST"], True, "radial arterial line at the wrist"),
    (["PIV", "USGPIV", "Peripheral IV"], ["FOREARM"], True, "peripheral IV in the forearm"),
    (["Fascia iliaca block", "FICB", "Femoral nerve block"], ["THIGH"], True, "fascia iliaca/femoral block at the groin: thigh"),
    (["Soft tissue forearm", "Abscess forearm"], ["FOREARM"], True, "soft-tissue abscess of the forearm"),
    (["Soft tissue leg", "Cellulitis leg", "Abscess calf"], ["LEG"], True, "soft tissue of the lower leg"),
    (["Soft tissue hand", "FB hand", "Foreign body hand"], ["HAND"], True, "hand soft tissue / foreign body"),
    (["Shoulder", "Shoulder dislocation"], ["SHOULDER"], True, "shoulder (dislocation check)"),
    (["Forearm fx", "Distal radius", "Forearm"], ["FOREARM"], True, "forearm fracture (paediatric)"),
    (["Knee effusion", "Knee"], ["KNEE"], True, "knee effusion"),
]


def us_meta(site, pocus=False):
    extra = {}
    if chance(0.2):
        extra["ImageType"] = pick(["ORIGINAL\\PRIMARY\\ABDOMINAL", "ORIGINAL\\PRIMARY", "DERIVED\\PRIMARY"])
    if chance(0.2):
        extra["NumberOfFrames"] = str(pick([1, 60, 120, 180, 94]))
    return extra


def us_pocus(site, icu=False):
    lang = lang_of(site)
    sd = pick(ICUSD[lang] if icu else POCSD[lang])
    n = pick([1, 1, 2, 3]) if not icu else pick([1, 2])
    pool = [POCUS[i] for i in (0, 5, 5, 6, 6, 8, 11, 13, 14, 15, 16, 17, 18)] if icu else POCUS
    exams = R.sample(pool, n)
    s = []
    for names, labels, sided, why in exams:
        side = side_of() if sided else None
        desc = pick(names)
        if sided and chance(0.6):
            desc = f"{desc} {sideword(lang if chance(0.5) else 'en', side)}"
        extra = us_meta(site, True)
        if sided and chance(0.25):
            extra["Laterality"] = side
        bpe = pick([default_bpe(labels), default_bpe(labels), ["ABDOMEN"], None])
        s.append(ser(site, "US", desc, labels, side, "POCUS: " + why, bpe=bpe, vague=False, vkey="POC", **extra))
    return study(sd, "icu-us" if icu else "pocus", s, k=1, ctx=0.35)


VASC = [
    ("venous_leg", {"en": "US VENOUS DUPLEX LOWER EXTREMITY {s}", "gb": "US Doppler leg veins {s}", "fr": "Écho-doppler veineux membre inférieur {s}",
                    "de": "Duplex Beinvenen {s}", "nl": "Duplex beenvenen {s}", "it": "Ecocolordoppler venoso arto inferiore {s}",
                    "es": "ECO-DOPPLER VENOSO MMII {s}", "pt": "Doppler venoso de membro inferior {s}", "pl": "USG Doppler żył kończyny dolnej {s}",
                    "sv": "UL DVT ben {s}", "tr": "{s} alt ekstremite venöz doppler"}, LEG_DUPLEX,
     "full-leg venous duplex: common femoral (groin) to calf veins", ["CFV", "SFV prox", "SFV mid", "Pop V", "PTV", "Peroneal v", "GSV"]),
    ("arterial_leg", {"en": "US ARTERIAL DUPLEX LOWER EXTREMITY {s}", "gb": "US Arterial Doppler leg {s}", "fr": "Écho-doppler artériel des membres inférieurs {s}",
                      "de": "Duplex Beinarterien {s}", "nl": "Duplex beenarterien {s}", "it": "Ecocolordoppler arterioso arti inferiori {s}",
                      "es": "ECO-DOPPLER ARTERIAL MMII {s}", "pt": "Doppler arterial de membro inferior {s}", "pl": "USG Doppler tętnic kończyny dolnej {s}",
                      "sv": "UL artärer ben {s}", "tr": "{s} alt ekstremite arteriyel doppler"}, LEG_DUPLEX,
     "leg arterial duplex: common femoral (groin) to tibial arteries", ["CFA", "SFA", "POP A", "ATA", "PTA", "DP"]),
    ("venous_arm", {"en": "US VENOUS DUPLEX UPPER EXTREMITY {s}", "gb": "US Doppler arm veins {s}", "fr": "Écho-doppler veineux membre supérieur {s}",
                    "de": "Duplex Armvenen {s}", "nl": "Duplex armvenen {s}", "it": "Ecocolordoppler venoso arto superiore {s}",
                    "es": "ECO-DOPPLER VENOSO MIEMBRO SUPERIOR {s}", "pt": "Doppler venoso de membro superior {s}", "pl": "USG Doppler żył kończyny górnej {s}",
                    "sv": "UL DVT arm {s}", "tr": "{s} üst ekstremite venöz doppler"}, ARM_DUPLEX,
     "arm venous duplex: subclavian/axillary to forearm veins", ["Axillary V", "Brachial V", "Basilic", "Cephalic"]),
    ("fistula", {"en": "US DIALYSIS FISTULA {s}", "gb": "US AV fistula {s}", "fr": "Écho-doppler FAV {s}", "de": "Shuntsono {s}",
                 "nl": "Duplex AV-shunt {s}", "it": "Ecocolordoppler FAV {s}", "es": "ECO-DOPPLER FAVI {s}", "pt": "Doppler de FAV {s}",
                 "pl": "USG Doppler przetoki dializacyjnej {s}", "sv": "UL dialysfistel {s}", "tr": "{s} AV fistül doppler"},
     ["ARM", "ELBOW", "FOREARM"], "dialysis access: arm, elbow and forearm", ["Anastomosis", "Outflow vein", "Inflow artery"]),
]
VASC_UNSIDED = [
    ("carotid", {"en": "US CAROTID DUPLEX BILAT", "gb": "US Carotid Doppler", "fr": "Écho-doppler des TSA", "de": "Duplex extrakranielle Gefäße",
                 "nl": "Duplex carotiden", "it": "Ecocolordoppler TSA", "es": "ECO-DOPPLER DE TSA", "pt": "Doppler de carótidas e vertebrais",
                 "pl": "USG Doppler tętnic szyjnych", "sv": "UL halskärl", "tr": "Karotis vertebral doppler"}, ["NECK"],
     "carotid duplex: neck", ["CCA R", "ICA R", "ECA L", "ICA L", "VA L", "Bulb R", "CCA L"]),
    ("aaa", {"en": "US AORTA ABD (AAA)", "gb": "US Aorta (AAA surveillance)", "fr": "Écho aorte abdominale", "de": "Sono Aorta abdominalis",
             "nl": "Echo aorta abdominalis", "it": "Eco aorta addominale", "es": "ECO AORTA ABDOMINAL", "pt": "US de aorta abdominal",
             "pl": "USG aorty brzusznej", "sv": "UL aorta buk", "tr": "Abdominal aorta doppler"}, ["ABDOMEN"], "abdominal aorta", ["Aorta prox", "Aorta mid", "Aorta dist"]),
    ("renal", {"en": "US RENAL ARTERY DUPLEX", "gb": "US Renal artery Doppler", "fr": "Écho-doppler artères rénales", "de": "Duplex Nierenarterien",
               "nl": "Duplex nierarterien", "it": "Ecocolordoppler arterie renali", "es": "ECO-DOPPLER ARTERIAS RENALES", "pt": "Doppler de artérias renais",
               "pl": "USG Doppler tętnic nerkowych", "sv": "UL njurartärer", "tr": "Renal arter doppler"}, ["ABDOMEN"], "renal arteries", ["RRA", "LRA", "Kidney"]),
    ("tcd", {"en": "TRANSCRANIAL DOPPLER", "gb": "Transcranial Doppler", "fr": "Doppler transcrânien", "de": "TCD transkraniell",
             "nl": "Transcraniële doppler", "it": "Doppler transcranico", "es": "DOPPLER TRANSCRANEAL", "pt": "Doppler transcraniano",
             "pl": "Doppler przezczaszkowy", "sv": "Transkraniell doppler", "tr": "Transkraniyal doppler"}, ["HEAD"], "transcranial: head", ["MCA R", "MCA L", "BA"]),
    ("venous_both", {"en": "US VENOUS DUPLEX LOWER EXTREMITY BILAT", "gb": "US Doppler leg veins bilateral", "fr": "Écho-doppler veineux MI bilatéral",
                     "de": "Duplex Beinvenen bds.", "nl": "Duplex beenvenen beiderzijds", "it": "Ecocolordoppler venoso arti inferiori bilaterale",
                     "es": "ECO-DOPPLER VENOSO MMII BILATERAL", "pt": "Doppler venoso de membros inferiores bilateral", "pl": "USG Doppler żył kończyn dolnych obustronnie",
                     "sv": "UL DVT ben bilat", "tr": "Bilateral alt ekstremite venöz doppler"}, LEG_DUPLEX, "both legs, groin to calf", ["Both legs", "CFV", "Pop V"]),
]
SEG_LABEL = {"CFV": ["THIGH"], "SFV prox": ["THIGH"], "SFV mid": ["THIGH"], "Pop V": ["KNEE"], "PTV": ["LEG"], "Peroneal v": ["LEG"],
             "GSV": LEG_DUPLEX, "CFA": ["THIGH"], "SFA": ["THIGH"], "POP A": ["KNEE"], "ATA": ["LEG"], "PTA": ["LEG"], "DP": ["FOOT"],
             "Axillary V": ["SHOULDER"], "Brachial V": ["ARM"], "Basilic": ["ARM", "ELBOW", "FOREARM"], "Cephalic": ["ARM", "ELBOW", "FOREARM"],
             "Anastomosis": ["FOREARM"], "Outflow vein": ["FOREARM", "ELBOW", "ARM"], "Inflow artery": ["FOREARM"],
             "Both legs": LEG_DUPLEX}


def us_vascular(site):
    lang = lang_of(site)
    s = []
    if chance(0.6):
        key, names, labels, why, segs = pick(VASC)
        side = side_of()
        sd = names[lang].replace("{s}", sideword(lang, side, "m" if lang != "pl" else "f")).strip()
        s.append(ser(site, "US", pick([sd, "Duplex", "Venous", "Arterial", "Doppler"]) if key != "fistula" else pick([sd, "Shunt", "Fistula"]),
                     labels, side, why, bpe=default_bpe(labels), vague=True, **us_meta(site)))
        s[-1]["vague"] = s[-1]["meta"]["SeriesDescription"] != sd
        for seg in R.sample(segs, R.randrange(1, 3)):
            sl = SEG_LABEL[seg]
            s.append(ser(site, "US", seg, sl, side, f"one segment clip: {seg} (side from study)", vague=True,
                         bpe=default_bpe(sl)))
    else:
        key, names, labels, why, segs = pick(VASC_UNSIDED)
        sd = names[lang]
        lat = "B" if key == "venous_both" else None
        s.append(ser(site, "US", pick([sd, "Duplex", "Doppler", sd]), labels, lat, why, bpe=default_bpe(labels)))
        s[-1]["vague"] = s[-1]["meta"]["SeriesDescription"] != sd
        for seg in R.sample(segs, R.randrange(1, 3)):
            sl = SEG_LABEL.get(seg, labels)
            why2 = f"segment clip {seg} of the {key} exam" + (": side word but the neck/head has no laterality" if key in ("carotid", "tcd") else "")
            s.append(ser(site, "US", seg, sl, lat if set(sl) & SIDED else None, why2, vague=True, bpe=default_bpe(sl)))
    if chance(0.5):
        s.append(empty_page(site, "US", "worksheet"))
    return study(sd, "vascular-lab", s, k=pick([1, 2]), ctx=0.45)


APPX = {"en": "US APPENDIX", "gb": "US Appendix (RIF)", "fr": "Écho appendice", "de": "Sono Appendizitis-Frage", "nl": "Echo appendix",
        "it": "Eco addome - appendicite", "es": "ECOGRAFÍA APENDICULAR", "pt": "US de apêndice", "pl": "USG wyrostka robaczkowego",
        "sv": "UL appendicit", "tr": "Apandisit USG"}
PYL = {"en": ["US PYLORUS", "US INTUSSUSCEPTION"], "gb": ["US Pylorus", "US Intussusception"], "fr": ["Écho pylore", "Écho invagination"],
       "de": ["Sono Pylorus", "Sono Invagination"], "nl": ["Echo pylorus", "Echo invaginatie"], "it": ["Eco piloro", "Eco invaginazione"],
       "es": ["ECO PÍLORO", "ECO INVAGINACIÓN"], "pt": ["US piloro", "US intussuscepção"], "pl": ["USG odźwiernika", "USG wgłobienie"],
       "sv": ["UL pylorus", "UL invagination"], "tr": ["Pilor USG", "İnvajinasyon USG"]}
HIPUS = {"en": "US HIP INFANT", "gb": "US Hip (effusion)", "fr": "Écho hanche", "de": "Sono Hüfte", "nl": "Echo heup", "it": "Eco anca",
         "es": "ECO CADERA", "pt": "US de quadril", "pl": "USG stawu biodrowego", "sv": "UL höft", "tr": "Kalça USG"}
SCROT = {"en": "US SCROTUM W DOPPLER", "gb": "US Testes", "fr": "Écho-doppler testiculaire", "de": "Sono Hoden", "nl": "Echo testis",
         "it": "Ecocolordoppler testicolare", "es": "ECO-DOPPLER TESTICULAR", "pt": "US de bolsa escrotal com Doppler", "pl": "USG jąder",
         "sv": "UL testis", "tr": "Skrotal doppler USG"}


def us_general(site, paeds=False):
    lang = lang_of(site)
    r = R.random()
    strat = "ed-paeds" if paeds else "us-general"
    if paeds:
        kind = pick(["appx", "pyl", "hip", "appx"])
    else:
        kind = pick(["abdomen", "abdomen", "abdpel", "kidneys", "appx", "thyroid", "neck", "scrotum", "pelvis", "softknee", "achilles", "shoulder"])
    side = None
    if kind == "appx":
        sd, labels, why = APPX[lang], AP, "appendix US: right iliac fossa and pelvis"
    elif kind == "pyl":
        i = R.randrange(2)
        sd, labels, why = PYL[lang][i], ["ABDOMEN"], ["pylorus: abdomen", "intussusception: abdomen"][i]
    elif kind == "hip":
        side = pick(["L", "R", "B"])
        sd = HIPUS[lang] + " " + sideword(lang, side, "f" if lang in ("fr", "it", "es") else "m")
        labels, why = ["HIP"], "hip effusion US"
    elif kind == "scrotum":
        sd, labels, why = SCROT[lang], ["PELVIS"], "scrotal US: PELVIS (set convention)"
    elif kind in ("softknee", "achilles", "shoulder"):
        side = side_of()
        key = {"softknee": "knee", "achilles": "ankle", "shoulder": "shoulder"}[kind]
        sd = us_name(site, key, side)
        labels, why = LIMB[key], f"{key} US"
    else:
        key = {"abdomen": "abdomen", "abdpel": "abdpel", "kidneys": "kidneys", "thyroid": "thyroid", "neck": "neck", "pelvis": "pelvis"}[kind]
        sd = us_name(site, key)
        labels, why = AXIAL[key], f"{key} US"
        if kind == "abdomen" and lang == "pt" and "total" in sd:
            labels = AP
    vague_names = ["General", "Gen", "Series 1", "Images"] + (
        ["Abdomen", "Abd"] if set(labels) <= {"ABDOMEN", "PELVIS"} else ["Small parts", "MSK"] if side or kind == "hip" else ["Small parts"])
    bpe = {"hip": BPE["hip"], "scrotum": ["SCROTUM", "PELVIS", None], "softknee": BPE["knee"], "achilles": BPE["ankle"],
           "shoulder": BPE["shoulder"]}.get(kind) or BPE.get(kind, ["ABDOMEN", None])
    s = [ser(site, "US", pick([sd, pick(vague_names)]), labels, side, why, bpe=bpe, **us_meta(site))]
    s[0]["vague"] = s[0]["meta"]["SeriesDescription"] != sd
    if chance(0.35):
        s.append(ser(site, "US", pick(vague_names), labels, side, why + " (second clip)", vague=True))
    if chance(0.2):
        s.append(empty_page(site, "US", "worksheet"))
    return study(sd, strat, s, k=1, ctx=0.35)


# ---------------------------------------------------------------- breast
MGSCR = {"en": ["MAMMO SCREENING BILAT W TOMO", "SCREENING MAMMOGRAM BILATERAL"], "gb": ["Mammography bilateral (screening)", "Symptomatic mammograms bilateral"],
         "fr": ["Mammographie de dépistage bilatérale", "Mammo bilat."], "de": ["Mammographie bds.", "Mammographie beidseits 2 Eb."],
         "nl": ["Mammografie beiderzijds", "Mammografie bdz"], "it": ["Mammografia bilaterale", "Mammografia bilaterale con tomosintesi"],
         "es": ["MAMOGRAFÍA BILATERAL", "MAMOGRAFÍA DE CRIBADO"], "pt": ["Mamografia bilateral", "Mamografia digital bilateral"],
         "pl": ["Mammografia obu piersi", "Mammografia obustronna"], "sv": ["Mammografi screening", "Mammografi bilat"], "tr": ["Bilateral mamografi", "Mamografi tarama"]}
MGDX = {"en": "MAMMO DIAGNOSTIC {s}", "gb": "Mammogram {s}", "fr": "Mammographie diagnostique {s}", "de": "Mammographie {s}",
        "nl": "Mammografie {s}", "it": "Mammografia {s}", "es": "MAMOGRAFÍA {s}", "pt": "Mamografia {s}", "pl": "Mammografia piersi {s}",
        "sv": "Mammografi {s}", "tr": "{s} mamografi"}


def mg(site):
    lang = lang_of(site)
    diag = chance(0.25)
    tomo = chance(0.3)
    if diag:
        side = side_of()
        sd = MGDX[lang].replace("{s}", sideword(lang, side, "f")).strip()
        views = [(side, "CC"), (side, "MLO")] + ([(side, pick(["ML", "XCCL", "Spot"]))] if chance(0.4) else [])
    else:
        sd = pick(MGSCR[lang])
        views = [("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]
    if not diag and chance(0.12):
        # one series holding all four views
        s = [ser(site, "MG", pick(["Screening", "MG 4 views", sd]), ["BREAST"], "B", "one series with both breasts' views",
                 bpe="BREAST")]
        return study(sd, "breast", s, ctx=0)
    s = []
    for sd_side, v in views:
        desc = pick([f"{sd_side} {v}", f"{sd_side}{v}", f"{v} {sd_side}", v, f"{sd_side} {v} Tomo" if tomo else f"{sd_side} {v}"])
        extra = {"ImageLaterality": sd_side, "ViewPosition": v if v in ("CC", "MLO", "ML", "XCCL") else None}
        if chance(0.3):
            extra["Laterality"] = sd_side
        if chance(0.25):
            extra["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
        s.append(ser(site, "MG", desc, ["BREAST"], sd_side, f"mammography view {sd_side} {v}", bpe="BREAST", vague=desc == v, **extra))
    return study(sd, "breast", s, k=pick([1, 2]), ctx=0.4)


def us_breast(site):
    lang = lang_of(site)
    side = pick(["L", "R", "L", "R", "B"])
    sd = us_name(site, "breast", side)
    if side == "B" and chance(0.5):
        sd = {"en": "US BREAST BILAT", "de": "Mammasonographie bds.", "fr": "Échographie mammaire bilatérale"}.get(lang, sd)
    desc = pick([sd, "Breast", "Small parts", sd])
    s = [ser(site, "US", desc, ["BREAST"], side, "breast US" + (", both sides" if side == "B" else f", side {side}"),
             bpe=["BREAST", None], vague=desc != sd)]
    if side != "B" and chance(0.4):
        s.append(ser(site, "US", pick([f"{sideword('en', side)} 2:00 4cmFN", f"{sideword('en', side)} BREAST 10:00", "Axilla " + sideword("en", side)]),
                     ["BREAST"], side, "breast/axilla clip with side and clock position", vague=True))
    return study(sd, "breast", s, ctx=0.3)


# ---------------------------------------------------------------- nuclear medicine and PET
NM_EX = [
    ("bone", WB, "NM", {"en": "NM BONE SCAN WHOLE BODY", "gb": "NM Bone scan whole body", "fr": "Scintigraphie osseuse corps entier",
                        "de": "Skelettszintigraphie Ganzkörper", "nl": "Skeletscintigrafie", "it": "Scintigrafia ossea total body",
                        "es": "GAMMAGRAFÍA ÓSEA CORPORAL TOTAL", "pt": "Cintilografia óssea de corpo inteiro", "pl": "Scyntygrafia kośćca",
                        "sv": "Skelettscintigrafi helkropp", "tr": "Tüm vücut kemik sintigrafisi"},
     [("WB Anterior", WB), ("WB Posterior", WB), ("Whole Body", WB), ("Spot Pelvis", ["PELVIS"]), ("Spot Thorax", ["CHEST"])]),
    ("vq", ["CHEST"], "NM", {"en": "NM LUNG VENTILATION PERFUSION", "gb": "NM V/Q scan", "fr": "Scintigraphie pulmonaire V/Q",
                             "de": "Lungenszintigraphie V/Q", "nl": "Longscintigrafie V/Q", "it": "Scintigrafia polmonare V/Q",
                             "es": "GAMMAGRAFÍA PULMONAR V/Q", "pt": "Cintilografia pulmonar V/Q", "pl": "Scyntygrafia perfuzyjna płuc",
                             "sv": "Lungscintigrafi V/P", "tr": "Akciğer perfüzyon sintigrafisi"},
     [("Perfusion", ["CHEST"]), ("Ventilation", ["CHEST"]), ("Q SPECT", ["CHEST"]), ("V SPECT", ["CHEST"])]),
    ("mpi", ["CHEST"], "NM", {"en": "NM MYOCARDIAL PERFUSION SPECT STRESS/REST", "gb": "NM Myocardial perfusion", "fr": "Scintigraphie myocardique",
                              "de": "Myokardszintigraphie", "nl": "Myocardperfusiescintigrafie", "it": "Scintigrafia miocardica",
                              "es": "SPECT DE PERFUSIÓN MIOCÁRDICA", "pt": "Cintilografia de perfusão miocárdica", "pl": "Scyntygrafia perfuzyjna mięśnia sercowego",
                              "sv": "Myokardscintigrafi", "tr": "Miyokard perfüzyon sintigrafisi"},
     [("Stress", ["CHEST"]), ("Rest", ["CHEST"]), ("Gated SPECT", ["CHEST"]), ("STRESS_IRAC", ["CHEST"])]),
    ("thyroid", ["NECK"], "NM", {"en": "NM THYROID SCAN", "gb": "NM Thyroid", "fr": "Scintigraphie thyroïdienne", "de": "Schilddrüsenszintigraphie",
                                 "nl": "Schildklierscintigrafie", "it": "Scintigrafia tiroidea", "es": "GAMMAGRAFÍA TIROIDEA", "pt": "Cintilografia de tireoide",
                                 "pl": "Scyntygrafia tarczycy", "sv": "Tyreoideascintigrafi", "tr": "Tiroid sintigrafisi"},
     [("Thyroid ANT", ["NECK"]), ("Pinhole", ["NECK"]), ("Static", ["NECK"])]),
    ("renal", ["ABDOMEN"], "NM", {"en": "NM RENAL SCAN MAG3", "gb": "NM MAG3 renogram", "fr": "Scintigraphie rénale MAG3", "de": "Nierenszintigraphie MAG3",
                                  "nl": "Renografie MAG3", "it": "Scintigrafia renale sequenziale", "es": "RENOGRAMA MAG3", "pt": "Cintilografia renal dinâmica",
                                  "pl": "Scyntygrafia dynamiczna nerek", "sv": "Renografi MAG3", "tr": "Dinamik böbrek sintigrafisi"},
     [("Dynamic", ["ABDOMEN"]), ("Renogram", ["ABDOMEN"]), ("Post void", ["ABDOMEN"])]),
    ("hida", ["ABDOMEN"], "NM", {"en": "NM HEPATOBILIARY HIDA", "gb": "NM HIDA", "fr": "Scintigraphie hépatobiliaire", "de": "Hepatobiliäre Szintigraphie",
                                 "nl": "Hepatobiliaire scintigrafie", "it": "Scintigrafia epatobiliare", "es": "GAMMAGRAFÍA HEPATOBILIAR",
                                 "pt": "Cintilografia hepatobiliar", "pl": "Scyntygrafia wątroby i dróg żółciowych", "sv": "Gallvägsscintigrafi",
                                 "tr": "Hepatobiliyer sintigrafi"}, [("Dynamic 60 min", ["ABDOMEN"]), ("Delayed", ["ABDOMEN"])]),
    ("gibleed", AP, "NM", {"en": "NM GI BLEED SCAN", "gb": "NM Red cell GI bleed", "fr": "Scintigraphie aux hématies marquées (saignement digestif)",
                           "de": "Blutungsszintigraphie", "nl": "Bloedingsscintigrafie", "it": "Scintigrafia per sanguinamento GI",
                           "es": "GAMMAGRAFÍA DE SANGRADO DIGESTIVO", "pt": "Cintilografia para hemorragia digestiva", "pl": "Scyntygrafia krwawienia z przewodu pokarmowego",
                           "sv": "Blödningsscintigrafi", "tr": "GİS kanama sintigrafisi"}, [("Dynamic abd", AP), ("Static", AP)]),
    ("pet", WB, "PT", {"en": "PET/CT SKULL BASE TO MID THIGH", "gb": "PET-CT FDG half body", "fr": "TEP-TDM FDG", "de": "FDG-PET/CT Ganzkörper",
                       "nl": "FDG PET/CT", "it": "PET/TC FDG total body", "es": "PET-TC FDG", "pt": "PET-CT FDG", "pl": "PET/CT FDG",
                       "sv": "FDG-PET/DT", "tr": "FDG PET/BT tüm vücut"},
     [("PET WB AC", WB), ("PET NAC", WB), ("MIP", WB), ("CT AC 3.75mm", WB), ("WB 3D MAC", WB), ("PET AC 2mm", WB)]),
]
NM_BPE = {"bone": ["WHOLEBODY", "WHOLEBODY", "SKELETON", "CHEST"], "vq": ["LUNG", "CHEST"], "mpi": ["HEART", "CHEST"], "thyroid": ["THYROID", "NECK"],
          "renal": ["KIDNEY", "ABDOMEN"], "hida": ["LIVER", "ABDOMEN"], "gibleed": ["ABDOMEN"], "pet": ["WHOLEBODY", "ABDOMEN", "LUNG", "CHEST"]}


def nm(site, pet=False):
    lang = lang_of(site)
    kinds = [x for x in NM_EX if (x[2] == "PT") == pet]
    key, labels, mod, names, series = pick(kinds)
    sd = names[lang]
    s = []
    for desc, lab in R.sample(series, min(len(series), R.randrange(2, 4))):
        m = "CT" if desc.startswith("CT AC") else mod
        why = {"bone": "whole-body bone scan", "pet": "PET/CT skull base to thigh: whole body"}.get(key, f"{key} scintigraphy")
        if lab != labels:
            why = f"bone scan spot view of one region"
        s.append(ser(site, m, desc, lab, None, why, bpe=NM_BPE[key], vague=True, vkey="NM" if m == "NM" else None))
    if key == "pet":
        s.append(empty_page(site, "CT", "dose"))
    return study(sd, "nm", s, k=1, ctx=0.5)


# ---------------------------------------------------------------- interventional and fluoroscopy
IR = [
    ("thrombectomy", ["HEAD"], None, {"en": "IR CEREBRAL ANGIO THROMBECTOMY", "de": "Mechanische Thrombektomie", "fr": "Thrombectomie mécanique",
                                      "es": "TROMBECTOMÍA MECÁNICA", "nl": "Trombectomie IAT", "sv": "Trombektomi"},
     ["ICA {s} AP", "ICA {s} LAT", "Roadmap", "DSA 2fps", "Post TICI"], "neuro-DSA runs of the intracranial arteries"),
    ("coronary", ["CHEST"], None, {"en": "CARDIAC CATH CORONARY ANGIO", "de": "Koronarangiographie", "fr": "Coronarographie",
                                   "es": "CORONARIOGRAFÍA", "pt": "Cateterismo cardíaco", "nl": "CAG", "it": "Coronarografia",
                                   "pl": "Koronarografia", "sv": "Kranskärlsröntgen", "tr": "Koroner anjiyografi"},
     ["LCA LAO 30", "RCA RAO", "LV gram", "Cine 15fps"], "coronary angiography: chest"),
    ("runoff", RUNOFF, "B", {"en": "IR ANGIO AORTA BILAT LE RUNOFF", "de": "DSA Becken-Bein bds.", "fr": "Artériographie des membres inférieurs",
                             "es": "ARTERIOGRAFÍA DE MMII", "pt": "Arteriografia de membros inferiores", "nl": "DSA aorta-benen"},
     ["Stepping DSA", "Bolus chase", "Runoff stepping", "DSA Stepping table"], "aorta-to-feet run-off angiography (stepping run)"),
    ("sfa", ["THIGH", "KNEE"], "side", {"en": "IR SFA ANGIOPLASTY {s}", "de": "PTA AFS {s}", "fr": "Angioplastie fémorale {s}",
                                         "es": "ANGIOPLASTIA FEMORAL SUPERFICIAL {s}", "nl": "PTA AFS {s}", "sv": "PTA femoralis {s}"},
     ["Run 1", "Pre PTA", "Post PTA", "Roadmap"], "superficial femoral artery angioplasty: thigh to knee"),
    ("ufe", ["PELVIS"], None, {"en": "IR UTERINE FIBROID EMBOLIZATION", "de": "Myomembolisation", "fr": "Embolisation utérine",
                               "es": "EMBOLIZACIÓN DE MIOMAS", "pt": "Embolização de miomas", "nl": "Embolisatie uterus"},
     ["Uterine a L", "Uterine a R", "Post embo", "DSA"], "uterine artery embolisation: pelvis"),
    ("tace", ["ABDOMEN"], None, {"en": "IR HEPATIC CHEMOEMBOLIZATION", "de": "TACE Leber", "fr": "Chimioembolisation hépatique",
                                  "es": "QUIMIOEMBOLIZACIÓN HEPÁTICA", "pt": "Quimioembolização hepática", "it": "TACE epatica", "nl": "TACE lever"},
     ["Celiac", "SMA", "RHA", "Post embo", "Cone beam"], "hepatic chemoembolisation: abdomen"),
    ("gibleed", ["ABDOMEN"], None, {"en": "IR MESENTERIC ANGIO EMBOLIZATION", "de": "Mesenterikographie Embolisation", "fr": "Artériographie mésentérique",
                                     "es": "ARTERIOGRAFÍA MESENTÉRICA", "it": "Angiografia mesenterica", "pl": "Angiografia tętnic krezkowych"},
     ["SMA", "IMA", "Celiac", "Coil"], "mesenteric angiography/embolisation: abdomen"),
    ("splenic", ["ABDOMEN"], None, {"en": "IR SPLENIC ARTERY EMBOLIZATION TRAUMA", "de": "Milzarterienembolisation", "es": "EMBOLIZACIÓN ESPLÉNICA",
                                     "pt": "Embolização esplênica", "fr": "Embolisation splénique"},
     ["Splenic a", "Celiac", "Post coil"], "splenic embolisation: abdomen"),
    ("picc", ["CHEST"], None, {"en": "IR PICC PLACEMENT", "de": "PICC-Anlage", "fr": "Pose de PICC line", "es": "COLOCACIÓN PICC",
                               "pt": "Implante de PICC", "nl": "PICC-lijn plaatsing", "it": "Posizionamento PICC", "pl": "Założenie PICC",
                               "sv": "PICC-inläggning", "tr": "PICC yerleştirme"},
     ["Tip position", "Fluoro", "Spot chest", "Last image hold"], "PICC tip check in the chest"),
    ("port", ["CHEST"], None, {"en": "IR PORT PLACEMENT CHEST", "de": "Portimplantation", "fr": "Pose de chambre implantable",
                               "es": "IMPLANTACIÓN RESERVORIO", "pt": "Implante de cateter totalmente implantável", "nl": "PAC plaatsing",
                               "it": "Posizionamento port-a-cath", "pl": "Implantacja portu", "sv": "Subkutan venport", "tr": "Port kateter"},
     ["Fluoro", "Final", "Spot", "LIH"], "port placement fluoroscopy of the chest"),
    ("tips", ["ABDOMEN"], None, {"en": "IR TIPS", "de": "TIPS-Anlage", "fr": "TIPS", "es": "TIPS", "pt": "TIPS", "nl": "TIPS"},
     ["Portogram", "Post TIPS", "Pressure", "Run 3"], "TIPS: liver (abdomen)"),
    ("nephrostomy", ["ABDOMEN"], None, {"en": "IR NEPHROSTOMY {s}", "de": "Nephrostomie {s}", "fr": "Néphrostomie {s}",
                                         "es": "NEFROSTOMÍA {s}", "pt": "Nefrostomia {s}", "nl": "Nefrostomie {s}", "it": "Nefrostomia {s}",
                                         "pl": "Nefrostomia {s}", "sv": "Nefrostomi {s}", "tr": "{s} nefrostomi"},
     ["Antegrade pyelogram", "Fluoro", "Final"], "nephrostomy: kidney (abdomen); the kidney side carries no laterality"),
    ("ptc", ["ABDOMEN"], None, {"en": "IR PTC BILIARY DRAIN", "de": "PTCD", "fr": "Drainage biliaire percutané", "es": "CPTH DRENAJE BILIAR",
                                "pt": "Drenagem biliar percutânea", "it": "PTBD"}, ["Cholangiogram", "Fluoro", "Final"], "biliary drainage: abdomen"),
    ("fistulogram", ["ARM", "ELBOW", "FOREARM"], "side", {"en": "IR DIALYSIS FISTULOGRAM {s}", "de": "Shuntographie {s}",
                                                          "fr": "Fistulographie FAV {s}", "es": "FISTULOGRAFÍA {s}", "nl": "Shuntografie {s}"},
     ["Fistulogram", "Run 1", "Post PTA"], "dialysis fistulogram: arm, elbow and forearm"),
]
RF_EX = [
    ("swallow", ["NECK", "CHEST"], None, {"en": "FL ESOPHAGRAM", "gb": "Barium swallow", "fr": "TOGD", "de": "Ösophagusbreischluck",
                                          "nl": "Slikfoto", "it": "RX esofago con mdc", "es": "ESOFAGOGRAMA", "pt": "Esofagografia",
                                          "pl": "RTG przełyku z kontrastem", "sv": "Esofagusröntgen", "tr": "Özofagus pasaj grafisi"},
     "oesophagram: pharynx/neck and thoracic oesophagus"),
    ("ugi", ["ABDOMEN"], None, {"en": "FL UPPER GI", "gb": "Barium meal", "fr": "Transit oeso-gastro-duodénal", "de": "MDP",
                                "nl": "Maag-duodenum passage", "it": "RX tubo digerente prime vie", "es": "TRÁNSITO ESOFAGOGASTRODUODENAL",
                                "pt": "REED", "pl": "RTG żołądka", "sv": "Ventrikelröntgen", "tr": "Mide duodenum grafisi"},
     "upper GI: stomach/duodenum"),
    ("enema", AP, None, {"en": "FL CONTRAST ENEMA", "gb": "Water soluble contrast enema", "fr": "Lavement opaque", "de": "Kolon-Kontrasteinlauf",
                         "nl": "Colon inloop", "it": "Clisma opaco", "es": "ENEMA OPACO", "pt": "Enema opaco", "pl": "Wlew kontrastowy",
                         "sv": "Kolonröntgen", "tr": "Kolon grafisi"}, "contrast enema: colon"),
    ("vcug", AP, None, {"en": "FL VOIDING CYSTOURETHROGRAM", "gb": "MCUG", "fr": "Cystographie mictionnelle", "de": "MCU",
                        "nl": "MCUG", "it": "Cistouretrografia minzionale", "es": "CUMS", "pt": "Uretrocistografia miccional",
                        "pl": "Cystografia mikcyjna", "sv": "MUCG", "tr": "İşeme sistoüretrografi"}, "voiding cystourethrogram (bladder and reflux to the kidneys)"),
    ("hsg", ["PELVIS"], None, {"en": "FL HYSTEROSALPINGOGRAM", "gb": "HSG", "fr": "Hystérosalpingographie", "de": "Hysterosalpingographie",
                               "nl": "HSG", "it": "Isterosalpingografia", "es": "HISTEROSALPINGOGRAFÍA", "pt": "Histerossalpingografia",
                               "pl": "HSG", "sv": "Hysterosalpingografi", "tr": "Histerosalpingografi"}, "HSG: pelvis"),
    ("ercp", ["ABDOMEN"], None, {"en": "ERCP", "de": "ERCP", "fr": "CPRE", "es": "CPRE", "pt": "CPRE", "it": "ERCP", "nl": "ERCP",
                                 "pl": "ECPW", "sv": "ERCP", "tr": "ERCP", "gb": "ERCP"}, "ERCP: biliary tree"),
    ("dhs", ["HIP"], "side", {"en": "FL INTRAOP HIP {s}", "gb": "Theatre DHS {s}", "fr": "Scopie bloc hanche {s}", "de": "DL intraop Hüfte {s}",
                              "nl": "Doorlichting OK heup {s}", "it": "Scopia sala operatoria anca {s}", "es": "ESCOPIA QUIRÓFANO CADERA {s}",
                              "pt": "Radioscopia intraoperatória quadril {s}", "pl": "Fluoroskopia śródoperacyjna stawu biodrowego {s}",
                              "sv": "Genomlysning op höft {s}", "tr": "{s} kalça skopi ameliyathane"}, "intra-operative hip fixation"),
    ("orif_ankle", ["ANKLE"], "side", {"en": "FL INTRAOP ANKLE {s}", "gb": "Theatre ankle ORIF {s}", "fr": "Scopie bloc cheville {s}",
                                       "de": "DL intraop OSG {s}", "nl": "Doorlichting OK enkel {s}", "it": "Scopia sala operatoria caviglia {s}",
                                       "es": "ESCOPIA QUIRÓFANO TOBILLO {s}", "pt": "Radioscopia intraoperatória tornozelo {s}",
                                       "pl": "Fluoroskopia śródoperacyjna stawu skokowego {s}", "sv": "Genomlysning op fotled {s}",
                                       "tr": "{s} ayak bileği skopi"}, "intra-operative ankle fixation"),
    ("orif_wrist", ["WRIST"], "side", {"en": "FL INTRAOP WRIST {s}", "gb": "Theatre wrist MUA {s}", "fr": "Scopie bloc poignet {s}",
                                       "de": "DL intraop Handgelenk {s}", "nl": "Doorlichting OK pols {s}", "it": "Scopia polso {s}",
                                       "es": "ESCOPIA MUÑECA {s}", "pt": "Radioscopia punho {s}", "pl": "Fluoroskopia nadgarstka {s}",
                                       "sv": "Genomlysning handled {s}", "tr": "{s} el bileği skopi"}, "intra-operative wrist/distal radius fixation"),
    ("lp", ["LSPINE"], None, {"en": "FL LUMBAR PUNCTURE", "gb": "Fluoroscopic lumbar puncture", "fr": "Ponction lombaire sous scopie",
                              "de": "Lumbalpunktion unter DL", "nl": "Lumbaalpunctie onder doorlichting", "it": "Rachicentesi sotto scopia",
                              "es": "PUNCIÓN LUMBAR CON ESCOPIA", "pt": "Punção lombar guiada", "pl": "Punkcja lędźwiowa pod kontrolą RTG",
                              "sv": "Lumbalpunktion genomlysning", "tr": "Skopi eşliğinde lomber ponksiyon"}, "lumbar puncture: lumbar spine"),
]
FLUORO_NAMES = ["Fluoro", "Image 1", "Spot", "LIH", "Single shot", "Fluoro Store", "Series 2", "Durchleuchtung" , "Scopie", "Run 2"]


def ir_xa(site):
    lang = lang_of(site)
    key, labels, lat, names, runs, why = pick(IR)
    side = side_of() if lat == "side" else ("B" if lat == "B" else None)
    tpl = names.get(lang) or names["en"]
    kidney_side = side_of() if "{s}" in tpl and side is None else None
    sd = tpl.replace("{s}", sideword(lang if lang in names else "en", side or kidney_side, "m")).strip()
    mod = "XA" if "XA" in SITES[site]["vend"] else "RF"
    s = []
    for run in R.sample(runs, min(len(runs), R.randrange(2, 4))):
        desc = run.replace("{s}", sideword("en", side_of()))
        extra = {"ImageType": pick(["ORIGINAL\\PRIMARY\\SINGLE PLANE", "DERIVED\\PRIMARY\\BIPLANE A", None])}
        if chance(0.2):
            extra["PerformedProcedureStepDescription"] = sd
        s.append(ser(site, mod, desc, labels, side, why + " (run named by vessel/phase: study says the territory)", vague=True, vkey="XA",
                     bpe=default_bpe(labels), **extra))
    return study(sd, "ir", s, k=pick([1, 2]), ctx=0.6)


def ir_guided(site):
    """US- or CT-guided procedures."""
    lang = lang_of(site)
    kind = pick(["lung_bx", "liver_bx", "thyroid_fna", "bone_bx", "abscess_drain", "picc_us"])
    if kind == "lung_bx":
        sd = {"en": "CT GUIDED LUNG BIOPSY", "de": "CT-gesteuerte Lungenbiopsie", "fr": "Biopsie pulmonaire sous scanner", "nl": "CT-geleide longbiopsie",
              "es": "BIOPSIA PULMONAR GUIADA POR TC", "it": "Biopsia polmonare TC-guidata"}.get(lang, "CT GUIDED LUNG BIOPSY")
        labels, mod, why = ["CHEST"], "CT", "CT-guided lung biopsy: chest"
    elif kind == "liver_bx":
        sd = {"en": "US GUIDED LIVER BIOPSY", "de": "Sono-gesteuerte Leberpunktion", "fr": "Biopsie hépatique échoguidée", "es": "BIOPSIA HEPÁTICA ECOGUIADA",
              "pt": "Biópsia hepática guiada por US", "it": "Biopsia epatica ecoguidata", "pl": "Biopsja wątroby pod kontrolą USG"}.get(lang, "US GUIDED LIVER BIOPSY")
        labels, mod, why = ["ABDOMEN"], "US", "liver biopsy: abdomen"
    elif kind == "thyroid_fna":
        sd = {"en": "US THYROID FNA", "de": "Feinnadelpunktion Schilddrüse", "fr": "Cytoponction thyroïdienne", "es": "PAAF TIROIDES ECOGUIADA",
              "pt": "PAAF de tireoide", "it": "Agoaspirato tiroideo", "tr": "Tiroid İİAB", "pl": "BACC tarczycy"}.get(lang, "US THYROID FNA")
        labels, mod, why = ["NECK"], "US", "thyroid FNA: neck"
    elif kind == "bone_bx":
        sd = {"en": "CT GUIDED BONE BIOPSY ILIAC", "de": "CT-gesteuerte Beckenkammbiopsie", "fr": "Biopsie osseuse iliaque sous scanner"}.get(lang, "CT GUIDED ILIAC BONE BIOPSY")
        labels, mod, why = ["PELVIS"], "CT", "iliac bone biopsy: pelvis"
    elif kind == "abscess_drain":
        sd = {"en": "CT GUIDED ABSCESS DRAINAGE ABD", "de": "CT-gesteuerte Abszessdrainage Abdomen", "es": "DRENAJE PERCUTÁNEO ABSCESO ABDOMINAL",
              "nl": "CT-geleide abcesdrainage buik"}.get(lang, "CT GUIDED ABDOMINAL ABSCESS DRAINAGE")
        labels, mod, why = ["ABDOMEN"], "CT", "abdominal abscess drainage"
    else:
        side = side_of()
        sd = {"en": f"US GUIDED PICC {sideword('en', side)} ARM", "de": f"PICC-Anlage US-gesteuert Arm {sideword('de', side)}",
              "fr": f"PICC échoguidé bras {sideword('fr', side)}"}.get(lang, f"US GUIDED PICC {sideword('en', side)} ARM")
        s = [ser(site, "US", pick(["Basilic vein", "Vein access", "Needle guidance"]), ["ARM"], side,
                 "ultrasound of the upper-arm vein for PICC access", vague=True)]
        return study(sd, "ir", s, ctx=0)
    desc = pick(["Needle", "Biopsy", "Guidance", "Localizer" if mod == "CT" else "Clip 1", sd])
    s = [ser(site, mod, desc, labels, None, why, vague=desc != sd, bpe=default_bpe(labels))]
    if mod == "CT":
        s.append(scout(site, labels, why))
        s += dose_pages(site)
    return study(sd, "ir", s, ctx=0.5)


def rf(site):
    lang = lang_of(site)
    key, labels, lat, names, why = pick(RF_EX)
    side = side_of() if lat == "side" else None
    tpl = names.get(lang) or names["en"]
    fem = {"dhs": ("fr", "it", "es"), "orif_ankle": ("fr", "it"), "orif_wrist": ("es",)}.get(key, ())
    sd = tpl.replace("{s}", sideword(lang if lang in names else "en", side, "f" if lang in fem else "m")).strip()
    mod = "RF" if key not in ("dhs", "orif_ankle", "orif_wrist") or chance(0.5) else "XA"
    s = [ser(site, mod, pick(FLUORO_NAMES), labels, side, why + " (fluoro image; study names the exam)", vague=True, vkey="RF",
             bpe=default_bpe(labels))
         for _ in range(R.randrange(1, 3))]
    return study(sd, "fluoro" if key in ("swallow", "ugi", "enema", "vcug", "hsg", "ercp", "lp") else "theatre", s, k=1, ctx=0.45)


# ---------------------------------------------------------------- dental, DXA, pages without anatomy
DENT = {"en": "PANORAMIC", "gb": "OPG", "fr": "Panoramique dentaire", "de": "OPG", "nl": "OPT", "it": "Ortopantomografia",
        "es": "ORTOPANTOMOGRAFÍA", "pt": "Radiografia panorâmica", "pl": "Pantomogram", "sv": "Panoramaröntgen", "tr": "Panoramik grafi"}


def dental(site):
    lang = lang_of(site)
    r = R.random()
    if r < 0.55:
        sd = DENT[lang]
        s = [ser(site, "PX", pick([sd, "Panoramic", "PAN", "OPG"]), ["HEAD"], None, "panoramic dental film: jaws (head)", bpe=["JAW", "HEAD", "TEETH"],
                 vkey="PX")]
    elif r < 0.8:
        sd = pick(["Bitewings", "Intraoral", "Periapical 36"])
        s = [ser(site, "IO", pick(["BW R", "BW L", "PA 36", "Bitewing", "Periapical"]), ["HEAD"], None,
                 "intraoral dental film: teeth (head); side words but no laterality for the head", bpe=["TEETH", "JAW"], vkey="PX")]
    else:
        sd = {"de": "DVT Kiefer", "fr": "Cone beam maxillaire", "nl": "CBCT kaak"}.get(lang, "CBCT MAXILLOFACIAL")
        s = [ser(site, "CT", pick(["CBCT", "Volume", "DVT 8x8", "Vol 0.2"]), ["HEAD"], None,
             "cone-beam CT of the jaw (German DVT is a cone-beam CT, not a thrombosis)", bpe=["JAW", "HEAD"], vkey="PX")]
    return study(sd, "dental", s, ctx=0)


def dxa(site):
    side = side_of()
    s = [ser(site, "OT", "AP Spine", ["LSPINE"], None, "DXA lumbar spine", bpe=["LSPINE", "SPINE"], vague=False),
         ser(site, "OT", pick([f"{sideword('en', side).title()} Hip", f"Hip {sideword('en', side)}"]), ["HIP"], side, "DXA hip", bpe=["HIP"]),
         ser(site, "OT", pick(["DualFemur", "Dual Hip"]), ["HIP"], "B", "DXA both hips", bpe=["HIP"]),
         ser(site, "OT", pick(["Forearm", "1/3 Radius"]) + " " + sideword("en", side), ["FOREARM"], side, "DXA forearm"),
         ser(site, "OT", pick(["DXA Report", "Results", "Trend Report"]), [], None, "DXA results page: no anatomy")]
    sd = pick(["DXA BONE DENSITY AXIAL", "DEXA SCAN", "BONE DENSITOMETRY"])
    return study(sd, "dxa", R.sample(s, 3), k=2, ctx=0.5)


NOANAT = [("OT", "Scanned Document"), ("OT", "Requisition"), ("DOC", "Outside Report"), ("OT", "Consent Form"),
          ("SR", "Radiation Dose Report"), ("CT", "Daily QA Water Phantom"), ("OT", "Technologist Worksheet"), ("DOC", "Encapsulated PDF"),
          ("OT", "Prior report scan"), ("SR", "US Measurements"), ("CT", "Phantom 120kV QA"), ("OT", "Order form")]


def no_anatomy(site):
    mod, desc = pick(NOANAT)
    sd = pick(["Outside films / documents", "ADMIN", "QA", "Scanned documents", "Import"]) if mod != "CT" else "QA"
    why = "phantom QA: no patient anatomy" if "hantom" in desc else "document/text page: no anatomy"
    s = [ser(site, mod, desc, [], None, why, vkey="CT" if mod == "CT" else "OT")]
    return study(sd, "no-anatomy", s, ctx=0)


# ---------------------------------------------------------------- the week
ADULT_KEYS = ["wrist", "wrist", "ankle", "ankle", "hand", "finger", "knee", "knee", "shoulder", "shoulder", "hip", "hip", "foot",
              "elbow", "forearm", "tibfib", "femur", "clavicle", "humerus", "scaphoid", "toe", "calcaneus"]
FAMILIES = [
    (ct_trauma, 2.2), (ct_head, 5), (ct_stroke, 2.2), (ct_pe, 3), (ct_abdomen, 4), (ct_msk, 3),
    (lambda s: xr_limb(s, pick(ADULT_KEYS)), 17), (xr_paeds, 6),
    (lambda s: xr_axial(s, "ed-xr-spine", ["cspine", "lspine", "tspine", "cspine"]), 3), (xr_axial, 8), (xr_bilat, 2),
    (xr_icu, 10), (us_pocus, 7), (lambda s: us_pocus(s, icu=True), 2.5), (us_vascular, 6), (us_general, 6),
    (ct_followup, 6), (mr_neuro, 3.5), (mr_spine, 3), (mr_msk, 3.5), (mr_body, 2), (mr_breast, 0.8),
    (mg, 3.5), (us_breast, 1.5), (nm, 2.6), (ir_xa, 3), (ir_guided, 1.5), (rf, 2.5), (dental, 1), (no_anatomy, 1.5),
]
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "AcquisitionDeviceProcessingDescription",
        "RequestedProcedureDescription", "PerformedProcedureStepDescription")
TOKEN = re.compile(r"[^0-9A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]+")


def side_tokens(lang):
    out = {}
    for side in ("L", "R"):
        words = set()
        for lg in (lang, "en"):
            for forms in SIDEW[lg][side].values():
                words |= {w.upper().strip(".") for w in forms}
        out[side] = words
    return out


def row_words(row):
    texts = [row["meta"].get(k) or "" for k in TEXT] + [row.get("study", {}).get("StudyDescription", "")]
    return {w for t in texts for w in TOKEN.split(t.upper()) if w}


def with_sd(meta, sd):
    out = {"Modality": meta["Modality"], "StudyDescription": sd}
    out.update({k: v for k, v in meta.items() if k != "Modality"})
    return out


def make_row(site, st, i, ctx):
    x = st["series"][i]
    meta = dict(x["meta"])
    if ctx:
        if chance(0.45):
            meta = with_sd(meta, st["sd"])
    elif x["vague"] or not meta.get("SeriesDescription") or chance(0.6):
        meta = with_sd(meta, st["sd"])
    if chance(0.07):
        meta["RequestedProcedureDescription"] = st["sd"]
    if site.startswith("us-") and chance(0.1):
        meta["ProcedureCodeSequence"] = [{"CodeValue": f"IMG{R.randrange(1000, 9999)}", "CodingSchemeDesignator": "L",
                                          "CodeMeaning": st["sd"]}]
    labels = x["labels"]
    lat = x["lat"] if set(labels) & SIDED else None
    assert (lat is None) == (not set(labels) & SIDED), (site, st["sd"], x)
    row = {"meta": meta, "labels": labels, "laterality": lat}
    if ctx:
        row["study"] = {"StudyDescription": st["sd"], "series": [dict(y["meta"]) for j, y in enumerate(st["series"]) if j != i]}
    row["why"] = x["why"]
    row["group"] = f"{site}:" + ("no-anatomy" if not labels else st["stratum"] + ("-study" if ctx else ""))
    if lat in ("L", "R"):
        words = side_tokens(SITES[site]["lang"])
        tags = {meta.get("Laterality"), meta.get("ImageLaterality")} - {None}
        if not tags and not row_words(row) & words[lat]:
            meta["Laterality"] = lat
    return row, {"vague": x["vague"], "ctx": ctx, "stratum": st["stratum"]}


def emit(site, st):
    sers = st["series"]
    cand = [i for i, x in enumerate(sers) if not x.get("norow")]
    if len(sers) >= 2 and chance(st["ctx"]):
        return [make_row(site, st, i, True) for i in R.sample(cand, min(st["k"], len(cand)))]
    weights = [1.0 if sers[i]["labels"] else 0.35 for i in cand]
    return [make_row(site, st, R.choices(cand, weights)[0], False)]


def build():
    out = []
    fams = [f for f, _ in FAMILIES]
    weights = [w for _, w in FAMILIES]
    for site, info in SITES.items():
        rows = []
        while len(rows) < info["n"]:
            fam = R.choices(fams, weights)[0]
            if fam is dental and "PX" not in info["vend"] and "IO" not in info["vend"] and chance(0.7):
                continue
            rows += emit(site, fam(site))
        if site == "us-academic":
            rows += emit(site, dxa(site)) + emit(site, dxa(site))
        if "PT" in info["vend"]:
            # the PET/CT scanners of the group each report a few oncology studies in the week
            for _ in range(2):
                rows += emit(site, nm(site, pet=True))
        out += rows
    R.shuffle(out)
    return out


def render():
    global R
    R = random.Random(SEED)
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row, _ in build())


def stats():
    from collections import Counter
    global R
    R = random.Random(SEED)
    pairs = build()
    rows = [r for r, _ in pairs]
    c = Counter
    print("rows", len(rows), "with study", sum("study" in r for r in rows))
    print("modality", sorted(c(r["meta"]["Modality"] for r in rows).items(), key=lambda x: -x[1]))
    print("site", sorted(c(r["group"].split(":")[0] for r in rows).items(), key=lambda x: -x[1]))
    print("stratum", sorted(c(i["stratum"] if r["labels"] else "no-anatomy" for r, i in pairs).items(), key=lambda x: -x[1]))
    print("no BPE", sum("BodyPartExamined" not in r["meta"] for r in rows))
    print("vague series", sum(i["vague"] for _, i in pairs), "vague with study", sum(i["vague"] and i["ctx"] for _, i in pairs))
    print("laterality", c(r["laterality"] for r in rows))
    print("empty", sum(not r["labels"] for r in rows), "multi-label", sum(len(r["labels"]) > 1 for r in rows))
    print("codes", sorted(c(x for r in rows for x in r["labels"]).items()))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        if not same:
            print(f"{OUT} differs from what build.py writes; run build.py", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
