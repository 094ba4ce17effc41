"""Writes tests/anatomy/data/clinical_set_10.jsonl: a month of a private hospital chain in Latin
America and Iberia (Mexico, Colombia, Argentina, Chile, Peru, Brazil, Spain with Catalonia,
Portugal). Standard library only, fixed seed. Labels follow the shared anatomy spec; each series
is labelled by what it images in its study.

    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print the counts
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_10.jsonl"
SEED = 1010
SIDED = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE",
         "FOOT", "BREAST"}
WB = "HEAD NECK CHEST ABDOMEN PELVIS"
CAP = "CHEST ABDOMEN PELVIS"
AP_ = "ABDOMEN PELVIS"
# Side words: {F} feminine, {M} masculine, {E} the English vendor default, per language.
SIDES = {
    "es": {"F": {"R": ["DERECHA", "derecha", "DER.", "DER", "Der.", "DCHA"], "L": ["IZQUIERDA", "izquierda", "IZQ.", "IZQ", "Izq.", "IZDA"]},
           "M": {"R": ["DERECHO", "derecho", "DER.", "DER", "DCHO"], "L": ["IZQUIERDO", "izquierdo", "IZQ.", "IZQ", "IZDO"]}},
    "pt": {"F": {"R": ["DIREITA", "direita", "DTA", "dta.", "Dta."], "L": ["ESQUERDA", "esquerda", "ESQ", "esq.", "Esq."]},
           "M": {"R": ["DIREITO", "direito", "DTO", "dto."], "L": ["ESQUERDO", "esquerdo", "ESQ", "esq."]}},
    "ca": {"F": {"R": ["DRETA", "dreta", "DTA", "dta."], "L": ["ESQUERRA", "esquerra", "ESQ", "esq."]},
           "M": {"R": ["DRET", "dret"], "L": ["ESQUERRE", "esquerre", "ESQ."]}},
}
EN = {"R": ["RT", "RIGHT", "Right", "R"], "L": ["LT", "LEFT", "Left", "L"]}
IT = {"LOC": "ORIGINAL\\PRIMARY\\LOCALIZER", "AX": "ORIGINAL\\PRIMARY\\AXIAL", "MPR": "DERIVED\\SECONDARY\\MPR",
      "MIP": "DERIVED\\SECONDARY\\MIP", "SS": "DERIVED\\SECONDARY\\SCREEN SAVE", "OTH": "ORIGINAL\\PRIMARY\\OTHER",
      "ADC": "DERIVED\\PRIMARY\\DIFFUSION\\ADC", "SUB": "DERIVED\\PRIMARY\\SUBTRACTION", "VRT": "DERIVED\\SECONDARY\\VOLUME"}
SOP = {"SR": "1.2.840.10008.5.1.4.1.1.88.67", "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1",
       "SC": "1.2.840.10008.5.1.4.1.1.7", "CAD": "1.2.840.10008.5.1.4.1.1.88.50", "ESR": "1.2.840.10008.5.1.4.1.1.88.22"}
KEYS = {"M": "Modality", "IT": "ImageType", "K": "ConvolutionKernel", "VP": "ViewPosition", "ST": "SliceThickness",
        "SN": "SequenceName", "SQ": "ScanningSequence", "C": "ContrastBolusAgent", "SOP": "SOPClassUID",
        "PN": "ProtocolName", "BP": "BodyPartExamined", "PP": "PatientPosition"}
# non-image pages shared by many studies (empty label set)
DOSE_SIE = "Patient Protocol|-|M=CT;IT=SS;SOP=SC"
DOSE_GE = "Dose Info|-|IT=SS;SOP=SC"
DOSE_SR = "Dose Report|-|M=SR;SOP=SR"
DOSE_PH = "Dose Info|-|IT=SS"
KO = "Key Images|-|M=KO;SOP=KO"
KO_ES = "Imágenes clave|-|M=KO;SOP=KO"
PR = "Presentation State|-|M=PR;SOP=PR"
DOSE_SR_ES = "Informe de dosis|-|M=SR;SOP=ESR"

# A study: (stratum, modality, vendor, model, study descriptions, BodyPartExamined or None, labels,
# sided: False / True (one side drawn) / "B", series "desc|labels|extras", protocol name or None).
# Series labels: "" the study's labels, "-" none, else codes with an optional "#R"/"#L"/"#B" side.
S = {}

S["mx-gen"] = ("es", [
    ("gi", "CT", "GE MEDICAL SYSTEMS", "Revolution EVO", ["TAC DE ABDOMEN Y PELVIS SIMPLE Y CONTRASTADA", "TAC ABDOMEN Y PELVIS S/C Y C/C", "TAC ABDOMINOPELVICO CONTRASTADO"], "ABDOMEN", AP_, False,
     ["Scout||IT=LOC", "SIMPLE 5mm||K=STANDARD;ST=5", "FASE ARTERIAL||C=OMNIPAQUE 350;K=STANDARD", "Fase venosa 2.5mm||ST=2.5;C=OMNIPAQUE 350",
      "Fase tardia||C=OMNIPAQUE 350", "Cor Reformat||IT=MPR", "Sag Reformat||IT=MPR", DOSE_GE], "5.3 ABDOMEN PELVIS C/C"),
    ("neuro", "CT", "GE MEDICAL SYSTEMS", "Optima CT660", ["TAC DE CRANEO SIMPLE", "TAC CRANEO S/C", "TC DE CRANEO SIMPLE"], "HEAD", "HEAD", False,
     ["Scout||IT=LOC", "Helical 5mm||K=STANDARD", "0.625 STND||ST=0.625", "Ventana osea||K=BONE", "Cor Reformat||IT=MPR", DOSE_GE], "HEAD ROUTINE"),
    ("general", "CT", "GE MEDICAL SYSTEMS", "Revolution EVO", ["TAC DE TORAX DE ALTA RESOLUCION", "TACAR DE TORAX"], "CHEST", "CHEST", False,
     ["Scout||IT=LOC", "Axial 1.25 LUNG||K=LUNG;ST=1.25", "Inspiracion||K=LUNG", "Espiracion||K=LUNG", "Lung COR||IT=MPR", "Mediastino||K=STANDARD", DOSE_GE], "TACAR"),
    ("general", "CR", "FUJIFILM Corporation", "FCR PROFECT CS", ["RX TORAX PA Y LATERAL", "RX DE TORAX PA Y LAT", "TELE DE TORAX"], "CHEST", "CHEST", False,
     ["TORAX PA||VP=PA", "TORAX LATERAL||VP=LL", "Chest PA||VP=PA"], None),
    ("msk", "CR", "FUJIFILM Corporation", "FCR PROFECT CS", ["RX DE RODILLA {F} AP Y LATERAL", "RX RODILLA {F}"], "KNEE", "KNEE", True,
     ["RODILLA AP||VP=AP", "RODILLA LATERAL||VP=LAT", "Knee AP||VP=AP"], None),
    ("msk", "DX", "Carestream Health", "DRX-Evolution", ["RX DE MANO {F} AP Y OBLICUA", "RX MANO {F}"], None, "HAND", True,
     ["MANO AP||VP=PA", "MANO OBLICUA", "Hand PA||VP=PA"], None),
    ("msk", "DX", "Carestream Health", "DRX-Evolution", ["RX DE HOMBRO {M} AP Y AXIAL", "RX HOMBRO {M}"], "SHOULDER", "SHOULDER", True,
     ["HOMBRO AP||VP=AP", "HOMBRO AXIAL", "Shoulder AP||VP=AP"], None),
    ("gi", "US", "SAMSUNG MEDISON CO., LTD.", "HS40", ["USG ABDOMINAL SUPERIOR", "USG DE HIGADO Y VIAS BILIARES", "USG HEPATICO"], "ABDOMEN", "ABDOMEN", False,
     ["|", "Abdomen|", "Abdomen General|"], None),
    ("womens", "US", "SAMSUNG MEDISON CO., LTD.", "WS80A", ["USG OBSTETRICO 2DO TRIMESTRE", "USG OBSTETRICO", "USG OBSTETRICO ESTRUCTURAL"], None, "PELVIS", False,
     ["OB 2/3|", "|", "Fetal Echo|"], None),
    ("general", "US", "SAMSUNG MEDISON CO., LTD.", "HS40", ["USG DE TIROIDES", "USG TIROIDES Y CUELLO"], None, "NECK", False, ["Thyroid|", "|", "Tiroides|"], None),
    ("cardio", "US", "GE Healthcare", "LOGIQ E10", ["USG DOPPLER VENOSO DE MIEMBRO PELVICO {M}", "USG DOPPLER VENOSO MIEMBRO PELVICO {M}"], None, "THIGH KNEE LEG", True,
     ["LE Veins|", "|", "Venoso MP|"], None),
    ("uro", "CT", "SIEMENS", "SOMATOM go.Up", ["UROTAC", "UROTOMOGRAFIA SIMPLE", "UROTAC FASE SIMPLE Y EXCRETORA"], "ABDOMEN", AP_, False,
     ["Topogram  0.6  T20s||IT=LOC", "Simple  3.0  Br40||K=Br40", "Excretora  3.0  Br40||K=Br40", "MIP Coronal||IT=MIP", DOSE_SIE, DOSE_SR], "Urografia"),
])
S["co-onc"] = ("es", [
    ("onc", "PT", "SIEMENS", "Biograph Horizon", ["PET/CT CON 18F-FDG CUERPO ENTERO", "PET-CT FDG CUERPO COMPLETO", "PET CT ONCOLOGICO"], "WHOLEBODY", WB, False,
     ["Topogram  0.6  T20s||M=CT;IT=LOC", "CT WB  3.0  B30f||M=CT;K=B30f", "AC_CT  3.0  B19f||M=CT;K=B19f", "PET WB AC|", "PET WB NAC|", "MIP PET||IT=MIP",
      "Fusion PET-CT||IT=SS", "Patient Protocol|-|M=CT;IT=SS;SOP=SC"], "PETCT_WB_FDG"),
    ("onc", "PT", "SIEMENS", "Biograph Horizon", ["PET/CT PSMA (68Ga)", "PET-CT PSMA CUERPO ENTERO"], "ABDOMEN", WB, False,
     ["Topogram  0.6  T20s||M=CT;IT=LOC", "CT WB  3.0  B30f||M=CT", "PET AC 3i21s|", "PET NAC|", "MIP PSMA||IT=MIP", "Patient Protocol|-|M=CT;IT=SS"], "PSMA_WB"),
    ("onc", "PT", "SIEMENS", "Biograph Horizon", ["PET/CT CEREBRAL FDG", "PET-CT CEREBRO"], "BRAIN", "HEAD", False,
     ["Topogram  0.6  T20s||M=CT;IT=LOC", "CT Brain  3.0  H31s||M=CT", "PET Brain AC|", "3D SSP||IT=SS"], "PET_BRAIN"),
    ("onc", "CT", "SIEMENS", "SOMATOM Definition Edge", ["TAC DE TORAX, ABDOMEN Y PELVIS CONTRASTADO", "TAC TORAX ABDOMEN Y PELVIS C/C", "TC TAP CONTRASTADO"], "CHEST", CAP, False,
     ["Topogram  0.6  T20s||IT=LOC", "Venosa  3.0  Br40  3||K=Br40;C=Iopamidol", "Pulmon  1.0  Br60|CHEST|K=Br60", "Cor  3.0  Br40||IT=MPR", "Sag  3.0  Br40||IT=MPR",
      DOSE_SIE, DOSE_SR], "ThorAbdPelvis"),
    ("onc", "CT", "SIEMENS", "SOMATOM Definition Edge", ["TAC DE TORAX CONTRASTADO", "TAC TORAX C/C"], "CHEST", "CHEST", False,
     ["Topogram  0.6  T20s||IT=LOC", "Torax  3.0  Br40||C=Iopamidol", "Pulmon  1.0  Br60||K=Br60", "MIP 10mm||IT=MIP", DOSE_SIE], "Thorax"),
    ("uro", "MR", "Philips", "Ingenia 3.0T", ["RMN DE PROSTATA MULTIPARAMETRICA", "RM PROSTATA MULTIPARAMETRICA", "RMN PROSTATA C/C"], "PROSTATE", "PELVIS", False,
     ["Survey||IT=LOC", "sT2W_TSE_TRA|", "T2W_TSE_SAG|", "T2W_TSE_COR|", "DWI_b0_800_1400|", "dADC||IT=ADC", "DCE_THRIVE|", "T1W_TSE_TRA|"], "PROSTATA PIRADS"),
    ("gi", "MR", "Philips", "Ingenia 3.0T", ["RMN DE HIGADO CON PRIMOVIST", "RMN HIGADO SIMPLE Y CONTRASTADA", "RM HEPATICA C/C"], "LIVER", "ABDOMEN", False,
     ["Survey||IT=LOC", "T1_mDIXON_W|", "T1_mDIXON_IP|", "T2_SPAIR_TRA|", "DWI_b50_800|", "eTHRIVE_dyn|", "Hepatobiliar 20min|", "dADC||IT=ADC"], "HIGADO"),
    ("neuro", "MR", "Philips", "Ingenia 3.0T", ["RMN DE CEREBRO SIMPLE Y CONTRASTADA", "RMN CEREBRAL C/C", "RM ENCEFALO CONTRASTADA"], "BRAIN", "HEAD", False,
     ["Survey||IT=LOC", "3D_T1_TFE_gd|", "T2W_FLAIR|", "DWI|", "SWIp|", "T2W_TSE_TRA|", "dADC||IT=ADC"], "CEREBRO METS"),
    ("nm", "NM", "SIEMENS NM", "Symbia Intevo", ["GAMMAGRAFIA OSEA CORPORAL TOTAL", "GAMMAGRAFIA OSEA", "RASTREO OSEO CORPORAL"], None, WB, False,
     ["WB Anterior|", "WB Posterior|", "Estaticas Torax|CHEST", "SPECT/CT Pelvis|PELVIS", "Whole Body|"], None),
    ("breast", "MG", "HOLOGIC, Inc.", "Selenia Dimensions", ["MAMOGRAFIA DIAGNOSTICA BILATERAL", "MAMOGRAFIA BILATERAL"], "BREAST", "BREAST", "B",
     ["R CC|BREAST#R|VP=CC", "L CC|BREAST#L|VP=CC", "R MLO|BREAST#R|VP=MLO", "L MLO|BREAST#L|VP=MLO", "Mammography CAD SR|-|M=SR;SOP=CAD"], None),
])
S["ar-child"] = ("es", [
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx de tórax frente", "Rx torax frente y perfil", "RX TORAX (F)"], "CHEST", "CHEST", False,
     ["Torax AP||VP=AP", "Torax frente||VP=AP", "Torax perfil||VP=LL"], None),
    ("paeds", "US", "Esaote", "MyLabX7", ["Ecografía transfontanelar", "Ecografia cerebral transfontanelar", "ECO TRANSFONTANELAR"], None, "HEAD", False,
     ["|", "Neonatal Head|", "Cerebro|"], None),
    ("paeds", "US", "Esaote", "MyLabX7", ["Ecografía de caderas (Graf)", "Eco de ambas caderas", "ECOGRAFIA CADERAS BILATERAL"], None, "HIP", "B",
     ["|", "Cadera der.|HIP#R", "Cadera izq.|HIP#L", "Hip|"], None),
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx edad ósea (mano izq.)", "RX EDAD OSEA MANO IZQUIERDA"], None, "HAND#L", False,
     ["Mano izq. frente|", "Edad osea|", "Hand PA|"], None),
    ("uro", "RF", "SIEMENS", "Luminos dRF Max", ["Cistouretrografía miccional", "CUGM", "CISTOURETROGRAFIA MICCIONAL RETROGRADA"], None, AP_, False,
     ["Fluoro|", "Llenado vesical|PELVIS", "Miccional|PELVIS", "Post-miccional|", "Radiation Dose Report|-|M=SR;SOP=SR"], None),
    ("neuro", "MR", "SIEMENS", "MAGNETOM Aera", ["RMN de cerebro bajo anestesia", "RMN CEREBRO (SEDACION)", "RM DE ENCEFALO"], "HEAD", "HEAD", False,
     ["localizer||IT=LOC", "AAHead_Scout||IT=LOC", "t1_mprage_sag_p2_iso|", "t2_tse_tra|", "t2_tirm_tra_dark-fluid|", "ep2d_diff_3scan_trace|", "ep2d_diff_3scan_trace_ADC||IT=ADC"], "CEREBRO PEDIATRICO"),
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx de abdomen de pie", "RX ABDOMEN SIMPLE", "Rx abdomen frente"], "ABDOMEN", AP_, False,
     ["Abdomen de pie||VP=AP", "Abdomen decubito||VP=AP", "Abdomen AP||VP=AP"], None),
    ("gi", "US", "Esaote", "MyLabX7", ["Ecografía abdominal (invaginación)", "ECO ABDOMINAL", "Ecografia de piloro"], None, "ABDOMEN", False, ["|", "Abdomen|", "Piloro|"], None),
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx antebrazo {M} frente y perfil", "RX ANTEBRAZO {M}"], None, "FOREARM", True,
     ["Antebrazo frente||VP=AP", "Antebrazo perfil||VP=LAT", "Forearm AP||VP=AP"], None),
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx de codo {M} frente y perfil", "RX CODO {M}"], "ELBOW", "ELBOW", True,
     ["Codo frente||VP=AP", "Codo perfil||VP=LAT"], None),
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx de fémur {M}", "RX FEMUR {M} F y P"], None, "THIGH", True, ["Femur frente||VP=AP", "Femur perfil||VP=LAT"], None),
    ("paeds", "DX", "Agfa", "DX-D 400", ["Rx de pierna {F} frente y perfil", "RX PIERNA {F}"], "LEG", "LEG", True, ["Pierna frente||VP=AP", "Pierna perfil||VP=LAT", "Tib/Fib AP||VP=AP"], None),
    ("gi", "RF", "SIEMENS", "Luminos dRF Max", ["Seriada esofagogastroduodenal", "SEGD", "SERIADA ESOFAGO-GASTRO-DUODENAL"], None, "CHEST ABDOMEN", False,
     ["Esofago|CHEST", "Estomago|ABDOMEN", "Duodeno|ABDOMEN", "Fluoro|"], None),
])
S["cl-ortho"] = ("es", [
    ("msk", "MR", "SIEMENS", "MAGNETOM Vida", ["RM de rodilla {F}", "RESONANCIA MAGNETICA RODILLA {F}", "RM RODILLA {F} S/C"], "KNEE", "KNEE", True,
     ["localizer||IT=LOC", "pd_tse_fs_sag|", "pd_tse_fs_cor|", "t1_tse_cor|", "pd_tse_fs_tra|", "t2_de3d_we_sag_iso|", PR, KO], "Rodilla"),
    ("msk", "MR", "SIEMENS", "MAGNETOM Vida", ["RM de hombro {M}", "RM HOMBRO {M}", "RESONANCIA DE HOMBRO {M}"], "SHOULDER", "SHOULDER", True,
     ["localizer||IT=LOC", "pd_tse_fs_cor_obl|", "t1_tse_cor_obl|", "pd_tse_fs_sag|", "pd_tse_fs_tra|", KO], "Hombro"),
    ("msk", "MR", "SIEMENS", "MAGNETOM Vida", ["Artro-RM de cadera {F}", "ARTRORESONANCIA CADERA {F}"], "HIP", "HIP", True,
     ["localizer||IT=LOC", "t1_tse_fs_cor_arthro|", "pd_tse_fs_radial|", "t1_tse_fs_sag_obl|", "pd_tse_fs_tra|"], "Cadera artro"),
    ("msk", "MR", "SIEMENS", "MAGNETOM Vida", ["RM de tobillo {M}", "RM TOBILLO {M}", "RM de tobillo y pie {M}"], "ANKLE", "ANKLE", True,
     ["localizer||IT=LOC", "pd_tse_fs_sag|", "t1_tse_sag|", "pd_tse_fs_cor|", "pd_tse_fs_tra|"], "Tobillo"),
    ("msk", "MR", "Philips", "Ingenia 1.5T", ["RM columna lumbar", "RM DE COLUMNA LUMBOSACRA", "RM COLUMNA LUMBAR S/C"], "LSPINE", "LSPINE", False,
     ["Survey||IT=LOC", "T2W_TSE_SAG|", "T1W_TSE_SAG|", "T2W_TSE_TRA|", "STIR_SAG|"], "COLUMNA LUMBAR"),
    ("msk", "MR", "Philips", "Ingenia 1.5T", ["RM columna dorsal", "RM DE COLUMNA DORSAL"], "TSPINE", "TSPINE", False,
     ["Survey||IT=LOC", "T2W_TSE_SAG|", "T1W_TSE_SAG|", "T2W_TSE_TRA|"], "COLUMNA DORSAL"),
    ("msk", "DX", "Canon Inc.", "CXDI-710C", ["Rx columna total (telerradiografía)", "TELERRADIOGRAFIA DE COLUMNA", "Rx columna completa AP y lateral"], "SPINE", "CSPINE TSPINE LSPINE", False,
     ["Columna total AP||VP=AP", "Columna total lateral||VP=LAT", "Stitched||IT=MPR"], None),
    ("msk", "DX", "Canon Inc.", "CXDI-710C", ["Rx extremidades inferiores completas (goniometría)", "TELERRADIOGRAFIA EEII", "Rx goniometria EEII"], "LEG", "HIP THIGH KNEE LEG ANKLE", "B",
     ["EEII AP de pie||VP=AP", "Goniometria||IT=MPR", "Stitched||IT=MPR"], None),
    ("msk", "DX", "Canon Inc.", "CXDI-710C", ["Rx escafoides {M} (4 proyecciones)", "RX ESCAFOIDES {M}"], "HAND", "WRIST", True,
     ["Escafoides PA||VP=PA", "Escafoides oblicua", "Escafoides Ziter"], None),
    ("msk", "DX", "Canon Inc.", "CXDI-710C", ["Rx ambos tobillos AP y lateral", "RX TOBILLOS BILATERAL CON CARGA"], "ANKLE", "ANKLE", "B",
     ["Tobillo der. AP|ANKLE#R|VP=AP", "Tobillo izq. AP|ANKLE#L|VP=AP", "Tobillo der. lateral|ANKLE#R|VP=LAT", "Tobillo izq. lateral|ANKLE#L|VP=LAT", "Ambos tobillos AP|ANKLE#B"], None),
    ("msk", "US", "Esaote", "MyLab Omega", ["Ecotomografía de hombro {M}", "ECOTOMOGRAFIA HOMBRO {M}"], None, "SHOULDER", True, ["|", "MSK Shoulder|", "Hombro|"], None),
    ("msk", "US", "Esaote", "MyLab Omega", ["Ecotomografía partes blandas muslo {M}", "ECOTOMOGRAFIA MUSCULO-ESQUELETICA MUSLO {M}"], None, "THIGH", True, ["|", "MSK|", "Muslo|"], None),
    ("msk", "CT", "Canon Medical Systems", "Aquilion Prime SP", ["TC de rodilla {F}", "TC RODILLA {F} (MESETA TIBIAL)"], "KNEE", "KNEE", True,
     ["Scanogram||IT=LOC", "Vol 0.5 FC30||K=FC30", "MPR Cor||IT=MPR", "VR 3D||IT=VRT", "Dose Info|-|IT=SS;SOP=SC"], "Knee"),
])
S["pe-opc"] = ("es", [
    ("neuro", "CT", "Canon Medical Systems", "Aquilion Lightning", ["TEM DE CEREBRO SIN CONTRASTE", "TEM CEREBRAL S/C", "TOMOGRAFIA DE CEREBRO SIN CONTRASTE"], "HEAD", "HEAD", False,
     ["Scanogram||IT=LOC", "AX 5.0 FC21||K=FC21", "BONE 1.0 FC30||K=FC30", "Vol 0.5||ST=0.5", "Dose Info|-|IT=SS;SOP=SC"], "HEAD"),
    ("general", "CT", "Canon Medical Systems", "Aquilion Lightning", ["TEM DE TORAX", "TEM TORAX S/C", "TEM DE PULMONES"], "CHEST", "CHEST", False,
     ["Scanogram||IT=LOC", "Lung 1.0 FC52||K=FC52", "Mediastino 5.0 FC13||K=FC13", "MPR Cor||IT=MPR", "Dose Info|-|IT=SS"], "CHEST"),
    ("gi", "CT", "Canon Medical Systems", "Aquilion Lightning", ["TEM ABDOMINAL COMPLETO CON CONTRASTE", "TEM DE ABDOMEN COMPLETO", "TEM ABDOMEN COMPLETO C/C"], "ABDOMEN", AP_, False,
     ["Scanogram||IT=LOC", "Portal 5.0 FC18||C=Iohexol", "Vol 1.0||ST=1", "MPR Cor||IT=MPR", "MPR Sag||IT=MPR", "Dose Info|-|IT=SS"], "ABDOMEN"),
    ("gi", "US", "Mindray", "DC-70", ["ECOGRAFIA ABDOMINAL COMPLETA", "ECOGRAFIA ABDOMINAL", "ECOGRAFIA HEPATOBILIAR"], None, "ABDOMEN", False, ["|", "Abdomen|", "ABD|"], None),
    ("womens", "US", "Mindray", "DC-70", ["ECOGRAFIA PELVICA TRANSVAGINAL", "ECOGRAFIA TRANSVAGINAL", "ECOGRAFIA GINECOLOGICA"], None, "PELVIS", False, ["|", "GYN|", "TV|"], None),
    ("womens", "US", "Mindray", "Resona 7", ["ECOGRAFIA OBSTETRICA", "ECOGRAFIA OBSTETRICA DEL I TRIMESTRE", "ECO OBSTETRICA DOPPLER"], None, "PELVIS", False, ["|", "OB|", "Early OB|"], None),
    ("uro", "US", "Mindray", "DC-70", ["ECOGRAFIA DE PROSTATA (VESICO-PROSTATICA)", "ECOGRAFIA VESICOPROSTATICA"], None, "PELVIS", False, ["|", "Urology|", "Prostata|"], None),
    ("msk", "DX", "Carestream Health", "DRX-Ascend", ["RX DE COLUMNA CERVICAL F y P", "RX COLUMNA CERVICAL", "RX DE COLUMNA CERVICAL FUNCIONAL"], "CSPINE", "CSPINE", False,
     ["CERVICAL FRENTE||VP=AP", "CERVICAL PERFIL||VP=LAT", "C-Spine LAT||VP=LAT"], None),
    ("msk", "DX", "Carestream Health", "DRX-Ascend", ["RX DE PIE {M} F y O", "RX PIE {M} CON APOYO"], "FOOT", "FOOT", True, ["PIE FRENTE||VP=AP", "PIE OBLICUO", "Foot AP||VP=AP"], None),
    ("msk", "MR", "GE MEDICAL SYSTEMS", "SIGNA Explorer", ["RM DE COLUMNA LUMBOSACRA", "RM COLUMNA LUMBOSACRA S/C"], "LSPINE", "LSPINE", False,
     ["3-pl Loc||IT=LOC", "Sag T2 FRFSE|", "Sag T1 FSE|", "Ax T2 FSE|", "Sag STIR|"], "L-SPINE"),
    ("cardio", "US", "Mindray", "Resona 7", ["DOPPLER CAROTIDEO", "ECOGRAFIA DOPPLER DE CAROTIDAS"], None, "NECK", False, ["|", "Carotid|", "Vascular|"], None),
    ("msk", "DX", "Carestream Health", "DRX-Ascend", ["RX DE PELVIS AP", "RX PELVIS"], "PELVIS", "PELVIS", False, ["PELVIS AP||VP=AP", "Pelvis AP||VP=AP"], None),
    ("general", "PX", "Carestream Health", "CS 8100", ["RX PANORAMICA DENTAL", "RADIOGRAFIA PANORAMICA"], None, "HEAD", False, ["Panoramica|", "|"], None),
])
S["br-card"] = ("pt", [
    ("cardio", "CT", "SIEMENS", "SOMATOM Force", ["ANGIOTOMOGRAFIA DE CORONARIAS", "ANGIOTC CORONARIAS", "ANGIOTOMOGRAFIA CORONARIA COM ESCORE DE CALCIO"], "HEART", "CHEST", False,
     ["Topogram  0.6  T20s||IT=LOC", "CaSc  3.0  Qr36  3||K=Qr36", "Cor  75%  0.6  Bv40||K=Bv40", "Best Diastole  0.6  Bv40|", "Best Systole  0.6  Bv40|", "Curved MPR LAD||IT=MPR",
      "MIP Coronaria||IT=MIP", "VRT Heart||IT=VRT", DOSE_SIE, DOSE_SR], "CorCTA"),
    ("cardio", "CT", "GE MEDICAL SYSTEMS", "Revolution CT", ["ESCORE DE CALCIO CORONARIANO", "ESCORE DE CALCIO"], "CHEST", "CHEST", False,
     ["Scout||IT=LOC", "Calcium Score 2.5||ST=2.5", "SmartScore||IT=SS", DOSE_GE], "CARDIAC SCORE"),
    ("cardio", "MR", "Philips", "Ingenia 1.5T", ["RM CARDIACA COM CONTRASTE", "RESSONANCIA MAGNETICA DO CORACAO", "RM CARDIACA"], "HEART", "CHEST", False,
     ["SURVEY||IT=LOC", "BTFE_SA|", "cine 4CH|", "cine 2CH|", "T1 MOLLI|", "LGE PSIR SA|", "Perfusao stress|", "T2 STIR BB|"], "CORACAO"),
    ("nm", "NM", "GE Healthcare", "Discovery NM/CT 670", ["CINTILOGRAFIA DE PERFUSAO MIOCARDICA (REPOUSO/ESTRESSE)", "CINTILOGRAFIA MIOCARDICA", "CINTILOGRAFIA DE PERFUSÃO MIOCÁRDICA"], None, "CHEST", False,
     ["STRESS RECON|", "REST RECON|", "Gated SPECT|", "QGS|", "Raw Data|", "QPS Results|-|M=OT;SOP=SC"], None),
    ("cardio", "US", "Philips", "EPIQ CVx", ["ECOCARDIOGRAMA TRANSTORACICO", "ECOCARDIOGRAMA COM DOPPLER", "ECO TRANSTORACICO"], None, "CHEST", False, ["|", "Adult Echo|", "Eco TT|"], None),
    ("cardio", "XA", "Philips", "Azurion 7 M12", ["CATETERISMO CARDIACO", "CINEANGIOCORONARIOGRAFIA", "CATETERISMO CARDÍACO E VENTRICULOGRAFIA"], None, "CHEST", False,
     ["Coronary Left|", "Coronary Right|", "LV Gram|", "Fluoro|", "Dose Report|-|M=SR;SOP=SR"], None),
    ("cardio", "CT", "SIEMENS", "SOMATOM Force", ["ANGIOTOMOGRAFIA DE AORTA TORACICA E ABDOMINAL", "ANGIOTC AORTA TOTAL"], "CHEST", CAP, False,
     ["Topogram  0.6  T20s||IT=LOC", "Angio  1.0  Bv36||K=Bv36", "MIP Sag||IT=MIP", "VRT Aorta||IT=VRT", DOSE_SIE], "AortaCTA"),
    ("cardio", "US", "Philips", "EPIQ 7", ["DOPPLER DE CAROTIDAS E VERTEBRAIS", "ECODOPPLER DE CAROTIDAS"], None, "NECK", False, ["|", "Carotid|", "Vascular|"], None),
    ("general", "DX", "Philips", "DigitalDiagnost C90", ["RX TORAX PA E PERFIL", "RAIO X DE TORAX PA E PERFIL", "RX TÓRAX PA/PERFIL"], "CHEST", "CHEST", False,
     ["Torax PA||VP=PA", "Torax Perfil||VP=LL", "Chest PA||VP=PA"], None),
])
S["br-women"] = ("pt", [
    ("breast", "MG", "HOLOGIC, Inc.", "Selenia Dimensions", ["MAMOGRAFIA BILATERAL", "MAMOGRAFIA DIGITAL BILATERAL", "MAMOGRAFIA COM TOMOSSINTESE"], "BREAST", "BREAST", "B",
     ["R CC|BREAST#R|VP=CC", "L CC|BREAST#L|VP=CC", "R MLO|BREAST#R|VP=MLO", "L MLO|BREAST#L|VP=MLO", "R CC Tomosynthesis Reconstruction|BREAST#R|VP=CC",
      "L MLO C-View|BREAST#L|VP=MLO", "Mammography CAD SR|-|M=SR;SOP=CAD", PR], None),
    ("breast", "MG", "HOLOGIC, Inc.", "Selenia Dimensions", ["MAMOGRAFIA UNILATERAL {F}", "MAMOGRAFIA MAMA {F}"], "BREAST", "BREAST", True,
     ["{E} CC||VP=CC", "{E} MLO||VP=MLO", "Magnificacao||VP=CC"], None),
    ("breast", "US", "SAMSUNG MEDISON CO., LTD.", "RS85", ["USG DE MAMAS BILATERAL", "USG MAMAS E AXILAS", "ULTRASSONOGRAFIA MAMARIA BILATERAL"], None, "BREAST", "B",
     ["|", "Breast|", "Mama D|BREAST#R|Laterality=R", "Mama E|BREAST#L|Laterality=L"], None),
    ("breast", "US", "SAMSUNG MEDISON CO., LTD.", "RS85", ["USG DA MAMA {F} (NODULO)", "USG MAMA {F}"], None, "BREAST", True, ["|", "Breast|", "Nodulo|"], None),
    ("breast", "MR", "SIEMENS", "MAGNETOM Sola", ["RM DAS MAMAS", "RESSONANCIA MAGNETICA DAS MAMAS", "RM MAMAS COM CONTRASTE"], "BREAST", "BREAST", "B",
     ["localizer||IT=LOC", "t1_fl3d_tra_dynaVIEWS|", "t2_tse_tra|", "ep2d_diff_tra|", "t1_fl3d_tra_dynaVIEWS_SUB||IT=SUB", "MIP_SUB||IT=MIP"], "Mama"),
    ("womens", "US", "GE Healthcare", "Voluson E10", ["USG OBSTETRICA MORFOLOGICA 2º TRIMESTRE", "USG MORFOLOGICA", "USG OBSTETRICA COM DOPPLER"], None, "PELVIS", False,
     ["OB 2/3|", "|", "Fetal Heart|", "Doppler|"], None),
    ("womens", "US", "GE Healthcare", "Voluson E10", ["USG TRANSVAGINAL", "USG PELVICA TRANSVAGINAL", "ULTRASSONOGRAFIA TRANSVAGINAL"], None, "PELVIS", False, ["|", "GYN|", "TV|"], None),
    ("dxa", "OT", "HOLOGIC", "Horizon A", ["DENSITOMETRIA OSSEA (COLUNA E FEMUR)", "DENSITOMETRIA ÓSSEA", "DEXA COLUNA E FEMUR"], "LSPINE", "LSPINE", False,
     ["AP Spine|LSPINE|SOP=SC", "Left Hip|HIP#L|SOP=SC;BP=HIP", "Right Hip|HIP#R|SOP=SC;BP=HIP", "DualFemur|HIP#B|SOP=SC;BP=HIP", "Left Forearm|FOREARM#L|SOP=SC;BP=ARM",
      "DXA Results|-|SOP=SC", "Trend|-|SOP=SC"], None),
    ("dxa", "OT", "HOLOGIC", "Horizon A", ["DENSITOMETRIA DE CORPO INTEIRO", "DXA CORPO TOTAL"], None, WB, False, ["Whole Body|", "Composicao corporal|-|SOP=SC"], None),
])
S["es-gen"] = ("es", [
    ("onc", "CT", "Philips", "Incisive CT", ["TC TORAX-ABDOMEN-PELVIS CON CONTRASTE", "TC TORACOABDOMINOPELVICO CIV", "TC TAP C/C"], "CHEST", CAP, False,
     ["Surview||IT=LOC", "Torax-abdomen 2mm||C=Iomeprol", "Pulmon 1mm|CHEST", "COR MPR||IT=MPR", "SAG MPR||IT=MPR", DOSE_PH, DOSE_SR_ES], "TAP"),
    ("general", "CT", "Philips", "Incisive CT", ["ANGIO-TC DE ARTERIAS PULMONARES", "ANGIO TC TEP", "ANGIOTC PULMONAR"], "CHEST", "CHEST", False,
     ["Surview||IT=LOC", "Bolus tracking|", "Angio 1mm||C=Iomeprol", "MIP 10mm||IT=MIP", DOSE_PH], "TEP"),
    ("general", "CR", "Agfa", "CR 30-X", ["RX TORAX PA Y LAT", "RX DE TÓRAX PA Y LATERAL", "Rx tórax"], "CHEST", "CHEST", False,
     ["Torax PA||VP=PA", "Torax lat||VP=LL", "TORAX AP PORTATIL||VP=AP"], None),
    ("general", "CR", "Agfa", "CR 30-X", ["RX ABDOMEN", "RX SIMPLE DE ABDOMEN", "RX ABDOMEN DECUBITO"], "ABDOMEN", AP_, False, ["Abdomen AP||VP=AP", "Abdomen||VP=AP"], None),
    ("msk", "CR", "Agfa", "CR 30-X", ["RX RODILLA {F} AP Y LAT", "Rx rodilla {F}"], "KNEE", "KNEE", True, ["Rodilla AP||VP=AP", "Rodilla lat||VP=LAT"], None),
    ("msk", "CR", "Agfa", "CR 30-X", ["RX AMBAS RODILLAS EN CARGA", "RX RODILLAS BIPODESTACION"], "KNEE", "KNEE", "B",
     ["Rodillas AP en carga|KNEE#B|VP=AP", "Rodilla dcha lat|KNEE#R|VP=LAT", "Rodilla izda lat|KNEE#L|VP=LAT", "Rosenberg|KNEE#B"], None),
    ("msk", "CR", "Agfa", "CR 30-X", ["RX HUMERO {M}", "RX DE HÚMERO {M} AP Y LAT"], None, "ARM", True, ["Humero AP||VP=AP", "Humero lat||VP=LAT"], None),
    ("msk", "CR", "Agfa", "CR 30-X", ["RX CADERA {F} AP Y AXIAL", "RX CADERA {F}"], "HIP", "HIP", True, ["Cadera AP||VP=AP", "Cadera axial", "Hip AP||VP=AP"], None),
    ("gi", "US", "Canon Medical Systems", "Aplio i700", ["ECO ABDOMINAL", "ECOGRAFIA ABDOMINAL", "ECO ABDOMEN"], "ABDOMEN", "ABDOMEN", False, ["|", "Abdomen|", "ABD|"], None),
    ("cardio", "US", "Canon Medical Systems", "Aplio i700", ["ECO DOPPLER TSA", "ECO-DOPPLER TRONCOS SUPRAAORTICOS"], None, "NECK", False, ["|", "Carotid|"], None),
    ("neuro", "MR", "GE MEDICAL SYSTEMS", "SIGNA Architect", ["RM CEREBRAL CON CONTRASTE", "RM CRANEO C/C", "RM DE CRÁNEO SIN Y CON CONTRASTE"], "HEAD", "HEAD", False,
     ["3Plane Loc||IT=LOC", "Ax T2 FSE|", "Ax T2 FLAIR|", "Ax DWI ASSET|", "Apparent Diffusion Coefficient (mm2/s)||IT=ADC", "Sag 3D T1 BRAVO +C|", "Ax SWAN|", KO_ES, PR], "CEREBRO"),
    ("neuro", "MR", "GE MEDICAL SYSTEMS", "SIGNA Architect", ["RM COLUMNA CERVICAL", "RM DE COLUMNA CERVICAL SIN CONTRASTE"], "CSPINE", "CSPINE", False,
     ["3Plane Loc||IT=LOC", "Sag T2 FRFSE|", "Sag T1 FSE|", "Ax T2 GRE|", "Sag STIR|"], "C-SPINE"),
    ("neuro", "CT", "Philips", "Incisive CT", ["ANGIO-TC TSA Y POLIGONO DE WILLIS", "ANGIO TC TSA", "ANGIOTC TSA Y WILLIS"], "NECK", "HEAD NECK", False,
     ["Surview||IT=LOC", "Angio 0.9mm||C=Iomeprol", "MIP Cor||IT=MIP", "VRT||IT=VRT", DOSE_PH], "ANGIO TSA"),
    ("gi", "CT", "Philips", "Incisive CT", ["TC COLONOGRAFIA", "COLONOSCOPIA VIRTUAL"], "ABDOMEN", AP_, False,
     ["Surview||IT=LOC", "Supino 1mm||PP=FFS", "Prono 1mm||PP=FFP", "Fly-through||IT=SS", DOSE_PH], "COLONO"),
    ("general", "CT", "Philips", "Incisive CT", ["TC CUELLO Y TORAX CON CONTRASTE", "TC CUELLO-TORAX CIV"], "NECK", "NECK CHEST", False,
     ["Surview||IT=LOC", "Cuello-torax 2mm||C=Iomeprol", "Cuello 1mm|NECK", "Pulmon 1mm|CHEST", DOSE_PH, KO_ES], "CUELLO TORAX"),
    ("general", "PX", "PLANMECA", "ProMax", ["ORTOPANTOMOGRAFIA", "ORTOPANTOMOGRAFÍA"], None, "HEAD", False, ["Panoramic|", "|"], None),
])
S["cat-gen"] = ("ca", [
    ("onc", "CT", "SIEMENS", "SOMATOM Definition AS+", ["TC toràcic amb contrast", "TC TORACIC AMB CONTRAST", "TC de tòrax amb contrast"], "CHEST", "CHEST", False,
     ["Topogram  0.6  T20s||IT=LOC", "Torax  3.0  I30f  3||K=I30f", "Pulmo  1.0  I70f  3||K=I70f", "MIP axial||IT=MIP", DOSE_SIE, DOSE_SR], "Torax"),
    ("msk", "MR", "SIEMENS", "MAGNETOM Avanto", ["RM genoll {M}", "RM DEL GENOLL {M}", "RM genoll {M} sense contrast"], "KNEE", "KNEE", True,
     ["localizer||IT=LOC", "pd_tse_fs_sag|", "pd_tse_fs_cor|", "t1_tse_sag|", "pd_tse_fs_tra|"], "Genoll"),
    ("general", "DX", "SIEMENS", "Ysio Max", ["Rx tòrax PA i perfil", "RX TORAX PA I PERFIL", "Rx tòrax"], "CHEST", "CHEST", False, ["Torax PA||VP=PA", "Torax perfil||VP=LL", "Thorax pa||VP=PA"], None),
    ("gi", "US", "Canon Medical Systems", "Aplio a550", ["Ecografia abdominal", "ECOGRAFIA ABDOMINAL", "Ecografia hepàtica"], None, "ABDOMEN", False, ["|", "Abdomen|"], None),
    ("neuro", "CT", "SIEMENS", "SOMATOM Definition AS+", ["TC cranial sense contrast", "TC CRANI SENSE CONTRAST", "TC cranial urgent"], "HEAD", "HEAD", False,
     ["Topogram  0.6  T20s||IT=LOC", "Cerebro  4.0  H31s||K=H31s", "Os  1.0  H60s||K=H60s", "Cor  3.0  H31s||IT=MPR", DOSE_SIE], "Craneo"),
    ("breast", "MG", "SIEMENS", "Mammomat Revelation", ["Mamografia bilateral de cribratge", "MAMOGRAFIA CRIBRATGE", "Mamografia bilateral"], "BREAST", "BREAST", "B",
     ["RCC|BREAST#R|VP=CC", "LCC|BREAST#L|VP=CC", "RMLO|BREAST#R|VP=MLO", "LMLO|BREAST#L|VP=MLO"], None),
    ("msk", "MR", "SIEMENS", "MAGNETOM Avanto", ["RM de columna lumbar", "RM COLUMNA LUMBAR", "RM columna lumbar sense contrast"], "LSPINE", "LSPINE", False,
     ["localizer||IT=LOC", "t2_tse_sag|", "t1_tse_sag|", "t2_tse_tra|", "t2_tirm_sag|"], "Lumbar"),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx canell {M}", "RX CANELL {M} AP I PERFIL"], None, "WRIST", True, ["Canell AP||VP=PA", "Canell perfil||VP=LAT", "Wrist PA||VP=PA"], None),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx turmell {M}", "RX TURMELL {M}"], "ANKLE", "ANKLE", True, ["Turmell AP||VP=AP", "Turmell perfil||VP=LAT"], None),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx espatlla {F}", "RX ESPATLLA {F} AP I AXIAL"], "SHOULDER", "SHOULDER", True, ["Espatlla AP||VP=AP", "Espatlla axial", "Y escapular"], None),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx colze {M}", "RX COLZE {M}"], None, "ELBOW", True, ["Colze AP||VP=AP", "Colze perfil||VP=LAT"], None),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx avantbraç {M}", "RX AVANTBRAÇ {M}"], None, "FOREARM", True, ["Avantbraç AP||VP=AP", "Avantbraç perfil||VP=LAT"], None),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx cama {F}", "RX CAMA {F} (TIBIA I PERONÉ)"], None, "LEG", True, ["Cama AP||VP=AP", "Cama perfil||VP=LAT"], None),
    ("msk", "DX", "SIEMENS", "Ysio Max", ["Rx peu {M}", "RX PEU {M} AP I OBLIQUA"], "FOOT", "FOOT", True, ["Peu AP||VP=AP", "Peu obliqua"], None),
    ("general", "US", "Canon Medical Systems", "Aplio a550", ["Ecografia de tiroide", "ECOGRAFIA TIROIDAL"], None, "NECK", False, ["|", "Thyroid|"], None),
    ("uro", "MR", "SIEMENS", "MAGNETOM Avanto", ["RM de pròstata multiparamètrica", "RM PROSTATA"], "PELVIS", "PELVIS", False,
     ["localizer||IT=LOC", "t2_tse_tra|", "t2_tse_sag|", "ep2d_diff_b50_800_1400|", "ep2d_diff_ADC||IT=ADC", "t1_vibe_dyn|"], "Prostata"),
    ("gi", "CT", "SIEMENS", "SOMATOM Definition AS+", ["TC abdominopelvià amb contrast", "TC ABDOMEN I PELVIS", "TC abdominal amb contrast"], "ABDOMEN", AP_, False,
     ["Topogram  0.6  T20s||IT=LOC", "Portal  3.0  I30f  3||C=Iohexol", "Cor  3.0||IT=MPR", DOSE_SIE, DOSE_SR, PR], "Abdomen"),
])
S["pt-opc"] = ("pt", [
    ("neuro", "CT", "Canon Medical Systems", "Aquilion ONE", ["TC CRÂNIO-ENCEFÁLICA", "TC CRANIO-ENCEFALICA", "TC CE S/ CONTRASTE"], "HEAD", "HEAD", False,
     ["Scanogram||IT=LOC", "Cerebro 5mm FC21||K=FC21", "Osso 1mm FC30||K=FC30", "Dose Info|-|IT=SS"], "Cranio"),
    ("general", "CT", "Canon Medical Systems", "Aquilion ONE", ["TC TÓRAX", "TC DO TORAX", "TC TORAX ALTA RESOLUCAO"], "CHEST", "CHEST", False,
     ["Scanogram||IT=LOC", "Pulmao 1mm FC52||K=FC52", "Mediastino 3mm FC13||K=FC13", "MinIP||IT=MIP", "Dose Info|-|IT=SS"], "Torax"),
    ("msk", "MR", "Philips", "Achieva 1.5T", ["RM JOELHO {M}", "RM DO JOELHO {M}", "RMN JOELHO {M}"], "KNEE", "KNEE", True,
     ["SURVEY||IT=LOC", "PD_SPAIR_SAG|", "PD_SPAIR_COR|", "T1_TSE_COR|", "PD_SPAIR_TRA|"], "JOELHO"),
    ("general", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX TÓRAX PA", "RX TORAX PA E PERFIL", "Rx tórax (2 incidências)"], "CHEST", "CHEST", False, ["Torax PA||VP=PA", "Torax perfil||VP=LL"], None),
    ("msk", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX JOELHO {M} (F+P)", "RX JOELHO {M}"], "KNEE", "KNEE", True, ["Joelho F||VP=AP", "Joelho P||VP=LAT", "Knee AP||VP=AP"], None),
    ("msk", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX MÃO {F}", "RX MAO {F} (F+O)"], "HAND", "HAND", True, ["Mao F||VP=PA", "Mao O", "Dedos|"], None),
    ("msk", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX BACIA", "RX BACIA (F)"], "PELVIS", "PELVIS", False, ["Bacia AP||VP=AP"], None),
    ("msk", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX COLUNA DORSAL (F+P)", "RX COLUNA DORSAL"], "TSPINE", "TSPINE", False, ["Coluna dorsal F||VP=AP", "Coluna dorsal P||VP=LAT"], None),
    ("msk", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX FÉMUR {M}", "RX FEMUR {M}"], None, "THIGH", True, ["Femur F||VP=AP", "Femur P||VP=LAT"], None),
    ("msk", "DX", "SAMSUNG ELECTRONICS", "GC85A", ["RX OMBRO {M}", "RX OMBRO {M} (F+AXIAL)"], "SHOULDER", "SHOULDER", True, ["Ombro F||VP=AP", "Ombro axial"], None),
    ("breast", "US", "SAMSUNG MEDISON CO., LTD.", "RS80A", ["ECOGRAFIA MAMÁRIA", "ECOGRAFIA MAMARIA BILATERAL"], None, "BREAST", "B", ["|", "Breast|"], None),
    ("breast", "MG", "FUJIFILM Corporation", "AMULET Innovality", ["MAMOGRAFIA", "MAMOGRAFIA BILATERAL", "MAMOGRAFIA DE RASTREIO"], "BREAST", "BREAST", "B",
     ["R CC|BREAST#R|VP=CC", "L CC|BREAST#L|VP=CC", "R MLO|BREAST#R|VP=MLO", "L MLO|BREAST#L|VP=MLO"], None),
    ("gi", "US", "SAMSUNG MEDISON CO., LTD.", "RS80A", ["ECOGRAFIA ABDOMINAL", "ECO ABDOMINAL SUPERIOR"], None, "ABDOMEN", False, ["|", "Abdomen|"], None),
    ("uro", "US", "SAMSUNG MEDISON CO., LTD.", "RS80A", ["ECOGRAFIA RENAL E VESICAL", "ECOGRAFIA RENO-VESICAL"], None, AP_, False, ["|", "Rins|ABDOMEN", "Bexiga|PELVIS"], None),
    ("womens", "US", "GE Healthcare", "Voluson S10", ["ECOGRAFIA OBSTÉTRICA 1º TRIMESTRE", "ECOGRAFIA OBSTETRICA"], None, "PELVIS", False, ["|", "OB|"], None),
    ("cardio", "US", "SAMSUNG MEDISON CO., LTD.", "RS80A", ["ECO-DOPPLER VENOSO MEMBRO INFERIOR {M}", "ECODOPPLER VENOSO MI {M}"], None, "THIGH KNEE LEG", True, ["|", "LE Veins|"], None),
    ("neuro", "CT", "Canon Medical Systems", "Aquilion ONE", ["TC SEIOS PERINASAIS", "TC DOS SEIOS PERINASAIS"], "HEAD", "HEAD", False,
     ["Scanogram||IT=LOC", "Seios 1mm FC30||K=FC30", "Coronal||IT=MPR", "Dose Info|-|IT=SS", KO], "Seios"),
    ("dxa", "OT", "GE Healthcare", "Lunar Prodigy", ["DENSITOMETRIA ÓSSEA", "OSTEODENSITOMETRIA", "DEXA"], "SPINE", "LSPINE", False,
     ["AP Spine|LSPINE", "Left Femur|HIP#L", "DualFemur|HIP#B", "Report|-|SOP=SC"], None),
])


def fill(text, lang, side, rng):
    for k in ("F", "M"):
        if "{" + k + "}" in text:
            text = text.replace("{" + k + "}", rng.choice(SIDES[lang][k][side]))
    if "{E}" in text:
        text = text.replace("{E}", EN[side][0][0] if rng.random() < 0.8 else EN[side][2])
    return text


def parse(entry):
    desc, labels, *rest = (entry.split("|") + [""])[:3]
    extra = {}
    for kv in filter(None, (rest[0] if rest else "").split(";")):
        k, v = kv.split("=", 1)
        extra[KEYS.get(k, k)] = IT.get(v, SOP.get(v, v)) if k in ("IT", "SOP") else v
    return desc, labels, extra


def labels_of(code, default, side):
    if code == "-":
        return [], None
    code = code or default
    lat = None
    if "#" in code:
        code, lat = code.split("#")
    labs = code.split()
    if set(labs) & SIDED:
        lat = lat or side
    else:
        lat = None
    return labs, lat


def series_meta(t, entry, sd, bpe, lang, side, rng, sib=False):
    stratum, mod, mfr, model, _, _, default, sided, _, proto = t
    desc, code, extra = parse(entry)
    m = {"Modality": extra.pop("Modality", mod), "Manufacturer": mfr, "ManufacturerModelName": model}
    if not sib and rng.random() < 0.85:
        m["StudyDescription"] = sd
    if desc:
        m["SeriesDescription"] = fill(desc, lang, side or "R", rng)
    if proto and m["Modality"] in ("CT", "MR", "PT") and rng.random() < 0.7:
        m["ProtocolName"] = proto
    if bpe and "BodyPartExamined" not in extra:
        m["BodyPartExamined"] = bpe
    if "BodyPartExamined" in extra and not bpe:
        extra.pop("BodyPartExamined")
    m.update(extra)
    labs, lat = labels_of(code, default, side)
    if m["Modality"] in ("SR", "KO", "PR", "OT") and not labs:
        m.pop("BodyPartExamined", None) if rng.random() < 0.5 else None
    if lat in ("L", "R") and m["Modality"] in ("CR", "DX", "MG") and (m["Modality"] == "MG" or rng.random() < 0.5):
        m["ImageLaterality"] = lat
    return m, labs, lat


def make_row(site, lang, t, rng):
    stratum, mod, mfr, model, sds, bpe, default, sided, series, proto = t
    side = rng.choice("RL") if sided is True else ("B" if sided == "B" else None)
    sd = fill(rng.choice(sds), lang, side or "R", rng)
    if rng.random() < 0.06:
        bpe = None
    # non-image pages are drawn less often than image series
    weights = [0.6 if parse(e)[1] == "-" else 1.0 for e in series]
    i = rng.choices(range(len(series)), weights)[0]
    meta, labs, lat = series_meta(t, series[i], sd, bpe, lang, side, rng)
    # a one-sided series whose own text and tags say no side keeps the study's description
    sided_text = "{" in parse(series[i])[0] or "ImageLaterality" in meta or "Laterality" in meta
    if ("StudyDescription" not in meta and "SeriesDescription" not in meta) or (lat in ("L", "R") and not sided_text):
        meta["StudyDescription"] = sd
    row = {"meta": meta, "labels": labs, "laterality": lat}
    sibs = [e for j, e in enumerate(series) if j != i]
    if sibs and rng.random() < 0.42:
        sibs = [series_meta(t, e, sd, bpe, lang, side, rng, sib=True)[0] for e in sibs]
        row["study"] = {"StudyDescription": sd, "series": rng.sample(sibs, k=max(1, min(len(sibs), rng.randint(2, 6))))}
    what = {"": "its study's exam", "-": "a page without anatomy"}.get(parse(series[i])[1], "the part it names")
    row["why"] = f"{sd} / {meta.get('SeriesDescription', '(no series description)')}: {what}" + (f", side {lat}" if lat else "")
    row["group"] = f"{site}:{'no-anatomy' if not labs else stratum}"
    return row


def build():
    rng = random.Random(SEED)
    rows, seen = [], set()
    for site, (lang, studies) in S.items():
        n = 0
        target = 75
        tries = 0
        while n < target and tries < 2000:
            tries += 1
            t = studies[n % len(studies)] if rng.random() < 0.5 else rng.choice(studies)
            row = make_row(site, lang, t, rng)
            key = json.dumps(row, sort_keys=True, ensure_ascii=False)
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
            n += 1
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in build())


def summary(rows):
    c = Counter
    print("rows", len(rows))
    print("with study", sum("study" in r for r in rows))
    print("without BodyPartExamined", sum("BodyPartExamined" not in r["meta"] for r in rows))
    print("sites", dict(c(r["group"].split(":")[0] for r in rows)))
    print("strata", dict(c(r["group"].split(":")[1] for r in rows)))
    print("modalities", dict(c(r["meta"]["Modality"] for r in rows)))
    print("laterality", dict(c(str(r["laterality"]) for r in rows)))
    print("codes", dict(c(x for r in rows for x in r["labels"])))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_10.jsonl is up to date" if same else "clinical_set_10.jsonl differs from the generator")
        return 0 if same else 1
    if "--summary" in argv:
        summary([json.loads(line) for line in text.splitlines()])
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
