"""Checks on text people type that is shown to others (names on certificates, lists).

A name with invisible control or formatting characters can disguise itself: a
right-to-left override (U+202E) shows the letters after it backwards, a
zero-width space hides a duplicate, a line separator breaks a layout or an export. Such
characters are refused at input, with a message that says what to fix.

Joiners (U+200C ZWNJ, U+200D ZWJ) are kept: Persian, Arabic and Indic names and
emoji need them, and they cannot reorder or hide text.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

#: Categories never allowed in a name: controls, format characters (bidi overrides,
#: zero-width spaces, soft hyphens…), surrogates, private use, unassigned, and line
#: or paragraph separators.
REFUSED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
ALLOWED_FORMAT_CHARACTERS = {"\u200c", "\u200d"}


def hidden_characters(value: str) -> list[str]:
    """The refused characters in ``value``, as ``U+XXXX`` codes (each once, in order)."""
    found = []
    for character in value or "":
        if character in ALLOWED_FORMAT_CHARACTERS:
            continue
        if unicodedata.category(character) in REFUSED_CATEGORIES:
            code = f"U+{ord(character):04X}"
            if code not in found:
                found.append(code)
    return found


def strip_hidden_characters(value: str) -> str:
    """``value`` without the refused characters (for cleaning what was stored before)."""
    return "".join(
        character
        for character in value or ""
        if character in ALLOWED_FORMAT_CHARACTERS
        or unicodedata.category(character) not in REFUSED_CATEGORIES
    )


@deconstructible
class VisibleTextValidator:
    """Refuses control and invisible formatting characters in a name or title."""

    message = _(
        "Remove the hidden or control characters (%(characters)s): "
        "use only letters, numbers, spaces and punctuation."
    )
    code = "hidden_characters"

    def __call__(self, value):
        found = hidden_characters(str(value))
        if found:
            raise ValidationError(
                self.message, code=self.code, params={"characters": ", ".join(found)}
            )

    def __eq__(self, other):
        return isinstance(other, VisibleTextValidator)


validate_visible_text = VisibleTextValidator()
