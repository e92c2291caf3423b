"""Family-engagement staff run events: they change dates (cancel, move, seats), see
registrations, check people in and read the event reports; communications staff
keep the topics with them. Permissions are created here because post_migrate would
come too late for the grant.
"""

from django.db import migrations

FES = "Family-engagement staff"
COMMUNICATIONS = "Communications staff"

#: group → (model, codename, name)
GRANTS = {
    FES: [
        ("occurrence", "view_occurrence", "Can view event date"),
        ("occurrence", "change_occurrence", "Can change event date"),
        ("occurrence", "check_in_attendees", "Can check people in at events"),
        ("occurrence", "view_event_reports", "Can read and export the event reports"),
        ("registration", "view_registration", "Can view registration"),
        ("attendance", "view_attendance", "Can view attendance"),
        ("topic", "add_topic", "Can add workshop topic"),
        ("topic", "change_topic", "Can change workshop topic"),
        ("topic", "view_topic", "Can view workshop topic"),
    ],
    COMMUNICATIONS: [
        ("occurrence", "view_occurrence", "Can view event date"),
        ("topic", "add_topic", "Can add workshop topic"),
        ("topic", "change_topic", "Can change workshop topic"),
        ("topic", "view_topic", "Can view workshop topic"),
    ],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, grants in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, codename, name in grants:
            content_type, _ = ContentType.objects.get_or_create(app_label="events", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("portal", "0003_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
