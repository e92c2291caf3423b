"""Statistics for the reports: pre/post pairing, paired change and Cohen's d_z.

No scipy: the Student t and noncentral t distributions are computed here from
the regularized incomplete beta function (Numerical Recipes' continued
fraction) and Lenth's algorithm AS 243, and inverted by bisection. The tests
check them against printed table values and values computed independently.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from statistics import fmean, stdev
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# --------------------------------------------------------------------------
# Small helpers used by every report
# --------------------------------------------------------------------------


def suppress(value, n: int, threshold: int | None = None):
    """Return ``value``, or ``None`` when it describes fewer than ``threshold`` people.

    ``threshold`` defaults to ``settings.PORTAL_SMALL_CELL_THRESHOLD``; a figure
    about exactly ``threshold`` people is shown.
    """
    if threshold is None:
        threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    return None if n < threshold else value


def median(values: Iterable[float]) -> float | None:
    """Median (mean of the middle two for an even count); ``None`` when empty."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def response_rate(responded: int, invited: int) -> float | None:
    """Share of invited people who responded (0..1); ``None`` when nobody was invited."""
    if invited <= 0:
        return None
    if not 0 <= responded <= invited:
        raise ValueError("responded must be between 0 and invited.")
    return responded / invited


# --------------------------------------------------------------------------
# Pairing before/after responses
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    """One person's score on one measure (a subscale or overall) at one time."""

    person_id: Hashable
    submitted_at: Any  # anything orderable: datetime in the app, int in tests
    score: float | None


@dataclass(frozen=True)
class Pair:
    person_id: Hashable
    before: float
    after: float
    # When the "before" was given, to choose among a person's pairs (not part of equality).
    baseline_at: Any = field(default=None, compare=False)

    @property
    def change(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class Pairing:
    pairs: list[Pair]
    unpaired_pre: int  # people with a usable "before" but no later "after"
    unpaired_post: int  # people with an "after" but no earlier "before"


def _usable_by_person(responses: Iterable[Response]) -> dict[Hashable, list[Response]]:
    grouped: dict[Hashable, list[Response]] = {}
    for response in responses:
        if response.score is not None:
            grouped.setdefault(response.person_id, []).append(response)
    return grouped


def pair_responses(pre: Iterable[Response], post: Iterable[Response]) -> Pairing:
    """Pair each person's before and after score; one pair per person.

    "Person" is whatever ``person_id`` names: the self-efficacy report pairs within
    an enrollment (the person *and* the pathway), so a "before" of one pathway is
    never paired with an "after" of another.

    Rules, so nobody counts twice and retakes cannot flatter the result:
    - responses whose score is ``None`` (subscale not scored) are ignored;
    - the *earliest* "before" is the baseline: it is the one given before any
      module was read; a later "before" (e.g. after re-enrolling) has already
      been influenced by the content;
    - the *latest* "after" is the outcome: it is the person's final state, and
      choosing it (not the best) keeps repeat attempts from inflating change;
    - an "after" only counts if submitted after that baseline.
    Pairs come out sorted by person id so reports are reproducible.
    """
    befores = _usable_by_person(pre)
    afters = _usable_by_person(post)
    pairs = []
    for person_id, responses in befores.items():
        baseline = min(responses, key=lambda response: response.submitted_at)
        later = [r for r in afters.get(person_id, []) if r.submitted_at > baseline.submitted_at]
        if later:
            outcome = max(later, key=lambda response: response.submitted_at)
            pairs.append(Pair(person_id, baseline.score, outcome.score, baseline.submitted_at))
    paired = {pair.person_id for pair in pairs}
    try:
        pairs.sort(key=lambda pair: pair.person_id)
    except TypeError:  # mixed id types
        pairs.sort(key=lambda pair: str(pair.person_id))
    return Pairing(
        pairs=pairs,
        unpaired_pre=len(befores.keys() - paired),
        unpaired_post=len(afters.keys() - paired),
    )


def first_pair_of_each(pairs: Iterable[Pair], who) -> list[Pair]:
    """One pair per ``who(pair.person_id)``: the one with the earliest "before".

    Pooling a survey over pathways, a person who took it in two pathways counts
    once, with the first journey they measured.
    """
    chosen: dict[Hashable, Pair] = {}
    for pair in pairs:
        person = who(pair.person_id)
        kept = chosen.get(person)
        if kept is None or (pair.baseline_at, str(pair.person_id)) < (
            kept.baseline_at,
            str(kept.person_id),
        ):
            chosen[person] = pair
    return [chosen[person] for person in sorted(chosen, key=str)]


# --------------------------------------------------------------------------
# Distributions (no scipy)
# --------------------------------------------------------------------------

_EPS = 1e-15


def _lentz_step(aa: float, c: float, d: float) -> tuple[float, float, float]:
    tiny = 1e-300
    d = 1.0 + aa * d
    d = 1.0 / (d if abs(d) > tiny else tiny)
    c = 1.0 + aa / c
    c = c if abs(c) > tiny else tiny
    return c, d, c * d


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta (modified Lentz's method)."""
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > 1e-300 else 1e-300)
    h = d
    for m in range(1, 1000):
        even = m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m))
        c, d, step = _lentz_step(even, c, d)
        h *= step
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0))
        c, d, step = _lentz_step(odd, c, d)
        h *= step
        if abs(step - 1.0) < _EPS:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta function I_x(a, b)."""
    if not 0.0 <= x <= 1.0:
        raise ValueError("x must lie in [0, 1].")
    if x in (0.0, 1.0):
        return x
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def t_cdf(t: float, df: float) -> float:
    """P(T ≤ t) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def _bisect(func, target: float, low: float, high: float, increasing: bool) -> float:
    """Solve func(x) = target on [low, high] for a monotonic func."""
    for _step in range(200):
        mid = (low + high) / 2.0
        if (func(mid) < target) == increasing:
            low = mid
        else:
            high = mid
        if high - low < 1e-12 * max(1.0, abs(mid)):
            break
    return (low + high) / 2.0


def t_ppf(p: float, df: float) -> float:
    """Inverse Student t: the t with P(T ≤ t) = p, by bisection on ``t_cdf``."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie in (0, 1).")
    if p < 0.5:
        return -t_ppf(1.0 - p, df)
    high = 1.0
    while t_cdf(high, df) < p:
        high *= 2.0
    return _bisect(lambda t: t_cdf(t, df), p, 0.0, high, increasing=True)


def nct_cdf(t: float, df: float, delta: float) -> float:
    """P(T ≤ t) for the noncentral t (Lenth 1989, algorithm AS 243).

    Accurate while exp(-delta²/2) does not underflow (|delta| < ~37); callers
    fall back to an approximation beyond that.
    """
    if t < 0:
        return 1.0 - nct_cdf(-t, df, -delta)
    total = 0.0
    x = t * t / (t * t + df)
    if x > 0:
        lam = delta * delta
        p = 0.5 * math.exp(-0.5 * lam)
        q = math.sqrt(2.0 / math.pi) * p * delta
        s = 0.5 - p
        a, b = 0.5, 0.5 * df
        rxb = (1.0 - x) ** b
        log_beta = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
        x_odd = betainc(a, b, x)
        g_odd = 2.0 * rxb * math.exp(a * math.log(x) - log_beta)
        x_even = 1.0 - rxb
        g_even = b * x * rxb
        total = p * x_odd + q * x_even
        for en in range(1, 2000):
            a += 1.0
            x_odd -= g_odd
            x_even -= g_even
            g_odd *= x * (a + b - 1.0) / a
            g_even *= x * (a + b - 0.5) / (a + 0.5)
            p *= lam / (2.0 * en)
            q *= lam / (2.0 * en + 1.0)
            s -= p
            total += p * x_odd + q * x_even
            if 2.0 * s * (x_odd - g_odd) <= 1e-13:
                break
    return min(1.0, max(0.0, total + normal_cdf(-delta)))


# --------------------------------------------------------------------------
# Paired change and Cohen's d_z
# --------------------------------------------------------------------------

#: Changes closer to zero than this count as "same" (means of Likert items
#: are exact in theory, but floating-point subtraction is not).
SAME_TOLERANCE = 1e-9
NONCENTRAL_T = "noncentral-t"
APPROXIMATE = "approximate"
_MAX_NONCENTRALITY = 35.0


#: Why d_z is missing: a code for the record, a translated label for the report.
NO_PAIRS, TOO_FEW_PAIRS, NO_VARIATION = "no_pairs", "too_few_pairs", "no_variation"
REASON_LABELS = {
    NO_PAIRS: _("No before/after pairs."),
    TOO_FEW_PAIRS: _("At least two before/after pairs are needed."),
    NO_VARIATION: _("Everyone changed by the same amount, so the effect size is undefined."),
}


@dataclass(frozen=True)
class ChangeStats:
    n: int
    mean_before: float | None = None
    mean_after: float | None = None
    mean_change: float | None = None
    sd_change: float | None = None
    d_z: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    ci_method: str | None = None
    share_improved: float | None = None
    share_same: float | None = None
    share_worse: float | None = None
    reason: str | None = None  # a key of REASON_LABELS when d_z is None


def dz_interval_noncentral(d_z: float, n: int, level: float = 0.95) -> tuple[float, float] | None:
    """Exact CI for d_z by inverting the noncentral t (Steiger & Fouladi 1997).

    The paired t statistic is t = d_z·√n with n − 1 df and noncentrality
    δ = d_z(population)·√n. Find δ_low with P(T ≤ t | δ_low) = 1 − α/2 and
    δ_high with P(T ≤ t | δ_high) = α/2, then divide both by √n. Returns
    ``None`` when an end lies where AS 243 underflows (|δ| ≳ 37, i.e. very
    large effects), after checking that both ends really solve their equation.
    """
    t_obs, df = d_z * math.sqrt(n), n - 1
    alpha = 1.0 - level
    span = 10.0 + abs(t_obs) * 2.0

    def cdf(delta: float) -> float:
        return nct_cdf(t_obs, df, delta)

    ends = []
    for target in (1.0 - alpha / 2.0, alpha / 2.0):
        delta = _bisect(cdf, target, t_obs - span, t_obs + span, increasing=False)
        if abs(delta) > _MAX_NONCENTRALITY or abs(cdf(delta) - target) > 1e-7:
            return None
        ends.append(delta / math.sqrt(n))
    return ends[0], ends[1]


def dz_interval_approximate(d_z: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """d_z ± t_{1−α/2, n−1} · SE, with SE(d_z) = √(1/n + d_z²/(2n)).

    The usual large-sample standard error; used only where the exact interval
    is numerically out of reach (very large d_z·√n).
    """
    se = math.sqrt(1.0 / n + d_z * d_z / (2.0 * n))
    crit = t_ppf(1.0 - (1.0 - level) / 2.0, n - 1)
    return d_z - crit * se, d_z + crit * se


def dz_interval(d_z: float, n: int, level: float = 0.95) -> tuple[float, float, str]:
    """CI for d_z: exact (noncentral t) where computable, else the approximation."""
    exact = dz_interval_noncentral(d_z, n, level)
    if exact is not None:
        return (*exact, NONCENTRAL_T)
    return (*dz_interval_approximate(d_z, n, level), APPROXIMATE)


def paired_change(pairs: Sequence[Pair], level: float = 0.95) -> ChangeStats:
    """Mean change, its SD (sample, n − 1), d_z = mean / SD with a CI, and shares.

    d_z is ``None`` with a ``reason`` when n < 2 (no SD) or the SD is 0
    (everyone changed by the same amount, so d_z is undefined).
    """
    n = len(pairs)
    if n == 0:
        return ChangeStats(n=0, reason=NO_PAIRS)
    changes = [pair.change for pair in pairs]
    mean_change = fmean(changes)
    common = {
        "n": n,
        "mean_before": fmean(pair.before for pair in pairs),
        "mean_after": fmean(pair.after for pair in pairs),
        "mean_change": mean_change,
        "share_improved": sum(c > SAME_TOLERANCE for c in changes) / n,
        "share_same": sum(abs(c) <= SAME_TOLERANCE for c in changes) / n,
        "share_worse": sum(c < -SAME_TOLERANCE for c in changes) / n,
    }
    if n < 2:
        return ChangeStats(**common, reason=TOO_FEW_PAIRS)
    sd_change = stdev(changes)
    if sd_change <= SAME_TOLERANCE:
        return ChangeStats(**common, sd_change=sd_change, reason=NO_VARIATION)
    d_z = mean_change / sd_change
    ci_low, ci_high, method = dz_interval(d_z, n, level)
    return ChangeStats(
        **common,
        sd_change=sd_change,
        d_z=d_z,
        ci_low=ci_low,
        ci_high=ci_high,
        ci_method=method,
    )
