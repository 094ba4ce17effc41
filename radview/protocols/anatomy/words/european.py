"""Words of Central, Eastern and Northern European hospitals writing in Latin or Greek script
(Romanian, Hungarian, Czech, Slovak, Polish, Slovenian, Croatian, Baltic, Finnish, Estonian,
Greek, Albanian) beyond the core lexicon.

The form of the entries: ``radview.protocols.anatomy.words``.
"""

TERMS: tuple[tuple[str, str], ...] = (
    # ---- Romanian: the dorsal (thoracic) spine, the elbow "cot" only beside a side or an exam word
    # (alone it is the English cot), the hip joint (coxofemurală), the thoraco-abdominal aorta (the
    # chest and abdomen, not the whole aorta of "angio-CT aorta"), the oesophageal barium transit
    # (pharynx to cardia), the lower and upper limbs (membre inferioare / superioare)
    ("TSPINE", """COLOANA DORSALA, COLOANEI DORSALE, COLOANA VERTEBRALA DORSALA"""),
    ("ELBOW", """COT STG, COT DR, COT STANG, COT DREPT, RX COT, RGF COT, RADIOGRAFIE COT, ARTICULATIA COTULUI"""),
    ("HIP", """COXOFEMURAL*"""),
    ("CHEST ABDOMEN", """TORACO ABDOMINALA, TORACOABDOMINALA, TORACO ABDOMINALE, AORTA TORACO ABDOMINALA,
        AORTEI TORACO ABDOMINALE, AORTA TORACOABDOMINALA, CT AORTA TORACO ABDOMINALA, ANGIO CT AORTA TORACO ABDOMINALA,
        ANGIO CT AORTA TORACOABDOMINALA"""),
    ("NECK CHEST", """TRANZIT ESOFAGIAN, TRANZIT BARITAT ESOFAGIAN, TRANZIT BARITAT ESOFAG, ESOFAGOGRAF*"""),
    ("~LOWERLIMB", """MEMBRE INFERIOARE, MEMBRELOR INFERIOARE, MEMBRUL INFERIOR, MEMBRU INFERIOR"""),
    ("~UPPERLIMB", """MEMBRE SUPERIOARE, MEMBRELOR SUPERIOARE, MEMBRUL SUPERIOR, MEMBRU SUPERIOR"""),
    # ---- Hungarian: the soft tissues of the neck (nyaki lágyrész; "nyaki" alone is also the
    # cervical spine's adjective), the neck vessels, the dental panoramic film and the teeth
    ("NECK", """NYAKI LAGYRESZ*, NYAKI EREK, NYAKI ULTRAHANG"""),
    ("HEAD", """FOGFELVETEL*, FOGAZAT*, PANORAMA FOG*"""),
    # ---- Czech and Slovak: the internal auditory canals, cerebral vessels, temporal bones, the
    # shoulder joint (ramenní kloub / ramenný kĺb; "ramenní kost" is the humerus), the hip (kyčel),
    # the foot (noha), the heel (pata), the ankle (členok), the knees (kolien), the whole spine,
    # the oesophagus (jícen, pažerák) and its swallow (pasáž: pharynx to cardia), the bone scan
    ("HEAD", """ZVUKOVOD*, MOZKOV*, SPANKOV* KOST*"""),
    ("SHOULDER", """RAMENNIHO KLOUBU, RAMENNIM KLOUBU, RAMENNICH KLOUBU, RAMENNY KLB,
        RAMENNEHO KLBU, RAMENNOM KLBE, RAMENNYCH KLBOV"""),
    ("HIP", """KYCLI, KYCELN*"""),
    ("FOOT", """NOHA, NOHY, NOHU, NOHOU, PATY, PATOV* KOST*, PATNI KOST*"""),
    ("ANKLE", """CLENKA, CLENKOCH, CLENKOVEHO KLBU, CLENKOVY KLB, HLEZENNI*"""),
    ("KNEE", """KOLIEN, KOLENNY KLB, KOLENNEHO KLBU"""),
    ("CSPINE TSPINE LSPINE", """CELEJ CHRBTICE, CELU CHRBTICU, CELOU PATER"""),
    ("CHEST", """JICEN, JICNU, JICNEM, PAZERAK*"""),
    ("NECK CHEST", """PASAZ JICN*, PASAZ PAZERAK*, PASAZ PAZERAKOM, PASAZ JICNEM"""),
    ("~BONESCAN", """SCINTIGRAF* SKELET*, SKELET* SCINTIGRAF*, SCINTIGRAFIA SKELETU"""),
    # ---- Polish: the scaphoid (kość łódeczkowata), the intracranial arteries, the contrast enema
    # (wlew doodbytniczy: the colon), the larynx (krtań) declined, the knee as "kol." after the exam
    ("WRIST", """LODECZKOWAT*"""),
    ("HEAD", """WEWNATRZCZASZKOW*"""),
    ("ABDOMEN PELVIS", """DOODBYTNICZ*, WLEW DOODBYTNICZY, IRYGOGRAF*"""),
    ("NECK", """KRTANI, KRTANIA"""),
    ("KNEE", """RTG KOL, STAWU KOL, STAW KOL"""),
    # ---- Slovenian: the neck (vrat) declined, the TMJs, the fingers and the hand (roka), the
    # humerus (nadlahtnica), the hips (kolki), the upper and lower limbs (okončine)
    ("NECK", """VRATU, VRATOM"""),
    ("HEAD", """TEMPOROMANDIBULARN*"""),
    ("HAND", """PRSTOV, PRSTOV ROKE, ROKE, ROKI"""),
    ("FOOT", """PRSTOV NOGE, PRSTI NOGE, PRSTOV NOHY, PRSTOV NOH, PRSTU NOHY, PRSTU NOHOU,
        PRSTU LEVE NOHY, PRSTU PRAVE NOHY, PRSTOV LAVEJ NOHY, PRSTOV PRAVEJ NOHY, PRSTOV LEVE NOGE, PRSTOV DESNE NOGE"""),  # (toes; Slovak and Czech too)
    ("ARM", """NADLAHT*"""),
    ("HIP", """KOLKOV"""),
    ("~UPPERLIMB", """ZGORNJ* OKONCIN*"""),
    ("~LOWERLIMB", """SPODNJ* OKONCIN*"""),
    # ---- Croatian and Bosnian: the thyroid (štitna žlijezda), the nasal bones, the teeth, the
    # arteries and veins of the limbs (a vascular study follows the limb's vessels), the bone scan
    ("NECK", """STITNE ZLIJEZDE, STITNA ZLIJEZDA, STITNJACE"""),
    ("HEAD", """NOSN* KOST*, ZUBI, ZUBA, ZUBNI STATUS"""),
    ("THIGH KNEE LEG", """ARTERIJ* DONJ* EKSTREMITET*, VENA DONJ* EKSTREMITET*, VENE DONJ* EKSTREMITET*,
        ARTERIJ* NOGU, VENA NOGU, ARTERIJA DONJIH EKSTREMITETA, ARTERIJE DONJIH EKSTREMITETA,
        ARTERIJA NOGU"""),
    ("ARM ELBOW FOREARM", """ARTERIJ* GORNJ* EKSTREMITET*, VENA GORNJ* EKSTREMITET*, VENE GORNJ* EKSTREMITET*,
        ARTERIJA GORNJIH EKSTREMITETA, ARTERIJE GORNJIH EKSTREMITETA"""),
    # ---- Lithuanian: the ribs (šonkauliai), the breast (krūtis) declined, the ankle (kulkšnis),
    # the humerus (žastikaulis), the knees, the legs (kojos) and their vessels, pregnancy
    ("CHEST", """SONKAUL*"""),
    ("BREAST", """KRUTIES, KRUTYS"""),
    ("ANKLE", """KULKSN*"""),
    ("ARM", """ZASTIKAUL*"""),
    ("KNEE", """KELIU, KELIAI"""),
    ("~LOWERLIMB", """KOJU, KOJOS"""),
    ("THIGH KNEE LEG", """KOJU ARTERIJ*, KOJU VENU, KOJU KRAUJAGYSL*"""),
    ("PELVIS", """NESTUM*"""),
    # ---- Latvian: the clavicle (atslēgas kauls) declined, the wrist (plaukstas locītava), the
    # sacroiliac joints, the hips (gūžas), the teeth (zobi), the lower and upper limbs and their
    # vessels, the bone scan, the whole body
    ("SHOULDER", """ATSLEGAS KAUL*, ATSLEGAS KAULA, ATSLEGAS KAULS, ATSLEGAS KAULU"""),
    ("WRIST", """PLAUKSTAS LOCITAV*"""),
    ("PELVIS", """SI LOCITAV*, SAKROILIAKAL*"""),
    ("HIP", """GUZU, GUZAS"""),
    ("HEAD", """ZOBU, ZOBI, ZOBA"""),
    ("~LOWERLIMB", """APAKSEJ* EKSTREMITAS*"""),
    ("~UPPERLIMB", """AUGSEJ* EKSTREMITAS*"""),
    ("THIGH KNEE LEG", """APAKSEJ* EKSTREMITAS* VEN*, APAKSEJ* EKSTREMITAS* ARTERIJ*, KAJU VENU, KAJU ARTERIJU"""),
    ("ARM ELBOW FOREARM", """AUGSEJ* EKSTREMITAS* VEN*, AUGSEJ* EKSTREMITAS* ARTERIJ*, ROKU VENU, ROKU ARTERIJU"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """VISAM KERMENIM, VISA KERMENA"""),
    # ---- Estonian: the knees (põlved), the thoracic spine (rinnalülisammas), the sacrum and
    # coccyx, the breast (rind), the clavicle, forearm, scaphoid, hand and upper arm, the carotid
    # arteries (unearterid), the upper and lower limbs (jäse) and their veins, the hips
    ("KNEE", """POLVED, POLVEDE"""),
    ("TSPINE", """RINNALULISAMMAS, RINNALULISAMBA, RINNALULID"""),
    ("PELVIS", """RISTLUU, SABALUU, RISTLUU JA SABALUU"""),
    ("BREAST", """RINNA, RINNAD, RINDADE"""),
    ("SHOULDER", """RANGLUU"""),
    ("FOREARM", """KUUNARVAR*"""),
    ("WRIST", """PAADILUU"""),
    ("HAND", """LABAKAE, LABAKASI, LABAKATE"""),
    ("ARM", """OLAVAR*"""),
    ("NECK", """UNEARTER*"""),
    ("~UPPERLIMB", """ULAJASEM*"""),
    ("~LOWERLIMB", """ALAJASEM*"""),
    ("ARM ELBOW FOREARM", """ULAJASEME VEENIDE, ULAJASEME ARTERITE, ULAJASEMETE VEENIDE"""),
    ("THIGH KNEE LEG", """ALAJASEME VEENIDE, ALAJASEME ARTERITE, ALAJASEMETE VEENIDE, ALAJASEMETE ARTERITE"""),
    ("HIP", """PUUSALIIGESTE, PUUSALIIGESED"""),
    # ---- Finnish: the coronary arteries (sepelvaltimot), the urinary tract (virtsatiet), the neck
    # vessels, the fetus and the anomaly scan, the elbow joint, the scaphoid (veneluu), the lower
    # and upper limbs (raaja) and the standing long-leg film (kuormituskuva)
    ("CHEST", """SEPELVALTIMO*"""),
    ("ABDOMEN PELVIS", """VIRTSATIE*"""),
    ("NECK", """KAULASUON*, KAULAVALTIMO*"""),
    ("PELVIS", """SIKIO*, RAKENNEULTRA*"""),
    ("ELBOW", """KYYNARNIVEL*"""),
    ("WRIST", """VENELUU"""),
    ("~LOWERLIMB", """ALARAAJ*"""),
    ("~UPPERLIMB", """YLARAAJ*"""),
    ("HIP THIGH KNEE LEG ANKLE", """ALARAAJ* KUORMITUSKUV*, KOKO ALARAAJ*"""),
    # ---- Greek: the spine segments with their dots (Ο.Μ.Σ.Σ., Α.Μ.Σ.Σ., Θ.Μ.Σ.Σ.), the
    # oesophagogram (pharynx to cardia), the veins and arteries of the limbs, the abdominal aorta
    # with the lower limbs (a run-off)
    ("LSPINE", """Ο Μ Σ Σ"""),
    ("CSPINE", """Α Μ Σ Σ"""),
    ("TSPINE", """Θ Μ Σ Σ"""),
    ("NECK CHEST", """ΟΙΣΟΦΑΓΟΓΡΑΦ*"""),
    ("THIGH KNEE LEG", """ΦΛΕΒΩΝ ΚΑΤΩ ΑΚΡΩΝ, ΑΡΤΗΡΙΩΝ ΚΑΤΩ ΑΚΡΩΝ, ΦΛΕΒΩΝ ΚΑΤΩ ΑΚΡΟΥ, ΑΡΤΗΡΙΩΝ ΚΑΤΩ ΑΚΡΟΥ"""),
    ("ARM ELBOW FOREARM", """ΦΛΕΒΩΝ ΑΝΩ ΑΚΡΩΝ, ΑΡΤΗΡΙΩΝ ΑΝΩ ΑΚΡΩΝ, ΦΛΕΒΩΝ ΑΝΩ ΑΚΡΟΥ, ΑΡΤΗΡΙΩΝ ΑΝΩ ΑΚΡΟΥ"""),
    ("ABDOMEN PELVIS HIP THIGH KNEE LEG ANKLE FOOT", """ΑΟΡΤΗΣ ΚΑΙ ΚΑΤΩ ΑΚΡΩΝ, ΚΟΙΛΙΑΚΗΣ ΑΟΡΤΗΣ ΚΑΙ ΚΑΤΩ ΑΚΡΩΝ"""),
    # ---- Albanian: head (kokë, kafkë, tru), neck (qafë), chest (gjoks, mushkëri, zemër), liver and
    # kidneys, pelvis (legen), the spine (shtyllë) and its levels, breast (gji), the joints and bones
    # of the limbs (sup, bërryl, parakrah, kyç i dorës / i këmbës, dorë, gju, shputë), the limbs'
    # vessels, the bone scan, the whole body, the obstetric scan
    ("HEAD", """KOKA, KOKES, KOKE, KAFKE, KAFKES, TRURI, TRURIT"""),
    ("NECK", """QAFA, QAFES, QAFE"""),
    ("CHEST", """GJOKS*, MUSHKERI*, ZEMRA, ZEMRES"""),
    ("ABDOMEN", """MELCI, MELCISE, VESHK*"""),
    ("PELVIS", """LEGENI, LEGENIT"""),
    ("~SPINE", """SHTYLL*"""),
    ("~CERVICAL", """CERVIKAL*"""),
    ("CSPINE", """SHTYLLA CERVIKALE, SHTYLLES CERVIKALE"""),
    ("TSPINE", """SHTYLLA TORAKALE, SHTYLLES TORAKALE, SHTYLLA DORSALE"""),
    ("LSPINE", """SHTYLLA LUMBARE, SHTYLLES LUMBARE, SHTYLLA LUMBOSAKRALE, SHTYLLA LUMBALE"""),
    ("BREAST", """GJIRI, GJIRIT, GJINJ*"""),
    ("SHOULDER", """SUPI, SUPIT, SUPET"""),
    ("ELBOW", """BERRYL*"""),
    ("FOREARM", """PARAKRAH*"""),
    ("WRIST", """KYCI I DORES, KYCIT TE DORES, KYC I DORES, KYCI DORES"""),
    ("ANKLE", """KYCI I KEMBES, KYCIT TE KEMBES, KYC I KEMBES, KYCI KEMBES"""),
    ("HAND", """DORA, GISHTAT E DORES, GISHTI I DORES"""),
    ("FOOT", """SHPUT*, GISHTAT E KEMBES, GISHTI I KEMBES"""),
    ("KNEE", """GJURI, GJURIT, GJUNJ*"""),
    ("HIP", """KOKSOFEMORAL*"""),
    ("THIGH", """FEMURI, FEMURIT"""),
    ("~LOWERLIMB", """EKSTREMITET* INFERIOR*"""),
    ("~UPPERLIMB", """EKSTREMITET* SUPERIOR*"""),
    ("~BONESCAN", """SHINTIGRAFI* KOCK*, SCINTIGRAFI* KOCK*"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """TRUPIT TE PLOTE, TRUPI I PLOTE, TRUP I PLOTE"""),
    ("PELVIS", """OBSTETRIKAL*"""),
)

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``).  Romanian "stg." (stâng); its
# "dr." (drept) is also the doctor and digital radiography, so it is read only right after a
# Romanian limb word ("genunchi dr."); the Croatian "des." and "lij." after their limb, the
# Lithuanian "deš." and "kair." before it, the Latvian "labā" (weak: Romanian "laba") before it, the
# Greek "ΔΕ"/"ΑΡ" after it.  The Hungarian "j.o." and "b.o." (jobb / bal oldal), the Latin "l. dx."
# and "l. sin." (latus) of Czech and Slovak requests, the Slovak "pravej"/"ľavej", the Lithuanian
# masculine genitives and "kairėje", the Albanian "i djathtë" and "i majtë".  Both: Czech "obou",
# Slovak and Polish feminine forms, Slovenian "obojestransko", Latvian "abpusēja", Albanian "dy
# anët"; a Hungarian infant hip scan (csecsemő csípő) examines both hips.
def _after(sides: str, limbs: str) -> list[str]:
    return [f"{l} {s}" for l in (w.strip() for w in limbs.replace("\n", " ").split(",") if w.strip())
            for s in sides.split()]


def _before(sides: str, limbs: str) -> list[str]:
    return [f"{s} {l}" for l in (w.strip() for w in limbs.replace("\n", " ").split(",") if w.strip())
            for s in sides.split()]


_ROMANIAN_LIMBS = """GENUNCHI, GENUNCHIUL, GENUNCHIULUI, CLAVICULA, CLAVICULEI, ANTEBRAT, ANTEBRATUL, ANTEBRATULUI,
    SOLD, SOLDUL, SOLDULUI, GAMBA, GAMBEI, COT, COTUL, COTULUI, UMAR, UMARUL, UMARULUI, PUMN, PUMNUL, PUMNULUI,
    GLEZNA, GLEZNEI, MANA, MAINA, MAINII, PICIOR, PICIORUL, PICIORULUI, COAPSA, COAPSEI, FEMUR, FEMURUL,
    HUMERUS, HUMERUSUL, BRAT, BRATUL, CALCANEU, CALCANEUL, SAN, SANUL, MAMARA, ROTULA, SCAFOID, TIBIE, HALUCE,
    DEGET, DEGETUL, DEGETE, OLECRAN"""
_CROATIAN_LIMBS = """RAME, RAMENA, RAMENO, LAKAT, LAKTA, PODLAKTICA, PODLAKTICE, SAKA, SAKE, SAKU, RUCNI ZGLOB,
    RUCNOG ZGLOBA, KUK, KUKA, NATKOLJENICA, NATKOLJENICE, KOLJENO, KOLJENA, POTKOLJENICA, POTKOLJENICE,
    GLEZANJ, GLEZNJA, SKOCNI ZGLOB, SKOCNOG ZGLOBA, STOPALO, STOPALA, DOJKA, DOJKE, KLJUCNA KOST, KLJUCNE KOSTI,
    NADLAKTICA, NADLAKTICE, PETA, PETE, PRST, PRSTA"""
_LITHUANIAN_LIMBS = """KELIO, KELIO SANARIO, PETIES, PETIES SANARIO, RAKTIKAULIO, ZASTIKAULIO, ALKUNES,
    ALKUNES SANARIO, DILBIO, RIESO, RIESO SANARIO, PLASTAKOS, KLUBO, KLUBO SANARIO, SLAUNIES, SLAUNIKAULIO,
    BLAUZDOS, KULKSNIES, KULKSNIES SANARIO, PEDOS, KRUTIES, KRUTS"""
_LATVIAN_LIMBS = """CELA, CELA LOCITAVAS, CELGALA, PLECA, PLECA LOCITAVAS, ATSLEGAS KAULA, ELKONA, ELKONA LOCITAVAS,
    APAKSDELMA, PLAUKSTAS, PLAUKSTAS LOCITAVAS, GURNA, GUZAS, GUZAS LOCITAVAS, AUGSSTILBA, AUGSDELMA,
    APAKSSTILBA, POTITES, POTITES LOCITAVAS, PEDAS, KRUTS"""
_GREEK_LIMBS = """ΓΟΝΑΤΟΣ, ΓΟΝΑΤΟ, ΩΜΟΥ, ΩΜΟΣ, ΑΓΚΩΝΑ, ΑΓΚΩΝΟΣ, ΚΑΡΠΟΥ, ΙΣΧΙΟΥ, ΙΣΧΙΟ, ΠΟΔΟΣ, ΠΟΔΙ,
    ΠΟΔΟΚΝΗΜΙΚΗΣ, ΚΝΗΜΗΣ, ΜΗΡΟΥ, ΧΕΙΡΟΣ, ΑΝΤΙΒΡΑΧΙΟΥ, ΒΡΑΧΙΟΝΙΟΥ, ΜΑΣΤΟΥ, ΚΛΕΙΔΑΣ, ΠΤΕΡΝΑΣ"""

LEFT = ", ".join(["""STG, L SIN, B O, LAVEJ, LAVOM, KAIRIO, KAIREJE, KAIRIAM, MAJTE, MAJTAS"""]
                 + _after("STG STANG", _ROMANIAN_LIMBS) + _after("LIJ LIJEVO", _CROATIAN_LIMBS)
                 + _before("KAIR", _LITHUANIAN_LIMBS) + _after("ΑΡ", _GREEK_LIMBS))
RIGHT = ", ".join(["""L DX, J O, PRAVEJ, PRAVOM, DESINIO, DESINEJE, DESINIAM, DJATHTE, DJATHTAS"""]
                  + _after("DR", _ROMANIAN_LIMBS) + _after("DES", _CROATIAN_LIMBS)
                  + _before("DES", _LITHUANIAN_LIMBS) + _before("LABA", _LATVIAN_LIMBS) + _after("ΔΕ", _GREEK_LIMBS))
BOTH = """OBOU, OBOJSTRANNA, OBOJSTRANNU, OBOJSTRANNEJ, OBUSTRONNA, OBUSTRONNEJ, OBOJESTRANSKO, OBOJESTRANSKA,
    OBOJESTRANSKI, OBOJESTRANSKE, ABPUSEJA, ABPUSEJI, ABPUSEJS, ABPUSEJAS, DY ANET, TE DY ANET,
    CSECSEMO CSIPO, CSECSEMOKORI CSIPO"""
# limbs, joints and breasts in the plural: both sides unless a side is named (``labels.PLURAL_LIMBS``)
PLURAL = """KYCLI, KOLEN, KOLIEN, KOLKOV, DONJIH, GORNJIH, SPODNJIH, ZGORNJIH, INFERIOARE, SUPERIOARE,
    KELIU, KOJU, KOJOS, GUZU, POLVED, POLVEDE, PUUSALIIGESTE, PUUSALIIGESED, RINNAD, ALARAAJOJEN, ΙΣΧΙΩΝ,
    ΓΟΝΑΤΩΝ, ΓΟΝΑΤΑ, ΩΜΩΝ, ΜΑΣΤΩΝ, GJUNJET, GJUNJEVE, GJINJTE, GJINJVE"""
