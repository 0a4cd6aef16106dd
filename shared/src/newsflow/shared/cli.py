"""The one console script, ``newsflow``; each installed service adds its subcommands.

Services register through the entry-point group ``newsflow.commands``: each entry point is a
function ``register(app: typer.Typer) -> None``. An image that installs only one service has only
that service's commands; this module never imports a service.
"""

from __future__ import annotations

from importlib.metadata import entry_points

import typer

app = typer.Typer(
    name="newsflow",
    help="newsflow: news articles from a watched folder or any Redis client, enriched, stored in SQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def load_commands(target: typer.Typer) -> list[str]:
    loaded = []
    for ep in sorted(entry_points(group="newsflow.commands"), key=lambda e: e.name):
        ep.load()(target)
        loaded.append(ep.name)
    return loaded


def main() -> None:
    load_commands(app)
    app()


if __name__ == "__main__":
    main()
