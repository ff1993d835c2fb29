"""The error summary every public form shows after a failed submit (templates/includes/form_errors.html)."""

import re

import pytest
from django.urls import reverse

from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db


def summary_links(html: str) -> dict[str, str]:
    """Each link of the error summary: its target id and its text."""
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S)
    assert summary, "no error summary on the page"
    return {
        target: re.sub(r"\s+", " ", text).strip()
        for target, text in re.findall(r'<a href="#([^"]+)">(.*?)</a>', summary.group(0), re.S)
    }


def test_each_error_links_to_a_field_that_exists(client):
    FacilityFactory(name="Sound stage")
    response = client.post(reverse("studios:student-request"), {"student_email": "not-an-email"})
    assert response.status_code == 400
    html = response.content.decode()
    links = summary_links(html)
    assert links["id_student_email"] == "Your email: Enter a valid email address."
    # A group of boxes is reached through its first box; a lone box by its message alone.
    assert links["id_facilities_0"].startswith("Facilities: Choose at least one facility")
    assert links["id_accept_rules"] == "Please confirm that you have read the programme&#x27;s rules."
    for target in links:
        assert f'id="{target}"' in html, f"the summary links to #{target}, which is not on the page"


def test_the_fields_point_at_their_messages(client):
    html = client.post(reverse("productions:enquiry-create"), {"email": "x"}).content.decode()
    field = re.search(r"<input[^>]*id=\"id_email\"[^>]*>", html).group(0)
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="id_email_error"' in field
    assert 'id="id_email_error"' in html
    # The form's own errors are in the summary only, not in a second box inside the form.
    assert "alert-block" not in html


def test_the_summary_names_the_problem_and_is_ready_for_focus(client):
    html = client.post(reverse("productions:enquiry-create"), {}).content.decode()
    assert re.search(
        r'<div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title"',
        html,
    )
    assert '<h2 class="error-summary-title" id="error-summary-title">There is a problem</h2>' in html
    assert "js/form-errors.js" in html


def test_a_form_without_errors_has_no_summary_and_explains_the_mark(client):
    html = client.get(reverse("productions:enquiry-create")).content.decode()
    assert "error-summary" not in html
    assert "js/form-errors.js" not in html
    assert "Fields marked with an asterisk" in html
    assert re.search(r'<input[^>]*name="name"[^>]*required', html)


def test_a_bad_filter_value_is_in_the_summary_with_what_happened(client):
    response = client.get(reverse("productions:production-list"), {"year": "x"})
    links = summary_links(response.content.decode())
    assert list(links) == ["id_year"]
    assert "were left out" in response.content.decode()


def test_the_school_letter_is_marked_needed_until_one_is_kept(client):
    html = client.get(reverse("studios:student-request")).content.decode()
    assert re.search(r'<input[^>]*aria-required="true"[^>]*id="id_letter"', html)
