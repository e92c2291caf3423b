"""Enrolling in a pathway, completing its steps, progress and certificates."""

from __future__ import annotations

import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from pathways import xapi
from pathways.models.records import (
    Certificate,
    Enrollment,
    QuizAttempt,
    StepCompletion,
    new_certificate_code,
)
from pathways.progress import EVENT, MATCH_EVENT, MODULE, attendance_meets
from portal import activities

from .actors import as_learner
from .content import event_title, pathway_for

CODE_TRIES = 5


class UnknownStep(ValueError):
    """The step id is not a step of the enrollment's pathway (or the pathway is gone)."""

    def __init__(self, step_id):
        super().__init__(f"Unknown pathway step {step_id!r}.")
        self.step_id = step_id


def enrollment_for(actor, pathway_page):
    """The learner's enrollment in this pathway (any language), or None."""
    learner = as_learner(actor)
    return learner.owns(Enrollment.objects).filter(pathway_key=pathway_page.translation_key).first()


def enroll(actor, pathway_page, language, school=None):
    """Enroll the learner once per pathway, whichever language copy they start from.

    The enrollment counts for ``school``, by default the person's own school. Quizzes
    the learner passed before (``credit_earlier_passes``) and workshops they were checked
    in at before (``count_earlier_attendance``) count at once.
    """
    learner = as_learner(actor)
    existing = enrollment_for(learner, pathway_page)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            enrollment = Enrollment.objects.create(
                **learner.fields(),
                pathway_key=pathway_page.translation_key,
                pathway_title=pathway_page.title,
                language=language,
                school_id=school.pk if school is not None else learner.school_id,
                started_at=timezone.now(),
            )
            xapi.record_enrollment(enrollment)
            credit_earlier_passes(enrollment, pathway_page)
            count_earlier_attendance(enrollment, pathway_page)
            return enrollment
    except IntegrityError:
        # Someone (a double click, another tab) enrolled them in the meantime.
        return learner.owns(Enrollment.objects).get(pathway_key=pathway_page.translation_key)


def _record_step(enrollment, definition, when):
    target = definition.get("target")
    try:
        with transaction.atomic():
            return StepCompletion.objects.get_or_create(
                enrollment=enrollment,
                step_id=definition["step_id"],
                defaults={
                    "kind": definition["kind"],
                    "target_key": uuid.UUID(target) if target else None,
                    "completed_at": when,
                },
            )
    except IntegrityError:
        return StepCompletion.objects.get(
            enrollment=enrollment, step_id=definition["step_id"]
        ), False


@transaction.atomic
def complete_step(enrollment, step_id, pathway_page=None, definitions=None):
    """Record a step as done (once), then complete the enrollment when the rule is met.

    Returns the ``StepCompletion``; a second call for the same step returns the first
    one unchanged. ``pathway_page`` (and its ``step_definitions()``) save queries
    when the caller has them.
    """
    pathway = pathway_page or pathway_for(enrollment.pathway_key, enrollment.language)
    if definitions is None:
        definitions = pathway.step_definitions() if pathway is not None else []
    definition = next((d for d in definitions if d["step_id"] == step_id), None)
    if definition is None:
        raise UnknownStep(step_id)
    completion, created = _record_step(enrollment, definition, timezone.now())
    if created:
        xapi.record_step(enrollment, completion, definition)
    evaluate(enrollment, pathway, definitions)
    return completion


def evaluate(enrollment, pathway, definitions=None):
    """Apply the pathway's rule to the enrollment: set ``completed_at`` and issue the certificate.

    ``completed_at`` is the time of the last step done, set once: an editor adding a
    step later does not take a completion away.
    """
    definitions = pathway.step_definitions() if definitions is None else definitions
    if not definitions:
        return None
    done = dict(enrollment.step_completions.values_list("step_id", "completed_at"))
    result = pathway.progress_of(done)
    if result is not None and result.is_complete and enrollment.completed_at is None:
        counted = [done[d["step_id"]] for d in definitions if d["step_id"] in done]
        when = max(counted, default=timezone.now())
        with transaction.atomic():
            changed = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
                completed_at=when
            )
            enrollment.refresh_from_db(fields=["completed_at"])
            if changed:  # completed now, not by a concurrent call
                xapi.record_pathway_completed(enrollment)
    finished = enrollment.completed_at and pathway.issues_certificate and enrollment.user_id
    if finished and certificate_name(enrollment.user):  # without a name: claim_certificate
        issue_certificate(enrollment)
    return result


def certificate_name(user) -> str:
    """The name a certificate carries: the person's, as on their account ("" if none)."""
    return user.get_full_name().strip() if user is not None else ""


def claim_certificate(enrollment, first_name, last_name):
    """A finished pathway's certificate for someone who had not given their name: the name
    is saved on the account and printed on the certificate, which is then fixed (changing
    the account's name later does not change an issued certificate). Returns it, or None
    when the pathway is not finished or gives no certificate."""
    user = enrollment.user
    if user is None or enrollment.completed_at is None:
        return None
    existing = Certificate.objects.filter(enrollment=enrollment).first()
    if existing is not None:
        return existing
    user.first_name, user.last_name = first_name.strip(), last_name.strip()
    user.save(update_fields=["first_name", "last_name"])
    return issue_certificate(enrollment)


def progress_for(enrollment, pathway_page):
    """Where the learner stands (``pathways.progress.Progress``), or None for a pathway
    without steps. ``enrollment`` may be None: nothing done yet."""
    done = []
    if enrollment is not None:
        done = enrollment.step_completions.values_list("step_id", flat=True)
    return pathway_page.progress_of(done)


def issue_certificate(enrollment):
    """The enrollment's certificate, issued once, with a fresh unguessable code."""
    existing = Certificate.objects.filter(enrollment=enrollment).first()
    if existing is not None:
        return existing
    user = enrollment.user
    for _try in range(CODE_TRIES):
        code = new_certificate_code()
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    enrollment=enrollment,
                    code=code,
                    # A name only: the verification page is public, an email address is not.
                    recipient_name=certificate_name(user),
                    pathway_title=enrollment.pathway_title,
                    language=enrollment.language,
                    issued_at=timezone.now(),
                )
        except IntegrityError:
            existing = Certificate.objects.filter(enrollment=enrollment).first()
            if existing is not None:
                return existing
            # The code was taken: try another.
    raise RuntimeError("Could not find a free certificate code.")


# --------------------------------------------------------------------------
# Module steps: a quiz passed counts wherever and whenever it was passed
# --------------------------------------------------------------------------


def passed_modules(learner, module_keys) -> set[str]:
    """The modules among ``module_keys`` whose quiz the learner passed (within the
    attempts allowed), as strings; one query."""
    if not module_keys:
        return set()
    passes = learner.owns(QuizAttempt.objects).filter(
        module_key__in=list(module_keys), passed=True, within_limit=True
    )
    return {str(key) for key in passes.values_list("module_key", flat=True).distinct()}


def learner_of(enrollment):
    """Whose records an enrollment is: the person's, or the anonymous visitor's key."""
    if enrollment.user_id:
        return as_learner(enrollment.user)
    return as_learner(enrollment.learner_key)


def credit_earlier_passes(enrollment, pathway, definitions=None):
    """Complete the enrollment's open module steps whose quiz the learner already passed.

    The rule (README, "Credit where it was earned"): passing a module's quiz completes
    that module's step in every pathway that includes it, whether the pass came before
    or after enrolling, signed in or not (once the visit is merged into the account).
    A step credited later is recorded as done now, when the credit was given, so a
    pathway never looks finished before it was started. Returns the completions made.
    """
    definitions = pathway.step_definitions() if definitions is None else definitions
    modules = {d["target"] for d in definitions if d["kind"] == MODULE and d.get("target")}
    if not modules:
        return []
    done = set(enrollment.step_completions.values_list("step_id", flat=True))
    open_steps = [
        d
        for d in definitions
        if d["kind"] == MODULE and d.get("target") in modules and d["step_id"] not in done
    ]
    if not open_steps:
        return []
    passed = passed_modules(learner_of(enrollment), {d["target"] for d in open_steps})
    return [
        complete_step(enrollment, d["step_id"], pathway, definitions)
        for d in open_steps
        if d["target"] in passed
    ]


# --------------------------------------------------------------------------
# Workshop steps: checking in completes "attend a workshop"
# --------------------------------------------------------------------------


def has_workshop_steps(pathway) -> bool:
    """Whether the pathway has a workshop step (read from the raw steps: no query)."""
    return any(item["type"] == EVENT for item in pathway.steps.raw_data)


def complete_attended(enrollment, pathway, definitions, attended):
    """Complete the enrollment's open workshop steps that these check-ins meet.

    ``attended`` is a list of ``portal.activities.Attended``, each of which completes one
    step at most (so "this series, then any workshop on its topic" takes two check-ins,
    whatever the order of the steps). Each step met is recorded with an xAPI *attended*
    statement (the event, at the time of the check-in), then completed like any step
    (``complete_step``: *completed*, the rule, the certificate). Returns the completions
    made now.
    """
    done = set(enrollment.step_completions.values_list("step_id", flat=True))
    open_steps = [d for d in definitions if d["kind"] == EVENT and d["step_id"] not in done]
    # One check-in completes one step of a pathway at most: a step that names the event
    # takes it before a step that takes any workshop on the event's topic.
    open_steps.sort(key=lambda definition: definition.get("match") != MATCH_EVENT)
    unused = list(attended)
    completed = []
    for definition in open_steps:
        met = next(
            (a for a in unused if attendance_meets(definition, a.event_key, a.topic_key)),
            None,
        )
        if met is None:
            continue
        unused.remove(met)
        if definition.get("match") == MATCH_EVENT:
            title = definition["title"]
        else:
            title = event_title(met.event_key, enrollment.language)
        xapi.record_attended(
            enrollment, definition["step_id"], met.event_key, title, met.when or timezone.now()
        )
        completed.append(complete_step(enrollment, definition["step_id"], pathway, definitions))
    return completed


def count_earlier_attendance(enrollment, pathway):
    """A new enrollment: the workshop steps that the person's earlier check-ins meet.

    Asked of ``portal.activities.attended_before`` (the events app answers), only for a
    person with an account and a pathway with workshop steps: others cost no query.
    """
    if enrollment.user_id is None or not has_workshop_steps(pathway):
        return []
    attended = activities.attended_before(enrollment.user)
    if not attended:
        return []
    return complete_attended(enrollment, pathway, pathway.step_definitions(), attended)
