"""Write CoNLL sentences as news writes them: the possessive attached to its word ("China's", not
"China 's"), as labelled documents for ``newsflow eval ner`` (``.jsonl``: text and character spans).

CoNLL-2003 splits "'s" off; running news text does not. Only the sentences with a possessive are
written, so the score is the recogniser's on exactly the text where the two spellings differ.

    uv run python bench/attach_possessives.py ../shared/data/ner/en/conll2003_dev.conll build/conll_dev_possessive.jsonl
    uv run newsflow eval ner build/conll_dev_possessive.jsonl --lang en
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsflow.enrich.evaluate import Sentence, read_conll


class Attached(Sentence):
    """A sentence whose "'s" tokens are written without the space before them."""

    @property
    def text(self) -> str:
        return "".join(("" if i == 0 or _possessive(t) else " ") + t for i, t in enumerate(self.tokens))

    def offsets(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for i, tok in enumerate(self.tokens):
            if i and not _possessive(tok):
                pos += 1
            out.append((pos, pos + len(tok)))
            pos += len(tok)
        return out


def _possessive(token: str) -> bool:
    return token.lower() in ("'s", "’s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for sent in read_conll(args.conll):
            if not any(_possessive(t) for t in sent.tokens[1:]):
                continue
            attached = Attached(sent.tokens, sent.tags)
            entities = [{"start": s, "end": e, "type": t} for s, e, t in sorted(attached.spans())]
            out.write(json.dumps({"text": attached.text, "entities": entities}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} sentences with a possessive -> {args.out}")


if __name__ == "__main__":
    main()
