from django import template

from portal import blocks, navigation
from portal.models import FooterText

register = template.Library()


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


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    return {"options": navigation.language_options(request, page), "page": page}


@register.simple_tag(takes_context=True)
def home_page(context):
    return navigation.home_page_for(context["request"])


@register.inclusion_tag("components/footer_text.html", takes_context=True)
def footer_text(context):
    request = context["request"]
    locale_footer = (
        FooterText.objects.filter(live=True, locale__language_code=request.LANGUAGE_CODE)
        .only("body")
        .first()
    )
    return {"footer_text": locale_footer.body if locale_footer else ""}


@register.filter
def video_embed_url(url):
    return blocks.video_embed_url(url) or ""
