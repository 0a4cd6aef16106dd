"""File -> articles. Every reader returns what it could read and, per bad part, why it could not."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsflow.ingest.encoding import decode
from newsflow.ingest.extract import Extracted, extract_markdown, extract_plain
from newsflow.shared.contracts import RawArticle


class UnreadableFile(ValueError):
    """The file as a whole is not an article (the reason is the message)."""


@dataclass(frozen=True, slots=True)
class Rejected:
    """One part of a batch file (a ``.jsonl`` line, an element of a ``.json`` array) that was refused."""

    where: str
    reason: str
    raw: str


@dataclass(slots=True)
class ReadResult:
    articles: list[RawArticle]
    encoding: str
    rejected: list[Rejected] = field(default_factory=list)


def _validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors())


def _from_extracted(ex: Extracted, meta: dict[str, Any]) -> RawArticle:
    if not ex.body.strip():
        raise UnreadableFile("no article text found (the file is empty or holds only page furniture)")
    try:
        return RawArticle(title=ex.title, author=ex.author, body=ex.body, metadata=meta)
    except ValidationError as exc:
        raise UnreadableFile(f"not a valid article: {_validation_message(exc)}") from exc


def _read_text(text: str, meta: dict[str, Any]) -> list[RawArticle]:
    return [_from_extracted(extract_plain(text), meta)]


def _read_markdown(text: str, meta: dict[str, Any]) -> list[RawArticle]:
    return [_from_extracted(extract_markdown(text), meta)]


def _read_html(text: str, meta: dict[str, Any]) -> list[RawArticle]:
    import trafilatura  # heavy (lxml); loaded on the first HTML file only

    out = trafilatura.extract(
        text,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not out:
        raise UnreadableFile("no article text found in the HTML")
    doc = json.loads(out)
    body = (doc.get("text") or "").strip()
    if not body:
        raise UnreadableFile("no article text found in the HTML")
    try:
        return [
            RawArticle(
                title=doc.get("title"),
                author=doc.get("author"),
                body=body,
                url=doc.get("source"),
                source=doc.get("sitename") or doc.get("hostname"),
                published_at=doc.get("date") or None,
                metadata=meta,
            )
        ]
    except ValidationError as exc:
        raise UnreadableFile(f"not a valid article: {_validation_message(exc)}") from exc


def _article_from_obj(obj: Any, meta: dict[str, Any]) -> RawArticle:
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    merged = {**obj, "metadata": {**meta, **(obj.get("metadata") or {})}}
    try:
        return RawArticle.model_validate(merged)
    except ValidationError as exc:
        raise ValueError(_validation_message(exc)) from exc


def _read_json(text: str, meta: dict[str, Any]) -> ReadResult:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"invalid JSON: {exc}") from exc
    if isinstance(obj, dict):
        try:
            return ReadResult([_article_from_obj(obj, meta)], "")
        except ValueError as exc:
            raise UnreadableFile(f"not a valid article: {exc}") from exc
    if isinstance(obj, list):
        result = ReadResult([], "")
        for n, item in enumerate(obj):
            try:
                result.articles.append(_article_from_obj(item, {**meta, "index": n}))
            except ValueError as exc:
                result.rejected.append(Rejected(f"index {n}", str(exc), json.dumps(item, ensure_ascii=False)))
        if not result.articles:
            raise UnreadableFile("no valid article in the JSON array" + _summary(result.rejected))
        return result
    raise UnreadableFile(
        f"a .json file holds one article object (or an array of them), not {type(obj).__name__}"
    )


def _read_jsonl(text: str, meta: dict[str, Any]) -> ReadResult:
    result = ReadResult([], "")
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            result.articles.append(_article_from_obj(obj, {**meta, "line": n}))
        except (json.JSONDecodeError, ValueError) as exc:
            reason = f"invalid JSON: {exc}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            result.rejected.append(Rejected(f"line {n}", reason, line))
    if not result.articles:
        raise UnreadableFile("no valid article in the JSON lines" + _summary(result.rejected))
    return result


def _summary(rejected: list[Rejected]) -> str:
    if not rejected:
        return " (the file is empty)"
    first = rejected[0]
    more = f" (+{len(rejected) - 1} more)" if len(rejected) > 1 else ""
    return f"; {first.where}: {first.reason}{more}"


_SINGLE: dict[str, Callable[[str, dict[str, Any]], list[RawArticle]]] = {
    ".txt": _read_text,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".html": _read_html,
    ".htm": _read_html,
}
_BATCH: dict[str, Callable[[str, dict[str, Any]], ReadResult]] = {".json": _read_json, ".jsonl": _read_jsonl}
SUPPORTED = frozenset(_SINGLE) | frozenset(_BATCH)


def read_article_file(data: bytes, name: str, meta: dict[str, Any]) -> ReadResult:
    """Parse one file's bytes; raise :class:`UnreadableFile` (or ``UndecodableFile``) when none of it is usable."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnreadableFile(
            f"unsupported file type {suffix or '(none)'}; newsflow reads {', '.join(sorted(SUPPORTED))}"
        )
    if not data.strip():
        raise UnreadableFile("the file is empty")
    text, encoding = decode(data)
    meta = {**meta, "encoding": encoding}
    if suffix in _BATCH:
        result = _BATCH[suffix](text, meta)
        result.encoding = encoding
        return result
    return ReadResult(_SINGLE[suffix](text, meta), encoding)
