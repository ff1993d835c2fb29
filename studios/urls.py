from django.urls import path

from . import views

app_name = "studios"

urlpatterns = [
    path("", views.studio, name="studio"),
    path("facilities/", views.FacilityListView.as_view(), name="facility-list"),
    path("facilities/<slug:slug>/", views.FacilityDetailView.as_view(), name="facility-detail"),
]
