"""The custom 404 and 500 pages."""

import pytest
from django.test import RequestFactory
from django.urls import path

from kfilms import urls as root_urls
from kfilms.views import server_error


def explode(request):
    raise RuntimeError("boom")


def exploding_context_processor(request):
    raise RuntimeError("a context processor failed")


# A root URLconf with one failing view, for the 500 tests (see pytest.mark.urls below).
urlpatterns = [path("boom/", explode), *root_urls.urlpatterns]
handler404 = root_urls.handler404
handler500 = root_urls.handler500


@pytest.mark.django_db
def test_unknown_url_gets_the_custom_404_with_debug_off(client, settings):
    settings.DEBUG = False
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "This page is not on our call sheet" in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'href="/en/"' in html  # a way back home


def test_500_renders_without_the_database():
    # No django_db mark: any query here would raise.
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_500_renders_when_a_context_processor_fails(settings):
    processors = settings.TEMPLATES[0]["OPTIONS"]["context_processors"]
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "OPTIONS": {"context_processors": [*processors, f"{__name__}.exploding_context_processor"]},
        }
    ]
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_a_failing_view_gets_the_custom_500(client, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
