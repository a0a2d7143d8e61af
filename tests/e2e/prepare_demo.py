"""Build the demo site in a fresh database and describe it for the browser tests.

Run as ``python -m tests.e2e.prepare_demo`` with ``DATABASE_URL`` pointing at an
empty database. It migrates, runs ``load_demo``, gives each demo user a fresh
password (the browser logs in through the real form with it) and prints, as
JSON on its last line, the accounts, the first live page of each type in each
language and the intervision groups.
"""

import json
import secrets

import django
from django.apps import apps
from django.core.management import call_command
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

PAGE_TYPES = {
    "home": "home.HomePage",
    "standard": "home.StandardPage",
    "practice_index": "practices.PracticeIndexPage",
    "practice": "practices.PracticePage",
    "partner_index": "partners.PartnerIndexPage",
    "partner": "partners.PartnerPage",
    "glossary": "glossary.GlossaryPage",
    "onboarding": "onboarding.OnboardingPathPage",
    "intervision_index": "intervision.IntervisionIndexPage",
    "session": "intervision.IntervisionSessionPage",
    "exchange_day": "intervision.ExchangeDayPage",
}
LANGUAGES = ("nl", "fr", "en")


def reset_passwords():
    from kb.demo.users import ensure_demo_users

    users, _passwords = ensure_demo_users()
    accounts = {}
    for role, user in users.items():
        password = secrets.token_urlsafe(18)
        user.set_password(password)
        user.save(update_fields=["password"])
        accounts[role] = {
            "username": user.get_username(),
            "password": password,
            "project_id": own_project_id(user),
        }
    return accounts


def own_project_id(user):
    try:
        membership = apps.get_model("people.Membership")
    except LookupError:
        return None
    return membership.objects.filter(user=user).values_list("project_id", flat=True).first()


def first_page(model, language):
    page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
    return {"url": page.url, "id": page.pk, "title": page.title} if page else None


def describe_pages():
    urls = {language: {} for language in LANGUAGES}
    for kind, label in PAGE_TYPES.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        for language in LANGUAGES:
            urls[language][kind] = first_page(model, language)
    for language, pages in urls.items():
        pages.update(views_of(language, pages))
    return urls


def views_of(language, pages):
    """Addresses served by views rather than pages: a glossary term, a session's tools."""
    from kb.glossary.models import GlossaryPage, GlossaryTerm

    found = {}
    term = GlossaryTerm.objects.order_by("slug").first()
    if pages.get("glossary") and term:
        glossary = GlossaryPage.objects.get(pk=pages["glossary"]["id"])
        found["glossary_term"] = {"url": glossary.term_url(term), "id": None, "title": term.slug}
    if pages.get("session"):
        with translation.override(language):
            for view in ("prepare", "agenda"):
                url = reverse(f"intervision:{view}", args=[pages["session"]["id"]])
                found[view] = {"url": url, "id": None, "title": view}
    return found


def describe_groups():
    """Each intervision group with its latest session date and its open action points."""
    try:
        group_model = apps.get_model("intervision.IntervisionGroup")
        point_model = apps.get_model("intervision.ActionPoint")
    except LookupError:
        return []
    groups = []
    for group in group_model.objects.order_by("pk"):
        points = point_model.objects.filter(session__group=group, status="open")
        latest = group_model.objects.filter(pk=group.pk).aggregate(latest=Max("sessions__start"))
        groups.append(
            {
                "id": group.pk,
                "name": group.name,
                "open_points": sorted(points.values_list("what", flat=True)),
                "latest_start": latest["latest"].isoformat() if latest["latest"] else None,
            }
        )
    return groups


def main():
    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo", verbosity=0)
    described = {
        "accounts": reset_passwords(),
        "pages": describe_pages(),
        "groups": describe_groups(),
    }
    print(json.dumps(described))  # noqa: T201


if __name__ == "__main__":
    main()
