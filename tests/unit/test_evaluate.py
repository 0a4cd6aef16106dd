"""The scorers behind `newsflow eval`, on small files with known answers."""

import json
from pathlib import Path

import pytest

from newsflow.enrich.evaluate import read_conll, read_ner, score_language, score_ner, score_topics
from newsflow.shared.contracts import Entity, Language, Topic

CONLL = """-DOCSTART- -X- O

Jürgen B-PER
Stock I-PER
visited O
Lyon B-LOC
, O
France B-GPE
for O
Interpol B-ORG
talks O
. O

بمراكش B-LOC
اجتماع O
العام B-MISC
"""


def test_conll_chunks_and_maps_types(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(CONLL, encoding="utf-8")
    first, second = list(read_conll(path))
    text = first.text
    assert {(text[s:e], t) for s, e, t in first.spans()} == {
        ("Jürgen Stock", "PER"),
        ("Lyon", "LOC"),
        ("France", "LOC"),
        ("Interpol", "ORG"),
    }
    assert {(second.text[s:e], t) for s, e, t in second.spans()} == {("بمراكش", "LOC")}, "MISC counts as O"


def test_ner_scores_exact_character_spans(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(CONLL, encoding="utf-8")

    def fake(text: str) -> list[Entity]:
        found = []
        for surface, label in (
            ("Jürgen Stock", "PERSON"),
            ("Lyon", "LOCATION"),
            ("talks", "ORGANIZATION"),
            ("مراكش", "LOCATION"),
        ):
            i = text.find(surface)
            if i >= 0:
                found.append(
                    Entity(
                        text=surface,
                        label=label,
                        start=i,
                        end=i + len(surface),
                        canonical=surface,
                        confidence=1.0,
                    )
                )
        return found

    result = score_ner(read_conll(path), fake)
    assert result["micro"]["tp"] == 2  # Jürgen Stock, Lyon
    assert result["micro"]["fp"] == 2  # talks, مراكش (the gold mention is the whole word بمراكش)
    assert result["micro"]["fn"] == 3  # France, Interpol, بمراكش
    assert result["micro"]["precision"] == pytest.approx(0.5)
    assert result["token_aligned"]["micro"]["tp"] == 3, "widened to the token, مراكش matches بمراكش"
    assert result["per_type"]["PER"]["f1"] == pytest.approx(1.0)


def test_documents_are_scored_whole(tmp_path: Path) -> None:
    text = "Jürgen Stock visited Lyon .\nStock met the Interpol board ."
    gold = [(0, 12, "PER"), (21, 25, "LOC"), (28, 33, "PER"), (42, 50, "ORG"), (51, 56, "MISC")]
    path = tmp_path / "docs.jsonl"
    rows = [{"text": text, "entities": [{"start": s, "end": e, "type": t} for s, e, t in gold]}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    seen: list[str] = []

    def fake(doc: str) -> list[Entity]:
        seen.append(doc)
        return [
            Entity(text="Stock", label="PERSON", start=28, end=33, canonical="Jürgen Stock", confidence=0.9),
            Entity(text="board", label="ORGANIZATION", start=51, end=56, canonical="board", confidence=0.5),
        ]

    result = score_ner(read_ner(path), fake)
    assert seen == [text], "the recogniser sees the whole document at once"
    assert result["documents"] == 1
    assert (result["micro"]["tp"], result["micro"]["fp"], result["micro"]["fn"]) == (1, 1, 3)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        list(read_ner(bad))


def test_language_and_topic_scores() -> None:
    lang = score_language(
        [("ar", "a"), ("en", "b"), ("fa", "c")],
        lambda text: Language(code={"a": "ar", "b": "en", "c": "ar"}[text], confidence=1.0),
    )
    assert lang["accuracy"] == pytest.approx(2 / 3)
    assert lang["confusions"] == {"fa->ar": 1}

    def tag(title: str | None, text: str) -> list[Topic]:
        return [Topic(code=c, label=c, score=0.9) for c in text.split()]

    topics = score_topics(
        [
            {"text": "medtop:1 medtop:2", "topics": ["medtop:2"]},
            {"text": "medtop:3", "topics": ["medtop:3", "medtop:4"]},
        ],
        tag,
    )
    assert topics["top1_accuracy"] == pytest.approx(0.5)
    assert (topics["micro"]["tp"], topics["micro"]["fp"], topics["micro"]["fn"]) == (2, 1, 1)


def test_topic_calibration_by_score_range() -> None:
    from newsflow.enrich.evaluate import calibration

    # 0.9 given four times, right three times; 0.3 given twice, right once
    result = calibration([(0.9, True), (0.9, True), (0.9, True), (0.9, False), (0.3, True), (0.3, False)])
    low, high = result["buckets"]
    assert (low["from"], low["to"], low["n"], low["share_right"]) == (pytest.approx(0.2), 0.4, 2, 0.5)
    assert (high["n"], high["share_right"], high["mean_score"]) == (4, 0.75, pytest.approx(0.9))
    # |0.9 - 0.75| weighted 4/6, |0.3 - 0.5| weighted 2/6
    assert result["error"] == pytest.approx((4 * 0.15 + 2 * 0.2) / 6)
    assert calibration([]) == {"error": 0.0, "buckets": []}
