"""Who reads the learning reports and who sees a school's staff learning.

Family-engagement staff read and export the reports and download xAPI
statements; the new "School leaders" group (principals and site leads) sees
staff pathway completion at their own school. Names are written out here so
the migration keeps meaning what it meant when it was written.
"""

from django.db import migrations

FES = "Family-engagement staff"
SCHOOL_LEADERS = "School leaders"
GRANTS = {
    FES: ["view_learning_reports", "view_own_school_learning"],
    SCHOOL_LEADERS: ["view_own_school_learning"],
}
NAMES = {
    "view_learning_reports": "Can read and export the learning reports",
    "view_own_school_learning": "Can see staff pathway completion at their own school",
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="pathways", model="enrollment")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename,
                defaults={"name": NAMES[codename]},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=SCHOOL_LEADERS).delete()
    fes = Group.objects.filter(name=FES).first()
    if fes is not None:
        fes.permissions.remove(
            *fes.permissions.filter(
                content_type__app_label="pathways", codename__in=list(NAMES)
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0003_school_statements_checklists"),
        ("portal", "0003_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
