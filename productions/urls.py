from django.urls import path

from .views import catalogue, enquiries, incentives

app_name = "productions"

urlpatterns = [
    path("productions/", catalogue.ProductionListView.as_view(), name="production-list"),
    path("productions/<slug:slug>/", catalogue.ProductionDetailView.as_view(), name="production-detail"),
    path("enquire/", enquiries.enquiry_create, name="enquiry-create"),
    path("enquire/thanks/", enquiries.enquiry_thanks, name="enquiry-thanks"),
    path("incentives/", incentives.incentives, name="incentives"),
]
