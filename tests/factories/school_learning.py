"""A school with a leader and staff at several points of a bilingual staff pathway."""

from datetime import timedelta

from django.utils import timezone

from pathways.factories import PathwayPageFactory, build_learning_index, module_step, stream
from portal import roles
from portal.factories.users import UserFactory
from portal.factories.vocabulary import AudienceFactory, SchoolFactory, translate_snippet
from portal.school_year import SchoolYear

from .records import EnrollmentFactory, StepCompletionFactory, build_course


def staff_audience():
    audience = AudienceFactory(name="School staff", slug="school-staff")
    translate_snippet(audience, "es", name="Personal escolar", slug="personal-escolar")
    return audience


def build_staff_course(tree):
    """`build_course` whose pathway is for the staff audience (tagged in Spanish on the copy)."""
    course = build_course(tree)
    audience = staff_audience()
    pathway, pathway_es = course["pathway"], course["pathway_es"]
    pathway.audiences.set([audience])
    pathway.save_revision().publish()
    pathway_es.audiences.set([audience.get_translation(pathway_es.locale)])
    pathway_es.save_revision().publish()
    learn, _learn_es = build_learning_index(tree)
    course["parent_pathway"] = PathwayPageFactory(
        parent=learn,
        title="Reading at home",
        slug="reading-at-home",
        steps=stream(module_step(course["module"])),
    )
    course["parent_pathway"].save_revision().publish()
    course["audience"] = audience
    return course


def leader(school, **fields):
    """A school leader whose school district staff have confirmed."""
    fields.setdefault("school_confirmed", True)
    return UserFactory(school=school, roles=[roles.SCHOOL_LEADERS], **fields)


def staff_member(school, **fields):
    return UserFactory(school=school, roles=[roles.SCHOOL_STAFF], **fields)


def enroll(person, pathway, *, steps=(), completed=False, started=None):
    """An enrollment of `person` in `pathway` with the given step ids done.

    By default it starts and (if `completed`) ends within the current school year.
    """
    now = timezone.now()
    if started is None:
        started = max(now - timedelta(days=10), SchoolYear.current().bounds()[0])
    enrollment = EnrollmentFactory(
        user=person,
        pathway_key=pathway.translation_key,
        pathway_title=pathway.title,
        school=person.school,
        started_at=started,
        completed_at=started + (now - started) / 2 if completed else None,
    )
    for step_id in steps:
        StepCompletionFactory(enrollment=enrollment, step_id=step_id, completed_at=started)
    return enrollment


def build_school(name, code):
    return SchoolFactory(name=name, code=code)
