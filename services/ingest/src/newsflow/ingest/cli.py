"""``newsflow ingest``: the service docker-compose runs, configured by the environment."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest() -> None:
        """Watch NEWSFLOW_INBOX and publish every article file to newsflow:articles:raw."""
        from newsflow.ingest.app import create_app
        from newsflow.ingest.settings import IngestSettings
        from newsflow.shared import logs, tracing
        from newsflow.shared.service import run_service

        settings = IngestSettings()
        logs.configure(settings.log_level, settings.log_format, service="ingest")
        tracing.configure("ingest")
        raise typer.Exit(run_service(create_app(settings), settings, "ingest"))
