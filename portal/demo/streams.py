"""A small vocabulary for writing StreamField content as data.

The content modules describe bodies with these helpers; pages and images are
named by key (`page("contact")`, `image("book")`) and `resolve` swaps the keys
for the database ids of the right language's pages when the loader saves them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageRef:
    key: str


@dataclass(frozen=True)
class ImageRef:
    key: str


def page(key):
    return PageRef(key)


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def image(key, alt_text, caption=""):
    return {
        "type": "image",
        "value": {"image": ImageRef(key), "alt_text": alt_text, "caption": caption},
    }


def call_to_action(title, text, button_label, target):
    """`target` is a `page(key)` or an external URL."""
    is_page = isinstance(target, PageRef)
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": target if is_page else None,
            "url": "" if is_page else target,
            "button_label": button_label,
        },
    }


def faq(heading_text, *items):
    """An accordion; `items` are (question, answer HTML) pairs."""
    return {
        "type": "accordion",
        "value": {
            "heading": heading_text,
            "items": [{"question": q, "answer": a} for q, a in items],
        },
    }


def entry_point(title, text, target, link_label):
    return {
        "type": "entry_point",
        "value": {"title": title, "text": text, "page": target, "link_label": link_label},
    }


def hours(*rows):
    """Opening hours: (days, hours) pairs."""
    return [{"type": "hours", "value": {"days": d, "hours": h}} for d, h in rows]


def resolve(data, pages, images):
    """`data` with every PageRef/ImageRef replaced by an id from `pages`/`images`."""
    if isinstance(data, PageRef):
        return pages[data.key].pk
    if isinstance(data, ImageRef):
        return images[data.key].pk
    if isinstance(data, dict):
        return {key: resolve(value, pages, images) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [resolve(value, pages, images) for value in data]
    return data
