"""How many of the words new to a young enrich replica a start-up table of common words would hold.

    uv run --group build-data python bench/warm_words.py [--sizes 20000 50000]

A replica scores each word the first time it meets it (``Featurizer._word_rows``); the same articles
a second time, their words cached, cost about a third less. This counts, over ``enrich_cost.py
--news``'s 183 distinct articles in order, the words each article brings that the replica has not met
before, and how many of them are among wordfreq's N commonest Arabic words or N/2 commonest English
ones: what scoring those words before the first article would save. Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from enrich_cost import news_articles  # noqa: E402

from newsflow.enrich.tokens import tokenize  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--sizes", type=int, nargs="+", default=[20000, 50000], help="N: Arabic words; N/2 English"
    )
    args = ap.parse_args()
    import wordfreq

    docs = news_articles()
    result = []
    for n in args.sizes:
        common = set(wordfreq.top_n_list("ar", n, wordlist="large"))
        common |= set(wordfreq.top_n_list("en", n // 2, wordlist="large"))
        seen: set[str] = set()
        new = held = 0
        for article in docs:
            words = [w for w in dict.fromkeys(t.text for t in tokenize(article.body)) if w not in seen]
            seen.update(words)
            new += len(words)
            held += sum(1 for w in words if w in common or w.lower() in common)
        result.append({"arabic_words": n, "english_words": n // 2, "new_words": new, "held": held})
        print(f"top {n} ar + {n // 2} en: {held} of the {new} new words ({held / new:.1%})")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
