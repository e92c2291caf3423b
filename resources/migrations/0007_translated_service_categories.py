"""Services translated before 0007 kept the categories of the language they were copied
from, so their editor (which offers the page's own language's categories) could not save
them. Each such category becomes its translation in the page's language, on the page and
on its latest revision (what the editor opens). A category with no translation is dropped:
the editor then asks for one.
"""

from django.db import migrations


def categories_in_the_pages_language(apps, schema_editor):
    ServicePage = apps.get_model("resources", "ServicePage")
    ServiceCategory = apps.get_model("resources", "ServiceCategory")
    Through = ServicePage.categories.through
    categories = {
        category.pk: category
        for category in ServiceCategory.objects.all().only("pk", "translation_key", "locale_id")
    }
    by_key = {
        (category.translation_key, category.locale_id): category.pk
        for category in categories.values()
    }
    pages = {page.pk: page for page in ServicePage.objects.all().select_related("latest_revision")}

    def in_language(category_ids, locale_id):
        mapped = []
        for category_id in category_ids:
            category = categories.get(category_id)
            if category is None:
                continue
            found = by_key.get((category.translation_key, locale_id))
            if found is not None and found not in mapped:
                mapped.append(found)
        return mapped

    for page in pages.values():
        current = list(
            Through.objects.filter(servicepage_id=page.pk).values_list(
                "servicecategory_id", flat=True
            )
        )
        if any(categories[c].locale_id != page.locale_id for c in current if c in categories):
            Through.objects.filter(servicepage_id=page.pk).delete()
            Through.objects.bulk_create(
                Through(servicepage_id=page.pk, servicecategory_id=category_id)
                for category_id in in_language(current, page.locale_id)
            )
        revision = page.latest_revision
        if revision is not None and isinstance(revision.content, dict):
            stored = revision.content.get("categories") or []
            mapped = in_language(stored, page.locale_id)
            if mapped != stored:
                revision.content["categories"] = mapped
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [("resources", "0006_partner_requests")]

    operations = [migrations.RunPython(categories_in_the_pages_language, migrations.RunPython.noop)]
