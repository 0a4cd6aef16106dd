"""Measure enrichment against labelled data: entities (conlleval-style), language, topics.

Formats (see ``newsflow eval --help``):
- NER: CoNLL, ``token ... tag`` per line (space or tab, the tag last), a blank line between sentences,
  ``-DOCSTART-`` ignored, IOB2. PER/PERS, LOC (and GPE), ORG are scored; every other type counts as O.
  The recogniser sees each sentence as running text (tokens joined by spaces) and is scored on
  character spans, entity-level exact match. ``token_aligned`` also reports the score with predicted
  spans widened to whole tokens (corpora label ``بمراكش`` whole; newsflow's mention is ``مراكش``).
  A ``.jsonl`` file holds whole documents instead, ``{"text", "entities": [{"start", "end", "type"}]}``
  (character offsets, end exclusive), and the recogniser sees each document at once, as in production.
- Language: TSV, ``code<TAB>text`` per line.
- Topics: JSONL, ``{"text", "title"?, "topics": ["medtop:..."]}``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsflow.shared.contracts import Entity, Language, Topic

TYPES = ("PER", "LOC", "ORG")
_GOLD = {"PER": "PER", "PERS": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
_PRED = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}

Span = tuple[int, int, str]


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def offsets(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for tok in self.tokens:
            out.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        return out

    def spans(self) -> set[Span]:
        """Gold entities, chunked the conlleval way (an I- that does not continue starts a new one)."""
        spans: set[Span] = set()
        offs = self.offsets()
        start: int | None = None
        kind: str | None = None
        end = 0
        for (s, e), tag in zip(offs, self.tags, strict=True):
            prefix, _, raw = tag.partition("-")
            typ = _GOLD.get(raw) if tag != "O" else None
            continues = typ is not None and prefix == "I" and kind == typ and start is not None
            if not continues and start is not None and kind is not None:
                spans.add((start, end, kind))
                start, kind = None, None
            if typ is not None and not continues:
                start, kind = s, typ
            end = e
        if start is not None and kind is not None:
            spans.add((start, end, kind))
        return spans


@dataclass
class Document:
    """A whole labelled text: what the enricher sees in production, where one article's mentions of a
    name can help each other."""

    text: str
    gold: list[Span]

    def offsets(self) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(r"\S+", self.text)]

    def spans(self) -> set[Span]:
        return {(s, e, t) for s, e, t in self.gold if t in TYPES}


def read_ner_docs(path: Path) -> Iterator[Document]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = [
                (int(e["start"]), int(e["end"]), _GOLD.get(e["type"], e["type"])) for e in row["entities"]
            ]
            yield Document(row["text"], gold)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a labelled document ({exc!r})") from exc


def read_ner(path: Path) -> Iterator[Sentence] | Iterator[Document]:
    """CoNLL sentences, or whole documents from a ``.jsonl`` file."""
    return read_ner_docs(path) if path.suffix == ".jsonl" else read_conll(path)


def read_conll(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if tokens:
                yield Sentence(tokens, tags)
            tokens, tags = [], []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        yield Sentence(tokens, tags)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def span_of(entity: Entity) -> Span | None:
    """An entity as the scorer compares it: character offsets and PER, LOC or ORG."""
    kind = _PRED.get(entity.label)
    return (entity.start, entity.end, kind) if kind else None


def _widen(span: Span, offsets: list[tuple[int, int]]) -> Span:
    s, e, t = span
    starts = [a for a, b in offsets if a <= s < b + 1]
    ends = [b for a, b in offsets if a < e <= b]
    return (starts[-1] if starts else s, ends[0] if ends else e, t)


def score_ner(
    sentences: Iterable[Sentence] | Iterable[Document], recognize: Callable[[str], list[Entity]]
) -> dict[str, Any]:
    counts: dict[str, dict[str, Counter[str]]] = {m: defaultdict(Counter) for m in ("exact", "token_aligned")}
    n = 0
    documents = False
    for sent in sentences:
        n += 1
        documents = isinstance(sent, Document)
        gold = sent.spans()
        text = sent.text
        pred = {span for e in recognize(text) if (span := span_of(e)) is not None}
        offsets = sent.offsets()
        for mode, predicted in (("exact", pred), ("token_aligned", {_widen(p, offsets) for p in pred})):
            for t in TYPES:
                g = {x for x in gold if x[2] == t}
                p = {x for x in predicted if x[2] == t}
                counts[mode][t]["tp"] += len(g & p)
                counts[mode][t]["fp"] += len(p - g)
                counts[mode][t]["fn"] += len(g - p)
    result: dict[str, Any] = {"documents" if documents else "sentences": n}
    for mode, per in counts.items():
        total = Counter[str]()
        for c in per.values():
            total.update(c)
        block = {
            "micro": prf(total["tp"], total["fp"], total["fn"]),
            "per_type": {t: prf(per[t]["tp"], per[t]["fp"], per[t]["fn"]) for t in TYPES},
        }
        if mode == "exact":
            result.update(block)
        else:
            result[mode] = block
    return result


def read_lang_tsv(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            code, text = line.split("\t", 1)
            yield code.strip(), text


def score_language(rows: Iterable[tuple[str, str]], detect: Callable[[str], Language]) -> dict[str, Any]:
    per: dict[str, Counter[str]] = defaultdict(Counter)
    confusions: Counter[str] = Counter()
    for code, text in rows:
        got = detect(text).code
        per[code]["n"] += 1
        per[code]["ok"] += got == code
        if got != code:
            confusions[f"{code}->{got}"] += 1
    n = sum(c["n"] for c in per.values())
    return {
        "accuracy": sum(c["ok"] for c in per.values()) / n if n else 0.0,
        "n": n,
        "per_language": {k: {"accuracy": c["ok"] / c["n"], "n": c["n"]} for k, c in sorted(per.items())},
        "confusions": dict(confusions.most_common(10)),
    }


def read_topics_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def score_topics(
    rows: Iterable[dict[str, Any]],
    tag: Callable[[str | None, str], list[Topic]],
    top_of: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """``top_of`` maps a deeper IPTC code to its top-level one: a predicted "law enforcement" then counts
    as "crime, law and justice" when the gold codes are top-level only."""
    n = top1 = tp = fp = fn = 0
    top_of = top_of or {}
    given: list[tuple[float, bool]] = []  # (score, right) of every top-level topic given
    for row in rows:
        gold = set(row["topics"])
        got = tag(row.get("title"), row["text"])
        n += 1
        top1 += bool(got) and got[0].code in gold
        codes = {top_of.get(t.code, t.code) if t.code not in gold else t.code for t in got}
        tp += len(codes & gold)
        fp += len(codes - gold)
        fn += len(gold - codes)
        given += [(t.score, t.code in gold) for t in got if top_of.get(t.code, t.code) == t.code]
    return {
        "top1_accuracy": top1 / n if n else 0.0,
        "n": n,
        "micro": prf(tp, fp, fn),
        "calibration": calibration(given),
    }


def calibration(given: Sequence[tuple[float, bool]], bins: int = 5) -> dict[str, Any]:
    """How often a topic given with a score is right, by score range, and the expected calibration
    error: the mean gap between score and share right, weighted by how many topics fall in each range."""
    buckets: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for score, right in given:
        buckets[min(int(score * bins), bins - 1)].append((score, right))
    out = []
    error = 0.0
    for k, b in enumerate(buckets):
        if not b:
            continue
        mean = sum(s for s, _ in b) / len(b)
        share = sum(r for _, r in b) / len(b)
        error += len(b) * abs(mean - share)
        out.append(
            {"from": k / bins, "to": (k + 1) / bins, "n": len(b), "mean_score": mean, "share_right": share}
        )
    return {"error": error / len(given) if given else 0.0, "buckets": out}


def render_table(result: dict[str, Any]) -> str:
    lines = []
    if "per_type" in result:
        lines.append(f"{'type':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'tp':>7}{'fp':>7}{'fn':>7}")
        for name, m in [*result["per_type"].items(), ("micro", result["micro"])]:
            lines.append(
                f"{name:<8}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}"
                f"{m['tp']:>7}{m['fp']:>7}{m['fn']:>7}"
            )
        if "token_aligned" in result:
            m = result["token_aligned"]["micro"]
            lines.append(f"token-aligned micro: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}")
        unit = "documents" if "documents" in result else "sentences"
        lines.append(f"({result[unit]} {unit})")
    elif "per_language" in result:
        lines.append(f"accuracy {result['accuracy']:.4f} on {result['n']}")
        for code, m in result["per_language"].items():
            lines.append(f"  {code:<6}{m['accuracy']:>8.4f}  n={m['n']}")
        if result["confusions"]:
            lines.append("  confusions: " + ", ".join(f"{k} x{v}" for k, v in result["confusions"].items()))
    else:
        m = result["micro"]
        lines.append(
            f"top-1 accuracy {result['top1_accuracy']:.3f} on {result['n']}; assigned set micro "
            f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"
        )
        cal = result["calibration"]
        lines.append(f"calibration error {cal['error']:.3f} (score range: share right of the topics given)")
        for b in cal["buckets"]:
            lines.append(
                f"  {b['from']:.1f}-{b['to']:.1f}: {b['share_right']:.2f} of {b['n']} (mean score {b['mean_score']:.2f})"
            )
    return "\n".join(lines)
