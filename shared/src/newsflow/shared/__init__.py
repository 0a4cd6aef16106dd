"""newsflow.shared: what every newsflow service agrees on (contracts, streams, wire format, settings, logging)."""

__version__ = "0.1.0"
