"""Train newsflow's CRF entity tagger (python-crfsuite) from CoNLL files, seeded and reproducible.

    uv run python services/enrich/scripts/train_crf.py --lang ar \\
        --train ../shared/data/ner/ar/anercorp_train.conll@0.1 \\
        --train ../shared/data/ner/ar/caraner_dev.conll@0.5 --repeat caraner_dev=3 --c1 0.1 \\
        --heldout-dir build/heldout --out build/models-split/ner-ar.crfsuite

``FILE@F`` trains on the first 1 - F of FILE's sentences and holds out the last F, a contiguous block
(neighbouring sentences share their entities, so an every-Nth split would flatter the score). Held-out
blocks are written to ``--heldout-dir`` so that ``newsflow eval ner`` reproduces the figures on them,
and scored here with the shipped recogniser (``HybridRecognizer``: the CRF plus the rules). ``--dev FILE``
scores a file never trained on. The features are defined once, in ``newsflow.enrich.crf``; the
sentence is tokenised as in production, the corpus labels are projected onto those tokens, and it is cut
where the recogniser cuts an article into sentences (``crf.sentences``).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import pycrfsuite

from newsflow.enrich.crf import (
    CharProfile,
    CrossFitted,
    Featurizer,
    HybridRecognizer,
    profile_path,
    rule_tags,
    sentences,
    stem_of,
)
from newsflow.enrich.entities import RuleRecognizer
from newsflow.enrich.evaluate import Sentence, read_conll, score_ner
from newsflow.enrich.resources import load
from newsflow.enrich.tokens import Token, tokenize

KIND = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
# other names (events, products, nationalities) are learnt as MISC so that the tagger knows "U.S. Open" is
# one name, not a country; the recogniser never reports them
MISC = {"MISC": "MISC", "MIS": "MISC"}


def project(sent: Sentence, toks: list[Token], kinds: dict[str, str] = KIND) -> list[str]:
    """The corpus's BIO tags carried onto newsflow's tokens of the same running text."""
    labels = []
    offsets = sent.offsets()
    k = 0
    for tok in toks:
        while k + 1 < len(offsets) and offsets[k][1] <= tok.start:
            k += 1
        tag = sent.tags[k]
        prefix, _, raw = tag.partition("-")
        kind = kinds.get(raw) if tag != "O" else None
        if kind is None:
            labels.append("O")
        elif prefix == "B" and tok.start == offsets[k][0]:
            labels.append(f"B-{kind}")
        else:
            prev = labels[-1] if labels else "O"
            labels.append(f"I-{kind}" if prev.endswith(kind) else f"B-{kind}")
    return labels


def write_conll(path: Path, sents: list[Sentence]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for s in sents:
            f.writelines(f"{t} {g}\n" for t, g in zip(s.tokens, s.tags, strict=True))
            f.write("\n")


def report(name: str, result: dict[str, object]) -> None:
    m = result["micro"]
    per = " ".join(f"{t} {v['f1']:.3f}" for t, v in result["per_type"].items())  # type: ignore[attr-defined]
    print(f"  {name}: F1 {m['f1']:.3f} (P {m['precision']:.3f} R {m['recall']:.3f}; {per})")  # type: ignore[index]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", required=True, choices=["ar", "en"])
    ap.add_argument("--train", required=True, action="append", help="FILE or FILE@heldout-fraction")
    ap.add_argument("--dev", type=Path, action="append", default=[], help="score only, never trained on")
    ap.add_argument("--heldout-dir", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--no-misc", action="store_true", help="tag other names O instead of learning them as MISC"
    )
    ap.add_argument("--no-chars", action="store_true", help="no char profile features")
    ap.add_argument("--repeat", action="append", default=[], help="FILE_STEM=N: weigh a corpus N times")
    args = ap.parse_args()
    random.seed(args.seed)
    res = load()
    feats, rules = Featurizer(res), RuleRecognizer(res)
    train: list[Sentence] = []
    held: dict[str, list[Sentence]] = {}
    for spec in args.train:
        path_s, _, frac = spec.partition("@")
        path = Path(path_s)
        sents = list(read_conll(path))
        cut = len(sents) - round(len(sents) * float(frac or 0))
        weight = dict(r.split("=") for r in args.repeat).get(path.stem, "1")
        train += sents[:cut] * int(weight)
        if cut < len(sents):
            held[path.stem] = sents[cut:]
            if args.heldout_dir:
                write_conll(args.heldout_dir / f"{path.stem}.heldout.conll", sents[cut:])
    random.shuffle(train)
    kinds = KIND if args.no_misc else KIND | MISC
    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.perf_counter()
    projected = []
    words: list[tuple[str, str]] = []
    for s in train:
        toks = tokenize(s.text)
        if toks:
            labels = project(s, toks, kinds)
            projected.append((s.text, toks, labels))
            words += [
                (stem_of(t.norm, t.arabic), lab.partition("-")[2] or "O")
                for t, lab in zip(toks, labels, strict=True)
            ]
    if not args.no_chars:
        feats = Featurizer(res, CrossFitted(words))
        profile = CharProfile.fit(words)
    for text, toks, labels in projected:
        tags = rule_tags(toks, rules(text, args.lang, toks))
        for a, b in sentences(text, toks):  # as the recogniser tags an article
            trainer.append(feats.sequence(text, toks[a:b], tags[a:b]), labels[a:b])
    print(f"features for {len(train)} sentences in {time.perf_counter() - started:.0f}s")
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    started = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    chars = profile_path(args.out)
    if args.no_chars:
        chars.unlink(missing_ok=True)
    else:
        chars.write_text(json.dumps(profile.to_json(), ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(
        f"trained in {time.perf_counter() - started:.0f}s -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    hybrid = HybridRecognizer(res, {args.lang: args.out})
    crf_only = HybridRecognizer(res, {args.lang: args.out}, add_rules_above=2.0)
    for name, sents in [*held.items(), *((p.stem, list(read_conll(p))) for p in args.dev)]:
        print(f"{name} ({len(sents)} sentences, never trained on):")
        report("crf+rules", score_ner(sents, lambda t: hybrid(t, args.lang)))
        report("crf alone", score_ner(sents, lambda t: crf_only(t, args.lang)))
        report("rules alone", score_ner(sents, lambda t: rules(t, args.lang)))


if __name__ == "__main__":
    main()
