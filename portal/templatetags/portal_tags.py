from django import template

from portal import account_menu, blocks, navigation
from portal.models import HomePage

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if getattr(page, "pk", None) is not None else None


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context, aria_label=None):
    request = context["request"]
    home = context.get("home_page") or navigation.home_page_for(request)
    return {
        "items": navigation.menu_items(request, home),
        "home": home,
        "aria_label": aria_label,
        "request": request,
    }


@register.simple_tag(takes_context=True)
def language_options(context):
    """The language switcher's options (also used for hreflang links in `<head>`).

    Worked out once per request: the head and the switcher share one query.
    """
    return navigation.language_options(context["request"], _page(context))


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    page = _page(context)
    return {"options": navigation.language_options(context["request"], page), "page": page}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` for each language the page exists in."""
    options = navigation.language_options(context["request"], _page(context))
    return {"alternates": [option for option in options if not option["missing"]]}


@register.simple_tag(takes_context=True)
def home_page(context):
    page = _page(context)
    if isinstance(page, HomePage) and page.live:
        return page  # the page being served is this language's home page
    return navigation.home_page_for(context["request"])


@register.simple_tag
def breadcrumb_ancestors(page):
    return navigation.breadcrumb_ancestors(page)


@register.simple_tag(takes_context=True)
def site_text(context):
    """The header names and footer words in the current language (cached between publishes)."""
    return navigation.site_text(context["request"])


@register.filter
def video_embed_url(url):
    return blocks.video_embed_url(url) or ""


@register.simple_tag(takes_context=True)
def account_menu_items(context):
    """Every app's entries in the signed-in person's account menu (``portal.account_menu``)."""
    return account_menu.items_for(context["request"])


@register.simple_tag(takes_context=True)
def return_here(context):
    """``?next=…`` for the sign-in and sign-up links: back to the page the person is on
    (a pathway, a module, an event) after signing in or confirming their email. Nothing on
    the account pages themselves or the home page (the account page is the place to land)."""
    request = context.get("request")
    if request is None:
        return ""
    return navigation.return_to_query(request)
