"""The method catalogue as sessions read it: one method, in one language, as plain data.

The methods themselves are snippets (``intervision.models.Method``), seeded from
``intervision/data/methods.yaml`` and edited by facilitators in the admin. What a
session needs from one is read here in the active language: its name, when to use
it, the roles it needs, and the ordered steps with their rule and planned time.
"""

from dataclasses import dataclass
from types import SimpleNamespace

from django.core.cache import cache
from django.utils import translation

from kb.taxonomy.translated import localized

from .models.methods import Method as MethodRow
from .roles import role_label

# Lists name the method of every session: the names are read once, not once per session.
NAMES_CACHE_KEY = "intervision-method-names"
NAMES_CACHE_SECONDS = 300


@dataclass(frozen=True)
class Step:
    title: str
    rule: str
    role: str
    minutes: int


@dataclass(frozen=True)
class Method:
    key: str
    name: str
    purpose: str
    roles: tuple[str, ...]
    steps: tuple[Step, ...]

    @property
    def total_minutes(self):
        return sum(step.minutes for step in self.steps)

    @property
    def role_labels(self):
        return [role_label(role) for role in self.roles]


def read(row, language=None):
    """The method of ``row`` in ``language`` (the active one by default)."""
    language = language or translation.get_language()
    return Method(
        key=row.slug,
        name=localized(row, "name", language),
        purpose=localized(row, "purpose", language),
        roles=tuple(role.role for role in row.roles.all()),
        steps=tuple(
            Step(
                title=localized(step, "title", language),
                rule=localized(step, "rule", language),
                role=step.role,
                minutes=step.minutes,
            )
            for step in row.steps.all()
        ),
    )


def all_methods(language=None):
    rows = MethodRow.objects.prefetch_related("roles", "steps")
    return [read(row, language) for row in rows]


def get_method(key, language=None):
    """The method for ``key``, or None for an empty or unknown key."""
    row = MethodRow.objects.prefetch_related("roles", "steps").filter(slug=key or "").first()
    return read(row, language) if row else None


def method_choices():
    """(slug, name) of every method, named in the active language."""
    return [(row.slug, row.label) for row in MethodRow.objects.all()]


def method_names():
    """The names in nl, fr and en of every method, by slug; forgotten when a method changes."""
    names = cache.get(NAMES_CACHE_KEY)
    if names is None:
        rows = MethodRow.objects.values("slug", "name_nl", "name_fr", "name_en")
        names = {row["slug"]: row for row in rows}
        cache.set(NAMES_CACHE_KEY, names, NAMES_CACHE_SECONDS)
    return names


def forget_method_names(**kwargs):
    cache.delete(NAMES_CACHE_KEY)


def method_label(key):
    names = method_names().get(key or "")
    return localized(SimpleNamespace(**names), "name") if names else ""
