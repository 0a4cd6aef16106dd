"""What one enrich replica costs: model loading, time per article on one core, memory.

    uv run python bench/enrich_cost.py [--articles 500]
    uv run python bench/enrich_cost.py --news

By default the articles are ~5 KB variations of the seeds (Arabic) plus an English text of the same
size: the same few hundred words again and again, so every word's tagger features are computed once
and then come from the per-process cache. ``--news`` takes distinct news instead, as a replica meets
it: 5 KB articles made of ANT's Arabic articles and CoNLL-2003 dev's English ones from
``../shared/data`` (three Arabic to one English, none repeated), each word new until the process has
seen it; it then runs them all a second time, when their words are cached. Prints a table and JSON.
Not a test: nothing here asserts.

    uv run python bench/enrich_cost.py --fill 600

The enrich image runs the hot modules compiled (``services/enrich/scripts/compile.py``); to measure
what it runs, compile a copy and put it first on the path:

    uv run python services/enrich/scripts/compile.py --out build/compiled
    PYTHONPATH=build/compiled uv run python bench/enrich_cost.py --news

The table's first line says which modules ran compiled.

What a replica's memory comes to once it has run for months: 600 texts of 720 made-up words each
(random Arabic letters with clitics, three texts in four, and random English ones), 432,000 words
it never saw, enough to fill every per-word cache; prints the peak memory every 100 texts.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsflow.ingest.extract import extract_plain  # noqa: E402
from newsflow.shared.contracts import RawArticle  # noqa: E402

ENGLISH = (
    "Interpol Secretary General Jürgen Stock called on Monday in Marrakesh for stronger cooperation between "
    "police forces of the Middle East and North Africa, at the fourth meeting of regional police chiefs. "
    "Delegations from Morocco, Sudan, Djibouti, Somalia, Mauritania and the Comoros attended, with officials "
    "of the Arab Interior Ministers Council. Stock said terrorism, drug trafficking and cybercrime could only be "
    "fought with shared databases, and thanked King Mohammed VI for hosting the meeting. "
)


def articles(n: int) -> list[RawArticle]:
    seeds = [extract_plain(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for i in range(n):
        if i % 4 == 3:
            body = (ENGLISH * 12)[:5000] + f" ({i})"
            out.append(RawArticle(title="Interpol chiefs meet in Marrakesh", body=body))
            continue
        s = seeds[i % len(seeds)]
        paras = s.body.split("\n")
        body = "\n".join(paras[i % len(paras) :] + paras[: i % len(paras)])
        while len(body) < 5000:
            body += "\n" + body
        out.append(RawArticle(title=s.title, body=body[:5000] + f" ({i})"))
    return out


SHARED = ROOT.parent / "shared" / "data"


def _five_kb(texts: list[tuple[str, str]]) -> list[RawArticle]:
    """Consecutive (title, text) pairs joined into distinct articles of 5,000 characters."""
    out = []
    title, body = "", ""
    for t, text in texts:
        title = title or t
        body += text + "\n"
        if len(body) >= 5000:
            out.append(RawArticle(title=title, body=body[:5000]))
            title, body = "", ""
    return out


def news_articles(n: int | None = None) -> list[RawArticle]:
    """Distinct articles: ANT's Arabic news and CoNLL-2003 dev's English, three to one."""

    def rows(path: Path) -> list[dict[str, str]]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    arabic = _five_kb([(r["title"], r["text"]) for r in rows(SHARED / "topics" / "ar_ant_v2.1_dev600.jsonl")])
    english = _five_kb([("", r["text"]) for r in rows(SHARED / "ner" / "en" / "conll2003_dev.docs.jsonl")])
    out = []
    while arabic and (len(out) % 4 != 3 or english):
        out.append(english.pop(0) if len(out) % 4 == 3 else arabic.pop(0))
    return out[:n]


def fill(n: int) -> None:
    import random

    from newsflow.enrich.pipeline import Pipeline

    rng = random.Random(0)
    letters_ar = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"

    def word(arabic: bool) -> str:
        if arabic:
            w = "".join(rng.choice(letters_ar) for _ in range(rng.randint(3, 8)))
            return rng.choice(["", "", "و", "ب", "ال", "وال", "لل"]) + w
        w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        return w.capitalize() if rng.random() < 0.3 else w

    pipeline = Pipeline()
    start = time.perf_counter()
    for i in range(n):
        arabic = i % 4 != 3
        body = ". ".join(" ".join(word(arabic) for _ in range(12)) for _ in range(60))
        pipeline(RawArticle(title="t", body=body))
        if (i + 1) % 100 == 0:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{i + 1:5d} texts, {(i + 1) * 720:7d} new words: peak memory {rss:4.0f} MB", flush=True)
    print(f"{time.perf_counter() - start:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=None, help="how many (500; with --news, all of them)")
    ap.add_argument("--news", action="store_true", help="distinct news articles from ../shared/data")
    ap.add_argument(
        "--fill", type=int, default=0, help="N texts of made-up words: memory once every cache is full"
    )
    args = ap.parse_args()
    if args.fill:
        fill(args.fill)
        return
    docs = news_articles(args.articles) if args.news else articles(args.articles or 500)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    from newsflow.enrich.pipeline import Pipeline, compiled_modules

    pipeline = Pipeline()
    load_s = time.perf_counter() - t
    times = []
    by_lang: dict[str, list[float]] = {}
    for a in docs:
        t = time.process_time()
        out = pipeline(a)
        times.append((time.process_time() - t) * 1000)
        by_lang.setdefault(out.language.code, []).append(times[-1])
    again = []  # --news: the same articles once more, their words cached
    for a in docs if args.news else []:
        t = time.process_time()
        pipeline(a)
        again.append((time.process_time() - t) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "articles": len(docs),
        "mean_chars": statistics.mean(len(a.body) for a in docs),
        "load_s": load_s,
        "median_ms": statistics.median(times),
        "p99_ms": statistics.quantiles(times, n=100)[98],
        "median_ms_by_language": {k: statistics.median(v) for k, v in sorted(by_lang.items())},
        "per_core_articles_per_s": 1000 / statistics.mean(times),
        "max_rss_mb": rss / 1024,
        "median_ms_words_cached": statistics.median(again) if again else None,
        "rss_before_load_mb": rss0 / 1024,
        "compiled": compiled_modules(),
    }
    print(
        f"enrich cost on {len(docs)} {'distinct news ' if args.news else ''}articles of ~{result['mean_chars']:.0f} chars (CPU time, one core):"
    )
    print(f"  compiled modules        {', '.join(result['compiled']) or 'none (the sources)'}")
    print(f"  model loading           {load_s:6.2f} s")
    print(f"  median per article      {result['median_ms']:6.2f} ms")
    for code, ms in result["median_ms_by_language"].items():
        print(f"    {code} ({len(by_lang[code])} articles)     {ms:6.2f} ms")
    print(f"  p99 per article         {result['p99_ms']:6.2f} ms")
    if again:
        print(
            f"  median, second time     {statistics.median(again):6.2f} ms  (the same articles, words cached)"
        )
    print(f"  one core's limit        {result['per_core_articles_per_s']:6.0f} articles/s")
    print(f"  peak memory (RSS)       {result['max_rss_mb']:6.0f} MB")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
