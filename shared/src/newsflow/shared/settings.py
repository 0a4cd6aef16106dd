"""Settings shared by every service: the Redis connection, naming, logging.

Names follow the usual conventions: ``REDIS_URL``, ``DATABASE_URL``, everything else ``NEWSFLOW_*``.
"""

from __future__ import annotations

import os
import socket
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_consumer_name() -> str:
    """Stable across restarts of one container (its hostname); docker-compose replicas differ by hostname."""
    return socket.gethostname()


class ServiceSettings(BaseSettings):
    """Composed into every service's settings class."""

    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_", extra="ignore", populate_by_name=True)

    redis_url: str = Field(
        default="redis://127.0.0.1:6379/0",
        validation_alias="REDIS_URL",
        description="Redis (or Valkey) holding the streams: redis://, rediss://, unix://, "
        "redis+sentinel://host:26379,.../<master>[/<db>] or redis+cluster://host:6379,...",
    )
    consumer_name: str = Field(
        default_factory=default_consumer_name,
        description="this replica's consumer name in its group; keep it stable across restarts",
    )
    batch_size: int = Field(default=100, ge=1, le=10_000, description="entries read per XREADGROUP")
    poll_ms: int = Field(default=1000, ge=10, description="how long one XREADGROUP blocks, ms")
    claim_idle_ms: int = Field(
        default=30_000,
        ge=100,
        description="pending entries idle this long (a dead replica's, or a failed batch) are claimed and retried",
    )
    max_deliveries: int = Field(
        default=5, ge=1, description="a message that failed this many deliveries goes to the dead stream"
    )
    trim_keep_seconds: float = Field(
        default=3600.0,
        description="streams are trimmed below what every group has acknowledged, keeping at least this "
        "many seconds of entries; -1 turns trimming off",
    )
    http_port: int | None = Field(
        default=None,
        ge=0,
        le=65535,
        description="serve /health/live, /health/ready, /metrics (and the store's read API) on this port; "
        "unset: no HTTP; 0: any free port",
    )
    http_host: str = Field(default="0.0.0.0", description="address the HTTP side listens on")
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["auto", "json", "console"] = "auto"

    @field_validator("redis_url", mode="before")
    @classmethod
    def _redis_url(cls, v: object) -> str:
        from newsflow.shared.redisconn import parse

        url = str(v).strip()
        parse(url)  # a clear error for an unsupported URL, at start
        return url

    @property
    def redis(self) -> str:
        return self.redis_url


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}
