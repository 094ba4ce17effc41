"""North-American RIS names, NHS (UK) and Australian exam names, nuclear medicine, PET."""

from __future__ import annotations

NA = {"L": ["LT", "LEFT", "L"], "R": ["RT", "RIGHT", "R"], "B": ["BILAT", "BILATERAL", "BIL"]}
UK = {"L": ["Lt", "Left", "L"], "R": ["Rt", "Right", "R"], "B": ["Both", "Bilateral", "Bil"]}
AU = {"L": ["L", "LEFT", "LT"], "R": ["R", "RIGHT", "RT"], "B": ["BILAT", "BOTH"]}


def add_a(g):
    # ------------------------------------------------------------------ na_ris_ct
    G = "na_ris_ct"
    ct = [
        ("CT HEAD W/O CON", "HEAD", "~SCOUT|*5mm Axial Brain|0.625 Bone|Coronal Brain MPR|Sagittal Brain MPR|!Dose Info",
         "brain CT", "HEAD", ("70450", "C4", "CT HEAD/BRAIN W/O CONTRAST")),
        ("CT ABD/PEL W CON", "ABP", "~Scout|*5mm Portal Venous|Coronal 3mm|Sagittal 3mm|#3D VR Screen Save|!Dose Info",
         "abdomen/pelvis = ABDOMEN+PELVIS", "ABDOMEN", ("74177", "C4", "CT ABD & PELV W CONTRAST")),
        ("CT CHEST W/O CON", "CHEST", "~Scout|1.25mm Lung|5mm Soft Tissue|MIP 10mm Lung|!Dose Report",
         "chest CT", "CHEST", ("71250", "C4")),
        ("CTA CHEST PE PROTOCOL", "CHEST", "~Scout|Smart Prep|PE 1.25mm|Cor MIP 5mm|Sag MIP 5mm",
         "pulmonary arteries = CHEST (bolus tracking level is in the chest)", "CHEST", ("71275", "C4")),
        ("CT CAP W CON", "CAP",
         "~Scout|*Chest 1.25mm Lung=>CHEST::lung-kernel recon of the chest part only|5mm CAP Portal|Cor CAP 3mm|!Dose Info",
         "CAP = CHEST+ABDOMEN+PELVIS", "CHEST", None),
        ("CT C-SPINE W/O CON", "CSPINE", "~Scout|Axial 1.25 Bone|Sag C-Spine Bone|Cor C-Spine Bone|Axial Soft 2.5mm",
         "cervical spine", "CSPINE", ("72125", "C4")),
        ("CT L-SPINE W/O CON", "LSPINE", "~Scout|Axial 2mm Bone|Sag Bone 2mm|Cor 2mm|!Dose Info",
         "lumbar spine", "LSPINE", ("72131", "C4")),
        ("CT T-SPINE W/O CON", "TSPINE", "~Scout|Axial 2mm Bone|Sag 2mm Bone|Cor 2mm Bone",
         "thoracic spine", "TSPINE", None),
        ("CT SINUS W/O (LIMITED)", "HEAD", "~Scout|Axial 1mm Bone|Coronal Bone 2mm|Sagittal Bone",
         "paranasal sinuses fold into HEAD", "SINUS", None),
        ("CT MAXILLOFACIAL W/O", "HEAD", "~Scout|Axial 0.625 Bone|Cor Bone|3D VR Face",
         "facial bones fold into HEAD", "HEAD", ("70486", "C4")),
        ("CT ORBITS W/O CON", "HEAD", "~Scout|Axial Orbits 1mm Bone|Coronal Orbits|Sagittal Orbits",
         "orbits fold into HEAD", "HEAD", None),
        ("CT TEMPORAL BONES W/O", "HEAD", "~Scout|Axial 0.6 Rt Temporal|Axial 0.6 Lt Temporal|Coronal Temporal",
         "temporal bones/IAC fold into HEAD; no laterality (not a limb)", "HEAD", None),
        ("CT NECK SOFT TISSUE W CON", "NECK", "~Scout|Neck 2.5mm Soft Tissue|Cor Neck 3mm|Sag Neck 3mm",
         "soft-tissue neck", "NECK", ("70491", "C4")),
        ("CTA HEAD AND NECK W CON", "HN",
         "~Scout|CTA 0.625 Arch to Vertex|MIP Circle of Willis=>HEAD::circle-of-Willis MIP shows the head only"
         "|Cor MIP Carotids=>NECK::cervical carotid MIP shows the neck|3D VR Head Vessels=>HEAD::intracranial VR",
         "head and neck = HEAD+NECK", "HEAD", ("70496", "C4", "CTA HEAD W/CONTRAST/NONCONTRAST")),
        ("CT UROGRAM W/WO CON", "ABP", "~Scout|Non Con 5mm|Nephrographic 2.5mm|Excretory 1.25mm|Cor MIP Excretory",
         "kidneys, ureters and bladder = ABDOMEN+PELVIS", "ABDOMEN", None),
        ("CT ABD/PEL W/O CON STONE PROTOCOL", "ABP", "~Scout|Axial 3mm|Cor 3mm|Sag 3mm",
         "renal stone CT covers abdomen and pelvis", "ABDOMEN", ("74176", "C4")),
        ("CT ENTEROGRAPHY W CON", "ABP", "~Scout|Enteric 2.5mm|Cor 2.5mm|Sag 2.5mm",
         "small bowel CT covers abdomen and pelvis", "ABDOMEN", None),
        ("CT COLONOGRAPHY SCREENING W/O", "ABP", "~Scout Supine|~Scout Prone|Supine 1mm|Prone 1mm|#3D Fly-through",
         "CT colonography = ABDOMEN+PELVIS", "COLON", ("74263", "C4")),
        ("CT LIVER 3 PHASE W/WO", "ABDOMEN", "~Scout|Non Con 5mm|Arterial 2.5mm|Portal Venous 2.5mm|Delayed 5mm",
         "liver folds into ABDOMEN", "ABDOMEN", None),
        ("CT PANCREAS PROTOCOL", "ABDOMEN", "~Scout|Pancreatic Phase 1.25mm|Portal Phase 2.5mm|Cor Curved MPR",
         "pancreas folds into ABDOMEN", "ABDOMEN", None),
        ("CT ADRENAL W/WO CON", "ABDOMEN", "~Scout|Non Con 2.5mm|Venous 2.5mm|15 min Delay 2.5mm",
         "adrenals fold into ABDOMEN", "ABDOMEN", None),
        ("CT CHEST HIGH RESOLUTION W/O (ILD)", "CHEST", "~Scout|Inspiration 1mm Lung|Expiration 1mm Lung|Prone 1mm Lung",
         "lungs fold into CHEST", "CHEST", None),
        ("CT NECK/CHEST W CON", "NECK+CHEST", "~Scout|Neck/Chest 2.5mm|Chest 1.25 Lung=>CHEST::lung recon|Cor 3mm",
         "neck and chest = NECK+CHEST", "NECK", None),
        ("CT PELVIS W/O CON", "PELVIS", "~Scout|Axial 2mm Bone|Cor Bone|3D Pelvis VR",
         "bony pelvis", "PELVIS", None),
        ("CT CHEST/ABDOMEN W CON", "CHEST+ABDOMEN", "~Scout|Chest/Abdomen 5mm|Lung 1.25mm=>CHEST::lung kernel, chest only|Cor 3mm",
         "chest and abdomen without pelvis = CHEST+ABDOMEN", "CHEST", None),
    ]
    for study, lab, ser, why, bpe, code in ct:
        g.exam(G, "CT", study, lab, ser, why=why, bpe=bpe, code=code, region="na", k=2)

    # ------------------------------------------------------------------ na_ris_mr
    G = "na_ris_mr"
    mr = [
        ("MRI BRAIN W/WO", "HEAD", "~3-Plane Loc|Sag T1 FLAIR|Ax T2 FSE|Ax T2 FLAIR|Ax DWI|Ax SWAN|Ax T1 +C|Sag 3D BRAVO +C",
         "brain", "BRAIN", ("70553", "C4", "MRI BRAIN W/O & W/CONTRAST")),
        ("MRI BRAIN W/O", "HEAD", "~Localizer|Sag T1|Ax T2|Ax FLAIR|Ax DWI|ADC|Cor T2",
         "brain", "HEAD", ("70551", "C4")),
        ("MRI L-SPINE W/O", "LSPINE", "~Loc|Sag T1|Sag T2|Sag STIR|Ax T2|Ax T1",
         "lumbar spine", "LSPINE", ("72148", "C4")),
        ("MRI C-SPINE W/O", "CSPINE", "~Loc|Sag T1|Sag T2|Sag STIR|Ax T2 GRE|Ax T2",
         "cervical spine", "CSPINE", ("72141", "C4")),
        ("MRI T-SPINE W/WO", "TSPINE", "~Loc|Sag T1|Sag T2|Sag STIR|Ax T2|Sag T1 FS +C|Ax T1 +C",
         "thoracic spine", "TSPINE", None),
        ("MRI ORBITS W/WO", "HEAD", "~Loc|Cor T1 Orbits|Cor STIR Orbits|Ax T1 FS +C|Cor T1 FS +C",
         "orbits fold into HEAD", "HEAD", None),
        ("MRI IAC W/WO", "HEAD", "~Loc|Ax FIESTA IAC|Ax T1 +C IAC|Cor T1 +C IAC",
         "internal auditory canals fold into HEAD", "HEAD", None),
        ("MRI PITUITARY W/WO", "HEAD", "~Loc|Sag T1 Pit|Cor T2 Pit|Cor Dyn T1 Pit|Cor T1 +C Pit",
         "pituitary folds into HEAD", "BRAIN", None),
        ("MRA HEAD W/O", "HEAD", "~Loc|3D TOF Circle of Willis|MIP COW Rot|MIP COW Tumble",
         "intracranial vessels = HEAD", "HEAD", ("70544", "C4")),
        ("MRA NECK W/WO", "NECK", "~Loc|2D TOF Neck|CE MRA Neck|MIP Carotids",
         "cervical arteries = NECK", "NECK", ("70549", "C4")),
        ("MRI PELVIS PROSTATE W/WO MPMRI", "PELVIS", "~Loc|Ax T2 Prostate|Sag T2|Cor T2|DWI b50-800|b1400 calc|ADC|DCE",
         "prostate folds into PELVIS", "PROSTATE", None),
        ("MRCP W/O", "ABDOMEN", "~Loc|Cor SSFSE|3D MRCP|Thick Slab MRCP|MIP MRCP|Ax T2 FS",
         "MRCP = ABDOMEN", "ABDOMEN", None),
        ("MRI ABDOMEN W/WO LIVER", "ABDOMEN", "~Loc|Ax T2 SSFSE|Ax In/Out Phase|Ax DWI|Ax LAVA Pre|Ax LAVA Art|Ax LAVA PV|Ax LAVA 20 min",
         "liver folds into ABDOMEN", "ABDOMEN", ("74183", "C4")),
        ("MRI PELVIS FEMALE W/WO", "PELVIS", "~Loc|Sag T2|Ax T2|Ax T1|Ax DWI|Sag T1 FS +C",
         "uterus/ovaries fold into PELVIS", "PELVIS", ("72197", "C4")),
        ("MRI SACRUM/COCCYX W/O", "PELVIS", "~Loc|Sag T1|Sag STIR|Ax T1|Cor T1",
         "sacrum and coccyx fold into PELVIS", "SSPINE", None),
        ("MRI SI JOINTS W/WO", "PELVIS", "~Loc|Cor Obl T1|Cor Obl STIR|Ax T2 FS|Cor Obl T1 FS +C",
         "SI joints fold into PELVIS", "PELVIS", None),
        ("MRI NECK SOFT TISSUE W/WO", "NECK", "~Loc|Ax T1|Ax T2 FS|Cor STIR|Ax T1 FS +C|Cor T1 FS +C",
         "soft-tissue neck", "NECK", None),
        ("MRI TMJ BILAT", "HEAD", "~Loc|Sag PD Open Rt|Sag PD Closed Rt|Sag PD Open Lt|Sag PD Closed Lt|Cor PD",
         "TMJ folds into HEAD; no laterality (not a limb)", "TMJ", None),
        ("MR ENTEROGRAPHY W/WO", "ABP", "~Loc|Cor SSFSE|Ax SSFSE|Cor FIESTA|Cor LAVA Post",
         "small bowel MR covers abdomen and pelvis", "ABDOMEN", None),
        ("MRI RECTUM STAGING W/O", "PELVIS", "~Loc|Sag T2|Ax Obl T2 HR|Cor Obl T2|Ax DWI",
         "rectum folds into PELVIS", "PELVIS", None),
    ]
    for study, lab, ser, why, bpe, code in mr:
        g.exam(G, "MR", study, lab, ser, why=why, bpe=bpe, code=code, region="na", k=2)

    # ------------------------------------------------------------------ na_ris_xr
    G = "na_ris_xr"
    xr = [
        ("XR CHEST 2 VW", "CHEST", "*PA|LATERAL", "chest radiograph", "CHEST", ("71046", "C4"), "DX"),
        ("XR CHEST 1 VW PORTABLE", "CHEST", "AP PORTABLE", "chest radiograph", "CHEST", ("71045", "C4"), "CR"),
        ("XR ABDOMEN 1 VW (KUB)", "ABP", "AP SUPINE", "KUB = ABDOMEN+PELVIS", "ABDOMEN", ("74018", "C4"), "DX"),
        ("XR ABDOMEN 2 VW SUPINE/UPRIGHT", "ABP", "SUPINE|UPRIGHT",
         "abdominal film covers diaphragm to symphysis like a KUB: ABDOMEN+PELVIS (spec silent, radiologist's choice)",
         "ABDOMEN", None, "CR"),
        ("XR C-SPINE 2-3 VW", "CSPINE", "AP|LAT|ODONTOID", "cervical spine", "CSPINE", ("72040", "C4"), "DX"),
        ("XR T-SPINE 2 VW", "TSPINE", "AP|LAT", "thoracic spine", "TSPINE", None, "DX"),
        ("XR L-SPINE 2-3 VW", "LSPINE", "AP|LAT|L5-S1 SPOT", "lumbar spine", "LSPINE", ("72100", "C4"), "DX"),
        ("XR L-SPINE FLEX/EXT", "LSPINE", "LAT FLEXION|LAT EXTENSION", "lumbar spine", "LSPINE", None, "CR"),
        ("XR SCOLIOSIS SURVEY 1 VW STANDING", "WS", "PA STANDING FULL SPINE",
         "full-length spine film = CSPINE+TSPINE+LSPINE", "SPINE", None, "DX"),
        ("XR PELVIS 1-2 VW", "PELVIS", "AP PELVIS|INLET|OUTLET", "bony pelvis", "PELVIS", ("72170", "C4"), "DX"),
        ("XR SACRUM AND COCCYX", "PELVIS", "AP|LAT", "sacrum and coccyx fold into PELVIS", "SSPINE", None, "CR"),
        ("XR SI JOINTS 3+ VW", "PELVIS", "AP AXIAL|RPO|LPO", "SI joints fold into PELVIS", "PELVIS", None, "DX"),
        ("XR SKULL COMPLETE 4+ VW", "HEAD", "PA|TOWNE|LAT RT|LAT LT", "skull folds into HEAD", "SKULL", ("70260", "C4"), "CR"),
        ("XR NASAL BONES 3+ VW", "HEAD", "WATERS|LAT", "nasal bones/face fold into HEAD", "HEAD", None, "CR"),
        ("XR SOFT TISSUE NECK", "NECK", "AP|LAT", "soft-tissue neck", "NECK", None, "DX"),
        ("XR STERNUM 2+ VW", "CHEST", "RAO|LAT", "sternum folds into CHEST", "CHEST", None, "CR"),
    ]
    for study, lab, ser, why, bpe, code, mod in xr:
        g.exam(G, mod, study, lab, ser, why=why, bpe=bpe, code=code, region="na", k=2)
    for side in "LR":
        s = {"L": "LT", "R": "RT"}[side]
        g.exam(G, "DX", f"XR RIBS UNILAT W/ PA CHEST {s}", "CHEST", f"PA CHEST|{s} RIBS AP|{s} RIBS OBL",
               why="ribs fold into CHEST; the side is not a laterality (not a limb)", bpe="CHEST", region="na",
               tags={"Laterality": side}, k=2)

    limbs = [
        # labels, forms (N has no side), series, why, bpe, mod
        ("KNEE", {"L": "XR KNEE 3+ VW LT", "R": "XR KNEE 3+ VW RT", "N": "XR KNEE 3+ VW"},
         "AP {s}|LAT {s}|SUNRISE {s}|OBL", "knee radiograph", "KNEE", "DX"),
        ("ANKLE", {"L": "XR ANKLE COMPLETE 3+ VW LT", "R": "XR ANKLE COMPLETE 3+ VW RT", "N": "XR ANKLE COMPLETE"},
         "AP|MORTISE|LAT {s}", "ankle radiograph", "ANKLE", "DX"),
        ("FOOT", {"L": "XR FOOT 3+ VW LT", "R": "XR FOOT 3+ VW RT", "N": "XR FOOT 3+ VW"},
         "AP {s}|OBL {s}|LAT {s}", "foot radiograph", "FOOT", "CR"),
        ("FOOT", {"L": "XR TOE(S) 2+ VW LT", "R": "XR TOE(S) 2+ VW RT", "N": "XR TOE(S) 2+ VW"},
         "AP 1ST TOE {s}|OBL|LAT", "toes fold into FOOT", "FOOT", "DX"),
        ("FOOT", {"L": "XR CALCANEUS 2 VW LT", "R": "XR CALCANEUS 2 VW RT", "N": "XR OS CALCIS"},
         "AXIAL {s}|LAT {s}", "calcaneus folds into FOOT", "FOOT", "CR"),
        ("LEG", {"L": "XR TIB/FIB 2 VW LT", "R": "XR TIB/FIB 2 VW RT", "N": "XR TIBIA/FIBULA 2 VW"},
         "AP {s}|LAT {s}", "tibia/fibula = LEG", "LOWER LEG", "DX"),
        ("THIGH", {"L": "XR FEMUR 2 VW LT", "R": "XR FEMUR 2 VW RT", "N": "XR FEMUR 2 VW"},
         "AP PROX|AP DIST|LAT {s}", "femur = THIGH", "FEMUR", "DX"),
        ("HIP+PELVIS", {"L": "XR HIP UNILAT W/ PELVIS 2-3 VW LT", "R": "XR HIP UNILAT W/ PELVIS 2-3 VW RT"},
         "AP PELVIS=>PELVIS::a plain AP pelvis view is PELVIS, as an XR PELVIS|AP {s} HIP=>HIP|FROG LAT {s} HIP=>HIP",
         "hip series with pelvis view", "HIP", "DX"),
        ("SHOULDER", {"L": "XR SHOULDER COMPLETE 2+ VW LT", "R": "XR SHOULDER COMPLETE 2+ VW RT", "N": "XR SHOULDER COMPLETE"},
         "GRASHEY {s}|AXILLARY {s}|Y VIEW|EXT ROT", "shoulder radiograph", "SHOULDER", "DX"),
        ("SHOULDER", {"L": "XR CLAVICLE COMPLETE LT", "R": "XR CLAVICLE COMPLETE RT", "N": "XR CLAVICLE"},
         "AP {s}|AP CEPHALIC TILT", "clavicle folds into SHOULDER", "CLAVICLE", "CR"),
        ("SHOULDER", {"L": "XR SCAPULA COMPLETE LT", "R": "XR SCAPULA COMPLETE RT"},
         "AP {s}|Y VIEW {s}", "scapula folds into SHOULDER", "SHOULDER", "CR"),
        ("ARM", {"L": "XR HUMERUS 2+ VW LT", "R": "XR HUMERUS 2+ VW RT", "N": "XR HUMERUS 2+ VW"},
         "AP {s}|LAT", "humerus = ARM", "HUMERUS", "DX"),
        ("ELBOW", {"L": "XR ELBOW 3+ VW LT", "R": "XR ELBOW 3+ VW RT", "N": "XR ELBOW COMPLETE"},
         "AP {s}|LAT {s}|OBL", "elbow radiograph", "ELBOW", "DX"),
        ("FOREARM", {"L": "XR FOREARM 2 VW LT", "R": "XR FOREARM 2 VW RT", "N": "XR RADIUS/ULNA"},
         "AP {s}|LAT", "radius/ulna = FOREARM", "FOREARM", "CR"),
        ("WRIST", {"L": "XR WRIST 3+ VW LT", "R": "XR WRIST 3+ VW RT", "N": "XR WRIST 3+ VW"},
         "PA {s}|OBL {s}|LAT {s}", "wrist radiograph", "WRIST", "DX"),
        ("WRIST", {"L": "XR SCAPHOID SERIES LT", "R": "XR SCAPHOID SERIES RT", "N": "XR SCAPHOID 4 VW"},
         "PA ULNAR DEV {s}|OBL|LAT|ZITER", "scaphoid folds into WRIST", "HAND", "CR"),
        ("HAND", {"L": "XR HAND 3+ VW LT", "R": "XR HAND 3+ VW RT", "N": "XR HAND 3+ VW"},
         "PA {s}|OBL {s}|LAT", "hand radiograph", "HAND", "DX"),
        ("HAND", {"L": "XR FINGER(S) 2+ VW LT", "R": "XR FINGER(S) 2+ VW RT", "N": "XR FINGER(S) 2+ VW"},
         "PA 5TH DIGIT {s}|LAT 5TH DIGIT|OBL", "fingers fold into HAND", "FINGER", "CR"),
        ("HAND", {"L": "XR THUMB 2+ VW LT", "R": "XR THUMB 2+ VW RT"},
         "AP THUMB|LAT THUMB {s}", "thumb folds into HAND", "HAND", "DX"),
    ]
    for lab, forms, ser, why, bpe, mod in limbs:
        g.limb(G, mod, lab, forms, ser, why, NA, n=2, bpe=bpe, region="na")
    g.limb(G, "DX", "SHOULDER", {"B": "XR AC JOINTS BILAT W/WO WEIGHTS"}, "AC JOINTS {s} NO WEIGHT|AC JOINTS WITH WEIGHTS",
           "AC joints fold into SHOULDER", NA, sides="B", n=1, bpe="SHOULDER", region="na")
    g.limb(G, "DX", "KNEE", {"B": "XR KNEES BILAT STANDING AP"}, "BILAT STANDING AP|ROSENBERG PA|LAT {s}",
           "both knees", NA, sides="B", n=2, bpe="KNEE", region="na")

    # ------------------------------------------------------------------ na_ris_us
    G = "na_ris_us"
    us = [
        ("US RETROPERITONEAL COMPLETE", "ABP",
         "*RENAL=>ABP:: complete retroperitoneal US images both kidneys and the bladder: ABDOMEN+PELVIS (spec silent)"
         "|KIDNEYS ONLY=>ABDOMEN::kidney images only|BLADDER PRE/POST VOID=>PELVIS::bladder folds into PELVIS",
         "retroperitoneal/renal US", "ABDOMEN", ("76770", "C4"), "RETROPERITONEAL"),
        ("US ABDOMEN COMPLETE", "ABDOMEN", "ABDOMEN|LIVER|GB", "liver, GB, pancreas, spleen, kidneys = ABDOMEN",
         "ABDOMEN", ("76700", "C4"), "ABDOMINAL"),
        ("US ABDOMEN LIMITED RUQ", "ABDOMEN", "RUQ", "right upper quadrant (liver/GB) = ABDOMEN", "ABDOMEN",
         ("76705", "C4"), "ABDOMINAL"),
        ("US PELVIS TRANSVAGINAL", "PELVIS", "TV PELVIS|TA PELVIS", "uterus/ovaries = PELVIS", "PELVIS",
         ("76830", "C4"), "TRANSVAGINAL"),
        ("US PELVIS COMPLETE TRANSABDOMINAL", "PELVIS", "PELVIS", "uterus/ovaries = PELVIS", "PELVIS", ("76856", "C4"), "PELVIC"),
        ("US THYROID", "NECK", "THYROID|THYROID NODULE", "thyroid folds into NECK", "NECK", ("76536", "C4"), "SMALL PARTS"),
        ("US SOFT TISSUE NECK LYMPH NODES", "NECK", "NECK", "cervical nodes = NECK", "NECK", None, "SMALL PARTS"),
        ("US SCROTUM W DOPPLER", "PELVIS", "SCROTUM|TESTES DOPPLER",
         "scrotum/testes: spec silent, radiologist files it with PELVIS", "SCROTUM", ("76870", "C4"), "SCROTAL"),
        ("US CAROTID DUPLEX BILAT", "NECK", "RT CAROTID|LT CAROTID|CAROTIDS",
         "carotids = NECK; bilateral but not a limb, so no laterality", "NECK", ("93880", "C4"), "VASCULAR"),
        ("US RENAL LT", "ABDOMEN", "LT KIDNEY", "kidney = ABDOMEN; the side is not a laterality", "KIDNEY", None, "ABDOMINAL"),
        ("US HEAD NEONATAL", "HEAD", "NEONATAL HEAD", "neonatal brain = HEAD", "HEAD", None, "NEONATAL HEAD"),
    ]
    for study, lab, ser, why, bpe, code, it3 in us:
        g.exam(G, "US", study, lab, ser, why=why, bpe=bpe, code=code, region="na", it3=it3, k=1)
    g.limb(G, "US", "THIGH+KNEE+LEG",
           {"L": "US VENOUS DUPLEX LOWER EXT UNILAT LT", "R": "US VENOUS DUPLEX LOWER EXT UNILAT RT",
            "B": "US VENOUS DUPLEX LOWER EXT BILAT", "N": "US VENOUS DOPPLER LOWER EXTREMITY"},
           "LE VENOUS {s}", "leg veins groin to calf: femoral (THIGH), popliteal (KNEE), calf (LEG); spec silent",
           NA, sides="LRB", n=3, k=1, bpe="LEG", region="na", it3="VASCULAR")
    g.limb(G, "US", "BREAST", {"L": "US BREAST LT LIMITED", "R": "US BREAST RT LIMITED", "N": "US BREAST LIMITED"},
           "BREAST {s}", "breast US", NA, n=3, k=1, bpe="BREAST", region="na", it3="BREAST")
    g.limb(G, "US", "HIP", {"B": "US INFANT HIPS BILAT (DDH)"}, "HIP {s} COR|HIP {s} TRANS",
           "infant hips", NA, sides="B", n=1, k=2, bpe="HIP", region="na", it3="MUSCULOSKELETAL")
    g.limb(G, "US", "SHOULDER", {"L": "US SHOULDER LT", "R": "US SHOULDER RT", "N": "US SHOULDER"},
           "SHOULDER {s}", "shoulder US", NA, n=2, k=1, bpe="SHOULDER", region="na", it3="MUSCULOSKELETAL")
    g.limb(G, "US", "ANKLE", {"L": "US ACHILLES TENDON LT", "R": "US ACHILLES TENDON RT"},
           "ACHILLES {s}", "Achilles tendon at the ankle: spec silent, radiologist files it as ANKLE",
           NA, n=1, k=1, bpe="ANKLE", region="na", it3="MUSCULOSKELETAL")

    # ------------------------------------------------------------------ nuclear_medicine
    G = "nuclear_medicine"
    nm = [
        ("NM BONE SCAN WB", "WB",
         "*WB ANT/POST|SPECT L-SPINE=>LSPINE::bone SPECT limited to the lumbar spine|SPOT VIEWS SKULL=>HEAD::skull spot views",
         "bone scan = whole body per spec", "WHOLEBODY", "Tc-99m MDP", ("78306", "C4")),
        ("NM MYOCARDIAL PERFUSION SPECT REST/STRESS", "CHEST",
         "REST SPECT|STRESS SPECT|REST SA|STRESS GATED",
         "heart = CHEST", "HEART", "Tc99m Tetrofosmin", ("78452", "C4")),
        ("NM HEPATOBILIARY (HIDA)", "ABDOMEN", "DYNAMIC 60 MIN|CCK DYNAMIC|DELAYED STATIC",
         "gallbladder/liver = ABDOMEN", "ABDOMEN", "Tc-99m Mebrofenin", ("78226", "C4")),
        ("NM THYROID UPTAKE AND SCAN", "NECK", "ANT PINHOLE|LAO PINHOLE|RAO PINHOLE",
         "thyroid = NECK", "THYROID", "I-123 Sodium Iodide", None),
        ("NM PARATHYROID SCAN SESTAMIBI W SPECT/CT", "NECK+CHEST",
         "EARLY ANT NECK/CHEST|DELAYED ANT NECK/CHEST|SPECT/CT NECK/MEDIASTINUM",
         "planar and SPECT field covers neck and mediastinum (ectopic glands): NECK+CHEST, spec silent",
         "NECK", "Tc-99m Sestamibi", None),
        ("NM LUNG VENTILATION/PERFUSION (V/Q)", "CHEST", "PERFUSION 8 VIEW|VENTILATION 8 VIEW|SPECT Q",
         "lungs = CHEST", "CHEST", "Tc-99m MAA", ("78582", "C4")),
        ("NM RENAL SCAN MAG3 W LASIX", "ABDOMEN", "FLOW|RENOGRAM DYNAMIC|POST VOID",
         "kidneys = ABDOMEN", "KIDNEY", "Tc-99m MAG3", None),
        ("NM DMSA RENAL CORTICAL SCAN", "ABDOMEN", "POST|LPO|RPO|SPECT KIDNEYS",
         "kidneys = ABDOMEN", "KIDNEY", "Tc-99m DMSA", None),
        ("NM GASTRIC EMPTYING SOLID 4 HR", "ABDOMEN", "GE 0 HR|GE 1 HR|GE 2 HR|GE 4 HR",
         "stomach = ABDOMEN", "ABDOMEN", "Tc-99m Sulfur Colloid", None),
        ("NM GI BLEED SCAN (TAGGED RBC)", "ABP", "DYNAMIC 90 MIN|DELAYED ANT",
         "GI bleeding study field covers abdomen and pelvis", "ABDOMEN", "Tc-99m RBC", None),
        ("NM MECKEL SCAN", "ABP", "DYNAMIC ANT|LAT", "Meckel study covers abdomen and pelvis", "ABDOMEN",
         "Tc-99m Pertechnetate", None),
        ("DATSCAN SPECT", "HEAD", "DAT SPECT|RECON OSEM", "striatum/brain = HEAD", "BRAIN",
         "I-123 Ioflupane", None),
        ("NM BRAIN PERFUSION SPECT HMPAO", "HEAD", "BRAIN SPECT|TRANSAX RECON", "brain = HEAD", "HEAD",
         "Tc-99m HMPAO (Ceretec)", None),
        ("MUGA REST", "CHEST", "GATED LAO|ANT|LAO 45",
         "blood pool of the heart = CHEST", "HEART", "Tc-99m RBC", None),
        ("NM I-131 WHOLE BODY POST THERAPY", "WB", "WB ANT/POST|SPOT NECK=>NECK::neck spot view",
         "whole body", "WHOLEBODY", "I-131 Sodium Iodide", None),
        ("NM MIBG WB AND SPECT/CT", "WB",
         "WB 24 HR|SPECT/CT ABDOMEN=>ABDOMEN::SPECT/CT of the adrenal region|~CT SCOUT=>ABDOMEN::scout planning the abdominal SPECT/CT",
         "MIBG whole-body survey", "WHOLEBODY", "I-123 MIBG", None),
        ("OCTREOSCAN 24 HR", "WB", "WB 24HR|SPECT ABDO=>ABDOMEN::SPECT of the abdomen",
         "somatostatin receptor whole-body survey", "WHOLEBODY", "In-111 Pentetreotide", None),
        ("NM WBC SCAN (In-111 OXINE)", "WB", "WB 4 HR|WB 24 HR", "labelled leukocyte whole-body survey",
         "WHOLEBODY", "In-111 Oxine WBC", None),
        ("NM SALIVARY GLAND SCAN", "HN", "DYNAMIC ANT|LEMON STIM",
         "parotids (face, HEAD) and submandibular glands (NECK): HEAD+NECK, spec silent", "HEAD",
         "Tc-99m Pertechnetate", None),
        ("NM MAA LUNG SHUNT (Y-90 PLANNING)", "CHEST+ABDOMEN", "ANT/POST LUNG-LIVER|SPECT/CT LIVER=>ABDOMEN::liver SPECT",
         "lung shunt study images lungs and liver: CHEST+ABDOMEN", "ABDOMEN", "Tc-99m MAA", None),
    ]
    for study, lab, ser, why, bpe, tracer, code in nm:
        g.exam(G, "NM", study, lab, ser, why=why, bpe=bpe, code=code, region=g.pick(["na", "eu"]), tracer=tracer, k=2)
    g.limb(G, "NM", "FOOT", {"L": "NM BONE SCAN 3 PHASE LT FOOT", "R": "NM BONE SCAN 3 PHASE RT FOOT",
                             "N": "NM 3 PHASE BONE SCAN FEET"},
           "FLOW {s} FOOT|BLOOD POOL|DELAYED PLANTAR", "three-phase bone scan of a foot", NA, n=2, bpe="FOOT", region="na")
    g.limb(G, "NM", "BREAST", {"L": "NM LYMPHOSCINTIGRAPHY SENTINEL NODE BREAST LT",
                               "R": "NM LYMPHOSCINTIGRAPHY SENTINEL NODE BREAST RT"},
           "ANT {s}|LAT {s}", "breast sentinel node study", NA, n=2, k=1, bpe="BREAST", region="na")

    # ------------------------------------------------------------------ pet
    G = "pet"
    pet = [
        ("PET/CT SKULL BASE TO MID-THIGH FDG", "WB",
         "~CT Topogram|CT AC 3.75mm|PET AC 3D|PET NAC|MIP PET|!Dose Report|#Fused Screen Save",
         "skull base to mid-thigh = whole body per spec", "WHOLEBODY", "Fluorodeoxyglucose", ("78815", "C4")),
        ("PSMA PET/CT (Ga-68 PSMA-11)", "WB", "~Topogram|CT WB 3mm|PET WB AC|PET MIP",
         "PSMA whole-body PET", "WHOLEBODY", "Ga68PSMA-11", None),
        ("PET/CT F-18 PSMA (PYLARIFY) WB", "WB", "~Scout|CTAC|PET AC|PET MIP", "PSMA whole-body PET",
         "WHOLEBODY", "F-18 Piflufolastat", None),
        ("PET/CT Ga-68 DOTATATE", "WB", "~Topogram|CT AC|PET AC|PET NAC", "somatostatin receptor whole-body PET",
         "WHOLEBODY", "Ga-68 DOTATATE", None),
        ("PET BRAIN FDG", "HEAD", "~Scout|CT Brain AC=>HEAD|PET Brain 3D|PET Brain NAC", "brain PET", "BRAIN",
         "Fluorodeoxyglucose", None),
        ("AMYLOID PET (FLORBETAPIR)", "HEAD", "~Scout|CT AC Brain|Amyvid Brain 4x5min|Amyvid Sum", "brain PET",
         "HEAD", "Florbetapir F18", None),
        ("PET/CT VERTEX TO TOES MELANOMA", "WB", "~Topogram|CT AC WB|PET AC WB|PET MIP",
         "whole body per spec (the five axial regions; the spec defines whole body this way even when the field reaches the feet)",
         "WHOLEBODY", "FDG", None),
        ("PET/CT CARDIAC VIABILITY FDG", "CHEST", "~Scout|CTAC Heart|PET Heart|PET Heart SA",
         "heart = CHEST", "HEART", "FDG", None),
        ("PET MPI Rb-82 REST/STRESS", "CHEST", "~Scout|CTAC|REST|STRESS|REST GATED", "myocardial perfusion = CHEST",
         "HEART", "Rubidium-82", None),
        ("NaF PET/CT WB", "WB", "~Topogram|CT AC|PET NaF WB", "bone PET, whole body per spec", "WHOLEBODY",
         "Sodium Fluoride F18", None),
        ("PET/CT HEAD AND NECK FDG", "HN", "~Scout|CT H&N 2.5mm|PET H&N 2 min/bed|PET NAC",
         "head and neck field = HEAD+NECK", "HEADNECK", "Fluorodeoxyglucose", None),
    ]
    for study, lab, ser, why, bpe, tracer, code in pet:
        g.exam(G, "PT", study, lab, ser, why=why, bpe=bpe, code=code, region=g.pick(["na", "eu", "jp"]),
               tracer=tracer, k=2)

    # ------------------------------------------------------------------ uk_nhs
    G = "uk_nhs"
    uk = [
        ("CT Head", "HEAD", "~Topogram|*Head 5mm|Head 0.75 Bone|!Patient Protocol", "head CT", "HEAD", ("CHEAD", "NICIP"), "CT"),
        ("CT Thorax abdomen pelvis with contrast", "CAP", "~Topogram|Thorax/Abdo/Pelvis 2mm|Lung 1mm=>CHEST::lung recon of the thorax|Coronal 3mm",
         "thorax/abdo/pelvis = CHEST+ABDOMEN+PELVIS", "CHEST", ("CCAPC", "NICIP"), "CT"),
        ("CT Abdomen and pelvis with contrast", "ABP", "~Topogram|Abdo/Pelvis 3mm|Cor 3mm", "abdomen and pelvis",
         "ABDOMEN", ("CABPEC", "NICIP"), "CT"),
        ("CT Pulmonary angiogram", "CHEST", "~Topogram|Bolus monitor|CTPA 1mm|MIP 5mm", "pulmonary arteries = CHEST",
         "CHEST", ("CPULA", "NICIP"), "CT"),
        ("CT KUB", "ABP", "~Topogram|KUB 3mm|Cor KUB", "KUB = ABDOMEN+PELVIS", "ABDOMEN", ("CKUB", "NICIP"), "CT"),
        ("CT Sinuses", "HEAD", "~Topogram|Sinus 1mm bone|Cor sinus", "sinuses fold into HEAD", "SINUS", ("CSINU", "NICIP"), "CT"),
        ("CT Colonography", "ABP", "~Topogram supine|~Topogram prone|Supine 1mm|Prone 1mm", "CT colonography = ABDOMEN+PELVIS",
         "ABDOMEN", ("CCOLO", "NICIP"), "CT"),
        ("CT Angiogram aorta", "CAP", "~Topogram|Aorta 1mm arterial|MIP sag aorta|VR aorta",
         "thoracic and abdominal aorta to the iliacs: CHEST+ABDOMEN+PELVIS (spec silent)", "AORTA", ("CAORA", "NICIP"), "CT"),
        ("MRI Head", "HEAD", "~Survey|T2 TSE tra|FLAIR cor|DWI tra|T1 sag", "brain", "HEAD", ("MHEAD", "NICIP"), "MR"),
        ("MRI IAMs", "HEAD", "~Survey|3D DRIVE IAM|T2 tra whole brain", "internal auditory meati fold into HEAD", "HEAD",
         ("MIAMS", "NICIP"), "MR"),
        ("MRI Lumbar spine", "LSPINE", "~Survey|T2 sag|T1 sag|T2 tra|STIR sag", "lumbar spine", "LSPINE", ("MSPLU", "NICIP"), "MR"),
        ("MRI Whole spine", "WS", "~Survey|T2 sag upper|T2 sag lower|T2 sag composed|T1 sag lower",
         "whole spine = CSPINE+TSPINE+LSPINE", "SPINE", ("MSPIW", "NICIP"), "MR"),
        ("MRI Prostate", "PELVIS", "~Survey|T2 tra|T2 sag|DWI b1400|ADC", "prostate = PELVIS", "PELVIS", ("MPROS", "NICIP"), "MR"),
        ("MRI Liver with contrast", "ABDOMEN", "~Survey|T2 SPAIR tra|mDIXON pre|mDIXON art|mDIXON pv", "liver = ABDOMEN",
         "ABDOMEN", ("MLIVEC", "NICIP"), "MR"),
        ("XR Chest", "CHEST", "PA|Chest PA", "chest radiograph", "CHEST", ("XCHES", "NICIP"), "DX"),
        ("XR Abdomen", "ABP", "AP Supine", "abdominal film covers abdomen and pelvis like a KUB (spec silent)", "ABDOMEN",
         ("XABDO", "NICIP"), "CR"),
        ("XR Pelvis", "PELVIS", "AP Pelvis", "pelvis", "PELVIS", ("XPELV", "NICIP"), "DX"),
        ("XR Cervical spine", "CSPINE", "AP|Lateral|Peg view", "cervical spine", "CSPINE", ("XSPIC", "NICIP"), "DX"),
        ("US Abdomen", "ABDOMEN", "Abdomen", "abdominal organs", "ABDOMEN", ("UABDO", "NICIP"), "US"),
        ("US Renal tract", "ABP", "Renal tract", "UK 'renal tract' US = kidneys and bladder: ABDOMEN+PELVIS", "KIDNEY",
         ("URENT", "NICIP"), "US"),
        ("US Neck", "NECK", "Neck|Thyroid", "neck/thyroid", "NECK", ("UNECK", "NICIP"), "US"),
        ("US Testes", "PELVIS", "Testes", "testes: spec silent, radiologist files with PELVIS", "SCROTUM", ("UTEST", "NICIP"), "US"),
        ("US Pelvis transvaginal", "PELVIS", "TV Pelvis", "gynae pelvis", "PELVIS", ("UPELVTV", "NICIP"), "US"),
        ("Fluoroscopy Barium swallow", "NECK+CHEST", "Swallow AP|Swallow lateral|Oesophagus RAO",
         "pharynx and oesophagus: NECK+CHEST (spec silent)", "ESOPHAGUS", ("FBASW", "NICIP"), "RF"),
        ("Fluoroscopy Micturating cystourethrogram", "ABP", "Bladder filling=>PELVIS::bladder|Voiding=>PELVIS::urethra and bladder|Kidneys reflux=>ABDOMEN::kidneys",
         "MCUG images bladder/urethra and the kidneys for reflux: ABDOMEN+PELVIS (spec silent)", "BLADDER",
         ("FMCUG", "NICIP"), "RF"),
    ]
    for study, lab, ser, why, bpe, code, mod in uk:
        g.exam(G, mod, study, lab, ser, why=why, bpe=bpe, code=(code[0], code[1], study), region="eu", k=2)
    uk_limbs = [
        ("KNEE", "XR Knee", "XKNE", "AP|Lateral {s}", "knee", "KNEE", "DX"),
        ("ANKLE", "XR Ankle", "XANK", "AP {s}|Lat", "ankle", "ANKLE", "DX"),
        ("WRIST", "XR Scaphoid", "XSCA", "PA ulnar deviation {s}|Oblique|Lateral", "scaphoid folds into WRIST", "HAND", "CR"),
        ("HAND", "XR Fingers", "XFIN", "DP {s}|Lat", "fingers fold into HAND", "HAND", "DX"),
        ("SHOULDER", "XR Shoulder", "XSHO", "AP {s}|Y view|Axial", "shoulder", "SHOULDER", "DX"),
        ("HIP", "XR Hip", "XHIP", "AP {s} hip|Lateral", "hip", "HIP", "DX"),
        ("KNEE", "MRI Knee", "MKNE", "~Survey|PD FS sag|PD cor|T1 cor|PD FS tra", "knee MR", "KNEE", "MR"),
        ("SHOULDER", "MRI Shoulder", "MSHO", "~Survey|PD FS cor obl|T1 cor|PD FS sag|PD tra", "shoulder MR", "SHOULDER", "MR"),
        ("FOOT", "XR Foot", "XFOO", "DP {s}|Oblique", "foot", "FOOT", "CR"),
        ("ELBOW", "XR Elbow", "XELB", "AP|Lateral {s}", "elbow", "ELBOW", "DX"),
    ]
    for lab, name, code, ser, why, bpe, mod in uk_limbs:
        for _ in range(2):
            side = g.pick("LR")
            word = {"L": "Lt", "R": "Rt"}[side]
            forms = {"L": f"{name} Lt", "R": f"{name} Rt", "N": name}
            g.limb(G, mod, lab, {side: forms[side], "N": name}, ser, why, UK, sides=side, n=1, bpe=bpe,
                   region="eu", code=(code + side, "NICIP", f"{name} {word}"))
    g.limb(G, "DX", "KNEE", {"B": "XR Knee Both"}, "AP standing both knees|Lateral {s}", "both knees", UK,
           sides="B", n=1, bpe="KNEE", region="eu", code=("XKNEB", "NICIP", "XR Knee Both"))
    g.limb(G, "DX", "HAND", {"B": "XR Hands Both"}, "DP both hands|Oblique both hands", "both hands", UK,
           sides="B", n=1, bpe="HAND", region="eu", code=("XHANB", "NICIP", "XR Hand Both"))

    # ------------------------------------------------------------------ au_nz
    G = "au_nz"
    au = [
        ("CT BRAIN", "HEAD", "~Scout|Brain 5mm|Brain Bone", "brain", "HEAD", "CT"),
        ("CT KUB", "ABP", "~Scout|KUB 2mm|KUB Cor", "KUB = ABDOMEN+PELVIS", "ABDOMEN", "CT"),
        ("CT CHEST/ABDO/PELVIS", "CAP", "~Scout|CAP Portal 2mm|Lungs 1mm=>CHEST::lung recon|Cor CAP", "CAP", "CHEST", "CT"),
        ("CT CORONARY ANGIOGRAM", "CHEST", "~Scout|Calcium Score 3mm|CTCA 75%|CTCA Best Diastole|!Dose Report",
         "coronary arteries fold into CHEST", "HEART", "CT"),
        ("CT ANGIO CAROTIDS", "NECK", "~Scout|Carotids 0.6|MIP Carotids",
         "carotid CTA named for the neck vessels = NECK", "NECK", "CT"),
        ("CT SINUSES", "HEAD", "~Scout|Sinus Axial Bone|Sinus Coronal", "sinuses = HEAD", "SINUS", "CT"),
        ("MRI L SPINE", "LSPINE", "~Loc|Sag T2|Sag T1|Ax T2", "lumbar spine", "LSPINE", "MR"),
        ("MRI BRAIN", "HEAD", "~Loc|Ax T2|Ax FLAIR|DWI|Sag T1", "brain", "BRAIN", "MR"),
        ("US ABDO", "ABDOMEN", "ABDOMEN", "abdominal organs", "ABDOMEN", "US"),
        ("US PELVIS (TA+TV)", "PELVIS", "PELVIS TA|PELVIS TV", "pelvis", "PELVIS", "US"),
        ("US CAROTIDS", "NECK", "CAROTIDS", "carotids = NECK", "NECK", "US"),
        ("XR CHEST", "CHEST", "PA|LAT", "chest", "CHEST", "DX"),
        ("XR C SPINE", "CSPINE", "AP|LAT|PEG", "cervical spine", "CSPINE", "DX"),
        ("OPG", "HEAD", "OPG", "orthopantomogram (teeth, mandible) = face = HEAD", "JAW", "DX"),
    ]
    for study, lab, ser, why, bpe, mod in au:
        g.exam(G, mod, study, lab, ser, why=why, bpe=bpe, region="eu", k=2)
    au_limbs = [
        ("KNEE", {"L": "XR L KNEE", "R": "XR R KNEE", "N": "XR KNEE"}, "AP|LAT {s}|SKYLINE", "knee", "KNEE", "DX"),
        ("WRIST", {"L": "XR L WRIST", "R": "XR R WRIST", "N": "XR WRIST"}, "PA {s}|LAT", "wrist", "WRIST", "DX"),
        ("WRIST", {"L": "XR L SCAPHOID SERIES", "R": "XR R SCAPHOID SERIES"}, "PA|ULNAR DEV {s}|OBL", "scaphoid = WRIST", "WRIST", "CR"),
        ("ANKLE", {"L": "XR L ANKLE", "R": "XR R ANKLE", "N": "XR ANKLE"}, "AP|MORTISE {s}|LAT", "ankle", "ANKLE", "DX"),
        ("FOOT", {"L": "XR L FOOT WEIGHT BEARING", "R": "XR R FOOT WEIGHT BEARING"}, "DP WB {s}|LAT WB", "foot", "FOOT", "DX"),
        ("SHOULDER", {"L": "MRI L SHOULDER", "R": "MRI R SHOULDER", "N": "MRI SHOULDER"},
         "~Loc|Cor PD FS|Sag T1|Ax PD FS", "shoulder", "SHOULDER", "MR"),
        ("THIGH+KNEE+LEG", {"L": "US DVT L LEG", "R": "US DVT R LEG"}, "DVT {s}",
         "DVT scan groin to calf: THIGH+KNEE+LEG (spec silent)", "LEG", "US"),
    ]
    for lab, forms, ser, why, bpe, mod in au_limbs:
        g.limb(G, mod, lab, forms, ser, why, AU, n=2, bpe=bpe, region="eu")
