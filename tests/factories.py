"""Small builders for test pages: real pages in a real tree, published with revisions."""

import itertools

from wagtail.models import Locale, Page, Site

from kb.glossary.models import GlossaryPage
from kb.home.models import HomePage
from kb.taxonomy import models as taxonomy
from practices.models import PracticeIndexPage, PracticePage

_counter = itertools.count(1)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_site(language="en"):
    """Root -> home (one locale) -> practice index, glossary; returns the home page."""
    locale, _ = Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Ancora", slug=f"home-{language}", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "root_page": home, "site_name": "Ancora"},
    )
    return home


def make_practice_index(home, title="Practices"):
    return home.add_child(
        instance=PracticeIndexPage(title=title, slug="practices", locale=home.locale)
    )


def make_glossary(home):
    return home.add_child(
        instance=GlossaryPage(title="Glossary", slug="glossary", locale=home.locale)
    )


def make_project(slug="namur", city="namur", region="wallonia", model="partnership"):
    region_obj, _ = taxonomy.Region.objects.get_or_create(
        slug=region, defaults={"name_nl": region, "name_fr": region, "name_en": region}
    )
    city_obj, _ = taxonomy.City.objects.get_or_create(
        slug=city,
        defaults={"name_nl": city, "name_fr": city, "name_en": city, "region": region_obj},
    )
    project, _ = taxonomy.Project.objects.get_or_create(
        slug=slug,
        defaults={
            "name_nl": slug,
            "name_fr": slug,
            "name_en": slug,
            "city": city_obj,
            "organisation": "Relais social",
            "model": taxonomy.OrganisationalModel.objects.get(slug=model),
        },
    )
    return project


def make_practice(index, title=None, project=None, domains=("housing",), body=(), **fields):
    """A published practice sheet under ``index`` with the given life domains (slugs)."""
    n = next(_counter)
    page = PracticePage(
        title=title or f"Practice {n}",
        slug=f"practice-{n}",
        summary=fields.pop("summary", "A practice that helps tenants find their place."),
        project=project or make_project(),
        locale=index.locale,
        body=list(body),
        **fields,
    )
    index.add_child(instance=page)
    page.life_domains.set(taxonomy.LifeDomain.objects.filter(slug__in=domains))
    return publish(page)


def translate(page, language):
    """Publish a copy of ``page`` in ``language``, with its missing parents translated too."""
    locale, _ = Locale.objects.get_or_create(language_code=language)
    copy = page.copy_for_translation(locale, copy_parents=True)
    for ancestor in copy.get_ancestors(inclusive=True).filter(depth__gt=1).specific():
        if not ancestor.live:
            publish(ancestor)
    return copy.specific_class.objects.get(pk=copy.pk)
