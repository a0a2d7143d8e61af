"""Regions, cities and projects of the social reanchoring experiment (2020-2021).

Names are given as (nl, fr, en). Brussels ran one community project with its own
team of coaches (partnership model); the other cities added a coach to an
existing Housing First team (complementarity model).
"""

REGIONS = [
    ("brussels", "Brussel", "Bruxelles", "Brussels"),
    ("wallonia", "Wallonië", "Wallonie", "Wallonia"),
    ("flanders", "Vlaanderen", "Flandre", "Flanders"),
]

CITIES = [
    ("brussels", "brussels", "Brussel", "Bruxelles", "Brussels"),
    ("liege", "wallonia", "Luik", "Liège", "Liège"),
    ("charleroi", "wallonia", "Charleroi", "Charleroi", "Charleroi"),
    ("namur", "wallonia", "Namen", "Namur", "Namur"),
    ("kortrijk", "flanders", "Kortrijk", "Courtrai", "Kortrijk"),
    ("hasselt", "flanders", "Hasselt", "Hasselt", "Hasselt"),
    ("genk", "flanders", "Genk", "Genk", "Genk"),
    ("ghent", "flanders", "Gent", "Gand", "Ghent"),
]

PROJECTS = [
    {
        "slug": "brussels-smes",
        "city": "brussels",
        "model": "partnership",
        "organisation": "SMES-B (lead), Straatverplegers / Infirmiers de rue, New Samusocial, "
        "Diogenes",
        "names": (
            "Brussels gemeenschapsproject sociale herankering",
            "Projet communautaire bruxellois d'ancrage social",
            "Brussels community reanchoring project",
        ),
        "setup": (
            "De vier Brusselse Housing First-projecten bundelden hun krachten in één "
            "gemeenschappelijk project onder leiding van SMES-B. Een apart team van drie coaches "
            "(samen twee voltijdse equivalenten) organiseert activiteiten die openstaan voor de "
            "huurders van alle vier de verenigingen. Het team werkt los van de woonbegeleiding, "
            "wat ruimte geeft voor groepswerk maar ook vraagt om goede afspraken met de "
            "begeleidingsteams.",
            "Les quatre projets Housing First bruxellois se sont associés pour porter un seul "
            "projet communautaire, coordonné par le SMES-B. Une équipe distincte de trois coachs, "
            "qui se partagent deux équivalents temps plein, propose des activités transversales "
            "ouvertes aux locataires des quatre associations. Cette autonomie laisse de la place "
            "au travail de groupe, mais demande des liens soignés avec les équipes "
            "d'accompagnement au logement.",
            "The four Brussels Housing First programmes joined forces in a single community "
            "project led by SMES-B. A separate team of three coaches, sharing two full-time "
            "posts, runs activities open to the tenants of all four organisations. Working apart "
            "from the housing support teams leaves room for group work, and calls for careful "
            "links with those teams.",
        ),
    },
    {
        "slug": "liege-relais-social",
        "city": "liege",
        "model": "complementarity",
        "organisation": "Relais social du Pays de Liège",
        "names": (
            "Housing First Luik – sociale herankering",
            "Housing First Liège – ancrage social",
            "Housing First Liège – social reanchoring",
        ),
        "setup": (
            "Het Housing First-project van Luik wordt gedragen door de Relais social. Voor het "
            "experiment kreeg het bestaande team er één coach bij, die samen met de "
            "woonbegeleiders werkt en dezelfde coördinatie deelt.",
            "Le projet Housing First de Liège est porté par le Relais social. Pour "
            "l'expérimentation, l'équipe existante a engagé un coach supplémentaire, qui travaille "
            "aux côtés des accompagnateurs logement et partage la même coordination.",
            "The Liège Housing First programme is carried by the Relais social. For the "
            "experiment the existing team took on one extra coach, who works alongside the "
            "housing support workers under the same coordination.",
        ),
    },
    {
        "slug": "charleroi-relais-social",
        "city": "charleroi",
        "model": "complementarity",
        "organisation": "Relais social de Charleroi",
        "names": (
            "Housing First Charleroi – sociale herankering",
            "Housing First Charleroi – ancrage social",
            "Housing First Charleroi – social reanchoring",
        ),
        "setup": (
            "In Charleroi draagt de Relais social het Housing First-project. Het team nam voor het "
            "experiment een extra coach aan, die deel uitmaakt van het begeleidingsteam.",
            "À Charleroi, le Relais social porte le projet Housing First. L'équipe a recruté un "
            "coach supplémentaire pour l'expérimentation ; il fait partie intégrante de l'équipe "
            "d'accompagnement.",
            "In Charleroi the Relais social carries the Housing First programme. The team hired "
            "an extra coach for the experiment, who is a full member of the support team.",
        ),
    },
    {
        "slug": "namur-relais-social",
        "city": "namur",
        "model": "complementarity",
        "organisation": "Relais social urbain namurois",
        "names": (
            "Housing First Namen – sociale herankering",
            "Housing First Namur – ancrage social",
            "Housing First Namur – social reanchoring",
        ),
        "setup": (
            "Het Namense Housing First-team, gedragen door de Relais social, kreeg een extra coach "
            "voor sociale herankering. Binnen die opzet zette de coach ook verschillende "
            "groepsateliers op.",
            "L'équipe Housing First de Namur, portée par le Relais social, s'est adjoint un coach "
            "en ancrage social. Dans ce cadre, le coach a aussi lancé plusieurs ateliers "
            "collectifs.",
            "The Namur Housing First team, carried by the Relais social, added one reanchoring "
            "coach. Within that set-up the coach also started several group workshops.",
        ),
    },
    {
        "slug": "kortrijk-w13",
        "city": "kortrijk",
        "model": "complementarity",
        "organisation": "W13 (regional partnership of OCMWs and CAW, south-west Flanders)",
        "names": (
            "Housing First Zuid-West-Vlaanderen (W13) – herverbinding",
            "Housing First Flandre occidentale du Sud (W13) – ancrage social",
            "Housing First south-west Flanders (W13) – reanchoring",
        ),
        "setup": (
            "Het Kortrijkse Housing First-project is ingebed in W13, de regionale samenwerking die "
            "in 2015 ontstond tussen veertien OCMW's en CAW's in Zuid-West-Vlaanderen. Eén coach "
            "werkt binnen dat brede samenwerkingsverband aan herverbinding.",
            "À Courtrai, le projet Housing First s'inscrit dans W13, la coopération régionale "
            "née en 2015 entre quatorze CPAS et CAW du sud-ouest de la Flandre. Un seul coach "
            "mène l'ancrage social au sein de ce large partenariat.",
            "In Kortrijk the Housing First programme is embedded in W13, the regional "
            "partnership formed in 2015 by fourteen public social welfare centres (OCMW) and "
            "general welfare centres (CAW) in south-west Flanders. One coach carries the "
            "reanchoring work within that broad partnership.",
        ),
    },
    {
        "slug": "hasselt-caw-limburg",
        "city": "hasselt",
        "model": "complementarity",
        "organisation": "CAW Limburg",
        "names": (
            "Housing First Hasselt (CAW Limburg) – herverbinding",
            "Housing First Hasselt (CAW Limburg) – ancrage social",
            "Housing First Hasselt (CAW Limburg) – reanchoring",
        ),
        "setup": (
            "CAW Limburg trekt het Housing First-project in Hasselt. De verbindingscoach "
            "ondersteunt het lokale team en werkt ook samen met de collega's in Genk.",
            "Le CAW Limburg porte le projet Housing First à Hasselt. Le coach en ancrage soutient "
            "l'équipe locale et collabore aussi avec les collègues de Genk.",
            "CAW Limburg carries the Housing First programme in Hasselt. The connection coach "
            "supports the local team and also works with the colleagues in Genk.",
        ),
    },
    {
        "slug": "genk-caw-limburg",
        "city": "genk",
        "model": "complementarity",
        "organisation": "CAW Limburg",
        "names": (
            "Housing First Genk (CAW Limburg) – herverbinding",
            "Housing First Genk (CAW Limburg) – ancrage social",
            "Housing First Genk (CAW Limburg) – reanchoring",
        ),
        "setup": (
            "Ook in Genk is CAW Limburg de trekker. De coach staat het plaatselijke Housing "
            "First-team bij en deelt ervaringen en activiteiten met het team in Hasselt.",
            "À Genk aussi, le CAW Limburg est le porteur. Le coach épaule l'équipe Housing First "
            "locale et partage expériences et activités avec l'équipe de Hasselt.",
            "In Genk too, CAW Limburg is the carrying organisation. The coach backs the local "
            "Housing First team and shares experience and activities with the Hasselt team.",
        ),
    },
    {
        "slug": "ghent-ocmw",
        "city": "ghent",
        "model": "complementarity",
        "organisation": "OCMW Gent",
        "names": (
            "Housing First Gent – sociale herankering",
            "Housing First Gand – ancrage social",
            "Housing First Ghent – social reanchoring",
        ),
        "setup": (
            "In Gent draagt het OCMW het Housing First-project. Het ene voltijdse equivalent "
            "voor herankering werd verdeeld over twee coaches, die elk ook deel uitmaken van het "
            "woonteam.",
            "À Gand, le CPAS porte le projet Housing First. L'unique équivalent temps plein "
            "consacré à l'ancrage a été réparti entre deux coachs, qui font aussi partie de "
            "l'équipe logement.",
            "In Ghent the public social welfare centre (OCMW) carries the Housing First "
            "programme. The single full-time post for reanchoring was split between two coaches, "
            "each of whom is also part of the housing team.",
        ),
    },
]
