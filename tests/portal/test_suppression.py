"""Small-cell suppression that survives subtraction (``portal/suppression.py``).

The attacker here is independent of the module: it takes the shown figures and the
sums that tie the groups together, and solves them exactly (with fractions) for
every hidden figure it can.
"""

import random
from fractions import Fraction

import pytest

from portal.suppression import (
    EVERYONE,
    LANGUAGE,
    NO_SCHOOL_RECORDED,
    REGION,
    SCHOOL,
    Group,
    Layout,
    format_count,
    format_decimal,
    format_percent,
    hidden_groups,
)

THRESHOLD = 10


def layout(regions=2, schools=3):
    return Layout(
        ["en", "es"],
        {f"r{r}": [f"s{r}{s}" for s in range(schools)] for r in range(regions)},
    )


def consistent_counts(lay, people):
    """Counts that add up as the sums say: ``people`` maps (school or None, language) → n."""
    counts = dict.fromkeys(lay.groups, 0)
    region_of = {s: r for r, schools in lay.schools_by_region.items() for s in schools}
    for (school, language), n in people.items():
        counts[EVERYONE] += n
        counts[Group(LANGUAGE, language)] += n
        if school is None:
            counts[NO_SCHOOL_RECORDED] += n
        else:
            counts[Group(SCHOOL, school)] += n
            counts[Group(REGION, region_of[school])] += n
    return counts


def recovered(counts, hidden, lay):
    """Every hidden figure the shown figures determine exactly: {group: value}."""
    unknown = sorted(hidden)
    index = {group: i for i, group in enumerate(unknown)}
    rows = []
    for parent, parts in lay.relations:
        coefficients = [Fraction(0)] * len(unknown)
        constant = Fraction(0)
        for group, sign in [(parent, 1), *[(part, -1) for part in parts]]:
            if group in index:
                coefficients[index[group]] += sign
            else:
                constant -= sign * counts[group]
        if any(coefficients):
            rows.append(coefficients + [constant])
    # Gauss-Jordan elimination over the rationals.
    pivots = []
    row_at = 0
    for column in range(len(unknown)):
        pick = next((r for r in range(row_at, len(rows)) if rows[r][column] != 0), None)
        if pick is None:
            continue
        rows[row_at], rows[pick] = rows[pick], rows[row_at]
        pivot = rows[row_at][column]
        rows[row_at] = [value / pivot for value in rows[row_at]]
        for r in range(len(rows)):
            if r != row_at and rows[r][column] != 0:
                factor = rows[r][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[row_at], strict=True)]
        pivots.append((column, row_at))
        row_at += 1
    found = {}
    for column, r in pivots:
        if all(rows[r][c] == 0 for c in range(len(unknown)) if c != column):
            found[unknown[column]] = rows[r][-1]
    return found


def small_aggregates(counts, hidden, lay):
    """Sums of hidden parts anyone can work out, about fewer than the threshold (> 0)."""
    leaks = []
    for parent, parts in lay.relations:
        hidden_parts = [part for part in parts if part in hidden]
        if parent not in hidden and hidden_parts:
            total = sum(counts[part] for part in hidden_parts)
            if 0 < total < THRESHOLD:
                leaks.append((parent, hidden_parts, total))
    return leaks


def test_the_probes_example_is_no_longer_recoverable():
    """24 people in all, 22 in English: a hidden Spanish cell of 2 is 24 − 22."""
    lay = layout(regions=1, schools=2)
    counts = consistent_counts(lay, {("s00", "en"): 12, ("s01", "en"): 10, ("s01", "es"): 2})
    hidden = hidden_groups(counts, lay, THRESHOLD)
    assert Group(LANGUAGE, "es") in hidden
    assert recovered(counts, hidden, lay) == {}
    assert small_aggregates(counts, hidden, lay) == []
    # Without the complementary cells the attacker gets it exactly.
    primary = {g for g, n in counts.items() if 0 < n < THRESHOLD}
    assert recovered(counts, primary, lay)[Group(LANGUAGE, "es")] == 2


def test_nothing_is_hidden_when_every_group_is_large_enough():
    lay = layout()
    people = {(f"s{r}{s}", lang): 10 for r in range(2) for s in range(3) for lang in ("en", "es")}
    counts = consistent_counts(lay, people)
    assert hidden_groups(counts, lay, THRESHOLD) == set()


def test_a_figure_about_exactly_the_threshold_and_zeros_are_shown():
    lay = layout(regions=1, schools=1)
    counts = consistent_counts(lay, {("s00", "en"): 10})
    hidden = hidden_groups(counts, lay, THRESHOLD)
    assert hidden == set()  # Spanish (0) and "no school" (0) shown as zero


@pytest.mark.parametrize("seed", range(60))
def test_random_districts_leak_nothing(seed):
    rng = random.Random(seed)
    lay = layout(regions=rng.randint(1, 4), schools=rng.randint(1, 5))
    people = {}
    for schools in lay.schools_by_region.values():
        for school in schools:
            for language in ("en", "es"):
                people[(school, language)] = rng.choice([0, 0, 1, 2, 3, 5, 8, 9, 12, 20, 40])
    people[(None, "en")] = rng.choice([0, 1, 4, 11])
    people[(None, "es")] = rng.choice([0, 2, 9])
    counts = consistent_counts(lay, people)
    hidden = hidden_groups(counts, lay, THRESHOLD)
    assert {g for g, n in counts.items() if 0 < n < THRESHOLD} <= hidden
    assert recovered(counts, hidden, lay) == {}
    assert small_aggregates(counts, hidden, lay) == []


def test_numbers_are_written_one_way():
    assert format_percent(0.12394) == "12.4%"
    assert format_percent(0.12345) == "12.3%"
    assert format_percent(0.12350) == "12.4%"  # half away from zero, not to even
    assert format_decimal(0.125) == "0.13"
    assert format_count(1043) == "1,043"
