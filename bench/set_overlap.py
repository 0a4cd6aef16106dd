"""Check a new hand-labelled set against the earlier ones before scoring it: the items whose words overlap
an earlier item's (Jaccard over words of three letters or more, markup left out) at or above a threshold.
A writer of many sets repeats his own templates (the same event in another town); a blind set made of
repeats measures the rules that were fitted to the first.

    uv run python bench/set_overlap.py tests/data/topics_local_thirtyfourth.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
_MARK = re.compile(r"\[(PER|LOC|ORG) ")


def words(text: str) -> set[str]:
    text = _MARK.sub("", text).replace("]", "")
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def items(path: Path) -> list[str]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if path.suffix == ".jsonl":
        return [json.loads(ln)["text"] for ln in lines]
    return [ln for ln in lines if not ln.startswith("#")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("new", type=Path)
    ap.add_argument("--threshold", type=float, default=0.25)
    args = ap.parse_args()
    earlier = [
        (f.name, text, words(text))
        for f in sorted(DATA.iterdir())
        if f.resolve() != args.new.resolve()
        and f.suffix in (".jsonl", ".txt")
        and f.name.startswith(("ner_", "topics_"))
        for text in items(f)
    ]
    for text in items(args.new):
        mine = words(text)

        def overlap(other: tuple[str, str, set[str]], mine: set[str] = mine) -> float:
            return len(mine & other[2]) / max(1, len(mine | other[2]))

        name, best, _ = max(earlier, key=overlap)
        score = overlap((name, best, words(best)))
        if score >= args.threshold:
            print(f"{score:.2f}  {text[:100]}\n      {name}: {best[:100]}")


if __name__ == "__main__":
    main()
