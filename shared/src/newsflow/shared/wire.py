"""The wire format of every newsflow stream, readable and writable by any Redis client.

One entry = field ``data`` holding the JSON document (UTF-8, not ASCII-escaped), plus optional flat
string fields as headers (``correlation_id``, ``content_type``, ...). FastStream's own producer would
wrap everything in its ``__data__`` envelope, so newsflow publishes with plain pipelined XADD.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from pydantic import BaseModel, ValidationError
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from newsflow.shared.contracts import DeadLetter, Reason
from newsflow.shared.streams import DEAD

M = TypeVar("M", bound=BaseModel)

DATA: Final = "data"
CONTENT_TYPE: Final = "application/json"


class PoisonMessage(Exception):
    """An entry that can never be processed (not JSON, wrong schema): it goes to the dead stream at once."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One stream entry as read: its id and its flat string fields."""

    id: str
    fields: dict[str, str]

    @property
    def correlation_id(self) -> str | None:
        return self.fields.get("correlation_id")


@dataclass(slots=True)
class Outgoing:
    """One entry to publish: the document plus its header fields."""

    doc: BaseModel
    headers: dict[str, str] = field(default_factory=dict)

    def fields(self) -> dict[str, str]:
        out = {DATA: dump_json(self.doc), "content_type": CONTENT_TYPE}
        out.update(self.headers)
        return out


def dump_json(doc: BaseModel) -> str:
    """Compact UTF-8 JSON (ensure_ascii off: Arabic would grow 2.7x as \\u escapes)."""
    return doc.model_dump_json(exclude_none=False)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def to_entry(entry_id: Any, raw_fields: Mapping[Any, Any]) -> Entry:
    return Entry(id=_text(entry_id), fields={_text(k): _text(v) for k, v in raw_fields.items()})


def parse(entry: Entry, model: type[M]) -> M:
    """The document in an entry, validated; PoisonMessage when it can never be one."""
    if "__data__" in entry.fields and DATA not in entry.fields:
        raise PoisonMessage(
            "entry carries FastStream's binary '__data__' envelope; newsflow streams take the JSON "
            "document in a plain field 'data' (XADD <stream> * data '<json>')"
        )
    raw = entry.fields.get(DATA)
    if raw is None:
        raise PoisonMessage(f"entry has no field '{DATA}' (fields: {sorted(entry.fields)})")
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise PoisonMessage(f"field '{DATA}' is not valid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise PoisonMessage(f"field '{DATA}' must hold a JSON object, not {type(obj).__name__}")
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise PoisonMessage(f"not a valid {model.__name__}: {problems}") from exc


def parse_batch(
    entries: Sequence[Entry], model: type[M], stream: str, service: str
) -> tuple[list[tuple[Entry, M]], list[Outgoing]]:
    """The documents of a batch, and a dead letter (with its reason) for each entry that can never be one."""
    from newsflow.shared.logs import get_logger

    good: list[tuple[Entry, M]] = []
    dead: list[Outgoing] = []
    for entry in entries:
        try:
            good.append((entry, parse(entry, model)))
        except PoisonMessage as exc:
            dead.append(dead_letter(entry, stream, exc, service, deliveries=1))
            get_logger("newsflow.wire").warning(
                "message.dead_lettered",
                stream=stream,
                entry_id=entry.id,
                reason=str(exc),
                correlation_id=entry.correlation_id,
                service=service,
            )
    return good, dead


async def ensure_group(redis: Redis, stream: str, group: str) -> bool:
    """Create ``group`` on ``stream`` reading from the very beginning (id 0), creating the stream too.

    FastStream would create it at ``$``, so entries published before the first consumer started
    would never be read. Returns True when the group was created now.
    """
    try:
        await redis.xgroup_create(name=stream, groupname=group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" in str(exc):
            return False
        raise
    return True


def dead_letter(entry: Entry, stream: str, exc: BaseException, service: str, deliveries: int) -> Outgoing:
    letter = DeadLetter(
        stream=stream,
        entry_id=entry.id,
        fields=entry.fields,
        reason=Reason(type=type(exc).__name__, message=str(exc)),
        service=service,
        deliveries=deliveries,
    )
    headers = {"service": service, "source_stream": stream, "source_id": entry.id}
    if entry.correlation_id:
        headers["correlation_id"] = entry.correlation_id
    return Outgoing(letter, headers)


async def publish(redis: Redis, stream: str, items: Iterable[Outgoing]) -> list[str]:
    """Pipelined XADD of every item; returns the new entry ids."""
    async with redis.pipeline(transaction=False) as pipe:
        for item in items:
            pipe.xadd(stream, item.fields())  # type: ignore[arg-type]
        ids = await pipe.execute()
    return [_text(i) for i in ids]


async def commit_batch(
    redis: Redis,
    *,
    source_stream: str,
    group: str,
    ack_ids: Sequence[str],
    outputs: Mapping[str, Sequence[Outgoing]] | None = None,
    dead: Sequence[Outgoing] = (),
) -> None:
    """Publish the results of a batch and acknowledge its entries in one MULTI/EXEC.

    Either every output entry, every dead letter and every XACK happens, or none does: a crash can
    make the batch be delivered again, but never half-published or dead-lettered twice.
    """
    async with redis.pipeline(transaction=True) as pipe:
        for stream, items in (outputs or {}).items():
            for item in items:
                pipe.xadd(stream, item.fields())  # type: ignore[arg-type]
        for item in dead:
            pipe.xadd(DEAD, item.fields())  # type: ignore[arg-type]
        if ack_ids:
            pipe.xack(source_stream, group, *ack_ids)
        await pipe.execute()
