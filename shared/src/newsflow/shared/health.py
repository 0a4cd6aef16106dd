"""Liveness for container healthchecks: a service touches a file while its loop runs.

``newsflow healthcheck`` (the docker-compose healthcheck) succeeds while that file is fresh. The
file is written only once the service has started (groups created, models loaded, schema checked).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

INTERVAL = 5.0


def default_path() -> Path:
    return Path(os.environ.get("NEWSFLOW_HEALTH_FILE", "/tmp/newsflow.alive"))


class Heartbeat:
    """Beats while every check passes: a consumer waiting out an outage stops it, and the service turns
    unhealthy until the dependency is back."""

    def __init__(self, path: Path | None = None, interval: float | None = None) -> None:
        self.path = path or default_path()
        self.interval = interval or INTERVAL
        self.checks: list[Callable[[], bool]] = []
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        while True:
            if all(check() for check in self.checks):
                self.path.touch()
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._task = asyncio.create_task(self._beat(), name="heartbeat")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.path.unlink(missing_ok=True)


def is_fresh(path: Path | None = None, max_age: float = 30.0) -> bool:
    path = path or default_path()
    try:
        return time.time() - path.stat().st_mtime <= max_age
    except FileNotFoundError:
        return False
