"""Score every hand-written set in ``tests/data`` at once: the entity sets (``ner_*_ar.txt``,
``ner_*_en.txt`` and their numbered rounds) and the topic sets (``topics_*.jsonl``), each as
``newsflow eval`` scores it, with the totals per language. One command for the README's row of
hand-written news, so that nobody sums thirty files by hand.

    uv run python bench/handwritten.py                 # every set, then the totals
    uv run python bench/handwritten.py --only thirty   # the sets whose name holds "thirty"
    uv run python bench/handwritten.py --json build/handwritten.json

Not a test: nothing here asserts. The sets were labelled by hand before the recogniser was run on them;
most were read after they were scored, so only a round scored once, before its errors were read,
is a blind figure (the README says which).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from newsflow.enrich.evaluate import Document, read_topics_jsonl, score_ner, score_topics
from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load
from newsflow.enrich.topics import TopicTagger

sys.path.insert(0, str(Path(__file__).parent))
from ner_markup import convert  # type: ignore[import-not-found]

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
_NER_LANG = re.compile(r"^ner_[a-z]+_(ar|en)(?:_[a-z]+)?\.txt$")


def _documents(path: Path) -> list[Document]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            row = convert(line)
            entities: list[dict[str, Any]] = row["entities"]
            gold = [(int(e["start"]), int(e["end"]), str(e["type"])) for e in entities]
            docs.append(Document(str(row["text"]), gold))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="score only the sets whose file name holds this")
    ap.add_argument("--recognizer", default="crf", help="as for newsflow eval ner")
    ap.add_argument("--json", type=Path, help="also write every set's figures here")
    args = ap.parse_args()

    res = load()
    recognizer = make_recognizer(args.recognizer, res)
    tagger = TopicTagger(res.iptc)
    top_of = {t["code"]: t["top"] for t in res.iptc}
    out: dict[str, Any] = {"ner": {}, "topics": {}, "totals": {}}

    totals: dict[str, list[int]] = {"ar": [0, 0, 0], "en": [0, 0, 0]}
    for path in sorted(DATA.glob("ner_*.txt")):
        m = _NER_LANG.match(path.name)
        if m is None or args.only not in path.name:
            continue
        lang = m.group(1)
        docs = _documents(path)

        def recognize(text: str, lang: str = lang) -> list[Any]:
            return recognizer(text, lang)

        micro = score_ner(docs, recognize)["micro"]
        found, false, missed = micro["tp"], micro["fp"], micro["fn"]
        for k, v in enumerate((found, false, missed)):
            totals[lang][k] += v
        out["ner"][path.name] = {"lang": lang, "found": found, "false": false, "missed": missed, **micro}
        print(
            f"{path.name:40} {lang}  F1 {micro['f1']:.3f}  found {found:4}  false {false:3}  missed {missed:3}"
        )
    for lang, (found, false, missed) in totals.items():
        if found + false + missed:
            p = found / (found + false) if found + false else 0.0
            r = found / (found + missed) if found + missed else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            out["totals"][f"ner_{lang}"] = {"found": found, "false": false, "missed": missed, "f1": f1}
            print(
                f"{'entities, all ' + lang + ' sets':40}     F1 {f1:.3f}  found {found:4}  false {false:3}  missed {missed:3}"
            )

    right = total = 0
    for path in sorted(DATA.glob("topics_*.jsonl")):
        if args.only not in path.name:
            continue
        result = score_topics(read_topics_jsonl(path), tagger, top_of)
        n, top1 = result["n"], result["top1_accuracy"]
        right += round(top1 * n)
        total += n
        out["topics"][path.name] = {"n": n, "top1_accuracy": top1, "micro": result["micro"]}
        print(f"{path.name:40}     top-1 {top1:.3f} of {n:3}  F1 {result['micro']['f1']:.3f}")
    if total:
        out["totals"]["topics"] = {"right": right, "n": total, "top1_accuracy": right / total}
        print(f"{'topics, all sets':40}     top-1 {right / total:.3f}: {right} of {total}")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
