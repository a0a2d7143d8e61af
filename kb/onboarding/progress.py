"""How far a user is on an onboarding path, and what each step links to.

Shared by the path page, the home page block and the admin dashboard panel, so
"3 of 10 done" means the same everywhere.
"""

from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from uuid import UUID

from django.urls import reverse

from wagtail.models import Locale, Page

from kb.people.models import Membership
from kb.people.roles import NEW_HIRE

from .models import OnboardingPathPage, OnboardingStep, StepKind, StepProgress


@dataclass(frozen=True)
class Progress:
    """Done steps of one path for one user; steps removed from the path do not count."""

    total: int
    done_at: dict[UUID, datetime] = field(default_factory=dict)
    next_step: OnboardingStep | None = None

    @property
    def done(self):
        return len(self.done_at)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self):
        return self.total > 0 and self.done == self.total


@dataclass(frozen=True)
class StepView:
    """A step as a reader sees it: its text, where it leads, and whether it is done."""

    step: OnboardingStep
    url: str | None
    term_url: str | None
    done_at: datetime | None

    @property
    def key(self):
        return self.step.key

    @property
    def kind_label(self):
        return self.step.get_kind_display()


def progress_for(user, path):
    """The user's progress on ``path``; None for anonymous visitors."""
    if user is None or not user.is_authenticated:
        return None
    steps = list(path.steps.all())
    done_at = dict(
        StepProgress.objects.filter(
            user=user, path_key=path.translation_key, step_key__in=[s.key for s in steps]
        ).values_list("step_key", "done_at")
    )
    next_step = next((s for s in steps if s.key not in done_at), None)
    return Progress(total=len(steps), done_at=done_at, next_step=next_step)


def summary_for(user, locale):
    """``{"path", "progress"}`` for the path in ``locale`` (a Locale or a language code).

    Falls back to the default locale's path, then to any live path, so a reader
    whose language has no path yet still finds one. None when no path exists.
    """
    path = path_for_locale(locale)
    if path is None:
        return None
    return {"path": path, "progress": progress_for(user, path)}


def is_on_the_path(user, progress):
    """A new hire, or a member who has started the path and not finished it.

    Reviewers and facilitators who never opened the path are not reminded of it.
    """
    if progress is None or progress.complete:
        return False
    return progress.done > 0 or user.groups.filter(name=NEW_HIRE).exists()


def path_for_locale(locale):
    """The path in ``locale``'s language, else the default locale's, else any live path.

    A site has a path or two per language, so they are all read at once and
    chosen here: asked for "the first by tree position", the database would
    walk the whole page tree in order, every sheet included, to find them.
    """
    live = OnboardingPathPage.objects.live().select_related("locale").order_by()
    paths = sorted(live, key=attrgetter("path"))
    if not paths:
        return None
    language = getattr(locale, "language_code", locale)
    for path in paths:
        if path.locale.language_code == language:
            return path
    default = Locale.get_default().pk
    return next((path for path in paths if path.locale_id == default), paths[0])


def steps_for_display(path, progress, request=None):
    """Each step with its links resolved in the path's language, in two or three queries."""
    steps = list(path.steps.select_related("glossary_term"))
    pages = _live_targets_in_locale(steps, path.locale_id)
    if request is None or not request.user.is_authenticated:
        pages = _public_only(pages)
    glossary = _glossary_page(path.locale_id)
    done_at = progress.done_at if progress else {}
    user = request.user if request is not None else None
    network = home_city_url(user) if any(s.kind == StepKind.NETWORK for s in steps) else None
    views = []
    for step in steps:
        page = pages.get(step.page_id)
        term = step.glossary_term
        page_url = page.get_url(request) if page else None
        views.append(
            StepView(
                step=step,
                url=(network or page_url) if step.kind == StepKind.NETWORK else page_url,
                term_url=glossary.term_url(term, request) if glossary and term else None,
                done_at=done_at.get(step.key),
            )
        )
    return views


def home_city_url(user):
    """The page of the city a member works in (their first project's); None without one.

    A "your city's network" step opens it; without it the step links to its page, if any.
    """
    if user is None or not user.is_authenticated:
        return None
    slug = (
        Membership.objects.filter(user=user)
        .order_by("project__sort_order", "project__slug")
        .values_list("project__city__slug", flat=True)
        .first()
    )
    return reverse("partners:city", kwargs={"slug": slug}) if slug else None


def _live_targets_in_locale(steps, locale_id):
    """Target page id -> the live page to link: its translation in ``locale_id`` if any."""
    targets = Page.objects.filter(id__in={s.page_id for s in steps if s.page_id})
    targets = {page.id: page for page in targets}
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale_id=locale_id, translation_key__in={p.translation_key for p in targets.values()}
        )
    }
    resolved = {}
    for page_id, page in targets.items():
        chosen = translations.get(page.translation_key) or (page if page.live else None)
        if chosen is not None:
            resolved[page_id] = chosen
    return resolved


def _public_only(pages):
    """Anonymous readers get no link to a page behind a login (members-only sections)."""
    public = set(
        Page.objects.filter(id__in=[p.id for p in pages.values()])
        .public()
        .values_list("id", flat=True)
    )
    return {step_page: page for step_page, page in pages.items() if page.id in public}


def _glossary_page(locale_id):
    from kb.glossary.models import GlossaryPage

    glossaries = GlossaryPage.objects.live()
    return glossaries.filter(locale_id=locale_id).first() or glossaries.first()
