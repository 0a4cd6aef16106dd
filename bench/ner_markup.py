"""Turn hand-labelled text (one document per line, entities marked ``[PER ...]``, ``[LOC ...]``,
``[ORG ...]``; ``#`` lines are comments) into the ``.jsonl`` documents ``newsflow eval ner`` reads.

    uv run python bench/ner_markup.py tests/data/ner_modern_en.txt build/ner_modern_en.jsonl
    uv run newsflow eval ner build/ner_modern_en.jsonl --lang en
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_MARK = re.compile(r"\[(PER|LOC|ORG) ([^\[\]]+)\]")


def convert(line: str) -> dict[str, object]:
    """One marked line as ``{"text", "entities"}``, with character offsets into the unmarked text."""
    text: list[str] = []
    entities = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        before = line[pos : m.start()]
        text.append(before)
        length += len(before)
        name = m.group(2)
        entities.append({"start": length, "end": length + len(name), "type": m.group(1), "text": name})
        text.append(name)
        length += len(name)
        pos = m.end()
    text.append(line[pos:])
    plain = "".join(text)
    if "[" in plain or "]" in plain:
        raise ValueError(f"unbalanced or unknown mark in: {line[:80]}")
    return {"text": plain, "entities": entities}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    lines = [
        ln
        for ln in args.source.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(convert(line), ensure_ascii=False) + "\n")
    print(f"{len(lines)} documents -> {args.out}")


if __name__ == "__main__":
    main()
