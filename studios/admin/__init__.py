"""The back office: one module per concern."""

from . import bookings, catalogue, requests  # noqa: F401
