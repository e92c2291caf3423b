"""Signal wiring for the portal: changes to published content retire cached pages."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from portal import page_cache


def connect():
    from portal.models import Audience, FooterText, Region, School, SiteSettings

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(page_cache.invalidate, sender=Page, dispatch_uid="page-cache-page-delete")
    for model in (SiteSettings, Region, School, Audience, FooterText):
        post_save.connect(
            page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}"
        )
        post_delete.connect(
            page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}"
        )
