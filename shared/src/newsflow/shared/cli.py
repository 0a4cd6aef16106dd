"""The one console script, ``newsflow``; each installed service adds its subcommands.

Services register through the entry-point group ``newsflow.commands``: each entry point is a
function ``register(app: typer.Typer) -> None``. An image that installs only one service has only
that service's commands; this module never imports a service.
"""

from __future__ import annotations

import signal
import sys

# A SIGTERM while the command is still starting (imports, models loading) finds nothing in hand:
# exit 0 at once. Each service installs its draining handler once it runs.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

from importlib.metadata import entry_points  # noqa: E402

import typer  # noqa: E402

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
