"""The one registry of search facets.

Every facet is declared here once: its name (also the URL parameter and the
field name in both engines), its label, and where its values and their labels
come from. Documents, both engines, the search form, the templates and the
JSON output all read this list. Page models do not declare facets: their
relations to a facet's vocabulary feed it (``documents.facet_values``). A few
modules name a facet for what only it does: documents derive city, region and
model from the project, hits show their life domains, and similar lists
compare documents on ``SIMILARITY_FACETS``.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kb.pagecache.store import until_content_changes


@dataclass(frozen=True)
class Facet:
    """One facet. ``model`` is an ``app_label.Model`` whose rows have a slug and names."""

    name: str
    label: str
    model: str = ""
    choices: tuple = ()

    @property
    def param(self):
        return self.name

    @cached_property
    def model_class(self):
        return apps.get_model(self.model) if self.model else None

    def labels(self, values):
        """Labels of the given slugs in the active language, as a dict slug -> label."""
        vocabulary = self.vocabulary()
        return {value: vocabulary[value] for value in values if value in vocabulary}

    def vocabulary(self):
        """Every value of the facet with its label in the active language.

        Read from the database once per language and per content generation
        (which any change to the taxonomy bumps), so listing twelve facets on
        a page costs no query and the same number whatever values show.
        """
        if self.model_class is None:
            return {value: str(label) for value, label in self.choice_list()}
        return until_content_changes(
            f"facet-labels:{get_language()}:{self.name}",
            lambda: {row.slug: _row_label(row) for row in self.model_class.objects.all()},
        )

    def known(self, values):
        """The subset of ``values`` that exist, so unknown ones are ignored."""
        return [value for value in values if value in self.labels(values)]

    def choice_list(self):
        if self.name == "lang":
            return [(code, name) for code, name in settings.LANGUAGES]
        return list(self.choices)


def _row_label(row):
    """A taxonomy term has ``label``; a taggit tag has ``name``."""
    return str(getattr(row, "label", None) or row.name)


def all_labels(row):
    """Every name of a facet value in every language: what documents carry as text."""
    names = [getattr(row, f"name_{code}", "") for code, _name in settings.LANGUAGES]
    names = [name for name in names if name]
    return names or [str(row.name)]


DOCUMENT_TYPES = (
    ("practice", _("Practice sheet")),
    ("intervision", _("Intervision session")),
    ("exchange", _("Exchange day")),
    ("partner", _("Partner organisation")),
    ("glossary", _("Glossary term")),
    ("page", _("Page")),
)

FACETS = (
    Facet("type", _("Type"), choices=DOCUMENT_TYPES),
    Facet("domain", _("Life domain"), model="taxonomy.LifeDomain"),
    Facet("model", _("Organisational model"), model="taxonomy.OrganisationalModel"),
    Facet("city", _("City"), model="taxonomy.City"),
    Facet("region", _("Region"), model="taxonomy.Region"),
    Facet("kind", _("Kind of partner"), model="taxonomy.PartnerKind"),
    Facet("project", _("Project"), model="taxonomy.Project"),
    Facet("level", _("Action level"), model="taxonomy.ActionLevel"),
    Facet("target", _("Target of the action"), model="taxonomy.Target"),
    Facet("phase", _("Settling phase"), model="taxonomy.SettlingPhase"),
    Facet("empowerment", _("Empowerment dimension"), model="taxonomy.EmpowermentDimension"),
    Facet("lang", _("Language")),
    Facet("tag", _("Tag"), model="taxonomy.Tag"),
)

BY_NAME = {facet.name: facet for facet in FACETS}

# What two documents are compared on for similar lists.
SIMILARITY_FACETS = ("domain", "project", "city", "level", "target", "phase", "empowerment", "tag")

# Facets that a page carries as relations to a vocabulary (all but type and lang).
TAXONOMY_FACETS = tuple(facet for facet in FACETS if facet.model)


def facet_for_model(model):
    """The facet whose values are rows of ``model``, or None."""
    label = model._meta.label
    for facet in TAXONOMY_FACETS:
        if facet.model_class._meta.label == label:
            return facet
    return None


def values_of(document, facet):
    """The slugs a flat document carries for ``facet``, always as a list."""
    value = document.get(facet.name)
    if value in (None, ""):
        return []
    return [value] if isinstance(value, str) else list(value)
