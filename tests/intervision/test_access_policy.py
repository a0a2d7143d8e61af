"""The access policy's keys: what a session's audience holds, and what each reader holds."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group

import pytest

from intervision.access import audience_keys, audience_of, may_see, visible_sessions
from kb.people.roles import ADMINISTRATOR

from .conftest import make_user


@pytest.fixture
def setting(make_group, make_session, facilitator):
    member, guest, lead, outsider = (make_user(name) for name in ("m", "g", "l", "o"))
    group = make_group("Wallonia", members=[member])
    group.facilitators.add(lead)
    session = make_session(group=group)
    session.participants.add(guest)
    session.save()
    return locals()


def test_a_session_is_read_by_its_group_its_people_and_staff(setting):
    session, group = setting["session"], setting["group"]

    assert audience_of(session) == {
        "staff",
        f"group:{group.pk}",
        f"user:{setting['facilitator'].pk}",
        f"user:{setting['guest'].pk}",
    }


def test_each_reader_holds_their_own_groups_and_themselves(setting):
    group = setting["group"]

    assert audience_keys(setting["member"]) == {f"user:{setting['member'].pk}", f"group:{group.pk}"}
    assert audience_keys(setting["lead"]) == {f"user:{setting['lead'].pk}", f"group:{group.pk}"}
    assert audience_keys(setting["outsider"]) == {f"user:{setting['outsider'].pk}"}
    assert audience_keys(AnonymousUser()) == set()


def test_administrators_hold_the_staff_key(db):
    superuser = get_user_model().objects.create_superuser("su", "su@example.org", "a-long-pass-1")
    role_holder = make_user("ad")
    role_holder.groups.add(Group.objects.get(name=ADMINISTRATOR))

    assert "staff" in audience_keys(superuser)
    assert "staff" in audience_keys(role_holder)


def test_an_inactive_account_holds_no_key(setting):
    setting["member"].is_active = False

    assert audience_keys(setting["member"]) == set()


def test_the_listing_filter_and_the_keys_agree(setting, make_session):
    lonely = make_session()
    for name in ("member", "guest", "lead", "outsider", "facilitator"):
        reader = get_user_model().objects.get(pk=setting[name].pk)
        visible = set(visible_sessions(reader).values_list("pk", flat=True))
        by_keys = {s.pk for s in (setting["session"], lonely) if may_see(reader, s)}
        assert visible == by_keys, name
