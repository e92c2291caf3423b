"""xAPI (Experience API 1.0.3): every learning event as a statement.

``statements`` builds the parts (actor, verb, activity, context), ``events`` the
statements of each learning event, ``recording`` stores them beside the records,
``export`` streams a period's statements as JSON, ``lrs`` sends them to an
external learning record store (``manage.py send_xapi_statements``).
"""

from .recording import (
    forget_person,
    reassign,
    record_attended,
    record_checklist,
    record_enrollment,
    record_pathway_completed,
    record_quiz,
    record_step,
    record_survey,
    withdraw,
    withdraw_steps,
)

__all__ = [
    "forget_person",
    "reassign",
    "record_attended",
    "record_checklist",
    "record_enrollment",
    "record_pathway_completed",
    "record_quiz",
    "record_step",
    "record_survey",
    "withdraw",
    "withdraw_steps",
]
