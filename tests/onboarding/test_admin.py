import json
from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

from kb.onboarding.models import OnboardingPathPage, StepKind


def step_fields(index, title, kind=StepKind.OTHER):
    prefix = f"steps-{index}-"
    return {
        f"{prefix}id": "",
        f"{prefix}ORDER": str(index + 1),
        f"{prefix}DELETE": "",
        f"{prefix}kind": kind,
        f"{prefix}title": title,
        f"{prefix}why": f"Why {title.lower()}.",
        f"{prefix}page": "",
        f"{prefix}glossary_term": "",
    }


def test_editor_creates_a_path_in_the_admin_and_each_step_gets_its_own_key(client, home):
    admin = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(admin)
    add_url = reverse("wagtailadmin_pages:add", args=("onboarding", "onboardingpathpage", home.pk))
    assert client.get(add_url).status_code == HTTPStatus.OK

    data = {
        "title": "Start here",
        "slug": "start-here",
        "intro": json.dumps(
            {
                "blocks": [
                    {
                        "key": "intro",
                        "type": "unstyled",
                        "depth": 0,
                        "text": "Welcome to the team.",
                        "inlineStyleRanges": [],
                        "entityRanges": [],
                    }
                ],
                "entityMap": {},
            }
        ),
        "steps-TOTAL_FORMS": "2",
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "1",
        "steps-MAX_NUM_FORMS": "1000",
        **step_fields(0, "Read the glossary", StepKind.GLOSSARY),
        **step_fields(1, "Visit a project", StepKind.EXCHANGE),
        "action-publish": "publish",
    }
    response = client.post(add_url, data)

    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    path = OnboardingPathPage.objects.get(slug="start-here")
    assert path.live
    steps = list(path.steps.all())
    assert [s.title for s in steps] == ["Read the glossary", "Visit a project"]
    assert len({s.key for s in steps}) == 2
    assert "Welcome to the team." in client.get(path.url).content.decode()
