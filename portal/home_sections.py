"""What other apps show on the home page (the next workshops, say).

The portal does not import the domain apps. An app registers a function with the
``home_page_sections`` Wagtail hook in its ``wagtail_hooks.py``; it gets the home page
(of the visitor's language) and the request, and returns a ``HomeSection`` or None:

    @hooks.register("home_page_sections")
    def next_workshops(home, request):
        return HomeSection(heading=_("Coming up"), html=rendered, order=10)
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class HomeSection:
    heading: str
    html: str
    order: int = 100


def sections_for(home, request):
    """Every registered section for this home page, in order, leaving out the empty ones."""
    sections = (section_for(home, request) for section_for in hooks.get_hooks("home_page_sections"))
    return sorted((section for section in sections if section), key=lambda section: section.order)
