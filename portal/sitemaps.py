"""A sitemap of every language's pages, each with its hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; ours lists the tree of every locale.

    The pages of all languages are listed together, so each page's alternates are
    found among them: the sitemap takes the same few queries for 10 pages or 1,000.
    (A sitemap page holds up to 50,000 URLs; translations split across two sitemap
    pages would lose their alternates, far beyond this site's size.)
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        query = None
        for root in roots:
            q = Page.objects.descendant_of(root, inclusive=True)
            query = q if query is None else query | q
        return query.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Wagtail's own loop, with each page's translations handed to it first.
        pages = list(self.paginator.page(page).object_list)
        attach_translations(pages)
        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def attach_translations(pages):
    """Set `sitemap_translations` on each page: (language code, page) of its listed copies."""
    language_codes = dict(Locale.objects.values_list("pk", "language_code"))
    by_translation_key = defaultdict(list)
    for page in pages:
        by_translation_key[page.translation_key].append((language_codes[page.locale_id], page))
    for page in pages:
        page.sitemap_translations = sorted(
            by_translation_key[page.translation_key], key=lambda item: item[0]
        )


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})
