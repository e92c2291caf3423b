"""Create the office's roles with their permissions, and the approval workflow.

The names and permissions are written out here (not imported) so that this
migration keeps meaning what it meant when it was written.
"""

from django.db import migrations

COMMS = "Communications staff"
FES = "Family-engagement staff"
VOLUNTEERS = "Volunteer services"
SCHOOL_STAFF = "School staff"
PARTNERS = "Community partners"
WORKFLOW = "Family-engagement approval"

PAGE_PERMISSIONS = {
    COMMS: ["add_page", "change_page"],
    FES: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    COMMS: [("wagtailimages", "image", ["add", "change", "choose"]),
            ("wagtaildocs", "document", ["add", "change", "choose"])],
    FES: [("wagtailimages", "image", ["add", "change", "choose", "delete"]),
          ("wagtaildocs", "document", ["add", "change", "choose", "delete"])],
}
MODEL_PERMISSIONS = {
    COMMS: [("wagtailadmin", "admin", ["access"]),
            ("portal", "sitetext", ["add", "change", "view"]),
            ("portal", "region", ["view"]), ("portal", "school", ["view"]),
            ("portal", "audience", ["view"]), ("portal", "language", ["view"])],
    FES: [("wagtailadmin", "admin", ["access"]),
          ("portal", "sitetext", ["add", "change", "delete", "publish", "view"]),
          ("portal", "region", ["add", "change", "delete", "view"]),
          ("portal", "school", ["add", "change", "delete", "view"]),
          ("portal", "audience", ["add", "change", "delete", "view"]),
          ("portal", "language", ["add", "change", "delete", "view"]),
          ("portal", "sitesettings", ["change"]),
          ("wagtailcore", "locale", ["view"])],
    VOLUNTEERS: [("wagtailadmin", "admin", ["access"]),
                 ("portal", "school", ["view"]), ("portal", "region", ["view"])],
    SCHOOL_STAFF: [],
    PARTNERS: [],
}
# Permissions whose codename is not "<action>_<model>".
OTHER_PERMISSIONS = {
    COMMS: [("simple_translation", "simpletranslation", "submit_translation")],
    FES: [("simple_translation", "simpletranslation", "submit_translation")],
}


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename,
        defaults={"name": f"Can {codename.split('_')[0]} {model}"},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name, model_permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, model, actions in model_permissions:
            for action in actions:
                group.permissions.add(_permission(apps, app_label, model, f"{action}_{model}"))
        for app_label, model, codename in OTHER_PERMISSIONS.get(name, []):
            group.permissions.add(_permission(apps, app_label, model, codename))
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )
        for app_label, model, actions in COLLECTION_PERMISSIONS.get(name, []):
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=_permission(apps, app_label, model, f"{action}_{model}"),
                )

    # Wagtail's own starter groups and workflow are replaced by ours.
    WorkflowPage.objects.filter(page=root_page).delete()
    Workflow.objects.exclude(name=WORKFLOW).update(active=False)
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=WORKFLOW, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([groups[FES]])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_vocabulary_pages_settings"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
