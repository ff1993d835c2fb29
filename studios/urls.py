from django.urls import path

from .views import availability, calendar_feed, catalogue, students

app_name = "studios"

urlpatterns = [
    path("", catalogue.studio, name="studio"),
    path("facilities/", catalogue.FacilityListView.as_view(), name="facility-list"),
    path("facilities/<slug:slug>/", catalogue.FacilityDetailView.as_view(), name="facility-detail"),
    path("students/", students.student_programme, name="student-programme"),
    path("students/request/", students.student_request, name="student-request"),
    path("students/request/sent/", students.student_request_thanks, name="student-request-thanks"),
    path("students/request/check/", students.student_request_check, name="student-request-check"),
    path("availability/", availability.availability, name="availability"),
    path("availability/<int:year>/<int:month>/", availability.availability, name="availability-month"),
    path("availability/<slug:slug>/", availability.facility_availability, name="facility-availability"),
    path(
        "availability/<slug:slug>/<int:year>/<int:month>/",
        availability.facility_availability,
        name="facility-availability-month",
    ),
    path("calendar/<str:token>.ics", calendar_feed.calendar_feed, name="calendar-feed"),
]
