"""Site search: a Whoosh backend for Wagtail's search API, its analyzers, and the
public search page's entries (one per thing a visitor can find)."""
