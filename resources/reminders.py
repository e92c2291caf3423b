"""Reminding partners to check their stale listings, in their language, once per period.

``send_reminders`` is what the scheduled command (``send_listing_reminders``) and
the staff button on the stale-listings report both call. For each organization
with stale listings not yet reminded this period it writes one ``ListingReminder``
per listing and emails each of the organization's contacts (its approved
partners, each in their preferred language; else the organization's own address)
in the same transaction: if an email cannot be sent, nothing is recorded and the
next run tries again. The unique (listing, period) constraint settles two runs at
once: the second finds the listing taken and sends nothing for it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core import mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from portal import emails
from resources import directory, review


@dataclass
class Sent:
    listings: int = 0
    emails: int = 0
    #: Stale listings whose organization has no partner and no email address (titles).
    unreachable: list[str] = field(default_factory=list)


def admin_link(name: str, page_id: int) -> str:
    return emails.absolute_url(reverse(name, args=[page_id]))


def _claim(listing: review.StaleListing, period, sent_by) -> bool:
    """Record this period's reminder for the listing; False if someone already did."""
    try:
        with transaction.atomic():
            directory.model("ListingReminder").objects.create(
                service_key=listing.service.translation_key,
                service_title=listing.service.title[:255],
                organization_key=listing.organization_key,
                period_start=period,
                contacts=len(listing.contacts),
                sent_by=sent_by,
            )
    except IntegrityError:
        return False
    return True


def _copies_in(language: str, listings) -> list:
    """Each listing's copy in ``language`` where one exists (one query)."""
    copies = {
        page.translation_key: page
        for page in directory.model("ServicePage")
        .objects.filter(
            translation_key__in=[listing.service.translation_key for listing in listings],
            locale__language_code=language,
        )
        .only("id", "title", "translation_key", "assured_date", "url_path", "locale_id")
    }
    return [copies.get(listing.service.translation_key, listing.service) for listing in listings]


def reminder_email(
    contact: review.PartnerContact, organization, listings, reply_to=()
) -> mail.EmailMessage:
    """The email to one contact about their organization's stale listings, in their language."""
    with translation.override(contact.language):
        services = [
            {
                "title": copy.title,
                "last_verified": copy.assured_date,
                "confirm_url": admin_link("resources_confirm_listing", copy.pk),
                "edit_url": admin_link("wagtailadmin_pages:edit", copy.pk),
            }
            for copy in _copies_in(contact.language, listings)
        ]
        context = {
            "organization": organization,
            "services": services,
            "has_account": contact.user is not None,
            "stale_after_days": directory.stale_after_days(),
            "admin_url": emails.absolute_url(reverse("wagtailadmin_home")),
        }
        subject = render_to_string("resources/emails/listing_reminder_subject.txt", context)
        body = render_to_string("resources/emails/listing_reminder.txt", context)
    return mail.EmailMessage(
        " ".join(subject.split()),
        body,
        emails.sender(contact.language),
        to=[contact.email],
        reply_to=list(reply_to),
    )


def send_reminders(today=None, sent_by=None, dry_run=False) -> Sent:
    """Remind the contacts of every stale listing not reminded in this period."""
    today = today or timezone.localdate()
    period = review.period_start(today)
    by_organization = defaultdict(list)
    sent = Sent()
    for listing in review.stale_listings(today, language=settings.LANGUAGE_CODE):
        if listing.reminded_on is not None:
            continue
        if not listing.contacts:
            sent.unreachable.append(listing.service.title)
            continue
        by_organization[listing.organization_key].append(listing)
    connection = None if dry_run else mail.get_connection()
    reply_to = emails.office_address()
    for listings in by_organization.values():
        organization = listings[0].service.organization
        if dry_run:
            sent.listings += len(listings)
            sent.emails += len(listings[0].contacts)
            continue
        with transaction.atomic():
            claimed = [listing for listing in listings if _claim(listing, period, sent_by)]
            if not claimed:
                continue
            messages = [
                reminder_email(contact, organization, claimed, reply_to)
                for contact in claimed[0].contacts
            ]
            connection.send_messages(messages)
        sent.listings += len(claimed)
        sent.emails += len(messages)
    return sent
