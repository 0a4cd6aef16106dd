"""Arabic in-domain entity F1 over every tenth of ANERcorp, not one: k-fold cross-validation of the
README's split recipe.

The README's held-out figure is the last tenth of ANERcorp's train file, and the rules after the tagger
were written while reading its errors, so that tenth flatters them. Here each contiguous tenth is held
out in turn: the file is rewritten with that block at its end, ``train_crf.py`` trains on the rest (plus
the first half of CAraNER, as in the recipe) and ``newsflow eval ner`` scores the block. Blocks are
contiguous because neighbouring sentences share their entities.

    uv run python bench/ner_folds.py                    # all ten folds, two at a time (about 20 min)
    uv run python bench/ner_folds.py --folds 0 3 --jobs 1

Fold 0 is the README's held-out tenth. Models and blocks go to ``build/folds/``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services" / "enrich" / "scripts"))

from train_crf import write_conll  # noqa: E402

from newsflow.enrich.evaluate import read_conll  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner" / "ar"


def run_fold(fold: int, k: int, anercorp: Path, out: Path) -> dict[str, Any]:
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anercorp", type=Path, default=DATA / "anercorp_train.conll")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--folds", type=int, nargs="*", help="which folds (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "folds")
    args = ap.parse_args()
    folds = args.folds if args.folds else list(range(args.k))
    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda f: run_fold(f, args.k, args.anercorp, args.out), folds))
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
