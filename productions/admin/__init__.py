"""The back office: one module per concern."""

from . import catalogue, enquiries, rebate  # noqa: F401
