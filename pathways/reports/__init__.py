"""Staff reports on learning: pathway funnel, quiz item analysis, self-efficacy change.

Each report is a plain function of ``ReportFilters`` (``filters.py``) that
returns rows with small-cell suppression applied; the admin views, exports,
metrics and tests all call the same functions.
"""
