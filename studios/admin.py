"""The back office."""
