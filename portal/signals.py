"""Signal wiring for the portal: changes to what visitors see retire cached pages."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from portal import page_cache
from portal.models import Audience, Region, School, SiteSettings, SiteText
from portal.search import entry_signals


def invalidate_unless_created(sender, created=False, **kwargs):
    """Site settings are created with their defaults on the first visit: nothing changed yet."""
    if not created:
        page_cache.invalidate()


def connect():
    entry_signals.connect()
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(page_cache.invalidate, sender=Page, dispatch_uid="page-cache-page-delete")
    post_save.connect(
        invalidate_unless_created, sender=SiteSettings, dispatch_uid="page-cache-save-settings"
    )
    # A page made private must stop being served from the cache at once.
    for model in (SiteSettings, Region, School, Audience, SiteText, PageViewRestriction, Site):
        if model is not SiteSettings:
            post_save.connect(
                page_cache.invalidate,
                sender=model,
                dispatch_uid=f"page-cache-save-{model.__name__}",
            )
        post_delete.connect(
            page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}"
        )
