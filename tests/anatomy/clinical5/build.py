"""Clinical anatomy set 5: a teleradiology night shift's inflow from small sites worldwide.

Standard library only, fixed seed. Every row is one series as a small sending site would
send it (its language, its abbreviations, its old or low-end equipment, its habits with
BodyPartExamined and laterality), labelled by the exam it belongs to, per the shared
anatomy spec. About a third of the rows carry their study: the other series of the same
study (scouts, sequence and reconstruction names, dose pages), without labels.

    python build.py            write ../data/clinical_set_5.jsonl
    python build.py --check    exit 1 unless the committed file is what this writes
"""

import json
import random
import sys
from pathlib import Path

SEED = 20261207
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_5.jsonl"

# ---------------------------------------------------------------- sides, per language
SIDES = {
    "en": {"L": ["LT", "LEFT", "L"], "R": ["RT", "RIGHT", "R"], "B": ["BILAT", "BOTH", "BILATERAL"]},
    "fr": {"L": ["G", "GAUCHE", "GCHE"], "R": ["D", "DROIT", "DROITE"], "B": ["BILAT", "BILATERAL", "DES 2 COTES"]},
    "es": {"L": ["IZQ", "IZQUIERDA", "IZQUIERDO"], "R": ["DER", "DERECHA", "DCHA"], "B": ["BILATERAL", "AMBOS", "AMBAS"]},
    "pt": {"L": ["ESQ", "ESQUERDO", "ESQUERDA"], "R": ["DIR", "DIREITO", "DIREITA"], "B": ["BILATERAL", "BILAT"]},
    "de": {"L": ["LI", "LINKS", "LI."], "R": ["RE", "RECHTS", "RE."], "B": ["BDS", "BEIDSEITS", "BEIDE"]},
    "it": {"L": ["SX", "SIN", "SINISTRO"], "R": ["DX", "DESTRO", "DESTRA"], "B": ["BILATERALE", "BIL"]},
    "tr": {"L": ["SOL"], "R": ["SAG", "SAĞ"], "B": ["BILATERAL", "IKI TARAF"]},
    "id": {"L": ["SINISTRA", "KIRI", "SIN"], "R": ["DEXTRA", "KANAN", "DEX"], "B": ["BILATERAL", "DEXTRA ET SINISTRA"]},
    "ru": {"L": ["SLEVA", "LEV", "LEVYY"], "R": ["SPRAVA", "PRAV", "PRAVYY"], "B": ["S DVUKH STORON", "DVUSTORONNYAYA"]},
}

H, N, C, A, P = "HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"
XR, CT, MR, US = ("CR", "DX"), ("CT",), ("MR",), ("US",)

# ---------------------------------------------------------------- exam kinds
# labels, side (None | "1" one side | "B" both), the DICOM body part a careful site would
# write, English vendor protocol names (always name the anatomy), X-ray views, the study
# description in each language ({S} = side word; a language without an entry uses English,
# as many sites keep the vendor's English names), weight in a night shift's mix.
KINDS = {
    # ---- radiographs
    "xr_chest": dict(mods=XR, labels=[C], bpe="CHEST", w=9, views=["PA", "AP", "LAT"],
        proto=["CHEST", "Thorax", "CHEST PORTABLE"],
        loc=dict(en=["CHEST PA", "CXR AP PORTABLE", "CHEST 1 VIEW", "XR CHEST PA/LAT"],
                 fr=["THORAX FACE", "RADIO THORAX", "RX PULMONAIRE"],
                 es=["TORAX PA", "RX TORAX AP PORTATIL", "TELE DE TORAX"],
                 pt=["RX TORAX PA", "TORAX AP NO LEITO"],
                 de=["THORAX PA", "RÖ THORAX LIEGEND", "THORAX AP BETT"],
                 it=["RX TORACE", "TORACE AP A LETTO"],
                 tr=["AKCIGER GRAFISI PA", "PA AKC GRAFISI"],
                 id=["THORAX PA", "FOTO THORAX", "RONTGEN DADA"],
                 ru=["RENTGEN OGK", "OGK PRYAMAYA", "RENTGENOGRAFIYA GRUDNOY KLETKI"])),
    "xr_abd": dict(mods=XR, labels=[A], bpe="ABDOMEN", w=3, views=["AP", "AP", "LL"],
        proto=["ABDOMEN", "Abdomen erect", "ABDOMEN SUPINE"],
        loc=dict(en=["ABDOMEN SUPINE", "AXR ERECT", "XR ABDOMEN 2 VIEWS"],
                 fr=["ASP", "ABDOMEN SANS PREPARATION"],
                 es=["RX ABDOMEN SIMPLE", "ABDOMEN DE PIE"],
                 pt=["RX ABDOME SIMPLES", "RX ABDOME AGUDO"],
                 de=["ABDOMEN LINKSSEITENLAGE", "ABDOMEN UEBERSICHT"],
                 it=["RX ADDOME DIRETTO", "ADDOME IN ORTOSTATISMO"],
                 tr=["AYAKTA DIREKT BATIN GRAFISI", "ADBG"],
                 id=["FOTO ABDOMEN 3 POSISI", "BOF"],
                 ru=["OBZORNAYA RENTGENOGRAFIYA BRYUSHNOY POLOSTI"])),
    "xr_kub": dict(mods=XR, labels=[A, P], bpe="ABDOMEN", w=1, views=["AP"],
        proto=["KUB"], loc=dict(en=["KUB", "XR KUB"], id=["BNO", "FOTO BNO"])),
    "xr_pelvis": dict(mods=XR, labels=[P], bpe="PELVIS", w=3, views=["AP"],
        proto=["PELVIS", "Pelvis"],
        loc=dict(en=["PELVIS AP", "XR PELVIS"], fr=["BASSIN FACE"], es=["RX PELVIS AP"],
                 pt=["RX BACIA AP"], de=["BECKEN AP", "BECKENUEBERSICHT"], it=["RX BACINO"],
                 tr=["PELVIS AP GRAFI"], id=["FOTO PELVIS AP"], ru=["RENTGEN TAZA"])),
    "xr_pelvis_hips": dict(mods=XR, labels=[P, "HIP"], side="B", bpe="PELVIS", w=2, views=["AP", "AP"],
        proto=["PELVIS + BOTH HIPS"],
        loc=dict(en=["PELVIS AND {S} HIPS"], fr=["BASSIN + HANCHES {S}"], de=["BECKEN + HUEFTEN {S}"],
                 es=["PELVIS Y CADERAS {S}"], pt=["BACIA E QUADRIS {S}"])),
    "xr_hip": dict(mods=XR, labels=["HIP"], side="1", bpe="HIP", w=3, views=["AP", "LAT"],
        proto=["HIP", "Hip"],
        loc=dict(en=["HIP {S} AP/LAT", "{S} HIP 2 VIEWS"], fr=["HANCHE {S}"], es=["CADERA {S}"],
                 pt=["QUADRIL {S}", "COXOFEMORAL {S}"], de=["HUEFTE {S} AXIAL", "HUEFTGELENK {S}"],
                 it=["ANCA {S}"], tr=["{S} KALCA AP"], id=["HIP JOINT {S}"],
                 ru=["TAZOBEDRENNYY SUSTAV {S}"])),
    "xr_femur": dict(mods=XR, labels=["THIGH"], side="1", bpe="FEMUR", w=1, views=["AP", "LAT"],
        proto=["FEMUR"],
        loc=dict(en=["FEMUR {S}"], fr=["FEMUR {S}"], es=["FEMUR {S}"], pt=["FEMUR {S}"],
                 de=["OBERSCHENKEL {S}"], it=["FEMORE {S}"], tr=["{S} FEMUR"], id=["FEMUR {S}"],
                 ru=["BEDRO {S}"])),
    "xr_knee": dict(mods=XR, labels=["KNEE"], side="1", bpe="KNEE", w=4, views=["AP", "LAT"],
        proto=["KNEE", "Knee"],
        loc=dict(en=["KNEE {S} AP/LAT", "{S} KNEE 3 VIEWS"], fr=["GENOU {S}"], es=["RODILLA {S}"],
                 pt=["JOELHO {S}"], de=["KNIE {S} 2 EBENEN"], it=["GINOCCHIO {S}"],
                 tr=["{S} DIZ AP-LAT"], id=["GENU {S}"], ru=["KOLENNYY SUSTAV {S}"])),
    "xr_tibfib": dict(mods=XR, labels=["LEG"], side="1", bpe="LEG", w=2, views=["AP", "LAT"],
        proto=["TIB/FIB", "Tibia-Fibula"],
        loc=dict(en=["TIB/FIB {S}", "{S} TIBIA FIBULA"], fr=["JAMBE {S}"], es=["TIBIA Y PERONE {S}"],
                 pt=["PERNA {S}"], de=["UNTERSCHENKEL {S}"], it=["GAMBA {S}"], tr=["{S} CRURIS"],
                 id=["CRURIS {S}"], ru=["GOLEN {S}"])),
    "xr_ankle": dict(mods=XR, labels=["ANKLE"], side="1", bpe="ANKLE", w=5, views=["AP", "LAT", "MORTISE"],
        proto=["ANKLE", "Ankle"],
        loc=dict(en=["ANKLE {S} 3 VIEWS", "{S} ANKLE"], fr=["CHEVILLE {S}"], es=["TOBILLO {S}"],
                 pt=["TORNOZELO {S}"], de=["OSG {S}", "SPRUNGGELENK {S}"], it=["CAVIGLIA {S}"],
                 tr=["{S} AYAK BILEGI"], id=["ANKLE JOINT {S}"], ru=["GOLENOSTOPNYY SUSTAV {S}"])),
    "xr_foot": dict(mods=XR, labels=["FOOT"], side="1", bpe="FOOT", w=3, views=["DP", "OBL", "LAT"],
        proto=["FOOT", "Calcaneus", "Toes"],
        loc=dict(en=["FOOT {S}", "CALCANEUS {S} AXIAL", "GREAT TOE {S}"], fr=["PIED {S}", "CALCANEUM {S}"],
                 es=["PIE {S}", "CALCANEO {S}"], pt=["PE {S}", "CALCANEO {S}"], de=["FUSS {S} 2 EBENEN", "CALCANEUS {S}"],
                 it=["PIEDE {S}"], tr=["{S} AYAK"], id=["PEDIS {S}"], ru=["STOPA {S}"])),
    "xr_shoulder": dict(mods=XR, labels=["SHOULDER"], side="1", bpe="SHOULDER", w=3, views=["AP", "Y-VIEW", "AXIAL"],
        proto=["SHOULDER", "Clavicle"],
        loc=dict(en=["SHOULDER {S}", "CLAVICLE {S}", "AC JOINT {S}"], fr=["EPAULE {S}", "CLAVICULE {S}"],
                 es=["HOMBRO {S}", "CLAVICULA {S}"], pt=["OMBRO {S}", "CLAVICULA {S}"],
                 de=["SCHULTER {S}", "KLAVIKULA {S}"], it=["SPALLA {S}", "CLAVICOLA {S}"],
                 tr=["{S} OMUZ", "{S} KLAVIKULA"], id=["SHOULDER JOINT {S}", "CLAVICULA {S}"],
                 ru=["PLECHEVOY SUSTAV {S}", "KLYUCHITSA {S}"])),
    "xr_humerus": dict(mods=XR, labels=["ARM"], side="1", bpe="HUMERUS", w=1, views=["AP", "LAT"],
        proto=["HUMERUS"],
        loc=dict(en=["HUMERUS {S}"], fr=["HUMERUS {S}"], es=["HUMERO {S}"], pt=["UMERO {S}"],
                 de=["OBERARM {S}"], it=["OMERO {S}"], tr=["{S} HUMERUS"], id=["HUMERUS {S}"],
                 ru=["PLECHEVAYA KOST {S}"])),
    "xr_elbow": dict(mods=XR, labels=["ELBOW"], side="1", bpe="ELBOW", w=3, views=["AP", "LAT"],
        proto=["ELBOW"],
        loc=dict(en=["ELBOW {S}", "{S} ELBOW PAED"], fr=["COUDE {S}"], es=["CODO {S}"], pt=["COTOVELO {S}"],
                 de=["ELLENBOGEN {S}"], it=["GOMITO {S}"], tr=["{S} DIRSEK"], id=["ELBOW JOINT {S}", "CUBITI {S}"],
                 ru=["LOKTEVOY SUSTAV {S}"])),
    "xr_forearm": dict(mods=XR, labels=["FOREARM"], side="1", bpe="FOREARM", w=2, views=["AP", "LAT"],
        proto=["FOREARM"],
        loc=dict(en=["FOREARM {S}"], fr=["AVANT-BRAS {S}"], es=["ANTEBRAZO {S}"], pt=["ANTEBRACO {S}"],
                 de=["UNTERARM {S}"], it=["AVAMBRACCIO {S}"], tr=["{S} ON KOL"], id=["ANTEBRACHII {S}"],
                 ru=["PREDPLECHYE {S}"])),
    "xr_wrist": dict(mods=XR, labels=["WRIST"], side="1", bpe="WRIST", w=5, views=["PA", "LAT", "OBL"],
        proto=["WRIST", "Scaphoid"],
        loc=dict(en=["WRIST {S}", "SCAPHOID SERIES {S}"], fr=["POIGNET {S}", "SCAPHOIDE {S}"],
                 es=["MUNECA {S}", "ESCAFOIDES {S}"], pt=["PUNHO {S}", "ESCAFOIDE {S}"],
                 de=["HANDGELENK {S}", "KAHNBEIN {S}"], it=["POLSO {S}", "SCAFOIDE {S}"],
                 tr=["{S} EL BILEGI", "{S} SKAFOID"], id=["WRIST JOINT {S}"],
                 ru=["LUCHEZAPYASTNYY SUSTAV {S}"])),
    "xr_hand": dict(mods=XR, labels=["HAND"], side="1", bpe="HAND", w=4, views=["PA", "OBL", "LAT"],
        proto=["HAND", "Finger", "Thumb"],
        loc=dict(en=["HAND {S}", "FINGER {S} 5TH", "{S} THUMB"], fr=["MAIN {S}", "DOIGT {S}", "POUCE {S}"],
                 es=["MANO {S}", "DEDO MANO {S}"], pt=["MAO {S}", "DEDO DA MAO {S}"],
                 de=["HAND {S}", "FINGER D5 {S}", "DAUMEN {S}"], it=["MANO {S}", "DITO MANO {S}"],
                 tr=["{S} EL", "{S} EL 5. PARMAK"], id=["MANUS {S}", "DIGITI MANUS {S}"], ru=["KIST {S}"])),
    "xr_cspine": dict(mods=XR, labels=["CSPINE"], bpe="CSPINE", w=3, views=["AP", "LAT", "OPEN MOUTH"],
        proto=["C-SPINE", "Cervical spine"],
        loc=dict(en=["C-SPINE AP/LAT", "CERVICAL SPINE"], fr=["RACHIS CERVICAL"], es=["COLUMNA CERVICAL"],
                 pt=["COLUNA CERVICAL"], de=["HWS 2 EBENEN"], it=["RACHIDE CERVICALE"],
                 tr=["SERVIKAL VERTEBRA GRAFISI"], id=["CERVICAL AP/LAT"], ru=["SHEYNYY OTDEL POZVONOCHNIKA"])),
    "xr_tspine": dict(mods=XR, labels=["TSPINE"], bpe="TSPINE", w=1, views=["AP", "LAT"],
        proto=["T-SPINE", "Thoracic spine"],
        loc=dict(en=["T-SPINE", "THORACIC SPINE"], fr=["RACHIS DORSAL"], es=["COLUMNA DORSAL"],
                 pt=["COLUNA TORACICA"], de=["BWS 2 EBENEN"], it=["RACHIDE DORSALE"],
                 tr=["TORAKAL VERTEBRA GRAFISI"], id=["THORACAL AP/LAT"], ru=["GRUDNOY OTDEL POZVONOCHNIKA"])),
    "xr_lspine": dict(mods=XR, labels=["LSPINE"], bpe="LSPINE", w=2, views=["AP", "LAT"],
        proto=["L-SPINE", "Lumbar spine"],
        loc=dict(en=["L-SPINE", "LUMBAR SPINE AP/LAT"], fr=["RACHIS LOMBAIRE"], es=["COLUMNA LUMBAR"],
                 pt=["COLUNA LOMBAR"], de=["LWS 2 EBENEN"], it=["RACHIDE LOMBARE"],
                 tr=["LOMBER VERTEBRA GRAFISI"], id=["LUMBAL AP/LAT"], ru=["POYASNICHNYY OTDEL POZVONOCHNIKA"])),
    "xr_skull": dict(mods=XR, labels=[H], bpe="SKULL", w=2, views=["PA", "LAT", "OM"],
        proto=["SKULL", "Facial bones", "Nasal bones"],
        loc=dict(en=["SKULL AP/LAT", "FACIAL BONES", "NASAL BONES", "MANDIBLE"], fr=["CRANE F+P", "OS PROPRES DU NEZ", "BLONDEAU"],
                 es=["CRANEO AP Y LAT", "SENOS PARANASALES"], pt=["RX CRANIO", "SEIOS DA FACE"],
                 de=["SCHAEDEL 2 EBENEN", "NNH"], it=["RX CRANIO", "SENI PARANASALI"],
                 tr=["KAFA GRAFISI", "WATERS GRAFISI"], id=["SKULL AP/LAT", "SPN WATERS"], ru=["RENTGEN CHEREPA"])),
    # ---- CT
    "ct_head": dict(mods=CT, labels=[H], bpe="HEAD", w=9, proto=["HEAD ROUTINE", "Brain", "Head Trauma"],
        loc=dict(en=["CT HEAD WO", "CT BRAIN PLAIN", "NCCT HEAD"], fr=["TDM CEREBRALE SANS INJ", "SCANNER CEREBRAL"],
                 es=["TAC CRANEO SIMPLE", "TC DE CRANEO"], pt=["TC CRANIO SEM CONTRASTE", "TOMOGRAFIA DE CRANIO"],
                 de=["CCT NATIV", "CT SCHAEDEL NATIV"], it=["TC ENCEFALO SENZA MDC", "TC CRANIO"],
                 tr=["BEYIN BT KONTRASTSIZ", "KRANIAL BT"], id=["CT SCAN KEPALA TANPA KONTRAS"],
                 ru=["KT GOLOVNOGO MOZGA"])),
    "ct_cspine": dict(mods=CT, labels=["CSPINE"], bpe="CSPINE", w=4, proto=["C-SPINE", "Spine Cervical"],
        loc=dict(en=["CT C-SPINE", "CT CERVICAL SPINE WO"], fr=["TDM RACHIS CERVICAL"], es=["TC COLUMNA CERVICAL"],
                 pt=["TC COLUNA CERVICAL"], de=["CT HWS"], it=["TC RACHIDE CERVICALE"], tr=["SERVIKAL VERTEBRA BT"],
                 id=["MSCT CERVICAL"], ru=["KT SHEYNOGO OTDELA POZVONOCHNIKA"])),
    "ct_face": dict(mods=CT, labels=[H], bpe="HEAD", w=2, proto=["FACIAL BONES", "Sinus", "Orbits"],
        loc=dict(en=["CT FACIAL BONES", "CT ORBITS", "CT SINUS"], fr=["TDM MASSIF FACIAL"], es=["TC MACIZO FACIAL"],
                 pt=["TC FACE"], de=["CT GESICHTSSCHAEDEL"], it=["TC MASSICCIO FACCIALE"], tr=["MAKSILLOFASIYAL BT"],
                 id=["CT SCAN SINUS PARANASAL"])),
    "ct_neck": dict(mods=CT, labels=[N], bpe="NECK", w=1, contrast=True, proto=["NECK SOFT TISSUE", "Neck IV"],
        loc=dict(en=["CT NECK SOFT TISSUE W", "CT NECK ABSCESS"], fr=["TDM DES PARTIES MOLLES DU COU"], es=["TC DE CUELLO"],
                 pt=["TC PESCOCO"], de=["CT HALS KM"], it=["TC COLLO"], tr=["BOYUN BT"], id=["CT SCAN LEHER"], ru=["KT SHEI"])),
    "ctpa": dict(mods=CT, labels=[C], bpe="CHEST", w=6, contrast=True, proto=["CTPA", "PE Thorax", "Pulmonary Angio"],
        loc=dict(en=["CTPA", "CT PULMONARY ANGIO", "CT CHEST PE PROTOCOL"], fr=["ANGIOSCANNER THORACIQUE", "ANGIO TDM EP"],
                 es=["ANGIOTC PULMONAR", "ANGIO TAC TEP"], pt=["ANGIOTC DE TORAX (TEP)"], de=["CT PULMONALISANGIO", "CT-PA LAE"],
                 it=["ANGIO TC POLMONARE"], tr=["PULMONER BT ANJIYO"], id=["CT ANGIO THORAX"], ru=["KT-ANGIOPULMONOGRAFIYA"])),
    "ct_chest": dict(mods=CT, labels=[C], bpe="CHEST", w=3, proto=["CHEST ROUTINE", "Thorax", "HRCT"],
        loc=dict(en=["CT CHEST W/O", "HRCT CHEST"], fr=["TDM THORACIQUE"], es=["TAC DE TORAX"], pt=["TC TORAX"],
                 de=["CT THORAX"], it=["TC TORACE"], tr=["TORAKS BT"], id=["CT SCAN THORAX"], ru=["KT OGK"])),
    "ct_abdpel": dict(mods=CT, labels=[A, P], bpe="ABDOMEN", w=7, contrast=True, proto=["ABD-PELVIS", "Abdomen Pelvis PV"],
        loc=dict(en=["CT ABD/PELVIS W CONTRAST", "CT A/P IV", "CT ABDOMEN PELVIS"], fr=["TDM ABDOMINO-PELVIENNE", "SCANNER ABDOMINO-PELVIEN INJECTE"],
                 es=["TC ABDOMEN Y PELVIS", "TAC ABDOMINOPELVICO"], pt=["TC ABDOME E PELVE", "TC ABDOME TOTAL"],
                 de=["CT ABDOMEN/BECKEN"], it=["TC ADDOME COMPLETO"], tr=["TUM BATIN BT"], id=["CT SCAN ABDOMEN-PELVIS"],
                 ru=["KT BRYUSHNOY POLOSTI I MALOGO TAZA"])),
    "ct_abd": dict(mods=CT, labels=[A], bpe="ABDOMEN", w=2, contrast=True, proto=["UPPER ABDOMEN", "Liver 3 phase"],
        loc=dict(en=["CT UPPER ABDOMEN", "CT LIVER TRIPHASIC"], es=["TC ABDOMEN SUPERIOR"], pt=["TC ABDOME SUPERIOR"],
                 de=["CT OBERBAUCH"], it=["TC ADDOME SUPERIORE"], tr=["UST BATIN BT"], id=["CT SCAN ABDOMEN ATAS"])),
    "ct_kub": dict(mods=CT, labels=[A, P], bpe="ABDOMEN", w=3, proto=["KUB STONE", "Renal colic"],
        loc=dict(en=["CT KUB", "CT RENAL STONE PROTOCOL"], fr=["UROSCANNER SANS INJECTION"], es=["UROTAC SIMPLE"],
                 pt=["UROTOMOGRAFIA SEM CONTRASTE"], de=["CT UROLITHIASIS NATIV (NIEREN BIS BLASE)"], it=["URO-TC SENZA MDC"])),
    "ct_cap": dict(mods=CT, labels=[C, A, P], bpe="CHEST", w=3, contrast=True, proto=["CHEST-ABD-PELVIS", "Thorax-Abd-Pelvis"],
        loc=dict(en=["CT CAP", "CT C/A/P W", "CT TAP"], fr=["TDM TAP", "TDM THORACO-ABDOMINO-PELVIENNE"],
                 es=["TAC TORAX ABDOMEN Y PELVIS", "TC TAP"], pt=["TC TORAX ABDOME E PELVE"],
                 de=["CT THORAX-ABDOMEN-BECKEN"], it=["TC TORACE ADDOME PELVI"], tr=["TORAKS-TUM BATIN BT"],
                 id=["CT THORAX ABDOMEN PELVIS"])),
    "ct_aorta": dict(mods=CT, labels=[C, A, P], bpe="CHEST", w=1, contrast=True, proto=["AORTA CHEST-ABD-PELVIS", "Aorta dissection TAP"],
        loc=dict(en=["CTA AORTA CHEST/ABD/PELVIS", "CT AORTOGRAM C/A/P"], fr=["ANGIOSCANNER AORTIQUE TAP"])),
    "ct_cta_hn": dict(mods=CT, labels=[H, N], bpe="HEAD", w=3, contrast=True, proto=["CTA HEAD-NECK", "Angio Carotid + Willis"],
        loc=dict(en=["CTA HEAD AND NECK", "CT ANGIO CAROTIDS + CIRCLE OF WILLIS"], fr=["ANGIOSCANNER TSA ET WILLIS"],
                 es=["ANGIOTC CEREBRAL Y DE VASOS DE CUELLO"], pt=["ANGIOTC ARTERIAS CERVICAIS E INTRACRANIANAS"],
                 de=["CTA HALS + INTRAKRANIELL"], it=["ANGIO-TC TSA E INTRACRANICA"], tr=["BEYIN VE BOYUN BT ANJIYO"],
                 id=["CTA KEPALA LEHER"])),
    "ct_tlspine": dict(mods=CT, labels=["TSPINE", "LSPINE"], bpe="SPINE", w=2, proto=["T-L SPINE", "Thoracolumbar"],
        loc=dict(en=["CT T/L SPINE"], fr=["TDM RACHIS DORSO-LOMBAIRE"], es=["TC COLUMNA DORSOLUMBAR"],
                 pt=["TC COLUNA TORACOLOMBAR"], de=["CT BWS/LWS"], it=["TC RACHIDE DORSO-LOMBARE"],
                 tr=["TORAKOLOMBER BT"], id=["MSCT THORACOLUMBAL"])),
    "ct_lspine": dict(mods=CT, labels=["LSPINE"], bpe="LSPINE", w=1, proto=["L-SPINE", "Lumbar spine"],
        loc=dict(en=["CT L-SPINE"], fr=["TDM RACHIS LOMBAIRE"], es=["TC COLUMNA LUMBAR"], pt=["TC COLUNA LOMBAR"],
                 de=["CT LWS"], it=["TC RACHIDE LOMBARE"], tr=["LOMBER BT"], id=["MSCT LUMBAL"],
                 ru=["KT POYASNICHNOGO OTDELA"])),
    "ct_ankle": dict(mods=CT, labels=["ANKLE"], side="1", bpe="ANKLE", w=1, proto=["ANKLE", "Ankle bone"],
        loc=dict(en=["CT ANKLE {S}"], fr=["TDM CHEVILLE {S}"], es=["TC TOBILLO {S}"], pt=["TC TORNOZELO {S}"],
                 de=["CT OSG {S}"], it=["TC CAVIGLIA {S}"], tr=["{S} AYAK BILEGI BT"])),
    "ct_knee": dict(mods=CT, labels=["KNEE"], side="1", bpe="KNEE", w=1, proto=["KNEE", "Tibial plateau"],
        loc=dict(en=["CT KNEE {S} TIBIAL PLATEAU"], fr=["TDM GENOU {S}"], es=["TC RODILLA {S}"], pt=["TC JOELHO {S}"],
                 de=["CT KNIE {S}"], it=["TC GINOCCHIO {S}"], tr=["{S} DIZ BT"])),
    "ct_wrist": dict(mods=CT, labels=["WRIST"], side="1", bpe="WRIST", w=1, proto=["WRIST", "Wrist bone"],
        loc=dict(en=["CT WRIST {S}"], fr=["TDM POIGNET {S}"], es=["TC MUNECA {S}"], pt=["TC PUNHO {S}"],
                 de=["CT HANDGELENK {S}"], it=["TC POLSO {S}"])),
    # ---- MR
    "mr_brain": dict(mods=MR, labels=[H], bpe="HEAD", w=4, proto=["BRAIN STROKE", "Head routine"],
        loc=dict(en=["MRI BRAIN STROKE", "MR HEAD W/WO"], fr=["IRM CEREBRALE"], es=["RM DE CEREBRO", "RMN ENCEFALO"],
                 pt=["RM DE CRANIO", "RM ENCEFALO"], de=["MRT SCHAEDEL", "CMRT"], it=["RM ENCEFALO"],
                 tr=["BEYIN MR", "KRANIAL MR"], id=["MRI KEPALA"], ru=["MRT GOLOVNOGO MOZGA"])),
    "mr_wholespine": dict(mods=MR, labels=["CSPINE", "TSPINE", "LSPINE"], bpe="SPINE", w=2, proto=["WHOLE SPINE", "Total spine"],
        loc=dict(en=["MRI WHOLE SPINE CORD COMPRESSION"], fr=["IRM PANRACHIDIENNE"], es=["RM COLUMNA COMPLETA"],
                 pt=["RM COLUNA TOTAL"], de=["MRT GESAMTE WIRBELSAEULE"], it=["RM RACHIDE IN TOTO"],
                 tr=["TUM SPINAL MR"], id=["MRI WHOLE SPINE"], ru=["MRT VSEKH OTDELOV POZVONOCHNIKA"])),
    "mr_lspine": dict(mods=MR, labels=["LSPINE"], bpe="LSPINE", w=2, proto=["L-SPINE", "Lumbar"],
        loc=dict(en=["MRI L-SPINE CAUDA EQUINA"], fr=["IRM LOMBAIRE"], es=["RM COLUMNA LUMBAR"], pt=["RM COLUNA LOMBAR"],
                 de=["MRT LWS"], it=["RM RACHIDE LOMBARE"], tr=["LOMBER MR"], id=["MRI LUMBAL"],
                 ru=["MRT POYASNICHNOGO OTDELA"])),
    "mr_knee": dict(mods=MR, labels=["KNEE"], side="1", bpe="KNEE", w=1, proto=["KNEE"],
        loc=dict(en=["MRI KNEE {S}"], fr=["IRM GENOU {S}"], es=["RM RODILLA {S}"], pt=["RM JOELHO {S}"],
                 de=["MRT KNIE {S}"], it=["RM GINOCCHIO {S}"], tr=["{S} DIZ MR"], ru=["MRT KOLENNOGO SUSTAVA {S}"])),
    "mr_mrcp": dict(mods=MR, labels=[A], bpe="ABDOMEN", w=1, proto=["MRCP"],
        loc=dict(en=["MRCP"], fr=["BILI-IRM"], es=["COLANGIO-RM"], pt=["COLANGIORRESSONANCIA"], de=["MRCP"], it=["COLANGIO-RM"])),
    # ---- ultrasound
    "us_fast": dict(mods=US, labels=[C, A, P], bpe="ABDOMEN", w=4, proto=["FAST", "eFAST"],
        loc=dict(en=["FAST SCAN", "EFAST TRAUMA"], fr=["ECHO FAST"], es=["ECO FAST"], pt=["USG FAST"],
                 de=["E-FAST SONO"], it=["ECO FAST"], tr=["FAST USG"], id=["USG FAST"])),
    "us_ruq": dict(mods=US, labels=[A], bpe="ABDOMEN", w=3, proto=["ABD", "Gallbladder"],
        loc=dict(en=["US RUQ", "US GALLBLADDER"], fr=["ECHO VESICULE BILIAIRE"], es=["ECO HEPATOBILIAR"],
                 pt=["USG ABDOME SUPERIOR"], de=["SONO OBERBAUCH"], it=["ECO ADDOME SUPERIORE"], tr=["UST BATIN USG"],
                 id=["USG HEPAR"], ru=["UZI PECHENI"])),
    "us_renal": dict(mods=US, labels=[A], bpe="KIDNEY", w=2, proto=["RENAL", "Kidney"],
        loc=dict(en=["US RENAL"], fr=["ECHO RENALE"], es=["ECO RENAL"], pt=["USG RINS"], de=["SONO NIEREN"],
                 it=["ECO RENALE"], tr=["BOBREK USG"], id=["USG GINJAL"], ru=["UZI POCHEK"])),
    "us_pelvis": dict(mods=US, labels=[P], bpe="PELVIS", w=3, proto=["GYN TV", "Early OB"],
        loc=dict(en=["US PELVIS TV EARLY PREGNANCY", "TVUS"], fr=["ECHO PELVIENNE ENDOVAGINALE"], es=["ECO TRANSVAGINAL"],
                 pt=["USG TRANSVAGINAL"], it=["ECO PELVICA"], tr=["TRANSVAJINAL USG"], id=["USG TRANSVAGINAL"],
                 ru=["UZI MALOGO TAZA"])),
    "us_neck": dict(mods=US, labels=[N], bpe="NECK", w=1, proto=["THYROID", "Small parts neck"],
        loc=dict(en=["US NECK", "US THYROID"], fr=["ECHO THYROIDE"], es=["ECO TIROIDES", "ECO DE CUELLO"],
                 pt=["USG TIREOIDE"], de=["SONO SCHILDDRUESE"], it=["ECO TIROIDE"], tr=["TIROID USG"],
                 id=["USG TIROID"], ru=["UZI SHCHITOVIDNOY ZHELEZY"])),
    "us_lung": dict(mods=US, labels=[C], bpe="CHEST", w=1, proto=["LUNG", "Pleura"],
        loc=dict(en=["POCUS LUNG", "US CHEST PLEURAL EFFUSION"], fr=["ECHO PLEURALE"], es=["ECO PULMONAR"],
                 pt=["USG DE TORAX"])),
    "us_dvt": dict(mods=US, labels=["THIGH", "KNEE", "LEG"], side="1", bpe="LEG", w=2, proto=["VENOUS LE", "DVT leg"],
        loc=dict(en=["US DVT {S} LEG", "VENOUS DOPPLER {S} LOWER LIMB"], fr=["ECHO-DOPPLER VEINEUX MEMBRE INFERIEUR {S}"],
                 es=["ECO DOPPLER VENOSO MIEMBRO INFERIOR {S}"], pt=["DOPPLER VENOSO MEMBRO INFERIOR {S}"],
                 de=["DUPLEX BEINVENEN {S}"], it=["ECOCOLORDOPPLER VENOSO ARTO INFERIORE {S}"],
                 tr=["{S} ALT EKSTREMITE VENOZ DOPPLER"], id=["USG DOPPLER VENA TUNGKAI {S}"])),
    "us_hips_infant": dict(mods=US, labels=["HIP"], side="B", bpe="HIP", w=1, proto=["INFANT HIPS"],
        loc=dict(en=["US INFANT HIPS {S} (DDH)"], fr=["ECHO HANCHES BEBE {S}"], de=["HUEFTSONO NACH GRAF {S}"],
                 tr=["{S} BEBEK KALCA USG"])),
    # ---- dental and cone beam
    "px_pano": dict(mods=("PX",), labels=[H], bpe="JAW", w=2, proto=["PANORAMIC", "OPG"],
        loc=dict(en=["OPG", "PANORAMIC"], fr=["PANORAMIQUE DENTAIRE"], es=["ORTOPANTOMOGRAFIA"], pt=["PANORAMICA"],
                 de=["OPG"], it=["ORTOPANTOMOGRAFIA"], tr=["PANORAMIK GRAFI"], id=["FOTO PANORAMIK"])),
    "cbct_dental": dict(mods=("CT",), labels=[H], bpe="JAW", w=2, cbct=True, proto=["CBCT MAXILLA", "3D Mandible"],
        loc=dict(en=["CBCT MANDIBLE", "CBCT MAXILLA"], de=["DVT OK", "DVT UK"], it=["CONE BEAM MANDIBOLA"],
                 id=["CBCT RAHANG"], es=["TC HAZ CONICO MAXILAR"])),
    "cbct_wrist": dict(mods=("CT",), labels=["WRIST"], side="1", bpe="WRIST", w=1, cbct=True, proto=["EXTREMITY WRIST"],
        loc=dict(en=["CBCT WRIST {S}", "CONE BEAM CT SCAPHOID {S}"])),
    "cbct_ankle": dict(mods=("CT",), labels=["ANKLE"], side="1", bpe="ANKLE", w=1, cbct=True, proto=["EXTREMITY ANKLE"],
        loc=dict(en=["CBCT ANKLE {S} WEIGHT BEARING"])),
    # ---- mammography backlog and nuclear medicine
    "mg": dict(mods=("MG",), labels=["BREAST"], side="1", bpe="BREAST", w=2, proto=["Mammo"], views=["CC", "MLO"],
        loc=dict(en=["MAMMO DIAGNOSTIC {S}", "MAMMOGRAM {S} BREAST LUMP"], fr=["MAMMOGRAPHIE {S}"], es=["MAMOGRAFIA {S}"],
                 pt=["MAMOGRAFIA {S}"], de=["MAMMOGRAPHIE {S}"], it=["MAMMOGRAFIA {S}"], tr=["{S} MAMOGRAFI"])),
    "nm_vq": dict(mods=("NM",), labels=[C], bpe="CHEST", w=1, proto=["LUNG PERFUSION"],
        loc=dict(en=["V/Q SCAN", "LUNG PERFUSION SCINTIGRAPHY"], fr=["SCINTIGRAPHIE PULMONAIRE V/Q"],
                 es=["GAMMAGRAFIA PULMONAR V/Q"], pt=["CINTILOGRAFIA PULMONAR"])),
    "nm_bone": dict(mods=("NM",), labels=[H, N, C, A, P], bpe="WHOLEBODY", w=1, proto=["WHOLE BODY BONE"],
        loc=dict(en=["BONE SCAN WHOLE BODY"], fr=["SCINTIGRAPHIE OSSEUSE CORPS ENTIER"], es=["GAMMAGRAFIA OSEA CUERPO ENTERO"],
                 pt=["CINTILOGRAFIA OSSEA CORPO INTEIRO"])),
}

# Pages with no anatomy: the empty set whatever exam they sit in.
EMPTY = {
    "dose": (["Dose Report", "Patient Protocol", "DOSE INFO", "Dose SR", "Exam Summary"], "CT"),
    "phantom": (None, None),
    "form": (["SCANNED REQUEST FORM", "DEMANDE SCANNEE", "SOLICITUD ESCANEADA", "PEDIDO MEDICO DIGITALIZADO",
              "TECH WORKSHEET"], "OT"),
}

PHANTOMS = {"CT": ["QA DAILY WATER PHANTOM", "CATPHAN 600 QC", "WATER PHANTOM 20CM"],
            "MR": ["ACR PHANTOM", "QA SPHERE PHANTOM"], "US": ["QC PHANTOM CIRS 040GSE", "TM PHANTOM"],
            "CR": ["QC FLAT FIELD", "CONSTANCY TEST", "ERASE PLATE TEST"], "DX": ["QC FLAT FIELD", "DETECTOR CALIBRATION"],
            "PX": ["QC PHANTOM PANO", "CONSTANCY TEST"], "MG": ["ACR MAMMO PHANTOM"], "NM": ["UNIFORMITY FLOOD"]}

# ---------------------------------------------------------------- devices
DEV = {
    "cr_fuji": ("CR", "FUJIFILM Corporation", "FCR CAPSULA XLII"), "cr_agfa": ("CR", "Agfa", "CR 35-X"),
    "cr_kodak": ("CR", "Carestream Health", "DirectView CR 975"), "cr_konica": ("CR", "KONICA MINOLTA", "REGIUS 110"),
    "cr_icr": ("CR", "iCRco", "iCR 3600"),
    "dx_drx": ("DX", "Carestream Health", "DRX-Revolution"), "dx_ge": ("DX", "GE Healthcare", "Optima XR220amx"),
    "dx_shim": ("DX", "Shimadzu", "MobileDaRt Evolution"), "dx_siem": ("DX", "SIEMENS", "Mobilett Mira Max"),
    "dx_phil": ("DX", "Philips Medical Systems", "DigitalDiagnost"), "dx_minx": ("DX", "MinXray", "CMDR-2S"),
    "dx_fuji": ("DX", "FUJIFILM Corporation", "FDR Go PLUS"),
    "ct_emo": ("CT", "SIEMENS", "SOMATOM Emotion 16"), "ct_go": ("CT", "SIEMENS", "SOMATOM go.Now"),
    "ct_bs": ("CT", "GE MEDICAL SYSTEMS", "BrightSpeed"), "ct_vct": ("CT", "GE MEDICAL SYSTEMS", "LightSpeed VCT"),
    "ct_tosh": ("CT", "TOSHIBA", "Aquilion"), "ct_phil": ("CT", "Philips", "Brilliance 16"),
    "ct_neu": ("CT", "Neusoft Medical Systems", "NeuViz 16"), "ct_uih": ("CT", "UIH", "uCT 510"),
    "mr_ess": ("MR", "SIEMENS", "MAGNETOM Essenza"), "mr_hdxt": ("MR", "GE MEDICAL SYSTEMS", "Signa HDxt"),
    "mr_vento": ("MR", "Hitachi Medical Corporation", "AIRIS Vento"), "mr_ing": ("MR", "Philips Medical Systems", "Ingenia"),
    "us_bfly": ("US", "Butterfly Network Inc", "Butterfly iQ+"), "us_sono": ("US", "SonoSite", "EDGE II"),
    "us_vscan": ("US", "GE Healthcare", "Vscan Air"), "us_mind": ("US", "Mindray", "M7"),
    "us_lumify": ("US", "Philips", "Lumify"), "us_logiq": ("US", "GE Healthcare", "LOGIQ e"),
    "cbct_pm": ("CBCT", "Planmeca", "ProMax 3D Mid"), "cbct_cs": ("CBCT", "Carestream Dental", "CS 8100 3D"),
    "cbct_ver": ("CBCTX", "Planmed", "Verity"),
    "px_pm": ("PX", "Planmeca", "ProMax"), "px_sir": ("PX", "Sirona", "ORTHOPHOS XG"),
    "mg_holo": ("MG", "HOLOGIC, Inc.", "Selenia Dimensions"), "nm_ge": ("NM", "GE MEDICAL SYSTEMS", "Infinia Hawkeye 4"),
}
KERNELS = {"SIEMENS": ("H31s", "H70h", "B70f"), "GE MEDICAL SYSTEMS": ("STANDARD", "BONE", "LUNG"),
           "TOSHIBA": ("FC08", "FC30", "FC52"), "Philips": ("B", "YC", "YD"),
           "Neusoft Medical Systems": ("F20", "F60", "L80"), "UIH": ("B_SOFT_B", "B_SHARP_C", "B_LUNG_C")}

# ---------------------------------------------------------------- sites
# id, language, devices, habits: case, typo rate, BodyPartExamined habit, laterality habit
# (tag / text / both), RIS code habit, number of rows.
def site(sid, lang, devs, n, case="upper", typo=0.0, bpe="good", lat="both", ris="none", pcs=False):
    return dict(id=sid, lang=lang, devs=devs, n=n, case=case, typo=typo, bpe=bpe, lat=lat, ris=ris, pcs=pcs)


SITES = [
    site("ng-lagos-ed", "en", ["cr_kodak", "ct_bs", "us_mind"], 28, bpe="empty", lat="text", typo=0.06),
    site("ke-nairobi-hosp", "en", ["dx_phil", "ct_tosh", "us_logiq"], 28, ris="prefix"),
    site("sn-dakar-clinique", "fr", ["cr_fuji", "us_mind"], 24, bpe="local", lat="text"),
    site("ma-casablanca-centre", "fr", ["cr_agfa", "ct_emo", "mr_ess"], 28, ris="prefix", pcs=True),
    site("mz-maputo-hospital", "pt", ["cr_agfa", "ct_neu", "us_sono"], 26, bpe="empty", typo=0.05),
    site("za-karoo-mobile-xray", "en", ["dx_minx"], 22, bpe="default:CHEST", lat="text", case="asis"),
    site("fr-lyon-imagerie", "fr", ["ct_vct", "mr_ing", "mg_holo", "us_logiq"], 28, case="asis", pcs=True),
    site("at-graz-notaufnahme", "de", ["dx_siem", "ct_go", "mr_ess"], 28, lat="tag"),
    site("de-allgaeu-kh", "de", ["cr_fuji", "ct_tosh"], 26, typo=0.08, bpe="local"),
    site("it-napoli-ps", "it", ["dx_ge", "ct_phil", "us_mind"], 28, bpe="coarse"),
    site("it-bari-odontoiatria", "it", ["px_sir", "cbct_cs"], 14, case="lower"),
    site("pt-porto-clinica", "pt", ["cr_konica", "ct_bs"], 24),
    site("es-madrid-urgencias", "es", ["dx_drx", "ct_emo", "us_sono"], 28, ris="prefix", pcs=True),
    site("tr-istanbul-acil", "tr", ["dx_shim", "ct_uih", "mr_vento"], 28, bpe="empty"),
    site("kz-almaty-clinic", "ru", ["cr_konica", "ct_neu", "mr_vento"], 26, lat="text"),
    site("id-jakarta-rs", "id", ["cr_fuji", "ct_emo", "us_mind"], 28, lat="text"),
    site("id-surabaya-klinik", "id", ["cr_kodak", "px_pm", "cbct_pm"], 20, case="title", typo=0.05),
    site("ph-manila-er", "en", ["dx_fuji", "ct_bs", "us_sono"], 26, ris="prefix"),
    site("in-pune-diagnostics", "en", ["cr_agfa", "ct_phil", "mr_hdxt"], 26, bpe="coarse", typo=0.05),
    site("ae-dubai-urgent-care", "en", ["dx_fuji", "ct_go", "us_lumify"], 24, pcs=True),
    site("np-kathmandu-hospital", "en", ["cr_icr", "ct_tosh"], 24, typo=0.12, bpe="empty", lat="text"),
    site("us-texas-rural-ed", "en", ["dx_ge", "ct_vct", "us_logiq"], 30, ris="cpt", pcs=True),
    site("ca-ontario-ed", "en", ["cr_kodak", "ct_tosh", "us_sono"], 26, case="title"),
    site("ca-montreal-clsc", "fr", ["cr_agfa", "us_logiq"], 20, lat="tag"),
    site("mx-cdmx-urgencias", "es", ["cr_fuji", "ct_neu"], 26, bpe="local", typo=0.05),
    site("pe-lima-clinica", "es", ["cr_konica", "ct_phil", "us_mind"], 24, lat="text"),
    site("ar-cordoba-guardia", "es", ["dx_shim", "ct_bs", "nm_ge"], 24, case="asis"),
    site("co-medellin-imagenes", "es", ["ct_go", "mr_ess", "mg_holo"], 24, ris="prefix"),
    site("br-saopaulo-ps", "pt", ["dx_drx", "ct_emo", "mr_ing", "us_logiq"], 30, bpe="coarse"),
    site("br-recife-upa", "pt", ["cr_fuji", "us_vscan"], 22, lat="text", typo=0.05),
    site("au-qld-rural", "en", ["cr_kodak", "ct_go", "us_bfly"], 26),
    site("nz-westcoast-hospital", "en", ["dx_fuji", "cbct_ver", "us_bfly"], 22, case="asis"),
    site("fj-suva-hospital", "en", ["cr_konica", "ct_tosh"], 22, bpe="empty", ris="prefix"),
    site("aq-station-clinic", "en", ["dx_drx", "us_bfly"], 12, case="asis", lat="tag"),
]

BPE_LOCAL = {"fr": {"CHEST": "THORAX", "ABDOMEN": "ABDOMEN", "PELVIS": "BASSIN", "HIP": "HANCHE", "KNEE": "GENOU",
                    "ANKLE": "CHEVILLE", "FOOT": "PIED", "SHOULDER": "EPAULE", "ELBOW": "COUDE", "WRIST": "POIGNET",
                    "HAND": "MAIN", "HEAD": "CRANE", "SKULL": "CRANE", "CSPINE": "RACHIS C", "LSPINE": "RACHIS L"},
             "de": {"CHEST": "THORAX", "ABDOMEN": "ABDOMEN", "PELVIS": "BECKEN", "HIP": "HUEFTE", "KNEE": "KNIE",
                    "ANKLE": "OSG", "FOOT": "FUSS", "SHOULDER": "SCHULTER", "ELBOW": "ELLENBOGEN", "WRIST": "HANDGELENK",
                    "HAND": "HAND", "HEAD": "SCHAEDEL", "SKULL": "SCHAEDEL", "CSPINE": "HWS", "LSPINE": "LWS", "TSPINE": "BWS"},
             "es": {"CHEST": "TORAX", "ABDOMEN": "ABDOMEN", "PELVIS": "PELVIS", "HIP": "CADERA", "KNEE": "RODILLA",
                    "ANKLE": "TOBILLO", "FOOT": "PIE", "SHOULDER": "HOMBRO", "ELBOW": "CODO", "WRIST": "MUNECA",
                    "HAND": "MANO", "HEAD": "CRANEO", "SKULL": "CRANEO", "CSPINE": "COL CERVICAL", "LSPINE": "COL LUMBAR"}}
BPE_COARSE = {"HIP": "LOWER LIMB", "FEMUR": "EXTREMITY", "KNEE": "LEG", "LEG": "EXTREMITY", "ANKLE": "EXTREMITY",
              "FOOT": "EXTREMITY", "SHOULDER": "UPPER LIMB", "HUMERUS": "ARM", "ELBOW": "ARM", "FOREARM": "ARM",
              "WRIST": "EXTREMITY", "HAND": "EXTREMITY", "CSPINE": "SPINE", "TSPINE": "SPINE", "LSPINE": "SPINE",
              "SKULL": "HEAD", "JAW": "HEAD"}

CPT = {"xr_chest": "71046", "ct_head": "70450", "ctpa": "71275", "ct_abdpel": "74177", "ct_cspine": "72125",
       "xr_ankle": "73610", "xr_wrist": "73110", "xr_knee": "73562", "us_ruq": "76705", "us_fast": "76705",
       "ct_kub": "74176", "ct_cta_hn": "70496 70498", "xr_hand": "73130", "xr_foot": "73630"}


# ---------------------------------------------------------------- helpers
def casefy(text, case):
    if case == "lower":
        return text.lower()
    if case == "title":
        return " ".join(w.capitalize() if w.isalpha() else w for w in text.split(" "))
    if case == "asis":
        return text
    return text.upper()


def typo(rng, text, rate, keep):
    """Swap two inner letters of one long word, as a hurried technologist does; side words
    are left alone so that the row stays decidable."""
    if rng.random() >= rate:
        return text
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.upper() not in keep]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def side_word(rng, lang, side):
    return rng.choice(SIDES[lang][side])


def study_desc(rng, st, kind, side):
    k = KINDS[kind]
    lang = st["lang"] if st["lang"] in k["loc"] else "en"
    tpl = rng.choice(k["loc"][lang])
    sw = side_word(rng, lang, side) if side else ""
    text = tpl.replace("{S}", sw) if "{S}" in tpl else (tpl + (" " + sw if sw else ""))
    keep = {w.upper() for v in SIDES[lang].values() for w in v}
    text = typo(rng, casefy(text, st["case"]), st["typo"], keep)
    if st["ris"] == "prefix":
        code = {"CR": "RX", "DX": "RX", "PX": "DENT"}.get(k["mods"][0], k["mods"][0])
        text = f"{code}{rng.randrange(10, 999):03d} {text}"
    elif st["ris"] == "cpt" and kind in CPT:
        text = f"{text} {CPT[kind]}"
    return text


def bpe_value(rng, st, kind):
    k = KINDS[kind]
    h = st["bpe"]
    if h == "empty":
        return None
    if h.startswith("default:"):
        return h.split(":")[1]
    if h == "local":
        return BPE_LOCAL.get(st["lang"], {}).get(k["bpe"], k["bpe"])
    if h == "coarse":
        return BPE_COARSE.get(k["bpe"], k["bpe"])
    return k["bpe"]


def device(st, mods):
    for d in st["devs"]:
        m = DEV[d][0]
        if m in mods or (m == "CBCT" and "CT" in mods) or (m == "CBCTX" and "CT" in mods):
            return DEV[d]
    return None


def kind_fits(st, kind):
    k = KINDS[kind]
    dev = device(st, k["mods"])
    if dev is None:
        return False
    if k.get("cbct"):
        want = "CBCTX" if kind in ("cbct_wrist", "cbct_ankle") else "CBCT"
        return any(DEV[d][0] == want for d in st["devs"])
    return dev[0] not in ("CBCT", "CBCTX") or k.get("cbct", False)


def pick_device(st, kind):
    k = KINDS[kind]
    for d in st["devs"]:
        m, manu, model = DEV[d]
        if k.get("cbct") and m in ("CBCT", "CBCTX"):
            return "CT", manu, model
        if not k.get("cbct") and m in k["mods"]:
            return m, manu, model
    raise ValueError(kind)


def base_meta(rng, st, kind, side, sd):
    mod, manu, model = pick_device(st, kind)
    meta = {"Modality": mod, "Manufacturer": manu, "ManufacturerModelName": model}
    if sd is not None:
        meta["StudyDescription"] = sd
    b = bpe_value(rng, st, kind)
    if b:
        meta["BodyPartExamined"] = b
    if side and st["lat"] in ("tag", "both"):
        if mod in ("CR", "DX", "MG"):
            meta["ImageLaterality"] = side
        elif side in ("L", "R"):
            meta["Laterality"] = side
    if st["pcs"] and sd:
        meta["ProcedureCodeSequence"] = [{"CodeValue": f"{mod}{rng.randrange(100, 9999)}",
                                          "CodingSchemeDesignator": "L", "CodeMeaning": sd}]
    return meta


def needs_side_in_text(st):
    return st["lat"] == "text"


# ---------------------------------------------------------------- one series
def xr_series(rng, st, kind, side, sd, view=None):
    k = KINDS[kind]
    meta = base_meta(rng, st, kind, side, sd)
    view = view or rng.choice(k.get("views", ["PA"]))
    proto = rng.choice(k["proto"])
    if meta["Modality"] == "MG":
        meta["ViewPosition"] = view
        meta["SeriesDescription"] = f"{side} {view}"
        meta["ImageLaterality"] = side
        meta["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
        return meta
    if meta["Modality"] == "PX":
        meta["SeriesDescription"] = proto
        return meta
    vp = {"MORTISE": "AP", "Y-VIEW": "LAT", "OPEN MOUTH": "AP", "DP": "AP", "OM": "PA", "LL": "LL"}.get(view, view)
    if vp in ("AP", "PA", "LAT", "LL"):
        meta["ViewPosition"] = vp
    manu = meta["Manufacturer"]
    # CR readers write the processing menu; DR consoles the examination name.
    if manu.startswith(("FUJI", "KONICA", "Agfa")):
        meta["AcquisitionDeviceProcessingDescription"] = f"{proto.upper()},{view}"
        meta["SeriesDescription"] = view
    else:
        meta["SeriesDescription"] = f"{proto} {view}"
    meta["PixelSpacing"] = [0.1, 0.1] if meta["Modality"] == "CR" else [0.139, 0.139]
    meta["Rows"], meta["Columns"] = rng.choice([(2364, 2964), (3480, 4248), (2010, 2510)])
    return meta


def ct_series(rng, st, kind, side, sd, desc=None, recon="soft", thick=None, itype="ORIGINAL\\PRIMARY\\AXIAL"):
    k = KINDS[kind]
    meta = base_meta(rng, st, kind, side, sd)
    soft, bone, lung = KERNELS.get(meta["Manufacturer"], ("STANDARD", "BONE", "LUNG"))
    proto = rng.choice(k["proto"])
    if k.get("cbct"):
        meta["SeriesDescription"] = desc or proto
        meta["SliceThickness"] = 0.2
        meta["ImageType"] = "ORIGINAL\\PRIMARY\\VOLUME"
        return meta
    kernel = {"soft": soft, "bone": bone, "lung": lung}[recon]
    th = thick or rng.choice([1.0, 2.0, 3.0, 5.0])
    meta["SeriesDescription"] = desc or f"{proto} {th:g}mm {kernel}"
    meta["ProtocolName"] = proto
    meta["ConvolutionKernel"] = kernel
    meta["SliceThickness"] = th
    meta["ImageType"] = itype
    meta["PatientPosition"] = "FFS" if kind in ("ct_ankle", "ct_knee") else "HFS"
    if k.get("contrast"):
        meta["ContrastBolusAgent"] = rng.choice(["Omnipaque 350", "IOPAMIRO 370", "Ultravist 370", "CONTRAST"])
    return meta


MR_SEQ = [("t2_tse_tra", "*tse2d1_15", "SE"), ("t1_se_sag", "*se2d1", "SE"), ("ep2d_diff_b1000", "*ep_b1000t", "EP"),
          ("t2_tirm_tra_dark-fluid", "*tir2d1_15", "SE\\IR"), ("t2_stir_sag", "*tir2d1_9", "IR")]


MR_BY_NAME = [("localizer", ("*fl2d1", "GR")), ("adc", ("*ep_b0_1000", "EP")), ("diff", ("*ep_b1000t", "EP")),
              ("swi", ("*swi3d1r", "GR")), ("tof", ("*fl3d1r_t70", "GR")), ("stir", ("*tir2d1_9", "IR")),
              ("tirm", ("*tir2d1_15", "SE\\IR")), ("tse", ("*tse2d1_15", "SE"))]


def mr_series(rng, st, kind, side, sd, desc=None):
    k = KINDS[kind]
    meta = base_meta(rng, st, kind, side, sd)
    name, seq, ss = rng.choice(MR_SEQ)
    if desc:
        low = desc.lower()
        seq, ss = next((v for key, v in MR_BY_NAME if key in low), ("*tse2d1_15", "SE"))
    meta["SeriesDescription"] = desc or name
    meta["ProtocolName"] = f"{rng.choice(k['proto'])} {name}" if desc is None else rng.choice(k["proto"])
    meta["SequenceName"] = seq
    meta["ScanningSequence"] = ss
    meta["SliceThickness"] = rng.choice([3.0, 4.0, 5.0])
    return meta


def us_series(rng, st, kind, side, sd, desc=None):
    k = KINDS[kind]
    meta = base_meta(rng, st, kind, side, sd)
    preset = rng.choice(k["proto"])
    meta["ProtocolName"] = preset
    if desc:
        meta["SeriesDescription"] = desc
    meta["NumberOfFrames"] = rng.choice([1, 1, 60, 120])
    return meta


def nm_series(rng, st, kind, side, sd):
    k = KINDS[kind]
    meta = base_meta(rng, st, kind, side, sd)
    meta["SeriesDescription"] = rng.choice(k["proto"])
    meta["ImageType"] = "ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION" if kind == "nm_bone" else "ORIGINAL\\PRIMARY\\STATIC\\EMISSION"
    return meta


def single_series(rng, st, kind, side, sd):
    m = pick_device(st, kind)[0]
    if m in ("CR", "DX", "MG", "PX"):
        return xr_series(rng, st, kind, side, sd)
    if m == "CT":
        return ct_series(rng, st, kind, side, sd, recon=rng.choice(["soft", "soft", "bone"]))
    if m == "MR":
        return mr_series(rng, st, kind, side, sd)
    if m == "NM":
        return nm_series(rng, st, kind, side, sd)
    return us_series(rng, st, kind, side, sd)


# ---------------------------------------------------------------- rows
def row(meta, labels, side, why, group, study=None):
    r = {"meta": meta, "labels": sorted(labels), "laterality": side if side else None}
    if study is not None:
        r["study"] = study
    r["why"] = why
    r["group"] = group
    return r


def category(kind):
    mod = kind.split("_")[0]
    k = KINDS[kind]
    if mod == "xr":
        limb = set(k["labels"]) & {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
        spine = set(k["labels"]) & {"CSPINE", "TSPINE", "LSPINE"}
        return "xr-limb" if limb else "xr-spine" if spine else "xr-axial"
    return {"ct": "ct", "ctpa": "ct", "mr": "mr", "us": "us", "px": "dental", "cbct": "cbct", "mg": "mg", "nm": "nm"}[mod]


def pick_side(rng, kind):
    s = KINDS[kind].get("side")
    if s == "1":
        return rng.choice("LR")
    return s


def make_single(rng, st, kind):
    side = pick_side(rng, kind)
    sd = study_desc(rng, st, kind, side)
    blank = st["lat"] != "text" and side != "B" and rng.random() < 0.12
    meta = single_series(rng, st, kind, side, None if blank else sd)
    why = f"{'series/protocol name' if blank else 'study description'} says {'+'.join(KINDS[kind]['labels']).lower()}"
    if side:
        why += f", side {side} from {'tag' if st['lat'] == 'tag' else 'text' if st['lat'] == 'text' else 'text and tag'}"
    if st["bpe"].startswith("default:") and meta.get("BodyPartExamined") not in (None, KINDS[kind]["bpe"]):
        why += "; BodyPartExamined left at the vendor default, the description wins"
    return row(meta, KINDS[kind]["labels"], side, why, f"{st['id']}:{category(kind)}")


def make_empty(rng, st):
    what = rng.choice(["dose", "phantom", "form"])
    names, mod = EMPTY[what]
    if what == "dose" and not any(DEV[d][0] == "CT" for d in st["devs"]):
        what, (names, mod) = "form", EMPTY["form"]
    if what == "phantom":
        mod = DEV[st["devs"][0]][0].replace("CBCTX", "CT").replace("CBCT", "CT")
        names = PHANTOMS[mod]
    meta = {"Modality": mod}
    dev = next((DEV[d] for d in st["devs"] if DEV[d][0].replace("CBCTX", "CT").replace("CBCT", "CT") == mod), None)
    if dev:
        meta.update(Manufacturer=dev[1], ManufacturerModelName=dev[2])
    meta["SeriesDescription"] = rng.choice(names)
    if what == "phantom":
        meta["StudyDescription"] = rng.choice(["QA", "QC DAILY", "CONTROLE QUALITE", "CONTROL DE CALIDAD", "QS KONSTANZ"])
    elif what == "dose":
        meta["StudyDescription"] = study_desc(rng, st, rng.choice(["ct_head", "ctpa", "ct_abdpel"]), None)
        meta["ImageType"] = "DERIVED\\SECONDARY\\OTHER"
    else:
        meta["StudyDescription"] = study_desc(rng, st, rng.choice([k for k in ("xr_chest", "ct_head", "us_ruq", "xr_lspine", "px_pano")
                                                                   if kind_fits(st, k)]), None)
        meta["ImageType"] = "DERIVED\\SECONDARY"
    return row(meta, [], None, f"{what} page: shows no anatomy", f"{st['id']}:no-anatomy")


# ---------------------------------------------------------------- studies
# A study: its kind, then its series as (builder, labels, target?). Builders take
# (rng, st, kind, side, sd) and return metadata; labels None = the study kind's labels.
def scout(rng, st, kind, side, sd):
    name = "Topogram 0.6 T20f" if DEV[st["devs"][0]][1] == "SIEMENS" or any(DEV[d][1] == "SIEMENS" for d in st["devs"]) else rng.choice(["Scout", "SURVIEW", "Scanogram", "3 Plane Loc"])
    m = ct_series(rng, st, kind, side, sd, desc=name, thick=0.6, itype="ORIGINAL\\PRIMARY\\LOCALIZER")
    m.pop("ContrastBolusAgent", None)
    return m


def dose(rng, st, kind, side, sd):
    mod, manu, model = pick_device(st, kind)
    m = {"Modality": mod if mod == "CT" else "SR", "Manufacturer": manu, "ManufacturerModelName": model,
         "SeriesDescription": rng.choice(["Dose Report", "Patient Protocol", "DOSE INFO"])}
    if mod == "CT":
        m["ImageType"] = "DERIVED\\SECONDARY\\OTHER"
    if sd:
        m["StudyDescription"] = sd
    return m


def ctr(desc, recon="soft", thick=None):
    return lambda rng, st, kind, side, sd: ct_series(rng, st, kind, side, sd, desc=desc, recon=recon, thick=thick)


def mrs(desc):
    return lambda rng, st, kind, side, sd: mr_series(rng, st, kind, side, sd, desc=desc)


def uss(desc):
    return lambda rng, st, kind, side, sd: us_series(rng, st, kind, side, sd, desc=desc)


def xrv(view):
    return lambda rng, st, kind, side, sd: xr_series(rng, st, kind, side, sd, view=view)


SPINE3 = ["CSPINE", "TSPINE", "LSPINE"]
STUDIES = {
    "ct_head": [(scout, None, True), (ctr("Head 5mm"), None, True), (ctr("Bone 1mm", "bone", 1.0), None, True),
                (ctr("MPR Cor 3mm"), None, True), (dose, [], True)],
    "ct_cta_hn": [(scout, None, True), (ctr("NCCT 5mm"), [H], True), (ctr("CTA 0.625", thick=0.625), None, True),
                  (ctr("MIP COR 10mm", thick=10.0), None, True), (ctr("Perfusion 4D", thick=5.0), [H], True),
                  (ctr("CBF", thick=5.0), [H], True), (dose, [], True)],
    "ctpa": [(scout, None, True), (ctr("Bolus tracking", thick=10.0), None, True), (ctr("CTPA 1mm", thick=1.0), None, True),
             (ctr("MIP 10mm", thick=10.0), None, True), (ctr("Lung 1mm", "lung", 1.0), None, True), (dose, [], True)],
    "ct_abdpel": [(scout, None, True), (ctr("PV 5mm", thick=5.0), None, True), (ctr("Cor 3mm", thick=3.0), None, True),
                  (ctr("Sag 3mm", thick=3.0), None, True), (dose, [], True)],
    "ct_kub": [(scout, None, True), (ctr("Axial 3mm", thick=3.0), None, True), (ctr("Cor MIP", thick=5.0), None, True),
               (dose, [], True)],
    "ct_cap": [(scout, None, True), (ctr("Arterial 1mm", thick=1.0), None, True), (ctr("Venous 5mm", thick=5.0), None, True),
               (ctr("Lung 1.25", "lung", 1.25), [C], True), (dose, [], True)],
    "trauma": [(scout, None, False), (ctr("Head 5mm"), [H], True), (ctr("C-Spine bone 2mm", "bone", 2.0), ["CSPINE"], True),
               (ctr("Chest/Abd/Pelvis PV 3mm", thick=3.0), [C, A, P], True),
               (ctr("T-Spine sag bone", "bone", 2.0), ["TSPINE"], True), (ctr("L-Spine sag bone", "bone", 2.0), ["LSPINE"], True),
               (ctr("Pelvis bone 2mm", "bone", 2.0), [P], True), (dose, [], True)],
    "mr_brain": [(mrs("localizer"), None, True), (mrs("ep2d_diff_b1000"), None, True), (mrs("ADC"), None, True),
                 (mrs("t2_tirm_tra_dark-fluid"), None, True), (mrs("swi_tra"), None, True),
                 (mrs("tof_3d_multi-slab"), None, True)],
    "mr_wholespine": [(mrs("localizer"), None, True), (mrs("t2_tse_sag_C"), ["CSPINE"], True),
                      (mrs("t2_tse_sag_TH"), ["TSPINE"], True), (mrs("t2_tse_sag_L"), ["LSPINE"], True),
                      (mrs("t2_stir_sag_composed"), SPINE3, True), (mrs("t2_tse_tra L4-5"), ["LSPINE"], True)],
    "xr_chest": [(xrv("PA"), None, True), (xrv("LAT"), None, True)],
    "xr_limb": [(xrv("AP"), None, True), (xrv("LAT"), None, True), (xrv("OBL"), None, True)],
    "us_fast": [(uss("RUQ Morison"), [A], True), (uss("LUQ splenorenal"), [A], True), (uss("Pelvis"), [P], True),
                (uss("Subxiphoid"), [C], True), (uss("Lung R"), [C], True), (uss("FAST"), None, True)],
    "mg": [(xrv("CC"), None, True), (xrv("MLO"), None, True)],
}
TRAUMA_SD = dict(en=["CT TRAUMA PANSCAN", "CT POLYTRAUMA"], fr=["BODY SCANNER POLYTRAUMATISE"], es=["TC POLITRAUMA"],
                 pt=["TC POLITRAUMA"], de=["POLYTRAUMA-CT", "SCHOCKRAUM CT"], it=["TC TOTAL BODY POLITRAUMA"],
                 tr=["POLITRAVMA BT"], id=["CT MULTITRAUMA"], ru=["KT POLITRAVMA"])
XR_LIMB = ["xr_wrist", "xr_ankle", "xr_knee", "xr_elbow", "xr_hand", "xr_foot", "xr_shoulder", "xr_forearm", "xr_hip"]


def make_study(rng, st, scen):
    kind = rng.choice(XR_LIMB) if scen == "xr_limb" else "ct_head" if scen == "trauma" else scen
    side = pick_side(rng, kind)
    if scen == "mg":
        side = None
        sd = casefy(rng.choice(["MAMMO SCREENING BILAT", "MAMMOGRAPHIE DE DEPISTAGE", "MAMOGRAFIA BILATERAL"]), st["case"])
    elif scen == "trauma":
        lang = st["lang"] if st["lang"] in TRAUMA_SD else "en"
        sd = casefy(rng.choice(TRAUMA_SD[lang]), st["case"])
    else:
        sd = study_desc(rng, st, kind, side)
    series = []
    for build, labels, target in STUDIES[scen]:
        if scen == "mg":
            for s in "LR":
                m = build(rng, st, "mg", s, sd)
                series.append((m, ["BREAST"], s, target))
            continue
        m = build(rng, st, kind, side, sd)
        if scen == "trauma":  # one protocol for the whole body, no single body part
            m.pop("BodyPartExamined", None)
            if "ProtocolName" in m:
                m["ProtocolName"] = "POLYTRAUMA"
        # The series carry less than the study: sites often strip the study description
        # from the series header; the context then decides.
        if rng.random() < 0.5:
            m.pop("StudyDescription", None)
            m.pop("ProcedureCodeSequence", None)
        m.pop("BodyPartExamined", None) if rng.random() < 0.4 else None
        lab = KINDS[kind]["labels"] if labels is None else labels
        series.append((m, lab, side if lab and lab == KINDS[kind]["labels"] else None, target))
    idx = [i for i, s in enumerate(series) if s[3]]
    picks = rng.sample(idx, min(len(idx), rng.choice([1, 1, 2])))
    out = []
    for i in picks:
        m, lab, s, _ = series[i]
        sibs = [x[0] for j, x in enumerate(series) if j != i]
        why = ("no anatomy (dose/protocol page)" if not lab else
               f"{m.get('SeriesDescription', 'series')} in a {scen.replace('_', ' ')} study: {'+'.join(lab).lower()}")
        if s:
            why += f", side {s}"
        out.append(row(m, lab, s, why, f"{st['id']}:study-{scen.split('_')[0]}", {"StudyDescription": sd, "series": sibs}))
    return out


def scenarios_for(st):
    mods = {DEV[d][0] for d in st["devs"]}
    out = []
    if "CT" in mods:
        out += ["ct_head", "ct_cta_hn", "ctpa", "ct_abdpel", "ct_kub", "trauma", "ct_cap"]
    if "MR" in mods:
        out += ["mr_brain", "mr_wholespine"]
    if mods & {"CR", "DX"}:
        out += ["xr_chest", "xr_limb", "xr_limb"]
    if "US" in mods:
        out += ["us_fast"]
    if "MG" in mods:
        out += ["mg"]
    return out


def build_rows():
    rng = random.Random(SEED)
    rows, seen = [], set()
    for st in SITES:
        kinds = [k for k in KINDS if kind_fits(st, k)]
        weights = [KINDS[k]["w"] for k in kinds]
        scen = scenarios_for(st)
        made = []
        # the rarer kinds a site does appear at least once: one row each
        for k in kinds:
            if KINDS[k]["mods"][0] in ("MG", "NM", "PX"):
                x = make_single(rng, st, k)
                seen.add(json.dumps(x, sort_keys=True))
                made.append(x)
        while len(made) < st["n"]:
            r = rng.random()
            if scen and r < 0.28:
                new = make_study(rng, st, rng.choice(scen))
            elif r < 0.33:
                new = [make_empty(rng, st)]
            else:
                new = [make_single(rng, st, rng.choices(kinds, weights)[0])]
            for x in new:
                key = json.dumps(x, sort_keys=True)
                if key not in seen and len(made) < st["n"]:
                    seen.add(key)
                    made.append(x)
        rows += made
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_rows())


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_5.jsonl is up to date" if ok else "clinical_set_5.jsonl differs from the generator")
        return 0 if ok else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
