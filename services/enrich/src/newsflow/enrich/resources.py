"""The enricher's data, loaded once per process from files shipped in the package (nothing is downloaded)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, Final

from newsflow.shared.text import normalize

DATA = files("newsflow.enrich") / "data"
#: organisations from clubs.tsv and organisations.tsv: the tagger sees them as a class of their own, and
#: the rules do not force them (الهلال is a club and a crescent), but for a club in a sports report
LISTED_ORG: Final = "organisation"
LISTED_ORG_CONFIDENCE: Final = 0.78


@dataclass(frozen=True, slots=True)
class GazEntry:
    label: str
    canonical: str
    kind: str
    confidence: float


@dataclass
class Gazetteer:
    """Normalised token tuples -> entry; the longest entry has ``max_len`` tokens."""

    entries: dict[tuple[str, ...], GazEntry] = field(default_factory=dict)
    max_len: int = 1
    #: first word -> the longest entry starting with it (most words start none)
    first: dict[str, int] = field(default_factory=dict)
    #: the first two words of every longer entry: most name-like words start no entry of two words
    pairs: set[tuple[str, str]] = field(default_factory=set)

    def add(self, surface: str, entry: GazEntry) -> None:
        from newsflow.enrich.tokens import tokenize

        key = tuple(t.norm for t in tokenize(surface))
        if not key:
            return
        old = self.entries.get(key)
        if (
            old is None
            or (old.kind != "curated" and entry.kind == "curated")
            or (old.kind == "city" and entry.kind == LISTED_ORG)  # Toyota, Tottenham, Benfica
        ):
            self.entries[key] = entry
            self.max_len = max(self.max_len, len(key))
            self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
            if len(key) > 1:
                self.pairs.add((key[0], key[1]))


def _tokenize(text: str) -> list[Any]:
    from newsflow.enrich.tokens import tokenize

    return list(tokenize(text))


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


@dataclass(frozen=True)
class Resources:
    gazetteer: Gazetteer
    common: frozenset[str]
    given_names: frozenset[str]
    iptc: list[dict[str, Any]]
    # Arabic name units (Wikidata people and an Algerian names corpus): word -> "given", "family" or "name"
    # with "+" when many people bear it
    name_units: dict[str, str]
    # English word classes from GloVe 6B (clusters_en.tsv): word -> its class at three granularities
    clusters_en: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the full names (two words or more, normalised) of people_world.tsv and people_world_en.tsv: listed
    # people of world news, who are people wherever the tagger finds their full name
    world_people: dict[tuple[str, ...], str] = field(default_factory=dict)
    # organisations_recent.tsv: organisations of news since 2000, the same way (normalised name -> canonical)
    world_orgs: dict[tuple[str, ...], str] = field(default_factory=dict)
    # places_recent.tsv: places of news whose names the taggers take for people's, the same way
    world_places: dict[tuple[str, ...], str] = field(default_factory=dict)
    # words_ar_unknown.txt: Arabic words of web text (wordfreq), normalised, that a spelling dictionary
    # (Ayaspell) does not know: names and foreign words are written but are no dictionary words
    unknown_ar: frozenset[str] = frozenset()
    # regions_ar.txt: the Arab countries' regions no town has the name of (القصيم, الأنبار), and
    # regions_world_ar.txt: the world's regions news names like towns (كاليفورنيا, كشمير, سيناء), one word,
    # normalised: places to the rules after the tagger, no feature of it (those of several words are in
    # world_places)
    regions_ar: frozenset[str] = frozenset()
    # clubs.tsv: the football clubs of the listed organisations (normalised names), forced in sports reports
    clubs: frozenset[tuple[str, ...]] = frozenset()
    # towns_en.txt: one-word names of towns of the English-speaking countries, normalised: places to the rule
    # after the tagger for a town after "in", "of", "between" (no feature of the tagger)
    towns_en: frozenset[str] = frozenset()
    # clubs_sport.tsv: clubs named by several words, some of them everyday words (normalised name ->
    # canonical): organisations in a sports report only, after the tagger; not in the gazetteer
    sport_clubs: dict[tuple[str, ...], str] = field(default_factory=dict)
    # clubs_words.tsv: clubs named by one everyday word (normalised -> canonical): organisations after the
    # tagger only, in a sports report, where the sentence's grammar makes the word a team
    word_clubs: dict[str, str] = field(default_factory=dict)
    # towns_ar_words.tsv: one-word names of Arab towns that are everyday words too (صور, العين, تكريت),
    # normalised: places after مدينة, بلدة, قرية or محافظة, to the rules after the tagger ...
    towns_ar_words: frozenset[str] = frozenset()
    # ... and those of them big enough to be the town after في, من, إلى or قرب too (الخليل, تعز)
    big_towns_ar_words: frozenset[str] = frozenset()


@cache
def load() -> Resources:
    gaz = Gazetteer()
    for line in _lines("curated.tsv"):
        label, canonical, forms = line.split("\t")
        for form in forms.split("|"):
            gaz.add(form, GazEntry(label, canonical, "curated", 0.95))
    for line in _lines("places.tsv"):
        _lang, surface, canonical, kind = line.split("\t")
        gaz.add(surface, GazEntry("LOCATION", canonical, kind, 0.9 if kind == "country" else 0.8))
    clubs = set()
    for name in (
        "clubs.tsv",
        "organisations.tsv",
    ):  # weak evidence: the tagger weighs it, the rules do not force it
        for line in _lines(name):
            label, canonical, forms = line.split("\t")
            for form in forms.split("|"):
                gaz.add(form, GazEntry(label, canonical, LISTED_ORG, LISTED_ORG_CONFIDENCE))
                if name == "clubs.tsv":
                    clubs.add(tuple(t.norm for t in _tokenize(form)))
    world: dict[tuple[str, ...], str] = {}
    for line in _lines("people_world.tsv"):  # people of world news, one canonical form for every spelling
        canonical, forms = line.split("\t")
        for form in forms.split("|"):
            gaz.add(form, GazEntry("PERSON", canonical, "person", 0.75))
            key = tuple(t.norm for t in _tokenize(form))
            if len(key) >= 2:
                world[key] = canonical
    for name in ("people_world_en.tsv", "people_surnames_ar.tsv"):  # after the tagger only: its features stay
        for line in _lines(name):
            canonical, forms = line.split("\t")
            world.update((tuple(t.norm for t in _tokenize(form)), canonical) for form in forms.split("|"))
    orgs: dict[tuple[str, ...], str] = {}
    for line in (
        *_lines("organisations_recent.tsv"),
        *_lines("organisations_international.tsv"),
        *_lines("organisations_local_en.tsv"),
    ):  # after the tagger only
        canonical, forms = line.split("\t")
        orgs.update((tuple(t.norm for t in _tokenize(form)), canonical) for form in forms.split("|"))
    places: dict[tuple[str, ...], str] = {}
    for line in (*_lines("places_recent.tsv"), *_lines("places_press_ar.tsv")):  # after the tagger only
        canonical, forms = line.split("\t")
        places.update((tuple(t.norm for t in _tokenize(form)), canonical) for form in forms.split("|"))
    for line in _lines("people_ar.tsv"):  # Wikidata's people of the Arab world; canonical: as written
        gaz.add(line, GazEntry("PERSON", "", "person", 0.75))
    common = frozenset(normalize(w) for name in ("common_ar.txt", "common_en.txt") for w in _lines(name))
    given = frozenset(normalize(ln.split("\t")[1]) for ln in _lines("given_names.tsv"))
    iptc = json.loads((DATA / "iptc_mediatopics.json").read_text(encoding="utf-8"))["topics"]
    units = {}
    for line in _lines("name_units_ar.tsv"):
        word, role, people = line.split("\t")
        units[word] = role + ("+" if int(people) >= 20 else "")
    clusters = {}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # 134,000 words, a few thousand distinct rows
    for line in _lines("clusters_en.tsv"):
        word, *classes = line.split("\t")
        row = tuple(classes)
        clusters[word] = shared.setdefault(row, row)
    unknown_ar = frozenset(_lines("words_ar_unknown.txt"))
    regions = set()
    for line in (*_lines("regions_ar.txt"), *_lines("regions_world_ar.txt")):  # after the tagger only
        key = tuple(t.norm for t in _tokenize(line))
        if len(key) == 1:
            regions.add(key[0])
        else:
            places.setdefault(key, line)
    return Resources(
        gaz,
        common,
        given,
        iptc,
        units,
        clusters,
        world,
        orgs,
        places,
        unknown_ar,
        frozenset(regions),
        frozenset(clubs),
        frozenset(normalize(line) for line in _lines("towns_en.txt")),
        {
            tuple(t.norm for t in _tokenize(form)): canonical
            for _label, canonical, forms in (line.split("\t") for line in _lines("clubs_sport.tsv"))
            for form in forms.split("|")
        },
        {
            normalize(form): canonical
            for canonical, forms in (line.split("\t") for line in _lines("clubs_words.tsv"))
            for form in forms.split("|")
        },
        frozenset(line.split("\t")[0] for line in _lines("towns_ar_words.tsv")),
        frozenset(
            name
            for name, after in (line.split("\t") for line in _lines("towns_ar_words.tsv"))
            if after == "preposition"
        ),
    )
