"""Writes of several steps on enquiries: submit, change status, turn into a production."""

import os
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import get_valid_filename, slugify
from django.utils.translation import gettext as _

from kfilms.outbox import email_enqueue
from studios.models import Facility

from .models import (
    Client,
    EnquiryNote,
    EnquiryStatusChange,
    Production,
    RebateProgramme,
    Role,
    ShootEnquiry,
)
from .models.enquiries import reference_unique
from .rebate import RebateEstimate, RebateQuery, rebate_estimate

# What the company's role on the production is, from the services the producer asked for.
SERVICE_ROLES = {
    ShootEnquiry.Service.LINE_PRODUCTION: Role.Code.LINE_PRODUCER,
    ShootEnquiry.Service.STUDIO: Role.Code.STUDIO_HOSTING,
    ShootEnquiry.Service.COSTUMES_PROPS: Role.Code.STUDIO_HOSTING,
}


def enquiry_rebate_estimate(enquiry: ShootEnquiry) -> tuple[RebateProgramme, RebateEstimate] | None:
    """The programme in force at the shoot and the estimate for what the producer entered."""
    if enquiry.spend_amount is None:
        return None
    # Only the rules of the shoot's period: another period's would be a wrong answer, not an estimate.
    programme = RebateProgramme.objects.covering(enquiry.shoot_start)
    if programme is None:
        return None
    query = RebateQuery(
        spend=enquiry.spend_amount,
        currency=enquiry.spend_currency,
        format=enquiry.kind,
        shooting_days=enquiry.shooting_days,
        set_building_days=enquiry.set_building_days,
        shoot_start=enquiry.shoot_start,
        shoot_end=enquiry.shoot_end,
    )
    return programme, rebate_estimate(programme.rules(), query)


def enquiry_estimate_context(enquiry: ShootEnquiry, language: str) -> dict[str, Any]:
    """The programme and the estimate for an email to a reader of `language`."""
    # The estimate's reasons and timeline are sentences worded when it is computed: an enquiry sent
    # from /fr/ must not hand French reasons to the staff's English email.
    with translation.override(language):
        estimated = enquiry_rebate_estimate(enquiry)
    return {
        "programme": estimated[0] if estimated else None,
        "estimate": estimated[1] if estimated else None,
    }


@transaction.atomic
def enquiry_submit(
    *,
    fields: Mapping[str, Any],
    facilities: Iterable[Facility] = (),
    attachment: UploadedFile | None = None,
    language: str = settings.LANGUAGE_CODE,
    submission_key: str | None = None,
) -> ShootEnquiry:
    """Save a producer's enquiry, then queue the acknowledgement and the staff notification.

    The emails leave after the commit; if sending fails they stay in the outbox. A form sent again
    with the same `submission_key` raises IntegrityError and nothing is saved or sent.
    """
    enquiry = ShootEnquiry(
        **fields,
        reference=reference_unique(),
        consent_at=timezone.now(),
        language=language,
        submission_key=submission_key or None,
    )
    if attachment is not None:
        enquiry.attachment = attachment
        enquiry.attachment_name = get_valid_filename(os.path.basename(attachment.name))[:200]
    # The key's uniqueness is left to the database (a double click's two requests race past any check).
    enquiry.full_clean(validate_unique=False)
    enquiry.save()
    enquiry.facilities.set(facilities)
    EnquiryStatusChange.objects.create(enquiry=enquiry, from_status="", to_status=enquiry.status)

    context = {"enquiry": enquiry, "facilities": list(enquiry.facilities.all())}
    email_enqueue(
        to=[enquiry.email],
        template="enquiry_received",
        context=context | enquiry_estimate_context(enquiry, language),
        language=language,
        reply_to=settings.STAFF_NOTIFY_EMAILS[:1],
    )
    admin_path = reverse("admin:productions_shootenquiry_change", args=[enquiry.pk])
    email_enqueue(
        to=settings.STAFF_NOTIFY_EMAILS,
        template="enquiry_notify",
        context=context
        | enquiry_estimate_context(enquiry, settings.LANGUAGE_CODE)
        | {"admin_url": settings.SITE_URL.rstrip("/") + admin_path},
        language=settings.LANGUAGE_CODE,
        reply_to=[enquiry.email],
    )
    return enquiry


class TransitionRefused(ValidationError):
    """The workflow does not allow this change of status."""


@transaction.atomic
def enquiry_status_set(*, enquiry: ShootEnquiry, status: str, by: AbstractBaseUser | None) -> bool:
    """Move an enquiry to a status the workflow allows and record the step; False when it was there already.

    Raises TransitionRefused when ShootEnquiry.ALLOWED_TRANSITIONS does not allow the move.
    """
    if status not in ShootEnquiry.Status.values:
        raise ValidationError(_("Unknown status: %(status)s") % {"status": status})
    # Lock the row (on PostgreSQL) so two staff members changing it at once both get recorded in order.
    locked = ShootEnquiry.objects.select_for_update().get(pk=enquiry.pk)
    current = locked.status
    if current == status:
        enquiry.status = status
        return False
    if not locked.can_move_to(status):
        raise TransitionRefused(
            _("%(reference)s cannot go from “%(from)s” to “%(to)s”.")
            % {
                "reference": locked.reference,
                "from": ShootEnquiry.Status(current).label,
                "to": ShootEnquiry.Status(status).label,
            },
            code="transition_refused",
        )
    # A save of the row, not a queryset update: auto_now and the model's signals run as for any edit.
    locked.status = status
    locked.save(update_fields=["status", "updated_at"])
    EnquiryStatusChange.objects.create(enquiry=locked, from_status=current, to_status=status, changed_by=by)
    enquiry.status = status
    return True


def unique_slug(model: type, text: str, max_length: int = 50) -> str:
    """A slug of `text` that no row of `model` has yet (adds -2, -3… when needed)."""
    base = slugify(text)[: max_length - 4].strip("-") or "untitled"
    slug, number = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def client_name(company: str) -> str:
    """The company as a client's name: the enquiry allows longer names than the catalogue keeps."""
    limit = Client._meta.get_field("name").max_length
    company = " ".join(company.split())
    if len(company) <= limit:
        return company
    # Cut at a word and mark the cut, so staff see the name was shortened.
    return company[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,.-") + "…"


def client_for_company(enquiry: ShootEnquiry, *, allow_new_client: bool) -> Client:
    """The client of the enquiry's company (same name, any case), created when missing and allowed."""
    name = client_name(enquiry.company)
    client = Client.objects.filter(name__iexact=name).first()
    if client is not None:
        return client
    if not allow_new_client:
        raise ValidationError(
            _("There is no client “%(name)s” yet and your account may not add clients: ask an administrator.")
            % {"name": name},
            code="client_missing",
        )
    for attempt in range(3):
        client = Client(
            name=name, slug=unique_slug(Client, name), kind=Client.Kind.PRODUCER, country=enquiry.country
        )
        client.full_clean(validate_unique=False)
        try:
            # Two staff members making productions of the same company at once: the second finds the
            # first's client; a clash on the slug alone is tried again with the next free slug.
            with transaction.atomic():
                client.save()
            return client
        except IntegrityError:
            existing = Client.objects.filter(name__iexact=name).first()
            if existing is not None:
                return existing
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@transaction.atomic
def enquiry_to_production(
    *, enquiry: ShootEnquiry, by: AbstractBaseUser | None, allow_new_client: bool = True
) -> Production:
    """Turn a confirmed enquiry into an unpublished production of the catalogue, linked to it.

    The client is the one of the company's name, created when `allow_new_client` (the user may add clients).
    """
    enquiry = ShootEnquiry.objects.select_for_update().get(pk=enquiry.pk)
    if enquiry.status != ShootEnquiry.Status.CONFIRMED:
        raise ValidationError(_("Only a confirmed enquiry can become a production."))
    if enquiry.production_id:
        raise ValidationError(
            _("This enquiry is already the production “%(title)s”.") % {"title": enquiry.production}
        )
    client = client_for_company(enquiry, allow_new_client=allow_new_client)
    # The producer's words in their language's column, and in English (the one every production
    # needs) until staff translate them: the admin's own language must not decide where they land.
    languages = {settings.LANGUAGE_CODE, enquiry.language}
    loglines = {f"logline_{code}": enquiry.logline[:300] for code in languages}
    production = Production(
        title=enquiry.title[: Production._meta.get_field("title").max_length],
        slug=unique_slug(Production, f"{enquiry.title} {enquiry.shoot_start.year}"),
        kind=enquiry.kind,
        origin=Production.Origin.INTERNATIONAL,
        year_start=enquiry.shoot_start.year,
        year_end=enquiry.shoot_end.year if enquiry.shoot_end.year != enquiry.shoot_start.year else None,
        client=client,
        **loglines,
        spend_amount=enquiry.spend_amount,
        spend_currency=enquiry.spend_currency,
        spend_is_public=False,
        is_published=False,  # staff review the credit before it goes public
    )
    production.full_clean()
    production.save()
    codes = {SERVICE_ROLES.get(service, Role.Code.PRODUCTION_SERVICES) for service in enquiry.services}
    production.roles.set(Role.objects.filter(code__in=codes or {Role.Code.PRODUCTION_SERVICES}))
    production.facilities.set(enquiry.facilities.all())
    enquiry.production = production
    enquiry.save(update_fields=["production", "updated_at"])
    EnquiryNote.objects.create(
        enquiry=enquiry,
        author=by,
        text=_("Turned into the production “%(title)s” (unpublished).") % {"title": production.title},
    )
    return production
