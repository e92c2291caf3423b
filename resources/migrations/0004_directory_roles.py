"""Who may do what in the directory: partners get into the admin (their page permissions
come with their organization, see resources/partners.py); family-engagement staff manage
categories and partner accounts; communications staff edit categories.

Names and codenames are written out so the migration keeps meaning what it meant.
"""

from django.db import migrations

PARTNERS = "Community partners"
FES = "Family-engagement staff"
COMMS = "Communications staff"
GRANTS = {
    PARTNERS: [("wagtailadmin", "admin", "access_admin")],
    FES: [
        ("resources", "servicecategory", f"{action}_servicecategory")
        for action in ("add", "change", "delete", "view")
    ]
    + [
        ("resources", "partnermembership", f"{action}_partnermembership")
        for action in ("add", "change", "delete", "view")
    ],
    COMMS: [
        ("resources", "servicecategory", f"{action}_servicecategory")
        for action in ("add", "change", "view")
    ],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for name, permissions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in permissions:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ')}"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_partner_accounts"),
        ("portal", "0003_roles_and_workflow"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
