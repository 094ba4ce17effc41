"""Exam descriptions as hospital RIS/PACS write them, per language.

One exam per line: MODALITY | LABELS | SIDE | StudyDescription | local BodyPartExamined | note
LABELS joins codes with '+'; WB = whole body (HEAD+NECK+CHEST+ABDOMEN+PELVIS),
SPINE = CSPINE+TSPINE+LSPINE. SIDE: '-' none; L/R/B written in the text;
l/r/b only in the Laterality / ImageLaterality tags (the text has no side).
The note, when present, is a judgement call copied into the row's "why".
"""

LANGS = {
    "zh_hans": ("Chinese (simplified)", """
CT|HEAD|-|头颅CT平扫|头部|
MR|HEAD|-|颅脑MRI平扫+增强|头颅|
CT|NECK|-|颈部CT增强|颈部|
US|NECK|-|甲状腺彩超|甲状腺|
DX|CHEST|-|胸部正位片(DR)|胸部|
CT|CHEST|-|胸部CT平扫（肺部）|胸部|
CT|ABDOMEN|-|上腹部CT增强|腹部|
MR|PELVIS|-|前列腺MRI平扫+DWI|盆腔|
CT|CHEST+ABDOMEN+PELVIS|-|胸腹盆CT增强||
CT|CSPINE|-|颈椎CT平扫|颈椎|
MR|LSPINE|-|腰椎MRI平扫|腰椎|
DX|KNEE|L|左膝关节正侧位|膝关节|
MR|SHOULDER|R|右肩关节MRI平扫|肩关节|
DX|ANKLE|r|踝关节正侧位|踝|
DX|HAND|B|双手正斜位|手|
PT|WB|-|PET/CT全身显像 (18F-FDG)|全身|
MG|BREAST|b|双侧乳腺钼靶|乳腺|
CT|CHEST|-|冠状动脉CTA|心脏|coronary CTA: heart/coronary fold into CHEST
"""),
    "zh_hant": ("Chinese (traditional)", """
CT|HEAD|-|腦部電腦斷層 (無顯影劑)|頭部|
MR|HEAD|-|腦部磁振造影|腦|
CT|CHEST|-|胸部電腦斷層|胸腔|
CR|CHEST|-|胸部X光 PA|CHEST|
US|ABDOMEN|-|腹部超音波|腹部|
CT|ABDOMEN+PELVIS|-|腹部及骨盆電腦斷層 (含顯影劑)||
MR|ABDOMEN|-|MRCP 磁振胰膽管攝影||
CR|TSPINE|-|胸椎 正側位|SPINE|
MR|KNEE|R|右膝 MRI|膝|
CR|WRIST|L|左腕關節 X光||
CR|FOOT|B|雙足 X光 正斜位||
CR|ELBOW|r|肘關節 X光 AP/LAT||
CR|HIP|L|左髖關節 X光|髖|
US|BREAST|R|右側乳房超音波|乳房|
NM|CHEST|-|心肌灌注掃描 (Tl-201)||myocardial perfusion: heart folds into CHEST
NM|WB|-|全身骨骼掃描||bone scan = whole body by the spec
"""),
    "ko": ("Korean", """
CT|HEAD|-|뇌 CT 비조영|머리|
MR|HEAD|-|뇌 MRI 조영증강||
CT|NECK|-|경부 CT 조영증강|목|
US|NECK|-|갑상선 초음파||
CR|CHEST|-|흉부 PA|흉부|
CT|CHEST|-|흉부 CT 저선량||
CT|ABDOMEN+PELVIS|-|복부골반 CT 조영증강|복부|
US|ABDOMEN|-|상복부 초음파 (간, 담낭)||
MR|PELVIS|-|전립선 MRI||
MR|CSPINE|-|경추 MRI|경추|
CR|LSPINE|-|요추 AP/LAT||
CR|SHOULDER|R|우측 어깨 AP||
MR|KNEE|L|좌측 무릎 MRI|무릎|
CR|FOREARM|l|전완부 AP/LAT||
CR|THIGH|r|대퇴골 AP/LAT||femur folds into THIGH
MG|BREAST|L|좌측 유방촬영술||
PT|WB|-|전신 PET-CT (FDG)||
"""),
    "ar": ("Arabic", """
CT|HEAD|-|أشعة مقطعية على المخ بدون صبغة||
MR|HEAD|-|رنين مغناطيسي على المخ|رأس|
CR|CHEST|-|أشعة سينية على الصدر|صدر|
CT|CHEST|-|مقطعية على الصدر عالية الدقة||
US|ABDOMEN|-|سونار على البطن||
CT|ABDOMEN+PELVIS|-|مقطعية على البطن والحوض بالصبغة||
MR|LSPINE|-|رنين على الفقرات القطنية||
CR|CSPINE|-|أشعة على الفقرات العنقية||
CR|KNEE|R|أشعة على الركبة اليمنى|ركبة|
MR|SHOULDER|L|رنين على الكتف الأيسر||
CR|HAND|l|أشعة على اليد||
CR|ANKLE|R|أشعة على الكاحل الأيمن||
MG|BREAST|b|ماموجرام للثديين||
NM|NECK|-|مسح ذري للغدة الدرقية||thyroid folds into NECK
CT|CHEST+ABDOMEN+PELVIS|-|مقطعية صدر وبطن وحوض بالصبغة||
"""),
    "he": ("Hebrew", """
CT|HEAD|-|CT ראש ללא חומר ניגוד|ראש|
MR|HEAD|-|MRI מוח עם חומר ניגוד||
CR|CHEST|-|צילום חזה|חזה|
CT|CHEST|-|CT חזה||
CT|ABDOMEN+PELVIS|-|CT בטן ואגן עם חומר ניגוד||
US|ABDOMEN|-|US בטן||
US|NECK|-|US בלוטת התריס||
MR|LSPINE|-|MRI עמוד שדרה מותני||
CR|CSPINE|-|צילום עמוד שדרה צווארי||
CR|KNEE|L|צילום ברך שמאל||
CR|WRIST|R|צילום שורש כף יד ימין||
MR|HIP|r|MRI מפרק הירך||
CR|FOOT|L|צילום כף רגל שמאל||
US|BREAST|R|US שד ימין||
PT|WB|-|PET-CT כל הגוף||
"""),
    "uk": ("Ukrainian", """
CT|HEAD|-|КТ головного мозку без контрасту|ГОЛОВА|
MR|HEAD|-|МРТ головного мозку з контрастом||
CR|CHEST|-|Рентгенографія органів грудної клітки|ОГК|
CT|CHEST|-|КТ органів грудної клітки||
CT|ABDOMEN|-|КТ органів черевної порожнини з контрастом||
US|ABDOMEN|-|УЗД органів черевної порожнини||
MR|PELVIS|-|МРТ органів малого тазу||
MR|CSPINE|-|МРТ шийного відділу хребта||
CR|LSPINE|-|Рентгенографія поперекового відділу хребта||
CR|KNEE|L|Рентгенографія лівого колінного суглоба||
MR|SHOULDER|R|МРТ правого плечового суглоба||
CR|ELBOW|l|Рентгенографія ліктьового суглоба||
CR|LEG|R|Рентгенографія правої гомілки||
CT|CHEST+ABDOMEN+PELVIS|-|КТ ОГК, ОЧП та малого тазу з контрастом||
XA|CHEST|-|Коронарографія||coronary angiography: heart folds into CHEST
"""),
    "bg": ("Bulgarian", """
CT|HEAD|-|КТ на глава без контраст|ГЛАВА|
MR|HEAD|-|ЯМР на главен мозък||
CR|CHEST|-|Рентгенография на гръден кош||
CT|CHEST|-|КТ на бял дроб||
CT|ABDOMEN+PELVIS|-|КТ на корем и малък таз с контраст||
US|ABDOMEN|-|Ехография на коремни органи||
MR|LSPINE|-|ЯМР на лумбален отдел на гръбначния стълб||
CR|CSPINE|-|Рентгенография на шиен отдел на гръбначния стълб||
CR|KNEE|R|Рентгенография на дясна колянна става||
CR|WRIST|L|Рентгенография на лява гривнена става||
CR|FOOT|B|Рентгенография на двете ходила||
MR|ANKLE|l|ЯМР на глезенна става||
CT|HEAD+NECK|-|КТ на глава и шия||
MG|BREAST|R|Мамография дясна гърда||
NM|WB|-|Костна сцинтиграфия – цяло тяло||bone scan = whole body by the spec
"""),
    "sr_cyrl": ("Serbian (Cyrillic)", """
CT|HEAD|-|ЦТ ендокранијума||
MR|HEAD|-|МР мозга са контрастом||
CR|CHEST|-|Рендген плућа и срца||
CT|ABDOMEN+PELVIS|-|МСЦТ абдомена и мале карлице||
MR|LSPINE|-|МР лумбалне кичме||
CR|KNEE|L|Рендген левог колена||
CR|SHOULDER|R|Рендген десног рамена||
US|NECK|-|Ултразвук штитасте жлезде||
"""),
    "sr_latn": ("Serbian (Latin)", """
CT|CHEST|-|CT grudnog koša||
US|ABDOMEN|-|Ultrazvuk abdomena||
MR|CSPINE|-|MR vratne kičme||
CR|ANKLE|R|RTG desnog skočnog zgloba||
CR|HIP|L|RTG levog kuka||
MR|KNEE|r|MR kolena|KOLENO|
MG|BREAST|b|Mamografija obostrano||
CT|CHEST+ABDOMEN+PELVIS|-|MSCT grudnog koša, abdomena i male karlice||
"""),
    "hr": ("Croatian", """
CT|HEAD|-|MSCT mozga bez kontrasta||
MR|HEAD|-|MR mozga s kontrastom||
CR|CHEST|-|RTG srca i pluća||
CT|ABDOMEN+PELVIS|-|MSCT abdomena i zdjelice||
US|NECK|-|UZV štitnjače||
MR|LSPINE|-|MR lumbalne kralježnice||
CR|CSPINE|-|RTG vratne kralježnice||
CR|KNEE|R|RTG desnog koljena||
CR|WRIST|L|RTG lijevog ručnog zgloba||
CR|FOREARM|L|RTG lijeve podlaktice||
MR|SHOULDER|l|MR ramena||
CR|FOOT|B|RTG obaju stopala||
"""),
    "sl": ("Slovenian", """
CT|HEAD|-|CT glave brez KS||
MR|HEAD|-|MR glave||
CR|CHEST|-|RTG pljuč in srca||
CT|CHEST|-|CT prsnega koša||
CT|ABDOMEN+PELVIS|-|CT trebuha in medenice s KS||
US|ABDOMEN|-|UZ trebuha||
MR|LSPINE|-|MR ledvene hrbtenice||
CR|TSPINE|-|RTG prsne hrbtenice||
CR|KNEE|L|RTG levega kolena||
CR|WRIST|R|RTG desnega zapestja||
CR|ANKLE|r|RTG gležnja||
CR|SHOULDER|L|RTG levega ramena||
"""),
    "sk": ("Slovak", """
CT|HEAD|-|CT mozgu natívne||
MR|HEAD|-|MR mozgu s kontrastnou látkou||
CR|CHEST|-|RTG hrudníka PA||
CT|CHEST|-|CT hrudníka||
CT|ABDOMEN+PELVIS|-|CT brucha a malej panvy s k.l.||
US|ABDOMEN|-|USG brucha||
MR|CSPINE|-|MR krčnej chrbtice||
CR|LSPINE|-|RTG driekovej chrbtice||
CR|KNEE|R|RTG pravého kolena||
CR|ELBOW|L|RTG ľavého lakťa||
CR|HIP|B|RTG oboch bedrových kĺbov||
CR|THIGH|r|RTG stehennej kosti||femur folds into THIGH
"""),
    "ro": ("Romanian", """
CT|HEAD|-|CT cerebral nativ||
MR|HEAD|-|IRM cerebral cu substanță de contrast||
CR|CHEST|-|Radiografie pulmonară||
CT|CHEST|-|CT torace||
CT|ABDOMEN+PELVIS|-|CT abdomen și pelvis cu contrast||
US|ABDOMEN|-|Ecografie abdominală||
MR|PELVIS|-|RMN prostată multiparametric||
MR|LSPINE|-|RMN coloană lombară||
CR|CSPINE|-|Rgr coloană cervicală||
CR|KNEE|L|Rgr genunchi stâng||
CR|SHOULDER|R|Rgr umăr drept||
CR|ANKLE|L|Rgr gleznă stg||
CR|HAND|r|Rgr mână față/profil||
MG|BREAST|b|Mamografie bilaterală||
"""),
    "et": ("Estonian", """
CT|HEAD|-|Pea KT natiivis||
MR|HEAD|-|Peaaju MRT kontrastainega||
CR|CHEST|-|Kopsude röntgen||
CT|CHEST|-|Rindkere KT||
CT|ABDOMEN+PELVIS|-|Kõhu ja vaagna KT kontrastainega||
US|ABDOMEN|-|Kõhuõõne UH||
MR|LSPINE|-|Lülisamba nimmeosa MRT||
CR|CSPINE|-|Kaelalülide röntgen||
CR|KNEE|R|Parema põlve röntgen||
CR|WRIST|L|Vasaku randme röntgen||
CR|FOOT|l|Labajala röntgen||
MR|SHOULDER|R|Parema õla MRT||
MG|BREAST|b|Mammograafia||
"""),
    "lv": ("Latvian", """
CT|HEAD|-|Galvas smadzeņu DT bez kontrasta||
MR|HEAD|-|Galvas smadzeņu MR ar kontrastvielu||
CR|CHEST|-|Krūškurvja rentgenogramma||
CT|CHEST|-|Krūškurvja DT||
CT|ABDOMEN+PELVIS|-|Vēdera dobuma un mazā iegurņa DT ar kontrastu||
US|ABDOMEN|-|Vēdera dobuma USG||
MR|LSPINE|-|Mugurkaula jostas daļas MR||
CR|CSPINE|-|Mugurkaula kakla daļas rentgenogramma||
CR|KNEE|L|Kreisā ceļa locītavas rentgenogramma||
CR|SHOULDER|R|Labās plecu locītavas rentgenogramma||
CR|HAND|l|Plaukstas rentgenogramma||
CR|ANKLE|R|Labās potītes locītavas rentgenogramma||
"""),
    "lt": ("Lithuanian", """
CT|HEAD|-|Galvos smegenų KT be kontrasto||
MR|HEAD|-|Galvos smegenų MRT su kontrastu||
CR|CHEST|-|Krūtinės ląstos rentgenograma||
CT|CHEST|-|Krūtinės ląstos KT||
CT|ABDOMEN+PELVIS|-|Pilvo ir dubens KT su kontrastu||
US|ABDOMEN|-|Pilvo organų echoskopija||
MR|LSPINE|-|Juosmeninės stuburo dalies MRT||
CR|CSPINE|-|Kaklinės stuburo dalies rentgenograma||
CR|KNEE|R|Dešiniojo kelio sąnario rentgenograma||
CR|ELBOW|L|Kairiojo alkūnės sąnario rentgenograma||
CR|FOOT|L|Kairiosios pėdos rentgenograma||
CR|WRIST|r|Riešo sąnario rentgenograma||
"""),
    "ca": ("Catalan", """
CT|HEAD|-|TC cranial sense contrast||
MR|HEAD|-|RM cerebral amb contrast||
CR|CHEST|-|Rx tòrax PA i perfil||
CT|CHEST|-|TC tòrax||
CT|ABDOMEN+PELVIS|-|TC abdominopèlvica amb contrast||
US|ABDOMEN|-|Ecografia abdominal||
MR|LSPINE|-|RM columna lumbar||
CR|CSPINE|-|Rx columna cervical||
MR|KNEE|R|RM genoll dret||
CR|ANKLE|L|Rx turmell esquerre||
CR|HAND|B|Rx ambdues mans||
CR|SHOULDER|r|Rx espatlla||
MG|BREAST|b|Mamografia bilateral||
CT|CHEST+ABDOMEN+PELVIS|-|TC toracoabdominopèlvica||
"""),
    "id": ("Indonesian", """
CT|HEAD|-|CT Scan Kepala Tanpa Kontras|KEPALA|
MR|HEAD|-|MRI Otak dengan Kontras||
CR|CHEST|-|Foto Thorax PA||
CT|ABDOMEN+PELVIS|-|CT Abdomen dan Pelvis dengan kontras||
US|ABDOMEN|-|USG Abdomen Atas||
US|PELVIS|-|USG Prostat Transrektal||
MR|LSPINE|-|MRI Lumbosakral||spec silent: a lumbosacral MR is a lumbar-spine exam; the sacrum is only at its edge
CR|CSPINE|-|Foto Cervical AP/Lateral||
CR|KNEE|L|Foto Genu Sinistra AP/Lateral||
CR|FOOT|R|Foto Pedis Dextra AP/Oblique||
CR|LEG|L|Foto Cruris Sinistra||
CR|FOREARM|R|Foto Antebrachii Dextra||
CR|ELBOW|l|Foto Elbow AP/Lateral||
"""),
    "ms": ("Malay", """
CT|HEAD|-|CT Otak Tanpa Kontras||
CR|SHOULDER|R|X-Ray Bahu Kanan||
CR|HIP|L|X-Ray Pinggul Kiri||
CR|CHEST|-|X-Ray Dada PA||
US|ABDOMEN|-|Ultrabunyi Abdomen||
MG|BREAST|b|Mamogram Saringan||
"""),
    "vi": ("Vietnamese", """
CT|HEAD|-|Chụp CT sọ não không tiêm thuốc cản quang||
MR|HEAD|-|Chụp MRI sọ não có tiêm thuốc||
CR|CHEST|-|X-quang ngực thẳng||
CT|CHEST|-|CT ngực liều thấp||
CT|ABDOMEN+PELVIS|-|Chụp CT bụng – tiểu khung có tiêm thuốc cản quang||
US|ABDOMEN|-|Siêu âm gan mật||
US|NECK|-|Siêu âm tuyến giáp||
MR|CSPINE|-|MRI cột sống cổ||
MR|LSPINE|-|MRI cột sống thắt lưng||
CR|KNEE|R|X-quang khớp gối phải thẳng nghiêng||
CR|WRIST|L|X-quang cổ tay trái||
CR|ANKLE|l|X-quang cổ chân thẳng nghiêng||
CR|ARM|R|X-quang xương cánh tay phải||humerus folds into ARM
"""),
    "th": ("Thai", """
CT|HEAD|-|เอกซเรย์คอมพิวเตอร์สมอง ไม่ฉีดสี||
CT|HEAD|-|CT Brain ไม่ฉีดสี||
CR|CHEST|-|เอกซเรย์ปอด||
CT|ABDOMEN+PELVIS|-|CT Whole Abdomen ฉีดสี||spec silent: 'whole abdomen' as used in Thai and Indian hospitals covers abdomen and pelvis
US|ABDOMEN|-|อัลตราซาวด์ช่องท้องส่วนบน||
MR|LSPINE|-|MRI กระดูกสันหลังส่วนเอว||
CR|CSPINE|-|เอกซเรย์กระดูกสันหลังส่วนคอ||
CR|KNEE|L|เอกซเรย์เข่าซ้าย||
CR|SHOULDER|R|เอกซเรย์ไหล่ขวา||
CR|HAND|l|เอกซเรย์มือ||
CR|FOOT|R|เอกซเรย์เท้าขวา||
MG|BREAST|b|แมมโมแกรม||
US|BREAST|L|อัลตราซาวด์เต้านมซ้าย||
"""),
    "hi_en": ("Hindi-English", """
CT|HEAD|-|CT Brain Plain / सिर का सीटी स्कैन||
CR|CHEST|-|X-Ray Chest PA View (छाती)||
US|ABDOMEN+PELVIS|-|USG Whole Abdomen||spec silent: 'whole abdomen' as used in Indian hospitals covers abdomen and pelvis
CR|ABDOMEN+PELVIS|-|X-Ray KUB||
CR|HEAD|-|X-Ray PNS Waters View||paranasal sinuses fold into HEAD
CR|LSPINE|-|X-Ray LS Spine AP/Lat||
CR|KNEE|B|X-Ray Both Knee Joint AP (घुटने)||
CR|SHOULDER|R|X-Ray Rt Shoulder AP - दायां कंधा||
CR|ANKLE|L|X-Ray Lt Ankle AP/Lat||
MR|KNEE|l|MRI घुटना (Knee) Plain||
CT|CHEST|-|HRCT Chest||
US|ABDOMEN|-|पेट का अल्ट्रासाउंड (Upper Abdomen)||
"""),
    "es_la": ("Latin-American Spanish", """
CT|HEAD|-|TAC de cráneo simple||
MR|HEAD|-|RM de encéfalo con gadolinio||
CR|CHEST|-|Tele de tórax||
CT|ABDOMEN+PELVIS|-|TAC de abdomen y pelvis contrastada||
US|ABDOMEN|-|USG hígado y vías biliares||
CT|CHEST+ABDOMEN+PELVIS|-|Tomografía toracoabdominopélvica||
MR|LSPINE|-|RM de columna lumbar||
CR|CSPINE|-|Rx columna cervical AP y lateral||
CR|KNEE|R|Rx rodilla derecha AP y lateral||
CR|HAND|L|Rx mano izquierda||
CR|FOOT|B|Rx de ambos pies AP y oblicua||
MR|SHOULDER|l|Resonancia de hombro||
MG|BREAST|b|Mastografía bilateral||
US|BREAST|R|Ultrasonido mamario derecho||
"""),
    "pt_br": ("Brazilian Portuguese", """
CT|HEAD|-|TC de crânio sem contraste||
MR|HEAD|-|RM de encéfalo||
CR|CHEST|-|RX de tórax PA e perfil||
CT|ABDOMEN|-|TC de abdome superior com contraste||
CT|ABDOMEN+PELVIS|-|TC de abdome total||spec silent: Brazilian 'abdome total' means abdomen and pelvis
US|ABDOMEN+PELVIS|-|US de abdome total||spec silent: Brazilian 'abdome total' means abdomen and pelvis
MR|PELVIS|-|RM de próstata multiparamétrica||
MR|LSPINE|-|RM de coluna lombar||
CR|CSPINE|-|RX coluna cervical||
MR|KNEE|L|RM do joelho esquerdo||
CR|SHOULDER|R|RX ombro direito||
CR|ANKLE|r|RX de tornozelo AP e perfil||
CR|HIP|B|RX de quadril bilateral||
MG|BREAST|b|Mamografia bilateral||
US|BREAST|L|US de mama esquerda||
"""),
    "de_ch_at": ("Swiss/Austrian German", """
CT|HEAD|-|CT Schädel nativ||
MR|HEAD|-|MRT Neurocranium mit KM||
CR|CHEST|-|Thorax p.a. und seitlich||
CT|CHEST+ABDOMEN+PELVIS|-|CT Thorax-Abdomen-Becken mit KM||
CT|ABDOMEN+PELVIS|-|CT Abdomen-Becken||
US|ABDOMEN|-|Sono Oberbauch||
MR|LSPINE|-|MRT LWS||
CR|CSPINE|-|HWS ap/seitlich||
CR|TSPINE|-|BWS 2 Eb.||
MR|KNEE|R|MRT Knie rechts||
CR|WRIST|L|Handgelenk li. 2 Eb.||
CR|FOOT|r|Fuss dp/schräg||
CR|THIGH|L|Oberschenkel links ap/seitl.||
CR|LEG|R|Unterschenkel re. 2 Eb.||
MG|BREAST|b|Mammographie beidseits||
CR|ELBOW|l|Ellbogen 2 Ebenen||
"""),
    "fr_qc": ("Quebec French", """
CT|HEAD|-|TDM cérébrale sans contraste||
CT|HEAD|-|TACO cérébral||
CR|CHEST|-|Radiographie pulmonaire PA et latérale||
CT|CHEST+ABDOMEN+PELVIS|-|TDM thorax-abdomen-pelvis avec contraste||
US|ABDOMEN|-|Échographie abdominale supérieure||
MR|LSPINE|-|IRM colonne lombaire||
CR|CSPINE|-|Colonne cervicale 3 incidences||
MR|KNEE|L|IRM genou gauche||
CR|SHOULDER|R|Épaule droite 3 incidences||
CR|WRIST|r|Poignet 4 incidences (scaphoïde)||scaphoid folds into WRIST
CR|ANKLE|B|Chevilles bilatérales||
MG|BREAST|b|Mammographie de dépistage bilatérale||
CT|CHEST|-|Angio-TDM pulmonaire||
"""),
}

# Limb segments, sides in abbreviations, whole-spine and thoracic-spine exams in
# mixed languages (the rarer labels of the spec).
EXTRA = ("mixed languages", """
CR|ARM|L|Humerus li. 2 Eb.||humerus folds into ARM
CR|ARM|R|RX húmero derecho||humerus folds into ARM
CR|ARM|l|肱骨正侧位||humerus folds into ARM
CR|FOREARM|L|X-quang cẳng tay trái||
CR|FOREARM|R|Rgr antebraț drept||
CR|FOREARM|r|Unterarm 2 Eb.||
MR|FOREARM|L|МРТ лівого передпліччя||
CR|LEG|L|RX perna esquerda||
CR|LEG|R|X-Ray Rt Tibia Fibula AP/Lat||tibia/fibula fold into LEG
CR|LEG|B|Unterschenkel bds.||
CT|LEG|R|右胫腓骨CT三维重建||tibia/fibula fold into LEG
CR|THIGH|R|RTG desnog femura||femur folds into THIGH
CR|THIGH|L|X-Ray Lt Femur AP/Lat||femur folds into THIGH
MR|THIGH|r|大腿MRI平扫||
CR|TSPINE|-|RX coluna torácica||
CR|TSPINE|-|흉추 AP/LAT||
MR|TSPINE|-|МРТ грудного відділу хребта||
MR|TSPINE|-|MRI cột sống ngực||
CR|SPINE|-|Rx columna completa (escoliosis)||scoliosis full-spine film = whole spine
MR|SPINE|-|全脊柱MRI平扫||whole spine = CSPINE+TSPINE+LSPINE
MR|SPINE|-|MRT Ganzwirbelsäule||whole spine = CSPINE+TSPINE+LSPINE
CR|HAND|L|RTG lijeve šake||
CR|HAND|R|X-Ray Rt Hand PA/Oblique||
CR|HAND|B|Radiografie ambele mâini||
CR|ELBOW|R|Rx codo derecho||
CR|ELBOW|L|左肘关节正侧位||
CR|HIP|R|Rx cadera derecha||
CR|PELVIS+HIP|L|Bassin + hanche gauche||spec silent: AP pelvis with one hip = PELVIS+HIP with the hip's side
CR|FOOT|L|RTG lijevog stopala||
CR|FOOT|R|足部正斜位（右）||
CR|FOOT|r|Calcaneus axial||calcaneus folds into FOOT
CR|ANKLE|R|Sprunggelenk re. 2 Eb.||
CR|KNEE|B|Knie bds. stehend||
CR|SHOULDER|L|Clavícula izquierda||clavicle folds into SHOULDER
CR|SHOULDER|R|AC-Gelenk re.||AC joint folds into SHOULDER
CR|SHOULDER|l|肩胛骨 Y位||scapula folds into SHOULDER
CR|WRIST|R|Scaphoid-Serie re.||scaphoid folds into WRIST
CR|HAND|L|Rx dedo índice mano izquierda||fingers fold into HAND
CR|FOOT|R|Hallux re. 2 Eb.||toes fold into FOOT
US|HIP|B|Hüftsonographie nach Graf bds.||infant hip ultrasound of both hips
US|NECK|-|Carotis-Doppler||spec silent: carotid arteries lie in the neck
""")
