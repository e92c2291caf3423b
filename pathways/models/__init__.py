"""Pathways content: the learning index, How-to modules, pathways and instruments."""

from .instruments import SelfEfficacyInstrument
from .modules import TOPICS, HowToModulePage
from .pathways import LearningIndexPage, PathwayPage

__all__ = [
    "TOPICS",
    "HowToModulePage",
    "LearningIndexPage",
    "PathwayPage",
    "SelfEfficacyInstrument",
]
