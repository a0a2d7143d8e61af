"""The vocabulary of social reanchoring, each term named in Dutch, French and English.

Besides the concepts of the field, a few everyday words (guitar, writing
workshop, photography, ...) are listed so a search in one language can reach a
practice written in another.
"""

TERMS = [
    {
        "slug": "social-reanchoring",
        "names": ("sociale herankering", "ancrage social", "social reanchoring"),
        "synonyms": "herankering, sociale verbinding, herverbinding, réancrage, "
        "reconnexion sociale, social reconnection, reanchoring",
        "definitions": (
            "Het proces waarin een huurder die lang dakloos was, opnieuw banden legt met "
            "mensen, plaatsen en activiteiten, tot hij zich thuis voelt in zijn woning, zijn "
            "buurt en zijn stad. Het Housing First-experiment van 2020-2021 voegde daarvoor een "
            "aparte opdracht toe aan de woonbegeleiding.",
            "Processus par lequel un locataire longtemps sans abri renoue des liens avec des "
            "personnes, des lieux et des activités, jusqu'à se sentir chez lui dans son logement, "
            "son quartier et sa ville. L'expérimentation Housing First de 2020-2021 en a fait une "
            "mission à part entière, à côté de l'accompagnement au logement.",
            "The process by which a tenant who was homeless for a long time builds new ties with "
            "people, places and activities, until they feel at home in their flat, their "
            "neighbourhood and their city. The 2020-2021 Housing First experiment made it a "
            "mission of its own, next to housing support.",
        ),
    },
    {
        "slug": "fitting-out",
        "names": ("inrichting", "aménagement", "fitting out"),
        "synonyms": "installatie, s'installer, settling in, furnishing, inrichten",
        "definitions": (
            "Eerste fase van het wonen: de woning materieel en symbolisch inrichten. Het gaat om "
            "meubels en huisraad, maar ook om de relaties met buren en hulpverleners en om hoe "
            "iemand zich via zijn woning aan anderen toont.",
            "Première phase de l'habiter : aménager le logement sur le plan matériel et "
            "symbolique. Cela touche au mobilier, mais aussi aux relations avec le voisinage et "
            "les intervenants, et à la manière de se présenter aux autres à travers son chez-soi.",
            "First phase of settling in: fitting out the home, materially and symbolically. It "
            "covers furniture and household goods, but also the relations with neighbours and "
            "workers, and how one shows oneself to others through one's home.",
        ),
    },
    {
        "slug": "attachment",
        "names": ("gehechtheid", "attachement", "attachment"),
        "synonyms": "hechting, attachment to places, liens avec la rue",
        "definitions": (
            "Fase waarin de banden met plaatsen, mensen en middelen uit het vroegere leven op "
            "straat een plaats krijgen. Die banden kunnen steun bieden of de nieuwe woonsituatie "
            "onder druk zetten; hoe iemand ermee omgaat, verschilt van moment tot moment.",
            "Phase où les liens avec les lieux, les personnes et les produits de la vie d'avant "
            "trouvent leur place. Ces liens peuvent soutenir ou fragiliser le nouveau logement ; "
            "la manière de les vivre change selon les moments de la vie.",
            "Phase in which the ties to places, people and substances of one's former life on "
            "the street find their place. They can support or strain the new home, and the way "
            "a person handles them changes over time.",
        ),
    },
    {
        "slug": "appropriation",
        "names": ("toe-eigening", "appropriation", "appropriation"),
        "synonyms": "zich thuis voelen, se sentir chez soi, feeling at home, privacy",
        "definitions": (
            "Fase waarin wonen plezier wordt: tijd voor zichzelf in de eigen ruimte, privacy "
            "die gerespecteerd wordt, en contacten die iemand zelf kiest.",
            "Phase où habiter devient un plaisir : du temps pour soi dans son espace, une "
            "intimité respectée et des relations que l'on choisit.",
            "Phase in which living somewhere becomes a pleasure: time for oneself in one's own "
            "space, privacy that is respected, and contacts one chooses.",
        ),
    },
    {
        "slug": "anchoring",
        "names": ("verankering", "ancrage", "anchoring"),
        "synonyms": "inbedding, intégration territoriale, territorial integration",
        "definitions": (
            "Laatste fase: sociale en territoriale inbedding. De bewoner neemt deel aan het leven "
            "van de buurt en de stad en voelt zich er een erkend lid van.",
            "Dernière phase : l'intégration sociale et territoriale. L'habitant prend part à la "
            "vie du quartier et de la ville et s'y sent reconnu comme membre à part entière.",
            "Last phase: social and territorial integration. The resident takes part in the life "
            "of the neighbourhood and the city and feels a recognised member of it.",
        ),
    },
    {
        "slug": "settling-phases",
        "names": ("vier fasen van het wonen", "les quatre A de l'habiter", "four settling phases"),
        "synonyms": "Maurin, inrichting gehechtheid toe-eigening verankering, "
        "aménagement attachement appropriation ancrage",
        "definitions": (
            "Indeling van de sociologe Marine Maurin, in het Frans vier woorden met een A: "
            "inrichting, gehechtheid, toe-eigening en verankering. De fasen volgen elkaar niet "
            "strikt op; ze helpen om te zien waar een huurder staat en welke steun past.",
            "Grille de la sociologue Marine Maurin, quatre mots en A : aménagement, attachement, "
            "appropriation et ancrage. Ces phases ne se suivent pas de manière stricte ; elles "
            "aident à situer un locataire et à choisir le soutien adapté.",
            "A framework from the sociologist Marine Maurin, four French words beginning with A: "
            "fitting out, attachment, appropriation and anchoring. The phases do not follow each "
            "other strictly; they help to see where a tenant stands and what support fits.",
        ),
    },
    {
        "slug": "empowerment",
        "names": ("empowerment", "empowerment (pouvoir d'agir)", "empowerment"),
        "synonyms": "pouvoir d'agir, capacitation, versterking, zeggenschap, "
        "individueel organisatorisch politiek",
        "definitions": (
            "Proces waarin mensen meer greep krijgen op hun leven. Het heeft drie dimensies: "
            "individueel (zelfvertrouwen, kritisch bewustzijn), organisatorisch (kunnen handelen "
            "met anderen en invloed uitoefenen) en sociaal of politiek (collectief handelen om de "
            "samenleving te veranderen). Een teken dat het werkt: huurders gaan van wensen "
            "uitspreken naar de activiteit zelf organiseren.",
            "Processus par lequel des personnes gagnent en prise sur leur vie. Il a trois "
            "dimensions : individuelle (confiance en soi, conscience critique), "
            "organisationnelle (capacité d'agir avec d'autres et d'influencer) et sociale ou "
            "politique (action collective pour transformer la société). Signe qu'il opère : les "
            "locataires passent de l'expression de souhaits à l'organisation de l'activité.",
            "The process by which people gain a grip on their own lives. It has three "
            "dimensions: individual (self-confidence, critical awareness), organisational (being "
            "able to act with others and to influence) and social or political (collective "
            "action to change society). A sign that it works: tenants move from voicing wishes "
            "to organising the activity themselves.",
        ),
    },
    {
        "slug": "complementarity-model",
        "names": ("complementariteitsmodel", "modèle de complémentarité", "complementarity model"),
        "synonyms": "complementariteit, complémentarité, complementarity, coach in het woonteam",
        "definitions": (
            "Organisatiemodel waarin één of liefst twee coaches deel uitmaken van het Housing "
            "First-team, met gedeelde coördinatie. Herankering en woonbegeleiding hangen nauw "
            "samen; de coach werkt vaak individueel en aan huis en neemt taken op waarvoor het "
            "woonteam geen tijd heeft.",
            "Modèle d'organisation où un coach, idéalement deux, fait partie de l'équipe Housing "
            "First, avec une coordination commune. Ancrage et accompagnement au logement sont "
            "étroitement liés ; le coach travaille souvent en individuel, à domicile, et reprend "
            "des tâches que l'équipe logement n'a pas le temps d'assurer.",
            "Organisational model in which one, preferably two, coaches are part of the Housing "
            "First team, under shared coordination. Reanchoring and housing support are closely "
            "linked; the coach often works one to one, at home, and takes on tasks the housing "
            "team has no time for.",
        ),
    },
    {
        "slug": "partnership-model",
        "names": (
            "model van samenwerking en partnerschap",
            "modèle de collaboration et de partenariat",
            "collaboration and partnership model",
        ),
        "synonyms": "partnerschap, partenariat, partnership, apart team, équipe distincte",
        "definitions": (
            "Organisatiemodel met een apart team van coaches, gespecialiseerd in herankering en "
            "met een eigen coördinatie naast die van de woonteams. De grote autonomie laat toe "
            "een eigen werkveld uit te bouwen, met groepswerk en een sterke collectieve "
            "dimensie. Voorbeeld: het Brusselse project.",
            "Modèle d'organisation avec une équipe distincte de coachs spécialisés dans "
            "l'ancrage, dotée de sa propre coordination à côté de celle des équipes logement. "
            "Cette grande autonomie permet de construire un champ d'action propre, inspiré du "
            "travail de groupe, où la dimension collective est centrale. Exemple : le projet "
            "bruxellois.",
            "Organisational model with a separate team of coaches specialised in reanchoring, "
            "with its own coordination next to that of the housing teams. The wide autonomy lets "
            "them build their own field of practice, drawing on group work, with the collective "
            "dimension at its heart. Example: the Brussels project.",
        ),
    },
    {
        "slug": "reanchoring-coach",
        "names": ("verbindingscoach", "coach en ancrage social", "reanchoring coach"),
        "synonyms": "integratiecoach, herankeringscoach, coach sociale herankering, "
        "coach d'intégration, coach en ancrage, integration coach, connection coach",
        "definitions": (
            "De professional die in Housing First werkt aan sociale herankering. Het beroep is "
            "nieuw en heeft nog geen vaste naam: integratiecoach, verbindingscoach of coach "
            "sociale herankering. Het vraagt netwerkvaardigheden, gemeenschapswerk, "
            "projectwerking en de durf om de opdracht steeds opnieuw uit te vinden.",
            "Le professionnel qui, dans Housing First, travaille à l'ancrage social. Le métier "
            "est neuf et n'a pas encore de nom fixe : coach en ancrage, coach d'intégration ou "
            "coach de reconnexion. Il demande le sens du réseau, du travail communautaire, de la "
            "gestion de projet et l'audace de réinventer sans cesse sa mission.",
            "The professional who works on social reanchoring within Housing First. The "
            "profession is new and has no settled name yet: integration coach, connection coach "
            "or reanchoring coach. It calls for networking, community work, project skills and "
            "the nerve to keep reinventing the job.",
        ),
    },
    {
        "slug": "housing-coach",
        "names": ("wooncoach", "accompagnateur logement", "housing coach"),
        "synonyms": "woonbegeleider, HF-begeleider, référent logement, travailleur social HF, "
        "housing support worker, bruggenbouwer",
        "definitions": (
            "De klassieke begeleider in een Housing First-team, die de huurder helpt zijn woning "
            "te krijgen en te houden, met open en niet-verplichtende begeleiding. De "
            "aanbevelingen van het experiment zien hem als bruggenbouwer tussen de huurder en "
            "de samenleving.",
            "L'intervenant classique d'une équipe Housing First, qui aide le locataire à obtenir "
            "et à garder son logement, avec un accompagnement ouvert et non contraignant. Les "
            "recommandations de l'expérimentation le décrivent comme un bâtisseur de ponts "
            "entre le locataire et la société.",
            "The classic worker in a Housing First team, who helps the tenant obtain and keep "
            "their home, with open-ended, non-binding support. The experiment's recommendations "
            "describe them as a bridge builder between the tenant and society.",
        ),
    },
    {
        "slug": "housing-first",
        "names": ("Housing First", "Housing First (logement d'abord)", "Housing First"),
        "synonyms": "HF, logement d'abord, wonen eerst, Housing First Belgium",
        "definitions": (
            "Aanpak die mensen met een lange geschiedenis van dakloosheid meteen een eigen "
            "woning geeft, zonder eerst de trappen van opvang en doorgangswonen te doorlopen, en "
            "hen daarna zo lang als nodig begeleidt. De begeleiding is niet verplichtend.",
            "Approche qui donne d'emblée un logement à des personnes longtemps sans abri, sans "
            "passer d'abord par les marches de l'hébergement d'urgence et de transit, puis les "
            "accompagne aussi longtemps que nécessaire, sans obligation.",
            "An approach that gives people with a long history of homelessness a home straight "
            "away, without first climbing the steps of shelters and transitional housing, and "
            "then supports them for as long as needed. The support is not conditional.",
        ),
    },
    {
        "slug": "staircase-model",
        "names": ("trappenmodel", "modèle en escalier", "staircase model"),
        "synonyms": "traplopen, escalier, continuum of care, doorstroommodel",
        "definitions": (
            "De klassieke weg uit dakloosheid in opeenvolgende treden: nachtopvang, "
            "onthaalhuis, doorgangswoning en pas op het einde een eigen woning. Housing First "
            "keert die volgorde om.",
            "Le parcours classique de sortie de rue en marches successives : hébergement "
            "d'urgence, maison d'accueil, logement de transit, puis seulement un logement "
            "individuel. Housing First inverse cet ordre.",
            "The classic route out of homelessness in successive steps: night shelter, hostel, "
            "transitional housing and only at the end a home of one's own. Housing First "
            "reverses that order.",
        ),
    },
    {
        "slug": "intervision",
        "names": ("intervisie", "intervision", "intervision"),
        "synonyms": "intervisiesessie, analyse de pratiques, peer supervision, "
        "collegiale consultatie",
        "definitions": (
            "Bijeenkomst waarin coaches van verschillende projecten samen nadenken over hun "
            "praktijk, vaak aan de hand van een concrete situatie, zonder hiërarchie. Tijdens het "
            "experiment stelden coaches er hun werkwijzen aan elkaar voor. Wat er besproken "
            "wordt, blijft vertrouwelijk.",
            "Rencontre où des coachs de différents projets réfléchissent ensemble à leur "
            "pratique, souvent à partir d'une situation concrète, sans lien hiérarchique. "
            "Pendant l'expérimentation, les coachs y ont présenté leurs façons de faire. Les "
            "échanges restent confidentiels.",
            "A meeting where coaches from different projects reflect together on their "
            "practice, often starting from a concrete situation, without hierarchy. During the "
            "experiment coaches presented their ways of working to each other there. What is "
            "discussed stays confidential.",
        ),
    },
    {
        "slug": "exchange-day",
        "names": ("belevingsdag", "journée d'échange", "exchange day"),
        "synonyms": "uitwisselingsdag, inleefdag, werkbezoek, journée d'immersion, "
        "visite de terrain, peer visit, job shadowing",
        "definitions": (
            "Dag waarop een coach een ander project bezoekt om te zien hoe het daar werkt en het "
            "lokale netwerk te leren kennen. Coaches vroegen erom na de intervisies, om de "
            "netwerken van onder meer Brussel, Namen en Charleroi te ontdekken.",
            "Journée où un coach se rend dans un autre projet pour voir comment il fonctionne "
            "et découvrir son réseau local. Les coachs l'ont demandée après les intervisions, "
            "pour connaître les réseaux de Bruxelles, Namur, Charleroi et d'ailleurs.",
            "A day on which a coach visits another project to see how it works and to get to "
            "know its local network. Coaches asked for them after the intervision sessions, to "
            "discover the networks of Brussels, Namur, Charleroi and other cities.",
        ),
    },
    {
        "slug": "peer-training",
        "names": ("peer training", "formation par les pairs", "peer training"),
        "synonyms": "leren van elkaar, lesgeven door een huurder, apprentissage entre pairs, "
        "transmission entre pairs, peer learning, peer-led workshop",
        "definitions": (
            "Vorming waarin een huurder zijn kennis of vaardigheid doorgeeft aan andere huurders. "
            "De coach zorgt voor het kader; de kennis komt van de deelnemers zelf, wat hen "
            "erkenning geeft.",
            "Formation où un locataire transmet un savoir ou un savoir-faire à d'autres "
            "locataires. Le coach assure le cadre ; le savoir vient des participants eux-mêmes, "
            "ce qui les valorise.",
            "Training in which a tenant passes on a skill or knowledge to other tenants. The "
            "coach provides the frame; the knowledge comes from the participants themselves, "
            "which gives them recognition.",
        ),
    },
    {
        "slug": "tenant",
        "names": ("huurder", "locataire", "tenant"),
        "synonyms": "bewoner, deelnemer, habitant, participant, resident",
        "definitions": (
            "Zo noemt Housing First de mensen die het huisvest: huurders met een eigen "
            "huurcontract, geen cliënten van een opvangvoorziening.",
            "Le terme que Housing First emploie pour les personnes logées : des locataires "
            "titulaires de leur bail, et non des usagers d'un hébergement.",
            "The word Housing First uses for the people it houses: tenants holding their own "
            "lease, not users of a shelter.",
        ),
    },
    {
        "slug": "relais-social",
        "names": ("Relais social", "Relais social", "Relais social"),
        "synonyms": "relais sociaal, réseau social urbain, urban social network",
        "definitions": (
            "Netwerk in een aantal Waalse steden dat openbare en private diensten rond armoede "
            "en dakloosheid samenbrengt. In Luik, Charleroi en Namen draagt de Relais social het "
            "Housing First-project.",
            "Réseau présent dans plusieurs villes wallonnes, qui fédère services publics et "
            "associations actifs contre la pauvreté et le sans-abrisme. À Liège, Charleroi et "
            "Namur, il porte le projet Housing First.",
            "A network in several Walloon cities that brings together public and private "
            "services working on poverty and homelessness. In Liège, Charleroi and Namur it "
            "carries the Housing First programme.",
        ),
    },
    {
        "slug": "ocmw",
        "names": ("OCMW", "CPAS", "public social welfare centre"),
        "synonyms": "Openbaar Centrum voor Maatschappelijk Welzijn, Centre public d'action "
        "sociale, PCSW, sociaal huis",
        "definitions": (
            "Het openbaar centrum voor maatschappelijk welzijn van elke gemeente, dat onder meer "
            "het leefloon toekent. In Gent draagt het OCMW het Housing First-project.",
            "Le centre public d'action sociale de chaque commune, qui octroie notamment le revenu "
            "d'intégration. À Gand, c'est le CPAS qui porte le projet Housing First.",
            "Each municipality's public social welfare centre, which among other things grants "
            "the integration income. In Ghent it carries the Housing First programme.",
        ),
    },
    {
        "slug": "caw",
        "names": ("CAW", "CAW (centre d'aide sociale générale)", "CAW (general welfare centre)"),
        "synonyms": "Centrum Algemeen Welzijnswerk, algemeen welzijnswerk, aide sociale générale",
        "definitions": (
            "Centrum Algemeen Welzijnswerk: Vlaamse organisatie voor laagdrempelige hulp bij "
            "welzijnsvragen, ook rond wonen en dakloosheid. CAW Limburg draagt Housing First in "
            "Hasselt en Genk.",
            "Centre flamand d'aide sociale générale, accessible à tous pour des questions de "
            "bien-être, y compris le logement et le sans-abrisme. Le CAW Limburg porte Housing "
            "First à Hasselt et à Genk.",
            "A Flemish general welfare centre offering low-threshold help with social questions, "
            "housing and homelessness included. CAW Limburg carries Housing First in Hasselt "
            "and Genk.",
        ),
    },
    {
        "slug": "integration-income",
        "names": ("leefloon", "revenu d'intégration", "integration income"),
        "synonyms": "leefloon OCMW, RIS, revenu d'intégration sociale, minimum income, "
        "uitkering, allocation, benefits",
        "definitions": (
            "Het minimuminkomen dat het OCMW toekent aan wie geen andere bestaansmiddelen "
            "heeft. Wie er geen recht op heeft, heeft vaak nood aan een andere zinvolle "
            "dagbesteding en aan hulp bij het zoeken naar inkomsten.",
            "Le revenu minimum octroyé par le CPAS aux personnes sans autres ressources. Celles "
            "qui n'y ont pas droit ont souvent besoin d'une autre activité porteuse de sens et "
            "d'aide pour trouver des ressources.",
            "The minimum income granted by the public social welfare centre to people with no "
            "other means. Those not entitled to it often need another meaningful activity and "
            "help in finding some income.",
        ),
    },
    {
        "slug": "guitar",
        "names": ("gitaar", "guitare", "guitar"),
        "synonyms": "gitaarles, gitaarworkshop, cours de guitare, atelier guitare, "
        "guitar lessons, muziek, musique, music",
        "definitions": (
            "Snaarinstrument. In Namen geeft een huurder gitaarles aan andere huurders, een "
            "voorbeeld van peer training.",
            "Instrument à cordes. À Namur, un locataire enseigne la guitare à d'autres "
            "locataires : un exemple de formation par les pairs.",
            "String instrument. In Namur a tenant teaches guitar to other tenants, an example "
            "of peer training.",
        ),
    },
    {
        "slug": "writing-workshop",
        "names": ("schrijfatelier", "atelier d'écriture", "writing workshop"),
        "synonyms": "schrijfworkshop, schrijfgroep, creatief schrijven, écriture créative, "
        "creative writing",
        "definitions": (
            "Groep die regelmatig samenkomt om te schrijven en teksten te delen. Het Brusselse "
            "schrijfatelier draait intussen grotendeels op de deelnemers zelf.",
            "Groupe qui se réunit régulièrement pour écrire et partager des textes. L'atelier "
            "d'écriture bruxellois est aujourd'hui largement autogéré par ses participants.",
            "A group that meets regularly to write and share texts. The Brussels writing "
            "workshop is now largely run by its participants.",
        ),
    },
    {
        "slug": "photography",
        "names": ("fotografie", "photographie", "photography"),
        "synonyms": "foto, fototoestel, camera, fotoproject, photo, appareil photo, exposition, "
        "tentoonstelling, exhibition",
        "definitions": (
            "Foto's maken en tonen. In Gent en Kortrijk brengt fotografie huurders in hun buurt "
            "op pad en leidt een tentoonstelling tot ontmoetingen.",
            "Prendre et montrer des photos. À Gand et à Courtrai, la photographie amène les "
            "locataires à parcourir leur quartier, et une exposition crée des rencontres.",
            "Taking and showing pictures. In Ghent and Kortrijk photography takes tenants out "
            "into their neighbourhood, and an exhibition leads to encounters.",
        ),
    },
    {
        "slug": "volunteering",
        "names": ("vrijwilligerswerk", "bénévolat", "volunteering"),
        "synonyms": "vrijwilliger, volontariat, bénévole, volunteer work, volunteer",
        "definitions": (
            "Onbetaalde inzet bij een organisatie. Voor huurders zonder werk of uitkering kan "
            "het een eerste zinvolle dagbesteding zijn en een bron van contacten en erkenning.",
            "Engagement non rémunéré dans une organisation. Pour des locataires sans emploi ni "
            "allocation, ce peut être une première activité porteuse de sens, source de contacts "
            "et de reconnaissance.",
            "Unpaid work for an organisation. For tenants without a job or benefits it can be a "
            "first meaningful activity and a source of contacts and recognition.",
        ),
    },
    {
        "slug": "neighbourhood-centre",
        "names": ("buurtcentrum", "maison de quartier", "neighbourhood centre"),
        "synonyms": "wijkcentrum, buurthuis, dienstencentrum, centre communautaire, "
        "community centre",
        "definitions": (
            "Laagdrempelige ontmoetingsplek in de wijk, met een cafetaria, activiteiten en "
            "diensten. Een eerste bezoek samen met de coach verlaagt de drempel.",
            "Lieu de rencontre accessible dans le quartier, avec cafétéria, activités et "
            "services. Une première visite en compagnie du coach abaisse le seuil.",
            "A low-threshold meeting place in the neighbourhood, with a café, activities and "
            "services. A first visit together with the coach lowers the threshold.",
        ),
    },
    {
        "slug": "gazette",
        "names": ("gazet", "gazette", "gazette"),
        "synonyms": "krant, krantje, bewonerskrant, nieuwsbrief, journal, bulletin, "
        "newsletter, zine",
        "definitions": (
            "Een blad gemaakt door huurders en werkers samen, met artikels, gedichten en "
            "tekeningen. In Brussel begon het als manier om in contact te blijven tijdens de "
            "lockdown.",
            "Un journal réalisé ensemble par des locataires et des intervenants, avec articles, "
            "poèmes et illustrations. À Bruxelles, il est né pendant le confinement pour garder "
            "le contact.",
            "A paper made jointly by tenants and workers, with articles, poems and drawings. In "
            "Brussels it began as a way to stay in touch during lockdown.",
        ),
    },
    {
        "slug": "literacy",
        "names": ("alfabetisering", "alphabétisation", "literacy"),
        "synonyms": "lezen en schrijven, basiseducatie, lire et écrire, literacy course, "
        "reading and writing",
        "definitions": (
            "Leren lezen en schrijven als volwassene. Sommige huurders willen het opnieuw "
            "oppikken; dat vraagt soms dat de coach een vereniging ervan overtuigt dat zij er "
            "hun plaats hebben.",
            "Apprendre à lire et à écrire à l'âge adulte. Certains locataires veulent s'y "
            "remettre ; le coach doit parfois convaincre une association qu'ils y ont leur "
            "place.",
            "Learning to read and write as an adult. Some tenants want to take it up again, "
            "which sometimes means the coach has to convince an association that they belong "
            "there.",
        ),
    },
]
