"""``newsflow store``, ``newsflow articles`` and ``newsflow db ...``."""

from __future__ import annotations

import json
from typing import Annotated

import typer

DatabaseOpt = Annotated[
    str, typer.Option("--database", envvar="DATABASE_URL", help="sqlite:///path or postgresql://user@host/db")
]
DEFAULT_DB = "sqlite:///newsflow.db"


def register(app: typer.Typer) -> None:
    @app.command()
    def store() -> None:
        """Consume newsflow:articles:enriched and write every article to SQL (DATABASE_URL)."""
        from newsflow.shared import logs
        from newsflow.shared.service import run_service
        from newsflow.shared.streams import ENRICHED, STORE_GROUP
        from newsflow.store.app import create_app
        from newsflow.store.settings import StoreSettings

        settings = StoreSettings()
        logs.configure(settings.log_level, settings.log_format, service="store")
        code = run_service(create_app(settings), settings, "store", [(ENRICHED, STORE_GROUP)])
        raise typer.Exit(code)

    @app.command()
    def articles(
        database: DatabaseOpt = DEFAULT_DB,
        as_json: Annotated[
            bool, typer.Option("--json", help="a JSON array in the EnrichedArticle shape")
        ] = False,
        limit: Annotated[int, typer.Option(min=1, help="at most this many, newest first")] = 20,
    ) -> None:
        """Show what is stored."""
        from newsflow.store.db import make_engine
        from newsflow.store.read import count_articles, list_articles

        engine = make_engine(database)
        try:
            items = list_articles(engine, limit=limit)
            total = count_articles(engine)
        finally:
            engine.dispose()
        if as_json:
            typer.echo(json.dumps([a.model_dump(mode="json") for a in items], ensure_ascii=False, indent=2))
            return
        typer.echo(f"{total} article(s) stored; newest {len(items)}:")
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
