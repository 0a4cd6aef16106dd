"""The trained recogniser (CRF + rules): the shipped models on the seeds and on news text, and the
training script end to end on a small corpus it builds itself."""

import json
import math
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsflow.enrich.crf import (
    CharProfile,
    CrossFitted,
    Featurizer,
    HybridRecognizer,
    _a_lion_is_no_name,
    _accusatives_end_names,
    _arabic_name_edges,
    _bodies_of_places,
    _days_end_no_names,
    _demonyms_are_not_names,
    _descriptions_are_not_names,
    _diseases_are_not_names,
    _firms_by_their_trade,
    _function_words_end_no_people,
    _future_verb,
    _future_verbs_are_no_names,
    _honours_are_not_names,
    _initials_end_people,
    _irish_names_are_people,
    _lone_royal_titles,
    _place_words_are_not_the_name,
    _possessives_begin_no_names,
    _posts_end_names,
    _prepositions_end_names,
    _regions_are_places,
    _Span,
    _split_after_datelines,
    _surnames_are_people,
    _the_before_bodies,
    _titles_are_not_names,
    decode,
    profile_path,
    rule_tags,
    sentences,
)
from newsflow.enrich.entities import RuleRecognizer
from newsflow.enrich.pipeline import compiled_modules
from newsflow.enrich.recognizers import RecognizerError, make_recognizer
from newsflow.enrich.resources import load
from newsflow.enrich.tokens import WORD_CACHE, Token, tokenize
from newsflow.ingest.extract import extract_plain
from newsflow.shared.contracts import Entity
from newsflow.shared.text import normalize
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hybrid() -> HybridRecognizer:
    return HybridRecognizer(load())


def test_seeds_keep_their_entities(hybrid: HybridRecognizer) -> None:
    by_label: dict[str, set[str]] = defaultdict(set)
    interpol: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        body = extract_plain(path.read_text(encoding="utf-8")).body
        for e in hybrid(body, "ar"):
            assert body[e.start : e.end] == e.text
            assert 0.0 <= e.confidence <= 1.0
            by_label[e.label].add(e.canonical)
            if e.canonical == "الإنتربول":
                interpol.add(e.text)
    assert {"مراكش", "المغرب", "السودان", "جيبوتي", "الصومال", "موريتانيا", "جزر القمر", "ليون"} <= by_label[
        "LOCATION"
    ]
    assert {"يورغن ستوك", "محمد الدخيسي"} <= by_label["PERSON"]
    assert {"الإنتربول", "مجلس وزراء الداخلية العرب"} <= by_label["ORGANIZATION"]
    # every spelling is one entity, also inside a longer mention (منظمة الإنتربول, الأنتربول الدولية)
    for spelling in ("الانتربول", "الأنتربول", "الإنتربول", "انتربول"):
        assert any(spelling in mention for mention in interpol), spelling
    assert "ستوك" not in by_label["PERSON"], "the family name alone is linked to the full name"
    assert not any("," in c or "،" in c for c in by_label["LOCATION"]), "a list is several places"


def test_the_tagger_scores_exactly_the_features_the_model_was_trained_on(hybrid: HybridRecognizer) -> None:
    """Tagging sums each word's weights once (``emissions``); the scores must be those of the strings
    training writes (``sequence``), every feature at every position, sentences of one to three words
    and a dateline's cut among them."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text += (
        " Interpol chief Jürgen Stock met Sudan's police in Marrakesh; Arsenal beat Chelsea 2-1 at 3PM.\n"
        "Yes.\nNo way.\nIt was 3 - 1 , 2 - 0 , 4 - 4 .\n"
        "LONDON (Reuters) - Shares in Barclays fell. Real Madrid won the league, said Carlo Ancelotti."
    )
    toks = tokenize(text)
    ranges = _split_after_datelines(text, toks, sentences(text, toks))
    assert {b - a for a, b in ranges} >= {1, 2, 3}
    for lang, fz in hybrid.featurizers.items():
        assert fz.chain is not None
        tags = rule_tags(toks, hybrid.rules(text, lang, toks))
        got = fz.emissions(text, toks, tags, ranges)
        for (a, b), scores in zip(ranges, got, strict=True):
            expected = np.stack([fz.chain.score(item) for item in fz.sequence(text, toks[a:b], tags[a:b])])
            assert np.allclose(scores, expected, rtol=0, atol=1e-9), (
                lang,
                text[toks[a].start : toks[b - 1].end],
            )


def test_a_new_words_scores_are_its_weights_added_in_order(hybrid: HybridRecognizer) -> None:
    """A word's cells in the table are its attributes' weights added one by one, in the order its
    views list them, bit for bit as np.add.at adds them: no summation order of numpy's own, so that
    where a word comes in a text never moves its scores in the last digit."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    toks = tokenize(text + " Interpol chief Jürgen Stock met Sudan's police in Marrakesh.")
    for fz in hybrid.featurizers.values():
        chain = fz.chain
        assert chain is not None
        fresh = Featurizer(fz.res, fz.profile, chain=chain, capacity=2000)
        table, rows = fresh._word_rows(toks)
        n_rows = len(chain.weights)
        expected = np.zeros_like(table)
        seen = set()
        for tok, row in zip(toks, rows, strict=True):
            if row in seen:
                continue
            seen.add(row)
            own = fresh._own(tok.text, tok.norm, tok.arabic)[0]
            groups = [0, *(g for f in own if (g := fresh._views.get(f)) is not None)]  # 0: every word's
            starts, sizes = fresh._group_start[groups], fresh._group_size[groups]
            codes = np.concatenate([fresh._codes[a : a + n] for a, n in zip(starts, sizes, strict=True)])
            np.add.at(expected, (row, codes // n_rows), chain.weights[codes % n_rows])
        assert len(seen) > 300
        assert np.array_equal(table[sorted(seen)], expected[sorted(seen)])


def test_the_table_of_words_scores_stays_bounded_and_right(hybrid: HybridRecognizer) -> None:
    """The tagger keeps each word's scores in a table of fixed size: once full, a new word takes the
    row of the least recently used one, never a row the text being tagged still reads."""
    fz = hybrid.featurizers["ar"]
    assert fz.chain is not None
    small = Featurizer(fz.res, fz.profile, chain=fz.chain, capacity=60)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts = [t[i : i + 200] for t in texts for i in range(0, 1600, 200)]
    texts.append(" ".join(texts))  # more distinct words than the table holds
    for text in texts * 2:
        toks = tokenize(text)
        ranges = sentences(text, toks)
        tags = ["O"] * len(toks)
        got = small.emissions(text, toks, tags, ranges)
        fresh = Featurizer(fz.res, fz.profile, chain=fz.chain).emissions(text, toks, tags, ranges)
        assert all(np.array_equal(x, y) for x, y in zip(got, fresh, strict=True))
        assert len(small._where) <= 60
    assert len(small._where) == 60, "the table was filled and words were given away"
    assert fz.capacity == WORD_CACHE


def test_the_table_of_words_scores_is_shared_safely_by_threads(hybrid: HybridRecognizer) -> None:
    """Words of one thread's text must not take the rows another thread is reading."""
    from concurrent.futures import ThreadPoolExecutor

    fz = hybrid.featurizers["ar"]
    shared = Featurizer(fz.res, fz.profile, chain=fz.chain, capacity=50)
    body = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    texts = [body[i : i + 150] for i in range(0, 3000, 75)]

    def scores(f: Featurizer, text: str) -> list[np.ndarray]:
        toks = tokenize(text)
        return f.emissions(text, toks, ["O"] * len(toks), sentences(text, toks))

    expected = [scores(Featurizer(fz.res, fz.profile, chain=fz.chain), t) for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns often: without the lock this fails
    try:
        with ThreadPoolExecutor(4) as pool:
            for _ in range(3):
                got = list(pool.map(lambda t: scores(shared, t), texts))
                for g, e in zip(got, expected, strict=True):
                    assert all(np.array_equal(x, y) for x, y in zip(g, e, strict=True))
    finally:
        sys.setswitchinterval(interval)


def test_every_per_word_cache_is_bounded(hybrid: HybridRecognizer) -> None:
    """News brings new words for ever: a cache without a bound is a replica that outgrows its memory."""
    import functools
    import gc
    import inspect

    from newsflow.enrich import crf, entities, tokens, topics
    from newsflow.enrich.tokens import WORD_CACHE

    hybrid("زار الأمين العام للإنتربول مراكش", "ar")
    owners = [crf, entities, tokens, topics, hybrid, hybrid.rules, *hybrid.featurizers.values()]
    owners += [f.profile for f in hybrid.featurizers.values() if f.profile is not None]

    def attributes(owner: object) -> list[object]:
        try:
            return list(vars(owner).values())
        except TypeError:  # an instance of a compiled class (scripts/compile.py) keeps no __dict__
            return [getattr(owner, name, None) for name in dir(owner) if not name.startswith("__")]

    def wrapper(value: object) -> bool:
        return isinstance(value, functools._lru_cache_wrapper)

    def per_call(cache: Any) -> bool:  # not load(): one answer per process
        try:
            return bool(inspect.signature(cache.__wrapped__).parameters)
        except ValueError:  # a compiled function that does not give its signature
            return True

    # the caches the recogniser's objects hold, and those of the enricher's modules
    caches = [value for owner in owners for value in attributes(owner) if wrapper(value)]
    caches += [
        o
        for o in gc.get_objects()
        if wrapper(o) and (getattr(o, "__module__", None) or "").startswith("newsflow.enrich")
    ]
    ours = {id(c): c for c in caches if per_call(c)}
    assert len(ours) >= 10, "the caches were not found"
    unbounded = [
        c for c in ours.values() if c.cache_info().maxsize is None or c.cache_info().maxsize > WORD_CACHE
    ]
    assert not unbounded, [getattr(c, "__qualname__", repr(c)) for c in unbounded]


def test_proclitic_stays_in_the_mention_but_not_in_the_name(hybrid: HybridRecognizer) -> None:
    text = "وصل وزير الخارجية المصري إلى بيروت يوم الاثنين، والتقى في بمدينة طرابلس رئيس الحكومة."
    found = {(e.text, e.canonical, e.label) for e in hybrid(text, "ar")}
    assert ("بيروت", "بيروت", "LOCATION") in found
    assert any(c == "طرابلس" and label == "LOCATION" for _, c, label in found), found
    # a name that begins with the letter of a proclitic keeps it: لويس is not ل + ويس, بسام not ب + سام
    text = "وأشاد المدرب لويس كاسترو بأداء اللاعبين، وقال بسام الخطيب إن الفريق جاهز"
    people = {e.canonical for e in hybrid(text, "ar") if e.label == "PERSON"}
    assert people == {"لويس كاسترو", "بسام الخطيب"}


def test_a_name_does_not_begin_with_a_nationality(hybrid: HybridRecognizer) -> None:
    text = (
        "تعتزم الصين تقديم قروض للتنمية الاقتصادية بقيمة 20 مليار دولار إلى دول عربية، "
        "وفق ما أعلن الرئيس الصيني شي جينبينغ الثلاثاء."
    )
    people = {e.text for e in hybrid(text, "ar") if e.label == "PERSON"}
    assert people == {"شي جينبينغ"}
    assert hybrid._nationality(tokenize("المصرية")[0])
    assert hybrid._nationality(tokenize("الفرنسي")[0])
    assert not hybrid._nationality(tokenize("الثاني")[0])
    # nor with another word that has the article, unless a given name is made so (الوليد, الحسن)
    text = "اعتذر الممثل الأمريكي الشهير مورغان فريمان بعد اتهامه، وقال الرئيس الحالي دونالد ترامب"
    assert {e.text for e in hybrid(text, "ar") if e.label == "PERSON"} == {"مورغان فريمان", "دونالد ترامب"}
    assert not hybrid._description(tokenize("الوليد")[0])


def test_a_country_before_an_organisation_is_a_place(hybrid: HybridRecognizer) -> None:
    text = (
        "راسل المغرب الاتحاد الدولي لكرة القدم منتقدا نظام التنقيط والمعايير التقنية التي ستعتمد "
        "خلال تقييم ملفات الترشيح لاستضافة مونديال 2026."
    )
    found = {(e.text, e.label) for e in hybrid(text, "ar")}
    assert ("المغرب", "LOCATION") in found
    assert ("الاتحاد الدولي لكرة القدم", "ORGANIZATION") in found


def test_english_news(hybrid: HybridRecognizer) -> None:
    text = (
        "German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. The European Commission "
        "and the World Health Organization said Scholz would travel to Nairobi."
    )
    got = {(e.canonical, e.label) for e in hybrid(text, "en")}
    assert {("Olaf Scholz", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Paris", "LOCATION")} <= got
    assert ("Nairobi", "LOCATION") in got
    assert ("World Health Organization", "ORGANIZATION") in got
    scholz = [e for e in hybrid(text, "en") if e.text == "Scholz"]
    assert scholz
    assert scholz[0].canonical == "Olaf Scholz"


def test_an_organisation_the_curated_list_names_is_one_where_the_tagger_doubts(
    hybrid: HybridRecognizer,
) -> None:
    # the tagger calls it a place at 0.51: "African" and "Union" look like a region's name
    text = "Delegates from the European Union and the African Union clashed over finance."
    assert [(e.text, e.label) for e in hybrid(text, "en")] == [
        ("European Union", "ORGANIZATION"),
        ("African Union", "ORGANIZATION"),
    ]


def test_a_place_inside_an_event_name_is_not_a_place(hybrid: HybridRecognizer) -> None:
    # the tagger learns other names (events, products) as MISC and the recogniser never reports them
    for text, place in (
        ("Pete Sampras won the U.S. Open at Flushing Meadows in New York on Sunday.", "U.S."),
        ("The Tour de France leader Tadej Pogacar rode into Paris.", "France"),
    ):
        found = {(e.text, e.label) for e in hybrid(text, "en")}
        assert (place, "LOCATION") not in found, found
        assert {e.label for e in hybrid(text, "en")} <= {"PERSON", "LOCATION", "ORGANIZATION"}
        assert any(label == "PERSON" for _, label in found), found


def test_an_article_is_tagged_sentence_by_sentence(hybrid: HybridRecognizer) -> None:
    # the tagger learnt from single sentences: across a full stop the last word of one sentence must not
    # be the context of the next one's first word, or every capitalised opening word looks like a name
    text = (
        "Gold closed down at $387.00 on Friday. Dealers said the precious metal eased. Analysts said "
        "the reports implied the Fed would wait.\nSilver, basis the September contract, was flat."
    )
    found = {(e.text, e.label) for e in hybrid(text, "en")}
    assert ("Fed", "ORGANIZATION") in found
    assert not {e for e in found if e[0] in {"Dealers", "Analysts", "Silver"}}, found
    toks = tokenize(text)
    firsts = [toks[a].text for a, _ in sentences(text, toks)]
    assert firsts == ["Gold", "Dealers", "Analysts", "Silver"]
    # Mr. Smith and St. Louis stay within their sentence
    one = "Mr. Smith went to St. Louis on Monday."
    assert len(sentences(one, tokenize(one))) == 1
    # an article's sentences are worked out once and shared by the rules that ask; another text, or
    # the same text with other tokens, gets its own
    assert sentences(text, toks) is sentences(text, toks)
    two = "Mr. Smith went to St. Louis.\nHe left."
    assert sentences(two, tokenize(two)) == [(0, 6), (6, 8)]
    assert sentences(text, tokenize(text)) == sentences(text, toks)
    assert len(sentences(text, toks)) == 4
    assert sentences(text, toks[:3]) == [(0, 3)]


def test_a_surname_alone_is_the_person_named_in_full(hybrid: HybridRecognizer) -> None:
    text = "Tiger Woods shot a 66 on Sunday.\nWOODS TAKES LEAD\nWoods said the course was playing fast."
    people = [e for e in hybrid(text, "en") if e.label == "PERSON"]
    assert {e.text for e in people} == {"Tiger Woods", "WOODS", "Woods"}
    assert all(e.canonical == "Tiger Woods" for e in people), people


def test_a_name_the_tagger_is_sure_of_holds_across_the_article(hybrid: HybridRecognizer) -> None:
    text = "The Irish Republican Army ( IRA ) said on Monday it would end its ceasefire. IRA bombs have killed many."
    assert [e.text for e in hybrid(text, "en") if e.label == "ORGANIZATION"].count("IRA") == 2, (
        "missed, then found"
    )
    text = "The Norwegian town of Kirkenes said on Monday it would rebuild. Kirkenes lies close to the Russian border."
    kirkenes = [e for e in hybrid(text, "en") if e.text == "Kirkenes"]
    assert [e.label for e in kirkenes] == ["LOCATION", "LOCATION"], "a hesitant kind gives way to a sure one"


def test_a_courtesy_title_names_a_person_and_is_not_the_name(hybrid: HybridRecognizer) -> None:
    text = "Officials will also stop recording contacts. Mr Xi held his first Covid meeting on Thursday."
    assert ("Xi", "PERSON") in {(e.text, e.label) for e in hybrid(text, "en")}
    assert not [e for e in hybrid(text, "en") if e.text.startswith("Mr")]


def test_the_model_is_picked_by_script_when_the_language_is_unknown(hybrid: HybridRecognizer) -> None:
    assert {e.canonical for e in hybrid("زار الرئيس الفرنسي مدينة مراكش", "und")} >= {"مراكش"}
    assert any(e.canonical == "London" for e in hybrid("Prime Minister Keir Starmer spoke in London.", "fr"))


def test_char_profile_tells_names_from_words() -> None:
    words = [(w, "PER") for w in ("يورغن", "فينغر", "غوتيريش", "هولاند", "شرودر", "ميركل", "جونسون")]
    words += [(w, "O") for w in ("قال", "اجتماع", "التعاون", "الدولي", "وزير", "يوم", "الشرطة", "مدينة")]
    profile = CharProfile.fit(words)
    assert profile.posterior("غونتر")["PER"] > 0.5 > profile.posterior("الاجتماع")["PER"]
    assert profile.features("فيرغسون")[0] in {"cpPER=3", "cpPER=4"}, "an unseen foreign name looks like one"
    again = CharProfile.from_json(json.loads(json.dumps(profile.to_json())))
    assert again.posterior("غونتر") == profile.posterior("غونتر")
    # in training, a word's features come from a profile fitted without it
    fitted = CrossFitted(words, folds=3)
    own = fitted.profiles[fitted.fold("فينغر")]
    assert not any("^فين" in g and "PER" in row for g, row in own.counts.items())


def test_char_profiles_of_many_stems_are_each_stems_own_and_their_cache_is_bounded() -> None:
    """A new text's stems are profiled together (``prepare``, grams found as numbers in sorted arrays):
    each gets, bit for bit, what a plain sum of its grams' log-likelihoods gives, whatever stems come
    with it, letters beyond 16 bits too; and the kept features stay bounded, a stem given up being
    worked out again, the same."""
    words = [(w, "PER") for w in ("يورغن", "فينغر", "غوتيريش", "هولاند", "شرودر", "ميركل", "جونسون")]
    words += [(w, "LOC") for w in ("مراكش", "باريس", "لندن", "برلين", "x😀")]
    words += [(w, "O") for w in ("قال", "اجتماع", "التعاون", "الدولي", "وزير", "يوم", "الشرطة", "مدينة")]
    profile = CharProfile.fit(words)
    stems = ["غونتر", "الاجتماع", "x", "", "فيرغسون", "مراكش", "يورغنسون", "Stock", "برلينغر", "قالت"]
    for batch in (stems, [*stems, "x😀y"]):  # the second: one gram at a time
        many = profile.posteriors(batch)
        for stem, post in zip(batch, many, strict=True):
            assert post == profile.posteriors([stem])[0] == profile.posteriors([*reversed(batch), stem])[-1]
            rows = [
                [
                    math.log(profile.counts.get(g, {}).get(c, 0) + 1)
                    - math.log(profile.totals[c] + len(profile.counts))
                    for c in profile.classes
                ]
                for g in CharProfile.grams(stem)
            ]
            logs = [sum(column) / len(rows) for column in zip(*rows, strict=True)]
            exp = [math.exp((v - max(logs)) * 4.0) for v in logs]
            assert post == {c: v / sum(exp) for c, v in zip(profile.classes, exp, strict=True)}, stem
    small = CharProfile(profile.counts, profile.totals, capacity=4)
    small.prepare(stems)
    assert len(small._cache) == 4
    assert [small.features(s) for s in stems] == [profile.features(s) for s in stems]
    assert len(small._cache) == 4


def test_what_a_sentence_is_about_is_a_feature_of_its_words() -> None:
    feat = Featurizer(load())

    def features(text: str) -> list[list[str]]:
        toks = tokenize(text)
        return feat.sequence(text, toks, ["O"] * len(toks))

    milan = features("Milan beat Roma in the league on Sunday")[0]
    assert "dom=sport" in milan
    assert "dom=sport|gz=LOCATION" in milan, "a city in a sports report may be a club"
    assert not any(f.startswith("dom=") for f in features("Milan is a city in the north of Italy")[0])
    # Arabic cues are found through clitics and the article: وبالمباراة
    assert "dom=sport" in features("تقدم برشلونة وبالمباراة")[1]
    assert "dom=business" in features("ارتفعت أسهم الشركة")[0]
    assert "dom=table" in features("Norwich 3 Sunderland 1")[0]


def test_arabic_name_units_are_features_of_the_word_and_its_neighbours() -> None:
    res = load()
    assert res.name_units["طالباني"].startswith("family")
    assert res.name_units["جلال"] == "given+", "a given name many people bear"
    text = "قال جلال وطالباني"
    toks = tokenize(text)
    jalal, talabani = Featurizer(res).sequence(text, toks, ["O"] * len(toks))[1:]
    assert "nu=given+" in jalal
    assert "nu=family" in talabani, "found through the conjunction"
    assert "-1:nu=given+" in talabani


def test_a_word_no_arabic_dictionary_knows_is_a_feature_of_it_and_its_neighbours() -> None:
    res = load()
    assert {"زيوريخ", "القرضاوي"} <= res.unknown_ar, "web text writes them"
    assert not {"المدرسه", "يكتبون"} & res.unknown_ar, "words of the language"
    text = "زار أينشتاين المدرسة"
    toks = tokenize(text)
    visited, einstein, school = Featurizer(res).sequence(text, toks, ["O"] * len(toks))
    assert "dv=0" in einstein
    assert "dv=0" not in school
    assert "+1:dv=0" in visited


def test_people_of_the_arab_world_are_known_by_their_full_names(hybrid: HybridRecognizer) -> None:
    text = "وقال الرئيس العراقي جلال طالباني إن المهندس أشرف على المشروع"
    people = {e.text for e in hybrid(text, "ar") if e.label == "PERSON"}
    assert "جلال طالباني" in people
    assert not any("على" in p for p in people), "أشرف على is 'supervised', not the man أشرف علي"
    rules = RuleRecognizer(load())
    found = {e.text for e in rules("وكان إبراهيم أول من هنأ اللاعب سامي عنان", "ar")}
    assert "سامي عنان" in found
    assert "إبراهيم أول" not in found, "a man is so named, but here 'Ibrahim was the first'"
    entry = load().gazetteer.entries[("صدام", "حسين")]
    assert (entry.label, entry.kind) == ("PERSON", "person")


def test_listed_organisations_are_a_class_of_their_own_and_are_not_forced() -> None:
    res = load()
    toyota = res.gazetteer.entries[("تويوتا",)]
    assert (toyota.label, toyota.kind) == ("ORGANIZATION", "organisation"), "the firm, not the Japanese city"
    assert res.gazetteer.entries[("toyota",)].kind == "organisation"
    assert res.gazetteer.entries[("الانتربول",)].kind == "curated", "the curated list keeps its entries"
    text = "تراجعت أسهم وهيونداي وفولكس فاجن"
    toks = tokenize(text)
    ruled = RuleRecognizer(load())(text, "ar", toks)
    assert {(e.text, e.canonical) for e in ruled} == {("هيونداي", "هيونداي"), ("فولكس فاجن", "فولكسفاغن")}
    feats = Featurizer(res).sequence(text, toks, rule_tags(toks, ruled))
    assert "gz=ORGL" in feats[2], "found through the conjunction, as a listed organisation"
    assert "0:r=B-ORGL" in feats[3]
    assert "0:r=I-ORGL" in feats[4]
    curated = rule_tags(tokenize("Interpol"), RuleRecognizer(load())("Interpol", "en"))
    assert curated == ["B-ORG"], "a curated organisation is strong evidence"
    # the hybrid adds a rule's entity the tagger left out only above 0.9: a listed name is not one
    hybrid = HybridRecognizer(load())
    assert all(e.confidence < hybrid.add_rules_above for e in ruled)


def test_a_name_keeps_the_full_stop_of_its_abbreviation(hybrid: HybridRecognizer) -> None:
    text = "The bank was bought by NationsBank Corp. on Friday , said Al Unser Jr. in Tampa , Fla. ."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert found.get("NationsBank Corp.") == "ORGANIZATION"
    assert "Fla." in found
    assert not any(name.endswith(" .") or name == "Friday" for name in found)


def test_a_nationality_and_its_gender_are_features_of_the_word_before() -> None:
    res = load()
    text = "تعادل ميلان الإيطالي في مدينة ميلانو الإيطالية"
    toks = tokenize(text)
    feats = Featurizer(res).sequence(text, toks, ["O"] * len(toks))
    assert "nat=m" in feats[2], "الإيطالي: of Italy, masculine (a club is masculine)"
    assert "+1:nat=m" in feats[1]
    assert "+2:nat=m" in feats[0], "two words away too: ريال مدريد الإسباني"
    assert "+1:nat=f" in feats[5], "الإيطالية after a city: feminine"
    assert not any(x.startswith("nat=") for x in feats[4]), "مدينة is no nationality"
    assert "nat=m" in Featurizer(res).sequence("العاجي", tokenize("العاجي"), ["O"])[0], "of ساحل العاج"


def test_english_word_classes_are_features_of_the_word_and_its_neighbours() -> None:
    res = load()
    kyodo, tanjug, ericsson, pirelli = (
        res.clusters_en[w] for w in ("kyodo", "tanjug", "ericsson", "pirelli")
    )
    assert kyodo[2] == tanjug[2], "two news agencies share the finest class"
    assert ericsson[1] == pirelli[1], "two firms share the middle one"
    text = "Tanjug said"
    toks = tokenize(text)
    agency, said = Featurizer(res).sequence(text, toks, ["O", "O"])
    assert f"k3={tanjug[2]}" in agency
    assert f"-1:k3={tanjug[2]}" in said
    arabic = Featurizer(res).sequence("قال", tokenize("قال"), ["O"])[0]
    assert not any(x.startswith("k1=") for x in arabic), "English classes only"


def test_two_names_side_by_side_are_one_person(hybrid: HybridRecognizer) -> None:
    def joined(text: str, cut: int) -> list[tuple[int, int]]:
        toks = tokenize(text)
        spans = [_Span(0, cut - 1, "PER", 0.9), _Span(cut, len(toks) - 1, "PER", 0.6)]
        hybrid._join_people(text, toks, spans)
        return [(s.first, s.last) for s in spans]

    # the tagger cut محمود صبري ابو تريكة in two: nothing between the halves, so one name
    assert joined("محمود صبري ابو تريكة", 2) == [(0, 3)]
    # a comma, a و, or a title at the end of the first part keeps them apart
    assert joined("محمود صبري، ابو تريكة", 2) == [(0, 1), (2, 3)]
    assert joined("غادة عادل وياسمين عبد العزيز", 2) == [(0, 1), (2, 4)]
    assert joined("سيدي الأمير محمد بن سلمان", 2) == [(0, 1), (2, 4)]
    assert joined("استفزازات ماتيراتزي لزيدان", 2) == [(0, 1), (2, 2)]  # ل + زيدان: to Zidane
    # English too (the tagger cut "Mikel | Arteta"), but not across a line break
    assert joined("Mikel Arteta", 1) == [(0, 1)]
    assert joined("Mikel\nArteta", 1) == [(0, 0), (1, 1)]
    assert joined("محمود صبري\nابو تريكة", 2) == [(0, 1), (2, 3)]
    assert [(e.text, e.label) for e in hybrid("Mikel Arteta said his team had been unlucky.", "en")] == [
        ("Mikel Arteta", "PERSON")
    ]


def test_an_arabic_surname_that_is_no_common_word_is_the_person_where_it_recurs() -> None:
    common = load().common

    def recurring(text: str, first: int, last: int) -> list[str]:
        toks = tokenize(text)
        spans = [_Span(first, last, "PER", 0.9)]
        _surnames_are_people(toks, spans, common)
        return [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans[1:]]

    # where the tagger missed it, الشاولي is still the man named in full before
    assert recurring("عاد الفنان خالد الشاولي . ثم غنى الشاولي", 2, 3) == ["الشاولي"]
    # الأسد is also a word (the lion): not every الأسد is بشار الأسد
    assert recurring("قال الرئيس بشار الأسد إن الأسد ملك الغابة", 2, 3) == []
    assert tokenize("الأسد")[0].norm in common


def test_the_name_after_team_or_club_is_the_club(hybrid: HybridRecognizer) -> None:
    text = "سجل المهاجم هدفا في مرمى فريق كوتونسبور قبل نهاية الشوط"  # the tagger alone sees nothing
    assert ("كوتونسبور", "ORGANIZATION") in {(e.text, e.label) for e in hybrid(text, "ar")}
    # الفريق with the article is also a general's rank; an adjective says what kind of team it is
    assert all(e.label != "ORGANIZATION" for e in hybrid("وقال الفريق سعيد إن الجيش جاهز", "ar"))
    assert hybrid("شارك فريق بلجيكي في البطولة", "ar") == []
    # a listed club in a sports report, where the tagger saw nothing; the same word elsewhere is not forced
    clubs = hybrid("فاز النجم الساحلي على الترجي بهدفين دون رد.", "ar")
    assert [(e.text, e.label) for e in clubs] == [
        ("النجم الساحلي", "ORGANIZATION"),
        ("الترجي", "ORGANIZATION"),
    ]
    assert hybrid("اعتقل حرس الحدود ثلاثة مهربين قرب الحدود.", "ar") == [], "border guards, not the club"
    # a club named by everyday words (clubs_sport.tsv), in a sports report only, over what the tagger read
    # inside it; elsewhere the words are what they say
    clubs = hybrid("فاز المغرب الفاسي على شباب بلوزداد بهدفين في المباراة.", "ar")
    assert [(e.text, e.label) for e in clubs] == [
        ("المغرب الفاسي", "ORGANIZATION"),
        ("شباب بلوزداد", "ORGANIZATION"),
    ]
    assert all(e.label != "ORGANIZATION" for e in hybrid("ارتفع إنتاج نفط البصرة إلى مليون برميل.", "ar"))
    # the word "club" is not part of the club's name: one entity with or without it
    clubs = [(e.text, e.label) for e in hybrid("فاز نادي الهلال السعودي على العين", "ar")]
    assert ("الهلال", "ORGANIZATION") in clubs


def test_a_club_named_by_one_everyday_word_where_grammar_makes_it_a_team(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._clubs_named_by_words, text, spans)

    # after a verb of a result and after على that follows one; the tagger's person becomes the club
    assert rule("فاز النصر على الاتفاق بهدفين في الدوري.", [_Span(1, 1, "ORG", 0.9)]) == [
        ("النصر", "ORG"),
        ("الاتفاق", "ORG"),
    ]
    assert rule("سجل مهاجم الشباب هدفا في مرمى الخليج في الدوري.", [_Span(2, 2, "PER", 0.5)]) == [
        ("الشباب", "ORG"),
        ("الخليج", "ORG"),
    ]
    # a team's word with a possessive: لفريقه, "for his team"
    assert rule("سجل المهاجم هدفين لفريقه الشمال في الدوري.", []) == [("الشمال", "ORG")]
    # joined by و to a club the tagger found
    assert rule("انتهت مباراة الهلال والوحدة بالتعادل في الدوري.", [_Span(2, 2, "ORG", 0.9)]) == [
        ("الهلال", "ORG"),
        ("والوحدة", "ORG"),
    ]
    # the federation, an adjective that is no nationality, a sentence about no sport, no team's place
    assert rule("أعلن الاتحاد الدولي لكرة القدم فوز المغرب بتنظيم البطولة.", []) == []
    assert rule("وقع البلدان الاتفاق على التعاون في مجال الطاقة.", []) == []
    assert rule("يشارك الشباب في الدوري الصيفي للأحياء.", []) == []
    # a goal's word, a margin over a club, and a relative pronoun after the club (no adjective)
    assert rule("وأحرز رونالدو هدف النصر من ركلة جزاء في الدوري.", []) == [("النصر", "ORG")]
    text = "رفع الهلال رصيده في الدوري بفارق أربع نقاط عن الاتحاد الذي تعادل."
    assert rule(text, [_Span(1, 1, "ORG", 0.9)]) == [("الهلال", "ORG"), ("الاتحاد", "ORG")]
    # a club the report made a team once is the team where it recurs, though no team's word comes before
    text = "تغلب الهلال على النصر في الدوري. وقال المدرب إن النصر لعب جيدا في المباراة."
    assert rule(text, []) == [("الهلال", "ORG"), ("النصر", "ORG"), ("النصر", "ORG")]
    # but not where a verb or a team's word never made it one
    assert rule("سجل الهلال هدفا في الدوري. وقال المدرب إن النصر قريب في المباراة.", []) == []


def test_a_body_named_by_nouns_joined_by_and(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._bodies_of_joined_nouns, text, spans)

    assert rule("قالت هيئة الطرق والمواصلات في دبي إن الخط جاهز", [_Span(5, 5, "LOC", 0.9)]) == [
        ("هيئة الطرق والمواصلات", "ORG"),
        ("دبي", "LOC"),
    ]
    assert rule("وقدمت الوزارة الدعم لهيئة المسرح والفنون الأدائية أمس", []) == [
        ("لهيئة المسرح والفنون الأدائية", "ORG")
    ]
    # one noun and an adjective that names are one too
    assert rule("أعلن صندوق الاستثمارات العامة شراء حصة", []) == [("صندوق الاستثمارات العامة", "ORG")]
    # one noun alone is no such name; after a post the body is part of the title; what the tagger saw stays
    assert rule("قالت هيئة الطرق إن الخط جاهز", []) == []
    assert rule("قال مدير هيئة الطرق والمواصلات إن الخط جاهز", []) == []
    assert rule("قالت هيئة الطرق والمواصلات إن الخط جاهز", [_Span(1, 3, "ORG", 0.9)]) == [
        ("هيئة الطرق والمواصلات", "ORG")
    ]


def test_a_union_named_by_the_people_it_gathers(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._unions_of_people, text, spans)

    # a participle, a nisba with its nationality in the plural, a broken plural with العرب
    assert rule("طالبت نقابة المحامين بإلغاء القانون", []) == [("نقابة المحامين", "ORG")]
    assert rule("انتخبت نقابة الصحفيين المصريين نقيبا", []) == [("نقابة الصحفيين المصريين", "ORG")]
    assert rule("أعلن اتحاد الكتاب العرب جائزة", []) == [("اتحاد الكتاب العرب", "ORG")]
    assert rule("نظمت جمعية المكفوفين الأردنية ورشة", []) == [("جمعية المكفوفين الأردنية", "ORG")]
    # a dual, a singular, after a post, a longer name through في, what the tagger saw: nothing
    assert rule("وقع اتحاد البلدين اتفاقا", []) == []
    assert rule("قال اتحاد الكرة إن", []) == []
    assert rule("قال رئيس نقابة المحامين إن", []) == []
    assert rule("تقول جمعية المتخصصين في مكافحة العدوى", []) == []
    assert rule("طالبت نقابة المحامين في الأردن", [_Span(4, 4, "LOC", 0.9)]) == [
        ("نقابة المحامين", "ORG"),
        ("الأردن", "LOC"),
    ]


def test_a_club_s_sporting_adjective_is_part_of_its_name(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._sporting_adjective, text, spans)

    assert rule("فاز الوداد الرياضي على المغرب التطواني", [_Span(1, 1, "ORG", 0.9)]) == [
        ("الوداد الرياضي", "ORG")
    ]
    # the nationality after it stays outside; no club, no name
    assert rule("فاز الترجي الرياضي التونسي", [_Span(1, 1, "ORG", 0.9)]) == [("الترجي الرياضي", "ORG")]
    assert rule("قال المدير الرياضي للنادي", []) == []


def test_a_long_listed_body_where_the_tagger_saw_nothing(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(lambda _t, toks, sp: hybrid._long_bodies_unseen(toks, sp), text, spans)

    assert rule("وزع برنامج الأغذية العالمي مساعدات", []) == [("برنامج الأغذية العالمي", "ORG")]
    # with the head word before it
    assert rule("قال الطبيب من منظمة أطباء بلا حدود إن", []) == [("منظمة أطباء بلا حدود", "ORG")]
    # after a proclitic, over a name of another kind inside it
    assert rule("دعما لبرنامج الأغذية العالمي في اليمن", [_Span(2, 3, "MISC", 0.5)]) == [
        ("لبرنامج الأغذية العالمي", "ORG")
    ]
    # where the tagger saw an organisation in it, it decides
    assert rule("وزع برنامج الأغذية العالمي مساعدات", [_Span(2, 3, "ORG", 0.5)]) == [
        ("الأغذية العالمي", "ORG")
    ]


def test_an_airline_is_the_lines_and_a_nationality(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._airlines, text, spans)

    assert rule("أعلنت الخطوط الملكية المغربية خطا جديدا", [_Span(3, 3, "LOC", 0.5)]) == [
        ("الخطوط الملكية المغربية", "ORG")
    ]
    assert rule("سافر على متن الخطوط التونسية", []) == [("الخطوط التونسية", "ORG")]
    assert rule("تأمل شركات الخطوط الجوية رفع القيود", []) == []


def test_an_organisation_ends_before_fi_and_a_place(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        toks = tokenize(text)
        hybrid._bodies_end_before_places(toks, spans, hybrid.rules(text, "ar", toks))
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    text = "أطلقت جامعة الحسن الثاني في الدار البيضاء منصة للتعليم عن بعد"
    assert rule(text, [_Span(1, 8, "ORG", 0.8)]) == [("جامعة الحسن الثاني", "ORG"), ("الدار البيضاء", "LOC")]
    # what the body does, through في, is no place: the name stays whole
    text = "قالت الوكالة الوطنية للتنسيق في الكوارث إن"
    assert rule(text, [_Span(1, 5, "ORG", 0.8)]) == [("الوكالة الوطنية للتنسيق في الكوارث", "ORG")]


def test_a_town_after_a_preposition_where_the_tagger_saw_nothing(hybrid: HybridRecognizer) -> None:
    def rule(text: str) -> list[tuple[str, str]]:
        return _spans_after(hybrid._towns_after_prepositions, text, [])

    # big towns named by everyday words (الخليل: also a given name; تعز: "is dear")
    assert rule("اعتقلت الشرطة شابا في الخليل أمس") == [("الخليل", "LOC")]
    assert rule("انتشرت الكوليرا في مخيمات قرب تعز") == [("تعز", "LOC")]
    # not a town's name that means something else there too, nor an idiom, nor in a sports report
    assert rule("وضع المفتاح في الباب") == []
    assert rule("يقام المعرض في مسقط رأس الشاعر") == []
    assert rule("فاز الفريق في الخليل بهدفين في الدوري") == []


def test_a_border_crossing_s_name_is_a_place(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._crossings, text, spans)

    assert rule("أغلقت السلطات معبر رأس جدير الحدودي ليومين", []) == [("رأس جدير", "LOC")]
    assert rule("دخلت الشاحنات عبر معبر كرم أبو سالم", [_Span(4, 6, "PER", 0.8)]) == [("كرم أبو سالم", "LOC")]
    # no name between the crossing and its adjective
    assert rule("عبر المعبر الحدودي مئات المسافرين", []) == []


def test_listed_names_with_for_the_and_to_and_after_the(hybrid: HybridRecognizer) -> None:
    text = "The Royal Society for the Protection of Birds has bought a farm near Norwich."
    assert ("Royal Society for the Protection of Birds", "ORGANIZATION") in {
        (e.text, e.label) for e in hybrid(text, "en")
    }
    text = "Transport for Wales has apologised after trains were cancelled."
    assert [(e.text, e.label) for e in hybrid(text, "en")] == [("Transport for Wales", "ORGANIZATION")]


def test_a_nationality_before_a_person_and_the_authorities_of_a_place(hybrid: HybridRecognizer) -> None:
    def rule(
        method: Callable[[list[Token], list[_Span]], None], text: str, spans: list[_Span]
    ) -> list[tuple[str, str]]:
        return _spans_after(lambda _t, toks, sp: method(toks, sp), text, spans)

    text = "سجل اللاعب الجزائري رياض محرز هدفين"
    spans = [_Span(2, 2, "ORG", 0.55), _Span(3, 4, "PER", 0.99)]
    assert rule(hybrid._nationalities_before_people, text, spans) == [("رياض محرز", "PER")]
    # a club named by a nationality, with no man's name after it, stays
    assert rule(
        hybrid._nationalities_before_people, "فاز المصري على الإسماعيلي", [_Span(1, 1, "ORG", 0.9)]
    ) == [("المصري", "ORG")]
    text = "أعادت سلطات جيبوتي فتح الخط"
    assert rule(hybrid._authorities_of_places, text, [_Span(1, 2, "ORG", 0.7)]) == [("جيبوتي", "LOC")]


def test_a_fund_for_its_sector_and_a_body_named_by_a_place(hybrid: HybridRecognizer) -> None:
    def rule(
        method: Callable[[list[Token], list[_Span]], None], text: str, spans: list[_Span]
    ) -> list[tuple[str, str]]:
        return _spans_after(lambda _t, toks, sp: method(toks, sp), text, spans)

    text = "وقع صندوق أبوظبي للتنمية اتفاقية"
    assert rule(hybrid._firms_named_place_for_sector, text, [_Span(1, 2, "ORG", 0.9)]) == [
        ("صندوق أبوظبي للتنمية", "ORG")
    ]
    text = "وقعت مؤسسة محمد بن راشد للفضاء اتفاقية"  # a foundation named for a man, and its field
    assert rule(hybrid._firms_named_place_for_sector, text, [_Span(1, 4, "ORG", 0.8)]) == [
        ("مؤسسة محمد بن راشد للفضاء", "ORG")
    ]
    # a place alone before it stays the place: China needing energy
    text = "وتحتاج الصين للطاقة لدفع اقتصادها"
    assert rule(hybrid._firms_named_place_for_sector, text, [_Span(1, 1, "LOC", 0.9)]) == [("الصين", "LOC")]
    text = "افتتحت هيئة قناة السويس مرسى جديدا"
    assert rule(hybrid._bodies_of_places, text, [_Span(3, 3, "LOC", 0.3)]) == [("هيئة قناة السويس", "ORG")]
    assert rule(hybrid._bodies_of_places, "أعلنت مؤسسة قطر منحا", [_Span(2, 2, "LOC", 0.9)]) == [
        ("مؤسسة قطر", "ORG")
    ]
    # بلدية before a town leaves the town a place
    assert rule(hybrid._bodies_of_places, "أغلقت بلدية دبي مطعما", [_Span(2, 2, "LOC", 0.9)]) == [
        ("دبي", "LOC")
    ]


def test_listed_airlines_of_the_arab_world(hybrid: HybridRecognizer) -> None:
    found = {(e.text, e.label) for e in hybrid("أعلنت طيران ناس رحلات جديدة من الدمام إلى الإسكندرية", "ar")}
    assert ("طيران ناس", "ORGANIZATION") in found
    found = {
        (e.text, e.canonical, e.label)
        for e in hybrid("قال متحدث باسم الاتحاد للطيران إن الرحلات ستستأنف", "ar")
    }
    assert ("الاتحاد للطيران", "طيران الاتحاد", "ORGANIZATION") in found


def test_a_region_after_in_from_or_to_is_the_place(hybrid: HybridRecognizer) -> None:
    def rule(text: str) -> list[tuple[str, str]]:
        return _spans_after(hybrid._regions_after_prepositions, text, [])

    assert "جرش" in load().regions_ar
    assert rule("وصل الوفد إلى جرش وزار المدرج الروماني") == [("جرش", "LOC")]
    assert rule("افتتح الأمير مشروعا بالقصيم أمس") == [("بالقصيم", "LOC")]
    # not without a preposition, not in a sports report (القادسية is a club)
    assert rule("جرش مدينة أثرية") == []
    assert rule("فاز الهلال في القادسية بهدفين في الدوري") == []


def test_hospitals_and_rivers_are_places(hybrid: HybridRecognizer) -> None:
    def kinds(text: str, spans: list[_Span]) -> list[str]:
        hybrid._hospitals_and_rivers_are_places(text, tokenize(text), spans)
        return [s.kind for s in spans]

    assert kinds("a new ward opened at Ipswich Hospital on Monday", [_Span(5, 6, "ORG", 0.8)]) == ["LOC"]
    assert kinds("a footbridge over the River Tyne was closed", [_Span(4, 5, "ORG", 0.8)]) == ["LOC"]
    # so is a military base or a prison (CoNLL-2003: a place each time, 1 and 2)
    text = "SpaceX launched a satellite from Vandenberg Space Force Base in California"
    assert kinds(text, [_Span(5, 8, "ORG", 0.8)]) == ["LOC"]
    assert kinds("he was moved to Belmarsh Prison on Friday", [_Span(4, 5, "ORG", 0.8)]) == ["LOC"]
    # a club in a sports report, and a name of one word, stay as the tagger read them
    assert kinds("River Plate beat Boca Juniors 2-1 in the league", [_Span(0, 1, "ORG", 0.8)]) == ["ORG"]
    assert kinds("Hospital staff said", [_Span(0, 0, "ORG", 0.8)]) == ["ORG"]
    # a stadium is a place, in a sports report too
    text = "Leinster beat Munster 24-17 at the Aviva Stadium"
    assert kinds(text, [_Span(6, 7, "ORG", 0.8)]) == ["LOC"]
    # a street, and a name before the word "river"
    assert kinds("reporters at the headquarters on Threadneedle Street", [_Span(5, 6, "ORG", 0.8)]) == ["LOC"]
    assert kinds("where the Nyando river burst its banks", [_Span(2, 2, "ORG", 0.8)]) == ["LOC"]
    assert kinds("where the Nyando River Authority met", [_Span(2, 4, "ORG", 0.8)]) == ["ORG"]


def test_a_town_that_opens_a_sentence_after_in_is_the_place_in_sports_reports_too(
    hybrid: HybridRecognizer,
) -> None:
    def kinds(text: str, spans: list[_Span]) -> list[str]:
        hybrid._places_after_in(text, tokenize(text), spans)
        return [s.kind for s in spans]

    text = "Haaland missed a penalty. In Liverpool, Everton beat Fulham 3-1."
    assert kinds(text, [_Span(5, 5, "ORG", 0.8)]) == ["LOC"]
    # not inside a sentence of a sports report: "a 2-1 win in Liverpool" may be the club's
    text = "Arsenal beat Chelsea and Everton beat them in Liverpool, where Fulham drew."
    assert kinds(text, [_Span(7, 7, "ORG", 0.8)]) == ["ORG"]


def test_datelines_lists_of_towns_and_counterparts_in_arabic(hybrid: HybridRecognizer) -> None:
    def names(text: str) -> list[tuple[str, str]]:
        return [(e.text, e.label) for e in hybrid(text, "ar")]

    # a known place opening the line before a dash, where the tagger saw nothing
    rule = hybrid._arabic_datelines
    assert _spans_after(rule, "مسقط - وقعت الوزارة اتفاقية جديدة", []) == [("مسقط", "LOC")]
    assert _spans_after(rule, "مسقط (العمانية) - وقعت الوزارة اتفاقية", []) == [("مسقط", "LOC")]
    assert _spans_after(rule, "الوزارة - وقعت اتفاقية", []) == []
    # a town of two words after a proclitic that makes its first word an everyday word (بالدار, "in the
    # house"), which the gazetteer's rules pass over
    rule = hybrid._towns_of_two_words_after_proclitics
    assert _spans_after(rule, "قضت محكمة الاستئناف بالدار البيضاء أمس", []) == [("بالدار البيضاء", "LOC")]
    assert _spans_after(rule, "جلس الضيوف بالدار الكبيرة أمس", []) == []
    # a town that is an everyday word too, between two places of a list
    rule = hybrid._places_listed_together
    spans = [_Span(1, 1, "LOC", 0.9), _Span(3, 3, "LOC", 0.9)]
    assert _spans_after(rule, "في صلالة وصور ونزوى", spans) == [
        ("صلالة", "LOC"),
        ("وصور", "LOC"),
        ("ونزوى", "LOC"),
    ]
    assert _spans_after(rule, "في صلالة وصور جميلة", [_Span(1, 1, "LOC", 0.9)]) == [("صلالة", "LOC")]
    # a given name and a family name after "his counterpart"
    assert ("أسعد الشيباني", "PERSON") in names(
        "وقال فيدان في مؤتمر صحفي مشترك مع نظيره أسعد الشيباني إن أنقرة مستعدة."
    )
    # a body's head word, one noun and a place: the body (not a zone's authority, whose name goes on)
    rule = lambda text, toks, spans: hybrid._bodies_of_places(toks, spans)  # noqa: E731
    assert _spans_after(rule, "أعلنت هيئة متاحف قطر أن", [_Span(3, 3, "LOC", 0.9)]) == [
        ("هيئة متاحف قطر", "ORG")
    ]
    text = "رئيس سلطة منطقة دبي الحرة"
    assert _spans_after(rule, text, [_Span(3, 3, "LOC", 0.9)]) == [("دبي", "LOC")]


def test_a_nationality_after_a_post_names_nobody(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(lambda _t, toks, sp: hybrid._nationalities_are_no_people(toks, sp), text, spans)

    assert rule("دعا الرئيس الصومالي السابق إلى الحوار", [_Span(2, 2, "PER", 0.8)]) == [("الصومالي", "MISC")]
    assert rule("مثل الدوري السعودي والقطري والكوري", [_Span(4, 4, "PER", 0.5)]) == [("والكوري", "MISC")]
    # a family name after a verb stays the person
    assert rule("وقال المصري إن الفريق جاهز", [_Span(1, 1, "PER", 0.8)]) == [("المصري", "PER")]
    # and the rules' man is dropped there too
    names = {
        (e.text, e.label)
        for e in hybrid("دعا الرئيس الصومالي السابق أبو القاسم عبدي صلاد حسن إلى الحوار.", "ar")
    }
    assert ("الصومالي", "PERSON") not in names


def test_a_country_leads_its_own_body(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._countries_lead_bodies, text, spans)

    text = "the Kenya Red Cross said on Sunday"
    assert rule(text, [_Span(1, 1, "LOC", 0.9), _Span(2, 3, "ORG", 0.9)]) == [("Kenya Red Cross", "ORG")]
    # not without "the", not a town, not across a comma
    text = "Kenya Red Cross workers said"
    assert rule(text, [_Span(0, 0, "LOC", 0.9), _Span(1, 2, "ORG", 0.9)]) == [
        ("Kenya", "LOC"),
        ("Red Cross", "ORG"),
    ]
    text = "the Nairobi Red Cross said"
    assert rule(text, [_Span(1, 1, "LOC", 0.9), _Span(2, 3, "ORG", 0.9)]) == [
        ("Nairobi", "LOC"),
        ("Red Cross", "ORG"),
    ]


def test_a_country_named_by_a_direction_and_a_patronym_run_on(hybrid: HybridRecognizer) -> None:
    text = "منح لطلاب من السودان وجنوب السودان"
    toks = tokenize(text)
    spans = [_Span(3, 3, "LOC", 0.9), _Span(5, 5, "LOC", 0.9)]
    hybrid._countries_named_by_directions(text, toks, spans)
    assert [(s.first, s.last) for s in spans] == [(3, 3), (4, 5)]
    # a region with its direction is no country: the direction stays outside (ANERcorp: شمال دارفور)
    text = "قتل ثلاثة في شمال دارفور"
    spans = [_Span(4, 4, "LOC", 0.9)]
    hybrid._countries_named_by_directions(text, tokenize(text), spans)
    assert spans[0].first == 4
    # the Mauritanian "son of": الشيخ after ولد is a forefather's name, not a title between two people
    text = "زار الرئيس محمد ولد الشيخ الغزواني المدينة"
    toks = tokenize(text)
    spans = [_Span(2, 4, "PER", 0.9), _Span(5, 5, "PER", 0.9)]
    hybrid._join_people(text, toks, spans)
    assert [(s.first, s.last) for s in spans] == [(2, 5)]


def test_two_places_joined_by_and_before_a_service_name_one_body(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._places_paired_in_bodies, text, spans)

    text = "Crews from Dorset and Wiltshire Fire and Rescue Service were called"
    assert rule(text, [_Span(2, 2, "ORG", 0.6), _Span(4, 8, "ORG", 0.8)]) == [
        ("Dorset and Wiltshire Fire and Rescue Service", "ORG")
    ]
    assert rule("Devon and Cornwall Police said", [_Span(0, 0, "LOC", 0.9), _Span(2, 3, "ORG", 0.8)]) == [
        ("Devon and Cornwall Police", "ORG")
    ]
    # a place and a firm that is no public body stay two; so does a person the tagger read before "and"
    assert len(rule("France and Germany Trade Ltd", [_Span(0, 0, "LOC", 0.9), _Span(2, 4, "ORG", 0.8)])) == 2
    assert (
        len(rule("Avon and Somerset Constabulary", [_Span(0, 0, "PER", 0.5), _Span(2, 3, "ORG", 0.8)])) == 2
    )


def test_a_club_named_by_its_town_is_one_organisation(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        toks = tokenize(text)
        hybrid._clubs_by_their_towns(text, toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    # the tagger read the town as a place, or the pair as a person: the club is one organisation
    assert rule("تعادل أولمبيك آسفي مع الوداد", [_Span(2, 2, "LOC", 0.8)]) == [("أولمبيك آسفي", "ORG")]
    assert rule("فاز سسكا موسكو على ضيفه", [_Span(1, 2, "PER", 0.5)]) == [("سسكا موسكو", "ORG")]
    assert rule("وخسر وحسنية أكادير أمس", []) == [("وحسنية أكادير", "ORG")]
    # اتحاد and a known town are a club in a sports report only; elsewhere اتحاد is a union
    assert rule("فاز اتحاد طنجة في المباراة بهدفين", [_Span(2, 2, "LOC", 0.8)]) == [("اتحاد طنجة", "ORG")]
    assert rule("أعلن اتحاد طنجة للتجار إضرابا", [_Span(2, 2, "LOC", 0.8)]) == [("طنجة", "LOC")]
    # a longer name the tagger found is left alone
    assert rule("فاز دينامو كييف الأوكراني", [_Span(1, 3, "ORG", 0.9)]) == [("دينامو كييف الأوكراني", "ORG")]


def test_a_place_the_tagger_doubts_is_the_place(hybrid: HybridRecognizer) -> None:
    text = "Interpol Secretary General Jürgen Stock visited Lyon, France, on Monday to meet police officials."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert found.get("Lyon") == "LOCATION", "Lyon is also a club; here it is the city"
    assert found.get("Jürgen Stock") == "PERSON"


def test_decode_and_rule_tags_agree() -> None:
    text = "Angela Merkel visited New York City"
    toks = tokenize(text)
    ents = [
        Entity(
            text="Angela Merkel", label="PERSON", start=0, end=13, canonical="Angela Merkel", confidence=1
        ),
        Entity(
            text="New York City", label="LOCATION", start=22, end=35, canonical="New York City", confidence=1
        ),
    ]
    tags = rule_tags(toks, ents)
    assert tags == ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC"]
    assert decode(tags) == [(0, 1, "PER"), (3, 5, "LOC")]
    assert decode(["I-ORG", "I-ORG", "B-ORG", "O", "I-PER"]) == [(0, 1, "ORG"), (2, 2, "ORG"), (4, 4, "PER")]


def test_unknown_recognizer_is_a_clear_error() -> None:
    with pytest.raises(RecognizerError, match="unknown recogniser"):
        make_recognizer("bert", load())
    with pytest.raises(RecognizerError, match="never downloads"):
        make_recognizer("hf:/no/such/model", load())


def test_training_script_is_reproducible(tmp_path: Path) -> None:
    people = ["Anna Berg", "Omar Haddad", "Lena Fischer", "Yusuf Karim", "Maria Costa", "Ivan Petrov"]
    places = ["Oslo", "Tunis", "Lima", "Hanoi", "Quito", "Accra"]
    lines = []
    for i in range(120):
        first, last = people[i % 6].split()
        place = places[(i * 5) % 6]
        words = [
            (first, "B-PER"),
            (last, "I-PER"),
            ("arrived", "O"),
            ("in", "O"),
            (place, "B-LOC"),
            (".", "O"),
        ]
        lines += [f"{w} {t}" for w, t in words] + [""]
    corpus = tmp_path / "toy.conll"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = ROOT / "services/enrich/scripts/train_crf.py"
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"m{n}" / "ner-en.crfsuite"
        run = subprocess.run(
            [
                sys.executable,
                str(script),
                "--lang",
                "en",
                "--train",
                f"{corpus}@0.2",
                "--out",
                str(out),
                "--iterations",
                "30",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert "toy (24 sentences, never trained on)" in run.stdout
        assert "crf+rules: F1 1.000" in run.stdout, run.stdout
        outputs.append((out.read_bytes(), profile_path(out).read_bytes()))
    assert outputs[0] == outputs[1], "same data and seed, same model and char profile"
    model = HybridRecognizer(load(), {"en": tmp_path / "m1" / "ner-en.crfsuite"})
    got = {(e.text, e.label) for e in model("Omar Haddad arrived in Lima .", "en")}
    assert got == {("Omar Haddad", "PERSON"), ("Lima", "LOCATION")}
    # the retrained model is what crf:DIR runs; a language the folder lacks keeps the shipped model
    chosen = make_recognizer(f"crf:{tmp_path / 'm1'}", load())
    assert {(e.text, e.label) for e in chosen("Omar Haddad arrived in Lima .", "en")} == got
    assert ("مراكش", "LOCATION") in {
        (e.text, e.label) for e in chosen("عقد الاجتماع في مراكش يوم الاثنين", "ar")
    }
    with pytest.raises(RecognizerError, match="not a directory"):
        make_recognizer(f"crf:{tmp_path / 'nowhere'}", load())
    with pytest.raises(RecognizerError, match="holds neither"):
        make_recognizer(f"crf:{tmp_path}", load())
    profile_path(tmp_path / "m2" / "ner-en.crfsuite").unlink()
    with pytest.raises(RecognizerError, match="letter profile"):
        make_recognizer(f"crf:{tmp_path / 'm2'}", load())


def _names_by(rule: Callable[[str, list[Token], list[_Span]], None], text: str) -> list[str]:
    """The names one rule after the tagger finds in ``text`` on its own (the tagger saw nothing)."""
    toks = tokenize(text)
    spans: list[_Span] = []
    rule(text, toks, spans)
    return [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans]


def _spans_after(
    rule: Callable[[str, list[Token], list[_Span]], None], text: str, spans: list[_Span]
) -> list[tuple[str, str]]:
    """The names and kinds after one rule has run on ``text`` over the tagger's ``spans``."""
    toks = tokenize(text)
    rule(text, toks, spans)
    return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]


def test_a_ministry_is_an_organisation(hybrid: HybridRecognizer) -> None:
    def ministries(text: str) -> list[str]:
        return _names_by(hybrid._ministries, text)

    # the nouns joined by و and the feminine adjectives are the name; a date or a preposition ends it
    assert ministries("بالتنسيق مع وزارة البيئة والمياه والزراعة في المنطقة") == [
        "وزارة البيئة والمياه والزراعة"
    ]
    assert ministries("وأشارت وزارة الصحة الجزائرية اليوم إلى") == ["وزارة الصحة الجزائرية"]
    assert ministries("مع وزارة الأشغال العامة لتمويل") == ["وزارة الأشغال العامة"]  # "public": no nisba
    assert ministries("تسلمت وزارة الخارجية اليوم رسالة ، ووزارة الشؤون البلدية والقروية") == [
        "وزارة الخارجية",
        "ووزارة الشؤون البلدية والقروية",
    ]
    # the ministry alone is no name; after وكيل it is part of a title
    assert ministries("وأعلنت الوزارة أمس") == []
    assert ministries("قال وكيل وزارة الصحة للشؤون الطبية") == []
    # a state's cabinet and parliament too, not any council, and not in a title
    assert ministries("وافق مجلس الشورى ومجلس النواب الأردني على القرار") == [
        "مجلس الشورى",
        "ومجلس النواب الأردني",
    ]
    assert ministries("اجتمع مجلس الإدارة وقال رئيس مجلس الوزراء") == []
    assert ministries("احتج الطلاب أمام مجلس نواب الشعب التونسي") == ["مجلس نواب الشعب التونسي"]
    assert ministries("قال مجلس نواب المدينة") == []
    # a masculine noun's adjective is in the name; not an adjective of time, nor one after the ministry alone
    assert ministries("قالت وزارة التعليم العالي والبحث العلمي إن") == ["وزارة التعليم العالي والبحث العلمي"]
    assert ministries("وطالبوا وزارة الفلاحة والصيد البحري بدعم") == ["وزارة الفلاحة والصيد البحري"]
    assert ministries("أعلنت وزارة الدفاع الحالي") == ["وزارة الدفاع"]
    found = {(e.text, e.canonical, e.label) for e in hybrid("وقعت الجامعة اتفاقية مع ووزارة الثقافة", "ar")}
    assert ("ووزارة الثقافة", "وزارة الثقافة", "ORGANIZATION") in found


def test_a_bank_named_by_its_adjectives_or_its_place_is_an_organisation(hybrid: HybridRecognizer) -> None:
    def banks(text: str) -> list[str]:
        return _names_by(hybrid._banks, text)

    # the adjectives with the article name it, the proclitic stays in the mention
    assert banks("وافقت الجمعية العمومية للبنك التجاري التي عقدت أمس") == ["للبنك التجاري"]
    assert banks("قال البنك المركزي المصري إن التضخم ارتفع") == ["البنك المركزي المصري"]
    assert banks("وقال مصرف الراجحي إن أرباحه زادت") == ["مصرف الراجحي"]
    assert banks("أعلن بنك قطر الوطني أرباحه") == ["بنك قطر الوطني"]
    # an adjective that only tells one bank from others is no name; nor is the bank alone
    assert banks("وأفاد البنك الذي يقع مقره في الدوحة") == []
    assert banks("ذهب إلى البنك المحلي لسحب المال") == []
    assert banks("وأفاد البنك في تقرير نشر أمس") == []
    assert banks("حصل على قرض من بنك تجاري") == []
    assert banks("انسداد المصرف الصحي في الحي") == []  # a drain
    # what it is for, among the words banks are named for; not whom it told, nor when
    assert banks("بتمويل من البنك الأوروبي للاستثمار.") == ["البنك الأوروبي للاستثمار"]
    assert banks("قرض من البنك الدولي للإنشاء والتعمير لتمويل") == ["البنك الدولي للإنشاء والتعمير"]
    assert banks("قال البنك المركزي الأردني للمرة الثانية") == ["البنك المركزي الأردني"]
    # "the central bank" with no country after it is a description, as "the central bank" is in English
    assert banks("وأضاف أن المصرف المركزي سيعمل مع جمعية المصارف") == []
    assert banks("أجبر البنك المركزي على رفع الفائدة") == []
    assert banks("قال البنك الدولي للصحفيين") == ["البنك الدولي"]
    assert banks("البنك التجاري لتحقيق النجاح") == ["البنك التجاري"]
    # the tagger's shorter name (بنك قطر) grows to the whole one
    found = {(e.text, e.label) for e in hybrid("أعلن بنك قطر الوطني أرباحه", "ar")}
    assert ("بنك قطر الوطني", "ORGANIZATION") in found


def test_a_public_body_named_by_an_adjective_and_its_purpose_is_an_organisation(
    hybrid: HybridRecognizer,
) -> None:
    def bodies(text: str) -> list[str]:
        return _names_by(hybrid._public_bodies, text)

    # head word, naming adjective (or a nationality), what it is for after ل, and the words that complete it
    assert bodies("وأعلنت الهيئة العامة للإحصاء أمس") == ["الهيئة العامة للإحصاء"]
    assert bodies("بحسب بيانات للهيئة العامة للإحصاء .") == ["للهيئة العامة للإحصاء"]
    assert bodies("وقالت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي إن") == [
        "الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي"
    ]
    assert bodies("وقعت الهيئة العامة للمنشآت الصغيرة والمتوسطة اتفاقية") == [
        "الهيئة العامة للمنشآت الصغيرة والمتوسطة"
    ]
    assert bodies("وقالت الأمانة العامة لهيئة كبار العلماء إن") == ["الأمانة العامة لهيئة كبار العلماء"]
    assert bodies("تبرعت المؤسسة الخيرية لرعاية الأيتام بمبلغ") == ["المؤسسة الخيرية لرعاية الأيتام"]
    # a second adjective or a nationality before what it is for
    assert bodies("أعلن الاتحاد العام التونسي للشغل إضرابا") == ["الاتحاد العام التونسي للشغل"]
    # the Maghreb's public offices; not after a post and its adjective
    assert bodies("أعلن المكتب الوطني للسكك الحديدية تأخر القطارات") == ["المكتب الوطني للسكك الحديدية"]
    assert bodies("قال الديوان الوطني للإحصاء إن") == ["الديوان الوطني للإحصاء"]
    assert bodies("أقال المدير العام للمكتب الوطني لحقوق النشر") == []
    # a council named so; not after a post written with و
    assert bodies("نظم المجلس الأعلى للثقافة في القاهرة مؤتمرا") == ["المجلس الأعلى للثقافة"]
    assert bodies("قال المجلس الأعلى للقوات المسلحة في بيان") == ["المجلس الأعلى للقوات المسلحة"]
    assert bodies("وقال الوزير ورئيس المجلس الأعلى للتأمين إن") == []
    # a word that says what follows, not what the body is for, ends the name
    assert bodies("بيانات الهيئة العامة للإحصاء المتعلقة بالسكان") == ["الهيئة العامة للإحصاء"]
    assert bodies("قرر الاتحاد الدولي للسيارات الاثنين الاستعانة بخبراء") == ["الاتحاد الدولي للسيارات"]
    assert bodies("دعم الأمانة العامة للمجلس وتدعيم التنسيق") == ["الأمانة العامة للمجلس"]
    # "of this organisation"; the American administration is a government, "to discuss" no purpose
    assert bodies("أعضاء الأمانة العامة لهذه المنظمة") == []
    assert bodies("دعت الإدارة الأمريكية لمناقشة السبل") == []
    # after a post it is part of a title; a head and adjective that are a name already keep their ل
    assert bodies("قال مدير الإدارة العامة للتعليم في المنطقة") == []
    # but a national sports federation is a body of its own after a post too
    assert bodies("قال رئيس الاتحاد الأردني لكرة القدم إن المنتخب سيقيم معسكرا") == [
        "الاتحاد الأردني لكرة القدم"
    ]
    assert bodies("وقالت نائبة رئيس الاتحاد التونسي للتنس إن اللاعبة ستشارك") == ["الاتحاد التونسي للتنس"]
    assert bodies("دعا الاتحاد الأوروبي لحسم المسألة") == []
    # no adjective that names, or nothing it is for: no name
    assert bodies("قالت اللجنة المنظمة للبطولة أمس") == []
    assert bodies("وأعلنت الهيئة العامة أمس") == []
    found = {(e.text, e.label) for e in hybrid("وأكدت الإدارة العامة للبحوث والدراسات إطلاق الدراسة", "ar")}
    assert ("الإدارة العامة للبحوث والدراسات", "ORGANIZATION") in found


def test_the_name_after_the_word_for_a_city_is_a_place(hybrid: HybridRecognizer) -> None:
    def places(text: str) -> list[str]:
        return _names_by(hybrid._places_after_place_words, text)

    assert places("وصل الوفد إلى مدينة درنة أمس") == ["درنة"]
    assert places("قصفت الطائرات بلدة خزاعة شرق خان يونس") == ["خزاعة"]
    # a camp, a province, an island and a quarter too; not the camp, the province with the article
    assert places("اقتحمت القوات مخيم بلاطة شرق نابلس") == ["بلاطة"]
    assert places("وإقليم خراسان هو الأكبر من حيث المساحة") == ["خراسان"]
    assert places("عثر على أقدم قرية في جزيرة مروح غرب أبوظبي") == ["مروح"]
    assert places("ولد في حارة الكبابجي القديمة") == ["الكبابجي"]
    assert places("دخلت القوات المخيم الفلسطيني") == []
    assert places("يعد منتجع بغنداران من أكثر المناطق جذبا للسياح") == ["بغنداران"]
    # after منطقة, a word that is no everyday word; not a feminine adjective or a possessive
    assert places("ولهذا الغرض فإن منطقة سراخس تقع في نقطة الالتقاء") == ["سراخس"]
    assert places("أقامت القوات منطقة عازلة على الحدود") == []
    assert places("أكبر منطقة قطرها مئة كيلومتر") == []
    assert places("على الطريق الواصل بين بلدتي الفارعة وطلوزة") == ["الفارعة"]
    assert places("after two dams burst above the city of Derna, officials said") == ["Derna"]
    # an adjective, a common word or one joined by و is no name: ANERcorp leaves them untagged
    assert places("زار الوفد مدينة تاريخية في الجنوب") == []
    assert places("بين بلدة ومستوطنة إسرائيلية") == []
    assert places("أحرز الهدف الرابع لبلده بتسديدة رأسية") == [], "بلده: his country, not a town"
    assert places("إن الملوك لو دخلوا قرية لأفسدوها") == [], "a verb"
    assert places("the city of the future") == []
    # a stadium and a known place after it: the town it is in; a man there names the stadium
    assert places("فاز الفريق على ملعب سوسة أمس") == ["سوسة"]
    # a known place that ends as an adjective or a nationality does (الإسماعيلية, "the Ismaili")
    assert places("أعلن محافظ الإسماعيلية افتتاح محطة") == ["الإسماعيلية"]
    assert places("على ملعب الأمير فيصل بن فهد") == []
    # the stadium's name the tagger read as a name of its own: the town in it (ANERcorp: باستاد القاهرة الدولي)
    toks = tokenize("أقيمت المباراة على ملعب القاهرة الدولي أمس")
    stadium = [_Span(4, 5, "MISC", 0.7)]
    hybrid._places_after_place_words("أقيمت المباراة على ملعب القاهرة الدولي أمس", toks, stadium)
    assert [(s.first, s.last, s.kind) for s in stadium] == [(4, 4, "LOC")]
    # a person the tagger read there is the place
    toks = tokenize("دمرت الغارة منازل في بلدة سنورس")
    spans = [_Span(5, 5, "PER", 0.5)]
    hybrid._places_after_place_words("دمرت الغارة منازل في بلدة سنورس", toks, spans)
    assert [s.kind for s in spans] == ["LOC"]
    # the municipality, the mayor, the governor and the plurals; a frequent word the gazetteer knows as
    # a place is taken (حلب), the article after محافظ is a person's post (المحافظ عبد الفتاح سراج)
    assert places("وقال رئيس بلدية صفاقس إن المشروع") == ["صفاقس"]
    assert places("وصل محافظ سوهاج إلى الموقع") == ["سوهاج"]
    assert places("بمشاركة ممثلين عن محافظات حلب") == ["حلب"]
    assert places("قال محافظ البنك المركزي إن") == []
    assert places("جرف عدة قرى وتشريد الآلاف") == [], "another noun after the plural"
    assert places("كانت توجد مدن مزدهرة وأسواق") == [], "the plural's adjective"
    assert places("بحضور المحافظ عبد الفتاح سراج") == []
    # the coasts of a town; their adjective is no place
    assert places("انتشال جثث مهاجرين قبالة سواحل زوارة") == ["زوارة"]
    assert places("تمتد سواحل طويلة على البحر") == []
    # a port's town
    assert places("استئناف التصدير من ميناء السدرة") == ["السدرة"]
    # a town named by an everyday word (صور, "pictures": Tyre; العين, "the eye"), after a place word only
    assert places("زار السفير مدينة صور والتقى رئيس بلديتها") == ["صور"]
    assert places("وصل الوفد إلى مدينة العين صباحا") == ["العين"]
    assert places("عرض الفنان صور المدينة القديمة") == []
    # a city of 500,000+ outside the Arab world named by an everyday word (مشهد, "a scene"), after مدينة only
    assert places("تأسست الأستانة في مدينة مشهد قبل قرون") == ["مشهد"]
    assert places("كان مشهد الحشود مؤثرا") == []

    def after(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        toks = tokenize(text)
        hybrid._places_after_place_words(text, toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    # the tagger ran the town and its mayor into one person: the town, then the mayor
    assert after("أعلن رئيس بلدية صفاقس منير الدريدي إطلاق مشروع", [_Span(3, 5, "PER", 0.8)]) == [
        ("صفاقس", "LOC"),
        ("منير الدريدي", "PER"),
    ]
    # after منطقة only a person the tagger read is the place; nothing is added
    assert after("في منطقة سيدي عثمان الصناعية", [_Span(2, 3, "PER", 0.7)]) == [("سيدي عثمان", "LOC")]
    assert after("في منطقة الخطر حتى الآن", []) == []


def test_the_holder_of_a_post_follows_the_body(hybrid: HybridRecognizer) -> None:
    def people(text: str, spans: list[_Span]) -> list[str]:
        toks = tokenize(text)
        hybrid._people_after_their_posts(toks, spans)
        return [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans if s.kind == "PER"]

    # post, the body it is the post of, a given name and a family name: the holder
    text = "أكد محافظ إربد رضوان العتوم أن الأمطار"
    assert people(text, [_Span(2, 2, "LOC", 0.9)]) == ["رضوان العتوم"]
    text = "افتتح رئيس جامعة اليرموك إسلام مساد مختبرا"
    assert people(text, [_Span(2, 3, "ORG", 0.9)]) == ["إسلام مساد"]
    # a dean, and a part of the body before في and the body
    text = "قال عميد كلية الطب في جامعة دمشق نبيل الحلبي إن الكلية"
    assert people(text, [_Span(5, 6, "ORG", 0.9)]) == ["نبيل الحلبي"]
    # a known place the tagger missed is the body too (the place word's rule adds the place later)
    assert people("قال محافظ الأنبار علي فرحان إن الأعمال", []) == ["علي فرحان"]
    # no body after the post, or an everyday word after the given name: nothing
    assert people("أكد المحافظ رضوان العتوم أن", []) == []
    # a minister's portfolio and his nationality are the body (وزير الزراعة واستصلاح الأراضي المصري)
    assert people("افتتح وزير الزراعة المصري علاء فاروق معرضا للتمور", []) == ["علاء فاروق"]
    assert people("استقبل وزير الزراعة واستصلاح الأراضي المصري علاء فاروق وفدا", []) == ["علاء فاروق"]
    # not without the nationality: the portfolio may run on into the name's place
    assert people("افتتح وزير الزراعة علاء فاروق معرضا", []) == []
    text = "قال رئيس جامعة اليرموك إن الطلاب"
    assert people(text, [_Span(2, 3, "ORG", 0.9)]) == []
    text = "أعلن مدير شركة أرامكو أمين الصندوق الجديد"
    assert people(text, [_Span(2, 3, "ORG", 0.9)]) == []
    # one untagged word naming the body between the post and its place; a given name the tagger read as a
    # place of one word (رياض, Riyadh) is the holder's given name
    text = "أعلن رئيس بلدية طرابلس رياض يمق إطلاق مشروع"
    assert people(text, [_Span(3, 3, "LOC", 0.9), _Span(4, 4, "LOC", 0.5)]) == ["رياض يمق"]
    # ان, "that", is no given name however a list spells آن
    text = "وقال مدير الشركة بالسعودية ان الجهازين حازا"
    assert people(text, [_Span(3, 3, "LOC", 0.9)]) == []


def test_institutions_named_for_people_are_one_organisation(hybrid: HybridRecognizer) -> None:
    def names(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._institutions_named_for_people, text, spans)

    # a royal title and the name after it, what the body is for: one organisation; the man the tagger ran
    # on from the name into the post's holder keeps the rest
    text = "قالت مديرة مستشفى الملك حسين للسرطان ريم العجلوني إن"
    assert names(text, [_Span(4, 7, "PER", 0.8)]) == [
        ("مستشفى الملك حسين للسرطان", "ORG"),
        ("ريم العجلوني", "PER"),
    ]
    text = "استقبل رئيس جامعة الملك عبد العزيز هاني أبو راس وفدا"
    assert names(text, [_Span(4, 8, "PER", 0.8)]) == [
        ("جامعة الملك عبد العزيز", "ORG"),
        ("هاني أبو راس", "PER"),
    ]
    # a title between the body and the man is no part of him; nothing else left, nothing is kept
    text = "وأوضحت وكيلة العمادة بجامعة الملك سعود الدكتورة رؤى القفيدي أن"
    assert names(text, [_Span(5, 6, "PER", 0.8), _Span(7, 8, "PER", 0.9)]) == [
        ("بجامعة الملك سعود", "ORG"),
        ("رؤى القفيدي", "PER"),
    ]
    text = "وقع مركز الملك سلمان للإغاثة والأعمال الإنسانية اتفاقية"
    assert names(text, []) == [("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG")]
    text = "في مستشفى الشيخ خليفة بن زايد التخصصي أمس"
    assert names(text, [_Span(3, 5, "PER", 0.9)]) == [("مستشفى الشيخ خليفة بن زايد التخصصي", "ORG")]
    # without a title, a man the tagger found with بن in his name
    text = "وقعت جامعة الإمام عبد الرحمن بن فيصل مذكرة"
    assert names(text, [_Span(1, 2, "ORG", 0.6), _Span(3, 6, "PER", 0.9)]) == [
        ("جامعة الإمام عبد الرحمن بن فيصل", "ORG")
    ]
    text = "افتتحت مؤسسة محمد بن راشد للإسكان مشروعا"
    assert names(text, [_Span(2, 4, "PER", 0.8)]) == [("مؤسسة محمد بن راشد للإسكان", "ORG")]
    # a hospital and a man, no more: the hospital where he lies; an airport is a place; no name after
    # the title; a name the tagger read that begins before the head word
    text = "نقل إلى مستشفى أحمد ماهر بعد"
    assert names(text, [_Span(3, 4, "LOC", 0.8)]) == [("أحمد ماهر", "LOC")]
    text = "نقل محمد إلى مستشفى سمير علي للعلاج"
    assert names(text, [_Span(4, 5, "PER", 0.8)]) == [("سمير علي", "PER")]
    text = "نقل إلى مستشفى الملك فهد للعلاج"
    assert names(text, [_Span(4, 4, "PER", 0.8)]) == [("مستشفى الملك فهد", "ORG")], "for treatment"
    assert names("هبطت في مطار الملك خالد الدولي", []) == []
    assert names("استقبل في مكتبه الأمير فيصل بن خالد", [_Span(3, 6, "PER", 0.9)]) == [
        ("الأمير فيصل بن خالد", "PER")
    ]
    assert names("زار مستشفى الملك في", []) == []
    text = "زار المدير العام مستشفى الملك فيصل"
    assert names(text, [_Span(1, 5, "ORG", 0.8)]) == [("المدير العام مستشفى الملك فيصل", "ORG")]


def test_a_head_word_alone_is_no_organisation(hybrid: HybridRecognizer) -> None:
    def names(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._lone_head_words, text, spans)

    # the tagger's جامعة | مانشستر: one university
    text = "مذكرة تفاهم مع جامعة مانشستر البريطانية"
    assert names(text, [_Span(3, 3, "ORG", 0.6), _Span(4, 4, "ORG", 0.7)]) == [("جامعة مانشستر", "ORG")]
    assert names("في مستشفى سوهاج العام", [_Span(1, 1, "ORG", 0.6), _Span(2, 2, "LOC", 0.9)]) == [
        ("مستشفى سوهاج", "ORG")
    ]
    # the town alone the tagger found after a university: the university
    assert names("افتتح رئيس جامعة بغداد مختبرا", [_Span(3, 3, "LOC", 0.9)]) == [("جامعة بغداد", "ORG")]
    assert names("في مستشفى المنصورة العام", [_Span(2, 2, "LOC", 0.9)]) == [("المنصورة", "LOC")]
    # a library named by its town, written with its ة; not مكتبه, "his office"
    assert names("افتتحت مكتبة الإسكندرية معرضا", [_Span(2, 2, "LOC", 0.9)]) == [("مكتبة الإسكندرية", "ORG")]
    assert names("استقبل في مكتبه الرئيس", [_Span(3, 3, "LOC", 0.9)]) == [("الرئيس", "LOC")]
    # an institution's own name the tagger found without its head word (after a post): with it; not one
    # that an organisation runs
    assert names("قال رئيس جامعة الأزهر إن", [_Span(3, 3, "ORG", 0.7)]) == [("جامعة الأزهر", "ORG")]
    assert names("قال مدير مركز الأمم المتحدة لإزالة الألغام", [_Span(3, 4, "ORG", 0.9)]) == [
        ("الأمم المتحدة", "ORG")
    ]
    assert names("في مكتبه بديوان الإمارة", [_Span(2, 3, "LOC", 0.9)]) == [("بديوان الإمارة", "LOC")]
    # no name after it: nothing; a person after it is left alone, and so is a longer name with the word
    assert names("زار جامعة في المدينة", [_Span(1, 1, "ORG", 0.6)]) == []
    assert names("جامعة محمد علي", [_Span(0, 0, "ORG", 0.6), _Span(1, 2, "PER", 0.8)]) == [
        ("محمد علي", "PER")
    ]
    assert names("جامعة اليرموك", [_Span(0, 1, "ORG", 0.9)]) == [("جامعة اليرموك", "ORG")]


def test_a_national_society_keeps_its_nationality(hybrid: HybridRecognizer) -> None:
    def names(text: str, spans: list[_Span]) -> list[str]:
        return [name for name, kind in _spans_after(hybrid._national_societies, text, spans) if kind == "ORG"]

    assert names("أعلن الهلال الأحمر القطري إرسال", [_Span(1, 2, "ORG", 0.9)]) == ["الهلال الأحمر القطري"]
    text = "أطلقت هيئة الهلال الأحمر الإماراتي حملة"
    assert names(text, [_Span(2, 3, "ORG", 0.9)]) == ["هيئة الهلال الأحمر الإماراتي"]
    assert names("وأعلن الدفاع المدني اللبناني أن", []) == ["الدفاع المدني اللبناني"]
    # neither a nationality nor the word for the society: the tagger decides
    assert names("قال الدفاع المدني إن فرقه", []) == []
    assert names("تطوع في الهلال الأحمر منذ", [_Span(2, 3, "ORG", 0.9)]) == ["الهلال الأحمر"]
    # two bodies joined by و
    assert names("بين جمعية والهلال الأحمر", [_Span(2, 3, "ORG", 0.9)]) == ["والهلال الأحمر"]


def test_a_chamber_and_its_town_are_one_organisation(hybrid: HybridRecognizer) -> None:
    def names(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._chambers, text, spans)

    text = "نظمت غرفة تجارة وصناعة الشارقة معرضا"
    assert names(text, [_Span(4, 4, "LOC", 0.9)]) == [("غرفة تجارة وصناعة الشارقة", "ORG")]
    assert names("وقعت غرفة الرياض مذكرة", []) == [("غرفة الرياض", "ORG")]
    # the town and the chamber's head the tagger ran into one man
    text = "قال رئيس غرفة تجارة عمان خليل الحاج توفيق إن"
    assert names(text, [_Span(4, 6, "PER", 0.7)]) == [("غرفة تجارة عمان", "ORG"), ("خليل الحاج", "PER")]
    # a room: no town after it
    assert names("في غرفة العمليات المركزية", []) == []
    assert names("في غرفة الفندق", []) == []


def test_a_given_name_of_two_words_runs_on_to_the_family_name(hybrid: HybridRecognizer) -> None:
    def names(text: str, first: int) -> list[str]:
        toks = tokenize(text)
        spans = [_Span(first, first + 1, "PER", 0.8)]
        hybrid._compound_names_run_on(text, toks, spans)
        return [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans]

    assert names("بسجن البرلماني السابق عبد النبي بعيوي عشر سنوات", 3) == ["عبد النبي بعيوي"]
    # a common word, a preposition, a word joined by و, a place or a nationality ends it
    assert names("وكان أبو طالب كثير العيال", 1) == ["أبو طالب"]
    assert names("وهاجر أبو بكر إلى المدينة", 1) == ["أبو بكر"]
    assert names("قال عبد القوي وإخراج خيري", 1) == ["عبد القوي"]
    assert names("ولد عبد الله الأردني في", 1) == ["عبد الله"]
    assert names("أنذر عائلتي منصور وابو حميد باتصالين هاتفيين", 3) == ["وابو حميد"], "with two calls"
    assert names("والعماني عبد الله بامخالف قرعة الدور", 1) == ["عبد الله بامخالف"]
    # not a name of one word or of three
    toks = tokenize("قال محمد بعيوي")
    spans = [_Span(1, 1, "PER", 0.8)]
    hybrid._compound_names_run_on("قال محمد بعيوي", toks, spans)
    assert (spans[0].first, spans[0].last) == (1, 1)
    # after بن, a name ending on one runs on too; not one ending on a plain given name
    text = "وصل الوسيط محمد بن عبد العزيز الخليفي إلى القاهرة"
    toks = tokenize(text)
    spans = [_Span(2, 5, "PER", 0.8)]
    hybrid._compound_names_run_on(text, toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 6)
    text = "وصل الوسيط محمد بن سعيد الخليفي"
    toks = tokenize(text)
    spans = [_Span(2, 4, "PER", 0.8)]
    hybrid._compound_names_run_on(text, toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 4)
    text = "قال الشيخ محمد بن عبد الله إلى"
    toks = tokenize(text)
    spans = [_Span(2, 5, "PER", 0.8)]
    hybrid._compound_names_run_on(text, toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 5)


def test_the_word_for_a_province_or_a_city_is_no_part_of_the_place(hybrid: HybridRecognizer) -> None:
    def trimmed(text: str) -> str:
        return _trimmed(lambda toks, spans: _place_words_are_not_the_name(toks, spans), text, "LOC")

    assert trimmed("محافظة الإسكندرية") == "الإسكندرية"
    assert trimmed("بمدينة الرياض") == "الرياض"
    assert trimmed("ولاية صحار") == "صحار"
    assert trimmed("لمحافظة خراسان") == "خراسان"
    assert trimmed("منطقة جبل مرة") == "جبل مرة"
    # the article makes it part of the name; a place word alone is left to the tagger
    assert trimmed("المدينة المنورة") == "المدينة المنورة"
    # the word alone, read as a place of its own, names none (حي المسيرة بمدينة فاس)
    lone = [_Span(0, 0, "LOC", 0.9)]
    _place_words_are_not_the_name(tokenize("بمدينة"), lone)
    assert lone == []
    # a person the tagger read from the word on is the place
    toks = tokenize("ولاية هاتاي")
    spans = [_Span(0, 1, "PER", 0.6)]
    _place_words_are_not_the_name(toks, spans)
    assert (spans[0].first, spans[0].last, spans[0].kind) == (1, 1, "LOC")
    spans = [_Span(0, 1, "PER", 0.6)]
    _place_words_are_not_the_name(tokenize("عادل إمام"), spans)
    assert (spans[0].first, spans[0].kind) == (0, "PER")


def test_the_day_after_a_name_is_no_part_of_it(hybrid: HybridRecognizer) -> None:
    """أكدت منظمة الصحة العالمية الثلاثاء أن: the day after the subject is when it spoke. Neither Arabic
    corpus ends an organisation or a place with a day; a person may be called الخميس."""

    def named(text: str, kind: str, first: int = 0) -> str:
        toks = tokenize(text)
        spans = [_Span(first, len(toks) - 1, kind, 0.9)]
        _days_end_no_names(text, toks, spans, hybrid._known_place)
        return " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1])

    assert named("منظمة الصحة العالمية الثلاثاء", "ORG") == "منظمة الصحة العالمية"
    assert named("شركة غوغل اليوم", "ORG", 1) == "غوغل"
    assert named("مجلس الأمن الدولي صباح اليوم", "ORG") == "مجلس الأمن الدولي"
    assert named("ليوناردو صباح", "PER") == "ليوناردو"
    assert named("سليمان الخميس", "PER") == "سليمان الخميس"
    assert named("اليوم", "LOC") == "اليوم", "a span of the day alone is the tagger's to answer for"
    # an outlet named by a place and "today" takes it in; one of another name reports today
    assert named("صحيفة فلسطين", "ORG", 1) == "فلسطين"
    toks = tokenize("صحيفة فلسطين اليوم")
    spans = [_Span(1, 1, "ORG", 0.9)]
    _days_end_no_names("صحيفة فلسطين اليوم", toks, spans, hybrid._known_place)
    assert (spans[0].first, spans[0].last) == (1, 2)
    toks = tokenize("صحيفة الأهرام اليوم")
    spans = [_Span(1, 1, "ORG", 0.9)]
    _days_end_no_names("صحيفة الأهرام اليوم", toks, spans, hybrid._known_place)
    assert (spans[0].first, spans[0].last) == (1, 1)
    # the whole recogniser
    found = {e.text for e in hybrid("أكدت منظمة الصحة العالمية الثلاثاء أن حالات الكوليرا تراجعت.", "ar")}
    assert "منظمة الصحة العالمية" in found, found
    found = {e.text for e in hybrid("أعلنت شركة غوغل اليوم في الرياض عن خدمة جديدة.", "ar")}
    assert "غوغل" in found, found


def test_a_city_a_sports_report_makes_a_team_is_its_club(hybrid: HybridRecognizer) -> None:
    """فاز ريال مدريد على برشلونة: where the grammar of a sports report makes a city a team, it is the
    club; a country's team keeps its country's name, and a city elsewhere is the city."""

    def kinds(text: str) -> dict[str, str]:
        return {e.text: e.label for e in hybrid(text, "ar")}

    found = kinds("فاز ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف في الدوري الإسباني مساء السبت.")
    assert found.get("برشلونة") == "ORGANIZATION", found
    found = kinds("تعادل الفجيرة مع منافسه خورفكان بهدف لكل منهما في دوري الدرجة الأولى.")
    assert found.get("الفجيرة") == "ORGANIZATION", found
    found = kinds("فاز المغرب على مصر بهدفين دون رد في تصفيات كأس العالم.")
    assert found.get("مصر") == "LOCATION", found
    found = kinds("وصل وزير الخارجية إلى برشلونة للمشاركة في مؤتمر عن الهجرة.")
    assert found.get("برشلونة") == "LOCATION", found


def test_a_known_place_after_the_capital_is_the_place(hybrid: HybridRecognizer) -> None:
    """العاصمة العمانية مسقط: Muscat, though مسقط is an everyday word ("birthplace") the tagger passes over;
    not مسقط رأس, and not a word after العاصمة that no list knows as a place."""
    found = {e.text: e.label for e in hybrid("استضافت العاصمة العمانية مسقط اجتماعا لوزراء الخارجية.", "ar")}
    assert found.get("مسقط") == "LOCATION", found
    assert not hybrid("تقع مسقط رأس الشاعر في الجنوب.", "ar")
    assert not hybrid("قتل ثلاثة أشخاص في العاصمة بعد انفجار.", "ar")


def test_a_name_after_bin_does_not_end_on_an_everyday_noun(hybrid: HybridRecognizer) -> None:
    """فيصل بن مشعل | مهرجان التمور: the festival he opened is no family name; آل سعود and a name are."""

    def kept(text: str, first: int, last: int) -> str:
        toks = tokenize(text)
        spans = [_Span(first, last, "PER", 0.9)]
        hybrid._sons_end_before_nouns(toks, spans)
        return " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1])

    assert kept("افتتح الأمير فيصل بن مشعل مهرجان التمور", 2, 5) == "فيصل بن مشعل"
    assert kept("استقبل الأمير فيصل بن مشعل آل سعود الوفد", 2, 6) == "فيصل بن مشعل آل سعود"
    assert kept("قال محمد بن سلمان الخليفي", 1, 4) == "محمد بن سلمان الخليفي"
    assert kept("قال محمد بن راشد", 1, 3) == "محمد بن راشد"


def test_a_name_ends_before_near_or_with(hybrid: HybridRecognizer) -> None:
    """Neither Arabic corpus has قرب, مع, بين ... inside a name; a known place after one is a place."""
    toks = tokenize("حميميم الجوية قرب اللاذقية")
    spans = [_Span(0, 3, "LOC", 0.8)]
    _prepositions_end_names(toks, spans, hybrid._known_place)
    assert [(s.first, s.last, s.kind) for s in spans] == [(0, 1, "LOC"), (3, 3, "LOC")]
    toks = tokenize("جامعة كلية كورك في أيرلندا")
    spans = [_Span(0, 4, "ORG", 0.8)]
    _prepositions_end_names(toks, spans, hybrid._known_place)
    assert [(s.first, s.last) for s in spans] == [(0, 4)], "في is inside a few names"


def test_a_man_the_tagger_reads_after_the_word_for_a_base_is_the_base(hybrid: HybridRecognizer) -> None:
    """قاعدة كيب كانافيرال: after قاعدة (ANERcorp: قاعدة أندروز, قاعدة جوانتانامو, places) the tagger's man
    is the place, though كيب is a frequent word; a base of users is no place, and al-Qaeda has the article."""
    found = {
        e.text: e.label for e in hybrid("أطلقت ناسا مهمة جديدة من قاعدة كيب كانافيرال في فلوريدا.", "ar")
    }
    assert found.get("كيب كانافيرال") == "LOCATION", found
    found = {e.text: e.label for e in hybrid("وسعت الشركة قاعدة مستخدميها في آسيا.", "ar")}
    assert "مستخدميها" not in found, found
    found = {e.text: e.label for e in hybrid("قال زعيم تنظيم القاعدة أيمن الظواهري إن التنظيم باق.", "ar")}
    assert found.get("أيمن الظواهري") == "PERSON", found


def test_the_is_no_part_of_a_body_s_name(hybrid: HybridRecognizer) -> None:
    def trimmed(text: str, last: int) -> str:
        toks = tokenize(text)
        spans = [_Span(0, last, "ORG", 0.9)]
        _the_before_bodies(toks, spans, hybrid._known_name)
        return " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1])

    assert trimmed("The World Health Organization said", 3) == "World Health Organization"
    assert trimmed("The University of Michigan said", 3) == "University of Michigan"
    assert trimmed("The Salvation Army opened a shelter", 2) == "Salvation Army"
    # newspapers keep it, as CoNLL-2003 does, and so does a name the gazetteer knows with it
    assert trimmed("The New York Times said", 3) == "The New York Times"
    assert trimmed("The Sunday Telegraph said", 2) == "The Sunday Telegraph"
    assert trimmed("The Philadelphia Inquirer said", 2) == "The Philadelphia Inquirer"
    assert trimmed("The Hague Group met", 2) == "The Hague Group"


def test_mali_after_an_indefinite_noun_is_financial(hybrid: HybridRecognizer) -> None:
    # مالي is Mali and "financial" (its feminine مالية is a word too): after a masculine noun, the adjective
    for text in ("حصلت الشركة على دعم مالي كبير", "يتمتع البنك بمركز مالي قوي", "وقال محلل مالي إن السوق"):
        assert [e.text for e in hybrid(text, "ar") if e.label == "LOCATION"] == [], text
    # after a preposition, a direction or a feminine noun it is the country
    for text in ("قتل جنود فرنسيون في مالي أمس", "هاجم مسلحون شمال مالي", "أعلنت حكومة مالي حالة الطوارئ"):
        toks = tokenize(text)
        assert not any(hybrid.rules.adjective_not_place(toks, i) for i in range(len(toks))), text
    assert [e.text for e in hybrid("قتل جنود فرنسيون في مالي أمس", "ar")] == ["مالي"]


def _trimmed(trim: Callable[[Sequence[Token], list[_Span]], None], text: str, kind: str) -> str:
    """What is left of a whole text tagged ``kind`` once ``trim`` has run on it."""
    toks = tokenize(text)
    spans = [_Span(0, len(toks) - 1, kind, 0.9)]
    trim(toks, spans)
    return " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1])


def test_a_name_neither_starts_on_a_nationality_nor_ends_on_and(hybrid: HybridRecognizer) -> None:
    def trimmed(text: str) -> str:
        return _trimmed(hybrid._trim_nationality, text, "PER")

    assert trimmed("للبرازيلي فريد") == "فريد"  # ل + البرازيلي: "to the Brazilian Fred"
    assert trimmed("سلمان بن عبدالعزيز وولي") == "سلمان بن عبدالعزيز"  # and the crown (prince)
    assert trimmed("وفيق وجدي") == "وفيق وجدي"  # وجدي is a name, not و + جدي


def test_people_of_world_news_since_2000_are_people(hybrid: HybridRecognizer) -> None:
    # the English tagger learnt from 1996 news: it takes Elon Musk for a firm; the listed name wins
    found = {
        (e.text, e.label) for e in hybrid("Elon Musk's SpaceX launched 22 satellites from Florida.", "en")
    }
    assert ("Elon Musk", "PERSON") in found
    # a name runs across a lower-case particle
    found = {
        (e.text, e.label) for e in hybrid("Crown Prince Mohammed bin Salman met Vincent van Gogh.", "en")
    }
    assert {"Mohammed bin Salman", "Vincent van Gogh"} <= {t.removeprefix("Prince ") for t, _ in found}
    assert all(label == "PERSON" for _, label in found)
    # organisations too; a listed name written in lower case is not that name; a name at the very end
    found = {(e.text, e.label) for e in hybrid("TikTok, owned by ByteDance, hired OpenAI staff.", "en")}
    assert found >= {("TikTok", "ORGANIZATION"), ("ByteDance", "ORGANIZATION"), ("OpenAI", "ORGANIZATION")}
    assert hybrid("They wanted to set up a strict Islamic state", "en") == []
    # intergovernmental bodies (organisations_international.tsv): the tagger alone finds neither here
    found = {
        (e.text, e.canonical)
        for e in hybrid(
            "وحذر تقرير الأونكتاد الصادر في جنيف من تباطؤ التجارة، فيما دعت مجموعة العشرين إلى التعاون.", "ar"
        )
        if e.label == "ORGANIZATION"
    }
    assert found == {
        ("الأونكتاد", "مؤتمر الأمم المتحدة للتجارة والتنمية"),
        ("مجموعة العشرين", "مجموعة العشرين"),
    }
    found = {(e.text, e.label) for e in hybrid("The G20 met in Rio while WIPO published its index.", "en")}
    assert found >= {("G20", "ORGANIZATION"), ("WIPO", "ORGANIZATION")}
    # the firms and bodies English local news names (organisations_local_en.tsv), read as people or places
    found = {(e.text, e.label) for e in hybrid("Greggs and Ryanair will open new sites, Age UK said.", "en")}
    assert found >= {("Greggs", "ORGANIZATION"), ("Ryanair", "ORGANIZATION"), ("Age UK", "ORGANIZATION")}
    found = {(e.text, e.canonical) for e in hybrid("Volodymyr Zelenskiy met Kim Jong-un", "en")}
    assert found == {("Volodymyr Zelenskiy", "Volodymyr Zelensky"), ("Kim Jong-un", "Kim Jong Un")}
    # two one-word organisations joined by "and" are two
    found = {(e.text, e.label) for e in hybrid("Netflix and Uber reported results.", "en")}
    assert found == {("Netflix", "ORGANIZATION"), ("Uber", "ORGANIZATION")}
    # as are two firms each with its legal form, however sure the tagger was; one long name stays whole
    text = "Analysts rated Johnson Controls Inc and Lear Corp highly."
    found = {(e.text, e.label) for e in hybrid(text, "en")}
    assert {("Johnson Controls Inc", "ORGANIZATION"), ("Lear Corp", "ORGANIZATION")} <= found
    text = "The Organisation for Security and Cooperation in Europe met in Vienna."
    assert "Organisation for Security and Cooperation in Europe" in {e.text for e in hybrid(text, "en")}


def test_recent_organisations_in_arabic(hybrid: HybridRecognizer) -> None:
    # the tagger calls منصة تيك توك a product; the listed name inside it is the organisation, in Arabic
    found = {
        (e.text, e.label, e.canonical)
        for e in hybrid("تواجه منصة تيك توك المملوكة لشركة بايت دانس حظرا", "ar")
    }
    assert {("تيك توك", "ORGANIZATION", "تيك توك"), ("بايت دانس", "ORGANIZATION", "بايت دانس")} <= found


def test_the_word_company_is_not_part_of_a_firm_name(hybrid: HybridRecognizer) -> None:
    def trimmed(text: str) -> str:
        return _trimmed(hybrid._company_word, text, "ORG")

    assert trimmed("شركة أرامكو") == "أرامكو"
    assert trimmed("لشركة تويوتا") == "تويوتا"
    assert trimmed("شركة المياه الوطنية") == "شركة المياه الوطنية"  # a name made of common words
    # أل with a hamza begins a foreign name (Alstom, Allianz), not the Arabic article
    assert trimmed("شركة ألستوم") == "ألستوم"
    assert trimmed("شركة الاتصالات السعودية") == "شركة الاتصالات السعودية"
    # a frequent word of web text that no dictionary knows is a brand (Mobily), not a common noun
    assert trimmed("شركة موبايلي") == "موبايلي"
    assert trimmed("شركة أمنية") == "شركة أمنية"
    # the club's word before a listed club, with its و too; not before a name no list holds
    assert trimmed("النادي الأهلي") == "الأهلي"
    assert trimmed("والنادي الأهلي") == "الأهلي"
    assert trimmed("النادي المكناسي") == "النادي المكناسي"


def test_a_person_after_the_word_company_is_the_firm(hybrid: HybridRecognizer) -> None:
    # the tagger reads نوفو نورديسك as a man's name; after شركة it is the firm, with its clitic too
    text = "تراجعت أسهم شركة نوفو نورديسك بنسبة خمسة في المائة في كوبنهاغن بعد خفض توقعات مبيعاتها."
    found = {(e.text, e.label) for e in hybrid(text, "ar")}
    assert ("نوفو نورديسك", "ORGANIZATION") in found
    assert not any(label == "PERSON" for _, label in found)
    # a man named elsewhere in the sentence stays a man
    text = "قال الرئيس التنفيذي لارس يورغنسن إن شركة نوفو نورديسك ستخفض الأسعار."
    found = {(e.text, e.label) for e in hybrid(text, "ar")}
    assert ("لارس يورغنسن", "PERSON") in found


def test_a_firm_between_company_and_a_nationality_is_an_organisation(hybrid: HybridRecognizer) -> None:
    def firms(text: str) -> list[str]:
        return _names_by(hybrid._firms_before_nationality, text)

    assert firms("وقعت عقدا مع شركة ألستوم الفرنسية لتوريد") == ["ألستوم"]
    assert firms("والمدير العام لشركة بترونت الهندية لتحويل الغاز") == ["بترونت"]
    assert firms("شركة كونكو فيليبس الأميركية") == ["كونكو فيليبس"]
    # a name with the article, a masculine adjective or a break is not this pattern
    assert firms("قالت الشركة المصرية للاتصالات") == []
    assert firms("شركة نفط الكويتي") == []
    assert firms("أعلنت شركة، الفرنسية") == []


def test_the_nationality_after_a_club_s_or_a_paper_s_own_name_is_not_part_of_it(
    hybrid: HybridRecognizer,
) -> None:
    def trimmed(text: str, first: int, last: int) -> str:
        toks = tokenize(text)
        spans = [_Span(first, last, "ORG", 0.9)]
        hybrid._proper_names_before_nationality(text, toks, spans)
        return " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1])

    assert trimmed("قالت صحيفة الخبر الجزائرية إن", 2, 3) == "الخبر"
    assert trimmed("أعلن نادي الاتحاد السعودي التعاقد", 2, 3) == "الاتحاد"
    # a description keeps it, and so does a club named by its town's nisba
    assert trimmed("وذكرت وكالة الأنباء المصرية أن", 1, 3) == "وكالة الأنباء المصرية"
    assert trimmed("خانت التجربة فريق المغرب الفاسي في", 3, 4) == "المغرب الفاسي"
    assert trimmed("الثانية فريق النادي المكناسي العائد", 2, 3) == "النادي المكناسي"


def test_english_firms_by_their_trade_and_bodies_of_places(hybrid: HybridRecognizer) -> None:
    def kinds(
        text: str, spans: list[_Span], rule: Callable[..., None], *args: object
    ) -> list[tuple[str, str]]:
        toks = tokenize(text)
        rule(*args, toks, spans) if args else rule(toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    # "Milburn Roofing": a surname and a trade is a firm; a one-word name is left to the tagger
    text = "his roofing firm, Milburn Roofing, out of money"
    assert kinds(text, [_Span(3, 4, "PER", 0.8)], _firms_by_their_trade) == [("Milburn Roofing", "ORG")]
    assert kinds("Energy said", [_Span(0, 0, "PER", 0.8)], _firms_by_their_trade) == [("Energy", "PER")]
    # the Supreme Court | of | Pakistan is one body; a club "of" a country is two names
    text = "The Supreme Court of Pakistan ordered"
    spans = [_Span(1, 2, "ORG", 0.9), _Span(4, 4, "LOC", 0.9)]
    assert kinds(text, spans, _bodies_of_places, text) == [("Supreme Court of Pakistan", "ORG")]
    text = "Galatasaray of Turkey beat them"
    spans = [_Span(0, 0, "ORG", 0.9), _Span(2, 2, "LOC", 0.9)]
    assert kinds(text, spans, _bodies_of_places, text) == [("Galatasaray", "ORG"), ("Turkey", "LOC")]


def test_a_known_place_after_in_is_the_place(hybrid: HybridRecognizer) -> None:
    def kinds(text: str, spans: list[_Span]) -> list[str]:
        hybrid._places_after_in(text, tokenize(text), spans)
        return [s.kind for s in spans]

    # "Bolton" read as the club, after "in ... and"; a person read after "at"
    text = "jailed for a string of burglaries in Salford and Bolton last year"
    assert kinds(text, [_Span(7, 7, "LOC", 0.9), _Span(9, 9, "ORG", 0.9)]) == ["LOC", "LOC"]
    assert kinds("the meeting at Bolton ended", [_Span(3, 3, "PER", 0.9)]) == ["LOC"]
    assert kinds("The mayor of Denver said", [_Span(3, 3, "PER", 0.9)]) == ["LOC"]
    assert kinds("the end of Leeds's run", [_Span(3, 3, "ORG", 0.9)]) == ["ORG"]
    # York, which the tagger left alone, joined to the place after "between", is a place too
    assert kinds("trains between Leeds and York were cancelled", [_Span(2, 2, "ORG", 0.9)]) == ["LOC", "LOC"]
    # a town no gazetteer entry holds, of the English-speaking countries' towns (towns_en.txt)
    assert ("wrexham",) not in load().gazetteer.entries
    assert kinds("Daniel Hughes, of Wrexham, was jailed", [_Span(3, 3, "ORG", 0.9)]) == ["LOC"]
    assert kinds("the line between Carlisle and Newcastle", [_Span(3, 3, "ORG", 0.9)]) == ["LOC", "LOC"]
    assert kinds("Wrexham beat Carlisle 2-0 at home", [_Span(0, 0, "ORG", 0.9)]) == ["ORG"]
    # after a club's post and "of", the club
    assert kinds("to stay as manager of Kilmarnock until 2028", [_Span(5, 5, "ORG", 0.9)]) == ["ORG"]
    # such a town where the tagger saw nothing, or a name of another kind, after in, near or from
    assert kinds("opened a bakery in a disused church in Ennis.", []) == ["LOC"]
    assert kinds("opened a bakery in a disused church in Ennis.", [_Span(8, 8, "MISC", 0.5)]) == ["LOC"]
    assert kinds("a shop in Ennis Road", []) == []
    assert kinds("Ennis scored twice", []) == []
    # from one place to another
    assert kinds(
        "the last bus from Hawick to Carlisle", [_Span(4, 4, "LOC", 0.9), _Span(6, 6, "ORG", 0.7)]
    ) == [
        "LOC",
        "LOC",
    ]
    # off the coast: "ran aground off Lerwick", a man to the tagger
    assert kinds("a boat ran aground off Lerwick and", [_Span(5, 5, "PER", 0.6)]) == ["LOC"]
    # a firm's shares, a possessive, a sports report and a name of two words stay as the tagger read them
    assert kinds("Shares in Slough rose", [_Span(2, 2, "ORG", 0.9)]) == ["ORG"]
    assert kinds("plays the lead in Jordan's film", [_Span(4, 4, "PER", 0.9)]) == ["PER"]
    text = "the striker has joined Espanyol from Nantes for a transfer fee"
    assert kinds(text, [_Span(6, 6, "ORG", 0.9)]) == ["ORG"]
    assert kinds("a concert in Paris Saint-Germain colours", [_Span(3, 4, "ORG", 0.9)]) == ["ORG"]


def test_frequent_city_names_used_like_places_are_in_the_gazetteer(hybrid: HybridRecognizer) -> None:
    # names as frequent as common words are kept where their word class is one of places
    entries = load().gazetteer.entries
    for name in (("boston",), ("leeds",), ("jerusalem",), ("edinburgh",), ("new", "orleans")):
        assert entries[name].label == "LOCATION", name
    for word in ("reading", "nice", "mobile", "split", "oxford", "metro"):
        assert (word,) not in entries, word

    def found(text: str) -> list[tuple[str, str]]:
        return [(e.text, e.label) for e in hybrid(text, "en", None)]

    # read as clubs before; in a results line they stay clubs
    assert found("She moved from Leeds to Bristol in 2019 to work for a charity.") == [
        ("Leeds", "LOCATION"),
        ("Bristol", "LOCATION"),
    ]
    assert found("Flights from Seattle and Denver were cancelled because of snow.") == [
        ("Seattle", "LOCATION"),
        ("Denver", "LOCATION"),
    ]
    assert found("Leeds beat Bristol City 2-1 on Saturday.") == [
        ("Leeds", "ORGANIZATION"),
        ("Bristol City", "ORGANIZATION"),
    ]


def test_a_known_place_before_its_police_is_the_place(hybrid: HybridRecognizer) -> None:
    def kinds(text: str, spans: list[_Span]) -> list[str]:
        hybrid._places_before_their_services(tokenize(text), spans)
        return [s.kind for s in spans]

    assert kinds("Liverpool police said", [_Span(0, 0, "ORG", 0.9)]) == ["LOC"]
    assert kinds("the Denver airport", [_Span(1, 1, "PER", 0.9)]) == ["LOC"]
    # a club's officials, a name the gazetteer does not know as a place, and a capitalised body stay
    assert kinds("Liverpool officials said", [_Span(0, 0, "ORG", 0.9)]) == ["ORG"]
    assert kinds("Arsenal police said", [_Span(0, 0, "ORG", 0.9)]) == ["ORG"]
    assert kinds("Leeds Council said", [_Span(0, 0, "ORG", 0.9)]) == ["ORG"]


def test_a_wire_story_s_first_sentence_begins_after_its_dateline(hybrid: HybridRecognizer) -> None:
    # read as the middle of a sentence, a capitalised common word after the dash was an organisation
    for text, word in (
        ("NEW YORK (Reuters) - Stocks are seen opening higher on Friday.", "Stocks"),
        ("RAMALLAH, West Bank (Reuters) - Thousands of Palestinians marched on Friday.", "Thousands"),
        ("SAN FRANCISCO (Reuters) - Lawyers leading a recount said on Monday.", "Lawyers"),
    ):
        assert word not in {e.text for e in hybrid(text, "en")}, text
    found = {
        (e.text, e.label) for e in hybrid("ATHENS (Reuters) - Japan revived memories of its past.", "en")
    }
    assert ("Japan", "LOCATION") in found
    # a headline's dash without an agency is not a dateline's: the sentence is not cut there
    toks = tokenize("SOCCER - JAPAN GET LUCKY WIN")
    assert _split_after_datelines("SOCCER - JAPAN GET LUCKY WIN", toks, [(0, len(toks))]) == [(0, len(toks))]
    text = "TOKYO (Reuters) - Gains in banks lifted shares."
    toks = tokenize(text)
    assert _split_after_datelines(text, toks, [(0, len(toks))]) == [(0, 2), (2, len(toks))]


def test_a_place_the_lists_lack_is_parted_from_the_story_at_its_dateline_s_dash(
    hybrid: HybridRecognizer,
) -> None:
    # the lists know Brasília with its accent only: the tagger ran the dateline's place on over the dash,
    # "BRASILIA - Deforestation" as one place, which CoNLL-2003 never writes across a spaced dash
    spans = {(e.text, e.label) for e in hybrid("BRASILIA - Deforestation in Brazil fell 11 percent.", "en")}
    assert ("BRASILIA", "LOCATION") in spans
    assert not any("Deforestation" in text for text, _ in spans), "an everyday word opens the story"
    spans = {
        (e.text, e.label) for e in hybrid("BRASILIA - Petrobras said on Monday it would sell assets.", "en")
    }
    assert {("BRASILIA", "LOCATION"), ("Petrobras", "ORGANIZATION")} <= spans, "a name opens it"


def test_a_mayor_s_title_a_final_and_a_kind_of_place_in_english(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a title before a name is not the name (CoNLL-2003: President outside 134 times in 134)
    assert ("Eric Adams", "PERSON") in found("He met Mayor Eric Adams on Monday.")
    # a competition is no body: the tagger made "WTA Finals" one
    assert found("She won the WTA Finals in Riyadh.") == {("Riyadh", "LOCATION")}
    assert found("The film won the top prize at the Venice Film Festival on Saturday.") == set(), "a festival"
    # before the word for a kind of place, a place, not a man
    assert ("Masai Mara", "LOCATION") in found(
        "Poachers killed two rhinos in the Masai Mara reserve last week."
    )
    # a name that ends on Electric is a firm's, as one on Motors or Steel
    assert ("Fuji Electric", "ORGANIZATION") in found(
        "The turbines, made by Fuji Electric, arrived on Monday."
    )


def test_a_known_place_after_in_and_the_town_a_mayor_runs(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # in a sports report the tagger took the place for its club
    assert ("Monaco", "LOCATION") in found(
        "She would race the 5,000 metres at next month's meeting in Monaco."
    )
    assert ("Tijuana", "LOCATION") in found("Police arrested a former mayor of Tijuana on Monday.")
    # the club is still the club where it plays, and a firm one holds shares in stays a firm
    assert ("Monaco", "ORGANIZATION") in found("Monaco beat Lyon 2-1 in Monaco on Sunday.")


def test_a_speaker_named_after_a_post_of_three_words_in_arabic(hybrid: HybridRecognizer) -> None:
    # the post "chief executive of the company" runs to three words with the article before the man
    text = "وقال الرئيس التنفيذي للشركة يوسف البنيان إن الأرباح ارتفعت."
    assert ("يوسف البنيان", "PERSON") in {(e.text, e.label) for e in hybrid(text, "ar")}
    # no man in a body's name after a verb of saying
    text = "وقالت الشركة السعودية للكهرباء إن الانقطاع انتهى."
    assert {(e.text, e.label) for e in hybrid(text, "ar")} == {("الشركة السعودية للكهرباء", "ORGANIZATION")}


def test_a_scorer_after_his_position_and_a_club_named_again_by_its_last_word(
    hybrid: HybridRecognizer,
) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # the scorer's position stays outside his name
    assert ("كريم العريبي", "PERSON") in found("وسجل المدافع كريم العريبي الهدف الأول للفريق.")
    assert found("وسجل اللاعب الهدف الأول.") == set()
    # شباب بلوزداد named in full, then بلوزداد alone after the coach's word: the club, then its coach
    got = found(
        "فاز مولودية الجزائر على شباب بلوزداد بهدفين دون رد. وقال مدرب بلوزداد رشيد بلحوت إن فريقه دفع ثمن الفرص."
    )
    assert {("بلوزداد", "ORGANIZATION"), ("رشيد بلحوت", "PERSON")} <= got
    assert ("بلوزداد رشيد", "PERSON") not in got


def test_a_national_body_the_tagger_made_a_name_of_another_kind(hybrid: HybridRecognizer) -> None:
    text = "The Swedish Migration Agency said on Monday that fewer people had applied for asylum."
    assert ("Swedish Migration Agency", "ORGANIZATION") in {(e.text, e.label) for e in hybrid(text, "en")}


def test_an_institute_named_by_a_foreign_name_is_an_organisation(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    assert ("معهد فراونهوفر", "ORGANIZATION") in found("وقال معهد فراونهوفر إن البطارية الجديدة أخف.")
    assert ("مركز كارنيغي", "ORGANIZATION") in found("وقال مركز كارنيغي إن المفاوضات متعثرة.")
    # an everyday word after a proclitic, or an adjective, is what the centre is, not its name
    assert found("افتتح مركز لتدريب الممرضين.") == set()
    assert found("افتتحت الشركة مركز لوجستي جديد.") == set()


def test_teams_of_a_results_line_are_organisations(hybrid: HybridRecognizer) -> None:
    text = (
        "وفي المباريات الأخرى: ريال مدريد (إسبانيا) 2-1 بايرن ميونيخ (ألمانيا)، وتعادل ايك اثينا (اليونان) - "
        "اندرلخت (بلجيكا) 1 - 1. وصل الوفد إلى ساو باولو (البرازيل) - أ ف ب"
    )
    got = {(e.text, e.label) for e in hybrid(text, "ar")}
    for team in ("ريال مدريد", "بايرن ميونيخ", "ايك اثينا", "اندرلخت"):
        assert (team, "ORGANIZATION") in got, team
    for country in ("إسبانيا", "ألمانيا", "اليونان", "بلجيكا"):
        assert (country, "LOCATION") in got, country
    assert ("ساو باولو", "LOCATION") in got, "a dateline names a city: no second team"


def test_a_place_keeps_the_full_stop_of_saint(hybrid: HybridRecognizer) -> None:
    # the tagger sees "St Petersburg"; the full stop in the text must not cut the name in two
    got = [(e.text, e.label) for e in hybrid("Workers in St. Petersburg protested on Monday.", "en")]
    assert got == [("St. Petersburg", "LOCATION")]
    assert hybrid._split_at_punctuation("Rome. Paris", tokenize("Rome. Paris"), [(0, 1, "LOC")]) == [
        (0, 0, "LOC"),
        (1, 1, "LOC"),
    ], "any other full stop ends a name"


def test_a_title_before_an_english_name_is_not_part_of_it() -> None:
    from newsflow.enrich.crf import _titles_are_not_names

    toks = tokenize("said Director Ljubomir Acimovic and King Hussein")
    spans = [_Span(1, 3, "PER", 0.9), _Span(5, 6, "PER", 0.9)]
    _titles_are_not_names(toks, spans)
    named = [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans]
    assert named == ["Ljubomir Acimovic", "King Hussein"], "King is also a name: it stays"

    def names(text: str, first: int, last: int, kind: str) -> list[tuple[str, str]]:
        toks = tokenize(text)
        spans = [_Span(first, last, kind, 0.6)]
        _titles_are_not_names(toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    # what the tagger made of BBC health articles
    assert names("Health Secretary Humza Yousaf said", 0, 3, "ORG") == [("Humza Yousaf", "PER")]
    assert names("with the Chair, Chief Executive and", 3, 4, "LOC") == [], "a post names no one"
    assert names("Dr Robert Galloway, Consultant in", 3, 3, "PER") == []
    assert names("ministers of the Executive said", 3, 3, "ORG") == [("Executive", "ORG")], "a body"
    assert names("Health Secretary Office staff", 0, 2, "ORG") == [("Health Secretary Office", "ORG")]


def test_a_country_the_tagger_takes_for_an_event_is_a_place(hybrid: HybridRecognizer) -> None:
    # a results line: the tagger reads "U.S. ) , Lola" as an event's name, unsure of it
    got = [
        (e.text, e.label)
        for e in hybrid("2. Michael Andretti ( U.S. ) , Lola Ford Cosworth , 1:50.123", "en")
    ]
    assert got == [("Michael Andretti", "PERSON"), ("U.S.", "LOCATION")]


def test_a_recurring_name_is_not_looked_for_past_the_end_of_the_text(hybrid: HybridRecognizer) -> None:
    # "Acme Steel" and "Acme Steel Works" are both names the tagger was sure of; the text ends on "Acme
    # Steel", untagged: the three-word name must not be matched against the two words left
    text = "Acme Steel Works and Acme Steel agreed , said Acme Steel"
    toks = tokenize(text)
    spans = [_Span(0, 2, "ORG", 0.95), _Span(4, 5, "ORG", 0.9)]
    hybrid._repeat_names(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(0, 2), (4, 5), (8, 9)]


def test_where_a_firm_is_based_is_not_its_name() -> None:
    from newsflow.enrich.crf import _trim_where_and_when

    toks = tokenize("analysts at St. Louis-based Mercantile Bancorp Inc. said")
    spans = [_Span(3, 6, "ORG", 0.9)]  # "Louis-based Mercantile Bancorp Inc"
    _trim_where_and_when(toks, spans)
    assert " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1]) == "Mercantile Bancorp Inc"
    alone = [_Span(3, 3, "ORG", 0.9)]
    _trim_where_and_when(toks, alone)
    assert (alone[0].first, alone[0].last) == (3, 3), "a name of one word is left as it is"
    toks = tokenize("the August Chicago NAPM rose")
    spans = [_Span(1, 3, "ORG", 0.9)]
    _trim_where_and_when(toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 3), "a month does not begin a name"


def test_two_unknown_words_after_a_nationality_are_a_person(hybrid: HybridRecognizer) -> None:
    def people(text: str) -> list[str]:
        return _names_by(hybrid._people_after_nationality, text)

    assert people("وحصلت الممثلة الأمريكية ميريل ستريب على جائزة") == ["ميريل ستريب"]
    # فوميو is no ف + a word, but بولاية is ب + a common word: the name has two words here
    assert people("والتقى نظيره الياباني فوميو كيشيدا بولاية جديدة") == ["فوميو كيشيدا"]
    # a common word, a word with the article, a nationality or a comma is no part of a name
    assert people("وأعلن الجيش الأمريكي سحب قواته") == []
    assert people("وقال الوزير الفرنسي الجديد إنه") == []
    assert people("وصل الوفد المصري، ميريل ستريب") == []
    # the shipped tagger finds nothing in the first two; with the rule, the recogniser finds both
    found = {e.text for e in hybrid("وحصلت الممثلة الأمريكية ميريل ستريب على جائزة جديدة.", "ar")}
    assert "ميريل ستريب" in found


def test_a_nationality_before_a_name_is_no_person(hybrid: HybridRecognizer) -> None:
    # the rules read الرئيس + الكيني as a title and a name; the tagger found وليام روتو after it
    found = [(e.text, e.label) for e in hybrid("وفاز الرئيس الكيني وليام روتو بولاية جديدة.", "ar")]
    assert found == [("وليام روتو", "PERSON")]


def test_a_place_named_after_a_newspaper_is_the_newspaper(hybrid: HybridRecognizer) -> None:
    def kinds(text: str, first: int, last: int) -> str:
        toks = tokenize(text)
        spans = [_Span(first, last, "LOC", 0.8)]
        hybrid._media_names(text, toks, spans)
        return spans[0].kind

    assert kinds("ونقلت صحيفة الشرق الأوسط عن مصادر", 2, 3) == "ORG"
    assert kinds('وذكرت لصحيفة "القدس" أن', 2, 2) == "ORG", "with ل, and with quotes before the name"
    assert kinds("وقالت وكالة الأناضول إن", 2, 2) == "ORG"
    assert kinds("عبرت السفينة قناة السويس", 3, 3) == "LOC", "قناة is a canal too"
    assert kinds("نشرت الصحيفة، القدس مدينة", 2, 2) == "LOC", "a comma ends the newspaper's name"
    assert kinds("وصل الوفد إلى القدس", 3, 3) == "LOC"


def test_and_before_a_given_name_begins_the_next_person(hybrid: HybridRecognizer) -> None:
    def people(text: str, first: int, last: int) -> list[str]:
        toks = tokenize(text)
        spans = [_Span(first, last, "PER", 0.8)]
        hybrid._split_coordinated_people(toks, spans)
        return [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans]

    # the tagger ran two players into one name
    assert people("وسجل أحمد رزق ومحمد عبدالمنصف هدفين", 1, 4) == ["أحمد رزق", "ومحمد عبدالمنصف"]
    assert people("اللاعبين محمد عبدالواحد وعبد الواحد السيد", 1, 5) == [
        "محمد عبدالواحد",
        "وعبد الواحد السيد",
    ], "و + عبد"
    assert people("استقبل الرئيس وليد جنبلاط", 2, 3) == ["وليد جنبلاط"], "وليد is a name as it stands"
    assert people("قال جورج بوش وهو يبتسم", 1, 3) == ["جورج بوش وهو"], "هو is no name: the span stays"
    assert people("كرم النجمين وهما غويوم فيلوتو", 3, 4) == ["غويوم فيلوتو"], "هما (they) is no name"
    # the tagger left the first name out, after its و
    assert people("حضر حامد الشريف وجلال محمود حسن", 4, 5) == ["وجلال محمود حسن"]
    assert people("فصل التحكيم بينه وبين معاوية الحسن", 4, 5) == ["معاوية الحسن"], "بين: between"


def test_a_disease_or_a_feast_is_no_name() -> None:
    def kinds(text: str, first: int, last: int, kind: str = "LOC") -> list[str]:
        toks = tokenize(text)
        spans = [_Span(first, last, kind, 0.5)]
        _diseases_are_not_names(toks, spans)
        return [s.kind for s in spans]

    # what the tagger of the README's split made of CAraNER's held-out sentences
    assert kinds("المصابين بفيروس كورونا في المملكة", 2, 2) == ["MISC"]
    assert kinds("في أثناء جائحة بكوفيد-19 أمس", 3, 3) == ["MISC"], "a clitic and the number"
    assert kinds("Ebola outbreak in Gabon", 0, 0, "ORG") == ["MISC"]
    assert kinds("COVID-19 cases rose", 0, 0) == ["MISC"]
    assert kinds("updates for iOS 18 and Android phones", 2, 3, "ORG") == ["MISC"], "a product"
    assert kinds("نجمة بوليوود الراحلة", 1, 1, "PER") == ["MISC"]
    # products of the 2020s, which the English tagger took for people and places
    assert kinds("Google released Gemini to developers", 2, 2, "PER") == ["MISC"]
    assert kinds("Tesla began delivering the Cybertruck in Texas", 4, 4) == ["MISC"]
    assert kinds("the price of the PlayStation 5 fell", 4, 5, "ORG") == ["MISC"]
    # what the tagger made of BBC health articles
    assert kinds("a Zero-Covid policy", 1, 1, "ORG") == ["MISC"], "a word of a hyphenated one"
    assert kinds("cases of Covid-19 Omicron rose", 2, 3, "ORG") == ["MISC"]
    assert kinds("over Christmas and the New Year period", 1, 1) == ["MISC"], "a feast"
    assert kinds("over Christmas and the New Year period", 4, 5) == ["MISC"]
    assert kinds("the Christmas Island group", 1, 2) == ["LOC"], "a place named after one"
    assert kinds("a New York hospital", 1, 2) == ["LOC"]

    # a name that merely holds a disease's name stays a name
    assert kinds("قالت منظمة مكافحة الإيدز الدولية", 1, 4, "ORG") == ["ORG"]
    assert kinds("زار الوفد مدينة مراكش", 3, 3) == ["LOC"]


def test_the_tagger_takes_no_disease_for_a_name(hybrid: HybridRecognizer) -> None:
    # the shipped tagger, without the rule, makes إيبولا an organisation here (0.3)
    found = {(e.text, e.label) for e in hybrid("أصيب اللاعب بفيروس إيبولا بعد عودته من غينيا.", "ar")}
    assert found == {("غينيا", "LOCATION")}


def test_an_address_is_no_name() -> None:
    from newsflow.enrich.crf import _addresses_are_not_names

    text = "email us at HaveYourSay@bbc.co.uk or see www.bbc.co.uk/news in Leeds"
    toks = tokenize(text)
    spans = [_Span(k, k, "LOC", 0.6) for k, t in enumerate(toks) if t.text[:1].isupper() or "." in t.text]
    _addresses_are_not_names(text, toks, spans)
    assert sorted((toks[s.first].text, s.kind) for s in spans if s.kind != "MISC") == [("Leeds", "LOC")]


def test_god_alone_is_no_person() -> None:
    from newsflow.enrich.crf import _god_is_no_person

    def names(text: str, first: int) -> list[tuple[str, str]]:
        toks = tokenize(text)
        spans = [_Span(first, first, "PER", 0.99)]
        _god_is_no_person(text, toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    # what the tagger made of ANT's articles
    assert names("وإن شاء الله الأزمة في طريقها للحل", 2) == [("الله", "MISC")]
    assert names("بزعامة الملا فضل الله، لأنه", 3) == [("فضل الله", "PER")], "the name it ends"
    assert names("بفضل الله نجحنا", 1) == [("الله", "MISC")], "by the grace of God"
    assert names("قال فضل، الله أعلم", 2) == [("الله", "MISC")], "a comma between"


def test_organisations_of_recent_arabic_news(hybrid: HybridRecognizer) -> None:
    text = "وأعلنت دايملر شراكتها مع تطبيق أوبر العام الماضي. وواجه فيس بوك فضيحة متعلقة بخصوصية مستخدميه."
    found = {(e.text, e.label, e.canonical) for e in hybrid(text, "ar")}
    assert ("أوبر", "ORGANIZATION", "أوبر") in found, "the tagger alone: a person (0.40)"
    assert ("فيس بوك", "ORGANIZATION", "فيسبوك") in found, "the tagger alone: a person (0.56)"
    found = {(e.text, e.label) for e in hybrid("أعلنت غوغل أنها ستطلق هاتفا يعمل بنظام أندرويد.", "ar")}
    assert found == {("غوغل", "ORGANIZATION")}, "the tagger alone: no Google, and Android a person"
    assert {e.text for e in hybrid("تحترق غابات الأمازون منذ أسابيع.", "ar")} == set(), "the forest"


def test_a_wire_dateline_is_a_place(hybrid: HybridRecognizer) -> None:
    def kinds(text: str, first: int, last: int, kind: str = "ORG") -> list[str]:
        toks = tokenize(text)
        spans = [_Span(first, last, kind, 0.9)]
        hybrid._datelines(text, toks, spans)
        return [s.kind for s in spans if s.first == first]

    # what the tagger made of AG News items
    assert kinds("ATHENS (Reuters) - Michael Phelps led the team", 0, 0) == ["LOC"]
    assert kinds("CARACAS, Venezuela (Reuters) - Venezuela's president", 1, 1) == ["LOC"], "the country"
    assert kinds("Canadian Press\nLONDON (AP) - Heavy rain", 2, 2) == ["LOC"], "at a line's start"
    assert kinds("NEW YORK (Reuters) - U.S. stocks", 0, 1) == ["LOC"]
    # the same shape that is no dateline
    assert kinds("AP - Heavy rain caused floods", 0, 0) == ["ORG"], "the agency itself"
    assert kinds("RUGBY UNION - LEICESTER WIN", 0, 1, "MISC") == ["MISC"], "a sport's heading"
    assert kinds("He said ATHENS (Reuters) - no", 2, 2) == ["ORG"], "not at a line's start"
    # the agency in brackets, whatever its name, is an organisation where the tagger saw nothing there
    toks = tokenize("SYDNEY (AAP) - The Reserve Bank of Australia")
    spans = [_Span(0, 0, "LOC", 0.9)]
    hybrid._datelines("SYDNEY (AAP) - The Reserve Bank of Australia", toks, spans)
    assert [(s.first, s.kind) for s in spans] == [(0, "LOC"), (1, "ORG")]
    # the tagger alone: ATHENS and The, organisations
    found = {
        (e.text, e.label) for e in hybrid("ATHENS (Reuters) - The swimmer won his third gold medal.", "en")
    }
    assert found == {("ATHENS", "LOCATION"), ("Reuters", "ORGANIZATION")}


def test_a_storm_is_no_name(hybrid: HybridRecognizer) -> None:
    # the tagger alone: an organisation, a person, a place
    assert {e.text for e in hybrid("Residents stocked up on water for Hurricane Charley.", "en")} == set()
    assert {e.text for e in hybrid("Storm Ciaran brought winds of 100mph to Cornwall.", "en")} == {"Cornwall"}
    assert {e.text for e in hybrid("ضرب إعصار فلورنس الساحل الشرقي.", "ar")} == set()
    assert {e.text for e in hybrid("وقالت السلطات إن الإعصار مايكل دمر آلاف المنازل في فلوريدا.", "ar")} == {
        "فلوريدا"
    }
    # the National Hurricane Center is an organisation
    assert [e.label for e in hybrid("The National Hurricane Center said so.", "en")] == ["ORGANIZATION"]


def test_a_quoted_name_after_a_firm_or_a_group_is_that_organisation(hybrid: HybridRecognizer) -> None:
    def orgs(text: str) -> set[str]:
        return {e.text for e in hybrid(text, "ar") if e.label == "ORGANIZATION"}

    # the tagger alone: nothing, or Daimler and Fars a person
    assert orgs('وقعت شركة "جنرال إلكتريك" عقدا جديدا.') == {"جنرال إلكتريك"}
    assert orgs('أعلن تنظيم "الدولة الإسلامية" مسؤوليته عن الهجوم.') == {"الدولة الإسلامية"}
    assert orgs('ونقلت وكالة "فارس" عن مسؤول قوله.') == {"فارس"}, "an agency: one common word"
    assert orgs('وصنفت الحكومة الجماعة منظمة "إرهابية" أمس.') == set(), "an adjective in quotes"
    assert orgs("وقعت شركة جنرال إلكتريك عقدا.") <= {"جنرال إلكتريك"}, "no quotes: the tagger decides"


def test_a_surname_that_is_also_a_place_stays_the_place_after_in(hybrid: HybridRecognizer) -> None:
    common = load().common

    def kinds(text: str) -> list[str]:
        toks = tokenize(text)
        at = [k for k, t in enumerate(toks) if t.norm == "باريس"]
        spans = [_Span(at[0] - 1, at[0], "PER", 0.9)] + [_Span(k, k, "LOC", 0.9) for k in at[1:]]
        _surnames_are_people(toks, spans, common, hybrid._known_place)
        return [s.kind for s in spans if s.first == s.last]

    # an ANT article: the tagger took the Paris Opera, أوبرا باريس, for a person, and the rule made every
    # Paris of the article that person
    assert kinds("قدمت أوبرا باريس العرض في باريس ثم قالت باريس إنها") == ["LOC", "PER"]
    assert kinds("قدمت أوبرا باريس العرض . وقالت باريس إنها") == ["PER"], "no في: the surname"


def test_a_place_of_several_words_is_one_place(hybrid: HybridRecognizer) -> None:
    def places(text: str, lang: str = "ar") -> list[str]:
        return [e.text for e in hybrid(text, lang) if e.label == "LOCATION"]

    # the tagger alone: خان | يونس, two places; دير البلح nothing; Khan Younis a man
    assert places("تعاني المستشفيات في خان يونس نقصا حادا.") == ["خان يونس"]
    assert places("قصفت الطائرات دير البلح أمس.") == ["دير البلح"]
    # places_recent.tsv, after the tagger: a man to the taggers
    assert places("Officials in Khan Younis said the hospital was full.", "en") == ["Khan Younis"]
    assert [(e.label, e.canonical) for e in hybrid("وصل الوفد الكوري إلى بيونغ يانغ أمس.", "ar")] == [
        ("LOCATION", "بيونغيانغ")
    ]
    # a person of the same names stays a person: the list's place must be the whole name
    assert [e.label for e in hybrid("Pakistan captain Younis Khan scored a century.", "en")][-1] == "PERSON"


@pytest.mark.skipif(
    "crf" in compiled_modules(),
    reason="a compiled class's methods cannot be replaced; the Python run covers it",
)
def test_the_tagger_alone_cuts_khan_younis_in_two(
    hybrid: HybridRecognizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HybridRecognizer, "_places_in_pieces", lambda self, toks, spans, ruled: None)
    # places_recent.tsv lists خان يونس too since 2026-12-04: without it, the pieces' rule alone joins them
    monkeypatch.setattr(HybridRecognizer, "_listed_names", lambda self, toks, spans: None)
    assert [e.text for e in hybrid("تعاني المستشفيات في خان يونس نقصا حادا.", "ar")] == ["خان", "يونس"]


def test_the_democratic_republic_of_congo_is_not_brazzaville(hybrid: HybridRecognizer) -> None:
    # the tagger alone finds "Congo", which the gazetteer's country names make the other Congo
    found = [
        (e.text, e.canonical) for e in hybrid("Fighting in the Democratic Republic of Congo went on.", "en")
    ]
    assert found == [("Democratic Republic of Congo", "Congo - Kinshasa")]
    assert [e.canonical for e in hybrid("تفشى المرض في الكونغو الديمقراطية أمس.", "ar")] == [
        "الكونغو - كينشاسا"
    ]


def test_the_edges_of_an_arabic_name() -> None:
    def names(text: str, kinds: list[tuple[int, int, str]]) -> list[str]:
        toks = tokenize(text)
        spans = [_Span(a, b, k, 0.9) for a, b, k in kinds]
        _arabic_name_edges(text, toks, spans)
        return [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans]

    # the tagger's spans on three sentences of 2024-2025 news
    assert names("ووصل وزير الصحة خالد آيت الطالب إلى المستشفى", [(3, 4, "PER")]) == ["خالد آيت الطالب"]
    assert names("وفد من الاتحاد برئاسة كايا كالاس لبحث", [(3, 5, "PER")]) == ["كايا كالاس"]
    assert names("في قصر بعبدا المبعوث الأمريكي", [(1, 3, "LOC")]) == ["قصر بعبدا"]
    assert names("بجامعة الملك سعود الدكتورة رؤى القفيدي", [(1, 3, "PER")]) == ["الملك سعود"], "a title"
    assert names("وقال الرئيس إن الخطة جاهزة", [(1, 1, "PER")]) == ["الرئيس"], "one word: nothing to trim"


def test_listed_names_side_by_side_are_each_their_own(hybrid: HybridRecognizer) -> None:
    # the tagger alone: one person, "إنفيديا جنسن هوانغ"
    found = [
        (e.label, e.text)
        for e in hybrid("وقال الرئيس التنفيذي لشركة إنفيديا جنسن هوانغ إن الطلب كبير.", "ar")
    ]
    assert found == [("ORGANIZATION", "إنفيديا"), ("PERSON", "جنسن هوانغ")]
    # سام is also a word (toxic): the tagger alone finds no one here
    assert [e.text for e in hybrid("وقال رئيسها التنفيذي سام ألتمان إن النموذج جديد.", "ar")] == [
        "سام ألتمان"
    ]
    centcom = hybrid("وأعلنت القيادة المركزية الأمريكية (سنتكوم) إسقاط طائرات مسيرة.", "ar")
    assert [(e.label, e.canonical) for e in centcom] == [("ORGANIZATION", "القيادة المركزية الأمريكية")] * 2


def test_a_name_before_the_word_province_is_a_place(hybrid: HybridRecognizer) -> None:
    text = "A magnitude 6.8 earthquake struck Morocco's Al Haouz province south of Marrakech."
    assert ("Al Haouz", "LOCATION") in {(e.text, e.label) for e in hybrid(text, "en")}
    toks = tokenize(text)
    spans = [_Span(7, 8, "PER", 0.9)]  # the tagger alone: a person
    _regions_are_places(toks, spans)
    assert spans[0].kind == "LOC"
    people = [_Span(0, 1, "PER", 0.9)]
    _regions_are_places(tokenize("Ali Haouz said the province was calm"), people)
    assert people[0].kind == "PER", "only straight before the word"


def test_a_future_verb_after_a_post_is_no_person(hybrid: HybridRecognizer) -> None:
    # the rules alone: سيزور and سيستقبل people, as the name after a post
    assert hybrid("وقال البيت الأبيض إن الرئيس سيزور المنطقة.", "ar") == []
    assert hybrid("وقال إن الملك سيستقبل الوفد.", "ar") == []
    assert [e.text for e in hybrid("وقال الرئيس سيرغي لافروف إن الوضع صعب.", "ar")] == ["سيرغي لافروف"]
    common = load().common
    toks = tokenize("إن الرئيس سيزور المنطقة وقال إن الشريك سيزور")
    assert [_future_verb(toks, i, common) for i in (2, 7)] == [True, False], "only after a post"


def test_listed_names_after_a_proclitic(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> list[tuple[str, str, str]]:
        return [(e.label[:3], e.text, e.canonical) for e in hybrid(text, "ar")]

    # one group, one canonical form, with the article, through ل + ال
    assert found("وشنت الطائرات غارات على مواقع للحوثيين.") == [("ORG", "للحوثيين", "الحوثيون")]
    assert ("ORG", "الحوثيين", "الحوثيون") in found("وأعلنت الولايات المتحدة ضربات ضد الحوثيين.")
    # the tagger ran the person on into the outlet: "Nadine Labaki to France 24"
    assert found("وتقول نادين لبكي لفرانس24 إن الفيلم جاهز.") == [
        ("PER", "نادين لبكي", "نادين لبكي"),
        ("ORG", "لفرانس24", "فرانس 24"),
    ]
    # a stem of five letters at least: a hail of bullets is no و + Apple
    assert found("أطلق المسلحون وابل من الرصاص على الحاجز.") == []


def test_an_adjective_right_after_an_organisation_ends_its_name(hybrid: HybridRecognizer) -> None:
    """شركة بترول أبوظبي الوطنية: the tagger stopped before الوطنية; ANERcorp has such an adjective
    inside the name 243 times in 245 after one. Not across a break, not after a place or a person, and not
    after a name the gazetteer lists whole (لمنظمة الأنتربول الدولية: the adjective is the منظمة's)."""

    def extended(text: str, first: int, last: int, kind: str = "ORG") -> str:
        toks = tokenize(text)
        spans = [_Span(first, last, kind, 0.9)]
        hybrid._adjectives_end_organisations(text, toks, spans)
        return " ".join(t.text for t in toks[spans[0].first : spans[0].last + 1])

    assert extended("قال مدير شركة بترول أبوظبي الوطنية إن", 3, 4) == "بترول أبوظبي الوطنية"
    assert extended("وقعت مؤسسة قطر الدولية للتنمية اتفاقا", 1, 2) == "مؤسسة قطر الدولية"
    assert extended("قال بترول أبوظبي، الوطنية", 1, 2) == "بترول أبوظبي"
    assert extended("وصل إلى أبوظبي الوطنية", 2, 2, "LOC") == "أبوظبي"
    assert extended("شركة بترول أبوظبي الجديدة", 1, 2) == "بترول أبوظبي"
    assert extended("العام لمنظمة الأنتربول الدولية والسيد", 2, 2) == "الأنتربول"


def test_an_english_town_and_a_club_word_are_a_club_in_a_sentence_about_sport(
    hybrid: HybridRecognizer,
) -> None:
    def names(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    text = "Tranmere Rovers have signed striker Josh Hawkes on loan from Bradford City until the end of the season."
    assert ("Bradford City", "ORGANIZATION") in names(text)
    spans: list[_Span] = [_Span(6, 7, "LOC", 0.8)]
    toks = tokenize("The striker joined on loan from Bradford City.")
    hybrid._clubs_by_their_towns_en("The striker joined on loan from Bradford City.", toks, spans)
    assert [(s.first, s.last, s.kind) for s in spans] == [(6, 7, "ORG")]
    # not outside sport, and not a town the gazetteer does not know
    spans = [_Span(5, 6, "LOC", 0.8)]
    text = "Traffic was heavy in Bradford City centre."
    hybrid._clubs_by_their_towns_en(text, tokenize(text), spans)
    assert spans[0].kind == "LOC"


def test_arab_regions_are_places_after_the_tagger(hybrid: HybridRecognizer) -> None:
    """The Arab countries' regions no town is named after (القصيم, الأنبار) are places to the rules after
    the tagger, not a feature of it; everyday words among their names are not (الشرقية, "eastern")."""
    res = load()
    assert {"القصيم", "الانبار", "حضرموت"} <= res.regions_ar
    assert not {"الشرقيه", "الداخليه", "الجزيره", "جنين"} & res.regions_ar
    assert ("ريف", "دمشق") in res.world_places
    assert ("القصيم",) not in res.gazetteer.entries, "no feature of the tagger"

    text = "استقبل أمير منطقة القصيم وفدا من رجال الأعمال"
    toks = tokenize(text)
    spans: list[_Span] = []
    hybrid._places_after_place_words(text, toks, spans)
    assert [(toks[s.first].text, s.kind) for s in spans] == [("القصيم", "LOC")]
    text = "ضبطت شرطة مسقط مقيمين آسيويين"  # a town's police: the town is the place
    toks = tokenize(text)
    spans = []
    hybrid._places_after_place_words(text, toks, spans)
    assert [(toks[s.first].text, s.kind) for s in spans] == [("مسقط", "LOC")]
    text = "في منطقة الشرقية من المدينة"  # منطقة and a word that is no known place: left alone
    spans = []
    hybrid._places_after_place_words(text, tokenize(text), spans)
    assert spans == []


def test_a_head_word_with_an_indefinite_adjective_is_a_description() -> None:
    toks = tokenize("افتتحت الجامعة كلية جديدة للطب البيطري")
    spans = [_Span(1, 1, "ORG", 0.9), _Span(2, 3, "ORG", 0.7)]
    _descriptions_are_not_names(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(1, 1)]
    # with the article the adjective can be the name's own (مصر الجديدة is a district)
    toks = tokenize("زار الوفد مؤسسة الأهرام الجديدة")
    spans = [_Span(2, 4, "ORG", 0.7)]
    _descriptions_are_not_names(toks, spans)
    assert len(spans) == 1


def test_an_accusative_noun_after_a_body_is_no_part_of_its_name() -> None:
    common = frozenset({"اضراب", "بيان"})
    toks = tokenize("أعلن الاتحاد العام التونسي للشغل إضرابا في النقل")
    spans = [_Span(1, 5, "ORG", 0.7)]
    _accusatives_end_names(toks, spans, common)
    assert (spans[0].first, spans[0].last) == (1, 4)
    # a name that ends in ا and is no common word with it stays whole (نوكيا, كوكا كولا)
    toks = tokenize("وقعت شركة كوكا كولا عقدا")
    spans = [_Span(1, 3, "ORG", 0.7)]
    _accusatives_end_names(toks, spans, common)
    assert spans[0].last == 3


def test_an_honour_is_no_organisation_and_irish_bodies_are_listed(hybrid: HybridRecognizer) -> None:
    toks = tokenize("Sarah Kemp, a headteacher, was made an OBE")
    spans = [_Span(0, 1, "PER", 0.9), _Span(7, 7, "ORG", 0.6)]
    _honours_are_not_names(toks, spans)
    assert [(s.first, s.kind) for s in spans] == [(0, "PER")]
    # an Irish state body, with its lower-case "of the" (na), is the organisation the list names
    found = {(e.text, e.label) for e in hybrid("Bord na Mona said it would cut 80 jobs in Offaly.", "en")}
    assert ("Bord na Mona", "ORGANIZATION") in found
    # a ferry firm the tagger took for a person
    found = {(e.text, e.label) for e in hybrid("The ferry will be run by Stena Line from March.", "en")}
    assert ("Stena Line", "ORGANIZATION") in found


def test_a_town_beside_a_place_joined_to_it_is_a_place(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._towns_beside_places, text, spans)

    # أبها is also "her father": beside a place joined by ب or و it is the town
    assert rule("طريق يربط أبها بخميس مشيط", [_Span(3, 4, "LOC", 0.8)]) == [
        ("أبها", "LOC"),
        ("بخميس مشيط", "LOC"),
    ]
    assert rule("حادث على الطريق بين مسقط وصلالة", [_Span(5, 5, "LOC", 0.8)]) == [
        ("مسقط", "LOC"),
        ("وصلالة", "LOC"),
    ]
    # not beside a person, not a lone conjunction, not in a sports report
    assert rule("زار أبها وأمها القاهرة", [_Span(3, 3, "LOC", 0.9)]) == [("القاهرة", "LOC")]
    assert rule("بين مصر و سوريا", [_Span(1, 1, "LOC", 0.9), _Span(3, 3, "LOC", 0.9)]) == [
        ("مصر", "LOC"),
        ("سوريا", "LOC"),
    ]
    assert rule("فاز أبها بالقادسية في الدوري", [_Span(2, 2, "LOC", 0.8)]) == [("بالقادسية", "LOC")]


def test_a_written_hamza_is_no_slip_of_the_pen(hybrid: HybridRecognizer) -> None:
    text = "افتتح رئيس البلدية بئرا جديدة في الحي"
    toks = tokenize(text)
    # the tagger's place بئرا ("a well") normalises to بيرا (Beira); the rules do not list it
    assert not [e for e in RuleRecognizer(load())(text, "ar") if e.text == "بئرا"]
    spans = [_Span(3, 3, "LOC", 0.46)]
    hybrid._hamza_is_no_slip(toks, spans, [])
    assert spans == []
    # a listed place written with its hamza stays: بئر السبع, الجزائر
    text = "زار الوفد الجزائر"
    spans = [_Span(2, 2, "LOC", 0.9)]
    hybrid._hamza_is_no_slip(tokenize(text), spans, [])
    assert len(spans) == 1


def test_irish_names_are_people() -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        toks = tokenize(text)
        _irish_names_are_people(toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    assert rule("Aoife Ní Fhearraigh presents the show", [_Span(0, 2, "ORG", 0.9)]) == [
        ("Aoife Ní Fhearraigh", "PER")
    ]
    # the tagger's MISC name, and a title it read as a person before it, which keeps its own span
    assert rule(
        "Ceann Comhairle Seán Ó Fearghail spoke", [_Span(0, 1, "PER", 0.5), _Span(2, 4, "MISC", 0.6)]
    ) == [
        ("Ceann Comhairle", "PER"),
        ("Seán Ó Fearghail", "PER"),
    ]
    # where the tagger saw nothing; not a lower-case word
    assert rule("Niamh Nic Dhonnchadha visited", []) == [("Niamh Nic Dhonnchadha", "PER")]
    assert rule("the ó Fearghail", []) == []


def test_a_sheikh_of_a_body_is_a_post(hybrid: HybridRecognizer) -> None:
    text = "استقبل شيخ الأزهر أحمد الطيب وفدا"
    toks = tokenize(text)
    spans = [_Span(1, 4, "PER", 0.8)]
    hybrid._sheikhs_of_bodies(toks, spans)
    assert [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans] == [
        ("الأزهر", "ORG"),
        ("أحمد الطيب", "PER"),
    ]
    # a sheikh's own name stays whole
    text = "استقبل الشيخ محمد بن زايد الوفد"
    spans = [_Span(1, 4, "PER", 0.8)]
    hybrid._sheikhs_of_bodies(tokenize(text), spans)
    assert (spans[0].first, spans[0].last) == (1, 4)


def test_english_towns_after_visited_and_irish_titles(hybrid: HybridRecognizer) -> None:
    got = {(e.text, e.label) for e in hybrid("The minister Niamh Nic Dhonnchadha visited Galway.", "en")}
    assert ("Galway", "LOCATION") in got
    assert ("Niamh Nic Dhonnchadha", "PERSON") in got
    got = {(e.text, e.label) for e in hybrid("Taoiseach Micheál Martin met the Ceann Comhairle.", "en")}
    assert ("Micheál Martin", "PERSON") in got
    assert not [t for t, label in got if "Comhairle" in t or "Taoiseach" in t]


def test_listed_firms_with_a_possessive_and_sponsors_of_leagues(hybrid: HybridRecognizer) -> None:
    got = {(e.text, e.label) for e in hybrid("Sainsbury's has apologised after card payments failed.", "en")}
    assert ("Sainsbury's", "ORGANIZATION") in got
    got = {(e.text, e.label) for e in hybrid("Anas Sarwar said Scottish Labour would scrap the plan.", "en")}
    assert ("Scottish Labour", "ORGANIZATION") in got
    assert ("أدنوك", "ORGANIZATION") in {
        (e.text, e.label) for e in hybrid("اشترت أدنوك حصة في حقل للغاز.", "ar")
    }
    # the sponsor of a league names the league, no firm
    text = "فاز الوحدة على شباب الأهلي في دوري أدنوك للمحترفين"
    assert "أدنوك" not in {e.text for e in hybrid(text, "ar")}


def test_castles_are_places_and_ports_are_no_part_of_a_town(hybrid: HybridRecognizer) -> None:
    def kinds(text: str, spans: list[_Span]) -> list[str]:
        hybrid._hospitals_and_rivers_are_places(text, tokenize(text), spans)
        return [s.kind for s in spans]

    assert kinds("Tourists queued outside Edinburgh Castle on Monday", [_Span(3, 4, "ORG", 0.8)]) == ["LOC"]
    assert kinds("a choir sang in Durham Cathedral", [_Span(4, 5, "ORG", 0.8)]) == ["LOC"]
    text = "وصلت السفينة إلى ميناء الحديدة أمس"
    toks = tokenize(text)
    spans = [_Span(3, 4, "LOC", 0.8)]
    _place_words_are_not_the_name(toks, spans)
    assert (spans[0].first, spans[0].last) == (4, 4)
    # a port's name of two words after it stays whole
    spans = [_Span(3, 5, "LOC", 0.8)]
    _place_words_are_not_the_name(tokenize("وصلت السفينة إلى ميناء جبل علي أمس"), spans)
    assert (spans[0].first, spans[0].last) == (3, 5)


def test_a_region_near_a_find_is_the_place(hybrid: HybridRecognizer) -> None:
    assert _spans_after(hybrid._regions_after_prepositions, "اكتشفوا مقبرة رومانية قرب جرش", []) == [
        ("جرش", "LOC")
    ]


def test_new_san_and_los_begin_foreign_places(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._foreign_place_prefixes, text, spans)

    assert rule("دمر الإعصار مباني نيو أورليانز", [_Span(3, 4, "PER", 0.8)]) == [("نيو أورليانز", "LOC")]
    assert rule("عقد المؤتمر في سان فرانسيسكو", [_Span(3, 4, "ORG", 0.8)]) == [("سان فرانسيسكو", "LOC")]
    # a club in a sports report stays the club
    assert rule("فاز لوس أنجلوس في الدوري", [_Span(1, 2, "ORG", 0.8)]) == [("لوس أنجلوس", "ORG")]
    # the arabian peninsula is no channel
    got = {(e.text, e.label) for e in hybrid("كانت الجزيرة العربية مقسمة إلى ثلاثة أقاليم", "ar")}
    assert ("الجزيرة العربية", "LOCATION") in got


def test_a_given_name_before_a_kunya_begins_the_person(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._given_names_before_kunyas, text, spans)

    text = "قال المستشار عدنان أبو حسنة إن المدارس ستفتح"
    assert rule(text, [_Span(3, 4, "PER", 0.8)]) == [("عدنان أبو حسنة", "PER")]
    # not a word that is no given name, not across a comma
    assert rule("قال المستشار أبو حسنة إن", [_Span(2, 3, "PER", 0.8)]) == [("أبو حسنة", "PER")]
    assert rule("التقى عدنان، أبو حسنة", [_Span(2, 3, "PER", 0.8)]) == [("أبو حسنة", "PER")]


def test_a_particle_with_its_hamza_begins_no_name(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        toks = tokenize(text)
        hybrid._particles_begin_no_name(toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    # فإن and the noun after it: no person at all
    assert rule("بحسب البنك المركزي فإن احتياطيات النقد ارتفعت", [_Span(3, 4, "PER", 0.5)]) == []
    # a known name after it stays, without the particle
    assert rule("وحسب فريقه فإن لوب تعرض لإصابة", [_Span(2, 3, "PER", 0.5)]) == [("لوب", "PER")]
    # فان without the hamza is Van
    assert rule("سجل فان نيستلروي هدفين", [_Span(1, 2, "PER", 0.9)]) == [("فان نيستلروي", "PER")]
    # and the whole recogniser, whose rules had added the person after the body
    text = "بحسب البنك المركزي العراقي فإن احتياطيات النقد الأجنبي تجاوزت مئة مليار دولار."
    assert not [e for e in hybrid(text, "ar") if e.label == "PERSON"]


def test_a_foreign_firm_leaves_its_nationality_out(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        toks = tokenize(text)
        hybrid._nationalities_end_foreign_names(toks, spans)
        return [(" ".join(t.text for t in toks[s.first : s.last + 1]), s.kind) for s in spans]

    assert rule("رست سفينة تابعة لشركة ميرسك الدنماركية", [_Span(4, 5, "ORG", 0.6)]) == [("ميرسك", "ORG")]
    # a body named by words with the article keeps it
    assert rule("قالت وكالة الأنباء المصرية", [_Span(1, 3, "ORG", 0.9)]) == [("وكالة الأنباء المصرية", "ORG")]
    assert rule("عقد الاتحاد الأوروبي قمة", [_Span(1, 2, "ORG", 0.9)]) == [("الاتحاد الأوروبي", "ORG")]
    # a town's name that looks like a nationality (الدرعية), and a team word with nothing else, keep theirs
    assert rule("حقق فريق الدرعية انتصاره", [_Span(1, 2, "ORG", 0.6)]) == [("فريق الدرعية", "ORG")]


def test_a_word_joined_to_a_place_after_between_or_from_is_a_place(hybrid: HybridRecognizer) -> None:
    names = {
        (e.text, e.label)
        for e in hybrid("A ferry run by Orkney Ferries broke down between Kirkwall and Shapinsay.", "en")
    }
    assert {("Orkney Ferries", "ORGANIZATION"), ("Kirkwall", "LOCATION"), ("Shapinsay", "LOCATION")} <= names
    # not where the tagger found a name of another kind
    names = {
        (e.text, e.label) for e in hybrid("Talks between Israel and Hizbollah guerrillas resumed.", "en")
    }
    assert ("Hizbollah", "LOCATION") not in names


def test_a_mauritanian_name_runs_on_through_son_of(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._sons_in_names, text, spans)

    text = "فاز حمودي ولد المصطفى ولد الوالي بالمقعد"
    assert rule(text, [_Span(1, 1, "PER", 0.7)]) == [("حمودي ولد المصطفى ولد الوالي", "PER")]
    # two people the tagger split at ولد are one
    assert rule(text, [_Span(1, 1, "PER", 0.7), _Span(3, 5, "PER", 0.6)]) == [
        ("حمودي ولد المصطفى ولد الوالي", "PER")
    ]
    # ولد "was born" before a year or a preposition stays out
    assert rule("فرويد ولد في النمسا", [_Span(0, 0, "PER", 0.9)]) == [("فرويد", "PER")]
    assert rule("فرويد ولد عام 1856", [_Span(0, 0, "PER", 0.9)]) == [("فرويد", "PER")]


def test_the_worlds_regions_are_places_after_prepositions_and_directions(hybrid: HybridRecognizer) -> None:
    def rule(text: str) -> list[str]:
        return _names_by(hybrid._regions_after_prepositions, text)

    assert load().regions_ar >= {normalize("كاليفورنيا"), normalize("سيناء"), normalize("كشمير")}
    assert rule("قطع الرئيس رحلته إلى فلوريدا وعاد") == ["فلوريدا"]
    assert rule("اشتباكات في جنوب كشمير أمس") == ["كشمير"]
    assert rule("عاش الرعاة بسيناء قرونا") == ["بسيناء"]
    # not where nothing places it
    assert rule("كاليفورنيا ولاية كبيرة") == []


def test_officials_after_and_end_a_body_and_a_generic_word_names_nothing(hybrid: HybridRecognizer) -> None:
    text = "بين مسؤولي هذه المنظمة الدولية ورؤساء الشرطة في الدول المشاركة"
    toks = tokenize(text)
    spans = [_Span(3, 6, "ORG", 0.6)]
    hybrid._officials_end_bodies(toks, spans)
    assert [" ".join(t.text for t in toks[s.first : s.last + 1]) for s in spans] == ["المنظمة الدولية"]
    # the seed article, end to end
    assert ("المنظمة الدولية", "ORGANIZATION") in {(e.text, e.label) for e in hybrid(text, "ar")}
    # a body named by nouns joined by و keeps them
    spans = [_Span(1, 3, "ORG", 0.8)]
    hybrid._officials_end_bodies(tokenize("قالت وزارة الزراعة واستصلاح الأراضي"), spans)
    assert (spans[0].first, spans[0].last) == (1, 3)
    toks = tokenize('هبط سهم شركة "إس إن سي" الكندية')
    spans = [_Span(2, 2, "ORG", 0.5)]
    hybrid._generic_words_name_nothing(toks, spans)
    assert spans == []


def test_a_post_ends_an_arabic_name() -> None:
    """قصر قرطاج | رئيسة الحكومة: neither Arabic corpus has a post inside a person's, place's or body's name
    (but قاسم أمين and أم سفير, so neither word is a post here)."""
    toks = tokenize("استقبل الرئيس في قصر قرطاج رئيسة الحكومة الإيطالية")
    spans = [_Span(4, 5, "LOC", 0.8)]
    _posts_end_names(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(4, 4)]
    toks = tokenize("التقى مدير الشركة ورئيس النقابة")
    spans = [_Span(2, 3, "ORG", 0.8)]
    _posts_end_names(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(2, 2)], "و + a post too"
    toks = tokenize("دعت منظمة العفو الدولية السلطات التونسية إلى الإفراج")
    spans = [_Span(1, 5, "ORG", 0.9)]
    _posts_end_names(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(1, 3)], "the authorities too"
    toks = tokenize("كتب قاسم أمين عن المرأة")
    spans = [_Span(1, 2, "PER", 0.8)]
    _posts_end_names(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(1, 2)], "أمين is also a name"


def test_english_words_of_nationality_alone_name_nothing(hybrid: HybridRecognizer) -> None:
    """Qatari, Omani, Emirati, Bahraini: rare in the tagger's 1996 news, it made places and men of them."""
    toks = tokenize("An Omani official met Qatari and Egyptian mediators in Saudi Arabia")
    spans = [_Span(0, 1, "PER", 0.8), _Span(4, 6, "LOC", 0.6), _Span(9, 10, "LOC", 0.9)]
    _demonyms_are_not_names(toks, spans)
    assert [s.kind for s in spans] == ["MISC", "MISC", "LOC"]
    text = "An Omani official said the talks would resume. Emirati and Bahraini ministers attended in Muscat."
    assert {e.text for e in hybrid(text, "en")} == {"Muscat"}


def test_state_after_secretary_of_is_the_post(hybrid: HybridRecognizer) -> None:
    """The tagger read "State Antony" as a place and "State for Foreign Affairs" as a body."""
    found = {e.text: e.label for e in hybrid("Secretary of State Antony Blinken arrived in Cairo.", "en")}
    assert found == {"Antony Blinken": "PERSON", "Cairo": "LOCATION"}, found
    text = "Minister of State for Foreign Affairs Anwar Gargash said the UAE would help."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert found == {"Anwar Gargash": "PERSON", "UAE": "LOCATION"}, found
    text = "Minister of State for Foreign Affairs Khalifa Shaheen Al Marar represented the UAE in Cairo."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert found.get("Khalifa Shaheen Al Marar") == "PERSON", "the first name the tagger ran into the post"


def test_a_listed_body_on_one_side_of_and_makes_two(hybrid: HybridRecognizer) -> None:
    found = {
        e.text: e.label for e in hybrid("Investors including Microsoft and Nvidia backed the round.", "en")
    }
    assert found == {"Microsoft": "ORGANIZATION", "Nvidia": "ORGANIZATION"}, found
    text = "The Securities and Exchange Commission fined the bank."
    assert [e.text for e in hybrid(text, "en")] == ["Securities and Exchange Commission"]
    found = {e.text for e in hybrid("Netflix and Uber shares rose.", "en")}
    assert found == {"Netflix", "Uber"}, "the bodies of organisations_recent.tsv count too"
    text = "The Lebanese Forces and the Free Patriotic Movement failed to agree on a president."
    found = {e.text for e in hybrid(text, "en")}
    assert found == {"Lebanese Forces", "Free Patriotic Movement"}, "no organisation holds 'and the'"


def test_a_royal_title_and_a_name_the_tagger_doubted_are_a_person(hybrid: HybridRecognizer) -> None:
    found = {
        e.text: e.label
        for e in hybrid("Jordan's Queen Rania spoke at the World Economic Forum in Davos.", "en")
    }
    assert found.get("Rania") == "PERSON", found
    found = {
        e.text: e.label for e in hybrid("The Queen Elizabeth Hospital said the patient was stable.", "en")
    }
    assert "Elizabeth" not in found, found
    assert "Queen Elizabeth Hospital" in found, found


def test_a_stadium_named_for_no_one_is_named_for_a_place(hybrid: HybridRecognizer) -> None:
    text = "أقيمت المباراة النهائية على استاد لوسيل في الدوحة أمام ستين ألف متفرج."
    found = {e.text: e.label for e in hybrid(text, "ar")}
    assert found.get("لوسيل") == "LOCATION", found
    toks = tokenize("على ملعب الحارثي")
    spans = [_Span(2, 2, "PER", 0.6)]
    hybrid._stadiums_named_for_places(toks, spans)
    assert spans[0].kind == "PER", "a family name stays the man the stadium is named for"


def test_an_arabic_family_name_with_its_article_ends_an_english_name(hybrid: HybridRecognizer) -> None:
    """The tagger took al-Burhan for a name of another kind and ended the man before it."""
    found = {e.text: e.label for e in hybrid("Sudan's army chief Abdel Fattah al-Burhan met envoys.", "en")}
    assert found.get("Abdel Fattah al-Burhan") == "PERSON", found


def test_big_firms_no_training_text_names_are_listed(hybrid: HybridRecognizer) -> None:
    """A firm the 1996 news never named, first in its sentence, "said" after it: a man to the tagger."""
    for name in ("Wells Fargo", "Salesforce", "Stellantis", "Mastercard"):
        found = {e.text: e.label for e in hybrid(f"{name} said on Monday it would cut 2,000 jobs.", "en")}
        assert found.get(name) == "ORGANIZATION", found
    found = {e.text: e.label for e in hybrid("أعلنت شركة هواوي عن هاتف جديد.", "ar")}
    assert found.get("هواوي") == "ORGANIZATION", found


def test_a_name_that_begins_like_a_proclitic_and_the_article_keeps_its_first_letter(
    hybrid: HybridRecognizer,
) -> None:
    """كاليفورنيا is no ك + اليفورنيا, فالنسيا no ف + النسيا: web text writes the whole word and never the
    rest; بالمغرب is ب + المغرب."""
    text = "ضربت عاصفة ولاية كاليفورنيا، وارتفع عدد ضحايا الفيضانات في ولاية فالنسيا الإسبانية، وزار الوفد بالمغرب."
    canonical = {e.text: e.canonical for e in hybrid(text, "ar")}
    assert canonical.get("كاليفورنيا") == "كاليفورنيا", canonical
    assert canonical.get("فالنسيا") == "فالنسيا", canonical
    assert canonical.get("بالمغرب") == "المغرب", canonical


def test_a_body_named_by_a_noun_and_a_nationality(hybrid: HybridRecognizer) -> None:
    """هيئة الطيران المدني الأردنية, وكالة الأنباء اليمنية: a head word, a noun (its adjective or not) and a
    nationality; "official" after them is no part of the name."""
    found = {
        e.text: e.label for e in hybrid("أعلنت هيئة الطيران المدني الأردنية تعليق الرحلات إلى بيروت.", "ar")
    }
    assert found.get("هيئة الطيران المدني الأردنية") == "ORGANIZATION", found
    found = {
        e.text: e.label
        for e in hybrid("نقلت وكالة الأنباء اليمنية الرسمية عن مصدر قوله إن الهدنة صامدة.", "ar")
    }
    assert found.get("وكالة الأنباء اليمنية") == "ORGANIZATION", found
    found = {e.text for e in hybrid("بحث الاجتماع سبل التعاون الاقتصادي المصري الأردني.", "ar")}
    assert not found, "no head word: no body"


def test_organising_a_cup_is_no_group(hybrid: HybridRecognizer) -> None:
    """تنظيم heads a group's name (تنظيم القاعدة, تنظيم داعش) and is "the organising of" a common noun."""
    found = {e.text for e in hybrid("منح الاتحاد الدولي السعودية حق تنظيم كأس العالم 2034.", "ar")}
    assert not any(t.startswith("تنظيم") for t in found), found
    found = {e.text: e.label for e in hybrid("أعلن تنظيم داعش مسؤوليته عن الهجوم.", "ar")}
    assert found.get("تنظيم داعش") == "ORGANIZATION", found


def test_an_awards_ceremony_is_no_person_and_a_merged_studio_is_one_firm(hybrid: HybridRecognizer) -> None:
    found = {
        e.text: e.label for e in hybrid("Beyonce won album of the year at the Grammys in Los Angeles.", "en")
    }
    assert "Grammys" not in found, found
    text = "Warner Bros Discovery agreed to sell its studios to Paramount Skydance."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert found.get("Warner Bros Discovery") == "ORGANIZATION", found


def test_no_person_begins_inside_an_everyday_word(hybrid: HybridRecognizer) -> None:
    """ولاية is "a province", not و + ل + آية (a woman's name); بقوة is "strongly", not ب + قوة."""
    found = {e.text: e.label for e in hybrid("وقع الحادث في ولاية ملاطية شرقي تركيا.", "ar")}
    assert not any(label == "PERSON" for label in found.values()), found
    assert found.get("تركيا") == "LOCATION", found
    found = {e.text: e.label for e in hybrid("وقال لمحمد بن سلمان إن الزيارة ناجحة.", "ar")}
    assert any(label == "PERSON" and "محمد بن سلمان" in text for text, label in found.items()), found


def test_a_place_before_a_firm_named_by_its_trade_is_its_first_word(hybrid: HybridRecognizer) -> None:
    text = "Boeing resumed deliveries of its jets to China Southern Airlines on Monday."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert found.get("China Southern Airlines") == "ORGANIZATION", found
    text = "The deal was advised by Boston-based Reagan Communications, the firm said."
    found = {e.text: e.label for e in hybrid(text, "en")}
    assert not any(t.startswith("Boston") and label == "ORGANIZATION" for t, label in found.items()), found


def test_jeddah_after_a_preposition_is_the_city(hybrid: HybridRecognizer) -> None:
    found = {
        e.text: e.label for e in hybrid("أعلنت الشرطة القبض على ثلاثة أشخاص في جدة بتهمة الاحتيال.", "ar")
    }
    assert found.get("جدة") == "LOCATION", found


def test_a_given_name_that_is_an_everyday_word_needs_a_name_after_it(hybrid: HybridRecognizer) -> None:
    """علي is also Egypt's spelling of على ("on"): علي التتابع is "in turn", no man; علي حسن المجيد is one."""
    found = {e.text: e.label for e in hybrid("وانتشر المرض علي التتابع خارج القارة الأفريقية.", "ar")}
    assert not any(label == "PERSON" for label in found.values()), found
    found = {e.text: e.label for e in hybrid("زار مقتدى الصدر مدينة النجف والتقى رجال دين.", "ar")}
    assert found.get("مقتدى الصدر") == "PERSON", found


def test_a_listed_longer_form_and_a_town_after_on(hybrid: HybridRecognizer) -> None:
    found = {e.text: e.label for e in hybrid("أعلن نادي الوداد البيضاوي التعاقد مع المدرب الفرنسي.", "ar")}
    assert found.get("الوداد البيضاوي") == "ORGANIZATION", found
    found = {
        e.text: e.label for e in hybrid("حذر المركز من أمطار غزيرة على جازان خلال الساعات المقبلة.", "ar")
    }
    assert found.get("جازان") == "LOCATION", found


def test_a_world_city_whose_name_is_a_frequent_word_after_a_preposition(hybrid: HybridRecognizer) -> None:
    """طوكيو is a frequent word because it is a frequent name; a region joined to a town by و is a place."""
    found = {e.text: e.label for e in hybrid("وصل الوزير إلى طوكيو في زيارة رسمية.", "ar")}
    assert found.get("طوكيو") == "LOCATION", found
    text = "حذر المركز من أمطار غزيرة على جازان وعسير خلال الساعات المقبلة."
    found = {e.text: (e.label, e.canonical) for e in hybrid(text, "ar")}
    assert found.get("وعسير") == ("LOCATION", "عسير"), found


def test_a_listed_body_after_the_word_for_what_it_is(hybrid: HybridRecognizer) -> None:
    found = {e.text: e.label for e in hybrid("أطلقت وكالة ناسا مهمة جديدة لاستكشاف القمر.", "ar")}
    assert found.get("ناسا") == "ORGANIZATION", found


def test_a_headline_names_a_famous_person_by_surname(hybrid: HybridRecognizer) -> None:
    found = {e.text: (e.label, e.canonical) for e in hybrid("Putin warns NATO over missiles", "en")}
    assert found.get("Putin") == ("PERSON", "Vladimir Putin"), found
    found = {e.text: e.label for e in hybrid("Shares of Trump Media fell on Monday.", "en")}
    assert found.get("Trump Media") == "ORGANIZATION", found
    found = {e.text: (e.label, e.canonical) for e in hybrid("Trump meets Xi in Busan", "en")}
    assert found.get("Xi") == ("PERSON", "Xi Jinping"), found
    found = {e.text: e.label for e in hybrid("May 15 v Duke of Norfolk's XI (at Arundel)", "en")}
    assert found.get("XI") != "PERSON", "a Roman eleven"


def test_an_arabic_headline_names_a_leader_by_surname_and_a_verb_splits_two_people(
    hybrid: HybridRecognizer,
) -> None:
    found = {
        e.text: (e.label, e.canonical) for e in hybrid("السيسي يستقبل ولي العهد السعودي في القاهرة", "ar")
    }
    assert found.get("السيسي") == ("PERSON", "عبد الفتاح السيسي"), found
    found = {e.text: e.label for e in hybrid("قال زياد السيسي إن الشركة ستتوسع.", "ar")}
    assert found.get("زياد السيسي") == "PERSON", found
    found = {e.text: e.label for e in hybrid("ترامب يلتقي شي جين بينغ في بوسان", "ar")}
    assert found.get("ترامب") == "PERSON", found
    assert found.get("شي جين بينغ") == "PERSON", found


def test_who_says_it_at_a_headline_end_is_a_person_and_a_camel_case_brand_is_listed(
    hybrid: HybridRecognizer,
) -> None:
    found = {e.text: e.label for e in hybrid("Hezbollah rejects disarmament plan, says Qassem", "en")}
    assert found.get("Qassem") == "PERSON", found
    found = {e.text: e.label for e in hybrid("Musk's xAI raises $10 billion", "en")}
    assert found.get("xAI") == "ORGANIZATION", found


def test_royal_titles_begin_the_names_of_places(hybrid: HybridRecognizer) -> None:
    found = {e.text: e.label for e in hybrid("Heavy snow closed schools across Prince Edward Island.", "en")}
    assert found.get("Prince Edward Island") == "LOCATION", found
    found = {
        e.text: e.label for e in hybrid("Queen Elizabeth Hospital in Charlottetown said it was full.", "en")
    }
    assert found.get("Queen Elizabeth Hospital") == "LOCATION", found


def test_a_state_service_named_by_everyday_words_is_an_organisation(hybrid: HybridRecognizer) -> None:
    found = {e.text: e.label for e in hybrid("وقالت مديرية الدفاع المدني إن الحريق أخمد.", "ar")}
    assert found.get("مديرية الدفاع المدني") == "ORGANIZATION", found
    found = {e.text: e.label for e in hybrid("أعلنت الحماية المدنية الجزائرية وفاة شخصين.", "ar")}
    assert found.get("الحماية المدنية الجزائرية") == "ORGANIZATION", found
    for text in ("قال مدير عام الدفاع المدني إن الفرق تعمل.", "قال الناطق باسم الدفاع المدني إن الفرق تعمل."):
        assert not any(e.label == "ORGANIZATION" for e in hybrid(text, "ar")), "part of a title"


def test_latin_names_in_arabic_text_are_read_by_the_english_recogniser(hybrid: HybridRecognizer) -> None:
    text = "وقالت جامعة أستون (Aston University) إن الدراسة نشرت في مجلة PNAS بحسب موقع CNN."
    found = {(e.text, e.label) for e in hybrid(text, "ar")}
    assert {("Aston University", "ORGANIZATION"), ("CNN", "ORGANIZATION")} <= found
    assert ("جامعة أستون", "ORGANIZATION") in found
    # offsets are the Arabic text's own
    for e in hybrid(text, "ar"):
        assert text[e.start : e.end] == e.text
    # the English gazetteer's canonical form comes along; a lower-case run names nothing
    cia = [
        e for e in hybrid("ونفت وكالة المخابرات المركزية الأمريكية (CIA) التقرير", "ar") if e.text == "CIA"
    ]
    assert [e.canonical for e in cia] == ["Central Intelligence Agency"]
    assert not [e for e in hybrid("زوروا الموقع www.example.com للمزيد", "ar") if e.text.isascii()]


def test_the_team_is_no_general_in_a_sports_report(hybrid: HybridRecognizer) -> None:
    # الفريق before a team's adjective or a verb in a sports report: the team, no person after it
    text = "وهو نفس الطموح الذي يلعب من أجله الفريق المكناسي الذي يريد الفوز في المباراة"
    assert not [e for e in hybrid(text, "ar") if e.label == "PERSON"]
    text = "لا شك في أن عودة بركات إلي صفوف الفريق ستمنحنا أفضلية في المباريات المقبلة ."
    assert [e.text for e in hybrid(text, "ar") if e.label == "PERSON"] == ["بركات"]
    # a general keeps his name, and so does a coach named in full
    text = "بدأ وزير الدفاع السوداني الفريق عبدالرحيم محمد حسين جولة تشمل عدة ولايات"
    assert "عبدالرحيم محمد حسين" in {e.text for e in hybrid(text, "ar") if e.label == "PERSON"}


def test_a_family_name_ends_a_chain_of_names(hybrid: HybridRecognizer) -> None:
    # الصباح is also "the morning": after الأحمد الجابر it is the family the tagger left out
    text = "افتتح أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مصفاة جديدة في منطقة الزور."
    assert "مشعل الأحمد الجابر الصباح" in {e.text for e in hybrid(text, "ar") if e.label == "PERSON"}
    # not after a one-word name, nor after a name whose last word has no article
    for text, first, last in (("التقى سالم الصباح في المدينة", 1, 1), ("التقى محمد سالم الصباح", 1, 2)):
        spans = [_Span(first, last, "PER", 0.9)]
        hybrid._families_end_chains_of_names(text, tokenize(text), spans)
        assert spans[0].last == last
    text = "التقى مشعل الأحمد الجابر الصباح"
    spans = [_Span(1, 3, "PER", 0.9)]
    hybrid._families_end_chains_of_names(text, tokenize(text), spans)
    assert spans[0].last == 4


def test_a_city_the_stadium_or_the_fair_is_named_for_is_the_place(hybrid: HybridRecognizer) -> None:
    # the tagger read الرباط as the stadium's own name, in a sports report
    text = "تعادل الوداد الرياضي مع الجيش الملكي سلبيا في قمة الدوري المغربي على ملعب الرباط."
    assert ("الرباط", "LOCATION") in {(e.text, e.label) for e in hybrid(text, "ar")}
    # and الأقصر, الرياض as the festival's and the fair's
    for text, city in (
        ("أسدل الستار على الدورة السابعة لمهرجان الأقصر للسينما الأفريقية في مصر.", "الأقصر"),
        ("افتتح وزير الثقافة معرض الرياض الدولي للكتاب.", "الرياض"),
    ):
        assert (city, "LOCATION") in {(e.text, e.label) for e in hybrid(text, "ar")}


def test_a_lion_is_no_name() -> None:
    toks = tokenize("ومن سلالاته أسد الكونغو و أسد المغرب .")
    spans = [_Span(2, 2, "PER", 0.7), _Span(3, 3, "LOC", 0.9), _Span(5, 5, "LOC", 0.6)]
    _a_lion_is_no_name(toks, spans)
    assert [s.kind for s in spans] == ["MISC", "LOC", "MISC"]
    # the given name, with the family name after it, stays a man
    toks = tokenize("قال أسد عمر إن الحكومة ستخفض الضرائب")
    spans = [_Span(1, 2, "PER", 0.9)]
    _a_lion_is_no_name(toks, spans)
    assert spans[0].kind == "PER"


def test_a_royal_title_alone_is_no_name(hybrid: HybridRecognizer) -> None:
    toks = tokenize("The Emir of Kuwait met the Emir.")
    spans = [_Span(1, 1, "PER", 0.8), _Span(6, 6, "PER", 0.5)]
    _lone_royal_titles(toks, spans)
    assert [s.kind for s in spans] == ["MISC", "MISC"]
    text = "The Emir of Kuwait, Sheikh Meshal al-Ahmad al-Jaber al-Sabah, opened a new refinery."
    people = {e.text for e in hybrid(text, "en") if e.label == "PERSON"}
    assert people == {"Meshal al-Ahmad al-Jaber al-Sabah"}
    # Emir is a given name too
    assert {e.text for e in hybrid("Emir Kusturica made a film.", "en") if e.label == "PERSON"} == {
        "Emir Kusturica"
    }


def test_particles_end_no_one_s_name() -> None:
    toks = tokenize("كيانو ريفز لو كان العرب هم الأقوى")
    spans = [_Span(0, 2, "PER", 0.8)]
    _function_words_end_no_people(toks, spans)
    assert (spans[0].first, spans[0].last) == (0, 1)
    # Liu He: هي ends a Chinese name; a place or a body keeps its words
    for text, kind in (("التقى ليو هي نائب رئيس الوزراء", "PER"), ("حملة أنا أيضا", "ORG")):
        toks = tokenize(text)
        spans = [
            _Span(len(toks) - 2 if kind == "ORG" else 1, len(toks) - 1 if kind == "ORG" else 2, kind, 0.8)
        ]
        last = spans[0].last
        _function_words_end_no_people(toks, spans)
        assert spans[0].last == last


def test_a_suspect_s_initial_ends_his_name(hybrid: HybridRecognizer) -> None:
    text = "وقد تم توقيف محمد ب. ) 29 سنة ( و هشام ل. ) 31 سنة ( في حالة تلبس"
    toks = tokenize(text)
    spans = [_Span(3, 3, "PER", 0.9), _Span(8, 8, "PER", 0.9)]
    _initials_end_people(text, toks, spans)
    assert [(s.first, s.last) for s in spans] == [(3, 4), (8, 9)]
    # the mention takes the full stop of the initial
    people = [
        e.text
        for e in hybrid("اعتقلت الشرطة هشام ل. وفؤاد ب. في الدار البيضاء.", "ar")
        if e.label == "PERSON"
    ]
    assert people == ["هشام ل.", "وفؤاد ب."]
    # no stop, no initial: "with" after a name is no part of it
    toks = tokenize("التقى محمد ب الوزير")
    spans = [_Span(1, 1, "PER", 0.9)]
    _initials_end_people("التقى محمد ب الوزير", toks, spans)
    assert spans[0].last == 1


def test_one_unknown_word_after_a_verb_of_saying_is_who_said_it(hybrid: HybridRecognizer) -> None:
    def sayers(text: str) -> list[str]:
        toks = tokenize(text)
        spans: list[_Span] = []
        features = hybrid._tagger("ar", toks)
        assert features is not None
        hybrid._sayers_named_alone(text, toks, spans, features)
        return [toks[s.first].text for s in spans if s.kind == "PER"]

    assert sayers("وقال كوبل إن الفريق لعب جيدا") == ["كوبل"]
    assert sayers("قالت ليفني إن إسرائيل لديها الحق") == ["ليفني"]
    # a speaker's kind, a verbal noun, a plural, an accusative: no one
    for text in (
        "وقالت متحدثة باسم الجيش إن الهجوم فشل",
        "وأعلن اعتزال اللعب نهائيا",
        "وقال وسطاء إن المفاوضات توقفت",
        "كشف نفقا طوله 150 مترا",
        "وقال مراقبو السباق إن السائق أخطأ",
    ):
        assert sayers(text) == [], text
    # two such words are a full name, the rules' to find
    assert sayers("وقال كرونفيلد فيرمولين إنه سيعود") == []


def test_places_in_the_press_s_spellings(hybrid: HybridRecognizer) -> None:
    # CLDR and GeoNames have هنغاريا, الدانمرك, كابل; the Arabic press writes المجر, الدنمارك, كابول
    found = {
        (e.text, e.canonical)
        for text in (
            "انفجرت سيارة مفخخة في كابول.",
            "زار الرئيس المجر والدنمارك.",
            "فاز منتخب هولندة على بولندة.",
        )
        for e in hybrid(text, "ar")
        if e.label == "LOCATION"
    }
    assert {
        ("كابول", "كابل"),
        ("المجر", "هنغاريا"),
        ("والدنمارك", "الدانمرك"),
        ("هولندة", "هولندا"),
        ("بولندة", "بولندا"),
    } <= found


def test_bodies_of_news_since_2011_and_listed_names_the_tagger_cut(hybrid: HybridRecognizer) -> None:
    found = {
        (e.text, e.canonical)
        for text in (
            "قالت قوات سوريا الديمقراطية إنها صدت هجوما.",
            "وقالت قسد إن مقاتليها صدوا الهجوم.",
            "قالت كتائب القسام إنها استهدفت دبابة.",
            "قالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف.",
        )
        for e in hybrid(text, "ar")
        if e.label == "ORGANIZATION"
    }
    assert {
        ("قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية"),
        ("قسد", "قوات سوريا الديمقراطية"),
        ("كتائب القسام", "كتائب القسام"),
        ("منظمة أطباء بلا حدود", "أطباء بلا حدود"),
    } <= found


def test_sixth_blind_round_arabic_rules(hybrid: HybridRecognizer) -> None:
    common = load().common
    # سيزور الرياض, "will visit Riyadh": an organisation to the tagger; the place once the verb is out
    toks = tokenize("قال إن هوانغ سيزور الرياض الشهر المقبل")
    spans = [_Span(3, 4, "ORG", 0.69)]
    _future_verbs_are_no_names(toks, spans, common, hybrid._known_place)
    assert [(s.first, s.last, s.kind) for s in spans] == [(4, 4, "LOC")]
    people = [_Span(3, 4, "PER", 0.9)]
    _future_verbs_are_no_names(
        tokenize("وقال الوزير الروسي سيرجي لافروف"), people, common, hybrid._known_place
    )
    assert (people[0].first, people[0].last) == (3, 4), "a given name that looks like a verb stays"
    # what became of a body is no part of its name
    toks = tokenize("سجن ثلاثة من قادة حزب المؤتمر الوطني المنحل")
    bodies = [_Span(4, 7, "ORG", 0.8)]
    _accusatives_end_names(toks, bodies, common)
    assert bodies[0].last == 6
    # a person's name never holds "in": the king, then the city
    toks = tokenize("استقبل الملك سلمان في جدة رئيس الوزراء")
    king = [_Span(2, 4, "PER", 0.76)]
    _prepositions_end_names(toks, king, hybrid._known_or_listed_place)
    assert sorted((s.first, s.last, s.kind) for s in king) == [(2, 2, "PER"), (4, 4, "LOC")]
    toks = tokenize("لعب باريس سان جيرمان بدون مبابي أمس")
    club = [_Span(1, 5, "ORG", 0.8)]
    _prepositions_end_names(toks, club, hybrid._known_or_listed_place)
    assert [(s.first, s.last) for s in club] == [(1, 3)], "no name holds بدون, 'without'"
    found = {
        (e.text, e.label[:3])
        for e in hybrid("قالت الباحثة رنا الدجاني من الجامعة الأردنية إن النتائج مهمة.", "ar")
    }
    assert ("الجامعة الأردنية", "ORG") in found
    found = {(e.text, e.label[:3]) for e in hybrid("افتتحت الشيخة مي آل خليفة متحفا في مدينة المحرق.", "ar")}
    assert ("المحرق", "LOC") in found, "a known place the gazetteer holds without its article (محرق)"
    found = {
        (e.text, e.label[:3]) for e in hybrid("قتل ثلاثة جنود في هجوم تبنته حركة الشباب قرب مقديشو.", "ar")
    }
    assert ("حركة الشباب", "ORG") in found
    satellite = hybrid("أطلقت وكالة الفضاء الإماراتية قمرا صناعيا جديدا من كاليفورنيا.", "ar")
    assert not [e for e in satellite if e.label == "PERSON"], "قمرا صناعيا, a satellite, is no one"


def test_sixth_blind_round_english_rules(hybrid: HybridRecognizer) -> None:
    found = {
        (e.text, e.label[:3])
        for e in hybrid("Soldiers were killed in an attack claimed by al-Shabaab.", "en")
    }
    assert ("al-Shabaab", "ORG") in found, "a listed name with a lower-case article"
    toks = tokenize("Sheikha Mai bint Mohammed Al Khalifa opened a museum")
    spans = [_Span(0, 5, "PER", 0.9)]
    _titles_are_not_names(toks, spans)
    assert spans[0].first == 1


def test_whole_articles_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label[:3]) for e in hybrid(text, "ar")}

    # a given name the tagger left out of the man's name, but not على ("on") nor a second man after و
    toks = tokenize("فيما ترأس وفد الدعم السريع عمر حمدان")
    spans = [_Span(6, 6, "PER", 0.5)]
    hybrid._given_names_begin_people(" ".join(t.text for t in toks), toks, spans)
    assert (spans[0].first, spans[0].last) == (5, 6)
    toks = tokenize("فاز الفريق على حمدان")
    spans = [_Span(3, 3, "PER", 0.5)]
    hybrid._given_names_begin_people(" ".join(t.text for t in toks), toks, spans)
    assert spans[0].first == 3
    # a town and whose it is: the town
    toks = tokenize("في مدينة جدة السعودية أمس")
    spans = [_Span(2, 3, "LOC", 0.9)]
    hybrid._towns_before_their_nationality(toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 2)
    # what a body is for keeps its adjective; "relating to" does not join
    text = "وكانت الوكالة المغربية للطاقة المستدامة قد أعلنت المشروع"
    toks = tokenize(text)
    spans = [_Span(1, 3, "ORG", 0.8)]
    hybrid._purposes_keep_their_adjective(text, toks, spans)
    assert spans[0].last == 4
    text = "بيانات الهيئة العامة للإحصاء المتعلقة بالسكان"
    toks = tokenize(text)
    spans = [_Span(1, 3, "ORG", 0.8)]
    hybrid._purposes_keep_their_adjective(text, toks, spans)
    assert spans[0].last == 3
    # a listed name of several words after a proclitic, its first word of four letters
    assert ("وقوات الدعم السريع", "ORG") in found("اندلعت الحرب بين الجيش وقوات الدعم السريع في أبريل.")


def test_a_surname_after_a_proclitic_is_the_person(hybrid: HybridRecognizer) -> None:
    text = "وحصل قائد الجيش جوزاف عون على أكبر عدد من الأصوات. وقال النائب إن كتلته ستصوت لـعون غدا."
    assert ("لـعون", "PERSON") in {(e.text, e.label) for e in hybrid(text, "ar")}, "a tatweel marks the name"
    toks = tokenize("قال جوزاف عون إن الحكومة تحتاج إلى عون دولي")
    spans = [_Span(1, 2, "PER", 0.99)]
    _surnames_are_people(toks, spans, load().common)
    assert [(s.first, s.last) for s in spans] == [(1, 2)], "عون, 'help', alone is no name"
    # a surname that is a common word is the person straight after a verb of saying: who said it
    toks = tokenize("قال الفريق أسامة ربيع إن الإيرادات تراجعت. وأوضح ربيع أن عدد السفن انخفض في الربيع")
    spans = [_Span(2, 3, "PER", 0.99)]
    _surnames_are_people(toks, spans, load().common)
    assert [(s.first, s.last) for s in spans] == [(2, 3), (8, 8)], "not ربيع, spring, elsewhere"


def test_the_s_of_a_possessive_begins_no_name() -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(lambda t, toks, sp: _possessives_begin_no_names(t, toks, sp), text, spans)

    # the bank ' s Monetary Policy Committee: the tagger began the body on the s
    assert rule("that the bank's Monetary Policy Committee had voted", [_Span(3, 6, "ORG", 0.9)]) == [
        ("Monetary Policy Committee", "ORG")
    ]
    assert rule("the bank’s s", [_Span(2, 2, "ORG", 0.9)]) == []
    # an s that is no possessive's is left alone
    assert rule("the s Group said", [_Span(1, 2, "ORG", 0.9)]) == [("s Group", "ORG")]


def test_towns_joined_by_and_to_a_place_are_places(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._places_paired_en, text, spans)

    # Selby is a town of towns_en.txt, a man to the tagger, joined to a place
    text = "flood warnings for Tadcaster and Selby on Friday"
    assert rule(text, [_Span(3, 3, "LOC", 0.98), _Span(5, 5, "PER", 0.93)]) == [
        ("Tadcaster", "LOC"),
        ("Selby", "LOC"),
    ]
    # not a man named in full elsewhere in the text, nor a word no list holds as a town
    text = "Jim Selby met officials from Tadcaster and Selby said"
    spans = [_Span(0, 1, "PER", 0.9), _Span(5, 5, "LOC", 0.98), _Span(7, 7, "PER", 0.9)]
    assert rule(text, spans)[-1] == ("Selby", "PER")
    text = "talks in Paris and Macron said"
    assert rule(text, [_Span(2, 2, "LOC", 0.98), _Span(4, 4, "PER", 0.9)])[-1] == ("Macron", "PER")
    # one body the tagger made of two words around "and", one a town, after a preposition of place
    text = "more rain was forecast for Yorkshire and Cumbria over the weekend"
    assert rule(text, [_Span(5, 7, "ORG", 0.7)]) == [("Yorkshire", "LOC"), ("Cumbria", "LOC")]
    # not after a noun: the aircraft carriers Vinson and Enterprise
    text = "on the aircraft carriers Vinson and Enterprise,"
    assert rule(text, [_Span(4, 6, "ORG", 0.7)]) == [("Vinson and Enterprise", "ORG")]


def test_a_man_named_by_his_surname_alone_is_a_man_in_full(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(lambda t, toks, sp: hybrid._full_names_of_people_en(toks, sp), text, spans)

    text = "Jannik Sinner beat Carlos Alcaraz. Sinner said"
    spans = [_Span(0, 1, "ORG", 0.8), _Span(3, 4, "PER", 0.9), _Span(5, 5, "PER", 0.9)]
    assert rule(text, spans)[0] == ("Jannik Sinner", "PER")
    # not a body that begins with a town (Manchester City), nor without the man alone
    text = "Manchester City beat Arsenal. City said"
    spans = [_Span(0, 1, "ORG", 0.8), _Span(3, 3, "ORG", 0.9), _Span(4, 4, "PER", 0.6)]
    assert rule(text, spans)[0] == ("Manchester City", "ORG")
    text = "Jannik Sinner beat Carlos Alcaraz"
    assert rule(text, [_Span(0, 1, "ORG", 0.8), _Span(3, 4, "PER", 0.9)])[0] == ("Jannik Sinner", "ORG")


def test_a_body_with_la_before_a_man_is_the_body(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(lambda t, toks, sp: hybrid._people_begin_after_la(toks, sp), text, spans)

    # سوناطراك is a firm the text names elsewhere: لسوناطراك is the firm, not the man's first word
    text = "وقعت شركة سوناطراك اتفاقا. وقال الرئيس المدير العام لسوناطراك رشيد حشيشي إن"
    spans = [_Span(2, 2, "ORG", 0.9), _Span(8, 10, "PER", 0.9)]
    assert rule(text, spans) == [("سوناطراك", "ORG"), ("لسوناطراك", "ORG"), ("رشيد حشيشي", "PER")]
    # or a second man the tagger made of it, straight before the man
    spans = [_Span(2, 2, "ORG", 0.9), _Span(8, 8, "PER", 0.9), _Span(9, 10, "PER", 0.9)]
    assert rule(text, spans) == [("سوناطراك", "ORG"), ("لسوناطراك", "ORG"), ("رشيد حشيشي", "PER")]
    # a man's own name keeps its ل: لنجيب محفوظ, "of Naguib Mahfouz"
    text = "المجموعة الكاملة لنجيب محفوظ"
    assert rule(text, [_Span(2, 3, "PER", 0.9)]) == [("لنجيب محفوظ", "PER")]


def test_a_listed_body_written_whole_is_the_body(hybrid: HybridRecognizer) -> None:
    text = "وفي جنيف، أعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أن عدد الفارين تجاوز"
    found = {(e.text, e.label) for e in hybrid(text, "ar")}
    assert ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORGANIZATION") in found
    assert ("للأمم المتحدة", "ORGANIZATION") not in found


def test_the_scorer_is_a_man(hybrid: HybridRecognizer) -> None:
    def rule(text: str) -> list[tuple[str, str]]:
        return _spans_after(hybrid._scorers_named, text, [])

    text = "فاز الأهلي على الترجي في المباراة. وسجل إمام عاشور الهدف الأول في الدقيقة العشرين"
    assert rule(text) == [("إمام عاشور", "PER")]
    # a nationality first stays outside; words no name is made of are no scorer
    assert rule("فاز الفريق. وسجل الفرنسي لودوفيك جيولي الهدف في المباراة") == [("لودوفيك جيولي", "PER")]
    assert rule("فاز الفريق. وسجل الفريق الهدف الأول في المباراة") == []
    # only in a sports report: سجل is also "recorded"
    assert rule("وسجل الاقتصاد هدف النمو") == []


def test_a_listed_body_ends_before_a_noun_and_a_place(hybrid: HybridRecognizer) -> None:
    found = {
        (e.text, e.label) for e in hybrid("وأشادت منظمة الصحة العالمية بتجربة السعودية في خفض الوفيات.", "ar")
    }
    assert ("منظمة الصحة العالمية", "ORGANIZATION") in found
    assert ("السعودية", "LOCATION") in found


def test_a_plural_of_place_words_is_no_part_of_the_place() -> None:
    toks = tokenize("وفي الصيدليات الكبرى بمدن الرياض وجدة")
    spans = [_Span(3, 4, "LOC", 0.9), _Span(5, 5, "LOC", 0.9)]
    _place_words_are_not_the_name(toks, spans)
    assert [(s.first, s.last) for s in spans] == [(4, 4), (5, 5)]


def test_names_paired_by_their_nationalities_are_alike(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(lambda t, toks, sp: hybrid._names_paired_by_nationality(toks, sp), text, spans)

    text = "تتفاوض مع توتال إنرجيز الفرنسية وريبسول الإسبانية على مشاريع"
    assert rule(text, [_Span(2, 3, "ORG", 0.9)]) == [("توتال إنرجيز", "ORG"), ("وريبسول", "ORG")]
    # not an everyday word, nor without a nationality of its own
    text = "تتفاوض مع توتال إنرجيز الفرنسية والحكومة الإسبانية على مشاريع"
    assert rule(text, [_Span(2, 3, "ORG", 0.9)]) == [("توتال إنرجيز", "ORG")]
    text = "تتفاوض مع توتال إنرجيز الفرنسية وريبسول على مشاريع"
    assert rule(text, [_Span(2, 3, "ORG", 0.9)]) == [("توتال إنرجيز", "ORG")]


def test_a_commission_is_a_public_body(hybrid: HybridRecognizer) -> None:
    assert _names_by(
        hybrid._public_bodies, "أعلنت المفوضية العليا المستقلة للانتخابات في العراق النتائج"
    ) == ["المفوضية العليا المستقلة للانتخابات"]


def test_a_body_before_its_officer_and_a_side_of_a_result(hybrid: HybridRecognizer) -> None:
    def officers(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(
            lambda t, toks, sp: hybrid._bodies_before_their_officers_en(toks, sp), text, spans
        )

    # the one-word man before a post and a man is the body, and so is he where the text names him again
    text = "the vaccine alliance Gavi. Gavi chief executive Sania Nishtar said"
    spans = [_Span(3, 3, "PER", 0.9), _Span(4, 4, "PER", 0.9), _Span(7, 8, "PER", 0.9)]
    assert officers(text, spans) == [("Gavi", "ORG"), ("Gavi", "ORG"), ("Sania Nishtar", "PER")]
    # the first word of a body named in full; not a man named in full elsewhere
    text = "a trader at Goldman Sachs. Goldman said"
    assert officers(text, [_Span(3, 4, "ORG", 0.999), _Span(5, 5, "PER", 0.8)])[-1] == ("Goldman", "ORG")
    # where the tagger is sure of the body: "says Karen Hunt" it may take for one
    text = "says Karen Hunt. Karen, 40, and her son"
    assert officers(text, [_Span(1, 2, "ORG", 0.949), _Span(3, 3, "PER", 0.8)])[-1] == ("Karen", "PER")
    text = "Goldman Sachs hired Jack Goldman. Goldman said"
    spans = [_Span(0, 1, "ORG", 0.999), _Span(3, 4, "PER", 0.9), _Span(5, 5, "PER", 0.8)]
    assert officers(text, spans)[-1] == ("Goldman", "PER")

    def results(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._opponents_are_alike_en, text, spans)

    text = "Elsewhere, Saracens thrashed Newcastle Red Bulls 45-10 in the rugby league"
    assert results(text, [_Span(1, 1, "PER", 0.8), _Span(3, 5, "ORG", 0.9)])[0] == ("Saracens", "ORG")
    # two players: Sinner beat Alcaraz
    text = "Sinner beat Alcaraz 7-6 6-3 in the tennis final"
    assert results(text, [_Span(0, 0, "PER", 0.8), _Span(2, 2, "PER", 0.9)])[0] == ("Sinner", "PER")


def test_sixth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a Welsh name runs across ap, "son of", though the tagger made a body of its last word
    assert ("Rhun ap Iorwerth", "PERSON") in found(
        "Plaid leader Rhun ap Iorwerth said voters had spoken.", "en"
    )
    # a province of two words that the tagger cut into a nationality and a place
    assert ("British Columbia", "LOCATION") in found(
        "Thousands fled their homes in northern British Columbia.", "en"
    )
    # سيول: torrents next to a flood's words, Seoul elsewhere
    assert not any(
        e[0] == "سيول" for e in found("لقي سبعة أشخاص حتفهم جراء سيول جارفة اجتاحت مدنا في شرق ليبيا", "ar")
    )
    assert ("سيول", "LOCATION") in found("أعلن الرئيس الكوري الجنوبي في سيول أنه سيزور واشنطن", "ar")


def test_the_second_of_two_places_after_fi(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._places_listed_together, text, spans)

    # البيضاء ("the white") is al-Bayda after في and a place, where the clause ends
    text = "انتشلت فرق الإنقاذ جثث الضحايا في المرج والبيضاء، وإن العائلات نقلت"
    assert rule(text, [_Span(6, 6, "LOC", 0.9)]) == [("المرج", "LOC"), ("والبيضاء", "LOC")]
    # not where the clause goes on: في المرج والبيضاء الناصعة
    text = "انتشلت فرق الإنقاذ جثث الضحايا في المرج والبيضاء الناصعة"
    assert rule(text, [_Span(6, 6, "LOC", 0.9)]) == [("المرج", "LOC")]


def test_seventh_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a sentence opening on و and a verb: ودان, "and condemned", is no man
    got = found(
        "واصلت السفينة رحلتها نحو قناة السويس. ودان المبعوث الأممي إلى اليمن هانس غروندبرغ الهجوم", "ar"
    )
    assert not any(text == "ودان" for text, _ in got)
    assert ("قناة السويس", "LOCATION") in got  # places_recent.tsv: the canal, not the town alone
    # quoted words after شركة that open on a verb are no firm's name
    got = found('وقال إن السفينة تابعة لشركة "تتعامل مع موانئ إسرائيل" في البحر الأحمر', "ar")
    assert not any(label == "ORGANIZATION" for _, label in got)
    # a nationality of two words stays out of a foreign firm's name
    assert ("ساتريك", "ORGANIZATION") in found("بالتعاون مع شركة ساتريك الكورية الجنوبية لتصميم القمر", "ar")
    # "group" before the group's name is part of it
    assert ("جماعة أنصار الله", "ORGANIZATION") in found("أعلنت جماعة أنصار الله مسؤوليتها عن الهجوم", "ar")
    # a body of one word the tagger cut from the rest, after "the"
    got = found("The opposition led by Tejashwi Yadav of the Rashtriya Janata Dal won 35 seats.", "en")
    assert ("Rashtriya Janata Dal", "ORGANIZATION") in got


def test_eighth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # a given name that is an everyday word too, between the body a post heads and a man's name
    assert ("بدر محمد المير", "PERSON") in found(
        "وقال الرئيس التنفيذي للشركة بدر محمد المير إن الطائرات ستسلم"
    )
    # a place ends before "what"
    got = found("وكان الرئيس قد انتقد في خطاب ألقاه في قصر قرطاج ما وصفه بمحاولات ضرب الاستقرار")
    assert not any(text.endswith(" ما") for text, _ in got)
    # a port's name, not a man, less the nationality; a site's one word
    got = found("استؤنف التصدير عبر خط الأنابيب الممتد إلى ميناء جيهان التركي بعد توقف")
    assert ("جيهان", "LOCATION") in got
    got = found("وأعربت الوكالة عن استعدادها لإرسال مفتشين إلى منشأة فوردو.")
    assert ("فوردو", "LOCATION") in got


def test_a_quoted_body_keeps_its_last_word(hybrid: HybridRecognizer) -> None:
    toks = tokenize('مع حركة "أنا أيضا" والنقاش')
    spans = [_Span(2, 3, "ORG", 0.9)]
    _function_words_end_no_people(toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 3)
    # a place the tagger ran on into "also" ends before it
    spans = [_Span(2, 3, "LOC", 0.9)]
    _function_words_end_no_people(toks, spans)
    assert (spans[0].first, spans[0].last) == (2, 2)


def test_ninth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a man of a nation is no place
    got = found('"It has been a special year," the Northern Irishman told Sky Sports in Dubai.', "en")
    assert not any("Irishman" in text for text, _ in got)
    # a word no list knows, with its nationality, before و and a firm with its own
    got = found("وقعت الشركة اتفاقيات مع سينوبك الصينية وتوتال إنرجيز الفرنسية لبناء مجمعات", "ar")
    assert ("سينوبك", "ORGANIZATION") in got
    # مولودية begins a club's name before its town, and means nothing else
    assert ("مولودية وهران", "ORGANIZATION") in found(
        "تعادل الفريق مع مولودية وهران في الجولة الأخيرة من الدوري", "ar"
    )


def test_the_second_of_two_camps(hybrid: HybridRecognizer) -> None:
    def rule(text: str, spans: list[_Span]) -> list[tuple[str, str]]:
        return _spans_after(hybrid._places_listed_together, text, spans)

    # after the dual of a place's word, as after في
    text = "عاد اللاجئون من مخيمي الزعتري والمفرق، وقال ممثل المفوضية"
    assert rule(text, [_Span(4, 4, "LOC", 0.9)]) == [("الزعتري", "LOC"), ("والمفرق", "LOC")]


def test_tenth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # a storm's name in quotation marks is no man
    got = found('وكان إعصار "شاهين" قد تسبب عام 2021 في مقتل عدد من الأشخاص في صحار.')
    assert not any(text == "شاهين" for text, _ in got)
    # a federation of the Maghreb is a public body
    got = found("ورحبت الاتحادية الوطنية للصيد بالاتفاق، لكنها طالبت بمراقبة السفن")
    assert ("الاتحادية الوطنية للصيد", "ORGANIZATION") in got
    # a known region after the dual of a governorate's word
    assert ("ظفار", "LOCATION") in found("تأثر محافظتي ظفار والوسطى بمنخفض جوي مصحوب بأمطار غزيرة")


def test_eleventh_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # an airport or a sports city named for a king is a place, and the town after it too
    got = found("استقبلت صالات مطار الملك عبدالعزيز الدولي بجدة أكثر من مئتي رحلة يوميا")
    assert ("الملك عبدالعزيز", "LOCATION") in got
    assert ("بجدة", "LOCATION") in got
    assert not any(label == "PERSON" for _, label in got)
    got = found("أقيمت المباراة على ملعب الجوهرة المشعة بمدينة الملك عبدالله الرياضية مساء الجمعة")
    assert ("الملك عبدالله", "LOCATION") in got
    # but a man after the word for a city is no place unless a sports or an economic city follows
    got = found("وزار مدينة الملك عبدالعزيز للعلوم والتقنية وفد من الجامعة")
    assert not any(text.startswith("الملك") and label == "LOCATION" for text, label in got)
    # the Sultanate of Oman is the country's whole name
    assert ("سلطنة عمان", "LOCATION") in found("أعلنت هيئة البيئة في سلطنة عمان تسجيل أكثر من ستة آلاف عش")
    # a Saudi health cluster is one public body, its ordinal too
    assert ("تجمع الرياض الصحي الأول", "ORGANIZATION") in found("افتتح تجمع الرياض الصحي الأول عيادة جديدة")
    # the places listed after محافظات, أبو of a town's name no kunya
    got = found("أطلقت حملة لمكافحة حمى الضنك في محافظات صبيا وأبو عريش وصامطة، بعد ارتفاع الإصابات")
    assert {("صبيا", "LOCATION"), ("وأبو عريش", "LOCATION"), ("وصامطة", "LOCATION")} <= got
    # ولاية, a district of Oman or a state, before a place; a term of office before a man
    assert ("صور", "LOCATION") in found("عشرات السلاحف في محمية رأس الجنز بولاية صور خلال الموسم")
    assert ("فرانسوا هولاند", "PERSON") in found("شكرا للقرارات التي سبق أن اتخذت في ولاية فرانسوا هولاند")
    # a dateline's two-word place whole, where the tagger took its first word only
    assert ("مكة المكرمة", "LOCATION") in found(
        "مكة المكرمة - أعلنت وزارة الحج والعمرة أمس اكتمال استعداداتها"
    )


def test_eleventh_round_english_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a Korean family name and a given name of two syllables joined by a hyphen: a person; not Hong Kong-based
    assert ("Jun Young-hyun", "PERSON") in found(
        "The plant will make memory chips, division head Jun Young-hyun said."
    )
    got = found("The Hong Kong-based fund sold its stake.")
    assert not any(label == "PERSON" for _, label in got)
    # a department named by a list of portfolios is one body; a list of a ministry and two countries is not
    text = (
        "Frost said the council had asked the Ministry of Housing, Communities and Local Government for help."
    )
    assert ("Ministry of Housing, Communities and Local Government", "ORGANIZATION") in found(text)
    got = found("The Ministry of Defence, Britain and France said on Monday they would act.")
    assert ("Ministry of Defence", "ORGANIZATION") in got
    assert ("France", "LOCATION") in got
    # England in a piece by Rob England stays a place after "in"; NHS England, a listed body, stays a body
    got = found(
        "Waits grew in England last year, data from NHS England showed. Data analysis by Rob England and Libby Rogers."
    )
    assert ("England", "LOCATION") in got
    assert ("NHS England", "ORGANIZATION") in got
    assert ("Rob England", "PERSON") in got


def test_twelfth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # an electoral list's quoted name, and a town's council named with its town
    got = found('فازت لائحة "بيروت بتحب" بأغلبية مقاعد المجلس البلدي لمدينة بيروت في الانتخابات')
    assert ("بيروت بتحب", "ORGANIZATION") in got
    assert ("المجلس البلدي لمدينة بيروت", "ORGANIZATION") in got
    assert not found("وقال إن المجلس البلدي سيجتمع غدا لمناقشة الميزانية")
    # a preposition written apart begins no place's name
    assert ("الرياض", "LOCATION") in found("كشفت فجوة رقمية واضحة بين الرياض والقرى النائية")
    # a listed club in a sports article's sentence that names no sport's word
    text = (
        "تعادل الزمالك مع ضيفه بيراميدز بهدف لمثله في الدوري. وبهذه النتيجة رفع بيراميدز رصيده إلى 33 نقطة، "
        "بفارق نقطتين عن الأهلي الذي يلتقي المصري البورسعيدي غدا."
    )
    assert ("المصري البورسعيدي", "ORGANIZATION") in found(text)
    assert ("رأس الرجاء الصالح", "LOCATION") in found(
        "حولت السفن مسارها إلى طريق رأس الرجاء الصالح تجنبا للهجمات"
    )


def test_twelfth_round_english_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a dateline without an agency's name before "The" and the name that opens the story
    got = found("LAGOS - The Central Bank of Nigeria has raised its benchmark interest rate.")
    assert ("LAGOS", "LOCATION") in got
    assert ("Central Bank of Nigeria", "ORGANIZATION") in got
    # the last of three names listed with commas and "and", the others places
    got = found("Relief went to the districts of Chengalpattu, Kancheepuram and Tiruvallur on Monday.")
    assert ("Tiruvallur", "LOCATION") in got


def test_thirteenth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a unit of measure is no man
    assert not found("خفض إنتاج محطات الجنوب بأكثر من ثلاثة آلاف ميغاواط، مضيفا أن الوزارة تتفاوض")
    # a family name of the nisba's form no list knows ends the man's name
    got = found("وقال محافظ البنك المركزي اليمني أحمد غالب المعبقي إن البنك سيضخ عشرين مليون دولار")
    assert ("أحمد غالب المعبقي", "PERSON") in got
    # a listed place after و, straight after a place
    assert ("وخان يونس", "LOCATION") in found(
        "افتتحت خياما تعليمية مؤقتة في دير البلح وخان يونس، لكنها لا تكفي"
    )
    # an airport named for a queen, where the tagger saw nothing
    got = found("وإن الرحلات المباشرة الجديدة إلى مطار الملكة علياء الدولي ساعدت في ذلك")
    assert ("الملكة علياء", "LOCATION") in got


def test_thirteenth_round_english_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # any agency's name in brackets after a dateline
    assert ("AAP", "ORGANIZATION") in found(
        "SYDNEY (AAP) - The Reserve Bank of Australia left its rate unchanged."
    )
    # an airport is one place
    assert ("Dublin Airport", "LOCATION") in found(
        "Ryanair said it would cut flights from Dublin Airport next summer."
    )
    # a body run on over "and" into a listed one is two bodies; Marks and Spencer stays one
    got = found("Shares on the ASX fell 0.3 percent, led by Commonwealth Bank and BHP.")
    assert ("BHP", "ORGANIZATION") in got
    assert ("Marks and Spencer", "ORGANIZATION") in found(
        "Marks and Spencer said on Tuesday its sales rose 4 percent."
    )


def test_fourteenth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # two listed firms joined by و are two
    got = found("مضيفا أن شركات الشحن العالمية مثل ميرسك وسي إم إيه سي جي إم وسعت محطاتها في الميناء")
    assert ("ميرسك", "ORGANIZATION") in got
    assert ("وسي إم إيه سي جي إم", "ORGANIZATION") in got
    # no short name in brackets in Arabic: a photo's credit after a club is none
    got = found("تدريبات بايرن ميونيخ استعدادا لمواجهة إنتر ميلان ( الفرنسية ) تتواصل مساء اليوم")
    assert ("الفرنسية", "ORGANIZATION") not in got
    # the shipping lines are no airline
    assert ("البحر الأحمر", "LOCATION") in found(
        "إن الميناء استفاد من تحويل الخطوط الملاحية مسارها بعيدا عن البحر الأحمر"
    )
    assert not any(
        label == "ORGANIZATION" for _, label in found("استفاد الميناء من تحويل الخطوط الملاحية مسارها")
    )


def test_fourteenth_round_english_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a country's short form after "The" begins its body's name
    assert ("U.S. Senate", "ORGANIZATION") in found(
        "The U.S. Senate on Thursday passed a bill to fund the government."
    )
    assert ("U.S.", "LOCATION") in found("Growth in the U.S. economy slowed in the third quarter.")
    # a firm named in apposition; an officer of "the company's" stays a man
    got = found(
        "TORONTO - Cohere, the Canadian artificial intelligence company, said on Tuesday it had raised money."
    )
    assert ("Cohere", "ORGANIZATION") in got
    assert ("John Smith", "PERSON") in found(
        "John Smith, the company's chief executive, said the plan would work."
    )
    # a short name in brackets
    got = found("The National Disaster Management Authority (NDMA) said 14 people had died.")
    assert ("NDMA", "ORGANIZATION") in got


def test_fifteenth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # آل and the family end a man's name
    got = found("وتوج ولي العهد صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة الفائز بالكأس، بحضور الآلاف")
    assert ("سلمان بن حمد آل خليفة", "PERSON") in got
    # a listed firm after و ends the tagger's name before it, less its nationality
    got = found("قال إن المؤسسة تتفاوض مع شركة إيني الإيطالية وتوتال إنرجيز الفرنسية لتطوير حقول جديدة")
    assert ("وتوتال إنرجيز", "ORGANIZATION") in got
    assert ("إيني", "ORGANIZATION") in got


def test_fifteenth_round_english_names(hybrid: HybridRecognizer) -> None:
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Authorities evacuated 500,000 people from Santiago de Cuba and Granma provinces.", "en"
        )
    }
    assert ("Granma", "LOCATION") in got


def test_seventeenth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a work's quoted title after the word for the work holds no name; other quoted names stay
    got = found('فيما ذهبت جائزة أفضل فيلم وثائقي إلى "باي باي طبريا" للمخرجة الفلسطينية')
    assert not any("طبريا" in text for text, _ in got)
    assert not any(t == "شو" for t, _ in found('واشتهر بمسرحيات مثل "بالنسبة لبكرا شو" وبألحان كثيرة'))
    assert ("جنرال إلكتريك", "ORGANIZATION") in found('وقالت شركة "جنرال إلكتريك" إن الطلب تراجع')
    got = found('He starred in "Butch Cassidy and the Sundance Kid" with Paul Newman.', "en")
    assert got == {("Paul Newman", "PERSON")}
    assert ("Clinton", "PERSON") in found('"Clinton is wrong," said Bob Dole.', "en")
    # a given name and the word after it, before إن or أن, said it
    assert ("لينا العلي", "PERSON") in found("قالت لينا العلي إن الوضع صعب.")
    assert ("طارق أمين", "PERSON") in found("وقال الرئيس التنفيذي للشركة طارق أمين إن التطبيق جديد.")
    assert ("محمد", "PERSON") in found("قال محمد أمس إن الوضع صعب.")  # not محمد أمس
    assert not any(label == "PERSON" for _, label in found("وقال أمين عام الحزب إن الوضع صعب."))
    assert ("صالح", "PERSON") in found("وعن مباراة اليوم أكد صالح على أن الكرة تعطي من يعطيها.")
    assert not any("الآن" in t for t, _ in found('وأضافت: "الآن اثبتنا أن الأطفال يتأثرون بالنجوم.'))
    # ... or after the verb and the speaker's post; after a craft's word, whatever follows
    assert ("لينا العلي", "PERSON") in found("وأكدت المديرة لينا العلي أن المشروع تأخر.")
    assert ("لينا سوالم", "PERSON") in found("وذهبت الجائزة إلى فيلم للمخرجة لينا سوالم عن عودة والدتها.")
    assert not any("فيلمه" in t for t, _ in found("وقال الممثل أحمد فيلمه الجديد ممتع."))
    # a centre or an institute named by its place and its purpose
    got = found("وتبلغ قيمة الجائزة، التي يرعاها مركز أبوظبي للغة العربية، خمسين ألف دولار")
    assert ("مركز أبوظبي للغة العربية", "ORGANIZATION") in got
    got = found("ووقع معهد الدوحة للدراسات العليا اتفاقا مع الجامعة")
    assert ("معهد الدوحة للدراسات العليا", "ORGANIZATION") in got
    assert ("القاهرة", "LOCATION") in found("وصل الوفد إلى مركز القاهرة لحضور المؤتمر")
    # an award of one word is no person; a man named Oscar is
    assert not any(t == "Oscar" for t, _ in found("Redford won an Oscar for directing the film.", "en"))
    assert ("Oscar Tabarez", "PERSON") in found("Oscar Tabarez said the team was tired.", "en")
    # listed firms
    assert ("Shopify", "ORGANIZATION") in found("TORONTO - Shopify said on Thursday its revenue rose.", "en")
    assert ("جي42", "ORGANIZATION") in found("وتسعى الإمارات التي طورت شركتها جي42 نماذج مماثلة.")


def test_eighteenth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a post alone before a ministry is nobody
    assert not any(t == "وكيل" for t, _ in found("وقال وكيل وزارة الصحة إن الوضع مستقر."))
    # a place the tagger ran back over a verb begins at the place word (and leaves it out)
    got = found("صلالة - استقبلت محافظة ظفار أكثر من مليون زائر خلال الموسم")
    assert ("ظفار", "LOCATION") in got
    assert not any("استقبلت" in t for t, _ in got)
    assert ("إدلب", "LOCATION") in found("وقصفت الطائرات شمال محافظة إدلب أمس")
    # a city's municipality; a body of a noun and a noun in construct joined by و
    assert ("أمانة جدة", "ORGANIZATION") in found("أوقفت الهيئة موظفين في وزارة الإسكان وفي أمانة جدة أمس")
    got = found("أعلنت هيئة الرقابة ومكافحة الفساد إيقاف ستة موظفين حكوميين")
    assert ("هيئة الرقابة ومكافحة الفساد", "ORGANIZATION") in got
    assert not any(label == "ORGANIZATION" for _, label in found("أدى الأمانة بكل أمانة وإخلاص"))
    # the word before ولد is a given name, and a post's adjective alone is nobody
    got = found("وقال الوزير الأول المختار ولد اجاي إن الحكومة خصصت المال")
    assert ("المختار ولد اجاي", "PERSON") in got
    assert not any(t == "الأول" for t, _ in got)
    assert ("بن ساسي", "PERSON") in found(
        "وقال السيناتور بن ساسي العضو الجمهوري في مجلس الشيوخ إن الوزارة أخطأت"
    )
    # two places joined by و and a place word stay two
    got = found("واقتصادات في كل أنحاء أمريكا الوسطى ومنطقة البحر الكاريبي. وكانت العلاقات جيدة")
    assert ("أمريكا الوسطى", "LOCATION") in got
    # English: a firm's posts before a name; listed parties
    assert ("Tan Su Shan", "PERSON") in found("Chief Executive Tan Su Shan said rates would fall.", "en")
    assert ("Bloc Quebecois", "ORGANIZATION") in found(
        "The Bloc Quebecois said it would vote against it.", "en"
    )


def test_nineteenth_and_twentieth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # an authority's and an observatory's head words name public bodies, not the word alone
    got = found("أعلنت السلطة الوطنية المستقلة للانتخابات فوز الرئيس بولاية ثانية")
    assert ("السلطة الوطنية المستقلة للانتخابات", "ORGANIZATION") in got
    assert ("المرصد السوري لحقوق الإنسان", "ORGANIZATION") in found(
        "وقال المرصد السوري لحقوق الإنسان إن القصف توقف"
    )
    assert not found("وصل الحزب إلى السلطة عام 1999")
    # Morocco's regions of two or three names are one place
    assert ("الدار البيضاء سطات", "LOCATION") in found("وتصدرت جهة الدار البيضاء سطات النتائج هذا العام")
    # a sport and a country name the sport's body; a results line does not
    assert ("Cricket Australia", "ORGANIZATION") in found(
        "Cricket Australia said the Test was sold out.", "en"
    )
    got = found("Cricket - India 226-5 in 50 overs v Sri Lanka .", "en")
    assert ("India", "LOCATION") in got
    assert ("Sri Lanka", "LOCATION") in got
    # Ireland's and Wales's parties
    got = found("Sinn Fein leader Mary Lou McDonald said young people were leaving.", "en")
    assert ("Sinn Fein", "ORGANIZATION") in got
    assert ("Mary Lou McDonald", "PERSON") in got
    assert ("Fine Gael", "ORGANIZATION") in found("Fine Gael won three seats in Cork.", "en")
    assert not found("She wore a plaid shirt to the count.", "en")


def test_twenty_first_round_leftovers(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a club's nationality stays outside its name in a sports report; a club before its coach is the club
    got = found(
        "تأهل بيراميدز بعد فوزه على الترجي التونسي بهدفين. وقال مدرب بيراميدز كرونسلاف يورتشيتش إن فريقه يستحق"
    )
    assert ("الترجي", "ORGANIZATION") in got
    assert ("كرونسلاف يورتشيتش", "PERSON") in got
    assert ("بيراميدز كرونسلاف يورتشيتش", "PERSON") not in got
    # the tagger's man of one word after a nationality runs on over an unknown word, not over و + a name
    assert ("فيستون ماييلي", "PERSON") in found("وسجل هدفي الفريق وليد الكرتي والكونغولي فيستون ماييلي.")
    # a sheikh's title alone is no place: the place is named for him
    assert ("الشيخ جراح", "LOCATION") in found("طالب سكان حي الشيخ جراح في القدس بوقف الإخلاء.")
    # English: a dateline's province, a town after a direction, a nation's Red Cross, a fund manager, a post
    got = found(
        "WINNIPEG, Manitoba (Reuters) - Fires forced 17,000 people from their homes in northern Manitoba.",
        "en",
    )
    assert (
        sum(
            1
            for e in hybrid(
                "WINNIPEG, Manitoba (Reuters) - Fires forced people out of northern Manitoba.", "en"
            )
            if e.text == "Manitoba"
        )
        == 2
    )
    assert ("Manitoba", "LOCATION") in got
    assert ("Canadian Red Cross", "ORGANIZATION") in found(
        "The Canadian Red Cross opened shelters in Winnipeg.", "en"
    )
    assert ("Elliott Management", "ORGANIZATION") in found("Creditors were led by Elliott Management.", "en")
    got = found("But Chief Justice John Roberts said they looked like taxes.", "en")
    assert got == {("John Roberts", "PERSON")}
    assert ("Justice Department", "ORGANIZATION") in found(
        "The Justice Department said it would appeal.", "en"
    )
    assert ("Ross County", "ORGANIZATION") in found(
        "Ross County have sold striker Simon Murray to Dundee.", "en"
    )
    assert ("Sanae Takaichi", "PERSON") in found(
        "TOKYO - Sanae Takaichi became Japan's first woman prime minister.", "en"
    )


def test_twenty_second_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a post in construct before a listed body; a minister's name after the portfolio; a regnal number
    got = found("افتتح شيخ الأزهر أحمد الطيب مؤتمرا دوليا للحوار بين الأديان.")
    assert ("الأزهر", "ORGANIZATION") in got
    assert ("أحمد الطيب", "PERSON") in got
    got = found("فيما قالت وزيرة المالية مشكاة سلامة الخالدي أمام البرلمان إن الميزانية لا تسمح.")
    assert ("مشكاة سلامة الخالدي", "PERSON") in got
    assert ("تواضروس الثاني", "PERSON") in found("وقال البابا تواضروس الثاني إن المؤتمر رسالة سلام.")
    # English: a town of towns_en.txt without its accent opens a dateline; a listed airline
    got = found("MONTREAL - About 10,000 flight attendants at Air Canada walked off the job.", "en")
    assert got == {("MONTREAL", "LOCATION"), ("Air Canada", "ORGANIZATION")}
    # a union "of" its members; a name over "do" and over a hyphenated given name, not over Ex- or a firm
    assert ("Canadian Union of Public Employees", "ORGANIZATION") in found(
        "The Canadian Union of Public Employees said its members would defy the order.", "en"
    )
    assert ("Andre Correa do Lago", "PERSON") in found(
        "The summit's president, Andre Correa do Lago, said.", "en"
    )
    assert ("Kurt-Lee Arendse", "PERSON") in found("Wing Kurt-Lee Arendse scored two tries.", "en")
    assert ("Randy Velarde", "PERSON") in found("Ex-Yankee Randy Velarde hit his 11th homer.", "en")
    # a country's sport before a verb is its body; a post's holder; a list of firms; a product
    assert ("New Zealand Rugby", "ORGANIZATION") in found(
        "New Zealand Rugby said it would review the defeat.", "en"
    )
    assert ("South Africa", "LOCATION") in found("The South Africa Rugby team flew home.", "en")
    assert ("Colette Kress", "PERSON") in found(
        "But finance chief Colette Kress said orders were strong.", "en"
    )
    got = found("Demand for its Blackwell chips from Microsoft, Amazon and Meta stayed strong.", "en")
    assert ("Amazon", "ORGANIZATION") in got
    assert not any(text == "Blackwell" for text, _ in got)


def test_twenty_third_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # the spokesman for a body named by one word, before إن
    assert ("عماد جميل", "PERSON") in found(
        "وقال المتحدث باسم المفوضية عماد جميل إن نسبة المشاركة بلغت النصف."
    )
    assert ("البتراء", "LOCATION") in found("اكتشف باحثون مقبرة نبطية في البتراء.")
    # a plural everyday word opening a story after a place's dateline is no name; a team after an agency's is
    got = found("TOKYO - Bears have killed 13 people in Japan since April.", "en")
    assert got == {("TOKYO", "LOCATION"), ("Japan", "LOCATION")}
    assert ("Flyers", "ORGANIZATION") in found("AP - Flyers star Jeremy Roenick paid a Florida firm.", "en")


def test_twenty_fourth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # an event's name ends before في and a known place; a crossing's name cut in two is one place
    got = found(
        "فاز النصر بثلاثة أهداف في قمة الجولة العاشرة من دوري روشن للمحترفين في الرياض، وسجل رونالدو هدفين."
    )
    assert ("الرياض", "LOCATION") in got
    assert ("كرم أبو سالم", "LOCATION") in found(
        "أعلنت المنظمة إدخال عشرين شاحنة أدوية عبر معبر كرم أبو سالم."
    )
    # a given name and an institution's adjective after مجمع; a post's adjective opens no name
    assert ("مجمع ناصر الطبي", "ORGANIZATION") in found("نفدت الأدوية الأساسية في مجمع ناصر الطبي.")
    got = found("فيما قال وزير الدولة للذكاء الاصطناعي عمر سلطان العلماء إن الإمارات تسعى.")
    assert ("عمر سلطان العلماء", "PERSON") in got
    got = found("وقع الصندوق العربي للإنماء الاقتصادي والاجتماعي اتفاقية قرض مع موريتانيا.")
    assert not any(label == "PERSON" for _, label in got)
    # English: a body begun after "the" and joined by "and"; two firms after a plural of firms; a rocket
    got = found(
        "SYDNEY - The Australian Competition and Consumer Commission sued supermarket chains Woolworths and Coles.",
        "en",
    )
    assert ("Australian Competition and Consumer Commission", "ORGANIZATION") in got
    assert ("Woolworths", "ORGANIZATION") in got
    assert ("Coles", "ORGANIZATION") in got
    got = found("CAPE CANAVERAL, Florida (AP) - Blue Origin launched its New Glenn rocket on Thursday.", "en")
    assert ("Blue Origin", "ORGANIZATION") in got
    assert not any(text == "New Glenn" for text, _ in got)


def test_twenty_fifth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a dateline the tagger took for a name of another kind; a team inside an event's name; a driver
    got = found(
        "المنامة - فاز سائق فريق مكلارين أوسكار بياستري بالسباق أمس، متقدما على زميله لاندو نوريس وسائق ريد بول ماكس فيرستابن."
    )
    assert {("المنامة", "LOCATION"), ("مكلارين", "ORGANIZATION"), ("أوسكار بياستري", "PERSON")} <= got
    assert {("ريد بول", "ORGANIZATION"), ("ماكس فيرستابن", "PERSON")} <= got
    assert not found("فاز الفيلم بجائزة أوسكار أفضل فيلم.")
    assert ("دجلة", "LOCATION") in found("تراجع منسوب دجلة إلى أدنى مستوياته.")
    # English: a place in pieces joined by a particle; a party's name in apposition
    assert ("Dar es Salaam", "LOCATION") in found("Protesters died in Dar es Salaam and Arusha.", "en")
    assert ("Chadema", "ORGANIZATION") in found("The main opposition party, Chadema, was barred.", "en")


def test_leftovers_of_the_twenty_sixth_and_seventh_rounds(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a port's nationality outside its name; an airport's man is the place
    assert ("جيهان", "LOCATION") in found("استؤنفت الصادرات عبر ميناء جيهان التركي بعد توقف.")
    assert ("هيثرو", "LOCATION") in found("وصل الوفد إلى مطار هيثرو البريطاني أمس.")
    # a compound given name runs on over a family name before إنها, in its feminine form too
    got = found("في خطوة قال حاكم المصرف عبد القادر الحصرية إنها ستسهل المعاملات.")
    assert ("عبد القادر الحصرية", "PERSON") in got
    assert ("عبد الله", "PERSON") in found("وقال عبد الله السابق إن الوضع صعب.")
    # English: a purpose after "for"; a nation's or a faith's body; two coined firms; a union in apposition
    got = found("The Japan Association for the 2025 World Exposition said it had made a profit.", "en")
    assert ("Japan Association for the 2025 World Exposition", "ORGANIZATION") in got
    assert ("Swedish Academy", "ORGANIZATION") in found(
        "The prize was announced by the Swedish Academy.", "en"
    )
    assert ("Catholic Church", "ORGANIZATION") in found(
        "It was organised by the Catholic Church and students.", "en"
    )
    assert ("Olympic Committee", "ORGANIZATION") not in found(
        "Smirnov said the Olympic Committee might ask.", "en"
    )
    got = found("Iberdrola and Endesa blamed the grid operator.", "en")
    assert {("Iberdrola", "ORGANIZATION"), ("Endesa", "ORGANIZATION")} <= got
    assert ("Unifor", "ORGANIZATION") in found(
        "Unifor, the country's largest private-sector union, said no.", "en"
    )
    got = found("Germany, the biggest economy in the European Union, said no.", "en")
    assert ("Germany", "LOCATION") in got


def test_twenty_eighth_round_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # no name across a spaced dash but a dateline's; a product with its model's number; the dateline's place again
    got = found(
        "KOUROU, French Guiana - An Ariane 6 rocket carried the European Space Agency's satellite into orbit."
        " It was the fourth launch of the year from Kourou, the company said."
    )
    assert {("French Guiana", "LOCATION"), ("Kourou", "LOCATION")} <= got
    assert not any(text.startswith("Ariane") for text, _ in got)
    assert ("Real Madrid", "ORGANIZATION") in found(
        "MADRID - Real Madrid sacked coach Xabi Alonso on Monday."
    )
    got = found("وبعد المباراة بين الجيش الملكي - الرجاء البيضاوي قال المدرب", "ar")
    assert not any(" - " in text for text, _ in got)
    # two firms whose first ends on a firm's last word; a body after the word for its kind
    got = found("The shilling was steady, traders at KCB Group and Equity Bank said.")
    assert {("KCB Group", "ORGANIZATION"), ("Equity Bank", "ORGANIZATION")} <= got
    got = found("The party finished ahead of the Peronist coalition Fuerza Patria on 31 percent.")
    assert ("Fuerza Patria", "ORGANIZATION") in got
    assert ("Securities and Exchange Commission", "ORGANIZATION") in found(
        "The Securities and Exchange Commission said."
    )


def test_a_foreign_coach_and_a_mountain_range(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # a foreign given name between a team's man or club and the family name the tagger read alone
    assert ("سيموني إنزاغي", "PERSON") in found("وقال مدرب الهلال سيموني إنزاغي إن فريقه استحق اللقب.")
    # a range after the word for mountains: a listed one named by an everyday word, or an unknown word
    assert ("الأطلس", "LOCATION") in found("وتساقط الثلوج على مرتفعات الأطلس ابتداء من مساء الأربعاء.")
    assert not found("تحيط بالقرية جبال شاهقة من كل جانب.")


def test_agencies_firms_rivers_and_diseases(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # an agency named by its place and purpose; a firm by its place and a sector
    assert ("وكالة الإمارات للفضاء", "ORGANIZATION") in found("أطلقت وكالة الإمارات للفضاء قمرا صناعيا.")
    assert ("وكالة البحرين للأنباء", "ORGANIZATION") in found("وقالت وكالة البحرين للأنباء إن الملك وصل.")
    assert ("شركة قطر للغاز", "ORGANIZATION") in found("وقال مسؤول في شركة قطر للغاز إن الإنتاج ارتفع.")
    assert ("الصين", "LOCATION") in found("تحتاج الصين للطاقة.")  # a place alone before "for": no body
    # a river after the word for it (a listed one, or a word no dictionary knows), or after its water
    assert ("النيل", "LOCATION") in found("وقالت السلطات إن مياه النيل تراجعت.")
    assert not found("وعثر على جثة في نهر موسمي.")
    got = found("Villages along the Nile were flooded, and barges on the Danube were stuck.", "en")
    assert {("Nile", "LOCATION"), ("Danube", "LOCATION")} <= got
    assert ("Thames Water", "ORGANIZATION") in found("Customers of the Thames Water board complained.", "en")
    # Bros and Brothers end a firm's or a band's name; a disease opens a story after its dateline
    assert ("Warner Bros", "ORGANIZATION") in found(
        "The film, released by Warner Bros, earned a nomination.", "en"
    )
    got = found("GENEVA - Measles cases in Europe fell by half last year.", "en")
    assert ("GENEVA", "LOCATION") in got
    assert not any(text == "Measles" for text, _ in got)


def test_oil_fields_and_people_after_a_body_called_again(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # a field after the word for it: a listed one, or a word no dictionary knows the tagger took for a man
    assert ("الشرارة", "LOCATION") in found("بعد استئناف العمل في حقل الشرارة جنوب البلاد.")
    assert ("أرطاوي", "LOCATION") in found("وارتفع إنتاج حقل أرطاوي إلى مستوى قياسي.")
    assert not found("وتخصص في حقل الفيزياء النظرية.")
    # the body called again by its head word names nothing; the given name after it begins the holder
    got = found("وقالت رئيسة مجلس إدارة الوكالة سارة الأميري إن القمر سيرصد التصحر.")
    assert got == {("سارة الأميري", "PERSON")}


def test_thirty_first_round_places_particles_mayors_and_models(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # the place after a season's, a summit's or the champions' word (ANERcorp: أبطال أوروبا, 9 times in 9)
    assert ("الرياض", "LOCATION") in found("وحضر الآلاف فعاليات موسم الرياض منذ انطلاقه.")
    assert ("أفريقيا", "LOCATION") in found("تأهل الفريق إلى ربع نهائي دوري أبطال أفريقيا بعد فوزه.")
    # a foreign name's particle ends no name; a city's mayor is named with his city
    assert ("فان دير ميرفه", "PERSON") in found("والتقى الوزير نظيره الهولندي فان دير ميرفه.")
    got = found("وقال أمين عمان يوسف الشواربة إن الخط سينقل نحو مئة ألف راكب.")
    assert got == {("عمان", "LOCATION"), ("يوسف الشواربة", "PERSON")}
    # a people's name is no man; a model's Roman numeral makes a product
    assert not found("Two of the dead were Sherpa guides and the others were from Poland.", "en") - {
        ("Poland", "LOCATION")
    }
    assert not found("NASA moved the Artemis II rocket to its pad.", "en") - {("NASA", "ORGANIZATION")}


def test_thirty_second_round_courts_platforms_and_posts(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a name that ends in Court is the court, a body; the platforms of the 2020s are firms
    got = found("Meta said it would comply, while Reddit filed a challenge in the High Court.")
    assert {("High Court", "ORGANIZATION"), ("Reddit", "ORGANIZATION")} <= got
    assert ("تيليغرام", "ORGANIZATION") in found("وقالت منصة تيليغرام إنها حذفت القنوات.", "ar")
    # a post and the body called by its word is nobody
    got = found("وقال رئيس النادي زبير بية إن الهيئة المديرة ستعلن اسم المدرب الجديد.", "ar")
    assert got == {("زبير بية", "PERSON")}


def test_fortieth_round_fixtures_coaches_and_funders(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a fixture's sentence with no sports word of its own goes on with the sports report before it
    report = (
        "فاز الفيصلي على الحسين إربد بهدفين في الدوري. ويلتقي الوحدات صاحب المركز الثاني مع الرمثا الأحد."
    )
    got = found(report)
    assert {("الوحدات", "ORGANIZATION"), ("الرمثا", "ORGANIZATION")} <= got
    # not after a sentence of other news: the town is the town
    got = found("ارتفعت أسعار الوقود في الأردن. ويلتقي الوزير مع وجهاء الرمثا الأحد.")
    assert ("الرمثا", "ORGANIZATION") not in got
    # a club of several words named by its first word alone before its coach, one man to the tagger
    got = found("تغلب الحسين إربد على الفيصلي. وقال مدرب الحسين عبد الله أبو زمع إن فريقه لعب بتركيز.")
    assert {("الحسين", "ORGANIZATION"), ("عبد الله أبو زمع", "PERSON")} <= got
    # the vaccine alliance and the chipmakers the English tagger took for men
    got = found("Doses arrived with funding from Gavi. Its rival Wolfspeed filed for bankruptcy.", "en")
    assert {("Gavi", "ORGANIZATION"), ("Wolfspeed", "ORGANIZATION")} <= got


def test_forty_first_round_bodies_craft_and_feasts(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a country and the words the tagger left out after it, ending on a body's head word, are one body
    got = found("The New Zealand Space Agency licenses every launch.")
    assert got == {("New Zealand Space Agency", "ORGANIZATION")}
    assert ("South Africa Revenue Service", "ORGANIZATION") in found("the South Africa Revenue Service said.")
    # a name ending on a head word only bodies' names end on is a body, whatever the tagger read
    assert ("Seneca Polytechnic", "ORGANIZATION") in found(
        "Sheridan College and Seneca Polytechnic cut courses."
    )
    # a spacecraft's name is no entity; a listed firm's before the craft stays the firm
    got = found("The Electron rocket lifted off, and the firm will fly its larger Neutron rocket next year.")
    assert not got
    assert ("SpaceX", "ORGANIZATION") in found("The SpaceX rocket lifted off.")
    # a feast of two words is no entity
    assert not found("Strikes could spread to hundreds of stores by Christmas Eve, the union said.")
    # ولاية before a place of two words the gazetteer holds is the state, not a man's term of office
    got = found("وتصدرت ولاية تيزي وزو الترتيب للسنة الخامسة.", "ar")
    assert got == {("تيزي وزو", "LOCATION")}
    assert ("فرانسوا هولاند", "PERSON") in found("وفي ولاية فرانسوا هولاند تغير الكثير.", "ar")
    assert ("بحر العرب", "LOCATION") in found("تتشكل حالة مدارية في بحر العرب.", "ar")


def test_forty_second_round_directions_particles_and_first_names(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a word of direction after a place is no part of it, and the place after it is one of its own
    got = found("اندلعت اشتباكات في حي أبو سليم جنوبي طرابلس.")
    assert got == {("أبو سليم", "LOCATION"), ("طرابلس", "LOCATION")}
    got = found("قتل ثلاثة في قرية السيلة الحارثية غرب جنين.")
    assert got == {("السيلة الحارثية", "LOCATION"), ("جنين", "LOCATION")}
    # a given name, a foreign particle and a last word are a man
    assert ("ستيفان دي وولف", "PERSON") in found(
        "وقال أستاذ علوم المواد في الجامعة ستيفان دي وولف إن الفريق نجح."
    )
    # English: a body's unknown first word the tagger cut off; an unknown "place" before a man's name
    got = found("Rashtriya Janata Dal leader Tejashwi Yadav accepted the result.", "en")
    assert {("Rashtriya Janata Dal", "ORGANIZATION"), ("Tejashwi Yadav", "PERSON")} <= got
    got = found("ARLINGTON - Dak Prescott threw three touchdown passes.", "en")
    assert got == {("ARLINGTON", "LOCATION"), ("Dak Prescott", "PERSON")}
    # the church's Mass is no Massachusetts; the town's abbreviation after a comma still is
    assert not found("Two Italians were proclaimed saints in a Mass.", "en")
    got = found("He lives in Boston, Mass., the paper said.", "en")
    assert any(t.startswith("Mass") and label == "LOCATION" for t, label in got)
    assert ("Holy See", "ORGANIZATION") in found("The Holy See said pilgrims came from 70 countries.", "en")


def test_forty_third_round_openers_shows_and_institutions(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a plural everyday word that opens the story, run into the dateline's place by the tagger, is no name
    got = found("GENEVA - Physicists at CERN said on Tuesday they had measured the mass.")
    assert got == {("GENEVA", "LOCATION"), ("CERN", "ORGANIZATION")}
    # an art show's or a fair's word ends an event's name, and the place before it is the event's
    assert not found("She represented the country at the Venice Biennale in 2007.")
    # an institution's name runs on over "of"
    got = found("The show will travel to the Louisiana Museum of Modern Art in Denmark.")
    assert ("Louisiana Museum of Modern Art", "LOCATION") in got
    assert ("Fermilab", "ORGANIZATION") in found("A team at Fermilab near Chicago reported it.")
    assert ("البحر الميت", "LOCATION") in found("حذرت الوزارة من أن منسوب البحر الميت يواصل الانخفاض.", "ar")


def test_forty_fourth_round_lists(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found("وانتقدت منظمات حقوقية بينها الشبكة السورية لحقوق الإنسان غياب الاقتراع المباشر.")
    assert got == {("الشبكة السورية لحقوق الإنسان", "ORGANIZATION")}
    got = found("فاز شباب بلوزداد على مولودية الجزائر. وقال مدرب المولودية خالد بن يحيى إن فريقه خسر.")
    assert {("المولودية", "ORGANIZATION"), ("خالد بن يحيى", "PERSON")} <= got
    # New Cairo, the city, whole; the novel of that name in quotes stays no place
    assert ("القاهرة الجديدة", "LOCATION") in found("جمعت المكونات في منشأة في القاهرة الجديدة.")
    assert not found('واشتهر بنشر رواية " القاهرة الجديدة " وأتبعها بعدد من الروايات .')
    got = found("وسط مقاطعة وزيرين محسوبين على حزب الله وحركة أمل.")
    assert ("وحركة أمل", "ORGANIZATION") in got


def test_forty_seventh_round_rulers_numbers_and_groups(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # a known place after حاكم is the place, though the title before the ruler's name follows it
    got = found("افتتح حاكم الشارقة الشيخ سلطان بن محمد القاسمي المعرض.")
    assert ("الشارقة", "LOCATION") in got
    assert not found("الشعب تحت قيادة حاكم نموذجي في الحكمة.")
    # a number written as a word ends no name, and the bank's word left alone names nothing
    assert not found("وارتفع سهم البنك اثنين في المئة بعد إعلان النتائج.")
    assert ("مجموعة العشرين", "ORGANIZATION") in found("قال رئيس مجموعة العشرين إن القمة ستعقد.")
    # a group's one-word name before a man who opens on a given name; not after the word with the article
    got = found("وقال الرئيس التنفيذي لمجموعة أوكيو أحمد العزكوي إن المصفاة جاهزة.")
    assert got == {("أوكيو", "ORGANIZATION"), ("أحمد العزكوي", "PERSON")}
    got = found("وقال الرئيس التنفيذي للشركة بدر محمد المير إن الطائرات ستصل.")
    assert ("بدر", "ORGANIZATION") not in got


def test_forty_eighth_round_hospitals_works_and_lists(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a town's hospital: the town is a place, though its name is a given name too; a man's stays a body
    got = found("تدرب الأطباء ستة أشهر في مستشفى ليون الجامعي في فرنسا.")
    assert got == {("ليون", "LOCATION"), ("فرنسا", "LOCATION")}
    assert ("مستشفى حمد العام", "ORGANIZATION") in found("نقل المصابون إلى مستشفى حمد العام.")
    # Morocco's civil protection, its phosphate group and their port
    got = found("وإن فرق الوقاية المدنية انتشلت الجثث من تحت الأنقاض.")
    assert got == {("الوقاية المدنية", "ORGANIZATION")}
    got = found("وقال المكتب الشريف للفوسفاط إن وحدته الجديدة في الجرف الأصفر ستعمل قريبا.")
    assert got == {("المكتب الشريف للفوسفاط", "ORGANIZATION"), ("الجرف الأصفر", "LOCATION")}
    # a firm's works named by their place after "its"; a firm's name in capitals there is not retyped
    got = found("Nissan will stop building cars at its Oppama plant near Yokohama by 2028.", "en")
    assert ("Oppama", "LOCATION") in got
    assert ("Nissan", "ORGANIZATION") in got
    assert ("Detroit", "LOCATION") in found("The carmaker said its Detroit plant would close.", "en")


def test_forty_ninth_round_events_datelines_and_lists(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a body straight before a competition's word names the competition, no entity of its own
    assert not found("He kept his ATP Finals title in front of a home crowd.")
    assert ("Lazio", "ORGANIZATION") in found("Lazio reached the UEFA Cup final.")
    # Cape Canaveral's dateline is the place
    got = found("CAPE CANAVERAL - A SpaceX rocket carried a NASA probe into orbit on Monday.")
    assert ("CAPE CANAVERAL", "LOCATION") in got
    # the Carolinas as the Gulf press spells them; Lebanon's security forces and their branch
    assert ("كارولاينا الجنوبية", "LOCATION") in found("في مصنع الشركة بولاية كارولاينا الجنوبية.", "ar")
    got = found("أوقفت شعبة المعلومات عصابة لسرقة السيارات.", "ar")
    assert got == {("شعبة المعلومات", "ORGANIZATION")}


def test_fiftieth_round_people_after_bodies_and_family_names(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # the body called again by its word with the article, then a foreign name the lists do not hold
    got = found("وقالت منسقة المنظمة كلير نيكوليه إن مراكز العلاج تعمل بأكثر من طاقتها.")
    assert got == {("كلير نيكوليه", "PERSON")}
    # a family name that is a place's word too, before إن, ends the man the tagger read alone
    got = found("وقال وزير التربية والتعليم عزمي محافظة إن الامتحان جرى لأول مرة.")
    assert got == {("عزمي محافظة", "PERSON")}


def test_fifty_first_round_datelines_positions_and_lists(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a dateline's place the gazetteer holds whole, of which the tagger found a piece, is the place
    got = found(
        "ST. LOUIS - About 3,200 machinists at Boeing's defence plants in St. Louis voted on Thursday to end "
        "a three-month strike, accepting a five-year deal that raises wages by 24 percent. The International"
    )
    assert ("ST. LOUIS", "LOCATION") in got
    assert not any(label == "PERSON" for _, label in got)
    # a player's position before his name is no part of it
    assert found("Flanker Henry Pollock scored two tries.") == {("Henry Pollock", "PERSON")}
    assert ("D66", "ORGANIZATION") in found("THE HAGUE - The centrist D66 party led by Rob Jetten won.")


def test_fifty_second_round_future_verbs_prize_fields_and_lists(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a body's name does not run on over a future verb after it
    got = found("وإن البنك الآسيوي للتنمية سيشارك في تمويلها.", "ar")
    assert got == {("البنك الآسيوي للتنمية", "ORGANIZATION")}
    # the field a prize is given in is part of the prize's name, no place
    assert not found("Three chemists won the Nobel Prize in Chemistry on Wednesday.")
    assert ("Jefferies", "ORGANIZATION") in found("Analysts at Jefferies value the unit at $130 billion.")


def test_fifty_third_round_indefinite_words_end_bodies(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # an everyday word without the article after the body's last word with it is what the body did
    got = found("سجلت هيئة البيئة عودة أكثر من ستة آلاف سلحفاة إلى الشواطئ.")
    assert got == {("هيئة البيئة", "ORGANIZATION")}
    assert ("مصرف الرافدين", "ORGANIZATION") in found("أعلن مصرف الرافدين فتح فرع جديد في مدينة الكوت.")
    # a title, then the man the body is named for, stays inside
    assert ("جامعة القاضي عياض", "ORGANIZATION") in found("قررت جامعة القاضي عياض تأجيل امتحانات كلية الطب.")
    assert ("جامعة الملك سعود", "ORGANIZATION") in found("درس في جامعة الملك سعود ثم سافر.")


def test_fifty_fourth_round_datelines_popes_clubs(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a town of towns_en.txt the gazetteer lacks, run over the dateline's dash into the story's first name
    got = found(
        "OXFORD - The University of Oxford will charge students from outside the United Kingdom more."
    )
    assert {("OXFORD", "LOCATION"), ("University of Oxford", "ORGANIZATION")} <= got
    # a name that opens on Pope is a person, after a dateline too
    assert ("Pope Leo", "PERSON") in found(
        "VATICAN CITY - Pope Leo will pray with Orthodox leaders at Iznik."
    )
    # the Saudi Pro League's clubs; a listed club's first word between the coach's word and the man
    got = found("Al Nassr beat Al Khaleej 4-1, while Al Hilal won 2-0 at Al Ettifaq.")
    assert {("Al Khaleej", "ORGANIZATION"), ("Al Ettifaq", "ORGANIZATION")} <= got
    got = found(
        "فاز النادي الإفريقي على ضيفه النجم الساحلي بهدف دون رد، فيما قال مدرب النجم محمد المكشر إن فريقه خسر.",
        "ar",
    )
    assert {("النجم", "ORGANIZATION"), ("محمد المكشر", "PERSON")} <= got


def test_fifty_fifth_round_bodies_end_before_indefinite_nouns_and_spinners(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # after the body's definite word (here with ل), an indefinite noun and what follows it are outside
    got = found("وانتقدت المنظمة الدولية للهجرة ظروف الاحتجاز في مراكز الإيواء.")
    assert got == {("المنظمة الدولية للهجرة", "ORGANIZATION")}
    # not a family's آل, a preposition, or the family name after عبد and a divine name
    got = found("أطلقت مؤسسة محمد بن راشد آل مكتوم للمعرفة مسابقة للقراءة.")
    assert ("مؤسسة محمد بن راشد آل مكتوم للمعرفة", "ORGANIZATION") in got
    got = found("LAHORE - Spinner Noman Ali took six wickets as Pakistan beat South Africa.", "en")
    assert ("Noman Ali", "PERSON") in got


def test_datelines_of_two_word_states(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a state of two words the gazetteer lacks, run over the dateline's dash into the story's first name
    got = found("NEW YORK - Paramount Skydance made a third offer for Warner Bros Discovery on Monday.")
    assert {("NEW YORK", "LOCATION"), ("Paramount Skydance", "ORGANIZATION")} <= got


def test_fifty_sixth_round_clubs_and_places_joined(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a city before a player's or coach's word in a sports report is its club; a country stays a place
    got = found(
        "Inter Miami won the MLS Cup, while Vancouver striker Brian White said his side were beaten.", "en"
    )
    assert ("Vancouver", "ORGANIZATION") in got
    assert ("England", "LOCATION") in found("England coach Thomas Tuchel said the team played well.", "en")
    # a club named again after لـ, where the report named it as a club
    got = found(
        "تعادل الوداد والرجاء بهدف لمثله في ديربي الجولة التاسعة من البطولة الاحترافية في الدار البيضاء. "
        "وتقدم الرجاء عن طريق مهاجمه يوسف بلعمري قبل أن يعادل محمد رايحي للوداد في الدقائق الأخيرة."
    )
    assert ("للوداد", "ORGANIZATION") in got
    # two places the lists hold whole, joined by و, are two places
    got = found("أعادت الوكالة فتح عشر مدارس في خان يونس ودير البلح أمام التلاميذ.")
    assert {("خان يونس", "LOCATION"), ("ودير البلح", "LOCATION")} <= got


def test_fifty_seventh_round_counties_agencies_and_places_after_fi(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # county in lower case is no part of the place; with a capital it is
    got = found("The agency sent a team to Spartanburg county, where the outbreak began at two schools.")
    assert ("Spartanburg", "LOCATION") in got
    assert ("Spartanburg county", "LOCATION") not in got
    assert ("Spartanburg County", "LOCATION") in found("Officials in Spartanburg County said on Monday.")
    # a federal agency whose name holds "and" is one body, not two
    got = found("The Centers for Disease Control and Prevention sent a team to the state on Monday.")
    assert ("Centers for Disease Control and Prevention", "ORGANIZATION") in got
    # one unknown word after في that the tagger took for a man is a place
    got = found("وقال نوريس إن اللقب ثمرة عمل الفريق في ووكينغ طوال ثلاث سنوات.", "ar")
    assert ("ووكينغ", "LOCATION") in got
    # a given name of two words ending on الدين, and a family name no list knows: one man
    got = found("وقال رئيس الجمعية خير الدين دبية إن المجمع يلقي آلاف الأطنان في البحر.", "ar")
    assert ("خير الدين دبية", "PERSON") in got


def test_fifty_eighth_round_datelines_posts_and_foreign_firms(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a capitalised word no list knows before a dateline's dash, a sentence after it: the town
    got = found("VEVEY - Nestle will cut 16,000 jobs over the next two years, the company said.")
    assert ("VEVEY", "LOCATION") in got
    assert not {e for e in found("GOLF - THUNDERSTORMS HALT PLAY AT THE OPEN") if e[0] == "GOLF"}
    # "Chief Executive" opens no body's name: the man after it
    got = found(
        "Nestle will cut jobs over the next two years, Chief Executive Philipp Navratil said on Thursday."
    )
    assert ("Philipp Navratil", "PERSON") in got
    # a place to the tagger, named by its last word alone as a man elsewhere
    got = found(
        "Nasry Asfura was leading Salvador Nasralla by fewer than 500 votes on Wednesday. "
        "Nasralla said he would not accept the result."
    )
    assert ("Salvador Nasralla", "PERSON") in got
    # a satellite named in quotes is no body, nor are the words for it
    got = found('أعلن المركز نجاح إطلاق القمر الصناعي "اتحاد سات" من كاليفورنيا فجر الجمعة.', "ar")
    assert not {e for e in got if e[1] == "ORGANIZATION"}
    # a foreign firm's name after شركة runs on over a word that is no Arabic word
    got = found("وجرى تطوير القمر بالشراكة مع شركة ساتريك إنيشياتيف الكورية الجنوبية.", "ar")
    assert ("ساتريك إنيشياتيف", "ORGANIZATION") in got
    got = found("واتهم رئيس مجلس السيادة عبد الفتاح البرهان القوات بارتكاب مجازر.", "ar")
    assert ("مجلس السيادة", "ORGANIZATION") in got


def test_fifty_ninth_round_places_joined_and_telescopes(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a known place joined by و straight after a place is a place, not a body
    got = found("جدة - شهدت جدة ومكة المكرمة أمطارا غزيرة صباح الخميس أدت إلى تعليق الدراسة الحضورية.", "ar")
    # whole, as the hand-written sets mark it, since the rule for lists of places (ANERcorp: مكة alone)
    assert ("ومكة المكرمة", "LOCATION") in got
    assert not {e for e in got if e[1] == "ORGANIZATION"}
    # a telescope is no body
    got = found(
        "Astronomers using the James Webb Space Telescope have found water vapour, the institute said."
    )
    assert not {e for e in got if "Telescope" in e[0] and e[1] in ("ORGANIZATION", "LOCATION", "PERSON")}


def test_sixtieth_round_scorers_and_officers_after_bodies(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "LONDON - Bukayo Saka scored twice as Arsenal beat Chelsea 3-1 at the Emirates Stadium on Sunday."
    )
    assert ("Bukayo Saka", "PERSON") in got
    got = found("Bank of Canada Governor Tiff Macklem has said rates are at about the right level.")
    assert {("Bank of Canada", "ORGANIZATION"), ("Tiff Macklem", "PERSON")} <= got
    # a club after its goal's word, before the goal's adjective; a nation's chamber of commerce abroad
    clubs = [
        e.text
        for e in hybrid(
            "الرياض - فاز الهلال على ضيفه السد القطري بثلاثة أهداف مقابل هدف في دوري أبطال آسيا للنخبة. "
            "وسجل سالم الدوسري هدفين، فيما سجل أكرم عفيف هدف السد الوحيد.",
            "ar",
        )
        if e.label == "ORGANIZATION"
    ]
    assert clubs.count("السد") == 2
    assert ("غرفة التجارة الأمريكية", "ORGANIZATION") in {
        (e.text, e.label) for e in hybrid("ورحبت غرفة التجارة الأمريكية في مصر بالقرار أمس.", "ar")
    }


def test_sixty_first_round_datelines_lists_and_given_names_after_bodies(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found("KANSAS CITY - Patrick Mahomes threw three touchdown passes as the Chiefs beat the Broncos.")
    assert ("KANSAS CITY", "LOCATION") in got
    got = found("Conservationists from Save the Elephants said fences had cut clashes with farmers.")
    assert ("Save the Elephants", "ORGANIZATION") in got
    # a given name that is also a nationality (تركي, "Turkish"), before آل and a family: the man after the body
    got = found(
        "الرياض - قال رئيس مجلس إدارة الهيئة العامة للترفيه تركي آل الشيخ إن الموسم استقبل خمسة ملايين زائر.",
        "ar",
    )
    assert {("الهيئة العامة للترفيه", "ORGANIZATION"), ("تركي آل الشيخ", "PERSON")} <= got
    # the word for a city alone is no place
    got = found("انهار مبنيان متجاوران في حي المسيرة بمدينة فاس ليلة الثلاثاء.", "ar")
    assert not {e for e in got if e[0] == "بمدينة"}
    assert ("فاس", "LOCATION") in got


def test_sixty_second_round_datelines_and_seas(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a dateline's word in capitals run over the dash into a sentence's first name: the town, then the name
    got = found("FRANKFURT - Lufthansa raised its profit forecast for the year on Thursday.")
    assert {("FRANKFURT", "LOCATION"), ("Lufthansa", "ORGANIZATION")} <= got
    # the seas as ANERcorp tags them, whole
    assert ("البحر الأحمر", "LOCATION") in found(
        "حذرت الوزيرة من ارتفاع حرارة مياه البحر الأحمر هذا الصيف.", "ar"
    )
    assert ("ومرسى علم", "LOCATION") in found("ابيضت الشعاب المرجانية قرب الغردقة ومرسى علم هذا الصيف.", "ar")


def test_sixty_third_round_datelines_products_and_people_after_bodies(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a word in capitals no list knows, where the tagger saw nothing, before a sentence: the dateline's town
    assert ("IZNIK", "LOCATION") in found("IZNIK - Pope Leo XIV prayed with Orthodox leaders on Friday.")
    # not a section's head of the class of equities and gilts
    assert not {
        e for e in found("EUROBONDS - Primary market activity was thin on Friday.") if e[1] == "LOCATION"
    }
    # a firm's possessive, then a rocket's name: no place
    got = found("Blue Origin's New Glenn rocket launched two small probes on Thursday.")
    assert ("Blue Origin", "ORGANIZATION") in got
    assert not {e for e in got if e[0] == "New Glenn" and e[1] in ("LOCATION", "PERSON", "ORGANIZATION")}
    # a profession, a man, "of" and his employer, read as one body
    got = found("Economist Radhika Rao of DBS Bank said growth would slow next year.")
    assert {("Radhika Rao", "PERSON"), ("DBS Bank", "ORGANIZATION")} <= got
    # a given name that is an everyday word, straight after the body the tagger found, before the family name
    got = found(
        "وقال الناطق الإعلامي باسم مديرية الأمن العام عامر السرطاوي إن المهربين استخدموا طائرة مسيرة.", "ar"
    )
    assert ("عامر السرطاوي", "PERSON") in got
    assert not {
        e for e in found("أحبطت الإدارة تهريب مليون حبة كبتاغون عبر الحدود.", "ar") if e[1] == "LOCATION"
    }


def test_sixty_fourth_round_employers_listed_parties_and_towns_after_plurals(
    hybrid: HybridRecognizer,
) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    assert ("Bernstein", "ORGANIZATION") in found(
        "Analysts at Bernstein said the race was tighter than ever."
    )
    got = found("Casper Grathwohl, president of Oxford Languages, said the choice showed it.")
    assert ("Oxford Languages", "ORGANIZATION") in got
    assert ("South Africa", "LOCATION") in found("He met the president of South Africa on Monday.")
    # a listed party whose name ends on Rally is no rally
    assert ("National Rally", "ORGANIZATION") in found(
        "The motion, brought by National Rally and the left, failed."
    )
    assert ("عدن", "LOCATION") in found("وأضاف أن مستشفيات عدن تستقبل يوميا عشرات الحالات.", "ar")
    assert not {
        e for e in found("دفعها إلى تنشيط دبلوماسيتها وإحياء غرائز القوة العظمى.", "ar") if e[1] == "LOCATION"
    }


def test_sixty_sixth_round_viruses_and_festivals(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "Ethiopia confirmed six cases of Marburg virus disease in the southern town of Jinka on Friday."
    )
    assert not {e for e in got if e[0] == "Marburg"}
    got = found("The Africa Centres for Disease Control and Prevention sent teams to help on Friday.")
    assert ("Africa Centres for Disease Control and Prevention", "ORGANIZATION") in got
    # a festival's whole name is no place; the places named in it are
    got = found("انطلقت الدورة الخامسة من مهرجان البحر الأحمر السينمائي الدولي في جدة بعرض مئة فيلم.", "ar")
    assert {("البحر الأحمر", "LOCATION"), ("جدة", "LOCATION")} <= got
    assert not {e for e in got if e[0].startswith("مهرجان")}


def test_sixty_seventh_round_verbs_after_conjunctions_and_torrents(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # the word after بعد أن is a verb (عادل, "equalised"), no part of the man's name
    got = found("وسجل رضا سليم هدف الفوز، بعد أن عادل أيوب العملود النتيجة للفريق.")
    assert ("أيوب العملود", "PERSON") in got
    assert not {e for e in got if e[0].startswith("عادل")}
    # سيول before what torrents do is the torrents, not Seoul
    assert not {e for e in found("لقي سبعة أشخاص حتفهم في سيول اجتاحت مديريات المحافظة.") if e[0] == "سيول"}


def test_sixty_fifth_and_sixty_eighth_rounds_bodies_initials_and_pairs(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # للحماية, ل + الحماية, is what the directorate is for, not the nationality of Hama
    got = found("وقال المكلف بالإعلام في المديرية العامة للحماية المدنية إن الحريق اندلع.")
    assert ("المديرية العامة للحماية المدنية", "ORGANIZATION") in got
    # a man's name before القابضة names the group
    assert ("طلعت مصطفى", "ORGANIZATION") in found("أعلنت مجموعة طلعت مصطفى القابضة مبيعات قياسية.")
    # Latin letters spelled out before a firm's initials
    got = found("فيما رفع محللون في إي إف جي هيرميس السعر المستهدف.")
    assert ("إي إف جي هيرميس", "ORGANIZATION") in got
    # و and a body's head word inside one body begin a second
    got = found("ارتفع المؤشر بقيادة أسهم المصارف مثل مصرف الراجحي والبنك الأهلي السعودي.")
    assert not {e for e in got if e[0] == "مصرف الراجحي والبنك الأهلي"}


def test_sixty_ninth_to_seventy_first_rounds_states_institutions_and_family_names(
    hybrid: HybridRecognizer,
) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # after ولاية, a direction and the place are the state's one name
    assert ("غرب كردفان", "LOCATION") in found("سيطرت القوات على مدينة بابنوسة في ولاية غرب كردفان بعد حصار.")
    # an institution named for a man runs on over what it is for, where the tagger cut him at بن
    got = found("أعلنت جامعة محمد بن زايد للذكاء الاصطناعي افتتاح مركز أبحاث جديد للروبوتات.")
    assert ("جامعة محمد بن زايد للذكاء الاصطناعي", "ORGANIZATION") in got
    assert ("شركة نفط الكويت", "ORGANIZATION") in found("قالت شركة نفط الكويت إنها رفعت طاقتها.")
    # a given name written as one word runs on into a family name no dictionary holds
    got = found(
        "وقال الرئيس التنفيذي لهيئة الأدب والنشر والترجمة عبداللطيف الواصل إن المعرض يخصص جناحا كاملا."
    )
    assert ("عبداللطيف الواصل", "PERSON") in got
    got = found("The trial was funded by the Gates Foundation and Wellcome.", "en")
    assert {("Gates Foundation", "ORGANIZATION"), ("Wellcome", "ORGANIZATION")} <= got
    assert not {
        e for e in found("SYDNEY - Police in New South Wales charged a man.", "en") if e[0] == "Police"
    }


def test_seventy_second_to_seventy_fifth_rounds_places_works_and_firms(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found("Minister Marina Silva warned that fires in Para and Mato Grosso had risen.")
    assert ("Mato Grosso", "LOCATION") in got
    assert not {e for e in found("James Cameron's third Avatar film took $345 million.") if e[0] == "Avatar"}
    assert ("Carthage", "LOCATION") in found("The Carthage film festival opened on Saturday.")
    assert ("Amazon", "LOCATION") in found("Deforestation in the Amazon fell 11 percent.")
    assert ("Twitter", "ORGANIZATION") in found("And on Twitter he added that the risks were growing.")
    assert ("Philippines", "LOCATION") in found(
        "A typhoon brought heavy rain to the central Philippines on Thursday."
    )
    assert ("Borsa Istanbul", "ORGANIZATION") in found("Shares on the Borsa Istanbul rose 2 percent.")
    # two words read as one place, the second after و, are two places; not after a tribe's opening word
    got = found("وقالت المديرية إن الأمطار ستتواصل في عبدة ودكالة.", "ar")
    assert {("عبدة", "LOCATION"), ("ودكالة", "LOCATION")} <= got
    assert not {
        e for e in found("وأرسلت فرقا للإنقاذ ومستشفى ميدانيا إلى المدينة.", "ar") if e[0] == "ميدانيا"
    }


def test_seventy_sixth_to_eighty_first_rounds_datelines_teams_and_people(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a dateline's town the gazetteer spells with accents; one it holds, where the tagger saw nothing
    assert ("REYKJAVIK", "LOCATION") in found(
        "REYKJAVIK - A volcano on Iceland's Reykjanes peninsula erupted."
    )
    assert ("GENEVA", "LOCATION") in found(
        "GENEVA - This year is on course to be the second warmest on record."
    )
    got = found("LAS VEGAS - The New York Knicks won the NBA Cup on Tuesday at the T-Mobile Arena.")
    assert {("New York Knicks", "ORGANIZATION"), ("T-Mobile Arena", "LOCATION")} <= got
    got = found("WASHINGTON - The House of Representatives voted on Wednesday to extend the subsidies.")
    assert ("House of Representatives", "ORGANIZATION") in got
    assert ("Tiffany", "ORGANIZATION") in found("Its jeweller Tiffany had its best quarter.")
    got = found("RABAT - Morocco beat Comoros 2-0 at the Prince Moulay Abdellah Stadium on Sunday.")
    assert ("Prince Moulay Abdellah Stadium", "LOCATION") in got
    assert not {
        e
        for e in found("Labour Secretary Julio Cordero said the reform would create jobs.")
        if e[0] == "Labour"
    }
    # a ministry's noun joined by و without the article runs on with its genitive; a verb does not
    got = found("أعلنت وزارة الاتصالات وتكنولوجيا المعلومات إطلاق خدمات الجيل الخامس.", "ar")
    assert ("وزارة الاتصالات وتكنولوجيا المعلومات", "ORGANIZATION") in got
    assert ("وزارة الصحة", "ORGANIZATION") in found("أعلنت وزارة الصحة وتطالب الحكومة بالدعم.", "ar")
    # a body run on into a given name ends before it; the post and the body named again before a man
    got = found("وقال كبير الاقتصاديين في بنك الرياض نايف الغيث إن التضخم سيبقى تحت السيطرة.", "ar")
    assert {("بنك الرياض", "ORGANIZATION"), ("نايف الغيث", "PERSON")} <= got
    assert ("فاروق بوعسكر", "PERSON") in found(
        "وقال رئيس الهيئة فاروق بوعسكر إن باب الترشح سيفتح في مارس.", "ar"
    )
    assert ("أدنوك للغاز", "ORGANIZATION") in found(
        "أبوظبي - أعلنت أدنوك للغاز ارتفاع أرباحها الفصلية.", "ar"
    )
    assert ("مضيق هرمز", "LOCATION") in found("وبحث الجانبان أمن الملاحة في مضيق هرمز.", "ar")


def test_eighty_third_to_ninety_third_rounds_arabic(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # a listed name whose first word has three letters, after و
    got = found("وتجاوزت البطالة 30 في المئة في جهتي درعة تافيلالت وبني ملال خنيفرة.")
    assert ("وبني ملال خنيفرة", "LOCATION") in got
    assert ("المملكة أرينا", "LOCATION") in found("فاز الهلال على النصر على ملعب المملكة أرينا أمس.")
    # an ordinal after a given and a family name is a goal's rank; after a king's title his number
    got = found("وسجل سالم الدوسري هدفين وألكسندر ميتروفيتش الثالث في المباراة.")
    assert ("وألكسندر ميتروفيتش", "PERSON") in got
    assert ("محمد السادس", "PERSON") in found("واستقبل الملك محمد السادس الوفد في الرباط.")
    got = found("فيما قالت الخبيرة في بنك الاستثمار فاروس ريهام الدسوقي إن خفض الفائدة بات أقرب.")
    assert {("بنك الاستثمار فاروس", "ORGANIZATION"), ("ريهام الدسوقي", "PERSON")} <= got
    got = found(
        "وقال إن المعرض باع أكثر من مليوني كتاب، فيما وقعت دار الساقي ودار الشروق عقود ترجمة مع ناشرين."
    )
    assert {("دار الساقي", "ORGANIZATION"), ("ودار الشروق", "ORGANIZATION")} <= got
    assert ("عامر الصايغ", "PERSON") in found("وقال مدير المشروع عامر الصايغ إن القمر سيرصد التغيرات.")
    assert ("شمال دارفور", "LOCATION") in found("ولم تتمكن القوافل من الوصول إلى شمال دارفور منذ أسابيع.")
    got = found("فيما قال المتحدث باسم المركز الوطني للإنذار المبكر سعيد الغافري إن الحالة ستستمر.")
    assert ("المركز الوطني للإنذار المبكر", "ORGANIZATION") in got
    assert ("محمد الخامس", "LOCATION") in found("تعادل الوداد والرجاء بهدف لمثله على ملعب محمد الخامس.")
    got = found(
        "وسجل محمد رايحي هدف الوداد قبل أن يعادل يسري بوزوق للرجاء، وقال مدرب الرجاء إن التعادل منصف."
    )
    assert {("يسري بوزوق", "PERSON"), ("للرجاء", "ORGANIZATION")} <= got
    # a body ending on its purpose stops before ل and a noun without the article
    got = found("وقال إن الجامعة وقعت اتفاقا مع الهيئة السعودية للمياه لتجربة التقنية في محطة الجبيل.")
    assert ("الهيئة السعودية للمياه", "ORGANIZATION") in got
    got = found("نجح فريق طبي في مستشفى الملك عبدالله التخصصي للأطفال بفصل توأمين سياميين.")
    assert ("مستشفى الملك عبدالله التخصصي للأطفال", "ORGANIZATION") in got
    got = found("وقال المدرب إن موسى التعمري لاعب رين الفرنسي ويزن النعيمات سيكونان مفتاحي الفريق.")
    assert ("ويزن النعيمات", "PERSON") in got
    got = found("فاز الترجي على صن داونز بهدف دون رد على ملعب حمادي العقربي في رادس.")
    assert {("صن داونز", "ORGANIZATION"), ("حمادي العقربي", "LOCATION")} <= got
    assert ("ركان ناصر الدين", "PERSON") in found("وقال وزير الصحة ركان ناصر الدين إن الحملة تستهدف الأطفال.")
    assert ("عماد السايح", "PERSON") in found(
        "وقال رئيس المفوضية عماد السايح إن نسبة المشاركة بلغت 71 في المئة."
    )
    got = found("فيما انتقدت النائبة مها عبد الناصر غياب الحوار المجتمعي حوله.")
    assert ("مها عبد الناصر", "PERSON") in got
    got = found("وقال إبراهيم كالين، المتحدث باسم أردوغان، إن المسؤولين يدرسون التقارير.")
    assert not {e for e in got if "باسم" in e[0]}


def test_eighty_third_to_ninety_third_rounds_english(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Tawila", "LOCATION") in found("Heavy rains flooded camps around Tawila on Tuesday.")
    got = found("The data would help researchers at the Max Planck Institute for Solar System Research.")
    assert ("Max Planck Institute for Solar System Research", "ORGANIZATION") in got
    got = found("A team from Hassan II University reported the find in the journal Nature.")
    assert ("Hassan II University", "ORGANIZATION") in got
    assert not {e for e in found("RABAT - Palaeontologists have found a new species.") if e[0] != "RABAT"}
    got = found("The probe sent back the first close images of Venus taken during a flyby.")
    assert ("Venus", "LOCATION") in got
    got = found("NASA said the four astronauts of the Artemis II mission would fly around the Moon.")
    assert ("Moon", "LOCATION") in got
    assert not {e for e in got if e[0].startswith("Artemis")}
    assert ("Apollo Gallery", "LOCATION") in found("The gang used a lift to reach the Apollo Gallery.")
    got = found(
        "President Zelenskiy urged allies to help, and grid operator Ukrenergo said repairs would take days."
    )
    assert ("Ukrenergo", "ORGANIZATION") in got
    got = found("Meanwhile the head of the ruling Morena party, Luisa Maria Alcalde, called for calm.")
    assert ("Morena", "ORGANIZATION") in got
    got = found("CAIRO - Mediators from Egypt and Qatar met in Cairo on Sunday.")
    assert not {e for e in got if e[0] == "Mediators"}
    got = found("Shares rose, and Gabriel Caamano of Outlier said the move would please the IMF.")
    assert ("Gabriel Caamano", "PERSON") in got
    got = found("Loans from the Metropolitan Museum of Art in New York made the show possible.")
    assert ("Metropolitan Museum of Art", "LOCATION") in got
    got = found(
        "MELBOURNE - Australia will field an unchanged side at the Melbourne Cricket Ground, captain Pat "
        "Cummins said. Joe Root was fit to play after a back injury, and Cricket Australia said 90,000 "
        "tickets had been sold."
    )
    assert {("Australia", "LOCATION"), ("Melbourne Cricket Ground", "LOCATION")} <= got
    assert ("Old Bailey", "ORGANIZATION") in found("A man went on trial at the Old Bailey on Monday.")


def test_arabic_datelines_of_two_words_agencies_and_the_verb_after_the_dash(hybrid: HybridRecognizer) -> None:
    """The ninety-fourth round's Casablanca match report, and a grid of 30 towns, 7 ways of naming the
    agency and 6 first sentences: before these rules 389 of the 1,260 lines lost or cut their town, took
    the story's verb into the name after the dash or made the agency a place or a man; now none."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found("الدار البيضاء - فاز الرجاء على أسيك ميموزا الإيفواري بهدفين دون رد.")
    assert {("الدار البيضاء", "LOCATION"), ("الرجاء", "ORGANIZATION")} <= got
    # a town of two words the tagger read in pieces, one a man: the town
    got = found("بور سودان - أعلنت وزارة الصحة تسجيل إصابات جديدة بالكوليرا.")
    assert ("بور سودان", "LOCATION") in got
    assert not {e for e in got if e[0] == "سودان"}
    # before an agency's name the town the tagger read as a body is the town, and the agency a body
    got = found("المنامة (وام) - فاز الرجاء على الوداد بهدفين دون رد.")
    assert {("المنامة", "LOCATION"), ("وام", "ORGANIZATION"), ("الوداد", "ORGANIZATION")} <= got
    assert not {e for e in got if " على " in e[0]}
    # the story's verb is no part of the body after the dash, nor after a second dash and the agency
    assert ("البنك المركزي", "ORGANIZATION") in found(
        "القاهرة - أعلن البنك المركزي رفع سعر الفائدة ربع نقطة."
    )
    got = found("الدار البيضاء - (كونا) - فاز الرجاء على الوداد بهدفين دون رد.")
    assert {("الدار البيضاء", "LOCATION"), ("كونا", "ORGANIZATION"), ("الرجاء", "ORGANIZATION")} <= got
    got = found("خان يونس - (كونا) - قال رئيس الوزراء إن الحكومة ستخفض الضرائب.")
    assert {("خان يونس", "LOCATION"), ("كونا", "ORGANIZATION")} <= got
    # an agency named like a place, and a town whose first word is a saint's title
    got = found("الإسكندرية (الأناضول) - وقعت الحكومة اتفاقية مع صندوق النقد الدولي.")
    assert {("الإسكندرية", "LOCATION"), ("الأناضول", "ORGANIZATION")} <= got
    assert ("سيدي بلعباس", "LOCATION") in found("سيدي بلعباس - وقعت الحكومة اتفاقية مع صندوق النقد الدولي.")
    # a results line's team and its country in brackets stay as the tagger read them
    got = found("سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر .")
    assert ("اسكتلندا", "LOCATION") in got


def test_english_datelines_with_the_day_or_in_lower_case(hybrid: HybridRecognizer) -> None:
    """Reuters' "LONDON, Nov 5 (Reuters) -" and AFP's "Geneva (AFP) -" (``bench/dateline_grid.py --lang en``:
    151 of 1,400 lines wrong before, 3 after)."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "LONDON, Nov 5 (Reuters) - Shares in Vodafone fell 3 percent after the company cut its forecast."
    )
    assert {("LONDON", "LOCATION"), ("Vodafone", "ORGANIZATION")} <= got
    assert not {e for e in got if e[0] == "Shares"}
    got = found(
        "Paris (Reuters) - Authorities ordered the evacuation of coastal towns as the storm approached."
    )
    assert ("Paris", "LOCATION") in got
    assert not {e for e in got if e[0] == "Authorities"}
    assert ("Geneva", "LOCATION") in found(
        "Geneva - Police arrested two men after a shooting near the station."
    )
    assert ("KANSAS CITY", "LOCATION") in found("KANSAS CITY - Police arrested two men after a shooting.")
    # a scorers' line and a results line are no datelines
    assert ("Milan", "LOCATION") not in found("Milan - Dejan Savicevic ( 21st )")
    got = found("Radnicki ( N ) - Spartak ( to be played on Sunday )")
    assert ("Radnicki", "LOCATION") not in got


def test_people_named_after_posts_with_bodies_in_them(hybrid: HybridRecognizer) -> None:
    """``bench/post_grid.py``: 97 of 1,103 lines wrong on 27a154e, 10 after these rules."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    # the body the tagger ran on over the name ends before the given name
    got = found("بحسب ما قاله محافظ البنك المركزي طارق العتيبي للصحفيين أمس.")
    assert {("البنك المركزي", "ORGANIZATION"), ("طارق العتيبي", "PERSON")} <= got
    got = found("وقال المدير العام للهيئة فيصل القحطاني إن الحكومة ستواصل دعم القطاع.")
    assert ("فيصل القحطاني", "PERSON") in got
    assert not {e for e in got if e[1] == "ORGANIZATION"}
    got = found(
        "قال رئيس مجلس إدارة الهيئة العامة للترفيه تركي آل الشيخ إن موسم الرياض استقبل ملايين الزوار."
    )
    assert ("تركي آل الشيخ", "PERSON") in got
    # not where the word is a post or a word of many names' spelling (رئيس is رييس normalised)
    got = found("اعتقلت السلطات الألمانية رئيس مجلس إدارة شركة أودي لصناعة السيارات.")
    assert not {e for e in got if e[1] == "PERSON"}
    # a given name of many people, an everyday word too, before the family name the tagger found alone
    got = found("وأكدت رئيس مجلس إدارة الشركة مها بوعزيزي أن المفاوضات ستستأنف قريبا.")
    assert ("مها بوعزيزي", "PERSON") in got
    assert not {e for e in found("وقال إن فتح السوق أمام المستثمرين سيجري العام المقبل.") if e[1] == "PERSON"}
    # a given name and a family name after a post, where the tagger saw nothing
    assert ("مها الفاسي", "PERSON") in found("وقالت رئيس الوزراء مها الفاسي إن الحكومة ستواصل دعم القطاع.")
    got = found("وقال الناطق الرسمي باسم الحكومة عمر حداد إن الحكومة ستواصل دعم القطاع.")
    assert ("عمر حداد", "PERSON") in got
    # after the body the tagger found, where the post is held
    got = found("وقالت الرئيس التنفيذي لشركة أرامكو سارة القحطاني إن الحكومة ستواصل دعم القطاع.")
    assert ("سارة القحطاني", "PERSON") in got
    got = found("وقالت أستاذ العلوم السياسية في جامعة القاهرة مها الشريف إن الحكومة ستواصل دعم القطاع.")
    assert ("مها الشريف", "PERSON") in got
    # بدر is no ب + در; a family name of two words; where the post is held, after في
    got = found("ونقلت الصحيفة عن مدير الأمن العام بدر الشمري قوله إن الأمور تحسنت.")
    assert ("بدر الشمري", "PERSON") in got
    got = found("وصرح قائد الشرطة زياد نصر الله بأن الأزمة انتهت.")
    assert ("زياد نصر الله", "PERSON") in got
    got = found("وصرحت رئيسة قسم الأورام في المستشفى منى الحربي بأن الأزمة انتهت.")
    assert ("منى الحربي", "PERSON") in got
    # not after any word with the article, nor after a word of grammar that begins as one does
    assert not {e for e in found("فإن العائد المالي يضعها في المرتبة الثالثة.") if e[1] == "PERSON"}
    assert not {e for e in found("كانت هذه السلالة أكبر السلالات الحية.") if e[1] == "PERSON"}


def test_ninety_fifth_round_verbs_goals_ranks_and_storms(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "الرياض - تغلب الهلال على الاتحاد بثلاثة أهداف لهدف في الجولة العاشرة من دوري روشن السعودي، وسجل سالم "
        "الدوسري هدفين وماركوس ليوناردو الثالث."
    )
    assert {("سالم الدوسري", "PERSON"), ("وماركوس ليوناردو", "PERSON")} <= got
    # a foreign given name after و is no verb
    assert ("وجوليا روبرتس", "PERSON") in found("وشارك في الحفل الممثل توم هانكس وجوليا روبرتس أمس.")
    got = found(
        "MANILA - Typhoon Fung-wong forced 900,000 people from their homes as it crossed Luzon.", "en"
    )
    assert {("MANILA", "LOCATION"), ("Luzon", "LOCATION")} <= got
    assert not {e for e in got if "Typhoon" in e[0] or "Fung" in e[0]}
    got = found("Forecasters at the National Hurricane Center said Tropical Storm Sara would weaken.", "en")
    assert ("National Hurricane Center", "ORGANIZATION") in got
    assert not {e for e in got if "Sara" in e[0]}


def test_ninety_sixth_round_torrents_cups_datelines_and_cabinet_secretaries(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str = "ar") -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # سيول: torrents in a story of rain, Seoul in one of Korea
    assert not found("وحذرت الهيئة من سيول في الأودية بعد أمطار غزيرة.")
    assert ("سيول", "LOCATION") in found("وصل الرئيس الكوري إلى سيول بعد جولة آسيوية.")
    # the continent in a cup's name is the competition's
    assert not {e for e in found("وأعلن المدرب قائمته لكأس أمم أفريقيا أمس.") if e[0] == "أفريقيا"}
    assert ("أفريقيا", "LOCATION") in found("أعلنت الأمم المتحدة أن أفريقيا تحتاج إلى المساعدة.")
    # a dateline the tagger ran on over the dash as a name of another kind
    got = found(
        "BELEM - Negotiators from nearly 200 countries agreed to triple funding for adaptation.", "en"
    )
    assert ("BELEM", "LOCATION") in got
    got = found("Interior Cabinet Secretary Kipchumba Murkomen said police would act.", "en")
    assert got == {("Kipchumba Murkomen", "PERSON")}


def test_ninety_seventh_round_a_speaker_after_his_post_read_as_a_body(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found("وقال الرئيس التنفيذي للشركة بينغ شياو إن المركز سيطور نماذج لغوية عربية.")
    assert ("بينغ شياو", "PERSON") in got
    # a body after a post's word or after ل is the body
    got = found("وقال المدير التنفيذي لوكالة الطاقة الدولية إن الطلب سيرتفع.")
    assert ("لوكالة الطاقة الدولية", "ORGANIZATION") in got
    assert ("حزب الله", "ORGANIZATION") in found("وأوضح المتحدث باسم حزب الله أن الحزب لن يرد.")


def test_clubs_named_by_everyday_words_in_a_result(hybrid: HybridRecognizer) -> None:
    """``bench/club_grid.py``: 17 of 208 clubs missed before العين and المصري were listed, 3 after (الكويت,
    a country's name too, left to the tagger)."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    assert ("العين", "ORGANIZATION") in found("فاز التعاون على العين بهدفين دون رد في الدوري أمس.")
    assert ("المصري", "ORGANIZATION") in found("فاز الأهلي على المصري بهدفين دون رد في الدوري أمس.")
    # not outside a result's grammar
    assert not {e for e in found("وقال اللاعب المصري إن العين لا ترى كل شيء.") if e[1] == "ORGANIZATION"}


def test_analysts_of_their_firms(hybrid: HybridRecognizer) -> None:
    """``bench/analyst_grid.py``: 16 of 67 sentences wrong before, 1 after; the ninety-fifth round's Naomi Fink."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "Governor Kazuo Ueda spoke, and Naomi Fink of Amova Asset Management said markets expected a move."
    )
    assert {("Naomi Fink", "PERSON"), ("Amova Asset Management", "ORGANIZATION")} <= got
    got = found("Analysts were cautious. Tom Evans of Bernstein said the rally could fade.")
    assert {("Tom Evans", "PERSON"), ("Bernstein", "ORGANIZATION")} <= got
    # a body whose name holds "of", before "said", stays whole
    got = found("A spokesman for the General Administration of Customs said exports rose.")
    assert ("General Administration of Customs", "ORGANIZATION") in got
    got = found("Mine managers Gold Fields of South Africa Ltd said the strike had ended.")
    assert not {e for e in got if e[1] == "PERSON"}


def test_ninety_eighth_round_a_person_in_apposition_to_her_trade(hybrid: HybridRecognizer) -> None:
    got = {
        (e.text, e.label)
        for e in hybrid("And Aoife Byrne, an economist at Davy, said supply was short.", "en")
    }
    assert {("Aoife Byrne", "PERSON"), ("Davy", "ORGANIZATION")} <= got
    # a place before ", an official" stays a place
    got = {(e.text, e.label) for e in hybrid("Troops were sent to Hong Kong, an official said.", "en")}
    assert ("Hong Kong", "LOCATION") in got


def test_big_towns_with_a_proclitic_where_the_tagger_saw_nothing(hybrid: HybridRecognizer) -> None:
    """A grid of 71 towns in 4 of 7 short sentences: 46 of 284 missed before, 28 after (the rest in a
    subject's place or in sports sentences, where a town is often its club)."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    assert ("بالرياض", "LOCATION") in found("وأقيم الحفل بالرياض وسط حضور كبير.")
    assert ("للموصل", "LOCATION") in found("وتوجه الوفد للموصل صباح اليوم.")
    # a birthplace is no town
    assert not {e for e in found("وعاد إلى قريته بمسقط رأسه.") if e[0] == "بمسقط"}


def test_lists_of_provinces_and_towns_joined_by_wa(hybrid: HybridRecognizer) -> None:
    """``bench/list_grid.py`` (11 countries' provinces and towns, 2 to 4 a list): 96 of 264 lines wrong
    before, 2 after; the hundredth round's محافظات البصرة وذي قار وميسان, of which nothing was found."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found("وقال المتحدث إن محافظات البصرة وذي قار وميسان سجلت أعلى النسب.")
    assert {("البصرة", "LOCATION"), ("وذي قار", "LOCATION"), ("وميسان", "LOCATION")} <= got
    got = found("وقال إن الفرق ستتنقل من منزل إلى منزل في لحج وأبين وتعز.")
    assert {("لحج", "LOCATION"), ("وأبين", "LOCATION"), ("وتعز", "LOCATION")} <= got
    # two towns the tagger ran into one body are two places
    got = found("وتوزعت المساعدات على معان والعقبة بحسب بيان المنظمة.")
    assert {("معان", "LOCATION"), ("والعقبة", "LOCATION")} <= got
    # a region that is an everyday word is a place inside the list (الشرقية, "the eastern")
    assert ("والشرقية", "LOCATION") in found("وامتدت الاحتجاجات إلى الفيوم وقنا والشرقية يوم الجمعة.")
    # the word for a sector stays outside the place, as ANERcorp leaves it
    got = found("وقصفت الطائرات مواقع في الضفة الغربية وقطاع غزة.")
    assert ("وقطاع غزة", "LOCATION") not in got
    # the second grid's: a town the tagger read as a body, first in a list of towns
    got = found("وسجلت مصراتة وسرت ودرنة أعلى درجات الحرارة.")
    assert {("مصراتة", "LOCATION"), ("وسرت", "LOCATION"), ("ودرنة", "LOCATION")} <= got


def test_hundredth_round_speakers_in_apposition_joined_abd_and_brazil_s_states(
    hybrid: HybridRecognizer,
) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a speaker's trade in apposition after a comma
    got = found("وقالت سارة سعادة، المحللة في سي آي كابيتال، إن البنك قد يواصل الخفض.", "ar")
    assert ("سارة سعادة", "PERSON") in got
    # عبد and a divine name written as one word is a given name: the post-holder after his body
    got = found("وقال مراقب التنبؤات في إدارة الأرصاد الجوية عبدالعزيز القراوي إن الرياح ستهدأ.", "ar")
    assert {("إدارة الأرصاد الجوية", "ORGANIZATION"), ("عبدالعزيز القراوي", "PERSON")} <= got
    # a name read as a place (Lima) before ", a researcher" is the person
    got = found("Fires rose, while Ana Lima, a researcher at the institute, warned of drought.", "en")
    assert ("Ana Lima", "PERSON") in got
    # after "the states of", a place and "and", two words read as a man are a place
    got = found("He warned that fires in the states of Para and Mato Grosso were rising.", "en")
    assert ("Mato Grosso", "LOCATION") in got


def test_holders_after_a_post_and_a_nationality_named_by_everyday_words(hybrid: HybridRecognizer) -> None:
    """``bench/nationality_grid.py``: 16 of 240 lines wrong before, 3 after."""

    def people(text: str) -> set[str]:
        return {e.text for e in hybrid(text, "ar") if e.label == "PERSON"}

    # سكوت, "silence", and بيت, "house", are given names here
    assert "سكوت بيسنت" in people("وأكد وزير المالية الأمريكي سكوت بيسنت خلال مؤتمر صحفي أن المحادثات بناءة.")
    assert "بيت هيغسيث" in people("من جهته، دعا وزير الدفاع الأمريكي بيت هيغسيث إلى وقف التصعيد.")
    # the tagger's family name alone, or given name alone, is run on over the other
    assert "يشار غولر" in people("واستقبل الملك وزير الدفاع التركي يشار غولر في القصر الملكي.")
    assert "ديفيد لامي" in people("وشدد وزير الخارجية البريطاني ديفيد لامي على أهمية التعاون.")
    # not a verbal noun or a particle after a nationality
    assert not people("ودعا الجانبين الأمريكي والإيراني لتوضيح موقفهما من الاتفاق.")


def test_people_named_by_places_before_their_age_or_who(hybrid: HybridRecognizer) -> None:
    """``bench/place_names_grid.py``: 102 of 240 lines wrong before, 28 after."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Victoria Murray", "PERSON") in found("Police named the victim as Victoria Murray, 34, of Leeds.")
    assert ("Paris Holland", "PERSON") in found(
        '"We are not giving up," said Paris Holland, who led the protest.'
    )
    got = found("The plan was criticised by Sydney Wales, a spokeswoman for the union.")
    assert ("Sydney Wales", "PERSON") in got
    # a body after "the", before a word that is a trade too, stays a body
    got = found("The Democratic Alliance, a partner in the governing coalition, said Eskom must cut costs.")
    assert ("Democratic Alliance", "ORGANIZATION") in got
    # a place before "a police spokesman said" stays a place
    assert ("Hong Kong", "LOCATION") in found("Riots broke out in Hong Kong, a police spokesman said.")


def test_firms_after_the_word_for_a_firm_a_group_or_a_share(hybrid: HybridRecognizer) -> None:
    """``bench/firm_grid.py``: 44 of 80 lines wrong before, 15 after (a firm as a verb's subject, with no word
    for a firm before it, is left)."""

    def bodies(text: str) -> set[str]:
        return {e.text for e in hybrid(text, "ar") if e.label == "ORGANIZATION"}

    assert bodies("وقالت شركة القدرة القابضة في بيان إنها ستوزع أرباحا.") == {"القدرة القابضة"}
    assert bodies("وقال الرئيس التنفيذي لشركة أجيليتي إن الطلب يتحسن.") == {"أجيليتي"}
    assert bodies("ارتفع سهم جازان للطاقة بنسبة 3 في المئة.") == {"جازان للطاقة"}
    assert bodies("أعلنت شركة زين عن ارتفاع أرباحها.") == {"زين"}
    # a collection of stories is no firm; a listed group keeps its word
    assert not bodies("وأصدر الكاتب مجموعة قصصية جديدة.")
    assert "مجموعة موانئ أبوظبي" in bodies("ووقعت مجموعة موانئ أبوظبي اتفاقية مع الحكومة.")


def test_hundred_and_first_round_heads_before_of_posts_after_the_regions_and_bases(
    hybrid: HybridRecognizer,
) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "The Organization of American States urged calm, and Ana Paola Hall, the council's president, said.",
        "en",
    )
    assert {("Organization of American States", "ORGANIZATION"), ("Ana Paola Hall", "PERSON")} <= got
    assert ("Central Sulawesi", "LOCATION") in found(
        "A strong earthquake struck Central Sulawesi on Thursday.", "en"
    )
    # a club named by a direction and a town stays a club in a sports report
    got = found("West Bromwich beat Everton 2-1 in the Premier League on Saturday.", "en")
    assert ("West Bromwich", "LOCATION") not in got
    got = found("أعلن المركز نجاح إطلاق القمر الصناعي من قاعدة فاندنبرغ الجوية في كاليفورنيا.", "ar")
    assert ("فاندنبرغ", "LOCATION") in got
    # the northern border, not the Saudi region of that name
    got = found("أحبطت السلطات محاولة تهريب عبر الحدود الشمالية مع سوريا.", "ar")
    assert ("الحدود الشمالية", "LOCATION") not in got


def test_big_towns_as_subjects_of_witnessed(hybrid: HybridRecognizer) -> None:
    """``bench/town_grid.py``: 28 of 284 lines wrong before, 15 after."""

    def places(text: str) -> set[str]:
        return {e.text for e in hybrid(text, "ar") if e.label == "LOCATION"}

    assert "الموصل" in places("وشهدت الموصل أمطارا غزيرة أمس.")
    assert "مسقط" in places("وتعد مسقط من أكبر المدن في المنطقة.")
    # the verb before a noun is no town
    assert not places("وشهدت الأسواق ارتفاعا في الأسعار.")


def test_people_named_by_places_after_their_age_or_a_title(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Jordan London", "PERSON") in found("Police arrested 19-year-old Jordan London on Friday.")
    assert ("Sydney Wales", "PERSON") in found(
        "Prof. Sydney Wales told the conference the data was incomplete."
    )
    # a place or a club before a noun in lower case is the noun's adjective, no person
    assert ("Massachusetts", "LOCATION") in found("A 42-year-old Massachusetts nurse was charged.")


def test_the_hundred_and_third_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # "in his name" after a spokesman's word begins no name; باسم alone is a given name
    got = found("وقال المتحدث باسمه رمضان بن عمر إن أكثر من 600 مهاجر غرقوا.", "ar")
    assert ("رمضان بن عمر", "PERSON") in got
    assert ("باسم يوسف", "PERSON") in found("وقال باسم يوسف إن البرنامج سيعود.", "ar")
    # one name after a nationality in a report of goals, and the goal's rank
    got = found("وسجل سالم الدوسري هدفين، وأضاف البرازيلي مالكوم الثالث، فيما أحرز كريم بنزيمة هدفا.", "ar")
    assert ("مالكوم", "PERSON") in got
    # a king's regnal number stays
    assert ("محمد السادس", "PERSON") in found("استقبل الملك المغربي محمد السادس الوفد أمس.", "ar")
    # the analyst's employer after "of", where no "said" follows
    got = found('"The guidance is better than expected," said analyst Lena Hoffmann of Berenberg.', "en")
    assert ("Berenberg", "ORGANIZATION") in got
    # a firm whose first word is a listed firm's, after its unit's word
    got = found("The wind unit, Siemens Gamesa, would break even next year, the company said.", "en")
    assert ("Siemens Gamesa", "ORGANIZATION") in got
    assert ("Chelsea Clinton", "PERSON") in found("- Chelsea Clinton , until now carefully shielded .", "en")


def test_the_hundred_and_fourth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # the first of two names joined by "and" before a plural of a place's word is a place too
    got = found("The agency issued a red alert for Idukki and Wayanad districts on Thursday.")
    assert {("Idukki", "LOCATION"), ("Wayanad", "LOCATION")} <= got
    # a firm's trade opening the sentence is no part of its name
    got = found("SAN JOSE - Chipmaker Wolfspeed will cut 900 jobs, the company said.")
    assert ("Wolfspeed", "ORGANIZATION") in got
    assert not any(text.startswith("Chipmaker") for text, _ in got)


def test_the_hundred_and_fifth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # after حي, a name the tagger read as a man's from a word that only looks like ب and a word
    assert ("بابا عمرو", "LOCATION") in found(
        "عادت أكثر من 600 عائلة إلى حي بابا عمرو خلال الشهر الماضي.", "ar"
    )
    # a body's head word, "for" and its purpose in capitals
    got = found(
        "The Center for Reproductive Rights said it would ask the Supreme Court to review the case.", "en"
    )
    assert ("Center for Reproductive Rights", "ORGANIZATION") in got
    # a body on its head word, "and" and a body of one unknown word are two
    got = found(
        "The plant is backed by the International Finance Corporation and Norfund, the company said.", "en"
    )
    assert {("International Finance Corporation", "ORGANIZATION"), ("Norfund", "ORGANIZATION")} <= got


def test_the_hundred_and_sixth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # "Mount" and the capitalised words after it, a hyphen joining two, are one place
    got = found("JAKARTA - Mount Lewotobi Laki-laki on the island of Flores erupted again on Saturday.", "en")
    assert ("Mount Lewotobi Laki-laki", "LOCATION") in got
    # a town, a sport's word and a ground's word are one place
    got = found(
        "Pakistan reached 356 for four on the first day of the second Test at Rawalpindi Cricket Stadium.",
        "en",
    )
    assert ("Rawalpindi Cricket Stadium", "LOCATION") in got
    # a one-name artist after her trade, before the sentence's end
    assert ("يسرا", "PERSON") in found("وكرمت إدارة المهرجان الممثلة يسرا.", "ar")
    assert not any(text == "الأعلى" for text, _ in found("والتقى الممثل الأعلى للسياسة الخارجية.", "ar"))


def test_bodies_named_for_what_they_are_for(hybrid: HybridRecognizer) -> None:
    """``bench/purpose_grid.py``: 18 of 64 lines wrong before, 0 after; its second draw 18 of 48, 0."""

    def bodies(text: str) -> set[str]:
        return {e.text for e in hybrid(text, "en") if e.label == "ORGANIZATION"}

    assert "Centre for Ageing Better" in bodies(
        "The Centre for Ageing Better has called for an independent inquiry."
    )
    assert "Centre for Economic Policy Research" in bodies(
        "Funding for the Centre for Economic Policy Research was cut by the government last year."
    )
    assert "Center for Coastal Resilience" in bodies(
        '"This is a serious setback," said Maria Lopez, a researcher at the Center for Coastal Resilience.'
    )
    # a head word and "for" with nothing in capitals after it names no body
    assert not bodies("The Council for years refused to act.")


def test_the_hundred_and_seventh_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # after a plural of a place's word and "of", one word joined by "and" to a place is a place too
    got = found("Most of them died in the lakeside districts of Nkhata Bay and Salima, the ministry said.")
    assert ("Salima", "LOCATION") in got
    # a mine's place, and a province outside sports reports
    got = found("The firm will expand its Kansanshi copper mine in Zambia's North-Western Province, it said.")
    assert {("Kansanshi", "LOCATION"), ("North-Western Province", "LOCATION")} <= got
    # a city's possessive before a player in a sports report is its club; a country's stays a place
    got = found("Coach Kasper Hjulmand praised his side, while Frankfurt's Hugo Ekitike missed a penalty.")
    assert ("Frankfurt", "ORGANIZATION") in got
    assert ("England", "LOCATION") in found("England's Alan Shearer scored twice in the second half.")


def test_the_hundred_and_ninth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # an airport's word and "international" are no part of its town's name, as ANERcorp marks مطار دبي الدولي
    got = found("ضمن خطة لرفع عدد المسافرين عبر مطار مسقط الدولي إلى 20 مليونا بحلول 2030.", "ar")
    assert ("مسقط", "LOCATION") in got
    assert ("مطار مسقط الدولي", "LOCATION") not in got
    # one word the tagger read as a body before "island" is the island
    got = found(
        "Three people died after a ferry caught fire off Talise island in North Sulawesi on Sunday.", "en"
    )
    assert ("Talise", "LOCATION") in got


def test_villages_listed_after_their_plural(hybrid: HybridRecognizer) -> None:
    """A hundred and tenth blind round's Lebanese villages, where the tagger saw nothing."""

    def places(text: str) -> set[str]:
        return {e.text for e in hybrid(text, "ar") if e.label == "LOCATION"}

    got = places("انتشرت وحدات من الجيش في بلدات الخيام وكفركلا والعديسة في إطار خطة لتعزيز وجوده.")
    assert {"الخيام", "وكفركلا", "والعديسة"} <= got
    # everyday words after the plural are no list of places
    assert not places("وتنتشر الظاهرة في مدن كبيرة وصغيرة على السواء.")


def test_the_hundred_and_twelfth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a body's head word, "on" and its purpose in capitals is the body whole
    got = found("Isko Moreno won 62 percent of the vote, the Commission on Elections said on Monday.", "en")
    assert ("Commission on Elections", "ORGANIZATION") in got
    # districts listed after their plural
    got = found("جرفت السيول عشرات المنازل في مديريات المعافر والشمايتين جنوب غربي تعز.", "ar")
    assert {("المعافر", "LOCATION"), ("والشمايتين", "LOCATION")} <= got
    # analysts' firm after في; a known place stays a place
    assert ("بلتون", "ORGANIZATION") in found("فيما توقع محللون في بلتون أن يواصل المؤشر صعوده.", "ar")
    assert ("لندن", "LOCATION") in found("وتوقع محللون في لندن أن يتراجع الجنيه.", "ar")


def test_the_hundred_and_fifteenth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a supreme court's judge: the title stays outside her name, alone or read with it
    assert found("Justice Sonia Sotomayor wrote the dissent.") == {("Sonia Sotomayor", "PERSON")}
    assert found("The ruling, written by Justice Brett Kavanaugh, was 6-3.") == {
        ("Brett Kavanaugh", "PERSON")
    }
    # the ministry and the party keep the word
    assert ("Justice Department", "ORGANIZATION") in found("The Justice Department said on Monday.")
    # a firm's name ending on Global or Worldwide
    got = found("The firm won a contract from Liberty Global, sending its shares up 4 percent.")
    assert ("Liberty Global", "ORGANIZATION") in got


def test_the_hundred_and_sixteenth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # the planet alone is a place; the charity named for it a body
    assert ("Earth", "LOCATION") in found(
        "The samples would have to be brought back to Earth to be sure.", "en"
    )
    assert ("Earth", "LOCATION") in found("An asteroid passed close to Earth on Friday.", "en")
    assert ("Friends of the Earth", "ORGANIZATION") in found(
        "Friends of the Earth said the plan was weak.", "en"
    )
    # a speaker the tagger left untagged between his post and what he said
    got = found("فيما قال مدير مكتب الصحة في المحافظة علي المنتصر إن المستشفى الوحيد تضرر.", "ar")
    assert ("علي المنتصر", "PERSON") in got
    got = found("وقال ممثل منظمة الصحة العالمية في السودان شبل صهباني إن نقص المياه يسرع انتشار المرض.", "ar")
    assert ("شبل صهباني", "PERSON") in got
    # a time after the post, and the preposition على, are nobody
    assert not found("وقال وزير الخارجية أمس الخميس إن الوضع صعب.", "ar")
    assert not {
        t for t, label in found("وقال الوزير تعليقا على القرار إن الوضع صعب.", "ar") if label == "PERSON"
    }


def test_the_hundred_and_seventeenth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> list[tuple[str, str]]:
        return sorted((e.text, e.label) for e in hybrid(text, lang))

    # no name runs over ضمن: the town, and the town after the event's word
    got = found(
        "أحيا الفنان محمد عبده حفلا غنائيا في الرياض ضمن موسم الرياض حضره أكثر من 20 ألف متفرج.", "ar"
    )
    assert got.count(("الرياض", "LOCATION")) == 2
    assert not [t for t, _ in got if "ضمن" in t]
    # grounds named without "Stadium", and an airline named for a country
    assert ("Anfield", "LOCATION") in found("Liverpool beat Aston Villa 3-1 at Anfield on Saturday.", "en")
    got = found("Jetstar and Virgin Australia cancelled flights to Bali.", "en")
    assert ("Virgin Australia", "ORGANIZATION") in got


def test_the_hundred_and_eighteenth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a feature's word in lower case after its name is no part of it
    got = found("Warming had weakened the mountainside above the Birch glacier, and the mayor said.", "en")
    assert got == {("Birch", "LOCATION")}
    # a listed body whose name holds "in"
    got = found(
        "while the Board of Control for Cricket in India announced a bonus of 510 million rupees.", "en"
    )
    assert got == {("Board of Control for Cricket in India", "ORGANIZATION")}
    # a flag carrier named by its country's adjective
    assert ("الطيران العماني", "ORGANIZATION") in found(
        "فيما أعلن الطيران العماني عن خطوط جديدة إلى ميلانو.", "ar"
    )
    # the speaker after the place where his post is held, which the tagger read as a place too
    got = found("وقال مدير شؤون الوكالة في غزة سام روز إن مخازن الدقيق فرغت.", "ar")
    assert {("غزة", "LOCATION"), ("سام روز", "PERSON")} <= got


def test_the_hundred_and_nineteenth_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a man's name with bin inside; a body named after one keeps its head word
    got = found("Talha bin Zashim, a spokesman, said the only exit had been locked.", "en")
    assert got == {("Talha bin Zashim", "PERSON")}
    assert ("Hamad bin Khalifa University", "ORGANIZATION") in found(
        "She studied at Hamad bin Khalifa University.", "en"
    )
    # a team named again by its last word before its coach
    got = found(
        "The Golden State Warriors beat the Lakers 121-114, and Warriors coach Steve Kerr was pleased.", "en"
    )
    assert ("Warriors", "ORGANIZATION") in got
    # a town of two words the gazetteer knows, after قرب, where the tagger read a man
    got = found(
        "وقال إن الاتفاق يشمل استكشاف حقول جديدة قرب حاسي مسعود، فيما قال الوزير إن الإنتاج سيرتفع.", "ar"
    )
    assert ("حاسي مسعود", "LOCATION") in got


def test_race_tracks_are_places_and_court_circuits_bodies(hybrid: HybridRecognizer) -> None:
    """A hundred and twentieth blind round's Yas Marina Circuit, a body to the tagger."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Yas Marina Circuit", "LOCATION") in found(
        "Norris finished third at the Yas Marina Circuit, as Verstappen won."
    )
    assert ("Ninth Circuit", "ORGANIZATION") in found("The Ninth Circuit ruled on Monday.")


def test_the_hundred_and_twenty_first_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a body named for two fields joined by "and"; two bodies stay two
    got = found("Churches fell, the Philippine Institute of Volcanology and Seismology said.", "en")
    assert ("Philippine Institute of Volcanology and Seismology", "ORGANIZATION") in got
    got = found("The Bank of Japan and Nomura said on Monday.", "en")
    assert {("Bank of Japan", "ORGANIZATION"), ("Nomura", "ORGANIZATION")} <= got
    # a name before "holding" is a firm, where the tagger read a place
    got = found("وقالت رضوى السويفي، رئيسة البحوث في فاروس القابضة، إن التراجع يفتح الباب.", "ar")
    assert ("فاروس", "ORGANIZATION") in got
    # a statistics office the lists now hold
    got = found("وتراجع التضخم إلى 12.5 في المئة بحسب الجهاز المركزي للتعبئة العامة والإحصاء.", "ar")
    assert ("الجهاز المركزي للتعبئة العامة والإحصاء", "ORGANIZATION") in got


def test_the_hundred_and_twenty_second_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    # a person, "of" and her party, read as one body or with the body begun on "of"
    got = found("and will face Keiko Fujimori of Popular Force in a runoff in June.")
    assert got == {("Keiko Fujimori", "PERSON"), ("Popular Force", "ORGANIZATION")}
    assert ("Royal Bank of Scotland", "ORGANIZATION") in found("The Royal Bank of Scotland said on Monday.")


def test_the_hundred_and_twenty_third_rounds_rules(hybrid: HybridRecognizer) -> None:
    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    # a club no list holds, before a verb of a result, in a match's sentence; a country's side stays a place
    got = found(
        "LIMA - Flamengo won the Copa Libertadores on Saturday, beating Palmeiras 1-0 in the final.", "en"
    )
    assert ("Flamengo", "ORGANIZATION") in got
    got = found("LONDON - England beat New Zealand 33-19 at Twickenham, the RFU said.", "en")
    assert ("England", "LOCATION") in got
    assert ("Paris", "LOCATION") in found("Paris won the right to host the 2024 Games, the IOC said.", "en")
    # a head word, "of the" and a name read apart are one body; a country stays one
    got = found("Exports fell 47 percent, the Federation of the Swiss Watch Industry said on Thursday.", "en")
    assert ("Federation of the Swiss Watch Industry", "ORGANIZATION") in got
    # an indefinite bank and a name no dictionary knows
    assert ("بنك وربة", "ORGANIZATION") in found(
        "وافق المساهمون على الاندماج مع بنك وربة في صفقة كبيرة.", "ar"
    )


def test_teams_named_for_their_places(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-fourth blind round's Kansas City Chiefs, a place to the tagger."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "Josh Allen threw three touchdown passes as the Buffalo Bills beat the Kansas City Chiefs 28-21."
    )
    assert ("Kansas City Chiefs", "ORGANIZATION") in got
    # a place whose name ends on a plural stays a place, in a sports report too
    assert ("West Indies", "LOCATION") in found(
        "New Zealand beat the West Indies by nine wickets in Christchurch."
    )


def test_a_doubted_man_after_in_is_a_town(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-third blind round's Bulape, a man to the tagger at 0.41."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Vaccination teams have reached about 30,000 people in Bulape. Jean Kaseya said.", "en"
        )
    }
    assert {("Bulape", "LOCATION"), ("Jean Kaseya", "PERSON")} <= got


def test_a_portfolio_joined_by_wa_ends_the_post(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-fifth blind round's minister of industry and trade, whose name the tagger missed."""
    got = {
        (e.text, e.label) for e in hybrid("وقال وزير الصناعة والتجارة يعرب القضاة إن الصادرات تضاعفت.", "ar")
    }
    assert ("يعرب القضاة", "PERSON") in got


def test_the_public_a_body_addresses_ends_its_name(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-fifth blind round's fire service, run over the citizens it addressed."""
    got = {
        (e.text, e.label)
        for e in hybrid("فيما دعت الإدارة العامة للإطفاء المواطنين إلى الحذر من المدافئ.", "ar")
    }
    assert ("الإدارة العامة للإطفاء", "ORGANIZATION") in got


def test_a_firm_after_the_word_only_a_firm_is_called(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-seventh blind round's Medibank, a name of no scored kind to the tagger."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Police charged two men over a cyber attack on the health insurer Medibank that exposed the records"
            " of 9.7 million customers.",
            "en",
        )
    }
    assert ("Medibank", "ORGANIZATION") in got


def test_drawing_water_is_no_sports_report(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-eighth blind round's: "draw from" made the sentence a match's to the rules, Lake
    Mead and Arizona bodies; a state read as a body beside a place is a place."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "PHOENIX - The Bureau of Reclamation said on Monday it would cut the water that Arizona and Nevada"
            " draw from the Colorado River by a further 18 percent next year, as Lake Mead fell to its lowest"
            " level since 2022.",
            "en",
        )
    }
    assert {("Arizona", "LOCATION"), ("Nevada", "LOCATION"), ("Lake Mead", "LOCATION")} <= got


def test_a_name_described_as_a_town_is_a_place(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-eighth blind round's Chala, a man to the tagger after "in"."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Rescuers were searching for people buried in Chala, a fishing town near the epicentre.", "en"
        )
    }
    assert ("Chala", "LOCATION") in got


def test_a_length_of_time_is_no_part_of_a_name(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-eighth blind round's "دام أشهرا" ("lasted months"), a man to the tagger."""
    got = {
        e.text
        for e in hybrid(
            "سيطرت القوات على مدينة بابنوسة بعد حصار دام أشهرا، فيما انسحب الجيش إلى مواقعه.", "ar"
        )
    }
    assert not any("أشهرا" in name or name == "دام" for name in got)


def test_baabda_is_a_place(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-seventh blind round's Baabda, the seat of Lebanon's presidency, missed after في."""
    got = {
        (e.text, e.label)
        for e in hybrid("عقد مجلس الوزراء اللبناني جلسة في بعبدا برئاسة الرئيس جوزاف عون.", "ar")
    }
    assert ("بعبدا", "LOCATION") in got


def test_two_students_are_not_the_taliban(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-ninth blind round's طالبان جامعيان ("two university students"), the Taliban to the
    tagger; the Taliban stay a body."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    assert not any(
        name == "طالبان" for name, _ in found("اعتقلت القوات 25 شخصا، بينهم طالبان جامعيان وأسير محرر.")
    )
    assert ("طالبان", "ORGANIZATION") in found("وقالت حركة طالبان إن مقاتليها سيطروا على المدينة.")


def test_the_palestinian_prisoners_society_is_listed(hybrid: HybridRecognizer) -> None:
    """A hundred and twenty-ninth blind round's, missed as the subject after وقال."""
    got = {
        (e.text, e.label) for e in hybrid("وقال نادي الأسير الفلسطيني إن عدد المعتقلين تجاوز 10 آلاف.", "ar")
    }
    assert ("نادي الأسير الفلسطيني", "ORGANIZATION") in got


def test_a_speaker_cut_before_that_runs_on_over_his_family_name(hybrid: HybridRecognizer) -> None:
    """A hundred and thirtieth blind round's coach, cut after his given name before إن."""
    got = {(e.text, e.label) for e in hybrid("وقال مدرب الأهلي ماتياس يايسله إن فريقه استحق الفوز.", "ar")}
    assert ("ماتياس يايسله", "PERSON") in got


def test_a_premiership_is_a_competition(hybrid: HybridRecognizer) -> None:
    """A hundred and thirtieth blind round's Scottish Premiership, a body to the tagger."""
    got = {
        e.text
        for e in hybrid(
            "Celtic beat Rangers 3-1 at Celtic Park on Sunday to move five points clear at the top of the"
            " Scottish Premiership.",
            "en",
        )
    }
    assert not any("Premiership" in name for name in got)
    assert {"Celtic", "Rangers", "Celtic Park"} <= got


def test_a_name_before_where_is_a_place(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-first blind round's Sibolga, a man to the tagger after "visited"."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "President Prabowo Subianto visited Sibolga, where rescuers were digging through mud with their"
            " hands.",
            "en",
        )
    }
    assert {("Sibolga", "LOCATION"), ("Prabowo Subianto", "PERSON")} <= got


def test_a_cartel_and_a_cloud_provider_are_bodies(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-first blind round's: the Sinaloa Cartel and Fluidstack, places to the tagger."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Soldiers arrested a senior commander of the Sinaloa Cartel in a raid in Culiacan on Friday. Anthropic"
            " will build data centres in Texas with the cloud provider Fluidstack, creating 800 jobs.",
            "en",
        )
    }
    assert {("Sinaloa Cartel", "ORGANIZATION"), ("Fluidstack", "ORGANIZATION")} <= got


def test_a_speaker_after_a_post_whom_the_tagger_read_as_misc(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-second blind round's minister, her last two words a MISC to the tagger; and Egypt's
    Dar al-Ifta, listed."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "وقالت وزيرة الاقتصاد والمالية نادية فتاح العلوي إن الميزانية ترفع الإنفاق. وأعلنت دار الإفتاء"
            " المصرية أن الاحتفال جائز.",
            "ar",
        )
    }
    assert {("نادية فتاح العلوي", "PERSON"), ("دار الإفتاء المصرية", "ORGANIZATION")} <= got


def test_three_listed_firms_joined_by_wa_are_three(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-third blind round's telephone companies, one body to the tagger."""
    got = {(e.text, e.label) for e in hybrid("أطلقت الهيئة الخدمة بالتعاون مع إس تي سي وموبايلي وزين.", "ar")}
    assert {("إس تي سي", "ORGANIZATION"), ("وموبايلي", "ORGANIZATION"), ("وزين", "ORGANIZATION")} <= got


def test_a_university_of_two_fields_and_a_team_facing_a_team(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-third blind round's: a university cut before "and Technology"; the Thunder, a name
    of no scored kind to the tagger, facing the Lakers after "beat the"; MetService, listed."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Kwame Nkrumah University of Science and Technology", "ORGANIZATION") in found(
        "The University of Ghana and Kwame Nkrumah University of Science and Technology expect 40,000 students."
    )
    assert ("Oklahoma City Thunder", "ORGANIZATION") in found(
        "Shai Gilgeous-Alexander scored 38 points as the Oklahoma City Thunder beat the Los Angeles Lakers"
        " 121-105 on Sunday."
    )
    assert ("MetService", "ORGANIZATION") in found(
        "MetService issued a red warning for heavy rain in Northland on Thursday."
    )


def test_a_prize_named_for_a_ruler_names_no_man(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-fourth blind round's بجائزة الشيخ زايد للكتاب, Zayed a man to the tagger."""
    got = {
        (e.text, e.label)
        for e in hybrid("فاز الروائي محمد برادة بجائزة الشيخ زايد للكتاب في فرع الآداب.", "ar")
    }
    assert ("محمد برادة", "PERSON") in got
    assert not any(name == "زايد" for name, _ in got)


def test_a_journal_a_union_and_an_institute_named_for_two(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-fourth blind round's: "the journal Nature" with the journal's word inside, "the Unia
    union" a place, the Walter and Eliza Hall Institute parted at "and"."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Researchers at the Walter and Eliza Hall Institute wrote in the journal Nature on Wednesday. The"
            " chief executive said the cuts were needed, and the Unia union in Switzerland said it would fight.",
            "en",
        )
    }
    assert {
        ("Walter and Eliza Hall Institute", "ORGANIZATION"),
        ("Nature", "ORGANIZATION"),
        ("Unia", "ORGANIZATION"),
    } <= got


def test_a_country_after_its_rulers_word_in_a_cup_is_the_cups(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-fifth blind round's كأس أمير قطر, Qatar a place to the tagger; the emir of Qatar
    outside a cup's name keeps his country."""
    got = {(e.text, e.label) for e in hybrid("توج السد بلقب كأس أمير قطر بعد فوزه على الدحيل.", "ar")}
    assert ("قطر", "LOCATION") not in got
    assert ("قطر", "LOCATION") in {
        (e.text, e.label) for e in hybrid("وقال أمير قطر إن الفريق استحق اللقب.", "ar")
    }


def test_a_spa_and_a_new_museum_are_places(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-fifth blind round's Blue Lagoon, a MISC to the tagger before "spa", and the Grand
    Egyptian Museum, missed; "the Arctic island of Spitzbergen" keeps its adjective out."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "The fissure was three kilometres long, and the Blue Lagoon spa closed its doors. The British Museum will"
        " lend 30 objects to the Grand Egyptian Museum in Cairo."
    )
    assert {("Blue Lagoon", "LOCATION"), ("Grand Egyptian Museum", "LOCATION")} <= got
    assert ("Arctic", "LOCATION") not in found(
        "The plane crashed on the Arctic island of Spitzbergen on Thursday."
    )


def test_a_region_of_a_state_is_two_places(hybrid: HybridRecognizer) -> None:
    """A hundred and thirty-seventh blind round's "the Permian Basin of Texas", one place to the tagger;
    "Silicon Valley" and "the Gulf of Mexico" stay whole."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert {("Permian Basin", "LOCATION"), ("Texas", "LOCATION")} <= found(
        "Exxon Mobil said it would raise output in the Permian Basin of Texas to 2.3 million barrels a day."
    )
    assert ("Silicon Valley", "LOCATION") in found(
        "The Silicon Valley venture capital firm said it had raised funds."
    )
    assert ("Gulf of Mexico", "LOCATION") in found("Output in the Gulf of Mexico fell after the storm.")


def test_a_name_ends_before_qubala(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-first blind round's البحر المتوسط قبالة بورسعيد, one place to the tagger: "off"
    is in no name, and the town after it is a place of its own."""
    got = {
        (e.text, e.label)
        for e in hybrid("ستحفر الشركة ثلاث آبار في البحر المتوسط قبالة بورسعيد بكلفة 120 مليون دولار.", "ar")
    }
    assert ("بورسعيد", "LOCATION") in got
    assert not any("قبالة" in text for text, _ in got)


def test_a_league_a_town_faced_in_a_report_and_the_oas(hybrid: HybridRecognizer) -> None:
    """A hundred and fortieth blind round's La Liga, a place to the tagger; Girona, a town faced in a football
    report, its club; the Organization of American States, a place after "the". A country faced stays a
    place, and a town faced outside sport stays a town."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "Mbappe scored twice as Real Madrid beat Athletic Bilbao 3-0 to go top of La Liga. Coach Xabi Alonso"
        " said Bellingham would miss the weekend's game against Girona."
    )
    assert ("Girona", "ORGANIZATION") in got
    assert not any(text == "La Liga" and label in ("LOCATION", "ORGANIZATION") for text, label in got)
    assert ("Australia", "LOCATION") in found("England scored 320 in the first Test against Australia.")
    assert ("Organization of American States", "ORGANIZATION") in found(
        "He said the Organization of American States urged both camps to wait."
    )


def test_a_firm_before_its_shares(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-third blind round's Amazon, a place before "shares rose"; a market's place stays a
    place."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Hong Kong shares ended lower on Monday, and Amazon shares rose 4 percent in New York.", "en"
        )
    }
    assert {("Amazon", "ORGANIZATION"), ("Hong Kong", "LOCATION")} <= got


def test_a_stadium_named_for_a_prince_ends_before_amam(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-fourth blind round's ملعب الأمير مولاي عبد الله أمام 60 ألف متفرج: أمام, a family
    name to the tagger, is "before" the crowd."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "فاز المغرب على جزر القمر 2-0 على ملعب الأمير مولاي عبد الله أمام 60 ألف متفرج.", "ar"
        )
    }
    assert ("الأمير مولاي عبد الله", "LOCATION") in got


def test_a_planet_left_untagged_in_a_sentence_about_space(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-fourth blind round's Mars, untagged after "the solar wind around"; a chocolate
    bar's maker outside a sentence about space is not made a place."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Mars", "LOCATION") in found(
        "Blue Origin launched two NASA probes that will study the solar wind around Mars."
    )
    assert ("Mars", "LOCATION") not in found("Sales of Mars bars rose 5 percent last year.")


def test_a_holder_after_a_post_and_the_bodys_word(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-fifth blind round's ممثل المنظمة أرتورو بيسيغان, one body to the tagger."""
    got = {
        (e.text, e.label) for e in hybrid("وقال ممثل المنظمة أرتورو بيسيغان إن نقص المياه يزيد الخطر.", "ar")
    }
    assert ("أرتورو بيسيغان", "PERSON") in got
    assert not any(text.startswith("المنظمة") for text, _ in got)


def test_an_airliners_maker_alone_is_the_firm(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-second blind round's "jets from Airbus", missed; before a model, the word for a
    plane or after an airline's name it is the plane, as CoNLL-2003 has it."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Airbus", "ORGANIZATION") in found(
        "Its sister carrier signed a memorandum for 75 jets from Airbus."
    )
    assert ("Airbus", "ORGANIZATION") in found("Airbus said on Monday it had delivered 70 jets in November.")
    assert ("Airbus", "ORGANIZATION") not in found("The airline ordered 75 Airbus A320 jets.")
    assert ("Airbus", "ORGANIZATION") not in found("There was one diplomat on the Sudan Airways Airbus.")


def test_a_body_named_by_a_place_and_a_sector(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-fifth blind round's هيئة الشارقة للكتاب, which the tagger did not see; an everyday
    word before the sector (مركز التميز للأبحاث) names no body ANERcorp tags."""
    got = {
        (e.text, e.label)
        for e in hybrid("وقال رئيس هيئة الشارقة للكتاب أحمد بن ركاض العامري إن الناشرين شاركوا.", "ar")
    }
    assert ("هيئة الشارقة للكتاب", "ORGANIZATION") in got
    assert not any(
        "التميز" in e.text
        for e in hybrid("شراكتها مع كليات التقنية العليا في الإمارات ومركز التميز للأبحاث التطبيقية.", "ar")
    )


def test_a_tour_and_its_championship_are_competitions(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-sixth blind round's DP World Tour Championship, where the tagger found the firm;
    "the PGA Tour" is a competition as CoNLL-2003 has it."""
    for text in (
        "Rory McIlroy won the DP World Tour Championship by two shots on Sunday.",
        "He won twice on the PGA Tour last year.",
    ):
        assert not any(e.label == "ORGANIZATION" for e in hybrid(text, "en"))


def test_iraqs_oil_marketer_by_its_full_name(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-sixth blind round's شركة تسويق النفط, missed."""
    got = {(e.text, e.label) for e in hybrid("وتسلم بغداد 230 ألف برميل يوميا إلى شركة تسويق النفط.", "ar")}
    assert ("شركة تسويق النفط", "ORGANIZATION") in got


def test_a_second_person_after_and_and_a_body_named_for_the_uk(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-seventh blind round's Ariana Grande, a body after "Cynthia Erivo and", and
    Universities UK, cut to the place; "across the UK" keeps its place."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Cynthia Erivo and Ariana Grande return as the two witches. Universities UK welcomed the change,"
            " and fees rose across the UK.",
            "en",
        )
    }
    assert {("Ariana Grande", "PERSON"), ("Universities UK", "ORGANIZATION"), ("UK", "LOCATION")} <= got


def test_equinor_a_navigation_system_a_night_and_a_firm_named_with_its_country(
    hybrid: HybridRecognizer,
) -> None:
    """A hundred and forty-eighth blind round's Equinor, missed; "Europe's Galileo navigation system", a
    body to the tagger; ليل الأحد, Lille to it; شركة معادن موريتانيا, a firm and a place to it."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    assert ("Equinor", "ORGANIZATION") in found("Equinor started production at its newest oil field.", "en")
    assert ("Galileo", "ORGANIZATION") not in found(
        "The rocket carried a satellite for Europe's Galileo navigation system, the European Space Agency said.",
        "en",
    )
    got = found(
        "لقي تسعة عمال حتفهم قرب الشامي شمالي موريتانيا ليل الأحد، وقالت شركة معادن موريتانيا إن فرق الإنقاذ"
        " انتشلت الجثث.",
        "ar",
    )
    assert ("ليل", "LOCATION") not in got
    assert ("معادن موريتانيا", "ORGANIZATION") in got


def test_a_nations_people_of_two_words_are_no_body(hybrid: HybridRecognizer) -> None:
    """A hundred and forty-ninth blind round's "the New Zealanders", a body to the tagger; New Zealand stays a
    place."""
    got = {
        (e.text, e.label) for e in hybrid("England beat the New Zealanders in New Zealand last year.", "en")
    }
    assert ("New Zealanders", "ORGANIZATION") not in got
    assert ("New Zealand", "LOCATION") in got


def test_before_and_border_end_no_place_or_body(hybrid: HybridRecognizer) -> None:
    """A hundred and fiftieth blind round's معبر جابر الحدودي, the adjective taken into the crossing's name, and
    خسر الاتحاد أمام الفتح, أمام into the club's."""
    got = {
        (e.text, e.label)
        for e in hybrid("خسر الاتحاد أمام الفتح 0-1، وضبطت الشرطة شاحنة عند معبر جابر الحدودي.", "ar")
    }
    assert {("الاتحاد", "ORGANIZATION"), ("جابر", "LOCATION")} <= got
    assert not any("أمام" in text or "الحدودي" in text for text, _ in got)


def test_a_province_dateline_a_forecaster_and_a_clubs_full_name(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-first blind round's مأرب dateline, untagged; "Forecaster Lucia Chipponelli", one
    body; النادي الإفريقي cut to الإفريقي."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    assert ("مأرب", "LOCATION") in found(
        "مأرب - قتل 12 مقاتلا على الأقل في هجوم على مواقع للقوات الحكومية.", "ar"
    )
    assert ("Lucia Chipponelli", "PERSON") in found(
        "The heat closed schools. Forecaster Lucia Chipponelli said the heat would ease on Thursday.", "en"
    )
    assert ("النادي الإفريقي", "ORGANIZATION") in found(
        "تونس - فاز النادي الإفريقي على الاتحاد المنستيري 2-0 مساء الأحد في رادس، ليقترب من الترجي في صدارة الرابطة"
        " المحترفة الأولى. وسجل فراس شواط الهدفين، وقال مدرب الإفريقي فوزي البنزرتي إن لاعبيه استحقوا الفوز.",
        "ar",
    )


def test_sultan_before_a_name_and_an_arab_weather_service(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-second blind round's سلطان أحمد بن سليم, cut to أحمد بن سليم, and دائرة الأرصاد
    الجوية, missed; جلالة السلطان stays a title."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found(
        "وقال رئيس مجلس الإدارة سلطان أحمد بن سليم إن الشركة ستستثمر ثلاثة مليارات دولار، فيما توقعت دائرة"
        " الأرصاد الجوية أمطارا غزيرة."
    )
    assert {("سلطان أحمد بن سليم", "PERSON"), ("دائرة الأرصاد الجوية", "ORGANIZATION")} <= got
    assert not any(text.startswith("جلالة") for text, _ in found("استقبل جلالة السلطان هيثم بن طارق الوفد."))


def test_a_disease_a_miner_a_party_and_a_town_in_pieces(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-third blind round's Alzheimer, a man in "Alzheimer's disease"; Newmont, a miner
    the lists lacked; Pakistan Tehreek-e-Insaf, cut to Pakistan; بندر عباس, a place and a man."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "A blood test detected Alzheimer's disease early. The mine's owner, Newmont, said it was helping. Police"
        " arrested supporters of the Pakistan Tehreek-e-Insaf party.",
        "en",
    )
    assert ("Alzheimer", "PERSON") not in got
    assert {("Newmont", "ORGANIZATION"), ("Pakistan Tehreek-e-Insaf", "ORGANIZATION")} <= got
    assert ("بندر عباس", "LOCATION") in found(
        "وألحق الزلزال أضرارا بمئات المنازل في قرى قرب بندر عباس.", "ar"
    )


def test_unicef_after_and_a_turkish_province_and_a_minister_read_as_a_town(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-fifth blind round's ومنظمة الأمم المتحدة للطفولة, cut before للطفولة; ملاطية after
    ولاية, missed; إدارة الكوارث والطوارئ, missed; علي يرلي كايا, a man and a place; القاهرة after ستاد, inside
    the tagger's name of another kind."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found(
        "أطلقت منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة حملة لتطعيم الأطفال. وضرب زلزال ولاية ملاطية في"
        " شرق تركيا، بحسب إدارة الكوارث والطوارئ التركية. وقال وزير الداخلية علي يرلي كايا إن فرق الإنقاذ"
        " انتشلت ثلاثة أشخاص."
    )
    assert {
        ("ومنظمة الأمم المتحدة للطفولة", "ORGANIZATION"),
        ("ملاطية", "LOCATION"),
        ("إدارة الكوارث والطوارئ", "ORGANIZATION"),
        ("علي يرلي كايا", "PERSON"),
    } <= got
    assert ("القاهرة", "LOCATION") in found(
        "تعادل الأهلي والزمالك 1-1 مساء السبت على ستاد القاهرة الدولي في قمة الجولة الثامنة من الدوري الممتاز."
    )


def test_a_sectors_body_before_a_province_and_a_word_opening_the_story(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-fifth blind round's Colleges Ontario, read as Ontario, and Dock, the first word
    after the dateline's dash, read as a place."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Colleges Ontario", "ORGANIZATION") in found(
        "Colleges Ontario, which speaks for the province's 24 public colleges, said the cap had hurt them."
    )
    got = found("ROTTERDAM - Dock workers at Rotterdam began a 48-hour strike on Monday over pay.")
    assert ("ROTTERDAM", "LOCATION") in got
    assert not any(text.startswith("Dock") for text, _ in got)


def test_a_patriarch_mass_a_state_after_the_dateline_and_a_side_after_against(
    hybrid: HybridRecognizer,
) -> None:
    """A hundred and fifty-sixth blind round's Maronite Patriarch, taken into the man's name; Mass, read as a
    place; Texas after the dateline's dash, dropped as an everyday plural; India after "against", inside the
    tagger's name of the match."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    got = found(
        "BEIRUT - The Pope celebrated Mass for 150,000 people on Tuesday. He prayed with relatives of the victims,"
        " and Maronite Patriarch Bechara Boutros al-Rai thanked him for not forgetting the country."
    )
    assert ("Bechara Boutros al-Rai", "PERSON") in got
    assert not any("Mass" in text or "Patriarch" in text for text, _ in got)
    assert ("Texas", "LOCATION") in found("AUSTIN - Texas has recorded 42 new measles cases in a week.")
    assert ("India", "LOCATION") in found(
        "MELBOURNE - Travis Head hit 140 as Australia reached 320 for four on the first day of the Boxing Day Test"
        " against India at the Melbourne Cricket Ground on Friday."
    )


def test_apple_opening_a_story_two_firms_joined_by_for_and_a_club_led_to_a_win(
    hybrid: HybridRecognizer,
) -> None:
    """A hundred and fifty-seventh blind round's Apple after the dateline's dash, missed; "TSMC for Apple",
    one body to the tagger; النصر after ليقود, missed; الفرقة الوطنية للشرطة القضائية, missed."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "CUPERTINO - Apple unveiled laptops built around its new M5 chip on Wednesday. The chips are made by TSMC"
        " for Apple, which is its biggest customer.",
        "en",
    )
    assert {("Apple", "ORGANIZATION"), ("TSMC", "ORGANIZATION")} <= got
    assert not any(" for " in text for text, _ in got)
    got = found(
        "الرياض - سجل كريستيانو رونالدو هدفين ليقود النصر إلى الفوز على الهلال 3-1 مساء الجمعة في قمة الجولة"
        " الحادية عشرة من الدوري. وفي الرباط كشفت الفرقة الوطنية للشرطة القضائية قضية اختلاس.",
        "ar",
    )
    assert {("النصر", "ORGANIZATION"), ("الفرقة الوطنية للشرطة القضائية", "ORGANIZATION")} <= got


def test_a_minister_named_by_words_an_envoy_calling_for_and_a_militia(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-eighth blind round's عزمي محافظة after الوزير, هانا تيتيه after المبعوثة الأممية
    and before إلى, and وجهاز الردع, each missed; a nationality after the post stays out."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found(
        "وقال الوزير عزمي محافظة إن الامتحان جرى دون مشكلات. ودعت المبعوثة الأممية هانا تيتيه إلى وقف فوري لإطلاق"
        " النار بعد اشتباكات بين قوات حكومية وجهاز الردع."
    )
    assert {("عزمي محافظة", "PERSON"), ("هانا تيتيه", "PERSON"), ("وجهاز الردع", "ORGANIZATION")} <= got
    assert not any(text.startswith("المصرية") for text, _ in found("قالت الممثلة المصرية يسرا إنها ستشارك."))


def test_a_hyphenated_department_and_a_novel_named_without_quotes(hybrid: HybridRecognizer) -> None:
    """A hundred and fifty-eighth blind round's Seine-Saint-Denis, missed, and Flesh, a novel read as a man."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "en")}

    assert ("Seine-Saint-Denis", "LOCATION") in found(
        "The men, aged 34 and 39, were detained at their homes in Seine-Saint-Denis, north of the capital."
    )
    got = found("David Szalay won the Booker Prize on Monday for his novel Flesh, about a man's life.")
    assert ("David Szalay", "PERSON") in got
    assert not any(text == "Flesh" for text, _ in got)


def test_a_basin_a_universitys_short_name_before_its_president_a_cancer_centre_and_a_man_again(
    hybrid: HybridRecognizer,
) -> None:
    """A hundred and fifty-ninth blind round's Santos Basin, a body to the tagger; Harvard before
    "president", missed; مركز الحسين للسرطان, read as the man; للشرع, al-Sharaa named again, missed."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "Output rose to a record, helped by new platforms in the Santos Basin. A judge restored the grants to"
        " Harvard University. The ruling was a win, and Harvard president Alan Garber said so.",
        "en",
    )
    assert {("Santos Basin", "LOCATION"), ("Harvard", "ORGANIZATION")} <= got
    got = found(
        "افتتح مركز الحسين للسرطان جناحا جديدا. واستقبل بوتين الرئيس السوري أحمد الشرع يوم الأربعاء، في أول"
        " زيارة للشرع إلى روسيا.",
        "ar",
    )
    assert {("مركز الحسين للسرطان", "ORGANIZATION"), ("للشرع", "PERSON")} <= got


def test_a_governorate_named_by_an_adjective_a_jury_and_two_bodies_the_lists_lacked(
    hybrid: HybridRecognizer,
) -> None:
    """A hundred and sixtieth blind round's الشرقية after بمحافظة, missed; لجنة التحكيم, read as a body;
    حركة مجتمع السلم and الهيئة القومية لسكك حديد مصر, missed."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found(
        "لقي خمسة أشخاص مصرعهم في تصادم قطارين قرب مدينة الزقازيق بمحافظة الشرقية، وقالت الهيئة القومية لسكك حديد"
        " مصر إن أحد القطارين تجاوز إشارة حمراء. وقاطع نواب حركة مجتمع السلم الجلسة. وقالت رئيسة لجنة التحكيم منى"
        " بيكر إن الرواية جريئة."
    )
    assert {
        ("الشرقية", "LOCATION"),
        ("الهيئة القومية لسكك حديد مصر", "ORGANIZATION"),
        ("حركة مجتمع السلم", "ORGANIZATION"),
    } <= got
    assert not any("التحكيم" in text for text, _ in got)


def test_a_singers_object_a_dateline_before_a_camel_case_brand(hybrid: HybridRecognizer) -> None:
    """A hundred and sixty-first blind round's عبد المجيد عبد الله حفلا, run on into "a concert", and STARBASE
    before "SpaceX flew", read as a body."""
    got = {(e.text, e.label) for e in hybrid("أحيا الفنان عبد المجيد عبد الله حفلا في الرياض أمس.", "ar")}
    assert ("عبد المجيد عبد الله", "PERSON") in got
    got = {(e.text, e.label) for e in hybrid("STARBASE - SpaceX flew its Starship rocket on Monday.", "en")}
    assert {("STARBASE", "LOCATION"), ("SpaceX", "ORGANIZATION")} <= got


def test_a_dual_of_governorates_an_affiliated_union_and_a_firm_named_for_a_doctor(
    hybrid: HybridRecognizer,
) -> None:
    """A hundred and sixty-second blind round's محافظتي read as a place and والوسطى missed; the teachers'
    union run on over التابعة into the UGTT, cut before للشغل; Dr Reddy's Laboratories cut to Reddy's."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "يتجه الإعصار نحو سواحل محافظتي ظفار والوسطى، وقد يجلب أمطارا. ونفذ المعلمون إضرابا بدعوة من الجامعة"
        " العامة للتعليم الثانوي التابعة للاتحاد العام التونسي للشغل.",
        "ar",
    )
    assert {
        ("ظفار", "LOCATION"),
        ("والوسطى", "LOCATION"),
        ("الجامعة العامة للتعليم الثانوي", "ORGANIZATION"),
        ("للاتحاد العام التونسي للشغل", "ORGANIZATION"),
    } <= got
    assert not any(text == "محافظتي" for text, _ in got)
    assert ("Dr Reddy's Laboratories", "ORGANIZATION") in found(
        "Dr Reddy's Laboratories said it would sell a month's supply for a fifth of the price.", "en"
    )


def test_a_ministers_family_name_before_inna_and_kuwaits_fire_service(hybrid: HybridRecognizer) -> None:
    """A hundred and sixty-third blind round's سعد شريدة الكعبي, cut before الكعبي, and قوة الإطفاء العام,
    missed; a weekday before إن stays out of the name."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found(
        "وقال وزير الدولة لشؤون الطاقة سعد شريدة الكعبي إن الشحنات ستبدأ في 2028. وقالت قوة الإطفاء العام إن فرقها"
        " أنقذت 40 شخصا."
    )
    assert {("سعد شريدة الكعبي", "PERSON"), ("قوة الإطفاء العام", "ORGANIZATION")} <= got
    assert not any(text.endswith("الخميس") for text, _ in found("وقال سعد شريدة الخميس إن الشحنات ستبدأ."))


def test_embraer_in_arabic(hybrid: HybridRecognizer) -> None:
    """A hundred and sixty-fourth blind round's إمبراير, read as a man."""
    got = {(e.text, e.label) for e in hybrid("وستشتري الشركة 20 طائرة من إمبراير البرازيلية.", "ar")}
    assert ("إمبراير", "ORGANIZATION") in got


def test_a_university_named_for_a_sheikh_before_its_head_and_egypts_parties(hybrid: HybridRecognizer) -> None:
    """A hundred and sixty-fifth blind round's جامعة حمد بن خليفة run on into its head's name, and Egypt's
    parties, one missed and one cut (حزب inside the name, as ANERcorp has it 103 times in 114)."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "فاز حزب مستقبل وطن بأكبر عدد من المقاعد، تلاه حزب حماة الوطن. وقال رئيس جامعة حمد بن خليفة فرانشيسكو"
            " ماريني إن الجامعة ستقدم 200 منحة.",
            "ar",
        )
    }
    assert {
        ("حزب مستقبل وطن", "ORGANIZATION"),
        ("حزب حماة الوطن", "ORGANIZATION"),
        ("جامعة حمد بن خليفة", "ORGANIZATION"),
        ("فرانشيسكو ماريني", "PERSON"),
    } <= got


def test_a_lake_a_fort_and_a_basin_name_their_places(hybrid: HybridRecognizer) -> None:
    """The hundred and sixty-seventh, eighth and seventieth blind rounds' بحيرة قارون, قلعة نزوى, حصن جبرين
    and حوض بركين, missed or read as a man; not a word with the article after them (حصن الأمان, a
    CAraNER metaphor) nor a simile's verb (مثل بحيرة تنساب, an ANERcorp tenth's)."""

    def found(text: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, "ar")}

    got = found(
        "نفقت الأسماك في بحيرة قارون. وتجاوز عدد زوار قلعة نزوى 400 ألف، وستعمل الوزارة على ترميم حصن جبرين."
        " ووقعت الشركة عقدا لتطوير حقول الغاز في حوض بركين جنوب شرق البلاد."
    )
    assert {("قارون", "LOCATION"), ("نزوى", "LOCATION"), ("جبرين", "LOCATION"), ("بركين", "LOCATION")} <= got
    assert not any(
        label == "LOCATION" for _, label in found("إن المملكة بمكانتها تعد بمثابة حصن الأمان للمنطقة.")
    )
    assert ("تنساب", "LOCATION") not in found("يتسع النهر مثل بحيرة تنساب عبر المدينة.")


def test_the_capital_and_its_nationality_name_no_place_nor_does_the_night(hybrid: HybridRecognizer) -> None:
    """A hundred and seventy-first blind round's العاصمة الليبية ليل, one place to the tagger: ANERcorp leaves
    the capital's word and its nationality out of every place (19 times in 19) and tags the place after
    them alone; ليل before a weekday is the night, no town."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "اندلعت اشتباكات في العاصمة الليبية ليل الأربعاء. ووقعت الاتفاقية بالعاصمة السودانية الخرطوم أمس.",
            "ar",
        )
    }
    assert ("الخرطوم", "LOCATION") in got
    assert not any("العاصمة" in text or "ليل" in text for text, _ in got)


def test_a_festivals_close_is_no_place_but_the_sea_it_is_named_for(hybrid: HybridRecognizer) -> None:
    """A hundred and sixty-seventh blind round's ختام مهرجان البحر الأحمر, one place to the tagger: the
    event's word after an everyday word (its close) is read as the event's word alone."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "فاز الفيلم بالجائزة الذهبية في ختام مهرجان البحر الأحمر السينمائي الدولي مساء الخميس.", "ar"
        )
    }
    assert ("البحر الأحمر", "LOCATION") in got
    assert not any("ختام" in text or "مهرجان" in text for text, _ in got)


def test_a_cup_in_spanish_is_no_body_and_the_rounds_listed_names(hybrid: HybridRecognizer) -> None:
    """The hundred and sixty-ninth and seventy-first blind rounds': the Copa Libertadores, read as a body; El
    Obeid, read as a man; the Blue Lagoon, Libya's ambulance service and Lebanon's children's cancer centre,
    missed."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "Flamengo beat Palmeiras 1-0 in the Copa Libertadores final on Saturday. Thousands of civilians fled toward"
        " El Obeid, and the Blue Lagoon spa was evacuated.",
        "en",
    )
    assert {("Flamengo", "ORGANIZATION"), ("El Obeid", "LOCATION"), ("Blue Lagoon", "LOCATION")} <= got
    assert not any("Copa" in text for text, _ in got)
    assert {("جهاز الإسعاف والطوارئ", "ORGANIZATION"), ("مركز سرطان الأطفال", "ORGANIZATION")} <= found(
        "قتل ثلاثة مدنيين بحسب جهاز الإسعاف والطوارئ. وسيذهب ريع الحفل إلى مركز سرطان الأطفال الذي يعالج 300 طفل.",
        "ar",
    )


def test_a_relatives_given_name_and_a_nurses_federation(hybrid: HybridRecognizer) -> None:
    """A hundred and seventy-second blind round's آمنة after ابنتها, an everyday word too ("safe"), missed;
    and the Australian Nursing and Midwifery Federation, cut in two at "and". An everyday word after the
    word for a relative is a name only after a verb of saying."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    assert ("آمنة", "PERSON") in found("وقالت ابنتها آمنة إن والدتها ما زالت تخبز الخبز بيديها.", "ar")
    assert not any(label == "PERSON" for _, label in found("وطمأنتنا على أن ابنتها آمنة في المدرسة.", "ar"))
    assert ("Australian Nursing and Midwifery Federation", "ORGANIZATION") in found(
        "Australian Nursing and Midwifery Federation secretary Maddy Harradence said hospitals were short of nurses.",
        "en",
    )


def test_a_wardens_title_stays_outside_her_name(hybrid: HybridRecognizer) -> None:
    """A hundred and seventy-third blind round's "Warden Grace Wambui", one person to the tagger with her
    title; so with a police constable's."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "Warden Grace Wambui said the drought had killed hundreds of calves. Constable Peter Otieno found them.",
            "en",
        )
    }
    assert {("Grace Wambui", "PERSON"), ("Peter Otieno", "PERSON")} <= got


def test_a_chief_executive_before_said_a_doctors_union_and_two_listed_names(hybrid: HybridRecognizer) -> None:
    """The hundred and seventy-fourth blind round's "Chief executive Tan Su Shan said", a body to the tagger;
    نقابة أطباء السودان, the place alone; Sibanye-Stillwater before its possessive, a place; and جامعة محمد
    السادس متعددة التخصصات التقنية, listed and still cut before its indefinite adjective."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "Chief executive Tan Su Shan said banks would keep more capital. About 9,000 workers at Sibanye-Stillwater's"
        " platinum mines stopped work.",
        "en",
    )
    assert {("Tan Su Shan", "PERSON"), ("Sibanye-Stillwater", "ORGANIZATION")} <= got
    got = found(
        "قالت نقابة أطباء السودان إن حمى الضنك انتشرت. ووقعت جامعة محمد السادس متعددة التخصصات التقنية اتفاقية"
        " مع معهد ماساتشوستس للتكنولوجيا.",
        "ar",
    )
    assert {
        ("نقابة أطباء السودان", "ORGANIZATION"),
        ("جامعة محمد السادس متعددة التخصصات التقنية", "ORGANIZATION"),
    } <= got


def test_wembley_in_arabic_a_party_an_investment_authority_and_a_drugs_directorate(
    hybrid: HybridRecognizer,
) -> None:
    """The hundred and seventy-fifth blind round's misses: ملعب ويمبلي, حزب الكتائب after رئيس, جهاز
    الاستثمار العماني and مديرية مكافحة المخدرات, now listed."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "أعلن جهاز الاستثمار العماني أنه سيضخ ملياري ريال. وضبطت مديرية مكافحة المخدرات حبوبا. وقال رئيس حزب"
            " الكتائب سامي الجميل إن النزال على ملعب ويمبلي كان تاريخيا.",
            "ar",
        )
    }
    assert {
        ("جهاز الاستثمار العماني", "ORGANIZATION"),
        ("مديرية مكافحة المخدرات", "ORGANIZATION"),
        ("حزب الكتائب", "ORGANIZATION"),
        ("ويمبلي", "LOCATION"),
    } <= got


def test_amazon_the_firm_and_moroccos_athletics_federation(hybrid: HybridRecognizer) -> None:
    """The hundred and seventy-sixth blind round's "SEATTLE - Amazon said", the river's basin to the tagger,
    while "in the Amazon" stays a place; and الجامعة الملكية المغربية لألعاب القوى, missed."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "SEATTLE - Amazon said on Tuesday it would cut 14,000 jobs. Deforestation in the Amazon fell.", "en"
    )
    assert {("Amazon", "ORGANIZATION"), ("Amazon", "LOCATION")} <= got
    assert ("الجامعة الملكية المغربية لألعاب القوى", "ORGANIZATION") in found(
        "وقال رئيس الجامعة الملكية المغربية لألعاب القوى عبد السلام أحيزون إن البقالي أصبح أعظم عداء.", "ar"
    )


def test_the_norwegian_nobel_committee(hybrid: HybridRecognizer) -> None:
    """The hundred and seventy-seventh blind round's Norwegian Nobel Committee, missed (a nationality first)."""
    got = {
        (e.text, e.label)
        for e in hybrid("The prize was awarded on Friday, the Norwegian Nobel Committee said.", "en")
    }
    assert ("Norwegian Nobel Committee", "ORGANIZATION") in got


def test_a_sports_federations_president_and_inezgane(hybrid: HybridRecognizer) -> None:
    """The hundred and seventy-eighth blind round's رئيس الاتحاد المصري للإسكواش عاصم خليفة, where the tagger
    began the president at للإسكواش and the federation went unfound; and إنزكان after أكادير و, missed."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "وقال رئيس الاتحاد المصري للإسكواش عاصم خليفة إن مصر حصدت 12 لقبا. وأوقفت الشرطة 11 شخصا في أكادير"
            " وإنزكان.",
            "ar",
        )
    }
    assert {
        ("الاتحاد المصري للإسكواش", "ORGANIZATION"),
        ("عاصم خليفة", "PERSON"),
        ("وإنزكان", "LOCATION"),
    } <= got


def test_the_church_of_england_the_sistine_chapel_and_the_shrine_of_hussein(hybrid: HybridRecognizer) -> None:
    """The hundred and seventy-ninth blind round's misses: the Church of England, read as two places; the
    Sistine Chapel; العتبة الحسينية, the body that runs Hussein's shrine in Karbala."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "They prayed in the Sistine Chapel on Thursday. The Church of England said it was a new chapter.",
        "en",
    )
    assert {("Sistine Chapel", "LOCATION"), ("Church of England", "ORGANIZATION")} <= got
    assert ("العتبة الحسينية", "ORGANIZATION") in found("توافد الزوار إلى كربلاء بحسب العتبة الحسينية.", "ar")


def test_emirates_the_airline_an_air_show_and_a_speaker_after_his_country(hybrid: HybridRecognizer) -> None:
    """The hundred and eightieth blind round's Emirates, missed twice; the Dubai Airshow, two places; and
    أرتورو بيسيغان, two places after في اليمن and before إن. The Emirates after "the" stays the country."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "DUBAI - Emirates ordered 65 more Boeing jets at the Dubai Airshow on Monday. Emirates president Tim Clark"
        " said the airline needed them. Many workers moved to the United Arab Emirates.",
        "en",
    )
    assert {
        ("Emirates", "ORGANIZATION"),
        ("Tim Clark", "PERSON"),
        ("United Arab Emirates", "LOCATION"),
    } <= got
    assert not any(text in ("Dubai", "Airshow", "Dubai Airshow") for text, _ in got)
    got = found("وقال ممثل المنظمة في اليمن أرتورو بيسيغان إن نقص المياه النظيفة يسرع انتشار المرض.", "ar")
    assert {("اليمن", "LOCATION"), ("أرتورو بيسيغان", "PERSON")} <= got


def test_a_speaker_after_his_post_and_the_body_behind_li_and_a_central_elections_commission(
    hybrid: HybridRecognizer,
) -> None:
    """The hundred and eighty-second blind round's مطر الطاير after المدير العام للهيئة, two name lists' words
    (مطر is also rain), missed; لجنة الانتخابات المركزية after a dateline, and مردف, missed."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "رام الله - أعلنت لجنة الانتخابات المركزية أن الانتخابات ستجرى في أبريل. وقال المدير العام للهيئة مطر"
            " الطاير إن الخط سيربط مردف بالمدينة.",
            "ar",
        )
    }
    assert {
        ("لجنة الانتخابات المركزية", "ORGANIZATION"),
        ("مطر الطاير", "PERSON"),
        ("مردف", "LOCATION"),
    } <= got


def test_a_body_named_again_before_its_head_a_painters_epithet_and_three_bodies(
    hybrid: HybridRecognizer,
) -> None:
    """The hundred and eighty-third blind round's رئيس الدار علاء عبد السلام, a man to the tagger with الدار;
    هيئة البيئة and دار الأوبرا المصرية, missed; Pieter Brueghel the Younger, two people; the Carabinieri, a
    person."""

    def found(text: str, lang: str) -> set[tuple[str, str]]:
        return {(e.text, e.label) for e in hybrid(text, lang)}

    got = found(
        "مسقط - قالت هيئة البيئة إن عدد الأعشاش ارتفع. وأعلنت دار الأوبرا المصرية أن المهرجان سينطلق. وقال رئيس"
        " الدار علاء عبد السلام إن المطرب سيحيي الحفل.",
        "ar",
    )
    assert {
        ("هيئة البيئة", "ORGANIZATION"),
        ("دار الأوبرا المصرية", "ORGANIZATION"),
        ("علاء عبد السلام", "PERSON"),
    } <= got
    got = found("Police found a painting by Pieter Brueghel the Younger, the Carabinieri said.", "en")
    assert {("Pieter Brueghel the Younger", "PERSON"), ("Carabinieri", "ORGANIZATION")} <= got


def test_a_hijri_month_is_no_man_and_jordans_senate(hybrid: HybridRecognizer) -> None:
    """The hundred and eighty-fourth blind round's شهر ربيع الأول, a man to the tagger, and مجلس الأعيان,
    missed."""
    got = {
        (e.text, e.label)
        for e in hybrid(
            "أدى ستة ملايين معتمر العمرة في شهر ربيع الأول. وأقر مجلس الأعيان مشروع القانون.", "ar"
        )
    }
    assert ("مجلس الأعيان", "ORGANIZATION") in got
    assert not any("ربيع" in text for text, _ in got)


def test_the_kuwait_foundation_for_the_advancement_of_sciences(hybrid: HybridRecognizer) -> None:
    """The hundred and eighty-fifth blind round's مؤسسة الكويت للتقدم العلمي, cut before للتقدم."""
    got = {
        (e.text, e.label) for e in hybrid("قالت مؤسسة الكويت للتقدم العلمي إنها ستمول 40 مشروعا بحثيا.", "ar")
    }
    assert ("مؤسسة الكويت للتقدم العلمي", "ORGANIZATION") in got
