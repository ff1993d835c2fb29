"""Public pages, one module per concern."""
