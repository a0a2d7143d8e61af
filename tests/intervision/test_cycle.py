"""The facilitator's cycle: steps on drafts, in the session's language; draft sheets; languages."""

from datetime import timedelta
from http import HTTPStatus

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from intervision.methods import get_method, role_label
from intervision.models import DiscussedPractice, IntervisionSessionPage
from kb.onboarding.models import OnboardingPathPage, OnboardingStep
from kb.people.roles import COACH, FACILITATOR, grant_section_permissions
from tests import factories

from .admin_forms import add_session_url, new_session_form
from .conftest import make_user


def in_language(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def french_index(intervision_index):
    return factories.translate(intervision_index, "fr")


@pytest.fixture
def facilitator_role(facilitator, intervision_index, practice_index):
    grant_section_permissions(intervision_index)
    grant_section_permissions(practice_index)
    facilitator.groups.add(Group.objects.get(name=FACILITATOR))
    return facilitator


def test_a_draft_saved_in_the_admin_has_the_method_steps_on_its_prepare_page(
    client, facilitator_role, intervision_index
):
    client.force_login(facilitator_role)
    data = new_session_form(
        title="Co-development draft",
        slug="codev-draft",
        facilitator=facilitator_role.pk,
        method_slug="codevelopment",
    )

    assert client.post(add_session_url(intervision_index), data).status_code == HTTPStatus.FOUND
    draft = IntervisionSessionPage.objects.get(slug="codev-draft")
    assert not draft.live
    prepare = client.get(reverse("intervision:prepare", args=[draft.pk])).content.decode()

    assert "No steps yet" not in prepare
    for step in get_method("codevelopment").steps:
        assert str(step.title) in prepare


def test_reloading_a_french_sessions_steps_read_from_dutch_keeps_french_roles(
    client, french_index, facilitator, make_session
):
    session = IntervisionSessionPage(
        title="Codéveloppement",
        slug="codev-fr",
        locale=french_index.locale,
        start=timezone.now(),
        method_slug="codevelopment",
        facilitator=facilitator,
    )
    french_index.add_child(instance=session)
    factories.publish(session)
    client.force_login(facilitator)

    client.post(in_language("nl", "intervision:apply_method", session.pk))
    prepare = client.get(in_language("nl", "intervision:prepare", session.pk)).content.decode()

    with translation.override("fr"):
        french = str(role_label("case-bringer"))
        french_step = str(get_method("codevelopment").steps[0].title)
    with translation.override("nl"):
        dutch = str(role_label("case-bringer"))
    assert french != dutch
    assert french in prepare and dutch not in prepare
    assert french_step in prepare


def drafted_from(session):
    """The practice sheet drafted from ``session``."""
    return IntervisionSessionPage.objects.get(pk=session.pk).draft_practice


@pytest.fixture
def case_session(make_session, make_group, practice_index):
    coach = make_user("bringer")
    coach.groups.add(Group.objects.get(name=COACH))
    discussed = factories.make_practice(practice_index, title="Gazette made together")
    session = make_session(
        group=make_group("Brussels", members=[coach]),
        case_question="How to keep a tenant-led gazette going",
        case_summary="The tenant who draws asked Marie Dupont to stop calling him.",
        insights="A fixed column gives each contributor a place.",
        case_project=factories.make_project(),
    )
    session.roles.all().filter(role="case-bringer").update(person=coach)
    DiscussedPractice.objects.create(session=session, practice=discussed)
    return {"session": session, "coach": coach, "discussed": discussed}


def test_the_facilitator_drafts_a_sheet_carrying_what_the_session_knows(
    client, facilitator_role, case_session
):
    session = case_session["session"]
    client.force_login(facilitator_role)

    response = client.post(reverse("intervision:draft_practice", args=[session.pk]))

    sheet = drafted_from(session)
    assert not sheet.live
    assert "anonymise" in sheet.summary.lower()
    blocks = {block.block_type: block.value.source for block in sheet.body}
    assert "Marie Dupont" in blocks["context"]
    assert "fixed column" in blocks["working_elements"]
    assert [row.practice for row in sheet.related_practices.all()] == [case_session["discussed"]]
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[sheet.pk])
    told = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(
        "Anonymise the draft before review" in text and "Marie Dupont" in text for text in told
    )


def test_the_coach_who_presented_the_case_sees_the_button_and_drafts(client, case_session):
    session = case_session["session"]
    client.force_login(case_session["coach"])

    assert "Draft a practice sheet from this case" in client.get(session.url).content.decode()
    response = client.post(reverse("intervision:draft_practice", args=[session.pk]))

    sheet = drafted_from(session)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[sheet.pk])
    assert client.get(response["Location"]).status_code == HTTPStatus.OK


def test_a_group_member_who_did_not_present_the_case_may_not_draft(client, case_session):
    member = make_user("listener")
    case_session["session"].group.members.add(member)
    client.force_login(member)

    response = client.post(reverse("intervision:draft_practice", args=[case_session["session"].pk]))

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert drafted_from(case_session["session"]) is None


@pytest.fixture
def french_session(french_index, make_group, facilitator):
    participant = make_user("dutch-speaker")
    group = make_group("Brussels", members=[participant])
    session = IntervisionSessionPage(
        title="Séance du 15 décembre",
        slug="seance-15",
        locale=french_index.locale,
        group=group,
        start=timezone.now() + timedelta(days=14),
        method_slug="codevelopment",
        facilitator=facilitator,
    )
    french_index.add_child(instance=session)
    factories.publish(session)
    return {"session": session, "participant": participant, "group": group}


def test_a_groups_sessions_are_listed_in_every_language_with_their_language(
    client, intervision_index, french_session
):
    client.force_login(french_session["participant"])

    listing = client.get(intervision_index.url, {"group": french_session["group"].slug})

    body = listing.content.decode()
    assert "Séance du 15 décembre" in body
    assert 'lang="fr"' in body and ">FR<" in body


def test_the_home_page_shows_a_participants_sessions_in_any_language(
    client, intervision_index, french_session
):
    client.force_login(french_session["participant"])

    assert "Séance du 15 décembre" in client.get("/en/").content.decode()


def test_switching_language_on_a_session_says_why_it_stays_in_its_language(
    client, intervision_index, french_session
):
    client.force_login(french_session["participant"])
    session = french_session["session"]

    page = client.get(session.url).content.decode()
    english = client.get(f"{intervision_index.url}?untranslated={session.pk}").content.decode()

    assert f'href="{intervision_index.url}?untranslated={session.pk}"' in page
    assert "is held in French only" in english
    assert f'href="{session.url}"' in english


def test_switching_language_on_the_index_leads_to_the_equivalent_index(
    client, intervision_index, french_index, coach
):
    client.force_login(coach)

    page = client.get(french_index.url).content.decode()

    assert f'href="{intervision_index.url}" lang="en"' in page


def test_onboarding_never_links_members_only_pages_for_anonymous_visitors(
    client, home, intervision_index, coach
):
    path = OnboardingPathPage(title="Start", slug="start", locale=home.locale)
    path.steps = [
        OnboardingStep(title="Attend an intervision", why="Peers.", page=intervision_index)
    ]
    home.add_child(instance=path)
    factories.publish(path)

    anonymous = client.get(path.url).content.decode()
    client.force_login(coach)
    member = client.get(path.url).content.decode()

    assert f'href="{intervision_index.url}"' not in anonymous
    assert "Attend an intervision" in anonymous
    assert f'href="{intervision_index.url}"' in member
