"""What the search page shows of learning: How-to modules with their topic and
length, and Parent Pathways."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pathways.models import HowToModulePage, LearningIndexPage, PathwayPage
from portal.search.entries import Entry, SearchKind, Tag


def describe_module(module):
    lines = []
    if module.estimated_minutes:
        minutes = module.estimated_minutes
        lines.append(ngettext("%(n)s minute", "%(n)s minutes", minutes) % {"n": minutes})
    tags = [Tag("topic", module.topic, module.get_topic_display())] if module.topic else []
    return Entry(facts={"lines": lines}, tags=tags)


def describe_pathway(pathway):
    steps = len(pathway.steps.raw_data)
    lines = [ngettext("%(n)s step", "%(n)s steps", steps) % {"n": steps}] if steps else []
    return Entry(facts={"lines": lines})


def learning_kinds():
    return [
        SearchKind(
            "module", _("How-to modules"), HowToModulePage, describe_module, 10, _("How-to module")
        ),
        SearchKind(
            "pathway", _("Parent Pathways"), PathwayPage, describe_pathway, 15, _("Pathway")
        ),
        SearchKind("page", _("Pages"), LearningIndexPage, None, 90, _("Page")),
    ]
