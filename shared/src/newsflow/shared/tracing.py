"""OpenTelemetry traces across the three hops: one trace per article, from the file (or the producer)
through enrich to the store.

The W3C trace context travels in the stream entry's own header fields (``traceparent``, ``tracestate``)
beside ``data``, so a plain producer can start the trace too: ``XADD newsflow:articles:raw * data
'{...}' traceparent 00-<trace id>-<span id>-01``. Each service opens one span per article, a child of
the context its entry carries, and writes its own context into what it publishes.

Off by default and then free: nothing is extracted or injected. It is on when ``OTEL_TRACES_EXPORTER``
names an exporter (``otlp``, ``console``) or ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set; the OTLP exporter
reads the standard ``OTEL_EXPORTER_OTLP_*`` variables, ``OTEL_SERVICE_NAME`` overrides the service name
(``newsflow-<service>``) and ``OTEL_SDK_DISABLED=true`` turns it off.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from typing import Any

from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SpanExporter
from opentelemetry.trace import Span, SpanKind

PRODUCER = SpanKind.PRODUCER
_enabled = False
_tracer: trace.Tracer = trace.NoOpTracer()
_provider: TracerProvider | None = None
CARRIER_FIELDS = ("traceparent", "tracestate")


def _exporters() -> list[SpanExporter]:
    names = [n.strip().lower() for n in os.environ.get("OTEL_TRACES_EXPORTER", "").split(",") if n.strip()]
    if not names and os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"):
        names = ["otlp"]
    out: list[SpanExporter] = []
    for name in names:
        if name == "none":
            return []
        if name == "console":
            out.append(ConsoleSpanExporter())
        elif name == "otlp":
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            out.append(OTLPSpanExporter())
        else:
            raise ValueError(f"OTEL_TRACES_EXPORTER={name!r}: newsflow knows otlp, console and none")
    return out


def configure(service: str) -> bool:
    """Set up tracing for this process from the OTEL_* environment; whether it is on."""
    if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    exporters = _exporters()
    if not exporters:
        return False
    name = os.environ.get("OTEL_SERVICE_NAME") or f"newsflow-{service}"
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    for exporter in exporters:
        provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)  # for libraries that trace too
    enable(provider)
    return True


def enable(provider: TracerProvider) -> None:
    """Trace with ``provider`` (``configure`` does it from the environment; tests pass their own)."""
    global _enabled, _tracer, _provider
    _provider = provider
    _tracer = provider.get_tracer("newsflow")
    _enabled = True


def disable() -> None:
    global _enabled, _tracer
    _enabled = False
    _tracer = trace.NoOpTracer()


def enabled() -> bool:
    return _enabled


def shutdown() -> None:
    if _enabled and _provider is not None:
        _provider.force_flush()


def inject(headers: dict[str, str]) -> None:
    """Write the current span's context into an entry's header fields (nothing when tracing is off)."""
    if _enabled:
        propagate.inject(headers)


@contextlib.contextmanager
def article_span(
    name: str,
    carrier: Mapping[str, str] | None = None,
    kind: SpanKind = SpanKind.CONSUMER,
    attributes: Mapping[str, Any] | None = None,
) -> Iterator[Span | None]:
    """A span for one article, the child of the context in ``carrier`` (an entry's fields), if any."""
    if not _enabled:
        yield None
        return
    parent = propagate.extract({k: carrier[k] for k in CARRIER_FIELDS if k in carrier}) if carrier else None
    attrs = {k: v for k, v in (attributes or {}).items() if v is not None}
    with _tracer.start_as_current_span(name, context=parent, kind=kind, attributes=attrs) as span:
        yield span


def record_span(
    name: str, carrier: Mapping[str, str] | None, start_ns: int, end_ns: int, attributes: Mapping[str, Any]
) -> None:
    """A finished span for one article of a batch handled as a whole (the store's transaction)."""
    if not _enabled:
        return
    parent = propagate.extract({k: carrier[k] for k in CARRIER_FIELDS if k in carrier}) if carrier else None
    attrs = {k: v for k, v in attributes.items() if v is not None}
    span = _tracer.start_span(
        name, context=parent, kind=SpanKind.CONSUMER, attributes=attrs, start_time=start_ns
    )
    span.end(end_time=end_ns)
