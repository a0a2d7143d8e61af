"""The field's vocabulary, with each term named in the three working languages.

The role and the practice have no settled names (verbindingscoach, coach en
ancrage, reanchoring coach, ...). A glossary term holds all of them, so search
can bridge languages and a new hire can learn the words of the job.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from kb.taxonomy.translated import all_languages, localized

from .usage import practices_using


class GlossaryTerm(index.Indexed, models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    synonyms = models.CharField(
        _("other names"),
        max_length=500,
        blank=True,
        help_text=_("Other words for the same thing, in any language, separated by commas."),
    )
    definition_nl = models.TextField(_("definition (Dutch)"))
    definition_fr = models.TextField(_("definition (French)"))
    definition_en = models.TextField(_("definition (English)"))

    panels = [
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("name_nl"), FieldPanel("name_fr"), FieldPanel("name_en")]
                ),
                FieldPanel("synonyms"),
            ],
            heading=_("Names"),
        ),
        FieldPanel("definition_nl"),
        FieldPanel("definition_fr"),
        FieldPanel("definition_en"),
    ]
    search_fields = [
        index.SearchField("name_nl"),
        index.SearchField("name_fr"),
        index.SearchField("name_en"),
        index.SearchField("synonyms"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localized(self, "name")

    @property
    def definition(self):
        return localized(self, "definition")

    @property
    def all_names(self):
        """Every name of the term in every language, synonyms included."""
        extra = [s.strip() for s in self.synonyms.split(",") if s.strip()]
        return list(dict.fromkeys(all_languages(self, "name") + extra))


class GlossaryPage(RoutablePageMixin, Page):
    """The glossary of one language; each term has its own address below it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = sorted(GlossaryTerm.objects.all(), key=lambda t: t.name.lower())
        return context

    def term_url(self, term, request=None):
        return self.get_url(request) + self.reverse_subpage("term", args=[term.slug])

    @path("<slug:slug>/", name="term")
    def term(self, request, slug):
        try:
            term = GlossaryTerm.objects.get(slug=slug)
        except GlossaryTerm.DoesNotExist as exc:
            raise Http404 from exc
        return self.render(
            request,
            context_overrides={"term": term, "practices": practices_using(term, self.locale)},
            template="glossary/glossary_term.html",
        )
