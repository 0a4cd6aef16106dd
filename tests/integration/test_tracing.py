"""One trace per article across ingest, enrich and store (in-memory exporter, real Redis and SQLite)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from faststream import TestApp
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from newsflow.enrich.app import create_app as create_enrich
from newsflow.enrich.settings import EnrichSettings
from newsflow.ingest.app import create_app as create_ingest
from newsflow.ingest.settings import IngestSettings
from newsflow.shared import tracing
from newsflow.shared.contracts import RawArticle
from newsflow.shared.streams import RAW
from newsflow.store.app import create_app as create_store
from newsflow.store.db import make_engine
from newsflow.store.read import count_articles
from newsflow.store.settings import StoreSettings
from tests.conftest import eventually


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.enable(provider)
    yield exporter
    tracing.disable()


@pytest.fixture(autouse=True)
def _health_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_HEALTH_FILE", str(tmp_path / "alive"))


async def test_one_trace_from_the_file_to_the_row(
    spans: InMemorySpanExporter, tmp_path: Path, redis_url: str, sync_redis: redis.Redis
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    database = f"sqlite:///{tmp_path / 't.db'}"
    common = {"redis_url": redis_url, "poll_ms": 50}
    apps = [
        create_store(StoreSettings(database_url=database, consumer_name="s1", **common)),
        create_enrich(EnrichSettings(enrichers="language", consumer_name="e1", **common)),
        create_ingest(IngestSettings(inbox=inbox, consumer_name="i1", settle_seconds=0.1, **common)),
    ]
    engine = make_engine(database)
    async with TestApp(apps[0]), TestApp(apps[1]), TestApp(apps[2]):
        (inbox / "one.txt").write_text(
            "Police chiefs meet\n\nPolice chiefs from twenty countries met in Lyon.", encoding="utf-8"
        )
        # a plain producer starts its own trace with a W3C traceparent field beside data
        producer_trace, producer_span = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
        sync_redis.xadd(
            RAW,
            {
                "data": RawArticle(
                    title="From a producer", body="A plain producer's article about Marrakesh."
                ).model_dump_json(),
                "traceparent": f"00-{producer_trace}-{producer_span}-01",
            },
        )
        await eventually(lambda: count_articles(engine) == 2)
        await eventually(
            lambda: len([s for s in spans.get_finished_spans() if s.name == "newsflow.store"]) == 2
        )
    engine.dispose()

    finished = spans.get_finished_spans()
    by_name: dict[str, list] = {}
    for s in finished:
        by_name.setdefault(s.name, []).append(s)
    (ingest,) = by_name["newsflow.ingest"]
    assert ingest.kind == SpanKind.PRODUCER
    assert ingest.parent is None, "the file starts the trace"
    trace_id = ingest.context.trace_id
    enrich = [s for s in by_name["newsflow.enrich"] if s.context.trace_id == trace_id]
    store = [s for s in by_name["newsflow.store"] if s.context.trace_id == trace_id]
    assert len(enrich) == 1
    assert len(store) == 1
    assert enrich[0].parent.span_id == ingest.context.span_id
    assert store[0].parent.span_id == enrich[0].context.span_id
    assert (
        ingest.attributes["article_id"]
        == enrich[0].attributes["article_id"]
        == store[0].attributes["article_id"]
    )
    assert enrich[0].attributes["newsflow.language"] == "en"
    assert store[0].attributes["stored"] is True

    theirs = [s for s in finished if s.context.trace_id == int(producer_trace, 16)]
    assert sorted(s.name for s in theirs) == ["newsflow.enrich", "newsflow.store"]
    enrich_theirs = next(s for s in theirs if s.name == "newsflow.enrich")
    assert enrich_theirs.parent.span_id == int(producer_span, 16)


def test_tracing_is_off_unless_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OTEL_TRACES_EXPORTER", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)
    assert tracing.configure("test") is False
    assert not tracing.enabled()
    headers: dict[str, str] = {}
    tracing.inject(headers)
    assert headers == {}
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "zipkin")
    with pytest.raises(ValueError, match="otlp, console and none"):
        tracing.configure("test")
