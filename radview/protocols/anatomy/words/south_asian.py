"""Words of South Asian hospitals beyond the core lexicon and the Hindi, Urdu and Bengali scripts of
``near_east``: the request shorthand of Indian English, romanised ("Hinglish") Hindi and Urdu,
romanised Bengali, Nepali, Sinhala, Tamil, Malayalam, Telugu, Kannada, Marathi, Gujarati and
Punjabi, and the Tamil, Sinhala, Malayalam, Telugu, Kannada, Gujarati and Gurmukhi scripts (kept
by the tokeniser since this module), Nepali and Marathi in Devanagari.

Short romanised words that are other words in English or in DICOM text stand only in their
phrases: the Hindi belly "pet" (PET imaging) as "PET KA", "PET KI" ...; the head "sir"/"sar" as
"SIR KA"; the foot "pair" as "PAIR KA", "DONO PAIR"; the teeth "dant" as "DANT KA"; the Bengali
right "dan" and left "bam", the Kannada "bala"/"eda", the Marathi "dava", the Gujarati "dabo",
the Nepali "dubai" and the Telugu "rendu" (both) only beside a limb word of their language
(``_beside``).  Words a language reads two ways are left out: the Hindi "taang", the Tamil
"kaal" and the Sinhala "kakula" (leg or foot), the Kannada "sonta" (waist or hip), the Bengali
"gorali" (heel or ankle).

The form of the entries: ``radview.protocols.anatomy.words``.
"""

TERMS: tuple[tuple[str, str], ...] = (
    # ---- Indian English request shorthand: the upper and lower abdomen ("USG U/A", "USG L/A"),
    # the whole abdomen of a CT ("CECT W/A"; "W/A" alone is left: "with and"), an ascitic tap (the
    # abdomen and pelvis, as "ascitic tap" reads), the targeted anomaly scan (TIFFA) and the nuchal
    # translucency and nasal bone scan (NT-NB), the neonatal head scan; the HRCT of the temporal
    # bones (not the chest's HRCT), the cervicodorsal, dorsolumbar and lumbosacral junctions, the
    # temporomandibular joints (the MR fistulogram, "Form F" and a prescription are
    # in ``languages.MORE``, from the design set 26)
    ("ABDOMEN", """USG U A, US U A, U A USG, USG UPPER ABDOMEN"""),
    ("ABDOMEN PELVIS", """ASCITIC TAPPING, ASCITIC FLUID TAPPING, DIAGNOSTIC ASCITIC TAP, CECT W A, NCCT W A"""),
    ("PELVIS", """USG L A, US L A, L A USG, TIFFA, TIFFA SCAN, TARGETED IMAGING FOR FETAL ANOMALIES, NT NB, NT NB SCAN,
        NTNB, NTNB SCAN, NUCHAL TRANSLUCENCY SCAN, LEVEL II SCAN, LEVEL 2 SCAN, OBSTETRIC DOPPLER, OBS DOPPLER"""),
    ("HEAD", """NEUROSONOGRAM, NEURO SONOGRAM, HRCT TEMPORAL, HRCT TEMPORAL BONE, HRCT TEMPORAL BONES,
        HRCT MASTOID, HRCT MASTOIDS, HRCT PNS, HRCT ORBIT, HRCT ORBITS, TM JOINT, TM JOINTS, TMJ JOINT"""),
    ("CSPINE TSPINE", """CD JUNCTION, CERVICO DORSAL SPINE,
        CERVICODORSAL SPINE, CERVICO DORSAL JUNCTION, CERVICODORSAL JUNCTION"""),
    ("TSPINE LSPINE", """D L JUNCTION, DL JUNCTION, DORSO LUMBAR JUNCTION, DORSOLUMBAR JUNCTION"""),
    ("LSPINE", """L S JUNCTION, LS JUNCTION, LUMBOSACRAL JUNCTION, LUMBO SACRAL JUNCTION"""),
    # a scanned legal form of an obstetric ultrasound (the PCPNDT Act's "Form F") shows no anatomy,
    # as a scanned prescription does
    ("~NONE", """PNDT FORM F, PCPNDT FORM F, PNDT FORM, PCPNDT FORM, F FORM, PRESCRIPTIONS,
        PRESCRIPTION SCAN, DOCTOR PRESCRIPTION, REQUISITION SLIP, REQUEST SLIP, OLD REPORTS,
        OLD REPORT, PREVIOUS REPORTS"""),
    # ---- romanised Hindi and Urdu: the head ("sir", "sar" only with their postposition), brain,
    # skull, teeth and eyes; the neck ("gardan"; its bone and vertebrae are the cervical spine); the
    # chest ("chhati", "seena") and lungs; the belly ("pet" only with its postposition, "pait") and
    # its organs, the whole belly (the abdomen and pelvis of an ultrasound) and the lower belly;
    # pregnancy and the uterus; the waist ("kamar": an X-ray of it is the lumbar spine) and the
    # spine ("reedh ki haddi") as a whole; the joints and bones of the limbs; the breast ("stan"
    # only in its phrases); the veins of the legs; the whole body and the bone scan
    ("HEAD", """SIR KA, SIR KI, SIR KE, SAR KA, SAR KI, SAR KE, DIMAG, DIMAAG, DIMAGH, MASTISHK, KHOPDI, KHOPADI,
        KHOPRI, DAANT, DANT KA, DANT KI, DANT KE, DANTON, DAANTON, JABDA, JABDE, AANKH KA, AANKH KI, AANKHON"""),
    ("NECK", """GARDAN, GARDAN KA, GALE KA, GALE KI"""),
    ("CSPINE", """GARDAN KI HADDI, GARDAN KE MUHRE, GARDAN KE MOHRE, GARDAN KE MANKE, GARDAN KI REEDH"""),
    ("CHEST", """CHHATI, CHHAATI, CHATI, CHAATI, SEENA, SEENE, SEENAY, SEENE KA, PHEPHDE, PHEPHDON, FEFDE, FEFDON,
        PHEPHRE, DIL KA, DIL KI, HRIDAY"""),
    ("ABDOMEN", """PET KA, PET KI, PET KE, PAIT, PAIT KA, PAIT KI, PAET, GURDA, GURDE, GURDON, GURDAY, JIGAR,
        TILLI, PITTASHAY, PITTE KI THAILI, PITTA KI THAILI"""),
    ("ABDOMEN PELVIS", """PURE PET, POORE PET, PURA PET, POORA PET, PURE PAIT, POORE PAIT, SAMPURN PET, SAMPOORN PET,
        SAMPURNA PET"""),
    ("PELVIS", """NICHLE PET, NICHE PET, PEDU, GARBH, GARBH KI, GARBHAVASTHA, GARBHAWASTHA, GARBHASHAY, BACHEDANI,
        BACHCHEDANI, BACHHEDANI, BACHEDANEE, MOOTRASHAY, PESHAB KI THAILI, PESHAAB KI THAILI"""),
    ("~SPINE", """REEDH, RIDH, REEDH KI HADDI, RIDH KI HADDI, REED KI HADDI, RIRH KI HADDI, MUHRE, MOHRE"""),
    ("~LUMBAR", """KAMAR"""),
    ("LSPINE", """KAMAR KA, KAMAR KI, KAMAR KE, KAMAR KI HADDI, KAMAR KE MUHRE, KAMAR KE MOHRE, KAMAR KE MANKE,
        KAMAR KI REEDH"""),
    ("TSPINE", """PEETH KI REEDH"""),
    ("CSPINE TSPINE LSPINE", """POORI REEDH, PURI REEDH, POORI REEDH KI HADDI, PURI REEDH KI HADDI, POORI RIDH KI HADDI,
        SAMPURN REEDH"""),
    ("SHOULDER", """KANDHA, KANDHE, KANDHON, KANDHAY, KAANDHA, KAANDHE, HANSLI"""),
    ("ARM", """BAAZU, BAAZOO, BAANH, BAHU KI HADDI, BAZU KI HADDI"""),
    ("ELBOW", """KOHNI, KUHNI, KOHANI, KEHNI, KOHNIYON"""),
    ("WRIST", """KALAI, KALAAI, KALAYI, KALAIYON"""),
    ("HAND", """HAATH, HATH, HAATHON, HATHON, HATHELI, UNGLI, UNGLIYON, UNGALI, ANGOOTHA, ANGUTHA, HAATH KA PANJA"""),
    ("HIP", """KULHA, KULHE, KULHON, KOOLHA, KOOLHE, KULHAY, KOLHA, KOLHE, KULHE KA JOD, KULHE KI HADDI"""),
    ("THIGH", """JANGH, JAANGH, JANGHA, JANGH KI HADDI, JAANGH KI HADDI"""),
    ("KNEE", """GHUTNA, GHUTNE, GHUTNON, GHUTNAY, GHUTNO, GHUTNAA"""),
    ("LEG", """PINDLI, PINDLIYON, PINDALI, NALI KI HADDI"""),
    ("ANKLE", """TAKHNA, TAKHNE, TAKHNON, TAKHNAY, TAKNA, TAKHANA"""),
    ("FOOT", """PAIR KA, PAIR KI, PAIR KE, DONO PAIR, PAIRON, PAIR KA PANJA, PAIR KI UNGLI, PAIR KI UNGLIYON, PAON,
        PAUN, PAANV, EDI KA, EDI KI, EDI KI HADDI, EDIYON, AIDI, TALVA, TALWA"""),
    ("BREAST", """STAN KA, STAN KI, STAN KE, STANON, DONO STAN"""),
    ("THIGH KNEE LEG", """PAIR KI NASON, PAIRON KI NASON, PAIR KI NASEN, PAIRON KI NASEN, PAIR KI NAS"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """PURE SHARIR, PURA SHARIR, POORE SHAREER, SAMPURN SHARIR"""),
    ("~BONESCAN", """HADDI KA SCAN, HADDIYON KA SCAN"""),
    # ... and the Devanagari waist with its postposition (an X-ray of it, as "kamar ka X-ray")
    ("LSPINE", """कमर का, कमर की, कमर के"""),
    # ---- romanised Bengali: the chest (buker), the head (matha), the belly (peter, only before an
    # exam word: Peter is a name), the whole and lower belly (tolpet), the neck (gharer, golar),
    # the waist (komor: its X-ray is the lumbar spine), the spine, the joints and bones of the limbs
    ("CHEST", """BUKER, FUSFUS, FUSFUSER"""),
    ("HEAD", """MATHA, MATHAR, MOSTISHKO, MOSTISHKER"""),
    ("NECK", """GHARER, GOLAR"""),
    ("ABDOMEN", """PETER USG, PETER ULTRASOUND, PETER ULTRASONOGRAPHY, PETER SONOGRAPHY, PETER X RAY, PETER CT"""),
    ("ABDOMEN PELVIS", """SOMPURNO PET, SOMPURNO PETER, SAMPURNO PETER, PURO PET, PURO PETER, PURA PETER"""),
    ("PELVIS", """TOLPET, TOLPETER, TALPET, TALPETER"""),
    ("~SPINE", """MERUDONDO, MERUDANDA, MERUDONDER, MERUDANDER, MERUDANDO"""),
    ("~LUMBAR", """KOMOR"""),
    ("LSPINE", """KOMORER, KOMORER HAR"""),
    ("SHOULDER", """KADH, KADHER, KANDHER, KAANDH, KAADH, KAADHER"""),
    ("ARM", """BAHUR"""),
    ("ELBOW", """KONUI, KONUIER, KONUIYER, KONUIR"""),
    ("WRIST", """KOBJI, KOBJIR"""),
    ("HAND", """HATER, HAAT, HAATER, HATER AUNGUL"""),
    ("THIGH", """URUR, URUR HAR, URU HAR"""),
    ("KNEE", """HATU, HATUR, HANTU, HANTUR, HAATU, HAATUR"""),
    ("LEG", """PAYER NOLA, PAYER NOLAR"""),
    ("FOOT", """PAYER PATA, PAYER PATAR, PAYER AUNGUL, GORALIR HAR"""),
    # ---- romanised Nepali: the head (tauko), the belly and the chest with "ko" (of), the waist
    # (kammar), the knee (ghuda), the shoulder (kum, only with "ko"), elbow, thigh, sole
    ("HEAD", """TAUKO, TAUKOKO"""),
    ("CHEST", """CHHATI KO"""),
    ("ABDOMEN", """PET KO"""),
    ("~LUMBAR", """KAMMAR"""),
    ("LSPINE", """KAMMAR KO, KAMMARKO"""),
    ("KNEE", """GHUDA, GHUNDA, GHUDAKO, GHUNDAKO"""),
    ("SHOULDER", """KUM KO, KUMKO"""),
    ("ELBOW", """KUHINO, KUHINA"""),
    ("THIGH", """TIGHRA"""),
    ("FOOT", """PAITALA"""),
    # ---- romanised Sinhala: the knee (danahisa), shoulder (urahisa), head (hisa), brain, chest
    # (papuwa), belly (udaraya), ankle, elbow, wrist, thigh, hip, foot, breast, pregnancy
    ("KNEE", """DANAHISA, DANAHIS, DANHISA"""),
    ("SHOULDER", """URAHISA, URAHIS"""),
    ("HEAD", """HISA, OLUWA, MOLAYA"""),
    ("CHEST", """PAPUWA, PAPUVA"""),
    ("ABDOMEN", """UDARAYA"""),
    ("ANKLE", """WALALUKARA, VALALUKARA"""),
    ("ELBOW", """WELAMITA, VELAMITA"""),
    ("WRIST", """MANIKKATUWA, MAENIKKATUWA"""),
    ("THIGH", """KALAWA"""),
    ("HIP", """UKULA"""),
    ("FOOT", """PADAYA, PAADAYA"""),
    ("BREAST", """PIYAYURU"""),
    ("PELVIS", """GARBHANI"""),
    # ---- romanised Tamil and Malayalam (which share many words): the head (thalai, thala), chest
    # (marbu, nenju), belly (vayiru, vayaru), neck (kazhuthu), spine, knee (muzhangal, kaalmuttu),
    # shoulder (thol), elbow (muzhangai, kaimuttu), wrist, ankle, thigh, foot, breast, pregnancy
    ("HEAD", """THALAI, THALA, MOOLAI"""),
    ("CHEST", """MARBU, NENJU, NENCHU"""),
    ("ABDOMEN", """VAYIRU, VAYITRU, VAYARU, VAYAR"""),
    ("NECK", """KAZHUTHU, KALUTHU"""),
    ("~SPINE", """MUDHUGELUMBU, MUTHUGELUMBU, MUDHUGU THANDU, MUTHUGU THANDU, NATTELLU"""),
    ("KNEE", """MUZHANGAL, MULANGAL, KAALMUTTU, KALMUTTU, KAAL MUTTU"""),
    ("SHOULDER", """THOL, THOLU, THOLPATTAI, THOL PATTAI"""),
    ("ELBOW", """MUZHANGAI, MULANGAI, KAIMUTTU, KAI MUTTU"""),
    ("WRIST", """MANIKKATTU, MANIKATTU, MANIBANDHAM"""),
    ("ANKLE", """KANUKKAL, KANUKAL, KANANKAAL, KANANKAL"""),
    ("THIGH", """THODAI, THUDA"""),
    ("FOOT", """PAATHAM, PAADHAM, PAADAM, KUTHIKAL"""),
    ("BREAST", """MAARBAGAM, MARBAGAM"""),
    ("PELVIS", """KARPAM, KARPAPAI, KARBAPAI"""),
    # ---- romanised Telugu and Kannada: the knee (mokalu, monakalu), shoulder (bhujam, bhuja),
    # elbow (mocheyi, monakai), wrist, belly (kadupu, hotte), head (tale), chest (chathi), neck
    # (kuttige), spine, hip (thunti), ankle
    ("KNEE", """MOKALU, MOKAALU, MOKALLU, MONAKALU, MONAKAALU"""),
    ("SHOULDER", """BHUJAM, BUJAM, BHUJA"""),
    ("ELBOW", """MOCHEYI, MOCHETI, MONAKAI"""),
    ("ABDOMEN", """KADUPU, HOTTE"""),
    ("HEAD", """TALE"""),
    ("CHEST", """CHATHI"""),
    ("NECK", """KUTTIGE"""),
    ("~SPINE", """VENNEMUKA, BENNUMULE, BENNU MULE"""),
    ("HIP", """THUNTI"""),
    ("ANKLE", """CHEELAMANDA, CHILAMANDA"""),
    # ---- romanised Marathi: the knee (gudgha), shoulder (khanda), elbow (kopar), wrist (mangat),
    # thigh (mandi, only with its case ending: "mandi" is also a market), ankle (ghota), head
    # (doke), the chest and belly with their case endings, the waist (kambar)
    ("KNEE", """GUDGHA, GUDGHE, GUDGHYA, GUDAGHA"""),
    ("SHOULDER", """KHANDA, KHANDE, KHANDYA"""),
    ("ELBOW", """KOPAR"""),
    ("WRIST", """MANGAT, MANAGAT"""),
    ("THIGH", """MANDICHA, MANDICHE, MANDICHI"""),
    ("ANKLE", """GHOTA, GHOTYA"""),
    ("HEAD", """DOKE, DOKYACHA, DOKYACHE, DOKYACHI"""),
    ("CHEST", """CHHATICHA, CHHATICHE, CHHATICHI"""),
    ("ABDOMEN", """POTACHA, POTACHI, POTACHE"""),
    ("~LUMBAR", """KAMBAR"""),
    ("LSPINE", """KAMBARECHA, KAMBARECHI, KAMBARECHE, KAMARECHA"""),
    # ---- romanised Gujarati: the knee (ghutan), shoulder (khabho), elbow (koni), wrist (kandu),
    # the head, chest, belly and waist with "no"/"ni" (of)
    ("KNEE", """GHUTAN, GHUNTAN, GOOTAN"""),
    ("SHOULDER", """KHABHO, KHABHA, KHABHANO"""),
    ("ELBOW", """KONI"""),
    ("WRIST", """KANDU, KAANDU"""),
    ("HEAD", """MATHU, MATHA NO, MATHANO"""),
    ("CHEST", """CHHATI NO, CHHATINO"""),
    ("ABDOMEN", """PET NI, PET NO, PETNI"""),
    ("LSPINE", """KAMAR NO, KAMARNO, KAMAR NI"""),
    # ---- romanised Punjabi: the knee (goda), shoulder (modha), elbow, wrist (gutt), ankle (gitta),
    # thigh (patt), the head, chest and belly (dhidd) with "da"/"di" (of), the waist (lakk)
    ("KNEE", """GODA, GODE, GODEYAN, GODIAN"""),
    ("SHOULDER", """MODHA, MODHE, MONDHA"""),
    ("ELBOW", """KOOHNI"""),
    ("WRIST", """GUTT"""),
    ("ANKLE", """GITTA, GITTE"""),
    ("THIGH", """PATT"""),
    ("HEAD", """SIR DA, SIR DI"""),
    ("CHEST", """CHHATI DA, CHHATI DI"""),
    ("ABDOMEN", """DHIDD, DHID, PET DA, PET DI"""),
    ("~LUMBAR", """LAKK"""),
    ("LSPINE", """LAKK DA, LAKK DI"""),
    ("FOOT", """PAIR DA, PAIR DI, PAIRAN"""),
    ("HAND", """HATTH"""),
    # ---- Tamil: the head (தலை), brain, teeth, the chest (மார்பு, நெஞ்சு), lungs and heart, the belly
    # (வயிறு) and its organs, the whole belly, pregnancy and the uterus, the neck (கழுத்து) and thyroid,
    # the spine (முதுகெலும்பு), the joints and bones of the limbs (தோள்பட்டை, முழங்கை, மணிக்கட்டு,
    # கை, இடுப்பு, தொடை, முழங்கால், கணுக்கால், பாதம், the heel குதிகால்; not கால், leg or foot), the breast
    ("HEAD", """தலை, மூளை, மண்டை ஓடு, மண்டையோடு, பற்கள்"""),
    ("CHEST", """மார்பு, நெஞ்சு, நுரையீரல், இதயம்"""),
    ("ABDOMEN", """வயிறு, வயிற்று, கல்லீரல், சிறுநீரகம், சிறுநீரக, சிறுநீரகங்கள்"""),
    ("ABDOMEN PELVIS", """முழு வயிறு, முழு வயிற்று"""),
    ("PELVIS", """கர்ப்பம், கர்ப்ப, கர்ப்பப்பை, சிறுநீர்ப்பை"""),
    ("NECK", """கழுத்து, தைராய்டு"""),
    ("~SPINE", """முதுகெலும்பு, முதுகு தண்டு"""),
    ("CSPINE", """கழுத்து முதுகெலும்பு"""),
    ("SHOULDER", """தோள், தோள்பட்டை, தோள் பட்டை"""),
    ("ELBOW", """முழங்கை"""),
    ("WRIST", """மணிக்கட்டு"""),
    ("HAND", """கை, கைகள், உள்ளங்கை, விரல், விரல்கள்"""),
    ("HIP", """இடுப்பு, இடுப்பு மூட்டு"""),
    ("THIGH", """தொடை, தொடை எலும்பு"""),
    ("KNEE", """முழங்கால், முழங்கால்கள், மூட்டு"""),
    ("ANKLE", """கணுக்கால்"""),
    ("FOOT", """பாதம், பாதங்கள், குதிகால்"""),
    ("BREAST", """மார்பகம், மார்பக, மார்பகங்கள்"""),
    # ---- Sinhala: the head (හිස), brain and skull, the chest (පපුව) and lungs, the belly (උදරය, බඩ)
    # and its organs, the whole belly, pregnancy and the uterus, the neck (බෙල්ල), the spine (කොඳු
    # ඇට පෙළ), the joints and bones of the limbs (උරහිස, වැලමිට, මැණික්කටුව, අත, උකුල, කලවා,
    # දණහිස, වළලුකර, පාදය, the heel විළුඹ; not කකුල, leg or foot), the breast (පියයුරු)
    ("HEAD", """හිස, මොළය, හිස්කබල"""),
    ("CHEST", """පපුව, පපුවේ, පෙනහළු"""),
    ("ABDOMEN", """උදරය, උදරයේ, බඩ, වකුගඩු, අක්මාව"""),
    ("ABDOMEN PELVIS", """සම්පූර්ණ උදරය"""),
    ("PELVIS", """ගැබිණි, ගර්භනී, ගර්භාෂය, මුත්‍රාශය"""),
    ("NECK", """බෙල්ල, ගෙල, තයිරොයිඩ්"""),
    ("~SPINE", """කොඳු ඇට පෙළ, කොඳුඇට පෙළ, කොඳු ඇට"""),
    ("SHOULDER", """උරහිස"""),
    ("ELBOW", """වැලමිට"""),
    ("WRIST", """මැණික්කටුව"""),
    ("HAND", """අත, අත්ල, ඇඟිලි"""),
    ("HIP", """උකුල"""),
    ("THIGH", """කලවා"""),
    ("KNEE", """දණහිස"""),
    ("ANKLE", """වළලුකර"""),
    ("FOOT", """පාදය, විළුඹ"""),
    ("BREAST", """පියයුරු, පියයුර"""),
    # ---- Malayalam: the head (തല), brain, skull, the chest (നെഞ്ച്) and lungs, the belly (വയർ, ഉദരം)
    # and its organs, the whole belly, pregnancy, uterus and bladder, the neck (കഴുത്ത്), the spine
    # (നട്ടെല്ല്), the joints and bones of the limbs (തോൾ, കൈമുട്ട്, മണിബന്ധം, കൈ, ഇടുപ്പ്, തുട,
    # കാൽമുട്ട്, കണങ്കാൽ, പാദം, the heel ഉപ്പൂറ്റി), the breast (സ്തനം)
    ("HEAD", """തല, തലച്ചോറ്, തലച്ചോർ, തലയോട്ടി"""),
    ("CHEST", """നെഞ്ച്, നെഞ്ചിന്റെ, ശ്വാസകോശം"""),
    ("ABDOMEN", """വയർ, വയറ്, വയറിന്റെ, ഉദരം, വൃക്ക, കരൾ"""),
    ("ABDOMEN PELVIS", """മുഴുവൻ വയർ, മുഴുവൻ വയറ്"""),
    ("PELVIS", """ഗർഭം, ഗർഭപാത്രം, മൂത്രസഞ്ചി"""),
    ("NECK", """കഴുത്ത്, കഴുത്തിന്റെ"""),
    ("~SPINE", """നട്ടെല്ല്, നട്ടെല്ലിന്റെ"""),
    ("SHOULDER", """തോൾ, തോളിന്റെ"""),
    ("ELBOW", """കൈമുട്ട്"""),
    ("WRIST", """മണിബന്ധം"""),
    ("HAND", """കൈ, കൈപ്പത്തി"""),
    ("HIP", """ഇടുപ്പ്"""),
    ("THIGH", """തുട, തുടയെല്ല്"""),
    ("KNEE", """കാൽമുട്ട്, കാൽമുട്ടുകൾ"""),
    ("ANKLE", """കണങ്കാൽ"""),
    ("FOOT", """പാദം, ഉപ്പൂറ്റി"""),
    ("BREAST", """സ്തനം, മാറിടം"""),
    # ---- Telugu: the head (తల), brain, skull, the chest (ఛాతీ), lungs and heart, the belly (కడుపు,
    # ఉదరం, పొట్ట) and its organs, the whole belly, pregnancy, uterus and bladder, the neck (మెడ), the
    # spine (వెన్నెముక), the joints and bones of the limbs (భుజం, మోచేయి, మణికట్టు, చేయి, తుంటి, తొడ,
    # మోకాలు, చీలమండ, పాదం, the heel మడమ; not కాలు, leg or foot), the breast (రొమ్ము)
    ("HEAD", """తల, మెదడు, పుర్రె"""),
    ("CHEST", """ఛాతీ, ఛాతి, ఊపిరితిత్తులు, గుండె"""),
    ("ABDOMEN", """కడుపు, ఉదరం, పొట్ట, కాలేయం, మూత్రపిండాలు, మూత్రపిండం"""),
    ("ABDOMEN PELVIS", """పూర్తి కడుపు, మొత్తం కడుపు, పూర్తి ఉదరం"""),
    ("PELVIS", """గర్భం, గర్భాశయం, మూత్రాశయం"""),
    ("NECK", """మెడ, థైరాయిడ్"""),
    ("~SPINE", """వెన్నెముక"""),
    ("SHOULDER", """భుజం"""),
    ("ELBOW", """మోచేయి, మోచెయ్యి"""),
    ("WRIST", """మణికట్టు"""),
    ("HAND", """చేయి, చెయ్యి, అరచేయి"""),
    ("HIP", """తుంటి"""),
    ("THIGH", """తొడ, తొడ ఎముక"""),
    ("KNEE", """మోకాలు, మోకాళ్ళు, మోకాళ్లు"""),
    ("ANKLE", """చీలమండ"""),
    ("FOOT", """పాదం, పాదాలు, మడమ"""),
    ("BREAST", """రొమ్ము, స్తనం"""),
    # ---- Kannada: the head (ತಲೆ), brain, skull, the chest (ಎದೆ), lungs and heart, the belly (ಹೊಟ್ಟೆ)
    # and its organs, the whole belly, pregnancy, uterus and bladder, the neck (ಕುತ್ತಿಗೆ), the spine
    # (ಬೆನ್ನುಮೂಳೆ), the joints and bones of the limbs (ಭುಜ, ಮೊಣಕೈ, ಮಣಿಕಟ್ಟು, ಕೈ, ತೊಡೆ, ಮೊಣಕಾಲು, ಪಾದ,
    # the heel ಹಿಮ್ಮಡಿ), the breast (ಸ್ತನ)
    ("HEAD", """ತಲೆ, ಮಿದುಳು, ಮೆದುಳು, ತಲೆಬುರುಡೆ"""),
    ("CHEST", """ಎದೆ, ಶ್ವಾಸಕೋಶ, ಹೃದಯ"""),
    ("ABDOMEN", """ಹೊಟ್ಟೆ, ಉದರ, ಯಕೃತ್ತು, ಮೂತ್ರಪಿಂಡ"""),
    ("ABDOMEN PELVIS", """ಪೂರ್ಣ ಹೊಟ್ಟೆ, ಇಡೀ ಹೊಟ್ಟೆ"""),
    ("PELVIS", """ಗರ್ಭ, ಗರ್ಭಕೋಶ, ಮೂತ್ರಕೋಶ"""),
    ("NECK", """ಕುತ್ತಿಗೆ, ಕತ್ತು, ಥೈರಾಯ್ಡ್"""),
    ("~SPINE", """ಬೆನ್ನುಮೂಳೆ"""),
    ("SHOULDER", """ಭುಜ"""),
    ("ELBOW", """ಮೊಣಕೈ"""),
    ("WRIST", """ಮಣಿಕಟ್ಟು"""),
    ("HAND", """ಕೈ, ಅಂಗೈ"""),
    ("THIGH", """ತೊಡೆ"""),
    ("KNEE", """ಮೊಣಕಾಲು, ಮಂಡಿ"""),
    ("FOOT", """ಪಾದ, ಹಿಮ್ಮಡಿ"""),
    ("BREAST", """ಸ್ತನ"""),
    # ---- Gujarati (the postpositions -નો, -ની, -નું, -ના are written onto their word: stems): the
    # head (માથું), brain, skull, the chest (છાતી), lungs and heart, the belly (પેટ) and its organs,
    # the whole belly, pregnancy, uterus and bladder, the neck (ગરદન, ડોક), the spine (કરોડરજ્જુ, the
    # vertebrae મણકા), the waist (કમર: its X-ray is the lumbar spine), the joints and bones of the
    # limbs (ખભો, કોણી, કાંડું, હાથ, થાપો, જાંઘ, ઘૂંટણ, the ankle ઘૂંટી, the heel એડી), the breast (સ્તન)
    ("HEAD", """માથું, માથા*, મગજ*, ખોપરી*"""),
    ("CHEST", """છાતી*, ફેફસાં, ફેફસા*, હૃદય*"""),
    ("ABDOMEN", """પેટ, પેટની, પેટનો, પેટના, પેટનું, કિડની*, લીવર*"""),
    ("ABDOMEN PELVIS", """આખા પેટ*, સંપૂર્ણ પેટ*"""),
    ("PELVIS", """ગર્ભાશય*, ગર્ભાવસ્થા*, મૂત્રાશય*, સગર્ભા*"""),
    ("NECK", """ગરદન*, ડોક, ડોકનો, થાઇરોઇડ"""),
    ("~SPINE", """કરોડરજ્જુ*, મણકા*"""),
    ("CSPINE", """ગરદનના મણકા*"""),
    ("~LUMBAR", """કમર"""),
    ("LSPINE", """કમરનો, કમરના, કમરની, કમરના મણકા*"""),
    ("SHOULDER", """ખભો, ખભા*"""),
    ("ELBOW", """કોણી*"""),
    ("WRIST", """કાંડું, કાંડા*"""),
    ("HAND", """હાથ*, હથેળી*"""),
    ("HIP", """થાપો, થાપા*, કૂલો, કૂલા*"""),
    ("THIGH", """જાંઘ*, સાથળ*"""),
    ("KNEE", """ઘૂંટણ*, ઢીંચણ*"""),
    ("ANKLE", """ઘૂંટી, ઘૂંટીનો, પગની ઘૂંટી*"""),
    ("FOOT", """એડી*, પગનો પંજો, પગના પંજા*"""),
    ("BREAST", """સ્તન*"""),
    # ---- Gurmukhi (Punjabi): the head (ਸਿਰ), brain, skull, the chest (ਛਾਤੀ), lungs and heart, the
    # belly (ਪੇਟ, ਢਿੱਡ) and its organs, the whole belly, pregnancy and the uterus, the neck (ਗਰਦਨ,
    # ਧੌਣ), the spine (ਰੀੜ੍ਹ ਦੀ ਹੱਡੀ), the waist (ਲੱਕ: its X-ray is the lumbar spine), the joints and
    # bones of the limbs (ਮੋਢਾ, ਕੂਹਣੀ, ਗੁੱਟ, ਹੱਥ, ਚੂਲਾ, ਪੱਟ, ਗੋਡਾ, ਪਿੰਨੀ, ਗਿੱਟਾ, ਪੈਰ, the heel ਅੱਡੀ), the breast
    ("HEAD", """ਸਿਰ, ਦਿਮਾਗ, ਖੋਪੜੀ"""),
    ("CHEST", """ਛਾਤੀ, ਫੇਫੜੇ, ਫੇਫੜਿਆਂ, ਦਿਲ"""),
    ("ABDOMEN", """ਪੇਟ, ਢਿੱਡ, ਗੁਰਦੇ, ਗੁਰਦਾ, ਜਿਗਰ"""),
    ("ABDOMEN PELVIS", """ਪੂਰੇ ਪੇਟ, ਪੂਰਾ ਪੇਟ"""),
    ("PELVIS", """ਗਰਭ, ਗਰਭ ਅਵਸਥਾ, ਬੱਚੇਦਾਨੀ"""),
    ("NECK", """ਗਰਦਨ, ਧੌਣ, ਥਾਇਰਾਇਡ"""),
    ("~SPINE", """ਰੀੜ੍ਹ, ਰੀੜ੍ਹ ਦੀ ਹੱਡੀ"""),
    ("~LUMBAR", """ਲੱਕ"""),
    ("LSPINE", """ਲੱਕ ਦਾ, ਲੱਕ ਦੀ"""),
    ("SHOULDER", """ਮੋਢਾ, ਮੋਢੇ, ਮੋਢਿਆਂ"""),
    ("ELBOW", """ਕੂਹਣੀ, ਕੂਹਣੀਆਂ"""),
    ("WRIST", """ਗੁੱਟ"""),
    ("HAND", """ਹੱਥ, ਹੱਥਾਂ"""),
    ("HIP", """ਚੂਲਾ, ਚੂਲੇ, ਕੂਲ੍ਹਾ"""),
    ("THIGH", """ਪੱਟ"""),
    ("KNEE", """ਗੋਡਾ, ਗੋਡੇ, ਗੋਡਿਆਂ"""),
    ("LEG", """ਪਿੰਨੀ"""),
    ("ANKLE", """ਗਿੱਟਾ, ਗਿੱਟੇ"""),
    ("FOOT", """ਪੈਰ, ਪੈਰਾਂ, ਅੱਡੀ"""),
    ("BREAST", """ਸਤਨ, ਸਤਨਾਂ"""),
    # ---- Nepali (Devanagari; the postposition -को is written onto its word: stems): the head
    # (टाउको), the chest and belly with -को, the throat (घाँटी), the waist (कम्मर: its X-ray is the
    # lumbar spine), the spine (मेरुदण्ड), the knee (घुँडा), shoulder (काँध), elbow (कुहिनो), thigh
    # (तिघ्रा), calf (पिँडुला), sole and heel; an ultrasound is "भिडियो एक्स-रे" (no region)
    ("HEAD", """टाउको*"""),
    ("CHEST", """छातीको"""),
    ("ABDOMEN", """पेटको"""),
    ("NECK", """घाँटी*"""),
    ("~LUMBAR", """कम्मर"""),
    ("LSPINE", """कम्मरको"""),
    ("~SPINE", """मेरुदण्ड*"""),
    ("KNEE", """घुँडा*, घुडा*"""),
    ("SHOULDER", """काँध*"""),
    ("ELBOW", """कुहिनो*"""),
    ("HAND", """हातको"""),
    ("THIGH", """तिघ्रा*"""),
    ("LEG", """पिँडुला*"""),
    ("FOOT", """पैताला*, कुर्कुच्चा*"""),
    # ---- Marathi (Devanagari; the case endings -चा, -ची, -चे, -च्या are written onto their word):
    # the head (डोके, डोक्याचा), brain, the chest and belly (पोट) with their endings, the whole belly,
    # the neck with its ending (मान alone is also "respect"), the cervical and lumbar vertebrae
    # (मणके), the waist (कंबर), the joints and bones of the limbs (खांदा, कोपर, मनगट, खुबा, मांडी,
    # गुडघा, घोटा, the heel टाच), pregnancy (गरोदर)
    ("HEAD", """डोके, डोक्या*, मेंदू*"""),
    ("CHEST", """छातीचा, छातीची, छातीचे, छातीच्या"""),
    ("ABDOMEN", """पोट, पोटा*"""),
    ("ABDOMEN PELVIS", """संपूर्ण पोट*, पूर्ण पोट*"""),
    ("NECK", """मानेचा, मानेची, मानेचे, मानेच्या"""),
    ("~SPINE", """मणका, मणके, मणक्या*, पाठीचा कणा"""),
    ("CSPINE", """मानेचे मणके, मानेच्या मणक्या*"""),
    ("~LUMBAR", """कंबर"""),
    ("LSPINE", """कंबरे*, कमरेचे मणके, कमरेच्या मणक्या*"""),
    ("SHOULDER", """खांदा, खांद्या*, खांदे"""),
    ("ELBOW", """कोपर*"""),
    ("WRIST", """मनगट*"""),
    ("HIP", """खुबा, खुब्या*, खुबे"""),
    ("THIGH", """मांडी*"""),
    ("KNEE", """गुडघा, गुडघे, गुडघ्या*"""),
    ("ANKLE", """घोटा, घोट्या*"""),
    ("FOOT", """टाच*, तळपाय*"""),
    ("PELVIS", """गरोदर*"""),
)


def _beside(sides: str, limbs: str) -> list[str]:
    """Each side word before and after each limb word ("DAN HATUR", "HATUR DAN")."""
    limbs_ = [w.strip() for w in limbs.replace("\n", " ").split(",") if w.strip()]
    return [p for l in limbs_ for s in sides.split() for p in (f"{s} {l}", f"{l} {s}")]


# limb words of the languages whose side words are short or other words elsewhere
_BENGALI_LIMBS = """HATU, HATUR, HANTU, HANTUR, HAATU, HAATUR, KADH, KADHER, KANDHER, KAADH, KAADHER, HAAT, HATER,
    HAATER, KONUI, KONUIER, KONUIR, KOBJI, KOBJIR, URUR, PAYER, BAHU, BAHUR, STON, STONER"""
_NEPALI_LIMBS = """GHUDA, GHUNDA, GHUDAKO, GHUNDAKO, KUM, KUMKO, KUHINO, TIGHRA, KHUTTA, HAT, HATKO, PAITALA"""
_TELUGU_LIMBS = """MOKALU, MOKAALU, MOKALLU, BHUJAM, MOCHEYI, MANIKATTU, PAADAM, PAADALU, THODA, THUNTI"""
_KANNADA_LIMBS = """MONAKALU, MONAKAALU, MONAKAI, BHUJA, KAI, KAALU, PAADA, TODE, MANIKATTU"""
_MARATHI_LIMBS = """GUDGHA, GUDGHE, KHANDA, KHANDE, KOPAR, MANGAT, MANDI, GHOTA, HAAT, HAT, PAY, PAAY"""
_GUJARATI_LIMBS = """GHUTAN, GHUNTAN, KHABHO, KHABHA, KONI, KANDU, HATH, HAATH, PAG, JANGH"""

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``): the Hindi and Urdu dayan/dahina
# and bayan in their spellings, "dono" (both); the Bengali "dan"/"bam" beside a limb word, "dan
# diker", "ubhoy"; the Nepali "daya"/"dahine" and "baya"/"debre", "dubai" beside a limb word; the
# Sinhala "dakunu", "wama", "depasa"; the Tamil and Malayalam "valathu" and "idathu", "irandu",
# "iruvasham"; the Telugu "kudi" and "edama", "rendu" (two) beside a limb word (the French "rendu"
# is a rendering); the Kannada "bala" and "eda" beside a limb word, "eradu"; the Marathi "ujava",
# and "dava" beside a limb word ("Dave" is a name), "donhi"; the Gujarati "jamno", and "dabo"
# beside a limb word, "banne"; the Punjabi "sajja" and "khabba", "doven"; and the same in the
# Tamil, Sinhala, Malayalam, Telugu, Kannada, Gujarati, Gurmukhi and Devanagari scripts
LEFT = ", ".join(["""BAYAN, BAAYAN, BAYAAN, BAYEN, BAAYEN, BAYE, BAAYE, BAYI, BAAYI, BAEN, BAYAN TARAF,
    BAMDIKER, BAM DIKER, BAM PASHER, BAYA, DEBRE, WAMA, VAMA, IDATHU, IDADHU, IDADU, EDAMA, KHABBA, KHABBI, KHABBE"""]
                 + _beside("BAM", _BENGALI_LIMBS) + _beside("EDA", _KANNADA_LIMBS)
                 + _beside("DAVA DAVI DAVE DAVYA", _MARATHI_LIMBS) + _beside("DABO DABU DABI DABA", _GUJARATI_LIMBS)
                 + ["""இடது, இடப்பக்க, இடப்புற, වම්, වම, ഇടത്, ഇടതു, ഇടതുവശം, ఎడమ, ఎడమవైపు, ಎಡ, ಎಡಗಡೆ, ಎಡಭಾಗ,
    ડાબો, ડાબી, ડાબું, ડાબા, ਖੱਬਾ, ਖੱਬੀ, ਖੱਬੇ, देब्रे, डावा, डावी, डावे, डाव्या"""])
RIGHT = ", ".join(["""DAYAN, DAAYAN, DAYAAN, DAYEN, DAAYEN, DAYE, DAAYE, DAYI, DAAYI, DAHINA, DAHINE, DAHINI,
    DAYAN TARAF, DANDIKER, DAN DIKER, DAN PASHER, DAYA, DAKUNU, VALATHU, VALADHU, VALADU, KUDI, UJAVA, UJAVI, UJAVE,
    UJVA, UJVI, UJVE, UJWA, UJWI, UJWE, UJAWA, UJAWI, UJAWE, UJAVYA, JAMNO, JAMNI, JAMNU, JAMANO, JAMANI, JAMANU,
    SAJJA, SAJJI, SAJJE"""]
                  + _beside("DAN", _BENGALI_LIMBS) + _beside("BALA", _KANNADA_LIMBS)
                  + ["""வலது, வலப்பக்க, வலப்புற, දකුණු, දකුණ, വലത്, വലതു, വലതുവശം, కుడి, కుడివైపు, ಬಲ, ಬಲಗಡೆ,
    ಬಲಭಾಗ, જમણો, જમણી, જમણું, જમણા, ਸੱਜਾ, ਸੱਜੀ, ਸੱਜੇ, उजवा, उजवी, उजवे, उजव्या"""])
BOTH = ", ".join(["""DONO, DONON, DONOU, DONOO, DONO TARAF, UBHOY, UBHAY, DUI PASHER, DUI DIKER, DEPASA, DEPASAMA,
    DEPASE, IRANDU, IRUPAKKA, IRU PAKKA, IRUPURAM, IRU PURAM, IRUVASHAM, IRU VASHAM, IRUVASHATHE, IRU VASHATHE,
    IRUVASHAVUM, IRUVAIPULA, ERADU, ERADOO, DONHI, DONHEE, BANNE, DOVEN, DONVE"""]
                 + _beside("DUI", _BENGALI_LIMBS) + _beside("DUBAI DUWAI", _NEPALI_LIMBS)
                 + _beside("RENDU", _TELUGU_LIMBS)
                 + ["""இரண்டு, இருபுற, இருபுறமும், இருபக்க, இருபக்கமும், இரு பக்க, දෙපස, දෙපැත්තේ,
    ഇരുവശത്തെ, ഇരുവശവും, ഇരുവശം, ഇരു വശത്തെ, రెండు, ఇరువైపుల, రెండువైపుల, రెండు వైపుల, ಎರಡೂ, ಎರಡು,
    ಎರಡೂ ಕಡೆ, બંને, બન્ને, બંન્ને, ਦੋਵੇਂ, ਦੋਨੋਂ, ਦੋਹਾਂ, दुवै, दुबै, दोन्ही"""])
# limbs, joints and breasts in the plural: both sides unless a side is named (``labels.PLURAL_LIMBS``)
PLURAL = """GHUTNON, KULHON, HATHON, HAATHON, PAIRON, TAKHNON, KOHNIYON, KALAIYON, KANDHON, PINDLIYON, EDIYON,
    STANON, GODEYAN, GODIAN, PAIRAN, முழங்கால்கள், பாதங்கள், கைகள், மார்பகங்கள், കാൽമുട്ടുകൾ, మోకాళ్ళు, మోకాళ్లు,
    పాదాలు, ਗੋਡਿਆਂ, ਹੱਥਾਂ, ਪੈਰਾਂ, ਮੋਢਿਆਂ, ਕੂਹਣੀਆਂ, ਸਤਨਾਂ, घुँडाहरू, गुडघे"""
