"""One access policy in the admin as on the site: another group's session does not exist there.

The matrix signs in as each kind of user and asks for a session of group B
through every admin and site address that names it or lists it. A user the
policy refuses gets a refusal (404, a redirect or 403, never a 200 with the
session) and no answer carries the session's title or any of its notes.
"""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry

import pytest

from intervision.models import (
    ActionPoint,
    ActionStatus,
    IntervisionGroup,
    IntervisionSessionPage,
    ParticipantTakeaway,
    SessionStep,
)
from kb.people.roles import COACH, FACILITATOR, REVIEWER

from .admin_forms import add_session_url, new_session_form
from .conftest import make_user

TITLE = "Zephyrine casework of Quillon"
SEARCH_WORD = "Quillon"
# The title's own word and a word of each note; none of them is in a search query or an address.
SECRETS = ("Zephyrine", "Ostravel", "Quarzel", "Brindlewick", "Flonterra", "Marrowind", "Xylobrand")
LATER_TITLE = "Vantablue later meeting"
VIEW = "ancora.view_session"

ROLES = {
    "norole": (),
    "coach_nogroup": (COACH,),
    "coach_a": (COACH,),
    "reviewer_b": (REVIEWER,),
    "facilitator_a": (FACILITATOR,),
    "facilitator_both": (FACILITATOR,),
    "guest": (COACH,),
}
READERS = {"admin", "facilitator_both", "reviewer_b"}
USERS = ["anonymous", *ROLES, "admin"]
# A refusal: not found, forbidden, or a redirect (to the login page, the dashboard or a 404).
REFUSED = {HTTPStatus.NOT_FOUND, HTTPStatus.FORBIDDEN, HTTPStatus.FOUND}


@pytest.fixture
def world(intervision_index, practice_index, make_group, make_session):
    """Groups A and B, a user of each kind, and B's sessions: the secret one and the guest's."""
    users = {name: make_user(name) for name in ROLES}
    for name, roles in ROLES.items():
        users[name].groups.add(*Group.objects.filter(name__in=roles))
    users["admin"] = get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "a-long-enough-password"
    )
    group_a = make_group("Group A", members=[users["coach_a"]])
    group_b = make_group("Group B", members=[users["reviewer_b"]])
    group_a.facilitators.add(users["facilitator_a"], users["facilitator_both"])
    group_b.facilitators.add(users["facilitator_both"])
    own = make_session(group=group_a, title="Own session of A", facilitator=None)
    secret = make_session(
        group=group_b,
        days=-30,
        title=TITLE,
        facilitator=None,
        case_question="Ostravel question",
        case_summary="Quarzel summary",
        insights="Brindlewick insight",
        actions=[("Xylobrand action", users["reviewer_b"], ActionStatus.OPEN)],
    )
    secret.steps = [SessionStep(title="Step", notes="Flonterra step note")]
    secret.takeaways = [ParticipantTakeaway(takeaway="Marrowind takeaway")]
    secret.save_revision(user=users["admin"]).publish()
    guest_session = make_session(group=group_b, days=-7, title="Guest session", facilitator=None)
    guest_session.participants.add(users["guest"])
    guest_session.save_revision().publish()
    secret.refresh_from_db()
    return {
        "users": users,
        "a": group_a,
        "b": group_b,
        "own": own,
        "secret": secret,
        "guest_session": guest_session,
        "index": intervision_index,
    }


def object_addresses(session):
    """Admin and site addresses naming ``session``: none may answer 200 to a refused user."""
    revisions = list(session.revisions.order_by("created_at", "pk").values_list("pk", flat=True))
    first, latest = revisions[0], revisions[-1]
    pk = session.pk
    return {
        "edit": f"/admin/pages/{pk}/edit/",
        "view_draft": f"/admin/pages/{pk}/view_draft/",
        "revision": f"/admin/pages/{pk}/revisions/{first}/view/",
        "compare": f"/admin/pages/{pk}/revisions/compare/{first}...{latest}/",
        "revert": f"/admin/pages/{pk}/revisions/{first}/revert/",
        "revisions": f"/admin/pages/{pk}/revisions/",
        "history": f"/admin/pages/{pk}/history/",
        "history_results": f"/admin/pages/{pk}/history/results/",
        "workflow_history": f"/admin/pages/{pk}/workflow_history/",
        "usage": f"/admin/pages/{pk}/usage/",
        "copy": f"/admin/pages/{pk}/copy/",
        "move": f"/admin/pages/{pk}/move/",
        "unpublish": f"/admin/pages/{pk}/unpublish/",
        "delete": f"/admin/pages/{pk}/delete/",
        "privacy": f"/admin/pages/{pk}/privacy/",
        "translate": f"/admin/translation/submit/page/{pk}/",
        "preview": f"/admin/pages/{pk}/edit/preview/",
        "explore_session": f"/admin/pages/{pk}/",
        "choose_in_session": f"/admin/choose-page/{pk}/",
        "api_detail": f"/admin/api/main/pages/{pk}/",
        "bulk_delete": f"/admin/bulk/wagtailcore/page/delete/?id={pk}",
        "page": session.url,
        "prepare": reverse("intervision:prepare", args=[pk]),
        "agenda": reverse("intervision:agenda", args=[pk]),
        "minutes": reverse("intervision:minutes", args=[pk]),
        "ics": reverse("intervision:session_ics", args=[pk]),
    }


def listing_addresses(index):
    """Admin listings that could name the session: they may answer, without it."""
    return {
        "dashboard": "/admin/",
        "explore_index": f"/admin/pages/{index.pk}/",
        "explore_search": f"/admin/pages/{index.pk}/?q={SEARCH_WORD}&search_all=1",
        "choose_index": f"/admin/choose-page/{index.pk}/",
        "choose_search": f"/admin/choose-page/search/?q={SEARCH_WORD}",
        "admin_search": f"/admin/pages/search/?q={SEARCH_WORD}",
        "admin_search_areas": f"/admin/search/?q={SEARCH_WORD}",
        "api_children": f"/admin/api/main/pages/?child_of={index.pk}&for_explorer=1",
        "api_listing": f"/admin/api/main/pages/?child_of={index.pk}",
        "api_search": f"/admin/api/main/pages/?search={SEARCH_WORD}",
        "type_use": "/admin/pages/usage/intervision/intervisionsessionpage/",
        "locked_report": "/admin/reports/locked/",
        "aging_report": "/admin/reports/aging-pages/",
        "site_history": "/admin/reports/site-history/",
        "page_types_report": "/admin/reports/page-types-usage/",
        "workflow_report": "/admin/reports/workflow/",
        "workflow_tasks_report": "/admin/reports/workflow_tasks/",
    }


def leaked(response):
    body = response.content.decode(errors="replace")
    return [word for word in SECRETS if word in body]


def sign_in(client, world, name):
    if name != "anonymous":
        client.force_login(world["users"][name])


def lock_for_admin(world):
    secret = world["secret"]
    secret.locked, secret.locked_at = True, timezone.now()
    secret.locked_by = world["users"]["admin"]
    secret.save()


@pytest.mark.parametrize("name", USERS)
def test_a_session_of_group_b_exists_only_for_those_the_policy_lets_read_it(client, world, name):
    lock_for_admin(world)
    sign_in(client, world, name)
    secret = world["secret"]
    refusals = []
    for kind, address in object_addresses(secret).items():
        response = client.get(address)
        if name not in READERS and (response.status_code not in REFUSED or leaked(response)):
            refusals.append((kind, response.status_code, leaked(response)))
    for kind, address in listing_addresses(world["index"]).items():
        response = client.get(address)
        if name not in READERS and leaked(response):
            refusals.append((kind, response.status_code, leaked(response)))
    guest_page = client.get(world["guest_session"].url)
    if name not in READERS and leaked(guest_page):
        refusals.append(("guest_session_page", guest_page.status_code, leaked(guest_page)))

    assert refusals == [], f"{name} was not refused: {refusals}"


@pytest.mark.parametrize("name", [name for name in USERS if name not in READERS])
def test_a_refused_user_changes_nothing_of_the_session(client, world, name):
    lock_for_admin(world)
    sign_in(client, world, name)
    secret = world["secret"]
    pk = secret.pk

    client.post(f"/admin/pages/{pk}/unlock/")
    client.post(f"/admin/pages/{pk}/lock/")
    client.post(f"/admin/pages/{pk}/unpublish/")
    client.post(
        f"/admin/pages/{pk}/copy/",
        {"new_title": "Copied", "new_slug": "copied", "new_parent_page": world["index"].pk},
    )
    client.post(f"/admin/pages/{pk}/move/{world['index'].pk}/confirm/")
    client.post(f"/admin/pages/{pk}/delete/")
    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={pk}")

    secret = IntervisionSessionPage.objects.filter(pk=pk).first()
    assert secret is not None and secret.live
    assert secret.locked_by == world["users"]["admin"]
    assert not Page.objects.filter(slug="copied").exists()


def test_readers_find_the_session_where_the_refused_do_not(client, world):
    """The matrix's control: the admin reads the session through each of these addresses."""
    lock_for_admin(world)
    client.force_login(world["users"]["admin"])
    objects = object_addresses(world["secret"])
    listings = listing_addresses(world["index"])
    shown_to_admin = [
        *(objects[kind] for kind in ("edit", "view_draft", "revision", "compare", "history")),
        *(objects[kind] for kind in ("usage", "copy", "unpublish", "delete", "api_detail", "page")),
        *(objects[kind] for kind in ("prepare", "minutes")),
        *(listings[kind] for kind in ("explore_index", "choose_index", "choose_search")),
        *(listings[kind] for kind in ("admin_search", "api_listing", "api_search", "type_use")),
        *(listings[kind] for kind in ("locked_report", "aging_report", "site_history")),
    ]

    missing = [
        address
        for address in shown_to_admin
        if "Zephyrine" not in client.get(address).content.decode()
    ]

    assert missing == []


def test_each_facilitator_edits_the_sessions_of_their_groups(client, world):
    client.force_login(world["users"]["facilitator_both"])
    both = client.get(f"/admin/pages/{world['secret'].pk}/edit/")
    client.force_login(world["users"]["facilitator_a"])
    own = client.get(f"/admin/pages/{world['own'].pk}/edit/")

    assert both.status_code == own.status_code == HTTPStatus.OK
    assert "Quarzel summary" in both.content.decode()
    assert "Own session of A" in own.content.decode()


def test_the_page_types_report_names_no_session_of_another_group(client, world, practice_index):
    world["secret"].save_revision(user=world["users"]["admin"])
    client.force_login(world["users"]["coach_nogroup"])

    response = client.get("/admin/reports/page-types-usage/")

    assert response.status_code == HTTPStatus.OK
    assert "Zephyrine" not in response.content.decode()


def test_the_policy_refuses_every_action_to_a_facilitator_of_another_group(world):
    secret = Page.objects.get(pk=world["secret"].pk)
    refused = secret.permissions_for_user(world["users"]["facilitator_a"])
    allowed = secret.permissions_for_user(world["users"]["facilitator_both"])

    actions = ("can_edit", "can_delete", "can_unpublish", "can_publish", "can_lock", "can_copy")
    assert [getattr(refused, action)() for action in actions] == [False] * len(actions)
    assert not refused.can_view_revisions()
    assert not refused.can_move_to(world["index"])
    assert allowed.can_edit() and allowed.can_publish()


# Intervision groups


def group_form(group, members):
    return {
        "name": group.name,
        "slug": group.slug,
        "description": "",
        "members": [member.pk for member in members],
        "facilitators": list(group.facilitators.values_list("pk", flat=True)),
    }


def test_a_facilitator_cannot_join_a_group_they_do_not_facilitate(client, world):
    facilitator = world["users"]["facilitator_a"]
    group_b = world["b"]
    client.force_login(facilitator)

    page = client.get(f"/admin/intervision_groups/edit/{group_b.pk}/", follow=True)
    post = client.post(
        f"/admin/intervision_groups/edit/{group_b.pk}/",
        group_form(group_b, members=[*group_b.members.all(), facilitator]),
        follow=True,
    )

    assert page.status_code == post.status_code == HTTPStatus.NOT_FOUND
    assert not group_b.members.filter(pk=facilitator.pk).exists()
    for view in ("history", "usage", "delete", "copy"):
        response = client.get(f"/admin/intervision_groups/{view}/{group_b.pk}/")
        assert response.status_code in REFUSED, view
        assert "Group B" not in response.content.decode()


def test_a_facilitator_manages_their_own_group_and_an_administrator_every_group(client, world):
    newcomer = world["users"]["coach_nogroup"]
    client.force_login(world["users"]["facilitator_a"])
    own = client.post(
        f"/admin/intervision_groups/edit/{world['a'].pk}/",
        group_form(world["a"], members=[newcomer]),
    )
    client.force_login(world["users"]["admin"])
    other = client.post(
        f"/admin/intervision_groups/edit/{world['b'].pk}/",
        group_form(world["b"], members=[newcomer]),
    )

    assert own.status_code == other.status_code == HTTPStatus.FOUND
    assert set(IntervisionGroup.objects.filter(members=newcomer)) == {world["a"], world["b"]}


def test_a_facilitator_cannot_file_a_session_under_another_group(client, world):
    client.force_login(world["users"]["facilitator_a"])
    data = new_session_form(title="Planted", slug="planted", group=world["b"].pk)

    response = client.post(add_session_url(world["index"]), data)

    assert response.status_code == HTTPStatus.OK
    assert not IntervisionSessionPage.objects.filter(slug="planted").exists()


# The audit log


def test_admin_reads_of_a_session_are_in_its_audit_log(
    client, world, django_capture_on_commit_callbacks
):
    secret = world["secret"]
    addresses = object_addresses(secret)
    reader = world["users"]["facilitator_both"]
    client.force_login(reader)

    with django_capture_on_commit_callbacks(execute=True):
        statuses = [
            client.get(addresses[kind]).status_code
            for kind in ("edit", "view_draft", "revision", "compare", "preview")
        ]

    assert statuses == [HTTPStatus.OK] * 5
    assert PageLogEntry.objects.filter(action=VIEW, page=secret, user=reader).count() == 5


def test_a_refused_admin_read_leaves_no_entry(client, world, django_capture_on_commit_callbacks):
    client.force_login(world["users"]["facilitator_a"])

    with django_capture_on_commit_callbacks(execute=True):
        client.get(object_addresses(world["secret"])["view_draft"])

    assert not PageLogEntry.objects.filter(action=VIEW).exists()


# A guest participant


@pytest.fixture
def later_session(world, make_session):
    """A later session of B, where the guest's own action point was closed."""
    guest_session = world["guest_session"]
    later = make_session(group=world["b"], days=-1, title=LATER_TITLE, facilitator=None)
    guest_session.action_points = [
        ActionPoint(what="Guest's own advice", status=ActionStatus.DONE, closed_in=later)
    ]
    guest_session.save_revision().publish()
    return later


def guest_reads(session):
    return [
        session.url,
        reverse("intervision:prepare", args=[session.pk]),
        reverse("intervision:minutes", args=[session.pk]),
    ]


def test_a_guest_sees_nothing_of_the_groups_other_sessions(client, world, later_session):
    client.force_login(world["users"]["guest"])

    pages = [client.get(address) for address in guest_reads(world["guest_session"])]

    assert [page.status_code for page in pages] == [HTTPStatus.OK] * 3
    for page in pages:
        body = page.content.decode()
        assert "Guest session" in body
        assert "Xylobrand" not in body
        assert "Zephyrine" not in body
        assert "Vantablue" not in body


def test_a_member_sees_the_follow_up_of_the_groups_sessions(client, world, later_session):
    client.force_login(world["users"]["reviewer_b"])

    pages = [client.get(address) for address in guest_reads(world["guest_session"])]

    assert all("Xylobrand action" in page.content.decode() for page in pages)
    assert "Vantablue" in pages[0].content.decode()
