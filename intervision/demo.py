"""Demo intervision content: two groups, sessions with follow-up, and two exchange days.

Written in the coaches' own working languages (mostly French, some Dutch). Every
item is looked up by slug before it is made, so a second run creates nothing.
Dates are set relative to the first run, so the demo has both past and
upcoming events.
"""

from datetime import datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

from kb import pagetree
from kb.partners.models import PartnerPage
from kb.taxonomy.models import LifeDomain, Project
from practices.models import PracticePage

from .models import (
    ActionPoint,
    ActionStatus,
    DiscussedPractice,
    ExchangeDayPage,
    ExchangeDayPartner,
    ExchangeDayPractice,
    IntervisionGroup,
    IntervisionIndexPage,
    IntervisionSessionPage,
    ParticipantTakeaway,
    ProgrammeRow,
)

INDEX_TITLES = {"nl": "Intervisie", "fr": "Intervision", "en": "Intervision"}
INDEX_INTROS = {
    "nl": "<p>Intervisiesessies en belevingsdagen van de coaches, alleen voor leden.</p>",
    "fr": "<p>Les intervisions et journées d'échange des coachs, réservées aux membres.</p>",
    "en": "<p>The coaches' intervision sessions and exchange days, for members only.</p>",
}

GROUPS = [
    {
        "slug": "wallonie-bruxelles",
        "name": "Intervision Wallonie–Bruxelles",
        "description": "Coachs d'ancrage social de Bruxelles, Liège, Charleroi et Namur.",
        "members": ("coach", "newhire"),
        "facilitators": ("facilitator", "facilitator-wb"),
    },
    {
        "slug": "vlaanderen",
        "name": "Intervisie Vlaanderen",
        "description": "Verbindingscoaches van Gent, Kortrijk, Hasselt en Genk.",
        "members": ("reviewer",),
        "facilitators": ("facilitator", "facilitator-vl"),
    },
]

# Sessions in creation order: a session that closes an earlier point comes first.
SESSIONS = [
    {
        "language": "fr",
        "slug": "consultation-gazette-partagee",
        "title": "Consultation entre pairs : une gazette qui reste à tout le monde",
        "group": "wallonie-bruxelles",
        "days": -30,
        "place": "Bruxelles, salle de réunion du SMES",
        "method": "peer-case-consultation",
        # A coach of Liège, in no group, invited to this session only.
        "guests": ("guest",),
        "project": "brussels-smes",
        "domains": ("social-relations", "socio-cultural-participation"),
        "question": (
            "Comment faire en sorte que la gazette reste un lieu partagé entre locataires et "
            "travailleurs quand les contributions se font plus rares ?"
        ),
        "summary": (
            "La gazette est née pendant le confinement pour garder le contact. Elle publie des "
            "articles, des poèmes et des dessins. Depuis la reprise des activités, les textes "
            "arrivent surtout des travailleurs et la coach craint qu'elle devienne un bulletin "
            "d'équipe."
        ),
        "notes": {
            1: "Trois cas proposés ; le groupe choisit la gazette.",
            4: "Module choisi : brainstorming inversé (« comment tuer la gazette ? »).",
            5: "Idées : comité de rédaction tournant, rubrique fixe tenue par un locataire, "
            "atelier d'écriture relié à chaque numéro.",
        },
        "insights": (
            "Un support commun tient quand chacun y a un rôle reconnu, pas seulement une place "
            "pour déposer un texte."
        ),
        "takeaways": {
            "newhire": "Je propose une rubrique fixe à un locataire de mon projet.",
            "coach": "Relier l'atelier d'écriture à la gazette donne un rythme.",
        },
        "actions": [
            ("Proposer un comité de rédaction tournant au prochain numéro", "newhire", 20, "open"),
            ("Partager le gabarit de mise en page avec l'équipe de Liège", "coach", -10, "done"),
        ],
        "practices": ("gazette", "ecriture", "writing"),
    },
    {
        "language": "fr",
        "slug": "codev-atelier-guitare",
        "title": "Codéveloppement : faire durer un atelier animé par un locataire",
        "group": "wallonie-bruxelles",
        "days": -70,
        "place": "Namur, Relais social",
        "method": "codevelopment",
        "project": "namur-relais-social",
        "domains": ("socio-cultural-participation", "health"),
        "question": (
            "Comment soutenir un atelier de guitare animé par un locataire sans en reprendre "
            "la main quand l'animateur traverse une semaine difficile ?"
        ),
        "summary": (
            "Le coach de Namur présente ses ateliers. Un locataire enseigne la guitare à "
            "d'autres locataires ; il dit que préparer l'atelier l'aide à se tenir. Le coach "
            "hésite entre remplacer l'animateur quand il ne vient pas et laisser l'atelier "
            "tomber ces jours-là."
        ),
        "notes": {
            1: "Le coach expose sans interruption ; il veut garder l'atelier aux mains "
            "du locataire.",
            2: "Questions sur la fréquence des absences et sur ce que l'animateur en dit lui-même.",
            3: "Contrat : des pistes pour les semaines difficiles, pas un plan pour "
            "tout l'atelier.",
            4: "Pistes : un binôme d'animation, une séance « jam » sans cours, "
            "en parler avec l'animateur avant plutôt qu'après.",
            5: "Plan : proposer un binôme et demander une salle à la maison de quartier.",
        },
        "insights": (
            "La pair-aidance tient mieux quand le rôle de l'animateur est protégé par un plan B "
            "qu'il a choisi lui-même."
        ),
        "takeaways": {
            "coach": "Préparer le plan B avec l'animateur, pas à sa place.",
            "newhire": "Un atelier peut aussi servir de repère dans la semaine d'un locataire.",
        },
        "actions": [
            ("Rédiger une fiche pratique sur l'atelier guitare", "coach", -40, "done"),
            (
                "Demander une salle de répétition à la maison de quartier",
                "facilitator",
                -45,
                "closed-in:consultation-gazette-partagee",
            ),
            ("Tester un binôme d'animation pour les semaines difficiles", "coach", 10, "open"),
        ],
        "practices": ("guitar", "guitare"),
    },
    {
        "language": "fr",
        "slug": "codev-alphabetisation",
        "title": "Codéveloppement : ouvrir la porte d'une association d'alphabétisation",
        "group": "wallonie-bruxelles",
        "days": 14,
        "place": "Charleroi, Relais social",
        "method": "codevelopment",
        "project": "charleroi-relais-social",
        "domains": ("socio-professional-integration", "city-neighbourhood"),
        "question": (
            "Comment convaincre une association d'alphabétisation que des locataires Housing "
            "First peuvent rejoindre ses groupes ?"
        ),
        "summary": (
            "Une association refuse d'inscrire des locataires, par crainte qu'ils ne suivent "
            "pas le rythme. La coach veut préparer une rencontre avec l'équipe de l'association."
        ),
        "practices": ("alphabetisation", "literacy"),
    },
    {
        "language": "nl",
        "slug": "roddelmethode-kalender",
        "title": "Roddelmethode: het kalenderproject gaande houden",
        "group": "vlaanderen",
        "days": -20,
        "place": "Hasselt, CAW Limburg",
        "method": "gossip",
        "project": "hasselt-caw-limburg",
        "domains": ("socio-cultural-participation", "social-relations"),
        "question": (
            "Hoe houd ik het kalenderproject gaande als deelnemers halverwege afhaken en de "
            "verkoop stilvalt?"
        ),
        "summary": (
            "Elke huurder levert een foto of tekening voor een kalender die verkocht wordt. "
            "Dit jaar zijn er minder bijdragen en twijfelt de coach of het project nog gedragen "
            "wordt."
        ),
        "insights": (
            "Een gedeeld product houdt mensen betrokken als elke bijdrage zichtbaar blijft."
        ),
        "actions": [
            (
                "Bijdragers van vorig jaar persoonlijk uitnodigen voor een fotomiddag",
                "reviewer",
                10,
                "open",
            ),
            ("Twee nieuwe verkooppunten in de buurt aanspreken", "facilitator", -5, "done"),
        ],
        "practices": ("kalender", "calendar"),
    },
    {
        "language": "nl",
        "slug": "incidentmethode-vrijwilligerswerk",
        "title": "Incidentmethode: de eerste stap naar vrijwilligerswerk",
        "group": "vlaanderen",
        "days": -45,
        "place": "Kortrijk, W13",
        "method": "incident",
        "project": "kortrijk-w13",
        "domains": ("socio-professional-integration", "income"),
        "question": (
            "Hoe begeleid ik een huurder zonder inkomen naar vrijwilligerswerk zonder sneller te "
            "gaan dan hij zelf wil?"
        ),
        "summary": (
            "Een huurder vroeg naar vrijwilligerswerk; bij het eerste gesprek in een buurtcentrum "
            "haakte hij af. De coach vraagt zich af of hij te veel heeft voorbereid in zijn plaats."
        ),
        "notes": {
            3: "Concreet: het gesprek duurde lang en ging vooral over formulieren.",
            4: "Vragen over wat de huurder zelf wilde en wie het buurtcentrum voorstelde.",
            6: "Advies: eerst samen gaan kijken zonder afspraak; één concrete taak proberen.",
        },
        "insights": "Eerst de plek leren kennen, dan pas de rol: een bezoek zonder verplichting.",
        "takeaways": {"reviewer": "Samen gaan kijken vóór er iets geregeld wordt."},
        "actions": [
            ("Een eerste bezoek aan het buurtcentrum samen plannen", "reviewer", -30, "done"),
            (
                "Lijst van organisaties met laagdrempelig vrijwilligerswerk delen",
                "facilitator",
                5,
                "open",
            ),
        ],
        "practices": ("vrijwillig", "volunteer", "buurtcentrum"),
    },
]

EXCHANGE_DAYS = [
    {
        "language": "fr",
        "slug": "journee-echange-namur",
        "title": "Journée d'échange à Namur : le réseau d'un projet d'ancrage",
        "project": "namur-relais-social",
        "days": 30,
        "visitors": ("coach", "newhire"),
        "other_visitors": "Deux accompagnateurs logement de Charleroi",
        "programme": [
            (time(9, 30), "Accueil et présentation du projet", "Relais social", ""),
            (
                time(10, 30),
                "Visite de l'atelier de guitare",
                "Maison de quartier",
                "Maison de quartier",
            ),
            (time(12, 30), "Repas", "Restaurant social", "Restaurant social"),
            (
                time(14, 0),
                "Rencontre avec une association d'alphabétisation",
                "Centre-ville",
                "Association d'alphabétisation",
            ),
            (time(15, 30), "Ce que nous emportons", "Relais social", ""),
        ],
        "partners_met": "",
        "partners": ("relais-social-namur", "namur-neighbourhood-house", "cpas-namur"),
        "practices": ("guitar", "guitare", "audio"),
    },
    {
        "language": "nl",
        "slug": "belevingsdag-gent",
        "title": "Belevingsdag in Gent: fotograferen in de buurt",
        "project": "ghent-ocmw",
        "days": -20,
        "visitors": ("coach", "facilitator"),
        "other_visitors": "",
        "programme": [
            (time(10, 0), "Kennismaking met het woonteam", "OCMW Gent", ""),
            (time(11, 0), "Wandeling langs de foto's van het buurtproject", "Buurt", "Buurtwerk"),
            (time(13, 30), "Gesprek met de buurtfotografen", "Buurthuis", "Buurtwerk"),
            (time(15, 0), "Terugblik", "OCMW Gent", ""),
        ],
        "partners_met": (
            "Het buurtwerk dat het fotoproject trekt, en een vrijwilliger van het buurthuis."
        ),
        "learnings": (
            "Aansluiten bij een bestaand buurtproject opent meer deuren dan een eigen activiteit "
            "voor huurders alleen."
        ),
        "transfer": "Een fototoestel per deelnemer en een tentoonstelling als afsluiter.",
        "follow_ups": (
            "Contact leggen met een buurtwerker in Hasselt voor een gelijkaardig project."
        ),
        "partners": ("ocmw-gent", "ghent-neighbourhood-work"),
        "practices": ("foto", "photo", "lichtpunt"),
    },
]


def _localized_start(days, hour=9, minute=30):
    base = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(base, time(hour, minute)))


def _project(slug):
    return Project.objects.filter(slug=slug).first()


def _find_practice(locale, needles):
    """A practice sheet whose slug or title holds one of ``needles``, preferring ``locale``."""
    match = Q()
    for needle in needles:
        match |= Q(slug__icontains=needle) | Q(title__icontains=needle)
    candidates = PracticePage.objects.filter(match)
    return candidates.filter(locale=locale).first() or candidates.first()


def ensure_index(home, translation_of=None):
    """The intervision index under ``home``, created (with its login restriction) if missing.

    Indexes of the other languages are translations of ``translation_of``, so the
    language switcher leads from one to the other.
    """
    index = pagetree.find_child(home, IntervisionIndexPage)
    if index is not None:
        return index, False
    language = home.locale.language_code
    index = IntervisionIndexPage(
        title=INDEX_TITLES.get(language, "Intervision"),
        slug="intervision",
        intro=INDEX_INTROS.get(language, INDEX_INTROS["en"]),
        locale=home.locale,
    )
    if translation_of is not None:
        index.translation_key = translation_of.translation_key
    return pagetree.add_published(home, index), True


def ensure_groups(users):
    groups = {}
    for spec in GROUPS:
        group, _created = IntervisionGroup.objects.get_or_create(
            slug=spec["slug"], defaults={"name": spec["name"], "description": spec["description"]}
        )
        group.members.add(*[users[key] for key in spec["members"] if key in users])
        group.facilitators.add(*[users[key] for key in spec["facilitators"] if key in users])
        groups[spec["slug"]] = group
    return groups


def _group_spec(slug):
    return next(spec for spec in GROUPS if spec["slug"] == slug)


def _session(spec, index, groups, users):
    locale = index.locale
    session = IntervisionSessionPage(
        title=spec["title"],
        slug=spec["slug"],
        locale=locale,
        group=groups[spec["group"]],
        start=_localized_start(spec["days"]),
        slot_minutes=120,
        place=spec["place"],
        facilitator=users.get("facilitator"),
        method_slug=spec["method"],
        case_question=spec["question"],
        case_summary=spec["summary"],
        case_project=_project(spec["project"]),
        insights=spec.get("insights", ""),
    )
    members = [users[key] for key in _group_spec(spec["group"])["members"] if key in users]
    guests = [users[key] for key in spec.get("guests", ()) if key in users]
    session.participants.set([*members, *guests])
    session.life_domains.set(LifeDomain.objects.filter(slug__in=spec["domains"]))
    session.prefill_from_method()
    for number, step in enumerate(session.steps.all(), start=1):
        step.notes = spec.get("notes", {}).get(number, "")
    for role in session.roles.all():
        if role.role == "facilitator":
            role.person = users.get("facilitator")
        elif role.role == "case-bringer" and members:
            role.person = members[0]
    session.takeaways = [
        ParticipantTakeaway(sort_order=position, participant=users.get(key), takeaway=text)
        for position, (key, text) in enumerate(spec.get("takeaways", {}).items())
    ]
    session.action_points = [
        _action_point(action, index, users, position)
        for position, action in enumerate(spec.get("actions", ()))
    ]
    practice = _find_practice(locale, spec.get("practices", ()))
    if practice is not None and spec["days"] < 0:
        session.practices_discussed = [DiscussedPractice(sort_order=0, practice=practice)]
    return pagetree.add_published(index, session)


def _action_point(action, index, users, position):
    what, owner, due_days, status = action
    closed_in = None
    if status.startswith("closed-in:"):
        closed_in = (
            IntervisionSessionPage.objects.child_of(index)
            .filter(slug=status.split(":", 1)[1])
            .first()
        )
        status = ActionStatus.DONE
    return ActionPoint(
        sort_order=position,
        what=what,
        owner=users.get(owner),
        due=timezone.localdate() + timedelta(days=due_days),
        status=status,
        closed_in=closed_in,
    )


def _exchange_day(spec, index, users):
    day = ExchangeDayPage(
        title=spec["title"],
        slug=spec["slug"],
        locale=index.locale,
        host_project=_project(spec["project"]),
        date=timezone.localdate() + timedelta(days=spec["days"]),
        other_visitors=spec["other_visitors"],
        partners_met=spec.get("partners_met", ""),
        learnings=spec.get("learnings", ""),
        transfer=spec.get("transfer", ""),
        follow_ups=spec.get("follow_ups", ""),
    )
    day.visitors.set([users[key] for key in spec["visitors"] if key in users])
    day.programme = [
        ProgrammeRow(sort_order=position, time=at, activity=activity, place=place, partner=partner)
        for position, (at, activity, place, partner) in enumerate(spec["programme"])
    ]
    practice = _find_practice(index.locale, spec.get("practices", ()))
    if practice is not None:
        day.practices_seen = [ExchangeDayPractice(sort_order=0, practice=practice)]
    met = PartnerPage.objects.filter(slug__in=spec.get("partners", ()), locale=index.locale)
    day.partner_links = [
        ExchangeDayPartner(sort_order=position, partner=partner)
        for position, partner in enumerate(met.order_by("path"))
    ]
    return pagetree.add_published(index, day)


def build_intervision_demo(home_pages, users):
    """Create what is missing of the demo under each home page; returns the number created."""
    created = 0
    indexes = {}
    for language, home in home_pages.items():
        first = next(iter(indexes.values()), None)
        indexes[language], made = ensure_index(home, translation_of=first)
        created += made
    groups = ensure_groups(users)
    for spec in SESSIONS:
        index = indexes.get(spec["language"])
        if index is None or index.get_children().filter(slug=spec["slug"]).exists():
            continue
        _session(spec, index, groups, users)
        created += 1
    for spec in EXCHANGE_DAYS:
        index = indexes.get(spec["language"])
        if index is None or index.get_children().filter(slug=spec["slug"]).exists():
            continue
        _exchange_day(spec, index, users)
        created += 1
    return created
