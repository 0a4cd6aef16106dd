"""Is the entity confidence calibrated? The share of predicted entities that match a gold one exactly,
by confidence bucket.

    uv run python bench/entity_calibration.py FILE --lang ar|en [--recognizer crf:build/models-split]

FILE is what ``newsflow eval ner`` reads (CoNLL, or ``.jsonl`` documents). Confidence below 0.4 is
counted in the 0.4-0.5 bucket. Prints a table and JSON. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsflow.enrich.evaluate import read_ner, span_of
from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--lang", required=True, choices=["ar", "en"])
    ap.add_argument("--recognizer", default="crf")
    args = ap.parse_args()
    recognize = make_recognizer(args.recognizer, load())
    buckets: dict[int, list[int]] = {k: [0, 0] for k in range(4, 10)}
    for item in read_ner(args.path):
        gold = item.spans()
        for e in recognize(item.text, args.lang):
            span = span_of(e)
            if span is None:
                continue
            b = buckets[min(max(int(e.confidence * 10), 4), 9)]
            b[0] += span in gold
            b[1] += 1
    rows = {
        f"{k / 10:.1f}-{(k + 1) / 10:.1f}": {"share_gold": hit / n if n else None, "n": n}
        for k, (hit, n) in buckets.items()
    }
    for name, row in rows.items():
        share = "-" if row["share_gold"] is None else f"{row['share_gold']:.2f}"
        print(f"  confidence {name}: {share:>5} of {row['n']}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
