"""Choosing a method pre-fills a session's steps, rules, timings and roles."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from intervision.catalogue import read_catalogue
from intervision.methods import all_methods, get_method
from intervision.models import IntervisionSessionPage, Method, SessionStep
from kb.people.roles import FACILITATOR

from .admin_forms import add_session_url, new_session_form


@pytest.mark.parametrize("key", sorted(entry["slug"] for entry in read_catalogue()))
def test_choosing_a_method_prefills_its_steps_and_roles(make_session, key):
    method = get_method(key)

    session = make_session(method=key)

    steps = list(session.steps.all())
    assert [step.title for step in steps] == [str(step.title) for step in method.steps]
    assert [step.rule for step in steps] == [str(step.rule) for step in method.steps]
    assert [step.planned_minutes for step in steps] == [step.minutes for step in method.steps]
    assert [step.role for step in steps] == [step.role for step in method.steps]
    assert [role.role for role in session.roles.all()] == list(method.roles)
    assert session.planned_minutes == method.total_minutes


@pytest.mark.django_db
def test_the_catalogue_holds_the_methods_facilitators_asked_for():
    catalogue = {method.key: method for method in all_methods()}
    names = {str(method.name) for method in catalogue.values()}
    assert {
        "Incident method",
        "Gossip method",
        "Professional co-development",
        "Peer case consultation",
        "Balint group",
        "Reflecting team",
        "Incident method for aggression",
        "Five-step method",
    } <= names
    assert len(catalogue["codevelopment"].steps) == 6
    assert len(catalogue["five-step"].steps) == 5
    assert "no advice" in str(catalogue["codevelopment"].steps[1].rule)
    assert "outside the circle" in str(catalogue["gossip"].steps[2].rule)
    assert "fifteen words" in str(catalogue["incident-aggression"].steps[3].rule)
    assert "interviewer" in catalogue["reflecting-team"].roles
    for method in catalogue.values():
        assert method.purpose
        assert all(step.minutes > 0 and step.rule for step in method.steps)


def test_steps_edited_by_the_facilitator_are_kept_on_save(make_session):
    session = make_session(method="five-step")
    draft = session.get_latest_revision_as_object()
    draft.steps = [SessionStep(title="Our own opening", rule="Short", planned_minutes=7)]
    draft.save_revision().publish()

    session = IntervisionSessionPage.objects.get(pk=session.pk)
    assert [step.title for step in session.steps.all()] == ["Our own opening"]
    assert session.planned_minutes == 7


def test_a_session_without_method_has_no_steps(make_session):
    session = make_session(method="")
    assert list(session.steps.all()) == []


def test_the_session_shows_planned_time_against_the_slot(client, facilitator, make_session):
    session = make_session(method="codevelopment", slot_minutes=60)
    client.force_login(facilitator)

    response = client.get(session.url)

    assert response.status_code == HTTPStatus.OK
    planned = get_method("codevelopment").total_minutes
    assert f"{planned} of 60 minutes planned" in response.content.decode()
    assert "The steps take longer than the slot." in response.content.decode()


def test_creating_a_session_in_the_admin_with_codevelopment_shows_six_steps(
    client, intervision_index
):
    admin = get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "a-long-enough-password"
    )
    client.force_login(admin)
    data = new_session_form(
        title="Co-development in Namur",
        slug="codev-namur",
        method_slug="codevelopment",
        case_question="How do I keep a peer-led workshop going?",
        **{"action-publish": "publish"},
    )

    response = client.post(add_session_url(intervision_index), data)

    assert response.status_code == HTTPStatus.FOUND, response.content[:3000]
    session = IntervisionSessionPage.objects.get(slug="codev-namur")
    assert session.live
    assert len(session.steps.all()) == 6
    assert [role.role for role in session.roles.all()] == list(get_method("codevelopment").roles)
    page = client.get(session.url)
    assert "Clarifying questions" in page.content.decode()


def test_a_facilitator_adapts_a_method_and_the_next_session_follows(
    client, facilitator, make_session
):
    facilitator.groups.add(Group.objects.get(name=FACILITATOR))
    client.force_login(facilitator)
    five_step = Method.objects.get(slug="five-step")
    edit_url = reverse("wagtailsnippets_intervision_method:edit", args=[five_step.pk])
    form = client.get(edit_url)
    assert form.status_code == HTTPStatus.OK

    step = five_step.steps.first()
    step.title_en, step.minutes = "Opening round", 8
    step.save()
    session = make_session(method="five-step")

    assert session.steps.first().title == "Opening round"
    assert session.steps.first().planned_minutes == 8
    assert (
        "Five-step method"
        in client.get(reverse("wagtailsnippets_intervision_method:list")).content.decode()
    )


def test_a_facilitator_may_add_methods_but_not_delete_them(facilitator):
    facilitator.groups.add(Group.objects.get(name=FACILITATOR))

    assert facilitator.has_perm("intervision.add_method")
    assert facilitator.has_perm("intervision.change_method")
    assert not facilitator.has_perm("intervision.delete_method")


def test_an_unknown_method_is_refused_and_existing_slugs_stay_valid(make_session):
    session = make_session(method="balint")
    session.method_slug = "no-such-method"

    with pytest.raises(ValidationError) as refused:
        session.full_clean()
    assert "method_slug" in refused.value.message_dict
    assert get_method("balint").name == "Balint group"


def test_a_renamed_method_is_named_anew_on_its_sessions(make_session):
    session = make_session(method="balint")
    assert session.method_name == "Balint group"

    method = Method.objects.get(slug="balint")
    method.name_en = "Balint circle"
    method.save()

    assert IntervisionSessionPage.objects.get(pk=session.pk).method_name == "Balint circle"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_seeded_catalogue_reads_as_its_data_file_in_each_language(language):
    for entry in read_catalogue():
        method = get_method(entry["slug"], language)
        assert method.name == entry["name"][language]
        assert method.purpose == entry["purpose"][language]
        assert list(method.roles) == entry["roles"]
        assert [(step.title, step.rule, step.role, step.minutes) for step in method.steps] == [
            (step["title"][language], step["rule"][language], step["role"], step["minutes"])
            for step in entry["steps"]
        ]
