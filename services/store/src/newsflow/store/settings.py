from __future__ import annotations

from pydantic import Field

from newsflow.shared.settings import ServiceSettings


class StoreSettings(ServiceSettings):
    database_url: str = Field(
        default="sqlite:///newsflow.db",
        validation_alias="DATABASE_URL",
        description="sqlite:///path (default) or postgresql://user:pw@host/db",
    )
    auto_migrate: bool | None = Field(
        default=None,
        description="upgrade the schema at start; "
        "default: on for SQLite, off elsewhere (run `newsflow db upgrade`)",
    )
