"""The back office for the catalogue."""
