"""Stream and consumer-group names: the topology of DESIGN.md in one place."""

from typing import Final

RAW: Final = "newsflow:articles:raw"
ENRICHED: Final = "newsflow:articles:enriched"
DEAD: Final = "newsflow:articles:dead"

ENRICH_GROUP: Final = "enrich"
STORE_GROUP: Final = "store"

#: stream -> the groups newsflow itself reads it with (other systems add their own groups).
GROUPS: Final[dict[str, tuple[str, ...]]] = {RAW: (ENRICH_GROUP,), ENRICHED: (STORE_GROUP,)}
