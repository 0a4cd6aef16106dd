"""Long English news with topic labels: Reuters articles from the shared CoNLL-2003 files.

The shared topic files hold only one long English class (health), so they cannot show whether the
tagger reads long English articles on other topics. The CoNLL-2003 files are whole Reuters articles
(August 1996: sport, markets, companies, wars, elections, crimes). ``bench/data/conll_topics.tsv``
gives the IPTC top-level topics of the long ones; this script joins those labels with the text in
``../shared`` and writes topic files for ``newsflow eval topics`` (the headline is the title).

    uv run python bench/conll_topics.py build/topics
    uv run newsflow eval topics build/topics/conll_dev.jsonl
    uv run newsflow eval topics build/topics/conll_train.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data" / "ner" / "en"


def labels(path: Path) -> dict[str, list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc_id, codes = line.split("\t")
            out[doc_id] = [f"medtop:{int(c):02d}000000" for c in codes.split()]
    return out


def conll_documents(path: Path, split: str) -> dict[str, str]:
    """The documents of a CoNLL file as running text: tokens joined by spaces, a sentence a line."""
    docs: list[list[str]] = []
    sentence: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif not line.strip():
            if sentence and docs:
                docs[-1].append(" ".join(sentence))
            sentence = []
        else:
            sentence.append(line.split()[0])
    return {f"conll2003-{split}-doc{i:03d}": "\n".join(d) for i, d in enumerate(docs)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--labels", type=Path, default=HERE / "data" / "conll_topics.tsv")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    gold = labels(args.labels)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for split, name in (("dev", "conll2003_dev.conll"), ("train", "conll2003_train.conll")):
        docs = conll_documents(args.shared / name, split)
        rows = []
        for doc_id, topics in gold.items():
            if doc_id in docs:
                title, _, body = docs[doc_id].partition("\n")
                rows.append({"id": doc_id, "title": title, "text": body, "topics": topics})
        out = args.out_dir / f"conll_{split}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{out}: {len(rows)} articles")


if __name__ == "__main__":
    main()
