"""Words of South Asian hospitals written from general knowledge (``words.south_asian``): Indian
English request shorthand, romanised Hindi, Urdu, Bengali, Nepali, Sinhala, Tamil, Malayalam,
Telugu, Kannada, Marathi, Gujarati and Punjabi, and the Tamil, Sinhala, Malayalam, Telugu, Kannada,
Gujarati and Gurmukhi scripts the tokeniser keeps since; each good case beside the one the words
must leave alone."""

import pytest

from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.model import predict_series

AP = {"ABDOMEN", "PELVIS"}
WHOLE_SPINE = {"CSPINE", "TSPINE", "LSPINE"}


def answer(modality, description):
    p = predict_series({"Modality": modality, "StudyDescription": description})
    return (None if p.unknown else set(p.labels)), p.laterality


# ---- the tokeniser keeps each script -------------------------------------------------------------

@pytest.mark.parametrize("text, tokens", [
    ("வலது முழங்கால்", 2),        # Tamil (the pulli falls out: one token a word)
    ("දකුණු දණහිස", 2),           # Sinhala
    ("വലത് കാൽമുട്ട്", 2),         # Malayalam
    ("కుడి మోకాలు", 2),           # Telugu
    ("ಬಲ ಮೊಣಕಾಲು", 2),           # Kannada
    ("જમણો ઘૂંટણ", 2),            # Gujarati
    ("ਸੱਜਾ ਗੋਡਾ", 2),             # Gurmukhi
    ("ৰ ৱ", 2),                  # the Assamese letters of the Bengali block
])
def test_south_asian_scripts_are_kept(text, tokens):
    words = L.normalise(text)
    assert len(words) == tokens and all(w.strip() for w in words)


def test_a_joiner_or_a_chillu_does_not_split_a_word():
    assert L.normalise("ශ්‍රී") == L.normalise("ශ්රී") and len(L.normalise("ශ්‍රී")) == 1   # Sinhala conjunct
    assert L.normalise("കാൽ") == L.normalise("കാല്‍")     # Malayalam chillu, atomic and with the joiner
    assert L.normalise("ਚੂਲ਼ਾ") == L.normalise("ਚੂਲਾ")     # the Gurmukhi nukta falls out


def test_earlier_scripts_unchanged():
    assert L.normalise("कंधे") == ["कंधे"]
    assert L.normalise("কাঁধ") == ["কাঁধ"]
    assert L.normalise("X-RAY KNEE RT") == ["X", "RAY", "KNEE", "RT"]


# ---- Indian English request shorthand ------------------------------------------------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("US", "USG U/A", {"ABDOMEN"}, None),
    ("US", "USG L/A", {"PELVIS"}, None),
    ("US", "USG W/A", AP, None),
    ("CT", "CECT W/A", AP, None),
    ("US", "TIFFA SCAN", {"PELVIS"}, None),
    ("US", "NT-NB SCAN", {"PELVIS"}, None),
    ("US", "NEUROSONOGRAM", {"HEAD"}, None),
    ("CT", "HRCT TEMPORAL BONE", {"HEAD"}, None),       # not the chest's HRCT
    ("CT", "HRCT CHEST", {"CHEST"}, None),
    ("MR", "MRI C-D JUNCTION", {"CSPINE", "TSPINE"}, None),
    ("MR", "MRI D-L JUNCTION", {"TSPINE", "LSPINE"}, None),
    ("MR", "MRI D-L SPINE", {"TSPINE", "LSPINE"}, None),
    ("DX", "X-RAY B/L TM JOINT", {"HEAD"}, None),
    ("MR", "MRI FISTULOGRAM", {"PELVIS"}, None),         # a perianal fistula
    ("RF", "FISTULOGRAM", {"ARM", "ELBOW", "FOREARM"}, None),   # the dialysis access stays the arm's
    ("US", "USG GUIDED ASCITIC TAPPING", AP, None),       # as "ascitic tap" reads
    ("OT", "FORM F", set(), None),
    ("OT", "PNDT FORM F", set(), None),
    ("OT", "SCANNED PRESCRIPTION", set(), None),
    ("CT", "CT CHEST PRESCRIPTION", {"CHEST"}, None),
])
def test_indian_english_shorthand(modality, text, labels, side):
    assert answer(modality, text) == (labels, side)


# ---- romanised languages -------------------------------------------------------------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("DX", "X-RAY GHUTNA DAYAN", {"KNEE"}, "R"),            # Hindi
    ("DX", "DONO GHUTNE X-RAY", {"KNEE"}, "B"),
    ("DX", "GHUTNON KA X-RAY", {"KNEE"}, "B"),              # the plural: both knees
    ("DX", "BAYAN KANDHA X-RAY", {"SHOULDER"}, "L"),
    ("DX", "BAYEN KULHE KA X-RAY", {"HIP"}, "L"),
    ("DX", "DAYI JANGH KA X-RAY", {"THIGH"}, "R"),
    ("DX", "DONO PAIR X-RAY", {"FOOT"}, "B"),
    ("DX", "EDI KA X-RAY DAYAN", {"FOOT"}, "R"),
    ("DX", "CHHATI KA X-RAY", {"CHEST"}, None),
    ("CT", "SIR KA CT SCAN", {"HEAD"}, None),
    ("US", "PET KA ULTRASOUND", {"ABDOMEN"}, None),
    ("US", "POORE PET KI SONOGRAPHY", AP, None),
    ("US", "NICHLE PET KA ULTRASOUND", {"PELVIS"}, None),
    ("US", "GARBHAVASTHA SONOGRAPHY", {"PELVIS"}, None),
    ("DX", "KAMAR KA X-RAY", {"LSPINE"}, None),
    ("DX", "GARDAN KE MUHRE", {"CSPINE"}, None),           # Urdu
    ("MR", "MRI POORI REEDH KI HADDI", WHOLE_SPINE, None),
    ("US", "DONO STAN SONOGRAPHY", {"BREAST"}, "B"),
    ("DX", "DAN HATUR X-RAY", {"KNEE"}, "R"),               # Bengali
    ("DX", "BAM KADHER X-RAY", {"SHOULDER"}, "L"),
    ("US", "SOMPURNO PETER USG", AP, None),
    ("DX", "DUBAI GHUDA KO X-RAY", {"KNEE"}, "B"),          # Nepali
    ("CT", "TAUKO KO CT SCAN", {"HEAD"}, None),
    ("DX", "DAKUNU DANAHISA X-RAY", {"KNEE"}, "R"),         # Sinhala
    ("DX", "WAMA URAHISA X-RAY", {"SHOULDER"}, "L"),
    ("DX", "VALATHU MUZHANGAL X-RAY", {"KNEE"}, "R"),       # Tamil
    ("DX", "IDATHU KAIMUTTU X-RAY", {"ELBOW"}, "L"),        # Malayalam
    ("DX", "KUDI MOKALU X-RAY", {"KNEE"}, "R"),             # Telugu
    ("DX", "EDA BHUJA X-RAY", {"SHOULDER"}, "L"),           # Kannada
    ("DX", "UJAVA GUDGHA X-RAY", {"KNEE"}, "R"),            # Marathi
    ("DX", "DABO KHABHO X-RAY", {"SHOULDER"}, "L"),         # Gujarati
    ("DX", "SAJJA GODA X-RAY", {"KNEE"}, "R"),              # Punjabi
    ("DX", "KHABBA GUTT X-RAY", {"WRIST"}, "L"),
])
def test_romanised_words(modality, text, labels, side):
    assert answer(modality, text) == (labels, side)


@pytest.mark.parametrize("modality, text, labels, side", [
    ("PT", "PET CT WHOLE BODY", {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}, None),  # "pet" alone is PET
    ("CT", "RENDU 3D GENOU DROIT", {"KNEE"}, "R"),           # the French rendering is not "both"
    ("DX", "DAVE KNEE LEFT", {"KNEE"}, "L"),                 # ... nor a name "left"
    ("DX", "BUK X-RAY", {"ABDOMEN"}, None),                   # the Scandinavian belly keeps its meaning
])
def test_short_words_stay_in_their_phrases(modality, text, labels, side):
    assert answer(modality, text) == (labels, side)


# ---- scripts -------------------------------------------------------------------------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("DX", "வலது முழங்கால் எக்ஸ்ரே", {"KNEE"}, "R"),          # Tamil
    ("DX", "இடது தோள்பட்டை எக்ஸ்ரே", {"SHOULDER"}, "L"),
    ("US", "வயிறு ஸ்கேன்", {"ABDOMEN"}, None),
    ("DX", "இரண்டு முழங்கால் எக்ஸ்ரே", {"KNEE"}, "B"),
    ("DX", "දකුණු දණහිස", {"KNEE"}, "R"),                    # Sinhala
    ("DX", "වම් උරහිස", {"SHOULDER"}, "L"),
    ("DX", "පපුව එක්ස් රේ", {"CHEST"}, None),
    ("DX", "വലത് കാൽമുട്ട്", {"KNEE"}, "R"),                  # Malayalam
    ("DX", "ഇടത് തോൾ", {"SHOULDER"}, "L"),
    ("CT", "തല സിടി സ്കാൻ", {"HEAD"}, None),
    ("DX", "కుడి మోకాలు", {"KNEE"}, "R"),                    # Telugu
    ("DX", "ఎడమ భుజం", {"SHOULDER"}, "L"),
    ("DX", "రెండు మోకాళ్ళు", {"KNEE"}, "B"),
    ("DX", "ಬಲ ಮೊಣಕಾಲು", {"KNEE"}, "R"),                    # Kannada
    ("US", "ಹೊಟ್ಟೆ ಸ್ಕ್ಯಾನ್", {"ABDOMEN"}, None),
    ("DX", "ડાબો ખભો", {"SHOULDER"}, "L"),                   # Gujarati
    ("US", "પેટની સોનોગ્રાફી", {"ABDOMEN"}, None),
    ("DX", "કમરનો એક્સ-રે", {"LSPINE"}, None),
    ("DX", "ਸੱਜਾ ਗੋਡਾ", {"KNEE"}, "R"),                      # Gurmukhi
    ("DX", "ਦੋਵੇਂ ਗੋਡੇ", {"KNEE"}, "B"),
    ("DX", "ਲੱਕ ਦਾ ਐਕਸ-ਰੇ", {"LSPINE"}, None),
    ("DX", "दायाँ घुँडा एक्स-रे", {"KNEE"}, "R"),             # Nepali
    ("CT", "टाउकोको सिटी स्क्यान", {"HEAD"}, None),
    ("DX", "उजवा गुडघा", {"KNEE"}, "R"),                     # Marathi
    ("US", "पोटाची सोनोग्राफी", {"ABDOMEN"}, None),
    ("DX", "कमर का एक्स-रे", {"LSPINE"}, None),              # Hindi: the waist's X-ray
])
def test_script_words(modality, text, labels, side):
    assert answer(modality, text) == (labels, side)
