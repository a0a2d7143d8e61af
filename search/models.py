"""The search index kept in the database: one row per searchable document.

The rows are written by ``search.indexing`` from ``search.documents`` and are
always maintained, also when Elasticsearch is configured: they are the
database engine's index, the source a cluster is rebuilt from, and the record
of which changes the cluster has not received yet.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class AnalysedTerms(index.SearchField):
    """A full-text column filled with the document's analysed terms, not with a model field.

    modelsearch puts a field named ``title`` in the index's title column and
    every other field in its body column.
    """

    def get_value(self, obj):
        return " ".join(obj.payload.get("index", {}).get(self.field_name, []))


class SearchDocument(index.Indexed, models.Model):
    key = models.CharField(_("key"), max_length=100, unique=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="search_documents",
    )
    translation_key = models.CharField(_("translation key"), max_length=64, db_index=True)
    type = models.CharField(_("type"), max_length=20, db_index=True)
    lang = models.CharField(_("language"), max_length=8, db_index=True)
    visibility = models.CharField(_("visibility"), max_length=10, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    # Lower case, without accents: what search as you type compares with (SearchTitleStart).
    title_folded = models.CharField(_("folded title"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    extra = models.TextField(_("other names"), blank=True)
    url = models.CharField(_("address"), max_length=500)
    date = models.DateTimeField(_("date"), null=True, blank=True, db_index=True)
    payload = models.JSONField(_("document"), default=dict)
    checksum = models.CharField(_("checksum"), max_length=64)
    elastic_synced = models.BooleanField(_("sent to Elasticsearch"), default=False, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # Analysed terms (search.analysis), so every database and the cluster match alike.
    search_fields = [AnalysedTerms("title"), AnalysedTerms("body")]
    # Written by search.indexing with its own configuration; Wagtail's
    # update_index and save signals must leave these entries alone.
    search_auto_update = False

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.key

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.none()


class SearchFacetValue(models.Model):
    """One facet value (a slug) carried by a document; facet names come from facets.py."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="facet_values"
    )
    facet = models.CharField(_("facet"), max_length=20)
    value = models.CharField(_("value"), max_length=100)

    class Meta:
        verbose_name = _("facet value")
        verbose_name_plural = _("facet values")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="search_facet_value_unique"
            )
        ]
        # Covering: a facet filter reads its documents from the index alone.
        indexes = [models.Index(fields=["facet", "value", "document"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchGlossaryLink(models.Model):
    """A glossary term named in a document, so renaming the term re-indexes it."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="glossary_links"
    )
    term_slug = models.CharField(_("glossary term"), max_length=80, db_index=True)

    def __str__(self):
        return self.term_slug


class SearchTitleTerm(models.Model):
    """An analysed term of a document's title: what similar documents are also compared on."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="title_terms"
    )
    term = models.CharField(_("term"), max_length=100)

    class Meta:
        verbose_name = _("title term")
        verbose_name_plural = _("title terms")

    def __str__(self):
        return self.term


class SearchTitleStart(models.Model):
    """Where a word of a document's title starts (or, inside a word, a compound's tail).

    Search as you type reads these by prefix through one index, in the order
    it shows them, so its cost does not grow with the corpus (``search.title_starts``).
    """

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="title_starts"
    )
    lang = models.CharField(_("language"), max_length=8)
    # The suggestion class: inside a word, glossary term, and not the title's first word.
    rank = models.PositiveSmallIntegerField(_("rank"))
    # The folded title from that place on, cut short; a longer typed text is checked after.
    start = models.CharField(_("start"), max_length=24)
    visibility = models.CharField(_("visibility"), max_length=10)
    # Whether the document has an audience (search.audience): only some members see it.
    restricted = models.BooleanField(_("restricted"), default=False)
    translation_key = models.CharField(_("translation key"), max_length=64)

    class Meta:
        verbose_name = _("title start")
        verbose_name_plural = _("title starts")
        # Ends with the id, so that a class's rows come in the order shown with no sort.
        indexes = [models.Index(fields=["lang", "rank", "start", "id"], name="search_title_start")]

    def __str__(self):
        return self.start


class SimilarDocument(models.Model):
    """One of the documents most like a document, worked out when either changes."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="similar")
    other = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="similar_to")
    rank = models.PositiveSmallIntegerField(_("rank"))

    class Meta:
        verbose_name = _("similar document")
        verbose_name_plural = _("similar documents")
        ordering = ["document", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["document", "rank"], name="search_similar_unique")
        ]

    def __str__(self):
        return f"{self.document_id} ~ {self.other_id}"


class ElasticRemoval(models.Model):
    """A document removed here but perhaps not yet from the cluster."""

    key = models.CharField(_("key"), max_length=100, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("pending removal")
        verbose_name_plural = _("pending removals")

    def __str__(self):
        return self.key


class SearchWord(models.Model):
    """A folded word seen in an indexed document, with its language.

    The index's own vocabulary: what a misspelt query word is corrected to,
    and what a Dutch compound is split against. Indexing adds words; a
    rebuild starts it afresh.
    """

    word = models.CharField(_("word"), max_length=40)
    lang = models.CharField(_("language"), max_length=8)

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")
        constraints = [models.UniqueConstraint(fields=["word", "lang"], name="search_word_unique")]

    def __str__(self):
        return f"{self.word} ({self.lang})"


class SynonymGroup(models.Model):
    """Words and phrases that mean the same to a coach, in any of the three languages.

    A query that names one member also finds documents using another; the
    groups are read when a query is analysed, so an edit counts at once.
    """

    terms = models.TextField(
        _("words and phrases"),
        help_text=_(
            "One word or phrase per line (or separated by commas), in any language, "
            "e.g. moestuin, potager, jardin partagé, community garden."
        ),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["terms"]

    def __str__(self):
        return " = ".join(self.members())

    def members(self):
        """The group's words and phrases, trimmed, in the order an editor wrote them."""
        parts = self.terms.replace("\n", ",").split(",")
        return list(dict.fromkeys(part.strip() for part in parts if part.strip()))


class ZeroResultDailyHits(models.Model):
    """How many searches for a logged query found nothing, per day.

    Wagtail's ``QueryDailyHits`` counts every search of a query string; this
    counts, in the same shape, those that found no result. Like Wagtail's log
    it holds no user, address or session.
    """

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        verbose_name=_("search"),
        on_delete=models.CASCADE,
        related_name="zero_result_hits",
    )
    date = models.DateField(_("day"))
    hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("searches without results on a day")
        verbose_name_plural = _("searches without results per day")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="search_zero_result_day_unique")
        ]

    def __str__(self):
        return f"{self.query} {self.date}: {self.hits}"
