"""``newsflow enrich``: the worker docker-compose scales out."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def enrich() -> None:
        """Consume newsflow:articles:raw, add language, entities and topics, publish to newsflow:articles:enriched."""
        from newsflow.enrich.app import create_app
        from newsflow.enrich.settings import EnrichSettings
        from newsflow.shared import logs
        from newsflow.shared.service import run_service
        from newsflow.shared.streams import ENRICH_GROUP, RAW

        settings = EnrichSettings()
        logs.configure(settings.log_level, settings.log_format, service="enrich")
        code = run_service(create_app(settings), settings, "enrich", [(RAW, ENRICH_GROUP)])
        raise typer.Exit(code)
