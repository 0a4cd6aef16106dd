"""What every newsflow service app is made of: a quiet Redis broker and a FastStream app with a heartbeat."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Callable, Sequence

from faststream import FastStream
from faststream.redis import RedisBroker
from faststream.redis.prometheus import RedisPrometheusMiddleware

from newsflow.shared import redisconn, tracing
from newsflow.shared.health import Heartbeat
from newsflow.shared.http import attach_http
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import REGISTRY
from newsflow.shared.settings import ServiceSettings

HEARTBEATS: dict[int, Heartbeat] = {}


def add_health_check(app: FastStream, check: Callable[[], bool]) -> None:
    """Make the service's heartbeat (``newsflow healthcheck``) depend on ``check`` too."""
    HEARTBEATS[id(app)].checks.append(check)


def make_broker(settings: ServiceSettings, graceful_timeout: float | None = 30.0) -> RedisBroker:
    """A Redis broker without FastStream's per-message access log (7-16 % of CPU; newsflow logs batches).

    ``logger=None`` is FastStream's documented way to turn it off; its type annotation leaves None out.
    ``graceful_timeout``: on SIGTERM, how long in-flight handlers get to finish before the process exits.
    """
    return redisconn.broker(
        settings.redis,
        logger=None,
        graceful_timeout=graceful_timeout,
        middlewares=[RedisPrometheusMiddleware(registry=REGISTRY, app_name="newsflow")],
    )


def service_app(broker: RedisBroker, settings: ServiceSettings, service: str) -> FastStream:
    """The app around ``broker``; its heartbeat (for ``newsflow healthcheck``) beats once startup is complete.

    Its HTTP side (``NEWSFLOW_HTTP_PORT``) starts before anything else and stops last; readiness
    includes the heartbeat's checks (no consumer waiting out an outage).
    """
    app = FastStream(broker, logger=None)
    heartbeat = Heartbeat()
    HEARTBEATS[id(app)] = heartbeat
    side = attach_http(app, service, settings)
    side.add_check("consuming", lambda: all(check() for check in heartbeat.checks))

    @app.after_startup
    async def _alive() -> None:
        heartbeat.start()

    @app.on_shutdown
    async def _not_alive() -> None:
        await heartbeat.stop()

    return app


def _exit_quietly(signum: int, _: object) -> None:
    """SIGTERM before the app is up (models loading, schema checked): nothing is in hand, exit 0."""
    sys.exit(0)


def run_service(
    app: FastStream, settings: ServiceSettings, stage: str, groups: Sequence[tuple[str, str]] = ()
) -> int:
    """Run a service app to its end; the exit code for the command line.

    0 after SIGTERM or SIGINT (in flight work finished); 3 when a consumer stopped because its group
    vanished (FastStream 0.7 stops such a subscriber; the restarted service recreates its groups at
    start, and the non-zero code makes every restart policy fire).
    """
    signal.signal(signal.SIGTERM, _exit_quietly)  # FastStream installs its own once it runs
    try:
        asyncio.run(app.run())
    finally:
        tracing.shutdown()  # the last spans are exported before the process ends
    if not groups:
        return 0
    from newsflow.shared.consumer import missing_groups

    try:
        lost = asyncio.run(missing_groups(settings.redis, groups))
    except Exception:
        return 0
    if lost:
        get_logger(__name__).error(
            f"{stage}.group_lost", groups=[f"{s}/{g}" for s, g in lost], action="exit 3 to be restarted"
        )
        return 3
    return 0
