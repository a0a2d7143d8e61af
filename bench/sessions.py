"""Intervision sessions and exchange days in proportion to the sheets.

One session per 40 sheets and one exchange day per 150, written in bulk like
the sheets (``bench.tree``) under each language's intervision index, which
carries the login restriction its children inherit.
"""

import random
import uuid
from datetime import UTC, datetime, timedelta

from django.db import transaction

from wagtail.models import Locale, PageViewRestriction

from intervision.models import ExchangeDayPage, IntervisionIndexPage, IntervisionSessionPage, Method
from kb.home.models import HomePage
from kb.taxonomy import models as taxonomy

from . import vocabulary as words
from .tree import TreeAppender

SHEETS_PER_SESSION = 40
SHEETS_PER_EXCHANGE_DAY = 150
SESSION_TITLE = {"nl": "Intervisie: {}", "fr": "Intervision : {}", "en": "Intervision: {}"}
EXCHANGE_TITLE = {
    "nl": "Belevingsdag in {}",
    "fr": "Journée d'échange à {}",
    "en": "Exchange day in {}",
}
INDEX_TITLE = {"nl": "Intervisie", "fr": "Intervision", "en": "Intervision"}
LANGUAGE_WEIGHTS = {"nl": 45, "fr": 45, "en": 10}
FIRST_DAY = datetime(2021, 1, 11, 13, 30, tzinfo=UTC)


def _index(language):
    locale = Locale.objects.get(language_code=language)
    home = HomePage.objects.filter(locale=locale).first()
    index = IntervisionIndexPage.objects.child_of(home).first()
    if index is None:
        index = IntervisionIndexPage(title=INDEX_TITLE[language], slug="intervision", locale=locale)
        home.add_child(instance=index)
        index.save_revision().publish()
    if not PageViewRestriction.objects.filter(page=index).exists():
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    return index


@transaction.atomic
def generate_sessions(sheets, seed):
    """Create the sessions and exchange days for ``sheets`` sheets; a phrase for the summary."""
    rng = random.Random(f"{seed}-intervision")
    projects = list(taxonomy.Project.objects.select_related("city").order_by("slug"))
    methods = list(Method.objects.values_list("slug", flat=True))
    trees = {}
    pages = {}
    sessions = sheets // SHEETS_PER_SESSION
    days = sheets // SHEETS_PER_EXCHANGE_DAY
    for number in range(sessions + days):
        language = rng.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]
        if language not in trees:
            trees[language] = TreeAppender(_index(language))
        project = rng.choice(projects)
        when = FIRST_DAY + timedelta(days=rng.randint(0, 2100))
        common = {
            "live": True,
            "first_published_at": when,
            "last_published_at": when,
            "translation_key": uuid.UUID(int=rng.getrandbits(128), version=4),
        }
        if number < sessions:
            title = SESSION_TITLE[language].format(rng.choice(words.ACTIVITIES)[1][language])
            page = IntervisionSessionPage(
                title=title,
                draft_title=title,
                slug=f"session-{seed}-{number + 1:06d}",
                start=when,
                place=project.city.label,
                method_slug=rng.choice(methods) if methods else "",
                case_question=rng.choice(words.SENTENCES[language]),
                case_project=project,
                **common,
            )
        else:
            title = EXCHANGE_TITLE[language].format(project.city.label)
            page = ExchangeDayPage(
                title=title,
                draft_title=title,
                slug=f"exchange-day-{seed}-{number + 1:06d}",
                date=when.date(),
                host_project=project,
                learnings=rng.choice(words.SENTENCES[language]),
                **common,
            )
        pages.setdefault((language, type(page)), []).append(trees[language].place(page))
    for (language, _model), group in pages.items():
        trees[language].insert(group)
    for tree in trees.values():
        tree.finish()
    return f", {sessions} intervision sessions and {days} exchange days"
