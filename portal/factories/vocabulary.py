import factory
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from wagtail.models import DraftStateMixin, Locale

from portal.models import Audience, Language, Region, School


def default_locale():
    return Locale.get_default()


class RegionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    locale = factory.LazyFunction(default_locale)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Region
        django_get_or_create = ["slug", "locale"]


class SchoolFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"School {n} Elementary")
    code = factory.Sequence(lambda n: f"S{n:03d}")
    region = factory.SubFactory(RegionFactory)
    level = School.Level.ELEMENTARY

    class Meta:
        model = School
        django_get_or_create = ["code"]


class AudienceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Audience {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Audience
        django_get_or_create = ["slug", "locale"]


class LanguageFactory(DjangoModelFactory):
    code = "es"
    name = "Spanish"
    native_name = "Español"

    class Meta:
        model = Language
        django_get_or_create = ["code"]


def translate_snippet(obj, language_code, **fields):
    """`obj`'s translation into a language: the existing one, or a new copy with `fields`.

    Works for any TranslatableMixin model (regions, audiences, site text); a copy of
    a model with drafts is published.
    """
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    existing = obj.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    if isinstance(translation, DraftStateMixin):
        translation.live = False
        translation.live_revision = None
        translation.first_published_at = translation.last_published_at = None
        translation.save()
        translation.save_revision().publish()
    else:
        translation.save()
    return translation
