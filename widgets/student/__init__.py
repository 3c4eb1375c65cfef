"""The classroom's screens (pupils at a shared PC)."""
