"""Pending entries nobody finished: taken over with XAUTOCLAIM and processed again.

An entry stays pending in its group when the consumer it was delivered to died, or when processing
failed (the database was down, say). Every replica sweeps its group periodically and claims entries
idle for longer than ``NEWSFLOW_CLAIM_IDLE_MS``, its own included, so they are retried by whoever is
alive, whatever name the dead consumer had. The sweep and the subscriber never process at the same
time (they share a lock), and processing is idempotent, so a claim of an entry still in someone's hands
costs a repeat, never a duplicate row.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from newsflow.shared.logs import get_logger
from newsflow.shared.settings import ServiceSettings
from newsflow.shared.wire import Entry, to_entry

Process = Callable[[Redis, list[Entry]], Awaitable[None]]

log = get_logger(__name__)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Reclaimer:
    def __init__(
        self, settings: ServiceSettings, stream: str, group: str, process: Process, stage: str
    ) -> None:
        self.settings = settings
        self.stream = stream
        self.group = group
        self.process = process
        self.stage = stage
        self.claimed = 0
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def interval(self) -> float:
        return max(0.1, min(self.settings.claim_idle_ms / 2000, 10.0))

    async def sweep(self, redis: Redis) -> int:
        """One pass over the group's pending entries; returns how many were claimed and processed."""
        cursor = "0-0"
        done = 0
        while not self._stop.is_set():
            reply = await redis.xautoclaim(
                self.stream,
                self.group,
                self.settings.consumer_name,
                min_idle_time=self.settings.claim_idle_ms,
                start_id=cursor,
                count=self.settings.batch_size,
            )
            cursor = _text(reply[0])
            entries = [to_entry(i, f) for i, f in reply[1] if f]
            if len(reply) > 2 and reply[2]:  # trimmed or deleted while pending: nothing left to process
                log.warning(
                    f"{self.stage}.pending_entries_gone", stream=self.stream, ids=[_text(i) for i in reply[2]]
                )
            if entries:
                log.info(
                    f"{self.stage}.reclaimed",
                    stream=self.stream,
                    entries=len(entries),
                    first_id=entries[0].id,
                    idle_ms=self.settings.claim_idle_ms,
                )
                await self.process(redis, entries)
                done += len(entries)
            if cursor == "0-0":
                break
        self.claimed += done
        return done

    async def _run(self) -> None:
        redis = Redis.from_url(self.settings.redis)
        try:
            while not self._stop.is_set():
                try:
                    await self.sweep(redis)
                except Exception as exc:  # Redis away, processing failed: the entries stay pending
                    log.warning(
                        f"{self.stage}.reclaim_failed",
                        stream=self.stream,
                        error=f"{type(exc).__name__}: {exc}",
                    )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), self.interval)
        finally:
            await redis.aclose()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"reclaim:{self.stream}")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
