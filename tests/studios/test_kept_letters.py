"""School letters are kept across a re-display only for people, and purged after a day."""

import os
import time
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from kfilms.uploads import private_storage
from studios.forms import KEPT_FOLDER

from .factories import FacilityFactory, StudentRequestFactory
from .test_student_request_form import PDF, form_data, post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_fill_time(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0


def kept_files() -> list[str]:
    if not private_storage.exists(KEPT_FOLDER):
        return []
    return private_storage.listdir(KEPT_FOLDER)[1]


def test_a_person_s_letter_is_kept_when_another_field_is_wrong(client):
    response = post(client, form_data([FacilityFactory()], student_phone="call me"))

    assert response.status_code == 400
    assert len(kept_files()) == 1


@pytest.mark.parametrize(
    "spam", [{"website": "http://spam.example"}, {"started": "forged"}], ids=["honeypot", "expired"]
)
def test_a_bot_s_letter_is_not_kept(client, spam):
    response = post(client, form_data([FacilityFactory()], student_phone="call me", **spam))

    assert response.status_code == 400
    assert kept_files() == []


def kept(name: str, hours_old: float) -> str:
    saved = private_storage.save(KEPT_FOLDER + name, ContentFile(PDF))
    then = time.time() - hours_old * 3600
    os.utime(private_storage.path(saved), (then, then))
    return saved


def test_purge_deletes_kept_letters_older_than_a_day_but_not_sent_ones():
    old = kept("old.pdf", hours_old=30)
    fresh = kept("fresh.pdf", hours_old=2)
    sent = kept("sent.pdf", hours_old=30)
    request = StudentRequestFactory()
    request.enrolment_proof.name = sent
    request.save()
    out = StringIO()

    call_command("purge_kept_letters", stdout=out)

    assert not private_storage.exists(old)
    assert private_storage.exists(fresh)
    assert private_storage.exists(sent)
    assert out.getvalue().strip() == "1 kept letters deleted."


def test_purge_without_any_kept_letter_does_nothing():
    out = StringIO()

    call_command("purge_kept_letters", stdout=out)

    assert out.getvalue().strip() == "0 kept letters deleted."
