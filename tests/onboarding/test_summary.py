from http import HTTPStatus

from django.contrib.auth.models import AnonymousUser, Permission
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from kb.onboarding.progress import summary_for

from .test_progress import tick


def test_admin_dashboard_shows_the_new_hires_progress(client, path_page, new_hire):
    new_hire.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(new_hire)
    steps = list(path_page.steps.all())
    tick(client, path_page, steps[0])

    response = client.get(reverse("wagtailadmin_home"))

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Your onboarding path" in html
    assert f"1 of {len(steps)} done" in html
    assert f"Next step: {steps[1].title}" in html
    assert f'href="{path_page.url}"' in html


def test_admin_dashboard_has_no_panel_without_a_path(client, home, new_hire):
    new_hire.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(new_hire)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == HTTPStatus.OK
    assert "Your onboarding path" not in response.content.decode()


def test_summary_block_for_a_member_and_for_a_visitor(path_page, new_hire, client):
    client.force_login(new_hire)
    for step in path_page.steps.all()[:3]:
        tick(client, path_page, step)
    request = RequestFactory().get("/en/")
    total = path_page.steps.count()

    member = render_to_string(
        "onboarding/progress_summary.html", summary_for(new_hire, "en"), request=request
    )
    visitor = render_to_string(
        "onboarding/progress_summary.html",
        summary_for(AnonymousUser(), "en"),
        request=request,
    )

    assert f"3 of {total} done" in member
    assert f'<progress class="onboarding-progress__bar" value="3" max="{total}"' in member
    assert "Sign in" not in member
    assert f"of {total} done" not in visitor
    assert path_page.title in visitor
    assert reverse("login") in visitor


def test_summary_falls_back_to_a_path_in_another_language(path_page, new_hire):
    summary = summary_for(new_hire, "nl")
    assert summary["path"] == path_page
    assert summary["progress"].total == path_page.steps.count()


def test_no_summary_without_a_path(home, new_hire):
    assert summary_for(new_hire, "en") is None


def test_home_page_shows_the_members_progress(client, path_page, new_hire):
    client.force_login(new_hire)
    tick(client, path_page, path_page.steps.first())

    html = client.get(path_page.get_parent().url).content.decode()

    assert f"1 of {path_page.steps.count()} done" in html
