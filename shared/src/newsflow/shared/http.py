"""Each service's HTTP side on ``NEWSFLOW_HTTP_PORT``: ``/health/live``, ``/health/ready``, ``/metrics``.

The routes are a FastAPI app served by uvicorn inside the service's own FastStream lifecycle: it
starts first (so ``/health/live`` answers while models load) and stops last. The FastStream app keeps
the process's signals and exit codes (SIGTERM finishes the batch in hand; a lost group exits 3), which
``faststream run`` with ``AsgiFastStream`` would hand to uvicorn instead.

Ready means: startup finished (groups created, models loaded, schema checked), Redis answers PING,
no consumer is waiting out an outage, and every check the service adds (the store: the database
answers) passes. The store mounts its read API on the same app.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any

import uvicorn
from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from faststream import FastStream
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from redis.asyncio import Redis

from newsflow.shared import redisconn
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import READY, REGISTRY, Refresher, refresh_streams
from newsflow.shared.settings import ServiceSettings

log = get_logger("newsflow.http")

Check = Callable[[], bool | Awaitable[bool]]
CHECK_TIMEOUT = 2.0


async def _awaited(value: Awaitable[bool]) -> bool:
    return await value


class _Server(uvicorn.Server):
    """uvicorn without its signal handlers: the FastStream app owns SIGTERM and SIGINT."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class HttpSide:
    def __init__(self, service: str, settings: ServiceSettings) -> None:
        self.service = service
        self.settings = settings
        self.started = False
        self.checks: dict[str, Check] = {}
        self.refreshers: list[Refresher] = [refresh_streams]
        self.redis: Redis | None = None
        self.server: _Server | None = None
        self._task: asyncio.Task[None] | None = None
        self.port: int | None = None
        self.api = FastAPI(
            title=f"newsflow {service}",
            summary="health, metrics"
            + (" and the read API over stored articles" if service == "store" else ""),
            version="0.2.0",
        )
        self._routes()

    def add_check(self, name: str, check: Check) -> None:
        self.checks[name] = check

    async def _run_check(self, check: Check) -> bool:
        try:
            result = check()
            if isinstance(result, bool):
                return result
            return bool(await asyncio.wait_for(_awaited(result), CHECK_TIMEOUT))
        except Exception:
            return False

    async def readiness(self) -> dict[str, bool]:
        out = {"started": self.started}
        out["redis"] = self.redis is not None and await self._run_check(self.redis.ping)
        for name, check in self.checks.items():
            out[name] = await self._run_check(check)
        return out

    def _routes(self) -> None:
        api = self.api

        @api.get("/health/live", tags=["health"], summary="The process is running")
        async def live() -> dict[str, Any]:
            return {"status": "live", "service": self.service}

        @api.get(
            "/health/ready",
            tags=["health"],
            summary="Ready to work: Redis and the service's dependencies answer",
        )
        async def ready() -> JSONResponse:
            checks = await self.readiness()
            ok = all(checks.values())
            READY.set(1 if ok else 0)
            return JSONResponse(
                {"status": "ready" if ok else "not ready", "service": self.service, "checks": checks},
                status_code=200 if ok else 503,
            )

        @api.get("/metrics", tags=["health"], summary="Prometheus metrics", response_class=Response)
        async def metrics() -> Response:
            if self.redis is not None:
                for refresh in self.refreshers:
                    try:
                        await asyncio.wait_for(refresh(self.redis), CHECK_TIMEOUT)
                    except Exception as exc:  # Redis down: the rest still answers
                        log.debug("metrics.refresh_failed", error=f"{type(exc).__name__}: {exc}")
            READY.set(1 if all((await self.readiness()).values()) else 0)
            return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    async def start(self) -> None:
        port = self.settings.http_port
        if port is None or self._task is not None:
            return
        self.redis = redisconn.client(
            self.settings.redis, socket_timeout=CHECK_TIMEOUT, socket_connect_timeout=CHECK_TIMEOUT
        )
        config = uvicorn.Config(
            self.api,
            host=self.settings.http_host,
            port=port,
            lifespan="off",
            log_level="warning",
            access_log=False,
        )
        self.server = _Server(config)
        self._task = asyncio.create_task(self.server.serve(), name="http")
        deadline = time.monotonic() + 10
        while not self.server.started:
            if self._task.done():
                self._task.result()  # raises the bind error
                raise RuntimeError(f"HTTP server on port {port} stopped at start")
            if time.monotonic() > deadline:
                raise RuntimeError(f"HTTP server on port {port} did not start")
            await asyncio.sleep(0.02)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        log.info("http.listening", service=self.service, host=self.settings.http_host, port=self.port)

    async def stop(self) -> None:
        if self.server is not None and self._task is not None:
            self.server.should_exit = True
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, 5)
            self._task = None
        if self.redis is not None:
            await self.redis.aclose()
            self.redis = None


SIDES: dict[int, HttpSide] = {}


def http_side(app: FastStream) -> HttpSide:
    return SIDES[id(app)]


def attach_http(app: FastStream, service: str, settings: ServiceSettings) -> HttpSide:
    """Serve the service's HTTP side for as long as ``app`` runs (a no-op without NEWSFLOW_HTTP_PORT)."""
    side = HttpSide(service, settings)
    SIDES[id(app)] = side
    app.on_startup(side.start)

    @app.after_startup
    async def _started() -> None:
        side.started = True

    @app.on_shutdown
    async def _stopping() -> None:
        side.started = False

    app.after_shutdown(side.stop)
    return side
