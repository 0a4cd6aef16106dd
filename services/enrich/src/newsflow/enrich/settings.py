from __future__ import annotations

from pydantic import Field, field_validator

from newsflow.shared.settings import ServiceSettings

STAGES = ("language", "entities", "topics")


class EnrichSettings(ServiceSettings):
    enrichers: str = Field(
        default="all", description="all, none, or a comma list of: language, entities, topics"
    )

    recognizer: str = Field(
        default="crf",
        description="entity recogniser: crf, crf:DIR, rules, spacy:NAME_OR_PATH or hf:LOCAL_PATH",
    )

    @field_validator("enrichers")
    @classmethod
    def _known(cls, v: str) -> str:
        v = v.strip().lower()
        if v in {"all", "none"}:
            return v
        unknown = {s.strip() for s in v.split(",")} - set(STAGES)
        if unknown:
            raise ValueError(
                f"unknown enrichers {sorted(unknown)}; choose from all, none, {', '.join(STAGES)}"
            )
        return v

    @property
    def stages(self) -> frozenset[str]:
        if self.enrichers == "all":
            return frozenset(STAGES)
        if self.enrichers == "none":
            return frozenset()
        return frozenset(s.strip() for s in self.enrichers.split(","))
