"""Build the clinical anatomy evaluation set (tests/anatomy/data/clinical_set.jsonl).

Standalone on purpose: it imports nothing from radview, so the set cannot have been
shaped by the model or its lexicon. Every table below was written from how series
metadata looks on real PACS (vendors, languages, abbreviations, typos), and every
label follows /work/shared/anatomy.md (region folding, unions, laterality only for
limbs and breast, empty set for series that show no anatomy).

    python tests/anatomy/clinical/build.py            # writes the set
    python tests/anatomy/clinical/build.py --out X    # writes elsewhere (used by the test)

The seed is fixed, so the file is reproducible byte for byte.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 20240611
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set.jsonl"

ORDER = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST",
         "CSPINE", "TSPINE", "LSPINE",
         "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

SOP = {
    "CT": ["1.2.840.10008.5.1.4.1.1.2"] * 5 + ["1.2.840.10008.5.1.4.1.1.2.1"],
    "MR": ["1.2.840.10008.5.1.4.1.1.4"] * 4 + ["1.2.840.10008.5.1.4.1.1.4.1"],
    "CR": ["1.2.840.10008.5.1.4.1.1.1"],
    "DX": ["1.2.840.10008.5.1.4.1.1.1.1"] * 5 + ["1.2.840.10008.5.1.4.1.1.1.1.1"],
    "PX": ["1.2.840.10008.5.1.4.1.1.1.1"],  # panoramic stored as DX for presentation
    "MG": ["1.2.840.10008.5.1.4.1.1.1.2"] * 3 + ["1.2.840.10008.5.1.4.1.1.13.1.3"],
    "US": ["1.2.840.10008.5.1.4.1.1.6.1"] * 2 + ["1.2.840.10008.5.1.4.1.1.3.1"],
    "PT": ["1.2.840.10008.5.1.4.1.1.128"],
    "NM": ["1.2.840.10008.5.1.4.1.1.20"],
    "XA": ["1.2.840.10008.5.1.4.1.1.12.1"] * 3 + ["1.2.840.10008.5.1.4.1.1.12.1.1"],
    "RF": ["1.2.840.10008.5.1.4.1.1.12.2"],
    "SC": ["1.2.840.10008.5.1.4.1.1.7"],
    "SR": ["1.2.840.10008.5.1.4.1.1.88.67"],
}

VENDORS = {
    "CT": [("GE MEDICAL SYSTEMS", "LightSpeed VCT"), ("GE MEDICAL SYSTEMS", "Revolution CT"),
           ("GE MEDICAL SYSTEMS", "Optima CT660"), ("SIEMENS", "SOMATOM Definition AS+"),
           ("SIEMENS", "SOMATOM Force"), ("SIEMENS", "SOMATOM go.Up"), ("Siemens Healthineers", "SOMATOM X.cite"),
           ("Philips", "Brilliance 64"), ("Philips", "iCT 256"), ("Philips", "IQon - Spectral CT"),
           ("TOSHIBA", "Aquilion ONE"), ("CANON_MEC", "Aquilion Prime SP"), ("CANON_MEC", "Aquilion Lightning"),
           ("Hitachi, Ltd.", "Supria"), ("FUJIFILM Corporation", "FCT Speedia"), ("UIH", "uCT 760")],
    "MR": [("GE MEDICAL SYSTEMS", "SIGNA Premier"), ("GE MEDICAL SYSTEMS", "Optima MR450w"),
           ("GE MEDICAL SYSTEMS", "DISCOVERY MR750"), ("SIEMENS", "Skyra"), ("SIEMENS", "Avanto"),
           ("SIEMENS", "Aera"), ("Siemens Healthineers", "MAGNETOM Vida"), ("SIEMENS", "Prisma_fit"),
           ("Philips Medical Systems", "Ingenia"), ("Philips Medical Systems", "Achieva"),
           ("Philips", "Ingenia Elition X"), ("TOSHIBA", "Vantage Titan"), ("CANON_MEC", "Vantage Orian"),
           ("Hitachi", "ECHELON_OVAL"), ("FUJIFILM Healthcare", "ECHELON Smart")],
    "CR": [("FUJIFILM Corporation", "FCR PROFECT CS"), ("Agfa", "CR 85-X"), ("Carestream Health", "CR 975"),
           ("KODAK", "CR 850"), ("Konica Minolta", "REGIUS 190")],
    "DX": [("FUJIFILM Corporation", "FDR D-EVO II"), ("FUJIFILM Corporation", "FDR Go PLUS"),
           ("Agfa", "DX-D 300"), ("Agfa", "DR 600"), ("Carestream Health", "DRX-Evolution"),
           ("Carestream Health", "DRX-Revolution"), ("SIEMENS", "Ysio Max"), ("Siemens", "Multix Fusion Max"),
           ("Philips Medical Systems", "DigitalDiagnost"), ("Philips", "MobileDiagnost wDR"),
           ("GE Healthcare", "Definium 8000"), ("GE Healthcare", "Optima XR240amx"),
           ("Samsung Electronics", "GC85A"), ("Samsung Electronics", "GM85"), ("Canon Inc.", "CXDI-710C"),
           ("KONICA MINOLTA", "AeroDR"), ("SHIMADZU", "RADspeed Pro"), ("Mindray", "DigiEye 760")],
    "PX": [("PLANMECA", "ProMax"), ("Sirona", "ORTHOPHOS XG"), ("Carestream Dental", "CS 8100")],
    "MG": [("HOLOGIC, Inc.", "Selenia Dimensions"), ("HOLOGIC, Inc.", "3Dimensions"),
           ("GE MEDICAL SYSTEMS", "Senographe Pristina"), ("GE MEDICAL SYSTEMS", "Senographe Essential"),
           ("SIEMENS", "Mammomat Revelation"), ("SIEMENS", "MAMMOMAT Inspiration"),
           ("FUJIFILM Corporation", "AMULET Innovality"), ("Planmed", "Clarity 2D")],
    "US": [("GE Healthcare", "LOGIQ E10"), ("GE Healthcare", "LOGIQ E9"), ("GE Healthcare", "Voluson E10"),
           ("Philips Medical Systems", "EPIQ 7G"), ("Philips Medical Systems", "Affiniti 70G"),
           ("SIEMENS", "ACUSON S2000"), ("Siemens Healthineers", "ACUSON Sequoia"),
           ("CANON_MEC", "Aplio i800"), ("TOSHIBA_MEC_US", "Aplio 500"), ("SAMSUNG MEDISON CO., LTD.", "RS85"),
           ("SAMSUNG MEDISON CO., LTD.", "HS70A"), ("Mindray", "Resona 7"), ("Mindray", "DC-70"),
           ("ESAOTE", "MyLab Twice")],
    "PT": [("GE MEDICAL SYSTEMS", "Discovery MI"), ("GE MEDICAL SYSTEMS", "Discovery 710"),
           ("SIEMENS", "Biograph mCT"), ("Siemens Healthineers", "Biograph Vision 600"),
           ("Philips Medical Systems", "Vereos"), ("Philips", "GEMINI TF Big Bore"), ("CANON_MEC", "Celesteion")],
    "NM": [("GE MEDICAL SYSTEMS", "NM/CT 870 DR"), ("GE MEDICAL SYSTEMS", "Infinia"),
           ("SIEMENS NM", "Symbia T16"), ("SIEMENS NM", "Symbia Intevo"), ("Philips Medical Systems", "BrightView XCT"),
           ("MEDISO", "AnyScan SC")],
    "XA": [("Philips Medical Systems", "Allura Xper FD20"), ("Philips", "Azurion 7 M20"), ("SIEMENS", "AXIOM-Artis"),
           ("Siemens Healthineers", "Artis Q"), ("GE MEDICAL SYSTEMS", "Innova 3100"), ("GE Healthcare", "Discovery IGS 740"),
           ("CANON_MEC", "Infinix-i")],
    "RF": [("SIEMENS", "Luminos dRF"), ("SIEMENS", "Cios Alpha"), ("GE OEC Medical Systems", "OEC 9900 Elite"),
           ("SHIMADZU", "SONIALVISION G4"), ("Ziehm Imaging GmbH", "Vision RFD"), ("Philips", "CombiDiagnost R90")],
}

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "sv", "cs", "pl"]

R = random.Random(SEED)


def pick(seq):
    return R.choice(list(seq))


def chance(p):
    return R.random() < p


def lab(codes):
    codes = list(dict.fromkeys(codes))
    bad = [c for c in codes if c not in ORDER]
    if bad:
        raise ValueError(f"unknown code {bad}")
    return sorted(codes, key=ORDER.index)


def base_meta(mod, study, series, bpe=(), protocol=None, vendor=None, sop_mod=None, p_bpe=0.72):
    """One series' metadata; BodyPartExamined kept in about p_bpe of rows, drawn from the
    given realistic values (which may be coarse or wrong on purpose)."""
    man, model = vendor or pick(VENDORS.get(mod, VENDORS["CT"]))
    m = {"Modality": mod, "StudyDescription": study, "SeriesDescription": series}
    if protocol:
        m["ProtocolName"] = protocol
    if bpe and chance(p_bpe):
        m["BodyPartExamined"] = pick(bpe)
    m["Manufacturer"] = man
    m["ManufacturerModelName"] = model
    m["SOPClassUID"] = pick(SOP[sop_mod or mod])
    return m


def sib(mod, series, **extra):
    s = {"Modality": mod, "SeriesDescription": series}
    s.update({k: v for k, v in extra.items() if v is not None})
    return s


def row(meta, labels, lat, why, group, siblings=None, p_study=0.5, force_study=False):
    r = {"meta": meta, "labels": lab(labels), "laterality": lat}
    if siblings and (force_study or chance(p_study)):
        r["study"] = {"StudyDescription": meta["StudyDescription"], "series": siblings}
    r["why"] = why
    r["group"] = group
    return r


def typo(text, p=0.08):
    """Occasional technologist typing: case change, or a doubled/dropped inner letter of a
    word of five letters or more (never of a short token such as a side)."""
    if not chance(p):
        return text
    k = R.randrange(4)
    if k == 0:
        return text.lower()
    if k == 1:
        return text.upper()
    words = text.split(" ")
    long_ = [i for i, w in enumerate(words) if sum(c.isalpha() for c in w) >= 5 and w.isalpha()]
    if not long_:
        return text
    i = pick(long_)
    w = words[i]
    j = R.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j] + w[j:] if k == 2 else w[:j] + w[j + 1:]
    return " ".join(words)


# --------------------------------------------------------------------------- limbs
# (term, code, gender) per language; gender only matters where the side word agrees.
LIMB = {
    "en": [("SHOULDER", "SHOULDER", ""), ("SHLDR", "SHOULDER", ""), ("CLAVICLE", "SHOULDER", ""),
           ("AC JOINT", "SHOULDER", ""), ("SCAPULA", "SHOULDER", ""), ("HUMERUS", "ARM", ""),
           ("ELBOW", "ELBOW", ""), ("FOREARM", "FOREARM", ""), ("RADIUS/ULNA", "FOREARM", ""),
           ("WRIST", "WRIST", ""), ("SCAPHOID", "WRIST", ""), ("HAND", "HAND", ""), ("FINGER", "HAND", ""),
           ("THUMB", "HAND", ""), ("5TH FINGER", "HAND", ""), ("HIP", "HIP", ""), ("FEMUR", "THIGH", ""),
           ("KNEE", "KNEE", ""), ("TIB/FIB", "LEG", ""), ("TIBIA FIBULA", "LEG", ""), ("ANKLE", "ANKLE", ""),
           ("ANKEL", "ANKLE", ""), ("FOOT", "FOOT", ""), ("TOES", "FOOT", ""), ("GREAT TOE", "FOOT", ""),
           ("CALCANEUS", "FOOT", ""), ("OS CALCIS", "FOOT", ""), ("HEEL", "FOOT", "")],
    "de": [("Schulter", "SHOULDER", ""), ("Schultergelenk", "SHOULDER", ""), ("Clavicula", "SHOULDER", ""),
           ("Schlüsselbein", "SHOULDER", ""), ("AC-Gelenk", "SHOULDER", ""), ("Oberarm", "ARM", ""),
           ("Humerus", "ARM", ""), ("Ellenbogen", "ELBOW", ""), ("Ellbogengelenk", "ELBOW", ""),
           ("Unterarm", "FOREARM", ""), ("Handgelenk", "WRIST", ""), ("Handgel.", "WRIST", ""),
           ("Kahnbein", "WRIST", ""), ("Scaphoid-Quartett", "WRIST", ""), ("Hand", "HAND", ""),
           ("Finger", "HAND", ""), ("Daumen", "HAND", ""), ("Dig. II", "HAND", ""), ("Hüfte", "HIP", ""),
           ("Hüftgelenk", "HIP", ""), ("Oberschenkel", "THIGH", ""), ("Femur", "THIGH", ""),
           ("Knie", "KNEE", ""), ("Kniegelenk", "KNEE", ""), ("Unterschenkel", "LEG", ""),
           ("OSG", "ANKLE", ""), ("Sprunggelenk", "ANKLE", ""), ("Fuß", "FOOT", ""), ("Vorfuß", "FOOT", ""),
           ("Zehen", "FOOT", ""), ("Großzehe", "FOOT", ""), ("Calcaneus", "FOOT", ""), ("Fersenbein", "FOOT", "")],
    "fr": [("EPAULE", "SHOULDER", "f"), ("épaule", "SHOULDER", "f"), ("clavicule", "SHOULDER", "f"),
           ("humérus", "ARM", "m"), ("coude", "ELBOW", "m"), ("avant-bras", "FOREARM", "m"),
           ("poignet", "WRIST", "m"), ("scaphoïde", "WRIST", "m"), ("main", "HAND", "f"),
           ("doigt", "HAND", "m"), ("pouce", "HAND", "m"), ("hanche", "HIP", "f"), ("fémur", "THIGH", "m"),
           ("genou", "KNEE", "m"), ("GENOU", "KNEE", "m"), ("jambe", "LEG", "f"), ("cheville", "ANKLE", "f"),
           ("pied", "FOOT", "m"), ("orteils", "FOOT", "m"), ("calcanéum", "FOOT", "m")],
    "es": [("hombro", "SHOULDER", "m"), ("clavícula", "SHOULDER", "f"), ("húmero", "ARM", "m"),
           ("codo", "ELBOW", "m"), ("antebrazo", "FOREARM", "m"), ("muñeca", "WRIST", "f"),
           ("escafoides", "WRIST", "m"), ("mano", "HAND", "f"), ("dedo", "HAND", "m"), ("pulgar", "HAND", "m"),
           ("cadera", "HIP", "f"), ("fémur", "THIGH", "m"), ("rodilla", "KNEE", "f"), ("RODILLA", "KNEE", "f"),
           ("tibia y peroné", "LEG", "m"), ("pierna", "LEG", "f"), ("tobillo", "ANKLE", "m"), ("pie", "FOOT", "m"),
           ("calcáneo", "FOOT", "m")],
    "it": [("spalla", "SHOULDER", "f"), ("clavicola", "SHOULDER", "f"), ("omero", "ARM", "m"),
           ("gomito", "ELBOW", "m"), ("avambraccio", "FOREARM", "m"), ("polso", "WRIST", "m"),
           ("scafoide", "WRIST", "m"), ("mano", "HAND", "f"), ("dito", "HAND", "m"), ("anca", "HIP", "f"),
           ("femore", "THIGH", "m"), ("ginocchio", "KNEE", "m"), ("gamba", "LEG", "f"), ("caviglia", "ANKLE", "f"),
           ("piede", "FOOT", "m"), ("calcagno", "FOOT", "m"), ("alluce", "FOOT", "m")],
    "nl": [("schouder", "SHOULDER", ""), ("sleutelbeen", "SHOULDER", ""), ("bovenarm", "ARM", ""),
           ("elleboog", "ELBOW", ""), ("onderarm", "FOREARM", ""), ("pols", "WRIST", ""), ("scaphoid", "WRIST", ""),
           ("hand", "HAND", ""), ("vinger", "HAND", ""), ("duim", "HAND", ""), ("heup", "HIP", ""),
           ("bovenbeen", "THIGH", ""), ("knie", "KNEE", ""), ("onderbeen", "LEG", ""), ("enkel", "ANKLE", ""),
           ("voet", "FOOT", ""), ("tenen", "FOOT", ""), ("calcaneus", "FOOT", "")],
    "pt": [("ombro", "SHOULDER", "m"), ("clavícula", "SHOULDER", "f"), ("úmero", "ARM", "m"),
           ("cotovelo", "ELBOW", "m"), ("antebraço", "FOREARM", "m"), ("punho", "WRIST", "m"),
           ("escafoide", "WRIST", "m"), ("mão", "HAND", "f"), ("dedo", "HAND", "m"), ("anca", "HIP", "f"),
           ("quadril", "HIP", "m"), ("fémur", "THIGH", "m"), ("joelho", "KNEE", "m"), ("perna", "LEG", "f"),
           ("tornozelo", "ANKLE", "m"), ("pé", "FOOT", "m"), ("calcâneo", "FOOT", "m")],
    "sv": [("axel", "SHOULDER", ""), ("nyckelben", "SHOULDER", ""), ("överarm", "ARM", ""),
           ("armbåge", "ELBOW", ""), ("underarm", "FOREARM", ""), ("handled", "WRIST", ""), ("båtben", "WRIST", ""),
           ("hand", "HAND", ""), ("finger", "HAND", ""), ("tumme", "HAND", ""), ("höft", "HIP", ""),
           ("lårben", "THIGH", ""), ("knä", "KNEE", ""), ("underben", "LEG", ""), ("fotled", "ANKLE", ""),
           ("fot", "FOOT", ""), ("tår", "FOOT", ""), ("hälben", "FOOT", "")],
    "cs": [("rameno", "SHOULDER", "n"), ("klíček", "SHOULDER", "m"), ("pažní kost", "ARM", "f"),
           ("loket", "ELBOW", "m"), ("předloktí", "FOREARM", "n"), ("zápěstí", "WRIST", "n"),
           ("člunková kost", "WRIST", "f"), ("ruka", "HAND", "f"), ("prst", "HAND", "m"), ("kyčel", "HIP", "m"),
           ("stehenní kost", "THIGH", "f"), ("koleno", "KNEE", "n"), ("bérec", "LEG", "m"),
           ("hlezno", "ANKLE", "n"), ("přednoží", "FOOT", "n"), ("patní kost", "FOOT", "f"),
           ("palec nohy", "FOOT", "m")],
    "pl": [("bark", "SHOULDER", "m"), ("obojczyk", "SHOULDER", "m"), ("kość ramienna", "ARM", "f"),
           ("łokieć", "ELBOW", "m"), ("przedramię", "FOREARM", "n"), ("nadgarstek", "WRIST", "m"),
           ("kość łódeczkowata", "WRIST", "f"), ("ręka", "HAND", "f"), ("dłoń", "HAND", "f"), ("palec", "HAND", "m"),
           ("staw biodrowy", "HIP", "m"), ("kość udowa", "THIGH", "f"), ("kolano", "KNEE", "n"),
           ("podudzie", "LEG", "n"), ("staw skokowy", "ANKLE", "m"), ("stopa", "FOOT", "f"),
           ("kość piętowa", "FOOT", "f"), ("paluch", "FOOT", "m")],
}

SIDE = {
    "en": {"R": ["RT", "RIGHT", "R", "Rt"], "L": ["LT", "LEFT", "L", "Lt"], "B": ["BILAT", "BILATERAL", "BOTH"]},
    "de": {"R": ["re.", "rechts", "re", "R"], "L": ["li.", "links", "li", "L"], "B": ["bds.", "beidseits", "bds"]},
    "nl": {"R": ["rechts", "re", "R"], "L": ["links", "li", "L"], "B": ["beiderzijds", "bdz"]},
    "sv": {"R": ["höger", "hö", "HÖ", "dx"], "L": ["vänster", "vä", "VÄ", "sin"], "B": ["bilat", "bilateralt"]},
    "fr": {"R": {"m": ["droit", "D", "DT"], "f": ["droite", "D", "DTE"]},
           "L": {"m": ["gauche", "G"], "f": ["gauche", "G", "GCHE"]}, "B": ["bilatéral", "bilat."]},
    "es": {"R": {"m": ["derecho", "der.", "dcho."], "f": ["derecha", "der.", "dcha."]},
           "L": {"m": ["izquierdo", "izq.", "izdo."], "f": ["izquierda", "izq.", "izda."]}, "B": ["bilateral", "bilat."]},
    "it": {"R": {"m": ["destro", "dx", "DX"], "f": ["destra", "dx", "DX"]},
           "L": {"m": ["sinistro", "sx", "SX"], "f": ["sinistra", "sx", "SX"]}, "B": ["bilaterale", "bil."]},
    "pt": {"R": {"m": ["direito", "dto.", "D"], "f": ["direita", "dta.", "D"]},
           "L": {"m": ["esquerdo", "esq.", "E"], "f": ["esquerda", "esq.", "E"]}, "B": ["bilateral"]},
    "cs": {"R": {"m": ["pravý", "vpravo", "P"], "f": ["pravá", "vpravo", "P"], "n": ["pravé", "vpravo", "P"]},
           "L": {"m": ["levý", "vlevo", "L"], "f": ["levá", "vlevo", "L"], "n": ["levé", "vlevo", "L"]},
           "B": ["oboustranně", "bilat."]},
    "pl": {"R": {"m": ["prawy", "P"], "f": ["prawa", "P"], "n": ["prawe", "P"]},
           "L": {"m": ["lewy", "L"], "f": ["lewa", "L"], "n": ["lewe", "L"]}, "B": ["obustronnie", "obu"]},
}

XR_STUDY = {
    "en": ["XR {P} {S} 2V", "{S} {P} 3 VIEWS", "DX {P} {S}", "{P}, {S}", "X-RAY {S} {P} MIN 3V", "CR {P} {S}"],
    "de": ["{P} {S}", "Rö {P} {S} 2 Eb.", "{P} {S} in 2 Ebenen", "Röntgen {P} {S}", "RÖ {P} {S} ap+seitl."],
    "fr": ["RADIO {P} {S}", "{P} {S} F+P", "Rx {P} {S}", "RADIOGRAPHIE {P} {S}"],
    "es": ["RX {P} {S}", "Rx de {P} {S}", "RADIOGRAFIA {P} {S}"],
    "it": ["RX {P} {S}", "Rx {P} {S} 2 proiezioni", "RX {P} {S} AP+LL"],
    "nl": ["X-{P} {S}", "RX {P} {S}", "{P} {S}"],
    "pt": ["RX {P} {S}", "Raio-X {P} {S}", "RX DE {P} {S} (2 INC)"],
    "sv": ["Slätröntgen {P} {S}", "{P} {S}", "Rtg {P} {S}"],
    "cs": ["RTG {P} {S}", "Snímek {P} {S}"],
    "pl": ["RTG {P} {S}", "RTG {P} {S} AP+boczne"],
}
XR_VIEW = {
    "en": [("AP", "AP"), ("LAT", "LAT"), ("OBL", ""), ("{P} AP", "AP"), ("{P} LAT", "LAT"), ("PA", "PA"),
           ("Lateral", "LAT")],
    "de": [("a.p.", "AP"), ("seitl.", "LAT"), ("{P} ap", "AP"), ("{P} seitlich", "LAT"), ("schräg", ""), ("dv", "PA")],
    "fr": [("Face", "AP"), ("Profil", "LAT"), ("{P} face", "AP"), ("{P} profil", "LAT"), ("3/4", "")],
    "es": [("AP", "AP"), ("Lateral", "LAT"), ("Oblicua", ""), ("{P} AP", "AP")],
    "it": [("AP", "AP"), ("LL", "LAT"), ("Obliqua", ""), ("{P} AP", "AP")],
    "nl": [("AP", "AP"), ("Lat", "LAT"), ("Schuin", ""), ("{P} AP", "AP")],
    "pt": [("AP", "AP"), ("Perfil", "LAT"), ("Obliqua", "")],
    "sv": [("Frontal", "AP"), ("Sida", "LAT"), ("{P} frontal", "AP")],
    "cs": [("AP", "AP"), ("bok", "LAT"), ("{P} AP", "AP")],
    "pl": [("AP", "AP"), ("boczne", "LAT"), ("{P} AP", "AP")],
}
MR_STUDY = {
    "en": ["MRI {P} {S} WO CONTRAST", "MR {S} {P}", "MRI {S} {P} W/O", "MR {P} {S}"],
    "de": ["MRT {P} {S}", "MR {P} {S} nativ", "MRT {P} {S} mit KM"],
    "fr": ["IRM {P} {S}", "IRM DU {P} {S}"],
    "es": ["RM {P} {S}", "RMN {P} {S}", "RM de {P} {S} sin contraste"],
    "it": ["RM {P} {S}", "RMN {P} {S} senza mdc"],
    "nl": ["MRI {P} {S}", "MR {P} {S}"],
    "pt": ["RM {P} {S}", "RM DO {P} {S}"],
    "sv": ["MR {P} {S}", "MRT {P} {S}"],
    "cs": ["MR {P} {S}", "MR vyšetření {P} {S}"],
    "pl": ["MR {P} {S}", "Rezonans {P} {S}"],
}
MR_SEQ = ["PD FS COR", "T1 COR", "PD SPAIR SAG", "t2_tse_fs_tra", "pd_tse_fs_sag", "T1_TSE_COR", "STIR cor",
          "PDW_SPAIR_TRA", "Ax PD FS", "Sag T2 FS", "pd_tse_fs_cor_320", "T1W_TSE_SAG", "3D PD SPACE", "WATS sag"]
CT_LIMB_SERIES = ["Bone 0.6 Br64", "{P} 1mm Bone", "0.625 BONE", "Bone Axial", "MPR Cor", "MPR Sag", "3D VRT",
                  "Soft tissue 2mm", "Knochen 0.75 ax", "Weichteil 2.0"]
CT_LIMB_STUDY = {
    "en": ["CT {P} {S} WO CONTRAST", "CT {S} {P}", "CT {P} {S} W/O"],
    "de": ["CT {P} {S}", "CT {P} {S} nativ"],
    "fr": ["TDM {P} {S}", "SCANNER {P} {S}", "ARTHROSCANNER {P} {S}"],
    "es": ["TC {P} {S}", "TAC {P} {S}"],
    "it": ["TC {P} {S}", "TC {P} {S} senza mdc"],
    "nl": ["CT {P} {S}"],
    "pt": ["TC {P} {S}", "TAC {P} {S}"],
    "sv": ["DT {P} {S}", "CT {P} {S}"],
    "cs": ["CT {P} {S}"],
    "pl": ["TK {P} {S}"],
}
LIMB_BPE = {"SHOULDER": ["SHOULDER", "SHOULDER", "CLAVICLE", "EXTREMITY", "ARM", ""],
            "ARM": ["ARM", "HUMERUS", "UPR EXM", "EXTREMITY", ""],
            "ELBOW": ["ELBOW", "ELBOW", "EXTREMITY", "ARM", ""],
            "FOREARM": ["FOREARM", "FOREARM", "EXTREMITY", "ARM", ""],
            "WRIST": ["WRIST", "WRIST", "HAND", "EXTREMITY", ""],
            "HAND": ["HAND", "HAND", "FINGER", "EXTREMITY", "OTHER"],
            "HIP": ["HIP", "HIP", "PELVIS", "EXTREMITY", ""],
            "THIGH": ["THIGH", "FEMUR", "LEG", "EXTREMITY", "LOW_EXM"],
            "KNEE": ["KNEE", "KNEE", "KNEE", "LEG", "EXTREMITY", "LOW_EXM", ""],
            "LEG": ["LEG", "LEG", "EXTREMITY", "LOWER LEG", ""],
            "ANKLE": ["ANKLE", "ANKLE", "FOOT", "EXTREMITY", ""],
            "FOOT": ["FOOT", "FOOT", "ANKLE", "EXTREMITY", "OTHER"]}
LOWER = {"HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}


def side_word(lang, side, gender):
    s = SIDE[lang][side]
    if isinstance(s, dict):
        s = s.get(gender) or s.get("m")
    return pick(s)


def fill(tpl, part, side_txt):
    out = tpl.replace("{P}", part).replace("{S}", side_txt)
    return " ".join(out.split()).strip(" ,")


def limb_row(group, mod, lang, side, codes=None, mode=None, p_study=0.5):
    """A limb series: X-ray (CR/DX), MR or CT, side given in text, in tags, or both."""
    entries = [e for e in LIMB[lang] if codes is None or e[1] in codes]
    term, code, gender = pick(entries)
    shown = typo(term, 0.1)
    mode = mode or pick(["text", "text", "tag", "both", "series"])
    if side == "B" and mode == "series":
        mode = "text"
    s_txt = side_word(lang, side, gender)
    in_study = mode in ("text", "both")
    in_series = mode == "series" or (mode in ("text", "both") and chance(0.3))
    if mod in ("CR", "DX"):
        st_tpl, ser_pool = pick(XR_STUDY[lang]), XR_VIEW[lang]
    elif mod == "MR":
        st_tpl, ser_pool = pick(MR_STUDY[lang]), [(q, None) for q in MR_SEQ]
    else:
        st_tpl, ser_pool = pick(CT_LIMB_STUDY[lang]), [(q, None) for q in CT_LIMB_SERIES]
    study = fill(st_tpl, shown, s_txt if in_study else "")
    views = R.sample(ser_pool, min(3, len(ser_pool)))
    ser_tpl, vp = views[0]
    ser = fill(ser_tpl, term, "")
    if in_series:
        ser = f"{ser} {s_txt}" if chance(0.6) else f"{s_txt} {ser}"
    if mode == "series":
        # the side only in the series text: the study says the part alone
        study = fill(st_tpl, shown, "")
    proto = None
    if mod == "MR" and chance(0.5):
        proto = pick([f"{code.lower()}_{'right' if side == 'R' else 'left' if side == 'L' else 'bil'}",
                      ser_tpl.replace(" ", "_"), f"{term} {s_txt}" if in_study else term])
    m = base_meta(mod, study, ser, bpe=LIMB_BPE[code], protocol=proto)
    if mod in ("CR", "DX") and vp is not None and chance(0.8):
        m["ViewPosition"] = vp
    if mode in ("tag", "both"):
        if mod in ("CR", "DX"):
            m["ImageLaterality"] = side
            if chance(0.3):
                m["Laterality"] = side
        else:
            m["Laterality"] = side
    if mod in ("MR", "CT") and chance(0.4):
        m["PatientPosition"] = "FFS" if code in LOWER else "HFS"
    if chance(0.15):
        m["RequestedProcedureDescription"] = study
    sibs = []
    for st, v in views[1:]:
        d = fill(st, term, "")
        if mode == "series":
            d = f"{d} {s_txt}"
        x = sib(mod, d)
        if mode in ("tag", "both"):
            x["ImageLaterality" if mod in ("CR", "DX") else "Laterality"] = side
        sibs.append(x)
    where = {"text": "description", "tag": "Laterality tag only", "both": "description and tag",
             "series": "series description"}[mode]
    why = f"{term} ({lang}) -> {code}; side {side} from {where}"
    return row(m, [code], side, why, group, sibs, p_study=p_study)


# --------------------------------------------------------------------------- catalogue
def E(labels, studies, series, bpe=(), why="", proto=(), mod=None, lat=None, extra=None):
    return dict(labels=labels, studies=studies, series=series, bpe=bpe, why=why, proto=proto, mod=mod,
                lat=lat, extra=extra or {})


def catalogue_row(group, mod, entries, sib_count=2, p_study=0.5, pos=None):
    e = pick(entries)
    mod = e["mod"] or mod
    study = typo(pick(e["studies"]))
    series = R.sample(e["series"], min(len(e["series"]), sib_count + 1))
    proto = pick(e["proto"]) if e["proto"] and chance(0.6) else None
    m = base_meta(mod, study, typo(series[0], 0.05), bpe=e["bpe"], protocol=proto)
    for k, v in e["extra"].items():
        m[k] = pick(v) if isinstance(v, list) else v
    if pos and mod in ("CT", "MR", "PT", "NM") and chance(0.35):
        m["PatientPosition"] = pos
    if mod in ("CT", "MR") and "PatientPosition" not in m and chance(0.2):
        m["PatientPosition"] = "HFS"
    if chance(0.15):
        m["RequestedProcedureDescription"] = study.upper()
    sibs = [sib(mod, s) for s in series[1:]]
    return row(m, e["labels"], e["lat"], e["why"], group, sibs, p_study=p_study)


CT_SINGLE = [
    E(["HEAD"], ["CT HEAD WO CONTRAST", "CT HEAD W/O", "CT BRAIN NON CON", "CODE STROKE CT HEAD", "CTH WO",
                 "CT HEAD ROUTINE"],
      ["Head 5mm", "AX BRAIN 2.5", "Bone 1.25", "Brain STD", "HEAD 0.625", "Cor Brain 3mm", "Sag Brain 3mm"],
      ["HEAD", "HEAD", "BRAIN", "SKULL", ""], "head/brain CT", ["5.1 ROUTINE HEAD", "HeadRoutine", "Head Seq"]),
    E(["HEAD"], ["CT SINUS WO", "CT SINUSES LIMITED", "CT PARANASAL SINUSES", "CT MAXILLOFACIAL W/O",
                 "CT FACIAL BONES"],
      ["Sinus Cor Bone", "Sinus Ax 1mm", "Bone 0.6", "Face Sag", "Soft 2mm"],
      ["SINUS", "HEAD", "HEAD", "FACE", ""], "sinuses/face fold into HEAD"),
    E(["HEAD"], ["CT TEMPORAL BONES WO", "CT IAC W/O"],
      ["Temporal bone R 0.6", "Temporal bone L 0.6", "IAC axial bone", "Poschl bone"],
      ["HEAD", "EAR", ""], "temporal bone/IAC fold into HEAD (no laterality: axial region)"),
    E(["HEAD"], ["CT ORBITS WO CONTRAST", "CT TMJ BILATERAL"],
      ["Orbits Cor", "Orbit Ax 1mm", "Bone 0.6 cor", "Soft 2mm"],
      ["HEAD", "ORBIT", ""], "orbits/TMJ fold into HEAD (no laterality: axial region)"),
    E(["NECK"], ["CT NECK SOFT TISSUE W CONTRAST", "CT NECK W", "CT SOFT TISSUE NECK W/ IV", "CT LARYNX"],
      ["Neck 2.5 STD", "AX NECK 1.25", "Cor Neck 3mm", "Sag Neck 3mm", "Neck soft tissue"],
      ["NECK", "NECK", "HEADNECK", ""], "soft-tissue neck CT", ["6.1 NECK SOFT TISSUE", "Neck_Routine"]),
    E(["CHEST"], ["CT CHEST WO CONTRAST", "CT CHEST W/ CONTRAST", "CT THORAX", "HRCT CHEST", "LDCT LUNG SCREENING",
                  "CT CHEST LOW DOSE F/U NODULE"],
      ["Lung 1.25", "Mediastinum 5mm", "Thorax 1.0 B70f", "Thorax 3.0 Br40", "HRCT prone", "Lung MIP", "COR LUNG",
       "Chest 2.5 STD"],
      ["CHEST", "CHEST", "CHEST", "LUNG", "THORAX", ""], "chest CT", ["Thorax_Routine", "LungCARE", "7.1 CHEST"]),
    E(["ABDOMEN"], ["CT ABDOMEN W CONTRAST", "CT LIVER TRIPHASE", "CT PANCREAS PROTOCOL", "CT ADRENAL W/WO",
                    "CT ABD W/O"],
      ["Arterial 2.5", "Portal venous 3mm", "Delayed 5mm", "Liver Art 1.25", "Pancreas 1mm", "NC 5mm",
       "Adrenal washout 3mm"],
      ["ABDOMEN", "ABDOMEN", "LIVER", "ABDOMEN", ""], "abdomen-only CT (liver/pancreas/adrenal)"),
    E(["PELVIS"], ["CT PELVIS WO", "CT PELVIS BONY", "CT SACRUM", "CT SI JOINTS"],
      ["Pelvis Bone 1mm", "Pelvis 3mm", "Sacrum sag", "Cor 2mm Bone"],
      ["PELVIS", "PELVIS", "SACRUM", ""], "pelvis (sacrum/SI fold into PELVIS)"),
    E(["CHEST"], ["CT CARDIAC CALCIUM SCORE", "CT CORONARY CALCIUM", "CACS"],
      ["CaSc 3mm", "Calcium score 2.5", "Ca Score 3.0 Qr36"], ["HEART", "CHEST", "CHEST", ""], "heart -> CHEST"),
]
CT_COMBINED = [
    E(CAP, ["CT CHEST ABDOMEN PELVIS W CONTRAST", "CT C/A/P W", "CT CAP W IV", "CT TAP", "CT CH/ABD/PEL W",
            "CT CHEST/ABD/PELVIS W/ CONTRAST", "CT CAP STAGING", "CT Thorax/Abdomen/Becken", "CT Thorax-Abdomen-Becken KM",
            "TDM TAP", "Scanner thoraco-abdomino-pelvien", "TC toraco-abdomino-pélvico", "TC TAP con contraste",
            "TC torace e addome completo con mdc", "CT thorax-abdomen-bekken", "TC tórax, abdómen e pélvis",
            "DT thorax-buk", "CT hrudníku, břicha a pánve", "TK klatki piersiowej, jamy brzusznej i miednicy"],
      ["Body 5.0 CE", "Portal venous 3mm", "AX 2.5 STD", "COR 3mm", "SAG 3mm", "Venös 3.0 Br40", "iDose 5mm",
       "Axial 5mm PV", "Body 3.0 I30f"],
      ["CHEST", "CHEST", "ABDOMEN", "CHEST_ABDOMEN", "", "OTHER", "TAP"],
      "chest+abdomen+pelvis (CAP/TAP; 'addome completo' = abdomen+pelvis)", ["TAP_Routine", "CAP W", "ThoraxAbdomen"]),
    E(AP, ["CT ABD/PELVIS W CONTRAST", "CT A/P W", "CT ABD PEL WO", "CT ABDOMEN AND PELVIS", "CT RENAL STONE A/P",
           "CT Abdomen/Becken", "CT Abdomen-Becken mit KM", "TDM abdomino-pelvienne", "TC abdomen y pelvis",
           "TC ADDOME COMPLETO", "CT abdomen-bekken", "TC abdome e pelve", "CT břicha a pánve",
           "TK jamy brzusznej i miednicy", "CT COLONOGRAPHY", "CT COLONOGRAPHY SCREENING"],
      ["Portal venous 5mm", "AX 2.5 STD", "COR 3mm", "SAG 3mm", "Abdomen 3.0 Br40", "Supine 1mm", "Prone 1mm",
       "Stone 2.5", "iDose 3mm"],
      ["ABDOMEN", "ABDOMEN", "ABDOMEN", "PELVIS", "ABDOMENPELVIS", ""],
      "abdomen+pelvis (A/P, Italian 'addome completo', CT colonography)"),
    E(["CHEST", "ABDOMEN"], ["CT Thorax + Oberbauch", "CT CHEST + UPPER ABDOMEN", "CT Thorax/Oberbauch KM",
                             "TDM thorax + abdomen supérieur"],
      ["Body 5mm", "Venös 3.0 Br40", "COR 3mm", "AX 2.5 STD"], ["CHEST", "CHEST", ""],
      "chest + upper abdomen = CHEST+ABDOMEN"),
    E(["NECK", "CHEST"], ["CT NECK/CHEST W", "CT Hals/Thorax", "CT Hals-Thorax mit KM", "TDM cervico-thoracique"],
      ["Neck Chest 3mm", "Hals-Thorax 3.0", "AX 2.5", "COR 3mm"], ["NECK", "CHEST", ""], "neck+chest"),
    E(["NECK"] + CAP, ["CT NECK CHEST ABD PELVIS W", "CT Hals/Thorax/Abdomen/Becken", "TDM cervico-TAP",
                       "TC collo-torace-addome completo"],
      ["Body 3mm", "AX 2.5", "COR 3mm"], ["NECK", "CHEST", "", "OTHER"], "neck+CAP"),
    E(["HEAD", "NECK"], ["CT HEAD AND NECK", "CT Kopf/Hals", "TDM tête et cou", "TC cabeza y cuello"],
      ["H&N 2.5", "AX 1.25", "Soft 3mm"], ["HEAD", "NECK", "HEADNECK", ""], "head and neck"),
]

CT_INTL = [
    E(["HEAD"], ["CCT nativ", "CT Schädel nativ", "CT Kopf", "cCT", "TDM cérébrale", "SCANNER CEREBRAL SANS INJECTION",
                 "TC craneal simple", "TAC de cráneo", "TC encefalo", "TC cranio senza mdc", "CT hersenen",
                 "CT schedel blanco", "TC crânio-encefálica", "TC CE", "DT hjärna", "CT hjärna", "CT mozku",
                 "CT lebky", "TK głowy", "TK mózgowia bez kontrastu"],
      ["Kopf 5.0 H31s", "Cerebrum 4mm", "Hirn 3mm", "Os 1mm", "Axial 5mm", "Crane 0.6 J40s", "Parenquima 5mm"],
      ["HEAD", "HEAD", "SCHAEDEL", "BRAIN", ""], "brain/skull CT (multilingual) -> HEAD", ["Kopf_Routine", "cCT"]),
    E(["HEAD"], ["CT NNH", "CT Nasennebenhöhlen", "CT Felsenbein bds.", "CT Orbita", "TDM sinus", "TDM rochers",
                 "TC senos paranasales", "TC seni paranasali", "CT sinussen", "TC seios perinasais", "CT bihålor",
                 "CT dutin nosních", "TK zatok"],
      ["NNH koronar", "Knochen 0.75", "Os coronal", "Hueso 1mm", "Osso 1mm"],
      ["SINUS", "HEAD", "", "EAR"], "sinuses/petrous bone/orbit -> HEAD"),
    E(["NECK"], ["CT Hals mit KM", "CT Halsweichteile", "TDM cervicale (parties molles)", "TC de cuello con contraste",
                 "TC collo con mdc", "CT hals", "TC pescoço", "DT hals", "CT krku", "TK szyi"],
      ["Hals 2.0 I30f", "Weichteil 3mm", "Cou 2mm", "Cuello 3mm", "Collo 2.5"],
      ["NECK", "NECK", ""], "neck soft tissue (multilingual)"),
    E(["CHEST"], ["CT Thorax", "CT Thorax nativ", "HR-CT Lunge", "CT Thorax Low Dose", "TDM thoracique",
                  "SCANNER THORAX", "TC de tórax", "TAC TORAX", "TC torace", "TC torace HR", "CT thorax", "TC tórax",
                  "DT thorax", "CT lungor", "CT hrudníku", "HRCT plic", "TK klatki piersiowej"],
      ["Lunge 1.0 B70f", "Mediastinum 3.0", "Poumon 1mm", "Médiastin 3mm", "Pulmón 1mm", "Polmone 1mm",
       "Long 1mm", "Pulmão 1mm", "Lunga 1mm", "Plíce 1mm", "Płuca 1mm"],
      ["CHEST", "CHEST", "THORAX", "LUNG", ""], "chest/lung CT (multilingual)"),
    E(["ABDOMEN"], ["CT Oberbauch", "CT Leber 3-phasig", "CT Pankreas", "TDM foie", "TDM hépatique 3 temps",
                    "TC hígado trifásico", "TC fegato", "TC addome superiore", "CT lever", "TC fígado", "CT jater",
                    "TK wątroby"],
      ["Arteriell 2.0", "Portalvenös 3.0", "Artériel 1.25", "Portal 3mm", "Arterial 2mm", "Tardivo 3mm"],
      ["ABDOMEN", "ABDOMEN", "LIVER", ""], "liver/pancreas/upper abdomen -> ABDOMEN"),
    E(["PELVIS"], ["CT Becken", "TDM bassin", "TC pelvis", "TC bacino", "CT bekken", "TC bacia", "CT pánve",
                   "TK miednicy"],
      ["Becken Knochen 1mm", "Bassin os", "Pelvis hueso", "Bacino osso"], ["PELVIS", "PELVIS", ""], "pelvis CT"),
]
CT_VASC = [
    E(["CHEST"], ["CTA CORONARY", "CT CORONARY ANGIOGRAM", "CCTA", "Koronar-CT", "CT Koronarangiographie",
                  "Coroscanner", "Angio-TC coronarica", "Angio-TC coronario", "CT coronairen"],
      ["Cardiac 0.6 75%", "Best Diastole 0.5mm", "Systole 40%", "Cor CTA 0.75 Bv40", "CaSc 3mm"],
      ["HEART", "CHEST", "CHEST", ""], "coronary/heart -> CHEST", ["CorCTA_Prosp", "Cardiac"]),
    E(["CHEST"], ["CT PULMONARY ANGIOGRAM", "CTPA", "CTA CHEST PE", "CT-Angio Lungenembolie", "CT LE-Ausschluss",
                  "Angioscanner thoracique (EP)", "Angio-TC polmonare", "Angio-TC de arterias pulmonares",
                  "CTA longembolie", "CTA THORACIC AORTA", "CTA Aorta thoracica"],
      ["PE 1.25", "CTA 1mm", "Pulmonalis 1.0", "MIP 10mm", "Lung 1.25", "Aorta 1mm"],
      ["CHEST", "CHEST", "LUNG", ""], "pulmonary arteries / thoracic aorta -> CHEST"),
    E(["HEAD", "NECK"], ["CTA HEAD AND NECK", "CTA HEAD/NECK", "CT-Angio Hals/Kopf", "CTA supraaortal + intrakraniell",
                         "Angioscanner TSA et Willis", "Angio-TC TSA e intracranica", "CTA halsvaten en hersenen"],
      ["CTA 0.625", "Arch to vertex 1mm", "MIP cor", "CTA 0.75 Hv36"],
      ["HEAD", "NECK", "HEADNECK", ""], "head and neck arteries = HEAD+NECK"),
    E(["HEAD"], ["CTA CIRCLE OF WILLIS", "CT PERFUSION BRAIN", "CT-Angio intrakraniell", "Perfusions-CT Hirn",
                 "CODE STROKE CTP"],
      ["CTA Willis 0.6", "Perfusion 4D", "CBF map", "Tmax", "MIP ax"], ["HEAD", "BRAIN", ""],
      "intracranial vessels/perfusion -> HEAD"),
    E(CAP, ["CTA TAVI PLANNING", "CT TAVI Planung", "CTA AORTA CHEST/ABD/PELVIS", "CT-Angio Aorta gesamt",
            "Angioscanner aorte thoraco-abdominale et axes iliaques"],
      ["Aorta 1mm", "CTA 1.25", "Angio 1.0 Bv40", "MPR cor aorta"], ["CHEST", "CHEST", "ABDOMEN", ""],
      "TAVI/whole-aorta CTA covers chest, abdomen and pelvic access vessels"),
    E(AP, ["CTA ABDOMINAL AORTA AND ILIACS", "CTA AAA", "CT-Angio Aorta abdominalis + Becken", "Angio-TC aorta addominale"],
      ["CTA 1mm", "Aorta MIP", "VR AAA"], ["ABDOMEN", "ABDOMEN", ""], "abdominal aorta + iliacs = ABDOMEN+PELVIS"),
]
MR_NEURO = [
    E(["HEAD"], ["MRI BRAIN W/WO CONTRAST", "MRI BRAIN WO", "MR BRAIN MS PROTOCOL", "MRT Schädel", "MRT Kopf nativ + KM",
                 "cMRT", "IRM cérébrale", "IRM encéphalique", "RM cerebral", "RMN de cráneo", "RM encefalo",
                 "RM encefalo senza e con mdc", "MRI hersenen", "RM crânio-encefálica", "MR hjärna", "MR mozku",
                 "MR głowy", "MR mózgowia"],
      ["t1_mprage_sag_p2_iso", "AX T2 FSE", "Ax FLAIR", "DWI b1000", "SWI", "t2_tirm_tra_dark-fluid", "3D T1 GD",
       "sT1W_3D_TFE", "DTI 32dir", "ADC", "T2W_TSE_TRA", "Sag T1 FLAIR", "COR T2", "ep2d_diff_3scan_trace"],
      ["HEAD", "HEAD", "BRAIN", "HEAD", ""], "brain MR -> HEAD", ["BRAIN ROUTINE", "Kopf_Standard", "NEURO"]),
    E(["HEAD"], ["MRI IAC W/WO", "MR INTERNAL AUDITORY CANALS", "MRT KHBW", "MRT Felsenbein", "IRM CAI",
                 "RM conductos auditivos internos", "RM angolo ponto-cerebellare"],
      ["3D CISS 0.5", "AX T2 DRIVE", "T1 AX POST GD", "FIESTA-C ax", "t2_space_tra_IAC"],
      ["HEAD", "IAC", "EAR", ""], "IAC -> HEAD"),
    E(["HEAD"], ["MRI PITUITARY W/WO", "MRT Hypophyse", "IRM hypophysaire", "RM hipófisis", "RM ipofisi", "MR hypofyse"],
      ["COR T1 DYN", "SAG T1 PITUITARY", "t1_tse_cor_dyn", "COR T2 2mm"], ["HEAD", "PITUITARY", ""],
      "pituitary -> HEAD"),
    E(["HEAD"], ["MRI ORBITS W/WO", "MRT Orbita", "IRM orbites"],
      ["COR STIR orbits", "AX T1 FS POST", "COR T1 FS POST", "AX T2 orbits"], ["HEAD", "ORBIT", ""], "orbits -> HEAD"),
    E(["HEAD"], ["MRI TMJ BILATERAL", "MRT Kiefergelenke", "IRM ATM"],
      ["TMJ sag PD closed", "TMJ open mouth", "PD cor TMJ"], ["HEAD", "TMJ", ""], "TMJ -> HEAD (axial: no laterality)"),
    E(["HEAD"], ["MRA CIRCLE OF WILLIS", "MRA Hirngefäße", "ARM polygone de Willis", "Angio-RM intracranica"],
      ["3D TOF", "TOF MIP", "fl3d_tof", "MIP rot"], ["HEAD", "BRAIN", ""], "intracranial MRA -> HEAD"),
    E(["NECK"], ["MRI SOFT TISSUE NECK W/WO", "MRT Hals", "MRT Halsweichteile", "IRM cervicale (cou)",
                 "RM de cuello", "RM collo", "MRI hals"],
      ["AX T1 NECK", "COR STIR", "t2_tse_tra_fs", "DIXON W", "T1 FS post"], ["NECK", "NECK", ""],
      "neck soft tissue MR"),
    E(["HEAD", "NECK"], ["MRI HEAD AND NECK", "MRT Kopf/Hals", "IRM tête et cou", "MRI FACE AND NECK"],
      ["COR STIR", "AX T1", "T2 FS AX", "T1 post FS"], ["HEAD", "NECK", "HEADNECK", ""], "head+neck MR"),
]
MR_BODY = [
    E(["ABDOMEN"], ["MRCP", "MRI MRCP WO", "MRT MRCP", "IRM bili-MR", "Colangio-RM", "RM colangiopancreatografia",
                    "MRCP + Leber"],
      ["3D MRCP", "HASTE cor", "T2 SSFSE AX", "MIP MRCP", "t2_haste_tra_mbh", "Thick slab 40mm"],
      ["ABDOMEN", "ABDOMEN", "PANCREAS", ""], "MRCP -> ABDOMEN"),
    E(["ABDOMEN"], ["MRI LIVER W/WO", "MRI ABDOMEN W/WO", "MRT Leber Primovist", "MRT Oberbauch", "IRM hépatique",
                    "RM hepática", "RM fegato con mdc epatospecifico", "MRI lever", "MRI KIDNEYS", "MRT Nieren",
                    "MRI ADRENALS"],
      ["T1 in/opp", "Dyn art", "HBP 20min", "vibe_fs_tra_dyn", "T2 HASTE ax", "DWI b800", "eTHRIVE", "LAVA Flex"],
      ["ABDOMEN", "ABDOMEN", "LIVER", ""], "liver/kidney/adrenal MR -> ABDOMEN"),
    E(["PELVIS"], ["MRI PROSTATE MPMRI", "MRT Prostata", "mpMRT Prostata", "IRM prostatique", "RM próstata",
                   "RM prostata multiparametrica", "MRI prostaat", "MR prostaty"],
      ["t2_tse_tra_prostate", "ep2d_diff_b50_800_1400", "DCE", "T2 SAG", "T2W_TSE_COR", "DWI b1400"],
      ["PELVIS", "PELVIS", "PROSTATE", ""], "prostate -> PELVIS"),
    E(["PELVIS"], ["MRI PELVIS FEMALE", "MRT Becken", "IRM pelvienne", "RM pelvis", "MRI RECTUM STAGING", "MRT Rektum",
                   "RM recto"],
      ["T2 SAG", "T2 obl ax", "T2W_TSE_COR", "DWI b1000", "T1 VIBE post"], ["PELVIS", "PELVIS", ""],
      "uterus/ovaries/rectum -> PELVIS"),
    E(["CHEST"], ["CARDIAC MRI", "MRI HEART W/WO", "Kardio-MRT", "IRM cardiaque", "RM cardiaca", "RM cardíaca",
                  "MRI hart"],
      ["SA cine", "4CH cine", "LGE SA", "T1 map MOLLI", "2CH cine", "PSIR LGE", "Flow Ao"],
      ["HEART", "CHEST", "CHEST", ""], "heart -> CHEST"),
    E(["BREAST"], ["MRI BREAST BILAT W/WO", "MRI BREAST BILATERAL", "MRT Mamma bds.", "MR-Mammographie",
                   "IRM mammaire bilatérale", "RM mama bilateral", "RM mammella bilaterale", "MRI mammae",
                   "RM mamária bilateral", "MR bröst"],
      ["Ax T1 3D Dyn", "t2_tse_tra", "Sub 1", "Sub 2", "DWI b800", "MIP sub", "AX STIR", "VIBRANT"],
      ["BREAST", "BREAST", ""], "bilateral breast MR -> BREAST, B", lat="B"),
    E(AP, ["MR ENTEROGRAPHY", "MRT Dünndarm (Sellink)", "MRI ABDOMEN/PELVIS W/WO", "Entéro-IRM", "RM enterografia",
           "MRT Abdomen/Becken"],
      ["TRUFI cor", "HASTE cor", "T1 VIBE post", "DWI b800", "SSFSE cor"],
      ["ABDOMEN", "ABDOMEN", ""], "enterography / abdomen+pelvis MR"),
    E(WB, ["MRI WHOLE BODY (MYELOMA)", "Ganzkörper-MRT", "IRM corps entier", "RM total body", "WB-MRI"],
      ["Whole body DWI b900", "T1 Dixon WB", "STIR WB composed", "Composed T1"],
      ["WHOLEBODY", "WHOLE BODY", "", "OTHER"], "whole-body MR = HEAD+NECK+CHEST+ABDOMEN+PELVIS"),
]


# --------------------------------------------------------------------------- spine
SPINE = {
    "en": {"C": ["C-SPINE", "CERVICAL SPINE", "C SPINE", "CSP"], "T": ["T-SPINE", "THORACIC SPINE", "DORSAL SPINE"],
           "L": ["L-SPINE", "LUMBAR SPINE", "L/S SPINE", "LS SPINE"], "W": ["WHOLE SPINE", "TOTAL SPINE", "ENTIRE SPINE"],
           "TL": ["T/L SPINE", "THORACOLUMBAR SPINE"]},
    "de": {"C": ["HWS"], "T": ["BWS"], "L": ["LWS"], "W": ["Ganzwirbelsäule", "GWS", "HWS-BWS-LWS"],
           "TL": ["BWS/LWS", "BWS + LWS"]},
    "fr": {"C": ["rachis cervical"], "T": ["rachis dorsal", "rachis thoracique"], "L": ["rachis lombaire"],
           "W": ["rachis entier", "panoramique rachis"], "TL": ["rachis dorso-lombaire"]},
    "es": {"C": ["columna cervical"], "T": ["columna dorsal"], "L": ["columna lumbar"],
           "W": ["columna completa", "columna total"], "TL": ["columna dorsolumbar"]},
    "it": {"C": ["rachide cervicale", "colonna cervicale"], "T": ["rachide dorsale"], "L": ["rachide lombare"],
           "W": ["rachide in toto"], "TL": ["rachide dorso-lombare"]},
    "nl": {"C": ["CWK", "cervicale wervelkolom"], "T": ["THWK", "thoracale wervelkolom"],
           "L": ["LWK", "lumbale wervelkolom"], "W": ["totale wervelkolom"], "TL": ["THWK/LWK"]},
    "pt": {"C": ["coluna cervical"], "T": ["coluna dorsal"], "L": ["coluna lombar"], "W": ["coluna total"],
           "TL": ["coluna dorsolombar"]},
    "sv": {"C": ["halsrygg"], "T": ["bröstrygg"], "L": ["ländrygg"], "W": ["helrygg"], "TL": ["bröst- och ländrygg"]},
    "cs": {"C": ["krční páteř", "C páteř"], "T": ["hrudní páteř", "Th páteř"], "L": ["bederní páteř", "L páteř"],
           "W": ["celá páteř"], "TL": ["Th-L páteř"]},
    "pl": {"C": ["kręgosłup szyjny", "odcinek C"], "T": ["kręgosłup piersiowy", "odcinek Th"],
           "L": ["kręgosłup lędźwiowy", "odcinek L"], "W": ["cały kręgosłup"], "TL": ["kręgosłup Th-L"]},
}
SPINE_CODES = {"C": ["CSPINE"], "T": ["TSPINE"], "L": ["LSPINE"], "W": WSPINE, "TL": ["TSPINE", "LSPINE"]}
SPINE_BPE = {"C": ["CSPINE", "CSPINE", "SPINE", "NECK", ""], "T": ["TSPINE", "TSPINE", "SPINE", "CHEST", ""],
             "L": ["LSPINE", "LSPINE", "SPINE", "L-SPINE", ""], "W": ["SPINE", "WHOLESPINE", "", "OTHER"],
             "TL": ["SPINE", "TSPINE", "LSPINE", ""]}
SPINE_PREFIX = {"CT": {"en": "CT", "de": "CT", "fr": "TDM", "es": "TC", "it": "TC", "nl": "CT", "pt": "TC",
                       "sv": "DT", "cs": "CT", "pl": "TK"},
                "MR": {"en": "MRI", "de": "MRT", "fr": "IRM", "es": "RM", "it": "RM", "nl": "MRI", "pt": "RM",
                       "sv": "MR", "cs": "MR", "pl": "MR"},
                "DX": {"en": "XR", "de": "Rö", "fr": "RADIO", "es": "RX", "it": "RX", "nl": "X-", "pt": "RX",
                       "sv": "Slätröntgen", "cs": "RTG", "pl": "RTG"}}
SPINE_SERIES = {"MR": ["t2_tse_sag", "T1 SAG", "STIR SAG", "T2 AX", "SAG T2 FRFSE", "T2W_TSE_SAG", "t1_tse_sag_post"],
                "CT": ["Bone 1mm sag", "Spine 2mm Bone", "Soft tissue 3mm", "Knochen 1.0 sag", "MPR cor bone"]}
SPINE_MR_REGION = {"C": ["t2_me2d_tra", "AX GRE T2*"], "L": ["AX T2 L3-S1", "t2_tse_tra L4/5"],
                   "T": ["T2 AX T8-T12"], "W": ["Composed T2 sag", "Whole spine STIR"], "TL": ["Composed T2 sag"]}


def spine_row(group):
    mod = pick(["MR", "MR", "CT", "DX", "CR"])
    lang = pick(LANGS)
    region = pick(["C", "T", "L", "L", "C", "W", "TL"])
    if region == "W" and mod == "CT":
        mod = "MR"
    term = pick(SPINE[lang][region])
    pre = SPINE_PREFIX["DX" if mod in ("DX", "CR") else mod][lang]
    study = f"{pre}{'' if pre.endswith('-') else ' '}{term}"
    if chance(0.3):
        study += pick([" W/O", " nativ", " mit KM", " 2 views", " flex/ext", " sans injection", ""])
    labels = list(SPINE_CODES[region])
    why = f"{term} ({lang}) -> {'+'.join(labels)}"
    if region == "W" and mod in ("DX", "CR") and chance(0.5):
        study = pick(["SCOLIOSIS SERIES FULL SPINE", "Wirbelsäule Ganzaufnahme stehend", "EOS rachis entier",
                      "Escoliosis columna completa"])
        why = "full-length spine (scoliosis) -> whole spine"
    if mod in ("DX", "CR"):
        views = R.sample(XR_VIEW[lang], 3)
        series = [v.replace("{P}", term) for v, _ in views]
        vp = views[0][1]
    else:
        pool = SPINE_SERIES[mod] + (SPINE_MR_REGION[region] if mod == "MR" else [])
        series, vp = R.sample(pool, 3), None
    m = base_meta(mod, typo(study), series[0], bpe=SPINE_BPE[region])
    if vp and chance(0.7):
        m["ViewPosition"] = vp
    sibs = [sib(mod, s) for s in series[1:]]
    return row(m, labels, None, why, group, sibs)


# --------------------------------------------------------------------------- radiography, axial
DX_AXIAL = [
    E(["CHEST"], ["CHEST PA AND LATERAL", "CXR PORTABLE", "XR CHEST 1V", "CHEST 2V", "Thorax pa + seitl.",
                  "Thorax liegend", "Thorax im Bett", "Radiographie thoracique face", "RX THORAX F+P",
                  "Rx tórax PA y lateral", "RX TORAX PORTATIL", "Rx torace 2P", "RX TORACE A LETTO", "X-thorax",
                  "Thorax 2 richtingen", "Radiografia do tórax PA", "RX TORAX PA E PERFIL", "Lungor", "Thorax fr + sida",
                  "RTG hrudníku", "Snímek plic", "RTG klatki piersiowej PA", "RTG płuc"],
      [("PA", "PA"), ("LAT", "LL"), ("AP portable", "AP"), ("Thorax pa", "PA"), ("Thorax seitl.", "LL"),
       ("Face", "PA"), ("Profil", "LL"), ("Tórax PA", "PA"), ("Torace AP", "AP"), ("Chest AP supine", "AP"),
       ("Lungor frontal", "PA")],
      ["CHEST", "CHEST", "CHEST", "THORAX", ""], "chest radiograph"),
    E(["CHEST"], ["RIBS LEFT 3V", "RIBS RT UNILATERAL W/ PA CHEST", "Rippen links", "Hemithorax re. Rippen",
                  "GRIL COSTAL DROIT", "Parrilla costal izquierda", "Coste sx", "STERNUM 2V", "Sternum seitl.",
                  "RTG žeber vpravo"],
      [("RIBS AP", "AP"), ("Oblique", ""), ("Rippen schräg", ""), ("Sternum lat", "LL"), ("Costal", "AP")],
      ["RIBS", "CHEST", "CHEST", ""], "ribs/sternum -> CHEST (axial: no laterality)"),
    E(AP, ["KUB", "XR ABDOMEN KUB", "KUB 1V", "Abdomen KUB", "ASP (arbre urinaire sans préparation)", "RX KUB",
           "AUSP"],
      [("KUB", "AP"), ("AP supine", "AP"), ("Abdomen ap", "AP"), ("ASP face", "AP")],
      ["ABDOMEN", "ABDOMEN", "KUB", ""], "KUB = ABDOMEN+PELVIS"),
    E(["PELVIS"], ["PELVIS AP", "XR PELVIS 1V", "Beckenübersicht", "Becken a.p.", "Bassin de face",
                   "Rx pelvis AP", "RX BACINO", "X-bekken", "RX BACIA AP", "Bäcken", "RTG pánve", "RTG miednicy",
                   "SI JOINTS", "ISG Aufnahme", "Steißbein seitl.", "SACRUM/COCCYX", "Os coccyx"],
      [("AP", "AP"), ("Becken ap", "AP"), ("Face", "AP"), ("Pelvis AP", "AP"), ("Ferguson", "AP"), ("LAT", "LL")],
      ["PELVIS", "PELVIS", "HIP", "SACRUM", ""], "pelvis / SI joints / sacrum / coccyx -> PELVIS"),
    E(["HEAD"], ["SKULL 2 VIEWS", "Schädel 2 Eb.", "Schädel a.p.+seitl.", "Crâne face + profil", "Cráneo AP y lateral",
                 "RX CRANIO", "NASAL BONES", "Nasenbein seitl.", "FACIAL BONES 3V", "Mittelgesicht okzipitomental",
                 "SINUSES WATERS", "NNH okzipitomental", "MANDIBLE 4V", "Unterkiefer"],
      [("PA", "PA"), ("LAT", "LL"), ("Waters", "PA"), ("Towne", "AP"), ("Schädel pa", "PA"), ("seitl.", "LL")],
      ["SKULL", "HEAD", "HEAD", "FACE", ""], "skull/face/sinuses/mandible -> HEAD"),
    E(["HEAD"], ["OPG", "ORTHOPANTOMOGRAM", "Orthopantomogramm", "Panoramique dentaire", "Ortopantomografía",
                 "Ortopantomografia", "PANORAMIC DENTAL"],
      [("Panoramic", None), ("OPG", None), ("Standard Panoramic", None)], ["JAW", "HEAD", ""],
      "dental panoramic (jaws, face) -> HEAD", mod="PX"),
    E(["NECK"], ["SOFT TISSUE NECK LAT", "XR NECK SOFT TISSUE", "Halsweichteile seitl.", "Trachea Zielaufnahme"],
      [("LAT", "LL"), ("AP", "AP"), ("Hals seitl.", "LL")], ["NECK", "NECK", ""], "soft tissue neck / trachea -> NECK"),
]


def dx_axial_row(group):
    e = pick(DX_AXIAL)
    mod = e["mod"] or pick(["DX", "DX", "CR"])
    study = typo(pick(e["studies"]))
    views = R.sample(e["series"], min(3, len(e["series"])))
    ser, vp = views[0]
    m = base_meta(mod, study, ser, bpe=e["bpe"])
    if vp and chance(0.8):
        m["ViewPosition"] = vp
    if chance(0.15):
        m["RequestedProcedureDescription"] = study.upper()
    sibs = [sib(mod, s) for s, _ in views[1:]]
    return row(m, e["labels"], None, e["why"], group, sibs)


# --------------------------------------------------------------------------- mammography
MG_STUDY_BIL = ["BIL MAMMO SCREENING", "MAMMO SCREEN BILAT W TOMO", "MG SCREENING BILATERAL", "SCREENING MAMMOGRAM",
                "DIAG MAMMO BILAT", "Mammographie bds.", "Mammographie beidseits", "Screening-Mammographie",
                "Mammographie bilatérale de dépistage", "Mamografía bilateral", "Mamografia bilaterale",
                "Mammografie", "Mamografia bilateral", "Mammografi screening", "Mamografie oboustranná",
                "Mammografia obustronna"]
MG_STUDY_UNI = {"R": ["DIAG MAMMO RT", "MG DIAGNOSTIC RIGHT", "Mammographie rechts", "Mammographie droite",
                      "Mamografía derecha", "Mammografia dx", "Mammografie rechts", "Mamografia direita",
                      "Mammografi höger"],
                "L": ["DIAG MAMMO LT", "MG DIAGNOSTIC LEFT", "Mammographie links", "Mammographie gauche",
                      "Mamografía izquierda", "Mammografia sx", "Mammografie links", "Mamografia esquerda",
                      "Mammografi vänster"]}


def mg_row(group):
    side = pick("RL")
    view = pick(["CC", "MLO", "MLO", "CC", "ML", "LM", "XCCL"])
    uni = chance(0.3)
    study = pick(MG_STUDY_UNI[side]) if uni else pick(MG_STUDY_BIL)
    style = R.randrange(6)
    if style == 0:
        ser = f"{side}{view}"
    elif style == 1:
        ser = f"{side} {view}"
    elif style == 2:
        ser = f"{view} {'RIGHT' if side == 'R' else 'LEFT'}"
    elif style == 3:
        ser = pick([f"{side} {view} Tomo", f"{side}{view} C-View", f"{view} Tomosynthesis", f"{side} {view} Spot Mag",
                    f"Tomo {view}"])
    elif style == 4:
        ser = view  # side only in ImageLaterality
    else:
        ser = pick(["Mammo", "Mammographie", "", "MG"])  # nothing in text; tags carry it
    sop_mod = "MG"
    m = base_meta("MG", typo(study, 0.04), ser, bpe=["BREAST", "BREAST", "BREAST", ""], p_bpe=0.8)
    m["ImageLaterality"] = side
    if chance(0.5):
        m["Laterality"] = side
    m["ViewPosition"] = view
    if "Tomo" in ser and chance(0.7):
        m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.13.1.3"
    else:
        m["SOPClassUID"] = pick(SOP[sop_mod][:1])
    sibs = []
    for s, v in [("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]:
        if (s, v) == (side, view) or (uni and s != side):
            continue
        sibs.append(sib("MG", f"{s}{v}" if style < 4 else v, ImageLaterality=s, ViewPosition=v))
    why = f"mammogram view {view}; breast side {side} from {'tags only' if style >= 4 else 'series text and tags'}"
    return row(m, ["BREAST"], side, why, group, sibs[:3])


# --------------------------------------------------------------------------- ultrasound
US_ENTRIES = [
    E(["ABDOMEN"], ["US ABDOMEN COMPLETE", "US ABDOMEN LIMITED", "US RUQ", "Sono Abdomen", "Oberbauchsonographie",
                    "Échographie abdominale", "Ecografía abdominal", "Ecografia addome superiore", "Echo bovenbuik",
                    "Ecografia abdominal superior", "UL buk", "USG jamy brzusznej", "UZ břicha", "US LIVER DOPPLER"],
      ["Liver", "GB long", "Pancreas", "Spleen", "Leber", "Foie", "Hígado", "Fegato", "Abdomen", ""],
      ["ABDOMEN", "ABDOMEN", "ABDOMEN", ""], "abdominal organs (liver/GB/pancreas) -> ABDOMEN"),
    E(["ABDOMEN"], ["US RENAL", "Sono Nieren bds.", "Échographie rénale", "Ecografía renal"],
      ["RK long", "LK long", "Niere re", "Rein G", "Kidneys", ""], ["ABDOMEN", "KIDNEY", ""],
      "kidneys -> ABDOMEN (axial organ: no laterality)"),
    E(AP, ["Ecografia addome completo", "US RENAL AND BLADDER", "US KUB", "Sono Nieren + Harnblase",
           "Échographie rénale et vésicale"],
      ["", "Kidneys and bladder", "Nieren/Blase", "Reins et vessie", "Image 1"], ["ABDOMEN", "ABDOMEN", ""],
      "kidneys + bladder / 'addome completo' = ABDOMEN+PELVIS"),
    E(["NECK"], ["US THYROID", "US NECK SOFT TISSUE", "Sono Schilddrüse", "Schilddrüsensonographie",
                 "Échographie thyroïdienne", "Ecografía tiroidea", "Ecografia tiroide", "Echo schildklier",
                 "Ultrassonografia da tireoide", "UL tyreoidea", "USG tarczycy", "UZ štítné žlázy"],
      ["Thyroid R lobe", "Isthmus", "SD li Lappen", "Lobe droit", "Thyroid", "Neck LN", ""],
      ["NECK", "NECK", "THYROID", "ABDOMEN", ""], "thyroid -> NECK (BPE sometimes the ABDOMEN default)"),
    E(["NECK"], ["US CAROTID DOPPLER BILAT", "Duplex Carotiden", "Doppler TSA", "Echo-Doppler des troncs supra-aortiques"],
      ["RT ICA", "LT CCA", "Carotis re", "ACI li", "Vertebral R", ""], ["NECK", "NECK", "ABDOMEN", ""],
      "carotid arteries -> NECK (vessel side is not a limb laterality)"),
    E(["PELVIS"], ["US PELVIS TRANSVAGINAL", "US PELVIS TA/TV", "Transvaginalsonographie", "Échographie pelvienne endovaginale",
                   "Ecografía transvaginal", "Ecografia pelvica transvaginale"],
      ["Uterus sag", "Endometrium", "Rt ovary", "Lt ovary", "Uterus", ""],
      ["PELVIS", "PELVIS", "ABDOMEN", ""], "uterus/ovaries -> PELVIS (ovary side is not a laterality)"),
    E(["PELVIS"], ["US BLADDER", "Sono Harnblase", "TRUS PROSTATE", "Ecografia prostatica transrettale"],
      ["Bladder", "Prostate vol", "Post void", ""], ["PELVIS", "PELVIS", "ABDOMEN", ""], "bladder/prostate -> PELVIS"),
    E(["HEAD"], ["US HEAD NEONATAL", "Schädelsonographie", "Échographie transfontanellaire", "Ecografía transfontanelar",
                 "Ecografia transfontanellare"],
      ["Cor 1", "Sag midline", "Parasag R", "Kopf", ""], ["HEAD", "HEAD", "BRAIN", ""], "neonatal head US -> HEAD"),
    E(["CHEST"], ["ECHO TTE", "TRANSTHORACIC ECHOCARDIOGRAM", "Echokardiographie TTE", "Échocardiographie transthoracique",
                  "Ecocardiograma"],
      ["PLAX", "A4C", "PSAX", "Echo", ""], ["HEART", "CHEST", ""], "heart -> CHEST", mod="US"),
    E(["BREAST"], ["US BREAST BILATERAL", "Mamma-Sono bds.", "Échographie mammaire bilatérale", "Ecografía mamaria bilateral",
                   "Ecografia mammaria bilaterale"],
      ["Breast", "Mamma bds.", "Sein", "Clip", ""], ["BREAST", "BREAST", ""],
      "bilateral breast US -> BREAST, B", lat="B"),
]
US_BREAST_UNI = {"R": ["US BREAST RIGHT LIMITED", "US RT BREAST", "Mamma-Sono rechts", "Échographie sein droit",
                       "Ecografía mama derecha", "Ecografia mammella dx", "Echo mamma rechts", "Ecografia mamária direita",
                       "UL bröst höger"],
                 "L": ["US BREAST LEFT LIMITED", "US LT BREAST", "Mamma-Sono links", "Échographie sein gauche",
                       "Ecografía mama izquierda", "Ecografia mammella sx", "Echo mamma links", "Ecografia mamária esquerda",
                       "UL bröst vänster"]}
US_MSK = {  # (study per side, series pool, code, why-term)
    "SHOULDER": ({"R": ["US SHOULDER RIGHT", "Sono Schulter re.", "Échographie épaule droite", "Ecografia spalla dx"],
                  "L": ["US SHOULDER LEFT", "Sono Schulter li.", "Échographie épaule gauche", "Ecografia spalla sx"]},
                 ["Supraspinatus long", "Biceps tendon", "Infraspinatus", "SSP"]),
    "KNEE": ({"R": ["US KNEE RT (BAKER CYST)", "Sono Knie re.", "Ecografía rodilla derecha"],
              "L": ["US KNEE LT", "Sono Knie li.", "Ecografía rodilla izquierda"]}, ["Popliteal fossa", "Quad tendon", ""]),
    "WRIST": ({"R": ["US WRIST RIGHT (GANGLION)", "Sono Handgelenk re."], "L": ["US WRIST LEFT", "Sono Handgelenk li."]},
              ["Dorsal wrist", "Ganglion", ""]),
    "HAND": ({"R": ["US RIGHT HAND FINGER MASS", "Sono Finger re. (Ringbandstenose)"],
              "L": ["US LEFT HAND", "Sono Daumen li."]}, ["A1 pulley", "Flexor tendon", ""]),
}


def us_row(group):
    k = R.random()
    mod = "US"
    if k < 0.6:
        return catalogue_row(group, mod, US_ENTRIES, p_study=0.5)
    if k < 0.82:
        side = pick("RL")
        study = pick(US_BREAST_UNI[side])
        ser = pick(["Breast", "Clock 10 3cm FN", "Axilla", "Lesion 1", "", "Mamma"])
        m = base_meta(mod, study, ser, bpe=["BREAST", "BREAST", ""])
        if chance(0.4):
            m["Laterality"] = side
        return row(m, ["BREAST"], side, f"unilateral breast US, side {side} from description", group,
                   [sib(mod, "Axilla"), sib(mod, "Lesion 2")])
    code = pick(list(US_MSK))
    studies, sers = US_MSK[code]
    side = pick("RL")
    m = base_meta(mod, pick(studies[side]), pick(sers), bpe=LIMB_BPE[code])
    if chance(0.3):
        m["Laterality"] = side
    return row(m, [code], side, f"MSK US {code} side {side} from description", group, [sib(mod, pick(sers))])


# --------------------------------------------------------------------------- PET / NM
PT_NM = [
    E(WB, ["PET/CT FDG WHOLE BODY", "PET CT SKULL BASE TO MID THIGH", "PET-CT Ganzkörper FDG", "FDG-PET/CT",
           "TEP-TDM FDG corps entier", "PET-TC FDG total body", "PET-TC FDG cuerpo entero", "PET/CT PSMA",
           "PSMA-PET/CT", "Ga-68 DOTATATE PET/CT", "PET/CT helkropp", "PET/CT celotělové", "PET/CT całe ciało"],
      ["PET WB AC", "PET WB NAC", "PET AC 3D", "MIP", "QCFX 3D AC", "PET_AC_Body", "WB 3D MAC"],
      ["WHOLEBODY", "WHOLEBODY", "CHEST", "", "OTHER", "WB"],
      "whole-body PET (skull base to thigh counts as whole body)", mod="PT"),
    E(WB, ["PET/CT FDG WHOLE BODY", "PET-CT Ganzkörper FDG", "TEP-TDM FDG corps entier", "PET/CT PSMA"],
      ["CT WB 5mm", "CTAC 3.75", "CT Body 3mm", "WB CT", "AC CT Body"], ["WHOLEBODY", "CHEST", "", "OTHER"],
      "CT part of whole-body PET/CT", mod="CT"),
    E(["HEAD"], ["PET BRAIN FDG", "FDG-PET Hirn", "TEP cérébrale FDG", "PET cerebral", "AMYLOID PET BRAIN",
                 "PET/CT cerebrale"], ["Brain AC 3D", "Cerveau AC", "Brain NAC", "Dynamic brain"],
      ["BRAIN", "HEAD", ""], "brain PET -> HEAD", mod="PT"),
    E(["CHEST"], ["PET CARDIAC RB-82 REST/STRESS", "PET MYOCARDIAL PERFUSION", "FDG PET Herz Vitalität"],
      ["Rest AC", "Stress AC", "Gated"], ["HEART", "CHEST", ""], "cardiac PET -> CHEST", mod="PT"),
    E(WB, ["NM BONE SCAN WHOLE BODY", "Skelettszintigraphie", "Ganzkörper-Skelettszintigraphie",
           "Scintigraphie osseuse corps entier", "Gammagrafía ósea", "Scintigrafia ossea total body",
           "Skeletscintigrafie", "Cintilografia óssea", "Skelettscintigrafi", "Scintigrafie skeletu",
           "Scyntygrafia kości"],
      ["WB ANT", "WB POST", "Anterior", "Posterior", "Whole Body", "Ganzkörper ant", "Corps entier ANT"],
      ["WHOLEBODY", "WHOLEBODY", "BONE", "", "OTHER"], "whole-body bone scan = whole body", mod="NM"),
    E(["NECK"], ["NM THYROID SCAN", "Schilddrüsenszintigraphie", "Scintigraphie thyroïdienne", "Gammagrafía tiroidea",
                 "Scintigrafia tiroidea", "NM PARATHYROID SESTAMIBI", "Nebenschilddrüsenszintigraphie"],
      ["Thyroid ANT", "Pinhole", "Schilddrüse", "Thyroïde", "Early 10min", "Delayed 2h"],
      ["NECK", "THYROID", ""], "thyroid/parathyroid -> NECK", mod="NM"),
    E(["CHEST"], ["NM MYOCARDIAL PERFUSION", "Myokardszintigraphie", "Scintigraphie myocardique",
                  "Gammagrafía de perfusión miocárdica"],
      ["Stress SA", "Rest SA", "Gated SPECT", "Stress HLA", "Rest VLA"], ["HEART", "CHEST", ""],
      "myocardial scintigraphy -> CHEST", mod="NM"),
    E(["CHEST"], ["NM LUNG V/Q", "Lungenperfusionsszintigraphie", "Scintigraphie pulmonaire V/P"],
      ["Perf ANT", "Vent POST", "Q 6 views", "V/Q SPECT"], ["LUNG", "CHEST", ""], "lung scintigraphy -> CHEST", mod="NM"),
    E(["ABDOMEN"], ["NM RENAL MAG3", "Nierenfunktionsszintigraphie MAG3", "Scintigraphie rénale", "NM HEPATOBILIARY HIDA",
                    "DMSA Nieren"], ["Dynamic POST", "Renogram", "Post 1-60min", "Static POST"], ["KIDNEY", "ABDOMEN", ""],
      "kidney/hepatobiliary scintigraphy -> ABDOMEN", mod="NM"),
    E(["HEAD"], ["NM DATSCAN", "DaTSCAN SPECT", "DaTSCAN Hirn", "Scintigraphie DaTSCAN", "NM BRAIN PERFUSION SPECT"],
      ["SPECT brain", "Recon OSEM", "Tomo"], ["BRAIN", "HEAD", ""], "brain SPECT -> HEAD", mod="NM"),
]

XA_RF = [
    E(["CHEST"], ["CORONARY ANGIOGRAPHY", "LEFT HEART CATH", "Herzkatheter", "Koronarangiographie", "Coronarographie",
                  "Coronariografía", "Coronarografia", "Coronairangiografie", "Cateterismo cardíaco",
                  "Koronarangiografi", "Koronarografie", "Koronarografia", "PCI RCA"],
      ["LCA RAO 30 CAU 20", "RCA LAO 40", "LV gram RAO 30", "LAD PCI", "Coro", "Cine"], ["HEART", "CHEST", ""],
      "coronary/heart angiography -> CHEST", mod="XA"),
    E(["HEAD"], ["CEREBRAL ANGIOGRAM", "DSA zerebral", "Zerebrale Angiographie", "Artériographie cérébrale",
                 "Angiografía cerebral", "Angiografia cerebrale", "Cerebrale angiografie", "ANEURYSM COILING"],
      ["ICA R AP", "VA L LAT", "3D rotational", "DSA ACI li", "Roadmap"], ["HEAD", "BRAIN", ""],
      "cerebral DSA -> HEAD (vessel side is not a limb laterality)", mod="XA"),
    E(["ABDOMEN"], ["TACE LIVER", "Chemoembolisation Leber", "Chimioembolisation hépatique"],
      ["Celiac DSA", "Hepatic art", "SMA run", "Image 1"], ["ABDOMEN", "LIVER", ""], "liver embolisation -> ABDOMEN",
      mod="XA"),
    E(["ABDOMEN"], ["RENAL ANGIOGRAM", "Nierenarterien-PTA", "Angiographie rénale"],
      ["Renal DSA", "Aorta flush", "Image 1"], ["ABDOMEN", "KIDNEY", ""], "renal angiography -> ABDOMEN", mod="XA"),
    E(["ABDOMEN"], ["ERCP", "ERCP mit Papillotomie", "CPRE", "CPRE con esfinterotomía"],
      ["Cholangio", "Fluoro store", "Image 1", "Stent"], ["ABDOMEN", ""], "biliary/pancreatic ducts -> ABDOMEN",
      mod="RF"),
    E(["PELVIS"], ["UTERINE ARTERY EMBOLIZATION", "Uterusarterienembolisation", "PROSTATE ARTERY EMBOLIZATION"],
      ["DSA pelvis", "Internal iliac L", "Post embo", "Run 4"], ["PELVIS", "PELVIS", "ABDOMEN", ""],
      "uterine/prostatic artery embolisation -> PELVIS", mod="XA"),
    E(["PELVIS"], ["HSG", "Hysterosalpingographie", "Hystérosalpingographie", "Histerosalpingografía"],
      ["Fluoro", "Uterus", "Spill", "Image 2"], ["PELVIS", "PELVIS", "ABDOMEN", ""], "uterus/tubes -> PELVIS", mod="RF"),
    E(["PELVIS"], ["VCUG", "Miktionszystourethrographie", "MCU", "Cystographie rétrograde"],
      ["Fluoro", "Filling", "Voiding", "Image 2"], ["PELVIS", "PELVIS", "ABDOMEN", ""], "bladder/urethra -> PELVIS",
      mod="RF"),
]
XA_LIMB = [  # (study per side (lang-mixed), labels code, mod)
    ({"R": ["Arthrographie Schulter rechts", "SHOULDER ARTHROGRAM RT", "Arthrographie épaule droite"],
      "L": ["Arthrographie Schulter links", "SHOULDER ARTHROGRAM LT", "Arthrographie épaule gauche"]}, "SHOULDER", "RF"),
    ({"R": ["Intraop Hüfte re.", "OR HIP RIGHT C-ARM", "Intraoperatorio cadera derecha"],
      "L": ["Intraop Hüfte li.", "OR HIP LEFT C-ARM", "Intraoperatorio cadera izquierda"]}, "HIP", "RF"),
    ({"R": ["OP Sprunggelenk rechts", "ORIF ANKLE RT FLUORO", "Bloc opératoire cheville droite"],
      "L": ["OP Sprunggelenk links", "ORIF ANKLE LT FLUORO", "Bloc opératoire cheville gauche"]}, "ANKLE", "RF"),
    ({"R": ["Intraop Handgelenk re.", "OR WRIST RIGHT", "Intraoperatorio muñeca derecha"],
      "L": ["Intraop Handgelenk li.", "OR WRIST LEFT", "Intraoperatorio muñeca izquierda"]}, "WRIST", "RF"),
    ({"R": ["Shuntographie Unterarm rechts", "FISTULOGRAM RIGHT FOREARM"],
      "L": ["Shuntographie Unterarm links", "FISTULOGRAM LEFT FOREARM", "Fistulographie avant-bras gauche"]},
     "FOREARM", "XA"),
]


def xa_row(group):
    if chance(0.7):
        return catalogue_row(group, "XA", XA_RF, p_study=0.5)
    studies, code, mod = pick(XA_LIMB)
    side = pick("RL")
    m = base_meta(mod, pick(studies[side]), pick(["Fluoro", "Image 1", "Store", "DSA", "Saved fluoro", "Run 3"]),
                  bpe=LIMB_BPE[code])
    if chance(0.4):
        m["Laterality"] = side
    return row(m, [code], side, f"limb procedure, {code} side {side} from description", group,
               [sib(mod, "Fluoro store"), sib(mod, "Image 2")])


# --------------------------------------------------------------------------- scouts
SCOUT_EXAMS = [  # (mod, study, labels, lat, bpe)
    ("CT", "CT HEAD WO CONTRAST", ["HEAD"], None, ["HEAD", ""]),
    ("CT", "CCT nativ", ["HEAD"], None, ["HEAD", ""]),
    ("CT", "CT C/A/P W", CAP, None, ["CHEST", ""]),
    ("CT", "CT Thorax/Abdomen/Becken", CAP, None, ["CHEST", "ABDOMEN"]),
    ("CT", "CT ABD/PELVIS W", AP, None, ["ABDOMEN", ""]),
    ("CT", "CT THORAX", ["CHEST"], None, ["CHEST"]),
    ("CT", "TDM thoracique", ["CHEST"], None, ["CHEST", ""]),
    ("CT", "CT KNEE RT WO", ["KNEE"], "R", ["KNEE", "EXTREMITY"]),
    ("CT", "CT Handgelenk li.", ["WRIST"], "L", ["WRIST", ""]),
    ("CT", "CT LWS", ["LSPINE"], None, ["LSPINE", "SPINE"]),
    ("CT", "CTA HEAD AND NECK", ["HEAD", "NECK"], None, ["HEAD", "NECK", ""]),
    ("PT", "PET/CT FDG WHOLE BODY", WB, None, ["WHOLEBODY", ""]),
    ("MR", "MRI BRAIN W/WO", ["HEAD"], None, ["HEAD", "BRAIN"]),
    ("MR", "MRT Schädel", ["HEAD"], None, ["HEAD", ""]),
    ("MR", "MRI KNEE LT WO", ["KNEE"], "L", ["KNEE", ""]),
    ("MR", "MRT Kniegelenk re.", ["KNEE"], "R", ["KNEE", "EXTREMITY"]),
    ("MR", "IRM épaule gauche", ["SHOULDER"], "L", ["SHOULDER", ""]),
    ("MR", "MRI C-SPINE WO", ["CSPINE"], None, ["CSPINE", "SPINE"]),
    ("MR", "MRT LWS", ["LSPINE"], None, ["LSPINE", ""]),
    ("MR", "MRI PROSTATE MPMRI", ["PELVIS"], None, ["PELVIS", "PROSTATE"]),
    ("MR", "MRCP", ["ABDOMEN"], None, ["ABDOMEN", ""]),
    ("MR", "MRI BREAST BILAT W/WO", ["BREAST"], "B", ["BREAST", ""]),
    ("MR", "RM caviglia dx", ["ANKLE"], "R", ["ANKLE", ""]),
    ("MR", "CARDIAC MRI", ["CHEST"], None, ["HEART", "CHEST"]),
]
SCOUT_NAMES = {"CT": ["Topogram 0.6 T20f", "Topogram 1.0 T20f", "Scout", "SCOUT AP", "SCOUT LAT", "Surview",
                      "Scanogram", "TOPO", "Localizer", "Scout 1"],
               "PT": ["Topogram 0.6 T20f", "Scout", "CT Topogram"],
               "MR": ["localizer", "3-pl loc", "3 Plane Loc", "AAHead_Scout_32ch-head-coil", "Survey", "SmartBrain",
                      "tri-pilot", "Loc", "localizer_haste", "ScoutHF", "Localizer_3Plane", "SURVEY_MST"]}


def scout_row(group):
    mod, study, labels, lat, bpe = pick(SCOUT_EXAMS)
    smod = "CT" if mod == "PT" else mod
    name = pick(SCOUT_NAMES[mod])
    if "Head" in name and "HEAD" not in labels:
        name = "localizer"
    m = base_meta(smod, study, name, bpe=bpe)
    if lat in ("R", "L") and chance(0.3):
        m["Laterality"] = lat
    sibs_pool = {"CT": ["Axial 2.5", "COR 3mm", "Bone 1mm"], "MR": ["T2 FS", "T1", "DWI"]}[smod]
    return row(m, labels, lat, "scout/localizer takes the anatomy of the planned exam", group,
               [sib(smod, s) for s in R.sample(sibs_pool, 2)], p_study=0.6)


# --------------------------------------------------------------------------- no anatomy
NO_ANAT = [
    ("SC", "CT", ["Dose Report", "Dose Info", "Patient Protocol", "Radiation Dose Information", "Dosisbericht",
                  "Rapport de dose", "Exam Summary", "Protocol page", "Dose Report 999"],
     ["CT C/A/P W", "CT HEAD WO CONTRAST", "CCT nativ", "CT Thorax", "TDM TAP", "CT ABD/PELVIS W"],
     [""], "dose report / protocol page: no anatomy"),
    ("SR", "SR", ["Radiation Dose SR", "X-Ray Radiation Dose Report", "Dose SR", "RDSR"],
     ["CT C/A/P W", "CT THORAX", "CORONARY ANGIOGRAPHY", "XR CHEST 1V", "MAMMO SCREEN BILAT W TOMO"],
     ["CHEST", ""], "radiation dose structured report: no anatomy"),
    ("SC", "MR", ["Screen Save", "Screen Capture", "Exam parameters", "PatientProtocol", "Protocol printout"],
     ["MRI BRAIN W/WO", "MRT LWS", "MRI KNEE RT"], ["HEAD", "LSPINE", ""], "console screen save / protocol page: no anatomy"),
    ("SC", "US", ["Worksheet", "Report page", "US Worksheet", "Measurement summary"],
     ["US ABDOMEN COMPLETE", "US THYROID", "Sono Abdomen"], ["ABDOMEN", ""], "sonographer worksheet/text page: no anatomy"),
    ("CT", "CT", ["QA phantom", "Daily QA water phantom", "ACR Phantom", "Konstanzprüfung Wasserphantom",
                  "CTDI phantom 32cm", "Catphan 600"],
     ["QA", "PHANTOM DAILY", "Konstanzprüfung", "CT QC"], ["PHANTOM", "", "OTHER"], "phantom / QA: no anatomy"),
    ("MR", "MR", ["ACR phantom T1", "Daily QA sphere", "Phantom SNR", "QA Spherical Phantom"],
     ["MR QA", "ACR PHANTOM", "Qualitätskontrolle MR"], ["PHANTOM", "", "HEAD"], "phantom / QA: no anatomy"),
    ("MG", "MG", ["ACR Phantom", "QC Phantom", "Flat field", "Konstanzprüfung"],
     ["MG QC", "Mammo QC weekly", "QC Mammographie"], ["PHANTOM", "BREAST", ""], "mammography QC phantom: no anatomy"),
    ("NM", "NM", ["Uniformity flood", "Intrinsic flood Co-57", "COR calibration", "Daily QC"],
     ["NM QC", "Gamma camera QC", "Qualitätskontrolle"], ["", "OTHER"], "gamma camera QC: no anatomy"),
    ("DX", "DX", ["Detector calibration", "Flat field", "QC test image"], ["DR QC", "QA Detektor"], ["", "OTHER"],
     "detector calibration: no anatomy"),
]


NO_ANAT_STUDY_BPE = [  # a dose page or printout inherits the BodyPartExamined of its study (wrong for it)
    (("HEAD", "CCT", "BRAIN"), "HEAD"), (("C/A/P", "TAP", "THORAX", "Thorax", "CHEST"), "CHEST"),
    (("ABD", "Abdomen"), "ABDOMEN"), (("LWS",), "LSPINE"), (("KNEE",), "KNEE"), (("THYROID",), "NECK"),
    (("MAMMO",), "BREAST"), (("CORONARY",), "HEART"),
]


def no_anat_row(group):
    sop_mod, mod, series, studies, bpe, why = pick(NO_ANAT)
    study = pick(studies)
    for keys, part in NO_ANAT_STUDY_BPE:
        if any(k in study for k in keys):
            bpe = [part, part, ""]
            break
    m = base_meta(mod if mod != "SR" else "SR", study, pick(series), bpe=bpe,
                  vendor=pick(VENDORS.get(mod, VENDORS["CT"])), sop_mod=sop_mod)
    return row(m, [], None, why, group, None)


# --------------------------------------------------------------------------- sparse series text
SPARSE = [  # (mod, study desc, own series pool, sibling series pool, labels, lat, bpe, why, study_vague)
    ("MR", "MRI BRAIN W/WO CONTRAST", ["t2_tse_tra", "AX FLAIR", "DWI b1000", "ADC", "SWI", "Ax T1 post"],
     ["Sag T1", "COR T2"], ["HEAD"], None, ["HEAD", ""], "sequence name only; study = brain MR", False),
    ("MR", "MRT Schädel nativ", ["t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace", "t1_se_tra"], ["t2_tse_cor"],
     ["HEAD"], None, ["HEAD", ""], "sequence name only; study = brain MR", False),
    ("MR", "MRT LWS", ["t2_tse_sag_384", "t1_tse_sag", "t2_tse_tra", "STIR sag"], ["t2_tse_tra L4/5"],
     ["LSPINE"], None, ["LSPINE", "SPINE", ""], "sequence name only; study = lumbar spine", False),
    ("MR", "MRI C-SPINE WO", ["SAG T2 FRFSE", "AX GRE T2*", "SAG STIR", "AX T2"], ["SAG T1"], ["CSPINE"], None,
     ["CSPINE", ""], "sequence name only; study = C-spine", False),
    ("MR", "MRI PROSTATE MPMRI", ["t2_tse_tra", "ep2d_diff_b1400", "T1 DCE", "ADC"], ["t2_tse_sag"], ["PELVIS"], None,
     ["PROSTATE", ""], "sequence name only; study = prostate", False),
    ("MR", "MRI KNEE LT WO", ["PD FS SAG", "T1 COR", "PD FS AX", "PD FS COR"], ["T2 SAG"], ["KNEE"], "L",
     ["KNEE", ""], "sequence only; side and part from study", False),
    ("MR", "RM spalla dx", ["PD FS COR OBL", "T1 SAG", "PD FS AX"], ["T2 FS SAG"], ["SHOULDER"], "R", ["SHOULDER", ""],
     "sequence only; Italian study: shoulder right", False),
    ("MR", "MRT Sprunggelenk li.", ["PD_TSE_FS_SAG", "T1_TSE_COR", "PD_TSE_FS_TRA"], ["STIR cor"], ["ANKLE"], "L",
     ["ANKLE", ""], "sequence only; German study: ankle left", False),
    ("MR", "IRM hépatique", ["LAVA Flex", "T2 SSFSE", "DWI b600", "Dyn art"], ["HBP"], ["ABDOMEN"], None,
     ["ABDOMEN", ""], "sequence only; study = liver MR", False),
    ("CT", "CT C/A/P W CONTRAST", ["Recon 2", "1.25mm", "2.5mm STD", "3mm", "Recon 3: COR"], ["Body 5mm"], CAP, None,
     ["CHEST", ""], "recon label only; study = CAP", False),
    ("CT", "CT ABD/PEL W", ["Recon 2", "1.25mm", "0.625 STD", "Axial 3"], ["Portal venous"], AP, None,
     ["ABDOMEN", ""], "recon label only; study = abdomen/pelvis", False),
    ("CT", "CT Thorax nativ", ["1.0 B70f", "3.0 Br40", "5mm", "Recon 2"], ["MIP 10mm"], ["CHEST"], None,
     ["CHEST", ""], "recon label only; study = chest", False),
    ("CT", "CT HEAD WO", ["5mm", "Recon 2", "0.625", "2.5mm STD"], ["Bone"], ["HEAD"], None, ["HEAD", ""],
     "recon label only; study = head", False),
    # the study description is vague: siblings carry the anatomy
    ("MR", "MRT", ["t2_tse_sag", "t1_tse_sag", "t2_tse_tra"], ["HWS t2_tse_sag", "HWS t2_me2d_tra"], ["CSPINE"], None,
     ["", "SPINE"], "vague study; sibling series name the cervical spine", True),
    ("MR", "OUTSIDE STUDY", ["AX FLAIR", "AX DWI", "AX T2"], ["SAG T1 BRAIN", "AX SWI BRAIN"], ["HEAD"], None,
     ["", "HEAD"], "imported study; siblings name brain", True),
    ("MR", "MR EXTERNAL IMPORT", ["PD FS SAG", "PD FS COR"], ["KNEE LT T1 COR", "KNEE LT PD AX"], ["KNEE"], "L",
     ["", "KNEE"], "imported study; siblings name left knee", True),
    ("CT", "CT mit KM", ["Recon 2", "3.0 Br40", "1.0"], ["Thorax 1.0 Lunge", "Thorax 3.0 Weichteil"], ["CHEST"], None,
     ["", "CHEST"], "vague study; siblings all chest", True),
    ("CT", "CT WITH CONTRAST", ["2.5mm", "Recon 2"], ["CAP PORTAL 5mm", "CHEST ABD PELVIS COR"], CAP, None, ["", "CHEST"],
     "vague study; siblings name CAP", True),
    ("CT", "Fremdaufnahme", ["Axial 1mm", "1.0 Knochen"], ["Kniegelenk re. Knochen sag", "Kniegelenk re. cor"], ["KNEE"],
     "R", ["", "KNEE"], "imported study; siblings name right knee", True),
    ("MR", "RESEARCH", ["ep2d_bold_rest", "t1_mprage"], ["BRAIN t2_space", "BRAIN DTI"], ["HEAD"], None, ["", "BRAIN"],
     "research study; siblings name brain", True),
    ("US", "US", ["", "Image 1"], ["Thyroid R lobe", "Thyroid L lobe"], ["NECK"], None, ["", "NECK"],
     "vague study; siblings show thyroid", True),
    ("MR", "MR", ["T2W_TSE", "T1W_TSE"], ["Prostate T2W_TSE_TRA", "Prostate DWI"], ["PELVIS"], None, ["", "PELVIS"],
     "vague study; siblings name prostate", True),
]


def sparse_row(group):
    mod, study, own, sibs_pool, labels, lat, bpe, why, vague = pick(SPARSE)
    ser = pick(own)
    m = base_meta(mod, study, ser, bpe=bpe, p_bpe=0.5)
    if chance(0.25) and not vague:
        m["ProtocolName"] = ser
    if lat and chance(0.3):
        m["Laterality"] = lat
    sibs = [sib(mod, s) for s in sibs_pool] + [sib(mod, s) for s in own if s != ser][:2]
    return row(m, labels, lat, why, group, sibs, force_study=vague, p_study=0.5)


# --------------------------------------------------------------------------- strata
def limb_en_dx(group):
    return limb_row(group, pick(["DX", "DX", "CR"]), "en", pick("RL"))


def limb_intl_dx(group):
    return limb_row(group, pick(["DX", "DX", "CR"]), pick(LANGS[1:]), pick("RL"))


def limb_mr(group):
    return limb_row(group, "MR", pick(LANGS), pick("RL"),
                    codes={"SHOULDER", "ELBOW", "WRIST", "HAND", "HIP", "KNEE", "ANKLE", "FOOT", "THIGH", "LEG", "FOREARM"})


def limb_ct(group):
    return limb_row(group, "CT", pick(LANGS), pick("RL"),
                    codes={"SHOULDER", "ELBOW", "WRIST", "HIP", "KNEE", "ANKLE", "FOOT", "LEG"})


BILAT_SPECIAL = [
    ("DX", "BONE AGE", "Hand PA", ["HAND"], "L", ["HAND", ""], "bone age is a left hand PA by convention"),
    ("DX", "Skelettalter (li. Hand)", "Hand dv", ["HAND"], "L", ["HAND", ""], "bone age on the left hand"),
    ("US", "Hüftsonographie nach Graf bds.", "Hüftsono", ["HIP"], "B", ["HIP", ""],
     "infant hip US both sides"),
    ("US", "US INFANT HIPS BILATERAL", "Hips", ["HIP"], "B", ["HIP", ""], "infant hips both sides"),
    ("MR", "MRI BOTH HIPS (AVN)", "COR STIR", ["HIP"], "B", ["HIP", "PELVIS", ""], "both hips MR"),
    ("MR", "MRI BOTH HANDS W/WO (RA)", "COR T1", ["HAND"], "B", ["HAND", ""], "both hands MR (rheumatology)"),
    ("MR", "MRT Hände bds. mit KM", "t1_vibe_fs_cor_post", ["HAND"], "B", ["HAND", ""], "both hands MR"),
    ("MR", "IRM des deux mains", "STIR cor", ["HAND"], "B", ["HAND", "EXTREMITY"], "both hands MR"),
    ("MR", "RM manos bilateral", "T1 COR", ["HAND"], "B", ["HAND", ""], "both hands MR"),
]


def limb_bilat(group):
    if chance(0.3):
        mod, study, ser, labels, lat, bpe, why = pick(BILAT_SPECIAL)
        m = base_meta(mod, study, ser, bpe=bpe)
        if mod == "DX":
            m["ImageLaterality"] = lat
        return row(m, labels, lat, why, group, None)
    lang = pick(LANGS)
    return limb_row(group, pick(["DX", "DX", "CR"]), lang, "B", codes={"HAND", "KNEE", "FOOT", "ANKLE", "WRIST"},
                    mode=pick(["text", "text", "both", "tag"]))


STRATA = [  # (group, count, maker)
    ("ct_single_region_en", 35, lambda g: catalogue_row(g, "CT", CT_SINGLE, pos="HFS")),
    ("ct_combined_regions", 35, lambda g: catalogue_row(g, "CT", CT_COMBINED)),
    ("ct_multilingual", 35, lambda g: catalogue_row(g, "CT", CT_INTL)),
    ("ct_vascular_cardiac", 30, lambda g: catalogue_row(g, "CT", CT_VASC)),
    ("ct_limb", 25, limb_ct),
    ("mr_neuro_head_neck", 40, lambda g: catalogue_row(g, "MR", MR_NEURO)),
    ("mr_body_breast", 35, lambda g: catalogue_row(g, "MR", MR_BODY)),
    ("mr_limb", 40, limb_mr),
    ("spine", 45, spine_row),
    ("xr_axial", 40, dx_axial_row),
    ("xr_limb_en", 40, limb_en_dx),
    ("xr_limb_multilingual", 55, limb_intl_dx),
    ("limb_bilateral", 25, limb_bilat),
    ("mg", 40, mg_row),
    ("us", 40, us_row),
    ("pet_nm", 40, lambda g: catalogue_row(g, "PT", PT_NM)),
    ("xa_rf", 35, xa_row),
    ("scout_localizer", 30, scout_row),
    ("no_anatomy", 30, no_anat_row),
    ("sparse_series_text", 40, sparse_row),
]


def build():
    rows, seen = [], set()
    for group, n, make in STRATA:
        got, tries = 0, 0
        while got < n:
            tries += 1
            if tries > n * 200:
                raise RuntimeError(f"{group}: cannot draw {n} distinct rows")
            r = make(group)
            key = json.dumps([r["meta"], r.get("study")], sort_keys=True, ensure_ascii=False)
            if key in seen:
                continue
            seen.add(key)
            rows.append(r)
            got += 1
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    rows = build()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()
