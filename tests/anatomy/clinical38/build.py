"""Writes tests/anatomy/data/clinical_set_38.jsonl: series from six orthopaedic, trauma, spine and
sports-medicine practices (USA, France, Italy, the Netherlands, Turkey, Brazil), labelled blind
against the shared anatomy spec (see README.md beside this file).

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

SEED = 38
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_38.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]

# ---------------------------------------------------------------- languages
# Side words: full forms (by grammatical gender where the language has one) and abbreviations.
SIDE = {
    "en": {"R": (["RIGHT", "Right"], ["RT", "Rt", "R"]), "L": (["LEFT", "Left"], ["LT", "Lt", "L"]),
           "B": (["BILATERAL", "Bilateral", "BOTH"], ["BIL", "BILAT"])},
    "fr": {"R": ({"m": "droit", "f": "droite"}, ["D", "DTE", "dte"]), "L": ({"m": "gauche", "f": "gauche"}, ["G", "GCHE"]),
           "B": ({"m": "bilatéral", "f": "bilatérale"}, ["bilat", "BILAT"])},
    "it": {"R": ({"m": "destro", "f": "destra"}, ["dx", "DX"]), "L": ({"m": "sinistro", "f": "sinistra"}, ["sx", "SX", "sn"]),
           "B": (["bilaterale"], ["bilat.", "bil."])},
    "nl": {"R": (["rechts"], ["re", "RE"]), "L": (["links"], ["li", "LI"]), "B": (["beiderzijds", "bilateraal"], ["bdz", "bdz."])},
    "tr": {"R": (["sağ", "Sağ"], ["SAĞ"]), "L": (["sol", "Sol"], ["SOL"]), "B": (["bilateral", "iki taraflı"], ["BİLATERAL"])},
    "pt": {"R": ({"m": "direito", "f": "direita"}, ["D", "DIR", "dir."]), "L": ({"m": "esquerdo", "f": "esquerda"}, ["ESQ", "esq."]),
           "B": (["bilateral"], ["BILATERAL", "bilat."])},
}
# Limb parts, the common name first, then bones and joints the spec folds into the code.
PART = {
    "en": {"KNEE": ["KNEE", "PATELLA"], "SHOULDER": ["SHOULDER", "CLAVICLE", "AC JOINT", "SCAPULA"], "HIP": ["HIP"],
           "ANKLE": ["ANKLE"], "FOOT": ["FOOT", "CALCANEUS", "TOE", "GREAT TOE"], "HAND": ["HAND", "FINGER", "THUMB"],
           "WRIST": ["WRIST", "SCAPHOID"], "ELBOW": ["ELBOW"], "FOREARM": ["FOREARM", "RADIUS ULNA"], "ARM": ["HUMERUS"],
           "THIGH": ["FEMUR"], "LEG": ["TIBIA FIBULA", "TIB FIB"]},
    "fr": {"KNEE": ["genou|m", "rotule|f"], "SHOULDER": ["épaule|f", "clavicule|f", "acromio-claviculaire|f", "omoplate|f"],
           "HIP": ["hanche|f"], "ANKLE": ["cheville|f"], "FOOT": ["pied|m", "calcanéum|m", "avant-pied|m", "hallux|m"],
           "HAND": ["main|f", "doigt|m", "pouce|m"], "WRIST": ["poignet|m", "scaphoïde|m"], "ELBOW": ["coude|m"],
           "FOREARM": ["avant-bras|m"], "ARM": ["bras|m", "humérus|m"], "THIGH": ["cuisse|f", "fémur|m"], "LEG": ["jambe|f", "tibia|m"]},
    "it": {"KNEE": ["ginocchio|m", "rotula|f"], "SHOULDER": ["spalla|f", "clavicola|f", "scapola|f"], "HIP": ["anca|f"],
           "ANKLE": ["caviglia|f", "tibiotarsica|f"], "FOOT": ["piede|m", "calcagno|m", "avampiede|m", "alluce|m"],
           "HAND": ["mano|f", "dito|m", "pollice|m"], "WRIST": ["polso|m", "scafoide|m"], "ELBOW": ["gomito|m"],
           "FOREARM": ["avambraccio|m"], "ARM": ["braccio|m", "omero|m"], "THIGH": ["coscia|f", "femore|m"], "LEG": ["gamba|f", "tibia|f"]},
    "nl": {"KNEE": ["knie", "patella"], "SHOULDER": ["schouder", "clavicula", "AC-gewricht", "scapula"], "HIP": ["heup"],
           "ANKLE": ["enkel"], "FOOT": ["voet", "calcaneus", "voorvoet", "hallux"], "HAND": ["hand", "vinger", "duim"],
           "WRIST": ["pols", "scaphoid"], "ELBOW": ["elleboog"], "FOREARM": ["onderarm"], "ARM": ["bovenarm", "humerus"],
           "THIGH": ["bovenbeen", "femur"], "LEG": ["onderbeen", "tibia/fibula"]},
    "tr": {"KNEE": ["diz", "patella"], "SHOULDER": ["omuz", "klavikula", "AC eklem", "skapula"], "HIP": ["kalça"],
           "ANKLE": ["ayak bileği"], "FOOT": ["ayak", "kalkaneus", "ayak başparmağı"], "HAND": ["el", "parmak", "başparmak"],
           "WRIST": ["el bileği", "skafoid"], "ELBOW": ["dirsek"], "FOREARM": ["önkol"], "ARM": ["humerus", "kol"],
           "THIGH": ["uyluk", "femur"], "LEG": ["kruris", "tibia"]},
    "pt": {"KNEE": ["joelho|m", "patela|f"], "SHOULDER": ["ombro|m", "clavícula|f", "escápula|f"], "HIP": ["quadril|m"],
           "ANKLE": ["tornozelo|m"], "FOOT": ["pé|m", "calcâneo|m", "hálux|m", "antepé|m"], "HAND": ["mão|f", "quirodáctilo|m", "polegar|m"],
           "WRIST": ["punho|m", "escafoide|m"], "ELBOW": ["cotovelo|m"], "FOREARM": ["antebraço|m"], "ARM": ["braço|m", "úmero|m"],
           "THIGH": ["coxa|f", "fêmur|m"], "LEG": ["perna|f", "tíbia|f"]},
}
# English anatomy words as the X-ray and MR consoles write them in their series names.
EN = {"KNEE": "Knee", "SHOULDER": "Shoulder", "HIP": "Hip", "ANKLE": "Ankle", "FOOT": "Foot", "HAND": "Hand", "WRIST": "Wrist",
      "ELBOW": "Elbow", "FOREARM": "Forearm", "ARM": "Humerus", "THIGH": "Femur", "LEG": "Tib/Fib"}
# Limb exam templates: {p} part, {s} side, {do} Portuguese article.
TPL = {
    "en": {"MRC": ["MRI {p} {s} W WO CONTRAST", "MR {p} W AND WO CONTRAST {s}"], "MR": ["MRI {p} WO CONTRAST {s}", "MR {p} {s} WITHOUT CONTRAST", "MRI {p} {s} W WO CONTRAST"],
           "XR": ["XR {p} 3+ VIEWS {s}", "XR {p} 2 VIEWS {s}", "XR {p} MIN 3 VIEWS {s}"],
           "CT": ["CT {p} WO CONTRAST {s}", "CT {p} {s} WO CONTRAST"], "US": ["US {p} {s} LIMITED", "US MSK {p} {s}"],
           "ARTMR": ["MR ARTHROGRAM {p} {s}", "MRI {p} ARTHROGRAM {s}"], "ARTCT": ["CT ARTHROGRAM {p} {s}"],
           "INJ": ["FL ARTHROGRAM INJECTION {p} {s}", "FL JOINT INJECTION {p} {s}"], "USINJ": ["US GUIDED INJECTION {p} {s}"],
           "CARM": ["FL INTRAOP {p} {s}", "FLUORO C-ARM {p} {s} <1 HR"], "NM3": ["NM BONE SCAN 3 PHASE {p} {s}"]},
    "fr": {"MRC": ["IRM {p} {s} avec injection", "IRM {p} {s} avec gadolinium"], "MR": ["IRM {p} {s}", "IRM du {p} {s}", "IRM {p} {s} sans injection"],
           "XR": ["Radio {p} {s} face profil", "RX {p} {s} F+P", "Radiographie {p} {s}"],
           "CT": ["Scanner {p} {s}", "TDM {p} {s}"], "US": ["Echographie {p} {s}", "Echo {p} {s}"],
           "ARTMR": ["Arthro-IRM {p} {s}", "IRM arthrographie {p} {s}"], "ARTCT": ["Arthroscanner {p} {s}", "Arthro-TDM {p} {s}"],
           "INJ": ["Arthrographie {p} {s}", "Infiltration {p} {s} sous scopie"], "USINJ": ["Infiltration echoguidee {p} {s}"],
           "CARM": ["Scopie per-operatoire {p} {s}", "Ampli bloc {p} {s}"], "NM3": ["Scintigraphie osseuse 3 temps {p} {s}"]},
    "it": {"MRC": ["RM {p} {s} con mdc", "RM {p} {s} senza e con mdc"], "MR": ["RM {p} {s}", "RM {p} {s} senza mdc", "RMN {p} {s}"],
           "XR": ["RX {p} {s}", "RX {p} {s} 2 proiezioni", "Radiografia {p} {s}"],
           "CT": ["TC {p} {s}", "TC {p} {s} senza mdc"], "US": ["ECO {p} {s}", "Ecografia muscolotendinea {p} {s}"],
           "ARTMR": ["Artro-RM {p} {s}", "ARTRO RM {p} {s}"], "ARTCT": ["Artro-TC {p} {s}"],
           "INJ": ["Artrografia {p} {s}", "Infiltrazione {p} {s} sotto scopia"], "USINJ": ["Infiltrazione ecoguidata {p} {s}"],
           "CARM": ["Scopia intraoperatoria {p} {s}", "Amplificatore di brillanza sala op. {p} {s}"],
           "NM3": ["Scintigrafia ossea trifasica {p} {s}"]},
    "nl": {"MRC": ["MRI {p} {s} met contrast", "MRI-{p} {s} met gadolinium"], "MR": ["MRI {p} {s}", "MRI-{p} {s}", "MR {p} {s}"], "XR": ["X-{p} {s}", "X {p} {s} AP/lat", "X-{p} {s} 2 richtingen"],
           "CT": ["CT-{p} {s}", "CT {p} {s}"], "US": ["Echo {p} {s}", "Echo-{p} {s}"],
           "ARTMR": ["MR-artrografie {p} {s}", "MRI artrogram {p} {s}"], "ARTCT": ["CT-artrografie {p} {s}"],
           "INJ": ["Artrografie {p} {s} (injectie)", "Injectie {p} {s} onder doorlichting"], "USINJ": ["Echogeleide injectie {p} {s}"],
           "CARM": ["Doorlichting OK {p} {s}", "OK-opnamen {p} {s}"], "NM3": ["Skeletscintigrafie 3-fasen {p} {s}"]},
    "tr": {"MRC": ["{s} {p} MR (KONTRASTLI)", "{s} {p} KONTRASTLI MR"], "MR": ["{s} {p} MR", "{s} {p} MRG", "{s} {p} MR (KONTRASTSIZ)"],
           "XR": ["{s} {p} GRAFİSİ", "{s} {p} AP-LAT GRAFİ", "DR {s} {p}"], "CT": ["{s} {p} BT", "{s} {p} BT (KEMİK)"],
           "US": ["{s} {p} USG", "{s} {p} YUMUŞAK DOKU USG"], "ARTMR": ["{s} {p} MR ARTROGRAFİ"], "ARTCT": ["{s} {p} BT ARTROGRAFİ"],
           "INJ": ["{s} {p} ARTROGRAFİ ENJEKSİYONU", "SKOPİ EŞLİĞİNDE {s} {p} ENJEKSİYON"], "USINJ": ["USG EŞLİĞİNDE {s} {p} ENJEKSİYON"],
           "CARM": ["AMELİYATHANE SKOPİ {s} {p}", "İNTRAOPERATİF SKOPİ {s} {p}"], "NM3": ["ÜÇ FAZLI KEMİK SİNTİGRAFİSİ {s} {p}"]},
    "pt": {"MRC": ["RM {do} {p} {s} COM CONTRASTE", "RM {p} {s} COM GADOLÍNIO"], "MR": ["RM {do} {p} {s}", "RESSONÂNCIA MAGNÉTICA {do} {p} {s}", "RM {p} {s}"],
           "XR": ["RX {p} {s} (AP+PERFIL)", "RADIOGRAFIA {do} {p} {s}", "RX {do} {p} {s}"],
           "CT": ["TC {do} {p} {s}", "TOMOGRAFIA {do} {p} {s}"], "US": ["US {do} {p} {s}", "USG {p} {s}"],
           "ARTMR": ["ARTRO-RM {do} {p} {s}", "ARTRORRESSONÂNCIA {do} {p} {s}"], "ARTCT": ["ARTRO-TC {do} {p} {s}"],
           "INJ": ["ARTROGRAFIA {do} {p} {s}", "INFILTRAÇÃO {do} {p} {s} GUIADA POR RADIOSCOPIA"],
           "USINJ": ["INFILTRAÇÃO {do} {p} {s} GUIADA POR US"],
           "CARM": ["RADIOSCOPIA INTRAOPERATÓRIA {p} {s}", "INTENSIFICADOR DE IMAGEM - {p} {s}"],
           "NM3": ["CINTILOGRAFIA ÓSSEA TRIFÁSICA {p} {s}"]},
}
# Exams without a side: study descriptions per language (lists of phrasings).
X = {
    "en": {"xr_c": ["XR SPINE CERVICAL 2-3 VIEWS", "XR C-SPINE 4+ VIEWS"], "xr_t": ["XR SPINE THORACIC 2 VIEWS"],
           "xr_l": ["XR SPINE LUMBAR 2-3 VIEWS", "XR L-SPINE W FLEX EXT"], "xr_tl": ["XR SPINE THORACOLUMBAR 2 VIEWS"],
           "xr_ws": ["XR SCOLIOSIS SERIES 2-3 VIEWS", "XR SPINE ENTIRE STANDING PA AND LAT"],
           "mr_c": ["MRI CERVICAL SPINE WO CONTRAST", "MRI C-SPINE W WO CONTRAST"], "mr_t": ["MRI THORACIC SPINE WO CONTRAST"],
           "mr_l": ["MRI LUMBAR SPINE WO CONTRAST", "MRI LUMBAR SPINE W WO CONTRAST"], "mr_ws": ["MRI TOTAL SPINE WO CONTRAST"],
           "ct_c": ["CT CERVICAL SPINE WO CONTRAST"], "ct_l": ["CT LUMBAR SPINE WO CONTRAST", "CT L-SPINE POST FUSION"],
           "ct_tl": ["CT THORACIC AND LUMBAR SPINE WO CONTRAST"],
           "esi_l": ["FL EPIDURAL STEROID INJECTION LUMBAR/SACRAL", "FL TRANSFORAMINAL ESI LUMBAR"],
           "esi_c": ["FL EPIDURAL STEROID INJECTION CERVICAL"], "facet": ["FL FACET JOINT INJECTION LUMBAR", "FL MEDIAL BRANCH BLOCK LUMBAR"],
           "si": ["FL SACROILIAC JOINT INJECTION"], "vp_t": ["FL VERTEBROPLASTY THORACIC"], "vp_l": ["FL KYPHOPLASTY LUMBAR"],
           "coccyx": ["XR SACRUM AND COCCYX 2+ VIEWS"], "mr_si": ["MRI SACRUM/SI JOINTS WO CONTRAST"],
           "xr_pelvis": ["XR PELVIS 1-2 VIEWS", "XR PELVIS AP ONLY"], "ct_pelvis": ["CT PELVIS BONY WO CONTRAST"],
           "xr_chest": ["XR CHEST 2 VIEWS PA AND LATERAL", "XR CHEST 1 VIEW PORTABLE", "XR CHEST PRE-OP"],
           "ct_chest": ["CT CHEST WO CONTRAST", "CT CHEST W CONTRAST"], "ctpa": ["CTA CHEST PE PROTOCOL"],
           "ct_head": ["CT HEAD WO CONTRAST"], "cta_hn": ["CTA HEAD AND NECK W CONTRAST"], "cta_neck": ["CTA NECK W CONTRAST"],
           "trauma": ["CT TRAUMA PANSCAN", "CT WHOLE BODY TRAUMA"], "ct_cap": ["CT CHEST ABDOMEN PELVIS W CONTRAST"],
           "ct_ap": ["CT ABDOMEN PELVIS W CONTRAST"], "pet": ["PET/CT SKULL BASE TO MID THIGH", "NM PET CT WHOLE BODY"],
           "bone_wb": ["NM BONE SCAN WHOLE BODY"], "spect": ["NM BONE SCAN SPECT/CT"], "wbmr": ["MRI WHOLE BODY MYELOMA PROTOCOL"],
           "xr_abd": ["XR ABDOMEN 1 VIEW (KUB)"], "survey": ["XR METASTATIC BONE SURVEY", "XR SKELETAL SURVEY MYELOMA"],
           "longleg": ["XR BILATERAL STANDING LONG LEG", "XR LOWER EXTREMITY LENGTH STANDING"],
           "torsion": ["CT LOWER EXTREMITY ROTATIONAL PROFILE BILATERAL", "CT FEMORAL ANTEVERSION STUDY"],
           "dxa": ["DXA BONE DENSITY AXIAL SKELETON", "DEXA HIP AND SPINE"], "dxa_wb": ["DXA BODY COMPOSITION"],
           "bone_age": ["XR BONE AGE"], "ddh": ["US INFANT HIPS (DDH)", "US HIPS INFANT BILATERAL"],
           "mg_b": ["MAMMO DIAGNOSTIC BILATERAL W TOMO"], "hips": ["XR PELVIS AND HIPS BILATERAL", "XR BOTH HIPS W PELVIS"],
           "mr_hips": ["MRI BOTH HIPS WO CONTRAST"], "pubalgia": ["MRI PELVIS ATHLETIC PUBALGIA PROTOCOL"],
           "biopsy_ct": ["CT GUIDED BONE BIOPSY PELVIS"], "emb": ["IR EMBOLIZATION PELVIC TUMOR PRE-OP"],
           "eos_spine": ["EOS SPINE PA AND LAT"], "eos_ll": ["EOS LOWER LIMBS BILATERAL"], "mr_ct": ["MRI CERVICAL AND THORACIC SPINE"],
           "scano": ["CT SCANOGRAM LEG LENGTH BILATERAL"]},
    "fr": {"xr_c": ["Radio rachis cervical", "Rachis cervical F+P+dynamiques"], "xr_t": ["Radio rachis dorsal"],
           "xr_l": ["Radio rachis lombaire F+P", "Rachis lombaire dynamique"], "xr_tl": ["Radio charniere dorso-lombaire"],
           "xr_ws": ["Rachis entier face profil debout", "Radio rachis entier (scoliose)"],
           "mr_c": ["IRM rachis cervical"], "mr_t": ["IRM rachis dorsal"], "mr_l": ["IRM rachis lombaire", "IRM lombaire"],
           "mr_ws": ["IRM panrachidienne", "IRM rachis entier"], "ct_c": ["Scanner rachis cervical"],
           "ct_l": ["Scanner rachis lombaire", "TDM lombaire post-arthrodese"], "ct_tl": ["Scanner rachis dorso-lombaire"],
           "esi_l": ["Infiltration foraminale L5-S1 scannoguidee", "Infiltration epidurale lombaire"],
           "esi_c": ["Infiltration foraminale cervicale scannoguidee"], "facet": ["Infiltration articulaires posterieures lombaires"],
           "si": ["Infiltration sacro-iliaque sous scopie"], "vp_t": ["Vertebroplastie dorsale"], "vp_l": ["Cyphoplastie lombaire"],
           "coccyx": ["Radio sacrum coccyx"], "mr_si": ["IRM sacro-iliaques"], "xr_pelvis": ["Radio bassin de face", "Bassin face"],
           "ct_pelvis": ["Scanner du bassin"], "xr_chest": ["Radio thorax", "Thorax preoperatoire"], "ct_chest": ["Scanner thoracique"],
           "ctpa": ["Angioscanner thoracique (EP)"], "ct_head": ["Scanner cerebral sans injection"],
           "cta_hn": ["Angioscanner TSA et Willis"], "cta_neck": ["Angioscanner des troncs supra-aortiques"],
           "trauma": ["Bodyscanner polytraumatise"], "ct_cap": ["Scanner TAP"], "ct_ap": ["Scanner abdomino-pelvien"],
           "pet": ["TEP-TDM corps entier"], "bone_wb": ["Scintigraphie osseuse corps entier"], "spect": ["Scintigraphie osseuse TEMP-TDM"],
           "wbmr": ["IRM corps entier"], "xr_abd": ["ASP"], "survey": ["Bilan osseux radiographique (myelome)"],
           "longleg": ["Pangonogramme", "Goniometrie membres inferieurs debout"], "torsion": ["Scanner torsion membres inferieurs"],
           "dxa": ["Osteodensitometrie", "Densitometrie osseuse rachis + hanche"], "dxa_wb": ["Osteodensitometrie corps entier"],
           "bone_age": ["Age osseux"], "ddh": ["Echographie des hanches du nourrisson"], "mg_b": ["Mammographie bilaterale"],
           "hips": ["Radio bassin + hanches", "Bassin face + hanches profil"], "mr_hips": ["IRM des hanches"],
           "pubalgia": ["IRM pubalgie"], "biopsy_ct": ["Biopsie osseuse scannoguidee bassin"], "emb": ["Embolisation tumeur pelvienne"],
           "eos_spine": ["EOS rachis entier"], "eos_ll": ["EOS membres inferieurs"], "mr_ct": ["IRM rachis cervico-dorsal"],
           "scano": ["Scanographie des membres inferieurs"]},
    "it": {"xr_c": ["RX rachide cervicale", "RX rachide cervicale dinamico"], "xr_t": ["RX rachide dorsale"],
           "xr_l": ["RX rachide lombosacrale", "RX rachide lombare in flesso-estensione"], "xr_tl": ["RX rachide dorso-lombare"],
           "xr_ws": ["RX rachide in toto sotto carico", "RX colonna in toto (scoliosi)"],
           "mr_c": ["RM rachide cervicale"], "mr_t": ["RM rachide dorsale"], "mr_l": ["RM rachide lombosacrale", "RM colonna lombare"],
           "mr_ws": ["RM rachide in toto"], "ct_c": ["TC rachide cervicale"], "ct_l": ["TC rachide lombare"],
           "ct_tl": ["TC rachide dorso-lombare"], "esi_l": ["Infiltrazione peridurale lombare"], "esi_c": ["Infiltrazione foraminale cervicale"],
           "facet": ["Infiltrazione faccette articolari lombari"], "si": ["Infiltrazione sacroiliaca sotto scopia"],
           "vp_t": ["Vertebroplastica dorsale"], "vp_l": ["Cifoplastica lombare"], "coccyx": ["RX sacro-coccige"],
           "mr_si": ["RM sacroiliache"], "xr_pelvis": ["RX bacino", "RX bacino AP"], "ct_pelvis": ["TC bacino"],
           "xr_chest": ["RX torace", "RX torace preoperatorio"], "ct_chest": ["TC torace", "TC torace con mdc"],
           "ctpa": ["Angio-TC polmonare"], "ct_head": ["TC encefalo"], "cta_hn": ["Angio-TC TSA e poligono di Willis"],
           "cta_neck": ["Angio-TC tronchi sovraortici"], "trauma": ["TC total body politrauma"], "ct_cap": ["TC torace-addome con mdc"],
           "ct_ap": ["TC addome completo"], "pet": ["PET-TC total body FDG"], "bone_wb": ["Scintigrafia ossea total body"],
           "spect": ["Scintigrafia ossea SPECT-TC"], "wbmr": ["RM total body"], "xr_abd": ["RX addome diretto"],
           "survey": ["RX scheletro in toto (mieloma)"], "longleg": ["RX arti inferiori sotto carico", "Telemetria arti inferiori"],
           "torsion": ["TC torsionale arti inferiori"], "dxa": ["MOC DEXA lombare e femorale", "Densitometria ossea"],
           "dxa_wb": ["MOC total body"], "bone_age": ["RX età ossea"], "ddh": ["Ecografia anche neonatali (Graf)"],
           "mg_b": ["Mammografia bilaterale"], "hips": ["RX bacino e anche", "RX anche bilaterale"], "mr_hips": ["RM anche bilaterale"],
           "pubalgia": ["RM bacino (pubalgia)"], "biopsy_ct": ["Biopsia ossea TC-guidata bacino"], "emb": ["Embolizzazione preoperatoria neoplasia pelvica"],
           "eos_spine": ["EOS rachide in toto"], "eos_ll": ["EOS arti inferiori"], "mr_ct": ["RM rachide cervico-dorsale"],
           "scano": ["TC scanogramma arti inferiori"]},
    "nl": {"xr_c": ["X-CWK", "X-CWK AP/lat/dens"], "xr_t": ["X-TWK"], "xr_l": ["X-LWK", "X-LWK flexie/extensie"],
           "xr_tl": ["X-thoracolumbale overgang"], "xr_ws": ["X-totale wervelkolom staand", "X-scoliose-opname"],
           "mr_c": ["MRI CWK"], "mr_t": ["MRI TWK"], "mr_l": ["MRI LWK", "MRI-lumbale wervelkolom"], "mr_ws": ["MRI totale wervelkolom"],
           "ct_c": ["CT-CWK"], "ct_l": ["CT-LWK"], "ct_tl": ["CT-TWK/LWK"], "esi_l": ["Epidurale injectie lumbaal"],
           "esi_c": ["Epidurale injectie cervicaal"], "facet": ["Facetinfiltratie lumbaal"], "si": ["SI-gewricht infiltratie"],
           "vp_t": ["Vertebroplastiek thoracaal"], "vp_l": ["Vertebroplastiek lumbaal"], "coccyx": ["X-sacrum/coccyx"],
           "mr_si": ["MRI SI-gewrichten"], "xr_pelvis": ["X-bekken", "X-bekken AP"], "ct_pelvis": ["CT-bekken"],
           "xr_chest": ["X-thorax", "X-thorax preoperatief", "X-thorax liggend (trauma)"], "ct_chest": ["CT-thorax"],
           "ctpa": ["CTA longembolie"], "ct_head": ["CT-hersenen", "CT-schedel (trauma)"], "cta_hn": ["CTA hals en hersenen"],
           "cta_neck": ["CTA halsvaten"], "trauma": ["CT total body (traumascan)", "CT traumascan"], "ct_cap": ["CT thorax-abdomen"],
           "ct_ap": ["CT-abdomen"], "pet": ["PET-CT FDG total body"], "bone_wb": ["Skeletscintigrafie total body", "Botscan"],
           "spect": ["Skeletscintigrafie SPECT-CT"], "wbmr": ["MRI total body"], "xr_abd": ["X-buikoverzicht"],
           "survey": ["X-skeletstatus (myeloom)"], "longleg": ["X-beenlengte staand", "X-benen staand (as-opname)"],
           "torsion": ["CT-torsiemeting benen"], "dxa": ["Botdensitometrie (DEXA)"], "dxa_wb": ["DEXA total body"],
           "bone_age": ["X-skeletleeftijd"], "ddh": ["Echo heupen zuigeling (DDH)"], "mg_b": ["Mammografie beiderzijds"],
           "hips": ["X-bekken + heupen", "X-beide heupen"], "mr_hips": ["MRI beide heupen"], "pubalgia": ["MRI bekken (liesklachten sporter)"],
           "biopsy_ct": ["CT-geleide botbiopsie bekken"], "emb": ["Embolisatie bekkentumor"], "eos_spine": ["EOS wervelkolom"],
           "eos_ll": ["EOS benen"], "mr_ct": ["MRI CWK/TWK"], "scano": ["CT-beenlengtemeting"]},
    "tr": {"xr_c": ["SERVİKAL VERTEBRA GRAFİSİ", "SERVİKAL AP-LAT"], "xr_t": ["TORAKAL VERTEBRA GRAFİSİ"],
           "xr_l": ["LOMBOSAKRAL GRAFİ", "LOMBER FLEKSİYON-EKSTANSİYON GRAFİSİ"], "xr_tl": ["TORAKOLOMBER GRAFİ"],
           "xr_ws": ["TÜM OMURGA GRAFİSİ", "SKOLYOZ GRAFİSİ (AYAKTA)"],
           "mr_c": ["SERVİKAL MR", "SERVİKAL VERTEBRA MR"], "mr_t": ["TORAKAL MR"], "mr_l": ["LOMBER MR", "LOMBOSAKRAL MR"],
           "mr_ws": ["TÜM SPİNAL MR"], "ct_c": ["SERVİKAL BT"], "ct_l": ["LOMBER BT"], "ct_tl": ["TORAKOLOMBER BT"],
           "esi_l": ["LOMBER EPİDURAL ENJEKSİYON", "TRANSFORAMİNAL EPİDURAL STEROİD ENJEKSİYONU L5-S1"],
           "esi_c": ["SERVİKAL EPİDURAL ENJEKSİYON"], "facet": ["LOMBER FASET ENJEKSİYONU"], "si": ["SAKROİLİAK EKLEM ENJEKSİYONU"],
           "vp_t": ["TORAKAL VERTEBROPLASTİ"], "vp_l": ["LOMBER KİFOPLASTİ"], "coccyx": ["SAKRUM KOKSİKS GRAFİSİ"],
           "mr_si": ["SAKROİLİAK MR"], "xr_pelvis": ["PELVİS AP GRAFİSİ", "PELVİS GRAFİSİ"], "ct_pelvis": ["PELVİS BT"],
           "xr_chest": ["AKCİĞER GRAFİSİ", "PA AKCİĞER GRAFİSİ", "TELE (PREOP)"], "ct_chest": ["TORAKS BT", "TORAKS BT (KONTRASTLI)"],
           "ctpa": ["BT PULMONER ANJİYOGRAFİ"], "ct_head": ["BEYİN BT", "KRANİAL BT"], "cta_hn": ["BT ANJİYO BEYİN VE BOYUN"],
           "cta_neck": ["BOYUN BT ANJİYO"], "trauma": ["TRAVMA BT (TÜM VÜCUT)"], "ct_cap": ["TORAKS-ABDOMEN BT"],
           "ct_ap": ["ABDOMEN-PELVİS BT"], "pet": ["PET-BT TÜM VÜCUT"], "bone_wb": ["TÜM VÜCUT KEMİK SİNTİGRAFİSİ"],
           "spect": ["KEMİK SİNTİGRAFİSİ SPECT-BT"], "wbmr": ["TÜM VÜCUT MR"], "xr_abd": ["DÜZ KARIN GRAFİSİ (ADBG)"],
           "survey": ["METASTATİK KEMİK SURVEYİ"], "longleg": ["ORTORÖNTGENOGRAM", "AYAKTA TÜM ALT EKSTREMİTE GRAFİSİ"],
           "torsion": ["ALT EKSTREMİTE ROTASYON BT"], "dxa": ["KEMİK MİNERAL DANSİTOMETRİSİ", "DEXA LOMBER + FEMUR"],
           "dxa_wb": ["TÜM VÜCUT DEXA"], "bone_age": ["KEMİK YAŞI (SOL EL-EL BİLEĞİ)"], "ddh": ["BEBEK KALÇA USG (GRAF)"],
           "mg_b": ["BİLATERAL MAMOGRAFİ"], "hips": ["PELVİS + BİLATERAL KALÇA GRAFİSİ", "İKİ KALÇA GRAFİSİ"],
           "mr_hips": ["BİLATERAL KALÇA MR"], "pubalgia": ["PELVİS MR (PUBALJİ)"], "biopsy_ct": ["BT EŞLİĞİNDE KEMİK BİYOPSİSİ (PELVİS)"],
           "emb": ["PELVİK TÜMÖR PREOP EMBOLİZASYON"], "eos_spine": ["EOS TÜM OMURGA"], "eos_ll": ["EOS ALT EKSTREMİTE"],
           "mr_ct": ["SERVİKOTORAKAL MR"], "scano": ["BT SKANOGRAM ALT EKSTREMİTE"]},
    "pt": {"xr_c": ["RX COLUNA CERVICAL", "RX COLUNA CERVICAL DINÂMICA"], "xr_t": ["RX COLUNA TORÁCICA"],
           "xr_l": ["RX COLUNA LOMBOSSACRA", "RX COLUNA LOMBAR DINÂMICA"], "xr_tl": ["RX COLUNA TORACOLOMBAR"],
           "xr_ws": ["RX PANORÂMICA DE COLUNA", "RX COLUNA TOTAL (ESCOLIOSE)"],
           "mr_c": ["RM COLUNA CERVICAL"], "mr_t": ["RM COLUNA TORÁCICA"], "mr_l": ["RM COLUNA LOMBAR", "RM COLUNA LOMBOSSACRA"],
           "mr_ws": ["RM COLUNA TOTAL"], "ct_c": ["TC COLUNA CERVICAL"], "ct_l": ["TC COLUNA LOMBAR"], "ct_tl": ["TC COLUNA TORACOLOMBAR"],
           "esi_l": ["BLOQUEIO PERIDURAL LOMBAR", "BLOQUEIO FORAMINAL L4-L5"], "esi_c": ["BLOQUEIO FORAMINAL CERVICAL"],
           "facet": ["BLOQUEIO FACETÁRIO LOMBAR"], "si": ["INFILTRAÇÃO SACROILÍACA"], "vp_t": ["VERTEBROPLASTIA TORÁCICA"],
           "vp_l": ["CIFOPLASTIA LOMBAR"], "coccyx": ["RX SACRO E CÓCCIX"], "mr_si": ["RM SACROILÍACAS"],
           "xr_pelvis": ["RX BACIA", "RX BACIA AP"], "ct_pelvis": ["TC BACIA"], "xr_chest": ["RX TÓRAX PA E PERFIL", "RX TÓRAX PRÉ-OPERATÓRIO"],
           "ct_chest": ["TC TÓRAX", "TC DE TÓRAX COM CONTRASTE"], "ctpa": ["ANGIOTOMOGRAFIA DE ARTÉRIAS PULMONARES"],
           "ct_head": ["TC CRÂNIO", "TC DE CRÂNIO SEM CONTRASTE"], "cta_hn": ["ANGIOTOMOGRAFIA ARTÉRIAS CERVICAIS E INTRACRANIANAS"],
           "cta_neck": ["ANGIOTOMOGRAFIA DE ARTÉRIAS CERVICAIS"], "trauma": ["TC POLITRAUMA (CORPO INTEIRO)"],
           "ct_cap": ["TC TÓRAX E ABDOME TOTAL"], "ct_ap": ["TC ABDOME TOTAL"], "pet": ["PET-CT CORPO INTEIRO"],
           "bone_wb": ["CINTILOGRAFIA ÓSSEA CORPO INTEIRO"], "spect": ["CINTILOGRAFIA ÓSSEA SPECT-CT"], "wbmr": ["RM CORPO INTEIRO"],
           "xr_abd": ["RX ABDOME SIMPLES"], "survey": ["INVENTÁRIO ÓSSEO (MIELOMA)"],
           "longleg": ["ESCANOMETRIA DE MEMBROS INFERIORES", "RX PANORÂMICA DE MEMBROS INFERIORES"],
           "torsion": ["TC ROTACIONAL DE MEMBROS INFERIORES"], "dxa": ["DENSITOMETRIA ÓSSEA", "DENSITOMETRIA COLUNA E FÊMUR"],
           "dxa_wb": ["DENSITOMETRIA CORPO INTEIRO"], "bone_age": ["RX IDADE ÓSSEA"], "ddh": ["US DE QUADRIL INFANTIL (GRAF)"],
           "mg_b": ["MAMOGRAFIA BILATERAL"], "hips": ["RX BACIA E QUADRIS", "RX QUADRIS BILATERAL"], "mr_hips": ["RM DOS QUADRIS"],
           "pubalgia": ["RM BACIA (PUBALGIA)"], "biopsy_ct": ["BIÓPSIA ÓSSEA GUIADA POR TC (BACIA)"],
           "emb": ["EMBOLIZAÇÃO PRÉ-OPERATÓRIA TUMOR PÉLVICO"], "eos_spine": ["EOS COLUNA TOTAL"], "eos_ll": ["EOS MEMBROS INFERIORES"],
           "mr_ct": ["RM COLUNA CERVICOTORÁCICA"], "scano": ["TC ESCANOMETRIA"]},
}
# ---------------------------------------------------------------- sites
SITES = {
    "us-ortho": dict(lang="en", kind="orthopaedic specialty hospital with sports medicine clinic, USA", n=168,
                     mr="GE", xr="Carestream", ct="Siemens", us="GE", carm="GE OEC", nm="Siemens", dxa="Hologic", rf="Siemens",
                     upper=0.9, ascii=0.0,
                     strata={"arthro": 6, "alignment": 2, "fracture": 2, "carm": 2, "arthrography": 2, "spine": 4, "sports": 5,
                             "tumour": 1, "paeds": 1, "nm": 1, "dxa": 1, "periop": 1}),
    "fr-clinique": dict(lang="fr", kind="clinique de chirurgie orthopédique, France", n=160,
                        mr="Siemens", xr="Fujifilm", ct="GE", us="Canon", carm="Ziehm", nm="GE", dxa="Lunar", rf="GE",
                        upper=0.6, ascii=0.75,
                        strata={"arthro": 5, "alignment": 2, "fracture": 2, "carm": 2, "arthrography": 3, "spine": 4, "sports": 2,
                                "paeds": 1, "nm": 1, "dxa": 1, "periop": 1}),
    "it-orto": dict(lang="it", kind="istituto ortopedico, Italy", n=162,
                    mr="Philips", xr="Agfa", ct="Canon", us="Esaote", carm="Siemens", nm="Siemens", dxa="Hologic", rf="Siemens",
                    upper=0.3, ascii=0.2,
                    strata={"tumour": 4, "paeds": 2, "arthro": 3, "alignment": 2, "spine": 2, "sports": 2, "arthrography": 1,
                            "nm": 2, "fracture": 1, "carm": 1, "dxa": 1, "periop": 1}),
    "nl-trauma": dict(lang="nl", kind="level-1 trauma centre, Netherlands", n=160,
                      mr="Philips", xr="Philips", ct="Siemens", us="Philips", carm="Philips", nm="Siemens", dxa="Hologic", rf="Philips",
                      upper=0.15, ascii=0.0,
                      strata={"polytrauma": 4, "fracture": 5, "carm": 3, "spine": 2, "sports": 1, "periop": 2, "arthro": 1,
                              "nm": 1, "dxa": 1, "paeds": 1, "alignment": 1}),
    "tr-univ": dict(lang="tr", kind="university hospital orthopaedics, Turkey", n=160,
                    mr="Siemens", xr="Mindray", ct="UIH", us="Mindray", carm="Ziehm", nm="GE", dxa="Lunar", rf="Siemens",
                    upper=0.85, ascii=0.5,
                    strata={"spine": 3, "arthro": 2, "fracture": 2, "sports": 2, "tumour": 2, "paeds": 2, "polytrauma": 1, "carm": 1,
                            "arthrography": 1, "nm": 1, "dxa": 1, "alignment": 1, "periop": 1}),
    "br-hosp": dict(lang="pt", kind="orthopaedic hospital, Brazil", n=162,
                    mr="GE", xr="Samsung", ct="Canon", us="Samsung", carm="GE OEC", nm="GE", dxa="Lunar", rf="GE",
                    upper=0.8, ascii=0.3,
                    strata={"fracture": 3, "arthro": 3, "sports": 3, "spine": 3, "polytrauma": 1, "carm": 2, "arthrography": 1,
                            "alignment": 1, "paeds": 1, "tumour": 1, "nm": 1, "dxa": 1, "periop": 1}),
}
NOANAT_SHARE = 0.05

MR_MAKE = {"Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola"]),
           "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Premier", "SIGNA Architect", "Signa HDxt"]),
           "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Elition X", "Achieva dStream"]),
           "Esaote": ("Esaote", ["G-scan Brio", "O-scan"])}
CT_MAKE = {"Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition AS+", "SOMATOM go.Top"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Revolution CT", "Optima CT660"]),
           "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"]),
           "UIH": ("UIH", ["uCT 760", "uCT 780"])}
XR_MAKE = {"Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution"]),
           "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO III", "FDR Smart X"]),
           "Agfa": ("Agfa", ["DX-D 600", "DR 600"]),
           "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "DigitalDiagnost"]),
           "Mindray": ("Mindray", ["DigiEye 760", "DigiEye 330"]),
           "Samsung": ("Samsung Electronics", ["GC85A", "GM85"])}
US_MAKE = {"GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8"]), "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
           "Esaote": ("Esaote", ["MyLabX8", "MyLab Omega"]), "Philips": ("Philips Medical Systems", ["EPIQ Elite", "Affiniti 70G"]),
           "Mindray": ("Mindray", ["Resona 7", "DC-80"]), "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS60"])}
CARM_MAKE = {"GE OEC": ("GE OEC Medical Systems", ["OEC Elite", "OEC 9900 Elite", "OEC 3D"]),
             "Ziehm": ("Ziehm Imaging GmbH", ["Vision RFD", "Vision RFD 3D", "Solo FD"]),
             "Siemens": ("Siemens Healthineers", ["Cios Alpha", "Cios Spin"]),
             "Philips": ("Philips", ["Zenition 70", "BV Pulsera"])}
RF_MAKE = {"Siemens": ("SIEMENS", ["Luminos dRF Max", "Luminos Agile Max"]), "GE": ("GE Healthcare", ["Precision 500D"]),
           "Philips": ("Philips Medical Systems", ["CombiDiagnost R90"])}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo Bold", "Symbia T16"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 870 DR"])}
PET_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"])}
DXA_MAKE = {"Hologic": ("HOLOGIC", ["Horizon A", "Discovery W"]), "Lunar": ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy"])}
SOP = {"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
       "CR": "1.2.840.10008.5.1.4.1.1.1", "US": "1.2.840.10008.5.1.4.1.1.6.1", "NM": "1.2.840.10008.5.1.4.1.1.20",
       "PT": "1.2.840.10008.5.1.4.1.1.128", "RF": "1.2.840.10008.5.1.4.1.1.12.2", "XA": "1.2.840.10008.5.1.4.1.1.12.1",
       "MG": "1.2.840.10008.5.1.4.1.1.1.2", "OT": "1.2.840.10008.5.1.4.1.1.7", "SRDOSE": "1.2.840.10008.5.1.4.1.1.88.67",
       "SR": "1.2.840.10008.5.1.4.1.1.88.22", "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1",
       "DOC": "1.2.840.10008.5.1.4.1.1.104.1"}
# BodyPartExamined a console would set for a limb code, right ones first, then coarse or wrong ones.
BPE = {"KNEE": (["KNEE"], ["LEG", "EXTREMITY", "LOWER EXTREMITY", "LOWER LIMB"]), "SHOULDER": (["SHOULDER"], ["ARM", "EXTREMITY", "CHEST", "UPPER EXTREMITY"]),
       "HIP": (["HIP"], ["PELVIS", "EXTREMITY", "LOWER EXTREMITY"]), "ANKLE": (["ANKLE"], ["FOOT", "LEG", "EXTREMITY", "LOWER EXTREMITY"]),
       "FOOT": (["FOOT"], ["ANKLE", "EXTREMITY", "LOWER EXTREMITY"]), "HAND": (["HAND"], ["WRIST", "EXTREMITY", "UPPER EXTREMITY"]),
       "WRIST": (["WRIST"], ["HAND", "EXTREMITY", "UPPER EXTREMITY"]), "ELBOW": (["ELBOW"], ["ARM", "EXTREMITY", "UPPER EXTREMITY"]),
       "FOREARM": (["FOREARM"], ["ARM", "EXTREMITY", "UPPER EXTREMITY"]), "ARM": (["ARM", "HUMERUS"], ["SHOULDER", "EXTREMITY", "UPPER EXTREMITY"]),
       "THIGH": (["THIGH", "FEMUR"], ["LEG", "HIP", "EXTREMITY", "LOWER EXTREMITY"]), "LEG": (["LEG", "TIBIA"], ["KNEE", "EXTREMITY", "LOWER EXTREMITY"])}
VIEWS = {"KNEE": ["AP", "Lateral", "Merchant", "Rosenberg", "Tunnel"], "SHOULDER": ["AP", "Grashey", "Axillary", "Y view", "Outlet"],
         "HIP": ["AP", "Lateral", "Frog", "Cross table"], "ANKLE": ["AP", "Mortise", "Lateral"], "FOOT": ["AP", "Oblique", "Lateral"],
         "HAND": ["PA", "Oblique", "Lateral"], "WRIST": ["PA", "Lateral", "Scaphoid", "Oblique"], "ELBOW": ["AP", "Lateral", "Radial head"],
         "FOREARM": ["AP", "Lateral"], "ARM": ["AP", "Lateral"], "THIGH": ["AP", "Lateral"], "LEG": ["AP", "Lateral"]}
# Local view words as the Agfa/Philips/Mindray/Samsung consoles write them in the site's language.
VIEW_LOCAL = {"fr": {"AP": "Face", "PA": "Face", "Lateral": "Profil", "Oblique": "3/4"},
              "it": {"AP": "AP", "PA": "PA", "Lateral": "LL", "Oblique": "Obliqua"},
              "nl": {"AP": "AP", "PA": "PA", "Lateral": "lat", "Oblique": "schuin"},
              "tr": {"AP": "AP", "PA": "PA", "Lateral": "LAT", "Oblique": "OBLİK"},
              "pt": {"AP": "AP", "PA": "PA", "Lateral": "PERFIL", "Oblique": "OBLÍQUA"}}
TR_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜâÂ", "cgiosuCGIOSUaA")


def deaccent(s):
    s = s.translate(TR_ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        self.lang = self.cfg["lang"]
        self.upper = rng.random() < self.cfg["upper"]
        self.ascii = rng.random() < self.cfg["ascii"]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def fmt(self, text):
        text = " ".join(text.split())
        if self.upper:
            text = tr_upper(text) if self.lang == "tr" else text.upper()
        if self.ascii:
            text = deaccent(text)
        return text

    def x(self, key):
        return self.fmt(self.c(X[self.lang][key]))


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def side_word(cx, s, g="m"):
    full, ab = SIDE[cx.lang][s]
    if cx.p(0.4):
        return cx.c(ab)
    return full[g] if isinstance(full, dict) else cx.c(full)


def limb_sd(cx, kind, code, side, alt=False, part=None):
    """A limb exam's study description in the site's language, with the side in words."""
    names = PART[cx.lang][code]
    nm = part or (cx.c(names) if alt else names[0])
    p, _, g = nm.partition("|")
    g = g or "m"
    s = side_word(cx, side, g) if side else ""
    t = cx.c(TPL[cx.lang][kind])
    return cx.fmt(t.format(p=p, s=s, do="do" if g == "m" else "da"))


def bpe(cx, meta, good, alt=None, p_missing=0.22, p_alt=0.15):
    r = cx.rng.random()
    if r < p_missing or not good:
        return meta
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good
    return meta


def bpe_limb(cx, meta, code):
    good, alt = BPE[code]
    return bpe(cx, meta, cx.c(good), alt)


def sop(meta, key=None):
    meta["SOPClassUID"] = SOP[key or meta["Modality"]]
    return meta


# ---------------------------------------------------------------- series builders
MR_SEQ = {
    "Siemens": (["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag", "t1_tse_sag", "t2_tirm_cor"],
                {"pd": "*tse2d1_5", "t1": "*tse2d1_3", "t2": "*tse2d1_15", "lo": "*fl2d1", "vi": "*fl3d1"}),
    "GE": (["3-Plane Loc", "Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1", "Sag T2 FRFSE", "Sag T1", "Cor STIR"], {}),
    "Philips": (["Survey", "PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2W_TSE_SAG", "T1W_TSE_SAG", "STIR_COR"], {}),
    "Esaote": (["SCOUT", "SE T1 COR", "STIR COR", "FSE T2 SAG", "GE 3D T1 AX", "FSE PD SAG", "XBONE COR", "SE T1 SAG"], {}),
}
ARTHRO_SEQ = {"Siemens": ["localizer", "t1_tse_fs_cor", "t1_tse_fs_sag", "t1_tse_fs_tra", "t1_vibe_fs_3d", "t2_tse_fs_cor", "t1_tse_fs_aber"],
              "GE": ["3-Plane Loc", "Cor T1 FS", "Sag T1 FS", "Ax T1 FS", "3D FSPGR FS", "Cor T2 FS", "ABER T1 FS"],
              "Philips": ["Survey", "T1W_SPIR_COR", "T1W_SPIR_SAG", "T1W_SPIR_TRA", "3D_THRIVE", "T2W_SPAIR_COR", "T1W_ABER"],
              "Esaote": ["SCOUT", "SE T1 FS COR", "SE T1 FS SAG", "SE T1 FS AX", "3D SHARP", "STIR COR", "SE T1 FS ABER"]}
PROTO_EN = {"KNEE": "Knee", "SHOULDER": "Shoulder", "HIP": "Hip", "ANKLE": "Ankle", "FOOT": "Foot", "HAND": "Hand/Finger",
            "WRIST": "Wrist", "ELBOW": "Elbow", "FOREARM": "Forearm", "ARM": "Humerus", "THIGH": "Thigh", "LEG": "Calf",
            "CSPINE": "C-Spine", "TSPINE": "T-Spine", "LSPINE": "L-Spine", "WSPINE": "Whole Spine", "PELVIS": "Pelvis", "SI": "SI Joints",
            "HIPS": "Hips", "WB": "Whole Body"}


def mr_meta(cx, desc, vendor=None):
    vendor = vendor or cx.cfg["mr"]
    make, models = MR_MAKE[vendor]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    d = desc.lower()
    m["ScanningSequence"] = "GR" if any(k in d for k in ("loc", "survey", "scout", "vibe", "3d", "thrive", "fspgr", "sharp", "dixon")) else (
        "SE\\IR" if ("stir" in d or "tirm" in d) else "SE")
    if vendor == "Siemens":
        m["SequenceName"] = "*fl2d1" if "local" in d else ("*fl3d1" if "vibe" in d else ("*tir2d1_11" if "tirm" in d else "*tse2d1_5"))
    if "loc" not in d and "survey" not in d and "scout" not in d:
        m["SliceThickness"] = cx.c(["3", "3.5", "4", "2.5", "1"])
    return sop(m) if cx.p(0.3) else m


def mr_limb(cx, code, side, why, n=3, arthro=False, proto=None, extra=()):
    vendor = cx.cfg["mr"]
    if cx.lang == "it" and code in ("KNEE", "ANKLE", "FOOT", "HAND", "WRIST", "ELBOW") and cx.p(0.5):
        vendor = "Esaote"
    seqs = (ARTHRO_SEQ if arthro else {k: v[0] for k, v in MR_SEQ.items()})[vendor]
    out = []
    pr = None
    if cx.p(0.55):
        pr = proto or cx.c([f"{PROTO_EN[code]} {'Arthro' if arthro else 'Routine'}", f"MSK_{PROTO_EN[code].upper()}", PROTO_EN[code].upper()])
        if vendor == "Esaote":
            pr = cx.c(["DPA coil 2", "Knee coil 1", "Hand/Wrist coil 3"])
    coil_bpe = cx.c(BPE[code][0]) if cx.p(0.6) else cx.c(BPE[code][1])
    tag = cx.p(0.18) and side in ("L", "R")
    for d in list(seqs[:1]) + cx.rng.sample(list(seqs[1:]), min(n, len(seqs) - 1)) + list(extra):
        m = mr_meta(cx, d, vendor)
        if pr:
            m["ProtocolName"] = pr
        if cx.p(0.6):
            m["BodyPartExamined"] = coil_bpe
        if tag:
            m["Laterality"] = side
        m["PatientPosition"] = "HFS" if code in ("SHOULDER", "ARM", "ELBOW") else "FFS"
        loc = d == seqs[0]
        out.append(S(m, [code], side, ("localizer of " if loc else "") + why))
    return out


def xr_meta(cx, desc, code_bpe=None, vendor=None, mod=None):
    vendor = vendor or cx.cfg["xr"]
    make, models = XR_MAKE[vendor]
    m = {"Modality": mod or ("CR" if cx.p(0.08) else "DX"), "Manufacturer": make, "ManufacturerModelName": cx.c(models),
         "SeriesDescription": desc}
    if vendor == "Fujifilm" and cx.p(0.5):
        m["AcquisitionDeviceProcessingDescription"] = desc.upper().replace(" ", ",", 1)
    if vendor == "Agfa" and cx.p(0.4):
        m["AcquisitionDeviceProcessingDescription"] = desc
    return sop(m) if cx.p(0.3) else m


def xr_view_name(cx, code, view, side=None):
    """A film's series name: English anatomy and view for most consoles, local for some."""
    loc = VIEW_LOCAL.get(cx.lang, {})
    if cx.cfg["xr"] in ("Agfa", "Philips", "Fujifilm", "Mindray", "Samsung") and cx.lang != "en" and view in loc and cx.p(0.6):
        p = PART[cx.lang][code][0].split("|")[0]
        return cx.fmt(f"{p} {loc.get(view, view)}")
    name = f"{EN[code]} {view}"
    return name.upper() if cx.cfg["xr"] in ("Carestream", "Samsung") else name


def xr_limb(cx, code, side, why, views=None, bilat_views=()):
    """Films of a limb: one-sided views (side only in the study text or in ImageLaterality) and,
    for bilateral orders, views showing both sides (B)."""
    out = []
    views = views or VIEWS[code][: cx.c([2, 2, 3])]
    for v in views:
        m = bpe_limb(cx, xr_meta(cx, xr_view_name(cx, code, v)), code)
        m["ViewPosition"] = "PA" if v == "PA" else ("AP" if v == "AP" else cx.c(["LAT", "", "LL"]) if v == "Lateral" else "")
        if not m["ViewPosition"]:
            del m["ViewPosition"]
        if side in ("L", "R") and cx.p(0.3):
            m["ImageLaterality"] = side
        out.append(S(m, [code], side, why))
    for v in bilat_views:
        m = bpe_limb(cx, xr_meta(cx, xr_view_name(cx, code, v) + " " + side_word(cx, "B")), code)
        if cx.p(0.5):
            m["ImageLaterality"] = "B"
        out.append(S(m, [code], "B", f"{v} view of both {EN[code].lower()}s on one film"))
    return out


CT_RECON = {"Siemens": (["Topogram  0.6  Tr20"], ["Bone  0.6  Br64  3", "Soft tissue  2.0  Br40  3", "MPR Cor", "MPR Sag", "VRT Bone"], "Br64"),
            "GE": (["Scout"], ["BONE 0.625", "STND 2.5mm", "Bone Cor", "Bone Sag", "3D VR"], "BONEPLUS"),
            "Canon": (["Scanogram"], ["AX 0.5 FC30", "AX 2.0 FC13", "MPR COR", "MPR SAG", "3D"], "FC30"),
            "UIH": (["Topo"], ["Bone 1.0mm B_SHARP_C", "Soft 3.0mm B_SOFT_B", "MPR_COR", "MPR_SAG", "VR"], "B_SHARP_C")}
DOSE_PAGE = {"Siemens": ("Patient Protocol", "CT"), "GE": ("Dose Report", "CT"), "Canon": ("Dose Info", "CT"), "UIH": ("Dose Report", "CT")}


def ct_meta(cx, desc, vendor=None):
    vendor = vendor or cx.cfg["ct"]
    make, models = CT_MAKE[vendor]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if "opo" not in desc and "Scout" not in desc and "Scanogram" not in desc:
        m["ConvolutionKernel"] = CT_RECON[vendor][2] if "one" in desc.lower() or "FC30" in desc or "SHARP" in desc else cx.c(["Br40", "STANDARD", "FC13", "B_SOFT_B"])
        m["SliceThickness"] = cx.c(["0.6", "0.625", "1", "2", "3"])
    if cx.p(0.3):
        m["ImageType"] = "ORIGINAL\\PRIMARY\\AXIAL" if "MPR" not in desc and "3D" not in desc and "VR" not in desc else "DERIVED\\SECONDARY\\REFORMATTED"
    return sop(m) if cx.p(0.3) else m


def ct_study(cx, labels, side, why, bpe_good=None, bpe_alt=None, n=2, dose=True, proto=None):
    vendor = cx.cfg["ct"]
    scouts, recons, _k = CT_RECON[vendor]
    out = []
    pr = proto if proto and cx.p(0.6) else None
    for d in scouts + cx.rng.sample(recons, min(n, len(recons))):
        m = ct_meta(cx, d, vendor)
        if pr:
            m["ProtocolName"] = pr
        bpe(cx, m, bpe_good, bpe_alt)
        if side in ("L", "R") and cx.p(0.1):
            m["Laterality"] = side
        out.append(S(m, labels, side, ("scout of " if d in scouts else "") + why))
    if dose:
        out.append(noanat_dose(cx, vendor))
    return out


def noanat_dose(cx, vendor=None):
    vendor = vendor or cx.cfg["ct"]
    name, mod = DOSE_PAGE[vendor]
    if cx.p(0.4):
        m = sop({"Modality": "SR", "Manufacturer": CT_MAKE[vendor][0], "SeriesDescription": cx.c(["Dose Report", "Radiation Dose Information", "X-Ray Radiation Dose SR"])}, "SRDOSE")
        return S(m, [], None, "CT radiation dose structured report", img=False)
    m = {"Modality": mod, "Manufacturer": CT_MAKE[vendor][0], "SeriesDescription": name, "ImageType": "DERIVED\\SECONDARY\\OTHER"}
    return S(sop(m, "OT") if cx.p(0.3) else m, [], None, "CT dose page, a screen of text", img=False)


def us_meta(cx, desc=""):
    make, models = US_MAKE[cx.cfg["us"]]
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    return sop(m) if cx.p(0.3) else m


def carm_meta(cx, desc, proto=None):
    make, models = CARM_MAKE[cx.cfg["carm"]]
    m = {"Modality": cx.c(["RF", "RF", "XA"]), "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    if proto:
        m["ProtocolName"] = proto
    return sop(m) if cx.p(0.3) else m


def rf_meta(cx, desc):
    make, models = RF_MAKE[cx.cfg["rf"]]
    m = {"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    return sop(m) if cx.p(0.3) else m


def rf_dose(cx):
    m = {"Modality": "SR", "Manufacturer": RF_MAKE[cx.cfg["rf"]][0], "SeriesDescription": cx.c(["Radiation Dose Information", "Dose Report"])}
    return S(sop(m, "SRDOSE"), [], None, "fluoroscopy dose structured report", img=False)


def carm_dose(cx):
    m = {"Modality": "SR", "Manufacturer": CARM_MAKE[cx.cfg["carm"]][0], "SeriesDescription": cx.c(["Radiation Dose Report", "Dose SR", "Radiation Dose Information"])}
    return S(sop(m, "SRDOSE"), [], None, "C-arm dose structured report", img=False)


def lr(cx, w="LLLRRR"):
    return cx.c(w)


LOWER = ["KNEE", "HIP", "ANKLE", "FOOT", "LEG", "THIGH"]
UPPER = ["SHOULDER", "ELBOW", "WRIST", "HAND", "FOREARM", "ARM"]

# Local phrasings that the tables above do not cover.
PELVIS_FILM = {"en": "Pelvis AP", "fr": "Bassin face", "it": "Bacino AP", "nl": "Bekken AP", "tr": "PELVİS AP", "pt": "BACIA AP"}
ACET = {"en": "ACETABULUM", "fr": "cotyle|m", "it": "acetabolo|m", "nl": "acetabulum", "tr": "asetabulum", "pt": "acetábulo|m"}
RIBS = {"en": "XR RIBS UNILATERAL {s} 3 VIEWS", "fr": "Grill costal {s}", "it": "RX emitorace {s} (coste)",
        "nl": "X-ribben {s}", "tr": "{s} KOSTA GRAFİSİ", "pt": "RX ARCOS COSTAIS {s}"}
DVT = {"en": "US VENOUS DUPLEX LOWER EXTREMITY {s}", "fr": "Echo-doppler veineux membre inferieur {s}",
       "it": "Ecocolordoppler venoso arto inferiore {s}", "nl": "Duplex been {s} (DVT)", "tr": "{s} ALT EKSTREMİTE VENÖZ DOPPLER USG",
       "pt": "DOPPLER VENOSO DE MEMBRO INFERIOR {s}"}
ROBOT = {"en": " MAKO PROTOCOL", "fr": " protocole MAKO", "it": " protocollo robotico MAKO", "nl": " (MAKO planning)",
         "tr": " (ROBOTİK PLANLAMA)", "pt": " PROTOCOLO MAKO"}
POSTOP = {"en": " POST OP", "fr": " controle post-op", "it": " controllo post-operatorio", "nl": " postoperatief",
          "tr": " POSTOP KONTROL", "pt": " CONTROLE PÓS-OPERATÓRIO"}
PROSTH = {"en": " ARTHROPLASTY", "fr": " prothese", "it": " protesi", "nl": " prothese", "tr": " PROTEZ", "pt": " PRÓTESE"}
# Tendons and muscles named instead of the region: (name per language, code).
TENDON = {"ACHILLES": ({"en": "ACHILLES TENDON", "fr": "tendon d'Achille|m", "it": "tendine d'Achille|m", "nl": "achillespees",
                        "tr": "aşil tendonu", "pt": "tendão de Aquiles|m"}, ["ANKLE"]),
          "PATELLAR": ({"en": "PATELLAR TENDON", "fr": "tendon rotulien|m", "it": "tendine rotuleo|m", "nl": "patellapees",
                        "tr": "patellar tendon", "pt": "tendão patelar|m"}, ["KNEE"]),
          "CALF": ({"en": "CALF", "fr": "mollet|m", "it": "polpaccio|m", "nl": "kuit", "tr": "baldır", "pt": "panturrilha|f"}, ["LEG"]),
          "HAMSTRING": ({"en": "HAMSTRINGS", "fr": "ischio-jambiers|m", "it": "muscoli ischiocrurali|m", "nl": "hamstrings",
                         "tr": "hamstring kası", "pt": "isquiotibiais|m"}, ["THIGH"]),
          "CUFF": ({"en": "ROTATOR CUFF", "fr": "coiffe des rotateurs|f", "it": "cuffia dei rotatori|f", "nl": "rotator cuff",
                    "tr": "rotator manşet", "pt": "manguito rotador|m"}, ["SHOULDER"]),
          "PEC": ({"en": "PECTORALIS MAJOR", "fr": "muscle grand pectoral|m", "it": "muscolo grande pettorale|m",
                   "nl": "m. pectoralis major", "tr": "pektoral kas", "pt": "músculo peitoral maior|m"}, ["CHEST", "SHOULDER"]),
          "EPICOND": ({"en": "ELBOW COMMON EXTENSOR", "fr": "épicondyle|m", "it": "epicondilo|m", "nl": "epicondylus lateralis",
                       "tr": "lateral epikondil", "pt": "epicôndilo lateral|m"}, ["ELBOW"])}
CARM_AX = {"en": {"l": "FL INTRAOP LUMBAR SPINE", "c": "FL INTRAOP CERVICAL SPINE", "t": "FL INTRAOP KYPHOPLASTY THORACIC", "p": "FL INTRAOP PELVIS"},
           "fr": {"l": "Scopie per-operatoire rachis lombaire", "c": "Scopie per-operatoire rachis cervical", "t": "Scopie cyphoplastie dorsale",
                  "p": "Scopie per-operatoire bassin"},
           "it": {"l": "Scopia intraoperatoria rachide lombare", "c": "Scopia intraoperatoria rachide cervicale", "t": "Scopia cifoplastica dorsale",
                  "p": "Scopia intraoperatoria bacino"},
           "nl": {"l": "Doorlichting OK LWK", "c": "Doorlichting OK CWK", "t": "Doorlichting OK TWK (kyfoplastiek)", "p": "Doorlichting OK bekken"},
           "tr": {"l": "AMELİYATHANE SKOPİ LOMBER", "c": "AMELİYATHANE SKOPİ SERVİKAL", "t": "AMELİYATHANE SKOPİ TORAKAL KİFOPLASTİ",
                  "p": "AMELİYATHANE SKOPİ PELVİS"},
           "pt": {"l": "RADIOSCOPIA INTRAOPERATÓRIA COLUNA LOMBAR", "c": "RADIOSCOPIA INTRAOPERATÓRIA COLUNA CERVICAL",
                  "t": "RADIOSCOPIA CIFOPLASTIA TORÁCICA", "p": "RADIOSCOPIA INTRAOPERATÓRIA BACIA"}}
SCAN_DOC = {"en": "Scanned Order", "fr": "Demande d'examen", "it": "Richiesta scansionata", "nl": "Aanvraagformulier",
            "tr": "İstem Formu", "pt": "Pedido Médico Digitalizado"}
TEMPLATING = ["mediCAD", "TraumaCad", "OrthoView", "mediCAD Hectec"]


def part_sd(cx, kind, key, side):
    names, codes = TENDON[key]
    return limb_sd(cx, kind, "KNEE", side, part=names[cx.lang]), codes


def pelvis_ap(cx, why="AP pelvis of a hip exam shows both hips"):
    m = xr_meta(cx, cx.fmt(PELVIS_FILM[cx.lang]) if cx.lang != "en" or cx.p(0.5) else "PELVIS AP")
    m["ViewPosition"] = "AP"
    bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
    return S(m, ["PELVIS", "HIP"], "B", why)


def templ_image(cx, labels, side, why):
    m = {"Modality": "OT", "Manufacturer": cx.c(TEMPLATING), "SeriesDescription": cx.c(["Templating", "Planning Image", "Template Overlay", "Calibrated Image"])}
    if cx.p(0.5):
        m["ImageType"] = "DERIVED\\SECONDARY"
    return S(sop(m, "OT"), labels, side, why)


def templ_report(cx):
    m = {"Modality": cx.c(["DOC", "OT"]), "Manufacturer": cx.c(TEMPLATING), "SeriesDescription": cx.c(["Planning Report", "Templating Report PDF", "Encapsulated PDF"])}
    return S(sop(m, "DOC" if m["Modality"] == "DOC" else "OT"), [], None, "templating report, a page of text", img=False)


# ---------------------------------------------------------------- strata

def st_arthro(cx):
    joint = cx.c(["HIP"] * 4 + ["KNEE"] * 4 + ["SHOULDER"] * 2 + ["ANKLE", "ELBOW"])
    side = lr(cx)
    kind = cx.c(["pre", "post", "post", "robot", "ct", "mr"] if joint in ("HIP", "KNEE") else ["pre", "post", "post", "ct", "robot"])
    L = cx.lang
    if kind in ("pre", "post"):
        sd = limb_sd(cx, "XR", joint, side) + (POSTOP[L] if kind == "post" else PROSTH[L] if cx.p(0.3) else "")
        sd = cx.fmt(sd)
        why = f"{'follow-up' if kind == 'post' else 'pre-operative'} film of the {EN[joint].lower()} arthroplasty side"
        ser = []
        if joint == "HIP":
            ser.append(pelvis_ap(cx))
            ser += xr_limb(cx, "HIP", side, why, views=cx.c([["AP", "Lateral"], ["Lateral"], ["Cross table"]]))
            if kind == "pre" and cx.p(0.6):
                ser.append(templ_image(cx, ["PELVIS", "HIP"], "B", "templated AP pelvis shows both hips"))
                ser.append(templ_report(cx))
        elif joint == "KNEE":
            ser += xr_limb(cx, "KNEE", side, why, views=cx.c([["Lateral"], ["AP", "Lateral"], ["Lateral", "Merchant"]]),
                           bilat_views=cx.c([["AP"], ["Rosenberg"], [], ["AP", "Merchant"]]) if kind == "pre" else [])
            if kind == "pre" and cx.p(0.5):
                ser.append(templ_image(cx, ["KNEE"], side, "templated knee film of the operated side"))
                ser.append(templ_report(cx))
        else:
            ser += xr_limb(cx, joint, side, why)
        return sd, ser
    if kind == "robot":
        if joint == "KNEE":
            labels, why = ["HIP", "KNEE", "ANKLE"], "robotic knee planning CT: hip, knee and ankle of the side"
        elif joint == "HIP":
            labels, why = ["PELVIS", "HIP", "KNEE"], "robotic hip planning CT: pelvis, hip and knee of the side"
        else:
            labels, why = [joint], "arthroplasty planning CT of the joint"
        sd = cx.fmt(limb_sd(cx, "CT", joint, side) + ROBOT[L])
        return sd, ct_study(cx, labels, side, why, None, None, n=2, proto=cx.c(["MAKO TKA", "MAKO THA", "Blueprint", "Ortho Planning"]))
    if kind == "ct":
        sd = cx.fmt(limb_sd(cx, "CT", joint, side) + PROSTH[L])
        ser = ct_study(cx, [joint], side, f"CT of the {EN[joint].lower()} prosthesis", cx.c(BPE[joint][0]), BPE[joint][1], n=2)
        m = ct_meta(cx, cx.c(["Bone MAR 1.0", "iMAR Bone 1.0", "SEMAR 1.0", "O-MAR Bone"]))
        ser.insert(1, S(m, [joint], side, "metal artefact reduced recon of the prosthesis"))
        return sd, ser
    # MR around a prosthesis
    sd = cx.fmt(limb_sd(cx, "MR", joint, side) + PROSTH[L])
    extra = {"GE": ["Cor MAVRIC SL STIR", "Ax MAVRIC SL PD"], "Siemens": ["t2_tirm_cor_SEMAC", "pd_tse_tra_WARP"],
             "Philips": ["STIR_COR_O-MAR", "PDW_TSE_TRA_O-MAR XD"], "Esaote": ["STIR COR"]}[cx.cfg["mr"]]
    return sd, mr_limb(cx, joint, side, f"MR of the {EN[joint].lower()} prosthesis", n=1, extra=extra)


def st_alignment(cx):
    k = cx.c(["longleg"] * 3 + ["ws"] * 3 + ["eos_spine", "eos_ll", "torsion", "scano"])
    if k in ("longleg", "eos_ll"):
        sd = cx.x(k)
        eos = k == "eos_ll" or (cx.p(0.25) and cx.lang in ("en", "fr", "it"))
        descs = ["Frontal", "Lateral"] if eos else cx.c([["Long Leg AP"], ["LONG LEG STANDING", "Stitched"], ["Lower limbs AP standing"]])
        ser = []
        for d in descs:
            if eos:
                m = {"Modality": "DX", "Manufacturer": "EOS imaging", "ManufacturerModelName": cx.c(["EOSedge", "EOS"]), "SeriesDescription": d}
            else:
                m = xr_meta(cx, d)
                if cx.p(0.4):
                    m["ImageType"] = "DERIVED\\PRIMARY\\STITCHED"
            bpe(cx, m, "LOWER LIMB", ["LEG", "EXTREMITY", "WHOLEBODY"], p_missing=0.4, p_alt=0.4)
            ser.append(S(m, LONGLEG, "B", "standing film of both lower limbs, hip to ankle"))
        return sd, ser
    if k in ("ws", "eos_spine"):
        sd = cx.x("xr_ws" if k == "ws" else "eos_spine")
        eos = k == "eos_spine"
        descs = ["Frontal", "Lateral"] if eos else ["Whole Spine PA", "Whole Spine LAT"] + (["Bending Right", "Bending Left"] if cx.p(0.3) else [])
        ser = []
        for d in descs:
            if eos:
                m = {"Modality": "DX", "Manufacturer": "EOS imaging", "ManufacturerModelName": cx.c(["EOSedge", "EOS"]), "SeriesDescription": d}
            else:
                m = xr_meta(cx, d.upper() if cx.p(0.4) else d)
            bpe(cx, m, "SPINE", ["WHOLESPINE", "TSPINE", "CHEST"], p_alt=0.3)
            ser.append(S(m, WSPINE, None, "whole-spine film" + (" (side-bending view, spine has no side)" if "Bending" in d else "")))
        return sd, ser
    if k == "torsion":
        sd = cx.x("torsion")
        v = cx.cfg["ct"]
        scouts = CT_RECON[v][0]
        ser = [S(bpe(cx, ct_meta(cx, scouts[0]), "LOWER LIMB", ["LEG", "PELVIS"]), ["HIP", "KNEE", "ANKLE"], "B", "scout of a torsion CT of hips, knees and ankles")]
        for name, code in (("Hips", "HIP"), ("Knees", "KNEE"), ("Ankles", "ANKLE")):
            d = {"Siemens": f"{name}  3.0  Br40", "GE": f"{name.upper()} 2.5mm", "Canon": f"{name.upper()} AX 2.0", "UIH": f"{name} 2.0mm"}[v]
            ser.append(S(bpe(cx, ct_meta(cx, d), code, ["LOWER LIMB", "PELVIS"]), [code], "B", f"torsion CT recon of both {name.lower()}"))
        ser.append(noanat_dose(cx))
        return sd, ser
    sd = cx.x("scano")
    v = cx.cfg["ct"]
    ser = [S(ct_meta(cx, d), LONGLEG, "B", "CT scanogram of both lower limbs") for d in CT_RECON[v][0] + ["Scanogram Measurement"]]
    ser.append(noanat_dose(cx))
    return sd, ser


FRACT = ["WRIST"] * 4 + ["ANKLE"] * 4 + ["HIP"] * 2 + ["SHOULDER"] * 2 + ["ELBOW"] * 2 + ["HAND"] * 3 + ["FOOT"] * 3 + \
        ["LEG"] * 2 + ["THIGH", "FOREARM", "FOREARM", "KNEE", "KNEE", "ARM"] + ["acet", "ring", "ribs"]


def st_fracture(cx):
    code = cx.c(FRACT)
    side = lr(cx)
    L = cx.lang
    post = cx.p(0.35)
    if code == "ribs":
        s = side_word(cx, side)
        sd = cx.fmt(RIBS[L].format(s=s))
        ser = [S(bpe(cx, xr_meta(cx, d), "CHEST", ["RIBS", "THORAX"]), ["CHEST"], None, "rib films: the chest wall (ribs fold into CHEST, which has no side)")
               for d in ["Ribs AP", "Ribs Oblique", "Chest PA"][: cx.c([1, 2, 3])]]
        return sd, ser
    if code == "ring":
        if cx.p(0.5):
            sd = cx.x("xr_pelvis")
            ser = [S(bpe(cx, xr_meta(cx, d), "PELVIS", ["HIP", "ABDOMEN"]), ["PELVIS"], None, "pelvic ring film") for d in ["Pelvis AP", "Inlet", "Outlet"]]
            return sd, ser
        sd = cx.x("ct_pelvis")
        return sd, ct_study(cx, ["PELVIS"], None, "CT of the pelvic ring", "PELVIS", ["ABDOMEN", "HIP"])
    if code == "acet":
        if cx.p(0.5):
            sd = limb_sd(cx, "CT", "HIP", side, part=ACET[L])
            return sd, ct_study(cx, ["PELVIS", "HIP"], side, "CT of one acetabulum: pelvis and that hip", "PELVIS", ["HIP"], n=3)
        sd = limb_sd(cx, "XR", "HIP", side, part=ACET[L])
        ser = [pelvis_ap(cx, "AP pelvis for an acetabular fracture shows both hips")]
        for d in ["Judet obturator oblique", "Judet iliac oblique"]:
            m = bpe(cx, xr_meta(cx, d), "PELVIS", ["HIP"])
            if cx.p(0.4):
                m["ImageLaterality"] = side
            ser.append(S(m, ["PELVIS", "HIP"], side, "Judet view of one acetabulum"))
        return sd, ser
    alt = cx.p(0.3)
    if code in ("FOOT", "KNEE", "WRIST", "ANKLE") and cx.p(0.3) and not post:
        sd = limb_sd(cx, "CT", code, side, alt=alt)
        return sd, ct_study(cx, [code], side, f"fracture CT of the {EN[code].lower()}", cx.c(BPE[code][0]), BPE[code][1], n=cx.c([1, 2, 3]))
    sd = limb_sd(cx, "XR", code, side, alt=alt)
    if post:
        sd = cx.fmt(sd + POSTOP[L])
    why = f"{'post-fixation ' if post else ''}film of the {EN[code].lower()}"
    if code == "HIP":
        return sd, [pelvis_ap(cx, "AP pelvis of a hip fracture exam shows both hips")] + xr_limb(cx, "HIP", side, why, views=["Lateral"])
    return sd, xr_limb(cx, code, side, why)


TRAUMA_RECON = {
    "Siemens": [("Topogram  0.6  Tr20", WB, "topogram of a whole-body trauma CT"), ("Schaedel  5.0  Hr38", ["HEAD"], "head recon"),
                ("HWS  1.0  Br64", ["CSPINE"], "cervical spine recon"), ("Thorax  3.0  Br40", ["CHEST"], "chest recon"),
                ("Abdomen  3.0  Br40", ["ABDOMEN", "PELVIS"], "abdomen and pelvis recon"), ("WS sag  2.0  Br64", WSPINE, "whole-spine reformat"),
                ("Polytrauma  1.0  Br40", WB, "whole-body trauma volume"), ("Becken  2.0  Br64", ["PELVIS"], "pelvis bone recon")],
    "UIH": [("Topo", WB, "topogram of a whole-body trauma CT"), ("Head 5.0mm B_BRAIN", ["HEAD"], "head recon"),
            ("C-Spine 1.0mm B_SHARP_C", ["CSPINE"], "cervical spine recon"), ("Chest 3.0mm B_LUNG", ["CHEST"], "chest recon"),
            ("Abd-Pelvis 3.0mm B_SOFT_B", ["ABDOMEN", "PELVIS"], "abdomen and pelvis recon"), ("Spine SAG 2.0mm", WSPINE, "whole-spine reformat"),
            ("Body 1.0mm", WB, "whole-body trauma volume")],
    "Canon": [("Scanogram", WB, "scanogram of a whole-body trauma CT"), ("HEAD 5.0 FC26", ["HEAD"], "head recon"),
              ("C-SPINE 1.0 FC30", ["CSPINE"], "cervical spine recon"), ("CHEST 2.0 FC52", ["CHEST"], "chest recon"),
              ("ABD/PELVIS 2.0 FC13", ["ABDOMEN", "PELVIS"], "abdomen and pelvis recon"), ("SPINE SAG FC30", WSPINE, "whole-spine reformat"),
              ("BODY 0.5 FC13", WB, "whole-body trauma volume")],
    "GE": [("Scout", WB, "scout of a whole-body trauma CT"), ("HEAD 5mm STND", ["HEAD"], "head recon"),
           ("C SPINE BONE 1.25", ["CSPINE"], "cervical spine recon"), ("CHEST 2.5 LUNG", ["CHEST"], "chest recon"),
           ("ABD PELVIS 2.5 STND", ["ABDOMEN", "PELVIS"], "abdomen and pelvis recon"), ("T-L SPINE SAG", ["TSPINE", "LSPINE"], "thoracolumbar reformat"),
           ("BODY 1.25 STND", WB, "whole-body trauma volume")],
}


def st_polytrauma(cx):
    k = cx.c(["trauma"] * 4 + ["ct_head", "cta_hn", "cta_neck", "ct_c", "xr_chest", "xr_pelvis", "fast"])
    v = cx.cfg["ct"]
    if k == "trauma":
        sd = cx.x("trauma")
        recs = TRAUMA_RECON[v]
        ser = []
        for d, labels, why in [recs[0]] + cx.rng.sample(recs[1:], 4):
            m = ct_meta(cx, d, v)
            bpe(cx, m, cx.c(["WHOLEBODY", "TRAUMA"]), ["CHEST", "HEAD", "ABDOMEN"], p_alt=0.35)
            ser.append(S(m, labels, None, why))
        ser.append(noanat_dose(cx))
        return sd, ser
    if k == "fast":
        sd = cx.fmt({"en": "US FAST TRAUMA", "fr": "Echo FAST", "it": "ECO FAST", "nl": "Echo FAST (trauma)", "tr": "FAST USG", "pt": "US FAST"}[cx.lang])
        return sd, [S(us_meta(cx), ["CHEST", "ABDOMEN", "PELVIS"], None, "FAST: pericardial, abdominal and pelvic views")]
    if k in ("xr_chest", "xr_pelvis"):
        sd = cx.x(k)
        lab = ["CHEST"] if k == "xr_chest" else ["PELVIS"]
        m = bpe(cx, xr_meta(cx, cx.c(["Chest AP supine", "Thorax AP", "CHEST AP"]) if k == "xr_chest" else cx.c(["Pelvis AP", "Bekken AP", "PELVIS"])),
                lab[0], ["ABDOMEN"] if lab == ["PELVIS"] else ["THORAX"])
        return sd, [S(m, lab, None, "trauma room film")]
    table = {"ct_head": (["HEAD"], "HEAD", "head CT"), "cta_hn": (["HEAD", "NECK"], "NECK", "CT angiography of head and neck vessels"),
             "cta_neck": (["NECK"], "NECK", "CT angiography of the neck vessels"), "ct_c": (["CSPINE"], "CSPINE", "cervical spine CT")}
    labels, b, why = table[k]
    return cx.x(k), ct_study(cx, labels, None, why, b, ["HEAD", "CHEST"] if b == "NECK" else ["NECK"], n=2)


CARM_PROC = [("HIP", ["HIP", "THIGH"], "cephalomedullary nail: hip and femur"), ("WRIST", ["WRIST"], "distal radius plating"),
             ("ANKLE", ["ANKLE"], "ankle fixation"), ("LEG", ["KNEE", "LEG"], "tibial nail: entry at the knee and the tibia"),
             ("THIGH", ["HIP", "THIGH"], "antegrade femoral nail: entry at the hip and the femur"),
             ("SHOULDER", ["SHOULDER", "ARM"], "proximal humerus plate: shoulder and humerus"), ("SHOULDER", ["SHOULDER"], "clavicle plate"),
             ("ELBOW", ["ELBOW"], "elbow fixation"), ("HAND", ["HAND"], "hand K-wires"), ("FOOT", ["FOOT"], "forefoot osteotomy"),
             ("HIP", ["HIP"], "hip pinning or arthroplasty check"), ("l", ["LSPINE"], "lumbar pedicle screws"),
             ("c", ["CSPINE"], "anterior cervical fusion"), ("t", ["TSPINE"], "thoracic kyphoplasty"), ("p", ["PELVIS"], "sacroiliac screw")]
CARM_SER = {"GE OEC": ["Fluoro", "Saved Fluoro", "Digital Spot", ""], "Ziehm": ["Orthopedics", "Extremities", "Fluoro", ""],
            "Siemens": ["Fluoro", "Single Shot", "Pulsed Fluoro", ""], "Philips": ["Fluoro", "Ortho", "Exposure", ""]}
CARM_PROTO = {"HIP": "Hip/Pelvis", "WRIST": "Extremities", "ANKLE": "Extremities", "LEG": "Extremities", "THIGH": "Hip/Pelvis",
              "SHOULDER": "Shoulder", "ELBOW": "Extremities", "HAND": "Hand", "FOOT": "Extremities", "l": "Spine", "c": "Spine", "t": "Spine", "p": "Pelvis"}


def st_carm(cx):
    key, labels, why = cx.c(CARM_PROC)
    if key in ("l", "c", "t", "p"):
        side = None
        sd = cx.fmt(CARM_AX[cx.lang][key])
    else:
        side = lr(cx)
        sd = limb_sd(cx, "CARM", key, side, alt=key in ("SHOULDER", "HAND", "FOOT") and cx.p(0.3))
    ser = []
    for d in cx.rng.sample(CARM_SER[cx.cfg["carm"]], 2):
        m = carm_meta(cx, d, CARM_PROTO[key] if cx.p(0.5) else None)
        if side and cx.p(0.15):
            m["ImageLaterality"] = side
        if cx.p(0.55):
            m["BodyPartExamined"] = cx.c({"l": ["LSPINE", "SPINE"], "c": ["CSPINE"], "t": ["TSPINE", "SPINE"], "p": ["PELVIS"]}.get(key, ["EXTREMITY", key if key in BPE else "EXTREMITY"]))
        ser.append(S(m, labels, side, "intra-operative C-arm image, " + why))
    model = ser[0]["meta"]["ManufacturerModelName"]
    if model in ("Cios Spin", "Vision RFD 3D", "OEC 3D") and cx.p(0.7):
        m = {"Modality": "CT", "Manufacturer": CARM_MAKE[cx.cfg["carm"]][0], "ManufacturerModelName": model,
             "SeriesDescription": cx.c(["3D Volume", "3D Recon", "Spin 3D"]), "ImageType": "DERIVED\\PRIMARY\\VOLUME"}
        ser.append(S(m, labels, side, "intra-operative 3D C-arm volume, " + why))
    ser.append(carm_dose(cx))
    return sd, ser


ARTHRO_J = ["SHOULDER"] * 5 + ["HIP"] * 3 + ["WRIST"] * 2 + ["ELBOW", "ANKLE", "KNEE"]


def st_arthrography(cx):
    code = cx.c(ARTHRO_J)
    side = lr(cx)
    k = cx.c(["mr", "mr", "mr", "ct", "inj"])
    if k == "mr":
        sd = limb_sd(cx, "ARTMR", code, side)
        ser = mr_limb(cx, code, side, f"MR arthrogram of the {EN[code].lower()}", n=3, arthro=True)
        if cx.p(0.4):
            m = bpe_limb(cx, rf_meta(cx, cx.c(["Arthrogram", "Spot", "Fluoro Store"])), code)
            ser.append(S(m, [code], side, "fluoroscopic joint injection before the MR arthrogram"))
        return sd, ser
    if k == "ct":
        sd = limb_sd(cx, "ARTCT", code, side)
        return sd, ct_study(cx, [code], side, f"CT arthrogram of the {EN[code].lower()}", cx.c(BPE[code][0]), BPE[code][1], n=3)
    if cx.p(0.3):
        sd = limb_sd(cx, "USINJ", code, side)
        return sd, [S(bpe_limb(cx, us_meta(cx, cx.c(["", "Needle", "MSK"])), code), [code], side, "ultrasound-guided joint injection")]
    sd = limb_sd(cx, "INJ", code, side)
    ser = [S(bpe_limb(cx, rf_meta(cx, d), code), [code], side, "fluoroscopic joint injection") for d in cx.rng.sample(["Arthrogram", "Spot", "Fluoro Store", "Contrast"], 2)]
    ser.append(rf_dose(cx))
    return sd, ser


SPINE_MR = {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag", "t2_tse_cor"],
            "GE": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR", "Cor T2"],
            "Philips": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG", "T2W_TSE_COR"],
            "Esaote": ["SCOUT", "FSE T2 SAG", "SE T1 SAG", "FSE T2 AX", "STIR SAG", "FSE T2 COR"]}
SPINE_KEYS = {"c": (["CSPINE"], "CSPINE"), "t": (["TSPINE"], "TSPINE"), "l": (["LSPINE"], "LSPINE"), "ws": (WSPINE, "SPINE"),
              "ct": (["CSPINE", "TSPINE"], "SPINE"), "tl": (["TSPINE", "LSPINE"], "SPINE")}


def st_spine(cx):
    k = cx.c(["mr"] * 5 + ["ct"] * 2 + ["xr"] * 3 + ["inj"] * 3 + ["si", "coccyx"])
    if k == "mr":
        r = cx.c(["l", "l", "l", "c", "c", "t", "ws", "ct"])
        labels, good = SPINE_KEYS[r]
        sd = cx.x({"l": "mr_l", "c": "mr_c", "t": "mr_t", "ws": "mr_ws", "ct": "mr_ct"}[r])
        seqs = SPINE_MR[cx.cfg["mr"]]
        ser = []
        extra = []
        if r == "ws":
            extra = [{"Siemens": "t2_tse_sag_COMPOSED", "GE": "Sag T2 COMPOSED", "Philips": "T2W_TSE_SAG_MobiView", "Esaote": "FSE T2 SAG"}[cx.cfg["mr"]]]
        for d in [seqs[0]] + cx.rng.sample(seqs[1:], 3) + extra:
            m = mr_meta(cx, d)
            if cx.p(0.5):
                m["ProtocolName"] = cx.c([PROTO_EN.get({"l": "LSPINE", "c": "CSPINE", "t": "TSPINE", "ws": "WSPINE", "ct": "CSPINE"}[r]), "SPINE ROUTINE", "Wirbelsaeule"])
            bpe(cx, m, good, ["SPINE", "ABDOMEN", "NECK", "CHEST"] if r != "ws" else ["LSPINE", "CSPINE"], p_alt=0.2)
            m["PatientPosition"] = "HFS"
            ser.append(S(m, labels, None, ("localizer of " if d == seqs[0] else "") + "spine MR" + (" (cervical and thoracic)" if r == "ct" else "")))
        return sd, ser
    if k == "ct":
        r = cx.c(["c", "l", "l", "tl"])
        labels, good = SPINE_KEYS[r]
        return cx.x({"c": "ct_c", "l": "ct_l", "tl": "ct_tl"}[r]), ct_study(cx, labels, None, "spine CT", good, ["SPINE", "ABDOMEN", "CHEST"], n=3)
    if k == "xr":
        r = cx.c(["l", "l", "c", "t", "tl"])
        labels, good = SPINE_KEYS[r]
        sd = cx.x({"c": "xr_c", "l": "xr_l", "t": "xr_t", "tl": "xr_tl"}[r])
        pre = {"c": "C-Spine", "l": "L-Spine", "t": "T-Spine", "tl": "TL-Spine"}[r]
        views = ["AP", "Lateral", "Flexion", "Extension"] + (["Odontoid"] if r == "c" else [])
        ser = [S(bpe(cx, xr_meta(cx, f"{pre} {v}" if cx.p(0.6) else f"{pre.upper()} {v.upper()}"), good, ["SPINE", "CHEST", "ABDOMEN"]), labels, None, "spine film")
               for v in cx.rng.sample(views, cx.c([2, 3]))]
        return sd, ser
    if k == "si":
        if cx.p(0.5):
            sd = cx.x("mr_si")
            seqs = SPINE_MR[cx.cfg["mr"]]
            ser = [S(bpe(cx, mr_meta(cx, d.replace("SAG", "COR").replace("sag", "cor")), "PELVIS", ["LSPINE", "SPINE", "SACRUM"]), ["PELVIS"], None, "sacroiliac joint MR")
                   for d in [seqs[0]] + cx.rng.sample(seqs[1:], 2)]
            return sd, ser
        sd = cx.x("si")
        return sd, [S(rf_meta(cx, cx.c(["Spot", "SI Joint", "Fluoro Store"])), ["PELVIS"], None, "sacroiliac joint injection"), rf_dose(cx)]
    if k == "coccyx":
        sd = cx.x("coccyx")
        return sd, [S(bpe(cx, xr_meta(cx, d), "SACRUM", ["PELVIS", "LSPINE"]), ["PELVIS"], None, "sacrum and coccyx film") for d in ["Sacrum AP", "Coccyx Lateral"]]
    r = cx.c(["esi_l", "esi_l", "facet", "esi_c", "vp_t", "vp_l"])
    labels = {"esi_l": ["LSPINE"], "facet": ["LSPINE"], "esi_c": ["CSPINE"], "vp_t": ["TSPINE"], "vp_l": ["LSPINE"]}[r]
    sd = cx.x(r)
    if cx.lang == "fr" and r in ("esi_l", "esi_c"):
        ser = ct_study(cx, labels, None, "CT-guided periradicular injection", None, None, n=1)
        return sd, ser
    ser = [S(bpe(cx, rf_meta(cx, d), labels[0], ["SPINE"]), labels, None, "fluoroscopy-guided spine injection") for d in cx.rng.sample(["Spot", "Fluoro Store", "Contrast", "Needle"], 2)]
    ser.append(rf_dose(cx))
    return sd, ser


def st_sports(cx):
    side = lr(cx)
    k = cx.c(["mr"] * 6 + ["us"] * 3 + ["xr"] * 2 + ["pub", "pec", "thighs"])
    if k == "mr":
        code = cx.c(["KNEE"] * 5 + ["SHOULDER"] * 3 + ["ANKLE"] * 2 + ["HIP", "WRIST", "ELBOW", "FOOT", "LEG", "THIGH", "HAND"])
        sd = limb_sd(cx, "MR", code, side, alt=code in ("HAND", "FOOT", "WRIST") and cx.p(0.4))
        return sd, mr_limb(cx, code, side, f"sports MR of the {EN[code].lower()}", n=cx.c([2, 3, 4]))
    if k == "us":
        key = cx.c(list(TENDON))
        if key == "PEC":
            key = "CUFF"
        sd, codes = part_sd(cx, "US", key, side)
        return sd, [S(bpe_limb(cx, us_meta(cx, cx.c(["", "", "MSK", "Tendon"])), codes[-1]), codes, side, "tendon or muscle ultrasound")]
    if k == "xr":
        code = cx.c(["ANKLE", "KNEE", "HAND", "FOOT", "SHOULDER", "ELBOW"])
        return limb_sd(cx, "XR", code, side, alt=code in ("HAND", "FOOT") and cx.p(0.5)), xr_limb(cx, code, side, f"film of the injured {EN[code].lower()}")
    if k == "pub":
        sd = cx.x("pubalgia")
        seqs = SPINE_MR[cx.cfg["mr"]]
        return sd, [S(bpe(cx, mr_meta(cx, d.replace("SAG", "COR").replace("sag", "cor")), "PELVIS", ["HIP"]), ["PELVIS"], None, "athletic pubalgia MR: pubic symphysis")
                    for d in [seqs[0]] + cx.rng.sample(seqs[1:], 2)]
    if k == "pec":
        sd, codes = part_sd(cx, "MR", "PEC", side)
        return sd, [dict(s, labels=codes) for s in mr_limb(cx, "SHOULDER", side, "pectoralis major MR: chest wall and its humeral insertion", n=2)]
    sd, codes = part_sd(cx, "MR", "HAMSTRING", "B")
    return sd, mr_limb(cx, "THIGH", "B", "MR of both thighs (hamstrings)", n=2)


def st_tumour(cx):
    k = cx.c(["mr_limb"] * 4 + ["ct_chest", "ct_cap", "pet", "pet", "bone_wb", "wbmr", "survey", "biopsy", "emb", "mg", "xr", "ct_limb", "mr_pelvis"])
    side = lr(cx)
    if k == "mr_limb":
        code = cx.c(["THIGH", "THIGH", "KNEE", "LEG", "ARM", "SHOULDER", "FOREARM", "HIP"])
        sd = limb_sd(cx, "MRC", code, side, alt=cx.p(0.3))
        post = {"Siemens": ["t1_vibe_fs_tra_post", "t1_tse_fs_cor_post_Gd", "SUB t1_vibe"], "GE": ["Ax T1 FS POST", "Cor T1 FS +C", "SUB"],
                "Philips": ["T1W_mDIXON_TRA_Gd", "T1W_SPIR_COR_Gd", "SUB_T1W"], "Esaote": ["SE T1 FS COR Gd"]}[cx.cfg["mr"]]
        return sd, mr_limb(cx, code, side, f"tumour MR of the {EN[code].lower()}", n=2, extra=cx.rng.sample(post, 1))
    if k == "mr_pelvis":
        sd = cx.fmt({"en": "MRI PELVIS BONY W WO CONTRAST", "fr": "IRM du bassin osseux", "it": "RM bacino con mdc", "nl": "MRI bekken",
                     "tr": "PELVİS MR (KONTRASTLI)", "pt": "RM DA BACIA COM CONTRASTE"}[cx.lang])
        seqs = SPINE_MR[cx.cfg["mr"]]
        return sd, [S(bpe(cx, mr_meta(cx, d.replace("SAG", "COR").replace("sag", "cor")), "PELVIS", ["HIP", "ABDOMEN"]), ["PELVIS"], None, "MR of a pelvic bone tumour")
                    for d in [seqs[0]] + cx.rng.sample(seqs[1:], 3)]
    if k in ("ct_chest", "ct_cap"):
        labels = ["CHEST"] if k == "ct_chest" else CAP
        return cx.x(k), ct_study(cx, labels, None, "staging CT" + (" of chest" if k == "ct_chest" else " of chest, abdomen and pelvis"),
                                  "CHEST", ["LUNG", "ABDOMEN", "THORAX"], n=2)
    if k == "pet":
        sd = cx.x("pet")
        pv = "GE" if cx.cfg["ct"] in ("GE", "Canon", "UIH") else "Siemens"
        make, models = PET_MAKE[pv]
        model = cx.c(models)
        ser = []
        for mod, d in (("CT", "Topogram" if pv == "Siemens" else "Scout"), ("PT", "PET AC"), ("PT", "PET NAC"), ("CT", "CT WB 3.75 STND"), ("PT", "MIP")):
            m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            bpe(cx, m, "WHOLEBODY", ["CHEST", "ABDOMEN", "HEAD", "LUNG"], p_alt=0.35)
            ser.append(S(sop(m) if cx.p(0.3) else m, WB, None, "whole-body PET/CT"))
        ser.append(noanat_dose(cx, "GE" if pv == "GE" else "Siemens"))
        return sd, ser
    if k == "bone_wb":
        return cx.x("bone_wb"), nm_wb(cx)
    if k == "wbmr":
        sd = cx.x("wbmr")
        seqs = {"Siemens": ["localizer", "t1_tse_cor_WB_COMPOSED", "t2_tirm_cor_WB_COMPOSED", "ep2d_diff_tra_WB_ADC"],
                "GE": ["3-Plane Loc", "Cor T1 WB COMPOSED", "Cor STIR WB", "Ax DWI WB ADC"],
                "Philips": ["Survey", "T1W_mDIXON_COR_WB", "STIR_COR_WB", "DWIBS_TRA_ADC"], "Esaote": ["SCOUT", "SE T1 COR"]}[cx.cfg["mr"]]
        return sd, [S(bpe(cx, mr_meta(cx, d), "WHOLEBODY", ["CHEST", "SPINE"], p_alt=0.3), WB, None, "whole-body MR") for d in seqs]
    if k == "survey":
        sd = cx.x("survey")
        films = [("Skull Lateral", ["HEAD"], None), ("Chest PA", ["CHEST"], None), ("Pelvis AP", ["PELVIS"], None),
                 ("C-Spine Lateral", ["CSPINE"], None), ("T-Spine Lateral", ["TSPINE"], None), ("L-Spine Lateral", ["LSPINE"], None),
                 ("Humerus LT", ["ARM"], "L"), ("Humerus RT", ["ARM"], "R"), ("Femur LT", ["THIGH"], "L"), ("Femur RT", ["THIGH"], "R")]
        ser = []
        for d, labels, s in films:
            m = bpe(cx, xr_meta(cx, d), labels[0] if labels[0] in ("HEAD", "CHEST", "PELVIS") else None, ["SKULL", "WHOLEBODY"])
            if s:
                m["ImageLaterality"] = s
            ser.append(S(m, labels, s, "one film of a skeletal survey"))
        return sd, ser
    if k == "biopsy":
        return cx.x("biopsy_ct"), ct_study(cx, ["PELVIS"], None, "CT-guided biopsy of a pelvic bone lesion", "PELVIS", ["ABDOMEN"], n=1)
    if k == "emb":
        sd = cx.x("emb")
        m = {"Modality": "XA", "Manufacturer": "Siemens" if cx.cfg["rf"] == "Siemens" else "Philips Medical Systems",
             "ManufacturerModelName": "Artis Q" if cx.cfg["rf"] == "Siemens" else "Azurion 7 M20"}
        return sd, [S(sop(dict(m, SeriesDescription=d)), ["PELVIS"], None, "pelvic angiography and embolisation") for d in ["DSA Iliaca int.", "DSA post Emb", "Fluoro"]]
    if k == "mg":
        sd = cx.x("mg_b")
        ser = []
        for s in "RL":
            for v in ("CC", "MLO"):
                m = {"Modality": "MG", "Manufacturer": "HOLOGIC, Inc.", "ManufacturerModelName": "Selenia Dimensions",
                     "SeriesDescription": f"{s} {v}", "ViewPosition": v, "ImageLaterality": s}
                bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.2)
                ser.append(S(sop(m) if cx.p(0.3) else m, ["BREAST"], s, "one breast of a mammogram (search for a primary)"))
        return sd, ser
    if k == "ct_limb":
        code = cx.c(["LEG", "THIGH", "HIP", "FOOT"])
        return limb_sd(cx, "CT", code, side), ct_study(cx, [code], side, f"CT of a bone lesion of the {EN[code].lower()}", cx.c(BPE[code][0]), BPE[code][1])
    code = cx.c(["ARM", "THIGH", "LEG", "KNEE", "SHOULDER", "HAND"])
    return limb_sd(cx, "XR", code, side), xr_limb(cx, code, side, f"film of a bone lesion of the {EN[code].lower()}")


def nm_wb(cx):
    make, models = NM_MAKE[cx.cfg["nm"]]
    model = cx.c(models)
    out = []
    for d in cx.c([["WB ANT", "WB POST"], ["Whole Body", "WB_ANT"], ["ANTERIOR", "POSTERIOR"]]):
        m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        bpe(cx, m, "WHOLEBODY", ["SKELETON", "BONE"], p_alt=0.3)
        out.append(S(sop(m) if cx.p(0.3) else m, WB, None, "whole-body bone scan"))
    return out


def st_nm(cx):
    k = cx.c(["wb", "wb", "wb", "3ph", "3ph", "spect"])
    make, models = NM_MAKE[cx.cfg["nm"]]
    model = cx.c(models)
    if k == "wb":
        return cx.x("bone_wb"), nm_wb(cx)
    if k == "3ph":
        code = cx.c(["KNEE", "HIP", "FOOT", "ANKLE", "WRIST"])
        side = lr(cx)
        sd = limb_sd(cx, "NM3", code, side)
        ser = []
        for d in ("Flow", "Blood Pool", "Delayed Static"):
            m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            ser.append(S(m, [code], "B", f"{d.lower()} image of the region: the camera field holds both {EN[code].lower()}s"))
        m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": "Whole Body Delayed"}
        ser.append(S(m, WB, None, "delayed whole-body bone scan"))
        return sd, ser
    if cx.p(0.5):
        sd, labels, side = cx.x("spect"), ["LSPINE"], None
    else:
        side = lr(cx)
        code = cx.c(["FOOT", "ANKLE", "KNEE"])
        sd, labels = cx.fmt(limb_sd(cx, "NM3", code, side).replace("3 PHASE", "SPECT/CT").replace("3 temps", "TEMP-TDM")), [code]
    ser = []
    for mod, d in (("NM", "SPECT"), ("NM", "Recon - AC"), ("CT", "CTAC 5mm"), ("NM", "Fused")):
        m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        ser.append(S(m, labels, side, "SPECT/CT of the region"))
    return sd, ser


def st_dxa(cx):
    make, models = DXA_MAKE[cx.cfg["dxa"]]
    model = cx.c(models)
    holo = cx.cfg["dxa"] == "Hologic"
    k = cx.c(["axial"] * 5 + ["wb", "vfa", "forearm"])
    if k == "wb":
        sd, items = cx.x("dxa_wb"), [("Whole Body" if holo else "Total Body", WB, None)]
    elif k == "vfa":
        sd, items = cx.x("dxa"), [("IVA Lateral" if holo else "LVA", ["TSPINE", "LSPINE"], None), ("AP Lumbar Spine" if holo else "Spine", ["LSPINE"], None)]
    elif k == "forearm":
        s = cx.c("LLR")
        sd, items = cx.x("dxa"), [((("Left" if s == "L" else "Right") + " Forearm") if holo else "Forearm", ["FOREARM"], s)]
    else:
        hip = cx.c(["L", "L", "R", "B"])
        hn = {"L": "Left Hip" if holo else "Left Femur", "R": "Right Hip" if holo else "Right Femur", "B": "Dual Hip" if holo else "DualFemur"}[hip]
        sd, items = cx.x("dxa"), [("AP Lumbar Spine" if holo else "Spine", ["LSPINE"], None), (hn, ["HIP"], hip)]
    ser = []
    for d, labels, s in items:
        m = {"Modality": "OT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        if s in ("L", "R") and (d == "Forearm" or cx.p(0.2)):
            m["Laterality"] = s
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM", "TSPINE": "SPINE", "HEAD": "WHOLEBODY"}[labels[0]], ["SPINE", "PELVIS"], p_alt=0.2)
        why = {"HIP": "DXA of the hip", "LSPINE": "DXA of the lumbar spine", "FOREARM": "DXA of the forearm", "TSPINE": "lateral vertebral assessment, thoracic and lumbar", "HEAD": "whole-body DXA"}[labels[0]]
        ser.append(S(sop(m, "OT") if cx.p(0.4) else m, labels, s, why))
    m = {"Modality": "SR", "Manufacturer": make, "SeriesDescription": cx.c(["DXA Report", "BMD Results", "Hologic Results"])}
    ser.append(S(sop(m, "SR"), [], None, "DXA result report, no image", img=False))
    return sd, ser


def st_paeds(cx):
    k = cx.c(["ddh", "ddh", "hips", "bone_age", "ws", "club", "elbow", "forearm", "toddler", "perthes", "longleg"])
    side = lr(cx)
    if k == "ddh":
        return cx.x("ddh"), [S(bpe(cx, us_meta(cx, cx.c(["", "Hips Graf", "Hip"])), "HIP", ["PELVIS"]), ["HIP"], "B", "infant hip ultrasound, both hips")]
    if k == "hips":
        sd = cx.x("hips")
        ser = [pelvis_ap(cx, "pelvis film of both hips")]
        m = bpe(cx, xr_meta(cx, cx.c(["Frog Leg Lateral", "Lauenstein", "Frog lateral both hips"])), "PELVIS", ["HIP"])
        ser.append(S(m, ["PELVIS", "HIP"], "B", "frog-leg film of both hips"))
        return sd, ser
    if k == "bone_age":
        sd = cx.x("bone_age")
        d = cx.c(["Left Hand PA", "HAND PA LT", "Bone age left hand"]) if cx.lang == "en" or cx.p(0.5) else limb_sd(cx, "XR", "HAND", "L")
        m = xr_meta(cx, d)
        if cx.p(0.5):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["WRIST"])
        return sd, [S(m, ["HAND", "WRIST"], "L", "bone-age film of the left hand and wrist")]
    if k == "ws":
        return st_alignment_ws(cx)
    if k == "longleg":
        sd = cx.x("longleg")
        m = bpe(cx, xr_meta(cx, "Long Leg AP"), "LOWER LIMB", ["LEG"])
        return sd, [S(m, LONGLEG, "B", "standing film of both legs (genu varum)")]
    if k == "perthes":
        sd = cx.x("mr_hips")
        seqs = SPINE_MR[cx.cfg["mr"]]
        return sd, [S(bpe(cx, mr_meta(cx, d.replace("SAG", "COR").replace("sag", "cor")), "HIP", ["PELVIS"]), ["HIP", "PELVIS"], "B", "MR of both hips")
                    for d in [seqs[0]] + cx.rng.sample(seqs[1:], 2)]
    code = {"club": "FOOT", "elbow": "ELBOW", "forearm": "FOREARM", "toddler": "LEG"}[k]
    if k == "club" and cx.p(0.4):
        sd = limb_sd(cx, "XR", "FOOT", "B")
        return sd, xr_limb(cx, "FOOT", "B", "films of both clubfeet", views=["AP", "Lateral"])
    return limb_sd(cx, "XR", code, side), xr_limb(cx, code, side, f"child's film of the {EN[code].lower()}")


def st_alignment_ws(cx):
    sd = cx.x("xr_ws")
    return sd, [S(bpe(cx, xr_meta(cx, d), "SPINE", ["CHEST"]), WSPINE, None, "whole-spine scoliosis film") for d in ["Scoliosis PA", "Scoliosis Lateral"]]


def st_periop(cx):
    k = cx.c(["xr_chest"] * 4 + ["ctpa", "dvt", "dvt", "xr_abd", "ct_head", "ct_ap"])
    if k == "xr_chest":
        sd = cx.x("xr_chest")
        return sd, [S(bpe(cx, xr_meta(cx, d), "CHEST", ["THORAX", "LUNG"]), ["CHEST"], None, "chest film") for d in cx.c([["Chest PA", "Chest LAT"], ["CHEST AP PORTABLE"], ["Thorax PA"]])]
    if k == "dvt":
        side = lr(cx)
        g = "m"
        s = side_word(cx, side, g)
        sd = cx.fmt(DVT[cx.lang].format(s=s))
        return sd, [S(bpe(cx, us_meta(cx, cx.c(["", "Venous LE", "DVT"])), "LEG", ["LOWER EXTREMITY", "EXTREMITY"]), ["THIGH", "KNEE", "LEG"], side, "leg vein duplex, groin to calf")]
    if k == "xr_abd":
        sd = cx.x("xr_abd")
        return sd, [S(bpe(cx, xr_meta(cx, cx.c(["Abdomen AP", "KUB", "ABDOMEN SUPINE"])), "ABDOMEN", ["PELVIS"]), ["ABDOMEN", "PELVIS"], None, "abdominal film (KUB)")]
    table = {"ctpa": (["CHEST"], "CHEST", "CT pulmonary angiogram"), "ct_head": (["HEAD"], "HEAD", "head CT"),
             "ct_ap": (["ABDOMEN", "PELVIS"], "ABDOMEN", "CT of abdomen and pelvis")}
    labels, b, why = table[k]
    return cx.x(k), ct_study(cx, labels, None, why, b, ["CHEST", "PELVIS"], n=2)


FAMILY = {"arthro": st_arthro, "alignment": st_alignment, "fracture": st_fracture, "polytrauma": st_polytrauma, "carm": st_carm,
          "arthrography": st_arthrography, "spine": st_spine, "sports": st_sports, "tumour": st_tumour, "paeds": st_paeds,
          "nm": st_nm, "dxa": st_dxa, "periop": st_periop}


def noanat(cx):
    k = cx.c(["ko", "pr", "scan", "scan", "templ", "phantom", "qa", "proto"])
    if k == "ko":
        return sop({"Modality": "KO", "SeriesDescription": cx.c(["Key Images", "Key Object Selection", "KO"])}), "key object selection, no pixels", None
    if k == "pr":
        return sop({"Modality": "PR", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}), "presentation state, no pixels", None
    if k == "scan":
        return sop({"Modality": "OT", "SeriesDescription": SCAN_DOC[cx.lang], "ImageType": "DERIVED\\SECONDARY"}, "OT"), "scanned request form", None
    if k == "templ":
        s = templ_report(cx)
        return s["meta"], "templating report, a page of text", None
    if k == "phantom":
        make, models = DXA_MAKE[cx.cfg["dxa"]]
        return {"Modality": "OT", "Manufacturer": make, "ManufacturerModelName": cx.c(models),
                "SeriesDescription": cx.c(["Spine Phantom", "Daily QC", "QC Phantom Scan"])}, "DXA phantom quality control", cx.c(["QC", "DAILY QC", "Phantom"])
    if k == "qa":
        make, models = MR_MAKE[cx.cfg["mr"]]
        return {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models),
                "SeriesDescription": cx.c(["QA Phantom", "ACR Phantom T1", "Head Phantom QA"])}, "MR phantom quality assurance", cx.c(["QA", "Phantom QA"])
    make = CT_MAKE[cx.cfg["ct"]][0]
    return {"Modality": "CT", "Manufacturer": make, "SeriesDescription": cx.c(["Patient Protocol", "Dose Report"]), "ImageType": "DERIVED\\SECONDARY\\OTHER"}, "CT protocol page, text only", None


def plain(meta):
    return dict(meta)


def typo(rng, text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


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
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.2:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.44:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [plain(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                if meta.get("Manufacturer") in ("Agfa", "FUJIFILM Corporation", "Samsung Electronics") and len(sd) > 16 and rng.random() < 0.35:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and s["img"] and rng.random() < 0.06:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why, own_sd = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if own_sd:
                    meta["StudyDescription"] = own_sd
                elif rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [plain(o["meta"]) for o in ser[:3]]}
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
