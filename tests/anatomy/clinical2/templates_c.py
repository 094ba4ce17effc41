"""Mammography, bilateral limbs, tag-only sides, angiography/intervention, fluoroscopy,
cardiac, whole body and whole spine, unions, scouts, no-anatomy objects,
context-only series and misleading BodyPartExamined."""

from __future__ import annotations

from engine import default_bpe, parse_labels
from templates_a import NA

DE = {"L": ["li.", "links"], "R": ["re.", "rechts"], "B": ["bds.", "beidseits"]}


def add_c(g):
    mammography(g)
    bilateral(g)
    tags_only(g)
    angio(g)
    fluoro(g)
    cardiac(g)
    whole(g)
    unions(g)
    scouts(g)
    no_anatomy(g)
    context_only(g)
    bpe_misleading(g)
    secondary_capture(g)


def mammography(g):
    G = "mammography"
    screen = [
        ("MG SCREENING BILAT W/ TOMO", "na"), ("MAMMO SCREENING BILATERAL", "na"), ("Mammography bilateral screening", "eu"),
        ("Mammographie bds. in 2 Ebenen", "eu"), ("MAMMOGRAPHIE BILATERALE", "eu"), ("MAMOGRAFIA BILATERAL", "eu"),
        ("MAMMOGRAFIA BILATERALE", "eu"), ("Mammografi", "eu"), ("Mammográfia", "eu"), ("Mamografi (bilateral)", "eu"),
        ("ΜΑΣΤΟΓΡΑΦΙΑ", "eu"), ("Маммография", "ru"), ("マンモグラフィ 両側", "jp"), ("Mamografie obou prsů", "eu"),
    ]
    view_sets = [
        "R CC|L CC|R MLO|L MLO",
        "RCC|LCC|RMLO|LMLO",
        "R CC Tomo|L CC Tomo|R MLO Tomo|L MLO Tomo|C-View R CC|C-View L MLO",
        "CC|CC|MLO|MLO",
    ]
    for study, region in screen:
        vs = g.pick(view_sets)
        parts = []
        tag_only = vs.startswith("CC|")
        for i, v in enumerate(vs.split("|")):
            side = ("R" if i % 2 == 0 else "L") if tag_only else ("R" if "R" in v.replace("MLO", "").replace("Tomo", "").replace("View", "") else "L")
            parts.append(f"{v}=>BREAST:{side}:single view of the {'right' if side == 'R' else 'left'} breast"
                         + (" (side only in ImageLaterality)" if tag_only else ""))
        if g.chance(0.4):
            parts.append("Screening 4 views=>BREAST:B:one series holding both breasts")
        g.exam(G, "MG", study, "BREAST", "|".join(parts), lat="B", why="bilateral mammography", bpe="BREAST",
               region=region, k=2, extra=None)
    # side only in ImageLaterality: the template above writes tags per series through the MG hook,
    # but for the plain 'CC'/'MLO' descriptions the hook must always fire: enforce it here.
    for row in g.rows:
        if row["group"] == G and row["meta"].get("SeriesDescription") in ("CC", "MLO") and "ImageLaterality" not in row["meta"]:
            row["meta"]["ImageLaterality"] = row["laterality"]
    diag = [
        ("MAMMO DIAG UNILAT {S}", {"L": "LT", "R": "RT"}, "{x} CC|{x} MLO|{x} ML 90|{x} CC SPOT MAG", "diagnostic mammogram of one breast"),
        ("Mammographie {S}", {"L": "links", "R": "rechts"}, "{x}CC|{x}MLO", "one breast (German side word)"),
        ("MG STEREOTACTIC BIOPSY {S} BREAST", {"L": "LT", "R": "RT"}, "{x} SCOUT|{x} STEREO PAIR|{x} POST CLIP CC",
         "stereotactic breast biopsy"),
        ("MG NEEDLE LOCALIZATION {S}", {"L": "LEFT", "R": "RIGHT"}, "{x} CC WIRE|{x} ML WIRE", "wire localisation of one breast"),
    ]
    for study, sw, views, why in diag:
        for _ in range(2):
            side = g.pick("LR")
            x = {"L": "L", "R": "R"}[side]
            ser = views.replace("{x}", x)
            ser = "|".join(f"{v}=>BREAST:{side}" for v in ser.split("|"))
            g.exam(G, "MG", study.replace("{S}", sw[side]), "BREAST", ser, lat=side, why=why, bpe="BREAST", region="na", k=1)
    g.exam(G, "MR", "MRI BREAST BILAT W/WO", "BREAST",
           "~3-Pl Loc|Ax T2 FS|Ax DWI|Ax Dyn VIBE pre|Ax Dyn VIBE post 1|SUB 1|Sag T1 FS post Lt=>BREAST:L::sagittal slab of the left breast",
           lat="B", why="bilateral breast MR", bpe="BREAST", region="na", k=3)
    g.exam(G, "MR", "MRT Mamma bds. mit KM", "BREAST", "~localizer|t2_tse_tra|ep2d_diff_tra|fl3d_dyn_tra|sub_1",
           lat="B", why="Mamma = breast, bds. = both", bpe="BREAST", region="eu", k=2)
    g.limb(G, "US", "BREAST", {"L": "Ultraschall Mamma links", "R": "Ultraschall Mamma rechts", "N": "Mammasonographie"},
           "Mamma {s}", "Mamma = breast (German)", DE, n=2, k=1, bpe="BREAST", region="eu", it3="BREAST")
    g.limb(G, "US", "BREAST", {"L": "US GUIDED BREAST CORE BX LT", "R": "US GUIDED BREAST CORE BX RT"},
           "BREAST BX {s}", "US-guided breast biopsy", NA, n=2, k=1, bpe="BREAST", region="na", it3="BREAST")
    g.exam(G, "MG", "乳房撮影 右", "BREAST", "R CC=>BREAST:R|R MLO=>BREAST:R", lat="R", why="乳房 = breast, 右 = right",
           bpe="BREAST", region="jp", k=1)
    g.exam(G, "MG", "Маммография левой молочной железы", "BREAST", "L CC=>BREAST:L|L MLO=>BREAST:L", lat="L",
           why="левая молочная железа = left breast", bpe="BREAST", region="ru", k=1)


def bilateral(g):
    G = "bilateral_limbs"
    NO = {"L": ["ve", "venstre"], "R": ["hø", "høyre"], "B": ["begge"]}
    HU = {"L": ["bal"], "R": ["jobb"], "B": ["kétoldali"]}
    JA = {"L": ["左"], "R": ["右"], "B": ["両側"]}
    ES = {"L": ["IZQ", "IZQUIERDO"], "R": ["DER", "DERECHO"], "B": ["AMBOS"]}
    B = [
        ("DX", "KNEE", "XR KNEES BILAT 3 VW STANDING", "AP BILAT STANDING|LAT {s}|MERCHANT {s}", "both knees", "KNEE", NA),
        ("DX", "HAND", "XR HANDS BILAT 3 VW", "PA BOTH HANDS|BALL CATCHER BILAT|PA {s} HAND", "both hands", "HAND", NA),
        ("DX", "FOOT", "XR FEET BILAT WEIGHT BEARING", "AP BOTH FEET WB|LAT {s} WB", "both feet", "FOOT", NA),
        ("DX", "HIP+PELVIS", "XR PELVIS AND BOTH HIPS",
         "AP PELVIS=>PELVIS::a plain AP pelvis view is PELVIS, as an XR PELVIS|FROG LAT {s} HIP=>HIP",
         "pelvis and both hips", "PELVIS", NA),
        ("MR", "HIP+PELVIS", "MRI PELVIS AND BOTH HIPS W/O (AVN)", "~Loc|Cor T1 Pelvis|Cor STIR Pelvis|Ax T2 FS",
         "AVN protocol covers pelvis and both hips", "PELVIS", NA),
        ("DX", "SHOULDER", "Röntgen beide Schultern", "Schulter a.p. {s}|Schulter axial {s}", "beide = both shoulders", "SHOULDER", DE),
        ("DX", "HIP+THIGH+KNEE+LEG+ANKLE", "XR LOWER EXTREMITY LONG LEG STANDING BILAT",
         "AP STANDING HIP TO ANKLE", "full-length standing leg film hip to ankle, both sides (spec silent; regions crossed)", "LEG", NA),
        ("CR", "HAND+FOOT", "XR HANDS AND FEET BILAT (RA SURVEY)",
         "PA BOTH HANDS=>HAND:B|DP BOTH FEET=>FOOT:B|NORGAARD BILAT=>HAND:B",
         "rheumatoid survey: both hands and feet", "EXTREMITY", NA),
        ("CT", "KNEE", "CT KNEES BILAT W/O", "~Scout|Both Knees 0.6 Bone|Cor MPR {s} Knee", "both knees", "KNEE", NA),
        ("US", "HIP", "Hüftsonographie beidseits (Säugling)", "Hüfte {s} Graf", "infant hips, Graf method", "HIP", DE),
        ("DX", "KNEE", "Rtg begge knær stående", "Knær AP stående|Kne side {s}", "begge knær = both knees (Norwegian)", "KNEE", NO),
        ("DX", "HAND", "Kéz röntgen kétoldali", "Kéz PA kétoldali|Kéz ferde {s}", "kétoldali = both sides (Hungarian)", "HAND", HU),
        ("CR", "KNEE", "両膝関節 立位正面", "両膝 立位正面|膝 側面 {s}", "両 = both (Japanese)", "KNEE", JA),
        ("DX", "FOOT", "RX AMBOS PIES AP Y OBLICUA", "PIES AP|PIE OBLICUA {s}", "ambos pies = both feet (Spanish)", "FOOT", ES),
    ]
    for mod, lab, study, ser, why, bpe, toks in B:
        g.limb(G, mod, lab, {"B": study}, ser, why, toks, sides="B", n=1, k=2, bpe=bpe, region=g.pick(["na", "eu"]))
    g.limb(G, "DX", "SHOULDER", {"B": "XR AC JOINTS BILAT"}, "AC JOINTS BILAT|AC {s}",
           "AC joints fold into SHOULDER", NA, sides="B", n=1, bpe="SHOULDER", region="na")


def tags_only(g):
    """Side only in Laterality/ImageLaterality: the text never says which side."""
    G = "limbs_side_in_tags"
    T = [
        ("MR", "KNEE", "MRI KNEE W/O", "~3-Pl Loc|Sag PD FS|Cor T1|Cor PD FS|Ax PD FS", "knee"),
        ("MR", "SHOULDER", "MRI SHOULDER W/O", "~Loc|Cor Obl T2 FS|Sag Obl T1|Ax PD FS", "shoulder"),
        ("MR", "ANKLE", "MRI ANKLE W/O", "~Loc|Sag STIR|Sag T1|Ax PD FS|Cor PD", "ankle"),
        ("MR", "WRIST", "MRI WRIST W/O", "~Loc|Cor T1|Cor PD FS|Ax T2 FS", "wrist"),
        ("MR", "HIP", "MRI HIP ARTHROGRAM", "~Loc|Cor T1 FS|Ax Obl T1 FS|Sag PD FS", "hip MR arthrogram"),
        ("MR", "ELBOW", "MRI ELBOW W/O", "~Loc|Cor PD FS|Sag T2 FS|Ax PD", "elbow"),
        ("MR", "THIGH", "MRI FEMUR W/WO", "~Loc|Cor STIR|Ax T1|Ax T2 FS|Ax T1 FS +C", "femur/thigh"),
        ("MR", "LEG", "MRI TIB/FIB W/O", "~Loc|Cor STIR|Ax T1|Ax T2 FS", "tibia/fibula = leg"),
        ("MR", "FOOT", "MRI FOREFOOT W/O", "~Loc|Sag STIR|Cor T1|Cor PD FS", "forefoot"),
        ("MR", "FOREARM", "MRI FOREARM W/WO", "~Loc|Cor STIR|Ax T1|Ax T1 FS +C", "forearm"),
        ("MR", "ARM", "MRI HUMERUS W/O", "~Loc|Cor STIR|Ax T1|Ax T2 FS", "humerus = arm"),
        ("MR", "HAND", "MRI FINGER W/WO", "~Loc|Cor T1|Sag PD FS|Ax T1 FS +C", "finger = hand"),
        ("CT", "KNEE", "CT KNEE W/O", "~Scout|Knee 0.6 Bone|Cor Bone|Sag Bone", "knee"),
        ("CT", "ANKLE", "CT ANKLE W/O", "~Scout|Ankle 0.6 Bone|Cor|Sag", "ankle"),
        ("CT", "WRIST", "CT WRIST W/O (SCAPHOID)", "~Scout|Wrist 0.5 Bone|Long axis scaphoid", "scaphoid = wrist"),
        ("CT", "SHOULDER", "CT SHOULDER W/O", "~Scout|Shoulder 1mm Bone|Cor|3D VR", "shoulder"),
        ("CT", "FOOT", "CT CALCANEUS W/O", "~Scout|Calc 0.6 Bone|Sag|Cor", "calcaneus = foot"),
        ("DX", "KNEE", "XR KNEE 2 VW", "AP|LAT", "knee"),
        ("DX", "HAND", "XR HAND 3 VW", "PA|OBL|LAT", "hand"),
        ("DX", "ANKLE", "XR ANKLE 3 VW", "AP|MORTISE|LAT", "ankle"),
        ("CR", "ELBOW", "XR ELBOW 2 VW", "AP|LAT", "elbow"),
        ("CR", "FOOT", "XR FOOT 3 VW", "AP|OBL|LAT", "foot"),
        ("DX", "SHOULDER", "Röntgen Schulter", "Schulter a.p.|Schulter y-Aufnahme", "Schulter = shoulder"),
        ("DX", "HIP", "Röntgen Hüfte", "Hüfte a.p.|Hüfte Lauenstein", "Hüfte = hip"),
        ("MR", "KNEE", "MR knä", "~Lokalisation|PD FS sag|PD cor|T1 cor", "knä = knee"),
        ("CR", "WRIST", "Csukló röntgen", "Csukló PA|Csukló oldal", "csukló = wrist"),
        ("US", "SHOULDER", "US SHOULDER", "SHOULDER", "shoulder US"),
        ("US", "ELBOW", "ECOGRAFIA GOMITO", "GOMITO", "gomito = elbow"),
    ]
    for mod, lab, study, ser, why in T:
        forms = {"N": study, "L": study, "R": study}
        g.limb(G, mod, lab, forms, ser, why, NA, n=1, k=2, modes=("tag",), bpe=None, region=g.pick(["na", "eu"]))


def angio(g):
    G = "angio_interventional"
    A = [
        ("XA", "PCI LAD", "CHEST", "LCA RAO CRAN|LCA LAO CRAN|Stent deployment|Final LAD", "percutaneous coronary intervention = heart = CHEST"),
        ("XA", "LHC/CORO", "CHEST", "LCA RAO CAUD|RCA LAO|LV GRAM RAO", "left heart cath and coronary angiography = CHEST"),
        ("XA", "TAVI", "CHEST", "Aortic root LAO|Valve deployment|Aortogram post", "transcatheter aortic valve = CHEST"),
        ("XA", "TACE", "ABDOMEN", "Celiac DSA|CHA DSA|Selective RHA|Cone beam CT=>ABDOMEN::cone beam CT of the liver",
         "chemo-embolisation of the liver = ABDOMEN"),
        ("XA", "TIPS", "ABDOMEN", "Hepatic venogram|Portal venogram|Post TIPS portogram", "portosystemic shunt in the liver = ABDOMEN"),
        ("XA", "PTC / PTBD", "ABDOMEN", "Cholangiogram|Drain placement", "biliary drainage = ABDOMEN"),
        ("XA", "UAE", "PELVIS", "Aortogram pelvis|Lt uterine DSA|Rt uterine DSA|Post embolisation", "uterine artery embolisation = PELVIS"),
        ("XA", "EVAR", "ABP", "Aortogram|Stent graft deployment|Completion angiogram",
         "infrarenal aorta and iliacs: ABDOMEN+PELVIS (spec silent)"),
        ("XA", "TEVAR", "CHEST", "Thoracic aortogram|Graft deployment|Completion", "thoracic aorta = CHEST"),
        ("XA", "IVC FILTER PLACEMENT", "ABDOMEN", "Cavogram|Filter deployed", "IVC at renal level = ABDOMEN"),
        ("XA", "DSA CEREBRAL 4-VESSEL", "HN", "Lt ICA AP|Rt ICA LAT|Lt VA TOWNE|Rt CCA neck=>NECK::cervical carotid run",
         "four-vessel angiography images neck and intracranial vessels = HEAD+NECK (spec silent)"),
        ("XA", "MECHANICAL THROMBECTOMY (MT) LT M1", "HEAD", "Lt ICA AP|Lt ICA LAT|Post TICI 3", "intracranial thrombectomy = HEAD"),
        ("XA", "COIL EMBOLIZATION ACOM ANEURYSM", "HEAD", "3D RA|Working projection|Post coiling", "intracranial aneurysm = HEAD"),
        ("XA", "CAS RT ICA", "NECK", "Rt CCA DSA|Stent|Post stent", "carotid stent = NECK; side is not a laterality"),
        ("XA", "BAE", "CHEST", "Bronchial artery DSA|Post embolisation", "bronchial artery embolisation = CHEST"),
        ("XA", "PAE", "PELVIS", "Lt internal iliac DSA|Prostatic artery|Cone beam CT=>PELVIS", "prostate artery embolisation = PELVIS"),
        ("XA", "RENAL ANGIOGRAM RAS STENT", "ABDOMEN", "Aortogram renal|Selective renal|Post stent", "renal arteries = ABDOMEN"),
        ("RF", "VERTEBROPLASTY L1", "LSPINE", "AP L1|LAT L1|Cement", "L1 vertebra = lumbar spine"),
        ("RF", "KYPHOPLASTY T12", "TSPINE", "AP T12|LAT T12|Balloon", "T12 vertebra = thoracic spine"),
        ("XA", "PORT-A-CATH INSERTION", "CHEST", "Chest spot|Tip position", "chest port = CHEST"),
        ("CT", "CT GUIDED LUNG BIOPSY RT", "CHEST", "~Scout|Planning 2mm|Needle 2mm", "lung = CHEST; side is not a laterality"),
        ("CT", "CT GUIDED LIVER BIOPSY", "ABDOMEN", "~Scout|Planning|Needle", "liver = ABDOMEN"),
        ("CT", "CT RFA RENAL MASS LT", "ABDOMEN", "~Scout|Planning|Probe position|Post ablation", "kidney = ABDOMEN"),
        ("CT", "CT PRI L5 (PERIRADICULAR INFILTRATION)", "LSPINE", "~Scout|Planning L5|Needle L5", "L5 nerve root = lumbar spine"),
        ("RF", "FLUORO FACET INJECTION L4-5 BILAT", "LSPINE", "AP L4-5|Oblique|Contrast", "lumbar facets = LSPINE; bilateral is not a laterality"),
        ("RF", "FLUORO SI JOINT INJECTION", "PELVIS", "AP SIJ|Oblique SIJ", "SI joint = PELVIS"),
        ("RF", "LUMBAR PUNCTURE FLUORO GUIDED", "LSPINE", "AP L3-4|Needle", "lumbar puncture = LSPINE"),
        ("US", "US GUIDED THYROID FNA", "NECK", "THYROID FNA", "thyroid = NECK"),
        ("US", "TRUS PROSTATE BIOPSY", "PELVIS", "PROSTATE", "prostate = PELVIS"),
        ("US", "US GUIDED PARACENTESIS", "ABP", "ASCITES", "ascites drainage in abdomen/pelvis (spec silent)"),
    ]
    for mod, study, lab, ser, why in A:
        g.exam(G, mod, study, lab, ser, why=why, bpe=None, region=g.pick(["na", "eu"]), k=2)
    g.limb(G, "XA", "THIGH", {"L": "SFA PTA LT", "R": "SFA PTA RT"}, "{s} SFA DSA|Balloon|Post PTA",
           "superficial femoral artery = THIGH", NA, n=2, k=1, region="eu")
    g.limb(G, "XA", "LEG", {"L": "BTK ANGIOPLASTY LT", "R": "BTK ANGIOPLASTY RT"}, "{s} TIBIAL RUN|Post PTA",
           "below-the-knee (tibial) arteries = LEG", NA, n=2, k=1, region="na")
    g.limb(G, "RF", "SHOULDER", {"L": "FLUORO SHOULDER ARTHROGRAM LT", "R": "FLUORO SHOULDER ARTHROGRAM RT"}, "{s} SHOULDER INJECTION",
           "shoulder arthrogram", NA, n=1, k=1, region="na")
    g.limb(G, "RF", "HIP", {"L": "FLUORO HIP ARTHROGRAM/INJECTION LT", "R": "FLUORO HIP ARTHROGRAM/INJECTION RT"}, "{s} HIP NEEDLE",
           "hip injection", NA, n=1, k=1, region="na")
    g.limb(G, "CT", "ABP+HIP+THIGH+KNEE+LEG+ANKLE+FOOT", {"B": "CTA AORTA W/ BILAT LE RUNOFF"},
           "~Scout|Runoff 1mm arterial|MIP Cor|VR Runoff",
           "runoff from the abdominal aorta to the feet (spec silent: all regions crossed, both legs)", NA, sides="B", n=1, k=2, region="na")


def fluoro(g):
    G = "fluoroscopy"
    F = [
        ("BARIUM ENEMA DOUBLE CONTRAST", "ABP", "Scout abdomen|Rectum lateral|Colon AP|Post evacuation", "colon = ABDOMEN+PELVIS", "COLON"),
        ("SMALL BOWEL FOLLOW THROUGH", "ABP", "SBFT 30 min|SBFT 60 min|SBFT 120 min",
         "small bowel series covers abdomen and pelvis", "ABDOMEN"),
        ("HYSTEROSALPINGOGRAM (HSG)", "PELVIS", "Scout pelvis|Filling|Spill", "uterus and tubes = PELVIS", "PELVIS"),
        ("VCUG", "ABP", "Bladder filling=>PELVIS::bladder|Voiding urethra=>PELVIS::urethra|Renal fossae reflux=>ABDOMEN::spot of the kidneys",
         "voiding cystourethrogram images bladder and kidneys for reflux: ABDOMEN+PELVIS (spec silent)", "BLADDER"),
        ("DEFECOGRAPHY", "PELVIS", "Rest|Squeeze|Evacuation", "rectum/pelvic floor = PELVIS", "PELVIS"),
        ("MYELOGRAM LUMBAR", "LSPINE", "AP lumbar|Lateral lumbar|Oblique", "lumbar myelogram = LSPINE", "LSPINE"),
        ("ESOPHAGRAM", "NECK+CHEST", "Pharynx lateral=>NECK::pharynx only|Esophagus RAO|Esophagus LAO", "pharynx and oesophagus: NECK+CHEST (spec silent)", "ESOPHAGUS"),
        ("MODIFIED BARIUM SWALLOW (VFSS)", "HN", "Lateral oral phase|Lateral pharyngeal|AP",
         "videofluoroscopic swallow: oral cavity (HEAD) and pharynx (NECK) (spec silent)", "NECK"),
        ("RETROGRADE URETHROGRAM", "PELVIS", "Oblique urethra", "urethra = PELVIS", "PELVIS"),
        ("T-TUBE CHOLANGIOGRAM", "ABDOMEN", "Cholangiogram", "bile ducts = ABDOMEN", "ABDOMEN"),
        ("ERCP", "ABDOMEN", "Scout|Cholangiogram|Pancreatogram", "bile and pancreatic ducts = ABDOMEN", "ABDOMEN"),
        ("SIALOGRAM RT PAROTID", "HEAD", "Parotid AP|Parotid lateral", "parotid (face) = HEAD; side is not a laterality", "HEAD"),
        ("Kolonkontrastuntersuchung", "ABP", "Kolon Übersicht|Rektum seitl.", "Kolon (German) = colon = ABDOMEN+PELVIS", "COLON"),
        ("Breischluck", "NECK+CHEST", "Pharynx seitl.=>NECK::pharynx only|Ösophagus|Ösophagus schräg", "Breischluck = barium swallow: NECK+CHEST (spec silent)", "ESOPHAGUS"),
    ]
    for study, lab, ser, why, bpe in F:
        g.exam(G, "RF", study, lab, ser, why=why, bpe=bpe, region=g.pick(["na", "eu"]), k=2)


def cardiac(g):
    G = "cardiac"
    C = [
        ("CT", "CT CORONARY CALCIUM SCORE", "CHEST", "~Scout|CaSc 3mm 70%|!Dose Report", "coronary calcium = heart = CHEST"),
        ("CT", "CTA CORONARY ARTERIES W CON", "CHEST", "~Scout|Test Bolus|CTCA 75% 0.6|CTCA 40% 0.6|Curved LAD|!Dose Report",
         "coronary arteries = CHEST"),
        ("CT", "TAVI PLANNING CT", "CAP",
         "~Scout|*Cardiac gated 0.6 30%=>CHEST::gated series of heart and aortic root|*Aorto-iliac runoff 1mm=>CAP::access route chest to groin|!Dose Report",
         "TAVI planning covers heart and the aorto-iliac access route: CHEST+ABDOMEN+PELVIS"),
        ("CT", "CT PULMONARY VEINS PRE-ABLATION", "CHEST", "~Scout|LA/PV 0.6|VR LA", "left atrium and pulmonary veins = CHEST"),
        ("MR", "MRI CARDIAC FUNCTION AND MORPHOLOGY W/WO", "CHEST",
         "~Loc|Cine SSFP SA|Cine 4CH|Cine 2CH|LGE SA|T1 MAP MOLLI|Flow Ao", "heart = CHEST"),
        ("MR", "MR STRESS PERFUSION ADENOSINE", "CHEST", "~Loc|Stress perf SA|Rest perf SA|LGE PSIR SA", "heart = CHEST"),
        ("MR", "CARDIAC MRI T2* (IRON)", "CHEST",
         "~Loc|Heart T2* SA midventricular|Liver T2* multi-echo=>ABDOMEN::liver iron series lies in the abdomen|Cine SA",
         "heart = CHEST (the liver series is ABDOMEN)"),
        ("US", "ECHO TTE COMPLETE", "CHEST", "TTE", "transthoracic echo = heart = CHEST"),
        ("US", "TEE", "CHEST", "TEE", "transoesophageal echo = heart = CHEST"),
        ("CT", "Herz-CT (Koronar-CTA)", "CHEST", "~Topogramm|Koronar 0.6 Bv40|Kalk 3 mm", "Herz = heart"),
        ("CT", "心臓CT 冠動脈", "CHEST", "~Scanogram|Cardiac 0.5 75%|CPR LAD", "心臓 = heart, 冠動脈 = coronary"),
        ("MR", "МРТ сердца с контрастированием", "CHEST", "~Localizer|Cine SA|LGE SA", "сердце = heart"),
        ("MR", "Sydämen MT", "CHEST", "~Lokalisointi|Cine SA|LGE SA", "sydän = heart (Finnish)"),
    ]
    for mod, study, lab, ser, why in C:
        g.exam(G, mod, study, lab, ser, why=why, bpe=g.pick(["HEART", "CHEST", "HEART"]), region=g.pick(["na", "eu"]),
               k=2, it3="CARDIAC" if mod == "US" else None)


def whole(g):
    G = "whole_body_spine"
    W = [
        ("CT", "CT TRAUMA PANSCAN (WBCT)", "WB",
         "~Topogram head to pelvis|*Head 5mm=>HEAD|C-Spine bone 1mm=>CSPINE|Body 3mm=>CAP::body series chest to pelvis"
         "|T/L-Spine sag bone=>TSPINE+LSPINE|Face bone=>HEAD|!Dose Report",
         "whole-body trauma CT; the planning scout takes whole body per spec"),
        ("CT", "Polytrauma-CT", "WB", "~Topogramm|Schädel 5 mm=>HEAD|HWS Knochen=>CSPINE|Thorax-Abdomen-Becken 3 mm=>CAP",
         "Polytrauma whole-body CT (German)"),
        ("MR", "MRI WHOLE BODY (ONCO SCREEN)", "WB",
         "~Loc|Cor STIR WB|Ax DWI WB b800|Sag T1 whole spine=>WS::spine series of a whole-body MR|Ax T2 HASTE WB",
         "whole-body MR"),
        ("MR", "Ganzkörper-MRT", "WB", "~Localizer|tirm_cor_WB|ep2d_diff_tra_WB", "Ganzkörper = whole body"),
        ("MR", "МРТ всего тела", "WB", "~Localizer|STIR cor всё тело|DWI", "всё тело = whole body (Russian)"),
        ("MR", "全身MRI (DWIBS)", "WB", "~Locator|DWIBS|STIR COR", "全身 = whole body"),
        ("MR", "MRI WHOLE SPINE W/WO", "WS",
         "~Loc|Sag T2 C-T=>CSPINE+TSPINE::upper station|Sag T2 T-L=>TSPINE+LSPINE::lower station|Ax T2 L4-5=>LSPINE|Sag T2 composed",
         "whole spine = CSPINE+TSPINE+LSPINE"),
        ("MR", "MR hele rygsøjlen", "WS", "~localizer|t2_tse_sag_composed|stir_sag_composed", "hele rygsøjlen = whole spine (Danish)"),
        ("MR", "MRT Ganzwirbelsäule", "WS", "~localizer|t2_tse_sag GWS|t1_tse_sag GWS", "Ganzwirbelsäule = whole spine"),
        ("MR", "全脊椎MRI", "WS", "~Locator|T2 SAG 全脊椎", "全脊椎 = whole spine"),
        ("CT", "CT C/T/L SPINE RECONS", "WS", "Sag C-spine=>CSPINE|Sag T-spine=>TSPINE|Sag L-spine=>LSPINE|Sag whole spine",
         "spine reconstructions from a body CT"),
        ("DX", "XR SCOLIOSIS EOS 2 VW", "WS", "EOS PA FULL SPINE|EOS LAT FULL SPINE", "full-spine EOS images"),
        ("DX", "Röntgen Ganzwirbelsäule stehend", "WS", "GWS a.p.|GWS seitl.", "Ganzwirbelsäule = whole spine"),
        ("CR", "XR SKELETAL SURVEY (MYELOMA)", "WB",
         "SKULL LAT=>HEAD|C-SPINE LAT=>CSPINE|CHEST PA=>CHEST|PELVIS AP=>PELVIS|FEMUR AP RT=>THIGH:R|HUMERUS AP LT=>ARM:L|L-SPINE LAT=>LSPINE",
         "skeletal survey: each series is one region"),
    ]
    for mod, study, lab, ser, why in W:
        g.exam(G, mod, study, lab, ser, why=why, region=g.pick(["na", "eu"]),
               k=4 if "SURVEY" in study or "PANSCAN" in study else 2)


def unions(g):
    G = "unions"
    U = [
        ("CT", "CT HEAD AND C-SPINE W/O", "HEAD+CSPINE",
         "~Scout=>HEAD+CSPINE|Head 5mm=>HEAD|Head bone=>HEAD|C-Spine 1mm bone=>CSPINE|Sag C-Spine=>CSPINE",
         "head and cervical spine"),
        ("CT", "CT NECK CHEST ABDOMEN PELVIS W CON", "NECK+CAP", "~Scout|Neck to pelvis 3mm|Chest lung 1mm=>CHEST::lung recon|Cor",
         "neck + chest + abdomen + pelvis"),
        ("MR", "MRI C AND T SPINE W/O", "CSPINE+TSPINE", "~Loc|Sag T2 C-spine=>CSPINE|Sag T2 T-spine=>TSPINE|Ax T2 C5-6=>CSPINE",
         "cervical and thoracic spine"),
        ("MR", "MRI T/L SPINE W/O", "TSPINE+LSPINE", "~Loc|Sag T2 T/L|Sag T1 T/L|Ax T2 L-spine=>LSPINE", "thoracolumbar spine"),
        ("DX", "XR THORACOLUMBAR SPINE 2 VW", "TSPINE+LSPINE", "AP T/L|LAT T/L", "thoracolumbar junction films"),
        ("CT", "CT ABDOMEN PELVIS AND LT THIGH W CON (SARCOMA)", "ABP+THIGH",
         "~Scout=>ABP+THIGH:L|Abd/Pelvis 3mm=>ABP|Lt Thigh 2mm=>THIGH:L|Cor Lt Thigh=>THIGH:L", "abdomen, pelvis and left thigh"),
        ("CT", "CT FACE AND NECK W CON", "HN", "~Scout|Face/Neck 2mm|Cor", "face (HEAD) and neck"),
        ("MR", "MRI BRAIN AND C-SPINE (MS PROTOCOL)", "HEAD+CSPINE",
         "~Loc|Ax FLAIR brain=>HEAD|Sag 3D FLAIR=>HEAD|Sag T2 C-spine=>CSPINE|Sag STIR C-spine=>CSPINE", "brain and cervical cord"),
        ("CT", "CT CHEST AND UPPER ABDOMEN W CON", "CHEST+ABDOMEN", "~Scout|Chest/Upper abd 3mm|Lung 1mm=>CHEST", "chest + upper abdomen"),
        ("CT", "CODE STROKE: CT HEAD, CTP, CTA H/N", "HN",
         "~Scout|NCCT Head 5mm=>HEAD|CTP 4D=>HEAD::perfusion of the brain|CTA H/N 0.625=>HN|MIP COW=>HEAD", "stroke work-up"),
        ("MR", "MRI L-SPINE AND SI JOINTS", "LSPINE+PELVIS", "~Loc|Sag T2 L-spine=>LSPINE|Cor Obl STIR SIJ=>PELVIS|Ax T2 L-spine=>LSPINE",
         "lumbar spine and SI joints (pelvis)"),
        ("CT", "CT KUB AND CHEST", "CAP", "~Scout|KUB 3mm=>ABP|Chest 1mm=>CHEST", "KUB (ABDOMEN+PELVIS) + chest"),
        ("CT", "TC CRANEO Y COLUMNA CERVICAL", "HEAD+CSPINE", "~Topograma|Craneo 5mm=>HEAD|Columna cervical hueso=>CSPINE",
         "cráneo + columna cervical (Spanish)"),
        ("CT", "КТ головы и шеи", "HN", "~Топограмма|Голова-шея 2 мм|Корональная", "голова и шея = head and neck"),
        ("CT", "Boyun ve toraks BT", "NECK+CHEST", "~Topogram|Boyun-toraks 3 mm|Akciğer 1 mm=>CHEST", "boyun + toraks = neck + chest"),
        ("CT", "CT thorax/abdomen zonder bekken", "CHEST+ABDOMEN", "~Surview|Thorax-abdomen 2mm|Long 1mm=>CHEST",
         "thorax + abdomen, 'zonder bekken' = without pelvis"),
    ]
    for mod, study, lab, ser, why in U:
        g.exam(G, mod, study, lab, ser, why=why, region=g.pick(["na", "eu"]), k=2)


def scouts(g):
    G = "scouts"
    S = [
        ("CT", "CT CHEST W CON", "CHEST", "Topogram 0.6 T20f"), ("CT", "CT ABD/PEL W/O", "ABP", "Scout"),
        ("CT", "CT Thorax/Abdomen/Becken", "CAP", "Topogramm 0.6 T20f"), ("CT", "CT HEAD W/O", "HEAD", "Surview"),
        ("CT", "胸部CT", "CHEST", "Scanogram"), ("CT", "CT L-SPINE", "LSPINE", "Scout AP/LAT"),
        ("CT", "CT SINUS", "HEAD", "SCOUT"), ("CT", "CT KUB", "ABP", "Topogram"),
        ("MR", "MRI BRAIN W/O", "HEAD", "AAHead_Scout_32ch-head-coil"), ("MR", "MRI L-SPINE", "LSPINE", "3-Plane Loc"),
        ("MR", "MR prostata", "PELVIS", "Survey"), ("MR", "MRCP", "ABDOMEN", "Locator"), ("MR", "MRI C-SPINE", "CSPINE", "localizer"),
        ("MR", "MRI WHOLE SPINE", "WS", "localizer_composed"), ("MR", "MRI PELVIS", "PELVIS", "Loc"),
        ("MR", "MRI ORBITS", "HEAD", "3-Pl T2* Loc"), ("PT", "PET/CT WB FDG", "WB", "CT Topogram"),
        ("NM", "SPECT/CT LUNG V/Q", "CHEST", "CT Scout"), ("MR", "MRI CARDIAC", "CHEST", "Localizer SSFP"),
    ]
    for mod, study, lab, desc in S:
        g.exam(G, mod, study, lab, f"*~{desc}|Axial|Coronal", why=f"the exam '{study}' is {lab}",
               bpe=None, region=g.pick(["na", "eu"]), k=1, bpe_rate=0.5)
    limbs = [
        ("MR", "KNEE", {"L": "MRI KNEE LT W/O", "R": "MRI KNEE RT W/O"}, "*~3-Pl Loc|Sag PD FS"),
        ("MR", "SHOULDER", {"L": "MRT Schulter links", "R": "MRT Schulter rechts"}, "*~localizer|pd_tse_fs_cor"),
        ("CT", "ANKLE", {"L": "CT ANKLE LT", "R": "CT ANKLE RT"}, "*~Scout|Ankle bone"),
        ("MR", "WRIST", {"L": "RM POLSO SX", "R": "RM POLSO DX"}, "*~Localizer|COR T1"),
        ("MR", "HIP", {"L": "MRI HIP LT", "R": "MRI HIP RT"}, "*~Loc|Cor T1"),
    ]
    for mod, lab, forms, ser in limbs:
        g.limb(G, mod, lab, forms, ser, f"the exam is {lab.lower()}", NA, n=1, k=1, region="na")


def no_anatomy(g):
    G = "no_anatomy"
    # (modality, study, series desc, kind-specific extras, bpe)
    N = [
        ("CT", "CT HEAD W/O CON", "Dose Report", "DOSE", "HEAD"), ("CT", "CT CHEST W CON", "Patient Protocol", "SCP", "CHEST"),
        ("CT", "CT ABD/PEL W CON", "Dose Info", "SCP", "ABDOMEN"), ("CT", "CT Thorax", "Radiation Dose Report", "DOSE", "CHEST"),
        ("CT", "CTA CORONARY", "Exam Summary", "SCP", "HEART"), ("CT", "頭部CT", "Dose Report", "DOSE", "HEAD"),
        ("CT", "CT Schädel", "Patientenprotokoll", "SCP", "SCHAEDEL"), ("PT", "PET/CT WB", "Patient Protocol", "SCP", "WHOLEBODY"),
        ("XA", "PCI RCA", "Radiation Dose Report", "DOSE", None), ("MR", "MRI BRAIN W/WO", "PhoenixZIPReport", "MROTHER", "HEAD"),
        ("MR", "MRI KNEE RT", "PhoenixZIPReport", "MROTHER", "KNEE"), ("US", "US ABDOMEN COMPLETE", "Worksheet", "SCP", "ABDOMEN"),
        ("US", "US CAROTID DUPLEX BILAT", "Vascular Report Page", "SCP", "NECK"), ("US", "ECHO TTE", "Measurement summary", "SCP", "HEART"),
        ("CT", "QA", "ACR CT Phantom", "PHANTOM", "HEAD"), ("CT", "DAILY QC", "Water Phantom 120kV", "PHANTOM", "PHANTOM"),
        ("CT", "CT QA Catphan", "Catphan 600 Module 1", "PHANTOM", None), ("MR", "ACR MRI PHANTOM", "ACR T1 SE Ax", "PHANTOM", "HEAD"),
        ("MR", "QA Weekly", "Head coil SNR sphere", "PHANTOM", "HEAD"), ("MR", "MR QC", "Body coil uniformity", "PHANTOM", "ABDOMEN"),
        ("NM", "NM QC DAILY", "Co-57 Flood Uniformity", "PHANTOM", None), ("NM", "NM QC", "COR Calibration", "PHANTOM", None),
        ("MG", "MG QC", "ACR Phantom Daily", "PHANTOM", "BREAST"), ("DX", "DR QC", "Flat field exposure test", "PHANTOM", None),
        ("PT", "PET DAILY QC", "Ge-68 Cylinder Daily QC", "PHANTOM", None),
        ("OT", "CT CHEST W CON", "Scanned requisition", "DOC", None), ("OT", "MRI L-SPINE", "Consent form", "DOC", None),
        ("DOC", "OUTSIDE REPORT", "Outside report PDF", "PDF", None), ("DOC", "MRT Knie rechts", "Überweisungsschein", "PDF", None),
        ("OT", "XR CHEST", "Screen capture: exam summary text", "SCP", "CHEST"),
        ("SR", "CT ABD/PEL", "CT Dose SR", "DOSE", None), ("SR", "Mammo screening", "Radiation Dose Structured Report", "DOSE", None),
        ("CT", "КТ ОГК", "Протокол дозы", "DOSE", "CHEST"), ("CT", "TC TORACE", "Rapporto dose", "DOSE", "CHEST"),
        ("CT", "DT hjärna", "Dosrapport", "DOSE", "HEAD"), ("CT", "ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ", "Dose Report", "DOSE", "HEAD"),
        ("MR", "MRI PROSTATE", "Screen Save - scan parameters", "SCP", "PELVIS"),
        ("US", "US OB", "OB Report page", "SCP", None),
    ]
    for mod, study, desc, kind, bpe in N:
        mfr, model = g.vendor(mod if mod in ("CT", "MR", "US", "NM", "PT", "XA", "MG", "DX") else "CT", g.pick(["na", "eu"]))
        m = {"Modality": mod if mod != "DOC" else "DOC"}
        if kind == "DOSE":
            if mod in ("CT", "XA") and g.chance(0.4):
                m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.7"
                m["ImageType"] = ["DERIVED", "SECONDARY", "OTHER"]
            else:
                m["Modality"] = "SR"
                m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.88.67"
            why = "radiation dose report: no anatomy"
        elif kind == "SCP":
            m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.7"
            m["ImageType"] = ["DERIVED", "SECONDARY", "OTHER" if g.chance(0.5) else "SCREEN SAVE"]
            why = "protocol/summary/worksheet text page: no anatomy"
        elif kind == "MROTHER":
            m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.7"
            m["ImageType"] = ["ORIGINAL", "PRIMARY", "OTHER"]
            why = "scanner protocol dump stored as an image: no anatomy"
        elif kind == "PHANTOM":
            m["SOPClassUID"] = {"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4", "NM": "1.2.840.10008.5.1.4.1.1.20",
                                "MG": "1.2.840.10008.5.1.4.1.1.1.2", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
                                "PT": "1.2.840.10008.5.1.4.1.1.128"}[mod]
            why = "phantom / QC acquisition: no patient anatomy"
            if bpe and bpe not in ("PHANTOM",):
                why += f" (BodyPartExamined {bpe} comes from the protocol used, not a patient)"
        elif kind == "DOC":
            m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.7"
            m["ConversionType"] = "SD"
            why = "scanned paper document: no anatomy"
        else:
            m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.104.1"
            m["MIMETypeOfEncapsulatedDocument"] = "application/pdf"
            why = "encapsulated PDF document: no anatomy"
        m["Manufacturer"] = mfr
        m["ManufacturerModelName"] = model
        m["StudyDescription"] = study
        m["SeriesDescription"] = desc
        m["SeriesNumber"] = g.pick([999, 501, 9001, 1, 100])
        if bpe and g.chance(0.8):
            m["BodyPartExamined"] = bpe
        row = {"meta": m, "labels": [], "laterality": None}
        if g.chance(0.4):
            base = mod if mod not in ("SR", "OT", "DOC") else "CT"
            other = "QC series 2" if kind == "PHANTOM" else {
                "CT": "Axial 5mm", "MR": "Ax T2", "US": "Image", "XA": "Run 1", "PT": "PET AC", "NM": "Static",
                "MG": "R CC", "DX": "PA"}[base]
            row["study"] = {"StudyDescription": study, "series": [{"Modality": base, "SeriesNumber": 2, "SeriesDescription": other}]}
        row["why"] = why
        row["group"] = G
        g.rows.append(row)


def context_only(g):
    G = "context_only"
    # A: series text says nothing; the study description carries the anatomy.
    A = [
        ("CT", "CT HEAD W/O CON", "HEAD", "*Series 2|*5.0 mm|0.625 mm"),
        ("CT", "CT CHEST W CON", "CHEST", "*1.25mm|*iDose 3 Axial"),
        ("CT", "CT ABD/PEL W CON", "ABP", "*Recon 2|*Delayed"),
        ("MR", "MRI BRAIN W/WO", "HEAD", "*Ax T1 +C|*SAG T1"),
        ("MR", "MRI L-SPINE W/O", "LSPINE", "*Sag T2|*Ax T2 FRFSE"),
        ("MR", "MRI PELVIS PROSTATE", "PELVIS", "*Ax DWI b1400|*DCE"),
        ("CT", "CT Thorax/Abdomen/Becken mit KM", "CAP", "*Portalvenös 3.0 Br40|*Kor 3.0"),
        ("MR", "MR af lændecolumna", "LSPINE", "*t2_tse_sag|*t2_tse_tra"),
        ("CT", "КТ головного мозга", "HEAD", "*5.0 mm|*1.0 mm"),
        ("MR", "Lomber MR", "LSPINE", "*T2 sag|*T1 sag"),
        ("US", "US THYROID", "NECK", "*Series 1"),
        ("NM", "NM MYOCARDIAL PERFUSION SPECT", "CHEST", "*REST|*STRESS"),
        ("PT", "PET/CT SKULL BASE TO MID-THIGH", "WB", "*PET AC|*CTAC 3.75"),
    ]
    for mod, study, lab, ser in A:
        g.exam(G, mod, study, lab, ser, why="series text says nothing; the study description carries the anatomy",
               region=g.pick(["na", "eu"]), k=2, bpe_rate=0.0, ctx=False)
    g.limb(G, "MR", "KNEE", {"L": "MRI KNEE LT W/O", "R": "MRI KNEE RT W/O"}, "*PD FS SAG|*T1 COR",
           "series text says nothing; the study description carries anatomy and side", NA, n=2, k=2, region="na")
    g.limb(G, "MR", "SHOULDER", {"L": "MRI SHOULDER LT ARTHRO", "R": "MRI SHOULDER RT ARTHRO"}, "*T1 FS COR OBL|*PD AX",
           "series text says nothing; the study description carries anatomy and side", NA, n=2, k=2, region="na")
    # B: the study description is generic; sibling series carry the anatomy.
    B = [
        ("CT", "OUTSIDE CT", "HEAD", "Head 5mm|Brain bone|*^Series 3|*^Axial 2.5"),
        ("MR", "MR", "HEAD", "Sag T1 BRAIN|Ax FLAIR BRAIN|DWI brain|*^Ax T2|*^Cor T1 post"),
        ("CT", "IMPORTED STUDY", "CHEST", "Chest 5mm|Lung 1.25 chest|*^Recon 3"),
        ("MR", "EXTERNAL IMAGES", "LSPINE", "SAG T2 L-SPINE|AX T2 L4-5 L5-S1|*^SAG T1|*^STIR"),
        ("CT", "CONSULT", "ABP", "Abd/Pelvis Venous 5mm|Cor Abd/Pel|*^3mm"),
        ("MR", "RESEARCH MRI", "CSPINE", "Sag T2 C-spine|Ax GRE C-spine|*^Sag T1"),
        ("US", "ULTRASOUND", "PELVIS", "Uterus|Ovaries|*^Series 3"),
        ("CT", "CT", "NECK", "Neck 2.5mm soft tissue|Cor neck|*^Sag 3mm"),
        ("MR", "MRT", "PELVIS", "T2 tra Prostata|DWI Prostata|*^ADC"),
    ]
    for mod, study, lab, ser in B:
        g.exam(G, mod, study, lab, ser, why="series and study text say nothing; the sibling series of the study carry the anatomy",
               region=g.pick(["na", "eu"]), k=1, bpe_rate=0.0)
    # C: the row's own metadata holds no study-level text at all; only the study context does.
    C = [
        ("CT", "CT HEAD W/O CON", "HEAD", "*^Axial 5.0|*^Bone 1.0|Coronal 3.0"),
        ("MR", "MRI C-SPINE W/O", "CSPINE", "*^Sag T2|*^Ax GRE|Sag T1"),
        ("CT", "CT Thorax/Abdomen/Becken mit KM", "CAP", "*^Portalvenös 3.0|Kor 3.0"),
        ("MR", "Lannerangan MT", "LSPINE", "*^T2 sag|T1 sag|T2 tra"),
        ("US", "US PELVIS TRANSVAGINAL", "PELVIS", "*^Series 1|Series 2"),
    ]
    for mod, study, lab, ser in C:
        g.exam(G, mod, study, lab, ser, why="series text says nothing; only the study context names the exam",
               region=g.pick(["na", "eu"]), k=1, bpe_rate=0.0, study_only_ctx=True)
    Bl = [
        ("MR", "KNEE", "OUTSIDE MRI", "PD FS SAG LT KNEE|T1 COR LT KNEE|*^AX PD FS|*^COR STIR", "L"),
        ("MR", "ANKLE", "MR EXTERNAL", "SAG STIR RT ANKLE|COR T1 RT ANKLE|*^AX PD", "R"),
        ("DX", "HAND", "XR OUTSIDE FILMS", "PA LT HAND|OBL LT HAND|*^LAT", "L"),
    ]
    for mod, lab, study, ser, side in Bl:
        g.exam(G, mod, study, lab, ser, lat=side,
               why="series and study text say nothing; the sibling series name the part and the side",
               region="na", k=1, bpe_rate=0.0)


def bpe_misleading(g):
    G = "bpe_misleading"
    M = [
        ("CT", "CT ABD/PEL W CON", "ABP", "~Scout|Abd/Pel 5mm|Cor", "CHEST", "BodyPartExamined CHEST is left over from the protocol; text says abdomen/pelvis"),
        ("CT", "CT CAP W CON", "CAP", "CAP 5mm|Cor CAP", "ABDOMEN", "BodyPartExamined ABDOMEN is too coarse for a CAP"),
        ("CTA", "CTA HEAD AND NECK", "HN", "~Scout|CTA 0.625|MIP", "NECK", "BodyPartExamined NECK only; CTA head and neck = HEAD+NECK"),
        ("MR", "MRI WHOLE SPINE W/O", "WS", "Sag T2 composed|Sag STIR composed", "LSPINE", "BodyPartExamined LSPINE from the last station; whole spine"),
        ("MR", "MRI PELVIS PROSTATE", "PELVIS", "Ax T2|DWI", "ABDOMEN", "BodyPartExamined ABDOMEN is coarse; prostate = PELVIS"),
        ("CT", "CT L-SPINE RECON FROM ABD CT", "LSPINE", "Sag L-spine bone|Ax L-spine bone", "ABDOMEN",
         "spine reformat of an abdomen CT keeps BodyPartExamined ABDOMEN; the series is the lumbar spine"),
        ("DX", "XR L-SPINE 2-3 VW", "LSPINE", "AP|LAT", "PELVIS", "BodyPartExamined PELVIS is wrong; lumbar spine"),
        ("US", "US THYROID", "NECK", "THYROID", "HEAD", "BodyPartExamined HEAD is a wrong preset; thyroid = NECK"),
        ("CT", "CT Schädel nativ", "HEAD", "Schädel 5 mm|Knochen", "SCHAEDEL", "local BodyPartExamined SCHAEDEL (German for skull) = HEAD"),
        ("MR", "MRT Kopf", "HEAD", "t2_tse_tra|t1_mprage", "KOPF", "local BodyPartExamined KOPF (German for head)"),
        ("CT", "TC TORACE", "CHEST", "Torace 1mm|Torace 5mm", "TORACE", "local BodyPartExamined TORACE (Italian for chest)"),
        ("CT", "CT PE", "CHEST", "CTPA 1mm|MIP", "HEART", "BodyPartExamined HEART for a pulmonary angiogram; chest"),
        ("NM", "NM BONE SCAN WB", "WB", "WB ANT/POST", "BONE", "BodyPartExamined BONE is not a region; bone scan = whole body"),
        ("CT", "CT COLONOGRAPHY", "ABP", "Supine 1mm|Prone 1mm", "COLON", "BodyPartExamined COLON; CT colonography = ABDOMEN+PELVIS"),
    ]
    for mod, study, lab, ser, bpe, why in M:
        mod = "CT" if mod == "CTA" else mod
        g.exam(G, mod, study, lab, ser, why=why, bpe=bpe, region=g.pick(["na", "eu"]), k=1, bpe_rate=1.0)
    L = [
        ("MR", "KNEE", {"L": "MRI KNEE LT W/O", "R": "MRI KNEE RT W/O"}, "Sag PD FS {s}|Cor T1", "EXTREMITY",
         "BodyPartExamined EXTREMITY is coarse; knee"),
        ("DX", "KNEE", {"L": "XR KNEE 3 VW LT", "R": "XR KNEE 3 VW RT"}, "AP {s}|LAT", "LEG", "BodyPartExamined LEG is coarse; knee"),
        ("CR", "FOOT", {"L": "XR FOOT 3 VW LT", "R": "XR FOOT 3 VW RT"}, "AP {s}|OBL", "ANKLE", "BodyPartExamined ANKLE is wrong; foot"),
        ("CR", "SHOULDER", {"L": "XR CLAVICLE LT", "R": "XR CLAVICLE RT"}, "AP {s}|CEPHALIC", "CHEST",
         "BodyPartExamined CHEST from the chest-stand preset; clavicle = SHOULDER"),
        ("CR", "WRIST", {"L": "XR SCAPHOID LT", "R": "XR SCAPHOID RT"}, "PA {s}|OBL", "HAND", "BodyPartExamined HAND is coarse; scaphoid = WRIST"),
        ("MR", "ANKLE", {"L": "MRI ANKLE LT", "R": "MRI ANKLE RT"}, "Sag STIR {s}|Ax PD", "FOOT", "BodyPartExamined FOOT is wrong; ankle"),
        ("US", "BREAST", {"L": "US BREAST LT", "R": "US BREAST RT"}, "BREAST {s}", "CHEST", "BodyPartExamined CHEST is coarse; breast"),
        ("DX", "KNEE", {"L": "Röntgen Knie links", "R": "Röntgen Knie rechts"}, "Knie a.p. {s}|Knie seitl.", "KNIE",
         "local BodyPartExamined KNIE (German for knee)"),
        ("MR", "ELBOW", {"L": "MRI ELBOW LT", "R": "MRI ELBOW RT"}, "Cor PD FS {s}|Ax T1", "ARM", "BodyPartExamined ARM is coarse; elbow"),
        ("DX", "THIGH", {"L": "XR FEMUR LT", "R": "XR FEMUR RT"}, "AP {s}|LAT", "HIP", "BodyPartExamined HIP is wrong; femur = THIGH"),
    ]
    for mod, lab, forms, ser, bpe, why in L:
        g.bpe_rate, keep = 1.0, g.bpe_rate
        g.limb(G, mod, lab, forms, ser, why, NA, n=1, k=1, modes=("study",), bpe=bpe, region="na")
        g.bpe_rate = keep


def secondary_capture(g):
    """Post-processing and PACS captures stored as secondary capture (Modality OT or the
    source modality): these show images, so they carry the anatomy they show - unlike the
    text pages of no_anatomy."""
    G = "secondary_capture"
    S = [
        ("OT", "CTA CORONARY ARTERIES", "TeraRecon CPR LAD", "CHEST", None, "curved reformat of a coronary artery = CHEST"),
        ("OT", "CT COLONOGRAPHY", "Vitrea fly-through colon", "ABP", None, "virtual colonoscopy images = ABDOMEN+PELVIS"),
        ("OT", "CT PERFUSION HEAD", "RAPID CTP summary", "HEAD", None, "perfusion maps of the brain = HEAD"),
        ("OT", "MRI BRAIN W/WO", "Brainlab planning T1 MPR", "HEAD", None, "navigation planning images of the brain"),
        ("OT", "CTA AORTA", "Vessel analysis aorta VR", "CAP", None,
         "VR of the whole aorta chest to iliacs: CHEST+ABDOMEN+PELVIS (spec silent)"),
        ("CT", "CT KNEE LT W/O", "3D VR Lt knee", "KNEE", "L", "volume rendering of the left knee"),
        ("OT", "XR SCOLIOSIS EOS", "EOS sterEOS 3D spine", "WS", None, "3D model of the whole spine"),
        ("OT", "CT CHEST LOW DOSE SCREENING", "Lung nodule CAD key images", "CHEST", None, "key images of lung nodules = CHEST"),
        ("US", "US THYROID", "Thyroid screen capture", "NECK", None, "captured thyroid images = NECK"),
        ("OT", "МРТ головного мозга", "Снимок экрана МРТ мозга", "HEAD", None, "screenshot of brain MR images (Russian)"),
        ("OT", "CT Thorax", "Screenshot Lungenfenster", "CHEST", None, "screenshot in lung window (German) = CHEST"),
        ("OT", "MRI SHOULDER RT", "Key image Rt shoulder", "SHOULDER", "R", "key image of the right shoulder"),
        ("OT", "PET/CT WB FDG", "Fused MIP capture", "WB", None, "whole-body fused MIP = whole body"),
        ("OT", "頭部MRI", "MRA MIP キャプチャ", "HEAD", None, "intracranial MRA MIP capture = HEAD"),
        ("OT", "MAMMO DIAG LT", "Lt breast CAD overlay", "BREAST", "L", "image of the left breast with CAD marks"),
    ]
    for mod, study, desc, lab, lat, why in S:
        mfr, model = g.vendor("CT", g.pick(["na", "eu"]))
        m = {"Modality": mod, "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
             "ImageType": ["DERIVED", "SECONDARY"] + (["SCREEN SAVE"] if g.chance(0.5) else []),
             "ConversionType": "WSD", "Manufacturer": mfr, "ManufacturerModelName": model,
             "StudyDescription": study, "SeriesDescription": desc, "SeriesNumber": g.pick([100, 200, 1001, 5001])}
        labels = parse_labels(lab)
        if g.chance(0.6):
            m["BodyPartExamined"] = default_bpe(labels)
        if lat and g.chance(0.5):
            m["Laterality"] = lat
        g.rows.append({"meta": m, "labels": labels, "laterality": lat, "why": why + "; secondary capture that shows images",
                       "group": G})
