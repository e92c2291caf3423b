"""What other apps show on a Family Engagement Center's page.

The portal does not import the domain apps. An app that has something to show
at a center (its upcoming workshops, its resources) registers a function with
the `center_page_sections` Wagtail hook in its `wagtail_hooks.py`:

    @hooks.register("center_page_sections")
    def upcoming_workshops(center, request):
        ...
        return CenterSection(heading=_("Upcoming workshops"), html=rendered, order=10)

The function returns None when it has nothing to show for that center.
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class CenterSection:
    heading: str
    html: str
    order: int = 100


def sections_for(center, request):
    """Every registered section for this center, in order, leaving out the empty ones."""
    sections = (
        section_for(center, request) for section_for in hooks.get_hooks("center_page_sections")
    )
    return sorted((section for section in sections if section), key=lambda section: section.order)
