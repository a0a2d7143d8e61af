"""A session's notes never leave the group by e-mail: its editor has no comment threads.

Wagtail mails each new comment, with its text, to everyone subscribed to the
page, whether or not they may still read it; a practice sheet keeps them.
"""

from django.urls import reverse

from tests import factories

from .conftest import make_user

COMMENTS_FORM = 'name="comment_notifications"'


def edit_page(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


def test_the_session_editor_offers_no_comments_while_the_sheet_editor_does(
    client, make_session, practice_index
):
    client.force_login(make_user("editor", is_superuser=True, is_staff=True))
    sheet = factories.make_practice(practice_index, title="Guitar workshop")

    assert COMMENTS_FORM in edit_page(client, sheet)
    assert COMMENTS_FORM not in edit_page(client, make_session())
