import uuid
from http import HTTPStatus

from django.urls import reverse

from wagtail.models import Locale

from kb.onboarding.models import OnboardingPathPage, StepProgress
from kb.onboarding.progress import summary_for

from .conftest import PASSWORD


def tick_url(path, step, action="tick"):
    return reverse(f"onboarding:{action}", args=[path.pk, step.key])


def tick(client, path, step, action="tick"):
    return client.post(tick_url(path, step, action), follow=True)


def sign_in(client, user):
    response = client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD, "next": "/"}
    )
    assert response.status_code == HTTPStatus.FOUND, "sign-in should succeed"


def test_ticking_a_step_marks_it_done_and_says_so(client, path_page, new_hire):
    sign_in(client, new_hire)
    step = path_page.steps.first()

    response = tick(client, path_page, step)

    assert response.status_code == HTTPStatus.OK
    assert response.redirect_chain[-1][0] == f"{path_page.url}#step-{step.key}"
    html = response.content.decode()
    assert f"“{step.title}” is marked as done." in html
    assert f"1 of {path_page.steps.count()} done" in html
    assert (
        f'<progress class="onboarding-progress__bar" value="1" max="{path_page.steps.count()}"'
        in html
    )
    assert tick_url(path_page, step, "untick") in html


def test_unticking_a_step_undoes_it(client, path_page, new_hire):
    sign_in(client, new_hire)
    first, second = path_page.steps.all()[:2]
    tick(client, path_page, first)
    tick(client, path_page, second)

    response = tick(client, path_page, first, "untick")

    html = response.content.decode()
    assert f"“{first.title}” is marked as not done." in html
    assert f"1 of {path_page.steps.count()} done" in html
    assert tick_url(path_page, first, "tick") in html
    assert tick_url(path_page, second, "untick") in html


def test_ticking_twice_counts_once(client, path_page, new_hire):
    sign_in(client, new_hire)
    step = path_page.steps.first()
    tick(client, path_page, step)
    response = tick(client, path_page, step)
    assert f"1 of {path_page.steps.count()} done" in response.content.decode()


def test_three_ticked_steps_are_still_done_after_signing_out_and_in(client, path_page, new_hire):
    sign_in(client, new_hire)
    for step in path_page.steps.all()[:3]:
        tick(client, path_page, step)
    client.post(reverse("logout"))
    total = path_page.steps.count()
    assert f"3 of {total} done" not in client.get(path_page.url).content.decode()

    sign_in(client, new_hire)

    assert f"3 of {total} done" in client.get(path_page.url).content.decode()


def test_progress_belongs_to_each_user(client, path_page, new_hire, make_user):
    colleague = make_user("colleague")
    sign_in(client, new_hire)
    for step in path_page.steps.all()[:2]:
        tick(client, path_page, step)
    client.post(reverse("logout"))

    sign_in(client, colleague)

    total = path_page.steps.count()
    assert f"0 of {total} done" in client.get(path_page.url).content.decode()
    assert summary_for(new_hire, "en")["progress"].done == 2


def test_anonymous_visitor_reads_the_path_and_is_invited_to_sign_in(client, path_page):
    response = client.get(path_page.url)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Sign in</a> to tick steps off" in html
    assert "Mark as done" not in html


def test_anonymous_visitor_cannot_tick(client, path_page):
    step = path_page.steps.first()

    response = client.post(tick_url(path_page, step))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("login"))
    assert "next=" in response["Location"]
    assert not StepProgress.objects.exists()


def test_ticking_needs_a_post(client, path_page, new_hire):
    client.force_login(new_hire)
    response = client.get(tick_url(path_page, path_page.steps.first()))
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert not StepProgress.objects.exists()


def test_unknown_path_or_step_is_not_found(client, path_page, new_hire):
    client.force_login(new_hire)
    step = path_page.steps.first()
    other = reverse("onboarding:tick", args=[path_page.pk, uuid.uuid4()])
    missing = reverse("onboarding:tick", args=[path_page.pk + 999, step.key])
    for url in (other, missing, f"/en/onboarding/{path_page.pk}/steps/not-a-key/done/"):
        assert client.post(url).status_code == HTTPStatus.NOT_FOUND
    assert not StepProgress.objects.exists()


def test_unpublished_path_cannot_be_ticked(client, path_page, new_hire):
    client.force_login(new_hire)
    step = path_page.steps.first()
    path_page.unpublish()
    assert client.post(tick_url(path_page, step)).status_code == HTTPStatus.NOT_FOUND


def test_progress_survives_reordering_and_rewording_steps(client, path_page, new_hire):
    client.force_login(new_hire)
    first = path_page.steps.first()
    tick(client, path_page, first)

    steps = list(path_page.steps.all())
    steps[0].title = "Learn the word, reworded"
    for position, step in enumerate(reversed(steps)):
        step.sort_order = position
    path_page.steps = steps
    path_page.save_revision().publish()

    html = client.get(path_page.url).content.decode()
    assert html.index(steps[-1].title) < html.index("Learn the word, reworded")
    assert f"1 of {len(steps)} done" in html
    assert tick_url(path_page, first, "untick") in html


def test_progress_carries_across_translations(client, path_page, new_hire):
    client.force_login(new_hire)
    steps = list(path_page.steps.all())
    tick(client, path_page, steps[0])
    tick(client, path_page, steps[1])

    fr = Locale.objects.create(language_code="fr")
    fr_home = path_page.get_parent().specific.copy_for_translation(fr)
    fr_home.save_revision().publish()
    fr_path = path_page.copy_for_translation(fr)
    fr_path.save_revision().publish()
    fr_path = OnboardingPathPage.objects.get(pk=fr_path.pk)

    assert [s.key for s in fr_path.steps.all()] == [s.key for s in steps]
    html = client.get(fr_path.url).content.decode()
    assert fr_path.url.startswith("/fr/")
    assert f'value="2" max="{len(steps)}"' in html
    assert summary_for(new_hire, "fr")["path"] == fr_path
    assert summary_for(new_hire, "fr")["progress"].done == 2


def test_finishing_every_step_is_acknowledged(client, path_page, new_hire):
    client.force_login(new_hire)
    steps = list(path_page.steps.all())
    for step in steps[:-1]:
        tick(client, path_page, step)
    assert "You have completed every step." not in client.get(path_page.url).content.decode()

    html = tick(client, path_page, steps[-1]).content.decode()

    assert f"{len(steps)} of {len(steps)} done" in html
    assert "You have completed every step." in html
