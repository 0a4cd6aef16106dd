"""``newsflow enrich``: the worker docker-compose scales out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

JsonOpt = Annotated[bool, typer.Option("--json", help="one JSON object instead of a table")]


def register(app: typer.Typer) -> None:
    ev = typer.Typer(help="Measure enrichment against labelled data.", no_args_is_help=True)
    app.add_typer(ev, name="eval")

    def show(result: dict[str, object], as_json: bool) -> None:
        from newsflow.enrich.evaluate import render_table

        typer.echo(json.dumps(result, indent=2) if as_json else render_table(result))

    @ev.command("ner")
    def eval_ner(
        path: Annotated[
            Path,
            typer.Argument(
                exists=True,
                dir_okay=False,
                help="CoNLL file (IOB2 tags), or .jsonl documents with entity offsets",
            ),
        ],
        lang: Annotated[str, typer.Option(help="ar or en")] = "ar",
        recognizer_spec: Annotated[
            str,
            typer.Option(
                "--recognizer", help="crf (default), crf:DIR, rules, spacy:NAME_OR_PATH or hf:LOCAL_PATH"
            ),
        ] = "crf",
        as_json: JsonOpt = False,
    ) -> None:
        """Entity-level precision, recall and F1 (PER, LOC, ORG; micro-averaged and per type)."""
        from newsflow.enrich.evaluate import read_ner, score_ner
        from newsflow.enrich.recognizers import make_recognizer
        from newsflow.enrich.resources import load

        recognizer = make_recognizer(recognizer_spec, load())
        show(score_ner(read_ner(path), lambda text: recognizer(text, lang)), as_json)

    @ev.command("lang")
    def eval_lang(
        path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="TSV: code<TAB>text")],
        as_json: JsonOpt = False,
    ) -> None:
        """Language identification accuracy, overall and per language."""
        from newsflow.enrich.evaluate import read_lang_tsv, score_language
        from newsflow.enrich.language import LanguageDetector

        show(score_language(read_lang_tsv(path), LanguageDetector()), as_json)

    @ev.command("topics")
    def eval_topics(
        path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL: text, title, topics")],
        as_json: JsonOpt = False,
    ) -> None:
        """Top-1 accuracy and micro P/R/F1 of the assigned IPTC topics."""
        from newsflow.enrich.evaluate import read_topics_jsonl, score_topics
        from newsflow.enrich.resources import load
        from newsflow.enrich.topics import TopicTagger

        iptc = load().iptc
        show(
            score_topics(read_topics_jsonl(path), TopicTagger(iptc), {t["code"]: t["top"] for t in iptc}),
            as_json,
        )

    @app.command()
    def enrich() -> None:
        """Consume newsflow:articles:raw, add language, entities and topics, publish to newsflow:articles:enriched."""
        from newsflow.enrich.app import create_app
        from newsflow.enrich.settings import EnrichSettings
        from newsflow.shared import logs, tracing
        from newsflow.shared.service import run_service
        from newsflow.shared.streams import ENRICH_GROUP, RAW

        settings = EnrichSettings()
        logs.configure(settings.log_level, settings.log_format, service="enrich")
        tracing.configure("enrich")
        code = run_service(create_app(settings), settings, "enrich", [(RAW, ENRICH_GROUP)])
        raise typer.Exit(code)
