"""Data files shipped with puerextract (unit table, lexicons), read with importlib.resources."""
