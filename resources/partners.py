"""A partner's rights: edit their own organization's pages, in every language, and nothing
else. Publishing stays with family-engagement staff through the approval workflow.

Each organization has its own group ("Partner: <key>") with Wagtail's ``add_page`` and
``change_page`` permissions on every language copy of the organization's page, which
cover its services, opportunities and places. A partner belongs to that group and to
the "Community partners" role (admin access). Called by signals when staff create or
delete a ``PartnerMembership``, and when an organization gets a new translation.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

from portal import roles

PAGE_PERMISSIONS = ("add_page", "change_page")


def group_name(organization) -> str:
    return f"Partner: {organization.translation_key}"


def group_for(organization) -> Group:
    group, _ = Group.objects.get_or_create(name=group_name(organization))
    return group


def give_pages_to_group(group, organization_key):
    """The group's page permissions on every copy of the organization."""
    copies = apps.get_model("resources", "OrganizationPage").objects.filter(
        translation_key=organization_key
    )
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    for copy in copies:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=copy, permission=permission)


def grant(membership):
    organization = membership.organization
    group = group_for(organization)
    give_pages_to_group(group, organization.translation_key)
    membership.user.groups.add(group, Group.objects.get(name=roles.COMMUNITY_PARTNERS))


def revoke(membership):
    """Leave the organization's group (and the role, unless they still have a membership)."""
    groups = Group.objects.filter(name=group_name(membership.organization))
    membership.user.groups.remove(*groups)
    membership.user.groups.remove(*Group.objects.filter(name=roles.COMMUNITY_PARTNERS))


def organization_translated(organization):
    """A new language copy joins the permissions of the organization's group, if any."""
    group = Group.objects.filter(name=group_name(organization)).first()
    if group is not None:
        give_pages_to_group(group, organization.translation_key)
