"""Writes tests/anatomy/data/clinical_set_24.jsonl: a fortnight of series from East Asian university
hospitals, health-check centres, an orthopaedic hospital, a county hospital and women's and
children's hospitals (Japan, South Korea, mainland China, Taiwan), labelled blind against the
shared anatomy spec (see README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 24
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_24.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

# ---------------------------------------------------------------- languages
# ja: Japanese (kanji/kana), jr: Japanese in romaji on ASCII consoles, ko: Korean (Hangul with
# English), zh: simplified Chinese, zr: pinyin on ASCII consoles, tw: traditional Chinese with
# English (Taiwan), en: English.
# Side words: (prefix forms, stand-alone forms).
SIDE = {
    "ja": {"R": (["右"], ["右", "(右)", "右側"]), "L": (["左"], ["左", "(左)", "左側"]), "B": (["両"], ["両側", "(両側)"])},
    "jr": {"R": (["MIGI", "R"], ["MIGI", "RT", "(R)"]), "L": (["HIDARI", "L"], ["HIDARI", "LT", "(L)"]),
           "B": (["RYO", "RYOSOKU"], ["RYOSOKU", "BIL", "RYO"])},
    "ko": {"R": (["Rt", "RT", "우측"], ["Rt", "(Rt)", "우측", "(우)", "RT"]), "L": (["Lt", "LT", "좌측"], ["Lt", "(Lt)", "좌측", "(좌)", "LT"]),
           "B": (["Both", "양측"], ["Both", "(Both)", "양측", "Bil"])},
    "zh": {"R": (["右", "右侧"], ["右", "(右)", "右侧"]), "L": (["左", "左侧"], ["左", "(左)", "左侧"]), "B": (["双", "双侧"], ["双侧", "(双侧)"])},
    "zr": {"R": (["YOU", "R"], ["YOU", "(R)"]), "L": (["ZUO", "L"], ["ZUO", "(L)"]), "B": (["SHUANG", "SHUANGCE"], ["SHUANGCE", "BIL"])},
    "tw": {"R": (["R't", "Rt", "右"], ["R't", "(R't)", "Rt", "(右)"]), "L": (["L't", "Lt", "左"], ["L't", "(L't)", "Lt", "(左)"]),
           "B": (["Bil.", "雙側", "Both"], ["Bil.", "(Bil.)", "雙側", "both"])},
    "en": {"R": (["Right", "RT", "Rt", "R"], ["RIGHT", "RT", "(R)", "Rt"]), "L": (["Left", "LT", "Lt", "L"], ["LEFT", "LT", "(L)", "Lt"]),
           "B": (["Bilateral", "BIL", "Both"], ["BILATERAL", "BIL", "(Both)"])},
}
# Limb parts per language; the first name is the common one, the others bones and joints the spec
# folds into the code. Korean and Taiwanese names are (English, local) pairs.
PART = {
    "ja": {"KNEE": ["膝関節", "膝"], "SHOULDER": ["肩関節", "鎖骨", "肩鎖関節"], "HIP": ["股関節"], "ANKLE": ["足関節"],
           "FOOT": ["足部", "踵骨", "足趾"], "HAND": ["手", "手指", "母指"], "WRIST": ["手関節", "舟状骨"], "ELBOW": ["肘関節"],
           "FOREARM": ["前腕"], "ARM": ["上腕", "上腕骨"], "THIGH": ["大腿", "大腿骨"], "LEG": ["下腿", "脛骨"]},
    "jr": {"KNEE": ["HIZA", "HIZAKANSETSU"], "SHOULDER": ["KATA", "KATAKANSETSU", "SAKOTSU"], "HIP": ["KOKANSETSU"],
           "ANKLE": ["SOKUKANSETSU", "ASHIKUBI"], "FOOT": ["SOKUBU", "SHOKOTSU", "SOKUSHI"], "HAND": ["TE", "SHUSHI", "BOSHI"],
           "WRIST": ["SHUKANSETSU", "TEKUBI", "SHUJOKOTSU"], "ELBOW": ["HIJI", "CHUKANSETSU"], "FOREARM": ["ZENWAN"],
           "ARM": ["JOWAN", "JOWANKOTSU"], "THIGH": ["DAITAI", "DAITAIKOTSU"], "LEG": ["KATAI", "KEIKOTSU"]},
    "ko": {"KNEE": [("Knee", "무릎"), ("Knee", "슬관절")], "SHOULDER": [("Shoulder", "어깨"), ("Clavicle", "쇄골")], "HIP": [("Hip", "고관절")],
           "ANKLE": [("Ankle", "발목")], "FOOT": [("Foot", "발"), ("Calcaneus", "종골"), ("Toe", "발가락")],
           "HAND": [("Hand", "손"), ("Finger", "손가락")], "WRIST": [("Wrist", "손목"), ("Scaphoid", "주상골")],
           "ELBOW": [("Elbow", "팔꿈치")], "FOREARM": [("Forearm", "전완부")], "ARM": [("Humerus", "상완골")],
           "THIGH": [("Femur", "대퇴골")], "LEG": [("Tibia-Fibula", "하퇴부")]},
    "zh": {"KNEE": ["膝关节"], "SHOULDER": ["肩关节", "锁骨", "肩锁关节"], "HIP": ["髋关节"], "ANKLE": ["踝关节"],
           "FOOT": ["足", "跟骨", "足趾"], "HAND": ["手", "手指", "拇指"], "WRIST": ["腕关节", "舟骨"], "ELBOW": ["肘关节"],
           "FOREARM": ["尺桡骨", "前臂"], "ARM": ["肱骨", "上臂"], "THIGH": ["股骨", "大腿"], "LEG": ["胫腓骨", "小腿"]},
    "zr": {"KNEE": ["XIGUANJIE"], "SHOULDER": ["JIANGUANJIE", "SUOGU"], "HIP": ["KUANGUANJIE"], "ANKLE": ["HUAIGUANJIE"],
           "FOOT": ["ZU", "GENGU"], "HAND": ["SHOU", "SHOUZHI"], "WRIST": ["WANGUANJIE"], "ELBOW": ["ZHOUGUANJIE"],
           "FOREARM": ["CHINAOGU"], "ARM": ["GONGGU"], "THIGH": ["GUGU"], "LEG": ["JINGFEIGU"]},
    "tw": {"KNEE": [("Knee", "膝關節")], "SHOULDER": [("Shoulder", "肩關節"), ("Clavicle", "鎖骨")], "HIP": [("Hip", "髖關節")],
           "ANKLE": [("Ankle", "踝關節")], "FOOT": [("Foot", "足部"), ("Calcaneus", "跟骨")], "HAND": [("Hand", "手部"), ("Finger", "手指")],
           "WRIST": [("Wrist", "腕關節"), ("Scaphoid", "舟狀骨")], "ELBOW": [("Elbow", "肘關節")], "FOREARM": [("Forearm", "前臂")],
           "ARM": [("Humerus", "上臂")], "THIGH": [("Femur", "大腿")], "LEG": [("Tibia/Fibula", "小腿")]},
    "en": {"KNEE": ["Knee"], "SHOULDER": ["Shoulder", "Clavicle", "AC Joint"], "HIP": ["Hip"], "ANKLE": ["Ankle"],
           "FOOT": ["Foot", "Calcaneus", "Toes"], "HAND": ["Hand", "Finger", "Thumb"], "WRIST": ["Wrist", "Scaphoid"], "ELBOW": ["Elbow"],
           "FOREARM": ["Forearm", "Radius/Ulna"], "ARM": ["Humerus"], "THIGH": ["Femur"], "LEG": ["Tibia/Fibula", "Tib/Fib"]},
}
# Region words for axial, spine and organ exams: ko and tw as (English, local).
REG = {
    "brain": {"ja": "頭部", "jr": "TOUBU", "ko": ("Brain", "뇌"), "zh": "头颅", "zr": "TOULU", "tw": ("Brain", "腦部"), "en": "Brain"},
    "sinus": {"ja": "副鼻腔", "jr": "FUKUBIKU", "ko": ("PNS", "부비동"), "zh": "鼻窦", "zr": "BIDOU", "tw": ("Sinus", "鼻竇"), "en": "Sinuses"},
    "temporal": {"ja": "側頭骨", "jr": "SOKUTOUKOTSU", "ko": ("Temporal bone", "측두골"), "zh": "颞骨", "zr": "NIEGU", "tw": ("Temporal bone", "顳骨"),
                 "en": "Temporal Bones"},
    "orbit": {"ja": "眼窩", "jr": "GANKA", "ko": ("Orbit", "안와"), "zh": "眼眶", "zr": "YANKUANG", "tw": ("Orbit", "眼眶"), "en": "Orbits"},
    "pituitary": {"ja": "下垂体", "jr": "KASUITAI", "ko": ("Sella", "뇌하수체"), "zh": "垂体", "zr": "CHUITI", "tw": ("Pituitary", "腦下垂體"),
                  "en": "Pituitary"},
    "neck": {"ja": "頸部", "jr": "KEIBU", "ko": ("Neck", "경부"), "zh": "颈部", "zr": "JINGBU", "tw": ("Neck", "頸部"), "en": "Neck"},
    "thyroid": {"ja": "甲状腺", "jr": "KOUJOUSEN", "ko": ("Thyroid", "갑상선"), "zh": "甲状腺", "zr": "JIAZHUANGXIAN", "tw": ("Thyroid", "甲狀腺"),
                "en": "Thyroid"},
    "carotid": {"ja": "頸動脈", "jr": "KEIDOUMYAKU", "ko": ("Carotid", "경동맥"), "zh": "颈动脉", "zr": "JINGDONGMAI", "tw": ("Carotid", "頸動脈"),
                "en": "Carotid"},
    "npx": {"ja": "上咽頭", "jr": "JOUINTOU", "ko": ("Nasopharynx", "비인두"), "zh": "鼻咽", "zr": "BIYAN", "tw": ("Nasopharynx", "鼻咽"),
            "en": "Nasopharynx"},
    "hn": {"ja": "頭頸部", "jr": "TOUKEIBU", "ko": ("Head & Neck", "두경부"), "zh": "头颈部", "zr": "TOUJINGBU", "tw": ("Head & Neck", "頭頸部"),
           "en": "Head and Neck"},
    "chest": {"ja": "胸部", "jr": "KYOUBU", "ko": ("Chest", "흉부"), "zh": "胸部", "zr": "XIONGBU", "tw": ("Chest", "胸部"), "en": "Chest"},
    "heart": {"ja": "心臓", "jr": "SHINZOU", "ko": ("Heart", "심장"), "zh": "心脏", "zr": "XINZANG", "tw": ("Heart", "心臟"), "en": "Cardiac"},
    "coronary": {"ja": "冠動脈", "jr": "KANDOUMYAKU", "ko": ("Coronary", "관상동맥"), "zh": "冠状动脉", "zr": "GUANZHUANG DONGMAI",
                 "tw": ("Coronary", "冠狀動脈"), "en": "Coronary"},
    "abd": {"ja": "腹部", "jr": "FUKUBU", "ko": ("Abdomen", "복부"), "zh": "腹部", "zr": "FUBU", "tw": ("Abdomen", "腹部"), "en": "Abdomen"},
    "uabd": {"ja": "上腹部", "jr": "JOUFUKUBU", "ko": ("Upper abdomen", "상복부"), "zh": "上腹部", "zr": "SHANGFUBU",
             "tw": ("Upper abdomen", "上腹部"), "en": "Upper Abdomen"},
    "liver": {"ja": "肝臓", "jr": "KANZOU", "ko": ("Liver", "간"), "zh": "肝脏", "zr": "GANZANG", "tw": ("Liver", "肝臟"), "en": "Liver"},
    "pancreas": {"ja": "膵臓", "jr": "SUIZOU", "ko": ("Pancreas", "췌장"), "zh": "胰腺", "zr": "YIXIAN", "tw": ("Pancreas", "胰臟"), "en": "Pancreas"},
    "kidney": {"ja": "腎臓", "jr": "JINZOU", "ko": ("Kidney", "신장"), "zh": "双肾", "zr": "SHEN", "tw": ("Kidney", "腎臟"), "en": "Kidneys"},
    "abdpelv": {"ja": "腹部骨盤", "jr": "FUKUBU KOTSUBAN", "ko": ("Abdomen-Pelvis", "복부골반"), "zh": "腹部盆腔", "zr": "FUBU PENQIANG",
                "tw": ("Abdomen & Pelvis", "腹部骨盆"), "en": "Abdomen and Pelvis"},
    "pelvis": {"ja": "骨盤", "jr": "KOTSUBAN", "ko": ("Pelvis", "골반"), "zh": "盆腔", "zr": "PENQIANG", "tw": ("Pelvis", "骨盆"), "en": "Pelvis"},
    "prostate": {"ja": "前立腺", "jr": "ZENRITSUSEN", "ko": ("Prostate", "전립선"), "zh": "前列腺", "zr": "QIANLIEXIAN", "tw": ("Prostate", "攝護腺"),
                 "en": "Prostate"},
    "uterus": {"ja": "子宮", "jr": "SHIKYU", "ko": ("Uterus", "자궁"), "zh": "子宫附件", "zr": "ZIGONG FUJIAN", "tw": ("Uterus", "子宮"),
               "en": "Uterus"},
    "cap": {"ja": "胸腹部骨盤", "jr": "KYOUFUKUBU", "ko": ("Chest-Abdomen-Pelvis", "흉복부골반"), "zh": "胸腹盆", "zr": "XIONG FU PEN",
            "tw": ("Chest+Abdomen+Pelvis", "胸腹骨盆"), "en": "Chest Abdomen Pelvis"},
    "c": {"ja": "頸椎", "jr": "KEITSUI", "ko": ("C-spine", "경추"), "zh": "颈椎", "zr": "JINGZHUI", "tw": ("C-spine", "頸椎"), "en": "Cervical Spine"},
    "t": {"ja": "胸椎", "jr": "KYOUTSUI", "ko": ("T-spine", "흉추"), "zh": "胸椎", "zr": "XIONGZHUI", "tw": ("T-spine", "胸椎"), "en": "Thoracic Spine"},
    "l": {"ja": "腰椎", "jr": "YOUTSUI", "ko": ("L-spine", "요추"), "zh": "腰椎", "zr": "YAOZHUI", "tw": ("L-spine", "腰椎"), "en": "Lumbar Spine"},
    "ws": {"ja": "全脊椎", "jr": "ZENSEKITSUI", "ko": ("Whole spine", "전척추"), "zh": "全脊柱", "zr": "QUANJIZHU", "tw": ("Whole spine", "全脊椎"),
           "en": "Whole Spine"},
    "sacrum": {"ja": "仙骨尾骨", "jr": "SENKOTSU", "ko": ("Sacrum-Coccyx", "천골미골"), "zh": "骶尾椎", "zr": "DIWEIZHUI", "tw": ("Sacrum", "薦尾椎"),
               "en": "Sacrum and Coccyx"},
    "breast": {"ja": "乳房", "jr": "NYUBOU", "ko": ("Breast", "유방"), "zh": "乳腺", "zr": "RUXIAN", "tw": ("Breast", "乳房"), "en": "Breast"},
}
# Modality words per language: (MR, CT, plain film, ultrasound); ko and tw as (English, local).
MODW = {
    "ja": (["MRI", "MR"], ["CT"], ["単純X線", "X-P", "一般撮影"], ["エコー", "超音波"]),
    "jr": (["MRI", "MR"], ["CT"], ["XP", "X-P", "XR"], ["ECHO", "US"]),
    "ko": ([("MRI", "자기공명영상"), ("MRI", "MRI")], [("CT", "전산화단층촬영"), ("CT", "CT")], [("X-ray", "단순촬영"), ("X-ray", "X-ray")],
           [("Sono", "초음파"), ("US", "초음파")]),
    "zh": (["MR", "MRI", "磁共振"], ["CT"], ["DR", "X线摄片"], ["超声", "彩超"]),
    "zr": (["MR", "MRI"], ["CT"], ["DR", "XIANPIAN"], ["CHAOSHENG", "CAICHAO"]),
    "tw": ([("MRI", "磁振造影")], [("CT", "電腦斷層")], [("X-ray", "X光")], [("Sono", "超音波")]),
    "en": (["MRI", "MR"], ["CT"], ["XR", "X-RAY"], ["US", "Ultrasound"]),
}
MODI = {"MR": 0, "CT": 1, "XR": 2, "US": 3}
# Contrast words: (plain, contrast-enhanced).
CONTRAST = {"ja": (["単純", ""], ["造影", "単純+造影"]), "jr": (["TANJUN", ""], ["ZOUEI", "ZOEI"]),
            "ko": (["Non-enhance", "비조영"], ["Enhance", "조영"]), "zh": (["平扫", "平扫"], ["增强", "平扫+增强"]),
            "zr": (["PINGSAO", ""], ["ZENGQIANG", "PS+ZQ"]), "tw": (["無顯影劑", "without contrast"], ["含顯影劑", "with contrast"]),
            "en": (["", "W/O"], ["W/ CONTRAST", "with contrast"])}

# ---------------------------------------------------------------- sites
# name: languages (weighted by repetition), kind, rows, the language the X-ray and US consoles
# write, vendors per modality, strata with weights.
SITES = {
    "jp-univ": dict(langs=["ja"] * 4 + ["en"], kind="university hospital, Japan", n=120, xl="ja",
                    mr=["Canon", "Canon", "Siemens"], ct=["Canon", "Canon", "Siemens"], xr=["Fujifilm", "Canon"], us=["Canon", "Fujifilm"],
                    mg=["Fujifilm"], rf=["Canon", "Shimadzu"], nm=["Siemens", "Canon"], pt=["Siemens", "Canon"], xa=["Canon", "Siemens"],
                    dxa=["Hologic"],
                    strata={"msk": 3, "spine": 2, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 3,
                            "nm": 2, "breast": 1, "dxa": 1, "paeds": 1, "obgyn": 1}),
    "jp-dock": dict(langs=["ja"], kind="health-check centre (ningen dock), Japan", n=95, xl="ja",
                    mr=["Fujifilm"], ct=["Canon"], xr=["Konica"], us=["Fujifilm", "Canon"], mg=["Fujifilm", "Konica"], rf=["Shimadzu"],
                    nm=["Canon"], pt=["Canon"], xa=["Canon"], dxa=["Hologic", "GE"],
                    strata={"chest": 4, "abdo": 4, "breast": 3, "neuro": 2, "cardio": 2, "onc": 1, "dxa": 1, "headneck": 2, "obgyn": 1}),
    "jp-ortho": dict(langs=["jr"] * 3 + ["en"], kind="orthopaedic hospital with ASCII-only consoles, Japan", n=75, xl="en",
                     mr=["Hitachi"], ct=["Fujifilm"], xr=["Shimadzu", "Konica"], us=["Konica"], mg=["Fujifilm"], rf=["Shimadzu"],
                     nm=["Canon"], pt=["Canon"], xa=["Shimadzu"], dxa=["GE", "Hologic"],
                     strata={"msk": 8, "spine": 4, "dxa": 2}),
    "kr-univ": dict(langs=["ko"] * 3 + ["en"], kind="university hospital, South Korea", n=120, xl="en",
                    mr=["Siemens", "GE", "Philips"], ct=["Siemens", "Siemens", "GE"], xr=["Samsung"], us=["Samsung", "GE"],
                    mg=["Hologic"], rf=["Siemens"], nm=["GE"], pt=["GE", "Siemens"], xa=["Siemens"], dxa=["GE"],
                    strata={"msk": 3, "spine": 2, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 2,
                            "nm": 2, "breast": 1, "paeds": 1}),
    "kr-check": dict(langs=["ko"], kind="health-screening centre, South Korea", n=85, xl="en",
                     mr=["Philips"], ct=["GE"], xr=["Samsung"], us=["Samsung"], mg=["GE", "Hologic"], rf=["Shimadzu"],
                     nm=["GE"], pt=["GE"], xa=["Siemens"], dxa=["GE"],
                     strata={"chest": 3, "abdo": 3, "breast": 3, "headneck": 2, "cardio": 1, "neuro": 1, "dxa": 1, "obgyn": 1, "spine": 1}),
    "cn-univ": dict(langs=["zh"] * 3 + ["en"], kind="university hospital, mainland China", n=120, xl="zh",
                    mr=["UIH", "UIH", "Siemens"], ct=["UIH", "Siemens", "Philips"], xr=["UIH", "Philips"], us=["Mindray", "Philips"],
                    mg=["Siemens", "UIH"], rf=["Philips"], nm=["Siemens"], pt=["UIH"], xa=["Philips"], dxa=["GE"],
                    strata={"msk": 2, "spine": 2, "neuro": 3, "headneck": 2, "chest": 3, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 3,
                            "nm": 2, "breast": 1}),
    "cn-fuyou": dict(langs=["zh"], kind="women's and children's hospital, mainland China", n=95, xl="zh",
                     mr=["UIH"], ct=["Neusoft"], xr=["Mindray", "UIH"], us=["Mindray"], mg=["UIH", "Hologic"], rf=["Philips"],
                     nm=["Siemens"], pt=["UIH"], xa=["Philips"], dxa=["GE"],
                     strata={"breast": 4, "obgyn": 4, "paeds": 4, "chest": 1, "msk": 1}),
    "cn-county": dict(langs=["zh", "zr", "zr"], kind="county hospital and health-check centre with pinyin consoles, mainland China", n=75,
                      xl="zr", mr=["Neusoft"], ct=["Neusoft"], xr=["Neusoft"], us=["Mindray"], mg=["UIH"], rf=["Philips"],
                      nm=["Siemens"], pt=["UIH"], xa=["Philips"], dxa=["GE"],
                      strata={"chest": 3, "abdo": 2, "spine": 2, "msk": 2, "neuro": 2, "headneck": 1}),
    "tw-univ": dict(langs=["tw"] * 3 + ["en"], kind="medical centre, Taiwan", n=115, xl="en",
                    mr=["Philips", "Siemens"], ct=["Siemens", "Canon"], xr=["Philips", "Fujifilm"], us=["Philips", "GE"], mg=["Hologic"],
                    rf=["Siemens"], nm=["GE"], pt=["GE"], xa=["Philips"], dxa=["Hologic"],
                    strata={"msk": 2, "spine": 2, "neuro": 2, "headneck": 3, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "vasc": 2,
                            "nm": 2, "breast": 1, "dxa": 1}),
    "tw-child": dict(langs=["tw"] * 3 + ["en"], kind="women's and children's hospital, Taiwan", n=65, xl="en",
                     mr=["GE"], ct=["Canon"], xr=["Fujifilm"], us=["GE", "Philips"], mg=["Hologic"], rf=["Canon"], nm=["GE"], pt=["GE"],
                     xa=["Philips"], dxa=["Hologic"],
                     strata={"paeds": 6, "obgyn": 2, "breast": 1, "msk": 2}),
}
NOANAT_SHARE = 0.05

MR_MAKE = {
    "Canon": ("CANON_MEC", ["Vantage Galan 3T", "Vantage Orian", "Vantage Titan"]),
    "Fujifilm": ("FUJIFILM Healthcare Corporation", ["ECHELON Smart", "ECHELON OVAL", "TRILLIUM OVAL"]),
    "Hitachi": ("Hitachi Medical Corporation", ["AIRIS Vento", "APERTO Lucent", "ECHELON_Vega"]),
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Prisma", "MAGNETOM Sola"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Architect", "SIGNA Premier", "DISCOVERY MR750", "SIGNA Explorer"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia CX", "Achieva"]),
    "UIH": ("UIH", ["uMR 790", "uMR 780", "uMR 770", "uMR 588"]),
    "Neusoft": ("Neusoft Medical Systems", ["NSM-S15P", "NeuMR 1.5T"]),
}
CT_MAKE = {
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Precision", "Aquilion Lightning"]),
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition Flash", "SOMATOM go.Top", "SOMATOM Drive"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Maxima", "Optima CT660", "Discovery CT750 HD"]),
    "Philips": ("Philips", ["IQon - Spectral CT", "Brilliance iCT", "Incisive CT"]),
    "UIH": ("UIH", ["uCT 760", "uCT 960+", "uCT 530"]),
    "Neusoft": ("Neusoft Medical Systems", ["NeuViz 128", "NeuViz 64 In", "NeuViz Epoch"]),
    "Fujifilm": ("FUJIFILM Healthcare Corporation", ["SCENARIA View", "Supria"]),
    "Samsung": ("NeuroLogica", ["CereTom", "OmniTom"]),
}
XR_MAKE = {
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO III", "FDR Smart X", "FCR PROFECT CS"]),
    "Canon": ("Canon Inc.", ["CXDI-710C Wireless", "CXDI-410C Wireless"]),
    "Konica": ("KONICA MINOLTA", ["AeroDR fine", "AeroDR", "REGIUS SIGMA II"]),
    "Shimadzu": ("SHIMADZU Corporation", ["RADspeed Pro", "RADspeed Pro style edition"]),
    "Samsung": ("Samsung Electronics", ["GC85A", "GM85", "GF50"]),
    "UIH": ("UIH", ["uDR 780i", "uDR 596i"]),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "DigitalDiagnost"]),
    "Mindray": ("Mindray", ["DigiEye 760", "DigiEye 330"]),
    "Neusoft": ("Neusoft Medical Systems", ["NeuVision 550", "NeuVision 450"]),
}
US_MAKE = {
    "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
    "Fujifilm": ("FUJIFILM Healthcare Corporation", ["ARIETTA 850", "ARIETTA 750"]),
    "Konica": ("KONICA MINOLTA", ["SONIMAGE HS1", "SONIMAGE MX1"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A", "V8"]),
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ E9", "Voluson E10"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]),
    "Mindray": ("Mindray", ["Resona 7", "Resona I9", "DC-80"]),
}
MG_MAKE = {
    "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality", "AMULET SOPHINITY"]),
    "Konica": ("KONICA MINOLTA", ["PCM System"]),
    "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
    "GE": ("GE HEALTHCARE", ["Senographe Pristina", "Senographe Essential"]),
    "Siemens": ("SIEMENS", ["MAMMOMAT Revelation", "MAMMOMAT Inspiration"]),
    "UIH": ("UIH", ["uMammo 890i", "uMammo 590i"]),
}
RF_MAKE = {"Shimadzu": ("SHIMADZU Corporation", ["SONIALVISION G4", "FLEXAVISION"]), "Canon": ("CANON_MEC", ["ZEXIRA", "Ultimax-i"]),
           "Siemens": ("SIEMENS", ["Luminos dRF Max", "Luminos Agile"]), "Philips": ("Philips Medical Systems", ["CombiDiagnost R90"])}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo", "Symbia T16"]), "Canon": ("CANON_MEC", ["GCA-9300R", "Cartesion Prime"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 870 DR"])}
PT_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]), "Canon": ("CANON_MEC", ["Celesteion", "Cartesion Prime"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]), "UIH": ("UIH", ["uMI 780", "uMI 550"])}
XA_MAKE = {"Canon": ("CANON_MEC", ["Alphenix", "Infinix-i"]), "Siemens": ("SIEMENS", ["AXIOM-Artis", "Artis Q"]),
           "Philips": ("Philips Medical Systems", ["Azurion 7 M20", "AlluraXper FD20"]), "Shimadzu": ("SHIMADZU Corporation", ["Trinias"])}
DXA_MAKE = {"Hologic": ("HOLOGIC", ["Horizon A", "Discovery Wi"]), "GE": ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy"])}

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        self.lang = rng.choice(self.cfg["langs"])
        self.xl = self.cfg["xl"]
        self._v = {}

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def v(self, mod):
        """The vendor of a modality for this study (one per study)."""
        if mod not in self._v:
            self._v[mod] = self.c(self.cfg[mod])
        return self._v[mod]


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def pick(cx, lang, table):
    """The phrase of ``lang`` in ``table`` (a dict by language, falling back: jr to en, zr to zh, the
    rest to en); a list gives a choice."""
    got = table.get(lang)
    if got is None:
        got = table.get({"zr": "zh"}.get(lang, "en"), table.get("en"))
    return cx.c(got) if isinstance(got, list) else got


def L(cx, **table):
    return pick(cx, cx.lang, table)


def name_of(cx, what, lang=None):
    """A region or limb part name: ("reg", key) or ("part", CODE) or ("part+", CODE) for bones
    and joints as well."""
    lang = lang or cx.lang
    if what[0] == "reg":
        return REG[what[1]][lang]
    names = PART[lang][what[1]]
    return cx.c(names) if what[0] == "part+" and len(names) > 1 and cx.p(0.4) else names[0]


def title(cx, mod, what, side=None, con=None, tail=""):
    """A RIS exam name as the site's worklist writes it: modality, region or part, side, contrast."""
    lang = cx.lang
    n = name_of(cx, what)
    m = cx.c(MODW[lang][MODI[mod]])
    c = ""
    if con:
        c = cx.c(CONTRAST[lang][0 if con == "plain" else 1])
    pf = sf = ""
    if side:
        pf = cx.c(SIDE[lang][side][0])
        sf = cx.c(SIDE[lang][side][1])
    if lang == "ja":
        if side:
            forms = [f"{pf}{n}{m}", f"{m} {pf}{n}", f"{n}{m} {sf}", f"{m}\u3000{pf}{n}"]
        else:
            forms = [f"{n}{m}", f"{m} {n}", f"{m}\u3000{n}", f"{n} {m}"]
        t = cx.c(forms) + (f" {c}" if c else "")
    elif lang in ("jr", "zr"):
        forms = [f"{m} {pf} {n}", f"{pf} {n} {m}", f"{n} {m} {sf}"] if side else [f"{m} {n}", f"{n} {m}"]
        t = (cx.c(forms) + (f" {c}" if c else "")).upper()
    elif lang == "ko":
        E, K = n
        mE, mK = m
        if side:
            forms = [f"{mE} {E} {sf}", f"{K} {mK} {sf}", f"{E} {mE} ({K}) {sf}", f"[{mE}] {E} {sf} - {K}", f"{pf} {E} {mE}"]
        else:
            forms = [f"{mE} {E}", f"{K} {mK}", f"{E} {mE} ({K})", f"[{mE}] {E} - {K} {mK}"]
        t = cx.c(forms) + (f" ({c})" if c else "")
    elif lang == "zh":
        if side:
            forms = [f"{pf}{n}{m}{c}", f"{m}{pf}{n}{c}", f"{m} {pf}{n} {c}", f"{n}{m}{c}{sf}"]
        else:
            forms = [f"{n}{m}{c}", f"{m}{n}{c}", f"{m} {n} {c}"]
        t = cx.c(forms)
    elif lang == "tw":
        E, Z = n
        mE, mZ = m
        cz = f" {c}" if c else ""
        if side:
            st = cx.c(SIDE["tw"][side][1][:2])
            zs = {"R": "右", "L": "左", "B": "雙側"}[side]
            forms = [f"{mE} of {E} {st} {zs}{Z}{cz}", f"{E} {mE} {st} ({Z}{mZ}){cz}", f"{mZ}-{zs}{Z} {E} {st}{cz}",
                     f"{st} {E} {mE}{cz}"]
        else:
            forms = [f"{mE} of {E} ({Z}{mZ}){cz}", f"{mZ}-{Z} {E}{cz}", f"{E} {mE}{cz}", f"{Z}{mZ} {E} {mE}{cz}"]
        t = cx.c(forms)
    else:
        if side:
            forms = [f"{m} {n} {sf}", f"{m} {pf} {n}", f"{n.upper()} {m} {sf}"]
        else:
            forms = [f"{m} {n}", f"{m} {n.upper()}", f"{n} {m}"]
        t = cx.c(forms) + (f" {c}" if c else "")
    t = " ".join(t.split(" ")).strip().replace("  ", " ")
    if tail:
        t = f"{t} {tail}"
    if lang == "en" and cx.p(0.3):
        t = t.upper()
    return t


def bpe(cx, meta, good, alt=None, p_missing=0.26, p_alt=0.14):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def make(mod, table, vendor, cx, **kw):
    mk, models = table[vendor]
    m = {"Modality": mod, "Manufacturer": mk, "ManufacturerModelName": cx.c(models)}
    m.update(kw)
    return m

# ---------------------------------------------------------------- scanner naming
PLANE = {"Siemens": {"tra": "tra", "cor": "cor", "sag": "sag"}, "UIH": {"tra": "tra", "cor": "cor", "sag": "sag"},
         "GE": {"tra": "Ax", "cor": "Cor", "sag": "Sag"}, "Philips": {"tra": "TRA", "cor": "COR", "sag": "SAG"},
         "Canon": {"tra": "AX", "cor": "COR", "sag": "SAG"}, "Fujifilm": {"tra": "AX", "cor": "COR", "sag": "SAG"},
         "Hitachi": {"tra": "AX", "cor": "COR", "sag": "SAG"}, "Neusoft": {"tra": "TRA", "cor": "COR", "sag": "SAG"}}
MRN = {
    "Siemens": {"loc": "localizer", "t1": "t1_tse_{P}", "t2": "t2_tse_{P}", "pdfs": "pd_tse_fs_{P}", "t2fs": "t2_tse_fs_{P}",
                "stir": "t2_tirm_{P}", "flair": "t2_tirm_{P}_dark-fluid", "dwi": "ep2d_diff_{P}", "adc": "ep2d_diff_{P}_ADC",
                "tof": "tof_fl3d_tra_p3", "mip": "tof_fl3d_tra_p3_MIP_SAG", "t2s": "t2_fl2d_{P}_hemo", "t1ce": "t1_vibe_fs_{P}_post",
                "dyn": "t1_vibe_fs_dyn_{P}", "mrcp": "t2_space_cor_p3_MRCP", "cine": "trufi_cine_sax", "lge": "tfl_psir_sax_LGE",
                "dwibs": "ep2d_diff_b800_tra_WB", "swi": "swi_tra"},
    "GE": {"loc": "3-Plane Loc", "t1": "{P} T1 FSE", "t2": "{P} T2 FRFSE", "pdfs": "{P} PD FS", "t2fs": "{P} T2 FS", "stir": "{P} STIR",
           "flair": "{P} T2 FLAIR", "dwi": "{P} DWI b1000", "adc": "Apparent Diffusion Coefficient (mm2/s)", "tof": "3D TOF",
           "mip": "3D TOF MIP", "t2s": "{P} T2* GRE", "t1ce": "{P} LAVA-Flex +C", "dyn": "{P} LAVA Dyn", "mrcp": "3D MRCP",
           "cine": "FIESTA Cine SAX", "lge": "MDE SAX", "dwibs": "Ax DWIBS b800", "swi": "SWAN"},
    "Philips": {"loc": "Survey", "t1": "T1W_TSE_{P}", "t2": "T2W_TSE_{P}", "pdfs": "PDW_SPAIR_{P}", "t2fs": "T2W_SPAIR_{P}",
                "stir": "STIR_{P}", "flair": "T2W_FLAIR_{P}", "dwi": "DWI_{P}", "adc": "dADC_{P}", "tof": "TOF_3D_multi-slab",
                "mip": "MIP TOF", "t2s": "T2*_FFE_{P}", "t1ce": "T1W_mDIXON_{P}_CE", "dyn": "eTHRIVE_dyn", "mrcp": "MRCP_3D",
                "cine": "BTFE_SA_cine", "lge": "PSIR_SA", "dwibs": "DWIBS_b1000", "swi": "SWIp"},
    "Canon": {"loc": "Locator", "t1": "T1W_FSE {P}", "t2": "T2W_FSE {P}", "pdfs": "PDW FatSat {P}", "t2fs": "T2W FatSat {P}",
              "stir": "STIR {P}", "flair": "FLAIR {P}", "dwi": "DWI b1000 {P}", "adc": "ADC {P}", "tof": "MRA TOF",
              "mip": "MRA MIP", "t2s": "T2*W {P}", "t1ce": "T1W FatSat CE {P}", "dyn": "Quick 3D Dyn", "mrcp": "MRCP 3D",
              "cine": "Cine SSFP SA", "lge": "LGE PSIR SA", "dwibs": "DWIBS b1000", "swi": "FSBB"},
    "Fujifilm": {"loc": "Scano", "t1": "T1W_SE {P}", "t2": "T2W_FSE {P}", "pdfs": "PDW_FS {P}", "t2fs": "T2W_FS {P}", "stir": "STIR {P}",
                 "flair": "FLAIR {P}", "dwi": "DWI {P}", "adc": "ADC", "tof": "MRA 3D TOF", "mip": "MRA MIP", "t2s": "T2*W_GE {P}",
                 "t1ce": "T1W_FS CE {P}", "dyn": "TIGRE Dyn", "mrcp": "MRCP 3D", "cine": "BASG cine", "lge": "LGE",
                 "dwibs": "DWIBS", "swi": "BSI"},
    "UIH": {"loc": "localizer", "t1": "t1_fse_{P}", "t2": "t2_fse_{P}", "pdfs": "pd_fse_fs_{P}", "t2fs": "t2_fse_fs_{P}",
            "stir": "stir_{P}", "flair": "t2_flair_{P}", "dwi": "dwi_b1000_{P}", "adc": "dwi_b1000_{P}_ADC", "tof": "tof3d_tra",
            "mip": "tof3d_tra_MIP", "t2s": "t2star_gre_{P}", "t1ce": "t1_quick3d_{P}_fs_+C", "dyn": "t1_quick3d_dyn",
            "mrcp": "t2_mrcp_3d_cor", "cine": "cine_sax", "lge": "psir_sax", "dwibs": "dwi_wb_b800", "swi": "swi_tra"},
}
MRN["Hitachi"] = MRN["Fujifilm"]
MRN["Neusoft"] = {k: v.upper() for k, v in MRN["UIH"].items()}
SCAN = {"loc": "GR", "t1": "SE", "t2": "SE", "pdfs": "SE", "t2fs": "SE", "stir": "SE\\IR", "flair": "SE\\IR", "dwi": "EP", "adc": "EP",
        "tof": "GR", "mip": "GR", "t2s": "GR", "t1ce": "GR", "dyn": "GR", "mrcp": "SE", "cine": "GR", "lge": "GR\\IR", "dwibs": "EP\\IR",
        "swi": "GR"}
SIEM_SEQ = {"loc": "*fl2d1", "t1": "*tse2d1_3", "t2": "*tse2d1_15", "pdfs": "*tse2d1_5", "t2fs": "*tse2d1_13", "stir": "*tir2d1_11",
            "flair": "*tir2d1_16", "dwi": "*ep_b0_1000", "tof": "*fl3d1r_t70", "t2s": "*fl2d1", "t1ce": "*fl3d1", "dyn": "*fl3d1",
            "mrcp": "*spcR_240", "cine": "*tfi2d1_12", "lge": "*tfl2d1", "dwibs": "*ep_b0_800", "swi": "*swi3d1r"}


def mr(cx, seq, pl="tra", **kw):
    """An MR series of the study's MR vendor named as that vendor's console names it."""
    v = cx.v("mr")
    desc = MRN[v][seq].replace("{P}", PLANE[v][pl])
    m = make("MR", MR_MAKE, v, cx, SeriesDescription=desc)
    if v == "Siemens" and seq in SIEM_SEQ:
        m["SequenceName"] = SIEM_SEQ[seq]
    if cx.p(0.6):
        m["ScanningSequence"] = SCAN[seq]
    if seq in ("adc", "mip"):
        m["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if seq == "adc" else "MIP")
    m.update(kw)
    return m


CT_SCOUT = {"Canon": "Scanogram", "Siemens": "Topogram  0.6  T20s", "GE": "Scout", "Philips": "Surview", "UIH": "Topogram",
            "Neusoft": "Scout", "Fujifilm": "Scanogram", "Samsung": "Scout"}
CT_DOSE = {"Canon": "Dose Info", "Siemens": "Patient Protocol", "GE": "Dose Report", "Philips": "Dose Info", "UIH": "Dose Report",
           "Neusoft": "Dose Report", "Fujifilm": "Dose Info", "Samsung": "Dose Report"}
# kernels: (soft, lung, bone, head)
KERN = {"Canon": ("FC13", "FC52", "FC30", "FC21"), "Siemens": ("Br40", "Bl57", "Br64", "Hr38"), "GE": ("STANDARD", "LUNG", "BONE", "SOFT"),
        "Philips": ("B", "L", "YC", "UB"), "UIH": ("B_SOFT_B", "B_LUNG_B", "B_BONE_C", "H_SOFT_A"), "Neusoft": ("F20", "L70", "B70", "H30"),
        "Fujifilm": ("Body", "Lung", "Bone", "Head"), "Samsung": ("Standard", "Lung", "Bone", "Brain")}


def ct_name(v, reg, k, thk):
    """A recon name as each vendor writes it: region (English), kernel, thickness."""
    ker = KERN[v][("soft", "lung", "bone", "head").index(k)]
    if v == "Canon":
        return f"{reg} {thk} {ker}" if k != "soft" or reg != "Body" else f"Body {thk} CE"
    if v == "Siemens":
        return f"{reg}  {thk}  {ker}  3"
    if v == "GE":
        return f"{thk}mm {ker if k != 'soft' else 'STND'}" if reg in ("Body", "Abdomen") else f"{reg} {thk}mm {ker}"
    if v == "Philips":
        return f"{reg} {thk} iDose (4) {ker}"
    if v == "UIH":
        return f"{reg}_{thk}mm_{ker}"
    if v == "Neusoft":
        return f"{reg.upper()} {thk}MM {ker}"
    return f"{reg} {thk}mm {ker}"


def ct(cx, reg, k="soft", thk=None, **kw):
    v = cx.v("ct")
    thk = thk or cx.c(["5.0", "1.0", "2.0", "0.5", "1.25", "3.0"])
    m = make("CT", CT_MAKE, v, cx, SeriesDescription=ct_name(v, reg, k, thk), ConvolutionKernel=KERN[v][("soft", "lung", "bone", "head").index(k)],
             SliceThickness=thk.rstrip("0").rstrip(".") if "." in thk else thk, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
    m.update(kw)
    return m


def ct_scout(cx, **kw):
    v = cx.v("ct")
    m = make("CT", CT_MAKE, v, cx, SeriesDescription=CT_SCOUT[v], ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    m.update(kw)
    return m


def ct_dose(cx):
    v = cx.v("ct")
    return make("CT", CT_MAKE, v, cx, SeriesDescription=CT_DOSE[v], ImageType="DERIVED\\SECONDARY\\OTHER",
                SOPClassUID="1.2.840.10008.5.1.4.1.1.7")


def ct_study(cx, reg, labels, why, recons, bp=None, alt=None, con=None):
    """Scout, recons ((kind, thickness) pairs) and the dose page of one CT study."""
    ser = [S(ct_scout(cx), labels, None, why + "; scout of the exam")]
    for k, thk in recons:
        m = ct(cx, reg, k, thk)
        if con and cx.p(0.5):
            m["ContrastBolusAgent"] = cx.c(["Iopamiron 370", "Omnipaque 350", "Iohexol", "Visipaque 320", "Ultravist 370"])
        ser.append(S(m, labels, None, why))
    ser.append(S(ct_dose(cx), [], None, "CT dose page: text, no anatomy", img=False))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], bp, alt)
    return ser


def us(cx, desc=None, **kw):
    v = cx.v("us")
    m = make("US", US_MAKE, v, cx)
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


XR_VIEW = {"ja": ("正面", "側面", "軸位", "斜位"), "en": ("AP", "LAT", "AXIAL", "OBL"), "zh": ("正位", "侧位", "轴位", "斜位"),
           "zr": ("ZHENGWEI", "CEWEI", "ZHOUWEI", "XIEWEI")}


def xr(cx, desc, view=None, **kw):
    v = cx.v("xr")
    mod = cx.c(["CR", "DX"]) if v in ("Fujifilm", "Konica") else "DX"
    m = make(mod, XR_MAKE, v, cx, SeriesDescription=desc)
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def xr_part(cx, what):
    """A part or region as the X-ray console writes it (the site's console language)."""
    xl = cx.xl
    if what == ("reg", "pelvis") and xl == "zh":
        return "骨盆"
    if what[0] == "reg":
        n = REG[what[1]][xl if xl in REG[what[1]] else "en"]
    else:
        n = PART[xl][what[1]][0]
    return n if isinstance(n, str) else n[0]


def xr_desc(cx, what, vi):
    """The series name of one plain-film view: part and view in the console's language."""
    n = xr_part(cx, what)
    vw = XR_VIEW[cx.xl][vi]
    if cx.xl in ("ja", "zh"):
        return cx.c([f"{n}{vw}", f"{n} {vw}"])
    if cx.xl == "zr":
        return f"{n} {vw}"
    return cx.c([f"{n} {vw}", f"{n.upper()} {vw}", vw])


def case(cx, t):
    return t.upper() if cx.lang in ("en", "jr", "zr") and cx.p(0.3) else t

# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.
LIMB_ALT = {"KNEE": ["LEG", "EXTREMITY", "LOWER EXTREMITY"], "SHOULDER": ["EXTREMITY", "UPPER EXTREMITY", "CHEST"], "ANKLE": ["FOOT", "EXTREMITY"],
            "HIP": ["PELVIS", "LOWER EXTREMITY"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
            "HAND": ["WRIST", "FINGER"], "THIGH": ["LEG", "HIP", "FEMUR"], "LEG": ["KNEE", "LOWER EXTREMITY"], "FOREARM": ["ARM", "UPPER EXTREMITY"],
            "ARM": ["SHOULDER", "UPPER EXTREMITY", "HUMERUS"]}


def side_of(cx, both_share=0.0):
    return "B" if cx.p(both_share) else cx.c("LR")


def proto_part(cx, code):
    """A protocol name for a limb exam in the console's language, without a side."""
    if cx.site.startswith("jp-univ") or cx.site == "jp-dock":
        return cx.c([f"{PART['ja'][code][0]}ルーチン", f"{PART['ja'][code][0]}", f"{PART['en'][code][0].upper()} ROUTINE"])
    if cx.site == "jp-ortho":
        return cx.c([f"{PART['jr'][code][0]} ROUTINE", PART["en"][code][0].upper()])
    if cx.site.startswith("cn"):
        return cx.c([f"{PART['zh'][code][0]}常规", PART["en"][code][0], f"{PART['en'][code][0]}_Routine"])
    return cx.c([f"{PART['en'][code][0]} Routine", PART["en"][code][0].upper(), f"MSK_{PART['en'][code][0].upper()}"])


def msk_mr(cx):
    code = cx.c(["KNEE"] * 6 + ["SHOULDER"] * 5 + ["HIP"] * 2 + ["ANKLE"] * 2 + ["WRIST"] * 2 + ["ELBOW", "FOOT", "HAND", "THIGH", "LEG", "ARM", "FOREARM"])
    side = side_of(cx, 0.3 if code == "HIP" else 0.0)
    sd = case(cx, title(cx, "MR", ("part+", code), side, con=cx.c([None, None, "plain"])))
    labels = [code] + (["PELVIS"] if side == "B" else [])
    why = f"{code.lower()} MR, side {side} from the exam name"
    if side == "B":
        why = "MR of both hips: hips and the pelvis between them"
    seqs = ["loc", "pdfs", "pdfs", "t1", cx.c(["t2", "t2fs", "stir", "t2s"])]
    planes = ["tra", "cor", "sag", "cor", cx.c(["sag", "tra"])]
    ser = []
    for sq, pl in zip(seqs, planes):
        m = mr(cx, sq, pl)
        if cx.p(0.45):
            m["ProtocolName"] = proto_part(cx, code)
        bpe(cx, m, code, LIMB_ALT[code])
        if side in "LR" and cx.p(0.2):
            m["Laterality"] = side
        ser.append(S(m, labels, side, why + ("; localizer of the exam" if sq == "loc" else "; sequence-only name")))
    return sd, ser


def msk_xr(cx):
    code = cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 + ["HIP"] * 2 +
                ["ELBOW"] * 2 + ["FOREARM", "FOREARM", "LEG", "LEG", "THIGH", "ARM", "ARM"])
    side = side_of(cx, 0.3 if code in ("KNEE", "HAND", "FOOT") else 0.0)
    lang = cx.lang
    if code == "KNEE" and side == "B" and cx.p(0.4):
        sd = case(cx, L(cx, ja=["下肢全長撮影 立位", "両下肢全長 X-P"], jr=["KASHI ZENCHO XP RYOSOKU"], ko=["Both lower extremity scanogram (하지 전장)", "하지 전장 촬영 (Both)"],
                        zh=["双下肢全长摄影", "双下肢全长站立位"], zr=["SHUANG XIAZHI QUANCHANG"], tw=["Bil. Lower limb scanogram 雙下肢全長"],
                        en=["XR Bilateral Long Leg Standing"]))
        labels = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        m = xr(cx, cx.c(["Long Leg", "下肢全長" if cx.xl == "ja" else "STITCHED", "Stitched AP"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER EXTREMITY", "KNEE"])
        return sd, [S(m, labels, "B", "standing long-leg film of both legs: hip to ankle, both sides")]
    if code == "HAND" and side == "B":
        sd = case(cx, L(cx, ja=["両手 X-P (RA)", "両手両足 単純X線"], jr=["RYO TE XP", "RYOSOKU TE ASHI XP"], ko=["Both hands & feet AP (류마티스)", "Both hand AP/Oblique"],
                        zh=["双手正斜位", "双手正位片(类风湿)"], zr=["SHUANG SHOU ZHENGWEI"], tw=["Bil. hands AP/Oblique 雙手"], en=["XR Both Hands", "XR Hands and Feet Bilateral"]))
        m = xr(cx, xr_desc(cx, ("part", "HAND"), 0), "PA")
        bpe(cx, m, "HAND", ["EXTREMITY"])
        return sd, [S(m, ["HAND"], "B", "both hands on one film (rheumatology)")]
    sd = case(cx, title(cx, "XR", ("part+", code), side))
    if lang == "ja" and cx.p(0.4):
        sd = f"{sd} {cx.c(['2方向', '正面・側面', '3方向'])}"
    if lang in ("zh",) and cx.p(0.5):
        sd = f"{sd}{cx.c(['正侧位', '正斜位'])}"
    labels = [code]
    why = f"{code.lower()} radiograph, side {side} from the exam name"
    vis = [(0, "AP"), (1, "LAT")]
    if code == "SHOULDER":
        vis = [(0, "AP"), (2, None)]
    if code in ("HAND", "FOOT"):
        vis = [(0, "PA"), (3, None)]
    ser = []
    for vi, vp in vis:
        m = xr(cx, xr_desc(cx, ("part", code), vi), vp)
        if side in "LR" and cx.p(0.45):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.v("xr") == "Fujifilm" and cx.p(0.5):
            m["AcquisitionDeviceProcessingDescription"] = f"{PART['en'][code][0].upper()} {('A-P', 'LAT', 'AXIAL', 'OBL')[vi]}"
        bpe(cx, m, code, LIMB_ALT[code])
        ser.append(S(m, labels, side, why))
    if side == "B":
        ser = [S(xr(cx, xr_desc(cx, ("part", code), 0), "AP", ImageLaterality="B"), labels, "B", f"{code.lower()} AP of both sides on one film")]
        for s2 in "LR":
            m = xr(cx, xr_desc(cx, ("part", code), 1), "LAT", ImageLaterality=s2)
            ser.append(S(m, labels, s2, f"{code.lower()} lateral of a both-sides order; ImageLaterality says which"))
        for s in ser:
            bpe(cx, s["meta"], code, LIMB_ALT[code])
    return sd, ser


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 3 + ["HAND", "WRIST", "ELBOW", "ANKLE", "KNEE", "FOOT"])
    side = cx.c("LR")
    sd = case(cx, title(cx, "US", ("part", code), side))
    why = f"{code.lower()} ultrasound, side from the exam name"
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us(cx, cx.c([None, "MSK", "Musculoskeletal", PART["en"][code][0]]))
        bpe(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.5)
        ser.append(S(m, [code], side, why))
    return sd, ser


def msk_ct(cx):
    code, reg = cx.c([("KNEE", "Knee"), ("ANKLE", "Ankle"), ("FOOT", "Foot"), ("WRIST", "Wrist"), ("ELBOW", "Elbow"), ("SHOULDER", "Shoulder")])
    side = cx.c("LR")
    sd = case(cx, title(cx, "CT", ("part+", code), side))
    why = f"{code.lower()} CT for a fracture, side from the exam name"
    ser = ct_study(cx, cx.c(["Extremity", reg, "Bone"]), [code], why, [("bone", "0.5"), ("soft", "2.0")], code, LIMB_ALT[code])
    m = dict(ser[1]["meta"])
    m.update(SeriesDescription=cx.c(["3D VR", "VR Bone", "MPR COR"]), ImageType="DERIVED\\SECONDARY\\REFORMATTED")
    ser.append(S(m, [code], side, why + "; reformat"))
    for s in ser:
        if s["img"]:
            s["laterality"] = side
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.42:
        return msk_mr(cx)
    if r < 0.84:
        return msk_xr(cx)
    if r < 0.93:
        return msk_us(cx)
    return msk_ct(cx)


def spine(cx):
    reg = cx.c(["l"] * 5 + ["c"] * 4 + ["t"] * 2 + ["ws", "sacrum"])
    labels = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE, "sacrum": ["PELVIS"]}[reg]
    good = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "SPINE", "sacrum": "SACRUM"}[reg]
    alt = {"c": ["SPINE", "NECK"], "t": ["SPINE", "CHEST"], "l": ["SPINE", "ABDOMEN", "LSSPINE"], "ws": ["WHOLESPINE", "CSPINE"],
           "sacrum": ["PELVIS", "LSPINE"]}[reg]
    r = cx.rng.random()
    what = {"c": "cervical", "t": "thoracic", "l": "lumbar", "ws": "whole", "sacrum": "sacrococcygeal"}[reg]
    if reg == "ws" and r < 0.5:
        sd = case(cx, L(cx, ja=["全脊椎 立位 2方向", "側弯症 全脊柱撮影"], jr=["ZENSEKITSUI XP RITSUI", "SOKUWAN ZENSEKITSUI"],
                        ko=["Whole spine AP/Lat standing (척추측만)", "전척추 촬영 Scoliosis series"], zh=["全脊柱正侧位(站立)", "脊柱侧弯全长片"],
                        zr=["QUANJIZHU ZHENGCEWEI"], tw=["Whole spine AP/Lat 全脊椎 (scoliosis)"], en=["XR Scoliosis Series Whole Spine"]))
        ser = [S(xr(cx, cx.c(["Whole Spine AP", "全脊椎 正面" if cx.xl == "ja" else "Stitched", "SCOLIOSIS AP"]), "AP",
                    ImageType="DERIVED\\PRIMARY\\STITCHED"), labels, None, "full-length spine film: all three spine segments")]
        bpe(cx, ser[0]["meta"], good, alt)
        return sd, ser
    if r < 0.6:
        sd = case(cx, title(cx, "MR", ("reg", reg), con=cx.c([None, "plain"])))
        why = f"{what} spine MR"
        ser = []
        for sq, pl in [("loc", "sag"), ("t2", "sag"), ("t1", "sag"), ("t2", "tra"), (cx.c(["stir", "t2fs"]), "sag")]:
            m = mr(cx, sq, pl)
            if cx.p(0.4):
                m["ProtocolName"] = L(cx, ja=[REG[reg]["ja"] + "ルーチン", REG[reg]["ja"]], zh=[REG[reg]["zh"] + "常规"],
                                      en=[{"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "ws": "WHOLE SPINE", "sacrum": "SACRUM"}[reg]])
            bpe(cx, m, good, alt)
            ser.append(S(m, labels, None, why + ("; localizer" if sq == "loc" else "; sequence-only name, region from the study")))
        return sd, ser
    if r < 0.9:
        sd = case(cx, title(cx, "XR", ("reg", reg)))
        if cx.lang == "ja" and cx.p(0.4):
            sd += cx.c([" 4方向", " 機能撮影", " 2方向"])
        why = f"{what} spine radiograph"
        ser = []
        for vi, vp in [(0, "AP"), (1, "LAT"), (1, "LAT")][: cx.c([2, 3])]:
            d = xr_desc(cx, ("reg", reg), vi)
            m = xr(cx, d, vp)
            bpe(cx, m, good, alt)
            ser.append(S(m, labels, None, why))
        if len(ser) == 3:
            ser[2]["meta"]["SeriesDescription"] += cx.c([" flexion", " 前屈", " extension"])
        return sd, ser
    sd = case(cx, title(cx, "CT", ("reg", reg)))
    rn = {"c": "C-Spine", "t": "T-Spine", "l": "L-Spine", "ws": "Spine", "sacrum": "Pelvis"}[reg]
    return sd, ct_study(cx, rn, labels, f"{what} spine CT", [("bone", "1.0"), ("soft", "2.0")], good, alt)


def mg_desc(cx, side, view):
    v = cx.v("mg")
    if v in ("GE", "Konica"):
        return f"{side}{view}"
    if v in ("UIH", "Fujifilm"):
        return cx.c([f"{side}-{view}", f"{side} {view}"])
    return f"{side} {view}"


def mg(cx, side, view, **kw):
    m = make("MG", MG_MAKE, cx.v("mg"), cx, SeriesDescription=mg_desc(cx, side, view), ImageLaterality=side,
             ViewPosition=view if view in ("CC", "MLO", "ML") else "CC")
    bpe(cx, m, "BREAST", None, p_missing=0.15)
    m.update(kw)
    return m


def breast(cx):
    r = cx.rng.random()
    if r < 0.45:
        sd = case(cx, L(cx, ja=["マンモグラフィ", "マンモグラフィ 検診", "乳房X線撮影(両側)", "MMG 両側 2方向"], jr=["MMG RYOSOKU"],
                        ko=["Mammography (Both)", "유방촬영술 양측", "Screening mammography 유방촬영"], zh=["双侧乳腺X线摄影", "乳腺钼靶(双侧)", "乳腺DR摄影"],
                        zr=["RUXIAN MUBA SHUANGCE"], tw=["Mammography 乳房攝影 (Bil.)", "Screening mammography 乳房X光攝影"],
                        en=["MG Screening Bilateral", "Mammogram Bilateral"]))
        tomo = cx.v("mg") in ("Hologic", "Siemens", "Fujifilm", "UIH") and cx.p(0.35)
        ser = []
        for s in "RL":
            for vw in ("CC", "MLO"):
                ser.append(S(mg(cx, s, vw), ["BREAST"], s, f"screening mammogram view, side from ImageLaterality {s}"))
                if tomo:
                    m = mg(cx, s, vw, ImageType="DERIVED\\PRIMARY\\TOMOSYNTHESIS\\NONE")
                    m["SeriesDescription"] += cx.c([" Tomo", " Tomosynthesis", " DBT"])
                    ser.append(S(m, ["BREAST"], s, "tomosynthesis reconstruction, side from ImageLaterality"))
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50", "SeriesDescription": "Mammography CAD SR",
                      "Manufacturer": MG_MAKE[cx.v("mg")][0]}, [], None, "CAD structured report: no pixels", img=False))
        return sd, ser
    if r < 0.55:
        side = cx.c("LR")
        sj = {"R": "右", "L": "左"}[side]
        sk, st, se = {"R": ("Rt", "R't", "RIGHT"), "L": ("Lt", "L't", "LEFT")}[side]
        sd = case(cx, L(cx, ja=[f"{sj}乳房X線撮影 追加撮影", f"マンモグラフィ 精査 ({sj})"], jr=[f"MMG {'MIGI' if side == 'R' else 'HIDARI'} TSUIKA"],
                        ko=[f"Diagnostic mammography {sk} (Spot)", f"유방촬영술 {'우측' if side == 'R' else '좌측'} 추가촬영"],
                        zh=[f"{sj}乳腺X线摄影 局部加压", f"{sj}侧乳腺钼靶点压"], zr=[f"{'YOU' if side == 'R' else 'ZUO'} RUXIAN MUBA"],
                        tw=[f"Diagnostic mammography {st} 乳房攝影", f"{sj}乳房攝影 spot view"], en=[f"MG Diagnostic {se}", f"Mammogram {se} spot"]))
        ser = [S(mg(cx, side, vw), ["BREAST"], side, "diagnostic mammogram of one breast") for vw in ("CC", "MLO", "ML")]
        ser[-1]["meta"]["SeriesDescription"] += cx.c([" Spot", {"ja": " 拡大", "zh": " 放大"}.get(cx.xl, " MAG")])
        return sd, ser
    if r < 0.65:
        side = cx.c("LR")
        sd = case(cx, L(cx, ja=[f"{ {'R': '右', 'L': '左'}[side]}乳房 ステレオガイド下吸引式生検", f"マンモトーム生検 ({ {'R': '右', 'L': '左'}[side]})"],
                        ko=[f"Stereotactic breast biopsy {side.replace('R', 'Rt').replace('L', 'Lt')} (유방 조직검사)"],
                        zh=[f"{ {'R': '右', 'L': '左'}[side]}乳腺钼靶定位穿刺活检"], tw=[f"Stereotactic biopsy {side}'t breast 立體定位切片"],
                        en=[f"MG Stereotactic Biopsy {'Right' if side == 'R' else 'Left'} Breast"]))
        ser = [S(mg(cx, side, "CC", SeriesDescription=d), ["BREAST"], side, "stereotactic biopsy images of one breast")
               for d in ("Scout", "Stereo +15", "Stereo -15", "Post Fire")]
        m = mg(cx, side, "CC", SeriesDescription=cx.c(["Specimen", "標本", "标本"]))
        ser.append(S(m, ["BREAST"], side, "specimen radiograph of the core, side of the breast it came from"))
        return sd, ser
    if r < 0.88:
        side = cx.c(["B", "B", "L", "R"])
        if side == "B":
            sd = case(cx, L(cx, ja=["乳腺エコー 両側", "乳房超音波検査(両側)", "乳腺超音波 検診 両側"], jr=["NYUSEN ECHO RYOSOKU"],
                            ko=["Breast US (Both) 유방초음파", "유방초음파 양측", "[US] Breast Both"], zh=["双侧乳腺彩超", "双乳及腋窝超声"],
                            zr=["SHUANGCE RUXIAN CAICHAO"], tw=["Breast Sono 乳房超音波 (Bil.)", "雙側乳房超音波"], en=["US Breast Bilateral"]))
        else:
            sd = case(cx, title(cx, "US", ("reg", "breast"), side))
        why = "breast ultrasound, side of the order" if side != "B" else "breast ultrasound of both breasts"
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "Breast", "BREAST", "Small Parts"]))
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.45)
            ser.append(S(m, ["BREAST"], side, why))
        return sd, ser
    sd = case(cx, title(cx, "MR", ("reg", "breast"), "B", con="ce"))
    why = "breast MR: both breasts"
    ser = []
    for sq, pl in [("loc", "tra"), ("t2fs", "tra"), ("dwi", "tra"), ("dyn", "tra"), ("t1ce", "tra")]:
        m = mr(cx, sq, pl)
        bpe(cx, m, "BREAST", ["CHEST"])
        ser.append(S(m, ["BREAST"], "B", why))
    m = mr(cx, "dyn", "tra", ImageType="DERIVED\\PRIMARY\\SUBTRACTION")
    m["SeriesDescription"] = cx.c(["SUB 1", "dyn_SUB", "Subtraction"])
    ser.append(S(m, ["BREAST"], "B", why + "; subtraction"))
    return sd, ser


def mr_study(cx, seqs, labels, why, good, alt=None, proto=None):
    ser = []
    for sq, pl in seqs:
        m = mr(cx, sq, pl)
        if proto and cx.p(0.4):
            m["ProtocolName"] = proto
        bpe(cx, m, good, alt)
        ser.append(S(m, labels, None, why + ("; localizer" if sq == "loc" else "")))
    return ser


def neuro(cx):
    r = cx.rng.random()
    if r < 0.3:
        if cx.site == "kr-univ" and cx.p(0.3):
            cx._v["ct"] = "Samsung"  # portable head-only CT at the bedside
        sd = case(cx, title(cx, "CT", ("reg", "brain"), con=cx.c([None, "plain"])))
        if cx.v("ct") == "Samsung":
            sd += " (portable)"
        return sd, ct_study(cx, cx.c(["Head", "Brain"]), ["HEAD"], "head CT", [("head", "5.0"), ("bone", "1.0")], "HEAD", ["BRAIN", "SKULL"])
    if r < 0.62:
        sd = case(cx, title(cx, "MR", ("reg", "brain"), con=cx.c([None, "plain", "ce"])))
        seqs = [("loc", "sag"), ("dwi", "tra"), ("adc", "tra"), ("flair", "tra"), ("t2", "tra"), ("t1", "sag"), (cx.c(["t2s", "swi"]), "tra")]
        return sd, mr_study(cx, seqs, ["HEAD"], "brain MR", "HEAD", ["BRAIN", "SKULL"], L(cx, ja="頭部ルーチン", zh="头颅常规", en="BRAIN ROUTINE"))
    if r < 0.78:
        # brain check-up: head MR and MRA, with a neck MRA of the carotids in the same study
        sd = case(cx, L(cx, ja=["脳ドック MRI・MRA", "頭部MRI+MRA(脳ドック)", "脳ドック 頭頸部MRA"], jr=["NOU DOCK MRI MRA"],
                        ko=["Brain MRI+MRA (뇌검진)", "뇌 MRI/MRA 검진"], zh=["头颅MR+MRA", "头颅磁共振平扫+血管成像"], zr=["TOULU MR MRA"],
                        tw=["Brain MRI+MRA 腦部磁振造影 健檢"], en=["MRI Brain and MRA Head and Neck"]))
        ser = mr_study(cx, [("loc", "sag"), ("dwi", "tra"), ("flair", "tra"), ("t2", "tra"), ("tof", "tra"), ("mip", "tra")], ["HEAD"],
                       "brain check-up: head MR and intracranial MRA", "HEAD", ["BRAIN"])
        for d in (L(cx, ja=["頸部MRA", "MRA NECK"], en=["MRA Neck", "Carotid MRA"]), L(cx, ja=["頸部MRA MIP"], en=["MRA Neck MIP", "NECK MIP"])):
            m = mr(cx, "tof", "tra", SeriesDescription=d)
            bpe(cx, m, "NECK", ["HEAD", "BRAIN"])
            ser.append(S(m, ["NECK"], None, "neck MRA of the carotids in a brain check-up: neck only"))
        return sd, ser
    if r < 0.88:
        sd = case(cx, L(cx, ja=["頭頸部CTA", "脳卒中 CTA 頭部・頸部"], jr=["TOUKEIBU CTA"], ko=["Stroke CT angio (Brain & Neck) 뇌졸중", "Brain+Neck CTA"],
                        zh=["头颈CTA", "头颈部CT血管成像"], zr=["TOUJING CTA"], tw=["Brain & Neck CTA 腦部頸部電腦斷層血管攝影"], en=["CTA Head and Neck"]))
        return sd, ct_study(cx, cx.c(["Head-Neck", "CTA", "Angio"]), ["HEAD", "NECK"], "CT angiography of head and neck", [("soft", "0.5"), ("soft", "1.0")],
                            "HEAD", ["NECK", "BRAIN", "HEADNECK"], con=True)
    sd = case(cx, title(cx, "MR", ("reg", "pituitary"), con="ce"))
    seqs = [("loc", "sag"), ("t1", "cor"), ("t2", "cor"), ("dyn", "cor"), ("t1ce", "sag")]
    return sd, mr_study(cx, seqs, ["HEAD"], "pituitary MR", "HEAD", ["BRAIN", "SELLA"])


def headneck(cx):
    r = cx.rng.random()
    if r < 0.24:
        sd = case(cx, title(cx, "US", ("reg", cx.c(["thyroid", "thyroid", "neck"]))))
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "Thyroid", "THYROID", "Small Parts", "甲状腺" if cx.xl in ("ja", "zh") else "Neck"]))
            bpe(cx, m, "NECK", ["THYROID"], p_missing=0.4, p_alt=0.3)
            ser.append(S(m, ["NECK"], None, "thyroid or neck ultrasound: neck"))
        return sd, ser
    if r < 0.4:
        sd = case(cx, title(cx, "US", ("reg", "carotid")))
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "Carotid", "CAROTID", "Vascular"]))
            bpe(cx, m, "NECK", ["CAROTID", "HEAD"], p_missing=0.45)
            ser.append(S(m, ["NECK"], None, "carotid duplex: neck"))
        return sd, ser
    if r < 0.58:
        key = cx.c(["sinus", "sinus", "temporal", "orbit"])
        sd = case(cx, title(cx, "CT", ("reg", key)))
        return sd, ct_study(cx, {"sinus": "Sinus", "temporal": "Temporal Bone", "orbit": "Orbit"}[key], ["HEAD"],
                            f"{key} CT: head", [("bone", "0.5"), ("soft", "2.0")], "HEAD", ["SINUS", "SKULL", "EAR"])
    if r < 0.72:
        sd = case(cx, title(cx, "CT", ("reg", "neck"), con="ce"))
        return sd, ct_study(cx, "Neck", ["NECK"], "neck CT", [("soft", "2.0"), ("soft", "0.5")], "NECK", ["LARYNX", "HEAD"], con=True)
    if r < 0.9:
        key = cx.c(["npx", "npx", "hn"])
        sd = case(cx, title(cx, "MR", ("reg", key), con="ce"))
        seqs = [("loc", "sag"), ("t2fs", "tra"), ("t1", "tra"), ("t1ce", "tra"), ("t1ce", "cor"), ("dwi", "tra")]
        return sd, mr_study(cx, seqs, ["HEAD", "NECK"], "nasopharynx or head-and-neck MR: skull base to the neck", "NECK",
                            ["HEAD", "NASOPHARYNX", "HEADNECK"])
    sd = case(cx, L(cx, ja=["顎関節MRI 両側", "顎関節 MRI"], jr=["GAKUKANSETSU MRI"], ko=["TMJ MRI (턱관절)"], zh=["颞下颌关节MR"], zr=["NIEXIAHE GUANJIE MR"],
                    tw=["TMJ MRI 顳顎關節"], en=["MRI TMJ"]))
    seqs = [("loc", "sag"), ("t1", "sag"), ("pdfs", "sag"), ("t2", "cor")]
    return sd, mr_study(cx, seqs, ["HEAD"], "TMJ MR: head", "HEAD", ["TMJ", "SKULL"])


def chest(cx):
    r = cx.rng.random()
    if r < 0.42:
        sd = case(cx, L(cx, ja=["胸部単純X線", "胸部X-P 正面", "胸部正面 (健診)", "胸部X線 2方向"], jr=["KYOUBU XP", "KYOBU SHOMEN"],
                        ko=["Chest PA", "Chest PA (흉부촬영)", "흉부 X-ray PA/Lat"], zh=["胸部正位", "胸部DR正位", "胸片(体检)"], zr=["XIONGBU ZHENGWEI", "XIONG PIAN"],
                        tw=["Chest PA 胸部X光", "胸部X光 Chest PA view"], en=["XR Chest PA", "CXR PA and Lateral"]))
        ser = [S(xr(cx, xr_desc(cx, ("reg", "chest"), 0), "PA"), ["CHEST"], None, "chest radiograph")]
        if cx.p(0.4):
            ser.append(S(xr(cx, xr_desc(cx, ("reg", "chest"), 1), "LL"), ["CHEST"], None, "chest radiograph, lateral"))
        for s in ser:
            bpe(cx, s["meta"], "CHEST", ["THORAX", "LUNG"])
        return sd, ser
    if r < 0.72:
        sd = case(cx, L(cx, ja=["低線量肺がんCT検診", "胸部CT 低線量", "肺がんドック CT"], jr=["KYOUBU CT TEISENRYO"],
                        ko=["저선량 흉부 CT (LDCT)", "Low dose chest CT (폐암검진)", "LDCT 흉부"], zh=["胸部低剂量CT", "肺部CT平扫(体检)", "低剂量螺旋CT肺癌筛查"],
                        zr=["XIONGBU DIJILIANG CT", "FEI CT PINGSAO"], tw=["低劑量胸部電腦斷層 LDCT", "LDCT 肺癌篩檢"], en=["CT Chest Low Dose Screening"]))
        return sd, ct_study(cx, cx.c(["Chest", "Lung", "Thorax"]), ["CHEST"], "low-dose lung screening CT", [("lung", "1.0"), ("soft", "5.0")],
                            "CHEST", ["LUNG", "THORAX"])
    if r < 0.9:
        sd = case(cx, title(cx, "CT", ("reg", "chest"), con=cx.c(["plain", "ce", None])))
        return sd, ct_study(cx, cx.c(["Chest", "Thorax", "Lung"]), ["CHEST"], "chest CT", [("lung", "1.0"), ("soft", "2.0"), ("soft", "5.0")],
                            "CHEST", ["LUNG", "THORAX", "ABDOMEN"])
    sd = case(cx, L(cx, ja=["肺動脈CTA (PE)", "胸部造影CT 肺塞栓"], ko=["CT pulmonary angiography (폐색전증)"], zh=["肺动脉CTA"], zr=["FEIDONGMAI CTA"],
                    tw=["CT pulmonary angiography 肺動脈血管攝影"], en=["CTPA"]))
    return sd, ct_study(cx, cx.c(["CTPA", "Chest"]), ["CHEST"], "CT pulmonary angiogram", [("soft", "1.0")], "CHEST", ["LUNG", "HEART"], con=True)


def cardio(cx):
    r = cx.rng.random()
    if r < 0.45:
        sd = case(cx, L(cx, ja=["冠動脈CT", "心臓CT (冠動脈)", "冠動脈CTA 石灰化スコア"], jr=["KANDOUMYAKU CT"], ko=["Coronary CTA (관상동맥)", "관상동맥 CT + Ca score"],
                        zh=["冠状动脉CTA", "冠脉CTA"], zr=["GUANMAI CTA"], tw=["Coronary CTA 冠狀動脈電腦斷層", "心臟CT Ca score"], en=["CT Coronary Angiogram"]))
        v = cx.v("ct")
        ser = ct_study(cx, "Cardiac", ["CHEST"], "coronary CT: heart", [("soft", "0.5")], "HEART", ["CHEST", "CORONARY"], con=True)
        for d in (cx.c(["CaSc 3.0", "Calcium Score", "CaScoring 3mm"]), cx.c(["75% Best Diastolic", "CardioPhase 75%", "Cardiac 0.6 Bv40 75%", "SnapShot Segment 75%"]),
                  cx.c(["CPR RCA", "Curved LAD", "VR Heart"])):
            m = ct(cx, "Cardiac", "soft", cx.c(["0.5", "3.0"]), SeriesDescription=d)
            if d.startswith(("CPR", "Curved", "VR")):
                m["ImageType"] = "DERIVED\\SECONDARY\\REFORMATTED"
            bpe(cx, m, "HEART", ["CHEST"])
            ser.insert(1, S(m, ["CHEST"], None, "coronary CT: heart"))
        _ = v
        return sd, ser
    if r < 0.65:
        sd = case(cx, title(cx, "MR", ("reg", "heart"), con="ce"))
        seqs = [("loc", "tra"), ("cine", "sag"), ("cine", "tra"), ("lge", "sag"), ("t2", "tra")]
        return sd, mr_study(cx, seqs, ["CHEST"], "cardiac MR: heart", "HEART", ["CHEST"])
    if r < 0.85:
        sd = case(cx, L(cx, ja=["心エコー", "経胸壁心エコー"], jr=["SHIN ECHO"], ko=["Echocardiography (심장초음파)", "TTE 심초음파"], zh=["心脏彩超", "超声心动图"],
                        zr=["XINZANG CAICHAO"], tw=["Echocardiography 心臟超音波"], en=["Echocardiogram TTE"]))
        m = us(cx, cx.c([None, "Cardiac", "Adult Echo"]))
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.5)
        return sd, [S(m, ["CHEST"], None, "echocardiogram: heart")]
    sd = case(cx, L(cx, ja=["冠動脈造影 (CAG)", "心臓カテーテル検査 CAG"], ko=["CAG (관상동맥조영술)"], zh=["冠状动脉造影", "冠脉造影+PCI"],
                    zr=["GUANMAI ZAOYING"], tw=["Coronary angiography 心導管"], en=["Coronary Angiography"]))
    ser = []
    for d in ("LCA RAO caudal", "LCA LAO cranial", "RCA LAO", "LV gram"):
        m = make("XA", XA_MAKE, cx.v("xa"), cx, SeriesDescription=cx.c([d, "Coro", "Cardiac"]))
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
        ser.append(S(m, ["CHEST"], None, "coronary angiography runs: heart"))
    return sd, ser


def rf(cx, desc, **kw):
    m = make("RF", RF_MAKE, cx.v("rf"), cx, SeriesDescription=desc)
    m.update(kw)
    return m


def abdo(cx):
    r = cx.rng.random()
    if r < 0.24:
        sd = case(cx, L(cx, ja=["腹部超音波", "腹部エコー (人間ドック)", "上腹部エコー"], jr=["FUKUBU ECHO"], ko=["Abdomen US (복부초음파)", "상복부 초음파", "Liver US 간초음파"],
                        zh=["肝胆胰脾彩超", "上腹部彩超", "腹部超声(肝胆脾胰双肾)"], zr=["FUBU CAICHAO", "GANDAN YIPI CAICHAO"],
                        tw=["Abdominal sonography 腹部超音波", "上腹部超音波"], en=["US Abdomen Upper"]))
        ser = []
        for _ in range(cx.c([1, 2, 2])):
            m = us(cx, cx.c([None, "Abdomen", "ABDOMEN", "Abd", "腹部" if cx.xl in ("ja", "zh") else "Liver"]))
            bpe(cx, m, "ABDOMEN", ["LIVER"], p_missing=0.45)
            ser.append(S(m, ["ABDOMEN"], None, "upper abdominal ultrasound: liver, gallbladder, pancreas, spleen, kidneys"))
        return sd, ser
    if r < 0.42:
        # gastric barium study of a check-up (Japan, Korea) or an upper GI series
        sd = case(cx, L(cx, ja=["胃部X線検査 (バリウム)", "胃透視", "上部消化管造影 (胃)", "胃X線 検診"], jr=["I TOUSHI", "JOBU SHOKAKAN ZOEI"],
                        ko=["UGIS (위장조영술)", "위장조영촬영 검진", "Upper GI series"], zh=["上消化道钡餐造影", "胃肠钡餐"], zr=["SHANGXIAOHUADAO GANGCAN"],
                        tw=["UGI series 上消化道攝影"], en=["Upper GI Barium Meal"]))
        views = L(cx, ja=[["背臥位二重造影 正面", "腹臥位二重造影", "立位充盈像", "右側臥位二重造影", "半臥位 第1斜位"]],
                  ko=[["Double contrast supine", "Prone", "Upright filling", "Spot"]], zh=[["仰卧位双对比", "俯卧位", "立位充盈相", "点片"]],
                  en=[["Double contrast supine", "Prone compression", "Upright", "Spot"]])
        ser = []
        for d in cx.rng.sample(views, 3):
            m = rf(cx, d)
            bpe(cx, m, "STOMACH", ["ABDOMEN", "UGI"], p_missing=0.4, p_alt=0.3)
            ser.append(S(m, ["ABDOMEN"], None, "gastric barium study: stomach and duodenum"))
        return sd, ser
    if r < 0.62:
        sd = case(cx, title(cx, "CT", ("reg", "abdpelv"), con=cx.c(["ce", "plain", None])))
        return sd, ct_study(cx, cx.c(["Abdomen", "Body", "Abd-Pelvis"]), AP_, "CT of abdomen and pelvis", [("soft", "5.0"), ("soft", "1.0")],
                            "ABDOMEN", ["PELVIS", "ABDOMENPELVIS"], con=True)
    if r < 0.72:
        key = cx.c(["liver", "liver", "pancreas", "uabd"])
        sd = case(cx, title(cx, "CT", ("reg", key), con="ce", tail=L(cx, ja="ダイナミック", zh="三期", ko="Dynamic", en="3-phase")))
        ser = ct_study(cx, cx.c(["Abdomen", "Body"]), ["ABDOMEN"], "multiphase CT of the liver or pancreas: upper abdomen",
                       [("soft", "5.0"), ("soft", "2.0")], "ABDOMEN", ["LIVER"], con=True)
        phases = {"ja": ["動脈相", "門脈相", "平衡相"], "zh": ["动脉期", "门脉期", "延迟期"]}.get(cx.xl, ["Arterial", "Portal", "Delay"])
        for ph in cx.rng.sample(phases, 2):
            m = ct(cx, "Abdomen", "soft", "2.0")
            m["SeriesDescription"] = f"{ph} {m['SeriesDescription']}" if cx.p(0.5) else ph
            bpe(cx, m, "ABDOMEN", ["LIVER"])
            ser.insert(1, S(m, ["ABDOMEN"], None, "multiphase CT of the upper abdomen: a phase"))
        return sd, ser
    if r < 0.82:
        kind = cx.c(["eob", "mrcp"])
        if kind == "eob":
            sd = case(cx, L(cx, ja=["EOB肝MRI", "肝臓MRI (EOB・プリモビスト)"], jr=["KANZOU MRI EOB"], ko=["Liver MRI (Primovist) 간"], zh=["肝脏MR增强(普美显)", "上腹部MR平扫+增强"],
                            zr=["GANZANG MR ZENGQIANG"], tw=["Liver MRI (Primovist) 肝臟磁振造影"], en=["MRI Liver with Primovist"]))
            seqs = [("loc", "cor"), ("t2", "tra"), ("dwi", "tra"), ("dyn", "tra"), ("t1ce", "tra")]
        else:
            sd = case(cx, L(cx, ja=["MRCP", "MRCP 膵胆管"], ko=["MRCP (담췌관)"], zh=["MRCP 胰胆管水成像"], zr=["MRCP"], tw=["MRCP 磁振膽胰管攝影"], en=["MRI MRCP"]))
            seqs = [("loc", "cor"), ("t2", "tra"), ("mrcp", "cor"), ("t2", "cor")]
        return sd, mr_study(cx, seqs, ["ABDOMEN"], "liver MR or MRCP: upper abdomen", "ABDOMEN", ["LIVER", "PANCREAS"])
    if r < 0.9:
        sd = case(cx, L(cx, ja=["腹部単純X線 (臥位)", "KUB", "腹部 X-P 立位・臥位"], jr=["FUKUBU XP", "KUB"], ko=["Abdomen supine (KUB)", "복부 단순촬영 Supine/Erect"],
                        zh=["腹部立卧位平片", "腹部平片(KUB)"], zr=["FUBU PINGPIAN", "KUB"], tw=["KUB 腹部X光", "Abdomen supine & erect 腹部X光"], en=["XR Abdomen KUB"]))
        ser = []
        for vi in (0, 0):
            m = xr(cx, xr_desc(cx, ("reg", "abd"), vi), "AP")
            bpe(cx, m, "ABDOMEN", ["KUB", "PELVIS"])
            ser.append(S(m, AP_, None, "abdominal plain film (KUB): abdomen and pelvis"))
        ser[1]["meta"]["SeriesDescription"] += cx.c([" 立位", " erect", " upright"])
        return sd, ser
    kind = cx.c(["prost", "colono", "uro"])
    if kind == "prost":
        sd = case(cx, title(cx, "MR", ("reg", "prostate"), con=cx.c([None, "ce"])))
        seqs = [("loc", "sag"), ("t2", "tra"), ("t2", "sag"), ("dwi", "tra"), ("adc", "tra"), ("dyn", "tra")]
        return sd, mr_study(cx, seqs, ["PELVIS"], "prostate MR: pelvis", "PROSTATE", ["PELVIS", "ABDOMEN"])
    if kind == "colono":
        sd = case(cx, L(cx, ja=["CTコロノグラフィー", "大腸CT検査"], ko=["CT colonography (대장)"], zh=["CT结肠成像"], zr=["CT JIECHANG CHENGXIANG"],
                        tw=["CT colonography 虛擬大腸鏡"], en=["CT Colonography"]))
        ser = ct_study(cx, cx.c(["Colon", "Body"]), AP_, "CT colonography: abdomen and pelvis", [("soft", "1.0")], "COLON", ["ABDOMEN", "PELVIS"])
        sup, pro = {"ja": (" 仰臥位", " 腹臥位"), "zh": (" 仰卧位", " 俯卧位")}.get(cx.xl, (" Supine", " Prone"))
        ser[1]["meta"]["SeriesDescription"] += sup
        m = ct(cx, "Colon", "soft", "1.0")
        m["SeriesDescription"] += pro
        ser.insert(2, S(m, AP_, None, "CT colonography: abdomen and pelvis, prone"))
        return sd, ser
    sd = case(cx, L(cx, ja=["CTウログラフィー", "尿路CT"], ko=["CT urography (요로)"], zh=["CT尿路成像 CTU"], zr=["CTU"], tw=["CT urography 泌尿道電腦斷層"], en=["CT Urogram"]))
    return sd, ct_study(cx, "Urogram", AP_, "CT urography: kidneys to bladder", [("soft", "1.0"), ("soft", "5.0")], "ABDOMEN", ["KIDNEY", "PELVIS"], con=True)


def onc(cx):
    r = cx.rng.random()
    if r < 0.45:
        v = cx.v("pt")
        sd = case(cx, L(cx, ja=["FDG-PET/CT 全身", "PET-CT (がん検診)", "PET/CT 全身 FDG"], jr=["PET CT ZENSHIN"], ko=["F-18 FDG PET/CT (전신)", "PET-CT Torso 전신"],
                        zh=["全身PET/CT", "18F-FDG PET/CT 全身显像"], zr=["QUANSHEN PET CT"], tw=["FDG PET/CT 全身正子造影", "Whole body PET/CT 正子電腦斷層"],
                        en=["PET/CT FDG Whole Body Skull Base to Thigh"]))
        pmk = PT_MAKE[v]
        pt = {"Siemens": ["PET WB AC", "PET WB NAC", "PET MIP"], "GE": ["WB 3D MAC", "PET AC", "MIP"], "Canon": ["PET_AC", "PET_NAC", "PET MIP"],
              "UIH": ["PET_WB_AC", "PET_WB_NAC", "MIP"]}[v]
        ctd = {"Siemens": "CT WB  3.0  B30f", "GE": "CTAC 3.75 Thick", "Canon": "WB CT 2.0", "UIH": "CT_WB_3mm"}[v]
        ser = [S({"Modality": "CT", "Manufacturer": pmk[0], "ManufacturerModelName": pmk[1][0],
                  "SeriesDescription": {"Siemens": "Topogram  0.6  T20f", "GE": "Scout", "Canon": "Scanogram", "UIH": "Topogram"}[v],
                  "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}, WB, None, "scout of a whole-body PET/CT")]
        ser.append(S({"Modality": "CT", "Manufacturer": pmk[0], "ManufacturerModelName": pmk[1][0], "SeriesDescription": ctd,
                      "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, WB, None, "CT of a whole-body PET/CT"))
        for d in pt:
            m = {"Modality": "PT", "Manufacturer": pmk[0], "ManufacturerModelName": pmk[1][0], "SeriesDescription": d}
            if d.endswith("MIP"):
                m["ImageType"] = "DERIVED\\SECONDARY\\MIP"
            ser.append(S(m, WB, None, "whole-body PET"))
        ser.append(S({"Modality": "CT", "Manufacturer": pmk[0], "ManufacturerModelName": pmk[1][0],
                      "SeriesDescription": cx.c(["CT Lung 1.25", "Lung 1.0 FC52", "CT_LUNG_1mm", "Thorax 1.0 B70f"]),
                      "SliceThickness": "1"}, ["CHEST"], None, "dedicated thin lung recon of a PET/CT: chest only"))
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "ABDOMEN", "HEAD", "WHOLE BODY"], p_missing=0.3, p_alt=0.3) if s["labels"] == WB else None
        return sd, ser
    if r < 0.62:
        sd = case(cx, L(cx, ja=["全身DWI (DWIBS)", "MRI 全身 拡散強調 (がんドック)"], jr=["DWIBS ZENSHIN"], ko=["Whole body MRI (DWIBS) 전신"],
                        zh=["全身磁共振弥散成像(DWIBS)"], zr=["QUANSHEN DWIBS"], tw=["Whole body MRI DWIBS 全身磁振造影"], en=["MRI Whole Body DWIBS"]))
        seqs = [("loc", "cor"), ("dwibs", "tra"), ("stir", "cor"), ("t1", "cor")]
        ser = mr_study(cx, seqs, WB, "whole-body diffusion MR: head to pelvis", "WHOLEBODY", ["ABDOMEN", "CHEST"])
        m = mr(cx, "dwibs", "cor", SeriesDescription=cx.c(["DWIBS MIP inv", "MIP COR", "DWIBS_3D_MIP"]), ImageType="DERIVED\\PRIMARY\\MIP")
        ser.append(S(m, WB, None, "inverted MIP of whole-body diffusion MR"))
        return sd, ser
    sd = case(cx, title(cx, "CT", ("reg", "cap"), con="ce"))
    return sd, ct_study(cx, cx.c(["Body", "Chest-Abdomen", "Trunk"]), CAP, "staging CT of chest, abdomen and pelvis",
                        [("soft", "5.0"), ("lung", "1.0"), ("soft", "2.0")], "CHEST", ["ABDOMEN", "CHEST_TO_PELVIS", "WHOLEBODY"], con=True)


RT_TW, LT_TW = "R't", "L't"


def side_words(cx, side):
    """The site language's stand-alone side word (for exam names written out by hand here)."""
    return cx.c(SIDE[cx.lang][side][1])


def vasc(cx):
    r = cx.rng.random()
    if r < 0.18:
        sd = case(cx, L(cx, ja=["胸腹部大動脈CTA", "大動脈CT (胸部〜骨盤)"], jr=["DAIDOUMYAKU CTA"], ko=["Aorta CT angio (흉복부 대동맥)"], zh=["胸腹主动脉CTA", "全主动脉CTA"],
                        zr=["ZHUDONGMAI CTA"], tw=["Aorta CTA 主動脈電腦斷層血管攝影"], en=["CTA Aorta Chest Abdomen Pelvis"]))
        return sd, ct_study(cx, cx.c(["Aorta", "Angio", "Body"]), CAP, "aortic CTA from the arch to the iliac arteries", [("soft", "1.0"), ("soft", "5.0")],
                            "CHEST", ["ABDOMEN", "AORTA", "WHOLEBODY"], con=True)
    if r < 0.32:
        sd = case(cx, L(cx, ja=["下肢動脈CTA 両側", "両下肢CTA (ASO)"], jr=["KASHI DOUMYAKU CTA RYOSOKU"], ko=["Both lower extremity CTA (하지혈관)", "Lower extremity CT angio Both"],
                        zh=["双下肢动脉CTA", "腹主动脉及双下肢CTA"], zr=["SHUANG XIAZHI CTA"], tw=["Bil. lower limb CTA 雙下肢血管攝影"], en=["CTA Runoff Bilateral Lower Extremities"]))
        ser = ct_study(cx, cx.c(["Runoff", "Angio", "LE Angio"]), RUNOFF, "run-off CTA from the renal arteries to the feet, both legs",
                       [("soft", "1.0"), ("soft", "5.0")], "LOWER EXTREMITY", ["ABDOMEN", "LEG", "EXTREMITY"], con=True)
        for s in ser:
            if s["img"]:
                s["laterality"] = "B"
        return sd, ser
    if r < 0.5:
        side = cx.c("LRB")
        lower = L(cx, ja="下肢静脈", jr="KASHI JOUMYAKU", ko=("Lower extremity vein", "하지정맥"), zh="下肢静脉", zr="XIAZHI JINGMAI", tw=("Lower limb vein", "下肢靜脈"),
                  en="Lower Extremity Venous")
        sd = case(cx, L(cx, ja=[f"{ {'R': '右', 'L': '左', 'B': '両'}[side]}下肢静脈エコー", f"下肢静脈エコー {side_words(cx, side)}"],
                        jr=[f"KASHI JOUMYAKU ECHO {side_words(cx, side)}"],
                        ko=[f"{lower[0]} Doppler US {side_words(cx, side)} ({lower[1]})"] if isinstance(lower, tuple) else [f"Lower extremity Doppler {side_words(cx, side)}"],
                        zh=[f"{ {'R': '右', 'L': '左', 'B': '双'}[side]}下肢静脉彩超"], zr=[f"{side_words(cx, side)} XIAZHI JINGMAI CAICHAO"],
                        tw=[f"{ {'R': RT_TW, 'L': LT_TW, 'B': 'Bil.'}[side]} lower limb venous duplex 下肢靜脈超音波"],
                        en=[f"US Venous Doppler Lower Extremity {side_words(cx, side)}"]))
        why = "deep-vein duplex of the leg, groin to calf"
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "Venous", "LE Vein", "Vascular"]))
            bpe(cx, m, "LEG", ["LOWER EXTREMITY", "EXTREMITY"], p_missing=0.5)
            ser.append(S(m, ["THIGH", "KNEE", "LEG"], side, why))
        return sd, ser
    if r < 0.62:
        side = cx.c("LR")
        sd = case(cx, L(cx, ja=[f"シャントエコー ({ {'R': '右', 'L': '左'}[side]}前腕)", f"{ {'R': '右', 'L': '左'}[side]}上肢 シャント超音波"],
                        jr=[f"SHANT ECHO {side_words(cx, side)}"], ko=[f"AVF Doppler US {side_words(cx, side)} (투석혈관)"],
                        zh=[f"{ {'R': '右', 'L': '左'}[side]}上肢动静脉内瘘彩超"], zr=[f"{side_words(cx, side)} NEILOU CAICHAO"],
                        tw=[f"AVF sono {'R' if side == 'R' else 'L'}'t arm 動靜脈瘻管超音波"], en=[f"US Dialysis Fistula {side_words(cx, side)} Arm"]))
        m = us(cx, cx.c([None, "Vascular", "AVF"]))
        bpe(cx, m, "ARM", ["UPPER EXTREMITY", "EXTREMITY"], p_missing=0.5)
        return sd, [S(m, ["ARM", "ELBOW", "FOREARM"], side, "dialysis access duplex: brachial artery to the wrist anastomosis")]
    if r < 0.8:
        sd = case(cx, L(cx, ja=["脳血管撮影", "脳血管造影 (DSA)"], jr=["NOU KEKKAN ZOEI"], ko=["Cerebral angiography (뇌혈관조영술)"], zh=["全脑血管造影(DSA)"],
                        zr=["QUANNAO DSA"], tw=["Cerebral angiography 腦血管攝影"], en=["Cerebral Angiogram"]))
        ser = []
        for d in cx.rng.sample(["ICA AP", "ICA LAT", "VA AP", "3D-RA", "DSA Head", "CCA"], 3):
            m = make("XA", XA_MAKE, cx.v("xa"), cx, SeriesDescription=d)
            bpe(cx, m, "HEAD", ["BRAIN", "NECK"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "cerebral angiography runs: head"))
        return sd, ser
    sd = case(cx, L(cx, ja=["TACE (肝動脈化学塞栓術)", "肝動脈塞栓術 TAE"], jr=["TACE"], ko=["TACE (간동맥화학색전술)"], zh=["肝动脉化疗栓塞术(TACE)"], zr=["TACE"],
                    tw=["TACE 肝動脈栓塞"], en=["TACE Hepatic Chemoembolisation"]))
    ser = []
    for d in ("Celiac DSA", "CHA", "Lipiodol", "Cone Beam CT"):
        m = make("XA", XA_MAKE, cx.v("xa"), cx, SeriesDescription=d)
        bpe(cx, m, "ABDOMEN", ["LIVER"], p_missing=0.4)
        ser.append(S(m, ["ABDOMEN"], None, "hepatic chemoembolisation runs: upper abdomen"))
    return sd, ser


def paeds(cx):
    r = cx.rng.random()
    if r < 0.12:
        sd = case(cx, L(cx, ja=["骨年齢 左手 X-P"], jr=["KOTSUNENREI HIDARI TE"], ko=["Bone age (Lt hand) 골연령"], zh=["骨龄(左手正位)", "左手腕骨龄片"],
                        zr=["GULING ZUO SHOU"], tw=["Bone age 骨齡 L't hand"], en=["XR Bone Age Left Hand"]))
        m = xr(cx, cx.c([xr_desc(cx, ("part", "HAND"), 0), "Bone Age", "HAND PA"]), "PA")
        if cx.p(0.4):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["WRIST"])
        return sd, [S(m, ["HAND"], "L", "bone-age film of the left hand")]
    if r < 0.24:
        sd = case(cx, L(cx, ja=["乳児股関節エコー 両側", "股関節エコー (DDH) 両側"], jr=["NYUJI KOKANSETSU ECHO RYOSOKU"], ko=["Both hip US (DDH) 영아 고관절"],
                        zh=["婴儿双髋关节超声(Graf)", "双侧髋关节彩超"], zr=["SHUANG KUANGUANJIE CHAOSHENG"], tw=["Bil. hip sono (DDH) 雙側髖關節超音波"],
                        en=["US Infant Hips Bilateral (DDH)"]))
        ser = []
        for s2 in "RL":
            m = us(cx, cx.c([None, "Hip", "Paed Hip", "Graf"]))
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.5)
            ser.append(S(m, ["HIP"], "B", "infant hip ultrasound of both hips"))
        return sd, ser
    if r < 0.32:
        sd = case(cx, L(cx, ja=["股関節 正面 (乳児) 両側"], ko=["Both hip AP (Infant) 소아 고관절"], zh=["双髋关节正位(婴儿)"], zr=["SHUANG KUANGUANJIE ZHENGWEI"],
                        tw=["Bil. hip AP 雙髖關節 (infant)"], en=["XR Pelvis Infant Both Hips"]))
        m = xr(cx, cx.c([xr_desc(cx, ("reg", "pelvis"), 0), "Pelvis AP", "HIP JOINT AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        return sd, [S(m, ["PELVIS", "HIP"], "B", "infant pelvis film for both hips")]
    if r < 0.46:
        sd = case(cx, L(cx, ja=["小児 胸部X-P", "胸部単純 (小児)"], jr=["SHONI KYOUBU XP"], ko=["Chest AP (소아)", "Infant chest AP 흉부"], zh=["儿童胸部正位", "小儿胸片"],
                        zr=["ERTONG XIONGPIAN"], tw=["Chest AP (pediatric) 兒童胸部X光"], en=["XR Chest Paediatric"]))
        m = xr(cx, xr_desc(cx, ("reg", "chest"), 0), "AP")
        bpe(cx, m, "CHEST", ["THORAX"])
        return sd, [S(m, ["CHEST"], None, "child chest film")]
    if r < 0.55:
        sd = case(cx, L(cx, ja=["腹部超音波 (小児) 腸重積", "小児 腹部エコー"], ko=["Abdomen US (소아) intussusception"], zh=["小儿腹部彩超(肠套叠)", "儿童腹部超声"],
                        zr=["XIAOER FUBU CAICHAO"], tw=["Pediatric abdominal sono 兒童腹部超音波"], en=["US Abdomen Paediatric Intussusception"]))
        m = us(cx, cx.c([None, "Abdomen", "Paed Abd"]))
        bpe(cx, m, "ABDOMEN", None, p_missing=0.5)
        return sd, [S(m, ["ABDOMEN"], None, "child abdominal ultrasound for intussusception: abdomen")]
    if r < 0.62:
        sd = case(cx, L(cx, ja=["頭部エコー (新生児)", "新生児 頭部超音波"], ko=["Brain US (신생아)"], zh=["新生儿颅脑超声"], zr=["XINSHENGER LUNAO CHAOSHENG"],
                        tw=["Neonatal brain sono 新生兒腦部超音波"], en=["US Neonatal Head"]))
        m = us(cx, cx.c([None, "Neonatal Head", "Neo Brain"]))
        bpe(cx, m, "HEAD", ["BRAIN"], p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "neonatal cranial ultrasound: head")]
    if r < 0.69:
        sd = case(cx, L(cx, ja=["排尿時膀胱尿道造影 (VCUG)"], jr=["VCUG"], ko=["VCUG (배뇨방광요도조영술)"], zh=["排泄性膀胱尿道造影"], zr=["VCUG"],
                        tw=["VCUG 排尿膀胱尿道攝影"], en=["Fluoroscopy VCUG"]))
        ser = []
        for d in ("Bladder filling", "Voiding", "Kidneys reflux"):
            m = rf(cx, d)
            bpe(cx, m, "BLADDER", ["PELVIS", "ABDOMEN"], p_missing=0.4)
            ser.append(S(m, AP_, None, "voiding cystourethrogram: bladder to kidneys"))
        return sd, ser
    if r < 0.78:
        sd = case(cx, title(cx, "MR", ("reg", "brain"), tail=L(cx, ja="(小児 鎮静)", ko="(소아 sedation)", zh="(儿童 镇静)", tw="(兒童 sedation)", en="Paediatric")))
        seqs = [("loc", "sag"), ("t2", "tra"), ("t1", "sag"), ("flair", "tra"), ("dwi", "tra")]
        return sd, mr_study(cx, seqs, ["HEAD"], "child brain MR", "HEAD", ["BRAIN"])
    # children's fractures: supracondylar elbow, forearm, clubfoot, femur, toddler's tibia
    code = cx.c(["ELBOW", "ELBOW", "FOREARM", "FOREARM", "FOOT", "THIGH", "LEG", "WRIST", "ARM"])
    side = cx.c("LR")
    sd = case(cx, title(cx, "XR", ("part", code), side))
    ser = []
    for vi, vp in [(0, "AP"), (1, "LAT")]:
        m = xr(cx, xr_desc(cx, ("part", code), vi), vp)
        if cx.p(0.4):
            m["ImageLaterality"] = side
        bpe(cx, m, code, LIMB_ALT[code])
        ser.append(S(m, [code], side, f"child {code.lower()} film, side from the exam name"))
    return sd, ser


def obgyn(cx):
    r = cx.rng.random()
    if r < 0.3:
        sd = case(cx, L(cx, ja=["経腟超音波 (婦人科)", "婦人科エコー 子宮・卵巣"], jr=["KEICHITSU ECHO"], ko=["TVUS (질식초음파) 자궁/난소", "Pelvic US 골반초음파"],
                        zh=["经阴道子宫附件彩超", "妇科彩超(子宫附件)"], zr=["JINGYINDAO CAICHAO"], tw=["Transvaginal sono 陰道超音波", "婦科超音波 Pelvic sono"],
                        en=["US Pelvis Transvaginal"]))
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "GYN", "Gyn", "TV", "Pelvis"]))
            bpe(cx, m, "PELVIS", ["UTERUS", "ABDOMEN"], p_missing=0.45)
            ser.append(S(m, ["PELVIS"], None, "gynaecological ultrasound: uterus and ovaries"))
        return sd, ser
    if r < 0.6:
        sd = case(cx, L(cx, ja=["産科超音波 (妊婦健診)", "胎児エコー 妊娠20週"], jr=["SANKA ECHO"], ko=["OB US (산과 초음파) 2nd trimester", "정밀초음파 (태아)"],
                        zh=["产科彩超(中孕)", "胎儿系统超声", "NT检查"], zr=["CHANKE CAICHAO"], tw=["Obstetric sono 產科超音波", "Level II sono 高層次超音波"],
                        en=["US Obstetric Anatomy Scan"]))
        ser = []
        for _ in range(cx.c([1, 2, 2])):
            m = us(cx, cx.c([None, "OB", "OB 2/3", "Fetal", "Obstetric"]))
            bpe(cx, m, "PELVIS", ["ABDOMEN", "UTERUS", "FETUS"], p_missing=0.45, p_alt=0.3)
            ser.append(S(m, ["PELVIS"], None, "obstetric ultrasound of the pregnant uterus: pelvis (uterus)"))
        return sd, ser
    if r < 0.82:
        sd = case(cx, title(cx, "MR", ("reg", cx.c(["uterus", "pelvis"])), con=cx.c(["ce", None])))
        seqs = [("loc", "sag"), ("t2", "sag"), ("t2", "tra"), ("t1", "tra"), ("dwi", "tra"), ("dyn", "sag")]
        return sd, mr_study(cx, seqs, ["PELVIS"], "female pelvic MR: uterus and ovaries", "PELVIS", ["UTERUS", "ABDOMEN"])
    sd = case(cx, L(cx, ja=["子宮卵管造影 (HSG)"], jr=["HSG"], ko=["HSG (자궁난관조영술)"], zh=["子宫输卵管造影"], zr=["ZIGONG SHULUANGUAN ZAOYING"],
                    tw=["HSG 子宮輸卵管攝影"], en=["Hysterosalpingogram"]))
    ser = []
    for d in ("HSG", "Spot 1", "Spill"):
        m = rf(cx, d)
        bpe(cx, m, "PELVIS", ["UTERUS", "ABDOMEN"], p_missing=0.45)
        ser.append(S(m, ["PELVIS"], None, "hysterosalpingogram: pelvis"))
    return sd, ser


def nm_img(cx, desc, **kw):
    m = make("NM", NM_MAKE, cx.v("nm"), cx, SeriesDescription=desc)
    m.update(kw)
    return m


def nm(cx):
    r = cx.rng.random()
    if r < 0.35:
        sd = case(cx, L(cx, ja=["骨シンチグラフィ 全身", "骨シンチ (全身)"], jr=["KOTSU SHINCHI ZENSHIN"], ko=["Whole body bone scan (전신 뼈스캔)"], zh=["全身骨显像", "ECT全身骨扫描"],
                        zr=["QUANSHEN GU XIANXIANG"], tw=["Whole body bone scan 全身骨骼掃描"], en=["NM Bone Scan Whole Body"]))
        ser = [S(nm_img(cx, d), WB, None, "whole-body bone scan") for d in ("WB ANT", "WB POST")]
        if cx.p(0.4):
            ser.append(S(nm_img(cx, cx.c(["WB ANT Delayed", "Whole Body 4h", "WB POST 2"])), WB, None, "whole-body bone scan, delayed sweep"))
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "ABDOMEN", "HEAD", "WHOLE BODY"], p_missing=0.3, p_alt=0.3) if s["labels"] == WB else None
        return sd, ser
    if r < 0.62:
        sd = case(cx, L(cx, ja=["全身DWI (DWIBS)", "MRI 全身 拡散強調 (がんドック)"], jr=["DWIBS ZENSHIN"], ko=["Whole body MRI (DWIBS) 전신"],
                        zh=["全身磁共振弥散成像(DWIBS)"], zr=["QUANSHEN DWIBS"], tw=["Whole body MRI DWIBS 全身磁振造影"], en=["MRI Whole Body DWIBS"]))
        seqs = [("loc", "cor"), ("dwibs", "tra"), ("stir", "cor"), ("t1", "cor")]
        ser = mr_study(cx, seqs, WB, "whole-body diffusion MR: head to pelvis", "WHOLEBODY", ["ABDOMEN", "CHEST"])
        m = mr(cx, "dwibs", "cor", SeriesDescription=cx.c(["DWIBS MIP inv", "MIP COR", "DWIBS_3D_MIP"]), ImageType="DERIVED\\PRIMARY\\MIP")
        ser.append(S(m, WB, None, "inverted MIP of whole-body diffusion MR"))
        return sd, ser
    sd = case(cx, title(cx, "CT", ("reg", "cap"), con="ce"))
    return sd, ct_study(cx, cx.c(["Body", "Chest-Abdomen", "Trunk"]), CAP, "staging CT of chest, abdomen and pelvis",
                        [("soft", "5.0"), ("lung", "1.0"), ("soft", "2.0")], "CHEST", ["ABDOMEN", "CHEST_TO_PELVIS", "WHOLEBODY"], con=True)


RT_TW, LT_TW = "R't", "L't"


def side_words(cx, side):
    """The site language's stand-alone side word (for exam names written out by hand here)."""
    return cx.c(SIDE[cx.lang][side][1])


def vasc(cx):
    r = cx.rng.random()
    if r < 0.18:
        sd = case(cx, L(cx, ja=["胸腹部大動脈CTA", "大動脈CT (胸部〜骨盤)"], jr=["DAIDOUMYAKU CTA"], ko=["Aorta CT angio (흉복부 대동맥)"], zh=["胸腹主动脉CTA", "全主动脉CTA"],
                        zr=["ZHUDONGMAI CTA"], tw=["Aorta CTA 主動脈電腦斷層血管攝影"], en=["CTA Aorta Chest Abdomen Pelvis"]))
        return sd, ct_study(cx, cx.c(["Aorta", "Angio", "Body"]), CAP, "aortic CTA from the arch to the iliac arteries", [("soft", "1.0"), ("soft", "5.0")],
                            "CHEST", ["ABDOMEN", "AORTA", "WHOLEBODY"], con=True)
    if r < 0.32:
        sd = case(cx, L(cx, ja=["下肢動脈CTA 両側", "両下肢CTA (ASO)"], jr=["KASHI DOUMYAKU CTA RYOSOKU"], ko=["Both lower extremity CTA (하지혈관)", "Lower extremity CT angio Both"],
                        zh=["双下肢动脉CTA", "腹主动脉及双下肢CTA"], zr=["SHUANG XIAZHI CTA"], tw=["Bil. lower limb CTA 雙下肢血管攝影"], en=["CTA Runoff Bilateral Lower Extremities"]))
        ser = ct_study(cx, cx.c(["Runoff", "Angio", "LE Angio"]), RUNOFF, "run-off CTA from the renal arteries to the feet, both legs",
                       [("soft", "1.0"), ("soft", "5.0")], "LOWER EXTREMITY", ["ABDOMEN", "LEG", "EXTREMITY"], con=True)
        for s in ser:
            if s["img"]:
                s["laterality"] = "B"
        return sd, ser
    if r < 0.5:
        side = cx.c("LRB")
        lower = L(cx, ja="下肢静脈", jr="KASHI JOUMYAKU", ko=("Lower extremity vein", "하지정맥"), zh="下肢静脉", zr="XIAZHI JINGMAI", tw=("Lower limb vein", "下肢靜脈"),
                  en="Lower Extremity Venous")
        sd = case(cx, L(cx, ja=[f"{ {'R': '右', 'L': '左', 'B': '両'}[side]}下肢静脈エコー", f"下肢静脈エコー {side_words(cx, side)}"],
                        jr=[f"KASHI JOUMYAKU ECHO {side_words(cx, side)}"],
                        ko=[f"{lower[0]} Doppler US {side_words(cx, side)} ({lower[1]})"] if isinstance(lower, tuple) else [f"Lower extremity Doppler {side_words(cx, side)}"],
                        zh=[f"{ {'R': '右', 'L': '左', 'B': '双'}[side]}下肢静脉彩超"], zr=[f"{side_words(cx, side)} XIAZHI JINGMAI CAICHAO"],
                        tw=[f"{ {'R': RT_TW, 'L': LT_TW, 'B': 'Bil.'}[side]} lower limb venous duplex 下肢靜脈超音波"],
                        en=[f"US Venous Doppler Lower Extremity {side_words(cx, side)}"]))
        why = "deep-vein duplex of the leg, groin to calf"
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "Venous", "LE Vein", "Vascular"]))
            bpe(cx, m, "LEG", ["LOWER EXTREMITY", "EXTREMITY"], p_missing=0.5)
            ser.append(S(m, ["THIGH", "KNEE", "LEG"], side, why))
        return sd, ser
    if r < 0.62:
        side = cx.c("LR")
        sd = case(cx, L(cx, ja=[f"シャントエコー ({ {'R': '右', 'L': '左'}[side]}前腕)", f"{ {'R': '右', 'L': '左'}[side]}上肢 シャント超音波"],
                        jr=[f"SHANT ECHO {side_words(cx, side)}"], ko=[f"AVF Doppler US {side_words(cx, side)} (투석혈관)"],
                        zh=[f"{ {'R': '右', 'L': '左'}[side]}上肢动静脉内瘘彩超"], zr=[f"{side_words(cx, side)} NEILOU CAICHAO"],
                        tw=[f"AVF sono {'R' if side == 'R' else 'L'}'t arm 動靜脈瘻管超音波"], en=[f"US Dialysis Fistula {side_words(cx, side)} Arm"]))
        m = us(cx, cx.c([None, "Vascular", "AVF"]))
        bpe(cx, m, "ARM", ["UPPER EXTREMITY", "EXTREMITY"], p_missing=0.5)
        return sd, [S(m, ["ARM", "ELBOW", "FOREARM"], side, "dialysis access duplex: brachial artery to the wrist anastomosis")]
    if r < 0.8:
        sd = case(cx, L(cx, ja=["脳血管撮影", "脳血管造影 (DSA)"], jr=["NOU KEKKAN ZOEI"], ko=["Cerebral angiography (뇌혈관조영술)"], zh=["全脑血管造影(DSA)"],
                        zr=["QUANNAO DSA"], tw=["Cerebral angiography 腦血管攝影"], en=["Cerebral Angiogram"]))
        ser = []
        for d in cx.rng.sample(["ICA AP", "ICA LAT", "VA AP", "3D-RA", "DSA Head", "CCA"], 3):
            m = make("XA", XA_MAKE, cx.v("xa"), cx, SeriesDescription=d)
            bpe(cx, m, "HEAD", ["BRAIN", "NECK"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "cerebral angiography runs: head"))
        return sd, ser
    sd = case(cx, L(cx, ja=["TACE (肝動脈化学塞栓術)", "肝動脈塞栓術 TAE"], jr=["TACE"], ko=["TACE (간동맥화학색전술)"], zh=["肝动脉化疗栓塞术(TACE)"], zr=["TACE"],
                    tw=["TACE 肝動脈栓塞"], en=["TACE Hepatic Chemoembolisation"]))
    ser = []
    for d in ("Celiac DSA", "CHA", "Lipiodol", "Cone Beam CT"):
        m = make("XA", XA_MAKE, cx.v("xa"), cx, SeriesDescription=d)
        bpe(cx, m, "ABDOMEN", ["LIVER"], p_missing=0.4)
        ser.append(S(m, ["ABDOMEN"], None, "hepatic chemoembolisation runs: upper abdomen"))
    return sd, ser


def paeds(cx):
    r = cx.rng.random()
    if r < 0.12:
        sd = case(cx, L(cx, ja=["骨年齢 左手 X-P"], jr=["KOTSUNENREI HIDARI TE"], ko=["Bone age (Lt hand) 골연령"], zh=["骨龄(左手正位)", "左手腕骨龄片"],
                        zr=["GULING ZUO SHOU"], tw=["Bone age 骨齡 L't hand"], en=["XR Bone Age Left Hand"]))
        m = xr(cx, cx.c([xr_desc(cx, ("part", "HAND"), 0), "Bone Age", "HAND PA"]), "PA")
        if cx.p(0.4):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["WRIST"])
        return sd, [S(m, ["HAND"], "L", "bone-age film of the left hand")]
    if r < 0.24:
        sd = case(cx, L(cx, ja=["乳児股関節エコー 両側", "股関節エコー (DDH) 両側"], jr=["NYUJI KOKANSETSU ECHO RYOSOKU"], ko=["Both hip US (DDH) 영아 고관절"],
                        zh=["婴儿双髋关节超声(Graf)", "双侧髋关节彩超"], zr=["SHUANG KUANGUANJIE CHAOSHENG"], tw=["Bil. hip sono (DDH) 雙側髖關節超音波"],
                        en=["US Infant Hips Bilateral (DDH)"]))
        ser = []
        for s2 in "RL":
            m = us(cx, cx.c([None, "Hip", "Paed Hip", "Graf"]))
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.5)
            ser.append(S(m, ["HIP"], "B", "infant hip ultrasound of both hips"))
        return sd, ser
    if r < 0.32:
        sd = case(cx, L(cx, ja=["股関節 正面 (乳児) 両側"], ko=["Both hip AP (Infant) 소아 고관절"], zh=["双髋关节正位(婴儿)"], zr=["SHUANG KUANGUANJIE ZHENGWEI"],
                        tw=["Bil. hip AP 雙髖關節 (infant)"], en=["XR Pelvis Infant Both Hips"]))
        m = xr(cx, cx.c([xr_desc(cx, ("reg", "pelvis"), 0), "Pelvis AP", "HIP JOINT AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        return sd, [S(m, ["PELVIS", "HIP"], "B", "infant pelvis film for both hips")]
    if r < 0.46:
        sd = case(cx, L(cx, ja=["小児 胸部X-P", "胸部単純 (小児)"], jr=["SHONI KYOUBU XP"], ko=["Chest AP (소아)", "Infant chest AP 흉부"], zh=["儿童胸部正位", "小儿胸片"],
                        zr=["ERTONG XIONGPIAN"], tw=["Chest AP (pediatric) 兒童胸部X光"], en=["XR Chest Paediatric"]))
        m = xr(cx, xr_desc(cx, ("reg", "chest"), 0), "AP")
        bpe(cx, m, "CHEST", ["THORAX"])
        return sd, [S(m, ["CHEST"], None, "child chest film")]
    if r < 0.55:
        sd = case(cx, L(cx, ja=["腹部超音波 (小児) 腸重積", "小児 腹部エコー"], ko=["Abdomen US (소아) intussusception"], zh=["小儿腹部彩超(肠套叠)", "儿童腹部超声"],
                        zr=["XIAOER FUBU CAICHAO"], tw=["Pediatric abdominal sono 兒童腹部超音波"], en=["US Abdomen Paediatric Intussusception"]))
        m = us(cx, cx.c([None, "Abdomen", "Paed Abd"]))
        bpe(cx, m, "ABDOMEN", None, p_missing=0.5)
        return sd, [S(m, ["ABDOMEN"], None, "child abdominal ultrasound for intussusception: abdomen")]
    if r < 0.62:
        sd = case(cx, L(cx, ja=["頭部エコー (新生児)", "新生児 頭部超音波"], ko=["Brain US (신생아)"], zh=["新生儿颅脑超声"], zr=["XINSHENGER LUNAO CHAOSHENG"],
                        tw=["Neonatal brain sono 新生兒腦部超音波"], en=["US Neonatal Head"]))
        m = us(cx, cx.c([None, "Neonatal Head", "Neo Brain"]))
        bpe(cx, m, "HEAD", ["BRAIN"], p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "neonatal cranial ultrasound: head")]
    if r < 0.69:
        sd = case(cx, L(cx, ja=["排尿時膀胱尿道造影 (VCUG)"], jr=["VCUG"], ko=["VCUG (배뇨방광요도조영술)"], zh=["排泄性膀胱尿道造影"], zr=["VCUG"],
                        tw=["VCUG 排尿膀胱尿道攝影"], en=["Fluoroscopy VCUG"]))
        ser = []
        for d in ("Bladder filling", "Voiding", "Kidneys reflux"):
            m = rf(cx, d)
            bpe(cx, m, "BLADDER", ["PELVIS", "ABDOMEN"], p_missing=0.4)
            ser.append(S(m, AP_, None, "voiding cystourethrogram: bladder to kidneys"))
        return sd, ser
    if r < 0.78:
        sd = case(cx, title(cx, "MR", ("reg", "brain"), tail=L(cx, ja="(小児 鎮静)", ko="(소아 sedation)", zh="(儿童 镇静)", tw="(兒童 sedation)", en="Paediatric")))
        seqs = [("loc", "sag"), ("t2", "tra"), ("t1", "sag"), ("flair", "tra"), ("dwi", "tra")]
        return sd, mr_study(cx, seqs, ["HEAD"], "child brain MR", "HEAD", ["BRAIN"])
    # children's fractures: supracondylar elbow, forearm, clubfoot, femur, toddler's tibia
    code = cx.c(["ELBOW", "ELBOW", "FOREARM", "FOREARM", "FOOT", "THIGH", "LEG", "WRIST", "ARM"])
    side = cx.c("LR")
    sd = case(cx, title(cx, "XR", ("part", code), side))
    ser = []
    for vi, vp in [(0, "AP"), (1, "LAT")]:
        m = xr(cx, xr_desc(cx, ("part", code), vi), vp)
        if cx.p(0.4):
            m["ImageLaterality"] = side
        bpe(cx, m, code, LIMB_ALT[code])
        ser.append(S(m, [code], side, f"child {code.lower()} film, side from the exam name"))
    return sd, ser


def obgyn(cx):
    r = cx.rng.random()
    if r < 0.3:
        sd = case(cx, L(cx, ja=["経腟超音波 (婦人科)", "婦人科エコー 子宮・卵巣"], jr=["KEICHITSU ECHO"], ko=["TVUS (질식초음파) 자궁/난소", "Pelvic US 골반초음파"],
                        zh=["经阴道子宫附件彩超", "妇科彩超(子宫附件)"], zr=["JINGYINDAO CAICHAO"], tw=["Transvaginal sono 陰道超音波", "婦科超音波 Pelvic sono"],
                        en=["US Pelvis Transvaginal"]))
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c([None, "GYN", "Gyn", "TV", "Pelvis"]))
            bpe(cx, m, "PELVIS", ["UTERUS", "ABDOMEN"], p_missing=0.45)
            ser.append(S(m, ["PELVIS"], None, "gynaecological ultrasound: uterus and ovaries"))
        return sd, ser
    if r < 0.6:
        sd = case(cx, L(cx, ja=["産科超音波 (妊婦健診)", "胎児エコー 妊娠20週"], jr=["SANKA ECHO"], ko=["OB US (산과 초음파) 2nd trimester", "정밀초음파 (태아)"],
                        zh=["产科彩超(中孕)", "胎儿系统超声", "NT检查"], zr=["CHANKE CAICHAO"], tw=["Obstetric sono 產科超音波", "Level II sono 高層次超音波"],
                        en=["US Obstetric Anatomy Scan"]))
        ser = []
        for _ in range(cx.c([1, 2, 2])):
            m = us(cx, cx.c([None, "OB", "OB 2/3", "Fetal", "Obstetric"]))
            bpe(cx, m, "PELVIS", ["ABDOMEN", "UTERUS", "FETUS"], p_missing=0.45, p_alt=0.3)
            ser.append(S(m, ["PELVIS"], None, "obstetric ultrasound of the pregnant uterus: pelvis (uterus)"))
        return sd, ser
    if r < 0.82:
        sd = case(cx, title(cx, "MR", ("reg", cx.c(["uterus", "pelvis"])), con=cx.c(["ce", None])))
        seqs = [("loc", "sag"), ("t2", "sag"), ("t2", "tra"), ("t1", "tra"), ("dwi", "tra"), ("dyn", "sag")]
        return sd, mr_study(cx, seqs, ["PELVIS"], "female pelvic MR: uterus and ovaries", "PELVIS", ["UTERUS", "ABDOMEN"])
    sd = case(cx, L(cx, ja=["子宮卵管造影 (HSG)"], jr=["HSG"], ko=["HSG (자궁난관조영술)"], zh=["子宫输卵管造影"], zr=["ZIGONG SHULUANGUAN ZAOYING"],
                    tw=["HSG 子宮輸卵管攝影"], en=["Hysterosalpingogram"]))
    ser = []
    for d in ("HSG", "Spot 1", "Spill"):
        m = rf(cx, d)
        bpe(cx, m, "PELVIS", ["UTERUS", "ABDOMEN"], p_missing=0.45)
        ser.append(S(m, ["PELVIS"], None, "hysterosalpingogram: pelvis"))
    return sd, ser


def nm_img(cx, desc, **kw):
    m = make("NM", NM_MAKE, cx.v("nm"), cx, SeriesDescription=desc)
    m.update(kw)
    return m


def nm(cx):
    r = cx.rng.random()
    if r < 0.35:
        sd = case(cx, L(cx, ja=["骨シンチグラフィ 全身", "骨シンチ (全身)"], jr=["KOTSU SHINCHI ZENSHIN"], ko=["Whole body bone scan (전신 뼈스캔)"], zh=["全身骨显像", "ECT全身骨扫描"],
                        zr=["QUANSHEN GU XIANXIANG"], tw=["Whole body bone scan 全身骨骼掃描"], en=["NM Bone Scan Whole Body"]))
        ser = [S(nm_img(cx, d), WB, None, "whole-body bone scan") for d in ("WB ANT", "WB POST")]
        if cx.p(0.4):
            ser.append(S(nm_img(cx, cx.c(["SPECT Spine", "SPECT/CT Pelvis", "Spot Thorax"])), ["TSPINE", "LSPINE"] if "Spine" in ser[0]["meta"]["SeriesDescription"] else WB,
                         None, "whole-body bone scan"))
            ser[-1]["labels"] = WB
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["BONE", "WHOLE BODY"], p_missing=0.5)
        return sd, ser
    if r < 0.5:
        sd = case(cx, L(cx, ja=["甲状腺シンチ (Tc)", "甲状腺シンチグラフィ"], ko=["Thyroid scan (갑상선 스캔)"], zh=["甲状腺静态显像"], zr=["JIAZHUANGXIAN XIANXIANG"],
                        tw=["Thyroid scan 甲狀腺掃描"], en=["NM Thyroid Scan"]))
        m = nm_img(cx, cx.c(["Thyroid ANT", "Pinhole", "Static"]))
        bpe(cx, m, "THYROID", ["NECK"], p_missing=0.4, p_alt=0.3)
        return sd, [S(m, ["NECK"], None, "thyroid scintigraphy: neck")]
    if r < 0.72:
        sd = case(cx, L(cx, ja=["心筋血流シンチ (負荷・安静)", "心筋SPECT"], jr=["SHINKIN SPECT"], ko=["Myocardial perfusion SPECT (심근관류)"], zh=["心肌灌注显像"],
                        zr=["XINJI GUANZHU"], tw=["Myocardial perfusion scan 心肌灌注掃描"], en=["NM Myocardial Perfusion"]))
        ser = [S(nm_img(cx, d), ["CHEST"], None, "myocardial perfusion SPECT: heart") for d in ("Stress", "Rest", "Stress Gated")]
        for s in ser:
            bpe(cx, s["meta"], "HEART", ["CHEST"], p_missing=0.5)
        return sd, ser
    if r < 0.86:
        sd = case(cx, L(cx, ja=["脳血流SPECT (IMP)", "ダットスキャン (DaT)"], jr=["NOU KEKKYU SPECT"], ko=["Brain perfusion SPECT (뇌혈류)"], zh=["脑血流灌注显像"],
                        zr=["NAO XUELIU XIANXIANG"], tw=["Brain perfusion SPECT 腦血流掃描"], en=["NM Brain SPECT"]))
        ser = [S(nm_img(cx, d), ["HEAD"], None, "brain SPECT: head") for d in ("SPECT Brain", "eZIS", "Recon")]
        for s in ser:
            bpe(cx, s["meta"], "BRAIN", ["HEAD"], p_missing=0.5)
        return sd, ser
    sd = case(cx, L(cx, ja=["腎動態シンチ (MAG3)", "レノグラム"], ko=["Renal scan (DTPA) 신장스캔"], zh=["肾动态显像(GFR)"], zr=["SHEN DONGTAI XIANXIANG"],
                    tw=["Renal scan 腎臟掃描"], en=["NM Renogram MAG3"]))
    ser = [S(nm_img(cx, d), ["ABDOMEN"], None, "renogram: kidneys") for d in ("Dynamic POST", "Renogram", "Summed")]
    for s in ser:
        bpe(cx, s["meta"], "KIDNEY", ["ABDOMEN"], p_missing=0.5)
    return sd, ser


def dxa_img(cx, desc):
    v = cx.v("dxa")
    mk, models = DXA_MAKE[v]
    return {"Modality": cx.c(["OT", "OT", "BMD"]), "Manufacturer": mk, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc,
            "ImageType": "DERIVED\\SECONDARY"}


def dxa(cx):
    sd = case(cx, L(cx, ja=["骨密度測定 (DXA) 腰椎・大腿骨", "骨塩定量 DEXA", "骨密度 腰椎+股関節"], jr=["KOTSUMITSUDO DXA", "BMD YOUTSUI DAITAIKOTSU"],
                    ko=["BMD (골밀도검사) L-spine+Femur", "골밀도 DEXA"], zh=["骨密度测定(双能X线)", "DXA骨密度 腰椎+髋部"], zr=["GUMIDU CEDING"],
                    tw=["BMD 骨質密度檢查 (DXA)", "Bone densitometry 骨密度"], en=["DXA Bone Density Spine and Hip"]))
    v = cx.v("dxa")
    ser = [S(dxa_img(cx, cx.c(["AP Spine", "L1-L4", "Lumbar Spine"])), ["LSPINE"], None, "DXA image of the lumbar spine")]
    k = cx.rng.random()
    if k < 0.55:
        side = cx.c("LLR")
        d = {"Hologic": {"L": ["Left Hip", "L Hip"], "R": ["Right Hip", "R Hip"]}, "GE": {"L": ["Left Femur"], "R": ["Right Femur"]}}[v][side]
        ser.append(S(dxa_img(cx, cx.c(d)), ["HIP"], side, "DXA image of one proximal femur, side in the series name"))
    elif k < 0.8:
        ser.append(S(dxa_img(cx, {"Hologic": "Dual Hip", "GE": "DualFemur"}[v]), ["HIP"], "B", "DXA image of both proximal femurs"))
    else:
        side = cx.c("LLR")
        d = {"L": ["Left Forearm", "L Forearm"], "R": ["Right Forearm", "R Forearm"]}[side]
        ser.append(S(dxa_img(cx, cx.c(d)), ["FOREARM"], side, "DXA image of the distal forearm (radius), side in the series name"))
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "SeriesDescription": cx.c(["BMD Results", "DXA Report", "Bone Density Report"]),
                  "Manufacturer": DXA_MAKE[v][0]}, [], None, "DXA results report: no pixels", img=False))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[s["labels"][0]], ["SPINE", "PELVIS"], p_missing=0.45)
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio,
          "abdo": abdo, "onc": onc, "vasc": vasc, "paeds": paeds, "obgyn": obgyn, "nm": nm, "dxa": dxa}


def noanat(cx):
    """Objects without anatomy filed with the site's studies."""
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        d = L(cx, ja=["依頼票", "スキャン文書", "同意書"], jr=["IRAIHYO SCAN"], ko=["의뢰서 스캔", "동의서", "Scanned Document"], zh=["申请单", "知情同意书", "扫描文档"],
              zr=["SHENQINGDAN"], tw=["檢查單", "同意書 Scan"], en=["Scanned Document", "Request Form"])
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": d, "ImageType": "DERIVED\\SECONDARY"}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["GSPS", "Presentation State", "Annotation"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dose Report", "RDSR"])}, \
            "dose structured report"
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Summary", "Screen Save", "Protocol Page"]), "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, \
            "protocol or screen page: text, no anatomy"
    v = cx.v("ct")
    return make("CT", CT_MAKE, v, cx, SeriesDescription=cx.c(["QA Water Phantom", "Daily QC Phantom", "Phantom 20cm"]), ImageType="ORIGINAL\\PRIMARY\\AXIAL"), \
        "daily quality-control phantom: no patient"


QC_STUDY = {"ja": ["始業点検", "QC ファントム"], "jr": ["DAILY QC"], "ko": ["QC 팬텀", "Daily QA"], "zh": ["水模质控", "每日质控"], "zr": ["ZHIKONG"],
            "tw": ["Daily QC 品管"], "en": ["Daily QC"]}

# ---------------------------------------------------------------- assembly


def _half_kana():
    """Full-width katakana to the half-width forms of older Japanese ASCII-era worklists."""
    import unicodedata
    table = {}
    for cp in range(0xFF66, 0xFF9E):
        h = chr(cp)
        table.setdefault(unicodedata.normalize("NFKC", h), h)
        for mark in ("\uff9e", "\uff9f"):
            f = unicodedata.normalize("NFKC", h + mark)
            if len(f) == 1:
                table.setdefault(f, h + mark)
    table["ー"] = "\uff70"
    return table


HALF = _half_kana()


def half_width(text):
    return "".join(HALF.get(ch, ch) for ch in text)


def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a technologist's typing slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5 or not w.isascii():
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        strata = cfg["strata"]
        names = sorted(strata)
        wts = [strata[n] for n in names]
        n_site = 0
        while n_site < cfg["n"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            chosen = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.22:
                chosen.append(rng.choice(extras))
            for s in chosen:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.42:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                # older Japanese worklist links send the step description in half-width katakana
                if cx.lang == "ja" and rng.random() < 0.3 and half_width(sd) != sd:
                    meta["PerformedProcedureStepDescription"] = half_width(sd)
                if cx.lang in ("en", "jr", "zr") and s["laterality"] is None and "study" not in row and rng.random() < 0.06:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.1:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "Phantom" in meta["SeriesDescription"]:
                    meta["StudyDescription"] = pick(cx, cx.lang, QC_STUDY)
                elif rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser[:3]]}
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
    labs = Counter(code for r in rows for code in r["labels"])
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
