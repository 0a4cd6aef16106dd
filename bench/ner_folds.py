"""Arabic in-domain entity F1 over every tenth of ANERcorp, not one: k-fold cross-validation of the
README's split recipe.

The README's held-out figure is the last tenth of ANERcorp's train file, and the rules after the tagger
were written while reading its errors, so that tenth flatters them. Here each contiguous tenth is held
out in turn: the file is rewritten with that block at its end, ``train_crf.py`` trains on the rest (plus
the first half of CAraNER, as in the recipe) and ``newsflow eval ner`` scores the block. Blocks are
contiguous because neighbouring sentences share their entities.

    uv run python bench/ner_folds.py                    # all ten folds, two at a time (about 20 min)
    uv run python bench/ner_folds.py --folds 0 3 --jobs 1
    uv run python bench/ner_folds.py --ablate           # then: each rule after the tagger switched off

Fold 0 is the README's held-out tenth. Models and blocks go to ``build/folds/``. ``--ablate`` retrains
nothing: it scores the folds' models again with one rule after the tagger switched off at a time.
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services" / "enrich" / "scripts"))

from train_crf import write_conll  # noqa: E402

from newsflow.enrich.evaluate import read_conll  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner" / "ar"


def run_fold(fold: int, k: int, anercorp: Path, out: Path, extra: list[str]) -> dict[str, Any]:
    sents = list(read_conll(anercorp))
    n = len(sents)
    end = n - fold * round(n / k)
    start = max(0, end - round(n / k))
    here = out / f"fold{fold}"
    here.mkdir(parents=True, exist_ok=True)
    write_conll(here / "anercorp_train.conll", sents[:start] + sents[end:] + sents[start:end])
    held = (end - start) / n
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "services/enrich/scripts/train_crf.py"),
            "--lang",
            "ar",
            "--train",
            f"{here / 'anercorp_train.conll'}@{held!r}",
            "--train",
            f"{DATA / 'caraner_dev.conll'}@0.5",
            "--repeat",
            "caraner_dev=3",
            "--c1",
            "0.1",
            "--heldout-dir",
            str(here / "heldout"),
            "--out",
            str(here / "models" / "ner-ar.crfsuite"),
            *extra,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    scored = subprocess.run(
        [
            str(Path(sys.executable).parent / "newsflow"),
            "eval",
            "ner",
            str(here / "heldout" / "anercorp_train.heldout.conll"),
            "--lang",
            "ar",
            "--recognizer",
            f"crf:{here / 'models'}",
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(scored.stdout)
    return {"fold": fold, "sentences": [start, end], **result["micro"]}


# the rules HybridRecognizer applies after tagging: its methods, then module functions
RULE_METHODS = (
    "_places_the_tagger_doubts",
    "_places_in_pieces",
    "_trim_nationality",
    "_split_place_before_organisation",
    "_bodies_end_before_places",
    "_towns_after_prepositions",
    "_towns_beside_places",
    "_hamza_is_no_slip",
    "_particles_begin_no_name",
    "_nationalities_end_foreign_names",
    "_officials_end_bodies",
    "_generic_words_name_nothing",
    "_sheikhs_of_bodies",
    "_foreign_place_prefixes",
    "_given_names_before_kunyas",
    "_sons_in_names",
    "_crossings",
    "_nationalities_before_people",
    "_authorities_of_places",
    "_firms_named_place_for_sector",
    "_bodies_of_places",
    "_join_people",
    "_split_coordinated_people",
    "_masculine_cities",
    "_clubs",
    "_clubs_by_their_towns",
    "_ministries",
    "_banks",
    "_public_bodies",
    "_places_after_place_words",
    "_fixtures",
    "_people_after_nationality",
    "_nationality_before_name",
    "_company_word",
    "_firms_before_nationality",
    "_media_names",
    "_proper_names_before_nationality",
    "_compound_names_run_on",
    "_people_after_their_posts",
    "_places_after_in",
    "_places_before_their_services",
    "_quoted_names",
    "_listed_names",
    "_split_pairs",
    "_repeat_names",
    "_datelines",
    "_adjectives_end_organisations",
    "_institutions_named_for_people",
    "_lone_head_words",
    "_clubs_in_sports_reports",
    "_clubs_named_by_words",
    "_countries_named_by_directions",
    "_bodies_of_joined_nouns",
    "_unions_of_people",
    "_airlines",
    "_sporting_adjective",
    "_long_bodies_unseen",
    "_regions_after_prepositions",
    "_national_societies",
    "_national_universities",
    "_given_names_begin_people",
    "_towns_before_their_nationality",
    "_purposes_keep_their_adjective",
    "_chambers",
    "_places_named_in_events",
    "_families_end_chains_of_names",
    "_stadiums_of_places",
    "_sayers_named_alone",
    "_speakers_named_in_full",
    "_centres_named_by_places",
    "_clubs_end_before_their_people",
    "_teams_inside_other_names",
    "_adjectives_open_no_names",
)
RULE_FUNCTIONS = (
    "_courtesy_titles_name_people",
    "_descriptions_are_not_names",
    "_honours_are_not_names",
    "_accusatives_end_names",
    "_surnames_are_people",
    "_diseases_are_not_names",
    "_addresses_are_not_names",
    "_titles_are_not_names",
    "_irish_names_are_people",
    "_god_is_no_person",
    "_function_words_are_not_names",
    "_storms_are_not_names",
    "_arabic_name_edges",
    "_regions_are_places",
    "_future_verbs_are_no_names",
    "_the_before_bodies",
    "_firms_by_their_trade",
    "_bodies_of_places",
    "_place_words_are_not_the_name",
    "_a_lion_is_no_name",
    "_titles_of_works_are_no_names",
    "_posts_before_bodies_are_nobody",
    "_function_words_end_no_people",
    "_initials_end_people",
    "_royal_titles_open_places",
    "_posts_open_no_bodies",
    "_ministers_named_ar",
    "_regnal_numbers",
)


def ablate_fold(fold: int, out: Path) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) on one fold's held-out block: with every rule, then without each in turn."""
    from newsflow.enrich import crf
    from newsflow.enrich.evaluate import read_ner, score_ner
    from newsflow.enrich.recognizers import make_recognizer
    from newsflow.enrich.resources import load

    here = out / f"fold{fold}"
    recognizer = make_recognizer(f"crf:{here / 'models'}", load())
    sents = list(read_ner(here / "heldout" / "anercorp_train.heldout.conll"))

    def score() -> tuple[int, int, int]:
        m = score_ner(sents, lambda text: recognizer(text, "ar"))["micro"]
        return (m["tp"], m["fp"], m["fn"])

    counts = {"(all rules)": score()}
    for owner, names in ((crf.HybridRecognizer, RULE_METHODS), (crf, RULE_FUNCTIONS)):
        for name in names:
            kept = inspect.getattr_static(owner, name)  # a staticmethod stays one when put back
            setattr(owner, name, lambda *a: None)
            try:
                counts[name] = score()
            finally:
                setattr(owner, name, kept)
    return counts


def ablate(folds: list[int], out: Path, jobs: int) -> None:
    with ProcessPoolExecutor(jobs) as pool:
        per_fold = list(pool.map(ablate_fold, folds, [out] * len(folds)))
    total: dict[str, list[int]] = {}
    for counts in per_fold:
        for name, c in counts.items():
            t = total.setdefault(name, [0, 0, 0])
            for k in range(3):
                t[k] += c[k]

    def f1(c: list[int]) -> float:
        return 2 * c[0] / max(1, 2 * c[0] + c[1] + c[2])

    base = total["(all rules)"]
    print(
        f"pooled over {len(folds)} folds, every rule: F1 {f1(base):.4f} (tp {base[0]}, fp {base[1]}, fn {base[2]})"
    )
    print(f"{'without':<34} {'F1':>7} {'change':>7} {'found':>6} {'false':>6}")
    for name, c in sorted(total.items(), key=lambda kv: f1(kv[1])):
        if name != "(all rules)":
            print(f"{name:<34} {f1(c):.4f} {f1(c) - f1(base):+.4f} {c[0] - base[0]:+6d} {c[1] - base[1]:+6d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anercorp", type=Path, default=DATA / "anercorp_train.conll")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--folds", type=int, nargs="*", help="which folds (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "folds")
    ap.add_argument("--ablate", action="store_true", help="score the trained folds without each rule")
    ap.add_argument(
        "--train-args",
        default="",
        help='more options for train_crf.py, e.g. "--iterations 300" (use another --out)',
    )
    args = ap.parse_args()
    folds = args.folds if args.folds else list(range(args.k))
    if args.ablate:
        ablate(folds, args.out, args.jobs)
        return
    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(
            pool.map(lambda f: run_fold(f, args.k, args.anercorp, args.out, args.train_args.split()), folds)
        )
    tp = sum(int(r["tp"]) for r in rows)
    fp = sum(int(r["fp"]) for r in rows)
    fn = sum(int(r["fn"]) for r in rows)
    print(f"{'fold':>4} {'sentences':>11} {'P':>6} {'R':>6} {'F1':>6}")
    for r in rows:
        first, last = r["sentences"]
        print(f"{r['fold']:>4} {first:>5}-{last:<5} {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}")
    p, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1s = sorted(float(r["f1"]) for r in rows)
    print(f"pooled over {len(rows)} folds: P {p:.3f} R {rec:.3f} F1 {2 * p * rec / max(1e-9, p + rec):.3f}")
    print(f"per-fold F1: mean {sum(f1s) / len(f1s):.3f}, min {f1s[0]:.3f}, max {f1s[-1]:.3f}")
    print(
        json.dumps({"folds": rows, "pooled": {"precision": p, "recall": rec, "tp": tp, "fp": fp, "fn": fn}})
    )


if __name__ == "__main__":
    main()
