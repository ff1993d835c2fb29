"""The request's admin shows every field the student sent, once, whatever the form gains."""

from django.contrib import admin

from studios.forms import StudentRequestForm
from studios.models import StudentRequest


def test_the_admin_fieldsets_show_each_field_of_the_public_form_once():
    fieldsets = admin.site._registry[StudentRequest].fieldsets
    shown = [field for _name, options in fieldsets for field in options["fields"]]

    sent = [field for field in shown if field in StudentRequestForm.Meta.fields]
    assert sent == list(StudentRequestForm.Meta.fields)
