"""The links a signed-in person sees in the header's account menu.

``portal`` lists "My account" (and the staff admin for staff); every other app
adds its own entries with the ``account_menu_items`` Wagtail hook in its
``wagtail_hooks.py``, so ``portal`` never names another app's views::

    @hooks.register("account_menu_items")
    def my_registrations(request):
        return [AccountMenuItem(_("My workshops"), "events:my_registrations", order=30)]

The function returns a list (empty when it has nothing for this person).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from wagtail import hooks


@dataclass(frozen=True)
class AccountMenuItem:
    label: str
    url_name: str
    order: int = 100

    @property
    def url(self) -> str:
        return reverse(self.url_name)


def items_for(request) -> list[AccountMenuItem]:
    """Every app's entries for the person of ``request``, in order."""
    items = []
    for entries_for in hooks.get_hooks("account_menu_items"):
        items.extend(entries_for(request) or [])
    return sorted(items, key=lambda item: (item.order, str(item.label)))
