"""References people read over the phone: short, unambiguous, from a secure random source."""

import secrets
from collections.abc import Callable

from django.db import models

# No 0/O or 1/I/L: a reference is read out over the phone and typed back.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
ATTEMPTS = 10


def random_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for __ in range(length))


def reference_unique(model: type[models.Model], generate: Callable[[], str]) -> str:
    """A reference from `generate` that no row of `model` has yet (a clash is rare, and retried)."""
    for __ in range(ATTEMPTS):
        reference = generate()
        if not model._default_manager.filter(reference=reference).exists():
            return reference
    raise RuntimeError(f"Could not find a free {model._meta.verbose_name} reference.")
