from django.urls import path

from .views import catalogue

app_name = "productions"

urlpatterns = [
    path("productions/", catalogue.ProductionListView.as_view(), name="production-list"),
    path("productions/<slug:slug>/", catalogue.ProductionDetailView.as_view(), name="production-detail"),
]
