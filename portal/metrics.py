"""The metrics registry: each app declares the figures the office reports.

An app lists its metrics in its own ``metrics.py`` (found at start-up by
``autodiscover_modules``) with ``register(Metric(...))``; the admin dashboard and
any report list whatever is registered, so ``portal`` never imports a domain app.
A metric is a function of a school year and filters that returns a
``MetricValue``; it applies small-cell suppression itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from portal.school_year import SchoolYear


@dataclass(frozen=True)
class Filters:
    """What a figure is narrowed to; ``None`` means all. Model instances or codes."""

    region: object = None
    school: object = None
    language: str | None = None
    audience: object = None


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
    compute: Callable[[SchoolYear, Filters], MetricValue]
    app_label: str
    description: str = ""
    #: How to show the value: "count", "decimal" (two places) or "percent" (a 0..1 share).
    kind: str = "count"
    order: int = 100
    extra: dict = field(default_factory=dict)


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
