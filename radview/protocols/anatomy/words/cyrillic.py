"""Words of the languages written in Cyrillic beyond Russian and Ukrainian (Belarusian, Bulgarian,
Serbian, Macedonian, Mongolian, Kazakh, Kyrgyz), as their hospitals' systems write exam names.

The form of the entries: ``radview.protocols.anatomy.words``.
"""

TERMS: tuple[tuple[str, str], ...] = (
    # ---- Russian: abbreviations of exam requests (МРХПГ, щитовидная железа "ЩЖ", лучезапястный
    # "ЛЗС" and голеностопный "ГСС" сустав, нижние конечности), bone scans
    ("ABDOMEN", """МРХПГ, МРХГ"""),
    ("NECK", """ЩЖ"""),
    ("WRIST", """ЛЗС"""),
    ("ANKLE", """ГСС"""),
    ("~BONESCAN", """СЦИНТИГРАФ* СКЕЛЕТ*, СЦИНТИГРАФ* КОСТ*"""),
    # ---- Ukrainian: the spine segments "ШВХ", "ГВХ", "ПВХ" (шийний, грудний, поперековий відділ
    # хребта), the wrist with its apostrophe (зап'ястя), the scaphoid, the bone scan, the OPG
    ("CSPINE", """ШВХ"""),
    ("TSPINE", """ГВХ"""),
    ("LSPINE", """ПВХ"""),
    ("WRIST", """ЗАП ЯСТ*, ЧОВНОПОДІБН*"""),
    ("~BONESCAN", """СЦИНТИГРАФ* КІСТ*"""),
    ("HEAD", """ОРТОПАНТОМОГРАМ*"""),
    # ---- Belarusian: organ groups (АГК, АБП; the small pelvis "АМТ" only beside them: "Amt" is
    # German), the neck, thyroid, spine and its segments, the joints and bones of the limbs, breast,
    # oesophagus, coronary arteries, the OPG and neurosonography, bone scans
    ("CHEST", """АГК, СТРАВАВОД*, КАРАНАР*"""),
    ("ABDOMEN", """АБП, БРУШН*, ПЕЧАН*, НЫРАК, НЫРК*, СЕЛЯЗЁНК*, СТРАЎНІК*"""),
    ("ABDOMEN PELVIS", """АБП АМТ, АБП І АМТ"""),
    ("CHEST ABDOMEN PELVIS", """АГК АБП АМТ, АГК АБП І АМТ"""),
    ("NECK", """ШЫЯ, ШЫІ, ШЫЮ, ШЫЯЙ, ШЧЫТАПАДОБН*"""),
    ("~SPINE", """ХРЫБЕТНІК*, ПАЗВАНОЧНІК*"""),
    ("~SEGMENT", """АДДЗЕЛ*"""),
    ("~CERVICAL", """ШЫЙН*"""),
    ("CSPINE", """ШЫЙН* АДДЗЕЛ*"""),
    ("TSPINE", """ГРУДН* АДДЗЕЛ*"""),
    ("LSPINE", """ПАЯСНІЧН*"""),
    ("SHOULDER", """ПЛЕЧАВ*, КЛЮЧЫЦ*, ЛАПАТК*"""),
    ("ARM", """ПЛЕЧАВ* КОСЦ*, ПЛЕЧАВ* КОСТ*"""),
    ("FOREARM", """ПЕРАДПЛЕЧ*"""),
    ("HAND", """КІСЦЬ, КІСЦІ, КІСЦЯЎ, КІСЦЯХ"""),
    ("HIP", """ТАЗАСЦЕГНАВ*"""),
    ("THIGH", """СЦЕГНАВ*, СЦЯГН*"""),
    # (the knee's forms listed, not stemmed: a stem "КАЛЕНН*" would take the German "Kalender" as mistyped)
    ("KNEE", """КАЛЕНА, КАЛЕНЫ, КАЛЕННЫ, КАЛЕННАГА, КАЛЕННАЯ, КАЛЕННАЕ, КАЛЕННЫЯ, КАЛЕННЫХ, КАЛЕННЫМ, КАЛЕННЫМІ,
        КАЛЕННЫ СУСТАЎ, КАЛЕННАГА СУСТАВА"""),
    ("LEG", """ГАЛЁНК*"""),
    ("ANKLE", """ГАЛЁНКАСТУПН*"""),
    ("FOOT", """СТУПН*"""),
    ("BREAST", """МАЛОЧН* ЗАЛОЗ*, МАМАГРАФ*"""),
    ("~LOWERLIMB", """НІЖН* КАНЕЧН*"""),
    ("~UPPERLIMB", """ВЕРХН* КАНЕЧН*"""),
    ("HEAD", """АРТАПАНТАМАГРАМ*, НЕЙРАСАНАГРАФ*, ГАЛАЎН* МОЗГ*"""),
    ("~BONESCAN", """СЦЫНТЫГРАФ* КАСЦ*, СЦЫНТЫГРАФ* ШКІЛЕТ*"""),
    # ---- Bulgarian: the whole spine, elbow, palm and fingers (toes are "пръсти на крака"), the
    # teeth, oesophagus, bone scan, the lower limb of a vascular study (also with its side inside)
    ("CSPINE TSPINE LSPINE", """ЦЕЛИЯ ГРЪБНАЧЕН СТЪЛБ, ЦЕЛИЯТ ГРЪБНАЧЕН СТЪЛБ, ЦЕЛИЯ ГРЪБНАЧЕН"""),
    ("ELBOW", """ЛАКЪТН*, ЛАКТИ"""),
    ("HAND", """ДЛАН, ДЛАНТА, ПРЪСТ*"""),
    ("FOOT", """ПРЪСТ* НА КРАК*"""),
    ("HEAD", """ЗЪБИ, ЗЪБИТЕ"""),
    ("CHEST", """ХРАНОПРОВОД*"""),
    ("LSPINE", """ЛУМБАЛЕН"""),
    ("~BONESCAN", """КОСТН* СЦИНТИГРАФ*, СЦИНТИГРАФИЯ НА СКЕЛЕТ*, СЦИНТИГРАФИЯ НА КОСТИ*"""),
    ("~LOWERLIMB", """ДОЛН* КРАЙНИ*, ДОЛЕН ДЕСЕН КРАЙНИК, ДОЛЕН ЛЯВ КРАЙНИК"""),
    ("~UPPERLIMB", """ГОРН* КРАЙНИ*, ГОРЕН ДЕСЕН КРАЙНИК, ГОРЕН ЛЯВ КРАЙНИК"""),
    # ---- Serbian: the clavicle, hips (plural), paranasal sinuses, oesophagus, bone scan, the
    # panoramic film "ортопан", the lower limbs
    ("SHOULDER", """КЛАВИКУЛ*"""),
    ("HIP", """КУКОВ*"""),
    ("HEAD", """ПАРАНАЗАЛН*, ОРТОПАН"""),
    ("CHEST", """ЈЕДЊАК*"""),
    ("~BONESCAN", """СЦИНТИГРАФИЈА КОСТИЈУ"""),
    ("~LOWERLIMB", """ДОЊ* ЕКСТРЕМИТЕТ*"""),
    ("~UPPERLIMB", """ГОРЊ* ЕКСТРЕМИТЕТ*"""),
    # ---- Macedonian: the lungs, the spine ('рбет) and its levels, clavicle, elbow, wrist (only as
    # "рачен зглоб": German "Rachen"), hips, femur, ankle, oesophagus, bone scan, the lower limbs
    ("CHEST", """БЕЛИ ДРОБОВИ, БЕЛИТЕ ДРОБОВИ"""),
    ("~SPINE", """РБЕТ*"""),
    ("~CERVICAL", """ВРАТЕН"""),
    ("~THORACIC", """ТОРАКАЛЕН"""),
    ("SHOULDER", """КЛУЧН*"""),
    ("ELBOW", """ЛАКТ, ЛАКТОТ"""),
    ("WRIST", """РАЧЕН ЗГЛОБ, РАЧН* ЗГЛОБ*"""),
    ("HIP", """КОЛКОВИ, КОЛКОВИТЕ, КОЛКОТ"""),
    ("THIGH", """БУТН* КОСК*"""),
    ("ANKLE", """СКОЧЕН ЗГЛОБ"""),
    ("~BONESCAN", """КОСКЕН* СЦИНТИГРАФ*"""),
    ("~LOWERLIMB", """ДОЛН* ЕКСТРЕМИТЕТ*"""),
    ("~UPPERLIMB", """ГОРН* ЕКСТРЕМИТЕТ*"""),
    # ---- Mongolian: brain, skull, sinuses, teeth; neck and thyroid; chest, heart, lungs, coronary
    # vessels, oesophagus; abdomen and its organs; pelvis; the spine (нугалам, нуруу) with its
    # levels; the joints and bones of the limbs; breast; the lower limbs; bone scan
    ("HEAD", """ТАРХ*, ГАВАЛ*, ДАЙВР*, ДАЙВАР, ШҮДНИЙ, ШҮДНҮҮД"""),
    ("NECK", """ХҮЗҮҮ*, БАМБАЙ"""),
    ("CHEST", """ЦЭЭЖ*, ЗҮРХ*, УУШИ*, ТИТЭМ СУДАС*, УЛААН ХООЛОЙ*"""),
    ("ABDOMEN", """ХЭВЛИЙ*, ЭЛЭГ, ЭЛЭГНИЙ, ЦӨСНИЙ ХҮҮДИЙ, ЦӨСНИЙ, НОЙР БУЛЧИРХАЙ*, БӨӨР, БӨӨРНИЙ, ДЭЛҮҮ,
        ДЭЛҮҮНИЙ, ХОДООД*"""),
    ("PELVIS", """ААРЦАГ*, ААРЦГ*"""),
    ("~SPINE", """НУГАЛАМ*, НУРУУ*"""),
    ("CSPINE", """ХҮЗҮҮ* НУГАЛАМ*, ХҮЗҮҮ* НУРУУ*"""),
    ("TSPINE", """ЦЭЭЖ* НУГАЛАМ*, ЦЭЭЖ* НУРУУ*"""),
    ("LSPINE", """БҮСЭЛХИЙ*"""),
    ("SHOULDER", """МӨРНИЙ, МӨРНИЙ ҮЕ, ЭГЭМ*"""),
    ("ARM", """БУГАЛГ*"""),
    ("ELBOW", """ТОХОЙ*"""),
    ("FOREARM", """ШУУ, ШУУНЫ"""),
    ("WRIST", """БУГУЙ*"""),
    ("HAND", """САРВУУ*, ГАРЫН ХУРУУ*, ГАРЫН САРВУУ*"""),
    ("HIP", """ТҮНХ*"""),
    ("THIGH", """ГУЯ, ГУЯНЫ"""),
    ("KNEE", """ӨВДӨГ*"""),
    ("LEG", """ШИЛБЭ*"""),
    ("ANKLE", """ШАГАЙ*"""),
    ("FOOT", """ТАВХАЙ*, ӨСГИЙ*, ХӨЛИЙН ХУРУУ*, ХӨЛИЙН ТАВХАЙ*"""),
    ("BREAST", """ХӨХ, ХӨХН*"""),
    ("~LOWERLIMB", """ДООД МӨЧ*"""),
    ("~UPPERLIMB", """ДЭЭД МӨЧ*"""),
    ("~BONESCAN", """ЯСНЫ СЦИНТИГРАФ*"""),
    # ---- Kazakh: the brain (бас миы declined), sinuses, teeth, thyroid, the neck, heart, lungs,
    # oesophagus, abdomen (іш қуысы) and organs; the spine (омыртқа) with its parts (мойын, кеуде,
    # бел бөлімі; "бел" alone is Dutch and Turkish); the joints and bones of the limbs ("білек" only
    # in phrases: Turkish "bilek" is the wrist; "сан" only as "сан сүйегі" and "жамбас-сан"); the
    # breast (сүт безі); the leg veins; the bone scan
    ("HEAD", """БАС МИЫН*, МҰРЫН*, ҚОСАЛҚЫ ҚУЫС*, ТІСТІҢ, ТІСТЕР*, ПАНОРАМАЛЫҚ СУРЕТ*"""),
    ("NECK", """ҚАЛҚАНША, ҚАЛҚАНША БЕЗ*, МОЙЫН, МОЙНЫ, МОЙНЫНЫҢ"""),
    ("CHEST", """ӨҢЕШ*, ЖҮРЕК*, ӨКПЕ*"""),
    ("ABDOMEN", """ІШ ҚУЫС*, БАУЫР, БАУЫРДЫҢ, БҮЙРЕК*, КӨКБАУЫР*"""),
    ("~SPINE", """ОМЫРТҚА*"""),
    ("CSPINE", """МОЙЫН ОМЫРТҚА*, МОЙЫН БӨЛІМ*, ОМЫРТҚА* МОЙЫН БӨЛІМ*"""),
    ("TSPINE", """КЕУДЕ ОМЫРТҚА*, КЕУДЕ БӨЛІМ*, ОМЫРТҚА* КЕУДЕ БӨЛІМ*"""),
    ("LSPINE", """БЕЛ ОМЫРТҚА*, БЕЛ БӨЛІМ*, ОМЫРТҚА* БЕЛ БӨЛІМ*"""),
    ("SHOULDER", """ИЫҚ, ИЫҚ БУЫН*, БҰҒАНА*, ЖАУЫРЫН*"""),
    ("ARM", """ТОҚПАН*"""),
    ("ELBOW", """ШЫНТАҚ*"""),
    ("FOREARM", """БІЛЕК СҮЙЕК*"""),
    ("WRIST", """БІЛЕЗІК, БІЛЕЗІК БУЫН*"""),
    ("HAND", """ҚОЛ БАСЫ, ҚОЛ САУСАҚ*, САУСАҚ*, ОҢ ҚОЛ БАСЫ, ОҢ ҚОЛ САУСАҚ*"""),  # (not "оң қол": Turkish "ön kol")
    ("FOOT", """АЯҚ САУСАҚ*, ӨКШЕ*"""),
    ("HIP", """ЖАМБАС САН"""),
    ("THIGH", """САН СҮЙЕГ*"""),
    ("KNEE", """ТІЗЕ*"""),
    ("LEG", """СИРАҚ*"""),
    ("ANKLE", """ТОБЫҚ*"""),
    ("BREAST", """СҮТ БЕЗ*"""),
    ("THIGH KNEE LEG", """АЯҚ ВЕНАЛАРЫ*, АЯҚ ТАМЫРЛАРЫ*"""),
    ("~BONESCAN", """СҮЙЕК СЦИНТИГРАФИЯ*"""),
    # ---- Kyrgyz: the brain (мээ), sinuses, teeth, thyroid (калкан сымал без), neck, chest
    # (көкүрөк), heart, lungs, oesophagus; the small pelvis (жамбаш); the spine (омуртка) with its
    # levels; the joints and bones of the limbs ("билек" only in phrases, as in Kazakh); the breast
    # (эмчек); the leg veins; the bone scan
    ("HEAD", """МЭЭНИН, МЭЭСИН, МЭЭНИ, МУРУН*, КОШУМЧА КӨҢДӨЙ*, ТИШТЕР*, ПАНОРАМАЛЫК СҮРӨТ*"""),
    ("NECK", """КАЛКАН СЫМАЛ, МОЮН, МОЮНДУН"""),
    ("CHEST", """КӨКҮРӨК*, ЖҮРӨК*, ӨПКӨ*, ӨҢГӨЧ*, КЫЗЫЛ ӨҢГӨЧ*"""),
    ("ABDOMEN", """БӨЙРӨК*"""),
    ("PELVIS", """ЖАМБАШ*, КИЧИ ЖАМБАШ*"""),
    ("~SPINE", """ОМУРТКА*"""),
    ("CSPINE", """МОЮН ОМУРТКА*"""),
    ("TSPINE", """КӨКҮРӨК ОМУРТКА*"""),
    ("LSPINE", """БЕЛ ОМУРТКА*"""),
    ("SHOULDER", """ИЙИН, ИЙИН МУУН*"""),
    ("ARM", """ИЙИН СӨӨГ*"""),
    ("ELBOW", """ЧЫКАНАК*"""),
    ("FOREARM", """БИЛЕК СӨӨК*"""),
    ("WRIST", """БИЛЕК КОЛ МУУН*"""),
    ("HAND", """МАНЖА*, КОЛДУН МАНЖА*, АЛАКАН*"""),
    ("FOOT", """БУТТУН МАНЖА*, ТАМАН, ТАМАНЫ, СОГОНЧОК*"""),
    ("HIP", """ЖАМБАШ САН"""),
    ("THIGH", """САН СӨӨГ*"""),
    ("LEG", """ШЫЙРАК*"""),
    ("ANKLE", """ТОМУК*"""),
    ("BREAST", """ЭМЧЕК*, СҮТ БЕЗДЕР*"""),
    ("THIGH KNEE LEG", """БУТТУН ВЕНАЛАРЫ*, БУТ ВЕНАЛАРЫ*, БУТТУН ТАМЫРЛАРЫ*, БУТТУН ВЕНАЛАРЫ, БУТТУН ВЕНАЛАРЫНЫН"""),
    # (the plain phrases make "БУТТУН" a known word: the spelling corrector would take it to the
    # Turkish and Azerbaijani "bütün", whole)
    ("~BONESCAN", """СӨӨКТҮН СЦИНТИГРАФИЯ*, СӨӨК СЦИНТИГРАФИЯ*"""),
)

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``).  Ukrainian "зл." (зліва; the
# Russian "сл." is left out: "SL" is a slice or a slab elsewhere); Belarusian, Bulgarian, Serbian and Macedonian declined forms; Mongolian зүүн and
# баруун.  The Kazakh and Kyrgyz "оң" (right) transliterates to the English "ON" and "сол" (left) to
# "SOL": they are read only before their limb word ("оң иық", "сол тізе"; not "оң қол", the Turkish
# "ön kol" forearm).  Both: Belarusian, Bulgarian, Serbian, Ukrainian, Mongolian (хоёр тал), Kazakh
# and Kyrgyz (эки тараптуу) words ("two" alone is not: "в двух проекциях", in two views).
_ON_LIMBS = """ИЫҚ, БҰҒАНА, ЖАУЫРЫН, ТОҚПАН, ШЫНТАҚ, БІЛЕК, БІЛЕЗІК, ҚОЛ БАСЫ, ҚОЛ САУСАҚТАРЫ, ЖАМБАС, САН,
    ТІЗЕ, ТИЗЕ, СИРАҚ, ТОБЫҚ, АЯҚ БАСЫ, ӨКШЕ, ТАБАН, СҮТ, ИЙИН, ЧЫКАНАК, БИЛЕК, КОЛДУН, ЖАМБАШ, ШЫЙРАК,
    ТОМУК, ТАМАН, СОГОНЧОК, БУТТУН, ЭМЧЕК, ЭМЧЕКТИН"""
_LIMBS = [w.strip() for w in _ON_LIMBS.replace("\n", " ").split(",") if w.strip()]

LEFT = """ЗЛ, ЗЛЕВА, ЛЕВАЙ, ЛЕВАГА, ЛЕВАЕ, ЛЕВИЯ, ЛЕВИЯТ, ЛЕВИТЕ, ЛЕВЕ, ЛЕВОМ, ЛЕВУ, ЛЕВИОТ, ЛЕВАТА,
    ЗҮҮН, ЗУУН, """ + ", ".join("СОЛ " + w for w in _LIMBS)
RIGHT = """ПРАВАЙ, ПРАВАГА, ПРАВАЕ, ДЕСНИЯ, ДЕСНИЯТ, ДЕСНИТЕ, ДЕСНЕ, ДЕСНОМ, ДЕСНУ, ДЕСНИОТ, ДЕСНАТА,
    БАРУУН, """ + ", ".join("ОҢ " + w for w in _LIMBS)
BOTH = """OBEIH, С ДВУХ СТОРОН, 2 Х СТОРОН, ОБОХ, З ОБОХ БОКІВ, З ДВОХ БОКІВ, ДВОБІЧНО, ДВОБІЧНА, ДВОБІЧНИЙ,
    ДВОБІЧНЕ, АБОДВУХ, АБЕДЗВЮХ, АБЕДЗВЕ, АБОДВА, ДВУХБАКОВА, ДВУХБАКОВЫ, ДВУХБАКОВАЯ, ДВУСТР, ДВУСТРАННА,
    ДВУСТРАНЕН, ДВУСТРАННИ, ОБОСТР, ОБОСТРАНА, ОБОСТРАНИ, ХОЁР ТАЛ, ХОЁР ТАЛЫН, ЭКИ ТАРАПТУУ"""

# plural limbs, joints and breasts: both sides unless a side is named ("вен нижних конечностей
# слева" is the left leg's veins; added to ``labels.PLURAL_LIMBS``)
PLURAL = """КОНЕЧНОСТЕЙ, КІНЦІВОК, КАНЕЧНАСЦЕЙ, КРАЙНИЦИ, ДОЊИХ, DONJIH, ЕКСТРЕМИТЕТИ, МӨЧДИЙН, СУСТАВАМІ, СУСТАВАМИ,
    СУСТАВАЎ, КУКОВИ, КУКОВИМА, КУКОВА, КОЛКОВИ, КОЛКОВИТЕ, БУЫНДАРЫ, БУЫНДАРЫНЫҢ, МУУНДАРЫ, МУУНДАРЫНЫН,
    БЕЗДЕРІ, БЕЗДЕРІНІҢ, БЕЗДЕРИ, БЕЗДЕРИНИН"""
