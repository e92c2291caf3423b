"""How words become index terms, per language.

Both languages fold accents and case, drop stop words and stem, so that
"niños" finds "nino" and "conferences" finds "conference". Spanish uses a
light stemmer (plural and gender endings only): Snowball's Spanish stemmer
turns "talleres" into "taller" but "taller" into "tall", so one could not find
the other. English uses Whoosh's Porter stemmer, which is consistent.
"""

import contextlib
from functools import cache

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stopwords_for_language
from whoosh.lang.porter import stem as english_stem
from whoosh.support.charset import accent_map

from django.conf import settings

# Apostrophes split words: "child's" is found by "child".
WORDS = r"\w+"
VOWELS = "aeiou"
# Autocomplete matches the first letters of a word, up to this many.
LONGEST_PREFIX = 15


def spanish_light_stem(word):
    """Strip the plural, then a final gender vowel: niños/niño/niñas -> nin,
    talleres/taller -> taller, reuniones/reunión -> reunion, luces -> luz.

    The word arrives folded (no accents, lower case). Short words are left
    alone so that "mes" and "sus" keep their meaning.
    """
    if len(word) <= 3:
        return word
    if word.endswith("ces") and len(word) > 4:
        word = word[:-3] + "z"
    elif word.endswith("es") and len(word) > 4 and word[-3] not in VOWELS:
        word = word[:-2]
    elif word.endswith("s") and word[-2] in VOWELS:
        word = word[:-1]
    if len(word) > 3 and word[-1] in "aoe":
        word = word[:-1]
    return word


STEMMERS = {"es": spanish_light_stem, "en": english_stem}


def folded(text):
    """Lower case without accents: the form every analyzer compares."""
    return text.lower().translate(accent_map)


@cache
def analyzer_for(language):
    """Tokenize, fold case and accents, drop stop words, stem.

    Stop words are removed before folding (the lists are accented); a language
    without its own stemmer is folded only.
    """
    code = (language or "").split("-")[0]
    chain = RegexTokenizer(WORDS) | LowercaseFilter()
    with contextlib.suppress(KeyError):
        # renumber=False: a dropped word leaves its gap, so phrases cannot jump it
        chain = chain | StopFilter(stoplist=stopwords_for_language(code), minsize=1, renumber=False)
    chain = chain | CharsetFilter(accent_map)
    stemmer = STEMMERS.get(code)
    if stemmer is not None:
        chain = chain | StemFilter(stemfn=stemmer, cachesize=50000)
    return chain


@cache
def spelling_analyzer():
    """Whole words, lower case, accents kept: what "did you mean" offers back."""
    return RegexTokenizer(WORDS) | LowercaseFilter()


@cache
def autocomplete_analyzer():
    """The first 1..15 letters of each word, folded: "tal" finds "Talleres"."""
    return (
        RegexTokenizer(WORDS)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | NgramFilter(1, LONGEST_PREFIX, at="start")
    )


def terms(text, language):
    """The index terms of `text` in `language` (what a query word must equal)."""
    return [token.text for token in analyzer_for(language)(text)]


def search_languages():
    """The site's languages: each has its own analysed fields in the index."""
    return [code.split("-")[0] for code, _name in settings.LANGUAGES]
