"""Words and abbreviations of Western European and American hospitals (Spanish, Portuguese,
Italian, French, German, Dutch, Scandinavian, English) beyond the core lexicon.

The form of the entries: ``radview.protocols.anatomy.words``.
"""

TERMS: tuple[tuple[str, str], ...] = (
    # ---- English: dental bitewing films, the plain
    # abdominal film "AXR" (the abdomen: a plain film of the abdomen is read so, see docs/anatomy.md,
    # "measured and not adopted"; "KUB" is the spec's abdomen and pelvis), the radial head (the
    # elbow, not the head), a child's air enema for an intussusception (the colon, as a contrast enema)
    ("HEAD", """BITEWING, BITEWINGS, BITE WING, BITE WINGS"""),
    ("ABDOMEN", """AXR"""),
    ("ABDOMEN PELVIS", """AIR ENEMA, INTUSSUSCEPTION REDUCTION, PNEUMATIC REDUCTION, HYDROSTATIC REDUCTION"""),
    ("ELBOW", """RADIAL HEAD, RADIAL NECK"""),
    # ---- French: the cervical and dorsal (thoracic) spine together, "col lomb." (colonne
    # lombaire), the radial head, the venous Doppler of the left or right lower limb ("MIG", "MID")
    # and deep vein thrombosis ("TVP", also Spanish, Italian and Portuguese), dental cone beam and
    # the jaws, the "Schuss" view of the knees, the barium swallow ("œsophage baryté")
    ("CSPINE TSPINE", """COLONNE CERVICALE ET DORSALE, RACHIS CERVICAL ET DORSAL, COLONNE CERVICALE ET THORACIQUE,
        RACHIS CERVICAL ET THORACIQUE"""),
    ("TSPINE LSPINE", """COLONNE DORSALE ET LOMBAIRE, RACHIS DORSAL ET LOMBAIRE, COLONNE THORACIQUE ET LOMBAIRE"""),
    ("LSPINE", """COL LOMB, COLONNE LOMB, RACHIS LOMB"""),
    ("ELBOW", """TETE RADIALE, TETE DU RADIUS, COL RADIAL"""),
    ("THIGH KNEE LEG", """DOPPLER VEINEUX MIG, DOPPLER VEINEUX MID, DOPPLER ARTERIEL MIG, DOPPLER ARTERIEL MID,
        ECHODOPPLER VEINEUX MIG, ECHODOPPLER VEINEUX MID, ECHO DOPPLER VEINEUX MIG, ECHO DOPPLER VEINEUX MID,
        TVP, THROMBOSE VEINEUSE PROFONDE, TROMBOSIS VENOSA PROFUNDA, TROMBOSI VENOSA PROFONDA,
        TROMBOSE VENOSA PROFUNDA"""),
    ("HEAD", """DENTAIRE, DENTAIRES, MAXILLAIRE, MAXILLAIRES, MANDIBULE, CONE BEAM DENTAIRE"""),
    ("KNEE", """RX SCHUSS, INCIDENCE EN SCHUSS, INCIDENCE DE SCHUSS, INCIDENCES EN SCHUSS, CLICHE EN SCHUSS,
        SCHUSS BILATERAL, SCHUSS BILATERAUX, GENOUX EN SCHUSS"""),
    ("NECK CHEST", """OESOPHAGE BARYTE, TRANSIT OESOPHAGIEN, TRANSIT BARYTE DE L OESOPHAGE"""),
    # ---- Spanish and Portuguese: the radial head, the swallow study (deglutição), the thigh with
    # its side ("coxa" alone is the Latin hip: only with a side word or in the plural)
    ("ELBOW", """CABEZA RADIAL, CABEZA DEL RADIO, CABECA DO RADIO, CABECA RADIAL"""),
    ("HEAD NECK", """DEGLUTICAO, VIDEODEGLUTOGRAMA, VIDEOFLUOROSCOPIA, VIDEOFLUOROSCOPIA DA DEGLUTICAO"""),
    ("THIGH", """COXA ESQ, COXA DIR, COXA ESQUERDA, COXA DIREITA, COXA ESQDA, COXA DTA, COXAS"""),
    ("NECK CHEST", """ESOFAGO BARITADO, ESOFAGO CONTRASTADO, TRANSITO ESOFAGICO"""),
    # ---- Italian: the panoramic dental film ("OPT", ortopanoramica), the standing long-leg film
    # (teleradiografia), mechanical thrombectomy (a stroke), the radial head, the contrast swallow
    ("HEAD", """ORTOPANORAMICA, ORTOPANORAMICHE, RX OPT, X OPT, OPT ARCATE DENTARIE, OPT DENTALE,
        ARCATE DENTARIE, TROMBECTOMIA MECCANICA, TROMBECTOMIA MECANICA, THROMBECTOMIE MECANIQUE"""),
    ("HIP THIGH KNEE LEG ANKLE", """TELERADIOGRAFIA ARTI INFERIORI, TELERADIOGRAFIA DEGLI ARTI INFERIORI"""),
    ("ELBOW", """CAPITELLO RADIALE, TESTA DEL RADIO"""),
    ("NECK CHEST", """ESOFAGO CON MDC, RX ESOFAGO, TRANSITO ESOFAGEO, ESOFAGOGRAMMA"""),
    # ---- German: the scaphoid series ("Kahnbeinquartett"), the radial head, the barium swallow,
    # mechanical thrombectomy
    ("WRIST", """KAHNBEIN*"""),
    ("ELBOW", """RADIUSKOPF*"""),
    ("NECK CHEST", """BREISCHLUCK, OESOPHAGUSBREISCHLUCK, OSOPHAGUSBREISCHLUCK, KONTRASTMITTELSCHLUCK"""),
    ("HEAD", """MECHANISCHE THROMBEKTOMIE"""),
    # ---- Dutch: the standing long-leg film (orthoradiogram, "lange benen"), the bone scan and the
    # whole body, the swallow film ("slikfoto")
    ("HIP THIGH KNEE LEG ANKLE", """ORTHORADIOGRAM, ORTHORADIOGRAMME, LANGE BENEN, LANGE BEENOPNAME"""),
    ("~BONESCAN", """BOTSCAN, BOTSCANS"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """TOTALE LICHAAM, GEHELE LICHAAM, TOTAAL LICHAAM"""),
    ("NECK CHEST", """SLIKFOTO, SLIKFOTOS"""),
    ("HEAD NECK", """SLIKVIDEO"""),
    # ---- Scandinavian: the knees and hands in their plural and definite forms, the spine as Danish
    # writes it ("cervicalcolumna"), the femoral neck (Norwegian "lårhals"), a liver biopsy
    ("KNEE", """KNAN, KNANA, KNAEENE, KNAERNE, KNALEDEN"""),
    ("HAND", """HAENDER, HAENDERNE, HANDER, HANDERNA, HENDER, HENDENE"""),
    ("CSPINE", """CERVICALCOLUMNA"""),
    ("TSPINE", """THORACALCOLUMNA"""),
    ("HIP", """LARHALS, LARHALSEN, LARBENSHALSEN"""),
    ("ABDOMEN", """LEVERBIOPSI, LEVERBIOPSIE, LEVERBIOPSIER"""),
)

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``): the French lower and upper limb
# with their side (French "MIG", membre inférieur gauche, and "MSG", "MSD"; Spanish "MII", miembro
# inferior izquierdo; Portuguese "MIE", membro inferior esquerdo; not "MID": English "mid")
LEFT = "MIG, MSG, MII, MIE"
RIGHT = "MSD"
BOTH = ""
# limbs, joints and breasts in the plural: both sides unless a side is named (``labels.PLURAL_LIMBS``)
PLURAL = "ANCHE, COXAS, KNANA, KNAEENE, KNAERNE, HAENDERNE, HANDERNA, HENDENE"
