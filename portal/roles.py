"""The office's roles, as Django groups. The groups and their permissions are
created by migration `portal/0003_roles_and_workflow` (and the "School leaders"
group by `pathways/0004_learning_roles`); code refers to them by these names.
"""

COMMUNICATIONS_STAFF = "Communications staff"
FAMILY_ENGAGEMENT_STAFF = "Family-engagement staff"
VOLUNTEER_SERVICES = "Volunteer services"
SCHOOL_STAFF = "School staff"
COMMUNITY_PARTNERS = "Community partners"
#: Principals and site leads; created by pathways migration 0004.
SCHOOL_LEADERS = "School leaders"

ALL_ROLES = [
    COMMUNICATIONS_STAFF,
    FAMILY_ENGAGEMENT_STAFF,
    VOLUNTEER_SERVICES,
    SCHOOL_STAFF,
    COMMUNITY_PARTNERS,
]

APPROVAL_WORKFLOW = "Family-engagement approval"
