"""A CT or MR angiogram of the legs' arteries is a run-off: from the abdominal aorta to the feet.

The lexicon reads a vascular study of the leg as the thigh, knee and lower leg, which is what a
duplex of the leg's veins or arteries images. A CT or MR angiography of the lower limbs' arteries
is acquired from above the aortic bifurcation (the renal arteries or the diaphragm) down to the
feet, since the disease it looks for is anywhere along that axis: the clinical sets' authors who
wrote it label it so (sets 29 and 36: "CT Angio Beine beidseits", "КТ-ангиография артерий нижних
конечностей"). A venous study (CT or MR venography) is left as it is, and so is one leg's
angiogram: a trauma CTA of a limb images that limb's vessels (set 21's "CTA Bein li.
(Knieluxation)").

Pure functions of metadata and a ``Prediction``; called by ``model.AnatomyModel.predict_many``
after the other rules, before the side is taken from the study description.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.prediction import Prediction

MODALITIES = frozenset({"CT", "MR"})
RUNOFF = ("ABDOMEN", "PELVIS") + tuple(L.GROUPS["lower_limb"])
# arteries and angiography (normalised: Cyrillic transliterated, Polish and Czech folded)
ARTERIAL = frozenset("""CTA MRA KTA MSKTA ARTERIAL ARTERIES ARTERY ARTERIEN ARTERIELL ARTERII ARTERIY ARTERIJ
    ARTERIY ARTERIYI ARTERIAS ARTERIE TEPEN TETNIC RUNOFF ARTERIOGRAM ARTERIOGRAPHY""".split())
VENOUS = frozenset("""VENOUS VEN VENEN VENY VENOGRAM VENOGRAPHY PHLEBOGRAPHY PHLEBOGRAPHIE FLEBOGRAFIA
    VENOGRAPHIE VENOGRAFIA ZYL ZIL DVT""".split())


def by_runoff(prediction: Prediction, meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> Prediction:
    """The run-off for a CT or MR arterial angiography answered as the leg's vessels, or a part of
    them with the lower leg, on both sides or none (a reformat of "both legs", a "Runoff" recon);
    any other answer as it is (a CTA of the knee stays the knee)."""
    modality = str(meta.get("Modality") or "").strip().upper()
    labels = set(prediction.labels)
    if modality not in MODALITIES or prediction.unknown or "LEG" not in labels or not labels <= F.VASCULAR_LEG \
            or prediction.laterality in ("L", "R"):
        return prediction  # (one leg's angiogram is of that limb's vessels: "CTA Bein li. (Knieluxation)")
    words = {t for tokens in F.tokens_of(C.with_study(meta, context), F.SERIES_TEXT + F.STUDY_TEXT)
             for t in tokens}
    arterial = bool(words & ARTERIAL) or any(t.startswith(("ANGIO", "ANJIO")) for t in words)
    if not arterial or words & VENOUS:
        return prediction
    return replace(prediction, labels=RUNOFF, laterality="B",
                   label_confidence=tuple((x, 1.0) for x in RUNOFF))
