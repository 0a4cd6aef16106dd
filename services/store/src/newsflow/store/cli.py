"""``newsflow store``, ``newsflow articles`` and ``newsflow db ...``."""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from typing import Annotated

import typer

DatabaseOpt = Annotated[
    str, typer.Option("--database", envvar="DATABASE_URL", help="sqlite:///path or postgresql://user@host/db")
]
DEFAULT_DB = "sqlite:///newsflow.db"


class Label(StrEnum):
    PERSON = "PERSON"
    LOCATION = "LOCATION"
    ORGANIZATION = "ORGANIZATION"


EntityOpt = Annotated[str | None, typer.Option(help="canonical form or a mention as written, e.g. الإنتربول")]
LabelOpt = Annotated[Label | None, typer.Option(help="only with an entity of this label")]
TopicOpt = Annotated[str | None, typer.Option(help="IPTC Media Topic code, e.g. medtop:02000000")]
SinceOpt = Annotated[datetime | None, typer.Option(help="received at or after (ISO 8601; UTC if no zone)")]
UntilOpt = Annotated[datetime | None, typer.Option(help="received before (ISO 8601; UTC if no zone)")]


def register(app: typer.Typer) -> None:
    @app.command()
    def store() -> None:
        """Consume newsflow:articles:enriched and write every article to SQL (DATABASE_URL)."""
        from newsflow.shared import logs, tracing
        from newsflow.shared.service import run_service
        from newsflow.shared.streams import ENRICHED, STORE_GROUP
        from newsflow.store.app import create_app
        from newsflow.store.settings import StoreSettings

        settings = StoreSettings()
        logs.configure(settings.log_level, settings.log_format, service="store")
        tracing.configure("store")
        code = run_service(create_app(settings), settings, "store", [(ENRICHED, STORE_GROUP)])
        raise typer.Exit(code)

    @app.command()
    def articles(
        database: DatabaseOpt = DEFAULT_DB,
        as_json: Annotated[
            bool, typer.Option("--json", help="a JSON array in the EnrichedArticle shape")
        ] = False,
        limit: Annotated[int, typer.Option(min=1, help="at most this many, newest first")] = 20,
        offset: Annotated[int, typer.Option(min=0, help="skip this many first")] = 0,
        entity: EntityOpt = None,
        entity_label: LabelOpt = None,
        topic: TopicOpt = None,
        language: Annotated[str | None, typer.Option(help="ISO 639-1 code, e.g. ar")] = None,
        source: Annotated[str | None, typer.Option(help="the articles' source")] = None,
        since: SinceOpt = None,
        until: UntilOpt = None,
        text: Annotated[
            str | None, typer.Option("--text", "-q", help="text in the title or the body")
        ] = None,
    ) -> None:
        """Show what is stored (the same filters as GET /articles)."""
        from newsflow.store.db import make_engine
        from newsflow.store.read import ArticleQuery, count_articles, list_articles

        query = ArticleQuery(
            entity=entity,
            entity_label=entity_label.value if entity_label else None,
            topic=topic,
            language=language,
            source=source,
            since=since,
            until=until,
            text=text,
        )
        engine = make_engine(database)
        try:
            items = list_articles(engine, limit=limit, offset=offset, query=query)
            total = count_articles(engine, query)
        finally:
            engine.dispose()
        if as_json:
            typer.echo(json.dumps([a.model_dump(mode="json") for a in items], ensure_ascii=False, indent=2))
            return
        typer.echo(f"{total} article(s) match; newest {len(items)} from {offset}:")
        for a in items:
            typer.echo(
                f"\n{a.id}  [{a.language.code} {a.language.confidence:.2f}]  {a.title or '(no title)'}"
            )
            if a.author:
                typer.echo(f"  by {a.author}")
            by_label: dict[str, list[str]] = {}
            for e in a.entities:
                names = by_label.setdefault(e.label, [])
                if e.canonical not in names:
                    names.append(e.canonical)
            for label, names in sorted(by_label.items()):
                typer.echo(f"  {label.lower():<13} {', '.join(names)}")
            if a.topics:
                typer.echo(
                    "  topics        " + ", ".join(f"{t.label} ({t.code}, {t.score:.2f})" for t in a.topics)
                )

    @app.command()
    def reenrich(
        database: DatabaseOpt = DEFAULT_DB,
        redis_url: Annotated[
            str, typer.Option("--redis-url", envvar="REDIS_URL", help="the pipeline's Redis")
        ] = "redis://127.0.0.1:6379/0",
        since: SinceOpt = None,
        until: UntilOpt = None,
        enricher_version_below: Annotated[
            str | None,
            typer.Option(help="only articles enriched by an older enricher release, e.g. 0.2.0"),
        ] = None,
        language: Annotated[str | None, typer.Option(help="only this language")] = None,
        batch: Annotated[int, typer.Option(min=1, max=10_000, help="entries per pipelined XADD")] = 500,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="count, publish nothing")] = False,
    ) -> None:
        """Put stored articles back on newsflow:articles:raw, so the running enricher updates them in place.

        Each keeps its id: the store's upsert replaces its language, entities and topics; nothing is duplicated.
        """
        import asyncio

        from newsflow.store.db import make_engine
        from newsflow.store.read import ArticleQuery, article_ids
        from newsflow.store.reenrich import republish

        query = ArticleQuery(
            since=since, until=until, language=language, enricher_version_below=enricher_version_below
        )
        engine = make_engine(database)
        try:
            ids = article_ids(engine, query)
            typer.echo(f"{len(ids)} article(s) selected")
            if dry_run or not ids:
                return
            sent = asyncio.run(republish(engine, redis_url, ids, batch))
        finally:
            engine.dispose()
        typer.echo(f"{sent} article(s) put back on the raw stream for re-enrichment")

    db = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
    app.add_typer(db, name="db")

    @db.command("upgrade")
    def db_upgrade(
        database: DatabaseOpt = DEFAULT_DB, revision: Annotated[str, typer.Argument()] = "head"
    ) -> None:
        """Apply the migrations up to REVISION (default: the newest)."""
        from newsflow.store import migrate
        from newsflow.store.db import make_engine

        engine = make_engine(database)
        migrate.upgrade(engine, revision)
        typer.echo(f"schema at {migrate.current(engine)}")
        engine.dispose()

    @db.command("current")
    def db_current(database: DatabaseOpt = DEFAULT_DB) -> None:
        """Print the schema revision of the database and the newest one."""
        from newsflow.store import migrate
        from newsflow.store.db import make_engine

        engine = make_engine(database)
        typer.echo(f"current {migrate.current(engine)}; head {migrate.head()}")
        engine.dispose()
