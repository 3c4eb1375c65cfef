"""IT staff's setup screens."""
