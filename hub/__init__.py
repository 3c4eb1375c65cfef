"""oo-hub: the server classroom clients talk to (catalog, videos, results; later live signaling)."""
