"""Writing learner records: the functions views call, one per learning event.

Each takes the actor (a ``Learner`` from ``learner_for(request)``, a user, or an
anonymous learner key) and content objects, runs in a transaction, and is safe
to call twice for the same event. The records themselves are in
``pathways/models/records.py``; the rules they apply in ``pathways/progress.py``
and ``pathways/scoring.py``.
"""

from .actors import (
    SESSION_KEY,
    Learner,
    as_learner,
    current_learner,
    key_for_user,
    learner_for,
    learner_key_for,
)
from .assessments import (
    REPLAY_WINDOW,
    AlreadyAnswered,
    AttemptsExhausted,
    NoQuiz,
    answered,
    submit_quiz,
    submit_survey,
)
from .attendance import complete_attended_steps
from .content import attempts_allowed, pathway_for
from .enrollments import (
    UnknownStep,
    certificate_name,
    claim_certificate,
    complete_step,
    enroll,
    enrollment_for,
    evaluate,
    issue_certificate,
    progress_for,
)
from .merge import MergeReport, merge_learner_into_user

__all__ = [
    "REPLAY_WINDOW",
    "SESSION_KEY",
    "AlreadyAnswered",
    "AttemptsExhausted",
    "Learner",
    "MergeReport",
    "NoQuiz",
    "UnknownStep",
    "answered",
    "as_learner",
    "attempts_allowed",
    "certificate_name",
    "claim_certificate",
    "complete_attended_steps",
    "complete_step",
    "current_learner",
    "enroll",
    "enrollment_for",
    "evaluate",
    "issue_certificate",
    "key_for_user",
    "learner_for",
    "learner_key_for",
    "merge_learner_into_user",
    "pathway_for",
    "progress_for",
    "submit_quiz",
    "submit_survey",
]
