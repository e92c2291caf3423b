"""The words records, forms, reports and blocks share: survey phases and quiz question kinds.

Plain values (stored in records and step definitions), importable without the
StreamField blocks.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

PRE, POST, RETROSPECTIVE = "pre", "post", "retrospective"
SURVEY_PHASES = [
    (PRE, _("Before (pre)")),
    (POST, _("After (post)")),
    (RETROSPECTIVE, _("Looking back (retrospective then/now)")),
]

#: What a parent reads as a survey step's title: the three surveys of a pathway share
#: one instrument, so the phase comes first.
SURVEY_TITLES = {
    PRE: _("Before you start: %(name)s"),
    POST: _("After the pathway: %(name)s"),
    RETROSPECTIVE: _("Looking back: %(name)s"),
}


def survey_title(phase, name, language=None) -> str:
    """The step's title in ``language`` (the pathway's: its copy is in one language)."""
    title = SURVEY_TITLES.get(phase)
    if title is None:
        return name
    with translation.override(language):
        return str(title) % {"name": name}


SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
QUESTION_KINDS = [
    (SINGLE, _("Single choice")),
    (MULTIPLE, _("Multiple choice (one or more answers)")),
    (TRUE_FALSE, _("True or false")),
]
