"""What the client and the hub share: the OpenAPI document and its validator, typed records, the Janus HTTP client."""
