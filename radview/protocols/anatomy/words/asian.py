"""Words of East and South-East Asian hospitals (Chinese, Japanese, Korean, Vietnamese, Thai,
Indonesian, Malay, Filipino) beyond the core lexicon.

The form of the entries: ``radview.protocols.anatomy.words``.
"""

TERMS: tuple[tuple[str, str], ...] = (
    # ---- Chinese: the nasopharynx (鼻咽, imaged by CT or MR from the skull base to the neck's
    # nodes, as "鼻咽癌"), the shoulder's transthoracic lateral view (穿胸位, not the chest), the
    # whole-brain angiogram (全脑血管造影: the arch, neck and brain vessels), the vagina, an
    # intussusception, the lower-limb veins
    ("HEAD NECK", """鼻咽, 鼻咽部"""),
    ("SHOULDER", """穿胸位"""),
    ("HEAD NECK", """全脑血管造影, 全腦血管造影"""),
    ("PELVIS", """阴道, 陰道"""),
    ("ABDOMEN", """肠套叠, 腸套疊"""),
    ("THIGH KNEE LEG", """下肢静脉, 下肢靜脈"""),
    # ---- Japanese: the dental panoramic film (パントモ), transvaginal (経腟, 経膣) and the
    # vagina, the nasopharynx (上咽頭), an intussusception (腸重積), the lower-limb angiogram and veins
    # (下肢アンギオ, 下肢静脈, as "ANGIO LEG"); romaji of older RIS: chest and abdomen (KYOFUKUBU),
    # the foot (SOKUBU)
    ("HEAD", """パントモ"""),
    ("PELVIS", """経腟, 経膣, 腟, 膣"""),
    ("HEAD NECK", """上咽頭"""),
    ("ABDOMEN", """腸重積"""),
    ("THIGH KNEE LEG", """下肢アンギオ, 下肢静脈"""),
    ("CHEST ABDOMEN", """KYOFUKUBU, KYOUFUKUBU"""),
    ("FOOT", """SOKUBU"""),
    # ---- Korean: the dental panoramic film and dentistry (파노라마, 치과, 치아), the nasopharynx
    # (비인두), an intussusception (장중첩), the lower-limb angiogram and veins (하지 혈관조영, 하지 정맥)
    ("HEAD", """파노라마, 치과, 치아"""),
    ("HEAD NECK", """비인두"""),
    ("ABDOMEN", """장중첩"""),
    ("THIGH KNEE LEG", """하지 혈관조영, 하지 정맥"""),
    # ---- Vietnamese (with diacritics folded): the neck region (vùng cổ; "cổ" alone is too short),
    # the temporal bone, the whole spine written after its noun, the scaphoid (xương thuyền) and the
    # calcaneus (xương gót), the panoramic dental film (răng toàn cảnh), the breast ultrasound
    # (siêu âm vú; "vú" alone is French "vu"), the carotid arteries (động mạch cảnh), the lower and
    # upper limbs (chi dưới, chi trên) and the lower limb's vessels, gynaecology and the vagina, the
    # fontanelle (thóp: a neonate's head ultrasound), the oesophagus, stomach and duodenum
    ("NECK", """VUNG CO"""),
    ("HEAD", """XUONG THAI DUONG, THAI DUONG"""),
    ("CSPINE TSPINE LSPINE", """COT SONG TOAN BO"""),
    ("WRIST", """XUONG THUYEN"""),
    ("FOOT", """XUONG GOT, GOT CHAN"""),
    ("HEAD", """RANG TOAN CANH, TOAN CANH RANG, PHIM RANG, X QUANG RANG"""),
    ("BREAST", """SIEU AM VU"""),
    ("NECK", """DONG MACH CANH"""),
    ("~LOWERLIMB", """CHI DUOI"""),
    ("~UPPERLIMB", """CHI TREN"""),
    ("THIGH KNEE LEG", """TINH MACH CHI DUOI, DONG MACH CHI DUOI"""),
    ("PELVIS", """PHU KHOA, AM DAO"""),
    ("HEAD", """SIEU AM THOP, THOP"""),
    ("CHEST", """THUC QUAN"""),
    ("ABDOMEN", """DA DAY, TA TRANG"""),
    # ---- Indonesian and Malay: the nasopharynx (bare as the English word: the neck; a CT or MR of
    # it runs to the skull base), the thoracic spine ("Thoracal AP/Lat" as "Cervical AP/Lat"; the
    # chest film is "Thorax"), the dental panoramic film (panoramik, gigi), the Dutch-rooted plain
    # abdomen "BNO" (buik-nier-overzicht), the lower limb (tungkai) and its veins (vena kaki; "kaki"
    # alone is the foot), the obstetric scan, the clavicle (selangka), the ribs (rusuk), the Malay
    # bone scan (imbasan tulang) of the whole body (seluruh badan), the barium swallow (telan)
    ("NECK", """NASOFARING"""),
    ("HEAD NECK", """CT NASOFARING, MSCT NASOFARING, MRI NASOFARING, MR NASOFARING"""),
    ("TSPINE", """THORACAL AP, THORACAL LAT, THORACAL AP LAT, THORACAL AP LATERAL, VERTEBRA THORACAL,
        VERTEBRA THORACALIS, VERTEBRA TORAKAL, TULANG BELAKANG TORAKS, TULANG BELAKANG TORAKAL,
        TULANG BELAKANG TORASIK"""),
    ("HEAD", """PANORAMIK, GIGI"""),
    ("ABDOMEN PELVIS", """BNO, BNO IVP"""),
    ("~LOWERLIMB", """TUNGKAI"""),
    ("THIGH KNEE LEG", """VENA KAKI, VENA TUNGKAI, ARTERI TUNGKAI"""),
    ("PELVIS", """OBSTETRI"""),
    ("SHOULDER", """SELANGKA, TULANG SELANGKA"""),
    ("CHEST", """RUSUK, TULANG RUSUK"""),
    ("~BONESCAN", """IMBASAN TULANG"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """SELURUH BADAN"""),
    ("NECK CHEST", """BARIUM TELAN"""),
    # ---- Filipino (and the English of Philippine hospitals): the foot (paa, only in phrases: the
    # Finnish "pää" is the head) and the toes and fingers (daliri), the CT stonogram (the urinary
    # tract), "whole abd" (the abdomen and pelvis), the hip's frog-leg lateral (not the leg), the
    # hepatobiliary tree ("HBT UTZ"), the inguinoscrotal ultrasound, the upper GI series
    ("FOOT", """KANANG PAA, KALIWANG PAA, NG PAA, DALIRI NG PAA, TALAMPAKAN"""),
    ("HAND", """DALIRI NG KAMAY, KAMAY"""),
    ("ABDOMEN PELVIS", """STONOGRAM, CT STONOGRAM"""),
    ("ABDOMEN PELVIS", """WHOLE ABD"""),
    ("HIP", """FROG LEG, FROGLEG, FROG LEG LATERAL, FROG LEG LAT"""),
    ("ABDOMEN", """HBT, HBT UTZ"""),
    ("PELVIS", """INGUINOSCROTAL, INGUINO SCROTAL"""),
    ("ABDOMEN", """UPPER GI SERIES"""),
)

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``): the Filipino sides with their
# linker (kaliwang, kanang: "kaliwang tuhod"); the Japanese romaji "ryōsoku" (両側, both sides); the
# Vietnamese "2 bên" (beside "hai bên"); the Japanese infant hip ultrasound (乳児股関節), a screening
# of both hips as "DDH"
LEFT = """KALIWANG"""
RIGHT = """KANANG"""
BOTH = """RYOSOKU, RYOUSOKU, 2 BEN, 乳児股関節"""
# limbs, joints and breasts in the plural: both sides unless a side is named (``labels.PLURAL_LIMBS``)
PLURAL = ""
