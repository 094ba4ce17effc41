"""Pregnancy: an obstetric ultrasound or MR shows the mother's anatomy, not the fetus's.

The patient of an obstetric exam is the mother; the label spec folds the uterus into the pelvis.
The fetus's organs its series name ("fetal brain", "Ecocardiografía fetal", "RM fetal (tórax
fetal)") are not the patient's head or chest: a fetal brain MR images the gravid uterus.

- Fetal and placental MR (made from about 18 weeks on) is the abdomen and pelvis, as the
  clinical sets' authors who wrote it label it; the pelvis if the exam says early pregnancy.
- An obstetric ultrasound answered with the fetus's organs, or not at all, is the pelvis, the
  answer the product gives every obstetric scan.  The authors disagree on later pregnancy (three
  label growth, anomaly and biophysical-profile scans the abdomen and pelvis, four the pelvis);
  answering the abdomen and pelvis from the second trimester on was measured in the round of sets
  27 to 36 and gained nothing overall (6 rows over 26 sets, with swings of -21 and +39 rows in
  single sets), so the ultrasound keeps its one answer.

Pure functions of metadata and a ``Prediction``; called last by ``model.AnatomyModel.predict_many``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy.prediction import Prediction

MODALITIES = frozenset({"US", "MR"})
PELVIS = ("PELVIS",)
ABDOMEN_PELVIS = ("ABDOMEN", "PELVIS")

# the fetus named (normalised tokens: "fœtal" -> FOETAL, "Fötus" -> FOTUS)
FETAL = frozenset("""FETAL FETUS FETUSES FOETAL FOETUS FETALE FOETALE FETALES FETAIS FETAAL FOTAL FOTUS
    FETALNI FETALNA FETALNY FETALNE PLODU FETALIS""".split())
# an exam of the pregnancy named without the fetus (ultrasound only: "OB" is an MR series' oblique
# plane, "AX OB T2W_TSE", "MPR Ob_Cor").  Words that only say the patient is pregnant ("pregnant",
# "gestante", "Schwangere") are left out: a pregnant patient's leg duplex or brain MR is that.
OBSTETRIC = frozenset("""OB OBS OBST OBSTETRIC OBSTETRICAL OBSTETRICS OBSTETRICA OBSTETRICO OBSTETRICAS
    OBSTETRIQUE OBSTETRICALE OBSTETRICALES OBSTETRIK OBSTETRISCH OBSTETRICIA OBSTETRICI PREGNANCY
    GRAVIDITY GRAVIDEZ GESTATION GESTATIONAL GESTACION GESTACAO GESTACIO GROSSESSE SCHWANGERSCHAFT EMBARAZO
    GEBELIK ZWANGERSCHAP CIAZA CIAZY TEHOTENSTVI GRAVIDANZA ANTENATAL PRENATAL PRENATALE PRENATALES NUCHAL
    NT EPAU BPP BIOPHYSICAL""".split())
# the placenta: an exam of the pregnancy in MR as in ultrasound
PLACENTA = frozenset("""PLACENTA PLACENTAL PLACENTAIRE PLASENTA""".split())
AXIAL = frozenset({"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"})
# the time of pregnancy (joined tokens of one field)
_EARLY = re.compile(r"\b((1ST|1 ST|FIRST|1|1 O|I|1ER|PRIMER|PRIMEIRO|PRIMO|PREMIER|T1) (TRIMESTER|TRIMESTRE|TRIM)"
                    r"|EARLY|EPAU|VIABILITY|DATING|NT|NUCHAL|NUCAL|NUQUAL|NACKENTRANSPARENZ|CLARTE NUCALE"
                    r"|LESS THAN 14|14 WEEKS OR LESS|UNDER 14|TRANSVAGINAL|TV|TVS|ECTOPIC|PRECOCE|PRECOZ"
                    r"|CERVICAL LENGTH|CERVIX LENGTH|LONGITUD CERVICAL|COMPRIMENTO DO COLO|POSTPARTUM|POST PARTUM"
                    r"|PUERPERAL|PUERPERIUM|PUERPERIO|COMBINED SCREENING|FRUHSCHWANGERSCHAFT|RETAINED PRODUCTS)\b")
_LATE = re.compile(r"\b((2ND|3RD|2 ND|3 RD|SECOND|THIRD|2|3|2 O|3 O|II|III|2E|3E|2EME|3EME|DEUXIEME|TROISIEME|SEGUNDO"
                   r"|TERCER|TERCEIRO|SECONDO|TERZO) (TRIMESTER|TRIMESTRE|TRIM)|OB 2 3|GROWTH|BIOPHYSICAL|BPP"
                   r"|ANOMALY|ANATOMY|MORPHOLOGY|MORPHOLOGIQUE|MORFOLOGICA|MORFOLOGICO|MORPHOLOGIE|TWIN|TWINS"
                   r"|GEMELAR|GEMELLARE|GEMEOS|JUMEAUX|ZWILLINGE|ECHOCARDIOGRAPHY|ECOCARDIOGRAFIA"
                   r"|ECHOCARDIOGRAPHIE|CARDIO|CRECIMIENTO|CRESCIMENTO|CROISSANCE|WACHSTUM|PLACENTA|PLACENTAL"
                   r"|PLACENTAIRE|PLASENTA|UMBILICAL|NEUROSONOGRAPHY|NEUROSONOGRAFIA|BIOMETRY|BIOMETRIA"
                   r"|BIOMETRIE|FETOMETRY|FETOMETRIE)\b")
_POST_MORTEM = re.compile(r"\b(POST MORTEM|POSTMORTEM|POST MORTEN|AUTOPSY|AUTOPSIA|AUTOPSIE|OBDUKTION)\b")
# the time of pregnancy by a count of weeks ("12 weeks", "11+3 SA", "32 sem"; not "T2W", a sequence)
_WEEKS = re.compile(r"\b(\d{1,2}) (WEEKS|WEEK|WKS|WK|SA|SEM|SEMANAS|SEMAINES|SSW|TYG)\b")


def time_of_pregnancy(fields: list[list[str]]) -> str | None:
    """"early" or "late" as the fields (token lists) name it, None when they name no time."""
    early = late = False
    for tokens in fields:
        text = " ".join(tokens)
        early = early or bool(_EARLY.search(text))
        late = late or bool(_LATE.search(text))
        for weeks in (int(m.group(1)) for m in _WEEKS.finditer(text)):
            early, late = early or weeks < 14, late or weeks >= 14
    if early == late:
        return None
    return "early" if early else "late"


def by_pregnancy(prediction: Prediction, meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> Prediction:
    """The mother's anatomy for an ultrasound or MR series that names the fetus or the placenta, or
    an ultrasound of the pregnancy answered with axial regions or not at all; any other answer as it
    is (a page or report stays empty, a pregnant patient's other exams keep theirs)."""
    modality = str(meta.get("Modality") or "").strip().upper()
    if modality not in MODALITIES or (not prediction.unknown and not prediction.labels) \
            or F.is_page(meta):
        return prediction
    fields = F.tokens_of(C.with_study(meta, context), F.SERIES_TEXT + F.STUDY_TEXT)
    words = {t for tokens in fields for t in tokens}
    fetal = bool(words & (FETAL | PLACENTA))
    obstetric = modality == "US" and bool(words & OBSTETRIC) \
        and (prediction.unknown or set(prediction.labels) <= AXIAL)  # (a limb of the mother stays)
    if not fetal and not obstetric:
        return prediction
    if any(_POST_MORTEM.search(" ".join(tokens)) for tokens in fields):
        return prediction  # a fetus after death is imaged as a patient of its own
    if modality == "MR":
        # fetal and placental MR is made from about 18 weeks on: the gravid uterus in the
        # abdomen and pelvis (unless the exam says early pregnancy)
        labels = PELVIS if time_of_pregnancy(fields) == "early" else ABDOMEN_PELVIS
    elif prediction.unknown or not set(prediction.labels) <= {"ABDOMEN", "PELVIS"}:
        # an obstetric ultrasound answered with the fetus's organs ("Fetal echo": not the mother's
        # chest) or not at all: the pregnancy's uterus, as every obstetric scan is answered (the
        # authors disagree on later pregnancy, abdomen and pelvis or the pelvis; the pelvis holds
        # the uterus at any time and the one who says both is right about a part)
        labels = PELVIS
    else:
        return prediction
    if not prediction.unknown and prediction.labels == labels:
        return prediction
    return replace(prediction, labels=labels, laterality=None, unknown=False,
                   label_confidence=tuple((x, 1.0) for x in labels))
