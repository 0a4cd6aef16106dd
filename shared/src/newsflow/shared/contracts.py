"""The JSON documents carried on the streams (field ``data`` of each entry).

Every document has ``schema_version``; producers in any language may write ``RawArticle`` by hand,
so it is lenient where that costs nothing (unknown fields are ignored, ``id`` is optional) and strict
where a wrong value would spread (the body must be non-empty and under the size cap).
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Final = 1
MAX_BODY_CHARS: Final = 1_000_000
MAX_TITLE_CHARS: Final = 2_000

EntityLabel = Literal["PERSON", "ORGANIZATION", "LOCATION", "MISC"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def content_id(title: str | None, body: str) -> str:
    """The id of an article nobody named: a hash of its normalised title and body.

    NFC and collapsed white space, so the same article dropped twice (or re-saved by an editor
    that changed line endings) is one article.
    """

    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).split())

    digest = hashlib.sha256(f"{norm(title or '')}\x1f{norm(body)}".encode()).hexdigest()
    return digest[:32]


class _Doc(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=False)


class RawArticle(_Doc):
    """An article as it enters newsflow, from the watched folder or from any other system."""

    schema_version: int = SCHEMA_VERSION
    id: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    title: Annotated[str, Field(max_length=MAX_TITLE_CHARS)] | None = None
    body: Annotated[str, Field(min_length=1, max_length=MAX_BODY_CHARS)]
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    received_at: datetime = Field(default_factory=utcnow)
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, v: int) -> int:
        if v > SCHEMA_VERSION:
            raise ValueError(f"schema_version {v} is newer than this service understands ({SCHEMA_VERSION})")
        return v

    @field_validator("title", "source", "url", "author")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        return v or None

    @model_validator(mode="after")
    def _derive_id(self) -> RawArticle:
        if self.id is None:
            self.id = content_id(self.title, self.body)
        return self

    @property
    def article_id(self) -> str:
        assert self.id is not None  # set by the validator
        return self.id


class Language(_Doc):
    code: str = Field(description="ISO 639-1 code, or 'und' when undetermined")
    confidence: float = Field(ge=0.0, le=1.0)


class Entity(_Doc):
    text: str = Field(description="the surface form, exactly as in the body")
    label: EntityLabel
    start: int = Field(ge=0, description="character offset in the body (Python str index)")
    end: int = Field(ge=0)
    canonical: str = Field(description="one form per entity, shared by all its spellings")
    confidence: float = Field(ge=0.0, le=1.0)


class Topic(_Doc):
    code: str = Field(description="IPTC Media Topic code, e.g. medtop:02000000")
    label: str
    label_ar: str | None = None
    score: float = Field(
        ge=0.0,
        le=1.0,
        description="how likely the article is about this topic (a top-level topic's score is calibrated "
        "on labelled news; a second-level topic scores below its parent)",
    )


class Enricher(_Doc):
    name: str
    version: str


class EnrichedArticle(RawArticle):
    """A raw article plus what enrich found in it."""

    id: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    language: Language
    entities: list[Entity] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    enriched_at: datetime = Field(default_factory=utcnow)
    enricher: Enricher


class Reason(_Doc):
    type: str
    message: str


class DeadLetter(_Doc):
    """An entry newsflow could not process: the original untouched, and why."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    schema_version: int = SCHEMA_VERSION
    stream: str
    entry_id: str
    fields: dict[str, str]
    reason: Reason
    service: str
    deliveries: int = Field(ge=0)
    failed_at: datetime = Field(default_factory=utcnow)
