"""Small builders for test pages: real pages in a real tree, published with revisions."""

import itertools

from kb import pagetree
from kb.glossary.models import GlossaryPage
from kb.home.models import HomePage
from kb.partners.models import PartnerIndexPage, PartnerPage
from kb.taxonomy import models as taxonomy
from practices.models import PracticeIndexPage, PracticePage

_counter = itertools.count(1)


# The tests publish and translate the pages they build through the factories.
publish = pagetree.publish
translate = pagetree.translate


def make_site(language="en"):
    """Root -> home (one locale) -> practice index, glossary; returns the home page."""
    home = pagetree.add(
        pagetree.root(),
        HomePage(title="Ancora", slug=f"home-{language}", locale=pagetree.locale(language)),
    )
    pagetree.serve_from(home, "testserver", site_name="Ancora")
    return home


def make_practice_index(home, title="Practices"):
    return pagetree.add(home, PracticeIndexPage(title=title, slug="practices"))


def make_glossary(home):
    return pagetree.add(home, GlossaryPage(title="Glossary", slug="glossary"))


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
    pagetree.add(index, page)
    page.life_domains.set(taxonomy.LifeDomain.objects.filter(slug__in=domains))
    return publish(page)


def make_partner_index(home, title="Partners"):
    return pagetree.add(home, PartnerIndexPage(title=title, slug="partners"))


def make_partner(index, title=None, kind="culture", city=None, **fields):
    """A published partner organisation under ``index``; ``city`` is a City (Namur's if None)."""
    n = next(_counter)
    page = PartnerPage(
        title=title or f"Partner {n}",
        slug=fields.pop("slug", f"partner-{n}"),
        kind=taxonomy.PartnerKind.objects.get(slug=kind),
        city=city or make_project().city,
        offer=fields.pop("offer", "Weekly activities open to everyone in the neighbourhood."),
        locale=index.locale,
        **fields,
    )
    pagetree.add(index, page)
    return publish(page)
