"""The metrics registry: each app declares the figures the office reports.

An app lists its metrics in its own ``metrics.py`` (found at start-up by
``autodiscover_modules``) with ``register(Metric(...))``; the admin dashboard and
any report list whatever is registered, so ``portal`` never imports a domain app.

A metric's ``compute(school_year, audience, layout)`` returns, for every group
of the district (everyone, each language, region and school: see
``portal/suppression.py``), a ``Measured`` figure: its value and the people it
is about. ``value_of`` then picks the group the filters ask for, suppressed so
that no hidden figure can be worked out from the figures of other groups.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from portal.school_year import SchoolYear
from portal.suppression import EVERYONE, LANGUAGE, REGION, SCHOOL, Group, Layout, hidden_groups


@dataclass(frozen=True)
class Filters:
    """What a figure is narrowed to; ``None`` means all. Model instances or codes."""

    region: object = None
    school: object = None
    language: str | None = None
    audience: object = None

    def group(self) -> Group:
        """The group the filters ask for (a place or a language, never both)."""
        if self.school is not None:
            return Group(SCHOOL, str(getattr(self.school, "pk", self.school)))
        if self.region is not None:
            return Group(REGION, str(getattr(self.region, "translation_key", self.region)))
        if self.language:
            return Group(LANGUAGE, self.language)
        return EVERYONE


@dataclass(frozen=True)
class Measured:
    """One group's figure before suppression: its value and the people it is about.

    ``hidden``: hidden whatever its people, because it adds up figures one of which is
    hidden for this group elsewhere (the figure minus the shown ones would reveal it).
    """

    value: float | int | None
    people: int
    hidden: bool = False


@dataclass(frozen=True)
class MetricValue:
    """A figure, or ``None`` when suppressed (``suppressed``) or when there is nothing to count."""

    value: float | int | None
    people: int | None = None
    suppressed: bool = False
    detail: str = ""


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    compute: Callable[[SchoolYear, object, Layout], Mapping[Group, Measured]]
    app_label: str
    description: str = ""
    #: How to show the value: "count", "decimal" (two places) or "percent" (a 0..1 share).
    kind: str = "count"
    order: int = 100
    extra: dict = field(default_factory=dict)
    #: False for figures about things, not people (listings, events held): there is no
    #: person to protect, so nothing is suppressed and ``people`` is not shown.
    about_people: bool = True


_registry: dict[str, Metric] = {}


def register(metric: Metric) -> Metric:
    """Add (or replace, on reload) a metric under its key."""
    _registry[metric.key] = metric
    return metric


def unregister(key: str) -> None:
    _registry.pop(key, None)


def registered() -> list[Metric]:
    """Every registered metric, in display order."""
    return sorted(_registry.values(), key=lambda metric: (metric.order, metric.key))


def get(key: str) -> Metric | None:
    return _registry.get(key)


def value_of(metric: Metric, year: SchoolYear, filters: Filters, layout: Layout) -> MetricValue:
    """The metric for the filters' group, hidden when its people (or, to protect another
    group's, the suppression across groups) say so."""
    group = filters.group()
    if group not in layout.groups:
        # "All" instead of an unknown school would be a wrong figure, not a smaller one.
        raise ValueError(f"No such {group.kind}: {group.key!r}.")
    measured = metric.compute(year, filters.audience, layout)
    if not metric.about_people:
        figure = measured.get(group)
        return MetricValue(None if figure is None else figure.value)
    hidden = hidden_groups(
        {group: m.people for group, m in measured.items()},
        layout,
        also=[group for group, m in measured.items() if m.hidden],
    )
    figure = measured.get(group)
    if group in hidden:
        return MetricValue(None, suppressed=True)
    if figure is None or figure.people == 0:
        return MetricValue(None, people=0)
    return MetricValue(figure.value, people=figure.people)
