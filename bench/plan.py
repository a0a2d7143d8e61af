"""What a synthetic corpus contains, decided by a seeded random generator alone.

Planning touches no database, so the same seed gives the same titles, slugs and
facet values on SQLite and PostgreSQL alike; ``bench.corpus`` then writes it.
"""

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from django.utils.text import slugify

from . import vocabulary as words

# Relative weight of each city among the sheets: Brussels writes most, Genk least.
CITY_WEIGHTS = {
    "brussels": 30,
    "namur": 14,
    "ghent": 12,
    "liege": 10,
    "charleroi": 9,
    "kortrijk": 8,
    "hasselt": 6,
    "genk": 5,
}
OTHER_CITY_WEIGHT = 3
DOMAIN_WEIGHTS = {
    "socio-cultural-participation": 30,
    "social-relations": 22,
    "city-neighbourhood": 12,
    "socio-professional-integration": 10,
    "housing": 9,
    "health": 7,
    "mobility": 6,
    "income": 4,
}
FIRST_DAY = datetime(2020, 9, 1, 9, 0, tzinfo=UTC)
LAST_DAY = datetime(2026, 10, 31, 17, 0, tzinfo=UTC)
STATUSES = {"running": 50, "self-managed": 12, "tried-once": 15, "ended": 15, "idea": 8}
MATURITIES = {"described": 60, "repeated": 30, "evaluated": 10}
SECOND_LANGUAGE_SHARE = 0.15
THIRD_LANGUAGE_SHARE = 0.05


@dataclass(frozen=True)
class ProjectInfo:
    slug: str
    city: str
    region: str
    city_names: dict


@dataclass
class SheetPlan:
    language: str
    translation_key: uuid.UUID
    title: str
    slug: str
    summary: str
    goal: str
    target_group: str
    preconditions: str
    transferability: str
    body: list
    project: str
    model: str | None
    first_published_at: datetime
    started: date
    status: str
    maturity: str
    facets: dict = field(default_factory=dict)
    tags: list = field(default_factory=list)


class Planner:
    """Draws sheets group by group; a group is one practice in one to three languages."""

    def __init__(self, seed, projects):
        self.seed = seed
        self.rng = random.Random(seed)
        self.projects = sorted(projects, key=lambda p: p.slug)
        self.project_weights = [CITY_WEIGHTS.get(p.city, OTHER_CITY_WEIGHT) for p in self.projects]
        self.facet_slugs = {}

    def plan(self, count, facet_slugs):
        """``count`` sheets; ``facet_slugs`` maps each classification to its term slugs."""
        self.facet_slugs = {name: sorted(slugs) for name, slugs in facet_slugs.items()}
        sheets = []
        group = 0
        while len(sheets) < count:
            group += 1
            sheets.extend(self._group(group)[: count - len(sheets)])
        return sheets

    def _uuid(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _weighted(self, weights):
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def _some(self, name, low, high):
        slugs = self.facet_slugs.get(name, [])
        if not slugs:
            return []
        k = min(len(slugs), self.rng.randint(low, high))
        # Earlier terms are more frequent: the first ones are drawn with more weight.
        weights = [1 / (i + 1) for i in range(len(slugs))]
        chosen = set()
        while len(chosen) < k:
            chosen.add(self.rng.choices(slugs, weights=weights)[0])
        return sorted(chosen)

    def _group(self, number):
        rng = self.rng
        project = rng.choices(self.projects, weights=self.project_weights)[0]
        languages = self._languages(project.region)
        domain, activity = self._activity()
        qualifier = rng.randrange(len(words.QUALIFIERS["en"]))
        summary = rng.randrange(len(words.SUMMARIES["en"]))
        sentence_picks = [rng.randrange(len(words.SENTENCES["en"])) for _ in range(12)]
        facets = self._facets(domain)
        published = self._published()
        shared = {
            "translation_key": self._uuid(),
            "project": project.slug,
            "model": "partnership" if rng.random() < 0.05 else None,
            "first_published_at": published,
            "started": (published - timedelta(days=rng.randint(30, 700))).date(),
            "status": self._weighted(STATUSES),
            "maturity": self._weighted(MATURITIES),
            "facets": facets,
        }
        body_shape = self._body_shape()
        tag_picks = self._tag_picks()
        return [
            SheetPlan(
                language=language,
                **shared,
                **self._texts(
                    language, number, project, activity, qualifier, summary, sentence_picks
                ),
                body=self._body(language, body_shape, sentence_picks, project),
                tags=[words.TAGS[language][i] for i in tag_picks],
            )
            for language in languages
        ]

    def _languages(self, region):
        weights = words.REGION_LANGUAGES.get(region, {"nl": 40, "fr": 40, "en": 20})
        first = self._weighted(weights)
        others = [code for code in words.LANGUAGES if code != first]
        self.rng.shuffle(others)
        roll = self.rng.random()
        if roll < THIRD_LANGUAGE_SHARE:
            return [first, *others]
        if roll < THIRD_LANGUAGE_SHARE + SECOND_LANGUAGE_SHARE:
            return [first, others[0]]
        return [first]

    def _activity(self):
        domain = self._weighted(DOMAIN_WEIGHTS)
        matching = [names for slug, names in words.ACTIVITIES if slug == domain]
        if not matching:
            return domain, self.rng.choice(words.ACTIVITIES)[1]
        return domain, self.rng.choice(matching)

    def _facets(self, domain):
        extra = [d for d in self._some("life_domains", 0, 2) if d != domain]
        known = self.facet_slugs.get("life_domains", [])
        domains = sorted({domain, *extra} & set(known)) or extra
        return {
            "life_domains": domains,
            "action_levels": self._some("action_levels", 1, 2),
            "targets": self._some("targets", 1, 2),
            "approach_levels": self._some("approach_levels", 1, 2),
            "empowerment_dimensions": self._some("empowerment_dimensions", 0, 2),
            "settling_phases": self._some("settling_phases", 1, 2),
        }

    def _published(self):
        span = (LAST_DAY - FIRST_DAY).total_seconds()
        # More sheets in recent years: the corpus grows as more programmes join.
        offset = span * (self.rng.random() ** 0.6)
        return (FIRST_DAY + timedelta(seconds=offset)).replace(microsecond=0)

    def _tag_picks(self):
        size = len(words.TAGS["en"])
        weights = [1 / (i + 1) for i in range(size)]
        picks = {self.rng.choices(range(size), weights=weights)[0] for _ in range(3)}
        return sorted(picks)[: self.rng.randint(0, 3)]

    def _body_shape(self):
        kinds = ["context", "objectives", "steps", "working_elements", "partners"]
        optional = ["resources", "obstacles", "results", "testimony", "tips"]
        kinds += [k for k in optional if self.rng.random() < 0.6]
        return [(kind, self.rng.getrandbits(64)) for kind in kinds]

    def _texts(self, language, number, project, activity, qualifier, summary, picks):
        name = activity[language]
        city = project.city_names.get(language) or project.city
        title = (
            f"{name} {words.QUALIFIERS[language][qualifier]} "
            f"{words.CITY_PREPOSITION[language]} {city}"
        )
        sentences = words.SENTENCES[language]
        return {
            "title": title,
            "slug": f"{slugify(title)[:60].strip('-')}-{self.seed}-{number:06d}",
            "summary": words.SUMMARIES[language][summary].format(activity=name.lower()),
            "goal": sentences[picks[0]],
            "target_group": sentences[picks[1]],
            "preconditions": sentences[picks[2]],
            "transferability": sentences[picks[3]],
        }

    def _body(self, language, shape, picks, project):
        sentences = words.SENTENCES[language]

        def text(offset, length=1):
            return " ".join(sentences[picks[(offset + i) % len(picks)]] for i in range(length))

        blocks = []
        for position, (kind, bits) in enumerate(shape):
            block_id = str(uuid.UUID(int=bits << 64 | position, version=4))
            blocks.append(
                {
                    "type": kind,
                    "value": self._block_value(kind, language, position, bits, text, project),
                    "id": block_id,
                }
            )
        return blocks

    @staticmethod
    def _block_value(kind, language, position, bits, text, project):
        def item(value, n):
            return {"type": "item", "value": value, "id": str(uuid.UUID(int=bits + n, version=4))}

        if kind == "steps":
            steps = words.STEPS[language]
            return [
                item({"title": steps[(bits + i) % len(steps)], "description": text(i)}, i)
                for i in range(3 + bits % 3)
            ]
        if kind == "partners":
            partners = words.PARTNERS[language]
            return [
                item({"name": partners[(bits + i) % len(partners)], "role": text(i)}, i)
                for i in range(1 + bits % 3)
            ]
        if kind == "resources":
            costs = words.COSTS[language]
            return {"description": text(position, 2), "cost": costs[bits % len(costs)]}
        if kind == "obstacles":
            return [
                item({"obstacle": text(i), "response": text(i + 5)}, i) for i in range(1 + bits % 2)
            ]
        if kind == "results":
            return {
                "observed": f"<p>{text(position, 3)}</p>",
                "indicators": ["durable-bonds", "respected"][: 1 + bits % 2],
            }
        if kind == "testimony":
            roles = words.ROLES[language]
            city = project.city_names.get(language) or project.city
            return {"quote": text(position), "role": roles[bits % len(roles)], "city": city}
        return f"<p>{text(position, 3)}</p>"
