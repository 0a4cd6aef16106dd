"""The published contract, generated from the code: JSON Schemas of the documents and an AsyncAPI 3 document.

FastStream's own AsyncAPI generator would describe its ``__data__`` envelope; newsflow's streams carry
the plain ``data`` field, so the document is built here from the same pydantic models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsflow.shared import __version__
from newsflow.shared.contracts import DeadLetter, EnrichedArticle, RawArticle
from newsflow.shared.streams import DEAD, ENRICH_GROUP, ENRICHED, RAW, STORE_GROUP

MODELS: dict[str, type[BaseModel]] = {
    "RawArticle": RawArticle,
    "EnrichedArticle": EnrichedArticle,
    "DeadLetter": DeadLetter,
}
CHANNELS = {
    "raw": (
        RAW,
        "RawArticle",
        "Articles to enrich: written by ingest and by any other system.",
        ENRICH_GROUP,
    ),
    "enriched": (
        ENRICHED,
        "EnrichedArticle",
        "Enriched articles: read by the store and any other group.",
        STORE_GROUP,
    ),
    "dead": (DEAD, "DeadLetter", "Entries newsflow could not process, with the reason.", None),
}


def json_schemas() -> dict[str, dict[str, Any]]:
    return {name: model.model_json_schema(mode="validation") for name, model in MODELS.items()}


def _entry_schema(doc: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"One stream entry: field `data` holds the {doc} JSON document (UTF-8); other fields are "
        "flat string headers.",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "string",
                "contentMediaType": "application/json",
                "contentSchema": {"$ref": f"#/components/schemas/{doc}"},
            },
            "correlation_id": {
                "type": "string",
                "description": "follows the article across the services' logs",
            },
            "content_type": {"type": "string", "const": "application/json"},
            "traceparent": {
                "type": "string",
                "description": "W3C trace context (OpenTelemetry); a producer may set it to start the article's trace",
            },
            "tracestate": {"type": "string", "description": "W3C trace state, with traceparent"},
        },
        "additionalProperties": {"type": "string"},
    }


def asyncapi() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(mode="validation", ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[name] = schema
    channels, operations, messages = {}, {}, {}
    for key, (address, doc, description, group) in CHANNELS.items():
        messages[f"{doc}Entry"] = {
            "name": f"{doc}Entry",
            "contentType": "application/json",
            "payload": _entry_schema(doc),
        }
        channels[key] = {
            "address": address,
            "description": description,
            "messages": {doc: {"$ref": f"#/components/messages/{doc}Entry"}},
        }
        operations[f"send_{key}"] = {"action": "send", "channel": {"$ref": f"#/channels/{key}"}}
        if group:
            operations[f"receive_{key}"] = {
                "action": "receive",
                "channel": {"$ref": f"#/channels/{key}"},
                "description": f"consumer group `{group}`, created at id 0",
            }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "newsflow",
            "version": __version__,
            "description": "News articles through Redis Streams: XADD <stream> * data '<json>'.",
        },
        "defaultContentType": "application/json",
        "servers": {"redis": {"host": "localhost:6379", "protocol": "redis"}},
        "channels": channels,
        "operations": operations,
        "components": {"schemas": schemas, "messages": messages},
    }


def render() -> dict[str, str]:
    """File name -> content of every generated contract file."""
    out = {
        f"schemas/{name}.json": json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in json_schemas().items()
    }
    out["asyncapi.json"] = json.dumps(asyncapi(), ensure_ascii=False, indent=2) + "\n"
    return out


def write(docs: Path) -> list[Path]:
    written = []
    for name, content in render().items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written
