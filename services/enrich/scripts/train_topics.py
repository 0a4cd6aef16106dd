"""Train newsflow's topic classifier (scikit-learn, build-data group) and score it with the lexicon.

    uv run --group build-data python services/enrich/scripts/train_topics.py \\
        ../shared/data/topics/*.jsonl --heldout-dir build/heldout \\
        --best-calibration-on tests/data/topics_local.jsonl tests/data/topics_news_dev.jsonl \\
            tests/data/topics_modern_dev.jsonl tests/data/topics_arts_en_dev.jsonl \\
        --unnamed-calibration-on tests/data/topics_local*.jsonl \\
        --out services/enrich/src/newsflow/enrich/data/topic_model.json

Each file is split with a fixed seed: a fifth of every label held out, written to ``--heldout-dir``
so that ``newsflow eval topics`` reproduces the scores. Features are the topic tagger's own stems
(``TopicTagger.features``: title twice, the body's first ``--body-tokens``), so training and production
match; each language gets its own classifier. The English files mix short items (AG News, HuffPost) with one class of long articles
(health); to keep length from predicting the topic, every class also gets long documents made of
several of its short items, and the most frequent English words are left out (``stop_stems``). A topic is "known" to the model in a language only if the training
data shows it in that language; elsewhere the lexicon decides alone. The model is exported as plain JSON (idf and one weight per class per
term), which the service scores without NumPy or scikit-learn, with each language's Platt calibration
(``calibration``): fitted on the training items' scores, each item scored by a classifier trained on
the other folds, so that a score says how often such a topic is the item's label; and a second map for an
item's best topic (``calibration_best``), which is right more often than another topic of its score; with
``--best-calibration-on``, that second map is fitted on hand-labelled IPTC news instead (the dev sets of
``tests/data``), since section labels count the topics the lexicon names in a world-news section as wrong; with
``--unnamed-calibration-on``, a best topic the lexicon finds no word of gets a third map
(``calibration_unnamed``), fitted on those files' such items. An English word also counts as its word class
(``clusters_en.tsv``, 400 classes; not the 1,000 commonest words, which carry style rather than subject): a
story on a tanker's owners shares terms with one on a shipping line's.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

import wordfreq
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from newsflow.enrich.evaluate import score_topics
from newsflow.enrich.resources import load
from newsflow.enrich.tokens import tokenize
from newsflow.enrich.topics import TopicModel, TopicTagger


def split(rows: list[dict[str, Any]], fraction: float, rng: random.Random) -> tuple[list[Any], list[Any]]:
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_label[r["topics"][0]].append(r)
    train, held = [], []
    for label in sorted(by_label):
        items = by_label[label][:]
        rng.shuffle(items)
        k = round(len(items) * fraction)
        held += items[:k]
        train += items[k:]
    return train, held


def long_form(rows: list[dict[str, Any]], rng: random.Random, per_doc: int = 6) -> list[dict[str, Any]]:
    """Short items of one class joined into long documents of that class."""
    out = []
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if len(r["text"]) < 600:
            by_label[(r["lang"], r["topics"][0])].append(r)  # type: ignore[index]
    for (lang, label), items in sorted(by_label.items()):  # type: ignore[misc]
        items = items[:]
        rng.shuffle(items)
        for i in range(0, len(items) - per_doc + 1, per_doc):
            group = items[i : i + per_doc]
            body = "\n".join(f"{g['title']}. {g['text']}" for g in group[1:])
            out.append(
                {
                    "title": group[0]["title"],
                    "text": f"{group[0]['text']}\n{body}",
                    "topics": [label],
                    "lang": lang,
                }
            )
    return out


def stop_stems(tagger: TopicTagger, n: int) -> frozenset[str]:
    """The stems of the n most frequent English words (wordfreq): function words and reporting verbs
    (was, her, has, said) say how an article is written, not what it is about. Left in, they taught the
    classifier that long English prose is "health", the only long English class in the data: 11 of the
    216 CoNLL-2003 dev articles came out as health, 2 with them left out. Arabic keeps them: its
    training data is one newspaper with no such artefact, and leaving them out cost ANT 0.025."""
    out: set[str] = set()
    for word in wordfreq.top_n_list("en", n) if n > 0 else []:
        for tok in tokenize(word):
            out.update(tagger._stems(tok.norm, tok.arabic))
    return frozenset(out)


def fit(
    tagger: TopicTagger,
    docs: list[dict[str, Any]],
    stop: frozenset[str],
    c: float,
    body_tokens: int,
    shrink: float = 0.0,
) -> dict[str, Any]:
    """One language's classifier, as the plain JSON ``topics._Linear`` scores. Its intercepts are moved
    ``shrink`` of the way to their mean: they are what the classifier says where an article gives it
    little evidence, and they say more of how the training data was assembled (50 health articles, 18
    education items) than of how often news is about each topic."""
    feats = [
        {
            t: n
            for t, n in tagger.features(
                tokenize(d.get("title") or ""), tokenize(d["text"]), body_tokens
            ).items()
            if t not in stop
        }
        for d in docs
    ]
    labels = [d["topics"][0] for d in docs]
    vec = TfidfVectorizer(
        analyzer=lambda counts: [t for t, n in counts.items() for _ in range(n)], sublinear_tf=True, min_df=2
    )
    x = vec.fit_transform(feats)
    clf = OneVsRestClassifier(LogisticRegression(C=c, class_weight="balanced", max_iter=5000))
    clf.fit(x, labels)
    terms = vec.get_feature_names_out()
    coef = [est.coef_[0] for est in clf.estimators_]
    intercepts = [float(est.intercept_[0]) for est in clf.estimators_]
    mean = sum(intercepts) / len(intercepts)
    return {
        "classes": [str(k) for k in clf.classes_],
        "intercept": [round((1 - shrink) * b + shrink * mean, 5) for b in intercepts],
        "idf": {str(t): round(float(v), 5) for t, v in zip(terms, vec.idf_, strict=True)},
        "coef": {
            str(t): [round(float(k[j]), 4) for k in coef]
            for j, t in enumerate(terms)
            if max(abs(float(k[j])) for k in coef) >= 0.01
        },
    }


def calibration(
    tagger: TopicTagger,
    rows: list[dict[str, Any]],
    lang: str,
    stop: frozenset[str],
    args: argparse.Namespace,
    word_classes: dict[str, Any] | None,
    folds: int = 5,
) -> tuple[list[float], list[float]]:
    """Platt scaling of one language's combined scores: each training item is scored by a classifier
    fitted on the other folds, with the lexicon, as in production; a logistic regression on the logit
    of those scores then says how often a topic scored so is the item's label. Only topics the data
    shows can be judged: a topic it never shows is never a label, however right it may be.

    Returns two maps: one for every topic, and one for an item's best topic alone, which is right far
    more often than another topic of the same score (a short item's best topic at 0.3 is its label about
    half the time; a second topic at 0.3 seldom is)."""
    rng = random.Random(args.seed)
    fold_of: dict[int, int] = {}
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_label[r["topics"][0]].append(i)
    for label in sorted(by_label):
        idx = by_label[label][:]
        rng.shuffle(idx)
        for k, i in enumerate(idx):
            fold_of[i] = k % folds
    logits: list[list[float]] = []
    right: list[bool] = []
    best_logits: list[list[float]] = []
    best_right: list[bool] = []
    iptc = load().iptc
    for k in range(folds):
        other = [r for i, r in enumerate(rows) if fold_of[i] != k]
        docs = other + long_form(other, random.Random(args.seed + 1 + k))
        data: dict[str, Any] = {
            "body_tokens": args.body_tokens,
            "languages": {lang: fit(tagger, docs, stop, args.C, args.body_tokens, args.prior_shrink)},
        }
        if word_classes:
            data["word_classes"] = word_classes
        model = TopicModel(data)
        scorer = TopicTagger(iptc, model=model, calibrated=False)
        known = model.known[lang]
        for i, r in enumerate(rows):
            if fold_of[i] != k:
                continue
            scores = scorer.scores(r.get("title"), r["text"])
            for code, score in scores.items():
                if code in known:
                    p = min(max(score, 1e-4), 1 - 1e-4)
                    logits.append([math.log(p / (1 - p))])
                    right.append(code in r["topics"])
            best = max(scores, key=lambda c: (scores[c], c), default=None)  # ties as in production
            if best is not None and best in known:
                p = min(max(scores[best], 1e-4), 1 - 1e-4)
                best_logits.append([math.log(p / (1 - p))])
                best_right.append(best in r["topics"])
    platt = LogisticRegression(C=100.0).fit(logits, right)
    top = LogisticRegression(C=100.0).fit(best_logits, best_right)
    return (
        [round(float(platt.coef_[0][0]), 5), round(float(platt.intercept_[0]), 5)],
        [round(float(top.coef_[0][0]), 5), round(float(top.intercept_[0]), 5)],
    )


def _best_topic_maps(model: dict[str, Any], paths: list[Path], unnamed: bool) -> dict[str, list[float]]:
    """Per language, the Platt map of an item's best topic over the hand-labelled news of ``paths``: how
    often the best topic, scored so, is one of the item's labels; with ``unnamed``, only over the items
    whose best topic the lexicon finds no word of. None for a language whose items are all right or all
    wrong."""
    tagger = TopicTagger(load().iptc, model=TopicModel(model), calibrated=False)
    points: dict[str, tuple[list[list[float]], list[bool]]] = defaultdict(lambda: ([], []))
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            raw, lang, lexicon = tagger._raw_and_lexicon(tokenize(r.get("title") or ""), tokenize(r["text"]))
            if not raw or lang not in model["languages"]:
                continue
            best = max(raw, key=lambda c: (raw[c], c))  # ties as in production, not by set order
            if unnamed and lexicon.get(best, 0.0) > 0.0:
                continue
            p = min(max(raw[best], 1e-4), 1 - 1e-4)
            points[lang][0].append([math.log(p / (1 - p))])
            points[lang][1].append(best in r["topics"])
    out = {}
    for lang, (logits, right) in sorted(points.items()):
        if len(set(right)) < 2:
            continue  # all right or all wrong: no map to fit
        m = LogisticRegression(C=100.0).fit(logits, right)
        out[lang] = [round(float(m.coef_[0][0]), 5), round(float(m.intercept_[0]), 5)]
    return out


def best_calibration(model: dict[str, Any], paths: list[Path]) -> dict[str, list[float]]:
    """The best topic's Platt map, per language, fitted on hand-labelled IPTC news the model was not
    trained on: how often an article's best topic, scored so, is one of its labels. The training items'
    labels are sections, which count every conflict, crime or disaster named in a world-news section as
    wrong; hand-labelled news judges every topic, those the data never shows too."""
    return _best_topic_maps(model, paths, unnamed=False)


def unnamed_calibration(model: dict[str, Any], paths: list[Path]) -> dict[str, list[float]]:
    """The Platt map, per language, of a best topic the lexicon found no word of: the classifier's
    leaning alone (a two-headed calf "reads like" politics to a classifier trained on sections), right
    about half as often as a best topic of the same score the lexicon names. Fitted on the hand-labelled
    news of ``paths`` where their best topic is such a one. Fitted on half of the local sets, it takes
    the Brier score of those items in the other half from 0.39-0.61 to 0.23 in Arabic, 0.17-0.24 to
    0.15-0.16 in English (docs/enrichment-figures.md)."""
    return _best_topic_maps(model, paths, unnamed=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--heldout", type=float, default=0.2)
    ap.add_argument("--heldout-dir", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--C", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--body-tokens",
        type=int,
        default=400,
        help="the classifier reads the title and this many body tokens",
    )
    ap.add_argument("--stop-words", type=int, default=100, help="leave out the N most frequent English words")
    ap.add_argument(
        "--prior-shrink",
        type=float,
        default=0.0,
        help="move the classifier's intercepts this share of the way to their mean (0: as fitted)",
    )
    ap.add_argument(
        "--word-classes",
        type=int,
        default=1,
        help="English words also count as their word class at this level of clusters_en.tsv (0: 100 "
        "classes, 1: 400, 2: 1,600; -1: not at all)",
    )
    ap.add_argument(
        "--best-calibration-on",
        type=Path,
        nargs="*",
        default=[],
        help="hand-labelled IPTC topic files (JSONL, as `newsflow eval topics` reads): the best topic's "
        "map is fitted on the trained model's scores of these instead of the training items' sections",
    )
    ap.add_argument(
        "--unnamed-calibration-on",
        type=Path,
        nargs="*",
        default=[],
        help="hand-labelled IPTC topic files: a best topic the lexicon finds no word of gets its own map, "
        "fitted on these files' items whose best topic is such a one",
    )
    ap.add_argument(
        "--word-class-skip",
        type=int,
        default=1000,
        help="the N most frequent English words count as no class",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tagger = TopicTagger(load().iptc, model=None)
    train: list[dict[str, Any]] = []
    held: dict[str, list[dict[str, Any]]] = {}
    for path in args.files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        tr, ho = split(rows, args.heldout, rng)
        train += tr
        held[path.stem] = ho
        if args.heldout_dir:
            args.heldout_dir.mkdir(parents=True, exist_ok=True)
            (args.heldout_dir / f"{path.stem}.heldout.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ho), encoding="utf-8"
            )
    docs = train + long_form(train, rng)
    stop = stop_stems(tagger, args.stop_words)
    model: dict[str, Any] = {
        "about": "newsflow topic classifier: per language, one-vs-rest logistic regression over sublinear TF-IDF "
        "of topic stems; trained by services/enrich/scripts/train_topics.py",
        "body_tokens": args.body_tokens,
        "languages": {},
    }
    if args.word_classes >= 0:
        common = stop_stems(tagger, args.word_class_skip)
        model["word_classes"] = {"level": args.word_classes, "skip": sorted(common)}
        tagger.word_class_level, tagger.word_class_skip = args.word_classes, common
    for lang in sorted({d["lang"] for d in train}):
        mine = [d for d in docs if d["lang"] == lang]
        model["languages"][lang] = fit(tagger, mine, stop, args.C, args.body_tokens, args.prior_shrink)
        own = [d for d in train if d["lang"] == lang]
        platt, top = calibration(tagger, own, lang, stop, args, model.get("word_classes"))
        model["languages"][lang]["calibration"] = platt
        model["languages"][lang]["calibration_best"] = top
        print(
            f"{lang}: {len(mine)} documents, {len(model['languages'][lang]['idf'])} terms, "
            f"calibration a={platt[0]:.3f} b={platt[1]:.3f}, best topic a={top[0]:.3f} b={top[1]:.3f}"
        )
    if args.best_calibration_on:
        for lang, top in best_calibration(model, args.best_calibration_on).items():
            model["languages"][lang]["calibration_best"] = top
            print(
                f"{lang}: best topic's map from {', '.join(p.name for p in args.best_calibration_on)}: a={top[0]:.3f} b={top[1]:.3f}"
            )
    if args.unnamed_calibration_on:
        for lang, top in unnamed_calibration(model, args.unnamed_calibration_on).items():
            model["languages"][lang]["calibration_unnamed"] = top
            print(
                f"{lang}: an unnamed best topic's map from {len(args.unnamed_calibration_on)} files: a={top[0]:.3f} b={top[1]:.3f}"
            )
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(
        f"{len(docs)} documents ({len(docs) - len(train)} long-form) -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    shipped = TopicModel.load(args.out)
    top_of = {t["code"]: t["top"] for t in load().iptc}  # as ``newsflow eval topics`` scores
    for name, rows in held.items():
        line = [f"{name} ({len(rows)} held out): top-1"]
        for label, t in (
            ("lexicon", tagger),
            (
                "classifier",
                TopicTagger(
                    load().iptc,
                    model=shipped,
                    lexicon_weight=0.0,
                    unknown_weight=0.0,
                    section_prior=None,
                    short_tokens=None,
                    unnamed_share=None,
                ),
            ),
            ("combined", TopicTagger(load().iptc, model=shipped)),
        ):
            r = score_topics(rows, t, top_of)
            line.append(f"{label} {r['top1_accuracy']:.3f}")
        line.append(f"(calibration error of the topics given {r['calibration']['error']:.3f})")
        print(" ".join(line))


if __name__ == "__main__":
    main()
