"""A school leader's view of their own staff's pathway learning.

Who may look: a person with ``pathways.view_own_school_learning`` (the "School
leaders" group, and only that group) whose account names a school that district
staff have confirmed (``User.school_confirmed``); they see that school only, since
nothing here takes a school from the request, and a school the person chose
themselves opens nothing. These are staff members'
professional-development records shown to their own school's leader, by name;
no parent appears (only accounts in a staff group are counted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, Q

from pathways.models import Enrollment, PathwayPage, StepCompletion
from portal import roles
from portal.models import Audience, User
from portal.school_year import SchoolYear

PERMISSION = "pathways.view_own_school_learning"
#: The staff audience's slug in each language (matched by its translation key).
STAFF_AUDIENCE_SLUGS = ("school-staff", "personal-escolar")
STAFF_GROUPS = (roles.SCHOOL_STAFF, roles.SCHOOL_LEADERS)
NOT_STARTED, IN_PROGRESS, COMPLETED = "not_started", "in_progress", "completed"


def may_view(user) -> bool:
    """A school leader (or anyone granted the permission); the school is checked apart."""
    return bool(user and user.is_authenticated and user.has_perm(PERMISSION))


def school_shown_to(user):
    """The school whose staff this leader may see: their own, once staff confirmed it."""
    if not may_view(user) or not user.school_confirmed:
        return None
    return user.school


@dataclass
class Status:
    """One staff member on one pathway, as of the end of the school year."""

    state: str = NOT_STARTED
    done: int = 0
    total: int | None = None
    completed_at: datetime | None = None


@dataclass
class PathwayColumn:
    key: object
    title: str
    page: PathwayPage | None = None
    enrolled: int = 0
    completed: int = 0

    @property
    def in_progress(self) -> int:
        return self.enrolled - self.completed


@dataclass
class StaffRow:
    person: User
    statuses: list[Status] = field(default_factory=list)


@dataclass
class StaffLearning:
    school_year: SchoolYear
    pathways: list[PathwayColumn]
    staff: list[StaffRow]


def school_staff(school):
    """Accounts of this school in the "School staff" or "School leaders" group (one query)."""
    return list(
        User.objects.filter(school=school, is_active=True, groups__name__in=STAFF_GROUPS)
        .distinct()
        .order_by("last_name", "first_name", "email")
    )


def _staff_audience_keys():
    return Audience.objects.filter(slug__in=STAFF_AUDIENCE_SLUGS).values("translation_key")


def _pathway_pages(keys, language):
    """Live staff pathways and the pathways in ``keys``: one copy per key, in ``language``."""
    pages = (
        PathwayPage.objects.live()
        .filter(
            Q(audiences__translation_key__in=_staff_audience_keys()) | Q(translation_key__in=keys)
        )
        .select_related("locale")
        .distinct()
        .order_by("pk")
    )
    chosen = {}
    for page in pages:
        kept = chosen.get(page.translation_key)
        if kept is None or (
            page.locale.language_code == language and kept.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return chosen


def _status(enrollment, page, end) -> Status:
    if enrollment is None:
        return Status()
    if enrollment.completed_at is not None and enrollment.completed_at < end:
        return Status(state=COMPLETED, completed_at=enrollment.completed_at)
    done = [step.step_id for step in enrollment.step_completions.all()]
    status = Status(state=IN_PROGRESS, done=len(set(done)))
    if page is not None:
        try:
            progress = page.progress_of(done)
        except ValueError:  # an editor's rule no longer fits the steps
            progress = None
        if progress is not None:
            status.done, status.total = progress.completed, progress.total
    return status


def staff_learning(school, school_year: SchoolYear, language: str = "en") -> StaffLearning:
    """Each staff member's status on each staff pathway in a school year (fixed queries).

    Which pathways: every live pathway for the staff audience (matched by the
    audience's translation key, so either language's tag counts) plus every
    pathway a staff member of this school was working on that year, whatever its
    audience (a pathway no longer published shows its title as recorded).

    Which enrollments: a staff member's (by account, wherever they were when they
    started) that were open during the year: started before it ended and not
    completed before it began. Status is as of the year's end: completed (with the
    date), in progress (steps done of the pathway's steps) or not started.
    """
    start, end = school_year.bounds()
    staff = school_staff(school)
    enrollments = list(
        Enrollment.objects.filter(user__in=[person.pk for person in staff], started_at__lt=end)
        .filter(Q(completed_at__isnull=True) | Q(completed_at__gte=start))
        .prefetch_related(
            Prefetch(
                "step_completions",
                queryset=StepCompletion.objects.filter(completed_at__lt=end).only(
                    "enrollment_id", "step_id"
                ),
            )
        )
        .order_by("started_at", "pk")
    )
    pages = _pathway_pages({e.pathway_key for e in enrollments}, language)
    columns = {
        key: PathwayColumn(key=key, title=page.title, page=page) for key, page in pages.items()
    }
    by_person = {}
    for enrollment in enrollments:
        column = columns.get(enrollment.pathway_key)
        if column is None:
            column = columns[enrollment.pathway_key] = PathwayColumn(
                key=enrollment.pathway_key, title=enrollment.pathway_title
            )
        by_person[(enrollment.user_id, enrollment.pathway_key)] = enrollment
    ordered = sorted(columns.values(), key=lambda column: column.title.casefold())
    rows = []
    for person in staff:
        row = StaffRow(person=person)
        for column in ordered:
            status = _status(by_person.get((person.pk, column.key)), column.page, end)
            if status.state != NOT_STARTED:
                column.enrolled += 1
                column.completed += status.state == COMPLETED
            row.statuses.append(status)
        rows.append(row)
    return StaffLearning(school_year=school_year, pathways=ordered, staff=rows)
