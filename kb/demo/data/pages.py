"""Standard pages, section titles and the home page introduction of the demo site."""

HOME_INTRO = {
    "nl": "Ancora bundelt de praktijken van de verbindingscoaches van Housing First Belgium. "
    "Lees hoe collega's in acht steden huurders helpen opnieuw banden te leggen, beschrijf je "
    "eigen werkwijze en bereid intervisies en belevingsdagen voor.",
    "fr": "Ancora rassemble les pratiques des coachs en ancrage social de Housing First "
    "Belgium. Découvrez comment des collègues de huit villes aident les locataires à retisser "
    "des liens, décrivez votre propre pratique et préparez intervisions et journées d'échange.",
    "en": "Ancora gathers the practices of the social reanchoring coaches of Housing First "
    "Belgium. Read how colleagues in eight cities help tenants build new ties, write up your "
    "own way of working, and prepare intervision sessions and exchange days.",
}

PRACTICE_INDEX = {
    "nl": (
        "Praktijken",
        "Praktijkfiches uit Brussel, Wallonië en Vlaanderen. Filter op levensdomein, stad, "
        "organisatiemodel of fase van het wonen, of zoek op een woord in je eigen taal.",
    ),
    "fr": (
        "Pratiques",
        "Des fiches pratiques de Bruxelles, de Wallonie et de Flandre. Filtrez par domaine de "
        "vie, ville, modèle d'organisation ou phase de l'habiter, ou cherchez un mot dans votre "
        "langue.",
    ),
    "en": (
        "Practices",
        "Practice sheets from Brussels, Wallonia and Flanders. Filter by life domain, city, "
        "organisational model or settling phase, or search for a word in your own language.",
    ),
}

GLOSSARY_PAGE = {
    "nl": (
        "Woordenlijst",
        "De woorden van het vak, telkens in het Nederlands, Frans en Engels. Het beroep is "
        "jong en de namen verschillen van project tot project; hier vind je ze samen.",
    ),
    "fr": (
        "Glossaire",
        "Le vocabulaire du métier, à chaque fois en néerlandais, en français et en anglais. Le "
        "métier est jeune et les noms varient d'un projet à l'autre : ils sont réunis ici.",
    ),
    "en": (
        "Glossary",
        "The words of the job, each in Dutch, French and English. The profession is young and "
        "names differ from one project to the next; here they are side by side.",
    ),
}

ORGANISATIONAL_MODELS = {
    "key": "organisational-models",
    "versions": {
        "nl": {
            "title": "De twee organisatiemodellen",
            "intro": "Waar hoort de verbindingscoach thuis: in het woonteam of in een eigen "
            "team? De projecten van het experiment kozen verschillend, en de evaluatie "
            "onderscheidt twee modellen, elk met eigen sterktes.",
            "body": [
                ("heading", "Model van complementariteit"),
                (
                    "paragraph",
                    "<p>Eén coach, of liever twee, maakt deel uit van het Housing First-team. "
                    "Herankering en woonbegeleiding zijn <strong>van elkaar afhankelijk</strong> "
                    "en delen dezelfde coördinatie en overlegmomenten. De coach kan ook taken "
                    "van woonbegeleiding opnemen.</p>"
                    "<p>In de praktijk lijkt de begeleiding sterk op die van het woonteam: "
                    "individueel, vaak aan huis. De coach doet dikwijls wat de wooncoaches "
                    "graag zouden doen maar waar hun tijd niet voor reikt. Zo werkten onder meer "
                    "Luik, Charleroi, Namen, Kortrijk, Hasselt, Genk en Gent.</p>",
                ),
                ("heading", "Model van samenwerking en partnerschap"),
                (
                    "paragraph",
                    "<p>Een <strong>apart team</strong> van coaches, gespecialiseerd in "
                    "herankering, werkt naast de woonteams, met een eigen coördinatie die soms "
                    "andere accenten legt. Herankering en woonbegeleiding hebben elk een grote "
                    "autonomie.</p>"
                    "<p>Die ruimte laat de coaches toe een eigen werkveld uit te bouwen, met "
                    "methodes uit het groepswerk. De collectieve dimensie staat centraal. Het "
                    "Brusselse project, gedragen door vier verenigingen, werkte zo.</p>",
                ),
                ("heading", "Naast elkaar gelegd"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Band tussen herankering en woonbegeleiding</strong>: "
                    "onderling afhankelijk (complementariteit) of grotendeels autonoom "
                    "(partnerschap).</li>"
                    "<li><strong>Coördinatie</strong>: één team met gedeeld overleg, of aparte "
                    "teams met elk hun coördinatie.</li>"
                    "<li><strong>Bezetting</strong>: één à twee coaches die ook "
                    "woonbegeleiding kunnen doen, of een team van coaches dat zich alleen op "
                    "herankering toelegt.</li>"
                    "<li><strong>Gevolg voor de begeleiding</strong>: individueel en aan huis, "
                    "in het verlengde van het woonteam, of collectief en in groep, als eigen "
                    "vakgebied.</li>"
                    "</ul>",
                ),
                ("practices_by_model", None),
                ("heading", "Wat beide modellen leren"),
                (
                    "paragraph",
                    "<p>Geen van beide is op zich beter. Eén coach alleen botst snel op grenzen: "
                    "groepsactiviteiten organiseren en afstand nemen van het eigen werk lukt "
                    "beter met een duo of trio. Een apart team moet dan weer investeren in de "
                    "band met de woonteams, bijvoorbeeld om nieuwe huurders bij de activiteiten "
                    "te betrekken. Kies het model dat past bij de lokale partners, de omvang "
                    "van het project en wat huurders vragen.</p>",
                ),
            ],
        },
        "fr": {
            "title": "Les deux modèles d'organisation",
            "intro": "Où situer le coach en ancrage social : dans l'équipe logement ou dans "
            "une équipe à part ? Les projets de l'expérimentation ont fait des choix différents, "
            "et l'évaluation en dégage deux modèles, chacun avec ses atouts.",
            "body": [
                ("heading", "Le modèle de complémentarité"),
                (
                    "paragraph",
                    "<p>Un coach, idéalement deux, fait partie de l'équipe Housing First. "
                    "Ancrage et accompagnement au logement sont <strong>interdépendants</strong> "
                    "et partagent la même coordination et les mêmes réunions. Le coach peut "
                    "aussi assurer des tâches d'accompagnement au logement.</p>"
                    "<p>Dans les faits, son intervention ressemble à celle de l'équipe "
                    "logement : individuelle, souvent à domicile. Il prend fréquemment en "
                    "charge ce que les accompagnateurs voudraient faire sans en avoir le temps. "
                    "Liège, Charleroi, Namur, Courtrai, Hasselt, Genk et Gand ont travaillé "
                    "ainsi.</p>",
                ),
                ("heading", "Le modèle de collaboration et de partenariat"),
                (
                    "paragraph",
                    "<p>Une <strong>équipe distincte</strong> de coachs spécialisés dans "
                    "l'ancrage travaille à côté des équipes logement, avec sa propre "
                    "coordination, dont les priorités peuvent parfois diverger. Chacune des "
                    "deux missions dispose d'une large autonomie.</p>"
                    "<p>Cet espace permet aux coachs de construire un champ professionnel "
                    "propre, nourri des méthodes du travail de groupe. La dimension collective "
                    "y est centrale. C'est le cas du projet bruxellois, porté par quatre "
                    "associations.</p>",
                ),
                ("heading", "En regard"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Lien entre ancrage et accompagnement au logement</strong> : "
                    "interdépendance (complémentarité) ou large autonomie (partenariat).</li>"
                    "<li><strong>Coordination</strong> : une seule équipe et des instances "
                    "communes, ou des équipes séparées, chacune avec sa coordination.</li>"
                    "<li><strong>Organisation</strong> : un ou deux coachs qui peuvent aussi "
                    "faire de l'accompagnement au logement, ou une équipe de coachs consacrée à "
                    "l'ancrage.</li>"
                    "<li><strong>Effet sur l'accompagnement</strong> : individuel et à "
                    "domicile, dans le prolongement de l'équipe logement, ou collectif, comme "
                    "un domaine professionnel à part entière.</li>"
                    "</ul>",
                ),
                ("practices_by_model", None),
                ("heading", "Ce que les deux modèles enseignent"),
                (
                    "paragraph",
                    "<p>Aucun n'est meilleur en soi. Un coach seul atteint vite ses limites : "
                    "organiser des activités de groupe et prendre du recul sur sa pratique est "
                    "plus facile en binôme ou en trio. Une équipe séparée doit, elle, soigner "
                    "son lien avec les équipes logement, par exemple pour faire venir de "
                    "nouveaux locataires aux activités. Le bon modèle dépend des partenaires "
                    "locaux, de la taille du projet et des demandes des locataires.</p>",
                ),
            ],
        },
        "en": {
            "title": "The two organisational models",
            "intro": "Where does the reanchoring coach belong: inside the housing team or in a "
            "team of their own? The projects of the experiment chose differently, and the "
            "evaluation describes two models, each with its strengths.",
            "body": [
                ("heading", "The complementarity model"),
                (
                    "paragraph",
                    "<p>One coach, preferably two, is part of the Housing First team. "
                    "Reanchoring and housing support are <strong>interdependent</strong> and "
                    "share the same coordination and meetings. The coach may also take on "
                    "housing-support tasks.</p>"
                    "<p>In practice the support mirrors that of the housing team: one to one, "
                    "often at home. The coach frequently does what the housing workers would "
                    "like to do but have no time for. Liège, Charleroi, Namur, Kortrijk, "
                    "Hasselt, Genk and Ghent worked this way.</p>",
                ),
                ("heading", "The collaboration and partnership model"),
                (
                    "paragraph",
                    "<p>A <strong>separate team</strong> of coaches specialised in reanchoring "
                    "works next to the housing teams, under its own coordination, whose "
                    "priorities sometimes differ. Each of the two missions keeps wide "
                    "autonomy.</p>"
                    "<p>That room lets the coaches build a professional field of their own, "
                    "drawing on group-work methods, with the collective dimension at its "
                    "heart. The Brussels project, carried by four organisations, worked this "
                    "way.</p>",
                ),
                ("heading", "Side by side"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Link between reanchoring and housing support</strong>: "
                    "interdependent (complementarity) or largely autonomous "
                    "(partnership).</li>"
                    "<li><strong>Coordination</strong>: one team with shared meetings, or "
                    "separate teams each with their own coordination.</li>"
                    "<li><strong>Staffing</strong>: one or two coaches who may also do housing "
                    "support, or a team of coaches dedicated to reanchoring.</li>"
                    "<li><strong>Effect on the support</strong>: individual and at home, "
                    "extending the housing team's work, or collective, as a field of practice "
                    "in its own right.</li>"
                    "</ul>",
                ),
                ("practices_by_model", None),
                ("heading", "What both models teach"),
                (
                    "paragraph",
                    "<p>Neither is better in itself. A coach working alone soon hits limits: "
                    "running group activities and stepping back from one's own practice are "
                    "easier as a pair or a trio. A separate team, for its part, has to look "
                    "after its link with the housing teams, for instance to bring new tenants "
                    "to the activities. The right model depends on the local partners, the "
                    "size of the project and what tenants ask for.</p>",
                ),
            ],
        },
    },
}

ABOUT = {
    "key": "about",
    "versions": {
        "nl": {
            "title": "Over Ancora en het experiment",
            "intro": "Ancora bouwt voort op het experiment sociale herankering dat Housing First "
            "Belgium in 2020 en 2021 in acht steden liep.",
            "body": [
                ("heading", "Waarom dit experiment"),
                (
                    "paragraph",
                    "<p>Housing First geeft mensen die lang op straat leefden meteen een eigen "
                    "woning en begeleidt hen zonder voorwaarden. De eerste Belgische proef "
                    "(2013-2016) leverde resultaten op die zich met de beste in Europa meten: "
                    "huurders houden hun woning, krijgen hun rechten terug en hun gezondheid "
                    "verbetert. Toch bleek een woning alleen niet genoeg. Een netwerk opbouwen, "
                    "familie terugzien, deelnemen aan cultuur, een opleiding of werk hervatten: "
                    "daar liepen de begeleidingsteams vast.</p>",
                ),
                ("heading", "Wie, waar en wanneer"),
                (
                    "paragraph",
                    "<p>Het Housing First Belgium LAB lanceerde daarom een projectoproep. "
                    "Zestien maanden lang, in 2020 en 2021, kregen Housing First-teams extra "
                    "mensen voor sociale herankering: in Brussel (SMES-B, Straatverplegers, New "
                    "Samusocial en Diogenes samen), in Luik, Charleroi en Namen (de Relais "
                    "social), in Kortrijk (W13), in Hasselt en Genk (CAW Limburg) en in Gent "
                    "(OCMW Gent).</p>"
                    "<p>Het experiment werd gesteund door de federale minister voor "
                    "Armoedebestrijding, de Nationale Loterij en de POD Maatschappelijke "
                    "Integratie. Drie universitaire onderzoeksgroepen evalueerden het: CIRTES "
                    "(UCLouvain), LUCAS (KU Leuven) en METICES (ULB).</p>",
                ),
                ("heading", "Wat de evaluatie vraagt"),
                (
                    "paragraph",
                    "<p>Cijfers zeggen weinig over wat herankering teweegbrengt; getuigenissen "
                    "en verhalen tonen het beter. De evaluatie vraagt om de praktijk te "
                    "beschrijven, samen te reflecteren, een gedeeld kader te bouwen en de "
                    "opgedane ervaring vast te leggen, zodat het jonge beroep kan groeien en "
                    "andere Housing First-programma's ervan kunnen leren.</p>",
                ),
                ("heading", "Wat Ancora doet"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Praktijkfiches in een gemeenschappelijke vorm, in het Nederlands, "
                    "Frans en Engels.</li>"
                    "<li>Een verslag van intervisies en belevingsdagen, alleen zichtbaar voor "
                    "de betrokken professionals.</li>"
                    "<li>Een woordenlijst die de namen van het vak in drie talen naast elkaar "
                    "zet, en een leertraject voor wie nieuw begint.</li>"
                    "</ul>"
                    "<p>Fiches beschrijven praktijken, nooit personen: er staan geen namen of "
                    "herkenbare details van huurders in.</p>",
                ),
            ],
        },
        "fr": {
            "title": "À propos d'Ancora et de l'expérimentation",
            "intro": "Ancora prolonge l'expérimentation d'ancrage social menée par Housing "
            "First Belgium dans huit villes en 2020 et 2021.",
            "body": [
                ("heading", "Pourquoi cette expérimentation"),
                (
                    "paragraph",
                    "<p>Housing First offre d'emblée un logement à des personnes longtemps sans "
                    "abri et les accompagne sans conditions. Le premier essai belge (2013-2016) "
                    "a obtenu des résultats parmi les meilleurs d'Europe : les locataires "
                    "gardent leur logement, retrouvent leurs droits et voient leur santé "
                    "s'améliorer. Mais un logement ne suffit pas. Se constituer un réseau, "
                    "renouer avec la famille, participer à la vie culturelle, reprendre une "
                    "formation ou un travail : c'est là que les équipes butaient.</p>",
                ),
                ("heading", "Qui, où, quand"),
                (
                    "paragraph",
                    "<p>Le Housing First Belgium LAB a donc lancé un appel à projets. Pendant "
                    "seize mois, en 2020 et 2021, des équipes Housing First ont reçu des "
                    "renforts dédiés à l'ancrage social : à Bruxelles (SMES-B, Infirmiers de "
                    "rue, New Samusocial et Diogènes ensemble), à Liège, Charleroi et Namur (les "
                    "Relais sociaux), à Courtrai (W13), à Hasselt et Genk (CAW Limburg) et à Gand "
                    "(CPAS de Gand).</p>"
                    "<p>L'expérimentation a été soutenue par le ministre fédéral de la Lutte "
                    "contre la pauvreté, la Loterie Nationale et le SPP Intégration sociale. "
                    "Trois centres universitaires l'ont évaluée : le CIRTES (UCLouvain), LUCAS "
                    "(KU Leuven) et METICES (ULB).</p>",
                ),
                ("heading", "Ce que demande l'évaluation"),
                (
                    "paragraph",
                    "<p>Les chiffres disent peu de chose de ce que produit l'ancrage ; les "
                    "témoignages et les récits le montrent mieux. L'évaluation invite à décrire "
                    "les pratiques, à y réfléchir ensemble, à bâtir un cadre commun et à "
                    "capitaliser l'expérience, pour que ce jeune métier se professionnalise et "
                    "que d'autres programmes Housing First puissent s'en inspirer.</p>",
                ),
                ("heading", "Ce que fait Ancora"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Des fiches pratiques sous une forme commune, en néerlandais, en "
                    "français et en anglais.</li>"
                    "<li>Un suivi des intervisions et des journées d'échange, visible "
                    "seulement des professionnels concernés.</li>"
                    "<li>Un glossaire qui réunit les noms du métier dans les trois langues, et "
                    "un parcours d'accueil pour les nouveaux venus.</li>"
                    "</ul>"
                    "<p>Les fiches décrivent des pratiques, jamais des personnes : aucun nom ni "
                    "détail permettant de reconnaître un locataire.</p>",
                ),
            ],
        },
        "en": {
            "title": "About Ancora and the experiment",
            "intro": "Ancora builds on the social reanchoring experiment that Housing First "
            "Belgium ran in eight cities in 2020 and 2021.",
            "body": [
                ("heading", "Why the experiment"),
                (
                    "paragraph",
                    "<p>Housing First gives people who lived on the street for years a home "
                    "straight away and supports them without conditions. The first Belgian "
                    "trial (2013-2016) produced results on a par with the best in Europe: "
                    "tenants keep their homes, regain their rights and their health improves. "
                    "Yet a home alone proved not to be enough. Building a network, seeing family "
                    "again, joining cultural life, returning to training or work: this is where "
                    "the support teams got stuck.</p>",
                ),
                ("heading", "Who, where and when"),
                (
                    "paragraph",
                    "<p>The Housing First Belgium LAB therefore launched a call for projects. "
                    "For sixteen months, in 2020 and 2021, Housing First teams received extra "
                    "staff for social reanchoring: in Brussels (SMES-B, Street Nurses / "
                    "Infirmiers de rue, New Samusocial and Diogenes together), in Liège, "
                    "Charleroi and Namur (the Relais social of each city), in Kortrijk (W13), in "
                    "Hasselt and Genk (CAW Limburg) and in Ghent (OCMW Gent).</p>"
                    "<p>The experiment was funded by the federal minister for poverty "
                    "reduction, the National Lottery and the federal public planning service "
                    "for social integration. Three university research centres evaluated it: "
                    "CIRTES (UCLouvain), LUCAS (KU Leuven) and METICES (ULB).</p>",
                ),
                ("heading", "What the evaluation asks for"),
                (
                    "paragraph",
                    "<p>Figures say little about what reanchoring achieves; testimonies and "
                    "accounts show it better. The evaluation calls for describing practice, "
                    "reflecting on it together, building a shared framework and capitalising "
                    "the experience, so that this young profession can mature and other "
                    "Housing First programmes can learn from it.</p>",
                ),
                ("heading", "What Ancora does"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Practice sheets in one common form, in Dutch, French and English.</li>"
                    "<li>A record of intervision sessions and exchange days, visible only to "
                    "the professionals involved.</li>"
                    "<li>A glossary that sets the names of the job side by side in three "
                    "languages, and an onboarding path for newcomers.</li>"
                    "</ul>"
                    "<p>Sheets describe practices, never people: no names or details that "
                    "could identify a tenant.</p>",
                ),
            ],
        },
    },
}

STANDARD_PAGES = [ORGANISATIONAL_MODELS, ABOUT]
