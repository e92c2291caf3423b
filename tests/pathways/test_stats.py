"""Report statistics against hand-worked examples and printed tables.

Values marked "scipy" were computed once, outside the project, with
scipy.stats 1.17.1 (scipy is not a dependency); everything else is worked by
hand in the comments.
"""

import math
from datetime import timedelta

import pytest

from pathways.stats import (
    APPROXIMATE,
    NO_PAIRS,
    NO_VARIATION,
    NONCENTRAL_T,
    REASON_LABELS,
    TOO_FEW_PAIRS,
    Pair,
    Response,
    betainc,
    dz_interval,
    dz_interval_approximate,
    median,
    nct_cdf,
    pair_responses,
    paired_change,
    response_rate,
    suppress,
    t_cdf,
    t_ppf,
)

# Five parents, before/after scores on one subscale.
BEFORE = [2.0, 2.5, 3.0, 3.5, 2.0]
AFTER = [3.0, 3.0, 3.5, 4.0, 2.0]
FIVE_PARENTS = [Pair(f"p{k}", b, a) for k, (b, a) in enumerate(zip(BEFORE, AFTER, strict=True))]


def test_worked_example_paired_change():
    # mean before = 13.0 / 5 = 2.6; mean after = 15.5 / 5 = 3.1
    # changes = [1.0, 0.5, 0.5, 0.5, 0.0]; mean change = 2.5 / 5 = 0.5
    # deviations = [0.5, 0, 0, 0, −0.5]; sum of squares = 0.5
    # sd = √(0.5 / (5 − 1)) = √0.125 = 0.353553
    # d_z = 0.5 / 0.353553 = √2 = 1.414214
    # improved 4/5 = 0.8, same 1/5 = 0.2, worse 0
    result = paired_change(FIVE_PARENTS)
    assert result.n == 5
    assert result.mean_before == pytest.approx(2.6)
    assert result.mean_after == pytest.approx(3.1)
    assert result.mean_change == pytest.approx(0.5)
    assert result.sd_change == pytest.approx(math.sqrt(0.125))
    assert result.d_z == pytest.approx(math.sqrt(2))
    assert (result.share_improved, result.share_same, result.share_worse) == (0.8, 0.2, 0.0)
    assert result.reason is None


def test_worked_example_exact_interval():
    # t = d_z·√n = √2·√5 = √10 = 3.162278, df = 4.
    # The CI inverts the noncentral t: δ_low solves P(T ≤ 3.162 | δ) = 0.975,
    # δ_high solves P(T ≤ 3.162 | δ) = 0.025; the d_z ends are δ / √5.
    # scipy: δ_low = 0.207088, δ_high = 5.965490 → d_z CI [0.092613, 2.667848]
    result = paired_change(FIVE_PARENTS)
    assert result.ci_method == NONCENTRAL_T
    assert result.ci_low == pytest.approx(0.0926126, abs=1e-6)
    assert result.ci_high == pytest.approx(2.6678484, abs=1e-6)
    # The ends satisfy their defining equations.
    t_obs = math.sqrt(10)
    assert nct_cdf(t_obs, 4, result.ci_low * math.sqrt(5)) == pytest.approx(0.975)
    assert nct_cdf(t_obs, 4, result.ci_high * math.sqrt(5)) == pytest.approx(0.025)


def test_worked_example_approximate_interval():
    # SE(d_z) = √(1/n + d_z²/(2n)) = √(1/5 + 2/10) = √0.4 = 0.632456
    # t_{0.975, 4} = 2.776445 → half-width = 2.776445 × 0.632456 = 1.755978
    # CI = 1.414214 ∓ 1.755978 = [−0.341764, 3.170192]
    low, high = dz_interval_approximate(math.sqrt(2), 5)
    assert low == pytest.approx(-0.341764, abs=1e-5)
    assert high == pytest.approx(3.170192, abs=1e-5)


def test_worse_after_mirrors_the_interval():
    swapped = paired_change([Pair(p.person_id, p.after, p.before) for p in FIVE_PARENTS])
    assert swapped.d_z == pytest.approx(-math.sqrt(2))
    assert swapped.ci_low == pytest.approx(-2.6678484, abs=1e-6)
    assert swapped.ci_high == pytest.approx(-0.0926126, abs=1e-6)
    assert (swapped.share_improved, swapped.share_worse) == (0.0, 0.8)


@pytest.mark.parametrize(
    ("d_z", "n", "low", "high"),
    [
        # scipy: the same inversion of scipy.stats.nct.cdf with brentq
        (0.0, 10, -0.6197950, 0.6197950),
        (0.5, 30, 0.1161007, 0.8762613),
        (-1.2, 8, -2.1044540, -0.2502401),
        (1.0, 1000, 0.9239104, 1.0757473),
    ],
    ids=["null-effect-symmetric", "medium-n30", "negative-n8", "large-n"],
)
def test_exact_interval_matches_reference(d_z, n, low, high):
    got_low, got_high, method = dz_interval(d_z, n)
    assert method == NONCENTRAL_T
    assert got_low == pytest.approx(low, abs=1e-6)
    assert got_high == pytest.approx(high, abs=1e-6)


def test_huge_effect_falls_back_to_the_approximation():
    # d_z = 8, n = 20: δ ≈ 36 is beyond AS 243's range.
    # SE = √(1/20 + 64/40) = √1.65 = 1.284523; t_{0.975, 19} = 2.093024
    # half-width = 2.093024 × 1.284523 = 2.688538
    # CI = 8 ∓ 2.688538 = [5.311462, 10.688538]
    low, high, method = dz_interval(8.0, 20)
    assert method == APPROXIMATE
    assert low == pytest.approx(5.311462, abs=1e-5)
    assert high == pytest.approx(10.688538, abs=1e-5)


@pytest.mark.parametrize(
    ("pairs", "reason"),
    [
        ([], NO_PAIRS),
        ([Pair("a", 2.0, 3.0)], TOO_FEW_PAIRS),
        ([Pair("a", 2.0, 2.5), Pair("b", 3.0, 3.5), Pair("c", 1.0, 1.5)], NO_VARIATION),
    ],
    ids=["no-pairs", "one-pair", "zero-sd"],
)
def test_dz_missing_with_a_reason(pairs, reason):
    result = paired_change(pairs)
    assert result.d_z is None
    assert result.ci_low is None and result.ci_high is None
    assert result.reason == reason
    assert result.n == len(pairs)
    assert str(REASON_LABELS[reason])


def test_zero_sd_still_reports_means_and_shares():
    # every change is +0.5: mean change 0.5, sd 0, all improved
    result = paired_change([Pair("a", 2.0, 2.5), Pair("b", 3.0, 3.5), Pair("c", 1.0, 1.5)])
    assert result.mean_change == pytest.approx(0.5)
    assert result.sd_change == pytest.approx(0.0)
    assert result.share_improved == 1.0


def test_float_noise_counts_as_same():
    # 0.1 + 0.2 − 0.3 is 5.6e-17 in floating point, not 0
    result = paired_change([Pair("a", 0.3, 0.1 + 0.2), Pair("b", 1.0, 2.0)])
    assert result.share_same == 0.5
    assert result.share_improved == 0.5


# --------------------------------------------------------------------------
# Pairing
# --------------------------------------------------------------------------


def test_pairing_with_duplicates_and_unpaired_people():
    pre = [
        Response("ana", 1, 3.0),  # earliest "before" → baseline (not the lowest)
        Response("ana", 5, 2.0),  # later "before": ignored
        Response("ben", 2, 2.5),  # no "after" → unpaired pre
        Response("dee", 3, None),  # subscale not scored → ignored
        Response("dee", 4, 2.0),
        Response("eli", 2, 2.0),  # only "after" came earlier → unpaired both
        Response("fay", 3, 3.0),
    ]
    post = [
        Response("ana", 10, 4.0),
        Response("ana", 20, 3.5),  # latest "after" → outcome (not the best)
        Response("cruz", 9, 3.0),  # no "before" → unpaired post
        Response("dee", 12, 3.0),
        Response("eli", 1, 3.0),
        Response("fay", 2, 5.0),  # before fay's baseline: ignored
        Response("fay", 8, 3.5),
    ]
    pairing = pair_responses(pre, post)
    assert pairing.pairs == [
        Pair("ana", 3.0, 3.5),
        Pair("dee", 2.0, 3.0),
        Pair("fay", 3.0, 3.5),
    ]
    assert pairing.unpaired_pre == 2  # ben, eli
    assert pairing.unpaired_post == 2  # cruz, eli


def test_pairing_input_order_does_not_matter():
    pre = [Response("a", 2, 3.0), Response("a", 1, 2.0)]
    post = [Response("a", 9, 4.0), Response("a", 8, 1.0)]
    assert pair_responses(pre, post).pairs == [Pair("a", 2.0, 4.0)]
    assert pair_responses(pre[::-1], post[::-1]).pairs == [Pair("a", 2.0, 4.0)]


# --------------------------------------------------------------------------
# Distributions
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("df", "table"),
    [(1, 12.706), (2, 4.303), (5, 2.571), (10, 2.228), (30, 2.042), (100, 1.984)],
    ids=["df1", "df2", "df5", "df10", "df30", "df100"],
)
def test_t_quantile_matches_the_printed_table(df, table):
    assert t_ppf(0.975, df) == pytest.approx(table, abs=5e-4)
    assert t_ppf(0.025, df) == pytest.approx(-table, abs=5e-4)


def test_t_quantile_inverts_the_cdf():
    assert t_cdf(t_ppf(0.9, 7), 7) == pytest.approx(0.9, abs=1e-12)
    assert t_ppf(0.5, 3) == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize(
    ("t", "df", "expected"),
    [
        # df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/π; F(1) = 0.75
        (1.0, 1, 0.75),
        # df = 2 has a closed form: F(t) = 1/2 + t / (2√(2 + t²)); F(2) = 0.5 + 2/(2√6)
        (2.0, 2, 0.5 + 1 / math.sqrt(6)),
        (0.0, 9, 0.5),
        (2.0, 3, 0.9303370157),  # scipy
    ],
    ids=["cauchy", "df2-closed-form", "centre", "df3"],
)
def test_t_cdf(t, df, expected):
    assert t_cdf(t, df) == pytest.approx(expected, abs=1e-10)


@pytest.mark.parametrize(
    ("a", "b", "x", "expected"),
    [
        (1.0, 1.0, 0.3, 0.3),  # uniform: I_x(1, 1) = x
        (1.0, 3.0, 0.2, 1 - 0.8**3),  # I_x(1, b) = 1 − (1 − x)^b
        (2.5, 2.5, 0.5, 0.5),  # symmetric
        (2.0, 1.0, 0.6, 0.36),  # I_x(a, 1) = x^a
    ],
    ids=["uniform", "a-is-1", "symmetric", "b-is-1"],
)
def test_incomplete_beta(a, b, x, expected):
    assert betainc(a, b, x) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("t", "df", "delta", "expected"),
    [
        (3.1623, 4, 1.0, 0.9139036994),
        (-1.5, 10, 0.5, 0.0309751965),
        (2.0, 3, -1.0, 0.9900314994),
        (5.0, 9, 4.0, 0.7087933248),
    ],
    ids=["positive", "negative-t", "negative-delta", "large-delta"],
)
def test_noncentral_t_cdf_matches_scipy(t, df, delta, expected):
    assert nct_cdf(t, df, delta) == pytest.approx(expected, abs=1e-9)


def test_noncentral_t_with_zero_delta_is_student_t():
    assert nct_cdf(1.3, 6, 0.0) == pytest.approx(t_cdf(1.3, 6), abs=1e-12)


# --------------------------------------------------------------------------
# Suppression, median, response rate
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "shown"),
    [(9, None), (10, 0.42), (11, 0.42)],
    ids=["9-suppressed", "10-shown", "11-shown"],
)
def test_suppress_at_threshold_10(n, shown):
    assert suppress(0.42, n, threshold=10) == shown


def test_suppress_defaults_to_the_setting(settings):
    settings.PORTAL_SMALL_CELL_THRESHOLD = 3
    assert suppress("x", 2) is None
    assert suppress("x", 3) == "x"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([5], 5),
        ([3, 1, 2], 2),
        ([4, 1, 3, 2], 2.5),  # (2 + 3) / 2
        ([timedelta(days=1), timedelta(days=4)], timedelta(days=2, hours=12)),
    ],
    ids=["empty", "one", "odd", "even", "durations"],
)
def test_median(values, expected):
    assert median(values) == expected


@pytest.mark.parametrize(
    ("responded", "invited", "expected"),
    [(7, 10, 0.7), (0, 10, 0.0), (0, 0, None)],
    ids=["some", "none-responded", "none-invited"],
)
def test_response_rate(responded, invited, expected):
    assert response_rate(responded, invited) == expected


def test_response_rate_rejects_more_responses_than_invitations():
    with pytest.raises(ValueError):
        response_rate(11, 10)
