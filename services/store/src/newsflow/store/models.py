"""The schema as SQLAlchemy Core tables. Alembic migrations (``migrations/``) are what creates it."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("schema_version", Integer, nullable=False),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("author", Text),
    Column("published_at", DateTime(timezone=True)),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("language", String(16), nullable=False),
    Column("language_confidence", Float, nullable=False),
    Column("metadata", JSON, nullable=False),
    Column("enriched_at", DateTime(timezone=True), nullable=False),
    Column("enricher_name", String(100), nullable=False),
    Column("enricher_version", String(50), nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_received_at", "received_at"),
    Index("ix_articles_language", "language"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("label", String(20), nullable=False),
    Column("canonical", String(500), nullable=False),
    UniqueConstraint("label", "canonical", name="uq_entities_label_canonical"),
)

article_entities = Table(
    "article_entities",
    metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("start_char", Integer, primary_key=True),
    Column("end_char", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_article_entities_entity_id", "entity_id"),
)

article_topics = Table(
    "article_topics",
    metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("code", String(32), primary_key=True),
    Column("label", Text, nullable=False),
    Column("label_ar", Text),
    Column("score", Float, nullable=False),
    Index("ix_article_topics_code", "code"),
)
