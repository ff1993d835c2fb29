"""The back office: one module per concern."""

from . import catalogue  # noqa: F401
from . import enquiries, rebate  # noqa: F401
