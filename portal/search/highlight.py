"""An excerpt of a result's text around the words the visitor searched for.

A word matches when the index would match it: its analysed term (folded, stemmed,
see ``analysis.py``) equals a term of the query, so "niños" marks "nino", "Niños"
and "niñas". The text is escaped; only the ``<mark>`` elements around matches are
HTML.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from .analysis import analyzer_for, terms

#: About how many characters an excerpt shows.
WIDTH = 200
#: At most this much text before the first match, so the match is near the start.
LEAD = 60
ELLIPSIS = "…"


def matches(text, query, language):
    """(start, end) character offsets of the words of `text` that match the query."""
    wanted = set(terms(query, language))
    if not wanted or not text:
        return []
    tokens = analyzer_for(language)(text, positions=True, chars=True)
    # The analyzer reuses one token object: read each one as it comes.
    return [(token.startchar, token.endchar) for token in tokens if token.text in wanted]


def densest_run(found, width):
    """The matches in the `width`-character stretch holding the most of them (earliest wins)."""
    best = found[:1]
    for index, (start, _end) in enumerate(found):
        run = [match for match in found[index:] if match[1] <= start + width]
        if len(run) > len(best):
            best = run
    return best


def window(text, run, width):
    """[start, end) of about `width` characters around the run, cut between words."""
    first, last = run[0][0], run[-1][1]
    start = max(0, first - max(0, min(LEAD, (width - (last - first)) // 2)))
    end = min(len(text), max(start + width, last))
    if end - start < width:  # near the end of the text: show more before instead
        start = max(0, min(first, end - width))
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else first
    if end < len(text):
        space = text.rfind(" ", last, end)
        end = space if space != -1 else max(end, last)
    return start, end


def marked(text, found):
    """`text` escaped, with each (start, end) of `found` (offsets in `text`) in `<mark>`."""
    parts, position = [], 0
    for start, end in found:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece is escaped above


def highlight(text, query, language, width=WIDTH):
    """About `width` characters of `text` around its densest matches, or None without any."""
    text = " ".join((text or "").split())
    found = matches(text, query, language)
    if not found:
        return None
    start, end = window(text, densest_run(found, width), width)
    inside = [(s - start, e - start) for s, e in found if s >= start and e <= end]
    before = ELLIPSIS if start > 0 else ""
    after = ELLIPSIS if end < len(text) else ""
    return SafeString(before + marked(text[start:end], inside) + after)


def excerpt(query, language, summary="", body="", width=WIDTH):
    """What a result card shows: the summary or the text around the matches, else the
    summary, else the start of the text (always escaped)."""
    for text in (summary, body):
        found = highlight(text, query, language, width)
        if found is not None:
            return found
    fallback = " ".join((summary or body or "").split())
    return escape(Truncator(fallback).chars(width))
