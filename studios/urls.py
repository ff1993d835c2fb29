from django.urls import path

from .views import catalogue

app_name = "studios"

urlpatterns = [
    path("", catalogue.studio, name="studio"),
    path("facilities/", catalogue.FacilityListView.as_view(), name="facility-list"),
    path("facilities/<slug:slug>/", catalogue.FacilityDetailView.as_view(), name="facility-detail"),
]
