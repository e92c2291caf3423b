"""The words records, forms, reports and blocks share: survey phases and quiz question kinds.

Plain values (stored in records and step definitions), importable without the
StreamField blocks.
"""

from django.utils.translation import gettext_lazy as _

PRE, POST, RETROSPECTIVE = "pre", "post", "retrospective"
SURVEY_PHASES = [
    (PRE, _("Before (pre)")),
    (POST, _("After (post)")),
    (RETROSPECTIVE, _("Looking back (retrospective then/now)")),
]

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
QUESTION_KINDS = [
    (SINGLE, _("Single choice")),
    (MULTIPLE, _("Multiple choice (one or more answers)")),
    (TRUE_FALSE, _("True or false")),
]
