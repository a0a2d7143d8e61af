"""The site's sign-in page leads a member who forgot their password to a new one."""

import pytest
from bs4 import BeautifulSoup


@pytest.mark.parametrize(
    ("language", "label"),
    [("en", "Forgot password?"), ("nl", "Wachtwoord vergeten?"), ("fr", "Mot de passe oublié ?")],
)
def test_the_sign_in_page_links_to_the_password_reset(client, home, language, label):
    page = BeautifulSoup(client.get(f"/{language}/login/").content, "html.parser")

    link = page.find("a", string=label)

    assert link is not None
    assert client.get(link["href"]).status_code == 200
