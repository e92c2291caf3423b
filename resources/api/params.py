"""Reading the query string and the path: every parameter checked before it is used.

A bad value is an ``ApiError`` (400, or 404 for an id in the path) that names the
parameter, so no input a client sends can reach the database as a 500.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from datetime import time as clock

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from resources import directory
from resources.hours import district_zone

MAX_SEARCH_LENGTH = 200
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no")


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


# --- parameters ----------------------------------------------------------------------------


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def text_param(request, name: str) -> str:
    value = request.GET.get(name, "").strip()
    # PostgreSQL refuses a NUL in any string: a parameter with one would be a 500.
    if CONTROL_CHARACTERS.search(value):
        raise ApiError(400, f"{name} must not contain control characters.", name)
    return value


def language_param(request) -> str:
    language = text_param(request, "lang") or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    if language not in codes:
        raise ApiError(400, f"lang must be one of: {', '.join(codes)}.", "lang")
    return language


def int_param(request, name: str, default: int, maximum: int) -> int:
    raw = text_param(request, name)
    if not raw:
        return default
    # isdecimal() alone would take other scripts' digits ("٣"): ASCII only.
    if not (raw.isascii() and raw.isdecimal()) or not 1 <= int(raw) <= maximum:
        raise ApiError(400, f"{name} must be a whole number from 1 to {maximum}.", name)
    return int(raw)


def bool_param(request, name: str) -> bool:
    raw = text_param(request, name).lower()
    if raw in ("", *FALSE):
        return False
    if raw in TRUE:
        return True
    raise ApiError(400, f"{name} must be true or false.", name)


def uuid_param(request, name: str) -> uuid.UUID | None:
    raw = text_param(request, name)
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be a UUID.", name) from None


def search_param(request) -> str:
    """The words, for the directory's own search.

    Double quotes are dropped: SQLite's full-text search reads an odd one as an
    unterminated phrase and fails, and no search needs them.
    """
    words = text_param(request, "search")
    if len(words) > MAX_SEARCH_LENGTH:
        raise ApiError(400, f"search must be at most {MAX_SEARCH_LENGTH} characters.", "search")
    return directory.search_words(words)


def datetime_param(request, name: str) -> datetime | None:
    """An ISO 8601 date-time (or date); without an offset it is read in the district's zone.

    A "+" left unencoded in a query string arrives as a space ("…T09:00:00 02:00"):
    it is put back, since no other reading makes sense.
    """
    raw = text_param(request, name)
    if not raw:
        return None
    raw = re.sub(r" (\d{2}(:?\d{2})?)$", r"+\1", raw)
    message = f"{name} must be an ISO 8601 date-time, for example 2025-01-31T09:00:00Z."
    try:
        value = parse_datetime(raw)
        if value is None:
            day = parse_date(raw)
            value = datetime.combine(day, clock.min) if day else None
    except ValueError:
        value = None
    if value is None:
        raise ApiError(400, message, name)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=district_zone())
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 pushed past the calendar's ends
        raise ApiError(400, message, name) from None


def unsupported(request, *names) -> None:
    for name in names:
        if text_param(request, name):
            raise ApiError(400, f"{name} is not supported by this API.", name)


def json_format_only(request) -> None:
    requested = text_param(request, "format").lower()
    if requested not in ("", "json"):
        raise ApiError(400, "format must be json (the only format offered).", "format")


# --- ids in the path -----------------------------------------------------------------------


def path_uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ApiError(404, "No such record: ids are UUIDs.") from None


def not_found(kind: str) -> ApiError:
    return ApiError(404, f"No {kind} with this id is listed in this language.")
