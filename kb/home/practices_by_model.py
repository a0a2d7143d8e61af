"""The practices of each organisational model, for the page that explains the models.

A reader who has just learnt the difference wants to see it at work: each model
with the number of its published sheets in the reader's language and the latest
few. A sheet's model is its own, or else its project's.
"""

from django.db.models import Count, F
from django.db.models.functions import Coalesce

from wagtail.models import Locale

from kb.taxonomy.models import OrganisationalModel
from practices.models import PracticePage

SHOWN_PER_MODEL = 5


def practices_by_model(locale=None):
    """``[{"model", "count", "practices"}]`` for every model, in the model order."""
    locale = locale or Locale.get_active()
    sheets = (
        PracticePage.objects.live()
        .public()
        .filter(locale=locale)
        .annotate(effective_model_id=Coalesce(F("model_id"), F("project__model_id")))
    )
    counts = dict(
        sheets.order_by()
        .values_list("effective_model_id")
        .annotate(count=Count("pk"))
        .values_list("effective_model_id", "count")
    )
    return [
        {
            "model": model,
            "count": counts.get(model.pk, 0),
            "practices": list(
                sheets.filter(effective_model_id=model.pk)
                .select_related("project__city")
                .order_by("-first_published_at")[:SHOWN_PER_MODEL]
            ),
        }
        for model in OrganisationalModel.objects.all()
    ]
