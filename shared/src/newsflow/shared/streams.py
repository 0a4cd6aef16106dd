"""Stream and consumer-group names: the topology of DESIGN.md in one place.

The names are a deployment's constant. On a Redis Cluster (``REDIS_URL=redis+cluster://...``) every
newsflow key carries the hash tag ``{newsflow}`` (``{newsflow}:articles:raw`` ...) so that they share
one slot: publishing an entry and acknowledging its source is one MULTI/EXEC. ``NEWSFLOW_STREAM_PREFIX``
overrides the prefix (it must then be the same for every service and every producer).
"""

import os
from typing import Final


def _prefix() -> str:
    explicit = os.environ.get("NEWSFLOW_STREAM_PREFIX", "").strip()
    if explicit:
        return explicit
    scheme = os.environ.get("REDIS_URL", "").split("://", 1)[0].lower()
    return "{newsflow}" if scheme.endswith("+cluster") else "newsflow"


PREFIX: Final = _prefix()
RAW: Final = f"{PREFIX}:articles:raw"
ENRICHED: Final = f"{PREFIX}:articles:enriched"
DEAD: Final = f"{PREFIX}:articles:dead"

ENRICH_GROUP: Final = "enrich"
STORE_GROUP: Final = "store"

#: stream -> the groups newsflow itself reads it with (other systems add their own groups).
GROUPS: Final[dict[str, tuple[str, ...]]] = {RAW: (ENRICH_GROUP,), ENRICHED: (STORE_GROUP,)}
