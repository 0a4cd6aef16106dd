"""What every newsflow service app is made of: a quiet Redis broker and a FastStream app with a heartbeat."""

from __future__ import annotations

from faststream import FastStream
from faststream.redis import RedisBroker

from newsflow.shared.health import Heartbeat
from newsflow.shared.settings import ServiceSettings


def make_broker(settings: ServiceSettings, graceful_timeout: float | None = 30.0) -> RedisBroker:
    """A Redis broker without FastStream's per-message access log (7-16 % of CPU; newsflow logs batches).

    ``logger=None`` is FastStream's documented way to turn it off; its type annotation leaves None out.
    ``graceful_timeout``: on SIGTERM, how long in-flight handlers get to finish before the process exits.
    """
    return RedisBroker(settings.redis, logger=None, graceful_timeout=graceful_timeout)  # type: ignore[arg-type]


def service_app(broker: RedisBroker) -> FastStream:
    """The app around ``broker``; its heartbeat (for ``newsflow healthcheck``) beats once startup is complete."""
    app = FastStream(broker, logger=None)
    heartbeat = Heartbeat()

    @app.after_startup
    async def _alive() -> None:
        heartbeat.start()

    @app.on_shutdown
    async def _not_alive() -> None:
        await heartbeat.stop()

    return app
