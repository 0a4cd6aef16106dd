import math

import pytest

from newsflow.enrich.language import LanguageDetector
from newsflow.enrich.resources import load
from newsflow.enrich.tokens import tokenize
from newsflow.enrich.topics import TopicTagger
from newsflow.ingest.extract import extract_plain
from tests.conftest import SEEDS


def assert_first_topics(expected: dict[str, str]) -> None:
    """Each one-sentence report comes out with its topic first (the shipped tagger)."""
    tagger = TopicTagger(load().iptc)
    for text, code in expected.items():
        assert tagger(None, text)[0].code == code, text


@pytest.fixture(scope="module")
def detect() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("دعا الأمين العام للمنظمة الدولية للشرطة الجنائية إلى تقوية التعاون بين الدول", "ar"),
        ("Police chiefs from the Middle East met in Marrakesh to discuss cooperation.", "en"),
        ("Les chefs de police du Moyen-Orient se sont réunis à Marrakech lundi.", "fr"),
        ("", "und"),
        ("12345 678 90", "und"),
        ("ok", "und"),
    ],
)
def test_language(detect: LanguageDetector, text: str, code: str) -> None:
    assert detect(text).code == code


def test_egyptian_arabic_is_arabic(detect: LanguageDetector) -> None:
    assert detect("ازيك يا صاحبي عامل ايه النهارده، انا كويس الحمد لله وبعدين هنروح فين").code == "ar"


@pytest.fixture(scope="module")
def tagger() -> TopicTagger:
    return TopicTagger(load().iptc)


def test_seed_topics(tagger: TopicTagger) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        ex = extract_plain(path.read_text(encoding="utf-8"))
        topics = tagger(ex.title, ex.body)
        assert topics[0].code == "medtop:02000000"
        assert topics[0].label == "crime, law and justice"
        assert topics[0].label_ar
        assert all(0 < t.score <= 1 for t in topics)
        assert [t.score for t in topics] == sorted((t.score for t in topics), reverse=True)


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        (
            "United beat Chelsea",
            "Rashford scored twice as United beat Chelsea in the league; the coach praised the team.",
            "medtop:15000000",
        ),
        (
            "Oil prices rise",
            "Oil prices rose as investors weighed output cuts and inflation; stocks and the dollar fell.",
            "medtop:04000000",
        ),
        (
            "زلزال يضرب جنوب البلاد",
            "ضرب زلزال قوي المنطقة وأسفر عن سقوط عشرات القتلى والجرحى وتواصل فرق الإنقاذ البحث",
            "medtop:03000000",
        ),
        (
            "الانتخابات البرلمانية",
            "أعلنت الحكومة موعد الانتخابات البرلمانية ودعت الأحزاب إلى المشاركة في التصويت",
            "medtop:11000000",
        ),
        # no sport word but the derby: the clubs' names are everyday words (الوداد, الرجاء), and the
        # classifier alone had read it as arts
        ("", "فاز الوداد البيضاوي على الرجاء في ديربي الدار البيضاء.", "medtop:15000000"),
        # a draw (تعادل) between two clubs named by everyday words: sport, no longer politics
        ("", "تعادل الوداد البيضاوي مع حسنية أكادير.", "medtop:15000000"),
        # the sports of one athlete, named by the athlete or the medal: a boxer's knockout, a runner's gold
        ("", "حقق الملاكم الأردني فوزا بالضربة القاضية.", "medtop:15000000"),
        ("", "فاز العداء بالذهبية في طوكيو.", "medtop:15000000"),
        ("", "The boxer won by knockout in the fourth round.", "medtop:15000000"),
        # an army named by its country, killing: conflict, not the politics of a world-news headline
        ("", "Israeli forces kill 12 in Khan Younis, Gaza civil defence says", "medtop:16000000"),
        # a gas field found by a state's oil firm: economy, not the politics its country's name leans to
        ("", "أعلنت شركة أرامكو السعودية عن اكتشاف حقل غاز جديد في المنطقة الشرقية.", "medtop:04000000"),
        (
            "OPEC+ extends cuts",
            "Crude rose to $80 a barrel after OPEC+ agreed to extend output cuts.",
            "medtop:04000000",
        ),
        # "strikes" that kill are an army's, not workers' (labour before); a rail strike stays labour
        (
            "",
            "Israeli strikes killed dozens of people in Gaza overnight, health officials said.",
            "medtop:16000000",
        ),
        ("", "Russian strikes hit Kyiv's power grid overnight.", "medtop:16000000"),
        ("", "French rail strikes disrupted travel for a third day.", "medtop:09000000"),
        # a climate summit is the environment's, though its words are a summit's, finance's and a goal's
        (
            "",
            "The UN climate summit in Baku agreed a new finance goal for developing countries.",
            "medtop:06000000",
        ),
        ("", "قمة المناخ في باكو تتفق على هدف تمويلي جديد للدول النامية.", "medtop:06000000"),
        # a hack is a crime, whoever is robbed (a telecoms firm: economy before); food poisoning at a wedding
        # is health (a wedding party, حفل, had made it arts)
        (
            "",
            "Hackers stole the personal data of 10 million customers from a telecoms company, the regulator said.",
            "medtop:02000000",
        ),
        ("", "أصيب عشرات الأشخاص بتسمم غذائي بعد تناول وجبات في حفل زفاف بمدينة فاس.", "medtop:07000000"),
        (
            "",
            "Doctors warned of a rise in dengue fever cases after heavy rains in Bangladesh.",
            "medtop:07000000",
        ),
        # a street party or a birthday party is no political party; the opposition's still is
        (
            "",
            "Hundreds of people attended a street party in Leeds to celebrate the coronation.",
            "medtop:10000000",
        ),
        ("", "The birthday party was held at the village hall.", "medtop:08000000"),
        ("", "The opposition party won 40 seats.", "medtop:11000000"),
    ],
)
def test_topics_of_short_items(tagger: TopicTagger, title: str, body: str, code: str) -> None:
    assert tagger(title, body)[0].code == code


def test_a_long_english_article_is_not_health_for_its_length(tagger: TopicTagger) -> None:
    # the only long English class in the training data is health: a classifier that learnt its prose
    # style ("she said", "had been") called any long English article health
    title = "Airport runway to close for repairs"
    body = (
        "The city's main airport will close its only runway for five days next month while engineers "
        "resurface it, the operator said on Tuesday. She said the work had been planned for two years and "
        'would be done at night where possible. "We have been talking to the airlines since the spring, and '
        'most of them have already moved their flights," she told reporters. Passengers who were booked on '
        "cancelled flights would be offered seats on later services or their money back, she said. The "
        "operator has said it expects about 40,000 travellers to be affected. It was the first full closure "
        "since the runway was built in 1987, and it had become necessary after cracks were found during an "
        "inspection in the winter, according to a report it published. Local businesses said they were "
        "worried about losing trade during the busy season, but the mayor said the repairs could not wait. "
        '"It is better to do it now than to have an accident later," he said. The airport handled more than '
        "six million passengers last year, a record, and it has said it wants to add a second runway by the "
        "end of the decade if the government approves the plan."
    )
    assert len(body) > 1000
    topics = tagger(title, body)
    assert topics
    assert topics[0].code != "medtop:07000000", topics


def test_iptc_taxonomy_is_complete() -> None:
    top = [t for t in load().iptc if t["level"] == 1]
    assert len(top) == 17
    assert all(t["ar"] and t["en"] and t["code"].startswith("medtop:") for t in top)


def test_sentences_in_five_languages(detect: LanguageDetector) -> None:
    """tests/data/lang_sentences.tsv: news sentences and mixed-script headlines written for newsflow."""
    from pathlib import Path

    from newsflow.enrich.evaluate import read_lang_tsv, score_language

    result = score_language(read_lang_tsv(Path(__file__).parents[1] / "data/lang_sentences.tsv"), detect)
    per = result["per_language"]
    # Arabic is never confused with Persian or Urdu, and neither with Arabic
    assert per["ar"]["accuracy"] == per["fa"]["accuracy"] == per["ur"]["accuracy"] == 1.0
    assert per["fr"]["accuracy"] == 1.0
    assert per["en"]["accuracy"] == 1.0
    assert result["accuracy"] == 1.0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Title Case headlines without a stop: fastText's compact model reads most of these as French
        # or German as written
        ("Ferry Operator Cuts Routes After Fuel Costs Rise", "en"),
        ("Carmaker Posts Wider Loss", "en"),
        ("Dubai Expo draws millions of visitors", "en"),
        ("Le Gouvernement Annonce Un Nouveau Plan Pour Les Hôpitaux", "fr"),
        ("El gobierno anuncia un nuevo plan para los hospitales públicos del país", "es"),
        ("Notables", "und"),
    ],
)
def test_headlines(detect: LanguageDetector, text: str, code: str) -> None:
    assert detect(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Apple تطلق هاتف iPhone الجديد في دبي", "ar"),
        ("وزير الخارجية الإيراني في طهران", "ar"),
        ("رئیس‌جمهور در سفر به مشهد از چند طرح عمرانی بازدید کرد.", "fa"),
        ("وزیر خارجہ چین کے تین روزہ دورے پر بیجنگ پہنچ گئے۔", "ur"),
        # one word with a letter Arabic does not write, a name or a Persian keyboard's ی and ک, leaves Arabic
        # Arabic (it was und: Arabic was ruled out by a single such letter)
        ("أعلنت شركة گوگل عن افتتاح مكتب جديد في دبي", "ar"),
        ("قال رئیس الوزراء العراقي إن الحکومة ماضية في تنفيذ برنامجها", "ar"),
        ("گوگل تطلق خدمة جديدة", "ar"),
        # Persian typed with the Arabic ي and ك: its words tell it (it was und or Arabic)
        ("دولت براي كاهش تورم برنامه جديدي را به مجلس ارائه كرد.", "fa"),
        ("قيمت طلا در بازار تهران امروز افزايش يافت.", "fa"),
    ],
)
def test_arabic_script_languages(detect: LanguageDetector, text: str, code: str) -> None:
    assert detect(text).code == code


def test_second_level_topic_under_the_main_one(tagger: TopicTagger) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        ex = extract_plain(path.read_text(encoding="utf-8"))
        topics = tagger(ex.title, ex.body)
        codes = [t.code for t in topics]
        assert codes[0] == "medtop:02000000"
        assert "medtop:20000129" in codes, "law enforcement, under crime, law and justice"
        sub = next(t for t in topics if t.code == "medtop:20000129")
        assert sub.label == "law enforcement"
        assert sub.label_ar == "تطبيق القانون"
        assert sub.score <= topics[0].score
    assert all(
        t.code.startswith("medtop:") for t in tagger("Cup final", "Real Madrid won the football final.")
    )


def test_topics_the_training_data_never_shows() -> None:
    """tests/data/topics_general.jsonl: 20 items written for newsflow on disaster, conflict, weather,
    environment, labour, arts, health, religion, education and crime, in Arabic and English."""
    from pathlib import Path

    from newsflow.enrich.evaluate import read_topics_jsonl, score_topics

    iptc = load().iptc
    rows = list(read_topics_jsonl(Path(__file__).parents[1] / "data/topics_general.jsonl"))
    result = score_topics(rows, TopicTagger(iptc), {t["code"]: t["top"] for t in iptc})
    assert result["top1_accuracy"] >= 0.8
    assert result["micro"]["recall"] == 1.0, "the right topic is always among those assigned"
    # calibrated (uncalibrated, the error here was 0.146); with 22 topics given, two wrong second topics at
    # 0.6-0.8 weigh much, so the bound is loose, and the confident ones must be right nine times in ten (the
    # best topic's map, fitted on hand-labelled news, scores a best topic 0.8 or more where it is right
    # about that often: here the teachers' strike, education first, is the one miss)
    assert result["calibration"]["error"] < 0.2
    tagger = TopicTagger(iptc)
    confident = [
        t.code in r["topics"]
        for r in rows
        for t in tagger(r.get("title"), r["text"])
        if t.code in tagger.info and t.score >= 0.8
    ]
    assert len(confident) >= 15
    assert sum(confident) >= 0.9 * len(confident)


def test_long_english_articles_are_not_health_for_their_length() -> None:
    """tests/data/topics_long_en.jsonl: 12 articles of 160-220 words written for newsflow on arts,
    technology, business, politics and sport. The only long English articles in the training data are
    health, so a classifier that learnt length would call them all health."""
    from pathlib import Path

    from newsflow.enrich.evaluate import read_topics_jsonl

    tagger = TopicTagger(load().iptc)
    rows = list(read_topics_jsonl(Path(__file__).parents[1] / "data/topics_long_en.jsonl"))
    firsts = [tagger(r["title"], r["text"])[0].code for r in rows]
    assert "medtop:07000000" not in firsts
    assert sum(f in r["topics"] for f, r in zip(firsts, rows, strict=True)) >= 11, firsts


def test_television_and_stage_words_are_arts(tagger: TopicTagger) -> None:
    """English arts come from the lexicon alone: a soap opera's Christmas episode is no religion."""
    title = "Soap stars return for Christmas special"
    body = (
        "Two of the best-known stars of the long-running soap are to return to the show for its Christmas "
        "Day episode. The episode is expected to draw more than 12 million viewers, and the storyline is a "
        "family wedding that goes wrong."
    )
    assert tagger(title, body)[0].code == "medtop:01000000"
    assert (
        tagger("Comedian wins festival prize", "The comedian's show was the funniest of the festival.")[
            0
        ].code
        == "medtop:01000000"
    )


def test_a_party_or_a_union_of_states_is_no_labour(tagger: TopicTagger) -> None:
    """ "Labour", "Union" and "Jobs" capitalised inside a sentence are names (the party, the European
    Union, Steve Jobs), not evidence of labour; lowercase, or in a Title Case headline, they still are."""
    eu = "Leaders of the European Union met officials from the African Union in Addis Ababa to discuss aid."
    assert [t.code for t in tagger("EU leaders meet African officials", eu)][:1] == ["medtop:11000000"]
    party = (
        "The Labour conference opened in Brighton with the party's chairman urging members to unite. Labour "
        "MPs have been divided over the war, and several Labour councils have passed motions against it."
    )
    assert "medtop:09000000" not in {t.code for t in tagger("Labour conference opens", party)}
    strike = "The union called a strike over pay, and union leaders said wages had fallen."
    assert tagger("Union Calls Strike Over Pay", strike)[0].code == "medtop:09000000"
    # the same for people's names: Tony Snow is no weather, Julie Bishop no religion
    names = tokenize("spokesman Tony Snow and Foreign Minister Julie Bishop met heavy snow")
    lexicon = tagger.lexicon_scores([], names)
    assert "medtop:12000000" not in lexicon
    assert lexicon["medtop:17000000"] == pytest.approx(1 - math.exp(-1 / (2 + math.sqrt(len(names)) / 3)))


def test_arabic_keywords_match_through_arabic_suffixes_only() -> None:
    """الإرهابية and الميليشيات are the keywords إرهاب and ميليشيا with a suffix; the foreign names دينيس
    (Dennis), ايمانويل (Emmanuel) and طالباني (Talabani) are not دين, إيمان and طالب."""
    from newsflow.enrich.tokens import tokenize

    tagger = TopicTagger(load().iptc, model=None)

    def hits(word: str) -> set[str]:
        tok = tokenize(word)[0]
        return set(tagger._word_hits(tok.norm, tok.arabic)[1])

    assert "medtop:16000000" in hits("الإرهابية")
    assert "medtop:16000000" in hits("الميليشيات")
    assert "medtop:09000000" in hits("موظفا"), "the accusative's alif"
    assert hits("دينيس") == hits("ايمانويل") == hits("طالباني") == set()
    # سلام is a keyword of the whole word only: peace, with its clitics, not safety
    assert "medtop:16000000" in hits("للسلام")
    assert hits("السلامة") == hits("وسلامته") == set()


def test_topic_scores_are_calibrated_without_changing_their_order(tagger: TopicTagger) -> None:
    raw = TopicTagger(load().iptc, calibrated=False)
    for lang in ("ar", "en"):
        model = tagger.model.languages[lang] if tagger.model else None
        assert model is not None, lang
        assert model.calibration is not None, lang
        mapped = [model.calibrate(s) for s in (0.05, 0.3, 0.5, 0.7, 0.9, 0.99)]
        assert mapped == sorted(mapped)
        assert all(0 < p < 1 for p in mapped)
    items = [
        (ex.title, ex.body)
        for ex in (extract_plain(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt"))
    ]
    items += [
        ("Floods kill dozens", "Floods swept through villages and rescuers searched for the missing."),
        ("إضراب المعلمين", "دخل إضراب المعلمين أسبوعه الثاني للمطالبة برفع الأجور في المدارس الحكومية"),
    ]
    for title, body in items:
        before, after = raw.scores(title, body), tagger.scores(title, body)
        assert sorted(before, key=before.__getitem__) == sorted(after, key=after.__getitem__)
        assert before != after


def test_topics_nearly_as_likely_as_the_best_are_given_with_it(tagger: TopicTagger) -> None:
    # nurses' strike (topics_local_test.jsonl): labour and health, the second less likely than not
    title = None
    body = "Nurses at three hospitals in Wellington will strike next week over pay and staffing."
    given = [t for t in tagger(title, body) if t.code in tagger.info]
    assert {"medtop:07000000", "medtop:09000000"} <= {t.code for t in given}, given
    assert given[1].score < tagger.min_score
    alone = TopicTagger(load().iptc, near_best=1.0)
    assert len([t for t in alone(title, body) if t.code in tagger.info]) == 1, "the best guess alone"


def test_english_words_also_count_as_their_word_class(tagger: TopicTagger) -> None:
    assert tagger.word_class_level == 1, "the shipped model reads the 400 classes"
    classes = load().clusters_en
    counts = tagger.features(
        tokenize("Tanker owners"), tokenize("The shipping line said its freighters sailed")
    )
    assert counts[f"~{classes['tanker'][1]}"] >= 2, "a title word counts twice, as its stem does"
    assert f"~{classes['freighters'][1]}" in counts
    common = tagger.features([], tokenize("the and of said it was"))
    assert not any(term.startswith("~") for term in common), "the commonest words count as no class"
    arabic = tagger.features([], tokenize("ناقلة نفط في الميناء"))
    assert not any(term.startswith("~") for term in arabic), "English only"


def test_a_disaster_the_english_classifier_never_learnt_is_among_the_topics(tagger: TopicTagger) -> None:
    # AG News has no disaster class: the lexicon alone says it, and firefighters and evacuations count
    title = "Wildfires force thousands to flee in California"
    body = "Firefighters battled wildfires fanned by strong winds as thousands of residents were evacuated."
    assert "medtop:03000000" in {t.code for t in tagger(title, body)}


@pytest.mark.parametrize(
    ("body", "code", "without_share"),
    [
        # no word of politics in either: the classifiers said politics because each reads like world news
        (
            "غرق قارب يقل مهاجرين قبالة سواحل ليبيا، وأنقذت فرق الإنقاذ خمسة أشخاص، "
            "فيما لا يزال عشرات مجهولي المصير.",
            "medtop:03000000",
            "medtop:03000000",  # a sinking counts twice, a disaster's own act: the lexicon alone outweighs it
        ),
        (
            "Gunmen opened fire on an army checkpoint near the border overnight, killing four soldiers, "
            "and the attackers fled after a two-hour battle.",
            "medtop:16000000",
            "medtop:11000000",
        ),
    ],
)
def test_world_news_without_politics_is_what_the_lexicon_finds(
    tagger: TopicTagger, body: str, code: str, without_share: str
) -> None:
    assert tagger(None, body)[0].code == code
    # without the share, the world-news section wins where the lexicon's evidence is plain: politics for
    # an ambush
    plain = TopicTagger(load().iptc, section_prior=None)
    assert plain(None, body)[0].code == without_share


def test_world_news_that_speaks_of_politics_stays_politics(tagger: TopicTagger) -> None:
    body = (
        "The prime minister survived a vote in parliament after opposition parties accused the government "
        "of mishandling the war; the vote followed weeks of fighting on the border."
    )
    assert tagger(None, body)[0].code == "medtop:11000000"


def test_an_english_word_matches_a_keyword_through_an_inflection_only(tagger: TopicTagger) -> None:
    religion, disaster = "medtop:12000000", "medtop:03000000"
    assert religion in tagger._word_hits("easter", False)[1]
    assert religion not in tagger._word_hits("eastern", False)[1], "eastern is not easter"
    assert disaster in tagger._word_hits("floods", False)[1]
    assert disaster in tagger._word_hits("evacuated", False)[1]
    # Arabic words keep matching through their suffixes
    assert disaster in tagger._word_hits("زلزالا", True)[1]


def test_a_word_of_politics_does_not_keep_a_clear_disaster_or_war_from_the_world_news_share(
    tagger: TopicTagger,
) -> None:
    """A king chairing a meeting on an earthquake's relief, a ceasefire called for by the UN chief: one word
    of politics is no longer enough to keep the topic the lexicon finds more clearly (by 0.2) in politics."""
    quake = (
        "ضرب زلزال بقوة 6.8 درجات إقليم الحوز جنوب مراكش، ما أسفر عن مقتل أكثر من ألفي شخص. وأعلن الديوان "
        "الملكي أن الملك ترأس اجتماعا لمتابعة عمليات الإغاثة، فيما أرسلت إسبانيا وقطر فرق إنقاذ."
    )
    assert tagger(None, quake)[0].code == "medtop:03000000"
    before = TopicTagger(load().iptc, section_margin=math.inf)  # any word of politics kept the share off
    assert before(None, quake)[0].code == "medtop:11000000"
    # the Arabic ceasefire is a phrase of three words: إطلاق النار, through its proclitic, is the evidence
    ceasefire = tagger.lexicon_scores([], tokenize("ودعا الأمين العام إلى وقف فوري لإطلاق النار"))
    assert ceasefire.get("medtop:16000000", 0.0) > 0.0


def test_tahqiq_is_an_investigation_only_where_one_is_opened(tagger: TopicTagger) -> None:
    """تحقيق is an investigation and an achievement (تحقيق رقم قياسي, تحقيق الفوز): alone it is weak
    evidence of crime (an IPTC name, half a keyword); an investigation opened, a commission of inquiry and
    investigations are keywords."""
    crime = "medtop:02000000"
    achieved = tagger.lexicon_scores([], tokenize("نجح العرض في تحقيق رقم قياسي جديد في موسوعة غينيس"))
    assert achieved.get(crime, 0.0) < 0.2
    # (a keyword of two words counts once: لجنة تحقيق is not also تحقيق alone)
    for text in ("أعلنت النيابة فتح تحقيق في الحادث", "شكلت الحكومة لجنة تحقيق", "كشفت التحقيقات أن المتهم"):
        assert tagger.lexicon_scores([], tokenize(text)).get(crime, 0.0) > 0.3, text


def test_a_keyword_of_two_words_counts_once(tagger: TopicTagger) -> None:
    # "air strikes" is conflict, not a labour strike; "prime minister" is politics once, not twice
    strikes = tagger.lexicon_scores([], tokenize("US air strikes killed 20 militants in western Afghanistan"))
    assert strikes.get("medtop:16000000", 0.0) > 0.3
    assert "medtop:09000000" not in strikes
    walkout = tagger.lexicon_scores([], tokenize("Dock workers began a strike over pay on Monday"))
    assert walkout.get("medtop:09000000", 0.0) > 0.3
    # a fire is a disaster's word; fired (sacked) and firing are not
    assert "medtop:03000000" in tagger.lexicon_scores([], tokenize("A fire gutted a restaurant"))
    assert "medtop:03000000" not in tagger.lexicon_scores([], tokenize("The coach was fired"))
    # a football striker is no labour strike; striking workers still are
    striker = tagger.lexicon_scores([], tokenize("Dundee United signed the striker on a three-year deal"))
    assert "medtop:09000000" not in striker
    assert striker.get("medtop:15000000", 0.0) > 0.25
    assert "medtop:09000000" in tagger.lexicon_scores([], tokenize("striking miners marched"))
    pair = tagger.lexicon_scores([], tokenize("the prime minister spoke"))["medtop:11000000"]
    word = tagger.lexicon_scores([], tokenize("the president spoke today"))["medtop:11000000"]
    assert pair == pytest.approx(word)


def test_politics_prior_is_low_where_the_lexicon_finds_no_politics() -> None:
    """A short report reads like world news, and the classifier calls it politics: where the article has
    no word of politics, one clear word of a topic the classifier cannot name decides."""
    flood = (
        "At least 40 people died when floodwaters swept through villages in eastern Congo after days of "
        "torrential rain, local officials said."
    )
    tram = "A tram derailed in Amsterdam on Monday evening, injuring three passengers, the operator GVB said."
    snow = "Forecasters warned of gusts of up to 80 mph as a storm approached the west coast of Scotland."
    shipped = TopicTagger(load().iptc)
    assert shipped(None, flood)[0].code == "medtop:03000000"
    assert shipped(None, tram)[0].code == "medtop:03000000"
    assert shipped(None, snow)[0].code == "medtop:17000000"
    # the earlier setting read them as politics
    before = TopicTagger(load().iptc, section_evidence=0.3, section_prior_alone=None)
    assert before(None, flood)[0].code == "medtop:11000000"
    # with a word of politics, politics keeps its prior: a council's vote stays politics
    vote = "Councillors in Sheffield voted to raise council tax by 4.99 percent after a heated debate."
    assert shipped(None, vote)[0].code == "medtop:11000000"
    # with a word of politics, politics keeps a prior of 1, not 2: fighting the government announces is
    # conflict, as the lexicon's three words of it outweigh its one of politics
    fighting = (
        "The army said its troops had retaken three villages from militants after two days of fighting, "
        "the government announced."
    )
    assert shipped(None, fighting)[0].code == "medtop:16000000"
    assert TopicTagger(load().iptc, section_prior=2.0)(None, fighting)[0].code == "medtop:11000000"


def test_a_short_reports_classifier_topic_without_a_word_of_its_own_is_shared() -> None:
    """In a sentence, the classifier's best topic is what its few words lean to: where the lexicon finds
    no word of it and clearly finds a topic the classifier cannot name, that topic decides."""
    birthday = "A man in Perth celebrated his 100th birthday by riding a motorcycle."
    ship = "A cargo ship ran aground off the coast of Brittany, and its crew was evacuated."
    shipped = TopicTagger(load().iptc)
    before = TopicTagger(load().iptc, short_tokens=None)
    assert shipped(None, birthday)[0].code == "medtop:08000000"  # human interest
    assert before(None, birthday)[0].code == "medtop:12000000"  # religion: "celebrated"
    assert shipped(None, ship)[0].code == "medtop:03000000"  # disaster
    assert before(None, ship)[0].code == "medtop:13000000"  # science and technology
    # a topic the classifier knows too shares it (two reports of the local dev set, tests/data/topics_local.jsonl):
    # the classifier reads a fisherman's poor catches and an electricity firm's exports as technology
    fisherman = (
        "Lars Eriksen, a fisherman from Tromso, said cod catches were the worst he had seen in 30 years."
    )
    power = "قال المدير العام لشركة سونلغاز مراد عجال إن الشركة ستصدر الكهرباء إلى إيطاليا عبر كابل بحري."
    assert shipped(None, fisherman)[0].code == "medtop:04000000"  # economy
    assert before(None, fisherman)[0].code == "medtop:13000000"
    assert shipped(None, power)[0].code == "medtop:04000000"  # economy
    assert before(None, power)[0].code == "medtop:13000000"
    # the classifier's topic with a word of its own stays: shares and profits are economy
    shares = "Shares in the airline rose after it reported record profits."
    assert shipped(None, shares)[0].code == before(None, shares)[0].code == "medtop:04000000"
    # a longer article gives the classifier enough to go on: nothing is shared
    long = " ".join([ship] * 3)
    assert shipped.scores(None, long) == before.scores(None, long)


def test_arabic_words_the_development_sections_do_not_bear_out_are_no_keywords() -> None:
    """حملة (a campaign: of vaccination, of awareness, of arrests), عالم (the world, and a scientist),
    سياسات (policies, monetary ones in ANT's economy section) and دين (debt, and religion) occur in ANT's
    sections about as often outside their topic as in it."""
    tagger = TopicTagger(load().iptc)
    campaign = tagger.lexicon_scores([], tokenize("أطلقت وزارة الصحة حملة للتوعية بمرض السكري في المدارس"))
    assert "medtop:11000000" not in campaign
    assert max(campaign, key=lambda c: campaign[c]) == "medtop:07000000"
    world = tagger.lexicon_scores([], tokenize("أكبر سوق للذهب في العالم"))
    assert "medtop:13000000" not in world
    assert "medtop:04000000" in world
    assert "medtop:04000000" not in tagger.lexicon_scores([], tokenize("قال الدين"))
    # the words that are keywords still count: علماء are scientists, ديون debts
    assert "medtop:13000000" in tagger.lexicon_scores([], tokenize("قال علماء"))
    assert "medtop:04000000" in tagger.lexicon_scores([], tokenize("ارتفعت الديون"))


def test_everyday_english_words_of_the_topics_the_classifier_cannot_name() -> None:
    """Fog, a ship run aground, pilgrims, a food bank, skiers, a telescope, a tortoise reunited with its
    owners: one-sentence reports whose one clear word the lexicon once lacked, so that the English
    classifier's world news or business news decided them."""
    assert_first_topics(
        {
            "Dense fog closed the motorway near Antwerp for three hours.": "medtop:17000000",
            "A cargo ship ran aground near the port of Split.": "medtop:03000000",
            "Thousands of pilgrims gathered at the cathedral in Santiago.": "medtop:12000000",
            "The food bank in Leeds handed out 500 parcels last week.": "medtop:14000000",
            "Skiers crowded the resorts of the French Alps after fresh snowfall.": "medtop:10000000",
            "Astronomers in Hawaii used a new telescope to photograph a distant comet.": "medtop:13000000",
            "A missing tortoise was reunited with its owners after two years.": "medtop:08000000",
        }
    )


def test_the_arabic_president_is_politics_the_head_of_a_council_is_not() -> None:
    # الرئيس (with the article) is the president; رئيس بلدية, رئيس جامعة the head of a body, رئيسا تنفيذيا a
    # chief executive, and الرئيسية "main": none is a word of politics
    tagger = TopicTagger(load().iptc)
    politics = "medtop:11000000"
    for text in ("قال الرئيس", "التقى بالرئيس", "وللرئيس", "قال رئيس الوزراء", "رئيس الجمهورية"):
        assert politics in tagger.lexicon_scores([], tokenize(text)), text
    for text in ("وقال رئيس بلدية بنزرت", "رئيس جامعة اليرموك", "عين رئيسا تنفيذيا", "المحطة الرئيسية"):
        assert politics not in tagger.lexicon_scores([], tokenize(text)), text
    # طالبت is "she demanded", a verb, not a student: a bare ت is no suffix of a keyword
    assert "medtop:05000000" not in tagger.lexicon_scores([], tokenize("طالبت المعارضة بالحوار"))
    assert "medtop:05000000" in tagger.lexicon_scores([], tokenize("قال الطالبات"))
    assert "medtop:02000000" in tagger.lexicon_scores([], tokenize("اعتقلت الشرطة"))
    beach = "أعلن رئيس بلدية بنزرت عن حملة لتنظيف الشواطئ من النفايات بمشاركة متطوعين."
    assert tagger(None, beach)[0].code == "medtop:06000000"  # environment


def test_no_topic_without_a_word_of_evidence() -> None:
    # the classifier's intercepts alone are priors, not evidence: numbers or one letter get no topic
    tagger = TopicTagger(load().iptc)
    for body in ("١٢٣٤ ٥٦٧ 2024-01-01 12:00", "ا", "🔥🔥 #x"):
        assert tagger(None, body) == [], body
    assert tagger(None, "Heavy rain flooded roads")[0].code == "medtop:17000000"


def test_the_best_topic_has_its_own_calibration() -> None:
    # an article's best topic is right more often than another topic of its score: it gets its own map,
    # never below the common one, so it stays the best; the others keep the common map
    tagger = TopicTagger(load().iptc)
    assert tagger.model is not None
    text = "A tram derailed in Amsterdam on Monday evening, injuring three passengers, the operator GVB said."
    raw, lang = tagger._raw_scores([], tokenize(text))
    common = tagger._calibrate(raw, lang)
    topics = tagger(None, text)
    best = topics[0]
    assert best.code == "medtop:03000000"
    assert best.score > common[best.code] + 0.1
    assert all(best.score >= t.score for t in topics[1:])
    for t in topics[1:]:
        if t.code in common:
            assert t.score == pytest.approx(common[t.code], abs=1e-4)


def test_a_best_topic_the_lexicon_finds_no_word_of_is_less_sure() -> None:
    # a calf born with two heads: no word of any topic the lexicon knows, so the Arabic classifier's
    # leaning (politics, its sections' commonest) is the best topic alone. It is still given, but as the
    # guess it is: such best topics were right about half the time in the hand-labelled local news
    tagger = TopicTagger(load().iptc)
    assert tagger.model is not None
    for text in (
        "ولدت بقرة في مزرعة بمحافظة المنيا عجلا برأسين.",
        "A Japanese ramen bar in Leeds has a queue around the block every lunchtime.",
    ):
        toks = tokenize(text)
        raw, lang, lexicon = tagger._raw_and_lexicon([], toks)
        best = max(raw, key=lambda c: (raw[c], c))
        assert not lexicon.get(best), text
        topics = tagger(None, text)
        assert topics, text
        assert topics[0].code == best, text
        as_named = tagger.model.calibrate_best(raw[best], lang)
        assert topics[0].score < as_named - 0.2, text
        assert topics[0].score <= 0.75, text
    # a best topic the lexicon names keeps its own map, as sure as before
    named = tagger(None, "قال رئيس الوزراء إن البرلمان سيصوت على الحكومة الجديدة بعد الانتخابات.")
    assert named[0].code == "medtop:11000000"
    assert named[0].score > 0.9


def test_a_two_word_arabic_keyword_matches_through_suffixes_and_is_read_instead_of_its_first_word() -> None:
    tagger = TopicTagger(load().iptc)
    scores = lambda text: tagger.lexicon_scores([], tokenize(text))  # noqa: E731
    # عيد ميلاد with a possessive: "her birthday"; رقم قياسي in the accusative: "a record"
    assert "medtop:08000000" in scores("أطفأت شموع عيد ميلادها")
    assert "medtop:08000000" in scores("سجل العداء رقما قياسيا")
    # a space rocket is science, not a missile; a bus overturning is an accident, not a coup
    assert set(scores("أطلقت الوكالة صاروخا فضائيا")) == {"medtop:13000000"}
    assert "medtop:16000000" in scores("أطلق المسلحون صاروخا")
    assert "medtop:16000000" not in scores("أصيب ركاب في انقلاب حافلة")
    assert "medtop:03000000" in scores("أصيب ركاب في انقلاب حافلة")
    assert "medtop:16000000" in scores("فشل الانقلاب العسكري")


def test_in_a_short_report_a_topic_the_lexicon_finds_far_more_clearly_shares_the_classifiers() -> None:
    """The classifier reads fuel prices or stolen euros as business; the lexicon finds a strike or a theft
    much more clearly than the prices: they share the classifier's topic though it has a word of its own."""
    tagger = TopicTagger(load().iptc)
    assert tagger.short_margin is not None
    # (أضرب, "went on strike", is labour's own act and decides alone: the workers here only refuse work)
    strike = "امتنع عمال الموانئ في طرطوس عن العمل احتجاجا على ارتفاع الأسعار."
    assert tagger(None, strike)[0].code == "medtop:09000000"
    unshared = TopicTagger(load().iptc, short_margin=None, cause_weight=1.0)
    assert unshared(None, strike)[0].code == "medtop:04000000"


def test_the_words_of_a_protests_cause_count_for_less() -> None:
    """Taxi drivers striking "in protest at" the price of petrol: the strike is the news, the prices its
    cause; up to the next punctuation the cause's words count for half."""
    tagger = TopicTagger(load().iptc)
    strike = "نفذ سائقو سيارات الأجرة في بيروت إضرابا احتجاجا على ارتفاع أسعار البنزين."
    assert tagger(None, strike)[0].code == "medtop:09000000"
    assert TopicTagger(load().iptc, cause_weight=1.0)(None, strike)[0].code == "medtop:04000000"
    half = tagger.lexicon_scores([], tokenize("protested over inflation"))["medtop:04000000"]
    whole = tagger.lexicon_scores([], tokenize("protested, inflation"))["medtop:04000000"]
    assert half < whole
    # a court's sentence is the topic's own act, counted twice
    jailed = tagger.lexicon_scores([], tokenize("A man was jailed"))["medtop:02000000"]
    prison = tagger.lexicon_scores([], tokenize("A man in prison"))["medtop:02000000"]
    assert jailed > prison


def test_strikes_transplants_and_ravines_are_read_by_their_phrases() -> None:
    assert_first_topics(
        {
            "Cleaners at Gatwick airport will walk out next Monday over unpaid overtime.": "medtop:09000000",
            "A lorry plunged into a ravine on a mountain pass in Bolivia.": "medtop:03000000",
            "دعت النقابة إلى إضراب عام في الموانئ.": "medtop:09000000",
            "أجرى جراحون في عمان عملية زراعة كبد لمريض خمسيني.": "medtop:07000000",
        }
    )


def test_everyday_arabic_words_that_normalise_to_a_keyword_or_an_iptc_name_are_no_evidence() -> None:
    """أمام ("in front of") is إمام (an imam) once the hamza is gone, and طالب ("he demanded") is a
    student; سنة (a year) is سنّة (Sunni Islam) without its shadda, غرب ("west") an IPTC name of medicine,
    قدم ("presented") of football: none is evidence of religion, education, health or sport."""
    tagger = TopicTagger(load().iptc)
    scores = lambda text: tagger.lexicon_scores([], tokenize(text))  # noqa: E731
    assert "medtop:12000000" not in scores("وقف المتهم أمام القاضي")
    assert "medtop:12000000" in scores("ألقى الإمام خطبة الجمعة")
    assert "medtop:05000000" not in scores("طالب السكان بإصلاح الطريق")
    assert "medtop:05000000" in scores("نجح الطالب في الامتحان")
    assert "medtop:05000000" in scores("كرمت الجامعة طالبة متفوقة")
    assert scores("قدم الوفد تقريرا في غرب البلاد قبل سنة") == {}
    # عمره is "his age" and عمله "his work" (ة is ه once normalised): Umrah and a currency need the article
    assert scores("كان عمره عشرين عاما حين واصل عمله") == {}
    assert "medtop:12000000" in scores("أدى الزوار العمرة")
    assert "medtop:04000000" in scores("تراجعت العملة المحلية")
    # an English IPTC name that news writes as another word: "party" is no lifestyle
    assert "medtop:10000000" not in scores("The party said it would vote against the bill.")
    assert "medtop:02000000" in scores("A man was charged with arson after the blaze.")


def test_a_ship_aground_dialysis_a_stoppage_and_illnesses_in_their_own_words() -> None:
    assert_first_topics(
        {
            "جنحت سفينة صيد قرب سواحل الفجيرة.": "medtop:03000000",
            "افتتحت وزارة الصحة وحدة غسيل الكلى في صحار.": "medtop:07000000",
            "Bin crews in Oxford will hold a two-day stoppage next week.": "medtop:09000000",
            "Doctors say respiratory illnesses are rising fast among children in Belfast.": "medtop:07000000",
        }
    )


def test_everyday_arabic_news_words_of_the_topics_the_arabic_classifier_cannot_name() -> None:
    assert_first_topics(
        {
            "لقي شخصان مصرعهما في حادث سير على طريق المطار.": "medtop:03000000",
            "حذرت الأرصاد من موجة حارة تضرب المنطقة الشرقية.": "medtop:17000000",
            "سقطت قذائف هاون على حي سكني في المدينة.": "medtop:16000000",
            "وزعت جمعية سلال غذائية على الأسر الفقيرة في الحي.": "medtop:14000000",
            "بدأت حملة تطعيم الأطفال ضد الحصبة في المستوصفات.": "medtop:07000000",
        }
    )


def test_everyday_english_news_words_of_local_reports() -> None:
    assert_first_topics(
        {
            "Hedgehogs are returning to gardens across Shropshire, volunteers say.": "medtop:06000000",
            "Refuse workers in Leeds accepted a pay offer of six per cent.": "medtop:09000000",
            "Police are hunting two burglars who raided a jeweller's in Croydon.": "medtop:02000000",
            "A new mural celebrating the town's miners was unveiled in Barnsley.": "medtop:01000000",
            "Archaeologists found a Roman villa under a car park in Chester.": "medtop:13000000",
            "A cat in Derby has learned to ring the doorbell when it wants to come in.": "medtop:08000000",
            "A parrot in Leeds has been taught to sing the national anthem.": "medtop:08000000",
        }
    )


def assert_no_evidence(code: str, text: str) -> None:
    """The lexicon finds no word of topic ``code`` in ``text``."""
    assert code not in TopicTagger(load().iptc).lexicon_scores([], tokenize(text)), text


def test_human_interest_reunions_keepsakes_and_great_ages() -> None:
    """Reunions after years apart, a ring or a wallet returned to its owner, a great age: human interest,
    which the classifiers cannot name; twins in a sports report, or a world record, are not (Twins is a
    name, and a world record is sport)."""
    assert_first_topics(
        {
            "Twin sisters who were separated at birth have met for the first time at the age of 40.": "medtop:08000000",
            "التقى شقيقان سوريان في مطار إسطنبول بعد فراق دام اثني عشر عاما.": "medtop:08000000",
            "احتفلت عائلة في مدينة الزرقاء بعيد ميلاد جدتها المئة بحضور أحفادها.": "medtop:08000000",
            "A woman has been reunited with the engagement ring she lost in her garden 30 years ago.": "medtop:08000000",
            "Norway's Karsten Warholm broke the world record in the 300 metres hurdles in Oslo.": "medtop:15000000",
        }
    )
    assert_no_evidence("medtop:08000000", "The Minnesota Twins beat the Yankees")


def test_a_great_age_is_human_interest_whatever_the_act() -> None:
    """A first skydive, a first exam or a first letter at 80 to 119 is human interest, not sport or
    education; a crime against an old man stays crime, and a young age says nothing."""
    assert_first_topics(
        {
            "A 102-year-old woman in Sydney became the oldest person to skydive in Australia.": "medtop:08000000",
            "A 92-year-old man from Oban has passed his first university exam.": "medtop:08000000",
            "تلقى مسن فلسطيني شهادة الثانوية العامة وهو في الثمانين من عمره.": "medtop:08000000",
            "Police arrested two men after an 85-year-old woman was robbed at knifepoint in her home.": (
                "medtop:02000000"
            ),
        }
    )
    assert_no_evidence("medtop:08000000", "A 22-year-old student passed his final exam at the university.")
    assert_no_evidence("medtop:08000000", "قال الطالب البالغ من العمر 20 عاما إنه نجح في الامتحان")


def test_leisure_places_and_food_fairs_are_lifestyle() -> None:
    """A cycle route, a lido, a water park, a festival of dates: leisure, not sport, arts or politics."""
    assert_first_topics(
        {
            "A new cycling route along the coast of Cornwall opened to tourists this weekend.": "medtop:10000000",
            "A lido in Brighton reopened for the summer after a two-year restoration.": "medtop:10000000",
            "افتتحت في الرياض أكبر حديقة ألعاب مائية في المملكة.": "medtop:10000000",
            "يشهد مهرجان التمور في مدينة بريدة إقبالا كبيرا من الزوار الذين يتذوقون أصنافا من التمور.": "medtop:10000000",
        }
    )


def test_arabic_pay_claims_are_labour_and_engineers_inventions_science() -> None:
    """Wages in arrears and permanent posts are labour; a battery or a solar cell that engineers developed
    is science: the Arabic classifier, which knows neither labour nor these words, read them as politics."""
    assert_first_topics(
        {
            "نظم المعلمون في ولاية الخرطوم وقفة احتجاجية للمطالبة بصرف رواتبهم المتأخرة.": "medtop:09000000",
            "طالب عمال شركة الفوسفات في قفصة بتسوية أوضاعهم المهنية وزيادة منحة الإنتاج.": "medtop:09000000",
            "نجح فريق من المهندسين في جامعة الملك فهد في تطوير بطارية تعمل بالماء المالح.": "medtop:13000000",
            # seized drugs are crime though the port is "Islamic"; a ministry of endowments is religion's
            "ضبطت الجمارك في ميناء جدة الإسلامي شحنة حبوب مخدرة.": "medtop:02000000",
            "افتتح وزير الأوقاف مسجدا جديدا في قرية بمحافظة المنيا.": "medtop:12000000",
        }
    )
    # علاوة على ذلك is "moreover", تثبيت أسعار الفائدة "holding interest rates": no labour
    assert_no_evidence("medtop:09000000", "علاوة على ذلك قرر البنك تثبيت أسعار الفائدة")


def test_a_short_report_of_a_crime_the_english_classifier_reads_as_world_news_is_crime() -> None:
    """The English classifier knows crime (HuffPost), so the world-news share once left a gang jailed as
    politics; a topic it knows shares it too where the lexicon finds it clearly (0.4), in a short report."""
    tagger = TopicTagger(load().iptc)
    before = TopicTagger(load().iptc, section_known=None)
    for text in (
        "A gang that robbed post offices across Kent was jailed for a total of 30 years.",
        "Two burglars who raided homes in Leeds were jailed for eight years.",
    ):
        assert tagger(None, text)[0].code == "medtop:02000000", text
        assert before(None, text)[0].code == "medtop:11000000", text
    # "campaign" is no word of politics: campaigners on pollution, a campaign for pay
    assert "medtop:11000000" not in tagger.lexicon_scores(
        [], tokenize("Campaigners won after a long campaign.")
    )


def test_pay_disputes_break_ins_bread_and_flames_in_their_own_words() -> None:
    """A strike "over pay" is labour though the classifier reads a vote as politics; break-ins are
    crime, sourdough a matter of food, and flames that "devoured" shops a fire."""
    assert_first_topics(
        {
            "Bus drivers in Bristol voted to walk off the job in a dispute over pay.": "medtop:09000000",
            "Police in Hull are investigating a spate of break-ins at allotment sheds.": "medtop:02000000",
            "A cafe in York has won a national prize for its sourdough loaves.": "medtop:10000000",
            "التهمت النيران مخزنا للأثاث في ضواحي الدار البيضاء.": "medtop:03000000",
        }
    )


def test_a_strike_is_labour_whoever_strikes_and_forgery_counterfeits_and_drones_in_their_words() -> None:
    """A keyword marked "*" is the topic's own act and counts twice: nurses or doctors on strike are
    labour, not health. تزوير counts as crime only with what is forged (تزوير الانتخابات is politics);
    فريق is a team of doctors or engineers as much as a football team, and no word of sport."""
    assert_first_topics(
        {
            "دخل ممرضو مستشفى الجامعة في قابس في إضراب للمطالبة بتحسين أجورهم.": "medtop:09000000",
            "ضبطت الجمارك في ميناء جدة شحنة من العملات المزيفة وجوازات مزورة.": "medtop:02000000",
            "Police seized counterfeit cigarettes worth 50,000 pounds in a raid on a Dundee flat.": "medtop:02000000",
            "Conservationists released water voles into a Somerset wetland.": "medtop:06000000",
            "قصفت طائرة مسيرة مستودعا للذخيرة قرب الحدود.": "medtop:16000000",
        }
    )
    tagger = TopicTagger(load().iptc)
    lex = tagger.lexicon_scores([], tokenize("أجرى فريق من الأطباء عملية نادرة"))
    assert "medtop:15000000" not in lex
    lex = tagger.lexicon_scores([], tokenize("اتهامات بتزوير الانتخابات"))
    assert "medtop:02000000" not in lex
    assert "medtop:11000000" in lex


def test_a_crash_into_something_is_an_accident_and_vintage_fairs_are_leisure() -> None:
    assert_first_topics(
        {
            "A car crashed into a shop window in Taunton, injuring a pedestrian.": "medtop:03000000",
            "A vintage fair selling retro clothes drew big crowds in Brighton.": "medtop:10000000",
        }
    )


def test_a_king_in_an_institutions_name_is_no_politics_and_fires_and_shrines_are_read() -> None:
    tagger = TopicTagger(load().iptc)
    scores = lambda text: tagger.lexicon_scores([], tokenize(text))  # noqa: E731
    assert "medtop:11000000" not in scores("طور مهندسون في جامعة الملك عبدالله جهازا")
    assert "medtop:11000000" in scores("استقبل الملك عبدالله الوفد")
    assert_first_topics(
        {
            "احترقت حافلة للنقل المدرسي على طريق المطار في الخرطوم دون إصابات.": "medtop:03000000",
            "زار آلاف الزوار مقام السيدة زينب في دمشق في ذكرى عاشوراء.": "medtop:12000000",
            "A new wild swimming spot has opened on a reservoir in the Peak District.": "medtop:10000000",
        }
    )


def test_arabic_verbs_of_the_acts_count_as_their_nouns() -> None:
    """اصطدم, اشتبك, أضرب: the past tense of a topic's act, as short reports write it, counts as the
    act's noun (اصطدام, اشتباك, إضراب) does."""
    tagger = TopicTagger(load().iptc)
    assert tagger(None, "أصيب عشرون راكبا عندما اصطدم قطار بشاحنة قرب أسيوط.")[0].code == "medtop:03000000"
    assert (
        tagger(None, "أضرب سائقو الشاحنات في ميناء العقبة احتجاجا على رسوم جديدة.")[0].code
        == "medtop:09000000"
    )
    assert "medtop:02000000" in tagger.lexicon_scores([], tokenize("اختطف مسلحون رجل أعمال"))


def test_big_game_and_its_poachers_are_the_environment_but_a_team_named_for_an_animal_is_not() -> None:
    tagger = TopicTagger(load().iptc)
    scores = lambda text: tagger.lexicon_scores([], tokenize(text))  # noqa: E731
    assert "medtop:06000000" in scores("Elephant numbers have risen as poaching fell.")
    assert "medtop:06000000" in scores("ارتفع عدد الأفيال بعد تراجع الصيد الجائر.")
    assert "medtop:06000000" not in scores("Leeds Rhinos beat Wigan Warriors 18-12.")


def test_plural_second_words_of_keywords_and_topics_the_classifier_cannot_name_in_articles() -> None:
    tagger = TopicTagger(load().iptc)
    scores = lambda text: tagger.lexicon_scores([], tokenize(text))  # noqa: E731
    # a keyword of two words is found with its second word in the plural
    assert "medtop:04000000" in scores("Oil prices fell on Monday.")
    assert "medtop:01000000" in scores("The nominations for the Golden Globes were announced.")
    # an article the English classifier reads as sport, with no word of sport and clear words of the arts
    article = (
        'LOS ANGELES - Paul Thomas Anderson\'s "One Battle After Another" led the nominations for the Golden '
        'Globes on Monday with nine, ahead of Joachim Trier\'s "Sentimental Value" with eight. The film, '
        "released by Warner Bros, earned a nomination for its star Leonardo DiCaprio, who said he was grateful "
        "to share it with his co-stars Sean Penn and Teyana Taylor."
    )
    assert tagger(None, article)[0].code == "medtop:01000000"
    assert TopicTagger(load().iptc, unnamed_share=None)(None, article)[0].code == "medtop:15000000"


def test_deforestation_is_the_environments_own_act_though_satellites_measure_it() -> None:
    tagger = TopicTagger(load().iptc)
    article = (
        "BRASILIA - Deforestation in the Amazon fell 11 percent in the twelve months to July, the lowest in "
        "eleven years, Brazil's space research agency INPE said on Thursday. Environment Minister Marina Silva "
        "said the figures showed that fines and satellite monitoring were working, ahead of the COP30 climate "
        "summit in Belem. Greenpeace said fires in the Cerrado savanna remained a concern."
    )
    assert tagger(None, article)[0].code == "medtop:06000000"


def test_dams_running_dry_are_the_environment_though_a_minister_speaks() -> None:
    tagger = TopicTagger(load().iptc)
    article = (
        "الجزائر - حذرت الوكالة الوطنية للسدود والتحويلات من تراجع نسبة امتلاء السدود في غرب البلاد إلى أقل من "
        "عشرين في المئة، بعد ثلاث سنوات من الجفاف. وقال وزير الري طه دربال إن محطات تحلية مياه البحر في وهران "
        "وتلمسان ستغطي حاجة السكان من مياه الشرب، وإن الحكومة ستوسع إعادة استخدام المياه المعالجة في الري الزراعي."
    )
    assert tagger(None, article)[0].code == "medtop:06000000"


def test_a_storm_making_landfall_is_the_disaster_though_a_prime_minister_speaks() -> None:
    tagger = TopicTagger(load().iptc)
    article = (
        "KINGSTON - Hurricane Melissa made landfall in western Jamaica on Tuesday with winds of 185 miles per "
        "hour, the strongest storm to hit the island since records began, tearing roofs off homes in Black River "
        "and cutting power to most of the country. Prime Minister Andrew Holness said the government had opened "
        "800 shelters. The National Hurricane Center in Miami said the storm would weaken as it moved towards Cuba."
    )
    assert tagger(None, article)[0].code == "medtop:03000000"


def test_a_dateline_says_where_a_story_was_filed_not_what_it_is_about() -> None:
    """AG News's business stories open on "LONDON (Reuters)", and the classifier had learnt the town: a
    London fraud trial came out as business, the same sentence without its dateline as crime."""
    tagger = TopicTagger(load().iptc)
    story = "A former banker was jailed for seven years on Friday for defrauding pension funds of 30 million pounds."
    for dateline in ("", "LONDON - ", "LONDON, Nov 5 (Reuters) - "):
        assert tagger(None, dateline + story)[0].code == "medtop:02000000", dateline
    toks = tokenize("LONDON (Reuters) - Shares rose.")
    assert [t.text for t in tagger.without_dateline("LONDON (Reuters) - Shares rose.", toks)] == [
        "Shares",
        "rose",
    ]
    # a headline's section is the lexicon's word, and stays
    toks = tokenize("SOCCER - JAPAN GET LUCKY WIN")
    assert tagger.without_dateline("SOCCER - JAPAN GET LUCKY WIN", toks) == toks


def test_a_place_named_after_the_word_for_a_province_is_no_evidence_and_floods_are_a_disaster() -> None:
    """A hundred and third blind round's floods in Kiffa were read as crime: ولاية لعصابة (Mauritania's
    Assaba) holds عصابة, a gang, and مفوضية الأمن الغذائي the security of الأمن."""
    tagger = TopicTagger(load().iptc)
    article = (
        "نواكشوط - غمرت مياه الأمطار أحياء واسعة من مدينة كيفة في ولاية لعصابة جنوب شرقي موريتانيا، ما أجبر "
        "مئات الأسر على ترك منازلها. وقال والي الولاية إن فرق الحماية المدنية أجلت 1200 شخص إلى مدارس المدينة، "
        "فيما أرسلت مفوضية الأمن الغذائي شاحنات محملة بالأرز والخيام."
    )
    assert tagger(None, article)[0].code == "medtop:03000000"
    # the word itself, where no word for a province comes before it, is still a gang's
    toks = tokenize("ينتمي المتهمون لعصابة تهريب")
    assert tagger.lexicon_scores([], toks).get("medtop:02000000", 0.0) > 0
    toks = tokenize("ولاية لعصابة")
    assert "medtop:02000000" not in tagger.lexicon_scores([], toks)
    # "the village, digitally": with the article, the word for a place names no place after it
    toks = tokenize("إعادة إنشاء القرية رقمياً")
    assert "medtop:13000000" in tagger.lexicon_scores([], toks)


def test_a_volcano_that_erupted_is_a_disaster() -> None:
    """A hundred and sixth blind round's eruption on Flores was given to politics: "erupted" and "volcanology"
    were no keywords, "eruption" and "volcano" were."""
    tagger = TopicTagger(load().iptc)
    article = (
        "JAKARTA - Mount Lewotobi Laki-laki on the island of Flores erupted again on Saturday, sending an ash "
        "column 9 kilometres into the sky and forcing the closure of Maumere airport, Indonesia's volcanology "
        "agency said. The agency's head said 3,400 villagers had been moved to shelters in Larantuka."
    )
    assert tagger(None, article)[0].code == "medtop:03000000"


def test_a_mines_expansion_is_business_and_a_firms_name_no_science() -> None:
    """A hundred and seventh blind round's copper mine went to politics: "copper" was no keyword, and "First
    Quantum Minerals", a firm, counted as physics."""
    tagger = TopicTagger(load().iptc)
    article = (
        "LUSAKA - First Quantum Minerals will spend 1.2 billion dollars expanding its Kansanshi copper mine in "
        "Zambia's North-Western Province, the company said, as the government pushes to triple copper output "
        "by 2031. Mines minister Paul Kabuswe welcomed the plan."
    )
    assert tagger(None, article)[0].code == "medtop:04000000"


def test_a_river_that_burst_its_banks_is_a_flood_not_banking() -> None:
    """A hundred and tenth blind round's Yorkshire floods went to economy: "burst its banks" read as banks."""
    tagger = TopicTagger(load().iptc)
    article = (
        "LEEDS - The Environment Agency issued 40 flood warnings across Yorkshire on Monday after the River Ouse "
        "burst its banks in York and Selby. Residents of Tadcaster were told to move belongings upstairs, and "
        "Northern cancelled trains between Leeds and Harrogate, a spokeswoman for the rail operator said."
    )
    assert tagger(None, article)[0].code == "medtop:03000000"


def test_a_yacht_race_is_sport() -> None:
    """A hundred and twelfth blind round's Sydney to Hobart race went to science: no word of sailing."""
    tagger = TopicTagger(load().iptc)
    article = (
        "HOBART - Supermaxi Law Connect took line honours in the Sydney to Hobart yacht race on Saturday, crossing "
        "the finish line on the Derwent river after two days, 3 hours and 14 minutes, the Cruising Yacht Club of "
        "Australia said. Skipper Christian Beck said the crew had survived a brutal night off Tasmania's east coast."
    )
    assert tagger(None, article)[0].code == "medtop:15000000"


def test_an_archaeological_find_is_science_as_iptc_files_archaeology() -> None:
    """A hundred and fifteenth blind round's Nabataean tombs near Petra went to politics: no word of
    archaeology in the Arabic lexicon (IPTC files archaeology under science, as the English lexicon did)."""
    tagger = TopicTagger(load().iptc)
    article = (
        "عمان - كشفت بعثة أثرية عن مدافن قرب جرش تضم أواني فخارية وقطعا نقدية تعود إلى القرن الثاني قبل الميلاد. "
        "وقال وزير السياحة إن المكتشفات ستعرض للزوار في الصيف المقبل."
    )
    assert tagger(None, article)[0].code == "medtop:13000000"


def test_a_car_rally_is_sport() -> None:
    """A development text on the Dakar rally in Saudi Arabia read as politics: no word of a rally."""
    tagger = TopicTagger(load().iptc)
    article = (
        "ويجوب المتسابقون في النسخة الجديدة من الرالي صحاري المملكة ووديانها، ويستهلون رحلتهم من حائل متجهين إلى "
        "الرياض للراحة يوما واحدا قبل مواصلة المراحل."
    )
    assert tagger(None, article)[0].code == "medtop:15000000"


def test_flash_floods_are_a_disaster_over_the_displaced_families() -> None:
    """A hundred and sixteenth blind round's floods in Yemen went to society: its families and the migration
    body's name outweighed سيول alone."""
    tagger = TopicTagger(load().iptc)
    article = (
        "صنعاء - لقي 14 شخصا حتفهم جراء سيول جارفة ضربت محافظتي المحويت وريمة. وقالت المنظمة الدولية للهجرة إن "
        "أكثر من ثلاثة آلاف أسرة نزحت، فيما قال مدير مكتب الصحة إن المستشفى الوحيد تضرر بشدة."
    )
    assert tagger(None, article)[0].code == "medtop:03000000"


def test_oil_exports_resumed_are_business() -> None:
    """A hundred and nineteenth blind round's Kurdish oil exports went to politics: تصدير and عائدات were no
    words of the economy to the lexicon."""
    tagger = TopicTagger(load().iptc)
    article = (
        "أربيل - استأنفت حكومة إقليم كردستان تصدير النفط عبر ميناء جيهان في تركيا بعد توقف دام عامين ونصف، بمعدل "
        "190 ألف برميل يوميا. وقال المتحدث باسم وزارة النفط العراقية صاحب بزون إن العائدات ستودع في حساب سومو، فيما "
        "قال رئيس وزراء "
        "الإقليم إن الاتفاق يضمن رواتب الموظفين."
    )
    assert tagger(None, article)[0].code == "medtop:04000000"


def test_settlers_attacking_a_village_are_conflict() -> None:
    """A hundred and twenty-first blind round's settlers' attack on a West Bank village went to politics:
    no word of settlers in the lexicon."""
    tagger = TopicTagger(load().iptc)
    article = (
        "رام الله - هاجم مستوطنون قرية ترمسعيا شمال رام الله فجر أمس وأحرقوا منازل وسيارات، بحسب شهود. وقالت وزارة "
        "الصحة الفلسطينية إن ثلاثة أشخاص أصيبوا بجروح، فيما قال رئيس بلدية ترمسعيا إن الجيش لم يتدخل."
    )
    assert tagger(None, article)[0].code == "medtop:16000000"


def test_a_prime_minister_quoted_by_name_is_no_evidence_of_politics() -> None:
    """A hundred and twenty-second blind round's Hurricane Melissa went to politics: "Prime Minister Andrew
    Holness said" outweighed the storm; an official's title before a name says who is quoted."""
    tagger = TopicTagger(load().iptc)
    article = (
        "KINGSTON - Hurricane Melissa struck Jamaica as a category 5 storm on Tuesday, tearing roofs off homes and "
        "cutting power to three quarters of the island, the National Hurricane Center said. Prime Minister Andrew "
        'Holness said the town of Black River was "ground zero", and the Red Cross flew supplies to Montego Bay.'
    )
    assert tagger(None, article)[0].code == "medtop:03000000"


def test_a_verdict_in_a_business_story_is_crime(tagger: TopicTagger) -> None:
    """A hundred and thirtieth blind round's: a start-up's founder found guilty of defrauding a bank reads like
    business news to the English classifier (AG News' Business), and the lexicon finds crime more clearly
    than economy; IPTC files it under crime. Where the lexicon finds economy as clearly, economy stays."""
    verdict = (
        "NEW YORK - A jury in Manhattan on Friday found Charlie Javice, the founder of the student aid start-up"
        " Frank, guilty of defrauding JPMorgan Chase of 175 million dollars by inventing millions of customers."
        " The bank bought the company in 2021, and Javice faces up to 30 years in prison when she is sentenced"
        " in July."
    )
    assert tagger(None, verdict)[0].code == "medtop:02000000"
    results = (
        "NEW YORK - JPMorgan Chase reported a 12 percent rise in quarterly profit on Friday as trading revenue"
        " and fees from investment banking grew, and the bank raised its forecast for net interest income for"
        " the year. Chief executive Jamie Dimon said the economy remained resilient, while its shares rose 3"
        " percent in early trading on the New York Stock Exchange."
    )
    assert tagger(None, results)[0].code == "medtop:04000000"


def test_sea_ice_and_emissions_are_environment(tagger: TopicTagger) -> None:
    """A hundred and forty-second blind round's warm year, given to politics by a Secretary-General urging
    governments: sea ice and emissions make it environment."""
    got = tagger(
        None,
        "GENEVA - This year is on course to be the second or third warmest on record, the World Meteorological"
        " Organization said on Wednesday, with sea ice around Antarctica near its lowest extent. Secretary-General"
        " Celeste Saulo said the past eleven years had been the warmest eleven since records began, and urged"
        " governments to cut emissions faster.",
    )
    assert got
    assert got[0].code == "medtop:06000000"


def test_rain_measured_in_millimetres_is_weather_and_smog_environment(tagger: TopicTagger) -> None:
    """The hundred and sixty-ninth and seventy-first blind rounds' rain in Tunisia and smog in Delhi, given to
    politics by a ministry closing schools and a chief minister: the meteorological institute's millimetres
    and the fine particles decide."""
    rain = tagger(
        None,
        "تونس - تهاطلت أمطار غزيرة على ولايات نابل وبنزرت وأريانة ليل الأحد، وغمرت المياه عشرات المنازل والطرقات."
        " وقال المعهد الوطني للرصد الجوي إن الكميات بلغت 120 مليمترا في قليبية، فيما أعلنت وزارة التربية تعليق"
        " الدروس يوم الاثنين في الولايات الثلاث.",
    )
    assert rain
    assert rain[0].code == "medtop:17000000"
    smog = tagger(
        None,
        "NEW DELHI - Air pollution in New Delhi reached its worst level of the year on Monday, with fine particles"
        " at 30 times the safe limit, the Central Pollution Control Board said. Chief minister Rekha Gupta closed"
        " primary schools and banned building work, and farmers in Punjab were again blamed for burning crop"
        " stubble.",
    )
    assert smog
    assert smog[0].code == "medtop:06000000"


def test_the_arbaeen_pilgrimage_is_religion(tagger: TopicTagger) -> None:
    """The hundred and seventy-ninth blind round's pilgrimage to Karbala, given to politics: the shrine's
    custodians, the processions and the fortieth day's mourning make it religion."""
    got = tagger(
        None,
        "كربلاء - توافد أكثر من 21 مليون زائر إلى كربلاء لإحياء أربعينية الإمام الحسين، بينهم نحو أربعة ملايين"
        " من خارج العراق، بحسب العتبة الحسينية. وقال المتحدث باسم العتبة إن المواكب قدمت الطعام والمبيت للزوار"
        " مجانا على طول الطريق من النجف.",
    )
    assert got
    assert got[0].code == "medtop:12000000"
