"""IPTC Media Topics for Arabic and English news, from keyword evidence.

Evidence for a top-level topic: the stems of ``data/topic_keywords.tsv`` (weight 1) and the names of
the topic's own sub-topics in IPTC's taxonomy, English and Arabic (weight 0.5). Arabic words are
matched through their proclitics and the article (والإرهاب -> ارهاب) and by stem prefix
(الإرهابية -> ارهاب) through Arabic suffixes only; English words through an inflection only, and a keyword marked a common noun
(labour, union, jobs) not where it is capitalised inside a sentence (the Labour party, the European
Union). Title words count twice. The score of a topic grows with its evidence relative
to the article's length: ``1 - exp(-evidence / scale)``.

A trained classifier (``data/topic_model.json``: per language, one-vs-rest logistic regression over
TF-IDF of the same stems, trained by ``scripts/train_topics.py``) scores the topics the development data shows;
its probability and the lexicon's score are combined by noisy-or. A topic the data never shows in
the article's language (conflict, disaster, environment ...; crime in Arabic) comes from the lexicon
and the IPTC names alone. The combined scores then go through the language's Platt map (fitted on
cross-fitted scores of the training data), which makes them probabilities and keeps their order.

Politics in the training data is a section of world news (ANT's middleEast and internationalNews, AG's
World), and such a section holds the wars, crimes and disasters the classifier cannot name. So in an
article the classifier calls politics, the topics it cannot name that the lexicon finds clearly (evidence
at least 0.25, one clear word in a short item, and 0.2 more than politics' own) share politics' probability
by their evidence, politics keeping a prior's share (1) and its own words: a shipwreck report is a
disaster, not politics, and so is an earthquake whose relief a king oversees. Where the lexicon finds no
word of politics at all, politics' prior is 0.2: the classifier's politics then says "this reads like
world news", which any short report does (a tram derailing in Amsterdam, a sandstorm in Kuwait, a
governor closing offices in a heatwave), not that it is about politics.
A report of one sentence (20 words at most) gives the classifier few words to go on, and its best topic is
then what those words lean to: a theatre's new musical reads like business news, a minibus crash like
crime. Where the lexicon finds no word of that topic and clearly finds another, they share its probability
in the same way, the classifier's topic keeping a prior of 0.2.
An article gets the topics more likely than not, and those nearly as likely as its best one.

Under each chosen top-level topic, the second-level topic whose names (its own, and those of the topics
below it, English and Arabic) occur at least twice is added too, scored below its parent: an Interpol
meeting is "crime, law and justice" and, under it, "law enforcement".
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Final, Literal

from newsflow.enrich.tokens import WORD_CACHE, Token, clitic_splits, strip_article, tokenize
from newsflow.shared.contracts import Topic
from newsflow.shared.text import normalize

DATA: Final = files("newsflow.enrich") / "data"
# the classifier reads an article's start: its topic is there, and long and short items look more alike
# (on ANT, 400 tokens beat 150 by 0.025-0.034 top-1 on four different held-out splits)
_BODY_TOKENS: Final = 400
_PREFIX_MIN: Final = 4  # shorter stems match whole words only
_MAX_SUFFIX: Final = 3
# an English word matches a shorter keyword only through an inflection ("floods", "evacuated"), so
# "eastern" is not "easter"
_INFLECTIONS_EN: Final = frozenset({"s", "es", "d", "ed", "ing", "er", "ers", "r", "rs"})
# an Arabic word matches a shorter keyword through a suffix of Arabic only (normalised: ة is ه): الإرهابية,
# المهاجرين, but not the foreign names دينيس (Dennis), ايمانويل (Emmanuel), طالباني (Talabani); a bare ت only
# after a keyword's final ا (ميليشيا -> الميليشيات): elsewhere it ends a verb (طالبت, "she demanded", is no
# student; ة is normalised to ه)
_SUFFIXES_AR: Final = frozenset(
    {"ا", "ت", "ه", "ي", "ات", "ان", "ين", "ون", "يه", "ها", "هم", "هن"}
) | frozenset({"كم", "نا", "ته", "تي", "تين", "تان", "يات", "يين", "يون", "اته", "وها", "هما"})
_WORLD_SECTION: Final = "medtop:11000000"  # politics: what the world-news sections were mapped to
#: a protest's word and the preposition after which its cause follows (احتجاجا على ارتفاع الأسعار, "protesting
#: over fuel prices"): the report is of the protest, and the cause's words count for less
_CAUSE_MARKERS: Final = frozenset(
    {
        ("احتجاجا", "على"), ("احتجاجاً", "على"), ("احتجاج", "على"),
        ("protest", "over"), ("protest", "against"), ("protesting", "over"), ("protesting", "against"),
        ("protested", "over"), ("protested", "against"), ("protests", "over"), ("protests", "against"),
    }
)  # fmt: skip
_CAUSE_AFTER: Final = frozenset(second for _, second in _CAUSE_MARKERS)
#: a king's, a prince's or a sultan's title inside an institution's name (جامعة الملك خالد, مستشفى الملك
#: فهد, مدينة الملك عبدالله) is no evidence of politics: the stems of the titles and of the institutions
_ROYAL_STEMS: Final = frozenset({"ملك", "امير", "سلطان"})
_NAMED_FOR_STEMS: Final = frozenset(
    strip_article(normalize(w))
    for w in (
        "جامعة", "مستشفى", "مدينة", "مطار", "مركز", "مؤسسة", "شارع", "جسر", "ميناء", "ملعب", "استاد",
        "كلية", "معهد", "جائزة", "قاعة", "مجمع", "مكتبة", "حديقة", "طريق", "مسجد",
    )
)  # fmt: skip
#: the words for a province, a town or a village: the word straight after one, without the article, is
#: the place's own name (ولاية لعصابة, Mauritania's Assaba, is no gang's, عصابة), not an adjective (مدينة
#: ساحلية, a nisba) nor a participle (منطقة منكوبة, مدينة محاصرة: those begin with م); the word for the
#: place without the article, as a name's construct is written (القرية رقميا, "the village, digitally")
_DEFINITE_AR: Final = re.compile("^(?:و|ف)?(?:ب|ل|ك)?ال")
_PLACE_WORD_STEMS: Final = frozenset(
    strip_article(normalize(w)) for w in ("ولاية", "محافظة", "مدينة", "بلدة", "قرية", "إقليم", "مقاطعة")
)
_HUMAN_INTEREST: Final = "medtop:08000000"
_ECONOMY: Final = "medtop:04000000"
#: an official's title written straight before a name ("Prime Minister Andrew Holness said"): who is quoted,
#: no evidence that the story is politics
_TITLES_BEFORE_NAMES_EN: Final = frozenset(
    {"president", "prime", "minister", "premier", "governor", "mayor", "chancellor"}
)
#: a great age, 80 to 119: "a 102-year-old woman", "aged 95", "at 101"; في الثمانين من عمره, في عامها التسعين,
#: عمره 90 عاما. A first skydive, a first exam or a balloon ride at such an age is human interest, whatever
#: its words are otherwise of (sport, education); the act's own words still count, so a crime against an old
#: man stays crime. Also an object's age of a century (a 100-year-old love letter)
_GREAT_AGE_EN: Final = re.compile(r"(?:8\d|9\d|1[01]\d)-year-old")
_GREAT_AGE: Final = re.compile(r"(?:8\d|9\d|1[01]\d)")
_GREAT_AGE_AFTER_EN: Final = frozenset({"aged", "at"})
_GREAT_AGE_AR: Final = frozenset({"الثمانين", "التسعين", "الميه", "المايه"})
_AGE_WORDS_AR: Final = ("عمر", "عامه", "عامها", "سن")
_YEARS_AR: Final = frozenset({"عاما", "عام", "سنه"})
#: how much a great age weighs, as keyword hits (three: one act counts two)
_GREAT_AGE_WEIGHT: Final = 3.0
# IPTC topics' names of one word that news writes far more often as an everyday word: these are no
# evidence of their topic (the keywords of topic_keywords.tsv are another matter). سنّة, Sunni Islam, is
# سنة, a year, once the shadda is gone; قدم (football) "presented"; غرب (conventional medicine) "west";
# اعلان (advertising) "announcement"; تاريخ (history) a date; "party" (lifestyle) a political party
_IPTC_NAMES_SKIPPED: Final = frozenset(
    {
        "سنّة", "قدم", "غرب", "اعلان", "نقل", "تاريخ", "تسليم", "مراقبة", "ادارة", "حفظ",
        "رجال", "حواجز", "رمي", "قيم", "الجنس", "توحيد", "لعب", "معايير", "قوس", "واقعي", "خيال",
        "سفر", "دورية", "تعرفة",
        "party", "game", "bar", "skeleton", "squash", "history", "values", "men", "adults",
        "series", "language", "restoration", "nature", "trend", "collecting",
    }
)  # fmt: skip


def _great_age(toks: list[Token]) -> int:
    """1 where a great age is told (``_GREAT_AGE_EN``), else 0: once a text, however often."""
    for i, t in enumerate(toks):
        x = t.norm
        if x[:1].isdigit():
            if _GREAT_AGE_EN.fullmatch(x):
                return 1
            if not _GREAT_AGE.fullmatch(x):
                continue
            if i and toks[i - 1].norm in _GREAT_AGE_AFTER_EN:  # aged 95, at 101
                return 1
            if (  # عمره 90 عاما
                i + 1 < len(toks)
                and toks[i + 1].norm in _YEARS_AR
                and any(k.norm.startswith(_AGE_WORDS_AR) for k in toks[max(0, i - 3) : i + 3])
            ):
                return 1
        elif (
            x in _GREAT_AGE_AR
            and any(  # في الثمانين من عمره, في عامها التسعين
                k.norm.startswith(_AGE_WORDS_AR) for k in toks[max(0, i - 2) : i + 3]
            )
        ):
            return 1
    return 0


class _Linear:
    """One-vs-rest logistic regression over sublinear TF-IDF, L2-normalised (no NumPy needed)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = data["classes"]
        self.intercept: list[float] = data["intercept"]
        self.idf: dict[str, float] = data["idf"]
        self.coef: dict[str, list[float]] = data["coef"]
        #: Platt scaling of the combined score, fitted on cross-fitted scores of the training data
        #: (``train_topics.py``): p = sigmoid(a * logit(score) + b); absent, the score stays as it is
        self.calibration: tuple[float, float] | None = (
            (float(data["calibration"][0]), float(data["calibration"][1])) if "calibration" in data else None
        )
        #: the same for an article's best topic, which is right more often than another of its score
        self.calibration_best: tuple[float, float] | None = (
            (float(data["calibration_best"][0]), float(data["calibration_best"][1]))
            if "calibration_best" in data
            else None
        )
        #: the same for a best topic the lexicon finds no word of, which only the classifier's leaning
        #: chose: right far less often at the same score (a two-headed calf "reads like" politics)
        self.calibration_unnamed: tuple[float, float] | None = (
            (float(data["calibration_unnamed"][0]), float(data["calibration_unnamed"][1]))
            if "calibration_unnamed" in data
            else None
        )

    def calibrate(self, score: float, best: bool = False, named: bool = True) -> float:
        platt = self.calibration_best if best and self.calibration_best else self.calibration
        if best and not named and self.calibration_unnamed:
            platt = self.calibration_unnamed
        if platt is None or score <= 0.0:
            return score
        a, b = platt
        s = min(score, 1 - 1e-6)
        return 1 / (1 + math.exp(-(a * math.log(s / (1 - s)) + b)))

    def __call__(self, counts: dict[str, int]) -> dict[str, float]:
        weights = {t: (1 + math.log(c)) * self.idf[t] for t, c in counts.items() if t in self.idf}
        if not weights:
            return {}  # not one word it knows: its intercepts are priors, no evidence of any topic
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        z = list(self.intercept)
        for term, w in weights.items():
            row = self.coef.get(term)
            if row is not None:
                for k, c in enumerate(row):
                    z[k] += c * w / norm
        return {code: 1 / (1 + math.exp(-v)) for code, v in zip(self.classes, z, strict=True)}


class TopicModel:
    """One classifier per language: each has its own vocabulary, classes and intercepts, so a topic
    that only English data shows (health, crime ...) is never a negative or a prior for Arabic."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.body_tokens: int = data.get("body_tokens", _BODY_TOKENS)
        classes = data.get("word_classes")
        #: English words also count as their word class (clusters_en.tsv) at this granularity, except
        #: the commonest words, which say how an article is written rather than what it is about
        self.word_class_level: int | None = classes["level"] if classes else None
        self.word_class_skip: frozenset[str] = frozenset(classes["skip"]) if classes else frozenset()
        self.languages = {lang: _Linear(m) for lang, m in data["languages"].items()}
        self.known = {lang: frozenset(m.classes) for lang, m in self.languages.items()}

    @classmethod
    def load(cls, path: Path | None = None) -> TopicModel:
        text = (
            path.read_text(encoding="utf-8")
            if path
            else (DATA / "topic_model.json").read_text(encoding="utf-8")
        )
        return cls(json.loads(text))

    def __call__(self, counts: dict[str, int], lang: str) -> dict[str, float]:
        model = self.languages.get(lang)
        return model(counts) if model else {}

    def calibrate(self, scores: dict[str, float], lang: str) -> dict[str, float]:
        """The combined scores as probabilities; one monotone map per language, so the ranking stays."""
        model = self.languages.get(lang)
        if model is None or model.calibration is None:
            return scores
        return {code: model.calibrate(s) for code, s in scores.items()}

    def calibrate_best(self, score: float, lang: str, named: bool = True) -> float:
        """An article's best topic as a probability, from its own map; never below the common map's, so
        the best topic stays the best. A best topic the lexicon found no word of (``named`` false) has a
        map of its own where training fitted one, which may put it below the common map's."""
        model = self.languages.get(lang)
        if model is None:
            return score
        if not named and model.calibration_unnamed:
            return model.calibrate(score, best=True, named=False)
        return max(model.calibrate(score), model.calibrate(score, best=True))


@dataclass(frozen=True)
class TopicInfo:
    code: str
    label: str
    label_ar: str | None


#: a wire story's dateline: up to four words in Latin capitals or Arabic letters, a region after a comma, the
#: day, the agency in brackets, and a spaced dash
_DATELINE_TOPIC: Final = re.compile(
    r"[ \t]*(?:[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}|[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2})"
    r"(?:,[ \t]*[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)*)?"
    r"(?:,?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})?"
    r"[ \t]*(?:\([^)]{2,30}\)[ \t]*)?[-\u2013\u2014]+[ \t]"
)


class TopicTagger:
    def __init__(
        self,
        iptc: list[dict[str, Any]],
        min_score: float = 0.5,
        min_evidence: float = 0.225,
        near_best: float = 0.8,
        max_topics: int = 4,
        model: TopicModel | Literal["default"] | None = "default",
        lexicon_weight: float = 0.8,
        unknown_weight: float = 0.9,
        section_prior: float | None = 1.0,
        section_evidence: float = 0.25,
        section_margin: float = 0.2,
        section_prior_alone: float | None = 0.2,
        short_tokens: int | None = 20,
        short_prior: float = 0.2,
        short_margin: float | None = 1.5,
        pair_alone: bool = True,
        skipped_names: frozenset[str] = _IPTC_NAMES_SKIPPED,
        section_known: float | None = 0.4,
        cause_weight: float = 0.5,
        unnamed_share: float | None = 0.3,
        unnamed_tokens: int = 50,
        unnamed_doubt: float = 0.6,
        long_margin: Mapping[str, float] | None = None,
        clusters: Mapping[str, tuple[str, ...]] | None = None,
        calibrated: bool = True,
    ) -> None:
        self.min_score = min_score
        self.min_evidence = min_evidence
        self.near_best = near_best
        self.calibrated = calibrated
        self.max_topics = max_topics
        self.model = TopicModel.load() if model == "default" else model
        self.word_class_level = self.model.word_class_level if self.model else None
        self.word_class_skip = self.model.word_class_skip if self.model else frozenset()
        self._clusters = clusters
        self.lexicon_weight = lexicon_weight
        self.unknown_weight = unknown_weight
        #: politics in the training data is a section of world news (ANT's middleEast and
        #: internationalNews, AG's World), which holds the wars, crimes and disasters the classifier
        #: cannot name; see ``_raw_scores``. None: the classifier's politics stays politics
        self.section_prior = section_prior
        self.section_evidence = section_evidence
        #: how much more clearly than politics the lexicon must find a topic for it to share the section
        #: (inf: only where the lexicon finds no word of politics at all)
        self.section_margin = section_margin
        #: politics' prior where the lexicon finds no word of politics at all (None: the same prior)
        self.section_prior_alone = section_prior_alone
        #: in a short report (this many words at most, title and body), the classifier's best topic other
        #: than politics, where the lexicon finds no word of it, shares its probability in the same way with
        #: the topics it cannot name that the lexicon finds clearly, keeping ``short_prior`` (None: never)
        self.short_tokens = short_tokens
        self.short_prior = short_prior
        #: where the lexicon finds a word of the classifier's best topic too, another topic shares it only
        #: if the lexicon finds it this many times more clearly: taxi drivers' strike over fuel prices is
        #: labour, an accountant found guilty of stealing a charity's funds crime (None: never)
        self.short_margin = short_margin
        self.pair_alone = pair_alone
        self.skipped_names = skipped_names
        #: in a short report, a topic the classifier knows too shares the world-news section where the
        #: lexicon finds it at least this clearly: a gang jailed for theft is crime, though the English
        #: classifier knows crime (None: only topics it cannot name share the section)
        self.section_known = section_known
        #: what the words of a protest's cause count for (احتجاجا على ارتفاع الأسعار: the protest is the news)
        self.cause_weight = cause_weight
        #: in a longer report, how clearly the lexicon must find a topic the classifier cannot name for it
        #: to share the classifier's best topic where the lexicon finds no word of that (None: never)
        self.unnamed_share = unnamed_share
        #: ... in a report of this many words at least: in a report of a sentence or two, one word (a
        #: crash, an emergency) says little of what it is about
        self.unnamed_tokens = unnamed_tokens
        self.unnamed_doubt = unnamed_doubt
        #: ... and where the lexicon finds a word of that topic too, another topic shares it if the lexicon
        #: finds that one this many times more clearly, as in a short report: a founder found guilty of
        #: defrauding a bank reads like business news to the classifier and is crime. By language: English
        #: only by default, whose classifier learnt business and technology from AG News' broad sections
        #: (a strike at Boeing, a film's takings, a fine for sewage spills); ANT's technology section is
        #: technology's, and the Arabic classifier keeps it ({}: never)
        self.long_margin: Mapping[str, float] = {"en": 1.5} if long_margin is None else long_margin
        self.info = {t["code"]: TopicInfo(t["code"], t["en"], t["ar"]) for t in iptc if t["level"] == 1}
        self.exact: dict[str, dict[str, float]] = defaultdict(dict)
        self.prefix: dict[str, dict[str, float]] = defaultdict(dict)
        self._cache: dict[tuple[str, bool], tuple[tuple[str, ...], dict[str, float]]] = {}
        #: an Arabic word's stems -> the forms a word of a two-word keyword is looked up in (cached)
        self._forms_cache: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._common_noun_only: set[str] = set()
        self._whole_word_only: set[str] = set()
        #: Arabic keywords that count only with the article: الرئيس is the president, رئيس بلدية the head of
        #: a town council and الرئيسية "main"
        self._definite_only: set[str] = set()
        text = (files("newsflow.enrich") / "data" / "topic_keywords.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            code, _lang, words = line.split("\t")
            for word in words.split():
                weight = 1.0
                # "*": the topic's own act, counted twice: a strike is labour, whoever strikes
                if word.startswith("*"):
                    word = word[1:]
                    weight = 2.0
                if word.startswith("!"):  # a common noun only: "Labour", "the European Union" are names
                    word = word[1:]
                    self._common_noun_only.add(self._key(word))
                elif word.startswith("="):  # the whole word only: سلامة (safety) is not سلام (peace)
                    word = word[1:]
                    self._whole_word_only.add(self._key(word))
                elif word.startswith(
                    "^"
                ):  # with the article only, and the whole word: الرئيس, not رئيس بلدية
                    word = word[1:]
                    self._whole_word_only.add(self._key(word))
                    self._definite_only.add(self._key(word))
                self._add(word.replace("_", " "), code, weight)
        for t in iptc:
            if t["level"] > 1:
                for name in (t["en"], t["ar"]):
                    if name and len(name.split()) <= 3 and "," not in name and name not in self.skipped_names:
                        self._add(name, t["top"], 0.5)
        # second level: each sub-topic is known by its own names and those of the topics below it
        by_code = {t["code"]: t for t in iptc}
        self.sub_info: dict[str, TopicInfo] = {}
        self.sub_parent: dict[str, str] = {}
        self.sub_names: dict[str, dict[str, float]] = defaultdict(dict)
        for t in iptc:
            if t["level"] < 2:
                continue
            second = t
            while second["level"] > 2:
                second = by_code[second["parent"]]
            self.sub_info[second["code"]] = TopicInfo(second["code"], second["en"], second["ar"])
            self.sub_parent[second["code"]] = second["top"]
            weight = 1.0 if t is second else 0.7
            for name in (t["en"], t["ar"]):
                if name and len(name.split()) <= 3 and "," not in name:
                    key = self._key(name)
                    if len(key) >= 3:
                        self.sub_names[key][second["code"]] = max(
                            weight, self.sub_names[key].get(second["code"], 0.0)
                        )
        #: the keywords that are common nouns only, with their inflections: the words ``_names`` looks at
        self._common_noun_forms = frozenset(
            w + e for w in self._common_noun_only for e in ("", *_INFLECTIONS_EN)
        )
        self._sub_first = frozenset(k.split(" ")[0] for k in self.sub_names if " " in k)
        self._sub_words = frozenset(k.split(" ")[0] for k in self.sub_names)
        self._pair_first = frozenset(k.split(" ")[0] for k in self.exact if " " in k)

    @staticmethod
    def _key(phrase: str) -> str:
        return " ".join(strip_article(t.norm) for t in tokenize(phrase))

    def _add(self, phrase: str, code: str, weight: float) -> None:
        key = self._key(phrase)
        if len(key) < 3:
            return
        whole = len(key) < _PREFIX_MIN or " " in key or key in self._whole_word_only
        table = self.exact if whole else self.prefix
        table[key][code] = max(weight, table[key].get(code, 0.0))
        self.exact[key][code] = max(weight, self.exact[key].get(code, 0.0))

    def _stems(self, norm: str, arabic: bool) -> tuple[str, ...]:
        if not arabic:
            return (norm,)
        return tuple(dict.fromkeys(strip_article(s) for _, s in clitic_splits(norm)))

    def _word_hits(self, norm: str, arabic: bool) -> tuple[tuple[str, ...], dict[str, float]]:
        """A word's stems and the topics it is evidence for on its own (cached: words repeat)."""
        cached = self._cache.get((norm, arabic))
        if cached is not None:
            return cached
        stems = self._stems(norm, arabic)
        hit: dict[str, float] = {}
        definite = (
            frozenset(strip_article(s) for _, s in clitic_splits(norm) if s.startswith("ال"))
            if arabic and self._definite_only
            else frozenset()
        )
        for s in stems:
            if s in self._definite_only and s not in definite:
                continue
            for code, w in self.exact.get(s, {}).items():
                hit[code] = max(hit.get(code, 0.0), w)
            for cut in range(len(s) - 1, max(_PREFIX_MIN, len(s) - _MAX_SUFFIX) - 1, -1):
                if s[cut:] not in (_SUFFIXES_AR if arabic else _INFLECTIONS_EN):
                    continue
                if arabic and s[cut:] == "ت" and not s[:cut].endswith("ا"):
                    continue  # a verb's ending: طالبت
                for code, w in self.prefix.get(s[:cut], {}).items():
                    hit[code] = max(hit.get(code, 0.0), w * 0.8)
        if len(self._cache) < WORD_CACHE:
            self._cache[(norm, arabic)] = (stems, hit)
        return stems, hit

    def _pair_forms(self, stems: tuple[str, ...], arabic: bool) -> tuple[str, ...]:
        """The forms in which a word of a two-word keyword is looked up: in Arabic, also without a suffix
        (عيد ميلاده, رقما قياسيا, "his birthday", "a record"), in English without a plural's ending. Two
        words together are clear enough evidence to count in full."""
        cached = self._forms_cache.get(stems)
        if cached is not None:
            return cached
        out = dict.fromkeys(stems)
        if not arabic:
            for s in stems:
                if len(s) > 3 and s.endswith("s") and not s.endswith("ss"):
                    if s.endswith("ies"):
                        out[s[:-3] + "y"] = None
                    elif s.endswith(("ches", "shes", "xes", "sses")):
                        out[s[:-2]] = None
                    else:
                        out[s[:-1]] = None
        for s in stems if arabic else ():
            for cut in range(len(s) - 1, max(2, len(s) - _MAX_SUFFIX) - 1, -1):
                if s[cut:] in _SUFFIXES_AR and not (s[cut:] == "ت" and not s[:cut].endswith("ا")):
                    out[s[:cut]] = None
        forms = tuple(out)
        if len(self._forms_cache) < WORD_CACHE:
            self._forms_cache[stems] = forms
        return forms

    def _named(self, toks: list[Token], i: int) -> bool:
        """An English keyword written as a name: capitalised straight after a word of the same sentence
        (one space between), where the keyword is a common noun only: the Labour party, the European Union,
        Steve Jobs are no evidence of labour."""
        t = toks[i]
        if t.arabic or not i or not t.text[:1].isupper() or t.start != toks[i - 1].end + 1:
            return False
        norm = t.norm
        return norm in self._common_noun_only or any(
            norm.endswith(e) and norm[: -len(e)] in self._common_noun_only for e in _INFLECTIONS_EN
        )

    def _names(self, toks: list[Token]) -> frozenset[str]:
        """The keywords (common nouns only) an article writes as names somewhere: there, "Labour" at the
        start of a sentence or of the headline is the party too."""
        forms = self._common_noun_forms
        if not forms:
            return frozenset()
        return frozenset(t.norm for i, t in enumerate(toks) if t.norm in forms and self._named(toks, i))

    def _evidence(
        self,
        toks: list[Token],
        weight: float,
        acc: dict[str, float],
        names: bool = True,
        known_names: frozenset[str] = frozenset(),
    ) -> int:
        words = [self._word_hits(t.norm, t.arabic) for t in toks]
        consumed = -1  # the second word of a two-word keyword counts once, with the first
        cause = False  # inside a protest's cause, up to the next punctuation
        for i, (stems, unigram) in enumerate(words):
            if cause and toks[i].start > toks[i - 1].end + 1:
                cause = False
            if (
                i
                and toks[i].text in _CAUSE_AFTER  # cheap test first
                and (toks[i - 1].text.lower(), toks[i].text) in _CAUSE_MARKERS
            ):
                cause = True
                continue
            hit = unigram if i != consumed else {}
            if (
                hit
                and i
                and _ROYAL_STEMS.intersection(stems)
                and _NAMED_FOR_STEMS.intersection(words[i - 1][0])
            ):
                hit = {}  # جامعة الملك خالد: an institution's name, no king's act
            if (
                hit
                and i
                and toks[i].arabic
                and _PLACE_WORD_STEMS.intersection(words[i - 1][0])
                and not _DEFINITE_AR.match(toks[i - 1].norm)  # القرية رقميا: "the village, digitally"
                and not toks[i].norm.startswith(("ال", "م"))
                and not toks[i].norm.endswith(("ي", "يه"))
            ):
                hit = {}  # ولاية لعصابة: a place's name after the word for a province
            if hit and (
                (names and self._common_noun_only and self._named(toks, i))
                or (toks[i].norm in known_names and toks[i].text[:1].isupper())
            ):
                continue
            if i + 1 < len(words):  # two-word keywords: "كرة القدم", "prime minister"
                arabic = toks[i].arabic and toks[i + 1].arabic
                pairs: dict[str, float] = {}
                firsts = [s for s in self._pair_forms(stems, arabic) if s in self._pair_first]
                following = self._pair_forms((words[i + 1][0][0],), arabic) if firsts else ()
                for s in firsts:
                    for f in following:
                        for code, w in self.exact.get(f"{s} {f}", {}).items():
                            pairs[code] = max(w, pairs.get(code, 0.0))
                if pairs:
                    # the two words are read together: "air strike" is no labour, "prime minister" politics
                    # once; and a keyword of two words is read instead of its first word alone, صاروخ فضائي
                    # (a space rocket) no missile (an IPTC topic's name, weaker, only adds to it)
                    consumed = i + 1
                    merged = {c: max(w, hit.get(c, 0.0)) for c, w in pairs.items()}
                    alone = self.pair_alone and max(pairs.values()) >= 1.0
                    hit = merged if alone else {**hit, **merged}
            last = consumed if consumed == i + 1 else i
            if (
                _WORLD_SECTION in hit
                and toks[i].norm in _TITLES_BEFORE_NAMES_EN
                and toks[i].text[:1].isupper()
                and last + 1 < len(toks)
                and toks[last + 1].text[:1].isupper()
                and toks[last + 1].start == toks[last].end + 1
            ):
                continue  # Prime Minister Andrew Holness: the man quoted, not what the story is about
            for code, w in hit.items():
                acc[code] += w * weight * (self.cause_weight if cause else 1.0)
        return len(toks)

    def lexicon_scores(self, title_tokens: list[Token], body_tokens: list[Token]) -> dict[str, float]:
        acc: dict[str, float] = defaultdict(float)
        known = self._names(body_tokens)
        n = self._evidence(body_tokens, 1.0, acc, known_names=known)
        # a headline in Title Case capitalises every word: there, a capital says nothing of a name
        title_case = 2 * sum(t.text[:1].isupper() for t in title_tokens) > len(title_tokens)
        n += self._evidence(title_tokens, 2.0, acc, names=not title_case, known_names=known)
        great_age = _great_age(body_tokens) + 2.0 * _great_age(title_tokens)
        if great_age:
            acc[_HUMAN_INTEREST] += _GREAT_AGE_WEIGHT * great_age
        scale = 2.0 + math.sqrt(max(n, 1)) / 3
        return {code: 1 - math.exp(-ev / scale) for code, ev in acc.items()}

    def without_dateline(self, body: str, tokens: list[Token]) -> list[Token]:
        """The body's words after its dateline ("LONDON, Nov 5 (Reuters) -", "الرباط (وام) -"): where a
        story was filed from says little of what it is about, and the classifier, having learnt AG News's
        "LONDON (Reuters)" from its business stories, read a London fraud trial as business. Not a
        headline's section ("SOCCER - JAPAN GET LUCKY WIN"), whose words are the lexicon's."""
        m = _DATELINE_TOPIC.match(body)
        if m is None:
            return tokens
        cut = next((k for k, t in enumerate(tokens) if t.start >= m.end()), len(tokens))
        if cut == len(tokens) or any(self._word_hits(t.norm, t.arabic)[1] for t in tokens[:cut]):
            return tokens
        return tokens[cut:]

    def features(
        self, title_tokens: list[Token], body_tokens: list[Token], limit: int | None = None
    ) -> dict[str, int]:
        """Counts of the classifier's terms: the stems of the title (twice) and of the body's start."""
        if limit is None:
            limit = self.model.body_tokens if self.model else _BODY_TOKENS
        counts: dict[str, int] = defaultdict(int)
        level = self.word_class_level
        clusters = self.clusters if level is not None else {}
        for toks, weight in ((title_tokens, 2), (body_tokens[:limit], 1)):
            for t in toks:
                if len(t.norm) < 2 or t.norm.isdigit():
                    continue
                for stem in self._word_hits(t.norm, t.arabic)[0]:  # the stems, cached
                    counts[stem] += weight
                if level is not None and not t.arabic and t.norm not in self.word_class_skip:
                    classes = clusters.get(t.norm)
                    if classes is not None:
                        counts[f"~{classes[level]}"] += weight  # "~" never starts a stem
        return counts

    @property
    def clusters(self) -> Mapping[str, tuple[str, ...]]:
        if self._clusters is None:
            from newsflow.enrich.resources import load

            self._clusters = load().clusters_en
        return self._clusters

    def scores(
        self, title: str | None, body: str, body_tokens: list[Token] | None = None
    ) -> dict[str, float]:
        body_toks = body_tokens if body_tokens is not None else tokenize(body)
        return self._scores(tokenize(title) if title else [], body_toks)

    def _scores(self, title_toks: list[Token], body_toks: list[Token]) -> dict[str, float]:
        raw, lang = self._raw_scores(title_toks, body_toks)
        return self._calibrate(raw, lang)

    def _calibrate(self, raw: dict[str, float], lang: str) -> dict[str, float]:
        return self.model.calibrate(raw, lang) if self.model is not None and self.calibrated else raw

    def _raw_scores(self, title_toks: list[Token], body_toks: list[Token]) -> tuple[dict[str, float], str]:
        """The lexicon's and the classifier's evidence combined, before calibration; and the language."""
        raw, lang, _ = self._raw_and_lexicon(title_toks, body_toks)
        return raw, lang

    def _raw_and_lexicon(
        self, title_toks: list[Token], body_toks: list[Token]
    ) -> tuple[dict[str, float], str, dict[str, float]]:
        """``_raw_scores`` and the lexicon's evidence alone."""
        lang = "ar" if 2 * sum(t.arabic for t in body_toks) > len(body_toks) else "en"
        lexicon = self.lexicon_scores(title_toks, body_toks)
        if self.model is None:
            return lexicon, lang, lexicon
        learned = self.model(self.features(title_toks, body_toks), lang)
        known = self.model.known.get(lang, frozenset())
        out = {}
        for code in lexicon.keys() | learned.keys():
            lex = lexicon.get(code, 0.0)
            if code in known:
                out[code] = 1 - (1 - learned[code]) * (1 - self.lexicon_weight * lex)
            else:
                out[code] = self.unknown_weight * lex  # no training data for it here: the lexicon alone
        if (
            learned
            and self.short_tokens is not None
            and len(title_toks) + len(body_toks) <= self.short_tokens
        ):
            self._share_short(out, lexicon, learned)
        elif (
            learned
            and self.unnamed_share is not None
            and len(title_toks) + len(body_toks) >= self.unnamed_tokens
        ):
            self._share_unnamed(out, lexicon, learned, known)
            self._share_named(out, lexicon, learned, lang)
        section = learned.get(_WORLD_SECTION, 0.0)
        if self.section_prior is None or not section:
            return out, lang, lexicon
        # The classifier said politics because the article reads like world news. Topics it cannot name
        # that the lexicon finds clearly (a war, a crime, a disaster), and more clearly than politics
        # itself, share that probability by their evidence; politics keeps a prior's share, and its own
        # words still count: a king chairing a meeting on an earthquake's relief is a disaster.
        politics = lexicon.get(_WORLD_SECTION, 0.0)
        floor = (
            max(self.section_evidence, politics + self.section_margin) if politics else self.section_evidence
        )
        short = self.short_tokens is not None and len(title_toks) + len(body_toks) <= self.short_tokens
        found = {
            c: lex
            for c, lex in lexicon.items()
            if c in self.info
            and lex >= floor
            and (
                c not in known
                or (
                    short
                    and self.section_known is not None
                    and c != _WORLD_SECTION
                    and lex >= self.section_known
                )
            )
        }
        if found:
            prior = self.section_prior
            if not politics and self.section_prior_alone is not None:
                prior = self.section_prior_alone
            whole = prior + sum(found.values())
            for code, lex in found.items():
                out[code] = 1 - (1 - out[code]) * (1 - section * lex / whole)
            kept = section * prior / whole
            out[_WORLD_SECTION] = 1 - (1 - kept) * (1 - self.lexicon_weight * politics)
        return out, lang, lexicon

    def _share_short(
        self,
        out: dict[str, float],
        lexicon: dict[str, float],
        learned: dict[str, float],
    ) -> None:
        """A sentence gives the classifier a few words to go on: its best topic is then mostly what such
        words lean to (a theatre's musical "reads like" business news, a minibus crash like crime). Where
        the lexicon finds no word of that topic but clearly finds another (arts, disaster, weather, human
        interest, or one the classifier knows too: a council is politics, a firm's contract economy), they share
        the classifier's probability by their evidence, the classifier's topic keeping a prior's share.
        Where the lexicon finds the best topic too, only a topic it finds ``short_margin`` times more
        clearly shares. Politics has its own rule (``_raw_scores``)."""
        best = max(learned, key=lambda c: learned[c])
        own = lexicon.get(best, 0.0)
        if best == _WORLD_SECTION or (own and self.short_margin is None):
            return
        floor = max(self.section_evidence, own * (self.short_margin or 0.0))
        found = {c: lex for c, lex in lexicon.items() if c != best and c in self.info and lex >= floor}
        self._share(out, best, learned[best], found)

    def _share(self, out: dict[str, float], best: str, p: float, found: dict[str, float]) -> None:
        """The classifier's best topic, at probability ``p``, shares it with the topics ``found`` by their
        lexicon evidence, keeping ``short_prior``'s share."""
        if not found:
            return
        whole = self.short_prior + sum(found.values())
        for code, lex in found.items():
            out[code] = 1 - (1 - out[code]) * (1 - p * lex / whole)
        out[best] = p * self.short_prior / whole

    def _share_unnamed(
        self,
        out: dict[str, float],
        lexicon: dict[str, float],
        learned: dict[str, float],
        known: frozenset[str],
    ) -> None:
        """In a report of any length, the classifier's best topic other than politics, where the lexicon
        finds no word of it at all, shares its probability with the topics it cannot name that the lexicon
        finds at least ``unnamed_share`` clearly, where the classifier doubts it (below ``unnamed_doubt``):
        a film's nominations "led ... with nine, ahead of ..." read like sport's standings, at 0.49, to a
        classifier that never saw the arts. A classifier sure of its topic keeps it: an Arabic arts review
        with no word of the lexicon's arts is still arts."""
        best = max(learned, key=lambda c: learned[c])
        if best == _WORLD_SECTION or lexicon.get(best) or learned[best] >= self.unnamed_doubt:
            return
        floor = self.unnamed_share or 0.0
        found = {c: lex for c, lex in lexicon.items() if c not in known and c in self.info and lex >= floor}
        self._share(out, best, learned[best], found)

    def _share_named(
        self, out: dict[str, float], lexicon: dict[str, float], learned: dict[str, float], lang: str
    ) -> None:
        """In a report of any length, economy as the classifier's best topic, where the lexicon finds a word of
        it too, shares its probability with the topics the lexicon finds ``long_margin`` times more clearly
        (and at least ``section_evidence``), keeping ``short_prior``'s share: a jury finding a start-up's
        founder guilty of defrauding a bank, business news to a classifier that learnt business from AG
        News, is crime by IPTC's definitions; so is a strike at a firm labour, a film's takings arts. Only
        economy: AG's Business section holds every story a firm is in, and the other sections are narrower
        (a golfer's "gardening" stays sport). Where the lexicon finds no word of it, ``_share_unnamed``
        decides."""
        margin = self.long_margin.get(lang)
        best = max(learned, key=lambda c: learned[c])
        own = lexicon.get(best, 0.0)
        if best != _ECONOMY or not own or margin is None:
            return
        floor = max(self.section_evidence, own * margin)
        found = {c: lex for c, lex in lexicon.items() if c != best and c in self.info and lex >= floor}
        self._share(out, best, learned[best], found)

    def _sub_evidence(self, toks: list[Token], weight: float, acc: dict[str, float]) -> None:
        stems = [self._word_hits(t.norm, t.arabic)[0] for t in toks]
        for i, options in enumerate(stems):
            hit: dict[str, float] = {}
            for s in options:
                if s not in self._sub_words:
                    continue
                keys = [s]
                if s in self._sub_first and i + 1 < len(stems):  # two-word names: "كرة القدم"
                    keys.append(f"{s} {stems[i + 1][0]}")
                for key in keys:
                    for code, w in self.sub_names.get(key, {}).items():
                        hit[code] = max(hit.get(code, 0.0), w)
            for code, w in hit.items():
                acc[code] += w * weight

    def subtopics(
        self, chosen: list[tuple[float, str]], title_tokens: list[Token], body_tokens: list[Token]
    ) -> list[tuple[float, str]]:
        """The best second-level topic under each chosen top-level one, where its names occur at least twice."""
        acc: dict[str, float] = defaultdict(float)
        self._sub_evidence(body_tokens, 1.0, acc)
        self._sub_evidence(title_tokens, 2.0, acc)
        out = []
        for score, top in chosen:
            children = [(ev, code) for code, ev in acc.items() if self.sub_parent[code] == top and ev >= 2.0]
            if children:
                ev, code = max(children)
                out.append((score * (1 - math.exp(-ev / 3)), code))
        return out

    def __call__(self, title: str | None, body: str, body_tokens: list[Token] | None = None) -> list[Topic]:
        body_toks = self.without_dateline(body, body_tokens if body_tokens is not None else tokenize(body))
        title_toks = tokenize(title) if title else []
        raw, lang, lexicon = self._raw_and_lexicon(title_toks, body_toks)
        calibrated = self._calibrate(raw, lang)
        scored = sorted(((s, c) for c, s in calibrated.items()), reverse=True)
        # every topic likely enough, and those nearly as likely as the best (a teachers' strike is
        # education and labour, each less likely than not); some evidence is needed for any
        floor = min(self.min_score, self.near_best * scored[0][0]) if scored else 1.0
        if scored and self.model is not None and self.calibrated:
            # the best topic's own map: right more often than another topic of its score
            best = scored[0][1]
            score = self.model.calibrate_best(raw[best], lang, named=lexicon.get(best, 0.0) > 0.0)
            # an unnamed best topic's lower probability never puts it below the next topic
            scored[0] = (max(score, scored[1][0]) if len(scored) > 1 else score, best)
        chosen = [
            (s, c)
            for k, (s, c) in enumerate(scored[: self.max_topics])
            if (k == 0 or s >= floor) and raw[c] >= self.min_evidence and c in self.info
        ]
        topics = [
            Topic(code=c, label=self.info[c].label, label_ar=self.info[c].label_ar, score=round(s, 4))
            for s, c in chosen
        ]
        for s, c in self.subtopics(chosen, title_toks, body_toks):
            info = self.sub_info[c]
            topics.append(Topic(code=c, label=info.label, label_ar=info.label_ar, score=round(s, 4)))
        topics.sort(key=lambda t: -t.score)
        return topics
