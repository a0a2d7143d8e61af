"""Words the synthetic corpus is made of, in Dutch, French and English.

Each entry is a dict keyed by language so a sheet and its translations say the
same thing. Activities carry the life domain they mostly serve, which keeps the
generated classification plausible (a bike repair workshop is about mobility).
"""

LANGUAGES = ("nl", "fr", "en")

# (life domain slug, {language: activity name})
ACTIVITIES = [
    (
        "socio-cultural-participation",
        {"nl": "Schrijfatelier", "fr": "Atelier d'écriture", "en": "Writing workshop"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Gitaarles door een huurder", "fr": "Cours de guitare", "en": "Guitar lessons"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Fotowandeling", "fr": "Balade photo", "en": "Photo walk"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Gezamenlijke kalender", "fr": "Calendrier collectif", "en": "Shared calendar"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Huurderskrant", "fr": "Gazette des locataires", "en": "Tenants' gazette"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Audioreportage", "fr": "Capsule sonore", "en": "Audio piece"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Museumbezoek", "fr": "Visite au musée", "en": "Museum visit"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Theaterworkshop", "fr": "Atelier théâtre", "en": "Theatre workshop"},
    ),
    (
        "socio-cultural-participation",
        {"nl": "Zangkoor", "fr": "Chorale", "en": "Community choir"},
    ),
    (
        "social-relations",
        {"nl": "Kookgroep", "fr": "Groupe cuisine", "en": "Cooking group"},
    ),
    (
        "social-relations",
        {"nl": "Buurtontbijt", "fr": "Petit-déjeuner de quartier", "en": "Neighbourhood breakfast"},
    ),
    (
        "social-relations",
        {"nl": "Wandelclub", "fr": "Club de marche", "en": "Walking club"},
    ),
    (
        "social-relations",
        {"nl": "Zaalvoetbal", "fr": "Football en salle", "en": "Indoor football"},
    ),
    (
        "social-relations",
        {"nl": "Peterschap", "fr": "Parrainage", "en": "Buddy scheme"},
    ),
    (
        "city-neighbourhood",
        {
            "nl": "Eerste bezoek aan het buurthuis",
            "fr": "Première visite à la maison de quartier",
            "en": "First visit to the neighbourhood centre",
        },
    ),
    (
        "city-neighbourhood",
        {"nl": "Moestuin in de wijk", "fr": "Potager de quartier", "en": "Neighbourhood garden"},
    ),
    (
        "city-neighbourhood",
        {"nl": "Stadsverkenning", "fr": "Découverte de la ville", "en": "City discovery walk"},
    ),
    (
        "mobility",
        {"nl": "Fietsherstelatelier", "fr": "Atelier vélo", "en": "Bike repair workshop"},
    ),
    (
        "mobility",
        {
            "nl": "Samen de bus nemen",
            "fr": "Apprivoiser les transports en commun",
            "en": "Learning to use public transport",
        },
    ),
    (
        "socio-professional-integration",
        {
            "nl": "Vrijwilligerswerk zoeken",
            "fr": "Recherche de bénévolat",
            "en": "Finding volunteer work",
        },
    ),
    (
        "socio-professional-integration",
        {"nl": "Alfabetiseringscursus", "fr": "Cours d'alphabétisation", "en": "Literacy class"},
    ),
    (
        "socio-professional-integration",
        {
            "nl": "Opleiding tot ervaringsdeskundige",
            "fr": "Formation de pair-aidant",
            "en": "Peer worker training",
        },
    ),
    (
        "housing",
        {
            "nl": "Woning samen inrichten",
            "fr": "Aménager son logement ensemble",
            "en": "Fitting out the home together",
        },
    ),
    (
        "housing",
        {
            "nl": "Kennismaking met de buren",
            "fr": "Rencontre avec les voisins",
            "en": "Meeting the neighbours",
        },
    ),
    (
        "health",
        {"nl": "Sportmoment", "fr": "Moment sportif", "en": "Weekly sports hour"},
    ),
    (
        "health",
        {"nl": "Ontspanningsgroep", "fr": "Groupe de relaxation", "en": "Relaxation group"},
    ),
    (
        "income",
        {"nl": "Budgetcafé", "fr": "Café budget", "en": "Budget café"},
    ),
    (
        "income",
        {
            "nl": "Rechten laten gelden",
            "fr": "Faire valoir ses droits",
            "en": "Claiming one's rights",
        },
    ),
]

# How a title continues after the activity: "{activity} {qualifier} {city}".
QUALIFIERS = {
    "nl": [
        "met huurders",
        "voor nieuwe huurders",
        "in kleine groep",
        "met vrijwilligers",
        "op zaterdag",
        "samen met de buurt",
        "in het buurthuis",
        "met een partner",
    ],
    "fr": [
        "avec les locataires",
        "pour les nouveaux locataires",
        "en petit groupe",
        "avec des bénévoles",
        "le samedi",
        "avec le quartier",
        "à la maison de quartier",
        "avec un partenaire",
    ],
    "en": [
        "with tenants",
        "for new tenants",
        "in a small group",
        "with volunteers",
        "on Saturdays",
        "with the neighbourhood",
        "at the community centre",
        "with a partner",
    ],
}

CITY_PREPOSITION = {"nl": "in", "fr": "à", "en": "in"}

SUMMARIES = {
    "nl": [
        "Een {activity} waar huurders elkaar regelmatig ontmoeten en stilaan zelf het "
        "initiatief nemen.",
        "De coach zet samen met een partner een {activity} op; de deelnemers kiezen mee "
        "wat er gebeurt.",
        "Een laagdrempelige {activity} die huurders in contact brengt met mensen buiten "
        "Housing First.",
    ],
    "fr": [
        "Un {activity} où les locataires se retrouvent régulièrement et prennent peu à peu "
        "l'initiative.",
        "Le coach lance un {activity} avec un partenaire ; les participants décident de la "
        "suite avec lui.",
        "Un {activity} accessible qui met les locataires en lien avec des personnes hors "
        "Housing First.",
    ],
    "en": [
        "A {activity} where tenants meet regularly and gradually take the lead themselves.",
        "The coach sets up a {activity} with a partner; participants shape what happens next.",
        "A low-threshold {activity} that connects tenants with people outside Housing First.",
    ],
}

SENTENCES = {
    "nl": [
        "De coach ging eerst langs bij elke huurder om het idee voor te stellen.",
        "In het begin kwamen er maar twee mensen, na drie maanden waren het er acht.",
        "Een huurder nam na een tijd de sleutel van het lokaal over.",
        "De partnerorganisatie stelde haar ruimte gratis ter beschikking.",
        "Tijdens de lockdown werd de groep omgezet in individuele bijdragen aan één product.",
        "Het moeilijkste was de drempel van de eerste keer.",
        "De woonbegeleiders brachten huurders mee die ze anders niet hadden bereikt.",
        "Deelnemers vertelden dat ze zich voor het eerst weer bewoner van de stad voelden.",
        "Een vaste dag en een vast uur gaven houvast.",
        "Een kleine vergoeding voor vervoer maakte deelname mogelijk.",
    ],
    "fr": [
        "Le coach est d'abord passé chez chaque locataire pour présenter l'idée.",
        "Au début, deux personnes venaient ; après trois mois, elles étaient huit.",
        "Au bout de quelques mois, un locataire a repris la clé du local.",
        "L'association partenaire a prêté sa salle gratuitement.",
        "Pendant le confinement, le groupe s'est transformé en contributions individuelles à "
        "un projet commun.",
        "Le plus difficile était le seuil de la première fois.",
        "Les accompagnateurs logement ont amené des locataires qu'on n'aurait pas touchés "
        "autrement.",
        "Des participants ont dit se sentir à nouveau habitants de la ville.",
        "Un jour et une heure fixes ont donné des repères.",
        "Une petite aide pour le transport a rendu la participation possible.",
    ],
    "en": [
        "The coach first visited each tenant at home to introduce the idea.",
        "At first two people came; after three months there were eight.",
        "After a few months a tenant took over the key to the room.",
        "The partner organisation lent its room free of charge.",
        "During the lockdown the group turned into individual contributions to one shared product.",
        "The hardest part was the threshold of the first time.",
        "Housing support workers brought tenants the coach would not have reached otherwise.",
        "Participants said they felt like inhabitants of the city again.",
        "A fixed day and time gave people something to hold on to.",
        "A small allowance for transport made taking part possible.",
    ],
}

STEPS = {
    "nl": [
        "Het idee voorstellen",
        "Een partner en een plek vinden",
        "Een eerste proefsessie",
        "Samen de regels afspreken",
        "De verantwoordelijkheid doorgeven",
        "Terugblikken",
    ],
    "fr": [
        "Présenter l'idée",
        "Trouver un partenaire et un lieu",
        "Une première séance d'essai",
        "Fixer les règles ensemble",
        "Passer le relais",
        "Faire le bilan",
    ],
    "en": [
        "Introduce the idea",
        "Find a partner and a place",
        "Run a first trial session",
        "Agree on the rules together",
        "Hand over responsibility",
        "Look back together",
    ],
}

PARTNERS = {
    "nl": ["Buurthuis", "Bibliotheek", "Sportclub", "Cultuurcentrum", "OCMW", "Vrijwilligerspunt"],
    "fr": [
        "Maison de quartier",
        "Bibliothèque",
        "Club sportif",
        "Centre culturel",
        "CPAS",
        "Plateforme du volontariat",
    ],
    "en": [
        "Neighbourhood centre",
        "Public library",
        "Sports club",
        "Cultural centre",
        "Public social welfare centre",
        "Volunteer centre",
    ],
}

ROLES = {
    "nl": ["huurder", "coach", "buurtwerker", "woonbegeleider"],
    "fr": ["locataire", "coach", "travailleur de quartier", "accompagnateur logement"],
    "en": ["tenant", "coach", "neighbourhood worker", "housing support worker"],
}

COSTS = {
    "nl": ["Geen", "Ongeveer 50 euro per maand", "200 euro materiaal bij de start"],
    "fr": ["Aucun", "Environ 50 euros par mois", "200 euros de matériel au départ"],
    "en": ["None", "About 50 euros a month", "200 euros of material to start"],
}

# Free keywords, per language, most common first (drawn with a Zipf-like skew).
TAGS = {
    "nl": [
        "groepswerk",
        "lockdown",
        "vrijwilligers",
        "peer",
        "buurt",
        "creativiteit",
        "sport",
        "koken",
        "fotografie",
        "muziek",
        "schrijven",
        "tuinieren",
        "fiets",
        "bibliotheek",
        "eenzaamheid",
        "zelfbeheer",
        "tentoonstelling",
        "opleiding",
        "drempel",
        "netwerk",
    ],
    "fr": [
        "travail-de-groupe",
        "confinement",
        "benevoles",
        "pair-aidance",
        "quartier",
        "creativite",
        "sport",
        "cuisine",
        "photographie",
        "musique",
        "ecriture",
        "jardinage",
        "velo",
        "bibliotheque",
        "isolement",
        "autogestion",
        "exposition",
        "formation",
        "seuil",
        "reseau",
    ],
    "en": [
        "group-work",
        "lockdown",
        "volunteers",
        "peer-support",
        "neighbourhood",
        "creativity",
        "sport",
        "cooking",
        "photography",
        "music",
        "writing",
        "gardening",
        "cycling",
        "library",
        "loneliness",
        "self-management",
        "exhibition",
        "training",
        "threshold",
        "network",
    ],
}

SITE_TITLES = {
    "home": {"nl": "Ancora", "fr": "Ancora", "en": "Ancora"},
    "practices": {"nl": "Praktijken", "fr": "Pratiques", "en": "Practices"},
    "about": {"nl": "Over Ancora", "fr": "À propos d'Ancora", "en": "About Ancora"},
}
SECTION_SLUGS = {
    "practices": {"nl": "praktijken", "fr": "pratiques", "en": "practices"},
    "about": {"nl": "over", "fr": "a-propos", "en": "about"},
}
# The site's simplest page: a title, an introduction and no listing.
ABOUT_INTRO = {
    "nl": "Ancora bundelt wat coaches in het veld uitproberen, zodat collega's erop verder bouwen.",
    "fr": "Ancora rassemble ce que des coachs essaient sur le terrain, pour leurs collègues.",
    "en": "Ancora gathers what coaches try out in the field, so that colleagues can build on it.",
}

# Which languages sheets of a region are written in, and how often.
REGION_LANGUAGES = {
    "brussels": {"fr": 55, "nl": 35, "en": 10},
    "wallonia": {"fr": 88, "nl": 2, "en": 10},
    "flanders": {"nl": 88, "fr": 2, "en": 10},
}
