"""Keep search entries in step: publish, unpublish, move, privacy and snippet edits.

Each runs when the transaction commits, after every app has done its part of the
publish (events sets its dates then), and reads the page afresh. Deleting a page
deletes its entry with it (a cascade), and Wagtail's own signal handlers take the
entry out of the index.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import entries


def refresh_page(page_id):
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is not None:
        entries.refresh(page)


def on_publish(sender, instance, **kwargs):
    transaction.on_commit(lambda: refresh_page(instance.pk))


def on_unpublish(sender, instance, **kwargs):
    transaction.on_commit(lambda: refresh_page(instance.pk))


def refresh_subtree(page):
    """A page and everything under it (their addresses or privacy changed)."""

    def refresh():
        for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
            entries.refresh(descendant)

    transaction.on_commit(refresh)


def on_move(sender, instance, **kwargs):
    refresh_subtree(instance)


def on_restriction(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:  # deleted with its page
        return
    refresh_subtree(page)


def snippet_models():
    return tuple(kind.model for kind in entries.kinds() if not issubclass(kind.model, Page))


def on_snippet_save(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, snippet_models()):
        transaction.on_commit(lambda: entries.refresh(instance))


def on_snippet_delete(sender, instance, **kwargs):
    if isinstance(instance, snippet_models()):
        entries.remove(instance)


def connect():
    page_published.connect(on_publish, dispatch_uid="search-entry-publish")
    page_unpublished.connect(on_unpublish, dispatch_uid="search-entry-unpublish")
    post_page_move.connect(on_move, dispatch_uid="search-entry-move")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction, sender=PageViewRestriction, dispatch_uid=f"search-entry-r{id(signal)}"
        )
    post_save.connect(on_snippet_save, dispatch_uid="search-entry-snippet-save")
    post_delete.connect(on_snippet_delete, dispatch_uid="search-entry-snippet-delete")
