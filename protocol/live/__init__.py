"""The live-lesson protocol's messages as typed records, made and read the same way by the hub and the client.

record.py: the base every message and part derives from (to_json/from_json); parts.py: the objects
inside messages (a session description, a roster entry, a TURN server, the media); from_client.py and
from_hub.py: one record per message type each way; wire.py: a received message (text or dict)
validated against protocol/openapi.json and turned into its record, and a record into JSON text.
"""
