"""The directory's fixed vocabularies: cost, status, audience and kinds of opportunity.

Kept apart from the models so the rules (``directory.py``), the filter form and
the API can use them without importing the page classes.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    LOW_COST = "low_cost", _("Low cost")
    SLIDING_SCALE = "sliding_scale", _("Sliding scale (by income)")
    FEE = "fee", _("Fee")


class Status(models.TextChoices):
    """HSDS ``service.status``."""

    ACTIVE = "active", _("Active")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("No longer offered")


#: Who a service is for: the directory's audience filter, field by field.
AUDIENCES = {
    "children": ("for_children", _("Children")),
    "teens": ("for_teens", _("Teens")),
    "parents": ("for_parents", _("Parents and caregivers")),
    "families": ("for_families", _("Whole family")),
}


class OpportunityKind(models.TextChoices):
    ENRICHMENT = "enrichment", _("Enrichment for children")
    WORKFORCE = "workforce", _("Job training")
    ADULT_EDUCATION = "adult_education", _("Adult education")
    COLLEGE_CAREER = "college_career", _("College and career")
    VOLUNTEERING = "volunteering", _("Volunteering")


#: Audience key (the filter's value) → the ServicePage field that says it.
AUDIENCE_FIELDS = {key: field for key, (field, _label) in AUDIENCES.items()}
