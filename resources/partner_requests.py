"""A person asks to keep an organization's listings; family-engagement staff decide.

Plain rules shared by the public form, the admin's approve and decline screens and
the tests. Approving creates the ``PartnerMembership`` (whose signal gives the page
permissions, see ``partners.py``); for an organization not yet in the directory it
first creates the organization's page as a draft in every language the directory
has, so the partner fills it in and submits it for approval like any change. The
person hears the decision by email in their language; the office hears of a new
request at its contact address.
"""

from __future__ import annotations

from django.core import mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from portal import emails
from resources import directory


class CannotAsk(Exception):
    """Already a partner, or a request is already waiting."""


class AlreadyDecided(Exception):
    """Someone else decided this request first."""


class NoDirectory(Exception):
    """A new organization needs a directory page to go under."""


def model(name):
    return directory.model(name)


def membership_of(user):
    return (
        model("PartnerMembership").objects.filter(user=user).select_related("organization").first()
    )


def pending_request_of(user):
    return model("PartnerRequest").objects.filter(user=user, status="pending").first()


def ask(user, **fields):
    """Record a request (one waiting at a time) and tell the office."""
    if membership_of(user) is not None:
        raise CannotAsk
    try:
        with transaction.atomic():
            request = model("PartnerRequest").objects.create(user=user, **fields)
    except IntegrityError as error:
        raise CannotAsk from error
    _tell_the_office(request)
    return request


def _decide(partner_request, staff, status, reason=""):
    """Mark the request decided, once: the row is locked, a second decision fails."""
    locked = model("PartnerRequest").objects.select_for_update().get(pk=partner_request.pk)
    if locked.status != "pending":
        raise AlreadyDecided
    locked.status = status
    locked.decided_by = staff
    locked.decided_at = timezone.now()
    locked.reason = reason
    locked.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    return locked


def approve(partner_request, staff):
    """Make the person a partner of the organization (created as a draft if it is new)."""
    with transaction.atomic():
        decided = _decide(partner_request, staff, "approved")
        if membership_of(decided.user) is not None:
            raise CannotAsk
        organization = decided.organization or _draft_organization(decided, staff)
        if decided.organization_id is None:
            decided.organization = organization
            decided.save(update_fields=["organization"])
        model("PartnerMembership").objects.create(
            user=decided.user, organization=organization, approved_by=staff
        )
    _tell_the_person(decided)
    return decided


def decline(partner_request, staff, reason):
    with transaction.atomic():
        decided = _decide(partner_request, staff, "declined", reason)
    _tell_the_person(decided)
    return decided


def _draft_organization(partner_request, staff):
    """The new organization's page, unpublished, under the directory in every language."""
    directory_page = directory.directory_page_for(Locale.get_default().pk)
    if directory_page is None:
        raise NoDirectory
    organization = model("OrganizationPage")(
        title=partner_request.organization_name,
        slug=_free_slug(directory_page, partner_request.organization_name),
        description=partner_request.description,
        website=partner_request.website,
        email=partner_request.email,
        phone=partner_request.phone,
        live=False,
    )
    directory_page.add_child(instance=organization)
    organization.save_revision(user=staff, log_action=True)
    for copy in (
        model("DirectoryPage")
        .objects.filter(translation_key=directory_page.translation_key)
        .exclude(pk=directory_page.pk)
    ):
        organization.copy_for_translation(copy.locale)
    return organization


def _free_slug(parent, name):
    base = slugify(name)[:70] or "organization"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _tell_the_person(decided):
    user = decided.user
    with emails.in_language_of(user):
        context = {
            "request": decided,
            "user": user,
            "admin_url": emails.absolute_url(reverse("wagtailadmin_home")),
            "form_url": emails.absolute_url(reverse("resources:partner_request")),
        }
        subject = render_to_string("resources/emails/partner_request_decided_subject.txt", context)
        body = render_to_string("resources/emails/partner_request_decided.txt", context)
        from_email = emails.sender()
    mail.EmailMessage(
        " ".join(subject.split()),
        body,
        from_email,
        to=[user.email],
        reply_to=emails.office_address(),
    ).send()


def _tell_the_office(request):
    office = emails.office_address()
    if not office:
        return
    with emails.in_language_of(None):
        context = {
            "request": request,
            "review_url": emails.absolute_url(
                reverse("resources_partner_request", args=[request.pk])
            ),
        }
        subject = render_to_string("resources/emails/partner_request_new_subject.txt", context)
        body = render_to_string("resources/emails/partner_request_new.txt", context)
        from_email = emails.sender()
    mail.EmailMessage(" ".join(subject.split()), body, from_email, to=office).send()
