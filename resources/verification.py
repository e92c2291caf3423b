"""“Still correct”: one click stamps a listing's verification date.

Confirming a listing changes no content, so it needs no moderation: it stamps
``assured_date`` and ``assurer_email`` on every language's copy of the service at
once, and a later publish of an older revision does not take the stamp back (see
``ServicePage.with_content_json``). Anyone who may edit the page may confirm it.
"""

from django.utils import timezone

from portal import page_cache
from resources import directory


def may_verify(user, service) -> bool:
    return service.permissions_for_user(user).can_edit()


def verify(service, user, today=None) -> int:
    """Stamp today's date on every copy of ``service``; returns how many copies."""
    today = today or timezone.localdate()
    stamped = (
        directory.model("ServicePage")
        .objects.filter(translation_key=service.translation_key)
        .update(assured_date=today, assurer_email=user.email)
    )
    page_cache.invalidate()
    return stamped
