"""Saved checklists: which items of a module's checklists a signed-in person has ticked.

A module's checklist items are named by their StreamField ids, which the English
and Spanish copies share, and the module by its ``translation_key``: ticks saved
on one language's copy show on the other. Anonymous visitors tick locally only;
nothing personal is ever rendered for them (their module pages are cached whole).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils.http import urlencode

from pathways import xapi
from pathways.learning.content import live_module_copies
from pathways.models.checklists import ChecklistProgress

CHECKLIST = "checklist"


class UnknownChecklist(ValueError):
    """The posted checklist is not one of the module's (edited since the page was loaded)."""


def checklist_items(page) -> dict[str, list[str]]:
    """The page's checklists: block id → item ids, in page order (no query)."""
    found = {}
    for block in page.body:
        if block.block_type == CHECKLIST:
            found[block.id] = [item.id for item in block.value["items"].bound_blocks if item.id]
    return found


@dataclass
class ModuleChecklists:
    """A module's live copy in the reader's language and every checklist of its copies."""

    page: object  # the HowToModulePage in the reader's language
    blocks: dict[str, list[str]]

    @property
    def item_ids(self) -> list[str]:
        return [item for items in self.blocks.values() for item in items]


def module_checklists(module_key, language) -> ModuleChecklists:
    """The live module with this key (in ``language`` if it has that copy); 404 otherwise.

    The checklists of every live copy count, so a tick made on the Spanish copy is
    kept even if an editor has not yet mirrored an item in the English one.
    """
    copies = live_module_copies(module_key)
    if not copies:
        raise Http404
    page = next((p for p in copies if p.locale.language_code == language), copies[0])
    blocks: dict[str, list[str]] = {}
    for copy in [page, *[p for p in copies if p is not page]]:
        for block_id, items in checklist_items(copy).items():
            kept = blocks.setdefault(block_id, [])
            kept.extend(item for item in items if item not in kept)
    if not blocks:
        raise Http404
    return ModuleChecklists(page=page, blocks=blocks)


def ticked_items(user, module_key) -> set[str]:
    """What this person has ticked on this module (one query); empty for anyone else."""
    if user is None or not user.is_authenticated:
        return set()
    ticked = (
        ChecklistProgress.objects.filter(user=user, module_key=module_key)
        .values_list("ticked", flat=True)
        .first()
    )
    return set(ticked or [])


def save_ticks(user, checklists: ModuleChecklists, posted, block_id=None) -> list[str]:
    """Keep exactly the posted ticks that belong to the module; return what is saved.

    With ``block_id`` only that checklist's items change (each checklist on the page
    is its own form), the others keep their ticks. Ids that are not items of the
    module are ignored; saving the same ticks twice changes nothing.
    """
    if block_id:
        if block_id not in checklists.blocks:
            raise UnknownChecklist(block_id)
        scope = set(checklists.blocks[block_id])
    else:
        scope = set(checklists.item_ids)
    posted = set(posted) & scope
    module = checklists.page
    with transaction.atomic():
        progress, _created = ChecklistProgress.objects.select_for_update().get_or_create(
            user=user,
            module_key=module.translation_key,
            defaults={"module_title": module.title},
        )
        before = set(progress.ticked)
        keep = (before - scope) | posted
        ticked = [item for item in checklists.item_ids if item in keep]
        if ticked != progress.ticked or progress.module_title != module.title:
            progress.ticked = ticked
            progress.module_title = module.title
            progress.save(update_fields=["ticked", "module_title", "updated_at"])
            # Ticking a checklist is the evidence of reading: xAPI "experienced".
            xapi.record_checklist(user, module, module.locale.language_code)
    return ticked


def checklist_state(page, request):
    """What the module page's checklists show: None, a visitor's note, or saved ticks.

    Visitors get the same output whoever they are (their page may be cached and
    shared); a signed-in person gets their own ticks and a form (one query).
    """
    if getattr(request, "is_preview", False) or not checklist_items(page):
        return None
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        login = reverse("account_login")
        return {"anonymous": True, "login_url": f"{login}?{urlencode({'next': page.url})}"}
    return {
        "anonymous": False,
        "action": reverse("pathways:checklist_save", args=[page.translation_key]),
        "ticked": ticked_items(user, page.translation_key),
    }
