"""Hand-written series for the vendor, modality and no-anatomy strata.

Columns (| separated):
VENDOR | MODALITY | StudyDescription | ProtocolName | SeriesDescription | BodyPartExamined | LABELS | SIDE | note
Empty cells are left out of the row. LABELS '' = no anatomy. SIDE as in langs.py.
"""

# Scanner defaults when the technologist types nothing: protocol trees, sequence
# names, recon names. Terse and cryptic, as the consoles write them.
VENDOR_DEFAULTS = """
siemens|CT|Head^HeadRoutine|HeadRoutine|Head  5.0  H30s|HEAD|HEAD|-|
siemens|CT|Head^HeadSeq|HeadSeq|HeadSeq  4.8  J40s|HEAD|HEAD|-|
siemens|CT|Head^Sinus|Sinus|Sinus  0.6  H70h|HEAD|HEAD|-|sinuses fold into HEAD
siemens|CT|Head^InnerEar|InnerEar|InnerEar  0.6  U70u||HEAD|-|temporal bone folds into HEAD
siemens|CT|Neck^NeckRoutine|NeckRoutine|Neck  3.0  I30f  3|NECK|NECK|-|
siemens|CT|Thorax^ThoraxRoutine|ThoraxRoutine|Thorax  1.0  B70f|CHEST|CHEST|-|
siemens|CT|Thorax^LungLowDose|LungLowDose|Lung  1.0  Bl57  3|CHEST|CHEST|-|
siemens|CT|Cardiac^CaScoring|CaScoring|CaScore  3.0  Qr36  3|HEART|CHEST|-|heart folds into CHEST
siemens|CT|Abdomen^Liver3Phase|Liver3Phase|Arterial  3.0  Br40  3|ABDOMEN|ABDOMEN|-|
siemens|CT|Spine^C-Spine|C-Spine|C-Spine  2.0  Br60  3|CSPINE|CSPINE|-|
siemens|CT|Spine^LSpine|LSpine|L-Spine  2.0  B60s|LSPINE|LSPINE|-|
siemens|CT|Extremities^Knee|Knee|Knee  0.75  Br64  3|KNEE|KNEE|r|
siemens|CT|Extremities^Wrist|Wrist|Wrist  0.6  Ur77u  3|EXTREMITY|WRIST|l|BodyPartExamined coarse (EXTREMITY)
siemens|MR|Head^Routine|AAHead_Scout_64ch-head-coil|AAHead_Scout_64ch-head-coil_MPR_sag|HEAD|HEAD|-|scout takes the exam's anatomy
siemens|MR|Head^Routine|t2_tse_dark-fluid_tra|t2_tse_dark-fluid_tra|HEAD|HEAD|-|
siemens|MR|Knee^Routine|pd_tse_fs_sag|pd_tse_fs_sag|KNEE|KNEE|r|
siemens|MR|Spine^LSpine|t2_tse_sag_384|t2_tse_sag_384|LSPINE|LSPINE|-|
siemens|MR|Spine^CSpine|t2_tse_sag|t2_tse_sag|CSPINE|CSPINE|-|
siemens|MR|Shoulder^Routine|pd_tse_fs_cor|pd_tse_fs_cor|SHOULDER|SHOULDER|l|
siemens|MR|Abdomen^Liver|t1_vibe_fs_tra_bh_dyn|t1_vibe_fs_tra_bh_dyn|ABDOMEN|ABDOMEN|-|
siemens|MR|Abdomen^MRCP|t2_space_cor_p3_trig_384_iso|t2_space_cor_MRCP_MIP|ABDOMEN|ABDOMEN|-|MRCP folds into ABDOMEN
siemens|MR|Pelvis^Prostate|ep2d_diff_b50_800_1400_tra|ep2d_diff_b50_800_1400_tra_ADC|PELVIS|PELVIS|-|
siemens|MR|Breast^Routine|t1_fl3d_tra_dynaVIEWS|t1_fl3d_tra_dynaVIEWS_SUB|BREAST|BREAST|b|
siemens|MR|Ankle^Routine|pd_tse_fs_sag|pd_tse_fs_sag|ANKLE|ANKLE|r|
ge|CT||1.1 HEAD|5mm STND|HEAD|HEAD|-|
ge|CT||1.4 SINUS|1.25mm BONE|HEAD|HEAD|-|sinuses fold into HEAD
ge|CT||5.1 CHEST|1.25mm LUNG|CHEST|CHEST|-|
ge|CT||5.6 PE STUDY|1.25mm STND|CHEST|CHEST|-|pulmonary embolism CTA: CHEST
ge|CT||6.2 ABD/PEL|5mm STND|ABDOMEN|ABDOMEN+PELVIS|-|BodyPartExamined coarse (ABDOMEN only)
ge|CT||6.4 CHEST/ABD/PEL|Recon 2: 2.5 SOFT|CHESTABDPELVIS|CHEST+ABDOMEN+PELVIS|-|
ge|CT||7.1 C-SPINE|Axial 1.25 BONE|CSPINE|CSPINE|-|
ge|CT||8.3 ANKLE|0.625mm BONEPLUS|ANKLE|ANKLE|l|
ge|CT||3.1 SHOULDER|Cor 2mm BONE|SHOULDER|SHOULDER|r|
ge|MR|BRAIN|BRAIN/ROUTINE|Ax T2 FLAIR|HEAD|HEAD|-|
ge|MR|L-SPINE|L-SPINE|Sag T2 FRFSE|LSPINE|LSPINE|-|
ge|MR|KNEE|KNEE|Sag PD FS|KNEE|KNEE|l|
ge|MR|SHOULDER|SHOULDER|Cor PD FS|SHOULDER|SHOULDER|r|
ge|MR|WRIST|WRIST|Cor T1 FSE|WRIST|WRIST|l|
ge|MR|PROSTATE|PROSTATE|Ax DWI b1400|PELVIS|PELVIS|-|
ge|MR|C-SPINE|C-SPINE|Sag T2 FRFSE|CSPINE|CSPINE|-|
ge|MR|HIP|HIP|Cor STIR|HIP|HIP|b|
philips|CT||Brain Routine|Brain 5mm|BRAIN|HEAD|-|
philips|CT||Chest Routine|Chest 1mm iDose 4|CHEST|CHEST|-|
philips|CT||Abdomen Pelvis|AbdPelvis 3mm iDose 3|ABDOMEN|ABDOMEN+PELVIS|-|BodyPartExamined coarse (ABDOMEN only)
philips|CT||Cardiac CCTA|CCTA 75% 0.67mm XCB|HEART|CHEST|-|coronary CTA: heart folds into CHEST
philips|CT||Lumbar Spine|LSpine 2mm YB|LSPINE|LSPINE|-|
philips|MR|Brain|WIP SmartBrain|sT2W_TSE_TRA|BRAIN|HEAD|-|
philips|MR|Knee|Knee|PDW_SPAIR_SAG|KNEE|KNEE|r|
philips|MR|L-Spine|L-Spine|T2W_TSE_SAG|LSPINE|LSPINE|-|
philips|MR|Liver|Liver|T1W_mDIXON_W_dyn|ABDOMEN|ABDOMEN|-|
philips|MR|Shoulder|Shoulder|PDW_SPAIR_COR|SHOULDER|SHOULDER|l|
philips|MR|Pelvis Prostate|Prostate|DWI_b1500_ADC|PELVIS|PELVIS|-|
canon|CT||HEAD_ROUTINE|HEAD 5.0 FC26|HEAD|HEAD|-|
canon|CT||CHEST_HR|LUNG 1.0 FC52|CHEST|CHEST|-|
canon|CT||ABD+PELVIS|5.0 FC08 AIDR 3D|ABDOMEN|ABDOMEN+PELVIS|-|BodyPartExamined coarse (ABDOMEN only)
canon|CT||C-SPINE|Vol. 0.5 FC30|CSPINE|CSPINE|-|
canon|CT||CARDIAC|Ca Score 3.0 FC12|HEART|CHEST|-|
canon|MR|HEAD|Brain|FLAIR AX|HEAD|HEAD|-|
canon|MR|KNEE|Knee|PDW FS SAG|KNEE|KNEE|r|
canon|MR|L-SPINE|L-Spine|T2W FSE SAG|LSPINE|LSPINE|-|
uih|CT|Head|Head_Routine|Head 5.0 H_SOFT|HEAD|HEAD|-|
uih|CT|Chest|Chest_Routine|Lung 1.0 B_SHARP|CHEST|CHEST|-|
uih|CT|Abdomen|Abdomen_3Phase|PV 1.0 B_SOFT|ABDOMEN|ABDOMEN|-|
uih|CT|L-Spine|LSpine_Routine|Bone 1.0 B_SHARP|LSPINE|LSPINE|-|
uih|MR|Head|Head_Routine|t2_fse_tra|HEAD|HEAD|-|
uih|MR|Knee|Knee_Routine|pd_fse_fs_sag|KNEE|KNEE|l|
uih|MR|Shoulder|Shoulder_Routine|pd_fse_fs_cor|SHOULDER|SHOULDER|r|
neusoft|CT||Head|Head 5mm F20|HEAD|HEAD|-|
neusoft|CT||Chest|Chest 1mm Lung|CHEST|CHEST|-|
neusoft|CT||Abdomen|Abdomen 5mm F30|ABDOMEN|ABDOMEN|-|
hitachi|CT||HEAD STD|HEAD 5mm|HEAD|HEAD|-|
hitachi|CT||CHEST LUNG|LUNG 1.25mm|CHEST|CHEST|-|
hitachi|MR||L-SPINE|T2W FSE SAG|LSPINE|LSPINE|-|
hitachi|MR||KNEE|PDW FS COR|KNEE|KNEE|r|
fuji|CR||KNEE AP|AP|KNEE|KNEE|l|
fuji|CR||CHEST PA|P-A|CHEST|CHEST|-|
fuji|DX||HAND DP|PA|HAND|HAND|r|
fuji|DX||SKULL AP|AP|SKULL|HEAD|-|skull folds into HEAD
fuji|DX||ABDOMEN AP|AP|ABDOMEN|ABDOMEN|-|
agfa|CR||Thorax pa|PA|CHEST|CHEST|-|
agfa|CR||Knee lat|LAT|KNEE|KNEE|r|
agfa|DX||Ankle ap|AP|ANKLE|ANKLE|l|
agfa|DX||Shoulder true ap|AP|SHOULDER|SHOULDER|l|
agfa|DX||Pelvis ap|AP|PELVIS|PELVIS|-|
agfa|DX||Femur lat|LAT|LEG|THIGH|r|BodyPartExamined wrong (LEG) for a femur; femur folds into THIGH
carestream|DX||CHEST PA|PA|CHEST|CHEST|-|
carestream|DX||L-SPINE LAT|LAT|LSPINE|LSPINE|-|
carestream|DX||ELBOW AP|AP|ELBOW|ELBOW|r|
carestream|DX||FOOT OBL|OBL|FOOT|FOOT|l|
carestream|CR||TIB/FIB AP|AP|LEG|LEG|r|tibia/fibula fold into LEG
konica|DX||Chest PA|PA|CHEST|CHEST|-|
konica|DX||Wrist PA|PA|HAND|WRIST|l|BodyPartExamined coarse (HAND) for a wrist
konica|DX||Clavicle AP|AP|CLAVICLE|SHOULDER|r|clavicle folds into SHOULDER
konica|DX||Humerus AP|AP|ARM|ARM|l|humerus folds into ARM
samsung|DX||Chest PA|PA|CHEST|CHEST|-|
samsung|DX||Knee Skyline|AXIAL|KNEE|KNEE|l|
samsung|DX||Forearm AP|AP|FOREARM|FOREARM|r|
samsung|DX||Calcaneus Axial|AXIAL|FOOT|FOOT|r|calcaneus folds into FOOT
samsung|DX||T-Spine AP|AP|TSPINE|TSPINE|-|
siemens|DX||Thorax p.a.|PA|CHEST|CHEST|-|
siemens|DX||Hüfte axial|LAT|HIP|HIP|l|
siemens|DX||Scaphoid|PA|HAND|WRIST|r|scaphoid folds into WRIST; BodyPartExamined coarse (HAND)
ge|DX||CHEST PA|PA|CHEST|CHEST|-|
ge|DX||FINGER LAT|LAT|HAND|HAND|l|fingers fold into HAND
ge|DX||TOES AP|AP|FOOT|FOOT|r|toes fold into FOOT
philips|DX||Thorax pa|PA|CHEST|CHEST|-|
philips|DX||Knee lat|LAT|KNEE|KNEE|l|
philips|DX||Sacrum ap|AP|SSPINE|PELVIS|-|sacrum folds into PELVIS
philips|DX||Ribs obl|OBL|CHEST|CHEST|-|ribs fold into CHEST
"""

# NM and PET studies, named the way departments name them.
NM_PET = """
siemens_nm|NM|Ganzkörperskelettszintigraphie|WB Bone|WB ANT||WB|-|bone scan = whole body by the spec
siemens_nm|NM|Knochenszintigraphie 3-Phasen Fuss|3 Phase Bone|Blood Pool Static|FOOT|FOOT|r|spec silent: a three-phase bone scan limited to one foot is labelled FOOT with its side
ge_nm|NM|Myocardial Perfusion Stress/Rest|MPI Stress|STRESS SPECT IRAC||CHEST|-|heart folds into CHEST
ge_nm|NM|甲状腺静态显像|Thyroid|ANT PINHOLE|THYROID|NECK|-|thyroid folds into NECK
ge_nm|NM|신장 스캔 (DMSA)|Renal DMSA|POST|KIDNEY|ABDOMEN|-|kidney folds into ABDOMEN
philips_nm|NM|Scintigrafia polmonare perfusionale|Lung Q|Perf 6 views|CHEST|CHEST|-|lung folds into CHEST
philips_nm|NM|Sintigrafía ósea de cuerpo entero|WB|Whole Body Post|WHOLEBODY|WB|-|bone scan = whole body by the spec
siemens_nm|NM|DaTSCAN SPECT|DaTSCAN|SPECT Recon OSEM|BRAIN|HEAD|-|
siemens_nm|NM|HIDA scan|HIDA|Dynamic ANT|ABDOMEN|ABDOMEN|-|hepatobiliary: ABDOMEN
ge_nm|NM|Parathyroid MIBI dual phase|Parathyroid|Early ANT||NECK|-|spec silent: parathyroid lies in the neck, labelled NECK
mediso_nm|NM|Renografia MAG3|Renogram|Dynamic POST||ABDOMEN|-|kidney folds into ABDOMEN
siemens_nm|NM|Magenentleerung|Gastric Emptying|ANT/POST Dynamic||ABDOMEN|-|stomach folds into ABDOMEN
siemens_nm|NM|Сцинтиграфия скелета|WB Bone|WB POST||WB|-|bone scan = whole body by the spec
siemens_pt|PT|PET-CT FDG Ganzkörper|PET WB|PET WB AC|WHOLEBODY|WB|-|
siemens_pt|PT|PET-CT FDG Ganzkörper|PET WB|PET WB NAC|WHOLEBODY|WB|-|non-attenuation-corrected PET keeps the anatomy
siemens_pt|CT|PET-CT FDG Ganzkörper|CT WB|CT AC 3.0 B19f|WHOLEBODY|WB|-|attenuation CT of a whole-body PET
ge_pt|PT|PET/CT 全身 FDG|WB FDG|WB 3D MAC||WB|-|
ge_pt|CT|PET/CT 全身 FDG|WB CTAC|CTAC 3.75 Thick||WB|-|attenuation CT of a whole-body PET
ge_pt|PT|PET Brain FDG|Brain|3D Brain MAC|BRAIN|HEAD|-|
philips_pt|PT|PSMA PET-CT|PSMA WB|WB CTAC Body||WB|-|spec silent: PSMA PET skull base to thigh = whole body
philips_pt|PT|PET/TC cuerpo entero 18F-FDG|WB|PET AC||WB|-|
uih_pt|PT|PET/CT 全身显像|Whole Body|PET_WB_AC|WHOLEBODY|WB|-|
uih_pt|PT|PET/MR 头部|Brain|PET_Brain_AC|HEAD|HEAD|-|
siemens_pt|PT|Cardiac PET Rb-82|Cardiac Rest|Rest AC||CHEST|-|heart folds into CHEST
ge_pt|PT|PET-CT Ga-68 DOTATATE|Body|WB 3D MAC||WB|-|spec silent: somatostatin-receptor PET skull base to thigh = whole body
"""

# Angiography, interventional and fluoroscopy, named by local names.
XA_RF = """
siemens_xa|XA|Coronarografia|Cardiac|Coro LCA||CHEST|-|coronaries fold into CHEST; 'LCA' is an artery, not a side
siemens_xa|XA|PCI RIVA|Cardiac|Coro 15 f/s||CHEST|-|coronary intervention: CHEST
philips_xa|XA|冠状动脉造影+PCI|Coronary|Left Coronary||CHEST|-|'left coronary' is not a laterality
philips_xa|XA|Коронарографія|Coronary|Right Coronary||CHEST|-|'right coronary' is not a laterality
ge_xa|XA|DSA cerebral|Neuro|3D DSA Head|HEAD|HEAD|-|
ge_xa|XA|Embolizace aneuryzmatu ACM|Neuro|Neuro 2F/s||HEAD|-|cerebral aneurysm coiling: HEAD
siemens_xa|XA|TACE jater|Abdomen|Abd DSA 3F/s||ABDOMEN|-|liver chemoembolisation: ABDOMEN
philips_xa|XA|Embolisation des artères utérines|Pelvis|Pelvis DSA||PELVIS|-|uterus folds into PELVIS
canon_xa|XA|PTA a. femoralis superficialis sin.|Peripheral|Leg DSA|LEG|THIGH|L|spec silent: SFA angioplasty images the thigh; side from 'sin.'; BodyPartExamined coarse
siemens_xa|XA|Angioplastia artéria poplítea direita|Peripheral|Periph DSA||KNEE|R|spec silent: popliteal artery lies behind the knee
ge_xa|XA|Vertebroplastia L1|Spine|Fluoro||LSPINE|-|
philips_xa|XA|Nefrostomia percutánea izquierda|Abdomen|Fluoro||ABDOMEN|-|kidney folds into ABDOMEN; side of a kidney is not a laterality
siemens_rf|RF|Ösophagusbreischluck|Oesophagus|Fluoro Store||NECK+CHEST|-|spec silent: oesophagus spans neck and chest
philips_rf|RF|Estudo contrastado do esôfago, estômago e duodeno|UGI|Spot||CHEST+ABDOMEN|-|spec silent: oesophagus to duodenum = CHEST+ABDOMEN
shimadzu_rf|RF|注腸造影|Barium Enema|Spot|COLON|ABDOMEN+PELVIS|-|spec silent: colon fills abdomen and pelvis, like colonography
ge_rf|RF|Hysterosalpingography|HSG|Spot|PELVIS|PELVIS|-|
siemens_rf|RF|Miktionszysturethrographie|MCU|Fluoro||PELVIS|-|bladder folds into PELVIS
philips_rf|RF|ERCP|ERCP|Spot||ABDOMEN|-|biliary tree: ABDOMEN
siemens_rf|RF|Artrografija desnog ramena|Arthro|Fluoro||SHOULDER|R|
ge_rf|RF|Defecografia|Defeco|Fluoro||PELVIS|-|rectum folds into PELVIS
"""

# Dental and maxillofacial: jaws and teeth are part of the face -> HEAD.
DENTAL = """
planmeca|PX|OPG|Panoramic|Standard panoramic||HEAD|-|spec silent: jaws and teeth are face -> HEAD
planmeca|CT|CBCT Mandibula|3D|ProMax 3D Mid||HEAD|-|spec silent: jaw CBCT is face -> HEAD
sirona|PX|Panoramaschichtaufnahme|PAN|P1||HEAD|-|spec silent: jaws and teeth are face -> HEAD
sirona|IO|Zahnfilm 36|Intraoral|||HEAD|-|spec silent: intraoral tooth film is face -> HEAD
sirona|PX|Fernröntgenseitenbild (FRS)|Ceph|Ceph lateral|SKULL|HEAD|-|cephalogram: skull -> HEAD
carestream_dental|PX|Ortopantomografia|Panoramic|Adult Panoramic||HEAD|-|spec silent: jaws and teeth are face -> HEAD
carestream_dental|IO|Bitewing Lt|BW|||HEAD|-|spec silent: bitewing is face -> HEAD; side of a dental arch is not a laterality
vatech|CT|口腔颌面锥形束CT|CBCT|CBCT Maxilla||HEAD|-|spec silent: maxillofacial CBCT is face -> HEAD
vatech|PX|파노라마|PANO|Panorama Normal||HEAD|-|spec silent: jaws and teeth are face -> HEAD
planmeca|IO|Periapikal 11-21|Intraoral|||HEAD|-|spec silent: intraoral tooth film is face -> HEAD
planmeca|CT|CBCT ATM bilateral|3D|TMJ||HEAD|-|TMJ folds into HEAD; TMJ side is not a limb laterality
sirona|PX|OPT|PAN|P1 Standard|JAW|HEAD|-|spec silent: jaws and teeth are face -> HEAD
"""

# Series that show no anatomy: empty set, laterality null, whatever the study says.
NO_ANATOMY = """
siemens|CT|Thorax^ThoraxRoutine||Patient Protocol|CHEST||-|protocol page; study anatomy does not carry over
siemens|CT|КТ органів грудної клітки||Dose Report|||-|dose screen capture
ge|CT|头颅CT平扫||Dose Report|HEAD||-|dose screen capture despite BodyPartExamined
philips|CT|TC de crânio sem contraste||Dose Info|||-|dose screen capture
canon|CT|복부골반 CT 조영증강||Dose Summary|||-|dose screen capture
uih|CT|胸部CT平扫||剂量报告|||-|dose report in Chinese
neusoft|CT|上腹部CT增强||Dose Report|||-|dose screen capture
siemens|SR|CT Schädel nativ||Radiation Dose Information|||-|X-ray radiation dose SR
ge|SR|MSCT abdomena i zdjelice||Dose Report|||-|X-ray radiation dose SR
philips|SR|Mamografia bilateral||Dose SR|||-|X-ray radiation dose SR
hologic|SR|Mammography screening||Radiation Dose Report|BREAST||-|dose SR despite BodyPartExamined
siemens|OT|MRT Knie rechts||Scanned Requisition|||-|scanned paper request
fuji|OT|Rx rodilla derecha AP y lateral||Documento escaneado|||-|scanned consent form
agfa|OT|Rgr genunchi stâng||Formular trimitere|||-|scanned referral form
samsung_us|US|갑상선 초음파||Worksheet|||-|sonographer worksheet page
philips_us|US|Carotid Duplex||Vascular Worksheet|||-|worksheet text page
ge_us|US|US Abdomen||Report Page|||-|ultrasound report page
esaote|US|Ecografia muscolo-scheletrica spalla dx||Report|||-|ultrasound report page
siemens|MR|QA^Daily||Daily QA Phantom|||-|phantom
ge|MR|||ACR Phantom T1|||-|ACR phantom
philips|MR|||Periodic Image Quality Test|||-|phantom QC
siemens|CT|||Daily QA Water Phantom|||-|water phantom
ge|CT|||QA Phantom 20cm|||-|phantom
canon|CT|||Catphan 600|||-|phantom
hologic|MG|||Flat Field|||-|detector QC
ge|MG|||ACR Phantom|BREAST||-|phantom BodyPartExamined ignored
siemens_nm|NM|||Uniformity Flood 30M|||-|NM QC flood
ge_nm|NM|||COR QC|||-|NM centre-of-rotation QC
siemens_pt|PT|||Daily QC Ge-68|||-|PET daily QC
siemens|CT|CT Abdomen-Becken||Evidence Documents|||-|text evidence document
siemens|MR|MRT LWS||Report Page|||-|text page
philips|SC|Сцинтиграфия скелета||Protocol|||-|protocol page
ge|SC|TC tòrax||Exam Protocol|||-|protocol page
canon|SC|CT ngực liều thấp||Scan Parameters|||-|parameter page
uih|SC|腰椎MRI平扫||扫描参数|||-|parameter page in Chinese
siemens_xa|SR|Coronarografia||Dose Report|||-|XA dose SR
konica|OT|||Test Pattern|||-|display QC pattern
carestream|DX|||QC Flat Field|||-|detector QC
fuji|CR|||TEST|||-|plate test exposure
agfa|DX|||Calibration|||-|detector calibration
siemens|CT|TC cranial sense contrast||Dosisbericht|||-|dose page
philips|CT|CT בטן ואגן עם חומר ניגוד||Dose Info|||-|dose page
ge|CT|เอกซเรย์คอมพิวเตอร์สมอง ไม่ฉีดสี||Dose Report|||-|dose page
canon|CT|Galvos smegenų KT be kontrasto||Dose Info|||-|dose page
samsung_us|US|Siêu âm tuyến giáp||Worksheet|||-|worksheet page
mindray_us|US|腹部彩超||报告|||-|report page in Chinese
"""
