"""Word classes the recogniser reasons with: honorifics, titles, organisation head nouns, function words.

Compared in normalised form (``newsflow.shared.text.normalize``), except STOP_SURFACE.
"""
# ruff: noqa: SIM905  (word lists read best as text)

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from newsflow.shared.text import normalize


def _norms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


HONORIFICS: Final = _norms(
    """
السيد السيدة الدكتور الدكتورة د الشيخ الشيخة الأمير الأميرة الملك الملكة المستشار الأستاذ الأستاذة السفير
اللواء العميد العقيد الجنرال الفريق القاضي المهندس الحاج البابا الرئيس الرئيسة
Mr Mrs Ms Miss Dr Sir Lord Lady President Senator Sen Gov Governor King Queen Prince Princess Pope Sheikh Judge
Gen General Col Colonel Chancellor Minister Premier Rep Representative Mayor Coach Captain Capt
""".split()
)

TITLES_AR: Final = _norms(
    """
الأمين الامين أمين رئيس رئيسة الرئيس مدير المدير مديرة وزير وزيرة الوزير نائب سفير قائد زعيم مستشار المستشار
الناطق المتحدث محافظ والي عامل المفوض مفوض عمدة رئيسا مديرا وزيرا أمينا
""".split()
)

ORG_HEADS_AR: Final = _norms(
    """
مجلس وزارة منظمة هيئة جامعة شركة بنك مصرف حزب اتحاد جمعية مؤسسة وكالة لجنة محكمة مديرية إدارة صندوق معهد
نادي جبهة تنظيم مفوضية برلمان نقابة رابطة أكاديمية كلية
""".split()
)

ORG_HEADS_EN: Final = _norms(
    """
Inc Corp Corporation Ltd Co Company Bank University Ministry Council Party Union Organization Organisation
Association Agency Commission Committee Court Police Army Group Airlines Airways Institute Federation League Club
FC Department Office Authority Service Board Foundation Fund Times Post News Press Exchange Assembly Parliament
Senate Navy Force Forces Brigade Movement Front Network Bureau Reserve Holdings Motors Industries
""".split()
)

ORG_FIRST_EN: Final = _norms("Ministry University Department Bank Office Council Institute Bureau".split())

STOP_AR: Final = _norms(
    """
في من عن إلى الى مع أن ان إن بين حول ضد عند منذ خلال بعد قبل لدى هذا هذه ذلك تلك الذي التي الذين اللذين كما
أو او ثم حتى لكن بل قد لقد لم لن لا ما هو هي هم كان كانت يكون تم وقد وكان كل بعض غير أيضا ايضا عبر نحو أمام
امام وراء دون أي اي إذا اذا لأن
""".split()
)

#: words that normalisation would fold into a name (على -> علي): compared before folding
STOP_SURFACE: Final = frozenset("على إلى الى حتى متى لدى سوى عليه عليها عليهم".split())

# words a person may be named (سعيد هنا) that in running text are the sentence going on: a full name
# from the people gazetteer is not matched through them
NOT_IN_NAMES_AR: Final = _norms("هنا هناك الآن أول اول أمس اليوم جدا".split())

# nationalities whose place the gazetteer does not spell the same way (العاجي: ساحل العاج; النمساوي: النمسا;
# الإنجليزي: إنجلترا), as the adjective's stem without the article and the final ي
NATIONALITY_STEMS_AR: Final = _norms(
    "عاج كونغول نمساو أفغان إنجليز إنكليز انجليز انكليز جيبوت أميرك بوسن كور أوزبك طاجيك دنمارك اسكتلند"
    " ويلز مجر أرمن بنغال بريطان إيرلند".split()
)
CONNECTORS_AR: Final = _norms("بن ابن بنت أبو ابو أبي عبد آل".split())
#: after these, a word with the article is part of the name: عبد الحميد، أبو الغيط
NAME_PREFIXES_AR: Final = _norms("عبد آل أبو ابو".split())
CONNECTORS_EN: Final = frozenset("of the for and de van von bin al la du del der le da di".split())

ORDINALS: Final = _norms(
    """
الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر
I II III IV V VI VII VIII IX X XI XII Jr Sr
""".split()
)

# Words that say what a sentence is about, for the entity tagger (``crf.Featurizer``): in a sports report a
# city is usually a club (ميلان، برشلونة، Norwich), and in business news an unknown name is usually a firm.
# Matched on the word and on its stem without clitics and article.
SPORT_CUES: Final = _norms(
    """
مباراة مباراه مباريات مبارياته الدوري دوري كأس بطولة بطوله منتخب لاعب لاعبين لاعبا اللاعبين نادي فريق
هدف أهداف اهداف هدفا هدفين مدرب فاز فوز تعادل خسر هزيمة ملعب الموسم موسم النهائي نهائي مونديال القدم
السلة التنس الشوط ضربة جزاء تأهل المرمى حارس مهاجم الفيفا الأولمبية ميدالية سباق البطل بطل
match matches league cup championship championships tournament team teams player players coach goal goals
scored striker midfielder defender season final semi-final quarter-final club stadium beat drew draw win won
victory defeat soccer football tennis rugby cricket innings wickets half-time penalty champions title
olympic medal race seed seeded
""".split()
)

BUSINESS_CUES: Final = _norms(
    """
شركة شركات سهم أسهم اسهم أرباح ارباح سوق البورصة بورصة مبيعات إيرادات ايرادات مليار استثمار استثمارات
صفقة مصرف بنك الاقتصاد اقتصاد أسعار اسعار نمو صادرات واردات سيارات السيارات مصنع إنتاج انتاج المساهمين
company companies shares share stock stocks profit profits revenue revenues sales market markets firm bank
banks investors billion percent quarter earnings loss dividend merger acquisition deal analysts trading
prices exchange bonds inc corp ltd plc group unit
""".split()
)

#: Diseases named like proper nouns. ANERcorp, CAraNER and CoNLL-2003 tag them MISC where they tag them at
#: all (كورونا 20 times in CAraNER, إنفلونزا, AIDS, HIV, BSE): never a person, place or organisation, though
#: a tagger trained on 2007 news, which never read كورونا, takes it for a place. Not the diseases named after
#: people who may be in the news under the same name (Parkinson).
DISEASES: Final = _norms(
    """
كورونا كوفيد إيبولا ايبولا زيكا الإيدز إيدز سارس السارس ميرس الملاريا ملاريا الكوليرا كوليرا الحصبة
إنفلونزا انفلونزا الإنفلونزا الانفلونزا الزهايمر جدري الجدري الطاعون
Covid coronavirus Omicron Ebola Zika SARS MERS HIV AIDS H1N1 H5N1 mpox monkeypox BSE MRSA RSV Strep norovirus
sepsis meningitis leukaemia leukemia measles cholera malaria dengue polio tuberculosis typhoid diphtheria mumps
rubella influenza smallpox anthrax rabies hepatitis
""".split()
)

#: Feasts and holidays, names of another kind (CoNLL-2003's MISC; the August 1996 it covers has none of
#: them, and its tagger took Christmas for a place). Not رمضان, Ramadan, Eid: people's names too.
HOLIDAYS: Final = _norms(
    """
الكريسماس الفصح الأضحى الفطر النوروز Christmas Xmas Easter Thanksgiving Hanukkah Diwali Holi Passover Halloween
Hogmanay Kwanzaa Nowruz Navratri
""".split()
)

#: Products and industries, names of another kind (CoNLL-2003 tags Windows MISC 15 times), which taggers
#: trained on 1996 and 2007 news took for people: أندرويد, بوليوود; and captagon, the pills smuggled from Syria,
#: which a sixty-third blind round's tagger read as a place (حبة كبتاغون)
PRODUCTS: Final = _norms(
    """
أندرويد اندرويد آيفون ايفون آيباد ايباد ويندوز بوليوود Android iPhone iPad iOS ChatGPT Bollywood Nollywood
بلايستيشن Cybertruck Gemini Llama Copilot Grok Xbox PlayStation Kindle MacBook iMac Siri
كبتاغون الكبتاغون كبتاجون الكبتاجون Captagon
""".split()
)

#: English words of nationality, region and faith (Qatari, Omanis, Emirati, Shiite): alone they name no
#: person, place or organisation (CoNLL-2003 train and dev: 2,019 such words alone are MISC, 16 are a
#: place, a man or a body, "Bahraini" twice among them; Czech, Caribbean, Balkan and Indians, more often
#: a place or a team, are not here)
DEMONYMS_EN: Final = _norms(
    """
Afghan Afghans Albanian Albanians Algerian Algerians American Americans Andorran Angolan Angolans Argentine
Argentines Argentinian Armenian Armenians Australian Australians Austrian Austrians Azerbaijani Azerbaijanis
Azeri Azeris Bahamian Bahraini Bahrainis Bangladeshi Bangladeshis Barbadian Belarusian Belarusians Belgian
Belgians Belizean Beninese Bhutanese Bolivian Bolivians Bosnian Bosnians Botswanan Brazilian Brazilians
British Bruneian Bulgarian Bulgarians Burkinabe Burmese Burundian Burundians Cambodian Cambodians Cameroonian
Cameroonians Canadian Canadians Chadian Chadians Chilean Chileans Chinese Colombian Colombians Comorian
Congolese Costa-Rican Croatian Croats Croat Cuban Cubans Cypriot Cypriots Czechs Danish Danes Djiboutian
Dominican Dominicans Dutch Ecuadorean Ecuadorian Egyptian Egyptians Emirati Emiratis Eritrean Eritreans
Estonian Estonians Ethiopian Ethiopians Fijian Filipino Filipinos Finnish Finns French Gabonese Gambian
Georgian Georgians German Germans Ghanaian Ghanaians Greek Greeks Guatemalan Guinean Guineans Guyanese Haitian
Haitians Honduran Hondurans Hungarian Hungarians Icelandic Icelander Icelanders Indian Indonesian Indonesians
Iranian Iranians Iraqi Iraqis Irish Israeli Israelis Italian Italians Ivorian Ivorians Jamaican Jamaicans
Japanese Jordanian Jordanians Kazakh Kazakhs Kazakhstani Kenyan Kenyans Kosovar Kosovars Kuwaiti Kuwaitis
Kyrgyz Lao Laotian Latvian Latvians Lebanese Liberian Liberians Libyan Libyans Lithuanian Lithuanians
Luxembourgish Macedonian Macedonians Malagasy Malawian Malaysian Malaysians Maldivian Malian Malians Maltese
Mauritanian Mauritanians Mauritian Mexican Mexicans Moldovan Moldovans Mongolian Mongolians Montenegrin
Moroccan Moroccans Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerians Nigerien Norwegian
Norwegians Omani Omanis Pakistani Pakistanis Palestinian Palestinians Panamanian Paraguayan Peruvian Peruvians
Polish Pole Poles Portuguese Qatari Qataris Romanian Romanians Russian Russians Rwandan Rwandans Salvadoran
Samoan Saudi Saudis Scottish Scots Senegalese Serbian Serbians Serb Serbs Sierra-Leonean Singaporean
Singaporeans Slovak Slovaks Slovakian Slovenian Slovenians Slovene Slovenes Somali Somalis Somalian
South-African Spanish Spaniard Spaniards Sri-Lankan Sudanese Surinamese Swazi Swedish Swede Swedes Swiss
Syrian Syrians Taiwanese Tajik Tajiks Tanzanian Tanzanians Thai Thais Togolese Tongan Trinidadian Tunisian
Tunisians Turkish Turk Turks Turkmen Ugandan Ugandans Ukrainian Ukrainians Uruguayan Uzbek Uzbeks Venezuelan
Venezuelans Vietnamese Welsh Yemeni Yemenis Zambian Zambians Zimbabwean Zimbabweans Arab Arabs Arabian African
Africans Asian Asians European Europeans Latin-American Scandinavian Scandinavians Caucasian Gulf-Arab
Middle-Eastern Baltic Nordic Slavic Persian Persians Kurdish Kurd Kurds Berber Berbers Amazigh Pashtun
Sherpa Sherpas Maori Inuit Tuareg Tuaregs Bedouin Bedouins Zulu Zulus Maasai Masai Aboriginal Aborigines Baloch
Hausa Igbo Yoruba Fulani Copt
Pashtuns Hazara Baluch Tamil Tamils Sikh Sikhs Hindu Hindus Muslim Muslims Christians Jewish Jew
Jews Sunni Sunnis Shia Shiite Shiites Shi'ite Shi'ites Alawite Alawites Druze Coptic Copts Maronite Yazidi
Yazidis Catholic Catholics Protestant Protestants Orthodox Buddhist Buddhists Rohingya Uighur Uighurs Uyghur
Uyghurs Tibetan Tibetans Chechen Chechens
""".split()
)

#: a post, or "the authorities", after a name begins a new phrase (قصر قرطاج | رئيسة الحكومة, منظمة العفو
#: الدولية | السلطات التونسية); أمين is also a given name and سفير a word of place names (أم سفير), so
#: neither is here
POSTS_END_NAMES_AR: Final = _norms(
    """
رئيس رئيسة الرئيس وزير وزيرة الوزير مدير مديرة المدير نائب قائد زعيم الناطق المتحدث محافظ مفوض المفوض عمدة
مستشار المستشار السلطات سلطات
""".split()
)

STADIUMS_AR: Final = _norms("استاد ستاد ملعب الاستاد الملعب".split())

#: awards' ceremonies by their plural (the Grammys, the Oscars): a name of another kind, no person (the
#: singular, Oscar, is also a man's name)
AWARDS: Final = _norms("Grammys Oscars Emmys Baftas BAFTAs Tonys".split())
