from .catalogue import Client, Currency, Production, ProductionQuerySet, Role

__all__ = ["Client", "Currency", "Production", "ProductionQuerySet", "Role"]
