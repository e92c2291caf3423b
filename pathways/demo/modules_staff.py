"""How-to modules for school staff (the Welcoming Schools pathway), one module per file."""

from .staff_front_office import FRONT_OFFICE
from .staff_multilingual import MULTILINGUAL
from .staff_partnership import FAMILY_PARTNERSHIP
from .staff_two_way import TWO_WAY

STAFF_MODULES = [FAMILY_PARTNERSHIP, MULTILINGUAL, FRONT_OFFICE, TWO_WAY]
