"""Words of South Asian, Middle Eastern and Caucasian hospitals (Hindi, Urdu, Bengali, Persian,
Arabic, Hebrew, Turkish, Azerbaijani, Georgian, Armenian) beyond the core lexicon.

The form of the entries: ``radview.protocols.anatomy.words``.
"""

TERMS: tuple[tuple[str, str], ...] = (
    # ---- Hindi (Devanagari; virama, nukta and the nasal signs fall out in the tokeniser, so "कंधे"
    # is the phrase क धे): the chest (छाती, सीना), lungs and heart, the head and brain (सिर, मस्तिष्क,
    # दिमाग), skull and teeth, the neck (गर्दन) and thyroid, the abdomen (पेट, उदर) and its organs,
    # the whole abdomen (पूरा पेट, as "USG whole abdomen"), the pelvis and lower belly (श्रोणि, पेडू),
    # bladder, uterus, pregnancy (गर्भावस्था), the spine (रीढ़, मेरुदंड, कशेरुका) and the English
    # spine words in Devanagari, the spine by region (गर्दन की रीढ़, कमर की रीढ़, पीठ की रीढ़) and as
    # a whole, the joints and bones of the limbs (कंधा, कोहनी, कलाई, हाथ, कूल्हा, जांघ, घुटना, पिंडली,
    # टखना, एड़ी); "पैर" (foot or leg) only in its phrases; the breast (स्तन), the limbs and their
    # veins, the bone scan, the whole body
    ("CHEST", """छाती, छाती का, सीना, सीने, फेफड़े, फेफड़ों, हृदय, वक्ष"""),
    ("HEAD", """सिर, मस्तिष्क, दिमाग, खोपड़ी, दांत, दाँत, दांतों, दाँतों"""),
    ("NECK", """गर्दन, थायराइड, थायरायड, थायरॉइड, थायरॉयड, थाइरॉइड, कैरोटिड"""),
    ("ABDOMEN", """पेट, उदर, जिगर, यकृत, लिवर, गुर्दा, गुर्दे, गुर्दों, किडनी, पित्ताशय, अग्न्याशय, तिल्ली"""),
    ("ABDOMEN PELVIS", """पूरे पेट, पूरा पेट, संपूर्ण पेट, सम्पूर्ण पेट, मूत्र मार्ग"""),
    ("PELVIS", """श्रोणि, पेडू, पेट के निचले, मूत्राशय, गर्भाशय, अंडाशय, गर्भावस्था, प्रसूति, प्रोस्टेट"""),
    ("~SPINE", """रीढ़, रीढ़ की हड्डी, मेरुदंड, कशेरुका, कशेरुकाओं, स्पाइन"""),
    ("~CERVICAL", """सर्वाइकल"""),
    ("~THORACIC", """थोरेसिक, थोरैसिक, डोर्सल"""),
    ("~LUMBAR", """लम्बर, लंबर, कमर"""),
    ("CSPINE", """गर्दन की रीढ़, गर्दन की रीढ़ की हड्डी, सर्वाइकल स्पाइन"""),
    ("TSPINE", """पीठ की रीढ़, थोरेसिक स्पाइन, डोर्सल स्पाइन"""),
    ("LSPINE", """कमर की रीढ़, कमर की रीढ़ की हड्डी, लम्बर स्पाइन, लंबर स्पाइन"""),
    ("CSPINE TSPINE LSPINE", """पूरी रीढ़, पूरी रीढ़ की हड्डी, संपूर्ण रीढ़"""),
    ("SHOULDER", """कंधा, कंधे, कंधों, हंसली"""),
    ("ARM", """बांह, बाँह, बाजू, बांह की हड्डी, ह्यूमरस"""),
    ("ELBOW", """कोहनी, कोहनियों"""),
    ("FOREARM", """अग्रबाहु"""),
    ("WRIST", """कलाई, कलाइयों"""),
    ("HAND", """हाथ, हाथों, हथेली, उंगली, उंगलियों, उँगलियों, अंगुली"""),
    ("HIP", """कूल्हा, कूल्हे, कूल्हों, कूल्हे का जोड़"""),
    ("THIGH", """जांघ, जाँघ, जांघ की हड्डी, फीमर"""),
    ("KNEE", """घुटना, घुटने, घुटनों"""),
    ("LEG", """पिंडली, पिंडलियों, टिबिया"""),
    ("ANKLE", """टखना, टखने, टखनों"""),
    ("FOOT", """एड़ी, एड़ियों, तलवा, तलवे, पैर का पंजा, पैर के पंजे, पैर की उंगलियों, पैर की उंगली"""),
    ("BREAST", """स्तन, स्तनों, मैमोग्राफी"""),
    ("~LOWERLIMB", """निचले अंग, निचले अंगों"""),
    ("~UPPERLIMB", """ऊपरी अंग, ऊपरी अंगों"""),
    ("THIGH KNEE LEG", """पैर की नसों, पैरों की नसों, पैर की नसें, पैरों की नसें, पैर की धमनियों, पैरों की धमनियों"""),
    ("~BONESCAN", """हड्डी का स्कैन, हड्डियों का स्कैन, अस्थि स्कैन, बोन स्कैन"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """पूरे शरीर, पूरा शरीर, संपूर्ण शरीर"""),
    # ---- Urdu (Urdu script; kaf, yeh and heh folded to the Arabic letters by the tokeniser): the
    # chest (سینے), the thyroid, the cervical vertebrae (گردن کے مہرے), the spine (ریڑھ کی ہڈی) and the
    # whole spine, the joints and bones of the limbs (کندھا, کہنی, کلائی, ہاتھ, کولہا, گھٹنا, پنڈلی, ٹخنہ,
    # پاؤں), the teeth, the abdomen (پیٹ) and the lower belly (پیڑو), also together (پیٹ اور پیڑو), the
    # bone scan (the letters ٹ ڈ ڑ ں ھ are word letters: "پیٹ" no longer falls apart)
    ("CHEST", """سینے, سینے کا, سینے کی"""),
    ("NECK", """تھائیرائیڈ, تھائرائیڈ, تھائیرائڈ"""),
    ("ABDOMEN", """پیٹ"""),
    ("PELVIS", """پیڑو"""),
    ("ABDOMEN PELVIS", """پیٹ اور پیڑو, گردے اور مثانے, گردوں اور مثانے, BARIUM MEAL FOLLOW THROUGH, BMFT"""),
    ("~SPINE", """ریڑھ, ریڑھ کی ہڈی, مہرے, مہروں"""),
    ("CSPINE", """گردن کے مہرے, گردن کے مہروں, گردن کے مہروں کا"""),
    ("LSPINE", """کمر کے مہرے, کمر کے مہروں"""),
    ("CSPINE TSPINE LSPINE", """پوری ریڑھ کی ہڈی, مکمل ریڑھ کی ہڈی"""),
    ("SHOULDER", """کندھے, کندھا, کندھوں"""),
    ("ELBOW", """کہنی, کہنیوں"""),
    ("WRIST", """کلائی, کلائیوں"""),
    ("HAND", """ہاتھ, ہاتھوں, ہاتھ کی انگلیاں, ہاتھ کی انگلیوں"""),
    ("HIP", """کولہے, کولہا, کولہوں, کولہے کے جوڑ"""),
    ("KNEE", """گھٹنے, گھٹنا, گھٹنوں"""),
    ("LEG", """پنڈلی, پنڈلیوں"""),
    ("ANKLE", """ٹخنے, ٹخنہ, ٹخنوں"""),
    ("FOOT", """پاؤں"""),
    ("HEAD", """دانت, دانتوں"""),
    ("~BONESCAN", """ہڈیوں کا اسکین, ہڈیوں کا سکین"""),
    # ---- Bengali (virama, nukta and the nasal signs fall out as in Hindi: "কাঁধ" is the phrase কা ধ):
    # the chest (বুক) and lungs, the head and brain (মাথা, মস্তিষ্ক), skull and teeth, the neck (ঘাড়,
    # গলা) and thyroid, the abdomen (পেট) and its organs, the whole abdomen, the lower belly (তলপেট)
    # and pelvis, bladder, uterus, pregnancy (গর্ভাবস্থা), the spine (মেরুদণ্ড) by region (ঘাড়ের,
    # পিঠের, কোমরের মেরুদণ্ড) and as a whole, the joints and bones of the limbs (কাঁধ, বাহু, কনুই,
    # কব্জি, হাত, উরু, হাঁটু, the shin নলা); "পা" (leg or foot) only in its phrases (পায়ের পাতা, the
    # foot; পায়ের নলা, the shin); গোড়ালি is heel and ankle, so only its bone (the heel); the breast
    # (স্তন), the veins and arteries of the leg, the bone scan, the whole body
    ("CHEST", """বুক, বুকের, ফুসফুস, ফুসফুসের, হৃৎপিণ্ড, হৃদপিণ্ড"""),
    ("HEAD", """মাথা, মাথার, মস্তিষ্ক, মস্তিষ্কের, মগজ, খুলি, খুলির, দাঁত, দাঁতের, চোয়াল, চোয়ালের"""),
    ("NECK", """ঘাড়, ঘাড়ের, গলা, গলার, থাইরয়েড, থাইরয়েড গ্রন্থি, থাইরয়েড গ্রন্থির, ক্যারোটিড"""),
    ("ABDOMEN", """পেট, পেটের, উদর, যকৃত, যকৃৎ, লিভার, লিভারের, কিডনি, কিডনির, বৃক্ক, পিত্তথলি, প্লীহা"""),
    ("ABDOMEN PELVIS", """সম্পূর্ণ পেট, সম্পূর্ণ পেটের, পুরো পেট, পুরো পেটের"""),
    ("PELVIS", """তলপেট, তলপেটের, শ্রোণি, শ্রোণীচক্র, মূত্রথলি, মূত্রথলির, জরায়ু, জরায়ুর, ডিম্বাশয়, গর্ভাবস্থা,
        গর্ভাবস্থার, প্রোস্টেট"""),
    ("~SPINE", """মেরুদণ্ড, মেরুদণ্ডের, কশেরুকা, স্পাইন"""),
    ("~CERVICAL", """সার্ভাইকাল, সার্ভাইক্যাল"""),
    ("~THORACIC", """থোরাসিক"""),
    ("~LUMBAR", """লাম্বার, কোমর, কোমরের"""),
    ("CSPINE", """ঘাড়ের মেরুদণ্ড, ঘাড়ের মেরুদণ্ডের"""),
    ("TSPINE", """পিঠের মেরুদণ্ড, পিঠের মেরুদণ্ডের, থোরাসিক স্পাইন"""),
    ("LSPINE", """কোমরের মেরুদণ্ড, কোমরের মেরুদণ্ডের, লাম্বার স্পাইন"""),
    ("CSPINE TSPINE LSPINE", """সম্পূর্ণ মেরুদণ্ড, সম্পূর্ণ মেরুদণ্ডের, পুরো মেরুদণ্ড, পুরো মেরুদণ্ডের"""),
    ("SHOULDER", """কাঁধ, কাঁধের"""),
    ("ARM", """বাহু, বাহুর, বাহুর হাড়, বাহুর হাড়ের, হিউমেরাস"""),
    ("ELBOW", """কনুই, কনুইয়ের"""),
    ("FOREARM", """অগ্রবাহু, অগ্রবাহুর"""),
    ("WRIST", """কব্জি, কব্জির"""),
    ("HAND", """হাত, হাতের, হাতের পাতা, হাতের পাতার, আঙুল, আঙুলের, হাতের আঙুল, হাতের আঙুলের"""),
    ("HIP", """হিপ, হিপ জয়েন্ট, হিপ জয়েন্টের, নিতম্ব সন্ধি"""),
    ("THIGH", """উরু, উরুর, উরুর হাড়, উরুর হাড়ের, ফিমার"""),
    ("KNEE", """হাঁটু, হাঁটুর"""),
    ("LEG", """পায়ের নলা, পায়ের নলার, নলার হাড়, নলার হাড়ের, টিবিয়া"""),
    ("ANKLE", """অ্যাঙ্কেল, অ্যাংকেল"""),
    ("FOOT", """পায়ের পাতা, পায়ের পাতার, পায়ের আঙুল, পায়ের আঙুলের, গোড়ালির হাড়, ক্যালকেনিয়াম"""),
    ("BREAST", """স্তন, স্তনের, ম্যামোগ্রাফি"""),
    ("THIGH KNEE LEG", """পায়ের শিরা, পায়ের শিরার, পায়ের ধমনী, পায়ের ধমনীর"""),
    ("~BONESCAN", """হাড়ের স্ক্যান, বোন স্ক্যান, অস্থি স্ক্যান"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """সম্পূর্ণ শরীর, সম্পূর্ণ শরীরের, পুরো শরীর, পুরো শরীরের"""),
    # ---- Persian: the ezafe forms of the arm, knee and foot (بازوی, زانوی, پای), the ankle and
    # foot with them (مچ پای, پنجه پا), the urinary tract, the spine and the whole spine, the whole
    # body and the bone scan, the barium swallow, the Doppler and angiography of a limb
    ("ARM", """بازوی"""),
    ("KNEE", """زانوی, زانوها"""),
    ("ANKLE", """مچ پای"""),
    ("LEG", """ساق پای"""),
    ("FOOT", """پای, پنجه پا, پنجه پای"""),
    ("ABDOMEN PELVIS", """مجاری ادراری, سیستم ادراری, دستگاه ادراری"""),
    ("~SPINE", """ستون فقرات, ستون مهره ها"""),
    ("CSPINE TSPINE LSPINE", """کل ستون فقرات, تمام ستون فقرات"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """تمام بدن, کل بدن"""),
    ("~BONESCAN", """اسکن استخوان, اسکن استخوانی, اسکن هسته ای استخوان"""),
    ("NECK CHEST", """بلع باریم, بلع باریوم"""),
    ("THIGH KNEE LEG", """آنژیوگرافی اندام تحتانی, داپلر اندام تحتانی, داپلر عروق اندام تحتانی, سونوگرافی داپلر اندام تحتانی,
        وریدهای اندام تحتانی, شریانهای اندام تحتانی, شریان های اندام تحتانی"""),
    ("ARM ELBOW FOREARM", """آنژیوگرافی اندام فوقانی, داپلر اندام فوقانی, داپلر عروق اندام فوقانی"""),
    # ---- Arabic: the forms with the preposition "li-" (للركبة, للمعصم, لليد ...), the duals (both
    # knees, feet, breasts, hands: الركبتين ...), the Egyptian hip joint (مفصل الفخذ) and humerus,
    # the teeth, the vertebrae with their level, the lower and upper limb and their vessels, the
    # bone scan (مسح ذري), the barium swallow; the French arteriography of the lower limbs (the
    # Maghreb "TOGD", upper GI transit, is left: authors label it the abdomen, or neck, chest and
    # abdomen)
    ("KNEE", """للركبة, بالركبة, ركبتين, الركبتين, للركبتين"""),
    ("SHOULDER", """للكتف, الكتفين, للكتفين"""),
    ("ELBOW", """للكوع, للمرفق, المرفقين"""),
    ("WRIST", """للمعصم, معصم, للرسغ, رسغ"""),
    ("HAND", """لليد, اليدين, لليدين, يدين"""),
    ("FOREARM", """للساعد"""),
    ("ARM", """للعضد, عظمة العضد, عظم العضد"""),
    ("HIP", """مفصل الفخذ, لمفصل الفخذ, مفصلي الفخذ, للورك, الوركين"""),
    ("THIGH", """للفخذ, عظمة الفخذ, عظم الفخذ"""),
    ("LEG", """للساق"""),
    ("ANKLE", """للكاحل, الكاحلين"""),
    ("FOOT", """للقدم, القدمين, للقدمين, قدمين"""),
    ("BREAST", """للثدي, الثديين, للثديين, ثديين"""),
    ("HEAD", """الأسنان, للأسنان, أسنان"""),
    ("~SPINE", """فقرات, للفقرات"""),
    ("CSPINE", """الفقرات الرقبية, للفقرات الرقبية, للفقرات العنقية"""),
    ("TSPINE", """الفقرات الظهرية, للفقرات الظهرية, للفقرات الصدرية"""),
    ("LSPINE", """للفقرات القطنية"""),
    ("~LOWERLIMB", """الطرف السفلي, للطرف السفلي, الأطراف السفلية, للأطراف السفلية"""),
    ("~UPPERLIMB", """الطرف العلوي, للطرف العلوي, الأطراف العلوية, للأطراف العلوية"""),
    ("THIGH KNEE LEG", """أوردة الطرف السفلي, شرايين الطرف السفلي, أوردة الأطراف السفلية, شرايين الأطراف السفلية,
        دوبلر الطرف السفلي, دوبلر الأطراف السفلية"""),
    ("ARM ELBOW FOREARM", """أوردة الطرف العلوي, شرايين الطرف العلوي, أوردة الأطراف العلوية, شرايين الأطراف العلوية"""),
    ("~BONESCAN", """مسح ذري على العظام, مسح ذري للعظام, المسح الذري للعظام, مسح العظام, مسح للعظام"""),
    ("NECK CHEST", """بلع الباريوم, بلعة الباريوم"""),
    ("THIGH KNEE LEG", """ARTERIOGRAPHIE DES MEMBRES INFERIEURS, ARTERIOGRAPHIE DES MI, ARTERIOGRAPHIE MEMBRES INFERIEURS,
        PHLEBOGRAPHIE DES MEMBRES INFERIEURS"""),
    # ---- Hebrew: the spine's abbreviation עמ"ש (עמוד שדרה) with its levels and as a whole, the hip
    # joints (מפרקי ירך), the plural knees, hands, shoulders, ankles, the teeth, the early and late
    # anatomy scans of pregnancy (סקירת מערכות), the veins and arteries of the legs, the bone scan
    # (מיפוי עצמות), the barium swallow, the limbs
    ("~SPINE", """עמ"ש"""),
    ("CSPINE", """עמ"ש צווארי"""),
    ("TSPINE", """עמ"ש גבי, עמ"ש חזי"""),
    ("LSPINE", """עמ"ש מותני"""),
    ("CSPINE TSPINE LSPINE", """עמ"ש כולו, עמ"ש שלם, כל עמוד השדרה, עמוד השדרה כולו, עמוד שדרה כולו"""),
    ("HIP", """מפרקי ירך, מפרקי הירך, מפרקי ירכיים"""),
    ("KNEE", """ברכיים, הברכיים"""),
    ("HAND", """ידיים, כפות ידיים"""),
    ("FOOT", """כפות רגליים"""),
    ("SHOULDER", """כתפיים"""),
    ("ANKLE", """קרסוליים"""),
    ("HEAD", """שיניים, פנורמי שיניים"""),
    ("PELVIS", """סקירת מערכות, סקירה מוקדמת, סקירה מאוחרת, שקיפות עורפית"""),
    ("THIGH KNEE LEG", """ורידי רגל, ורידי הרגל, ורידי רגליים, ורידי הרגליים, עורקי רגל, עורקי רגליים, עורקי הרגליים"""),
    ("~LOWERLIMB", """גפה תחתונה, גפיים תחתונות"""),
    ("~UPPERLIMB", """גפה עליונה, גפיים עליונות"""),
    ("~BONESCAN", """מיפוי עצמות, מיפוי שלד"""),
    ("NECK CHEST", """בליעת בריום, בליעת באריום"""),
    # ---- Turkish: the whole spine ("tüm spinal", "tüm omurga"), the dental panoramic film
    ("CSPINE TSPINE LSPINE", """TÜM SPİNAL, TÜM VERTEBRA, TÜM VERTEBRAL KOLON"""),
    ("HEAD", """DİŞ GRAFİSİ, PANORAMİK DİŞ, DİŞLER, PANORAMİK GRAFİ"""),
    # ---- Azerbaijani (ə folds to E, so one spelling also reads the words typed without their letters,
    # "Dos qefesinin"; a word-final ğ is GH, so stems end before it): the chest (döş qəfəsi), the
    # brain, sinuses and teeth, the abdominal cavity (qarın boşluğu), stomach and kidneys, the small
    # pelvis (kiçik çanaq) and bladder, pregnancy, the thyroid (qalxanabənzər vəzi) and neck vessels,
    # the spine (onurğa) with its parts (boyun, döş, bel şöbəsi) and as a whole, the joints and bones
    # of the limbs ("said" and "bud" only with their bone or joint: "said" is a name, "bud" Polish),
    # the breast (süd vəzisi), the lower limb and its veins, the bone scan, the whole body
    ("CHEST", """DÖŞ QƏFƏS*, AĞCİYƏR*"""),
    ("HEAD", """BEYNİN, BAŞ BEYNİN, BURUNƏTRAFI CİBLƏR*, DİŞLƏRİN, ORTOPANTOMOQRAM*"""),
    ("ABDOMEN", """QARIN, QARIN BOŞLUĞU, QARIN BOŞLUĞUNUN, MƏDƏNİN, MƏDƏSİ, BÖYRƏK*"""),
    ("PELVIS", """KİÇİK ÇANAQ, ÇANAQ, SİDİK KİSƏ*, HAMİLƏLİK"""),
    ("NECK", """QALXANABƏNZƏR*, BOYUN DAMAR*"""),
    ("~SPINE", """ONURĞA*"""),
    ("~SEGMENT", """ŞÖBƏSİ*"""),
    ("CSPINE", """BOYUN ŞÖBƏ*"""),
    ("TSPINE", """DÖŞ ŞÖBƏ*"""),
    ("LSPINE", """BEL ŞÖBƏ*"""),
    ("CSPINE TSPINE LSPINE", """BÜTÜN ONURĞA*"""),
    ("SHOULDER", """ÇİYİN*, ÇİYN*"""),
    ("ARM", """BAZU"""),
    ("ELBOW", """DİRSƏK OYNAĞI, DİRSƏK OYNAĞININ"""),
    ("FOREARM", """SAİD SÜMÜK*"""),
    ("WRIST", """BİLƏK OYNAG*"""),
    ("HAND", """ƏL PƏNCƏ*"""),
    ("HIP", """BUD ÇANAQ*"""),
    ("THIGH", """BUD SÜMÜY*"""),
    ("LEG", """BALDIR*"""),
    ("ANKLE", """AŞIQ BALDIR*"""),
    ("FOOT", """AYAQ PƏNCƏ*, AYAQ BARMAQ*"""),
    ("BREAST", """SÜD VƏZİ*, MAMMOQRAF*"""),
    ("~LOWERLIMB", """AŞAĞI ƏTRAF*"""),
    ("~UPPERLIMB", """YUXARI ƏTRAF*"""),
    ("THIGH KNEE LEG", """AŞAĞI ƏTRAF* VENA*, AŞAĞI ƏTRAF* ARTERİYA*, AŞAĞI ƏTRAF* DAMAR*"""),
    ("~BONESCAN", """SKELETİN SSİNTİQRAF*, SÜMÜK SSİNTİQRAF*, SKELET SSİNTİQRAF*"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """BÜTÜN BƏDƏN"""),
    # ---- Georgian (upper-cased to Mtavruli by the tokeniser): the chest (გულმკერდი), lungs, heart
    # and coronary arteries, the head's brain (თავის ტვინი; "თავის" alone is also "one's own"), skull,
    # the paranasal sinuses (ცხვირის დანამატი წიაღები), jaw and teeth, the neck (კისერი), thyroid
    # (ფარისებრი ჯირკვალი) and carotids, the abdomen (მუცელი, მუცლის ღრუ) and its organs, the small
    # pelvis (მცირე მენჯი), bladder, uterus, prostate, pregnancy (ორსულობა), the urinary tract; the
    # spine (ხერხემალი) with its vertebrae and sections (კისრის, გულმკერდის, წელის განყოფილება) and as
    # a whole (მთელი ხერხემალი), the spinal cord (ზურგის ტვინი); the joints and bones of the limbs:
    # the shoulder (მხრის სახსარი; მხრის ძვალი is the humerus), elbow, forearm, wrist (მაჯა), hand
    # (ხელის მტევანი), hip (მენჯ-ბარძაყის სახსარი), thigh, knee, shin (წვივი), ankle (კოჭ-წვივის
    # სახსარი), foot (ტერფი); the breast (სარძევე ჯირკვალი), the limbs and their vessels, the
    # oesophagus and its barium study, the bone scan, the whole body
    ("CHEST", """გულმკერდ*, ფილტვ*, გულის, კორონარ*"""),
    ("HEAD", """თავის ტვინ*, ტვინის, თავის ქალ*, ცხვირის დანამატ*, დანამატი წიაღ*, ცხვირის წიაღ*,
        ჰაიმორ*, ყბის, კბილ*, ორთოპანტომოგრამ*"""),
    ("NECK", """კისერი, კისრის, ფარისებრ*, საძილე არტერი*, საძილე"""),
    ("ABDOMEN", """მუცელი, მუცლის, მუცლის ღრუ*, ღვიძლ*, თირკმ*, კუჭის, კუჭი, ელენთ*, პანკრეას*, ნაღვლის ბუშტ*"""),
    ("PELVIS", """მენჯი, მენჯის, მცირე მენჯ*, შარდის ბუშტ*, საშვილოსნ*, საკვერცხ*, პროსტატ*, ორსულობ*, ნაყოფ*"""),
    ("ABDOMEN PELVIS", """საშარდე გზ*, შარდსასქესო სისტემ*"""),
    ("~SPINE", """ხერხემ*, მალების, მალები, ზურგის ტვინ*"""),
    ("~SEGMENT", """განყოფილებ*"""),
    ("~LUMBAR", """წელის"""),
    ("CSPINE", """ხერხემ* კისრ*, კისრის განყოფილებ*, კისრის მალ*"""),
    ("TSPINE", """ხერხემ* გულმკერდ*, გულმკერდის განყოფილებ*, გულმკერდის მალ*"""),
    ("LSPINE", """ხერხემ* წელის, წელის განყოფილებ*, წელის მალ*, წელ გავის"""),
    ("CSPINE TSPINE LSPINE", """მთელი ხერხემ*, მთლიანი ხერხემ*"""),
    ("SHOULDER", """მხრის, მხრის სახსარ*, მხრის სახსრ*, ლავიწ*"""),
    ("ARM", """მხრის ძვალი, მხრის ძვლის, მხრის ძვლები, მხრის ძვლების"""),
    ("ELBOW", """იდაყვ*"""),
    ("FOREARM", """წინამხ*"""),
    ("WRIST", """მაჯა, მაჯის, მაჯის სახსარ*, სხივ მაჯის"""),
    ("HAND", """მტევან*, მტევნ*, ხელის მტევ*, ხელის თით*"""),
    ("HIP", """მენჯ ბარძაყ*, მენჯ ბარძაყის სახსარ*, თეძოს სახსარ*, თეძოს სახსრ*"""),
    ("THIGH", """ბარძაყ*"""),
    ("KNEE", """მუხლ*"""),
    ("LEG", """წვივ*"""),
    ("ANKLE", """კოჭი, კოჭის, კოჭ წვივ*, კოჭ წვივის სახსარ*"""),
    ("FOOT", """ტერფ*, ქუსლ*, ფეხის თით*"""),
    ("BREAST", """სარძევე, სარძევე ჯირკვ*, მამოგრაფ*"""),
    ("~LOWERLIMB", """ქვედა კიდურ*"""),
    ("~UPPERLIMB", """ზედა კიდურ*"""),
    ("THIGH KNEE LEG", """ქვედა კიდურ* ვენ*, ქვედა კიდურ* არტერი*, ქვედა კიდურ* სისხლძარღვ*"""),
    ("ARM ELBOW FOREARM", """ზედა კიდურ* ვენ*, ზედა კიდურ* არტერი*, ზედა კიდურ* სისხლძარღვ*"""),
    ("CHEST", """საყლაპავ*"""),
    ("NECK CHEST", """საყლაპავ* რენტგენოსკოპ*, საყლაპავ* ბარიუმ*, საყლაპავ* კონტრასტ*"""),
    ("NECK CHEST ABDOMEN", """საყლაპავის და კუჭის, საყლაპავის და კუჭი"""),
    ("~BONESCAN", """ძვლის სცინტიგრაფ*, ძვლების სცინტიგრაფ*, ჩონჩხის სცინტიგრაფ*, ოსტეოსცინტიგრაფ*"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """მთელი სხეულ*"""),
    # ---- Armenian (upper-cased by the tokeniser; և is ԵՒ): the chest (կրծքավանդակ), lungs, heart
    # and coronary arteries, the brain (գլխուղեղ), head, skull, the paranasal sinuses (քթի հավելյալ
    # ծոցեր), teeth, the neck (պարանոց), thyroid (վահանաձև գեղձ) and carotids, the abdomen
    # (որովայն) and its organs, the small pelvis (փոքր կոնք), bladder, uterus, prostate, pregnancy
    # (հղիություն), the urinary tract; the spine (ողնաշար) with its sections (պարանոցային,
    # կրծքային, գոտկային հատված) and as a whole (ամբողջ ողնաշար); the joints and bones of the limbs
    # (ուսահոդ, բազկոսկր, արմնկահոդ, նախաբազուկ, դաստակ, ձեռքի թաթ, կոնքազդրային հոդ, ազդր, ծնկահոդ,
    # սրունք, սրունքաթաթային հոդ, ոտնաթաթ); the breast (կաթնագեղձ, կրծքագեղձ), the lower and upper
    # limbs and their vessels, the oesophagus and its barium study, the bone scan, the whole body
    ("CHEST", """կրծքավանդակ*, թոքեր, թոքերի, թոքային, թոքի, սրտի, սիրտ, կորոնար*, պսակաձև*"""),
    ("HEAD", """գլխուղեղ*, գլուխ, գլխի, գանգի, գանգ, քթի հավելյալ ծոց*, հավելյալ ծոց*, քթի ծոց*, հայմոր*, ատամ*,
        ծնոտ*, օրթոպանտոմոգրամ*"""),
    ("NECK", """պարանոց*, վահանաձ*, քնային զարկերակ*"""),
    ("ABDOMEN", """որովայն*, լյարդ*, երիկամ*, ստամոքս*, փայծաղ*, ենթաստամոքս*, լեղապարկ*"""),
    ("PELVIS", """կոնք, կոնքի, փոքր կոնք*, միզապարկ*, արգանդ*, ձվարան*, շագանակագեղձ*, հղիությ*, պտղի"""),
    ("ABDOMEN PELVIS", """միզուղի*, միզասեռական*"""),
    ("~SPINE", """ողնաշար*, ողերի"""),
    ("~SEGMENT", """հատված*"""),
    ("~CERVICAL", """պարանոցային"""),
    ("~THORACIC", """կրծքային"""),
    ("~LUMBAR", """գոտկային, գոտկատեղ*"""),
    ("CSPINE", """պարանոցային հատված*, պարանոցային ողնաշար*"""),
    ("TSPINE", """կրծքային հատված*, կրծքային ողնաշար*"""),
    ("LSPINE", """գոտկային հատված*, գոտկային ողնաշար*, գոտկասրբանային"""),
    ("CSPINE TSPINE LSPINE", """ամբողջ ողնաշար*"""),
    ("SHOULDER", """ուսահոդ*, ուսի, ուսագոտ*, անրակ*"""),
    ("ARM", """բազկոսկր*, բազուկ, բազկի"""),
    ("ELBOW", """արմունկ*, արմնկ*"""),
    ("FOREARM", """նախաբազ*"""),
    ("WRIST", """դաստակ*, ճառագայթադաստակ*"""),
    ("HAND", """ձեռքի թաթ*, ձեռքի մատ*, ձեռքերի, ձեռքի"""),
    ("HIP", """կոնքազդր*"""),
    ("THIGH", """ազդր*"""),
    ("KNEE", """ծնկահոդ*, ծունկ, ծնկի, ծնկներ*"""),
    ("LEG", """սրունք, սրունքի, սրունքներ*, սրունքոսկր*"""),
    ("ANKLE", """սրունքաթաթ*"""),
    ("FOOT", """ոտնաթաթ*, ոտքի թաթ*, ոտքի մատ*, կրունկ*"""),
    ("BREAST", """կաթնագեղձ*, կրծքագեղձ*, մամոգրաֆ*, մամմոգրաֆ*"""),
    ("~LOWERLIMB", """ստորին վերջույթ*"""),
    ("~UPPERLIMB", """վերին վերջույթ*"""),
    ("THIGH KNEE LEG", """ստորին վերջույթ* երակ*, ստորին վերջույթ* զարկերակ*, ստորին վերջույթ* անոթ*, ոտքի երակ*,
        ոտքերի երակ*, ոտքի զարկերակ*, ոտքերի զարկերակ*"""),
    ("ARM ELBOW FOREARM", """վերին վերջույթ* երակ*, վերին վերջույթ* զարկերակ*, վերին վերջույթ* անոթ*"""),
    ("CHEST", """կերակրափող*"""),
    ("NECK CHEST", """կերակրափող* ռենտգենոսկոպ*, կերակրափող* բարիում*"""),
    ("NECK CHEST ABDOMEN", """կերակրափողի և ստամոքսի, կերակրափողի ու ստամոքսի"""),
    ("~BONESCAN", """կմախքի սցինտիգրաֆ*, ոսկրային սցինտիգրաֆ*, ոսկրերի սցինտիգրաֆ*, օստեոսցինտիգրաֆ*"""),
    ("HEAD NECK CHEST ABDOMEN PELVIS", """ամբողջ մարմ*"""),
)

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``): the Hindi दायां/दाएं/दाहिना and
# बायां/बाएं, the Urdu دایاں/دائیں and بایاں/بائیں, the Bengali ডান and বাম, the Egyptian اليمين and
# الشمال, the Georgian მარჯვენა and მარცხენა, the Armenian աջ and ձախ; the Turkish "sağ ön kol" typed without its breve
# ("SAG" alone is sagittal); both: the Urdu دونوں, the Arabic dual of the breasts (الثديين: the plural
# rule reads limbs only), the Hindi दोनों and द्विपक्षीय, the Bengali উভয় and দ্বিপাক্ষিক, the Georgian ორივე
# and ორმხრივი, the Armenian երկկողմանի ("երկու", two, is also "in two views"), the Azerbaijani ikitərəfli, the Turkish infant
# hip ultrasound (Graf screening examines both hips, as a DDH screening does)
LEFT = """बायां, बायाँ, बाएं, बाएँ, बाईं, बायें, بائیں, بایاں, بائیاں, বাম, বামদিকের, বাম দিকের, الشمال,
    მარცხენა, მარცხნივ, მარცხენის, ձախ, ձախակողմյան"""
RIGHT = """दायां, दायाँ, दाएं, दाएँ, दाईं, दायें, दाहिना, दाहिने, दाहिनी, دائیں, دایاں, دائیاں, ডান, ডানদিকের,
    ডান দিকের, اليمين, SAG ON KOL, SAG ONKOL, მარჯვენა, მარჯვნივ, მარჯვენის, աջ, աջակողմյան"""
BOTH = """दोनों, द्विपक्षीय, دونوں, دونوں اطراف, উভয়, দ্বিপাক্ষিক, ორივე, ორმხრივი, երկկողմանի, الثديين, للثديين, ثديين, İKİTƏRƏFLİ, BEBEK KALÇA"""
# limbs, joints and breasts in the plural: both sides unless a side is named (``labels.PLURAL_LIMBS``):
# the Hindi plurals (घुटनों, कूल्हों ...; not कंधों, whose first token is the lone letter क), the Arabic
# duals, the Hebrew plurals (ברכיים, מפרקי ...), the Persian knees, the Azerbaijani limbs, the Georgian
# plurals (მუხლები, სახსრები, კიდურები ...), the Armenian plurals (ծնկահոդեր, հոդեր, վերջույթներ ...)
PLURAL = """الركبتين, ركبتين, للركبتين, القدمين, للقدمين, قدمين, اليدين, لليدين, يدين,
    الكتفين, للكتفين, الكاحلين, الوركين, مفصلي, المرفقين, ברכיים, הברכיים, ידיים, כתפיים, קרסוליים, מפרקי, زانوها, ƏTRAFLAR, ƏTRAFLARIN,
    घुटनों, कूल्हों, हाथों, पैरों, टखनों, कोहनियों, कलाइयों, पिंडलियों, एड़ियों, स्तनों,
    მუხლები, მუხლების, სახსრები, სახსრების, კიდურები, კიდურების, ტერფები, ტერფების, მტევნები, მტევნების,
    ჯირკვლები, ჯირკვლების, ծնկահոդեր, ծնկահոդերի, հոդեր, հոդերի, ուսահոդեր, ուսահոդերի, վերջույթներ, վերջույթների,
    կաթնագեղձեր, կաթնագեղձերի, ձեռքեր, ձեռքերի, ոտքեր, ոտքերի"""
