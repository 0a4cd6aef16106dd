"""Train a CRF entity tagger (python-crfsuite) from CoNLL files, seeded and reproducible.

    uv run --group build-data python services/enrich/scripts/train_crf.py \\
        --train ../shared/data/ner/ar/anercorp_train.conll --dev ../shared/data/ner/ar/caraner_dev.conll \\
        --lang ar --out /tmp/ner-ar.crfsuite

Features: the normalised word, its proclitic split (و ف ب ل ك ال ...), prefixes and suffixes, shape,
membership in newsflow's gazetteers (place, organisation, first name, common word), and the same for
a window of two words either side. ``--holdout`` keeps every Nth training sentence out of training and
scores on it too (in-domain); ``--dev`` scores on a file never trained on (other newspapers).
Scores use ``newsflow eval``'s scorer (entity level, exact character spans).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import pycrfsuite

from newsflow.enrich.evaluate import Sentence, read_conll, score_ner
from newsflow.enrich.resources import Resources, load
from newsflow.enrich.tokens import clitic_splits, strip_article
from newsflow.shared.contracts import Entity
from newsflow.shared.text import normalize

MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def tag_of(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, _, kind = tag.partition("-")
    return f"{prefix}-{MAP[kind]}" if kind in MAP else "O"


class Featurizer:
    def __init__(self, res: Resources) -> None:
        self.res = res
        self.first_words = {k[0]: e for k, e in res.gazetteer.entries.items()}

    def word(self, token: str) -> dict[str, str | float]:
        n = normalize(token)
        splits = clitic_splits(n)
        stem = strip_article(splits[-1][1]) if len(splits) > 1 else strip_article(n)
        f: dict[str, str | float] = {
            "w": n,
            "stem": stem,
            "p2": n[:2],
            "p3": n[:3],
            "s2": n[-2:],
            "s3": n[-3:],
            "cap": float(token[:1].isupper()),
            "upper": float(token.isupper()),
            "digit": float(any(c.isdigit() for c in n)),
            "punct": float(not any(c.isalnum() for c in n)),
            "len": str(min(len(n), 10)),
            "al": float(n.startswith("ال")),
            "clitic": str(splits[1][0]) if len(splits) > 1 else "0",
        }
        for _, s in splits:
            entry = self.first_words.get(s)
            if entry is not None:
                f[f"gaz_{entry.label}"] = 1.0
            if s in self.res.given_names:
                f["given"] = 1.0
        if n in self.res.common:
            f["common"] = 1.0
        return f

    def sentence(self, tokens: list[str]) -> list[dict[str, str | float]]:
        words = [self.word(t) for t in tokens]
        out = []
        for i in range(len(words)):
            f: dict[str, str | float] = {"bias": 1.0}
            for off in (-2, -1, 0, 1, 2):
                j = i + off
                if 0 <= j < len(words):
                    keys = (
                        words[j]
                        if off == 0
                        else {
                            k: v
                            for k, v in words[j].items()
                            if k
                            in {
                                "w",
                                "stem",
                                "s2",
                                "cap",
                                "al",
                                "common",
                                "given",
                                "gaz_LOCATION",
                                "gaz_ORGANIZATION",
                            }
                        }
                    )
                    f.update({f"{off}:{k}": v for k, v in keys.items()})
                else:
                    f[f"{off}:pad"] = 1.0
            out.append(f)
        return out


def decode(sent: Sentence, labels: list[str]) -> list[Entity]:
    ents, start, kind = [], None, None
    offs = sent.offsets()
    end = 0
    for (s, e), lab in zip(offs, labels, strict=True):
        prefix, _, k = lab.partition("-")
        cont = lab != "O" and prefix == "I" and k == kind
        if not cont and start is not None and kind is not None:
            ents.append((start, end, kind))
            start, kind = None, None
        if lab != "O" and not cont:
            start, kind = s, k
        end = e
    if start is not None and kind is not None:
        ents.append((start, end, kind))
    text = sent.text
    return [
        Entity(text=text[s:e], label=LABELS[k], start=s, end=e, canonical=text[s:e], confidence=1.0)  # type: ignore[arg-type]
        for s, e, k in ents
    ]


def evaluate(tagger: pycrfsuite.Tagger, feats: Featurizer, sents: list[Sentence]) -> dict[str, object]:
    by_text = {s.text: s for s in sents}

    def recognize(text: str) -> list[Entity]:
        sent = by_text[text]
        return decode(sent, tagger.tag(feats.sentence(sent.tokens)))

    return score_ner(sents, recognize)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, required=True, action="append")
    ap.add_argument("--dev", type=Path, action="append", default=[])
    ap.add_argument(
        "--holdout", type=int, default=10, help="every Nth training sentence is held out (0: none)"
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    random.seed(args.seed)
    feats = Featurizer(load())
    train, held = [], []
    for path in args.train:
        for i, s in enumerate(read_conll(path)):
            (held if args.holdout and i % args.holdout == 0 else train).append(s)
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train:
        trainer.append(feats.sentence(s.tokens), [tag_of(t) for t in s.tags])
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    started = time.perf_counter()
    trainer.train(str(args.out))
    print(
        f"trained on {len(train)} sentences in {time.perf_counter() - started:.0f}s -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    for name, sents in ([("holdout", held)] if held else []) + [
        (p.name, list(read_conll(p))) for p in args.dev
    ]:
        r = evaluate(tagger, feats, sents)
        m, a = r["micro"], r["token_aligned"]["micro"]  # type: ignore[index]
        per = " ".join(f"{t} {v['f1']:.3f}" for t, v in r["per_type"].items())  # type: ignore[attr-defined]
        print(
            f"{name}: F1 {m['f1']:.3f} (P {m['precision']:.3f} R {m['recall']:.3f}; {per}); token-aligned F1 {a['f1']:.3f}"
        )


if __name__ == "__main__":
    main()
