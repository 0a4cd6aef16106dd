"""``newsflow ingest``: the service docker-compose runs, configured by the environment."""

from __future__ import annotations

import asyncio

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest() -> None:
        """Watch NEWSFLOW_INBOX and publish every article file to newsflow:articles:raw."""
        from newsflow.ingest.app import create_app
        from newsflow.ingest.settings import IngestSettings
        from newsflow.shared import logs

        settings = IngestSettings()
        logs.configure(settings.log_level, settings.log_format, service="ingest")
        asyncio.run(create_app(settings).run())
