"""Generated training series: every lexicon term, in descriptions the way sites write them.

IDC is dominated by chest CT, breast and prostate; limbs, spine and neck are
rare there.  These examples teach the model the lexicon's words in several
languages and abbreviations, inside realistic description templates, with
and without BodyPartExamined, plus series that show no anatomy.  Deterministic
for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from radview.protocols.anatomy import labels as L

_MODALITY_WORDS = {
    "CT": ["CT", "TC", "TAC", "TDM", "CT SCAN", "SCANNER", "TOMODENSITOMETRIE", "TOMOGRAFIA", "TK", "TT",
           "CT-Angio", "Angio-TC", "ANGIO CT", "CTA", "DT", "BT", "CT-Untersuchung", "CT vyšetření"],
    "MR": ["MR", "MRI", "RM", "IRM", "MRT", "RMN", "RESONANCIA", "RISONANZA", "MR vyšetření", "MRA",
           "Angio-RM", "MR-Untersuchung", "Magnetkamera", "MRI W/WO"],
    "CR": ["XR", "X-RAY", "RX", "RADIOGRAPHY", "RADIOGRAPHIE", "ROENTGEN", "RTG", "RAD", "Rö", "Röntgen",
           "Slätröntgen", "Snímek", "X-", "Radiografia", "Rtg", "Röntgen-"],
    "DX": ["XR", "X-RAY", "RX", "DX", "RADIOGRAFIA", "ROE", "PLAIN FILM", "RTG", "Snímek", "Rö", "Slätröntgen"],
    "US": ["US", "ULTRASOUND", "ECHO", "ECOGRAFIA", "SONO", "ECHOGRAPHIE", "DOPPLER", "Ecografía", "USG",
           "Ultraschall", "UZ", "Echografie", "Ultraljud", "Ecodoppler", "Duplex"],
    "MG": ["MAMMO", "MG", "MAMMOGRAPHY"],
    "NM": ["NM", "SCINTIGRAPHY", "SPECT", "Szintigraphie", "Gammagrafía", "Scintigraphie", "Scintigrafia",
           "Cintilografia", "Scyntygrafia", "Scintigrafie", "SPECT-CT"],
    "PT": ["PET", "PET/CT", "PET-CT", "FDG PET", "TEP", "PET-TC", "PET/MR"],
    "RF": ["FLUORO", "RF", "Durchleuchtung", "Fluoroscopy", "Radioscopie", "Skiaskopie", "C-ARM"],
    "XA": ["XA", "ANGIO", "ANGIOGRAPHY", "DSA", "Angiographie", "Angiografia", "Intervention", "Embolisation"],
}
_STUDY_SUFFIXES = ["", "", "", "W/O CONTRAST", "W CONTRAST", "WITH AND WITHOUT CONTRAST", "W/WO",
                   "ROUTINE", "NATIV", "MIT KM", "OHNE KM", "SIN CONTRASTE", "CON CONTRASTO",
                   "SANS INJECTION", "AVEC INJECTION", "2 VIEWS", "3 VIEWS", "AP/LAT", "1 VIEW",
                   "PROTOCOL", "FOLLOW UP", "TRAUMA", "C-", "C+", "SCREENING", "2 Eb.", "AP+boczne",
                   "ap+seitl.", "F+P", "2 INC", "AP+LL", "bez kontrastu", "z kontrastem", "med kontrast",
                   "utan kontrast", "kontrastilla", "kontrasztos", "kontrastlı", "met contrast", "zonder contrast",
                   "s kontrastem", "nativ", "urgent", "akut", "Notfall", "controle", "kontrola"]
# Series names that say nothing of the anatomy (no "WB", "Cine", "Stress": those carry meaning).
_SERIES_GENERIC = {
    "CT": ["AXIAL 5MM", "AX 1.25 STD", "COR MPR", "SAG MPR", "BONE 1.0", "SOFT TISSUE", "3D VR",
           "Recon 2", "THIN", "Topogram 0.6 T20s", "SCOUT", "ARTERIAL", "VENOUS", "DELAYED", "",
           "Knochen 0.75", "Weichteil 2.0", "Osso 1mm", "Hueso 1mm", "Os coronal", "MPR Sag", "Bone 0.6 Br64",
           "iDose 5mm", "Body 3mm", "Axial 5mm PV", "Portalvenös 3.0", "Arteriell 2.0", "Artériel 1.25",
           "MIP cor", "VRT", "CTA 1mm", "Angio 1.0 Bv40", "1.25mm", "2.5mm"],
    "MR": ["AX T1", "AX T2 FS", "SAG T1", "SAG PD FS", "COR STIR", "T2 TSE TRA", "DWI b1000",
           "ADC", "3 PLANE LOC", "LOCALIZER", "T1 VIBE POST", "COR T1 SE", "PD SPAIR", "",
           "pd_tse_fs_cor_320", "pd_tse_fs_sag", "T1W_TSE_SAG", "PDW_SPAIR_TRA", "3D PD SPACE", "t2_tse_fs_tra",
           "T1_TSE_COR", "PD FS COR", "WATS sag", "HASTE cor", "T2W_TSE_COR", "MIP rot", "3D TOF"],
    "CR": ["AP", "PA", "LAT", "LATERAL", "OBLIQUE", "AP STANDING", "", "AXIAL VIEW", "bok", "boczne",
           "seitlich", "Profil", "Face", "Schuin", "Obliqua", "Frontal", "Sida", "dv", "ap", "3/4"],
    "DX": ["AP", "PA", "LAT", "LATERAL", "OBLIQUE", "", "STANDING", "bok", "Lat", "Obliqua", "Schuin",
           "Frontal", "seitl.", "a.p."],
    "US": ["", "LONG", "TRANS", "DOPPLER", "B-MODE", "Image 1", "Längs", "Quer"],
    "MG": ["", "CC", "MLO", "L CC", "R MLO", "SPOT"],
    "NM": ["", "ANT", "POST", "STATIC POST", "Dynamic POST", "Early 10min", "Delayed 2h", "SPECT"],
    "PT": ["PET AC", "PET NAC", "CTAC", "MIP", ""],
    "RF": ["", "Image 1", "Image 2", "Fluoro", "Saved fluoro", "Fluoro store", "Spot"],
    "XA": ["", "Run 1", "DSA", "Fluoro", "Roadmap", "Image 1"],
}
_GROUP_MODALITIES = {
    "axial": ["CT", "CT", "MR", "MR", "CR", "US", "NM", "RF", "XA"],
    "breast": ["MG", "MG", "MR", "US"],
    "spine": ["MR", "MR", "CT", "CR", "DX"],
    "upper_limb": ["CR", "DX", "MR", "CT", "DX"],
    "lower_limb": ["CR", "DX", "MR", "CT", "DX"],
}
# Side words as sites write them (the laterality itself is a rule; these teach the model that
# a side word is not anatomy), in the fifteen languages of the lexicon.
_SIDES = {"L": ["L", "LT", "LEFT", "Left", "LINKS", "li.", "GAUCHE", "G", "GCHE", "IZQ", "izq.", "IZQUIERDA",
                "SX", "sx", "SINISTRO", "sinistra", "ESQ", "esq.", "E", "LEWY", "lewa", "P", "VÄNSTER", "vä",
                "sin", "venstre", "vasen", "levé", "vlevo", "levá", "bal", "sol"],
          "R": ["R", "RT", "RIGHT", "Right", "RECHTS", "re.", "DROIT", "DROITE", "D", "DT", "DER", "der.",
                "DERECHA", "DX", "dx", "DESTRO", "destra", "DIR", "dto.", "dta.", "direito", "PRAWY", "prawa",
                "HÖGER", "hö", "højre", "høyre", "oikea", "pravé", "vpravo", "pravá", "jobb"],
          "B": ["BILAT", "BILATERAL", "BIL", "BEIDSEITS", "BDS", "BOTH", "BILATERALE", "bil.", "beiderzijds",
                "bdz", "bilateralt", "begge", "molemmat", "oboustranně", "obustronnie", "kétoldali", "ambos",
                "bilatérale", "beidseitig"]}
_NONE_DESCRIPTIONS = ["Dose Report", "DOSE INFO", "Patient Protocol", "Screen Save", "Phantom QA",
                      "ACR PHANTOM", "Water phantom calibration", "Radiation Dose Information",
                      "Dosisbericht", "Text page", "SCREENSAVE", "QA Daily", "Exam Protocol"]


def _term_entries() -> list[tuple[str, tuple[str, ...]]]:
    entries = []
    for words, value in L.PHRASES.items():
        value = tuple(x for x in value if not x.startswith("~"))
        if value:
            entries.append((" ".join(words), value))
    for stem, value in L.STEMS.items():
        value = tuple(x for x in value if not x.startswith("~"))
        if value:
            entries.append((stem + "AL" if len(stem) < 5 else stem, value))
    return sorted(entries)


def _style(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return text.lower()
    if roll < 0.35:
        return text.title()
    if roll < 0.45:
        return text.replace(" ", "_")
    return text


def generate(seed: int = 20261122, per_term: int = 5) -> Iterator[tuple[dict[str, Any], frozenset[str]]]:
    """(metadata, labels) pairs."""
    rng = random.Random(seed)
    for term, value in _term_entries():
        labels = frozenset(L.canonical(set(value)))
        groups = {L.GROUP_OF[x] for x in labels}
        group = sorted(groups)[0]
        for _ in range(per_term):
            modality = rng.choice(_GROUP_MODALITIES[group])
            if labels == frozenset(L.WHOLE_BODY):
                modality = rng.choice(["PT", "PT", "CT", "NM", "MR"])
            mod_word = rng.choice(_MODALITY_WORDS[modality])
            side = ""
            if labels & L.LATERAL_LABELS and rng.random() < 0.7:
                side = rng.choice(_SIDES[rng.choice("LRB")])
            parts = [mod_word, term, side, rng.choice(_STUDY_SUFFIXES)]
            if rng.random() < 0.3:
                parts = [term, side, mod_word]
            description = _style(" ".join(p for p in parts if p), rng)
            series = rng.choice(_SERIES_GENERIC[modality])
            meta: dict[str, Any] = {"Modality": modality}
            where = rng.random()
            if where < 0.55:
                meta["StudyDescription"] = description
                meta["SeriesDescription"] = series
            elif where < 0.8:
                meta["SeriesDescription"] = _style(f"{series} {term} {side}".strip(), rng)
                # the same neutral study words as the neuro studies below, for every anatomy:
                # "Preop" or "Follow up" must not come to mean "head"
                meta["StudyDescription"] = rng.choice(["", mod_word, "Research", "Outside study"]
                                                      + _NEUTRAL_STUDIES)
            else:
                meta["RequestedProcedureDescription"] = description
                meta["ProtocolName"] = series
            if rng.random() < 0.4:
                meta["BodyPartExamined"] = labels_to_bodypart(labels)
            yield meta, labels
    none_terms = _NONE_DESCRIPTIONS + sorted(" ".join(w) for w, v in L.PHRASES.items() if v == ("~NONE",))
    anatomy_terms = [t for t, _ in _term_entries()]
    for n in range(3 * len(none_terms)):
        modality = rng.choice(["CT", "CT", "SR", "OT", "MR", "PT", "US", "MG", "DX"])
        page = _style(none_terms[n % len(none_terms)], rng)
        # the study (and sometimes the page itself) names the exam's anatomy: the page shows none
        study = rng.choice(["", "CT CHEST", "CT HEAD W/O", "MR BRAIN", "CT ABDOMEN", "PET CT WB", "CT CAP",
                            f"{rng.choice(_MODALITY_WORDS[modality if modality in _MODALITY_WORDS else 'CT'])} "
                            f"{rng.choice(anatomy_terms)}"])
        meta = {"Modality": modality, "SeriesDescription": page, "StudyDescription": study}
        if rng.random() < 0.3:
            meta["BodyPartExamined"] = rng.choice(["CHEST", "HEAD", "ABDOMEN", "KNEE", "BREAST"])
        yield meta, frozenset()
    # a plural limb or a both-sides word: the model learns these are sides, not anatomy
    for _ in range(300):
        term, value = rng.choice([e for e in _limb_entries()])
        modality = rng.choice(["CR", "DX", "MR"])
        side = rng.choice(_SIDES["B"])
        meta = {"Modality": modality, "StudyDescription": _style(f"{rng.choice(_MODALITY_WORDS[modality])} {term} {side}", rng),
                "SeriesDescription": rng.choice(_SERIES_GENERIC[modality])}
        yield meta, frozenset(L.canonical(set(value)))


def _limb_entries() -> list[tuple[str, tuple[str, ...]]]:
    limbs = set(L.GROUPS["upper_limb"] + L.GROUPS["lower_limb"])
    return [(t, v) for t, v in _term_entries() if set(v) <= limbs]


def labels_to_bodypart(labels: frozenset[str]) -> str:
    """A BodyPartExamined value a modality would write for this set."""
    if labels == frozenset(L.WHOLE_BODY):
        return "WHOLEBODY"
    named = {frozenset(L.CAP): "CHESTABDPELVIS", frozenset(L.AP): "ABDOMENPELVIS",
             frozenset({"HEAD", "NECK"}): "HEADNECK", frozenset({"CHEST", "ABDOMEN"}): "CHESTABDOMEN",
             frozenset(L.WHOLE_SPINE): "WHOLESPINE"}
    if labels in named:
        return named[labels]
    return sorted(labels)[0]


# ---- neuro MR named only by its sequences ------------------------------------
# Brain MR series often carry only sequence names ("2D_AX_T2_FLAIR", "t1_mprage_sag")
# in studies whose description names no anatomy ("Preop", "Follow-up", "Research").
# The training collections hold few such studies, so these examples teach the
# neuro sequence vocabulary, and that a generic sequence ("AX T2") in a study
# whose other series are neuro sequences is a head series too.  Counter-examples:
# spine and knee studies use FLAIR/SPACE/DWI as well, and there the study text wins.
_NEURO_SERIES = [
    "AX FLAIR", "2D_AX_T2_FLAIR", "3D_SAG_T2_FLAIR", "COR FLAIR", "t2_tirm_tra_dark-fluid",
    "T2W_FLAIR", "Sag CUBE FLAIR", "3D FLAIR SPACE", "FLAIR_CLEAR", "AX T2 FLAIR FS", "T1 FLAIR AX",
    "t1_mprage_sag_p2_iso", "3D_SAG_T1_MPRAGE", "MPRAGE_GAD", "3D_AX_T1_MP2RAGE", "MP2RAGE_UNI",
    "3D_SAG_T1_MP2RAGE", "MPRAGE POST", "SWI_Images", "AX SWAN", "SWI mIP", "DTI_30dir",
    "DTI_MOSAIC", "DTI 64 dir", "ep2d_perf", "DSC_perfusion", "pCASL", "ASL_3D", "Perfusion DSC",
    "Tractography", "AX SWI", "3D T2 FLAIR", "FLAIR_3D_SAG",
]
_GENERIC_MR_SERIES = [
    "AX T2", "2D_AX_T2_BLADE", "2D_COR_T2_BLADE", "COR T2", "DWI", "ADC", "T1 AX post", "3D_AX_T1_postcontrast",
    "3D_AX_T1_precontrast", "3D_SAG_T2_SPACE", "3D_AX_T2_SPACE", "T2*", "GRE", "AX T1", "SAG T1", "T2_TSE_TRA",
    "ep2d_diff_3scan_trace", "TRACEW", "AX DWI b1000", "T1_SE_TRA_KM", "Ax T1 +C", "localizer", "AAHead_Scout",
]
_NEUTRAL_STUDIES = ["", "Preop", "Postop", "Intraop", "Pre-op", "Post-op", "Follow up", "Follow-Up", "MRI",
                    "MR", "Research", "RT planning", "Protocol", "Baseline", "Week 4", "MR W/WO", "MR WO",
                    "Outside study", "Study 1", "Neuro", "Tumor protocol", "Screening", "MRT", "IRM"]
_SPINE_STUDIES = {("LSPINE",): ["MRI L-SPINE", "MR LWS", "MRI LUMBAR SPINE WO"],
                  ("CSPINE",): ["MRI C-SPINE", "MR HWS", "MRI CERVICAL SPINE"],
                  ("TSPINE",): ["MRI T-SPINE", "MR BWS", "MRI THORACIC SPINE"],
                  ("KNEE",): ["MRI KNEE", "MRT KNIE", "IRM GENOU"]}


def neuro_studies(seed: int = 20261122, studies: int = 600
                  ) -> Iterator[tuple[dict[str, Any], frozenset[str], dict[str, Any] | None]]:
    """(metadata, labels, study context) of generated neuro MR studies and a few
    spine/knee studies that use the same sequence names."""
    rng = random.Random(seed + 1)
    head = frozenset({"HEAD"})
    for n in range(studies):
        spine = n % 5 == 4
        if spine:
            labels, names = rng.choice(sorted(_SPINE_STUDIES.items()))
            description = rng.choice(names)
            series = rng.sample(_GENERIC_MR_SERIES, 3) + [rng.choice(["SAG T1 FLAIR", "SAG T2 FLAIR",
                                                                      "3D_SAG_T2_SPACE", "STIR SAG"])]
        else:
            labels, description = head, rng.choice(_NEUTRAL_STUDIES)
            series = rng.sample(_NEURO_SERIES, rng.randint(1, 3)) + rng.sample(_GENERIC_MR_SERIES, rng.randint(1, 4))
        series = [_style(s, rng) if rng.random() < 0.3 else s for s in series]
        metas = [{"Modality": "MR", "SeriesDescription": s, "StudyDescription": description} for s in series]
        for meta in metas:
            if rng.random() < 0.3:
                meta["BodyPartExamined"] = "BRAIN" if labels == head else labels_to_bodypart(frozenset(labels))
        for i, meta in enumerate(metas):
            others = [{k: v for k, v in m.items() if k != "StudyDescription"} for j, m in enumerate(metas) if j != i]
            lone = rng.random() < 0.35 or not others
            if lone and not spine and meta["SeriesDescription"] in _GENERIC_MR_SERIES:
                continue  # a generic sequence alone says nothing: no example
            yield meta, frozenset(labels), None if lone else {"StudyDescription": description or None,
                                                               "series": others}


# ---- gated CT named only by its phases ----------------------------------------
# Respiratory-gated 4D CT (lung radiotherapy planning) and ECG-gated cardiac CT write their
# series as phases ("Gated, 40%", "T=50%", "Ave-IP 0%..90%", "MIP 0%-90%") in studies whose
# description often names nothing ("RT planning", "4D CT"). A radiologist reads these as a
# thorax acquisition; the training collections hold only a handful, so these examples teach
# it. Counter-examples: where the study names a region (a 4D CT of the liver for radiotherapy),
# the region words win.
_GATED_SERIES = ["Gated, {p}%", "Gated {p}%", "{p}%", "T={p}%", "{p}% phase", "4D CT {p}%", "Resp {p}%",
                 "CT 4D {p}% 3mm", "{p}% Gated 2.5mm", "Phase {p}%", "ECG gated {p}%", "Ex {p}%",
                 "4D_{p}%", "RESP GATED {p}", "4DCT phase {p}"]
_GATED_SUMMARIES = ["Ave-IP 0%..90%", "MIP 0%-90%", "AVG 0% - 90%", "Average CT 0%_10%_20%_30%_40%_50%",
                    "MIP 0% 10% 20% 30% 40% 50% 60% 70% 80% 90%", "4D AVG", "4D MIP", "Gated AVG", "Gated MIP",
                    "Mean 0-90% 4D", "Free breathing", "Respiratory gated average"]
_GATED_STUDIES = ["", "RT planning", "4D CT", "4DCT", "Research", "Protocol", "Baseline", "Week 4",
                  "CT", "Radiotherapy planning", "Simulation", "CT SIM", "Planning CT", "Outside study"]
_GATED_REGION_STUDIES = {("ABDOMEN",): ["4D CT LIVER", "CT ABDOMEN 4D", "SBRT LIVER 4DCT", "4D PANCREAS"],
                         ("ABDOMEN", "PELVIS"): ["CT ABDOMEN PELVIS"]}


def gated_studies(seed: int = 20261122, studies: int = 330
                  ) -> Iterator[tuple[dict[str, Any], frozenset[str], dict[str, Any] | None]]:
    """(metadata, labels, study context) of generated gated CT studies."""
    rng = random.Random(seed + 2)
    chest = frozenset({"CHEST"})
    for n in range(studies):
        if n % 6 == 5:
            labels, names = rng.choice(sorted(_GATED_REGION_STUDIES.items()))
            labels, description = frozenset(labels), rng.choice(names)
        else:
            labels, description = chest, rng.choice(_GATED_STUDIES)
        template = rng.choice(_GATED_SERIES)
        phases = rng.sample(range(0, 100, 10), rng.randint(2, 6))
        series = [template.format(p=p) for p in phases] + rng.sample(_GATED_SUMMARIES, rng.randint(0, 2))
        series = [_style(s, rng) if rng.random() < 0.2 else s for s in series]
        metas = [{"Modality": "CT", "SeriesDescription": s} for s in series]
        for meta in metas:
            if description:
                meta["StudyDescription"] = description
        for i, meta in enumerate(metas):
            others = [{"Modality": "CT", "SeriesDescription": m["SeriesDescription"]}
                      for j, m in enumerate(metas) if j != i]
            lone = rng.random() < 0.35
            if (lone or not others) and not _gated(meta):
                continue  # "40%" alone says nothing: no example
            yield meta, labels, None if lone else {"StudyDescription": description or None, "series": others}


def _gated(meta: dict[str, Any]) -> bool:
    from radview.protocols.anatomy.features import is_gated_ct

    return is_gated_ct(meta)
