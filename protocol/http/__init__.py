"""The HTTP API's bodies as typed records (one module per concept), read through wire.read."""
