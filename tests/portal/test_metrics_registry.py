"""Apps register their figures; the registry lists them in order, without importing the apps."""

import pytest

from portal import metrics
from portal.school_year import SchoolYear


@pytest.fixture
def two_metrics():
    first = metrics.Metric(
        key="test.second",
        label="Second",
        compute=lambda year, filters: metrics.MetricValue(2, people=2),
        app_label="tests",
        order=20,
    )
    second = metrics.Metric(
        key="test.first",
        label="First",
        compute=lambda year, filters: metrics.MetricValue(year.start_year, people=1),
        app_label="tests",
        order=10,
    )
    metrics.register(first)
    metrics.register(second)
    yield first, second
    metrics.unregister("test.first")
    metrics.unregister("test.second")


def test_registered_metrics_come_in_display_order(two_metrics):
    keys = [metric.key for metric in metrics.registered()]
    assert keys.index("test.first") < keys.index("test.second")
    value = metrics.get("test.first").compute(SchoolYear(2026), metrics.Filters())
    assert value.value == 2026


def test_registering_the_same_key_replaces_it(two_metrics):
    replacement = metrics.Metric(
        key="test.first",
        label="Replaced",
        compute=lambda year, filters: metrics.MetricValue(None, suppressed=True),
        app_label="tests",
    )
    metrics.register(replacement)
    assert [m.label for m in metrics.registered() if m.key == "test.first"] == ["Replaced"]


def test_unregistering_removes_it(two_metrics):
    metrics.unregister("test.first")
    assert metrics.get("test.first") is None
    assert "test.first" not in [m.key for m in metrics.registered()]
