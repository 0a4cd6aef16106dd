"""Stream trimming that never loses an unread or unacknowledged entry.

A stream is trimmed only below the lowest point every one of its consumer groups has reached: for a
group, the oldest entry still pending, else the entry after the last one delivered to it. Entries
younger than ``NEWSFLOW_TRIM_KEEP_SECONDS`` are kept anyway (room for a late reader or a replay).
A stream without any group is never trimmed, nor is the dead-letter stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from newsflow.shared import redisconn
from newsflow.shared.logs import get_logger
from newsflow.shared.settings import ServiceSettings

log = get_logger(__name__)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def parse_id(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def after(entry_id: str) -> str:
    ms, seq = parse_id(entry_id)
    return f"{ms}-{seq + 1}"


async def safe_min_id(redis: Redis, stream: str, keep_seconds: float) -> str | None:
    """The MINID below which every group is done with ``stream``; None when nothing may be trimmed."""
    try:
        groups = await redis.xinfo_groups(stream)
    except ResponseError:  # no such stream
        return None
    if not groups:
        return None
    bounds = []
    for g in groups:
        last = _text(g["last-delivered-id"])
        if int(g.get("pending") or 0) > 0:
            summary = await redis.xpending(stream, _text(g["name"]))
            oldest = _text(summary["min"])
            bounds.append(min(oldest, after(last), key=parse_id))
        else:
            bounds.append(after(last))
    bound = min(bounds, key=parse_id)
    if keep_seconds > 0:
        window = f"{int((time.time() - keep_seconds) * 1000)}-0"
        bound = min(bound, window, key=parse_id)
    return None if bound in ("0-1", "0-0") else bound


async def trim(redis: Redis, stream: str, keep_seconds: float) -> int:
    """Trim ``stream`` as far as is safe; returns the number of entries removed."""
    bound = await safe_min_id(redis, stream, keep_seconds)
    if bound is None:
        return 0
    return int(await redis.xtrim(stream, minid=bound, approximate=False))


class Trimmer:
    """Trims the stream a service consumes, every ``interval`` seconds."""

    def __init__(self, settings: ServiceSettings, stream: str, interval: float = 30.0) -> None:
        self.settings = settings
        self.stream = stream
        self.interval = interval
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        redis = redisconn.client(self.settings.redis)
        try:
            while not self._stop.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), self.interval)
                try:
                    if (removed := await trim(redis, self.stream, self.settings.trim_keep_seconds)) > 0:
                        log.info("stream.trimmed", stream=self.stream, removed=removed)
                except Exception as exc:  # next time
                    log.info("stream.trim_failed", stream=self.stream, error=f"{type(exc).__name__}: {exc}")
        finally:
            await redis.aclose()

    async def start(self) -> None:
        if self.settings.trim_keep_seconds >= 0:
            self._task = asyncio.create_task(self._run(), name=f"trim:{self.stream}")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
