"""The 403 pages: a form refused by the CSRF check, and a page the account may not open."""

import pytest
from django.contrib.auth.models import Permission
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views.csrf import csrf_failure

from productions.models import ShootEnquiry
from tests.productions.factories import enquiry_form_data

pytestmark = pytest.mark.django_db

CSRF_TITLE = "Your form was not sent"
NOTHING_SENT = "Nothing you typed has been sent or saved."


def test_a_form_posted_without_its_token_gets_the_branded_403():
    browser = Client(enforce_csrf_checks=True)

    response = browser.post("/en/enquire/", enquiry_form_data())

    assert response.status_code == 403
    html = response.content.decode()
    assert CSRF_TITLE in html and NOTHING_SENT in html
    assert 'class="btn btn-primary" href="/en/enquire/"' in html  # back to the form
    assert '<meta name="robots" content="noindex">' in html
    assert "CSRF verification failed" not in html  # not Django's page
    assert not ShootEnquiry.objects.exists()


def test_the_csrf_page_speaks_the_language_of_the_form():
    browser = Client(enforce_csrf_checks=True)

    response = browser.post("/ar/enquire/", enquiry_form_data())

    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/enquire/"' in html


def test_the_csrf_page_renders_with_a_bare_request():
    # No session, no user, no resolver match: whatever the failing request lacks.
    response = csrf_failure(RequestFactory().post("/en/enquire/"), reason="CSRF cookie not set.")

    assert response.status_code == 403
    assert NOTHING_SENT in response.content.decode()


def test_the_csrf_page_renders_without_a_request():
    html = render_to_string("403_csrf.html")

    assert CSRF_TITLE in html
    assert 'href="/en/"' in html  # home is the only way back it knows


def test_staff_without_the_permission_get_the_branded_403_with_a_way_back(django_user_model):
    editor = django_user_model.objects.create_user(username="editor", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="view_facility"))
    client = Client()
    client.force_login(editor)

    response = client.get(reverse("admin:studios_facility_add"))

    assert response.status_code == 403
    html = response.content.decode()
    assert "This page is not open to you" in html
    assert f'href="{reverse("admin:index")}"' in html


def test_the_403_page_offers_no_back_office_link_to_the_public():
    html = render_to_string("403.html")

    assert "This page is not open to you" in html
    assert "/admin/" not in html
