"""Writes tests/anatomy/data/clinical_set_34.jsonl: a fortnight of series from hospitals and
imaging centres of the Gulf states and the Levant (Saudi Arabia, UAE, Qatar, Kuwait, Jordan,
Lebanon), labelled blind against the shared anatomy spec (see README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

SEED = 34
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_34.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- words
# Languages: en (English), ar (Arabic script), rom (romanised Arabic, Gulf and Levantine
# spellings, with the digits of chat Arabic), fr (French, Lebanon).
# Side words: full forms by grammatical gender where the language has one, then short forms.
SIDE = {
    "en": {"R": (["Right", "RIGHT", "Rt"], ["RT", "Rt", "R", "RT."]), "L": (["Left", "LEFT", "Lt"], ["LT", "Lt", "L", "LT."]),
           "B": (["Bilateral", "BILATERAL", "Both"], ["BIL", "B/L", "Bil.", "BILAT"])},
    "fr": {"R": ({"m": "droit", "f": "droite"}, ["D", "dte", "Dt", "dt"]), "L": ({"m": "gauche", "f": "gauche"}, ["G", "gche", "g"]),
           "B": (["bilatéral", "bilatérale", "des deux côtés"], ["bilat", "bilat."])},
    "ar": {"R": ({"m": "الأيمن", "f": "اليمنى"}, ["يمين", "الايمن", "اليمني"]), "L": ({"m": "الأيسر", "f": "اليسرى"}, ["يسار", "الايسر", "اليسري"]),
           "B": (["الجانبين", "كلا الجانبين", "للجانبين"], ["الطرفين"])},
    "rom": {"R": (["yamin", "yameen"], ["ymin", "YAMIN", "yemin"]), "L": (["yasar", "shmal"], ["shimal", "YASAR", "ysar"]),
            "B": (["el jihatayn", "jihtein"], ["tnein"])},
}
# Limb parts: (name, gender); the first is the common one, the others are bones and joints the
# spec folds into that code. Arabic nouns carry their article (the side adjective follows them).
PART = {
    "en": {"KNEE": ["Knee"], "SHOULDER": ["Shoulder", "Clavicle", "AC Joint", "Scapula"], "HIP": ["Hip"], "ANKLE": ["Ankle"],
           "FOOT": ["Foot", "Calcaneus", "Toes", "Heel"], "HAND": ["Hand", "Finger", "Thumb"], "WRIST": ["Wrist", "Scaphoid"],
           "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius Ulna"], "ARM": ["Humerus", "Upper Arm"], "THIGH": ["Femur", "Thigh"],
           "LEG": ["Tibia Fibula", "Tib/Fib", "Lower Leg"]},
    "fr": {"KNEE": ["genou|m"], "SHOULDER": ["épaule|f", "clavicule|f", "omoplate|f"], "HIP": ["hanche|f"], "ANKLE": ["cheville|f"],
           "FOOT": ["pied|m", "calcanéum|m", "avant-pied|m"], "HAND": ["main|f", "doigt|m", "pouce|m"], "WRIST": ["poignet|m", "scaphoïde|m"],
           "ELBOW": ["coude|m"], "FOREARM": ["avant-bras|m"], "ARM": ["bras|m", "humérus|m"], "THIGH": ["cuisse|f", "fémur|m"],
           "LEG": ["jambe|f", "tibia|m"]},
    "ar": {"KNEE": ["الركبة|f"], "SHOULDER": ["الكتف|m", "الترقوة|f", "لوح الكتف|m"], "HIP": ["الورك|m", "مفصل الورك|m"],
           "ANKLE": ["الكاحل|m", "مفصل الكاحل|m"], "FOOT": ["القدم|f", "عظم الكعب|m", "أصابع القدم|f"], "HAND": ["اليد|f", "الإصبع|m", "الإبهام|m"],
           "WRIST": ["الرسغ|m", "المعصم|m", "العظم الزورقي|m"], "ELBOW": ["المرفق|m", "الكوع|m"], "FOREARM": ["الساعد|m"],
           "ARM": ["العضد|m", "عظم العضد|m"], "THIGH": ["الفخذ|m", "عظم الفخذ|m"], "LEG": ["الساق|f", "عظام الساق|f"]},
    "rom": {"KNEE": ["rukba", "rikbe", "rukbe"], "SHOULDER": ["katf", "kitf", "ketef"], "HIP": ["wirk", "mafsal el wirk"],
            "ANKLE": ["ka7il", "kahel"], "FOOT": ["qadam", "2adam"], "HAND": ["yad", "eed", "isba3"], "WRIST": ["rusgh", "mi3sam"],
            "ELBOW": ["kou3", "mirfaq"], "FOREARM": ["sa3ed"], "ARM": ["3adud", "zind"], "THIGH": ["fakhd", "fakhed"], "LEG": ["saq", "se2"]},
}
# The dual (both sides) forms of Arabic and the plurals of the others, for bilateral orders.
BOTH = {
    "en": {"KNEE": "Both Knees", "ANKLE": "Both Ankles", "FOOT": "Both Feet", "HAND": "Both Hands", "HIP": "Both Hips",
           "SHOULDER": "Both Shoulders", "WRIST": "Both Wrists"},
    "fr": {"KNEE": "des deux genoux", "ANKLE": "des deux chevilles", "FOOT": "des deux pieds", "HAND": "des deux mains",
           "HIP": "des deux hanches", "SHOULDER": "des deux épaules", "WRIST": "des deux poignets"},
    "ar": {"KNEE": "الركبتين", "ANKLE": "الكاحلين", "FOOT": "القدمين", "HAND": "اليدين", "HIP": "الوركين", "SHOULDER": "الكتفين",
           "WRIST": "الرسغين"},
    "rom": {"KNEE": "rukbtein", "ANKLE": "ka7lein", "FOOT": "2adamein", "HAND": "yadein", "HIP": "wirkein", "SHOULDER": "katfein",
            "WRIST": "rusghein"},
}
MODW = {
    "en": {"MR": ["MRI", "MR", "MRI"], "XR": ["XR", "X-RAY", "X-Ray", "XR"], "US": ["US", "Ultrasound", "U/S"], "CT": ["CT"]},
    "fr": {"MR": ["IRM"], "XR": ["Radio", "Radiographie", "Rx"], "US": ["Echographie", "Écho", "Echo"], "CT": ["TDM", "Scanner", "Scanner"]},
    "ar": {"MR": ["رنين مغناطيسي", "الرنين المغناطيسي"], "XR": ["أشعة سينية", "أشعة عادية", "صورة أشعة"], "US": ["موجات فوق صوتية", "سونار", "ألتراساوند"],
           "CT": ["أشعة مقطعية", "تصوير مقطعي", "أشعة مقطعية محوسبة"]},
    "rom": {"MR": ["ranin", "rneen", "ranin maghnatisi"], "XR": ["ashe3a", "ashi3a", "sora ashe3a"], "US": ["sonar", "echo", "sonar"],
            "CT": ["ashe3a maqta3iya", "scanner", "maqta3i"]},
}
# Study names of the axial, spine and special exams, per language. "{m}" is the site's word for
# the modality where the name takes one.
NAMES = {
    # neuro
    "ct_brain": {"en": ["CT BRAIN WITHOUT CONTRAST", "CT Head w/o Contrast", "CT BRAIN PLAIN", "CT Head Non Contrast"],
                 "ar": ["أشعة مقطعية للدماغ بدون صبغة", "تصوير مقطعي للرأس"], "rom": ["scanner ras", "ashe3a maqta3iya lil dimagh"],
                 "fr": ["Scanner cérébral sans injection", "TDM cérébrale", "TDM crâne sans injection"]},
    "ct_stroke": {"en": ["CT STROKE PROTOCOL", "CODE STROKE CT BRAIN + CTA", "CT Brain Stroke Alert"],
                  "ar": ["أشعة مقطعية للدماغ - جلطة دماغية"], "rom": ["scanner ras jaltat"], "fr": ["TDM cérébrale - alerte thrombolyse", "Scanner AVC"]},
    "mr_brain": {"en": ["MRI BRAIN WITH AND WITHOUT CONTRAST", "MRI Brain w/wo Contrast", "MRI BRAIN", "MR Brain Epilepsy Protocol"],
                 "ar": ["رنين مغناطيسي للدماغ", "رنين مغناطيسي للمخ بالصبغة"], "rom": ["ranin dimagh", "rneen ras"],
                 "fr": ["IRM cérébrale", "IRM encéphalique avec injection", "IRM cerebrale"]},
    "mr_pit": {"en": ["MRI PITUITARY WITH CONTRAST", "MRI Sella/Pituitary Dynamic"], "ar": ["رنين مغناطيسي للغدة النخامية"],
               "rom": ["ranin ghodda nokhamiya"], "fr": ["IRM hypophysaire", "IRM de l'hypophyse"]},
    # head and neck
    "ct_sinus": {"en": ["CT PARANASAL SINUSES", "CT Sinus Limited (FESS)", "CT PNS CORONAL"], "ar": ["أشعة مقطعية للجيوب الأنفية"],
                 "rom": ["scanner jyoob anfiya"], "fr": ["TDM des sinus", "Scanner sinus", "TDM massif facial"]},
    "ct_temporal": {"en": ["CT TEMPORAL BONES", "CT Petrous Temporal Bone", "CT IAC"], "ar": ["أشعة مقطعية للعظم الصدغي"],
                    "rom": ["scanner 3adm sudghi"], "fr": ["TDM des rochers", "Scanner des rochers"]},
    "mr_orbit": {"en": ["MRI ORBITS WITH CONTRAST", "MRI Orbits"], "ar": ["رنين مغناطيسي لمحجر العين"], "rom": ["ranin 3ein"],
                 "fr": ["IRM des orbites"]},
    "ct_neck": {"en": ["CT NECK WITH CONTRAST", "CT Soft Tissue Neck w/ Contrast"], "ar": ["أشعة مقطعية للرقبة بالصبغة"],
                "rom": ["scanner ra2be", "maqta3i raqaba"], "fr": ["TDM cervicale injectée", "Scanner du cou"]},
    "mr_neck": {"en": ["MRI NECK SOFT TISSUE", "MRI Neck w/wo Contrast"], "ar": ["رنين مغناطيسي للرقبة"], "rom": ["ranin raqaba"],
                "fr": ["IRM cervicale (parties molles)", "IRM du cou"]},
    "us_thyroid": {"en": ["US THYROID", "Ultrasound Thyroid and Neck", "US NECK (THYROID)"], "ar": ["موجات فوق صوتية للغدة الدرقية", "سونار الغدة الدرقية"],
                   "rom": ["sonar ghodda dara9iya", "echo thyroid"], "fr": ["Echographie thyroïdienne", "Echo thyroide", "Echographie cervicale"]},
    "xr_stneck": {"en": ["XR SOFT TISSUE NECK LAT", "X-Ray Neck Soft Tissue (FB)"], "ar": ["أشعة سينية للرقبة - أنسجة رخوة"],
                  "rom": ["ashe3a ra2be"], "fr": ["Radio du cou profil (parties molles)"]},
    # chest
    "xr_chest": {"en": ["XR CHEST PA", "X-Ray Chest PA/Lat", "CHEST X-RAY", "XR Chest 1 View", "CXR PA"], "ar": ["أشعة سينية للصدر", "أشعة الصدر"],
                 "rom": ["ashe3a sadr", "sora sider"], "fr": ["Radio thorax face", "Radiographie pulmonaire", "Rx thorax F+P"]},
    "xr_chest_fit": {"en": ["PRE-EMPLOYMENT CHEST X-RAY", "VISA MEDICAL CXR", "Residency Medical Fitness - Chest X-Ray", "MEDICAL FITNESS CXR PA"],
                     "ar": ["أشعة الصدر - فحص اللياقة الطبية", "أشعة صدر للإقامة", "فحص العمالة - أشعة الصدر"],
                     "rom": ["ashe3a sadr fa7s iqama", "sadr fahs tibbi"], "fr": ["Radio thorax - visite d'embauche"]},
    "xr_chest_port": {"en": ["XR CHEST PORTABLE", "Portable CXR (ICU)", "CHEST AP PORTABLE"], "ar": ["أشعة صدر متنقلة"],
                      "rom": ["ashe3a sadr portable"], "fr": ["Radio thorax au lit", "Thorax lit (réa)"]},
    "ct_chest": {"en": ["CT CHEST WITH CONTRAST", "CT Thorax w/ Contrast", "HRCT CHEST", "CT CHEST LOW DOSE SCREENING"],
                 "ar": ["أشعة مقطعية للصدر", "أشعة مقطعية عالية الدقة للرئتين"], "rom": ["scanner sadr", "maqta3i sider"],
                 "fr": ["TDM thoracique injectée", "Scanner thoracique", "TDM thorax basse dose"]},
    "ct_pe": {"en": ["CT PULMONARY ANGIOGRAM", "CTPA (PE PROTOCOL)", "CT Angio Chest PE"], "ar": ["أشعة مقطعية للشريان الرئوي"],
              "rom": ["scanner sharayin ri2a"], "fr": ["Angioscanner thoracique (EP)", "Angio-TDM pulmonaire"]},
    # cardio
    "ct_coro": {"en": ["CT CORONARY ANGIOGRAM", "CTCA with Calcium Score", "CARDIAC CT CALCIUM SCORE"], "ar": ["أشعة مقطعية للشرايين التاجية"],
                "rom": ["scanner 2alb", "ct sharayin 2alb"], "fr": ["Coroscanner", "Scanner coronaire", "Score calcique coronaire"]},
    "mr_heart": {"en": ["MRI CARDIAC WITH CONTRAST", "Cardiac MRI Viability", "CMR Function + LGE"], "ar": ["رنين مغناطيسي للقلب"],
                 "rom": ["ranin 2alb", "ranin qalb"], "fr": ["IRM cardiaque", "IRM cardiaque avec gadolinium"]},
    "mr_thal": {"en": ["MRI T2* HEART AND LIVER (IRON)", "MRI CARDIAC T2STAR + LIVER IRON", "MRI Iron Quantification Heart/Liver"],
                "ar": ["رنين مغناطيسي للقلب والكبد - ترسب الحديد"], "rom": ["ranin 2alb w kibd (7adid)"],
                "fr": ["IRM T2* cardiaque et hépatique (surcharge en fer)"]},
    "us_echo": {"en": ["ECHOCARDIOGRAM TTE", "Transthoracic Echo"], "ar": ["تخطيط صدى القلب"], "rom": ["echo 2alb"],
                "fr": ["Echocardiographie transthoracique", "ETT"]},
    # abdomen and pelvis
    "us_abd": {"en": ["US ABDOMEN COMPLETE", "Ultrasound Abdomen", "US UPPER ABDOMEN", "US Liver/GB"], "ar": ["موجات فوق صوتية للبطن", "سونار البطن"],
               "rom": ["sonar batn", "echo baten"], "fr": ["Echographie abdominale", "Echo abdo", "Echographie hépatobiliaire"]},
    "us_kub": {"en": ["US KUB", "US KIDNEYS AND BLADDER", "Ultrasound Renal + Bladder"], "ar": ["سونار الكلى والمثانة", "موجات فوق صوتية للمسالك البولية"],
               "rom": ["sonar kilya w masane", "echo kilwe"], "fr": ["Echographie rénale et vésicale", "Echo appareil urinaire"]},
    "us_pelvis_f": {"en": ["US PELVIS TRANSVAGINAL", "US Pelvis (TA+TV)", "Ultrasound Female Pelvis"], "ar": ["سونار الحوض", "موجات فوق صوتية للرحم والمبايض"],
                    "rom": ["sonar 7od", "echo ra7em"], "fr": ["Echographie pelvienne", "Echo endovaginale"]},
    "us_ob1": {"en": ["US OB FIRST TRIMESTER", "US Early Pregnancy (Viability)", "DATING SCAN"], "ar": ["سونار حمل - الثلث الأول"],
               "rom": ["sonar 7aml", "echo 7aml bakkir"], "fr": ["Echographie obstétricale T1", "Echo de datation"]},
    "us_ob2": {"en": ["US OB ANOMALY SCAN", "US Obstetric Growth Scan", "US OB 2ND/3RD TRIMESTER"], "ar": ["سونار حمل - فحص التشوهات", "سونار نمو الجنين"],
               "rom": ["sonar janeen", "echo morphologie"], "fr": ["Echographie obstétricale T2 (morphologique)", "Echo de croissance T3"]},
    "ct_kub": {"en": ["CT KUB (RENAL COLIC)", "CT Urogram Stone Protocol", "CT KUB PLAIN"], "ar": ["أشعة مقطعية للمسالك البولية - حصوات"],
               "rom": ["scanner kilya", "maqta3i 7asawat"], "fr": ["Uroscanner sans injection (colique néphrétique)", "TDM abdomino-pelvienne sans injection"]},
    "ct_ap": {"en": ["CT ABDOMEN AND PELVIS WITH CONTRAST", "CT Abd/Pelvis w/ IV Contrast", "CT A/P"], "ar": ["أشعة مقطعية للبطن والحوض بالصبغة"],
              "rom": ["scanner batn w 7od", "maqta3i baten"], "fr": ["TDM abdomino-pelvienne injectée", "Scanner abdomino-pelvien"]},
    "ct_liver": {"en": ["CT LIVER TRIPHASIC", "CT Abdomen Triphasic Liver"], "ar": ["أشعة مقطعية للكبد ثلاثية المراحل"], "rom": ["scanner kibd"],
                 "fr": ["TDM hépatique triphasique"]},
    "mr_liver": {"en": ["MRI LIVER WITH CONTRAST (PRIMOVIST)", "MRI Abdomen Liver", "MRCP"], "ar": ["رنين مغناطيسي للكبد", "رنين مغناطيسي للقنوات الصفراوية"],
                 "rom": ["ranin kibd", "ranin mararah"], "fr": ["IRM hépatique", "Bili-IRM", "Cholangio-IRM"]},
    "mr_prost": {"en": ["MRI PROSTATE MULTIPARAMETRIC", "mpMRI Prostate"], "ar": ["رنين مغناطيسي للبروستاتا"], "rom": ["ranin prostate"],
                 "fr": ["IRM prostatique multiparamétrique", "IRM prostate"]},
    "mr_pelvis_f": {"en": ["MRI PELVIS (FEMALE)", "MRI Pelvis Endometriosis Protocol", "MRI PELVIS FIBROIDS"], "ar": ["رنين مغناطيسي للحوض"],
                    "rom": ["ranin 7od"], "fr": ["IRM pelvienne", "IRM pelvienne (endométriose)"]},
    "fl_sleeve": {"en": ["UPPER GI STUDY POST SLEEVE", "GASTROGRAFIN SWALLOW POST SLEEVE GASTRECTOMY", "Contrast Study - Leak Test (Bariatric)"],
                  "ar": ["دراسة بالصبغة بعد عملية تكميم المعدة"], "rom": ["sob8a ba3d tak9eem", "swallow ba3d el tekmim"],
                  "fr": ["TOGD post sleeve gastrectomie"]},
    "fl_swallow": {"en": ["BARIUM SWALLOW", "FL Esophagram"], "ar": ["بلع الباريوم"], "rom": ["bal3 barium"], "fr": ["Transit oesophagien", "TOGD"]},
    "fl_hsg": {"en": ["HYSTEROSALPINGOGRAM", "HSG"], "ar": ["أشعة بالصبغة على الرحم والأنابيب"], "rom": ["sob8a ra7em", "HSG"],
               "fr": ["Hystérosalpingographie", "HSG"]},
    # oncology
    "pet_wb": {"en": ["PET/CT WHOLE BODY FDG", "PET-CT FDG Skull Base to Mid Thigh", "PET CT ONCOLOGY", "PSMA PET/CT (Ga-68)"],
               "ar": ["تصوير مقطعي بالإصدار البوزيتروني للجسم كامل"], "rom": ["PET scan jism kamel"], "fr": ["TEP-TDM au FDG corps entier", "TEP scanner FDG"]},
    "ct_cap": {"en": ["CT CHEST ABDOMEN PELVIS WITH CONTRAST", "CT C/A/P Staging", "CT TAP"], "ar": ["أشعة مقطعية للصدر والبطن والحوض"],
               "rom": ["scanner sadr w batn w 7od"], "fr": ["TDM TAP", "Scanner thoraco-abdomino-pelvien", "TDM TAP injecté"]},
    "ct_neckchest": {"en": ["CT NECK AND CHEST WITH CONTRAST", "CT Neck/Chest Staging"], "ar": ["أشعة مقطعية للرقبة والصدر"],
                     "rom": ["scanner ra2be w sadr"], "fr": ["TDM cervico-thoracique"]},
    "mr_rectum": {"en": ["MRI PELVIS RECTAL CANCER STAGING", "MRI Rectum"], "ar": ["رنين مغناطيسي للمستقيم"], "rom": ["ranin mosta2eem"],
                  "fr": ["IRM rectale (bilan d'extension)", "IRM pelvienne - rectum"]},
    "mr_wb": {"en": ["MRI WHOLE BODY (MYELOMA)", "Whole Body MRI with DWI"], "ar": ["رنين مغناطيسي للجسم كامل"], "rom": ["ranin jism kamel"],
              "fr": ["IRM corps entier"]},
    # vascular
    "cta_aorta": {"en": ["CTA AORTA (CHEST/ABD/PELVIS)", "CT Angiogram Thoracoabdominal Aorta", "CTA AORTA DISSECTION PROTOCOL"],
                  "ar": ["أشعة مقطعية للشريان الأورطي"], "rom": ["scanner aorta"], "fr": ["Angioscanner aortique thoraco-abdominal"]},
    "cta_carotid": {"en": ["CTA NECK AND CIRCLE OF WILLIS", "CT Angio Carotids + Intracranial"], "ar": ["أشعة مقطعية للشرايين السباتية والدماغ"],
                    "rom": ["scanner sharayin ra2be w ras"], "fr": ["Angioscanner des troncs supra-aortiques et du polygone"]},
    "cta_runoff": {"en": ["CTA LOWER LIMB RUN-OFF", "CT Angiogram Aorta with Bilateral Run-off", "CTA BILATERAL LOWER EXTREMITIES"],
                   "ar": ["أشعة مقطعية لشرايين الطرفين السفليين"], "rom": ["scanner sharayin rijlein"], "fr": ["Angioscanner des membres inférieurs"]},
    "us_carotid": {"en": ["US CAROTID DOPPLER", "Carotid Duplex Bilateral"], "ar": ["دوبلر الشرايين السباتية"], "rom": ["doppler carotide"],
                   "fr": ["Echo-doppler des troncs supra-aortiques", "Doppler carotidien"]},
    "xa_cereb": {"en": ["CEREBRAL ANGIOGRAM (DSA)", "4 Vessel Cerebral Angiography"], "ar": ["قسطرة شرايين الدماغ"], "rom": ["2ostara dimagh"],
                 "fr": ["Artériographie cérébrale"]},
    "xa_tace": {"en": ["TACE (HEPATIC CHEMOEMBOLIZATION)", "IR Hepatic Angiogram + TACE"], "ar": ["قسطرة الكبد - حقن كيميائي"], "rom": ["2ostara kibd"],
                "fr": ["Chimioembolisation hépatique"]},
    # paediatrics
    "xr_babygram": {"en": ["XR CHEST AND ABDOMEN (NEONATE)", "NICU Babygram", "XR CHEST/ABD NICU"], "ar": ["أشعة صدر وبطن لحديث الولادة"],
                    "rom": ["ashe3a sadr w batn tifl"], "fr": ["Radio thoraco-abdominale (néonat)"]},
    "us_cranial": {"en": ["US HEAD NEONATAL", "Cranial Ultrasound (NICU)"], "ar": ["سونار الدماغ لحديث الولادة"], "rom": ["sonar ras tifl"],
                   "fr": ["Echographie transfontanellaire", "ETF"]},
    "us_intuss": {"en": ["US ABDOMEN INTUSSUSCEPTION", "US Pylorus"], "ar": ["سونار البطن للأطفال"], "rom": ["sonar batn atfal"],
                  "fr": ["Echographie abdominale (invagination)", "Echo pylore"]},
    "fl_vcug": {"en": ["VOIDING CYSTOURETHROGRAM", "MCUG"], "ar": ["تصوير المثانة والإحليل أثناء التبول"], "rom": ["sob8a masane"],
                "fr": ["Cystographie rétrograde", "UCR"]},
    # nuclear medicine
    "nm_bone": {"en": ["NM BONE SCAN WHOLE BODY", "Whole Body Bone Scintigraphy (Tc-99m MDP)", "BONE SCAN WB"], "ar": ["مسح ذري للعظام"],
                "rom": ["mas7 3adm", "bone scan"], "fr": ["Scintigraphie osseuse corps entier"]},
    "nm_thyroid": {"en": ["NM THYROID SCAN (Tc-99m)", "Thyroid Uptake and Scan"], "ar": ["مسح ذري للغدة الدرقية"], "rom": ["mas7 ghodda dara9iya"],
                   "fr": ["Scintigraphie thyroïdienne"]},
    "nm_parathy": {"en": ["NM PARATHYROID SESTAMIBI", "Parathyroid Scan Dual Phase"], "ar": ["مسح ذري للغدد جارات الدرقية"], "rom": ["mas7 parathyroid"],
                   "fr": ["Scintigraphie parathyroïdienne au MIBI"]},
    "nm_mpi": {"en": ["NM MYOCARDIAL PERFUSION STRESS/REST", "MPI SPECT (Lexiscan)"], "ar": ["مسح ذري لعضلة القلب"], "rom": ["mas7 2alb"],
               "fr": ["Scintigraphie myocardique d'effort", "Tomoscintigraphie myocardique"]},
    "nm_dmsa": {"en": ["NM RENAL DMSA", "NM DTPA RENOGRAM", "MAG3 Renal Scan"], "ar": ["مسح ذري للكلى"], "rom": ["mas7 kilya"],
                "fr": ["Scintigraphie rénale au DMSA", "Scintigraphie rénale MAG3"]},
    "nm_hida": {"en": ["NM HEPATOBILIARY (HIDA) SCAN", "HIDA with CCK"], "ar": ["مسح ذري للكبد والمرارة"], "rom": ["mas7 marara"],
                "fr": ["Scintigraphie hépatobiliaire"]},
    # trauma
    "ct_panscan": {"en": ["CT TRAUMA PANSCAN", "CT WHOLE BODY TRAUMA (RTA)", "Trauma CT Head to Pelvis", "POLYTRAUMA CT"],
                   "ar": ["أشعة مقطعية للجسم كامل - حادث سير", "أشعة مقطعية إصابات متعددة"], "rom": ["scanner kamel 7adeth", "scanner jism kamel trauma"],
                   "fr": ["Body scanner polytraumatisé", "TDM corps entier (polytrauma)"]},
    "us_fast": {"en": ["US FAST", "FAST SCAN TRAUMA", "eFAST"], "ar": ["سونار سريع للإصابات"], "rom": ["FAST sonar"], "fr": ["Echo FAST"]},
    "xr_trauma_cp": {"en": ["TRAUMA SERIES CHEST + PELVIS", "XR Chest and Pelvis (Trauma Bay)"], "ar": ["أشعة صدر وحوض - طوارئ"],
                     "rom": ["ashe3a sadr w 7od trauma"], "fr": ["Radio thorax + bassin (déchocage)"]},
    "xr_pelvis": {"en": ["XR PELVIS AP", "X-Ray Pelvis"], "ar": ["أشعة سينية للحوض"], "rom": ["ashe3a 7od"], "fr": ["Radio du bassin de face", "Rx bassin"]},
    # dental
    "px_opg": {"en": ["OPG", "DENTAL PANORAMIC", "Orthopantomogram"], "ar": ["أشعة بانوراما للأسنان"], "rom": ["panorama asnan", "OPG asnan"],
               "fr": ["Panoramique dentaire", "Orthopantomogramme"]},
    "ct_cbct": {"en": ["CBCT MAXILLA/MANDIBLE (IMPLANT)", "Dental Cone Beam CT"], "ar": ["أشعة مقطعية مخروطية للأسنان"], "rom": ["cone beam asnan"],
                "fr": ["Cone beam maxillaire", "CBCT mandibule (implant)"]},
    "px_ceph": {"en": ["LATERAL CEPHALOGRAM", "Ceph Lat (Ortho)"], "ar": ["أشعة جانبية للجمجمة - تقويم"], "rom": ["ceph ta2weem"],
                "fr": ["Téléradiographie de profil"]},
    "io_bw": {"en": ["INTRAORAL BITEWINGS", "Periapical X-ray"], "ar": ["أشعة داخل الفم"], "rom": ["ashe3a asnan"], "fr": ["Rétro-alvéolaire", "Bite-wing"]},
    # spine (the {m} of the site's modality word is added in the family)
    "sp_c": {"en": ["CERVICAL SPINE", "C-SPINE", "C SPINE"], "ar": ["الفقرات العنقية", "فقرات الرقبة"], "rom": ["fa2arat ra2be", "fikarat raqaba"],
             "fr": ["rachis cervical", "rachis cervical"]},
    "sp_t": {"en": ["THORACIC SPINE", "T-SPINE", "DORSAL SPINE"], "ar": ["الفقرات الصدرية", "فقرات الظهر"], "rom": ["fa2arat dahr"],
             "fr": ["rachis dorsal"]},
    "sp_l": {"en": ["LUMBAR SPINE", "L-SPINE", "LUMBOSACRAL SPINE", "LS SPINE"], "ar": ["الفقرات القطنية", "أسفل الظهر"],
             "rom": ["fa2arat 2atniya", "asfal el dahr"], "fr": ["rachis lombaire", "rachis lombo-sacré"]},
    "sp_w": {"en": ["WHOLE SPINE", "WHOLE SPINE SCREENING", "SCOLIOSIS SERIES"], "ar": ["العمود الفقري كامل"], "rom": ["el 3amood el fa2ari kamel"],
             "fr": ["rachis entier", "rachis entier (scoliose)"]},
    "dxa": {"en": ["DEXA SCAN", "DXA BONE DENSITOMETRY (SPINE + HIP)", "BMD DEXA", "Bone Mineral Density"], "ar": ["قياس كثافة العظام"],
            "rom": ["kathafat 3adm", "DEXA"], "fr": ["Ostéodensitométrie", "Densitométrie osseuse (DMO)"]},
    "mammo_screen": {"en": ["SCREENING MAMMOGRAM BILATERAL", "MAMMO SCREENING 3D", "Mammogram Screening Bilateral w/ Tomo"],
                     "ar": ["تصوير الثدي الشعاعي - كشف مبكر", "ماموجرام للكشف المبكر"], "rom": ["mammogram kashf mobakkir"],
                     "fr": ["Mammographie de dépistage", "Mammographie bilatérale de dépistage"]},
}

# ---------------------------------------------------------------- sites
# Each site: kind, languages, the styles its RIS writes study names in (weights), vendors,
# its local RIS code form, strata with weights, rows wanted.
SITES = {
    "sa-riy": dict(kind="tertiary referral hospital, Riyadh, Saudi Arabia", langs=["en", "ar"],
                   styles={"en": 6, "bi": 3, "ar": 2}, n=132, mr="Siemens", xr="Carestream", ct="Siemens", us="GE", pet="Siemens",
                   nmv="Siemens", dxa="GE", dent="Planmeca", ris="sa-riy",
                   strata={"msk": 6, "spine": 2, "breast": 2, "neuro": 2, "headneck": 1, "chest": 2, "cardio": 1, "abdo": 2, "onc": 2,
                           "vasc": 1, "paeds": 1, "nm": 1, "dxa": 1, "trauma": 1, "dental": 1}),
    "sa-dmm": dict(kind="Ministry of Health general hospital, Eastern Province, Saudi Arabia", langs=["en", "ar"],
                   styles={"en": 5, "bi": 2, "ar": 3}, n=110, mr="GE", xr="Fujifilm", ct="GE", us="Samsung", pet=None, nmv="GE",
                   dxa="Hologic", dent="Vatech", ris="sa-dmm",
                   strata={"msk": 7, "spine": 2, "breast": 1, "neuro": 1, "chest": 2, "abdo": 2, "paeds": 2, "trauma": 2, "dxa": 1,
                           "vasc": 1, "cardio": 1}),
    "ae-dxb": dict(kind="private hospital, Dubai, UAE", langs=["en", "ar"], styles={"en": 9, "bi": 2, "ar": 1}, n=110,
                   mr="Philips", xr="Philips", ct="Philips", us="Philips", pet="Philips", nmv="Siemens", dxa="Hologic", dent="Sirona",
                   ris="ae-dxb",
                   strata={"msk": 7, "spine": 2, "breast": 2, "chest": 2, "abdo": 2, "neuro": 1, "headneck": 1, "cardio": 1, "dental": 2,
                           "dxa": 1, "onc": 1}),
    "ae-auh": dict(kind="tertiary hospital, Abu Dhabi, UAE", langs=["en", "ar"], styles={"en": 8, "bi": 2, "ar": 1}, n=105,
                   mr="Siemens", xr="Agfa", ct="Canon", us="Canon", pet="United Imaging", nmv="GE", dxa="GE", dent="Carestream",
                   ris="ae-auh",
                   strata={"msk": 5, "spine": 2, "neuro": 2, "headneck": 1, "chest": 1, "cardio": 2, "abdo": 2, "onc": 3, "vasc": 2,
                           "nm": 2, "trauma": 1, "breast": 1}),
    "qa-doh": dict(kind="public hospital network, Doha, Qatar", langs=["en", "ar"], styles={"en": 7, "bi": 3, "ar": 1}, n=105,
                   mr="GE", xr="Konica", ct="Canon", us="GE", pet="GE", nmv="GE", dxa="GE", dent="Planmeca", ris="qa-doh",
                   strata={"msk": 5, "spine": 2, "breast": 2, "neuro": 1, "chest": 3, "abdo": 2, "paeds": 2, "onc": 1, "nm": 1,
                           "trauma": 1, "headneck": 1, "vasc": 1}),
    "kw-kwt": dict(kind="government general hospital, Kuwait", langs=["en", "ar", "rom"], styles={"en": 6, "bi": 2, "ar": 2, "rom": 2},
                   n=105, mr="Toshiba", xr="Carestream", ct="Toshiba", us="Mindray", pet=None, nmv="Siemens", dxa="Hologic",
                   dent="Vatech", ris="kw-kwt",
                   strata={"msk": 6, "spine": 2, "chest": 2, "abdo": 3, "neuro": 1, "breast": 1, "trauma": 2, "dxa": 1, "paeds": 1,
                           "vasc": 1, "nm": 1, "dental": 1}),
    "jo-amm": dict(kind="university hospital, Amman, Jordan", langs=["en", "ar", "rom"], styles={"en": 6, "bi": 1, "ar": 3, "rom": 2},
                   n=110, mr="Philips", xr="Agfa", ct="GE", us="Mindray", pet="Siemens", nmv="Siemens", dxa="GE", dent="Vatech",
                   ris="jo-amm",
                   strata={"msk": 5, "spine": 2, "breast": 1, "neuro": 2, "headneck": 1, "chest": 1, "cardio": 2, "abdo": 2, "onc": 1,
                           "vasc": 1, "paeds": 2, "nm": 2, "dental": 2}),
    "lb-bey": dict(kind="university hospital, Beirut, Lebanon", langs=["fr", "en", "ar"], styles={"fr": 7, "en": 3, "frbi": 1, "ar": 1},
                   n=115, mr="Siemens", xr="Fujifilm", ct="Siemens", us="Samsung", pet="Siemens", nmv="Siemens", dxa="Hologic",
                   dent="Carestream", ris="lb-bey",
                   strata={"msk": 5, "spine": 2, "breast": 2, "neuro": 2, "headneck": 1, "chest": 1, "cardio": 2, "abdo": 2, "onc": 2,
                           "vasc": 1, "paeds": 1, "nm": 2, "dxa": 1}),
    "lb-opc": dict(kind="centre d'imagerie (outpatient), Mount Lebanon", langs=["fr", "rom", "en"], styles={"fr": 8, "rom": 2, "en": 2},
                   n=80, mr="GE", xr="Carestream", ct="United Imaging", us="Mindray", pet=None, nmv=None, dxa="Hologic", dent="Vatech",
                   ris="lb-opc",
                   strata={"msk": 7, "spine": 3, "breast": 3, "abdo": 1, "dental": 2, "dxa": 1, "headneck": 1}),
}
NOANAT_SHARE = 0.04

MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola", "MAGNETOM Aera", "MAGNETOM Lumina"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva dStream", "Ingenia Elition X"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Architect", "SIGNA Explorer", "Optima MR450w", "SIGNA Premier"]),
    "Toshiba": ("TOSHIBA_MEC", ["Vantage Titan", "Vantage Elan", "Vantage Orian"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition AS+", "SOMATOM Drive", "SOMATOM go.Up"]),
    "Philips": ("Philips", ["IQon - Spectral CT", "Ingenuity CT", "Incisive CT"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Maxima", "Optima CT660", "LightSpeed VCT"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Lightning"]),
    "Toshiba": ("TOSHIBA", ["Aquilion ONE", "Aquilion PRIME", "Aquilion 64"]),
    "United Imaging": ("UIH", ["uCT 530", "uCT 760", "uCT 780"]),
}
XR_MAKE = {
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Ascend", "DRX-Revolution"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Smart X", "FCR Capsula XL II"], "DX"),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "MobileDiagnost wDR"], "DX"),
    "Agfa": ("Agfa", ["DX-D 600", "DR 400", "CR 30-X"], "DX"),
    "Konica": ("KONICA MINOLTA", ["AeroDR", "Regius Sigma"], "DX"),
}
US_MAKE = {
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ P9", "Voluson E10"]), "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A", "WS80A"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]), "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
    "Mindray": ("Mindray", ["Resona 7", "DC-80", "Resona I9"]),
}
MG_MAKE = [("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]), ("FUJIFILM Corporation", ["AMULET Innovality"]),
           ("GE Healthcare", ["Senographe Pristina"]), ("Siemens Healthineers", ["MAMMOMAT Revelation"])]
PET_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]),
            "Philips": ("Philips", ["Vereos PET/CT", "Ingenuity TF PET/CT"]), "United Imaging": ("UIH", ["uMI 550", "uMI 780"])}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo", "Symbia T16"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 870 DR"])}
DXA_MAKE = {"GE": ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy"]), "Hologic": ("HOLOGIC", ["Horizon A", "Discovery W"])}
DENT_MAKE = {"Planmeca": ("Planmeca", ["ProMax 3D Mid", "ProMax 2D"]), "Vatech": ("VATECH", ["PaX-i3D Green", "PaX-i"]),
             "Sirona": ("Sirona", ["ORTHOPHOS SL", "Orthophos XG"]), "Carestream": ("Carestream Dental", ["CS 8100 3D", "CS 9300"])}
RF_MAKE = [("SIEMENS", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90"), ("SHIMADZU", "SONIALVISION G4"),
           ("GE Healthcare", "Precision 500D")]
XA_MAKE = [("SIEMENS", "Artis zee"), ("Philips Medical Systems", "Azurion 7 M20"), ("GE Healthcare", "Innova IGS 530")]


# ---------------------------------------------------------------- helpers

class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        st = self.cfg["styles"]
        self.style = rng.choices(sorted(st), [st[k] for k in sorted(st)])[0]
        # the language the names are built in (bilingual styles build two)
        self.lang = {"bi": "en", "frbi": "fr"}.get(self.style, self.style)

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def ascii_fold(text):
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def upcase(cx, text, p=0.25):
    return text.upper() if cx.p(p) else text


def ar_to(noun):
    """Arabic 'to/of the X': the preposition li- fuses with the article (al- -> lil-)."""
    return "لل" + noun[2:] if noun.startswith("ال") else "ل" + noun


def concept(cx, key, lang=None):
    return cx.c(NAMES[key][lang or cx.lang])


def study_name(cx, key):
    """A study name in the site's style: one language, or English/French with the Arabic."""
    if cx.style in ("bi", "frbi"):
        first = concept(cx, key, "en" if cx.style == "bi" else "fr")
        return f"{first}{cx.c([' - ', ' / ', ' | '])}{concept(cx, key, 'ar')}"
    name = concept(cx, key)
    if cx.lang in ("en", "rom"):
        name = upcase(cx, name, 0.3 if cx.lang == "en" else 0.15)
    if cx.lang == "fr" and cx.p(0.2):
        name = ascii_fold(name).upper()
    return name


def part(cx, lang, code, extra):
    names = PART[lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, g = n.partition("|")
    return name, g or "m"


def side_word(cx, lang, s, g="m", short=None):
    full, ab = SIDE[lang][s]
    if short is None:
        short = cx.p(0.4)
    if short:
        return cx.c(ab)
    return full[g] if isinstance(full, dict) else cx.c(full)


def limb_one(cx, lang, mod, code, side, extra):
    """One limb exam name in one language."""
    name, g = part(cx, lang, code, extra)
    mw = cx.c(MODW[lang][mod])
    if side == "B" and code in BOTH[lang] and cx.p(0.7):
        both = BOTH[lang][code]
        if lang == "en":
            return cx.c([f"{mw} {both.upper()}", f"{mw} {both}", f"{mw} {name.upper()} {side_word(cx, lang, 'B')}"])
        if lang == "fr":
            return cx.c([f"{mw} {both}", f"{mw} {name} {side_word(cx, 'fr', 'B', g)}"])
        if lang == "ar":
            return cx.c([f"{mw} {ar_to(both)}", f"{mw} - {both}"])
        return f"{mw} {both}"
    sw = side_word(cx, lang, side, g)
    if lang == "en":
        return cx.c([f"{mw} {name} {sw}", f"{mw} {name.upper()} {sw.upper()}", f"{mw} {sw} {name}", f"{mw} {name}, {sw}"])
    if lang == "fr":
        # no elided article: the apostrophe of "de l'" leaves a lone L that reads as a side
        art = "" if name[0] in "aeéiouhAEÉIOUH" else ("du " if g == "m" else "de la ")
        return cx.c([f"{mw} {art}{name} {sw}", f"{mw} {name} {sw}"])
    if lang == "ar":
        if sw in ("يمين", "يسار", "الطرفين") or side == "B":
            return cx.c([f"{mw} {name[2:] if name.startswith('ال') else name} {sw}", f"{mw} - {name} - {sw}"])
        return cx.c([f"{mw} {ar_to(name)} {sw}", f"{mw} {name} {sw}"])
    return cx.c([f"{mw} {name} {sw}", f"{name} {sw} {mw}"])


def limb_name(cx, mod, code, side, extra=False):
    if cx.style in ("bi", "frbi"):
        first = limb_one(cx, "en" if cx.style == "bi" else "fr", mod, code, side, extra)
        return f"{first}{cx.c([' - ', ' / '])}{limb_one(cx, 'ar', mod, code, side, extra)}"
    name = limb_one(cx, cx.lang, mod, code, side, extra)
    if cx.lang == "fr" and cx.p(0.2):
        name = ascii_fold(name).upper()
    return name


def ris_code(cx, mod, key):
    """The site's local RIS code for an exam (a stable number from the exam's key)."""
    n = zlib.crc32(f"{cx.site}:{mod}:{key}".encode()) % 9000 + 1000
    r = cx.cfg["ris"]
    fr = {"MR": "IRM", "CT": "TDM", "XR": "RX", "US": "ECH", "NM": "SCI", "MG": "MAM", "PT": "TEP", "DX": "DMO", "RF": "RX",
          "XA": "ANG", "PX": "DEN"}
    return {"sa-riy": f"{mod}{n:04d}", "sa-dmm": f"RAD{n:05d}", "ae-dxb": f"IMG{n:04d}", "ae-auh": f"{mod}{n % 1000:03d}",
            "qa-doh": f"{mod}-{n:04d}", "kw-kwt": f"{mod}{n % 600:03d}", "jo-amm": f"R{n:05d}", "lb-bey": f"{fr.get(mod, mod)}{n % 500:03d}",
            "lb-opc": f"{fr.get(mod, mod)}-{n % 90:02d}"}[r]


def bpe(cx, meta, good, alt=None, p_missing=0.27, p_alt=0.13):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or wrong."""
    r = cx.rng.random()
    if good is None or r < p_missing:
        return
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good


def mr_meta(cx, desc, scan=None, **kw):
    make = MR_MAKE[cx.cfg["mr"]]
    m = {"Modality": "MR", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc}
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def ct_meta(cx, desc, kernel=None, thick=None, vendor=None, **kw):
    make = CT_MAKE[vendor or cx.cfg["ct"]]
    m = {"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def xr_meta(cx, desc, view=None, **kw):
    make, models, mod = XR_MAKE[cx.cfg["xr"]]
    m = {"Modality": cx.c(["CR", "DX"]) if cx.cfg["xr"] in ("Fujifilm", "Agfa") and cx.p(0.4) else mod, "Manufacturer": make,
         "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us_meta(cx, desc=None, **kw):
    make = US_MAKE[cx.cfg["us"]]
    m = {"Modality": "US", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1])}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


# CT: scout names, dose page names and recon names by vendor.
CT_SCOUT = {"Siemens": ["Topogram  0.6  T80s", "Topogram  0.6  Tr20f"], "GE": ["Scout", "SCOUT"], "Philips": ["Surview", "SURVIEW"],
            "Canon": ["Scanogram", "SCANOGRAM"], "Toshiba": ["Scanogram", "ScanoGram"], "United Imaging": ["Scout", "Topo"]}
CT_DOSE = {"Siemens": ["Patient Protocol", "Dose Report"], "GE": ["Dose Report", "Dose Info"], "Philips": ["Dose Info", "Exam Protocol"],
           "Canon": ["Dose Report", "Patient Protocol"], "Toshiba": ["Dose Info", "Exam Protocol"], "United Imaging": ["Dose Report", "Patient Protocol"]}


def ct_recons(cx, region, vendor=None):
    """(SeriesDescription, kernel, thickness) of a CT's image series, as each vendor names them."""
    v = vendor or cx.cfg["ct"]
    soft, sharp = {"head": ("Hr38", "Hr64"), "body": ("Br40", "Br64"), "lung": ("Br40", "Bl64"), "bone": ("Br40", "Br64"),
                   "angio": ("Bv40", "Bv49")}.get(region, ("Br40", "Br64"))
    wname = {"head": "Head", "body": "Abdomen", "lung": "Thorax", "bone": "Bone", "angio": "CTA", "neck": "Neck", "cardio": "Heart",
             "spine": "Spine", "sinus": "Sinus", "dental": "Dental", "wb": "Body"}.get(region, "Body")
    if v == "Siemens":
        return [(f"{wname}  {t}  {k}  3", k, t) for t, k in [("5.0", soft), ("1.0", soft), ("1.0", sharp)]] + [(f"{wname} MPR cor", soft, "3.0")]
    if v == "GE":
        k1, k2 = ("STANDARD", "BONE") if region in ("head", "spine", "bone", "sinus", "dental") else ("STANDARD", "LUNG")
        return [("5mm STND", k1, "5.0"), ("1.25mm STND", k1, "1.25"), (f"1.25mm {k2}", k2, "1.25"), ("Cor MPR", k1, "3.0")]
    if v == "Philips":
        return [("iDose 4 Standard(B)", "B", "5.0"), ("iDose 4 Sharp(YA)", "YA", "1.0"), ("Lung(L)", "L", "1.0"), ("Coronal MPR", "B", "3.0")]
    if v in ("Canon", "Toshiba"):
        return [("AXIAL 5.0", "FC13", "5.0"), ("AXIAL 1.0", "FC13", "1.0"), ("AXIAL 1.0 FC52", "FC52", "1.0"), ("COR 3.0", "FC13", "3.0")]
    return [("5.0mm B_SOFT_B", "B_SOFT_B", "5.0"), ("1.0mm B_SHARP_C", "B_SHARP_C", "1.0"), ("1.0mm H_SOFT_A", "H_SOFT_A", "1.0"),
            ("MPR COR 3mm", "B_SOFT_B", "3.0")]


def ct_study(cx, labels, bp, alt, region, why, scout_labels=None, extra=None, vendor=None, contrast=False):
    """A CT study: scout, recon series (or the ``extra`` ones given), and a dose page."""
    v = vendor or cx.cfg["ct"]
    ser = []
    m = ct_meta(cx, cx.c(CT_SCOUT[v]), vendor=v, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe(cx, m, bp, alt)
    ser.append(S(m, scout_labels or labels, None, why + "; scout of the exam"))
    recons = extra or [(d, k, t, labels, why) for d, k, t in cx.rng.sample(ct_recons(cx, region, v), 3)]
    for d, k, t, lab, w in recons:
        m = ct_meta(cx, d, k, t, vendor=v)
        if contrast and cx.p(0.4):
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Visipaque 320", "Iopamiro 370", "Ultravist 370", "OMNIPAQUE"])
        bpe(cx, m, bp, alt)
        ser.append(S(m, lab, None, w))
    m = ct_meta(cx, cx.c(CT_DOSE[v]), vendor=v, ImageType="DERIVED\\SECONDARY\\OTHER")
    ser.append(S(m, [], None, "CT dose page: text, no anatomy", img=False))
    if cx.p(0.3):
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "Manufacturer": CT_MAKE[v][0],
                      "SeriesDescription": cx.c(["Radiation Dose Information", "Dose SR", "X-Ray Radiation Dose SR"])},
                     [], None, "CT dose structured report", img=False))
    return ser


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

MSK_BP = {"KNEE": ["EXTREMITY", "LEG", "LOWER EXTREMITY"], "SHOULDER": ["EXTREMITY", "UPPER EXTREMITY", "ARM"], "ANKLE": ["FOOT", "EXTREMITY"],
          "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY", "LOWER EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
          "HAND": ["WRIST", "FINGER"], "THIGH": ["FEMUR", "LEG", "HIP"], "LEG": ["KNEE", "EXTREMITY", "TIBIA"], "FOREARM": ["ARM", "WRIST"],
          "ARM": ["SHOULDER", "HUMERUS", "UPPER EXTREMITY"]}


def mr_limb_series(cx, code, labels, side, why):
    v = cx.cfg["mr"]
    ser = []
    if v == "Siemens":
        ser.append(S(mr_meta(cx, "localizer", "GR", SequenceName="*fl2d1"), labels, side, why + "; localizer of the exam"))
        for d, sq in [("pd_tse_fs_cor", "*tse2d1_5"), ("pd_tse_fs_sag", "*tse2d1_5"), ("pd_tse_fs_tra", "*tse2d1_5"),
                      (cx.c(["t1_tse_cor", "t1_tse_sag", "t2_tse_sag"]), "*tse2d1_3")]:
            ser.append(S(mr_meta(cx, d, "SE", SequenceName=sq), labels, side, why + "; sequence-only name"))
        if cx.p(0.3):
            ser.append(S(mr_meta(cx, "pd_space_fs_sag_p2_iso_MPR_cor", "SE", ImageType="DERIVED\\PRIMARY\\MPR\\NORM"), labels, side,
                         why + "; reformat"))
    elif v == "Philips":
        ser.append(S(mr_meta(cx, cx.c(["Survey", "SURVEY", "sSurvey"]), "GR"), labels, side, why + "; survey of the exam"))
        for d in ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", cx.c(["T1W_TSE_COR", "T2W_TSE_SAG", "sT1W_TSE_COR"])]:
            ser.append(S(mr_meta(cx, d, "SE"), labels, side, why + "; sequence-only name"))
        if cx.p(0.3):
            ser.append(S(mr_meta(cx, "3D_PDW_VISTA_SPAIR", "SE"), labels, side, why + "; 3D"))
    elif v == "GE":
        ser.append(S(mr_meta(cx, cx.c(["3-Plane Loc", "3Pl Loc", "Loc"]), "GR"), labels, side, why + "; localizer"))
        for d in ["Cor PD FS", "Sag PD FS", "Ax PD FS", cx.c(["Cor T1", "Sag T1 FSE", "Sag T2 FS PROPELLER"])]:
            ser.append(S(mr_meta(cx, d, "SE"), labels, side, why + "; sequence-only name"))
        if cx.p(0.25):
            ser.append(S(mr_meta(cx, "Sag 3D CUBE PD FS", "SE"), labels, side, why + "; 3D"))
    else:  # Toshiba / Canon
        ser.append(S(mr_meta(cx, cx.c(["Locator", "LOCATOR", "3PL LOC"]), "GR"), labels, side, why + "; locator"))
        for d in ["PD FS COR", "PD FS SAG", "PD FS AX", cx.c(["T1 SE COR", "T2 FSE SAG", "T2* FFE AX"])]:
            ser.append(S(mr_meta(cx, d, "SE"), labels, side, why + "; sequence-only name"))
    return ser


def msk_mr(cx, code=None, side=None):
    code = code or cx.c(["KNEE"] * 6 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] * 2 +
                        ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM"] * 2)
    side = side or cx.c("LLLRRRR")
    special = None
    if code == "HIP" and cx.site in ("sa-dmm", "sa-riy", "kw-kwt") and cx.p(0.6):
        side, special = "B", "avn"
    if code == "FOOT" and cx.p(0.5):
        special = "dfoot"
    if special == "avn":
        sd = cx.c({"bi": ["MRI BOTH HIPS (AVN PROTOCOL) - رنين مغناطيسي للوركين", "MRI PELVIS/BOTH HIPS - SICKLE CELL"],
                   "ar": ["رنين مغناطيسي للوركين - مريض أنيميا منجلية", "رنين مغناطيسي لمفصلي الوركين"]}.get(
            cx.style, ["MRI BOTH HIPS AVN PROTOCOL", "MRI Bilateral Hips (Sickle Cell - ?AVN)", "MRI HIPS BILATERAL W/O CONTRAST"]))
        labels = ["HIP", "PELVIS"]
        why = "MR of both hips for avascular necrosis: both hips and the pelvis between them"
    else:
        sd = limb_name(cx, "MR", code, side, extra=cx.p(0.2))
        if special == "dfoot":
            sd += cx.c([" W/WO CONTRAST ?OSTEOMYELITIS", " (DIABETIC FOOT)", " - قدم سكري", " with contrast"]) if cx.lang != "fr" else " (pied diabétique)"
        labels = [code]
        why = f"{code.lower()} MR, side {side} from the study name"
    ser = mr_limb_series(cx, code, labels, side, why)
    for s in ser:
        m = s["meta"]
        if cx.p(0.45):
            en = PART["en"][code][0]
            m["ProtocolName"] = cx.c([en.upper(), f"{en} routine", f"{ris_code(cx, 'MR', code)}", f"MSK_{en.upper()}"])
        bpe(cx, m, code if special != "avn" else "HIP", MSK_BP[code] if special != "avn" else ["PELVIS", "HIPS"])
        if side in "LR" and cx.p(0.2):
            m["Laterality"] = side
    return sd, ser


XR_VIEW = {"en": ("AP", "LAT", "OBLIQUE"), "fr": ("Face", "Profil", "3/4"), "ar": ("AP", "LAT", "OBL"), "rom": ("AP", "LAT", "OBL")}
XR_DESC = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "ANKLE": "ANKLE", "HIP": "HIP", "WRIST": "WRIST", "FOOT": "FOOT", "ELBOW": "ELBOW",
           "HAND": "HAND", "THIGH": "FEMUR", "LEG": "TIB/FIB", "FOREARM": "FOREARM", "ARM": "HUMERUS"}


def msk_xr(cx, code=None, side=None):
    code = code or cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 +
                        ["HIP"] * 2 + ["ELBOW"] * 2 + ["FOREARM", "LEG", "THIGH", "ARM"] * 2)
    side = side or cx.c("LLLLRRRRBB" if code in ("KNEE", "FOOT", "HAND", "HIP", "ANKLE") else "LLLLRRRR")
    ap, lat, obl = XR_VIEW["en" if cx.lang in ("ar", "rom") else cx.lang]
    ed = XR_DESC[code]
    if code == "KNEE" and side == "B" and cx.p(0.4):
        sd = cx.c({"fr": ["Pangonogramme en charge", "Goniométrie des membres inférieurs"],
                   "ar": ["أشعة كاملة للطرفين السفليين وقوفاً", "أشعة طول الرجلين"],
                   "rom": ["ashe3a rijlein kamleen"]}.get(cx.lang, ["XR LONG LEG STANDING", "X-Ray Both Lower Limbs Full Length (Scanogram)",
                                                               "XR LOWER LIMB ALIGNMENT BILATERAL"]))
        labels = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        why = "standing full-length film of both legs: hip to ankle, both sides"
        m = xr_meta(cx, cx.c(["Long Leg", "FULL LEG STITCH", "Stitched AP"] + (["Pangonogramme"] if cx.site.startswith("lb") else [])), "AP",
                    ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER EXTREMITY", "EXTREMITY", "KNEE"])
        return sd, [S(m, labels, "B", why)]
    if code == "HIP" and side == "B":
        sd = cx.c({"fr": ["Radio du bassin et des deux hanches", "Rx bassin + hanches"], "ar": ["أشعة سينية للحوض والوركين"],
                   "rom": ["ashe3a 7od w wirkein"]}.get(cx.lang, ["XR PELVIS AND BOTH HIPS", "X-Ray Both Hips + Pelvis", "XR HIPS BILATERAL"]))
        why = "pelvis film of a both-hips order: the pelvis and both hips"
        ser = [S(xr_meta(cx, cx.c(["PELVIS AP", "Pelvis AP", "AP PELVIS"] + (["Bassin face"] if cx.site.startswith("lb") else [])), "AP"),
                 ["HIP", "PELVIS"], "B", why)]
        for s in "RL":
            ser.append(S(xr_meta(cx, cx.c(["HIP LAT", "Frog Lateral", "Lauenstein", "HIP AXIAL"]), "LAT", ImageLaterality=s), ["HIP"], s,
                         f"one hip's lateral of a both-hips order, ImageLaterality {s}"))
        for x in ser:
            bpe(cx, x["meta"], "PELVIS" if x["laterality"] == "B" else "HIP", ["PELVIS", "HIP"])
        return sd, ser
    sd = limb_name(cx, "XR", code, side, extra=cx.p(0.25))
    if code in ("KNEE", "FOOT", "ANKLE") and cx.p(0.3):
        sd += cx.c({"fr": [" en charge"], "ar": [" وقوف"], "rom": [" standing"]}.get(cx.lang, [" STANDING", " WEIGHT BEARING", " WB"]))
    ser = []
    if side == "B":
        why = f"one film of both {code.lower()}s of a bilateral order"
        m = xr_meta(cx, cx.c([f"{ed} AP BILAT", f"BOTH {ed} AP", f"{ed} {ap}", f"{ed}S AP"]), "AP", ImageLaterality="B")
        ser.append(S(m, [code], "B", why))
        for s in "RL":
            ser.append(S(xr_meta(cx, cx.c([f"{ed} {lat}", f"{lat} {ed}", lat]), "LAT", ImageLaterality=s), [code], s,
                         f"one side's lateral of a bilateral {code.lower()} order, ImageLaterality {s}"))
    else:
        why = f"{code.lower()} film, side {side} from the study name"
        views = [(ap, "AP"), (lat, "LAT")] + ([(obl, None)] if code in ("HAND", "FOOT", "WRIST", "ELBOW") else [])
        if code == "WRIST" and cx.p(0.3):
            views.append(("SCAPHOID VIEW", "PA"))
        if code == "SHOULDER":
            views = [(ap, "AP"), (cx.c(["Y VIEW", "AXIAL", "Outlet"]), None)]
        for d, vp in views:
            m = xr_meta(cx, cx.c([f"{ed} {d}", d, f"{d} {ed.title()}"]), vp)
            if cx.p(0.2):
                m["ImageLaterality"] = side
            ser.append(S(m, [code], side, why))
    for x in ser:
        bpe(cx, x["meta"], XR_DESC[code] if code not in ("THIGH", "LEG", "ARM") else code, MSK_BP[code])
    return sd, ser


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 3 + ["KNEE", "WRIST", "HAND", "ELBOW", "ANKLE", "FOOT", "HIP"])
    side = cx.c("LR")
    sd = limb_name(cx, "US", code, side)
    why = f"{code.lower()} ultrasound, side from the study name"
    ser = []
    for _ in range(cx.c([1, 2, 2])):
        m = us_meta(cx, cx.c([PART["en"][code][0], "MSK", "Superficial", "MSK Shoulder" if code == "SHOULDER" else "Small Parts"]))
        bpe(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.5)
        ser.append(S(m, [code], side, why))
    return sd, ser


def arthro(cx):
    code = cx.c(["SHOULDER", "SHOULDER", "HIP", "WRIST", "KNEE"])
    side = cx.c("LR")
    base = limb_name(cx, "MR", code, side)
    sd = cx.c({"fr": [f"Arthro-IRM - {base}"], "ar": [f"{base} مع حقن المفصل"]}.get(cx.lang, [f"{base} ARTHROGRAM", f"{base} (MR ARTHROGRAPHY)"]))
    mk = cx.c(RF_MAKE)
    why = f"{code.lower()} arthrography before MR; side from the study name"
    ser = []
    for d in ["Fluoro", cx.c(["Injection", "Spot", "LIH", "Contrast"])]:
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, code, ["EXTREMITY"], p_missing=0.5)
        ser.append(S(m, [code], side, why + "; injection under fluoroscopy"))
    ser += mr_limb_series(cx, code, [code], side, why)[:3]
    for s in ser[2:]:
        bpe(cx, s["meta"], code, MSK_BP[code])
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.04:
        return arthro(cx)
    if r < 0.45:
        return msk_mr(cx)
    if r < 0.9:
        return msk_xr(cx)
    return msk_us(cx)


def spine(cx):
    reg = cx.c(["l"] * 5 + ["c"] * 3 + ["t", "w"])
    mod = cx.c(["MR", "MR", "MR", "XR", "XR"] + (["CT"] if reg in "lc" else []))
    labels = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "w": WSPINE}[reg]
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "w": "SPINE"}[reg]
    alt = {"c": ["SPINE", "NECK"], "t": ["SPINE", "CHEST"], "l": ["SPINE", "ABDOMEN", "LSSPINE", "PELVIS"], "w": ["WHOLESPINE", "LSPINE", "TSPINE"]}[reg]
    key = f"sp_{reg}"
    if cx.style in ("bi", "frbi"):
        a = concept(cx, key, "en" if cx.style == "bi" else "fr")
        b = concept(cx, key, "ar")
        sd = f"{cx.c(MODW['en' if cx.style == 'bi' else 'fr'][mod if mod != 'XR' else 'XR'])} {a} - {cx.c(MODW['ar'][mod])} {ar_to(b) if b.startswith('ال') else b}"
    else:
        rw = concept(cx, key)
        mw = cx.c(MODW[cx.lang][mod])
        if cx.lang == "ar":
            sd = f"{mw} {ar_to(rw) if rw.startswith('ال') else rw}"
        elif cx.lang == "fr":
            sd = cx.c([f"{mw} du {rw}", f"{mw} {rw}"]) if mod != "CT" else f"{mw} du {rw}"
        else:
            sd = upcase(cx, f"{mw} {rw}", 0.4)
    if reg == "w" and mod == "XR":
        sd += cx.c([" (SCOLIOSIS)", " EOS", ""]) if cx.lang != "fr" else " debout (scoliose)"
    why = f"{'+'.join(labels)} exam named in the study"
    ser = []
    if mod == "MR":
        v = cx.cfg["mr"]
        names = {"Siemens": ["localizer", "t2_tse_sag_384", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag"],
                 "Philips": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG"],
                 "GE": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"],
                 "Toshiba": ["Locator", "T2 FSE SAG", "T1 FSE SAG", "T2 FSE AX", "STIR SAG"]}[v]
        if reg == "w":
            names = names[:2] + [names[1] + ("_COMPOSED" if v != "Siemens" else "_comp")] + names[2:3]
        for d in names:
            m = mr_meta(cx, d, "GR" if "oc" in d or "urvey" in d else "SE")
            if cx.p(0.4):
                m["ProtocolName"] = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "w": "WHOLE SPINE"}[reg]
            bpe(cx, m, bp, alt)
            ser.append(S(m, labels, None, why + ("; localizer" if "oc" in d or "urvey" in d else "; sequence-only name")))
    elif mod == "CT":
        ser = ct_study(cx, labels, bp, alt, "spine", why)
    else:
        views = [("AP", "AP"), ("LAT", "LAT")] + ([(cx.c(["FLEXION", "EXTENSION", "Flex/Ext"]), "LAT")] if cx.p(0.3) else [])
        if reg == "w":
            views = [("PA FULL SPINE", "PA"), ("LAT FULL SPINE", "LAT")]
        for vd, vp in views:
            ed = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "w": "WHOLE SPINE"}[reg]
            m = xr_meta(cx, cx.c([f"{ed} {vd}", vd, f"{vd} {ed.title()}"]), vp)
            if reg == "w":
                m["ImageType"] = "DERIVED\\PRIMARY\\STITCHED"
            bpe(cx, m, bp, alt)
            ser.append(S(m, labels, None, why))
    return sd, ser


def breast(cx):
    kind = cx.c(["screen"] * 4 + ["diag"] * 2 + ["us"] * 3 + ["mr"] * 2 + ["biopsy"])
    mk = cx.c(MG_MAKE[:1] * 3 + MG_MAKE[1:])
    ser = []
    def mammo_word():
        return {"en": "MAMMOGRAM", "fr": "Mammographie", "ar": "ماموجرام", "rom": "mammogram"}[cx.lang if cx.style not in ("bi", "frbi") else ("en" if cx.style == "bi" else "fr")]
    if kind in ("screen", "diag"):
        one = kind == "diag" and cx.p(0.5)
        sides = [cx.c("LR")] if one else ["R", "L"]
        if kind == "screen":
            sd = study_name(cx, "mammo_screen")
        elif one:
            g = {"fr": "f", "ar": "m"}.get(cx.lang, "m")
            sw = side_word(cx, cx.lang if cx.style not in ("bi", "frbi") else ("en" if cx.style == "bi" else "fr"), sides[0], g)
            sd = f"{mammo_word()} DIAGNOSTIC {sw}" if cx.lang == "en" else f"{mammo_word()} {sw}"
            if cx.lang == "ar":
                sd = f"تصوير الثدي {side_word(cx, 'ar', sides[0], 'm', short=False)}"
        else:
            sd = cx.c({"fr": ["Mammographie bilatérale + échographie", "Mammographie diagnostique bilatérale"],
                       "ar": ["تصوير الثدي الشعاعي للجانبين"], "rom": ["mammogram tnein"]}.get(cx.lang,
                                                                                             ["MAMMOGRAM DIAGNOSTIC BILATERAL", "Diagnostic Mammogram Bilateral with Tomo"]))
        tomo = kind == "screen" and "3D" in sd.upper() or cx.p(0.4)
        for s in sides:
            for view in ["CC", "MLO"]:
                items = [(cx.c([f"{s} {view}", f"{s}{view}"]), "ORIGINAL\\PRIMARY")]
                if tomo and mk[0].startswith("HOLOGIC"):
                    items += [(f"{s} {view} Tomosynthesis Reconstruction", "DERIVED\\PRIMARY\\TOMOSYNTHESIS"), (f"{s} {view} C-View", "DERIVED\\PRIMARY")]
                for d, it in items:
                    m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": d,
                         "ImageLaterality": s, "ViewPosition": view, "ImageType": it}
                    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.2, p_alt=0.05)
                    ser.append(S(m, ["BREAST"], s, f"mammogram of one breast ({s} {view})"))
        if cx.p(0.25):
            ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50", "SeriesDescription": cx.c(["Mammography CAD SR", "CAD Results"])},
                         [], None, "CAD structured report: no pixels", img=False))
        return sd, ser
    if kind == "us":
        side = cx.c("LRRLB")
        if side == "B":
            sd = cx.c({"fr": ["Echographie mammaire bilatérale", "Echo des seins"], "ar": ["سونار الثديين"],
                       "rom": ["sonar thady tnein", "echo sein tnein"]}.get(cx.lang, ["US BREAST BILATERAL", "Ultrasound Both Breasts"]))
            why = "breast ultrasound ordered for both breasts"
        else:
            lang = cx.lang if cx.style not in ("bi", "frbi") else ("en" if cx.style == "bi" else "fr")
            sw = side_word(cx, lang, side, "m" if lang == "ar" else "m")
            sd = {"en": f"US BREAST {sw.upper()}", "fr": f"Echographie du sein {sw}", "ar": f"سونار الثدي {sw}",
                  "rom": f"sonar thady {sw}"}[lang]
            if lang == "ar" and sw in ("اليمنى", "اليسرى", "اليمني", "اليسري"):
                sd = f"سونار الثدي {side_word(cx, 'ar', side, 'm', short=False)}"
            why = f"breast ultrasound of the ordered side ({side})"
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c(["Breast", "BREAST", "Small Parts"] + (["Sein"] if cx.site.startswith("lb") else [])))
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.5)
            ser.append(S(m, ["BREAST"], side, why))
        return sd, ser
    if kind == "mr":
        sd = cx.c({"fr": ["IRM mammaire bilatérale", "IRM des seins"], "ar": ["رنين مغناطيسي للثديين"], "rom": ["ranin thady"]}.get(
            cx.lang, ["MRI BREAST BILATERAL WITH CONTRAST", "MRI Breasts w/wo Contrast", "MRI BREAST IMPLANT"]))
        v = cx.cfg["mr"]
        names = {"Siemens": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dynaVIEWS", "ep2d_diff_tra", "t1_fl3d_tra_SUB"],
                 "Philips": ["Survey", "T2W_TSE_TRA", "DYN_eTHRIVE", "DWI", "SUB_DYN"], "GE": ["3-Plane Loc", "Ax T2 FSE", "Ax VIBRANT MPh", "Ax DWI", "SUB VIBRANT"],
                 "Toshiba": ["Locator", "T2 FSE AX", "DYN 3D AX", "DWI AX", "SUB 1"]}[v]
        for d in names:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "BREAST", ["CHEST"])
            ser.append(S(m, ["BREAST"], "B", "breast MR: both breasts"))
        return sd, ser
    side = cx.c("LR")
    lang = cx.lang if cx.style not in ("bi", "frbi") else ("en" if cx.style == "bi" else "fr")
    sw = side_word(cx, lang, side, "m")
    sd = {"en": f"US GUIDED BREAST BIOPSY {sw.upper()}", "fr": f"Microbiopsie mammaire échoguidée sein {sw}",
          "ar": f"خزعة الثدي {side_word(cx, 'ar', side, 'm', short=False)}", "rom": f"biopsy thady {sw}"}[lang]
    why = f"breast biopsy of one side ({side})"
    for d in ["Pre", "Needle", "Post"]:
        m = us_meta(cx, d)
        ser.append(S(m, ["BREAST"], side, why))
    if cx.p(0.5):
        m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": "Specimen",
             "ImageLaterality": side}
        ser.append(S(m, ["BREAST"], side, why + "; core specimen film"))
    return sd, ser


MR_BRAIN = {"Siemens": ["localizer", "t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_tra_b1000", "ep2d_diff_tra_ADC", "t1_mprage_sag_p2_iso",
                        "swi_tra", "t1_se_tra_post"],
            "Philips": ["Survey", "T2W_TSE_TRA", "T2W_FLAIR_TRA", "DWI_SENSE", "dADC", "3D_T1_TFE", "SWIp", "T1W_SE_GD"],
            "GE": ["3-Plane Loc", "Ax T2 FSE", "Ax T2 FLAIR", "Ax DWI", "ADC", "Sag 3D BRAVO", "Ax SWAN", "Ax T1 +C"],
            "Toshiba": ["Locator", "T2 FSE AX", "FLAIR AX", "DWI AX", "ADC", "3D MPRAGE SAG", "T2* AX", "T1 SE AX +C"]}


def vnames(cx, names):
    """Siemens-style sequence names as the site's own MR vendor writes them."""
    if cx.cfg["mr"] == "Siemens":
        return names
    return [MR_BRAIN[cx.cfg["mr"]][0]] + [n.replace("_", " ").upper() for n in names[1:]]


def mr_series(cx, names, labels, why, bp, alt, n=None):
    ser = []
    for d in names[:n] if n else names:
        loc = any(k in d.lower() for k in ("loc", "survey"))
        m = mr_meta(cx, d, "GR" if loc else ("EP" if "diff" in d.lower() or "dwi" in d.lower() or "adc" in d.lower() else "SE"))
        if "adc" in d.lower():
            m["ImageType"] = "DERIVED\\PRIMARY\\ADC"
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why + ("; localizer" if loc else "; sequence-only name")))
    return ser


def neuro(cx):
    k = cx.c(["ct_brain"] * 4 + ["ct_stroke", "mr_brain", "mr_brain", "mr_brain", "mr_pit"])
    sd = study_name(cx, k)
    if k == "ct_brain":
        return sd, ct_study(cx, ["HEAD"], "HEAD", ["BRAIN", "SKULL"], "head", "head CT")
    if k == "ct_stroke":
        v = cx.cfg["ct"]
        why = "stroke CT"
        extra = [(d, kk, t, lab, w) for d, kk, t, lab, w in [
            (ct_recons(cx, "head")[0][0], ct_recons(cx, "head")[0][1], "5.0", ["HEAD"], why + ": non-contrast head"),
            (cx.c(["CTA Head/Neck MIP", "CTA COW 0.6", "Angio Head-Neck 1.0 Bv40"]), "Bv40" if v == "Siemens" else "STANDARD", "1.0", ["HEAD", "NECK"],
             why + ": CT angiogram arch to vertex, neck and head"),
            (cx.c(["CBF", "Perfusion MTT", "TMAX RAPID", "CT Perfusion"]), None, "5.0", ["HEAD"], why + ": brain perfusion map")]]
        return sd, ct_study(cx, ["HEAD"], "HEAD", ["BRAIN"], "head", why, scout_labels=["HEAD", "NECK"], extra=extra)
    names = MR_BRAIN[cx.cfg["mr"]]
    if k == "mr_pit":
        names = names[:2] + ["Sag T1 Pit", "Cor T1 Dyn Pit", "Cor T2 Pit"]
    return sd, mr_series(cx, names, ["HEAD"], "brain MR" if k == "mr_brain" else "pituitary MR", "HEAD", ["BRAIN", "SKULL"], n=cx.c([5, 6, 8]))


def headneck(cx):
    k = cx.c(["ct_sinus", "ct_sinus", "ct_temporal", "mr_orbit", "ct_neck", "mr_neck", "us_thyroid", "us_thyroid", "us_thyroid", "xr_stneck"])
    sd = study_name(cx, k)
    if k in ("ct_sinus", "ct_temporal"):
        return sd, ct_study(cx, ["HEAD"], cx.c(["SINUS", "HEAD"]) if k == "ct_sinus" else cx.c(["HEAD", "EAR", "IAC"]), ["HEAD", "NECK"],
                            "sinus" if k == "ct_sinus" else "head", "sinus CT: face and skull" if k == "ct_sinus" else "temporal bone CT: skull base")
    if k == "ct_neck":
        return sd, ct_study(cx, ["NECK"], "NECK", ["HEAD", "HEADNECK"], "neck", "contrast CT of the neck", contrast=True)
    if k == "mr_orbit":
        names = MR_BRAIN[cx.cfg["mr"]][:1] + ["t2_tse_cor_fs ORBIT", "t1_tse_tra_orbit", "t1_tse_cor_fs_post"]
        return sd, mr_series(cx, names, ["HEAD"], "orbit MR", "HEAD", ["ORBIT", "BRAIN"])
    if k == "mr_neck":
        names = MR_BRAIN[cx.cfg["mr"]][:1] + ["STIR COR NECK", "T2 AX NECK", "T1 AX NECK", "T1 FS AX +C"]
        return sd, mr_series(cx, names, ["NECK"], "soft-tissue neck MR", "NECK", ["HEAD", "CSPINE"])
    if k == "xr_stneck":
        m = xr_meta(cx, cx.c(["NECK LAT", "Soft Tissue Neck"] + (["Cou profil"] if cx.site.startswith("lb") else [])), "LAT")
        bpe(cx, m, "NECK", ["CSPINE"])
        return sd, [S(m, ["NECK"], None, "soft-tissue neck film")]
    ser = []
    for d in ["Thyroid", "THYROID", "Thyroid Rt Lobe", "Neck"][:cx.c([1, 2])]:
        m = us_meta(cx, cx.c(["Thyroid", "THYROID", "Neck", "Small Parts"]))
        bpe(cx, m, "NECK", ["THYROID"], p_missing=0.4, p_alt=0.3)
        ser.append(S(m, ["NECK"], None, "thyroid ultrasound: neck"))
    return sd, ser


def chest(cx):
    k = cx.c(["xr_chest"] * 4 + ["xr_chest_fit"] * (5 if cx.site[:2] in ("sa", "ae", "qa", "kw") else 1) + ["xr_chest_port"] * 2 +
             ["ct_chest"] * 2 + ["ct_pe"])
    sd = study_name(cx, k)
    why = {"xr_chest": "chest film", "xr_chest_fit": "medical-fitness (pre-employment/visa) chest film", "xr_chest_port": "portable chest film",
           "ct_chest": "chest CT", "ct_pe": "CT pulmonary angiogram: chest"}[k]
    if k.startswith("xr"):
        views = [("PA", "PA")] if k != "xr_chest_port" else [("AP Portable", "AP")]
        if k == "xr_chest" and cx.p(0.5):
            views.append(("LAT", "LL"))
        ser = []
        for d, vp in views:
            m = xr_meta(cx, cx.c([f"CHEST {d}", f"Chest {d}", d, f"Thorax {d}" if cx.lang == "fr" else f"CHEST {d}"]), vp)
            if k == "xr_chest_port":
                m["Manufacturer"], m["ManufacturerModelName"] = cx.c([("Carestream Health", "DRX-Revolution"), ("Philips Medical Systems", "MobileDiagnost wDR"),
                                                                      ("GE Healthcare", "Optima XR240amx"), ("FUJIFILM Corporation", "FDR Go PLUS")])
            bpe(cx, m, "CHEST", ["THORAX", "LUNG"], p_alt=0.1)
            ser.append(S(m, ["CHEST"], None, why))
        return sd, ser
    return sd, ct_study(cx, ["CHEST"], "CHEST", ["THORAX", "LUNG"], "lung", why, contrast=k == "ct_pe")


def cardio(cx):
    k = cx.c(["ct_coro", "ct_coro", "mr_heart", "mr_heart", "us_echo"] + (["mr_thal"] * 3 if cx.site in ("lb-bey", "jo-amm", "sa-dmm", "ae-auh") else []))
    sd = study_name(cx, k)
    if k == "ct_coro":
        why = "coronary CT: heart, chest"
        extra = [(cx.c(["CaScore 3.0", "Calcium Score", "CaSc 3mm"]), None, "3.0", ["CHEST"], why + "; calcium score"),
                 (cx.c(["Cardiac 0.6 Bv40 75%", "Best Diastolic 75%", "CTA Coronary 0.5"]), None, "0.6", ["CHEST"], why),
                 (cx.c(["Curved MPR LAD", "Coronary MIP", "VRT Heart"]), None, None, ["CHEST"], why + "; coronary reformat")]
        return sd, ct_study(cx, ["CHEST"], "HEART", ["CHEST", "CARDIAC"], "cardio", why, extra=extra)
    if k == "us_echo":
        m = us_meta(cx, cx.c(["Echo", "TTE", "Adult Echo"]))
        m["Manufacturer"], m["ManufacturerModelName"] = cx.c([("GE Vingmed Ultrasound", "Vivid E95"), ("Philips Medical Systems", "EPIQ CVx")])
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.5)
        return sd, [S(m, ["CHEST"], None, "echocardiogram: heart")]
    if k == "mr_heart":
        names = {"Siemens": ["localizer", "trufi_loc_multi", "cine_tf2d_4ch", "cine_tf2d_sa", "de_tfl_psir_sa", "MOLLI T1 map"],
                 "Philips": ["Survey", "BTFE_4CH", "sBTFE_SA", "LGE_PSIR_SA", "T1_MAP_MOLLI"],
                 "GE": ["3-Plane Loc", "FIESTA CINE 4CH", "FIESTA CINE SAX", "MDE PSIR SAX", "T2 MAP"],
                 "Toshiba": ["Locator", "CINE 4CH", "CINE SA", "LGE SA", "T1 MAP"]}[cx.cfg["mr"]]
        return sd, mr_series(cx, names, ["CHEST"], "cardiac MR: heart", "HEART", ["CHEST", "CARDIAC"])
    # thalassaemia iron: the heart series, the liver series, one localizer planning both
    names = {"Siemens": ("localizer", "T2star_heart_SA_multiecho", "T2star_liver_tra_multiecho"),
             "Philips": ("Survey", "T2star_HEART_SA", "T2star_LIVER"), "GE": ("3-Plane Loc", "Heart T2* SA", "Liver T2* Ax"),
             "Toshiba": ("Locator", "T2* HEART SA", "T2* LIVER AX")}[cx.cfg["mr"]]
    why = "iron-overload MR of a transfused (thalassaemia) patient"
    ser = [S(mr_meta(cx, names[0], "GR"), ["CHEST", "ABDOMEN"], None, why + "; localizer planning heart and liver"),
           S(mr_meta(cx, names[1], "GR"), ["CHEST"], None, why + "; heart T2*"),
           S(mr_meta(cx, names[2], "GR"), ["ABDOMEN"], None, why + "; liver T2*")]
    for s in ser:
        bpe(cx, s["meta"], cx.c(["HEART", "CHEST", "ABDOMEN", "LIVER"]), None, p_missing=0.4)
    return sd, ser


def fluoro(cx, k):
    mk = cx.c(RF_MAKE)
    sd = study_name(cx, k)
    lab, why, names, bp = {
        "fl_sleeve": (["CHEST", "ABDOMEN"], "contrast leak study after sleeve gastrectomy: distal oesophagus and stomach",
                      ["Scout", "Swallow AP", "Sleeve LAO", "Delayed"], ["ABDOMEN", "STOMACH", "CHEST"]),
        "fl_swallow": (["NECK", "CHEST"], "swallow: pharynx and oesophagus", ["Swallow AP", "Swallow LAT", "Oesophagus"], ["ESOPHAGUS", "NECK", "CHEST"]),
        "fl_hsg": (["PELVIS"], "hysterosalpingogram: uterus and tubes", ["HSG", "Spot 1", "Spill"], ["PELVIS", "UTERUS", "ABDOMEN"]),
        "fl_vcug": (AP_, "voiding cystourethrogram: bladder, urethra and the kidneys for reflux", ["Bladder filling", "Voiding", "Kidneys", "Post void"],
                    ["PELVIS", "BLADDER", "ABDOMEN"]),
    }[k]
    ser = []
    for d in names:
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, cx.c(bp), None, p_missing=0.5)
        ser.append(S(m, lab if not (k == "fl_sleeve" and d == "Delayed") else ["ABDOMEN"],
                     None, why if not (k == "fl_sleeve" and d == "Delayed") else "delayed film after the sleeve study: abdomen"))
    return sd, ser


def abdo(cx):
    k = cx.c(["us_abd"] * 4 + ["us_kub"] * 2 + ["us_pelvis_f"] * 2 + ["us_ob1", "us_ob2", "us_ob2", "ct_kub", "ct_kub", "ct_ap", "ct_ap",
                                                                      "ct_liver", "mr_liver", "mr_liver", "mr_prost", "mr_pelvis_f", "fl_sleeve",
                                                                      "fl_sleeve", "fl_swallow", "fl_hsg"])
    if k.startswith("fl_"):
        return fluoro(cx, k)
    sd = study_name(cx, k)
    if k.startswith("us_"):
        lab, why, bp, alt = {"us_abd": (["ABDOMEN"], "upper abdominal ultrasound: liver, gallbladder, pancreas, kidneys", "ABDOMEN", ["LIVER", "GALLBLADDER"]),
                             "us_kub": (AP_, "kidneys and bladder ultrasound: abdomen and pelvis", "KIDNEY", ["ABDOMEN", "BLADDER"]),
                             "us_pelvis_f": (["PELVIS"], "female pelvic ultrasound: uterus and ovaries", "PELVIS", ["UTERUS", "ABDOMEN"]),
                             "us_ob1": (["PELVIS"], "first-trimester pregnancy ultrasound: the uterus in the pelvis", "PELVIS", ["UTERUS", "ABDOMEN"]),
                             "us_ob2": (AP_, "second/third-trimester obstetric ultrasound: the gravid uterus fills abdomen and pelvis", "ABDOMEN",
                                        ["PELVIS", "UTERUS", "FETUS"])}[k]
        ser = []
        for _ in range(cx.c([1, 2, 2])):
            d = {"us_abd": ["Abdomen", "ABDOMEN", "Liver", "Abd General"], "us_kub": ["Renal", "Kidney", "Bladder", "Abdomen"],
                 "us_pelvis_f": ["Pelvis", "GYN", "TV", "Gyneco"], "us_ob1": ["OB", "OB Early", "1st Trim"], "us_ob2": ["OB", "OB 2/3 Trimester", "OB 3D", "Biometry"]}[k]
            m = us_meta(cx, cx.c(d))
            if k.startswith("us_ob") and cx.p(0.6):
                m["Manufacturer"], m["ManufacturerModelName"] = "GE Healthcare", cx.c(["Voluson E10", "Voluson E8"])
            bpe(cx, m, bp, alt, p_missing=0.4, p_alt=0.2)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k.startswith("ct_"):
        lab, why, bp, alt = {"ct_kub": (AP_, "stone CT: kidneys to bladder", "ABDOMEN", ["KIDNEY", "PELVIS"]),
                             "ct_ap": (AP_, "CT of abdomen and pelvis", "ABDOMEN", ["ABDOMENPELVIS", "PELVIS"]),
                             "ct_liver": (["ABDOMEN"], "triphasic liver CT", "ABDOMEN", ["LIVER"])}[k]
        return sd, ct_study(cx, lab, bp, alt, "body", why, contrast=k != "ct_kub")
    lab, why, bp, alt = {"mr_liver": (["ABDOMEN"], "liver MR / MRCP", "ABDOMEN", ["LIVER", "PANCREAS"]),
                         "mr_prost": (["PELVIS"], "prostate MR", "PROSTATE", ["PELVIS", "ABDOMEN"]),
                         "mr_pelvis_f": (["PELVIS"], "female pelvis MR", "PELVIS", ["UTERUS", "ABDOMEN"])}[k]
    names = {"mr_liver": ["localizer", "t2_haste_tra_mbh", "t1_vibe_dixon_tra_bh", "ep2d_diff_b50_800_tra", "t1_vibe_fs_tra_dyn", "MRCP 3D SPACE"],
             "mr_prost": ["localizer", "t2_tse_tra_prost", "t2_tse_sag", "ep2d_diff_b50_800_1400", "ADC", "t1_vibe_dyn_tra"],
             "mr_pelvis_f": ["localizer", "t2_tse_sag_pelvis", "t2_tse_tra", "t1_tse_tra_fs", "ep2d_diff_tra"]}[k]
    return sd, mr_series(cx, vnames(cx, names), lab, why, bp, alt, n=cx.c([4, 5, 6]))


def onc(cx):
    k = cx.c(["pet_wb"] * (6 if cx.cfg["pet"] else 0) + ["ct_cap"] * 4 + ["ct_neckchest", "mr_rectum", "mr_wb"])
    sd = study_name(cx, k)
    if k == "pet_wb":
        v = cx.cfg["pet"]
        mk = PET_MAKE[v]
        why = "whole-body PET/CT skull base to thigh"
        ser = []
        m = ct_meta(cx, cx.c(CT_SCOUT.get(v, ["Topogram"])), vendor=v if v in CT_MAKE else None, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        m["Manufacturer"], m["ManufacturerModelName"] = mk[0], cx.c(mk[1])
        ser.append(S(m, WB, None, why + "; scout"))
        for d, mod in [(cx.c(["CT WB 3.0 B30f", "CTAC 3.75 Thick", "CT AC WB", "CT 5mm Whole Body"]), "CT"),
                       (cx.c(["PET WB AC", "PET WB (AC)", "FDG WB 3D MAC", "PET AC 2.0"]), "PT"),
                       (cx.c(["PET WB NAC", "PET NAC"]), "PT"), (cx.c(["MIP PET", "PET MIP"]), "PT")]:
            m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": d}
            bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG", "ABDOMEN", "HEAD", "PELVIS"], p_alt=0.25)
            ser.append(S(m, WB, None, why))
        m = {"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]),
             "SeriesDescription": cx.c(["CT Lung 1.25", "Thorax Lung 1.0 Bl57", "LUNG WINDOW"])}
        bpe(cx, m, "CHEST", ["WHOLEBODY"])
        ser.append(S(m, ["CHEST"], None, "dedicated lung recon of the PET/CT: chest"))
        ser.append(S({"Modality": "OT", "Manufacturer": mk[0], "SeriesDescription": cx.c(["Patient Protocol", "PET Dose Report"]),
                      "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page", img=False))
        return sd, ser
    if k == "ct_cap":
        return sd, ct_study(cx, CAP, "CHEST", ["ABDOMEN", "CHEST_TO_PELVIS", "WHOLEBODY"], "body", "staging CT chest, abdomen and pelvis", contrast=True)
    if k == "ct_neckchest":
        return sd, ct_study(cx, ["NECK", "CHEST"], "NECK", ["CHEST", "HEADNECK"], "neck", "staging CT neck and chest", contrast=True)
    if k == "mr_rectum":
        names = ["localizer", "t2_tse_sag", "t2_tse_obl_hr_rectum", "t2_tse_cor", "ep2d_diff_tra"]
        return sd, mr_series(cx, vnames(cx, names), ["PELVIS"], "rectal cancer staging MR: pelvis", "PELVIS", ["ABDOMEN", "RECTUM"])
    names = ["localizer", "t1_tse_cor_wb_COMPOSED", "t2_stir_cor_wb_COMPOSED", "ep2d_diff_wb_b800_COMPOSED"]
    return sd, mr_series(cx, vnames(cx, names), WB, "whole-body MR", "WHOLEBODY", ["CHEST", "ABDOMEN"])


def limb_vascular(cx, kind):
    """Venous duplex of one leg, or the duplex of a dialysis fistula of one arm."""
    side = cx.c("LR")
    lang = cx.lang if cx.style not in ("bi", "frbi") else ("en" if cx.style == "bi" else "fr")
    if kind == "dvt":
        sw = side_word(cx, lang, side, "m")
        swa = side_word(cx, "ar", side, "m", short=False)
        names = {"en": [f"US DOPPLER VENOUS LOWER LIMB {sw.upper()} (DVT)", f"Venous Duplex Lower Extremity {sw}"],
                 "fr": [f"Echo-doppler veineux du membre inférieur {sw}"], "ar": [f"دوبلر أوردة الطرف السفلي {swa}"],
                 "rom": [f"doppler 3urooq rijl {sw}"]}
        lab, why = ["THIGH", "KNEE", "LEG"], "venous duplex of one leg, groin to calf"
        desc = ["Venous LE", "DVT", "Vascular"] + (["Veines MI"] if cx.site.startswith("lb") else [])
    else:
        sw = side_word(cx, lang, side, "f" if lang == "ar" else "m")
        swa = side_word(cx, "ar", side, "f", short=False)
        names = {"en": [f"US DOPPLER AV FISTULA {sw.upper()} ARM", f"AVF Duplex {sw} Upper Limb (Dialysis Access)"],
                 "fr": [f"Echo-doppler de fistule artério-veineuse du bras {sw}"], "ar": [f"دوبلر الناسور الشرياني الوريدي - الذراع {swa}"],
                 "rom": [f"doppler fistula eed {sw}"]}
        lab, why = ["ARM", "ELBOW", "FOREARM"], "dialysis fistula duplex of one arm: upper arm, elbow and forearm"
        desc = ["AVF", "Dialysis Access", "Vascular UE", "Fistula"]
    sd = cx.c(names[lang])
    if cx.style in ("bi", "frbi"):
        sd += " - " + cx.c(names["ar"])
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c(desc))
        bpe(cx, m, cx.c(["EXTREMITY", "LEG" if kind == "dvt" else "ARM"]), None, p_missing=0.5)
        ser.append(S(m, lab, side, why + f"; side {side} from the study name"))
    return sd, ser


def vasc(cx):
    k = cx.c(["cta_aorta", "cta_carotid", "cta_runoff", "us_carotid", "us_carotid", "dvt", "dvt", "avf", "avf", "xa_cereb", "xa_tace", "xa_cereb", "xa_tace"])
    if k in ("dvt", "avf"):
        return limb_vascular(cx, k)
    sd = study_name(cx, k)
    if k == "cta_aorta":
        return sd, ct_study(cx, CAP, "CHEST", ["AORTA", "ABDOMEN", "CHEST_TO_PELVIS"], "angio", "CT angiogram of the whole aorta: chest, abdomen, pelvis",
                            contrast=True)
    if k == "cta_carotid":
        return sd, ct_study(cx, ["HEAD", "NECK"], "NECK", ["HEAD", "CAROTID", "HEADNECK"], "angio", "CT angiogram arch to vertex: neck and head",
                            contrast=True)
    if k == "cta_runoff":
        lab = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
        ser = ct_study(cx, lab, "LOWER EXTREMITY", ["EXTREMITY", "ABDOMEN", "LEG"], "angio", "run-off CT angiogram renal arteries to feet",
                       contrast=True)
        for s in ser:
            if s["labels"]:
                s["laterality"] = "B"
        return sd, ser
    if k == "us_carotid":
        ser = []
        for d in cx.c([["Carotid"], ["Carotid", "Vertebral"], ["CAROTID DOPPLER"]]):
            m = us_meta(cx, d)
            bpe(cx, m, "NECK", ["CAROTID", "HEAD"], p_missing=0.4)
            ser.append(S(m, ["NECK"], None, "carotid duplex: neck"))
        return sd, ser
    mk = cx.c(XA_MAKE)
    lab, why, names, bp = {"xa_cereb": (["HEAD"], "cerebral angiogram runs", ["ICA R AP", "ICA L LAT", "VA AP", "3D Rotational"], "HEAD"),
                           "xa_tace": (["ABDOMEN"], "hepatic angiography and chemoembolisation", ["Celiac", "CHA DSA", "Post TACE", "DynaCT"], "ABDOMEN")}[k]
    ser = []
    for d in names:
        m = {"Modality": "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, bp, ["CHEST", "HEAD"] if k == "xa_tace" else ["NECK"], p_missing=0.45)
        ser.append(S(m, lab, None, why))
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "Manufacturer": mk[0], "SeriesDescription": "X-Ray Radiation Dose SR"},
                 [], None, "angiography dose report", img=False))
    return sd, ser


def paeds(cx):
    k = cx.c(["xr_babygram", "xr_babygram", "us_cranial", "us_intuss", "fl_vcug", "boneage", "boneage", "ddh", "ddh", "pchest"])
    if k == "fl_vcug":
        return fluoro(cx, k)
    if k == "pchest":
        sd = study_name(cx, "xr_chest")
        m = xr_meta(cx, cx.c(["CHEST AP", "Chest PA", "AP Supine", "CHEST PA PAEDS"]), cx.c(["AP", "PA"]))
        bpe(cx, m, "CHEST", ["THORAX", "LUNG"])
        return sd, [S(m, ["CHEST"], None, "child's chest film")]
    if k == "boneage":
        sd = cx.c({"fr": ["Age osseux (main gauche)", "Radio main G - âge osseux"], "ar": ["أشعة اليد اليسرى - تحديد عمر العظام"],
                   "rom": ["ashe3a eed shmal 3omr 3adm"]}.get(cx.lang, ["XR BONE AGE (LEFT HAND)", "Bone Age Study", "XR HAND LT BONE AGE"]))
        m = xr_meta(cx, cx.c(["HAND PA", "Bone Age"] + (["Main face"] if cx.site.startswith("lb") else [])), "PA")
        tag = "Bone Age" in sd and "LEFT" not in sd.upper()
        if tag or cx.p(0.3):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["WRIST"])
        return sd, [S(m, ["HAND"], "L", "bone-age film of the left hand")]
    if k == "ddh":
        sd = cx.c({"fr": ["Echographie des hanches (nourrisson)", "Echo hanches bébé"], "ar": ["سونار الوركين للرضيع"],
                   "rom": ["sonar wirkein tifl"]}.get(cx.lang, ["US HIPS INFANT (DDH)", "Ultrasound Both Hips - Graf", "US HIP BILATERAL NEONATE"]))
        ser = []
        for s in "RL":
            m = us_meta(cx, cx.c([f"Hip {s}", f"{'Right' if s == 'R' else 'Left'} Hip", "Hip Graf"]))
            if cx.p(0.7) or m["SeriesDescription"] == "Hip Graf":
                m["ImageLaterality"] = s
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.5)
            ser.append(S(m, ["HIP"], s, f"infant hip ultrasound, one hip's images ({s})"))
        return sd, ser
    sd = study_name(cx, k)
    if k == "xr_babygram":
        m = xr_meta(cx, cx.c(["Chest/Abd AP", "BABYGRAM", "NICU AP", "Thorax-Abdomen"]), "AP")
        m["Manufacturer"], m["ManufacturerModelName"] = cx.c([("Carestream Health", "DRX-Revolution"), ("FUJIFILM Corporation", "FDR Go PLUS"),
                                                              ("Philips Medical Systems", "MobileDiagnost wDR")])
        bpe(cx, m, cx.c(["CHEST", "ABDOMEN"]), ["WHOLEBODY"])
        return sd, [S(m, ["CHEST", "ABDOMEN"], None, "neonatal chest and abdomen on one film")]
    lab, why, d = {"us_cranial": (["HEAD"], "cranial ultrasound through the fontanelle", ["Neonatal Head", "Cranial", "ETF"]),
                   "us_intuss": (["ABDOMEN"], "paediatric abdominal ultrasound (bowel, pylorus)", ["Abdomen Peds", "Bowel", "Pylorus"])}[k]
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c(d))
        bpe(cx, m, lab[0], ["BRAIN"] if k == "us_cranial" else ["BOWEL"], p_missing=0.5)
        ser.append(S(m, lab, None, why))
    return sd, ser


def nm(cx):
    k = cx.c(["nm_bone"] * 3 + ["nm_thyroid", "nm_thyroid", "nm_parathy", "nm_mpi", "nm_mpi", "nm_dmsa", "nm_hida"])
    sd = study_name(cx, k)
    mk = NM_MAKE[cx.cfg["nmv"] or "Siemens"]
    lab, why, names, bp = {
        "nm_bone": (WB, "whole-body bone scan", ["WB Anterior", "WB Posterior", "Whole Body ANT/POST", "Bone WB"], "WHOLEBODY"),
        "nm_thyroid": (["NECK"], "thyroid scan: neck", ["Thyroid ANT", "Pinhole", "Thyroid Static"], "THYROID"),
        "nm_parathy": (["NECK", "CHEST"], "sestamibi parathyroid scan: neck and upper mediastinum", ["Early 10 min", "Delayed 2h", "SPECT/CT Neck"], "NECK"),
        "nm_mpi": (["CHEST"], "myocardial perfusion: heart", ["Stress SA", "Rest SA", "Gated Stress", "Stress Raw"], "HEART"),
        "nm_dmsa": (["ABDOMEN"], "renal scintigraphy: kidneys", ["DMSA POST", "Renogram Dynamic", "Kidneys LPO"], "KIDNEY"),
        "nm_hida": (["ABDOMEN"], "hepatobiliary scintigraphy", ["Dynamic 60 min", "HIDA Ant", "Post CCK"], "ABDOMEN")}[k]
    ser = []
    for d in cx.rng.sample(names, min(3, len(names))):
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": d}
        bpe(cx, m, bp, ["CHEST", "ABDOMEN"] if k != "nm_bone" else ["BONE", "SKELETON"], p_missing=0.35, p_alt=0.2)
        ser.append(S(m, lab, None, why))
    if k == "nm_bone" and cx.p(0.4):
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": cx.c(["SPECT Lumbar", "SPECT/CT L-Spine"])}
        ser.append(S(m, ["LSPINE"], None, "bone SPECT of the lumbar spine added to the bone scan"))
    return sd, ser


def dxa(cx):
    sd = study_name(cx, "dxa")
    v = cx.cfg["dxa"]
    mk = DXA_MAKE[v]
    ser = []
    parts = [("AP Spine" if v == "GE" else "L1-L4 Spine", ["LSPINE"], None, "DXA of the lumbar spine")]
    hip = cx.c(["L", "L", "R", "B"])
    if hip == "B":
        parts.append(("DualFemur" if v == "GE" else "Dual Hip", ["HIP"], "B", "DXA of both hips"))
    else:
        w = "Left" if hip == "L" else "Right"
        parts.append((f"{w} Femur" if v == "GE" else f"{w} Hip", ["HIP"], hip, f"DXA of one hip (proximal femur), {w.lower()}"))
    if cx.p(0.25):
        fa = cx.c("LR")
        parts.append(((f"{'Left' if fa == 'L' else 'Right'} Forearm"), ["FOREARM"], fa, "DXA of one forearm (radius)"))
    for d, lab, lat, why in parts:
        m = {"Modality": cx.c(["OT", "OT", "DX"]), "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "FOREARM"}[lab[0]], ["SPINE", "FEMUR", "PELVIS"] if lab[0] != "FOREARM" else ["ARM"])
        ser.append(S(m, lab, lat, why))
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "Manufacturer": mk[0], "SeriesDescription": "DXA Report"},
                 [], None, "DXA results report: no pixels", img=False))
    return sd, ser


def dental(cx):
    k = cx.c(["px_opg"] * 4 + ["ct_cbct"] * 2 + ["px_ceph", "io_bw", "io_bw"])
    sd = study_name(cx, k)
    mk = DENT_MAKE[cx.cfg["dent"]]
    mod, desc, bp = {"px_opg": ("PX", ["Panoramic", "PAN", "OPG", "Standard Panoramic"], ["JAW", "HEAD", "TEETH"]),
                     "ct_cbct": ("CT", ["CBCT", "3D Volume", "Implant 8x8", "Endo FOV 5x5"], ["JAW", "HEAD", "MAXILLA"]),
                     "px_ceph": ("DX", ["Ceph Lateral", "CEPH LAT", "Cephalometric"], ["SKULL", "HEAD"]),
                     "io_bw": ("IO", ["Bitewing R", "Bitewing L", "PA 36", "Periapical 11"], ["TEETH", "JAW"])}[k]
    ser = []
    for _ in range(cx.c([1, 1, 2])):
        m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": cx.c(desc)}
        bpe(cx, m, cx.c(bp), None, p_missing=0.4)
        ser.append(S(m, ["HEAD"], None, "dental imaging: jaws and teeth, head"))
    return sd, ser


def trauma(cx):
    k = cx.c(["ct_panscan"] * 4 + ["us_fast", "xr_trauma_cp", "xr_trauma_cp", "xr_pelvis", "cspine", "limb", "limb", "limb", "ct_brain"])
    if k == "limb":
        return msk_xr(cx, code=cx.c(["FOREARM", "WRIST", "ANKLE", "LEG", "THIGH", "ARM", "ELBOW", "SHOULDER", "HAND", "FOOT"]), side=cx.c("LR"))
    if k == "ct_brain":
        sd = study_name(cx, k)
        return sd, ct_study(cx, ["HEAD"], "HEAD", ["BRAIN"], "head", "head CT after trauma")
    if k == "cspine":
        sd = cx.c({"fr": ["TDM du rachis cervical (traumatisme)"], "ar": ["أشعة مقطعية للفقرات العنقية - حادث"],
                   "rom": ["scanner fa2arat ra2be 7adeth"]}.get(cx.lang, ["CT C-SPINE TRAUMA", "CT Cervical Spine w/o Contrast (RTA)"]))
        return sd, ct_study(cx, ["CSPINE"], "CSPINE", ["NECK", "SPINE"], "spine", "cervical spine CT after trauma")
    sd = study_name(cx, k)
    if k == "ct_panscan":
        v = cx.cfg["ct"]
        why = "trauma whole-body CT"
        hk = {"Siemens": "Hr38", "GE": "STANDARD", "Philips": "UB", "Canon": "FC26", "Toshiba": "FC26", "United Imaging": "H_SOFT_A"}[v]
        bk = {"Siemens": "Br64", "GE": "BONE", "Philips": "YB", "Canon": "FC30", "Toshiba": "FC30", "United Imaging": "B_SHARP_C"}[v]
        extra = [(cx.c(["Head 5.0 " + hk, "HEAD 5mm", "Brain Axial 5mm"]), hk, "5.0", ["HEAD"], why + ": head recon"),
                 (cx.c(["C-Spine Bone 1.0 Sag", "CSPINE BONE SAG", "C SPINE 2mm SAG"]), bk, "1.0", ["CSPINE"], why + ": cervical spine recon"),
                 (cx.c(["Body 3.0 Portal", "Chest-Abd-Pelvis 3mm", "TRAUMA BODY 5mm", "Thorax/Abdomen 3.0"]), None, "3.0", CAP, why + ": body recon"),
                 (cx.c(["T-L Spine Sag Bone", "TL SPINE REFORMAT", "Spine TL 2mm Sag"]), bk, "2.0", ["TSPINE", "LSPINE"], why + ": thoracolumbar spine reformat")]
        return sd, ct_study(cx, WB, "WHOLEBODY", ["CHEST", "HEAD", "ABDOMEN"], "wb", why, extra=cx.rng.sample(extra, cx.c([2, 3, 4])))
    if k == "us_fast":
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c(["FAST", "eFAST", "Trauma", "ER"]))
            m["Manufacturer"], m["ManufacturerModelName"] = cx.c([("SonoSite", "SonoSite X-Porte"), ("Mindray", "TE7"), ("GE Healthcare", "Venue Go")])
            bpe(cx, m, "ABDOMEN", None, p_missing=0.6)
            ser.append(S(m, CAP, None, "FAST: pericardial, upper quadrant and pelvic views"))
        return sd, ser
    if k == "xr_pelvis":
        m = xr_meta(cx, cx.c(["PELVIS AP", "Pelvis AP"] + (["Bassin face"] if cx.site.startswith("lb") else [])), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        return sd, [S(m, ["PELVIS"], None, "pelvis film")]
    ser = []
    for d, lab, bp in [(cx.c(["CHEST AP SUPINE", "Chest AP Trauma"]), ["CHEST"], "CHEST"), (cx.c(["PELVIS AP", "Pelvis AP Trauma"]), ["PELVIS"], "PELVIS")]:
        m = xr_meta(cx, d, "AP")
        bpe(cx, m, bp, ["ABDOMEN", "CHEST"] if bp == "PELVIS" else ["THORAX"])
        ser.append(S(m, lab, None, f"trauma bay film: {lab[0].lower()}"))
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio,
          "abdo": abdo, "onc": onc, "vasc": vasc, "paeds": paeds, "nm": nm, "dxa": dxa, "dental": dental, "trauma": trauma}


def noanat(cx):
    """Objects without anatomy that are filed in a study on their own."""
    k = cx.c(["doc", "doc", "ko", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        d = cx.c(["Scanned Document", "Request Form", "طلب فحص أشعة", "نموذج الموافقة", "Consent Form", "Demande d'examen", "Referral"])
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": d}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1",
                "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, "dose structured report"
    if k == "qa":
        return {"Modality": "CT", "Manufacturer": CT_MAKE[cx.cfg["ct"]][0], "SeriesDescription": cx.c(["Daily QA Water Phantom", "QC Phantom 5mm"]),
                "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, "daily QA phantom: no patient"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a typing slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def has_arabic(text):
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def mangle(text):
    """An ASCII-only console's copy of an Arabic name: every Arabic letter becomes '?'."""
    return "".join("?" if "\u0600" <= ch <= "\u06ff" else ch for ch in text)


PREFIX_SITES = {"sa-riy", "kw-kwt", "jo-amm", "qa-doh"}


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
            mod0 = next((s["meta"]["Modality"] for s in ser if s["img"]), "OT")
            code = ris_code(cx, mod0, sd)
            if site in PREFIX_SITES and rng.random() < 0.25:
                sd = f"{code}{rng.choice([' ', ' - ', ': '])}{sd}"
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.22:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.42:
                    if rng.random() < 0.55:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                if rng.random() < 0.12:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": code, "CodingSchemeDesignator": "99LOCAL", "CodeMeaning": sd[:64]}]
                # ASCII-only consoles turn the Arabic of a name into question marks; the study's
                # copy in the archive keeps it
                if "StudyDescription" in meta and has_arabic(sd) and rng.random() < 0.3:
                    if "study" in row or cx.style in ("bi", "frbi"):
                        meta["StudyDescription"] = mangle(sd)
                # older worklist mappings keep 16 characters of the procedure step
                if meta.get("Manufacturer") in ("Carestream Health", "KONICA MINOLTA", "FUJIFILM Corporation", "Agfa") and len(sd) > 16 \
                        and rng.random() < 0.35:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and "StudyDescription" in meta and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.1:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser[:3]]}
                else:
                    meta["StudyDescription"] = sd if not meta["SeriesDescription"].startswith(("Daily", "QC")) else "QA"
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
    lines.append(f"with Arabic script {sum(has_arabic(json.dumps(r, ensure_ascii=False)) for r in rows)}")
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
