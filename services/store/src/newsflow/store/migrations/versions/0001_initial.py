"""articles, entities, article_entities, article_topics

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("language_confidence", sa.Float(), nullable=False),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("enriched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enricher_name", sa.String(100), nullable=False),
        sa.Column("enricher_version", sa.String(50), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_received_at", "articles", ["received_at"])
    op.create_index("ix_articles_language", "articles", ["language"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("canonical", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
        sa.UniqueConstraint("label", "canonical", name="uq_entities_label_canonical"),
    )
    op.create_table(
        "article_entities",
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_article_entities_article_id_articles",
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name="fk_article_entities_entity_id_entities"
        ),
        sa.PrimaryKeyConstraint("article_id", "start_char", "end_char", name="pk_article_entities"),
    )
    op.create_index("ix_article_entities_entity_id", "article_entities", ["entity_id"])
    op.create_table(
        "article_topics",
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("label_ar", sa.Text()),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], ondelete="CASCADE", name="fk_article_topics_article_id_articles"
        ),
        sa.PrimaryKeyConstraint("article_id", "code", name="pk_article_topics"),
    )
    op.create_index("ix_article_topics_code", "article_topics", ["code"])


def downgrade() -> None:
    op.drop_table("article_topics")
    op.drop_table("article_entities")
    op.drop_table("entities")
    op.drop_table("articles")
