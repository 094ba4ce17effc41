"""What a sequence or acquisition name alone says about the region, when no field names one.

Research and neuro MR protocols often carry nothing but sequence names ("Accelerated Sagittal
MPRAGE", "rsfMRI", "SpinEchoFieldMap_AP", "T1w_MPR_vNav"), cardiac MR its views and maps ("4CH
cine", "LGE SAX", "MOLLI"), a lung CT its breathing phase ("Insp 1.0", "Exp 1.0"), a liver CT its portal phase ("门脉期 5.0mm").  The model,
trained on collections where nameless MR is mostly breast MR, hesitates or leans to the breast
there; a radiologist reads these names as the brain, the heart and the lungs.  So, last of all,
when the series and its study name no region, its modality is the one below and neither the model
(no answer, or one sharing no region with the name's) nor the study's other series answer, such a
name answers (``implied``).

Kept out on purpose: field maps (a breast protocol's water-fat map as often as a brain's: the
training collections' "FieldMap" series are all breast MR), FLAIR (a spine sequence as well: GE's "Sag T1 FLAIR"), FIESTA and bSSFP
(cardiac cine, fetal and inner-ear MR alike), DWI alone (body and spine diffusion; DTI, fibre
tracking and its FA and MD maps are the brain's nearly always),
spectroscopy (brain, prostate and breast), "LDCT" (low-dose CT of any region).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

from radview.protocols.anatomy import labels as L

# (modality, label set, names as scanners and sites type them); each name is tokenised like a
# field ("rsfMRI" -> RSF MRI, "4CH" -> 4 CH) and found as a phrase within one field
TERMS: tuple[tuple[str, str, str], ...] = (
    ("MR", "HEAD", """MPRAGE, MP-RAGE, MP RAGE, MP2RAGE, MPRAGE_GRAPPA, IR-FSPGR, IRFSPGR, IR FSPGR,
        BRAVO, FSPGR BRAVO, T1w_MPR, T1_MPR, vNav, SWI, SWAN, SWIp, SWI_Images, susceptibility weighted,
        QSM, ASL, pCASL, PASL, 3D ASL, BOLD, fMRI, rsfMRI, rs-fMRI, tfMRI, resting state, restingstate,
        rest fMRI, task fMRI, dMRI, tractography, fiber tracking, fibre tracking, HARDI, NODDI,
        SpinEchoFieldMap, hippocampus,
        hippocampal, HighResHippocampus, amygdala, DSC, DSC perfusion, CISS, DTI, FA map, MD map,
        ADC map DTI, CBF, CBV, T1W_3D_TFE, 3D T1 TFE, T1 3D TFE"""),
    ("MR", "BREAST", """VIBRANT, VIBRANT MPH, dynaViews"""),  # GE's and Siemens' breast dynamics
    ("MR", "PELVIS", """mpMRI, mp-MRI"""),  # multiparametric MR is the prostate's
    ("CT", "HEAD", """CBF, CBV, MTT, TTP, Tmax, CT perfusion maps"""),  # a stroke perfusion's maps
    # ... and the perfusion series itself, but only within an exam of the head and more (a CTA of the
    # head and neck): alone, "DE Perfusion Data" is a dual-energy lung perfusion as often
    ("CT", "HEAD", """Perfusion, CTP, VPCT"""),
    ("MR", "CHEST", """cine, SSFP cine, TRUFI cine, 4CH, 2CH, 3CH, 4 CH, 2 CH, 3 CH, 4CV, SAX, SA stack,
        short axis, LAX, LVOT, RVOT, LGE, PSIR, MOLLI, ShMOLLI, SASHA, TI scout, Look Locker, CMR"""),
    ("MR", "KNEE", """DESS, 3D DESS, DESS WE"""),
    # an axillary ultrasound is the breast work-up's (the nodes of a breast cancer); a shoulder's
    # "axillary" view is a radiograph's
    ("US", "BREAST", """axilla, axillae, axillary, axila, axilas, aksiller, aksilla, aisselle, creux axillaire,
        ascella, achsel, achselhohle, oksel"""),

    ("NM", "NECK", """Pinhole, Pin hole"""),  # a pinhole collimator's images are the thyroid's
    # a CT's portal-venous phase is timed for the liver: at least the abdomen.  A last answer only:
    # it never narrows an exam's range (a chest-to-pelvis scan's "Fase Portal" recon is all of it)
    ("CT", "ABDOMEN", """portal, portal venous, portal phase, PV phase, portalvenous, portovenous,
        portalvenos, portalvenoes, phase portale, temps portal, fase portal, fase portale,
        portaal veneus, 门脉期, 门静脉期, 门脉相, 門脈相, 門脈期, 門脈優位相, 문맥기, 문맥기상"""),
    # Siemens' lung kernels named in a recon's description ("1 Bl57 3" of a chest-to-pelvis CT: the
    # lung recon keeps to the chest); a kernel of this family is never a bone's or soft tissue's
    ("CT", "CHEST", """Bl56, Bl57, Bl58, Bl59, Bl60, Bl64, L_SHARP, LUNG_SHARP"""),
    ("CT", "CHEST", """Insp, Exp, inspiration, expiration, inspiratory, expiratory, inspirium, exspirium,
        expirium, exspiration, inspiratoire, expiratoire, inspiracion, espiracion, inspirazione,
        espirazione, inspiratie, expiratie, air trapping"""),
)


# names of the time a scan is made for, not of the range it covers: they never narrow a range
PHASE_ONLY = frozenset({("CT", "ABDOMEN")})
# names that only narrow a range already holding their region (never a last answer)
NARROWING_ONLY = frozenset({"Perfusion, CTP, VPCT"})


@lru_cache(maxsize=2)
def _phrases(narrowing: bool = False) -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """Per modality: (token phrase, label set), longest phrases first."""
    out: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for modality, key, text in TERMS:
        if narrowing and (modality, key) in PHASE_ONLY or not narrowing and text in NARROWING_ONLY:
            continue
        value = frozenset(key.split())
        for term in (t.strip() for t in text.replace("\n", " ").split(",")):
            tokens = tuple(L.normalise(term))
            if tokens:
                out.setdefault(modality, []).append((tokens, value))
    return {m: tuple(sorted(v, key=lambda p: -len(p[0]))) for m, v in out.items()}


def _has(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i:i + n]) == phrase for i in range(len(tokens) - n + 1))


def implied(meta: Mapping[str, Any], fields: list[list[str]], narrowing: bool = False) -> frozenset[str]:
    """The region the names in ``fields`` (token lists of the series' and its study's text)
    imply for the series' modality; empty when they imply none or more than one region.
    ``narrowing``: asked to narrow an exam's range, where phase names say nothing."""
    modality = str(meta.get("Modality") or "").strip().upper()
    phrases = _phrases(narrowing).get(modality)
    if not phrases:
        return frozenset()
    found = set()
    for tokens in fields:
        present = set(tokens)  # a phrase whose first word is absent cannot be there
        found.update(value for phrase, value in phrases if phrase[0] in present and _has(tokens, phrase))
    return next(iter(found)) if len(found) == 1 else frozenset()
