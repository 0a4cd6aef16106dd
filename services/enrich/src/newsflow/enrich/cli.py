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
        from newsflow.shared.consumer import run_consumer_app
        from newsflow.shared.streams import ENRICH_GROUP, RAW

        settings = EnrichSettings()
        logs.configure(settings.log_level, settings.log_format, service="enrich")
        code = run_consumer_app(create_app(settings), settings, [(RAW, ENRICH_GROUP)], "enrich")
        raise typer.Exit(code)
