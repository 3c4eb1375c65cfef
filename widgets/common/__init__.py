"""Widgets every screen uses."""
