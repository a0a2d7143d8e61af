"""The roles of Ancora as Wagtail groups, and the page permissions of each section.

- Coach: writes and edits practice sheets, submits them for peer review and
  starts their translation; never publishes a sheet directly. Adds, edits and
  publishes partner organisations.
- Reviewer: a coach who also reviews. Approves or requests changes through the
  "Peer review" workflow; no direct publish permission, so the rule that a
  reviewer of the author's own project cannot approve holds for every sheet.
- Facilitator: creates, edits and publishes intervision sessions and exchange
  days under the intervision index; drafts practice sheets from sessions (like a
  coach, submitted for peer review); adapts and adds intervision methods.
- New hire: no admin access and no write permission; reads everything members
  read (practice sheets, sessions and exchange days) once logged in.
- Administrator: every page permission from the root, users, taxonomy,
  project memberships, images, documents, intervision methods and archived
  session notes.

The groups come from a data migration (the method and archive permissions from
the intervision migrations that brought those models); page permissions are granted on each
practice and intervision index, when it is created and by ``load_demo``.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

COACH = "Coach"
REVIEWER = "Reviewer"
FACILITATOR = "Facilitator"
NEW_HIRE = "New hire"
ADMINISTRATOR = "Administrator"
ROLES = (COACH, REVIEWER, FACILITATOR, NEW_HIRE, ADMINISTRATOR)

PEER_REVIEW = "Peer review"

# Model permissions per role: (app label, permission codename), or an app label alone
# for every permission of that app.
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
# Wagtail's "Translate" action, for a sheet the writer can edit.
TRANSLATE = ("simple_translation", "submit_translation")
WRITERS = (COACH, REVIEWER)
MODEL_PERMISSIONS = {
    COACH: [ADMIN_ACCESS, TRANSLATE],
    REVIEWER: [ADMIN_ACCESS, TRANSLATE],
    FACILITATOR: [
        ADMIN_ACCESS,
        ("intervision", "add_method"),
        ("intervision", "change_method"),
        ("intervision", "view_method"),
    ],
    NEW_HIRE: [],
    ADMINISTRATOR: [
        ADMIN_ACCESS,
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "delete_user"),
        ("auth", "view_user"),
        "taxonomy",
        "glossary",
        ("people", "add_membership"),
        ("people", "change_membership"),
        ("people", "delete_membership"),
        ("people", "view_membership"),
        ("intervision", "view_archivedsessionnotes"),
        ("intervision", "delete_archivedsessionnotes"),
        ("intervision", "add_method"),
        ("intervision", "change_method"),
        ("intervision", "delete_method"),
        ("intervision", "view_method"),
    ],
}

# Image and document permissions on the root collection.
WRITER_MEDIA = ["add_image", "choose_image", "add_document", "choose_document"]
COLLECTION_PERMISSIONS = {
    COACH: WRITER_MEDIA,
    REVIEWER: WRITER_MEDIA,
    FACILITATOR: WRITER_MEDIA,
    NEW_HIRE: [],
    ADMINISTRATOR: [
        *WRITER_MEDIA,
        "change_image",
        "delete_image",
        "change_document",
        "delete_document",
    ],
}

ALL_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# Page permissions per section, keyed by the index page's model label.
SECTION_PERMISSIONS = {
    "practices.practiceindexpage": {
        COACH: ["add_page", "change_page"],
        FACILITATOR: ["add_page", "change_page"],
        REVIEWER: ["add_page", "change_page"],
    },
    # A partner entry is a directory fact kept current by those who meet the partner:
    # writers publish it themselves, the privacy check guards its text.
    "partners.partnerindexpage": {
        COACH: ["add_page", "change_page", "publish_page"],
        FACILITATOR: ["add_page", "change_page", "publish_page"],
        REVIEWER: ["add_page", "change_page", "publish_page"],
    },
    "intervision.intervisionindexpage": {
        FACILITATOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    },
}
SECTIONS_UNDER_PEER_REVIEW = {"practices.practiceindexpage"}


def section_key(page):
    return page.specific_class._meta.label_lower if page.specific_class else ""


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


@transaction.atomic
def grant_section_permissions(page):
    """Give each role its permissions on the section rooted at ``page`` (idempotent)."""
    key = section_key(page)
    for role, codenames in SECTION_PERMISSIONS.get(key, {}).items():
        group, _created = Group.objects.get_or_create(name=role)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=_page_permission(codename)
            )
    if key in SECTIONS_UNDER_PEER_REVIEW:
        WorkflowPage.objects.update_or_create(
            page_id=page.pk, defaults={"workflow": ensure_peer_review_workflow()}
        )


def ensure_peer_review_workflow():
    """The "Peer review" workflow with its one task for the Reviewer group."""
    from .models import PeerReviewTask

    reviewers, _created = Group.objects.get_or_create(name=REVIEWER)
    task = PeerReviewTask.objects.filter(name=PEER_REVIEW).first()
    if task is None:
        task = PeerReviewTask.objects.create(name=PEER_REVIEW)
    task.groups.add(reviewers)
    workflow, _created = Workflow.objects.get_or_create(name=PEER_REVIEW)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def grant_new_section(sender, instance, created, raw=False, **kwargs):
    """An index page created later in the admin gets the same permissions."""
    if created and not raw and isinstance(instance, Page):
        grant_section_permissions(instance)
