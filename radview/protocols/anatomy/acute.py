"""Words of acute care: the emergency department, trauma, intensive care and point-of-care
ultrasound, with what each exam images (same form as ``vocabulary.TERMS``).

These are the names emergency physicians, intensivists and trauma teams give their exams,
which the anatomical vocabulary does not hold: FAST and its variants (pericardium,
hepatorenal and splenorenal spaces, pelvis: chest + abdomen + pelvis, as RUSH), polytrauma
and pan-scans in the languages of the vocabulary (head to pelvis, the spec's whole body),
lines and tubes checked on a chest film, and the acute questions that name one region
(subarachnoid haemorrhage, cord compression of the whole spine, cauda equina, pyloric
stenosis, intussusception, renal colic).  Also left out: "HSA" (subarachnoid haemorrhage in
Spanish, serum albumin in nuclear medicine), "LUS" (lung ultrasound; Dutch "loop"), "Bulbus"
(the eye, or the duodenal bulb of a barium meal), "Querschnitt" (German for an axial slice).

Left out on purpose: words that name a region only in one modality, which ``ULTRASOUND``
reads (below); "CTV" (a radiotherapy target volume as often as a CT venogram); "NG tube"
(checked on a chest film at some sites, an abdominal film at others); "portable" and
"ICU" alone (most bedside films are chests, not all); "trauma series" (chest, pelvis and
cervical spine at one site, other views at another).
"""

from __future__ import annotations

# (label set, terms) pairs in the form of ``vocabulary.TERMS``; a label set may come back
# under another heading
TERMS: tuple[tuple[str, str], ...] = (
    ("CHEST ABDOMEN PELVIS", """EFAST, E FAST, EXTENDED FAST, FAST EXAM, FAST EXAMINATION, FAST SCAN,
        FAST PROTOCOL, FAST US, US FAST, FAST ULTRASOUND, ULTRASOUND FAST, FAST SONO, SONO FAST,
        FAST SONOGRAPHY, SONOGRAPHY FAST, FAST SONOGRAPHIE, FAST SONOGRAFIE, ECHO FAST, FAST ECHO,
        ECHOGRAPHIE FAST, ECOGRAFIA FAST, ECO FAST, ECOFAST, POCUS FAST, FAST POCUS, TRAUMA FAST,
        FAST TRAUMA, FOCUSED ASSESSMENT WITH SONOGRAPHY FOR TRAUMA,
        FOCUSED ASSESSMENT WITH SONOGRAPHY IN TRAUMA, FOCUSED ASSESSMENT SONOGRAPHY TRAUMA,
        FOCUSED ABDOMINAL SONOGRAPHY FOR TRAUMA, RUSH EXAM, RUSH PROTOCOL, RUSH US, RUSH POCUS,
        POCUS RUSH, SHOCK ULTRASOUND, SCHOCKRAUMSONO*, SCHOCKRAUM SONO*"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """POLYTRAUM*, POLITRAUM*, POLITRAVM*, POLYTRAVM*,
        POLYTRAUMATISE, POLYTRAUMATISEE, TRAUMA SPIRAL, TRAUMA SPIRALE, TRAUMASPIRAL*,
        PAN CT, PANCT, TRAUMA PAN, PAN TRAUMA, FULL BODY, FULL BODY CT, TRAUMA WHOLE BODY,
        TRAUMA TOTAL BODY, TRAUMA FULL BODY, TRAUMA BODY SCAN, BODY SCAN TRAUMA"""),
    ("CHEST", """PERICARDIAL EFFUSION, PERICARDIAL, PERICARDE, PERICARDIO, PERIKARD*, PERICARD*,
        PNEUMOTHORAX, PNEUMOTHORACE, NEUMOTORAX, PNEUMOTORACE, PNEUMOTORAX, HEMOTHORAX, HAEMOTHORAX,
        HAMATOTHORAX, PLEURAL EFFUSION, PLEURAERGUSS, EPANCHEMENT PLEURAL, DERRAME PLEURAL,
        VERSAMENTO PLEURICO, BLUE PROTOCOL, LUNG POCUS, POCUS LUNG, LUNG ULTRASOUND,
        LUNGENSONO*, ECHOGRAPHIE PULMONAIRE, ECOGRAFIA PULMONAR, ECOGRAFIA POLMONARE,
        CENTRAL LINE, CENTRAL LINE PLACEMENT, CENTRAL VENOUS CATHETER, CENTRAL VENOUS LINE, CVC,
        CVC PLACEMENT, CVL, ZVK, ZVK LAGE, ZVK LAGEKONTROLLE, PICC, PICC LINE, PICC PLACEMENT,
        PICC INSERTION, PORT A CATH, PORTACATH, PORT CATH, PORTKATHETER, PORT IMPLANTATION,
        PORTIMPLANTATION, PORT PLACEMENT, PORT INSERTION, CHAMBRE IMPLANTABLE, ENDOTRACHEAL,
        ENDOTRACHEAL TUBE, ET TUBE, TUBUSLAGE, TUBE ENDOTRACHEAL, SWAN GANZ, ECMO, INTERCOSTAL DRAIN,
        THORACOSTOMY, THORAXDRAINAGE, BULAU*, PACEMAKER CHECK"""),
    ("ABDOMEN", """PYLOR*, PILOR*, INTUSSUSCEPTION, INVAGINATION, INVAGINACION, INVAGINAZIONE,
        INVAGINACAO, RUQ, LUQ, RIGHT UPPER QUADRANT, LEFT UPPER QUADRANT, MORISON, MORISONS,
        MORRISON, MORRISONS, MORISON POUCH, HEPATORENAL, SPLENORENAL, PERISPLENIC, HYDRONEPHRO*,
        HYDRONEFRO*, HIDRONEFRO*, IDRONEFRO*, TRONCO CELIACO"""),
    # FAST windows, bedside lung and cardiac views, and vascular access at the bedside
    ("CHEST", """SUBXIPHOID, SUB XIPHOID, SUBXYPHOID, PERICARDIAL WINDOW, B LINES, B LINE, A LINES,
        LUNG SLIDING, LUNG POINT"""),
    ("NECK", """INTERNAL JUGULAR, IJV, IJ LINE, IJ ACCESS, IJ CVC, CVC IJ, JUGULARIS INTERNA,
        VENA JUGULARIS, JUGULAIRE INTERNE, YUGULAR INTERNA, GIUGULARE INTERNA"""),
    ("THIGH", """FEMORAL LINE, FEMORAL ACCESS, FEMORAL CATHETER, FEMORAL CVC, CVC FEM, FEMORAL VEIN,
        FEMORAL ARTERY, COMMON FEMORAL, CFV, CFA, SFV, FASCIA ILIACA, FICB, FEMORAL NERVE BLOCK,
        FEMORAL BLOCK"""),
    ("ARM ELBOW FOREARM", """AV FISTULA, AV SHUNT, AV-FISTEL, AV FISTEL, DIALYSIS FISTULA, DIALYSIS ACCESS,
        DIALYSIS SHUNT, DIALYSESHUNT, SHUNTARM, SHUNTSONO*, FISTULOGRAM, FISTULOGRAPHY, FAV,
        FISTOLA ARTEROVENOSA, FISTULE ARTERIOVEINEUSE, FISTULA ARTERIOVENOSA, PRZETOK* DIALIZ*"""),
    ("HEAD", """TRANSCRANI*, TRANSKRANI*, TCD, TCCS, TCCD, TRONCO ENCEFALICO"""),
    ("LSPINE", """LUMBALPUNKTION, PONCTION LOMBAIRE, PUNCION LUMBAR, PUNZIONE LOMBARE, PUNCAO LOMBAR,
        LUMBAR PUNCTURE"""),
    ("FOOT", """PIETOW*, PIETA, KOSC PIETOWA"""),
    ("CHEST", """LONGBIOPS*, LONGPUNCTIE, KL PIERSIOW*, KLATK* PIERSIOW*"""),
    ("HEAD", """AANGEZICHT*, AANGEZICHTSSCHEDEL"""),
    ("ABDOMEN PELVIS", """WYROSTK*, WYROSTEK ROBACZKOWY, CONTRAST ENEMA, BARIUM ENEMA, WATER SOLUBLE ENEMA,
        GASTROGRAFIN ENEMA, KONTRASTEINLAUF, LAVEMENT BARYTE, LAVEMENT OPAQUE, ENEMA OPACO, CLISMA OPACO,
        BLOEDINGSSCINTIGRAFIE, KANAMA SINTIGRAFI*, SAIGNEMENT DIGESTIF, HEMATIES MARQUEES,
        BLUTUNGSSZINTIGRAPHIE, ASCITES TAP"""),
    ("CHEST ABDOMEN PELVIS", """TRONCO, RUMPF, TORSO, TRUNK"""),
    # leg vein segments of a duplex: the great saphenous runs from the groin to the ankle
    ("THIGH KNEE LEG", """GSV, GREAT SAPHENOUS, GREAT SAPHENOUS VEIN, VENA SAPHENA MAGNA, VSM"""),
    ("LEG", """PTV, POSTERIOR TIBIAL, PERONEAL VEIN, PERONEAL VEINS, GASTROCNEMIUS VEIN, SOLEAL"""),
    # a breast ultrasound clip is labelled by clock face and distance from the nipple
    ("BREAST", """O CLOCK, OCLOCK, CMFN, CM FN, FROM NIPPLE, FROM THE NIPPLE, RETROAREOLAR, SUBAREOLAR"""),
    ("~NONE", """FINDINGS PAGE, FINDING PAGE, FINDINGS SUMMARY, ORDER FORM, ORDER SHEET, DOSE INFO,
        DOSE INFORMATION, TECHNOLOGIST NOTES, TECH NOTES"""),
    ("ABDOMEN PELVIS", """APPENDIX, APPENDICITIS, APPENDIZITIS, APPENDICITE, APENDICITIS, APENDICITE,
        APPENDICITE ACUTA, APPENDIKS, APENDICE, APPENDICE, BLINDDARM*, RENAL COLIC, NIERENKOLIK,
        COLIQUE NEPHRETIQUE, COLICA RENAL, COLICA RENALE, UROLITHIASIS, UROLITIASIS, UROLITHIASE,
        NEPHROLITHIASIS, KIDNEY STONE, KIDNEY STONES, RENAL STONE, RENAL STONES, STONE PROTOCOL,
        STONE SEARCH"""),
    ("HEAD", """SAH, SUBARACHNOID, SUBARACHNOIDAL*, OCULAR, OCULAR US, OCULAR POCUS, EYE, EYES,
        EYE US, GLOBE, OPTIC NERVE SHEATH, ONSD, AUGENSONO*, CEREBRAL VENOGRAM,
        CEREBRAL VENOGRAPHY, CEREBRAL VENOUS, VENOUS SINUS, VENOUS SINUSES, SINUS VENOSUS,
        SINUSVENEN*, THROMBOSE VEINEUSE CEREBRALE, CODE STROKE, STROKE CODE, STROKE PROTOCOL"""),
    ("CSPINE TSPINE LSPINE", """CORD COMPRESSION, SPINAL CORD COMPRESSION, MSCC,
        METASTATIC SPINAL CORD COMPRESSION, MESCC, GESAMTE WS, GANZE WS, WS GESAMT,
        GESAMT WS, WS KOMPLETT"""),
    ("LSPINE", """CAUDA EQUINA, CAUDA EQUINA SYNDROME, CAUDA SYNDROM, KAUDA SYNDROM, KAUDASYNDROM,
        CAUDASYNDROM, SYNDROME DE LA QUEUE DE CHEVAL, QUEUE DE CHEVAL, SINDROME DE COLA DE CABALLO,
        COLA DE CABALLO, SINDROME DELLA CAUDA EQUINA"""),
)

# Words that name a region only in an ultrasound exam: a bedside "FAST" is the trauma scan
# (in an MR series it is a fast sequence), "Aorta" at the bedside is the abdominal aorta (a
# CT of the aorta runs from the root), "IVC" the inferior vena cava seen from the abdomen,
# "IJ" the internal jugular vein of a neck line, "PICC" the arm vein it is placed in (the
# chest film after it shows the tip), "Hydro" a hydronephrosis clip.  Each is read as the
# words after it (which the lexicon above or the vocabulary holds).
ULTRASOUND: dict[str, tuple[str, ...]] = {
    "FAST": ("EFAST",),
    "RUSH": ("RUSH", "EXAM"),
    "AORTA": ("ABDOMEN", "AORTA"),
    "AORTE": ("ABDOMEN", "AORTA"),
    "IVC": ("INFERIOR", "VENA", "CAVA"),
    "IJ": ("INTERNAL", "JUGULAR"),
    "PICC": ("ARM",),
    "HYDRO": ("HYDRONEPHROSIS",),
    "AAA": ("ABDOMEN", "AORTA"),  # the aneurysm screen of the abdominal aorta
    # ... which the sonographer images from the diaphragm to its bifurcation: the abdomen (a CT
    # angiogram of it runs on through the iliac arteries)
    "AORTAABDOMINALIS": ("ABDOMEN", "AORTA"),
    "BAUCHAORTA": ("ABDOMEN", "AORTA"),
    "BUIKAORTA": ("ABDOMEN", "AORTA"),
    "THY": ("THYROID",),
    "POP": ("POPLITEAL",),  # a duplex segment, not the Russian "ПОП" (lumbar spine) it transliterates to
}
# ... and in an angiography: "DSA Left Pop" is the popliteal artery's run
ANGIOGRAPHY: dict[str, tuple[str, ...]] = {"POP": ("POPLITEAL",)}
# ... but not the aorta where the field itself names the chest ("Aorta thoracica", TEE)
ULTRASOUND_UNLESS = frozenset({"THORACIC", "THORACICA", "THORAX", "TORACICA", "THORACIQUE", "ARCH",
                               "ASCENDING", "ROOT", "TEE", "ETO"})
AORTA_WORDS = frozenset({"AORTA", "AORTE"})
# A FAST clip that names its window images that window only ("LUQ FAST", "FAST pelvis")
FAST_WINDOWS = frozenset({"RUQ", "LUQ", "MORISON", "MORISONS", "MORRISON", "MORRISONS", "HEPATORENAL",
                          "SPLENORENAL", "PERISPLENIC", "SUBXIPHOID", "SUBCOSTAL", "PERICARDIAL",
                          "PELVIC", "PELVIS", "SUPRAPUBIC", "BLADDER", "LUNG", "LUNGS", "PLEURA",
                          "PLEURAL", "CARDIAC", "HEART"})
FAST_WORDS = frozenset({"FAST", "EFAST"})

# German "DVT" (digitale Volumentomographie) is a dental cone-beam CT; in an ultrasound or a
# venogram it is a deep vein thrombosis of the leg (the lexicon's reading)
CT_WORDS: dict[str, tuple[str, ...]] = {"DVT": ("DENTAL", "CONE", "BEAM")}

# Bone densitometry (DXA): its sites are the proximal femur ("Femur", "Dual Femur", "Neck" = the
# femoral neck), the lumbar spine ("AP Spine", L1-L4) and the forearm; a DXA series names them so.
DXA_MARKS = ("DXA", "DEXA", "DENSITOM", "BMD", "BONE DENSITY", "BONE MINERAL", "KNOCHENDICHTE",
             "OSTEODENS", "DENSITOMETR", "DENSYTOMETR", "ABSORPTIOMETR", "CSONTSURUS", "CSONTSŰRŰS", "KEMIK YOGUNL", "KEMİK YOĞUNL",
             "骨密度", "골밀도", "كثافة العظام", "كثافة عظام", "צפיפות עצם", "ΟΣΤΙΚΗΣ ΠΥΚΝΟΤΗΤΑΣ", "ΜΕΤΡΗΣΗ ΟΣΤΙΚΗΣ",
             "ПЛОТНОСТ", "ДЕНСИТОМ", "MASA OSEA", "MASSA OSSEA", "DENSIDADE OSSEA", "BENTÄTHET", "BENTATHET",
             "LUUNTIHEY", "دانسیتومتری", "دانسيتومتري", "تراکم استخوان", "تراكم استخوان")
# densitometers (a DXA scanner writes its series as secondary captures: "OT" with the site alone,
# "AP Spine", "Left Femur", under a study description cut to 16 characters or in any language)
DXA_MAKERS = ("HOLOGIC", "NORLAND", "OSTEOSYS", "MEDILINK", "DMS GROUP")
DXA_MODELS = ("LUNAR", "IDXA", "PRODIGY", "DPX", "EXPERT XL", "QDR", "HORIZON", "DISCOVERY W", "DISCOVERY A",
              "DISCOVERY C", "DISCOVERY SL", "DELPHI", "EXCELL", "STRATOS")
DXA_WORDS: dict[str, tuple[str, ...]] = {
    "FEMUR": ("HIP",), "FEMORAL": ("HIP",), "FEMURS": ("HIP",), "NECK": ("HIP",), "SPINE": ("LSPINE",),
}

