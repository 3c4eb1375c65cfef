"""oo-classroom's core: config, databases and services. No widgets here (QtCore only)."""
