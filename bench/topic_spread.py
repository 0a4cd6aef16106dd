"""Which top topic the enricher gives each of a set of unlabelled articles: a check for a bias such
as "every long English article is health".

    uv run python bench/topic_spread.py ../shared/data/ner/en/conll2003_dev.docs.jsonl --title-first-line

FILE is JSONL with ``text`` (and ``title``, or the text's first line with ``--title-first-line``).
Prints the count per top topic with three titles each, then JSON. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from newsflow.enrich.resources import load
from newsflow.enrich.topics import TopicTagger


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--title-first-line", action="store_true")
    args = ap.parse_args()
    tagger = TopicTagger(load().iptc)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for line in args.path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        title, text = row.get("title"), row["text"]
        if args.title_first_line:
            title, _, text = text.partition("\n")
        topics = tagger(title, text)
        top = topics[0].label if topics else "(none)"
        counts[top] += 1
        examples[top].append((title or text)[:60])
    for top, n in counts.most_common():
        print(f"{n:5}  {top}  e.g. {' | '.join(examples[top][:3])}")
    print(json.dumps(dict(counts.most_common())))


if __name__ == "__main__":
    main()
