from .catalogue import Client, Currency, Production, ProductionQuerySet, Role
from .enquiries import EnquiryNote, EnquiryStatusChange, ShootEnquiry, ShootEnquiryQuerySet
from .rebate import ExchangeRate, RebateProgramme, SpendFigure

__all__ = [
    "Client",
    "Currency",
    "EnquiryNote",
    "EnquiryStatusChange",
    "ExchangeRate",
    "Production",
    "ProductionQuerySet",
    "RebateProgramme",
    "Role",
    "ShootEnquiry",
    "ShootEnquiryQuerySet",
    "SpendFigure",
]
