"""How-to modules for parents, one module per file, in the order the parent pathway uses them.

The account set-up lesson comes last: only the short "Getting started with the
Parent Portal" pathway uses it.
"""

from .parent_check_grades import CHECK_GRADES
from .parent_conference import PREPARE_CONFERENCE
from .parent_plan import MAKE_A_PLAN
from .parent_reading import SUPPORT_READING
from .parent_set_up_account import SET_UP_ACCOUNT
from .parent_talk_to_teacher import TALK_TO_TEACHER

PARENT_MODULES = [
    CHECK_GRADES,
    PREPARE_CONFERENCE,
    TALK_TO_TEACHER,
    SUPPORT_READING,
    MAKE_A_PLAN,
    SET_UP_ACCOUNT,
]
