"""Translations, icons and style sheets, found with importlib.resources."""
