"""A session routed for a member once is still refused to everyone else."""

from http import HTTPStatus

from django.test import Client

CASE_QUESTION = "How do I support the tenant who teaches guitar on his difficult weeks?"


def test_a_session_a_member_opened_stays_closed_to_others(
    make_session, make_group, coach, outsider
):
    session = make_session(group=make_group("Namur", members=[coach]), case_question=CASE_QUESTION)
    member = Client()
    member.force_login(coach)
    assert CASE_QUESTION in member.get(session.url).content.decode()

    other = Client()
    other.force_login(outsider)
    anonymous = Client()
    for reader in (other, anonymous, member):
        response = reader.get(session.url, HTTP_CACHE_CONTROL="no-cache")
        shown = CASE_QUESTION in response.content.decode()
        assert shown == (reader is member)
    assert anonymous.get(session.url)["Location"].startswith("/en/login/")
    assert other.get(session.url).status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.FORBIDDEN)
