"""A fixed-window rate limit per client address for the HSDS API, kept in Django's cache.

The API is public and anonymous, so the only thing that tells clients apart is the
address the request came from (``REMOTE_ADDR``; behind a proxy, set it from the
proxy's header there, not here). A fixed window (a counter per address per period,
expiring with the period) costs one cache ``add`` and one ``incr`` per request, works
the same with the local-memory cache and with Redis shared by several app servers,
and needs no table. Its known weakness, up to twice the limit across a window's edge,
does not matter for keeping a scraper from hammering the database.

``RESOURCES_API_RATE_LIMIT`` is ``(requests, seconds)`` (default ``(120, 60)``), or a
plain number of requests per 60 seconds; ``0`` or ``None`` turns the limit off.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMIT = (120, 60)
KEY_PREFIX = "resources-api-rate"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    period: int
    remaining: int
    #: Seconds until the current window ends (what ``Retry-After`` says when refused).
    retry_after: int


def rate_limit() -> tuple[int, int] | None:
    """``(requests, seconds)`` from the settings, or None when the limit is off."""
    value = getattr(settings, "RESOURCES_API_RATE_LIMIT", DEFAULT_LIMIT)
    if not value:
        return None
    if isinstance(value, int):
        return value, 60
    requests, seconds = value
    return int(requests), max(1, int(seconds))


def client_of(request) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


def check(client: str, now: float | None = None) -> Verdict:
    """Count one request from ``client`` and say whether it is within the limit."""
    limit = rate_limit()
    if limit is None:
        return Verdict(allowed=True, limit=0, period=0, remaining=0, retry_after=0)
    requests, period = limit
    now = time.time() if now is None else now
    window = int(now // period)
    key = f"{KEY_PREFIX}:{client}:{window}"
    # The counter outlives its window by a second so an incr at the edge never
    # finds it gone; the next window has a key of its own anyway.
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=period + 1)
        count = 1
    retry_after = max(1, math.ceil((window + 1) * period - now))
    return Verdict(
        allowed=count <= requests,
        limit=requests,
        period=period,
        remaining=max(0, requests - count),
        retry_after=retry_after,
    )
