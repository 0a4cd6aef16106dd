"""One fingerprint of what enrichment outputs, to show that a speed change changes nothing.

    uv run python bench/output_digest.py [--out FILE]

Enriches the bench's 60 articles of 5 KB and the first 300 items of each development file in
``../shared/data`` (topics, CoNLL dev as articles, ANERcorp, CAraNER: about 1,600 texts), and prints
how many and the sha256 of their language, entities and topics as canonical JSON. Run it before and
after a change: the same digest means the same output, byte for byte. ``--out`` keeps the JSON, to
see what moved when the digest differs. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from enrich_cost import articles  # noqa: E402

from newsflow.shared.contracts import RawArticle  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
FILES = (
    *sorted((SHARED / "topics").glob("*.jsonl")),
    SHARED / "ner/en/conll2003_dev.docs.jsonl",
    SHARED / "ner/ar/anercorp_train.jsonl",
    SHARED / "ner/ar/caraner_dev.jsonl",
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-file", type=int, default=300)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    docs = articles(60)
    for path in FILES:
        if not path.is_file():
            print(f"missing, left out: {path}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= args.per_file:
                    break
                d = json.loads(line)
                docs.append(RawArticle(title=d.get("title") or "", body=d["text"]))
    from newsflow.enrich.pipeline import Pipeline

    pipeline = Pipeline()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    out = [pipeline(a, now).model_dump(mode="json", include={"language", "entities", "topics"}) for a in docs]
    text = json.dumps(out, ensure_ascii=False, sort_keys=True)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(f"{len(docs)} texts  sha256 {hashlib.sha256(text.encode()).hexdigest()}")


if __name__ == "__main__":
    main()
