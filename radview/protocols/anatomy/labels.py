"""The anatomy label set and the term lexicon (several languages).

Labels are DICOM Body Part Examined defined terms (PS3.16 Annex L), so a
prediction can be written back into a dataset unchanged.  The lexicon maps
normalised words and phrases (upper case ASCII, see ``features.normalise``) to
label sets; it is used three ways, always through the same code: to map
BodyPartExamined (the baseline and a model feature), to derive reference labels
from descriptions at training time, and as features at run time.

Entries whose value starts with ``~`` are *hints*, not labels: they are fed to
the model as features but never decide a label on their own (e.g. ``SPINE``
without a level, ``EXTREMITY``, ``SCOUT``).  ``~NONE`` marks series that show
no anatomy (dose reports, phantoms, text pages).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

LABELS: tuple[str, ...] = (
    "HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS",
    "BREAST",
    "CSPINE", "TSPINE", "LSPINE",
    "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
    "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT",
)

GROUPS: dict[str, tuple[str, ...]] = {
    "axial": ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"),
    "breast": ("BREAST",),
    "spine": ("CSPINE", "TSPINE", "LSPINE"),
    "upper_limb": ("SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND"),
    "lower_limb": ("HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"),
}
GROUP_OF = {label: group for group, labels in GROUPS.items() for label in labels}
LATERAL_LABELS = frozenset(GROUPS["breast"] + GROUPS["upper_limb"] + GROUPS["lower_limb"])

WHOLE_BODY = ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS")
CAP = ("CHEST", "ABDOMEN", "PELVIS")
AP = ("ABDOMEN", "PELVIS")
WHOLE_SPINE = ("CSPINE", "TSPINE", "LSPINE")

# label(s) -> terms.  "A B" is a phrase of consecutive tokens; a trailing "*"
# matches any token starting with the stem (stems of at least 4 letters).
_LEXICON_SOURCE: dict[str, str] = {
    # ---- axial -------------------------------------------------------------
    "HEAD": """HEAD, BRAIN, BRAINS, SKULL, CRANIUM, CRANIAL, CEREBR*, CEREBELL*, FACIAL,
        ORBIT*, SINUS, SINUSES, PARANASAL, IAC, IACS, INTERNAL AUDITORY, TEMPORAL BONE, TEMPORAL BONES,
        PETROUS, MASTOID*, COCHLEA*, TMJ, TEMPOROMANDIBULAR, PITUITARY, SELLA, HYPOPHYS*,
        MAXILLOFACIAL, MANDIBLE, MANDIBULA, MAXILLA, DENTAL, DENTALSCAN, TEETH, NASAL BONE, NASAL BONES,
        NEUROCRAN*, INTRACRAN*, STROKE, GLIOMA, GLIOBLASTOMA, GBM, MENINGIOMA, SCHWANNOMA,
        CIRCLE OF WILLIS, WILLIS, SKULLBASE,
        KOPF, SCHAEDEL, SCHADEL, HIRN, GEHIRN, CCT, CMRT, NNH, FELSENBEIN, ORBITA,
        NASENNEBENHOEHLEN, SCHAEDELBASIS,
        TETE, CRANE, CERVEAU, ENCEPHALE, ENCEPHALIQUE, ROCHER, ROCHERS,
        CABEZA, CRANEO, CEREBRO, ENCEFALO, SENOS PARANASALES,
        TESTA, CRANIO, CERVELLO, ENCEFALICA,
        CABECA, CRANIANA, CRANIANO,
        HOOFD, HERSENEN, SCHEDEL,
        GLOWA, GLOWY, MOZG, MOZGU, MOZGOWIA, CZASZKA, CZASZKI,
        HJARNA, HUVUD, SKALLE, HJERNE, HOVED, KRANIE,
        HLAVA, HLAVY, MOZEK, MOZKU, MOZGU, LEBKA, LEBKY, LEBKU, FEJ, KOPONYA, AGY, KAFA, BEYIN, KRANIYAL, CRANIOTOMY, CRANIECTOMY""",
    "NECK": """NECK, THYROID, THYROIDEA, LARYNX, LARYNGEAL, PHARYNX, OROPHARYN*, HYPOPHARYN*,
        NASOPHARYN*, PAROTID*, SALIVARY, SUBMANDIBULAR, CAROTID, CAROTIDS, CAROTIS,
        SOFT TISSUE NECK, STN, TRACHEA,
        HALS, SCHILDDRUESE, SCHILDDRUSE, KEHLKOPF,
        COU, THYROIDE, LARYNGE,
        CUELLO, TIROIDES, LARINGE,
        COLLO, TIROIDE,
        PESCOCO, TIREOIDE, TIROIDE,
        SZYJA, SZYI, TARCZYCA, KRTAN,
        HALSEN,
        KRK, KRKU, STITNA ZLAZA, STITNE ZLAZY, NYAK, BOYUN, TIROID""",
    "CHEST": """CHEST, THORAX, THORAXES, THORACIC, THORAXE, THX, LUNG, LUNGS, PULMONARY, PULMO,
        CTPA, HRCT, THORACO*,
        MEDIASTINUM, MEDIASTINAL, RIB, RIBS, STERNUM, CXR, PLEURA*, ESOPHAGUS, OESOPHAGUS,
        LDCT, LOW DOSE LUNG, LUNG SCREENING, NSCLC, ESOPHAGRAM, THYMUS, AORTIC ARCH,
        LUNGE, LUNGEN, BRUSTKORB, THORACIQUE, POUMON, POUMONS,
        TORAX, TORACE, TORACICO, TORACICA, PULMON, PULMONES, PULMAO, PULMOES, CORAZON, CORACAO,
        POLMONE, POLMONI, CUORE,
        KLATKA PIERSIOWA, KLATKI PIERSIOWEJ, KLP, PLUCA, PLUC, SERCE,
        LUNGOR, HJARTA, BROSTKORG,
        HRUDNIK, HRUDNIKU, HRUDNIKA, PLICE, PLIC, PLUCA, SRDCE, SRDCA, MELLKAS, GOGUS, TORAKS, AKCIGER""",
    "ABDOMEN": """ABDOMEN, ABDOMENS, ABD, AB, ABDO, ABDOMINAL, ABDOM, UPPER ABDOMEN, LIVER, HEPATIC, HEPAT*,
        PANCREAS, PANCREATIC, PANCREA*, KIDNEY, KIDNEYS, RENAL, ADRENAL, ADRENALS, SPLEEN, SPLENIC,
        STOMACH, GASTRIC, MRCP, BILIARY, GALLBLADDER, CHOLANGIO*, HCC, DUODEN*,
        BAUCH, OBERBAUCH, LEBER, NIERE, NIEREN, PANKREAS, MILZ, MAGEN, NEBENNIERE*,
        FOIE, REIN, REINS, ESTOMAC, SURRENAL*,
        HIGADO, RINON, RINONES, BAZO, ESTOMAGO, ABDOMINAL SUPERIOR,
        ADDOME, ADDOMINALE, FEGATO, RENE, RENI, MILZA, STOMACO, SURRENE*,
        ABDOME, ABDOMINAL TOTAL, FIGADO, RIM, RINS, BACO,
        BUIK, BOVENBUIK, LEVER, NIER, NIEREN, ALVLEESKLIER,
        BRZUCH, BRZUCHA, JAMY BRZUSZNEJ, WATROBA, WATROBY, NERKA, NERKI, NEREK, TRZUSTKA, TRZUSTKI,
        BUKEN, LEVERN,
        BRICHO, BRICHA, BRUCHO, BRUCHA, JATRA, JATER, PECEN, PECENE, LEDVINY, LEDVIN, OBLICKY, KARACIGER, BOBREK""",
    "PELVIS": """PELVIS, PELVIC, PELV, PEL, PLV, PELVE, PELVI, PROSTATE, PROSTATA, PROSTAAT, PROSTATIC,
        BLADDER, UTERUS, UTERINE, UTERO, OVARY, OVARIES, OVARIAN, ADNEXA, ADNEXAL, CERVIX, CERVICAL CANCER,
        ENDOMETRI*, RECTUM, RECTAL, ANAL, ANUS, PERIANAL, SACRUM, SACRAL, COCCYX, SACROILIAC, SI JOINT,
        SI JOINTS, SIJ, TESTIS, TESTES, TESTICLE, TESTICULAR, SCROTUM, SCROTAL, PERINEUM, PERINEAL,
        VAGINA, VAGINAL, LOWER ABDOMEN,
        BECKEN, HARNBLASE, BLASE, GEBAERMUTTER, REKTUM, ENDDARM, KREUZBEIN,
        BASSIN, PELVIEN, PELVIENNE, VESSIE, OVAIRE, OVAIRES, SACRUM,
        VEJIGA, OVARIO, OVARIOS, RECTO, ABDOME INFERIOR,
        BACINO, VESCICA, OVAIO, OVAIE, RETTO,
        BEXIGA, RETO,
        BEKKEN, BLAAS, BAARMOEDER,
        MIEDNICA, MIEDNICY, MIEDNICE, PECHERZ, MACICA, MACICY, ODBYTNICA,
        BACKEN,
        PANEV, PANVE, PANVA, PANVY, MALA PANEV, MEDENCE, PELVIK, MOCHOVY MECHYR""",
    # ---- combinations ------------------------------------------------------
    "HEAD NECK": """HEADNECK, HEAD NECK, HEAD AND NECK, HN, H N, HNC, HNSCC, ENT, KOPF HALS,
        TETE ET COU, TETE COU, CABEZA Y CUELLO, TESTA COLLO, CABECA E PESCOCO, HOOFD HALS,
        GLOWA SZYJA""",
    "NECK CHEST": "NECKCHEST, NECK CHEST, HALS THORAX",
    "CHEST ABDOMEN": """CHESTABDOMEN, CHEST ABDOMEN, THORAX ABDOMEN, THORACOABDOMINAL, TORACOADDOMINALE,
        THX ABD, THORAX ABD, CH ABD, CHEST ABD""",
    "ABDOMEN PELVIS": """ABDOMENPELVIS, ABDPELVIS, ABDPEL, ABDOPELVIS, ABDOMINOPELVIC, ABD PEL, ABD PELV,
        ABD PELVIS, ABDOMEN PELVIS, CT A P, CTA A P, MR A P, ABD PELV, AB PEL, AB PELV, COLON, COLONOGRAPHY, COLONOGRA*, COLONOSCOPY, CTC, KUB,
        UROGRAM, UROGRAPHY, ENTEROGRAPHY, ABDOMINO PELVIEN, ABDOMINOPELVIEN, ABDOMEN BECKEN,
        ABDOMEN Y PELVIS, ADDOME PELVI, ADDOME COMPLETO, ABDOME TOTAL, ABDOMEN TOTAL,
        BRZUCHMIEDNICA, BRZUCH MIEDNICA, JAMY BRZUSZNEJ I MIEDNICY, BUIK BEKKEN""",
    "NECK CHEST ABDOMEN": "NECKCHESTABDOMEN, NECK CHEST ABDOMEN",
    "NECK CHEST ABDOMEN PELVIS": "NECKCHESTABDPELV, NECKCHESTABDPELVIS, NECK CHEST ABDOMEN PELVIS, NCAP",
    "CHEST ABDOMEN PELVIS": """CHESTABDPELVIS, CHESTABDOMENPELVIS, CAP, TAP, CTAP, CTCAP, CHEST ABD PEL,
        CHEST ABD PELVIS, CH AB PEL, CHT ABD PLV, TORSO, THORAX ABDOMEN BECKEN, TAP SCAN,
        TORACE ADDOME, TORAX ABDOMEN Y PELVIS, TORAX ABDOMEN PELVIS, THORAX ABDOMEN PELVIS,
        C A P, T A P, CH ABD PEL, CH ABD PELV, CH ABD PELVIS, CH AB PELV, CHEST ABD PELV""",
    "HEAD NECK CHEST ABDOMEN PELVIS": """WHOLEBODY, WHOLE BODY, TOTAL BODY, WHOLE BODY SCAN,
        SKULL BASE TO THIGH, VERTEX TO THIGH, EYES TO THIGHS, BASE OF SKULL TO MID THIGH,
        GANZKOERPER, GANZKORPER, CORPS ENTIER, CUERPO ENTERO, CORPO INTERO, CORPO INTEIRO,
        CALE CIALO, HELKROPP, WHOLE BODY BONE, TEILKOERPER, TEILKORPER, SKULL BASE TO MID THIGH, SKULL BASE MID THIGH,
        SKULL TO THIGH, SKULLBASE TO THIGH, SKULL THIGH,
        VERTEX TO TOES, VERTEX TO TOE, HEAD TO TOE, HEAD TO TOES, SKULL TO TOES, EYES TO TOES""",
    # ---- breast ------------------------------------------------------------
    "BREAST": """BREAST, BREASTS, MAMMO, MAMMOGRAM, MAMMOGRAPHY, MAMMOGRAPHIE, MAMMOGRAFIA, MAMOGRAFIA,
        MAMMA, MAMMAE, MAMMAS, MAMMARY, MAMA, MAMAS, MAMARIA, SEIN, SEINS, SENO, SENI,
        MAMMOGRAPHIC, TOMOSYNTHESIS, TOMOSYNTHESE, DBT, MRM, CC VIEW, BREASTUNI, BREAS,
        PIERS, PIERSI, BROST, BROSTEN, BORSTEN, MG""",
    # ---- spine -------------------------------------------------------------
    "CSPINE": """CSPINE, C SPINE, CSP, C SP, CERVICAL SPINE, CERVICALSPINE, C SPN, CERV SPINE, ODONTOID, DENS,
        HWS, HALSWIRBELSAEULE, RACHIS CERVICAL, COLONNE CERVICALE, COLUMNA CERVICAL,
        RACHIDE CERVICALE, COLONNA CERVICALE, COLUNA CERVICAL, CERVICALE WERVELKOLOM,
        KREGOSLUP SZYJNY, HALSRYGG, NAKKE,
        C PATER, KRCNI PATER, KRCNA CHRBTICA, NYAKI GERINC""",
    "TSPINE": """TSPINE, T SPINE, TSP, T SP, THORACIC SPINE, THORACICSPINE, DORSAL SPINE, DSPINE, D SPINE, T SPN,
        BWS, BRUSTWIRBELSAEULE, RACHIS DORSAL, COLONNE DORSALE, COLUMNA DORSAL,
        COLUMNA TORACICA, RACHIDE DORSALE, COLONNA DORSALE, COLUNA TORACICA, COLUNA DORSAL,
        KREGOSLUP PIERSIOWY, BROSTRYGG,
        TH PATER, HRUDNI PATER, HRUDNA CHRBTICA, HATI GERINC""",
    "LSPINE": """LSPINE, L SPINE, LSP, L SP, LUMBAR, LUMBAR SPINE, LUMBARSPINE, LUMBOSACRAL, LSSPINE, LS SPINE,
        L S SPINE, L SPN, LUMB, LWS, LENDENWIRBELSAEULE, RACHIS LOMBAIRE, LOMBAIRE,
        COLONNE LOMBAIRE, COLUMNA LUMBAR, RACHIDE LOMBARE, COLONNA LOMBARE, LOMBARE, COLUNA LOMBAR,
        LOMBAR, LENDEWERVELKOLOM, KREGOSLUP LEDZWIOWY, LEDZWIOWY, LANDRYGG,
        L PATER, BEDERNI PATER, LS PATER, DRIEKOVA CHRBTICA, AGYEKI GERINC, LOMBER""",
    "CSPINE TSPINE": "CTSPINE, C T SPINE, CERVICOTHORACIC, CERVICOTHORACIC SPINE, HWS BWS",
    "TSPINE LSPINE": "TLSPINE, T L SPINE, THORACOLUMBAR, THORACOLUMBAR SPINE, TL SPINE, TH L, BWS LWS, TH LWS, BWS L",
    "CSPINE TSPINE LSPINE": """WHOLE SPINE, TOTAL SPINE, ENTIRE SPINE, FULL SPINE, WHOLESPINE, CTLSPINE,
        GANZE WIRBELSAEULE, GESAMTE WIRBELSAEULE, RACHIS ENTIER, COLUMNA COMPLETA, COLONNA IN TOTO,
        COLUNA TOTAL, CALY KREGOSLUP""",
    # ---- upper limb --------------------------------------------------------
    "SHOULDER": """SHOULDER, SHOULDERS, CLAVICLE, CLAVICULA, SCAPULA, AC JOINT, ACROMIOCLAVICULAR, ACROMION,
        ROTATOR CUFF, GLENOHUMERAL, SCHULTER, SCHLUESSELBEIN, EPAULE, CLAVICULE, OMOPLATE,
        HOMBRO, CLAVICULA, ESCAPULA, SPALLA, CLAVICOLA, OMBRO, SCHOUDER, SLEUTELBEEN,
        BARK, BARKU, OBOJCZYK, AXEL, SKULDER""",
    "ARM": """ARM, HUMERUS, HUMERAL, UPPER ARM, OBERARM, BRAS, BRAZO, BRACCIO, BRACO, BOVENARM, RAMIE, OVERARM""",
    "ELBOW": """ELBOW, ELBOWS, OLECRANON, ELLENBOGEN, ELLBOGEN, COUDE, CODO, GOMITO, COTOVELO, ELLEBOOG,
        LOKIEC, LOKCIA, ARMBAGE, ALBUE""",
    "FOREARM": """FOREARM, FOREARMS, RADIUS, ULNA, UNTERARM, AVANT BRAS, AVANTBRAS, ANTEBRAZO,
        AVAMBRACCIO, ANTEBRACO, ONDERARM, PRZEDRAMIE, UNDERARM""",
    "WRIST": """WRIST, WRISTS, SCAPHOID, CARPAL, CARPUS, HANDGELENK, POIGNET, MUNECA, POLSO, PUNHO, POLS,
        NADGARSTEK, NADGARSTKA, HANDLED""",
    "HAND": """HAND, HANDS, FINGER, FINGERS, THUMB, METACARPAL, METACARPALS, METACARPUS, PHALANGES,
        MAINS, DOIGT, DOIGTS, POUCE, MANO, MANOS, MAO, MAOS, DITO, DITA, DAUMEN,
        DLON, DLONI, PALEC""",
    # ---- lower limb --------------------------------------------------------
    "HIP": """HIP, HIPS, FEMORAL HEAD, HUEFTE, HUFTE, HUEFTGELENK, HANCHE, HANCHES,
        CADERA, CADERAS, ANCA, ANCHE, QUADRIL, HEUP, HEUPEN, BIODRO, BIODRA, BIODER, HOFT, HOFTE""",
    "THIGH": """THIGH, THIGHS, FEMUR, FEMORAL SHAFT, OBERSCHENKEL, CUISSE, FEMUR, MUSLO, COSCIA,
        BOVENBEEN, DIJ, UDO""",
    "KNEE": """KNEE, KNEES, PATELLA, PATELLAR, MENISCUS, MENISCI, ACL, KNIE, KNIEGELENK, GENOU, GENOUX,
        RODILLA, RODILLAS, GINOCCHIO, JOELHO, KOLANO, KOLANA, KNA, KNAE""",
    "LEG": """LEG, LEGS, LOWER LEG, TIBIA, FIBULA, TIBIAL, CALF, CALVES, UNTERSCHENKEL, JAMBE, JAMBES,
        PIERNA, PIERNAS, GAMBA, GAMBE, PERNA, ONDERBEEN, PODUDZIE, GOLEN, UNDERBEN, LEGGEN""",
    "ANKLE": """ANKLE, ANKLES, ACHILLES, TALUS, MALLEOL*, SPRUNGGELENK, OSG, CHEVILLE, TOBILLO,
        CAVIGLIA, TORNOZELO, ENKEL, KOSTKA, STAWU SKOKOWEGO, FOTLED, ANKEL""",
    "FOOT": """FOOT, FEET, TOE, TOES, CALCANEUS, CALCANEAL, HEEL, METATARSAL, METATARSALS, FOREFOOT,
        HINDFOOT, MIDFOOT, TARSAL, FUSS, FUESSE, VORFUSS, RUECKFUSS, FERSE, PIED, PIEDS, ORTEIL*,
        PIE, PIES, CALCANEO, PIEDE, PIEDI, TALLONE, VOET, VOETEN, STOPA, STOPY, FOT, FOTEN""",
    "HIP THIGH": "PROXIMAL FEMUR",
    "KNEE LEG": "KNEE AND LEG",
    "HIP THIGH KNEE LEG ANKLE FOOT": "FULL LENGTH LEG",
    # a standing long-leg film runs from the hips to the ankles (the feet are not its subject)
    "HIP THIGH KNEE LEG ANKLE": """FULL LEG, LONG LEG, LONG LEGS, BEINACHSE, GANZBEIN*, LEG LENGTH, GONIOMETRIE,
        GONIOMETRY, X BENEN, BEENLENGTE, STITCHED LEG, STITCHED LEGS, TELEMETRIE DES MEMBRES INFERIEURS""",
    # a run-off follows the arteries from the abdominal aorta to the feet
    "ABDOMEN PELVIS HIP THIGH KNEE LEG ANKLE FOOT": "RUNOFF, RUN OFF, LOWER EXTREMITY RUNOFF, AORTOBIFEMORAL RUNOFF",
    "THIGH KNEE": "DISTAL FEMUR",
    # vascular studies of a limb follow its vessels: femoral to calf, brachial to forearm
    "THIGH KNEE LEG": """LOWER EXTREMITY VENOUS, LOWER EXTREMITY ARTERIAL, LOWER EXTREMITY DOPPLER,
        LOWER EXTREMITY DUPLEX, LOWER LIMB VENOUS, LOWER LIMB ARTERIAL, LE VENOUS, LE ARTERIAL, LE DUPLEX,
        LE DOPPLER, LEG VENOUS, LEG ARTERIAL, LEG DOPPLER, LEG DUPLEX, VENOUS DUPLEX LEG, DVT, BEINVENEN,
        BEINARTERIEN, PHLEBOGRAPHY LEG, ANGIO LEG, LEG ANGIOGRAM""",
    "ARM ELBOW FOREARM": """UPPER EXTREMITY VENOUS, UPPER EXTREMITY ARTERIAL, UPPER EXTREMITY DOPPLER,
        UPPER EXTREMITY DUPLEX, UE VENOUS, UE ARTERIAL, UE DUPLEX, ARM VENOUS, ARM ARTERIAL, ARMVENEN""",
    # ---- hints (features only) ---------------------------------------------
    "~SPINE": """SPINE, SPINAL, VERTEBRA, VERTEBRAE, VERTEBRAL, WIRBELSAEULE, RACHIS, COLUMNA, COLONNA,
        COLUNA, WERVELKOLOM, KREGOSLUP, MYELOGRAM, MYELO, WS, PATER, CHRBTICA, GERINC, OMURGA""",
    "~CERVICAL": "CERVICAL, CERVICALE, SERVIKAL",
    "~UPPERLIMB": "UPPER EXTREMITY, UPPER EXTREMITIES, UPPER LIMB, UPPER LIMBS, UPPERLIMB, UPPEREXTREMITY, OBERE EXTREMITAET",
    "~LOWERLIMB": "LOWER EXTREMITY, LOWER EXTREMITIES, LOWER LIMB, LOWER LIMBS, LOWERLIMB, LOWEREXTREMITY, UNTERE EXTREMITAET, BEIN, BEINE",
    "~EXTREMITY": "EXTREMITY, EXTREMITIES, LIMB, EXTREMITAET, EXTREMITE, EXTREMIDAD, ARTO",
    "~SCOUT": """SCOUT, SCOUTS, LOCALIZER, LOCALISER, LOCALIZERS, LOC, SURVEY, SURVIEW, TOPOGRAM, TOPO,
        SCANOGRAM, PILOT, TRI PILOT, PLANNING, 3 PLANE, 3PLANE, PLANE LOC, AAHSCOUT""",
    "~NONE": """DOSE REPORT, DOSE INFO, DOSE INFORMATION, DOSEREPORT, RADIATION DOSE, PATIENT PROTOCOL,
        PHANTOM, PHANTOMS, QA, QUALITY CONTROL,
        CALIBRATION, WATER PHANTOM, ACR PHANTOM, TEXT PAGE, DOSISBERICHT, DOSISREPORT,
        PROTOKOLL, EXAM PROTOCOL""",
    "~WB": "PET CT, PETCT, PET, FDG, PSMA, NAF, SUV",
    # whole body unless the field names a site ("NM 3 PHASE BONE SCAN LT FOOT")
    "~BONESCAN": "BONE SCAN, BONESCAN, SKELETAL SCINTIGRAPHY, SKELETTSZINTIGRAPHIE",
    # a screen capture shows what it names; with nothing named it is a page
    "~CAPTURE": "SCREEN SAVE, SCREENSAVE, SCREEN CAPTURE, SCREENCAPTURE, SCREENSHOT, SCREEN SHOT, CAPTURE",
    "~IMAGEKIND": """MIP, MINIP, MPR, VR, VRT, FUSED, FUSION, VOLUME RENDERING, REFORMAT, MRA, CTA, 3 D""",
    # "WB" is whole body on PET/NM/MR, weight-bearing on a radiograph ("LAT WB", "DP WB L")
    "~WBABBR": "WB",
    "~WEIGHTBEARING": """WEIGHT BEARING, WEIGHTBEARING, NON WEIGHT BEARING, STANDING, ERECT, BELASTET,
        BELASTUNG, BELASTUNGSAUFNAHME, EN CHARGE, EN APPUI, EN CARGA, IN CARICO, SOTTO CARICO, CARGA,
        STAANDE, BELAST, STAENDE, STAAENDE, OBCIAZENIOWE, OBCIAZENIU, ZATIZENI, TERHELESES""",
    "~NEURO": """CISS, FIESTA, FLAIR, MPRAGE, MP RAGE, MP2RAGE, MP 2 RAGE, SWI, SWAN, SUSCEPTIBILITY WEIGHTED, DTI, TENSOR, TRACTOGRAPHY,
        DSC, ASL, PCASL, PASL, DARK FLUID, NEURO, NEURORADIOLOGY, NEUROSURGERY, NEURONAVIGATION""",
    "~POSITION": """HEAD IN, HEAD FIRST, HEADFIRST, FEET FIRST, FEETFIRST, FEET IN, HEAD OUT, FEET OUT,
        HFS, FFS, HFP, FFP""",
}


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LETTER_DIGIT = re.compile(r"(?<=[A-Z])(?=[0-9])|(?<=[0-9])(?=[A-Z])")
# Kept besides A-Z and digits: Japanese kana, CJK ideographs, Korean hangul, Arabic and Hebrew
# letters (Greek and Cyrillic are transliterated first, below); Devanagari and Bengali letters and
# vowel signs, Georgian (upper-cased to Mtavruli) and Armenian letters, and the Urdu letters beyond
# Persian, which were dropped until the round of sets 37 to 41 (a Hindi, Bengali, Georgian or
# Armenian description had no words; "پیٹ", the Urdu belly, fell apart).
# The other scripts of South Asia (Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala,
# and the Assamese letters of the Bengali block) were dropped as well ("வலது முழங்கால்", right knee,
# had no tokens): kept as Devanagari is, letters, vowel signs and nasal signs, with the virama and
# nukta falling out before (combining marks), as the zero-width joiner of a conjunct does (below).
# The katakana middle dot is a separator ("胸部・上腹部").
_SCRIPTS = ("\u3041-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3\u0621-\u064a\u05d0-\u05ea"
            "\u0e01-\u0e2e\u0e30-\u0e45\u067e\u0686\u0698\u06af"
            "\u0679\u0688\u0691\u06ba\u06be"                          # Urdu ٹ ڈ ڑ ں ھ
            "\u0900-\u0939\u093e-\u094c\u0958-\u0961\u0972-\u097f"   # Devanagari (with its nasal signs)
            "\u0981-\u0983\u0985-\u09b9\u09be-\u09cc\u09ce\u09dc-\u09e1"  # Bengali
            "\u09f0\u09f1"                                            # Assamese ৰ ৱ
            "\u0a01-\u0a03\u0a05-\u0a39\u0a3e-\u0a4c\u0a59-\u0a5e\u0a70-\u0a75"  # Gurmukhi
            "\u0a81-\u0a83\u0a85-\u0ab9\u0abe-\u0acc\u0ae0-\u0ae3"  # Gujarati
            "\u0b82\u0b83\u0b85-\u0bb9\u0bbe-\u0bcc\u0bd7"          # Tamil
            "\u0c00-\u0c39\u0c3e-\u0c4c\u0c58-\u0c5a\u0c60-\u0c63"  # Telugu
            "\u0c80-\u0c83\u0c85-\u0cb9\u0cbe-\u0ccc\u0cd5\u0cd6\u0cde\u0ce0-\u0ce3\u0cf1\u0cf2"  # Kannada
            "\u0d00-\u0d3a\u0d3e-\u0d4c\u0d4e\u0d57\u0d5f-\u0d63"  # Malayalam
            "\u0d81-\u0d83\u0d85-\u0dc6\u0dcf-\u0ddf\u0df2\u0df3"  # Sinhala
            "\u10a0-\u10ff\u1c90-\u1cbf"                                # Georgian
            "\u0531-\u0556\u0561-\u0587")                               # Armenian
# Thai is written without spaces between words ("เอกซเรย์ไหล่ขวา" = X-ray right shoulder): the words
# the lexicon knows are cut out of a Thai run first, longest first (dictionary segmentation), so
# each is one token; the rest of the run stays one token.
_THAI = re.compile("[\u0e01-\u0e5b]")
_NON_ALNUM = re.compile(f"[^A-Z0-9{_SCRIPTS}]+")
# Ideographs and hangul syllables are tokens one character each (they are written without
# spaces: "胸腹骨盤部CT", "흉부CT"), so the lexicon names them as phrases of characters and the
# longest phrase wins ("胸椎" thoracic spine over "胸" chest); a kana run is one token.
_ONE_CHAR = re.compile("([\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3])")
_KANA_RUN = re.compile("([\u3041-\u30fa\u30fc-\u30ff]+)")
_SCRIPT_EDGE = re.compile("(?<=[A-Z0-9])(?=[^A-Z0-9 ])|(?<=[^A-Z0-9 ])(?=[A-Z0-9])")
# Persian (and Urdu) write kaf and yeh with their own letters (ک, ی; ہ, ے): folded to the Arabic
# ones, so that a word both write ("کلیه"/"كليه") is one token; پ چ ژ گ are kept (_SCRIPTS).
_SPECIAL = str.maketrans({"ß": "ss", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE",
                          "œ": "oe", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i",
                          "Ð": "D", "ð": "d", "Þ": "TH", "þ": "th",  # Icelandic eth and thorn
                          "Ə": "E", "ə": "e",  # Azerbaijani schwa
                          "\u06a9": "\u0643", "\u06cc": "\u064a", "\u06c1": "\u0647", "\u06d2": "\u064a",
                          "\u200c": " ",
                          # the zero-width joiner shapes a conjunct inside a word (Sinhala "ශ්‍රී",
                          # old Malayalam chillus): not a separator; the atomic Malayalam chillus
                          # are their consonant, as the virama + joiner spelling becomes once the
                          # virama falls out ("കാൽ" and "കാല്‍", the leg, are one word)
                          "\u200d": "", "\u0d7a": "\u0d23", "\u0d7b": "\u0d28", "\u0d7c": "\u0d30",
                          "\u0d7d": "\u0d32", "\u0d7e": "\u0d33", "\u0d7f": "\u0d15", "\u0d54": "\u0d2e",
                          "\u0d55": "\u0d2f", "\u0d56": "\u0d34"})
# Greek and Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh) to Latin,
# upper case, after diacritics are folded (so Й -> I, Ё -> E, Ї -> I, ά -> A).  Greek chi and xi
# both -> X, as Greeklish writes them ("AXONIKI", "PIXEOKARPIKI", "THORAX"); Bulgarian Ъ -> A.
_TRANSLIT = str.maketrans({
    "Α": "A", "Β": "V", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "TH", "Ι": "I",
    "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P", "Ρ": "R", "Σ": "S",
    "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "X", "Ψ": "PS", "Ω": "O",
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "ZH", "З": "Z", "И": "I",
    "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T",
    "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "A",
    "Ы": "Y", "Ь": "", "Э": "E", "Ю": "YU", "Я": "YA", "Є": "YE", "І": "I", "Ґ": "G", "Ў": "U",
    "Ђ": "DJ", "Ј": "J", "Љ": "LJ", "Њ": "NJ", "Ћ": "C", "Џ": "DZ", "Ѓ": "GJ", "Ќ": "KJ", "Ѕ": "DZ",
    # Kazakh, Kyrgyz, Mongolian, Tatar and Bashkir letters (they were separators: "құрсақ", the
    # abdomen, fell apart into "RSA")
    "Ә": "A", "Ғ": "G", "Қ": "K", "Ң": "N", "Ө": "O", "Ұ": "U", "Ү": "U", "Һ": "H",
})
# Turkish "sağ" (right) must not fold to "SAG" (sagittal): a word-final ğ is kept as "GH".
# "Iodine mg/cc", "mg/ml" of dual-energy maps: a unit, not "MG" (mammography)
_UNITS = re.compile(r"(?<![A-Za-z])mg\s*/\s*(?:cc|ml|dl|kg|l|g)(?![A-Za-z])")
_FINAL_G_BREVE = re.compile(r"[ğĞ](?![^\W\d_])")
# The French (and Italian) elided article before a vowel: "Radio de l'épaule droite", "d'épaule" —
# the lone L or D left after splitting would read as the left or right side
_ELISION = re.compile(r"(?<![^\W\d_])[LlDd]['’´`](?=[^\W\d_])")


def normalise(text: str) -> list[str]:
    """Tokens of ``text``: upper-case ASCII words and numbers (diacritics folded, Greek and
    Cyrillic transliterated, split on punctuation, camelCase and letter/digit boundaries);
    CJK ideographs and hangul syllables one token each, kana runs, Arabic and Hebrew words.
    (A fresh list each call; the tokens are computed once per text: the decision reads a series'
    and its siblings' fields several times.)"""
    return list(_normalised(text))


# caches of other modules keyed on tokens, forgotten with the tokens (``features._field_hits``)
TOKEN_CACHES: list = []


def clear_token_cache() -> None:
    """Forget the tokens of texts seen so far, and what was read from them (a timing of series
    never seen before)."""
    _normalised.cache_clear()
    for clear in TOKEN_CACHES:
        clear()


# UTF-8 text decoded as Latin-1 or Windows-1252 somewhere on its way ("IRM encÃ©phalique"): a lead
# byte of a two-byte sequence (Â or Ã) before another non-ASCII character; no language writes that
_MOJIBAKE = re.compile("[\u00c2\u00c3][^\x00-\x7f]")


def _unmojibake(text: str) -> str:
    """The text as written, where a system read its UTF-8 bytes as one of the Western single-byte
    code pages; otherwise unchanged."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


@lru_cache(maxsize=131072)
def _normalised(text: str) -> tuple[str, ...]:
    text = _unmojibake(text)
    text = _FINAL_G_BREVE.sub("gh", _UNITS.sub(" ", _ELISION.sub(" ", text).translate(_SPECIAL)))
    if _THAI.search(text):
        text = _thai_words().sub(r" \1 ", unicodedata.normalize("NFC", text))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _CAMEL.sub(" ", text).upper().translate(_TRANSLIT)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)  # hangul syllables back from their jamo
        text = _KANA_RUN.sub(r" \1 ", _ONE_CHAR.sub(r" \1 ", text))
    text = _LETTER_DIGIT.sub(" ", text)
    text = _NON_ALNUM.sub(" ", text)
    if not text.isascii():
        text = _SCRIPT_EDGE.sub(" ", text)
    return tuple(text.split())


@lru_cache(maxsize=None)
def _thai_words() -> re.Pattern[str]:
    """One alternation of every Thai term and side word, longest first (see ``_THAI``)."""
    from radview.protocols.anatomy import languages

    texts = [text for _, text in _sources()] + [languages.LEFT, languages.RIGHT, languages.BOTH]
    texts += [getattr(m, k) for m in _word_modules() for k in ("LEFT", "RIGHT", "BOTH")]
    words = {unicodedata.normalize("NFC", w.strip().rstrip("*")) for text in texts
             for term in text.replace("\n", " ").split(",") for w in term.split() if _THAI.search(w)}
    # also as typed without tone marks (the folding below drops them anyway): "สวนเอว" is "ส่วนเอว"
    words |= {"".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))
              for w in words}
    return re.compile("(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")")


def _sources() -> Iterator[tuple[str, str]]:
    from radview.protocols.anatomy import acute, languages, vocabulary

    yield from _LEXICON_SOURCE.items()
    yield from vocabulary.TERMS.items()
    yield from languages.TERMS.items()
    yield from languages.PROCEDURES.items()
    yield from languages.THAI.items()
    yield from acute.TERMS
    yield from languages.MORE
    for module in _word_modules():
        yield from module.TERMS


def _word_modules() -> tuple:
    """The word modules of language families, each written from general knowledge (probe phrases by
    authors who read no clinical set): TERMS, side words LEFT / RIGHT / BOTH and PLURAL limbs."""
    from radview.protocols.anatomy.words import WORD_MODULES

    return WORD_MODULES


def _parse() -> tuple[dict[tuple[str, ...], tuple[str, ...]], dict[str, tuple[str, ...]],
                    dict[tuple[str, ...], tuple[str, ...]]]:
    """Phrases, stems and stemmed phrases; a term listed under two different keys keeps the first
    (the core lexicon above wins over the vocabulary module).  A stemmed phrase has a ``*`` on
    any of its words ("ГРУДН* КЛЕТК*", "KREGOSLUP* SZYJN*"): declined forms of several words."""
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    stems: dict[str, tuple[str, ...]] = {}
    stem_phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, text in _sources():
        value = tuple(key.split())
        for term in (t.strip() for t in text.replace("\n", " ").split(",")):
            if not term:
                continue
            words = term.split()
            if len(words) > 1 and any(w.endswith("*") for w in words):
                parts = []
                for w in words:
                    tok = normalise(w.rstrip("*"))
                    parts.extend(tok[:-1] + [tok[-1] + "*"] if w.endswith("*") and tok else tok)
                stem_phrases.setdefault(tuple(parts), value)
            elif term.endswith("*"):
                stem = "".join(normalise(term[:-1]))
                stems.setdefault(stem, value)
            else:
                words = tuple(normalise(term))
                # a Thai word folded to one letter ("หู", the ear, to "ห") would match the first
                # letter of any word the folding splits ("ทั้งหมด", all, to "ทัง ห มด"): left out
                if words and not (len(words) == 1 and len(words[0]) == 1 and _THAI.match(words[0])):
                    phrases.setdefault(words, value)
    return phrases, stems, stem_phrases


PHRASES, STEMS, STEM_PHRASES = _parse()
MAX_PHRASE = max(len(p) for p in PHRASES)
_STEM_LENGTHS = sorted({len(s) for s in STEMS}, reverse=True)
# stemmed phrases by their first word's first three letters (a stem has at least four)
_STEM_PHRASE_INDEX: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _words, _value in sorted(STEM_PHRASES.items(), key=lambda kv: -len(kv[0])):
    _STEM_PHRASE_INDEX.setdefault(_words[0].rstrip("*")[:3], []).append((_words, _value))


# the lengths of the phrases each word begins, longest first: the only lengths worth looking up
_lengths: dict[str, set[int]] = {}
for _words in PHRASES:
    _lengths.setdefault(_words[0], set()).add(len(_words))
_PHRASE_LENGTHS = {word: tuple(sorted(lengths, reverse=True)) for word, lengths in _lengths.items()}
del _lengths


def _word_fits(pattern: str, token: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


def term_at(tokens: list[str], i: int) -> tuple[tuple[str, ...], int] | None:
    """The lexicon term starting at ``tokens[i]`` (longest first) and its length in tokens."""
    n = len(tokens)
    best: tuple[tuple[str, ...], int] | None = None
    for words, value in _STEM_PHRASE_INDEX.get(tokens[i][:3], ()):
        k = len(words)
        if i + k <= n and all(_word_fits(w, t) for w, t in zip(words, tokens[i:i + k])):
            best = (value, k)
            break
    for length in _PHRASE_LENGTHS.get(tokens[i], ()):  # longest first
        if length > n - i:
            continue
        if best and length <= best[1]:
            break
        value = PHRASES.get(tuple(tokens[i:i + length]))
        if value is not None:
            return value, length
    if best:
        return best
    token = tokens[i]
    for k in _STEM_LENGTHS:
        if len(token) >= k and token[:k] in STEMS:
            return STEMS[token[:k]], 1
    return None


# "CT thorax/abdomen zonder bekken": the region after a word for "without" is not imaged.
# ("W/O" is left out: it is "without contrast" far more often than without a region.)
NEGATIONS = frozenset("""WITHOUT EXCLUDING EXCL ZONDER OHNE SANS SENZA SEM UTAN UDEN UTEN ILMAN
    BEZ NELKUL SIZ""".split())


def match_terms(tokens: list[str]) -> list[tuple[str, ...]]:
    """Label tuples (or ``~hint`` tuples) for the terms found in ``tokens``.

    Longest phrase first, so ``THORACIC SPINE`` wins over ``THORACIC``; a region named right
    after a word for "without" is skipped.
    """
    found: list[tuple[str, ...]] = []
    tokens = [correct(t) for t in tokens]
    i, n = 0, len(tokens)
    while i < n:
        hit = term_at(tokens, i)
        if hit is None:
            if tokens[i] in NEGATIONS and i + 1 < n:
                after = term_at(tokens, i + 1)
                if after is not None and not any(x.startswith("~") for x in after[0]):
                    i += 1 + after[1]
                    continue
            i += 1
            continue
        found.append(hit[0])
        i += hit[1]
    return found


def canonical(labels: set[str] | frozenset[str]) -> set[str]:
    """Close gaps the way a range does: "skull to thigh" is whole body, and a
    set naming CHEST and PELVIS covers the ABDOMEN between them."""
    labels = set(labels)
    axial = [i for i, x in enumerate(WHOLE_BODY) if x in labels]
    lower = labels & set(GROUPS["lower_limb"])
    if "HEAD" in labels and lower:
        return set(WHOLE_BODY)
    if len(axial) > 1:
        labels.update(WHOLE_BODY[axial[0]:axial[-1] + 1])
    for order in (WHOLE_SPINE, GROUPS["upper_limb"], GROUPS["lower_limb"]):
        idx = [i for i, x in enumerate(order) if x in labels]
        if len(idx) > 1:
            labels.update(order[idx[0]:idx[-1] + 1])
    return labels


# SNOMED CT codes seen in Anatomic Region / Procedure code sequences (CID 4031).
SNOMED_CODES: dict[str, tuple[str, ...]] = {
    "69536005": ("HEAD",), "12738006": ("HEAD",), "89546000": ("HEAD",), "45048000": ("NECK",),
    "774007": ("HEAD", "NECK"), "51185008": ("CHEST",), "43799004": ("CHEST",), "39607008": ("CHEST",),
    "80891009": ("CHEST",), "818981001": ("ABDOMEN",), "113345001": ("ABDOMEN",),
    "10200004": ("ABDOMEN",), "64033007": ("ABDOMEN",), "15776009": ("ABDOMEN",),
    "816092008": ("PELVIS",), "12921003": ("PELVIS",), "41216001": ("PELVIS",), "89837001": ("PELVIS",),
    "416550000": ("CHEST", "ABDOMEN"), "416949008": ("ABDOMEN", "PELVIS"),
    "416775004": ("CHEST", "ABDOMEN", "PELVIS"), "38266002": WHOLE_BODY,
    "76752008": ("BREAST",), "80248007": ("BREAST",), "73056007": ("BREAST",),
    "122494005": ("CSPINE",), "122495006": ("TSPINE",), "122496007": ("LSPINE",),
    "421060004": WHOLE_SPINE, "16982005": ("SHOULDER",), "51299004": ("SHOULDER",),
    "40983000": ("ARM",), "85050009": ("ARM",), "127949000": ("ELBOW",), "14975008": ("FOREARM",),
    "8205005": ("WRIST",), "85562004": ("HAND",), "29836001": ("HIP",), "24136001": ("HIP",),
    "68367000": ("THIGH",), "71341001": ("THIGH",), "72696002": ("KNEE",), "30021000": ("LEG",),
    "70258002": ("ANKLE",), "56459004": ("FOOT",),
}

# Laterality words in descriptions (normalised tokens), fifteen languages.  *Weak* words are
# single letters or words with another meaning ("P" is right in Czech/Polish but the P of "A/P"
# and of French "F+P" (face/profil); "E" is left in Portuguese but "and" in Italian; "DER" is
# Spanish right and a German article; "SIN" Swedish/Latin left and Spanish "without"; "DX" the
# modality): they count only at the end of a field or just before a view word or a number,
# and only when no unambiguous side word is there.
LEFT_TERMS = frozenset("""L LT LEFT LFT LINKS LI LINKE LINKER LINKES LINKERKANT GAUCHE GAUCH GCHE GCH
    IZQ IZQUIERDA IZQUIERDO IZDA IZDO SX SINISTRA SINISTRO SINISTER SINIST ESQ ESQUERDA ESQUERDO ESQDO
    ESQDA LEWY LEWA LEWE LEWEGO LEWEJ LEWYM LEWOSTRONNY LEWOSTRONNIE VANSTER VANSTRA VENSTRE
    VASEN VASEMMAN VASEMPI VAS LEVY LEVA LEVE LEVEHO LEVOU VLEVO LEVOSTRANNY BAL BALOLDALI VINSTRI VINSTRA""".split())
RIGHT_TERMS = frozenset("""R RT RIGHT RGT RECHTS RE RECHTE RECHTER RECHTES RECHTERKANT DROIT DROITE DRT DTE
    DERECHA DERECHO DCHA DCHO DEX DEXTER DESTRA DESTRO DIR DIREITA DIREITO DTO DTA PRAWY PRAWA PRAWE
    PRAWEGO PRAWEJ PRAWYM PRAWOSTRONNY PRAWOSTRONNIE HOGER HOGRA HOJRE HOYRE OIKEA OIKEAN OIK PRAVY
    PRAVA PRAVE PRAVEHO PRAVOU VPRAVO PRAVOSTRANNY JOBB JOBBOLDALI HAEGRI HAEGRA""".split())
BOTH_TERMS = frozenset("""BIL BILAT BILATERAL BILATERALE BILATERALES BILATERAUX BILATERAIS BILATERALI
    BILATERAAL BILATERALT BOTH BDS BSDS BEIDSEITIG BEIDSEITS BEIDERSEITS BEIDE BEIDERZIJDS BDZ
    DUBBELZIJDIG AMBOS AMBAS ENTRAMBI ENTRAMBE OBUSTRONNIE OBUSTRONNY OBUSTRONNE BEGGE BADA
    MOLEMMAT MOLEMMIN OBOUSTRANNE OBOUSTRANNY OBOUSTRANNA OBOUSTRANNE KETOLDALI MINDKET IKI
    DDH""".split())  # (a DDH screening examines both hips)
WEAK_SIDES = {"P": "R", "E": "L", "D": "R", "G": "L", "DX": "R", "DT": "R", "DER": "R", "SIN": "L",
              "HO": "R", "VA": "L", "SOL": "L", "DE": "R", "AR": "L", "VE": "L", "SAG": "R",
              "T": "L", "S": "L", "PR": "R", "SN": "L",
              "LABA": "R"}  # the Latvian "labā" (right) is the Romanian "laba" (paw: "laba piciorului", the foot)
# ("SN", the Italian "sinistro" as "dx" is "destro": "RX caviglia sn")
# weak side words read only last in their field: "de" is also French/Spanish "of" ("coupes de 5 mm");
# the Vietnamese "T" (trái, left: "Chụp MRI khớp vai T") and the Indonesian "S" (sinistra: "MRI
# Ankle Joint S") also only in a field naming a limb (``features._weak_side_counts``): they are
# other letters anywhere else (T1, T2, "F/S", "S 1")
WEAK_END_ONLY = frozenset({"DE", "VE", "T", "S"})
def _side_words(text: str) -> frozenset[str]:
    return frozenset(" ".join(normalise(t)) for t in text.replace("\n", " ").split(",") if t.strip())


def _more_sides() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from radview.protocols.anatomy import languages

    def words(key: str) -> str:
        return ", ".join([getattr(languages, key)] + [getattr(m, key) for m in _word_modules()])

    left, right, both = (_side_words(words(k)) for k in ("LEFT", "RIGHT", "BOTH"))
    return left, right, both


_LEFT_MORE, _RIGHT_MORE, _BOTH_MORE = _more_sides()
LEFT_TERMS = LEFT_TERMS | {w for w in _LEFT_MORE if " " not in w}
RIGHT_TERMS = RIGHT_TERMS | {w for w in _RIGHT_MORE if " " not in w} | {"DCH"}
BOTH_TERMS = BOTH_TERMS | {w for w in _BOTH_MORE if " " not in w}
# View and technique words after which a weak side letter still reads as a side ("P AP", "G Profil").
VIEW_WORDS = frozenset("""AP PA LAT LATERAL OBL OBLIQUE OBLIQUA SCHRAG SCHRAEG PROFIL PROFILE FACE
    FRONTAL AX AXIAL COR SAG BOCZNE BOK SEITLICH SEITL DV VD STANDING MPR VRT VR BONE""".split())
# A plural limb word without a side names both sides ("XR BOTH KNEES" is also written "KNEES").
# Left out: Slavic forms that are also the genitive singular ("RTG kolana" is one knee).
PLURAL_LIMBS = frozenset("""HANDS FEET KNEES HIPS ANKLES WRISTS ELBOWS SHOULDERS THIGHS LEGS FOREARMS
    HANDE HAENDE FUSSE FUESSE HUFTEN HUEFTEN SPRUNGGELENKE SCHULTERN HANDGELENKE KNIEGELENKE
    MAINS PIEDS GENOUX HANCHES CHEVILLES EPAULES POIGNETS COUDES MANOS PIES RODILLAS CADERAS TOBILLOS
    HOMBROS MUNECAS CODOS MANI PIEDI GINOCCHIA CAVIGLIE SPALLE POLSI GOMITI MAOS JOELHOS QUADRIS
    TORNOZELOS OMBROS PUNHOS COTOVELOS HANDEN VOETEN KNIEEN HEUPEN ENKELS SCHOUDERS POLSEN
    HANDERNA FOTTERNA KNAEN HOFTERNA KADET POLVET LONKAT NILKAT KEZEK TERDEK CSIPOK BOKAK
    DIZLER KALCALAR OMUZLAR SUSTAVOV SUSTAVY SUGLOBIV SUGLOBY KOLENEI KISTEI STAWOW KOLAN BIODER
    HOFTER HOFTERNE HAENDER HANDER HENDER FODDER FOTTER FOTTERNE SKULDRE SKULDRENE AXLAR AXLARNA
    KNAN KNAERNE HANDLEDER ANKLER ANKLERNE BENEN
    LIMBS EXTREMITIES MEMBRES MIEMBROS MEMBROS ARTI EXTREMIDADES EXTREMITATEN BEINE PIERNAS BRAZOS PERNAS
    BRACOS JAMBES GAMBE BRACCIA KONCZYN KONCETIN KONCETINY DOLNYCH GORNYCH DOLNICH HORNICH DKK HKK""".split())  # (the limbs in the plural: "lower limbs venous Doppler")


def _module_plurals() -> frozenset[str]:
    return frozenset(w for m in _word_modules() for t in m.PLURAL.replace("\n", " ").split(",")
                     for w in normalise(t))


PLURAL_LIMBS = PLURAL_LIMBS | _module_plurals()


# ---- tolerance of typing errors ----------------------------------------------
# A description word the lexicon does not know, of five letters or more, is read as the lexicon
# word it becomes by collapsing a doubled letter ("SHOUULDER", "AOORTA", "SCAAFOIDE"), by one
# missing letter ("TIRIDEA" -> TIROIDEA), one extra letter ("FOREAARM") or two swapped
# neighbours ("SHOUDLER").  Substitutions are not tried: "CORONAL" is one letter from
# "CORONAR".  A word two lexicon words could come from stays as it is.

def _collapse(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _typo_tables() -> tuple[frozenset[str], dict[str, str | None], dict[str, str | None]]:
    known = {w for phrase in PHRASES for w in phrase} | LEFT_TERMS | RIGHT_TERMS | BOTH_TERMS | PLURAL_LIMBS
    long_words = {w for w in known if len(w) >= 5 and w.isalpha()}
    collapsed: dict[str, str | None] = {}
    deletes: dict[str, str | None] = {}
    for w in sorted(long_words):
        c = _collapse(w)
        collapsed[c] = w if collapsed.get(c, w) == w else None
        if len(w) >= 6:
            for i in range(1, len(w)):
                d = w[:i] + w[i + 1:]
                if d not in known:
                    deletes[d] = w if deletes.get(d, w) == w else None
    return frozenset(known), collapsed, deletes


def _stem_of(token: str) -> bool:
    return any(len(token) >= k and token[:k] in STEMS for k in _STEM_LENGTHS)


@lru_cache(maxsize=65536)
def correct(token: str) -> str:
    """The lexicon word an unknown description word was most likely meant to be (itself else)."""
    if len(token) < 5 or not token.isalpha() or token in _KNOWN or _stem_of(token):
        return token
    candidates: set[str] = set()
    c = _collapse(token)
    if c != token and (c in _KNOWN or _stem_of(c)):
        candidates.add(c)
    elif _COLLAPSED.get(c):
        candidates.add(_COLLAPSED[c])
    if not candidates and len(token) >= 6:  # never the first letter: "AXILLA" is not MAXILLA
        if _DELETES.get(token):
            candidates.add(_DELETES[token])
        if len(token) >= 7:
            for i in range(1, len(token)):
                d = token[:i] + token[i + 1:]
                if d in _KNOWN:
                    candidates.add(d)
        for i in range(1, len(token) - 1):
            t = token[:i] + token[i + 1] + token[i] + token[i + 2:]
            if t != token and t in _KNOWN:
                candidates.add(t)
    if not candidates and len(token) >= 6:  # one letter missing inside a long stem ("TIRIDEA" -> TIROID*)
        for i in range(1, min(len(token), 8)):
            for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
                t = token[:i] + letter + token[i:]
                # inside the stem, not at its end: "CORONA"+"R" is "CORONAL" mistyped, not CORONAR*
                if any(k >= 6 and i < k - 1 and t[:k] in STEMS for k in _STEM_LENGTHS):
                    candidates.add(t)
    return candidates.pop() if len(candidates) == 1 else token


_KNOWN, _COLLAPSED, _DELETES = _typo_tables()


# ---- descriptions cut short ---------------------------------------------------
# Older RIS kept 16 characters of a study description ("MRI THORACIC SPI", "CT ABDOMEN AND P"):
# the last word of a study field that long, cut inside a word, is read as the rest of the lexicon
# phrase the words before it begin, when all such phrases name the same thing.
TRUNCATED_LENGTH = 16


@lru_cache(maxsize=1)
def _phrases_by_prefix() -> dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    index: dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for words, value in PHRASES.items():
        for k in range(len(words)):
            index.setdefault(words[:k], []).append((words[k:], value))
    return index


@lru_cache(maxsize=4096)
def _completion(before: tuple[str, ...], stub: str) -> tuple[str, ...] | None:
    # only as the rest of a phrase begun by the words before it: a word alone of 16 characters'
    # end is as often whole ("RX thorax au lit", "AX 3D FSPGR POST")
    for k in range(min(len(before), MAX_PHRASE - 1), 0, -1):
        prefix = before[len(before) - k:]
        rests = [(rest, value) for rest, value in _phrases_by_prefix().get(prefix, ())
                 if rest[0].startswith(stub) and rest[0] != stub]
        values = {value for _, value in rests}
        if len(values) == 1 and not any(v.startswith("~NONE") for v in next(iter(values))):
            return min((rest for rest, _ in rests), key=len)
        if values:
            return None  # the stub begins phrases that name different things
    return None


def complete_truncated(text: str, tokens: list[str]) -> list[str]:
    """``tokens`` of ``text`` with a last word cut by a 16-character field spelt out (see above)."""
    text = text.strip()
    if len(text) != TRUNCATED_LENGTH or not text[-1].isalnum() or not tokens or not tokens[-1].isalpha() \
            or (len(tokens[-1]) < 2 and len(tokens) > 1 and tokens[-2].isdigit()) \
            or term_at(tokens, len(tokens) - 1) is not None:
        return tokens  # (a letter after a number is a count: "XR ELBOW LEFT 4V", four views, is 16 long)
    rest = _completion(tuple(tokens[:-1]), tokens[-1])
    return tokens[:-1] + list(rest) if rest else tokens


def plausible(labels: Iterable[str]) -> bool:
    """Whether a label set could be one series' anatomy (contiguous, one body part family)."""
    labels = set(labels)
    if not labels:
        return True
    groups = {GROUP_OF[x] for x in labels}
    if labels == {"PELVIS", "HIP"} or labels == {"PELVIS", "HIP", "THIGH"}:
        return True  # pelvis and hips on one image
    if labels & {"ABDOMEN", "PELVIS"} and labels & set(GROUPS["lower_limb"]) and _runoff(labels):
        return True  # a run-off: the abdominal aorta and pelvis to the legs' arteries, one acquisition
    if len(groups) > 1:
        return False
    order = GROUPS[groups.pop()]
    idx = sorted(order.index(x) for x in labels)
    return idx[-1] - idx[0] + 1 == len(idx)


def _runoff(labels: set[str]) -> bool:
    """The pelvis (with the abdomen above it or not) and a stretch of the leg from the hip or thigh down."""
    axial = labels - set(GROUPS["lower_limb"])
    leg = sorted(GROUPS["lower_limb"].index(x) for x in labels - axial)
    return axial in ({"PELVIS"}, {"ABDOMEN", "PELVIS"}) and bool(leg) and leg[0] <= GROUPS["lower_limb"].index("THIGH") \
        and leg[-1] - leg[0] + 1 == len(leg)
