from django.urls import path

from . import views

app_name = "productions"

urlpatterns = [
    path("productions/", views.ProductionListView.as_view(), name="production-list"),
    path("productions/<slug:slug>/", views.ProductionDetailView.as_view(), name="production-detail"),
]
