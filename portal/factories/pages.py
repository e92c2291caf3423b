import factory
import wagtail_factories

from wagtail.models import Locale

from portal.models import CenterIndexPage, CenterPage, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Family and Community Engagement"
    intro = "Workshops, resources and support for every family in the district."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "A page about the office's work with families."

    class Meta:
        model = StandardPage


class CenterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Family Engagement Centers"

    class Meta:
        model = CenterIndexPage


class CenterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Center {n}")
    street_address = factory.Sequence(lambda n: f"{100 + n} Main Street")
    city = "Valle del Sol"
    postal_code = "90000"
    phone = factory.Sequence(lambda n: f"+1619555{(100 + n) % 10000:04d}")

    class Meta:
        model = CenterPage


def publish_translation(page, language_code, **fields):
    """Create (or update) and publish `page`'s translation with the given fields."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
