"""Signal receivers of the resources app (connected in ``ResourcesConfig.ready``)."""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save

from wagtail.signals import copy_for_translation_done

from portal import page_cache
from resources import partners, saved
from resources.models import (
    Location,
    OrganizationPage,
    PartnerMembership,
    ServiceCategory,
    ServicePage,
)


def keep_the_saved_list(sender, request, user, **kwargs):
    """At sign-in (allauth signs people in after sign-up too), the services saved while
    signed out join the account's list."""
    session = getattr(request, "session", None)
    if session is not None:
        saved.merge_session_into_user(session, user)


def places_in_the_same_language(sender, source_obj, target_obj, **kwargs):
    """A translated service names its organization's translated places and the categories
    of its own language, not the originals.

    The copy of an organization keeps each place's ``location_key``, so the Spanish
    copy of a service ticks the Spanish copies of the same places; each category is
    swapped for its translation (by ``translation_key``). Without this, the copy's
    editor offers only its language's categories and could not save the page.
    """
    if isinstance(target_obj, OrganizationPage):
        partners.organization_translated(target_obj)
        return
    if not isinstance(target_obj, ServicePage):
        return
    keys = [place.location_key for place in source_obj.locations.all()]
    parent = target_obj.get_parent()
    target_obj.locations.set(
        Location.objects.filter(organization_id=parent.pk, location_key__in=keys)
    )
    category_keys = [category.translation_key for category in source_obj.categories.all()]
    target_obj.categories.set(
        ServiceCategory.objects.filter(
            translation_key__in=category_keys, locale_id=target_obj.locale_id
        )
    )
    target_obj.save()
    target_obj.save_revision(log_action=False)  # the editor opens the latest revision


def partner_approved(sender, instance, created, **kwargs):
    partners.grant(instance)


def partner_removed(sender, instance, **kwargs):
    partners.revoke(instance)


def connect():
    post_save.connect(partner_approved, sender=PartnerMembership, dispatch_uid="resources_grant")
    post_delete.connect(partner_removed, sender=PartnerMembership, dispatch_uid="resources_revoke")
    user_logged_in.connect(keep_the_saved_list, dispatch_uid="resources_keep_saved_list")
    copy_for_translation_done.connect(
        places_in_the_same_language, dispatch_uid="resources_translated_places"
    )
    # Categories name the filters and cards of every directory page.
    for signal in (post_save, post_delete):
        signal.connect(
            page_cache.invalidate,
            sender=ServiceCategory,
            dispatch_uid=f"resources-category-{id(signal)}",
        )
