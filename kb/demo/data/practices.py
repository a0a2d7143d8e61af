"""Demo practice sheets, written from the practices of the 2020-2021 experiment.

Each sheet describes a practice, never a person: testimonies carry a role and a
city only. ``original`` is the language a sheet was first written in; the other
versions are translations of the same facts.
"""

GHENT_BRIGHT_SPOTS = {
    "key": "ghent-bright-spots-photos",
    "project": "ghent-ocmw",
    "model": None,
    "domains": ["socio-cultural-participation", "city-neighbourhood", "social-relations"],
    "levels": ["individual", "collective", "territorial"],
    "targets": ["residents", "partners"],
    "approaches": ["outside-world", "partnerships", "collective-empowerment"],
    "empowerment": ["individual"],
    "phases": ["appropriation", "anchoring"],
    "tags": ["photography", "exhibition", "pandemic", "neighbourhood"],
    "status": "ended",
    "maturity": "described",
    "started": "2021-01-15",
    "ended": "2021-06-30",
    "adapted_from": None,
    "related": ["kortrijk-photo-walk", "limburg-calendar"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Lichtpuntjes in de buurt: huurders fotograferen hun wijk",
            "summary": "Tijdens de coronacrisis sloten Gentse Housing First-huurders aan bij een "
            "fotoproject dat al in hun buurt liep. Elke deelnemer kreeg een fototoestel om op "
            "zoek te gaan naar lichtpuntjes in de wijk. De beelden werden nadien tentoongesteld.",
            "goal": "Huurders een reden geven om de wijk in te trekken, hun blik op de buurt te "
            "tonen en contact te leggen met buurtbewoners, op een moment dat bijna alles dicht "
            "was.",
            "target_group": "Huurders van het Gentse Housing First-project die graag buiten "
            "komen maar tijdens de lockdown weinig aanspraak hadden. Geen ervaring met "
            "fotografie nodig.",
            "preconditions": "Een buurtpartner die al een fotoproject trekt en openstaat voor "
            "nieuwe deelnemers; eenvoudige fototoestellen; een plek voor de tentoonstelling.",
            "transferability": "Goed over te nemen in elke stad met een actieve buurtwerking. "
            "Het sterke punt is dat huurders aansluiten bij iets wat al bestaat, in plaats van "
            "een apart project voor Housing First op te zetten.",
            "contact": "OCMW Gent, verbindingscoaches Housing First",
            "body": [
                (
                    "context",
                    "<p>In de winter van 2021 lagen de meeste activiteiten stil. Een "
                    "buurtorganisatie liep al een project waarin bewoners vastlegden wat hen in "
                    "die donkere maanden moed gaf. De verbindingscoaches vroegen of Housing "
                    "First-huurders mochten meedoen, en dat mocht.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Een reden om naar buiten te gaan, alleen of samen.</li>"
                    "<li>De eigen kijk op de wijk laten zien en waarderen.</li>"
                    "<li>Huurders in contact brengen met andere buurtbewoners.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Aansluiten bij de partner",
                            "description": "De coach legt het project voor aan de "
                            "buurtorganisatie en spreekt af hoe huurders kunnen instappen.",
                        },
                        {
                            "title": "Huurders uitnodigen",
                            "description": "Tijdens huisbezoeken stellen de coaches het idee "
                            "voor aan huurders van wie ze weten dat ze graag rondlopen.",
                        },
                        {
                            "title": "Toestel en opdracht",
                            "description": "Elke deelnemer krijgt een fototoestel en een "
                            "eenvoudige opdracht: zoek wat voor jou een lichtpuntje is.",
                        },
                        {
                            "title": "Samen kiezen",
                            "description": "Coach en huurder bekijken de foto's en kiezen "
                            "welke beelden naar de tentoonstelling gaan.",
                        },
                        {
                            "title": "Tentoonstelling",
                            "description": "De foto's hangen naast die van andere "
                            "buurtbewoners; huurders worden uitgenodigd op de opening.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De opdracht is open en vraagt geen talent: iedereen kan iets moois "
                    "zien. Omdat het project niet van Housing First is, staan huurders er als "
                    "buurtbewoners tussen anderen, niet als cliënten. Het fototoestel blijft "
                    "bij de huurder, wat vertrouwen uitstraalt.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Buurtorganisatie in de wijk",
                            "role": "Trekt het fotoproject en de tentoonstelling.",
                        }
                    ],
                ),
                (
                    "resources",
                    {
                        "description": "Enkele uren coachtijd per deelnemer, vervoer naar de "
                        "opening, eenvoudige digitale fototoestellen.",
                        "cost": "Bescheiden: vooral de toestellen en het afdrukken.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Sommige huurders twijfelden of hun foto's goed genoeg "
                            "waren.",
                            "response": "De coach benadrukte dat het om hun blik gaat, niet om "
                            "techniek, en keek samen naar de beelden.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Deelnemers gingen vaker naar buiten en vertelden over "
                        "plekken in de wijk die ze anders voorbij waren gelopen. Op de opening "
                        "spraken buurtbewoners hen aan over hun foto's.</p>",
                        "indicators": ["recognised-citizen", "own-place", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ik heb nu foto's van mijn straat aan de muur hangen. Mensen "
                        "vroegen me waar dat precies was.",
                        "role": "huurder",
                        "city": "Gent",
                    },
                ),
                (
                    "tips",
                    "<p>Zoek in je stad naar lopende buurtprojecten voor je zelf iets begint. "
                    "Spreek vooraf af wie het toestel houdt na afloop, en plan de opening op "
                    "een moment en plek waar huurders zich welkom voelen.</p>",
                ),
            ],
        },
        "fr": {
            "title": "Points lumineux : des locataires photographient leur quartier",
            "summary": "Pendant la crise sanitaire, des locataires Housing First de Gand ont "
            "rejoint un projet photo déjà en cours dans leur quartier. Chacun a reçu un "
            "appareil pour y chercher des « points lumineux ». Les images ont ensuite été "
            "exposées.",
            "goal": "Donner aux locataires une raison de sortir dans le quartier, de montrer "
            "leur regard et de rencontrer des habitants, à un moment où presque tout était "
            "fermé.",
            "target_group": "Locataires du projet Housing First gantois qui aiment sortir mais "
            "avaient peu de contacts pendant le confinement. Aucune expérience de la photo "
            "requise.",
            "preconditions": "Un partenaire de quartier qui porte déjà un projet photo et "
            "accueille de nouveaux participants ; des appareils simples ; un lieu d'exposition.",
            "transferability": "Facile à reprendre dans toute ville dotée d'un travail de "
            "quartier actif. La force du projet : les locataires rejoignent une initiative "
            "existante au lieu d'un projet réservé à Housing First.",
            "contact": "CPAS de Gand, coachs en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Au cœur de l'hiver 2021, la plupart des activités étaient à l'arrêt. "
                    "Une association de quartier menait déjà un projet où les habitants "
                    "photographiaient ce qui leur redonnait courage. Les coachs ont demandé si "
                    "des locataires Housing First pouvaient s'y joindre, et l'association a "
                    "accepté.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Offrir une raison de sortir, seul ou à plusieurs.</li>"
                    "<li>Montrer et valoriser son propre regard sur le quartier.</li>"
                    "<li>Mettre les locataires en contact avec d'autres habitants.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Rejoindre le partenaire",
                            "description": "Le coach présente l'idée à l'association et "
                            "convient avec elle de la manière d'accueillir les locataires.",
                        },
                        {
                            "title": "Inviter les locataires",
                            "description": "Lors des visites à domicile, les coachs "
                            "proposent le projet à des locataires qui aiment se promener.",
                        },
                        {
                            "title": "Un appareil et une consigne",
                            "description": "Chaque participant reçoit un appareil photo et "
                            "une consigne simple : cherchez ce qui, pour vous, éclaire le "
                            "quotidien.",
                        },
                        {
                            "title": "Choisir ensemble",
                            "description": "Coach et locataire regardent les photos et "
                            "choisissent celles qui seront exposées.",
                        },
                        {
                            "title": "Exposition",
                            "description": "Les photos sont accrochées à côté de celles des "
                            "autres habitants ; les locataires sont invités au vernissage.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>La consigne est ouverte et ne demande aucun talent : chacun peut "
                    "repérer quelque chose de beau. Comme le projet n'appartient pas à Housing "
                    "First, les locataires y participent comme habitants parmi d'autres, et non "
                    "comme usagers. L'appareil reste chez eux, ce qui témoigne de la "
                    "confiance.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Association de quartier",
                            "role": "Porte le projet photo et l'exposition.",
                        }
                    ],
                ),
                (
                    "resources",
                    {
                        "description": "Quelques heures de coach par participant, un trajet "
                        "jusqu'au vernissage, des appareils numériques simples.",
                        "cost": "Modeste : surtout les appareils et les tirages.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Certains locataires doutaient que leurs photos "
                            "soient assez bonnes.",
                            "response": "Le coach a rappelé que c'est leur regard qui "
                            "compte, pas la technique, et a regardé les images avec eux.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Les participants sont sortis plus souvent et ont parlé "
                        "d'endroits du quartier devant lesquels ils passaient sans les voir. "
                        "Au vernissage, des habitants sont venus leur parler de leurs "
                        "photos.</p>",
                        "indicators": ["recognised-citizen", "own-place", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "J'ai maintenant des photos de ma rue au mur. Des gens m'ont "
                        "demandé où c'était exactement.",
                        "role": "locataire",
                        "city": "Gand",
                    },
                ),
                (
                    "tips",
                    "<p>Cherchez d'abord les projets de quartier qui existent déjà dans votre "
                    "ville. Convenez à l'avance de qui garde l'appareil ensuite, et choisissez "
                    "pour le vernissage un moment et un lieu où les locataires se sentent "
                    "bienvenus.</p>",
                ),
            ],
        },
        "en": {
            "title": "Bright spots: tenants photograph their neighbourhood",
            "summary": "During the pandemic, Housing First tenants in Ghent joined a photo "
            "project already running in their neighbourhood. Each received a camera to look "
            "for bright spots around them. The pictures were exhibited afterwards.",
            "goal": "Give tenants a reason to go out into the neighbourhood, show how they see "
            "it and meet other residents, at a time when nearly everything was closed.",
            "target_group": "Tenants of the Ghent Housing First programme who like being out "
            "and about but had few contacts during lockdown. No photography experience needed.",
            "preconditions": "A neighbourhood partner already running a photo project and "
            "willing to welcome newcomers; simple cameras; a place to exhibit.",
            "transferability": "Easy to take up in any city with active neighbourhood work. "
            "Its strength is that tenants join something that already exists rather than a "
            "project set up for Housing First alone.",
            "contact": "OCMW Gent, Housing First reanchoring coaches",
            "body": [
                (
                    "context",
                    "<p>In the winter of 2021 most activities had stopped. A neighbourhood "
                    "organisation was already running a project in which residents "
                    "photographed what kept their spirits up. The coaches asked whether Housing "
                    "First tenants could take part, and the organisation agreed.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>A reason to go outside, alone or with others.</li>"
                    "<li>Show and value one's own view of the neighbourhood.</li>"
                    "<li>Bring tenants into contact with other residents.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Join the partner",
                            "description": "The coach presents the idea to the neighbourhood "
                            "organisation and agrees how tenants can join in.",
                        },
                        {
                            "title": "Invite tenants",
                            "description": "During home visits the coaches suggest the "
                            "project to tenants they know enjoy walking around.",
                        },
                        {
                            "title": "A camera and a brief",
                            "description": "Each participant receives a camera and a simple "
                            "brief: find what brightens your days.",
                        },
                        {
                            "title": "Choose together",
                            "description": "Coach and tenant look through the pictures and "
                            "pick the ones for the exhibition.",
                        },
                        {
                            "title": "Exhibition",
                            "description": "The photos hang next to those of other residents; "
                            "tenants are invited to the opening.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The brief is open and needs no talent: anyone can spot something "
                    "beautiful. Because the project does not belong to Housing First, tenants "
                    "take part as residents among others rather than as clients. The camera "
                    "stays with the tenant, which shows trust.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Neighbourhood organisation",
                            "role": "Runs the photo project and the exhibition.",
                        }
                    ],
                ),
                (
                    "resources",
                    {
                        "description": "A few hours of coach time per participant, transport "
                        "to the opening, simple digital cameras.",
                        "cost": "Modest: mainly the cameras and the prints.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Some tenants doubted their photos were good enough.",
                            "response": "The coach stressed that their way of seeing mattered, "
                            "not technique, and looked at the pictures with them.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Participants went out more often and talked about "
                        "places in the neighbourhood they used to walk past. At the opening, "
                        "residents came up to talk to them about their photos.</p>",
                        "indicators": ["recognised-citizen", "own-place", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Now I have pictures of my own street on the wall. People "
                        "asked me where exactly that was.",
                        "role": "tenant",
                        "city": "Ghent",
                    },
                ),
                (
                    "tips",
                    "<p>Look for neighbourhood projects already running in your city before "
                    "starting your own. Agree beforehand who keeps the camera afterwards, and "
                    "hold the opening at a time and place where tenants feel welcome.</p>",
                ),
            ],
        },
    },
}

BRUSSELS_WRITING_WORKSHOP = {
    "key": "brussels-writing-workshop",
    "project": "brussels-smes",
    "model": None,
    "domains": ["socio-cultural-participation", "social-relations"],
    "levels": ["collective"],
    "targets": ["residents"],
    "approaches": ["collective-empowerment", "outside-world"],
    "empowerment": ["individual", "organisational"],
    "phases": ["appropriation", "anchoring"],
    "tags": ["writing", "self-management", "mixed-group"],
    "status": "self-managed",
    "maturity": "repeated",
    "started": "2020-01-15",
    "ended": None,
    "adapted_from": None,
    "related": ["brussels-gazette", "namur-guitar-workshop"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Schrijfatelier van de Brusselse huurders",
            "summary": "Een schrijfatelier dat een halfjaar voor het experiment begon, werd in "
            "het Brusselse herankeringsproject opgenomen. De deelnemers beheren het intussen "
            "bijna helemaal zelf, en soms schuiven ook mensen van buiten Housing First aan.",
            "goal": "Een vaste plek waar huurders schrijven, voorlezen en naar elkaar luisteren, "
            "en die op termijn zonder de coaches verder kan.",
            "target_group": "Huurders van de vier Brusselse Housing First-verenigingen die zin "
            "hebben om te schrijven of te luisteren; geen schrijfervaring vereist. Steeds vaker "
            "ook buurtbewoners en andere belangstellenden.",
            "preconditions": "Een rustige, vaste ruimte op een vast moment; een coach die de "
            "eerste maanden begeleidt en daarna durft los te laten.",
            "transferability": "Het format is eenvoudig over te nemen. Het vraagt vooral geduld: "
            "zelfbeheer groeit na maanden van regelmaat, niet na enkele sessies.",
            "contact": "SMES-B, team sociale herankering Brussel",
            "body": [
                (
                    "context",
                    "<p>Een coach startte het atelier zes maanden voor het experiment. Toen het "
                    "Brusselse gemeenschapsproject van start ging, werd het een van de vaste "
                    "activiteiten, open voor de huurders van alle vier de verenigingen.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Huurders een stem geven in eigen woorden.</li>"
                    "<li>Een groep vormen die elkaar terugziet.</li>"
                    "<li>Het atelier stap voor stap aan de deelnemers overdragen.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Vast ritme",
                            "description": "Elke week op hetzelfde uur in dezelfde ruimte, met "
                            "koffie en een korte schrijfopdracht om te beginnen.",
                        },
                        {
                            "title": "Schrijven en voorlezen",
                            "description": "Iedereen schrijft; wie wil, leest voor. Er is geen "
                            "verplichting en geen oordeel over spelling.",
                        },
                        {
                            "title": "Rollen doorgeven",
                            "description": "Deelnemers kiezen om beurten de opdracht en leiden "
                            "de sessie; de coach schuift naar de achtergrond.",
                        },
                        {
                            "title": "Openstellen",
                            "description": "Met instemming van de groep komen ook mensen van "
                            "buiten Housing First meeschrijven.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De regelmaat geeft houvast. Voorlezen en applaus krijgen is een vorm "
                    "van erkenning die velen lang niet kenden. Doordat deelnemers zelf de "
                    "opdrachten bedenken, voelen ze het atelier als het hunne. De gemengde "
                    "groep doorbreekt het etiket van ‘ex-dakloze’: aan tafel is iedereen "
                    "schrijver.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Een ruimte, papier en pennen, koffie; in het begin "
                        "een coach per sessie, later enkel af en toe.",
                        "cost": "Laag.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Tijdens de lockdown kon de groep niet samenkomen.",
                            "response": "Teksten werden per post en telefoon gedeeld; een deel "
                            "ervan vond een plek in de Brusselse gazet.",
                        },
                        {
                            "obstacle": "Nieuwe huurders vinden moeilijk de weg naar een "
                            "groep die al lang bestaat.",
                            "response": "Wooncoaches van de verenigingen nemen geïnteresseerden "
                            "de eerste keer mee.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Het atelier draait grotendeels zonder coach. Deelnemers "
                        "brengen zelf nieuwe mensen mee en bepalen de inhoud. Wat begon als een "
                        "aanbod is een plek geworden die van de groep is.</p>",
                        "indicators": ["durable-bonds", "collective-projects", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Hier ben ik niet iemand van een project. Ik ben iemand die "
                        "schrijft, en de anderen wachten op mijn tekst.",
                        "role": "huurder",
                        "city": "Brussel",
                    },
                ),
                (
                    "tips",
                    "<p>Leg het ritme vast voor je aan inhoud denkt. Geef rollen weg zodra "
                    "iemand ze wil opnemen, ook als het onwennig voelt. Vraag de groep zelf of "
                    "en wanneer ze buitenstaanders wil verwelkomen.</p>",
                ),
            ],
        },
        "fr": {
            "title": "L'atelier d'écriture des locataires bruxellois",
            "summary": "Un atelier d'écriture lancé six mois avant l'expérimentation a été "
            "intégré au projet bruxellois d'ancrage social. Il est aujourd'hui presque "
            "entièrement autogéré par ses participants, rejoints parfois par des personnes "
            "extérieures à Housing First.",
            "goal": "Offrir un lieu stable où les locataires écrivent, lisent et s'écoutent, et "
            "qui puisse à terme continuer sans les coachs.",
            "target_group": "Locataires des quatre associations Housing First bruxelloises qui "
            "ont envie d'écrire ou d'écouter, sans expérience préalable ; de plus en plus "
            "aussi des habitants du quartier et d'autres curieux.",
            "preconditions": "Une salle calme, un créneau fixe ; un coach qui accompagne les "
            "premiers mois puis ose passer la main.",
            "transferability": "Le format se reprend sans difficulté. Il demande surtout de la "
            "patience : l'autogestion vient après des mois de régularité, pas après quelques "
            "séances.",
            "contact": "SMES-B, équipe d'ancrage social de Bruxelles",
            "body": [
                (
                    "context",
                    "<p>Un coach a ouvert l'atelier six mois avant le début de "
                    "l'expérimentation. Quand le projet communautaire bruxellois a démarré, "
                    "l'atelier est devenu l'une de ses activités régulières, ouverte aux "
                    "locataires des quatre associations.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Permettre aux locataires de s'exprimer avec leurs propres "
                    "mots.</li>"
                    "<li>Former un groupe qui se retrouve.</li>"
                    "<li>Confier peu à peu l'atelier aux participants.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Un rythme fixe",
                            "description": "Chaque semaine, même heure, même salle, avec un "
                            "café et une courte consigne pour se lancer.",
                        },
                        {
                            "title": "Écrire et lire",
                            "description": "Tout le monde écrit ; qui le souhaite lit son "
                            "texte. Rien n'est obligatoire, l'orthographe n'est pas jugée.",
                        },
                        {
                            "title": "Passer les rôles",
                            "description": "À tour de rôle, les participants choisissent la "
                            "consigne et animent ; le coach se met en retrait.",
                        },
                        {
                            "title": "Ouvrir le groupe",
                            "description": "Avec l'accord du groupe, des personnes "
                            "extérieures à Housing First viennent écrire aussi.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>La régularité rassure. Lire devant d'autres et être applaudi est une "
                    "reconnaissance que beaucoup n'avaient plus connue. Comme les participants "
                    "inventent eux-mêmes les consignes, l'atelier devient le leur. La mixité "
                    "du groupe efface l'étiquette d'« ancien sans-abri » : autour de la table, "
                    "chacun est auteur.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Une salle, du papier, des stylos, du café ; au début un "
                        "coach à chaque séance, ensuite seulement de temps en temps.",
                        "cost": "Faible.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Pendant le confinement, le groupe ne pouvait plus "
                            "se réunir.",
                            "response": "Les textes ont circulé par courrier et par "
                            "téléphone ; une partie a trouvé place dans la gazette "
                            "bruxelloise.",
                        },
                        {
                            "obstacle": "Les nouveaux locataires peinent à rejoindre un "
                            "groupe déjà ancien.",
                            "response": "Les accompagnateurs logement des associations "
                            "accompagnent les personnes intéressées la première fois.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>L'atelier fonctionne en grande partie sans coach. Les "
                        "participants amènent eux-mêmes de nouvelles personnes et décident du "
                        "contenu. Ce qui était une offre est devenu un lieu qui appartient au "
                        "groupe.</p>",
                        "indicators": ["durable-bonds", "collective-projects", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ici, je ne suis pas quelqu'un d'un projet. Je suis quelqu'un "
                        "qui écrit, et les autres attendent mon texte.",
                        "role": "locataire",
                        "city": "Bruxelles",
                    },
                ),
                (
                    "tips",
                    "<p>Fixez le rythme avant de penser au contenu. Confiez les rôles dès que "
                    "quelqu'un veut les prendre, même si cela semble inhabituel. Demandez au "
                    "groupe s'il souhaite accueillir des personnes extérieures, et quand.</p>",
                ),
            ],
        },
        "en": {
            "title": "The Brussels tenants' writing workshop",
            "summary": "A writing workshop started six months before the experiment was "
            "folded into the Brussels reanchoring project. Its participants now run it almost "
            "entirely themselves, and people from outside Housing First sometimes join.",
            "goal": "A steady place where tenants write, read aloud and listen to each other, "
            "and which can carry on without the coaches in time.",
            "target_group": "Tenants of the four Brussels Housing First organisations who feel "
            "like writing or listening, no experience needed; increasingly also local "
            "residents and other interested people.",
            "preconditions": "A quiet room at a fixed time; a coach who guides the first months "
            "and then dares to let go.",
            "transferability": "The format is easy to copy. Above all it takes patience: "
            "self-management grows out of months of regular sessions, not a handful.",
            "contact": "SMES-B, Brussels social reanchoring team",
            "body": [
                (
                    "context",
                    "<p>A coach opened the workshop six months before the experiment began. "
                    "When the Brussels community project started, it became one of its regular "
                    "activities, open to the tenants of all four organisations.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Let tenants speak in their own words.</li>"
                    "<li>Form a group that meets again and again.</li>"
                    "<li>Hand the workshop over to the participants step by step.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "A fixed rhythm",
                            "description": "Every week, same time, same room, with coffee and "
                            "a short prompt to get going.",
                        },
                        {
                            "title": "Write and read",
                            "description": "Everyone writes; whoever wants to reads aloud. "
                            "Nothing is compulsory and spelling is never judged.",
                        },
                        {
                            "title": "Hand over roles",
                            "description": "Participants take turns choosing the prompt and "
                            "leading the session; the coach steps back.",
                        },
                        {
                            "title": "Open up",
                            "description": "With the group's agreement, people from outside "
                            "Housing First come to write too.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The regular rhythm gives a hold. Reading aloud and being applauded is "
                    "a form of recognition many had not known for a long time. Because "
                    "participants invent the prompts, the workshop becomes theirs. The mixed "
                    "group wipes out the ‘ex-homeless’ label: around the table, everyone is a "
                    "writer.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "A room, paper, pens, coffee; a coach at every session "
                        "at first, later only now and then.",
                        "cost": "Low.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "During lockdown the group could not meet.",
                            "response": "Texts went round by post and telephone; some found a "
                            "place in the Brussels gazette.",
                        },
                        {
                            "obstacle": "New tenants find it hard to join a long-standing group.",
                            "response": "Housing workers from the organisations bring "
                            "interested tenants along the first time.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>The workshop largely runs without a coach. Participants "
                        "bring new people themselves and decide on the content. What began as "
                        "an offer has become a place that belongs to the group.</p>",
                        "indicators": ["durable-bonds", "collective-projects", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Here I'm not someone from a project. I'm someone who writes, "
                        "and the others are waiting for my text.",
                        "role": "tenant",
                        "city": "Brussels",
                    },
                ),
                (
                    "tips",
                    "<p>Settle the rhythm before thinking about content. Hand over roles as "
                    "soon as someone wants one, even if it feels unfamiliar. Ask the group "
                    "whether and when it wants to welcome outsiders.</p>",
                ),
            ],
        },
    },
}

NAMUR_GUITAR_WORKSHOP = {
    "key": "namur-guitar-workshop",
    "project": "namur-relais-social",
    "model": None,
    "domains": ["socio-cultural-participation", "health", "social-relations"],
    "levels": ["individual", "collective"],
    "targets": ["residents"],
    "approaches": ["collective-empowerment", "tailored-support"],
    "empowerment": ["individual", "organisational"],
    "phases": ["appropriation", "anchoring"],
    "tags": ["music", "peer-training", "workshop"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-10-01",
    "ended": None,
    "adapted_from": None,
    "related": ["charleroi-peer-workshops", "brussels-writing-workshop"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Atelier guitare animé par un locataire",
            "summary": "À Namur, un locataire Housing First qui joue de la guitare enseigne "
            "l'instrument à d'autres locataires. Le coach fournit le cadre, le savoir vient "
            "du groupe. Pour le locataire-enseignant, l'atelier est aussi devenu un repère qui "
            "l'aide à stabiliser sa consommation.",
            "goal": "Valoriser un savoir que possède un locataire, créer un moment collectif "
            "régulier et donner à chacun l'occasion d'apprendre de ses pairs.",
            "target_group": "Locataires du projet Housing First namurois curieux de musique, "
            "débutants bienvenus ; un locataire qui maîtrise la guitare et accepte de "
            "transmettre.",
            "preconditions": "Un locataire prêt à enseigner ; quelques guitares (prêtées, "
            "données ou achetées d'occasion) ; un local accessible ; un coach présent pour "
            "soutenir sans prendre la place de l'enseignant.",
            "transferability": "Le principe vaut pour tout savoir-faire présent dans le groupe "
            "(cuisine, dessin, réparation). Il faut d'abord repérer les compétences des "
            "locataires lors des rencontres individuelles.",
            "contact": "Relais social urbain namurois, coach en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Au fil des visites, le coach a appris qu'un locataire jouait de la "
                    "guitare depuis longtemps, et que d'autres rêvaient d'apprendre. Plutôt que "
                    "de chercher un professeur à l'extérieur, il a proposé au locataire de "
                    "donner lui-même les cours. L'atelier a été présenté lors d'une intervision "
                    "entre coachs, où il a suscité beaucoup de questions.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Reconnaître et mettre en valeur un savoir de locataire.</li>"
                    "<li>Offrir un rendez-vous collectif fixe.</li>"
                    "<li>Apprendre ensemble, sans relation d'aide.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Repérer le talent",
                            "description": "En entretien individuel, le coach s'intéresse à "
                            "ce que chaque locataire sait faire et aime faire.",
                        },
                        {
                            "title": "Construire l'atelier avec l'enseignant",
                            "description": "Le locataire choisit le rythme, les morceaux et "
                            "la manière d'enseigner ; le coach s'occupe du local et du "
                            "matériel.",
                        },
                        {
                            "title": "Constituer le groupe",
                            "description": "L'équipe logement relaie l'invitation auprès des "
                            "locataires intéressés par la musique.",
                        },
                        {
                            "title": "Séances régulières",
                            "description": "Une séance par semaine, en petit groupe ; le coach "
                            "participe comme élève.",
                        },
                        {
                            "title": "Faire le point",
                            "description": "Tous les deux mois, le groupe décide de la suite : "
                            "nouveaux morceaux, petit concert, nouveaux participants.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Les rôles s'inversent : c'est un locataire qui sait, et le coach qui "
                    "apprend. Le coach le dit ouvertement, ce qui renforce la confiance des "
                    "participants et les pousse à se dépasser. Pour l'enseignant, "
                    "l'engagement envers le groupe crée un rendez-vous qu'il veut honorer en "
                    "forme : la veille, il modère sa consommation d'alcool, et l'atelier a "
                    "contribué à la stabiliser.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Un local, quatre à six guitares, des cordes de "
                        "rechange, une heure et demie de coach par semaine.",
                        "cost": "Quelques centaines d'euros au départ pour les instruments "
                        "d'occasion.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Les mesures sanitaires limitaient la taille des groupes.",
                            "response": "Des séances à trois ou quatre, plus fréquentes, et "
                            "quelques cours individuels à domicile.",
                        },
                        {
                            "obstacle": "Une séance annulée peut décourager l'enseignant.",
                            "response": "Le coach confirme chaque séance la veille et prévoit "
                            "une solution de repli.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Les participants viennent avec régularité et les "
                        "échanges dépassent la musique. L'enseignant y a trouvé un rôle "
                        "reconnu ; plusieurs élèves jouent désormais chez eux. D'autres "
                        "équipes ont demandé à venir voir l'atelier.</p>",
                        "indicators": ["respected", "durable-bonds", "collective-projects"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Je n'avais jamais tenu une guitare. Maintenant je joue trois "
                        "morceaux, et c'est un gars comme moi qui me les a appris.",
                        "role": "locataire participant",
                        "city": "Namur",
                    },
                ),
                (
                    "tips",
                    "<p>Ne partez pas d'un programme, partez d'une personne et de ce qu'elle "
                    "sait. Laissez-lui la forme de l'atelier. Soyez attentif à la charge que "
                    "cela représente pour l'enseignant et prévoyez avec lui quoi faire s'il a "
                    "besoin d'une pause.</p>",
                ),
            ],
        },
        "en": {
            "title": "Guitar workshop taught by a tenant",
            "summary": "In Namur a Housing First tenant who plays the guitar teaches it to "
            "other tenants. The coach provides the frame; the knowledge comes from the group. "
            "For the tenant who teaches, the workshop has also become a fixed point that helps "
            "him keep his drinking steady.",
            "goal": "Value a skill a tenant already has, create a regular collective moment and "
            "give everyone the chance to learn from peers.",
            "target_group": "Tenants of the Namur Housing First programme who are curious about "
            "music, beginners welcome; one tenant who plays well and is willing to teach.",
            "preconditions": "A tenant ready to teach; a few guitars (lent, donated or "
            "second-hand); an accessible room; a coach present to support without taking over "
            "from the teacher.",
            "transferability": "The principle works for any skill in the group (cooking, "
            "drawing, repairs). Start by finding out what tenants can do during one-to-one "
            "meetings.",
            "contact": "Relais social urbain namurois, Housing First reanchoring coach",
            "body": [
                (
                    "context",
                    "<p>Over his visits, the coach learned that one tenant had played the "
                    "guitar for years and that others dreamt of learning. Instead of looking "
                    "for a teacher elsewhere, he asked the tenant to give the lessons himself. "
                    "The workshop was presented at an intervision session between coaches, "
                    "where it raised many questions.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Recognise and value what a tenant knows.</li>"
                    "<li>Offer a fixed collective appointment.</li>"
                    "<li>Learn together, outside a helping relationship.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Spot the talent",
                            "description": "In one-to-one meetings the coach takes an interest "
                            "in what each tenant can do and enjoys doing.",
                        },
                        {
                            "title": "Design the workshop with the teacher",
                            "description": "The tenant chooses the pace, the songs and the way "
                            "of teaching; the coach sorts out the room and the instruments.",
                        },
                        {
                            "title": "Gather the group",
                            "description": "The housing team passes the invitation on to "
                            "tenants interested in music.",
                        },
                        {
                            "title": "Regular sessions",
                            "description": "One session a week in a small group; the coach "
                            "joins as a pupil.",
                        },
                        {
                            "title": "Take stock",
                            "description": "Every two months the group decides what comes "
                            "next: new songs, a small concert, new participants.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Roles are reversed: a tenant holds the knowledge and the coach is the "
                    "one learning. The coach says so openly, which builds the participants' "
                    "confidence and encourages them to push themselves. For the teacher, the "
                    "commitment to the group is an appointment he wants to keep in good shape: "
                    "he holds back on alcohol the evening before, and the workshop has helped "
                    "steady his drinking.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "A room, four to six guitars, spare strings, an hour "
                        "and a half of coach time a week.",
                        "cost": "A few hundred euros at the start for second-hand instruments.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Health measures limited group size.",
                            "response": "More frequent sessions of three or four people, and "
                            "some one-to-one lessons at home.",
                        },
                        {
                            "obstacle": "A cancelled session can discourage the teacher.",
                            "response": "The coach confirms each session the day before and "
                            "has a fallback ready.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Participants come regularly and the conversations go "
                        "beyond music. The teacher has found a recognised role; several "
                        "pupils now play at home. Other teams have asked to come and see the "
                        "workshop.</p>",
                        "indicators": ["respected", "durable-bonds", "collective-projects"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "I'd never held a guitar. Now I can play three songs, and it "
                        "was a guy like me who taught me.",
                        "role": "tenant taking part",
                        "city": "Namur",
                    },
                ),
                (
                    "tips",
                    "<p>Don't start from a programme; start from a person and what they know. "
                    "Leave the shape of the workshop to them. Keep an eye on what it asks of "
                    "the teacher and agree with him what happens if he needs a break.</p>",
                ),
            ],
        },
    },
}

LIMBURG_CALENDAR = {
    "key": "limburg-calendar",
    "project": "hasselt-caw-limburg",
    "model": None,
    "domains": ["socio-cultural-participation", "social-relations"],
    "levels": ["individual", "collective"],
    "targets": ["residents"],
    "approaches": ["collective-empowerment", "outside-world"],
    "empowerment": ["individual"],
    "phases": ["appropriation"],
    "tags": ["calendar", "photography", "drawing", "pandemic"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-09-01",
    "ended": None,
    "adapted_from": None,
    "related": ["brussels-gazette", "ghent-bright-spots-photos", "namur-audio-piece"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Kalender ‘made in Housing First’",
            "summary": "In Limburg maken de huurders van Hasselt en Genk samen een eigen "
            "kalender. Elke deelnemer levert een foto, tekening of ander creatief werk over "
            "iets wat hem bezighoudt. De kalender wordt verdeeld en kan verkocht worden, wat "
            "huurders een aanleiding geeft om over hun bijdrage te vertellen.",
            "goal": "Een gezamenlijk product maken waarin elke huurder zichtbaar is, ook als "
            "samenkomen niet kan, en dat gesprekken op gang brengt.",
            "target_group": "Alle huurders van de Limburgse Housing First-teams; ook wie niet "
            "graag in groep komt, kan van thuis uit bijdragen.",
            "preconditions": "Een drukker of kopieerdienst, een klein budget, en tijd van de "
            "coach om elke bijdrage aan huis op te halen en te bespreken.",
            "transferability": "Werkt overal en is bijzonder geschikt als groepswerk moeilijk "
            "ligt. Plan ruim op voorhand: de kalender moet klaar zijn vóór het nieuwe jaar.",
            "contact": "CAW Limburg, verbindingscoach Housing First Hasselt-Genk",
            "body": [
                (
                    "context",
                    "<p>Het team vroeg elk jaar gratis kalenders aan bij partners om uit te "
                    "delen. De coach vroeg zich af waarom Housing First er niet zelf een zou "
                    "maken, met en voor de huurders. Omdat groepsactiviteiten door corona "
                    "nauwelijks konden, werd het een collectief project opgebouwd uit "
                    "individuele bijdragen.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Het idee voorstellen",
                            "description": "Coach en wooncoaches vertellen tijdens "
                            "huisbezoeken over de kalender en vragen wie wil meedoen.",
                        },
                        {
                            "title": "Een bijdrage kiezen",
                            "description": "Elke huurder kiest zelf: een foto van iets "
                            "persoonlijks, een tekening, een gedicht, een knutselwerk.",
                        },
                        {
                            "title": "Ophalen en bespreken",
                            "description": "De coach haalt de bijdrage op en praat met de "
                            "huurder over wat ze betekent en welke maand erbij past.",
                        },
                        {
                            "title": "Vormgeven en drukken",
                            "description": "Een vrijwilliger helpt met de opmaak; de "
                            "deelnemers zien een proefversie voor de druk.",
                        },
                        {
                            "title": "Verdelen en verkopen",
                            "description": "Elke deelnemer krijgt exemplaren; andere worden "
                            "aan partners en kennissen aangeboden.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Iedereen draagt bij op zijn eigen manier en tempo, vanuit huis. Het "
                    "eindresultaat is tastbaar en hangt een heel jaar aan de muur. Wie een "
                    "kalender geeft of verkoopt, kan met trots zeggen: hier sta ik in, dit "
                    "hebben wij gemaakt.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Coachtijd voor de huisbezoeken, hulp bij de opmaak, "
                        "drukwerk.",
                        "cost": "Enkele honderden euro's voor een beperkte oplage.",
                    },
                ),
                (
                    "results",
                    {
                        "observed": "<p>Huurders die aan geen enkele groepsactiviteit "
                        "deelnamen, deden mee. Meerdere deelnemers gaven de kalender aan "
                        "familie of buren en vertelden zo over hun leven nu.</p>",
                        "indicators": ["respected", "own-place", "collective-projects"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Mijn zus heeft hem in haar keuken hangen. Ze belt me elke "
                        "maand om te zeggen welke foto ze nu ziet.",
                        "role": "huurder",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Laat de keuze van het beeld volledig bij de huurder. Vraag uitdrukkelijk "
                    "toestemming voor elke foto en vermijd namen en herkenbare gezichten. Begin "
                    "in september als je hem voor januari klaar wilt hebben.</p>",
                ),
            ],
        },
        "fr": {
            "title": "Un calendrier « made in Housing First »",
            "summary": "Dans le Limbourg, les locataires de Hasselt et de Genk réalisent "
            "ensemble leur propre calendrier. Chacun y apporte une photo, un dessin ou une "
            "autre création liée à ce qui l'occupe. Le calendrier est distribué et peut être "
            "vendu, ce qui donne aux locataires l'occasion de parler de leur contribution.",
            "goal": "Créer un produit commun où chaque locataire a sa place, même quand on ne "
            "peut pas se réunir, et qui ouvre la conversation.",
            "target_group": "Tous les locataires des équipes Housing First limbourgeoises ; "
            "ceux qui n'aiment pas les groupes peuvent contribuer depuis chez eux.",
            "preconditions": "Un imprimeur ou un service de reprographie, un petit budget, et "
            "du temps de coach pour recueillir chaque contribution à domicile.",
            "transferability": "Fonctionne partout, et particulièrement quand le travail de "
            "groupe est difficile. Anticipez : le calendrier doit être prêt avant la nouvelle "
            "année.",
            "contact": "CAW Limburg, coach en ancrage Housing First Hasselt-Genk",
            "body": [
                (
                    "context",
                    "<p>Chaque année, l'équipe demandait à des partenaires des calendriers "
                    "gratuits à distribuer. Le coach s'est demandé pourquoi Housing First n'en "
                    "ferait pas un lui-même, avec et pour les locataires. Comme les activités "
                    "de groupe étaient presque impossibles à cause du covid, le projet "
                    "collectif s'est construit à partir de contributions individuelles.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Présenter l'idée",
                            "description": "Le coach et les accompagnateurs logement parlent "
                            "du calendrier lors des visites et demandent qui veut participer.",
                        },
                        {
                            "title": "Choisir sa contribution",
                            "description": "Chaque locataire choisit : une photo de quelque "
                            "chose de personnel, un dessin, un poème, un bricolage.",
                        },
                        {
                            "title": "Recueillir et échanger",
                            "description": "Le coach passe chercher la contribution et en "
                            "parle avec le locataire : ce qu'elle représente, quel mois lui "
                            "convient.",
                        },
                        {
                            "title": "Mettre en page et imprimer",
                            "description": "Un bénévole aide à la mise en page ; les "
                            "participants voient une épreuve avant l'impression.",
                        },
                        {
                            "title": "Distribuer et vendre",
                            "description": "Chaque participant reçoit des exemplaires ; "
                            "d'autres sont proposés aux partenaires et aux proches.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Chacun participe à sa manière et à son rythme, depuis chez soi. Le "
                    "résultat est concret et reste au mur toute une année. Celui qui offre ou "
                    "vend un calendrier peut dire avec fierté : j'y suis, c'est nous qui "
                    "l'avons fait.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Du temps de coach pour les visites, de l'aide à la mise "
                        "en page, l'impression.",
                        "cost": "Quelques centaines d'euros pour un petit tirage.",
                    },
                ),
                (
                    "results",
                    {
                        "observed": "<p>Des locataires qui ne participaient à aucune activité "
                        "de groupe ont pris part au projet. Plusieurs ont offert le "
                        "calendrier à leur famille ou à des voisins, et ont ainsi parlé de "
                        "leur vie d'aujourd'hui.</p>",
                        "indicators": ["respected", "own-place", "collective-projects"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ma sœur l'a accroché dans sa cuisine. Elle m'appelle chaque "
                        "mois pour me dire quelle photo elle a sous les yeux.",
                        "role": "locataire",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Laissez entièrement au locataire le choix de l'image. Demandez "
                    "explicitement l'accord pour chaque photo et évitez noms et visages "
                    "reconnaissables. Commencez en septembre pour être prêt en janvier.</p>",
                ),
            ],
        },
        "en": {
            "title": "A calendar ‘made in Housing First’",
            "summary": "In Limburg the tenants of Hasselt and Genk make their own calendar "
            "together. Each contributes a photo, a drawing or another creative piece about "
            "something that matters to them. The calendar is handed out and can be sold, which "
            "gives tenants a reason to talk about their contribution.",
            "goal": "Make a shared product in which every tenant is visible, even when meeting "
            "is impossible, and which starts conversations.",
            "target_group": "All tenants of the Limburg Housing First teams; those who dislike "
            "groups can contribute from home.",
            "preconditions": "A printer or copy shop, a small budget, and coach time to collect "
            "and discuss each contribution at home.",
            "transferability": "Works anywhere, and especially well when group work is "
            "difficult. Plan early: the calendar has to be ready before the new year.",
            "contact": "CAW Limburg, Housing First connection coach Hasselt-Genk",
            "body": [
                (
                    "context",
                    "<p>Every year the team asked partners for free calendars to hand out. The "
                    "coach wondered why Housing First should not make one itself, with and for "
                    "the tenants. As group activities were nearly impossible because of covid, "
                    "the collective project was built out of individual contributions.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Present the idea",
                            "description": "The coach and the housing coaches talk about the "
                            "calendar during home visits and ask who wants to join.",
                        },
                        {
                            "title": "Choose a contribution",
                            "description": "Each tenant decides: a photo of something "
                            "personal, a drawing, a poem, a piece of handicraft.",
                        },
                        {
                            "title": "Collect and talk",
                            "description": "The coach picks up the contribution and talks it "
                            "over with the tenant: what it means, which month suits it.",
                        },
                        {
                            "title": "Lay out and print",
                            "description": "A volunteer helps with the layout; participants "
                            "see a proof before printing.",
                        },
                        {
                            "title": "Hand out and sell",
                            "description": "Each participant receives copies; others are "
                            "offered to partners and acquaintances.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Everyone takes part in their own way and at their own pace, from home. "
                    "The result is tangible and hangs on the wall for a whole year. Whoever "
                    "gives or sells a calendar can say with pride: I'm in it, we made "
                    "this.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Coach time for the home visits, help with layout, "
                        "printing.",
                        "cost": "A few hundred euros for a small print run.",
                    },
                ),
                (
                    "results",
                    {
                        "observed": "<p>Tenants who took part in no group activity joined in. "
                        "Several gave the calendar to family or neighbours and used it to talk "
                        "about their life now.</p>",
                        "indicators": ["respected", "own-place", "collective-projects"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "My sister hung it in her kitchen. She rings me every month to "
                        "tell me which photo she's looking at.",
                        "role": "tenant",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Leave the choice of image entirely to the tenant. Ask explicit consent "
                    "for every photo and avoid names and recognisable faces. Start in "
                    "September if you want it ready for January.</p>",
                ),
            ],
        },
    },
}

BRUSSELS_GAZETTE = {
    "key": "brussels-gazette",
    "project": "brussels-smes",
    "model": None,
    "domains": ["socio-cultural-participation", "social-relations"],
    "levels": ["individual", "collective"],
    "targets": ["residents", "hf-team"],
    "approaches": ["collective-empowerment", "tailored-support"],
    "empowerment": ["individual", "organisational"],
    "phases": ["attachment", "appropriation"],
    "tags": ["gazette", "poetry", "drawing", "pandemic"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-04-15",
    "ended": None,
    "adapted_from": None,
    "related": ["brussels-writing-workshop", "limburg-calendar", "namur-audio-piece"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "La gazette des locataires et des travailleurs",
            "summary": "Née pendant le confinement pour garder le contact avec les locataires, "
            "la gazette bruxelloise est devenue un espace partagé entre locataires et "
            "intervenants. On y trouve des articles écrits à deux, des poèmes et des "
            "illustrations.",
            "goal": "Maintenir un lien quand les rencontres sont impossibles, puis offrir un "
            "lieu d'expression commun où locataires et travailleurs publient côte à côte.",
            "target_group": "Locataires des quatre associations Housing First bruxelloises et "
            "leurs accompagnateurs ; aucune compétence d'écriture ou de dessin exigée.",
            "preconditions": "Quelqu'un pour coordonner chaque numéro, un accès à une "
            "photocopieuse, un budget d'envoi postal.",
            "transferability": "Facile à lancer avec peu de moyens. Ce qui compte, c'est que "
            "locataires et intervenants écrivent tous les deux : sinon, elle redevient un "
            "simple bulletin d'information.",
            "contact": "SMES-B, équipe d'ancrage social de Bruxelles",
            "body": [
                (
                    "context",
                    "<p>Au printemps 2020, les activités collectives ont dû s'arrêter. Pour "
                    "continuer à faire signe aux locataires, l'équipe a imaginé un petit "
                    "journal envoyé à domicile. Très vite, des locataires ont voulu y écrire "
                    "eux-mêmes, et la gazette est devenue un espace commun.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Lancer un premier numéro",
                            "description": "Les coachs rassemblent quelques nouvelles, des "
                            "jeux et un mot d'accueil, et l'envoient par la poste.",
                        },
                        {
                            "title": "Inviter aux contributions",
                            "description": "Chaque numéro appelle les lecteurs à envoyer un "
                            "texte, un dessin ou une idée d'article.",
                        },
                        {
                            "title": "Écrire à deux",
                            "description": "Un coach et un locataire préparent ensemble un "
                            "article de fond sur un sujet qui passionne le locataire.",
                        },
                        {
                            "title": "Relire et mettre en page",
                            "description": "Les auteurs valident leur texte avant parution ; "
                            "les illustrations sont scannées et intégrées.",
                        },
                        {
                            "title": "Diffuser",
                            "description": "Envoi postal, dépôt dans les associations et, une "
                            "fois les rencontres reprises, distribution en main propre.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>La gazette arrive chez soi : elle rejoint aussi ceux qui ne viennent "
                    "pas aux activités. Écrire un article avec un coach crée une relation "
                    "d'égal à égal, centrée sur ce que la personne connaît. Voir son texte "
                    "imprimé, à côté de ceux des travailleurs, est une forme de reconnaissance "
                    "forte.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Une demi-journée de coordination par numéro, "
                        "photocopies, timbres.",
                        "cost": "Faible ; l'envoi postal est le principal poste.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Certains locataires n'osaient pas écrire.",
                            "response": "Ils ont pu dicter leur texte par téléphone ou "
                            "proposer un dessin.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Les contributions des locataires ont rapidement "
                        "dépassé celles de l'équipe. Poèmes, récits, réflexions politiques et "
                        "illustrations se côtoient. La gazette a continué après le "
                        "confinement.</p>",
                        "indicators": ["collective-projects", "respected", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Pendant le confinement, c'était le seul courrier qui n'était "
                        "pas une facture. Maintenant j'y écris.",
                        "role": "locataire",
                        "city": "Bruxelles",
                    },
                ),
                (
                    "tips",
                    "<p>Demandez toujours l'accord des auteurs pour chaque publication et "
                    "laissez-les choisir de signer ou non. Gardez un format court : quatre "
                    "pages régulières valent mieux qu'un gros numéro qui ne sort jamais.</p>",
                ),
            ],
        },
        "nl": {
            "title": "De gazet van huurders en werkers",
            "summary": "De Brusselse gazet ontstond tijdens de lockdown om contact te houden "
            "met de huurders en groeide uit tot een gedeelde plek voor huurders en werkers. Er "
            "verschijnen artikels die met twee geschreven zijn, gedichten en illustraties.",
            "goal": "Verbonden blijven als samenkomen niet kan, en daarna een gemeenschappelijke "
            "plek bieden waar huurders en werkers naast elkaar publiceren.",
            "target_group": "Huurders van de vier Brusselse Housing First-verenigingen en hun "
            "begeleiders; schrijf- of tekenervaring is niet nodig.",
            "preconditions": "Iemand die elk nummer coördineert, toegang tot een kopieermachine, "
            "budget voor postzegels.",
            "transferability": "Met weinig middelen te starten. Belangrijk is dat zowel huurders "
            "als werkers schrijven; anders wordt het opnieuw een gewone nieuwsbrief.",
            "contact": "SMES-B, team sociale herankering Brussel",
            "body": [
                (
                    "context",
                    "<p>In de lente van 2020 vielen alle groepsactiviteiten stil. Om toch een "
                    "teken van leven te geven, bedacht het team een klein blad dat bij de "
                    "huurders thuis werd bezorgd. Al snel wilden huurders er zelf in schrijven, "
                    "en de gazet werd een gedeelde plek.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Een eerste nummer",
                            "description": "De coaches verzamelen wat nieuws, spelletjes en een "
                            "welkomstwoord en versturen het per post.",
                        },
                        {
                            "title": "Oproepen tot bijdragen",
                            "description": "Elk nummer nodigt lezers uit een tekst, tekening of "
                            "idee voor een artikel op te sturen.",
                        },
                        {
                            "title": "Met twee schrijven",
                            "description": "Een coach en een huurder werken samen een artikel "
                            "uit over een onderwerp dat de huurder na aan het hart ligt.",
                        },
                        {
                            "title": "Nalezen en opmaken",
                            "description": "Auteurs keuren hun tekst goed voor publicatie; "
                            "tekeningen worden ingescand en opgenomen.",
                        },
                        {
                            "title": "Verspreiden",
                            "description": "Per post, in de verenigingen en, zodra het weer "
                            "kon, persoonlijk overhandigd.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De gazet komt bij je thuis en bereikt zo ook wie niet naar "
                    "activiteiten komt. Samen met een coach een artikel schrijven schept een "
                    "gelijkwaardige relatie rond wat de huurder weet. Je eigen tekst gedrukt "
                    "zien naast die van de werkers is een sterke vorm van erkenning.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Een halve dag coördinatie per nummer, kopieën, postzegels.",
                        "cost": "Laag; verzending is de grootste kost.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Sommige huurders durfden niet te schrijven.",
                            "response": "Zij konden hun tekst telefonisch dicteren of een "
                            "tekening insturen.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>De bijdragen van huurders overtroffen al snel die van "
                        "het team. Gedichten, verhalen, politieke beschouwingen en tekeningen "
                        "staan naast elkaar. De gazet bleef na de lockdown bestaan.</p>",
                        "indicators": ["collective-projects", "respected", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Tijdens de lockdown was het de enige post die geen factuur "
                        "was. Nu schrijf ik er zelf in.",
                        "role": "huurder",
                        "city": "Brussel",
                    },
                ),
                (
                    "tips",
                    "<p>Vraag voor elke publicatie toestemming aan de auteur en laat die kiezen "
                    "of hij tekent. Houd het kort: vier pagina's op regelmatige basis zijn "
                    "beter dan een dik nummer dat nooit verschijnt.</p>",
                ),
            ],
        },
        "en": {
            "title": "The tenants' and workers' gazette",
            "summary": "Born during lockdown as a way to stay in touch with tenants, the "
            "Brussels gazette became a shared space for tenants and workers. It carries "
            "articles written in pairs, poems and illustrations.",
            "goal": "Keep in touch when meeting is impossible, then offer a common place where "
            "tenants and workers publish side by side.",
            "target_group": "Tenants of the four Brussels Housing First organisations and their "
            "support workers; no writing or drawing skills required.",
            "preconditions": "Someone to coordinate each issue, access to a photocopier, a "
            "postage budget.",
            "transferability": "Easy to start with few means. What matters is that both tenants "
            "and workers write; otherwise it slides back into an ordinary newsletter.",
            "contact": "SMES-B, Brussels social reanchoring team",
            "body": [
                (
                    "context",
                    "<p>In spring 2020 all group activities stopped. To keep reaching out to "
                    "tenants, the team came up with a small paper posted to their homes. Soon "
                    "tenants wanted to write in it themselves, and the gazette became a shared "
                    "space.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "A first issue",
                            "description": "The coaches gather some news, puzzles and a word "
                            "of welcome and send it by post.",
                        },
                        {
                            "title": "Call for contributions",
                            "description": "Each issue invites readers to send a text, a "
                            "drawing or an idea for an article.",
                        },
                        {
                            "title": "Write in pairs",
                            "description": "A coach and a tenant work out an article together "
                            "on a subject the tenant cares about.",
                        },
                        {
                            "title": "Proofread and lay out",
                            "description": "Authors approve their text before it appears; "
                            "drawings are scanned in.",
                        },
                        {
                            "title": "Distribute",
                            "description": "By post, through the organisations and, once "
                            "meetings resumed, by hand.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The gazette comes to your door, so it also reaches those who do not "
                    "come to activities. Writing an article with a coach creates an equal "
                    "relationship built around what the tenant knows. Seeing one's own text "
                    "in print, next to the workers', is a strong form of recognition.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Half a day of coordination per issue, photocopies, stamps.",
                        "cost": "Low; postage is the main cost.",
                    },
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Some tenants did not dare to write.",
                            "response": "They could dictate their text over the phone or send "
                            "a drawing.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Contributions from tenants soon outnumbered the "
                        "team's. Poems, stories, political reflections and drawings sit side by "
                        "side. The gazette carried on after lockdown.</p>",
                        "indicators": ["collective-projects", "respected", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "During lockdown it was the only post that wasn't a bill. Now "
                        "I write in it.",
                        "role": "tenant",
                        "city": "Brussels",
                    },
                ),
                (
                    "tips",
                    "<p>Always ask the author's consent for each publication and let them "
                    "decide whether to sign. Keep it short: four pages on a regular basis beat "
                    "a thick issue that never comes out.</p>",
                ),
            ],
        },
    },
}

NAMUR_AUDIO_PIECE = {
    "key": "namur-audio-piece",
    "project": "namur-relais-social",
    "model": None,
    "domains": ["social-relations", "socio-cultural-participation", "city-neighbourhood"],
    "levels": ["individual", "territorial"],
    "targets": ["residents", "partners"],
    "approaches": ["sensitising", "tailored-support"],
    "empowerment": ["individual", "political"],
    "phases": ["appropriation", "anchoring"],
    "tags": ["audio", "testimony", "pandemic", "awareness"],
    "status": "ended",
    "maturity": "described",
    "started": "2021-01-15",
    "ended": "2021-04-30",
    "adapted_from": None,
    "related": ["brussels-gazette", "limburg-calendar", "brussels-hospital-awareness"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Capsule audio : la parole des locataires sur Housing First et le confinement",
            "summary": "Profitant de la période de distanciation, le coach namurois a "
            "rencontré une quinzaine de locataires, leur a posé trois questions et les a "
            "laissés parler. Il en a tiré un montage audio de quatre minutes sur ce que vivent "
            "les personnes dans Housing First.",
            "goal": "Donner la parole aux locataires, rompre l'isolement du confinement par un "
            "entretien choisi, et faire connaître Housing First à travers la voix de ceux qui "
            "y vivent.",
            "target_group": "Locataires du projet namurois prêts à s'exprimer de façon "
            "anonyme ; ensuite, le public des partenaires et des rencontres professionnelles.",
            "preconditions": "Un enregistreur ou un smartphone de bonne qualité, un logiciel "
            "de montage simple, et un accord écrit de chaque participant sur l'usage de sa "
            "voix.",
            "transferability": "Réalisable par tout coach disposant de quelques notions de "
            "montage. Le format court est essentiel : quatre minutes s'écoutent en réunion, "
            "une heure non.",
            "contact": "Relais social urbain namurois, coach en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Les mesures sanitaires empêchaient toute activité de groupe. Le coach "
                    "a choisi d'utiliser ce temps pour recueillir la parole des locataires, un "
                    "par un, à domicile ou en marchant, en respectant les distances.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Trois questions",
                            "description": "Des questions ouvertes et simples, par exemple : "
                            "qu'est-ce que Housing First a changé pour vous, comment vivez-vous "
                            "le confinement, que voudriez-vous que les gens sachent ?",
                        },
                        {
                            "title": "Des entretiens libres",
                            "description": "Chacun parle aussi longtemps qu'il le souhaite : "
                            "certains cinq minutes, d'autres trois quarts d'heure.",
                        },
                        {
                            "title": "Le montage",
                            "description": "Le coach sélectionne des extraits et compose une "
                            "capsule de quatre minutes, sans noms ni détails identifiants.",
                        },
                        {
                            "title": "Écoute par les participants",
                            "description": "Les locataires entendent le montage avant toute "
                            "diffusion et peuvent retirer un passage.",
                        },
                        {
                            "title": "Diffusion",
                            "description": "La capsule est jouée lors de réunions de "
                            "partenaires et de rencontres entre projets.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Être interrogé sur son expérience, c'est être considéré comme "
                    "quelqu'un qui a quelque chose à dire. Les locataires ont illustré leurs "
                    "réponses d'exemples concrets, ce qui rend la capsule parlante pour un "
                    "public qui ne connaît pas Housing First. L'entretien lui-même a été un "
                    "moment de lien pendant une période très isolée.</p>",
                ),
                (
                    "resources",
                    {
                        "description": "Un enregistreur, un casque, un logiciel de montage "
                        "gratuit, environ une semaine de travail étalée sur deux mois.",
                        "cost": "Quasi nul si le matériel existe.",
                    },
                ),
                (
                    "results",
                    {
                        "observed": "<p>Une dizaine à une quinzaine de locataires ont "
                        "participé. Plusieurs ont dit avoir apprécié qu'on leur demande leur "
                        "avis. Les partenaires qui ont écouté la capsule ont posé des questions "
                        "plus concrètes sur le projet.</p>",
                        "indicators": ["respected", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "On m'a demandé ce que je pensais, et on a écouté jusqu'au "
                        "bout. Ça ne m'arrive pas souvent.",
                        "role": "locataire",
                        "city": "Namur",
                    },
                ),
                (
                    "tips",
                    "<p>Prévoyez un formulaire d'accord clair et lisible, et rappelez qu'on "
                    "peut se retirer à tout moment. Masquez les voix si nécessaire. "
                    "Écoutez le montage avec les participants avant de le diffuser.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Audiocapsule: huurders over Housing First en de lockdown",
            "summary": "De Namense coach gebruikte de periode van social distancing om een "
            "vijftiental huurders te ontmoeten, hen drie vragen te stellen en hen aan het "
            "woord te laten. Daaruit maakte hij een audiomontage van vier minuten over hoe "
            "mensen Housing First beleven.",
            "goal": "Huurders een stem geven, het isolement van de lockdown doorbreken met een "
            "gesprek dat ze zelf kiezen, en Housing First bekendmaken via wie er woont.",
            "target_group": "Huurders van het Namense project die anoniem willen getuigen; "
            "daarna het publiek van partners en vakbijeenkomsten.",
            "preconditions": "Een goede recorder of smartphone, eenvoudige montagesoftware en "
            "schriftelijke toestemming van elke deelnemer voor het gebruik van zijn stem.",
            "transferability": "Haalbaar voor elke coach met wat basiskennis van montage. Het "
            "korte format is cruciaal: vier minuten beluister je in een vergadering, een uur "
            "niet.",
            "contact": "Relais social urbain namurois, coach sociale herankering Housing First",
            "body": [
                (
                    "context",
                    "<p>Door de coronamaatregelen was elke groepsactiviteit onmogelijk. De "
                    "coach besloot die tijd te gebruiken om de verhalen van huurders op te "
                    "nemen, één voor één, thuis of al wandelend, op veilige afstand.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Drie vragen",
                            "description": "Eenvoudige open vragen, bijvoorbeeld: wat heeft "
                            "Housing First voor jou veranderd, hoe beleef je de lockdown, wat "
                            "wil je dat mensen weten?",
                        },
                        {
                            "title": "Vrije gesprekken",
                            "description": "Iedereen spreekt zo lang hij wil: sommigen vijf "
                            "minuten, anderen drie kwartier.",
                        },
                        {
                            "title": "Montage",
                            "description": "De coach kiest fragmenten en maakt een capsule van "
                            "vier minuten, zonder namen of herkenbare details.",
                        },
                        {
                            "title": "Beluisteren met de deelnemers",
                            "description": "Huurders horen de montage vóór ze verspreid wordt "
                            "en kunnen een fragment laten schrappen.",
                        },
                        {
                            "title": "Verspreiden",
                            "description": "De capsule wordt afgespeeld op partneroverleg en "
                            "op ontmoetingen tussen projecten.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Wie naar zijn ervaring gevraagd wordt, wordt behandeld als iemand met "
                    "iets te zeggen. Huurders gaven concrete voorbeelden, waardoor de capsule "
                    "ook spreekt tot wie Housing First niet kent. Het gesprek zelf was een "
                    "moment van contact in een erg eenzame periode.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Tien à vijftien huurders deden mee. Verschillenden "
                        "zeiden dat ze het waardeerden om hun mening te mogen geven. Partners "
                        "die de capsule hoorden, stelden concretere vragen over het "
                        "project.</p>",
                        "indicators": ["respected", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ze vroegen wat ik ervan vond en luisterden tot het einde. Dat "
                        "gebeurt me niet vaak.",
                        "role": "huurder",
                        "city": "Namen",
                    },
                ),
                (
                    "tips",
                    "<p>Gebruik een duidelijk en leesbaar toestemmingsformulier en herhaal dat "
                    "deelnemers zich altijd kunnen terugtrekken. Vervorm stemmen als dat nodig "
                    "is. Beluister de montage samen met de deelnemers voor je ze verspreidt.</p>",
                ),
            ],
        },
        "en": {
            "title": "Audio piece: tenants on Housing First and lockdown",
            "summary": "The Namur coach used the period of social distancing to meet some "
            "fifteen tenants, ask them three questions and let them talk. From this he made a "
            "four-minute audio piece about how people experience Housing First.",
            "goal": "Give tenants a voice, break lockdown isolation with a conversation they "
            "chose, and make Housing First known through the people who live in it.",
            "target_group": "Tenants of the Namur programme willing to speak anonymously; then "
            "the audience of partners and professional meetings.",
            "preconditions": "A good recorder or smartphone, simple editing software and "
            "written consent from each participant for the use of their voice.",
            "transferability": "Within reach of any coach with basic editing skills. The short "
            "format is key: four minutes can be played in a meeting, an hour cannot.",
            "contact": "Relais social urbain namurois, Housing First reanchoring coach",
            "body": [
                (
                    "context",
                    "<p>Health measures ruled out any group activity. The coach decided to use "
                    "the time to record tenants' accounts, one by one, at home or on a walk, at "
                    "a safe distance.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Three questions",
                            "description": "Simple open questions, for instance: what has "
                            "Housing First changed for you, how are you living through "
                            "lockdown, what would you like people to know?",
                        },
                        {
                            "title": "Open conversations",
                            "description": "Everyone talks as long as they like: some for five "
                            "minutes, others for three quarters of an hour.",
                        },
                        {
                            "title": "Editing",
                            "description": "The coach selects excerpts and builds a four-minute "
                            "piece with no names or identifying details.",
                        },
                        {
                            "title": "Listening with participants",
                            "description": "Tenants hear the piece before it is shared and can "
                            "have any passage removed.",
                        },
                        {
                            "title": "Sharing",
                            "description": "The piece is played at partner meetings and at "
                            "gatherings between projects.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Being asked about one's experience means being treated as someone with "
                    "something to say. Tenants gave concrete examples, which makes the piece "
                    "speak to people who do not know Housing First. The conversation itself "
                    "was a moment of contact in a very lonely period.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Between ten and fifteen tenants took part. Several "
                        "said they appreciated being asked for their view. Partners who "
                        "listened to the piece asked more concrete questions about the "
                        "programme.</p>",
                        "indicators": ["respected", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "They asked what I thought and listened to the end. That "
                        "doesn't happen to me often.",
                        "role": "tenant",
                        "city": "Namur",
                    },
                ),
                (
                    "tips",
                    "<p>Use a clear, readable consent form and repeat that people can withdraw "
                    "at any time. Disguise voices where needed. Listen to the edit with the "
                    "participants before sharing it.</p>",
                ),
            ],
        },
    },
}

KORTRIJK_VOLUNTEER_WORK = {
    "key": "kortrijk-volunteer-work",
    "project": "kortrijk-w13",
    "model": None,
    "domains": ["socio-professional-integration", "income", "social-relations"],
    "levels": ["individual"],
    "targets": ["residents", "partners"],
    "approaches": ["tailored-support", "partnerships"],
    "empowerment": ["individual"],
    "phases": ["anchoring"],
    "tags": ["volunteering", "meaningful-activity"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-10-15",
    "ended": None,
    "adapted_from": None,
    "related": ["genk-neighbourhood-centre", "liege-community-garden"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Samen op zoek naar vrijwilligerswerk",
            "summary": "Voor huurders zonder leefloon of werk zoekt de verbindingscoach samen "
            "met hen naar vrijwilligerswerk dat bij hun interesses past. Waar een wooncoach "
            "hooguit één keer meegaat, kan de verbindingscoach het traject volgen tot de "
            "huurder er zijn plek heeft.",
            "goal": "Een zinvolle dagbesteding, een dagstructuur en nieuwe contacten, en "
            "tegelijk nagaan welke rechten op inkomen openstaan.",
            "target_group": "Huurders die geen leefloon of ander inkomen hebben, of die hun dagen "
            "als leeg ervaren en iets willen doen.",
            "preconditions": "Kennis van de lokale vrijwilligersorganisaties; afspraken met de "
            "wooncoach over wie wat opvolgt; aandacht voor de regels rond vrijwilligerswerk en "
            "uitkeringen.",
            "transferability": "Overal toepasbaar. Het verschil zit in de tijd: de coach kan "
            "meerdere keren meegaan, ook na een mislukte eerste poging.",
            "contact": "W13, verbindingscoach Housing First Zuid-West-Vlaanderen",
            "body": [
                (
                    "context",
                    "<p>Wooncoaches gingen al af en toe mee als een huurder ergens wilde "
                    "beginnen, maar door tijdsgebrek bleef het bij één keer. Met een "
                    "verbindingscoach in het team kan dat werk grondiger gebeuren, vooral voor "
                    "wie zonder leefloon valt en dus niet vanzelf in een traject terechtkomt.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Verkennen",
                            "description": "Gesprekken over wat de huurder graag doet, kan en "
                            "vroeger deed; ook over wat hij niet wil.",
                        },
                        {
                            "title": "Rechten nakijken",
                            "description": "Samen met de wooncoach en het OCMW nagaan of er "
                            "toch recht is op een inkomen, en of vrijwilligerswerk daar invloed "
                            "op heeft.",
                        },
                        {
                            "title": "Organisaties zoeken",
                            "description": "De coach legt contact met enkele organisaties en "
                            "legt uit wat Housing First is.",
                        },
                        {
                            "title": "Kennismaken",
                            "description": "Een eerste bezoek samen, daarna enkele keren "
                            "meegaan tot de huurder alleen durft.",
                        },
                        {
                            "title": "Opvolgen",
                            "description": "Regelmatig een kort gesprek met de huurder en, met "
                            "zijn akkoord, met de verantwoordelijke van de organisatie.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De coach heeft de tijd om te blijven komen, ook als het de eerste keer "
                    "tegenvalt. Vrijwilligerswerk geeft een rol die niets met dakloosheid te "
                    "maken heeft: collega, helper, iemand op wie gerekend wordt.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Lokale vrijwilligersorganisaties (kringwinkel, "
                            "buurtrestaurant, dierenasiel)",
                            "role": "Bieden een plek en een vaste contactpersoon.",
                        },
                        {"name": "OCMW", "role": "Bekijkt de rechten op inkomen."},
                    ],
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Sommige organisaties aarzelden om iemand met een "
                            "verleden op straat te laten meewerken.",
                            "response": "De coach bleef bereikbaar als aanspreekpunt en "
                            "stelde een proefperiode voor.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Meerdere huurders vonden een vaste plek, enkele halve "
                        "dagen per week. Ze spreken over ‘mijn werk’ en ‘mijn collega's’. Bij "
                        "sommigen bleek er bij nader inzien toch recht op een inkomen.</p>",
                        "indicators": ["recognised-citizen", "acts-on-life", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Op dinsdag en donderdag weet ik waarom ik opsta. Ze rekenen "
                        "daar op mij.",
                        "role": "huurder",
                        "city": "Kortrijk",
                    },
                ),
                (
                    "tips",
                    "<p>Begin klein: één halve dag per week is genoeg. Bereid de organisatie "
                    "voor zonder het verleden van de huurder te vertellen; dat is zijn verhaal. "
                    "Zorg dat er een plan is voor als het project stopt.</p>",
                ),
            ],
        },
        "fr": {
            "title": "Chercher ensemble une activité bénévole",
            "summary": "Pour les locataires sans revenu d'intégration ni emploi, le coach en "
            "ancrage cherche avec eux un bénévolat qui corresponde à leurs intérêts. Là où un "
            "accompagnateur logement ne peut accompagner qu'une fois, le coach suit la démarche "
            "jusqu'à ce que le locataire ait trouvé sa place.",
            "goal": "Une activité porteuse de sens, un rythme de journée et de nouveaux contacts, "
            "tout en vérifiant les droits à un revenu.",
            "target_group": "Locataires sans revenu d'intégration ni autre ressource, ou qui "
            "trouvent leurs journées vides et veulent faire quelque chose.",
            "preconditions": "Connaître les associations locales qui accueillent des bénévoles ; "
            "se répartir le suivi avec l'accompagnateur logement ; être attentif aux règles qui "
            "lient bénévolat et allocations.",
            "transferability": "Applicable partout. La différence tient au temps : le coach peut "
            "accompagner plusieurs fois, y compris après un premier essai manqué.",
            "contact": "W13, coach en ancrage Housing First (Courtrai)",
            "body": [
                (
                    "context",
                    "<p>Les accompagnateurs logement accompagnaient déjà un locataire de temps "
                    "en temps lorsqu'il voulait se lancer quelque part, mais faute de temps "
                    "cela restait ponctuel. Avec un coach en ancrage dans l'équipe, ce travail "
                    "peut aller plus loin, surtout pour ceux qui n'ont pas de revenu "
                    "d'intégration et n'entrent donc dans aucun parcours.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Explorer",
                            "description": "Parler de ce que le locataire aime faire, sait "
                            "faire, a fait autrefois ; et de ce qu'il ne veut pas.",
                        },
                        {
                            "title": "Vérifier les droits",
                            "description": "Avec l'accompagnateur logement et le CPAS, voir "
                            "s'il existe malgré tout un droit à un revenu, et si le bénévolat "
                            "l'affecte.",
                        },
                        {
                            "title": "Chercher des lieux",
                            "description": "Le coach contacte quelques associations et "
                            "explique ce qu'est Housing First.",
                        },
                        {
                            "title": "Faire connaissance",
                            "description": "Une première visite ensemble, puis quelques "
                            "accompagnements jusqu'à ce que le locataire ose y aller seul.",
                        },
                        {
                            "title": "Suivre",
                            "description": "De brefs points réguliers avec le locataire et, "
                            "s'il est d'accord, avec le responsable de l'association.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Le coach a le temps de revenir, même si la première fois se passe mal. "
                    "Le bénévolat donne un rôle sans lien avec la rue : collègue, aidant, "
                    "quelqu'un sur qui l'on compte.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Plusieurs locataires ont trouvé un engagement régulier "
                        "de quelques demi-journées par semaine. Ils parlent de « mon travail » "
                        "et de « mes collègues ». Pour certains, un droit à un revenu a "
                        "finalement été reconnu.</p>",
                        "indicators": ["recognised-citizen", "acts-on-life", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Le mardi et le jeudi, je sais pourquoi je me lève. Là-bas, "
                        "on compte sur moi.",
                        "role": "locataire",
                        "city": "Courtrai",
                    },
                ),
                (
                    "tips",
                    "<p>Commencez petit : une demi-journée par semaine suffit. Préparez "
                    "l'association sans raconter le passé du locataire, c'est son histoire. "
                    "Prévoyez la suite pour le jour où le projet s'arrête.</p>",
                ),
            ],
        },
    },
}

GENK_NEIGHBOURHOOD_CENTRE = {
    "key": "genk-neighbourhood-centre",
    "project": "genk-caw-limburg",
    "model": None,
    "domains": ["city-neighbourhood", "social-relations"],
    "levels": ["individual", "territorial"],
    "targets": ["residents", "partners"],
    "approaches": ["tailored-support", "outside-world"],
    "empowerment": ["individual"],
    "phases": ["anchoring"],
    "tags": ["neighbourhood-centre", "first-visit", "accompaniment"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-09-01",
    "ended": None,
    "adapted_from": None,
    "related": ["kortrijk-volunteer-work", "genk-family-ties"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Eerste bezoek aan het buurtcentrum, en het tweede en derde",
            "summary": "Als een huurder naar het buurtcentrum wil, gaat de verbindingscoach "
            "mee. Niet één keer, zoals een wooncoach zou doen, maar zo vaak als nodig, tot de "
            "huurder er mensen kent en alleen binnenstapt.",
            "goal": "De drempel naar een ontmoetingsplek in de eigen buurt verlagen, zodat de "
            "huurder er een vaste plek vindt.",
            "target_group": "Huurders die alleen wonen, weinig contacten in de buurt hebben en "
            "aangeven dat ze ergens naartoe willen.",
            "preconditions": "Een buurtcentrum in de wijk met een open onthaal; een "
            "aanspreekpunt daar dat de coach kent.",
            "transferability": "Eenvoudig over te nemen. Het werkt alleen als de coach er "
            "echt tijd voor heeft: de waarde zit in de herhaling.",
            "contact": "CAW Limburg, verbindingscoach Housing First Genk",
            "body": [
                (
                    "context",
                    "<p>Een wooncoach gaat ook wel eens mee naar een buurtcentrum, maar doet "
                    "dat meestal één keer. Voor iemand die jaren op straat leefde, is één "
                    "bezoek zelden genoeg om zich ergens thuis te voelen. De verbindingscoach "
                    "kan daar meer op inzetten.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "De wens horen",
                            "description": "De vraag komt van de huurder, soms terloops "
                            "tijdens een huisbezoek.",
                        },
                        {
                            "title": "Verkennen",
                            "description": "De coach gaat eerst zelf langs, stelt zich voor en "
                            "vraagt wanneer het rustig is en wat er te doen is.",
                        },
                        {
                            "title": "Samen gaan",
                            "description": "Eerste bezoek samen, op een rustig moment, met "
                            "een koffie aan de toog.",
                        },
                        {
                            "title": "Herhalen en afbouwen",
                            "description": "De coach gaat nog enkele keren mee, komt later "
                            "toe of vertrekt vroeger, tot de huurder alleen gaat.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De coach is een vertrouwd gezicht in een vreemde ruimte. Door stap voor "
                    "stap terug te treden, kan de huurder zelf banden leggen met medewerkers en "
                    "bezoekers, en groeit zijn gevoel bij de buurt te horen.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Verschillende huurders komen nu op eigen houtje naar "
                        "het buurtcentrum, sommigen wekelijks. Een paar nemen deel aan een "
                        "activiteit, zoals de gezamenlijke maaltijd.</p>",
                        "indicators": ["recognised-citizen", "durable-bonds", "own-place"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "De eerste keer durfde ik niet eens mijn jas uit te doen. Nu "
                        "zeggen ze goedendag als ik binnenkom.",
                        "role": "huurder",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Ga eerst zelf kijken. Kies voor het eerste bezoek een rustig uur. "
                    "Spreek met de huurder af hoe je je terugtrekt, zodat het geen verrassing "
                    "is.</p>",
                ),
            ],
        },
        "en": {
            "title": "First visit to the neighbourhood centre, and the second and third",
            "summary": "When a tenant wants to go to the neighbourhood centre, the connection "
            "coach goes along. Not once, as a housing coach would, but as often as needed, "
            "until the tenant knows people there and walks in alone.",
            "goal": "Lower the threshold to a meeting place in the tenant's own neighbourhood, "
            "so they find a regular place there.",
            "target_group": "Tenants who live alone, have few contacts in the neighbourhood "
            "and say they would like to go somewhere.",
            "preconditions": "A neighbourhood centre with an open welcome; a contact person "
            "there whom the coach knows.",
            "transferability": "Easy to copy. It only works if the coach really has time for "
            "it: the value lies in the repetition.",
            "contact": "CAW Limburg, Housing First connection coach Genk",
            "body": [
                (
                    "context",
                    "<p>A housing coach will sometimes go along to a neighbourhood centre, but "
                    "usually only once. For someone who lived on the street for years, one "
                    "visit is rarely enough to feel at home somewhere. The connection coach can "
                    "invest more in it.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Hear the wish",
                            "description": "The request comes from the tenant, sometimes "
                            "in passing during a home visit.",
                        },
                        {
                            "title": "Scout",
                            "description": "The coach first goes alone, introduces themself, "
                            "and asks when it is quiet and what goes on.",
                        },
                        {
                            "title": "Go together",
                            "description": "First visit together, at a quiet time, with a "
                            "coffee at the counter.",
                        },
                        {
                            "title": "Repeat and step back",
                            "description": "The coach comes along a few more times, arriving "
                            "later or leaving earlier, until the tenant goes alone.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The coach is a familiar face in an unfamiliar room. By stepping back "
                    "gradually, the coach lets the tenant make their own ties with staff and "
                    "visitors, and their sense of belonging to the neighbourhood grows.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Several tenants now go to the neighbourhood centre on "
                        "their own, some weekly. A few join an activity, such as the shared "
                        "meal.</p>",
                        "indicators": ["recognised-citizen", "durable-bonds", "own-place"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "The first time I didn't even dare take my coat off. Now they "
                        "say hello when I come in.",
                        "role": "tenant",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Go and look for yourself first. Choose a quiet hour for the first "
                    "visit. Agree with the tenant how you will step back, so it comes as no "
                    "surprise.</p>",
                ),
            ],
        },
    },
}

LIEGE_LITERACY_ASSOCIATION = {
    "key": "liege-literacy-association",
    "project": "liege-relais-social",
    "model": None,
    "domains": ["socio-professional-integration", "socio-cultural-participation"],
    "levels": ["individual", "institutional", "territorial"],
    "targets": ["partners", "residents"],
    "approaches": ["sensitising", "partnerships", "outside-world"],
    "empowerment": ["individual"],
    "phases": ["anchoring"],
    "tags": ["literacy", "stigma", "threshold"],
    "status": "running",
    "maturity": "described",
    "started": "2021-02-01",
    "ended": None,
    "adapted_from": None,
    "related": ["brussels-hospital-awareness", "kortrijk-volunteer-work"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Ouvrir la porte d'une association d'alphabétisation",
            "summary": "Quand un locataire a voulu apprendre à lire et à écrire, l'association "
            "contactée doutait qu'une personne passée par la rue puisse suivre. Le coach a "
            "pris le temps de déconstruire ces craintes, et le locataire a pu rejoindre un "
            "groupe.",
            "goal": "Permettre à des locataires d'accéder à des formations ordinaires, et "
            "changer le regard des associations sur le public Housing First.",
            "target_group": "Locataires qui souhaitent apprendre ou réapprendre à lire et à "
            "écrire ; équipes des associations d'alphabétisation.",
            "preconditions": "Un locataire demandeur ; un coach prêt à accompagner la "
            "démarche dans la durée et à rester joignable pour l'association.",
            "transferability": "La démarche vaut pour toute structure de droit commun "
            "(formation, sport, culture) qui hésite à accueillir des personnes anciennement "
            "sans abri.",
            "contact": "Relais social du Pays de Liège, coach en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Dès le premier appel, le coach a senti que son interlocuteur jugeait "
                    "le projet irréaliste : seuils d'entrée, régularité exigée, crainte de "
                    "comportements difficiles. Le passé de rue semblait suffire à conclure "
                    "que la personne n'en serait pas capable. Le coach a refusé ce "
                    "raccourci.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Clarifier la demande",
                            "description": "Avec le locataire : qu'est-ce qu'il veut savoir "
                            "faire, pour quoi faire, à quel rythme ?",
                        },
                        {
                            "title": "Premier contact",
                            "description": "Le coach présente Housing First et la démarche, "
                            "écoute les réserves sans les balayer.",
                        },
                        {
                            "title": "Rencontre sur place",
                            "description": "Un rendez-vous à l'association avec le locataire, "
                            "pour que chacun se fasse une idée sur une personne réelle.",
                        },
                        {
                            "title": "Essai convenu",
                            "description": "Quelques séances d'essai, avec un numéro à appeler "
                            "en cas de souci.",
                        },
                        {
                            "title": "Bilan à trois",
                            "description": "Locataire, formateur et coach font le point et "
                            "décident de la suite.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Le coach ne demande pas de faveur : il rappelle que le locataire a les "
                    "mêmes droits que tout apprenant. La rencontre en personne remplace une "
                    "image stéréotypée par quelqu'un de concret. Le filet de sécurité proposé "
                    "rassure l'association sans faire du locataire un cas à part.</p>",
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Les préjugés sur les personnes sans abri : manque de "
                            "fiabilité, d'hygiène, de constance.",
                            "response": "Parler des compétences de la personne plutôt que de "
                            "son parcours, et proposer un essai plutôt qu'un engagement.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Le locataire suit le groupe depuis plusieurs mois. "
                        "L'association a fait savoir qu'elle accueillerait d'autres "
                        "locataires Housing First.</p>",
                        "indicators": ["respected", "recognised-citizen", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ils pensaient que nos locataires ne tiendraient pas une "
                        "séance. Aujourd'hui, c'est l'association qui me rappelle pour en "
                        "accueillir d'autres.",
                        "role": "coach en ancrage",
                        "city": "Liège",
                    },
                ),
                (
                    "tips",
                    "<p>Ne racontez pas le parcours du locataire, présentez la personne. "
                    "Écoutez les craintes de l'association : elles disent souvent ce qu'il "
                    "faut prévoir. Un essai limité dans le temps facilite le premier oui.</p>",
                ),
            ],
        },
        "nl": {
            "title": "De deur openen van een vereniging voor alfabetisering",
            "summary": "Toen een huurder wilde leren lezen en schrijven, twijfelde de "
            "vereniging of iemand met een verleden op straat het zou kunnen volgen. De coach "
            "nam de tijd om die vrees te ontkrachten, en de huurder kon aansluiten bij een "
            "groep.",
            "goal": "Huurders toegang geven tot gewone opleidingen en de blik van verenigingen "
            "op het Housing First-publiek veranderen.",
            "target_group": "Huurders die willen (her)leren lezen en schrijven; medewerkers van "
            "alfabetiseringsverenigingen.",
            "preconditions": "Een huurder met een vraag; een coach die de stap langer "
            "begeleidt en bereikbaar blijft voor de vereniging.",
            "transferability": "Geldt voor elke reguliere organisatie (opleiding, sport, "
            "cultuur) die aarzelt om mensen met een verleden van dakloosheid op te nemen.",
            "contact": "Relais social du Pays de Liège, coach sociale herankering Housing First",
            "body": [
                (
                    "context",
                    "<p>Al bij het eerste telefoontje voelde de coach dat de vereniging het "
                    "onhaalbaar vond: toegangsdrempels, verplichte regelmaat, vrees voor "
                    "moeilijk gedrag. Het verleden op straat leek te volstaan om te besluiten "
                    "dat de persoon het niet zou kunnen. De coach weigerde die kortere "
                    "weg.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "De vraag verhelderen",
                            "description": "Met de huurder: wat wil hij kunnen, waarvoor, "
                            "in welk tempo?",
                        },
                        {
                            "title": "Eerste contact",
                            "description": "De coach stelt Housing First en de vraag voor en "
                            "luistert naar de bedenkingen zonder ze weg te wuiven.",
                        },
                        {
                            "title": "Kennismaking ter plaatse",
                            "description": "Een afspraak bij de vereniging met de huurder, "
                            "zodat iedereen een echte persoon ziet.",
                        },
                        {
                            "title": "Afgesproken proefperiode",
                            "description": "Enkele proeflessen, met een nummer om te bellen "
                            "als er iets is.",
                        },
                        {
                            "title": "Evaluatie met drie",
                            "description": "Huurder, lesgever en coach bespreken hoe het gaat "
                            "en beslissen over het vervolg.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De coach vraagt geen gunst: hij herinnert eraan dat de huurder "
                    "dezelfde rechten heeft als elke cursist. De ontmoeting vervangt een "
                    "stereotiep beeld door een concreet mens. Het vangnet stelt de vereniging "
                    "gerust zonder van de huurder een apart geval te maken.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>De huurder volgt de groep al enkele maanden. De "
                        "vereniging liet weten dat ze nog Housing First-huurders wil "
                        "ontvangen.</p>",
                        "indicators": ["respected", "recognised-citizen", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ze dachten dat onze huurders geen les zouden volhouden. Nu "
                        "belt de vereniging mij om er nog te ontvangen.",
                        "role": "verbindingscoach",
                        "city": "Luik",
                    },
                ),
                (
                    "tips",
                    "<p>Vertel niet het parcours van de huurder, stel de persoon voor. Luister "
                    "naar de vrees van de vereniging: die zegt vaak wat je moet voorzien. Een "
                    "proefperiode maakt het eerste ja makkelijker.</p>",
                ),
            ],
        },
        "en": {
            "title": "Opening the door of a literacy association",
            "summary": "When a tenant wanted to learn to read and write, the association "
            "contacted doubted that someone who had lived on the street could keep up. The "
            "coach took the time to take those fears apart, and the tenant joined a group.",
            "goal": "Give tenants access to mainstream courses, and change how associations "
            "see Housing First tenants.",
            "target_group": "Tenants who want to learn, or relearn, to read and write; staff of "
            "literacy associations.",
            "preconditions": "A tenant asking for it; a coach ready to stay with the process and "
            "remain reachable for the association.",
            "transferability": "Applies to any mainstream organisation (training, sport, "
            "culture) that hesitates to take in people who were homeless.",
            "contact": "Relais social du Pays de Liège, Housing First reanchoring coach",
            "body": [
                (
                    "context",
                    "<p>From the first phone call, the coach sensed that the association "
                    "found the idea unrealistic: entry thresholds, required regularity, fear "
                    "of difficult behaviour. A past on the street seemed enough to conclude "
                    "the person could not manage. The coach refused that shortcut.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Clarify the request",
                            "description": "With the tenant: what do they want to be able to "
                            "do, what for, at what pace?",
                        },
                        {
                            "title": "First contact",
                            "description": "The coach presents Housing First and the request, "
                            "and listens to the objections without brushing them aside.",
                        },
                        {
                            "title": "Meeting on site",
                            "description": "An appointment at the association with the tenant, "
                            "so everyone sees a real person.",
                        },
                        {
                            "title": "Agreed trial",
                            "description": "A few trial sessions, with a number to call if "
                            "anything comes up.",
                        },
                        {
                            "title": "Three-way review",
                            "description": "Tenant, teacher and coach take stock and decide "
                            "what comes next.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The coach asks for no favour: he points out that the tenant has the "
                    "same rights as any learner. Meeting in person replaces a stereotype with "
                    "a real person. The safety net reassures the association without turning "
                    "the tenant into a special case.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>The tenant has attended the group for several months. "
                        "The association has said it would welcome other Housing First "
                        "tenants.</p>",
                        "indicators": ["respected", "recognised-citizen", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "They thought our tenants wouldn't last a single session. Now "
                        "the association calls me to take in more.",
                        "role": "reanchoring coach",
                        "city": "Liège",
                    },
                ),
                (
                    "tips",
                    "<p>Don't tell the tenant's story; introduce the person. Listen to the "
                    "association's fears: they often show what you need to plan for. A "
                    "time-limited trial makes the first yes easier.</p>",
                ),
            ],
        },
    },
}

CHARLEROI_BUS_NETWORK = {
    "key": "charleroi-bus-network",
    "project": "charleroi-relais-social",
    "model": None,
    "domains": ["mobility", "city-neighbourhood", "income"],
    "levels": ["individual"],
    "targets": ["residents"],
    "approaches": ["tailored-support", "outside-world"],
    "empowerment": ["individual"],
    "phases": ["anchoring"],
    "tags": ["public-transport", "bus", "reduced-fare"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-09-15",
    "ended": None,
    "adapted_from": None,
    "related": ["hasselt-cycling-buddy", "brussels-outings-committee"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Apprivoiser le bus et le métro à Charleroi",
            "summary": "Beaucoup de locataires se déplacent à pied dans un petit périmètre et "
            "renoncent à des rendez-vous trop éloignés. Le coach les accompagne sur quelques "
            "trajets en bus et en métro, les aide à lire horaires et plans, et vérifie avec "
            "eux le droit à un abonnement à tarif réduit.",
            "goal": "Rendre les locataires autonomes dans leurs déplacements pour qu'ils "
            "accèdent aux services, aux loisirs et aux proches sans dépendre d'un "
            "accompagnateur.",
            "target_group": "Locataires qui ne prennent pas les transports en commun, par "
            "manque d'habitude, de moyens ou par appréhension.",
            "preconditions": "Un titre de transport pour le coach et le locataire lors des "
            "premiers trajets ; les documents nécessaires pour un éventuel tarif réduit.",
            "transferability": "Valable dans toute ville desservie par un réseau de transport "
            "public. Les conditions des tarifs réduits varient : à vérifier localement.",
            "contact": "Relais social de Charleroi, coach en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Après des années de rue, beaucoup de locataires ont gardé l'habitude "
                    "de tout faire à pied, dans un périmètre réduit. Un rendez-vous à l'autre "
                    "bout de la ville devient alors un obstacle, et certains y renoncent. "
                    "Dans l'équipe, personne n'avait le temps de prendre le bus avec eux.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Partir d'un but concret",
                            "description": "Un rendez-vous médical, une visite à un proche, "
                            "une activité : le trajet a un sens pour le locataire.",
                        },
                        {
                            "title": "Préparer le trajet",
                            "description": "Lire ensemble le plan et les horaires, sur papier "
                            "ou sur téléphone.",
                        },
                        {
                            "title": "Voyager ensemble",
                            "description": "Le coach fait le trajet avec le locataire, puis le "
                            "laisse guider lors du suivant.",
                        },
                        {
                            "title": "Régler l'abonnement",
                            "description": "Vérifier le droit à un tarif réduit et faire les "
                            "démarches au guichet avec le locataire.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>L'apprentissage se fait en situation réelle, sur un trajet qui compte "
                    "pour la personne. Le coach passe vite de guide à passager, ce qui donne "
                    "confiance. L'abonnement lève l'obstacle financier durablement.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Les locataires accompagnés se rendent seuls à leurs "
                        "rendez-vous et élargissent leurs sorties. Plusieurs disposent "
                        "désormais d'un abonnement.</p>",
                        "indicators": ["acts-on-life", "follows-wishes", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Avant, la ville s'arrêtait au bout de ma rue. Maintenant je "
                        "vais voir ma fille le dimanche.",
                        "role": "locataire",
                        "city": "Charleroi",
                    },
                ),
                (
                    "tips",
                    "<p>Commencez par un trajet court et sans enjeu fort. Laissez le locataire "
                    "valider son titre lui-même dès le premier voyage. Gardez une copie des "
                    "horaires utiles chez lui.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Vertrouwd raken met bus en metro in Charleroi",
            "summary": "Veel huurders verplaatsen zich te voet binnen een kleine straal en "
            "zeggen afspraken die te ver zijn af. De coach reist enkele keren met hen mee op "
            "bus en metro, helpt dienstregelingen en plannen te lezen en bekijkt samen het "
            "recht op een abonnement aan verminderd tarief.",
            "goal": "Huurders zelfstandig laten reizen, zodat ze diensten, vrije tijd en naasten "
            "bereiken zonder begeleider.",
            "target_group": "Huurders die geen openbaar vervoer nemen, uit gewoonte, geldgebrek "
            "of angst.",
            "preconditions": "Vervoerbewijzen voor coach en huurder bij de eerste ritten; de "
            "nodige documenten voor een eventueel verminderd tarief.",
            "transferability": "Bruikbaar in elke stad met openbaar vervoer. De voorwaarden "
            "voor verminderde tarieven verschillen: lokaal na te gaan.",
            "contact": "Relais social de Charleroi, coach sociale herankering Housing First",
            "body": [
                (
                    "context",
                    "<p>Na jaren op straat zijn veel huurders gewoon alles te voet te doen, "
                    "in een beperkte omtrek. Een afspraak aan de andere kant van de stad wordt "
                    "dan een drempel, en sommigen laten ze schieten. In het team had niemand "
                    "tijd om met hen de bus te nemen.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Vertrekken van een concreet doel",
                            "description": "Een doktersafspraak, een bezoek aan familie, een "
                            "activiteit: de rit moet iets betekenen voor de huurder.",
                        },
                        {
                            "title": "De rit voorbereiden",
                            "description": "Samen plan en dienstregeling lezen, op papier of "
                            "op de telefoon.",
                        },
                        {
                            "title": "Samen reizen",
                            "description": "De coach reist mee en laat de huurder de volgende "
                            "keer de weg wijzen.",
                        },
                        {
                            "title": "Het abonnement regelen",
                            "description": "Het recht op verminderd tarief nagaan en samen "
                            "aan het loket de stappen zetten.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Er wordt geleerd in een echte situatie, op een rit die ertoe doet. De "
                    "coach wordt snel van gids passagier, wat vertrouwen geeft. Het abonnement "
                    "neemt de financiële drempel blijvend weg.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>De begeleide huurders gaan alleen naar hun afspraken en "
                        "komen verder dan vroeger. Verschillenden hebben nu een "
                        "abonnement.</p>",
                        "indicators": ["acts-on-life", "follows-wishes", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Vroeger hield de stad op aan het einde van mijn straat. Nu ga "
                        "ik op zondag naar mijn dochter.",
                        "role": "huurder",
                        "city": "Charleroi",
                    },
                ),
            ],
        },
    },
}

HASSELT_CYCLING_BUDDY = {
    "key": "hasselt-cycling-buddy",
    "project": "hasselt-caw-limburg",
    "model": None,
    "domains": ["mobility", "health"],
    "levels": ["individual", "territorial"],
    "targets": ["residents", "partners"],
    "approaches": ["tailored-support", "partnerships"],
    "empowerment": ["individual"],
    "phases": ["anchoring"],
    "tags": ["cycling", "bicycle", "volunteers"],
    "status": "running",
    "maturity": "described",
    "started": "2021-04-01",
    "ended": None,
    "adapted_from": None,
    "related": ["charleroi-bus-network"],
    "original": "en",
    "versions": {
        "en": {
            "title": "A bike and a cycling buddy",
            "summary": "Tenants in Hasselt who want to get around by bike receive a "
            "refurbished second-hand bicycle through a local repair workshop. A volunteer "
            "cycling buddy rides with them the first few times, along the routes they need.",
            "goal": "Independent, cheap and healthy mobility, so tenants can reach services, "
            "work and friends on their own.",
            "target_group": "Tenants who can ride a bike or want to learn again, and who find "
            "public transport too expensive or too limited for their trips.",
            "preconditions": "A repair workshop willing to set aside bikes at a low price; a "
            "few volunteers; a lock and lights for every bike.",
            "transferability": "Works best in a flat city with cycle paths. Elsewhere, pair it "
            "with public transport support.",
            "contact": "CAW Limburg, Housing First connection coach Hasselt",
            "body": [
                (
                    "context",
                    "<p>Many tenants in Hasselt live some distance from the services they "
                    "use, and bus fares add up. Several said they used to cycle and would like "
                    "to again, but had no bike and had lost confidence in traffic.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Ask and check",
                            "description": "The coach asks whether the tenant wants to cycle "
                            "and can do so safely; health questions are discussed with the "
                            "housing coach.",
                        },
                        {
                            "title": "Choose a bike",
                            "description": "Tenant and coach visit the repair workshop and "
                            "pick a bike together; the tenant pays a symbolic amount.",
                        },
                        {
                            "title": "Ride with a buddy",
                            "description": "A volunteer rides the tenant's usual routes with "
                            "them two or three times.",
                        },
                        {
                            "title": "Keep it running",
                            "description": "The workshop offers free check-ups; tenants learn "
                            "to fix a puncture there.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Owning the bike, even for a small sum, makes it the tenant's own. The "
                    "buddy is a volunteer, not a worker, so the rides feel like an outing "
                    "between equals. The workshop becomes a place the tenant returns to.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Social-economy bike repair workshop",
                            "role": "Refurbishes bikes, offers check-ups and repair lessons.",
                        },
                        {
                            "name": "Local volunteer network",
                            "role": "Provides cycling buddies.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Tenants with a bike keep their appointments more "
                        "easily and say they feel fitter. Some now cycle to a volunteer "
                        "job.</p>",
                        "indicators": ["acts-on-life", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "The first ride I was scared of every car. By the third I was "
                        "showing him a shortcut.",
                        "role": "tenant",
                        "city": "Hasselt",
                    },
                ),
                (
                    "tips",
                    "<p>Provide a good lock from day one: a stolen bike undoes a lot of "
                    "confidence. Match buddies and tenants on temperament, not only on "
                    "availability.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Een fiets en een fietsbuddy",
            "summary": "Huurders in Hasselt die zich met de fiets willen verplaatsen, krijgen "
            "via een fietsatelier een opgeknapte tweedehandsfiets. Een vrijwillige fietsbuddy "
            "rijdt de eerste keren mee op de routes die ze nodig hebben.",
            "goal": "Zelfstandige, goedkope en gezonde mobiliteit, zodat huurders op eigen "
            "houtje diensten, werk en vrienden bereiken.",
            "target_group": "Huurders die kunnen fietsen of het opnieuw willen leren, en voor "
            "wie het openbaar vervoer te duur of te beperkt is.",
            "preconditions": "Een fietsatelier dat fietsen aan een lage prijs wil reserveren; "
            "enkele vrijwilligers; een slot en verlichting bij elke fiets.",
            "transferability": "Werkt het best in een vlakke stad met fietspaden. Elders te "
            "combineren met ondersteuning voor het openbaar vervoer.",
            "contact": "CAW Limburg, verbindingscoach Housing First Hasselt",
            "body": [
                (
                    "context",
                    "<p>Veel huurders in Hasselt wonen een eind van de diensten waar ze "
                    "naartoe moeten, en busritten kosten geld. Verschillenden vertelden dat "
                    "ze vroeger fietsten en dat graag opnieuw zouden doen, maar ze hadden geen "
                    "fiets en durfden niet goed meer in het verkeer.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Vragen en nagaan",
                            "description": "De coach vraagt of de huurder wil fietsen en het "
                            "veilig kan; gezondheidsvragen worden met de wooncoach besproken.",
                        },
                        {
                            "title": "Een fiets kiezen",
                            "description": "Huurder en coach gaan samen naar het fietsatelier "
                            "en kiezen een fiets; de huurder betaalt een symbolisch bedrag.",
                        },
                        {
                            "title": "Rijden met een buddy",
                            "description": "Een vrijwilliger rijdt twee of drie keer mee op de "
                            "vaste routes van de huurder.",
                        },
                        {
                            "title": "Onderhouden",
                            "description": "Het atelier biedt gratis nazicht; huurders leren "
                            "er een band plakken.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Door de fiets te kopen, al is het voor een klein bedrag, wordt ze echt "
                    "van de huurder. De buddy is een vrijwilliger en geen hulpverlener, dus "
                    "voelt de rit als een uitstap onder gelijken. Het atelier wordt een plek "
                    "waar de huurder terugkomt.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Huurders met een fiets halen hun afspraken makkelijker "
                        "en voelen zich fitter. Sommigen fietsen nu naar hun "
                        "vrijwilligerswerk.</p>",
                        "indicators": ["acts-on-life", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "De eerste rit was ik bang van elke auto. De derde keer toonde "
                        "ik hem een binnenweg.",
                        "role": "huurder",
                        "city": "Hasselt",
                    },
                ),
                (
                    "tips",
                    "<p>Zorg van bij het begin voor een goed slot: een gestolen fiets breekt "
                    "veel vertrouwen af. Koppel buddy's en huurders op karakter, niet alleen "
                    "op beschikbaarheid.</p>",
                ),
            ],
        },
    },
}

GHENT_SECOND_HAND_FURNISHING = {
    "key": "ghent-second-hand-furnishing",
    "project": "ghent-ocmw",
    "model": None,
    "domains": ["housing", "income"],
    "levels": ["individual"],
    "targets": ["residents"],
    "approaches": ["tailored-support"],
    "empowerment": ["individual"],
    "phases": ["fitting-out"],
    "tags": ["furniture", "second-hand", "installation-grant"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-09-01",
    "ended": None,
    "adapted_from": None,
    "related": ["brussels-welcome-duo", "ghent-joint-team-meeting"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Zelf je woning inrichten, met een budget en een coach",
            "summary": "Nieuwe huurders in Gent kiezen hun meubels en huisraad zelf in de "
            "kringwinkel, samen met de verbindingscoach. Ze beheren het budget van hun "
            "installatiepremie mee en beslissen hoe hun woning eruit gaat zien.",
            "goal": "Van een lege woning een thuis maken waarin de huurder zich herkent, en "
            "tegelijk oefenen in budgetteren en keuzes maken.",
            "target_group": "Huurders die net een woning betrokken hebben, vaak na jaren zonder "
            "eigen spullen.",
            "preconditions": "Een installatiepremie of ander startbudget; een kringwinkel of "
            "meubelbank in de buurt; vervoer voor grote stukken.",
            "transferability": "Overal mogelijk. In het complementariteitsmodel is dit typisch "
            "werk dat de wooncoach graag zou doen maar zelden de tijd voor heeft.",
            "contact": "OCMW Gent, verbindingscoaches Housing First",
            "body": [
                (
                    "context",
                    "<p>Wie na lange tijd op straat een woning krijgt, staat vaak in lege "
                    "kamers. Het woonteam zorgt voor het huurcontract en de basis; voor het "
                    "eigenlijke inrichten ontbreekt meestal de tijd. De Gentse "
                    "verbindingscoaches, die deel zijn van het woonteam, nemen dat op.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Dromen en lijstjes",
                            "description": "Samen bespreken wat de huurder nodig heeft en wat "
                            "hij mooi vindt; een lijst maken met prioriteiten.",
                        },
                        {
                            "title": "Budget bekijken",
                            "description": "Met de wooncoach nagaan welk bedrag er is en hoe "
                            "het verdeeld wordt.",
                        },
                        {
                            "title": "Winkelen",
                            "description": "Eén of meer bezoeken aan de kringwinkel; de "
                            "huurder kiest, de coach helpt rekenen.",
                        },
                        {
                            "title": "Inrichten",
                            "description": "Samen meubels plaatsen, iets aan de muur hangen, "
                            "de naam op de bel zetten.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Kiezen is al een vorm van thuiskomen: de woning weerspiegelt de smaak "
                    "van de huurder, niet die van een hulpverlener. Het budget samen beheren "
                    "geeft vertrouwen en inzicht, zonder betutteling.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Huurders nodigen sneller iemand uit in hun woning en "
                        "vertellen trots over hun vondsten. Het gesprek over het budget opent "
                        "de deur naar andere vragen over geld.</p>",
                        "indicators": ["own-place", "acts-on-life", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "De zetel heb ik zelf gekozen. Als iemand op bezoek komt, mag "
                        "die er niet zomaar in gaan zitten.",
                        "role": "huurder",
                        "city": "Gent",
                    },
                ),
                (
                    "tips",
                    "<p>Neem de tijd: niet alles hoeft in één dag. Laat ruimte voor iets wat "
                    "niet nuttig is maar wel mooi. Regel vooraf het vervoer van zware "
                    "stukken.</p>",
                ),
            ],
        },
        "en": {
            "title": "Furnishing your own home, with a budget and a coach",
            "summary": "New tenants in Ghent choose their own furniture and household goods "
            "in a second-hand shop, together with the connection coach. They help manage the "
            "budget of their installation grant and decide what their home will look like.",
            "goal": "Turn an empty flat into a home the tenant recognises as theirs, while "
            "practising budgeting and making choices.",
            "target_group": "Tenants who have just moved in, often after years without "
            "belongings of their own.",
            "preconditions": "An installation grant or other starting budget; a second-hand "
            "shop or furniture bank nearby; transport for large items.",
            "transferability": "Possible anywhere. In the complementarity model this is typical "
            "of the work housing coaches would like to do but rarely have time for.",
            "contact": "OCMW Gent, Housing First connection coaches",
            "body": [
                (
                    "context",
                    "<p>People who get a home after a long time on the street often find "
                    "themselves in empty rooms. The housing team arranges the lease and the "
                    "basics; actually furnishing the place usually falls by the wayside. The "
                    "Ghent connection coaches, who are part of the housing team, take it "
                    "on.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Wishes and lists",
                            "description": "Talk through what the tenant needs and likes; draw "
                            "up a list of priorities.",
                        },
                        {
                            "title": "Look at the budget",
                            "description": "Check with the housing coach how much there is and "
                            "how to divide it.",
                        },
                        {
                            "title": "Go shopping",
                            "description": "One or more trips to the second-hand shop; the "
                            "tenant chooses, the coach helps with the sums.",
                        },
                        {
                            "title": "Set up",
                            "description": "Place the furniture together, hang something on "
                            "the wall, put the name on the doorbell.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Choosing is already a way of coming home: the flat reflects the "
                    "tenant's taste, not a worker's. Managing the budget together builds "
                    "confidence and insight without being patronising.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Tenants invite people round sooner and talk proudly "
                        "about their finds. The budget conversation opens the door to other "
                        "money questions.</p>",
                        "indicators": ["own-place", "acts-on-life", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "I picked the sofa myself. When someone visits, they don't "
                        "just get to sit in it.",
                        "role": "tenant",
                        "city": "Ghent",
                    },
                ),
                (
                    "tips",
                    "<p>Take your time: it need not all happen in one day. Leave room for "
                    "something that is not useful but is beautiful. Arrange transport for "
                    "heavy items in advance.</p>",
                ),
            ],
        },
    },
}

CHARLEROI_PEER_WORKSHOPS = {
    "key": "charleroi-peer-workshops",
    "project": "charleroi-relais-social",
    "model": None,
    "domains": ["socio-cultural-participation", "social-relations"],
    "levels": ["collective"],
    "targets": ["residents", "hf-team"],
    "approaches": ["collective-empowerment"],
    "empowerment": ["individual", "organisational"],
    "phases": ["appropriation", "anchoring"],
    "tags": ["peer-training", "cooking", "exchange-day", "workshop"],
    "status": "running",
    "maturity": "described",
    "started": "2021-05-01",
    "ended": None,
    "adapted_from": "namur-guitar-workshop",
    "related": ["namur-guitar-workshop", "brussels-outings-committee"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Des ateliers animés par les locataires, inspirés de Namur",
            "summary": "Après avoir entendu le coach namurois présenter ses ateliers en "
            "intervision, la coach de Charleroi a passé une journée d'échange à Namur. De "
            "retour, elle a lancé des ateliers où des locataires transmettent ce qu'ils "
            "savent faire : cuisine, dessin, petites réparations.",
            "goal": "Transposer à Charleroi le principe de la formation par les pairs, en "
            "partant des savoir-faire des locataires locaux.",
            "target_group": "Locataires du projet Housing First de Charleroi, comme animateurs "
            "ou comme participants.",
            "preconditions": "Un local avec une cuisine ; un petit budget pour les ingrédients "
            "et le matériel ; l'appui de l'équipe logement pour repérer les talents.",
            "transferability": "C'est déjà un transfert : la démarche a voyagé de Namur à "
            "Charleroi grâce à une intervision puis une journée d'échange. Reprendre le "
            "principe, pas le contenu.",
            "contact": "Relais social de Charleroi, coach en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Lors d'une intervision, le coach de Namur a parlé des ateliers qu'il "
                    "menait et de leur succès. La coach de Charleroi, qui peinait à monter des "
                    "activités collectives, a voulu comprendre comment il s'y prenait et a "
                    "demandé à venir voir sur place.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Journée d'échange à Namur",
                            "description": "Participation à un atelier, discussion avec le "
                            "coach et les locataires, découverte du réseau namurois.",
                        },
                        {
                            "title": "Inventaire des talents",
                            "description": "Avec l'équipe logement, lister ce que des "
                            "locataires savent faire et aimeraient partager.",
                        },
                        {
                            "title": "Premier atelier",
                            "description": "Un atelier cuisine animé par un locataire ; la "
                            "coach s'occupe des courses et du local.",
                        },
                        {
                            "title": "Rotation",
                            "description": "D'autres locataires proposent à leur tour un "
                            "atelier ; le groupe choisit le calendrier.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Voir l'atelier namurois fonctionner a donné à la coach la conviction "
                    "que c'était possible. Le principe est le même : celui qui anime est un "
                    "pair, et son savoir est reconnu devant le groupe. Le repas partagé à la "
                    "fin crée un moment convivial qui fait revenir les participants.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Trois locataires ont animé au moins un atelier. Des "
                        "locataires qui ne venaient à rien d'autre participent au repas. "
                        "L'équipe logement relaie désormais les dates.</p>",
                        "indicators": ["collective-projects", "respected", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "À Namur, j'ai compris qu'il ne fallait pas tout organiser "
                        "moi-même. Il fallait demander aux gens ce qu'ils savent.",
                        "role": "coach en ancrage",
                        "city": "Charleroi",
                    },
                ),
                (
                    "tips",
                    "<p>Une journée sur place vaut plusieurs réunions : demandez-la. Ne copiez "
                    "pas l'activité, copiez la démarche. Prévoyez un petit défraiement ou un "
                    "geste de remerciement pour les animateurs.</p>",
                ),
            ],
        },
        "en": {
            "title": "Tenant-led workshops, inspired by Namur",
            "summary": "After hearing the Namur coach present his workshops at an intervision "
            "session, the Charleroi coach spent an exchange day in Namur. Back home, she "
            "started workshops in which tenants pass on what they can do: cooking, drawing, "
            "small repairs.",
            "goal": "Bring the peer-training principle to Charleroi, starting from the skills "
            "of local tenants.",
            "target_group": "Tenants of the Charleroi Housing First programme, as leaders or "
            "as participants.",
            "preconditions": "A room with a kitchen; a small budget for ingredients and "
            "materials; the housing team's help in spotting talents.",
            "transferability": "This is already a transfer: the approach travelled from Namur "
            "to Charleroi through an intervision session and then an exchange day. Copy the "
            "principle, not the content.",
            "contact": "Relais social de Charleroi, Housing First reanchoring coach",
            "body": [
                (
                    "context",
                    "<p>At an intervision session the Namur coach talked about the workshops "
                    "he ran and how well they worked. The Charleroi coach, who was struggling "
                    "to set up group activities, wanted to understand how he did it and asked "
                    "to come and see.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Exchange day in Namur",
                            "description": "Join a workshop, talk with the coach and tenants, "
                            "discover the Namur network.",
                        },
                        {
                            "title": "List the talents",
                            "description": "With the housing team, list what tenants can do "
                            "and would like to share.",
                        },
                        {
                            "title": "First workshop",
                            "description": "A cooking workshop led by a tenant; the coach "
                            "handles the shopping and the room.",
                        },
                        {
                            "title": "Rotation",
                            "description": "Other tenants propose a workshop in turn; the "
                            "group sets the calendar.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Seeing the Namur workshop at work convinced the coach it could be "
                    "done. The principle is the same: the person leading is a peer, and their "
                    "knowledge is recognised in front of the group. The shared meal at the end "
                    "makes for a friendly moment that brings people back.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Three tenants have led at least one workshop. Tenants "
                        "who came to nothing else join the meal. The housing team now passes "
                        "on the dates.</p>",
                        "indicators": ["collective-projects", "respected", "durable-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "In Namur I understood I didn't have to organise everything "
                        "myself. I had to ask people what they know.",
                        "role": "reanchoring coach",
                        "city": "Charleroi",
                    },
                ),
                (
                    "tips",
                    "<p>A day on site is worth several meetings: ask for one. Don't copy the "
                    "activity, copy the approach. Plan a small allowance or a thank-you for "
                    "the tenants who lead.</p>",
                ),
            ],
        },
    },
}

KORTRIJK_PHOTO_WALK = {
    "key": "kortrijk-photo-walk",
    "project": "kortrijk-w13",
    "model": None,
    "domains": ["city-neighbourhood", "socio-cultural-participation"],
    "levels": ["collective", "territorial"],
    "targets": ["residents", "partners"],
    "approaches": ["outside-world", "partnerships"],
    "empowerment": ["individual"],
    "phases": ["anchoring"],
    "tags": ["photography", "walk", "transfer"],
    "status": "idea",
    "maturity": "described",
    "started": None,
    "ended": None,
    "adapted_from": "ghent-bright-spots-photos",
    "related": ["ghent-bright-spots-photos"],
    "original": "nl",
    "versions": {
        "nl": {
            "title": "Fotowandelingen door Kortrijk (in voorbereiding)",
            "summary": "Geïnspireerd door het Gentse fotoproject wil de Kortrijkse coach "
            "fotowandelingen organiseren met huurders uit verschillende gemeenten van de regio. "
            "De foto's zouden te zien zijn in de gebouwen van de OCMW-partners.",
            "goal": "Huurders uit de hele regio samenbrengen rond hun kijk op de stad, en de "
            "W13-partners laten kennismaken met wat herverbinding is.",
            "target_group": "Huurders van Housing First in Zuid-West-Vlaanderen, ook wie buiten "
            "Kortrijk woont.",
            "preconditions": "Een partner die de tentoonstelling wil hosten; vervoer voor "
            "huurders uit andere gemeenten; enkele fototoestellen.",
            "transferability": "Nog niet uitgevoerd; deze fiche beschrijft het plan en wat we "
            "van Gent leerden.",
            "contact": "W13, verbindingscoach Housing First Zuid-West-Vlaanderen",
            "body": [
                (
                    "context",
                    "<p>De coach wilde bij de start alle OCMW's van het samenwerkingsverband "
                    "bezoeken om het project voor te stellen, maar door de coronamaatregelen "
                    "trokken de partners zich terug op hun kerntaken. Het Gentse fotoproject "
                    "bracht op het idee om de partners via de beelden van huurders te "
                    "bereiken.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Leren van Gent",
                            "description": "Gesprek met de Gentse coaches over wat werkte en "
                            "wat niet.",
                        },
                        {
                            "title": "Partners polsen",
                            "description": "Nagaan welke OCMW's een tentoonstelling willen "
                            "ontvangen.",
                        },
                        {
                            "title": "Eerste wandeling",
                            "description": "Een proefwandeling met twee of drie huurders in het "
                            "centrum van Kortrijk.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Wat we van Gent overnemen: een open opdracht zonder technische eisen, "
                    "het toestel dat bij de huurder blijft, en een tentoonstelling op een plek "
                    "waar huurders als inwoners verschijnen en niet als cliënten.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Nog geen resultaten: het plan staat klaar. Twee "
                        "huurders hebben al gezegd dat ze willen meedoen.</p>",
                        "indicators": [],
                    },
                ),
                (
                    "tips",
                    "<p>Vraag een collega die iets al deed om raad voor je begint; het "
                    "bespaart veel zoekwerk.</p>",
                ),
            ],
        },
        "fr": {
            "title": "Balades photo à Courtrai (en préparation)",
            "summary": "Inspiré par le projet photo de Gand, le coach de Courtrai veut "
            "organiser des balades photographiques avec des locataires de plusieurs communes "
            "de la région. Les photos seraient exposées dans les locaux des CPAS partenaires.",
            "goal": "Réunir des locataires de toute la région autour de leur regard sur la "
            "ville, et faire découvrir l'ancrage social aux partenaires de W13.",
            "target_group": "Locataires Housing First du sud-ouest de la Flandre, y compris "
            "hors de Courtrai.",
            "preconditions": "Un partenaire prêt à accueillir l'exposition ; du transport pour "
            "les locataires d'autres communes ; quelques appareils photo.",
            "transferability": "Pas encore réalisé ; cette fiche décrit le projet et ce que "
            "nous avons appris de Gand.",
            "contact": "W13, coach en ancrage Housing First (Courtrai)",
            "body": [
                (
                    "context",
                    "<p>Au départ, le coach voulait rendre visite à chacun des CPAS du "
                    "partenariat pour présenter le projet, mais avec les mesures sanitaires "
                    "les partenaires se sont repliés sur leurs missions de base. Le projet "
                    "photo gantois a donné l'idée de toucher les partenaires à travers les "
                    "images des locataires.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Apprendre de Gand",
                            "description": "Échange avec les coachs gantois sur ce qui a "
                            "marché ou non.",
                        },
                        {
                            "title": "Sonder les partenaires",
                            "description": "Voir quels CPAS souhaitent accueillir une exposition.",
                        },
                        {
                            "title": "Première balade",
                            "description": "Une balade test avec deux ou trois locataires dans "
                            "le centre de Courtrai.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Ce que nous reprenons de Gand : une consigne ouverte sans exigence "
                    "technique, l'appareil qui reste chez le locataire, et une exposition dans "
                    "un lieu où les locataires apparaissent comme habitants et non comme "
                    "usagers.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Pas encore de résultats : le projet est prêt. Deux "
                        "locataires ont déjà dit vouloir participer.</p>",
                        "indicators": [],
                    },
                ),
            ],
        },
    },
}

BRUSSELS_HOSPITAL_AWARENESS = {
    "key": "brussels-hospital-awareness",
    "project": "brussels-smes",
    "model": None,
    "domains": ["health", "city-neighbourhood"],
    "levels": ["institutional", "territorial"],
    "targets": ["partners"],
    "approaches": ["sensitising", "partnerships"],
    "empowerment": ["individual", "political"],
    "phases": ["anchoring"],
    "tags": ["stigma", "hospital", "awareness", "reception-staff"],
    "status": "tried-once",
    "maturity": "described",
    "started": "2021-06-01",
    "ended": None,
    "adapted_from": None,
    "related": ["liege-literacy-association", "namur-audio-piece"],
    "original": "en",
    "versions": {
        "en": {
            "title": "Tenants and coaches talk to hospital reception staff",
            "summary": "Tenants kept describing being dismissed at hospital desks and in "
            "waiting rooms. The Brussels coaches organised a short session with the reception "
            "and nursing staff of a hospital department, in which volunteer tenants spoke "
            "about their experience and the team explained Housing First.",
            "goal": "Reduce the stigma tenants meet in health care by letting staff hear them "
            "directly, and set up a simple contact line between the hospital and Housing "
            "First.",
            "target_group": "Reception, admission and nursing staff of a hospital department; "
            "tenants willing to speak in public.",
            "preconditions": "A hospital contact who supports the idea; tenants who volunteer "
            "and are prepared beforehand; time to debrief with them afterwards.",
            "transferability": "Applies to any front desk tenants struggle with: social welfare "
            "centres, municipal offices, GP practices. Start where tenants report the most "
            "difficulty.",
            "contact": "SMES-B, Brussels social reanchoring team",
            "body": [
                (
                    "context",
                    "<p>Across the Brussels project, tenants and workers told the same story: "
                    "in hospitals, at the doctor's, at the public welfare centre, people "
                    "formerly homeless are often not believed or are sent from one desk to "
                    "another. Pain is played down, forms do not fit their situation. The "
                    "coaches saw this as part of their job: working on the way institutions "
                    "receive tenants, not only on the tenants.</p>",
                ),
                (
                    "objectives",
                    "<ul><li>Let staff hear tenants' experience first hand.</li>"
                    "<li>Replace clichés with concrete knowledge of Housing First.</li>"
                    "<li>Agree on a contact person on each side.</li></ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Find an ally",
                            "description": "A head nurse who had worked with street nurses "
                            "agreed to host the session.",
                        },
                        {
                            "title": "Prepare with tenants",
                            "description": "Two preparation meetings with volunteer tenants: "
                            "what they want to say, what they keep to themselves, how to stop "
                            "if it gets too much.",
                        },
                        {
                            "title": "The session",
                            "description": "One hour during a staff meeting: tenants speak, "
                            "the coach presents Housing First, questions follow.",
                        },
                        {
                            "title": "Agree on contacts",
                            "description": "A named contact on each side for difficult admissions.",
                        },
                        {
                            "title": "Debrief",
                            "description": "Coach and tenants go over how it felt, the same day.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Staff rarely meet patients outside a moment of crisis; hearing tenants "
                    "speak calmly about their lives changes the picture. For the tenants, "
                    "being the ones who explain and are listened to reverses the usual "
                    "relationship. A named contact person turns good intentions into a "
                    "practical route.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Hospital department (reception and nursing staff)",
                            "role": "Hosted the session and named a contact person.",
                        },
                        {
                            "name": "Street nurses (Infirmiers de rue / Straatverplegers)",
                            "role": "Opened the door through their existing hospital contacts.",
                        },
                    ],
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Staff turnover means the message fades.",
                            "response": "A second session is planned, and a one-page note on "
                            "Housing First was left with the department.",
                        },
                        {
                            "obstacle": "Speaking in public is demanding for tenants.",
                            "response": "Careful preparation, the right to stop at any time, "
                            "and a debrief the same day.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Staff asked many questions and several said they "
                        "would look differently at patients they recognised as formerly "
                        "homeless. Since then, admissions of tenants have gone through the "
                        "contact person more than once. The tenants who spoke said they felt "
                        "proud.</p>",
                        "indicators": ["respected", "recognised-citizen", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Usually I'm the one waiting to be seen. That day they were "
                        "the ones listening to me.",
                        "role": "tenant",
                        "city": "Brussels",
                    },
                ),
                (
                    "tips",
                    "<p>Start with one department and one ally rather than the whole hospital. "
                    "Never put a tenant's medical history on the table; let them choose what to "
                    "share. Follow up within a few months or the effect wears off.</p>",
                ),
            ],
        },
        "fr": {
            "title": "Des locataires et des coachs rencontrent le personnel d'accueil hospitalier",
            "summary": "Les locataires racontaient souvent être mal reçus aux guichets et dans "
            "les salles d'attente des hôpitaux. Les coachs bruxellois ont organisé une courte "
            "rencontre avec le personnel d'accueil et infirmier d'un service, où des locataires "
            "volontaires ont parlé de leur vécu et où l'équipe a présenté Housing First.",
            "goal": "Réduire la stigmatisation vécue dans les soins en donnant directement la "
            "parole aux locataires, et établir un lien simple entre l'hôpital et Housing First.",
            "target_group": "Personnel d'accueil, d'admission et infirmier d'un service "
            "hospitalier ; locataires prêts à prendre la parole.",
            "preconditions": "Un contact à l'hôpital qui soutient l'idée ; des locataires "
            "volontaires et préparés ; du temps pour un débriefing avec eux.",
            "transferability": "Valable pour tout guichet où les locataires rencontrent des "
            "difficultés : CPAS, administration communale, cabinets médicaux. Commencez là où "
            "ils en signalent le plus.",
            "contact": "SMES-B, équipe d'ancrage social de Bruxelles",
            "body": [
                (
                    "context",
                    "<p>Dans tout le projet bruxellois, locataires et travailleurs faisaient le "
                    "même constat : à l'hôpital, chez le médecin, au CPAS, les personnes "
                    "anciennement sans abri sont souvent mises en doute ou renvoyées d'un "
                    "guichet à l'autre. Leur douleur est minimisée, les formulaires ne "
                    "correspondent pas à leur situation. Les coachs ont considéré que cela "
                    "faisait partie de leur mission : agir sur l'accueil des institutions, pas "
                    "seulement auprès des locataires.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Trouver un allié",
                            "description": "Une infirmière en chef qui connaissait le travail "
                            "des infirmiers de rue a accepté d'accueillir la rencontre.",
                        },
                        {
                            "title": "Préparer avec les locataires",
                            "description": "Deux réunions avec les volontaires : ce qu'ils "
                            "veulent dire, ce qu'ils gardent pour eux, comment s'arrêter si "
                            "c'est trop lourd.",
                        },
                        {
                            "title": "La rencontre",
                            "description": "Une heure pendant une réunion d'équipe : les "
                            "locataires parlent, le coach présente Housing First, puis place "
                            "aux questions.",
                        },
                        {
                            "title": "Convenir de contacts",
                            "description": "Une personne de contact de chaque côté pour les "
                            "admissions difficiles.",
                        },
                        {
                            "title": "Débriefer",
                            "description": "Coach et locataires reviennent sur la rencontre le "
                            "jour même.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Le personnel rencontre rarement ces patients hors des moments de "
                    "crise ; les entendre parler posément de leur vie change le regard. Pour "
                    "les locataires, être ceux qui expliquent et qu'on écoute inverse la "
                    "relation habituelle. Une personne de contact nommée transforme les bonnes "
                    "intentions en chemin concret.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Le personnel a posé beaucoup de questions et plusieurs "
                        "ont dit qu'ils regarderaient autrement ces patients. Depuis, des "
                        "admissions de locataires sont passées plus d'une fois par la "
                        "personne de contact. Les locataires qui ont parlé se sont dits "
                        "fiers.</p>",
                        "indicators": ["respected", "recognised-citizen", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "D'habitude, c'est moi qui attends qu'on me reçoive. Ce "
                        "jour-là, c'est eux qui m'écoutaient.",
                        "role": "locataire",
                        "city": "Bruxelles",
                    },
                ),
                (
                    "tips",
                    "<p>Commencez par un service et un allié plutôt que par tout l'hôpital. Ne "
                    "mettez jamais le dossier médical d'un locataire sur la table ; laissez-le "
                    "choisir ce qu'il partage. Revenez dans les mois qui suivent, sinon l'effet "
                    "s'estompe.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Huurders en coaches in gesprek met onthaalpersoneel van een ziekenhuis",
            "summary": "Huurders vertelden vaak hoe ze aan ziekenhuisbalies en in wachtzalen "
            "van het kastje naar de muur werden gestuurd. De Brusselse coaches organiseerden "
            "een korte sessie met het onthaal- en verpleegpersoneel van een dienst, waar "
            "vrijwillige huurders over hun ervaringen vertelden en het team Housing First "
            "toelichtte.",
            "goal": "Het stigma in de zorg verminderen door personeel rechtstreeks naar "
            "huurders te laten luisteren, en een eenvoudig contact tussen ziekenhuis en "
            "Housing First opzetten.",
            "target_group": "Onthaal-, opname- en verpleegpersoneel van een ziekenhuisdienst; "
            "huurders die in het openbaar willen spreken.",
            "preconditions": "Een contactpersoon in het ziekenhuis die het idee steunt; "
            "vrijwillige, goed voorbereide huurders; tijd om achteraf samen na te praten.",
            "transferability": "Bruikbaar voor elk loket waar huurders vastlopen: OCMW, "
            "gemeentehuis, huisartsenpraktijk. Begin waar ze de meeste moeilijkheden melden.",
            "contact": "SMES-B, team sociale herankering Brussel",
            "body": [
                (
                    "context",
                    "<p>In het hele Brusselse project hoorden coaches hetzelfde: in het "
                    "ziekenhuis, bij de dokter, bij het OCMW worden mensen die dakloos waren "
                    "vaak niet geloofd of doorverwezen van loket naar loket. Hun pijn wordt "
                    "geminimaliseerd, formulieren passen niet bij hun situatie. De coaches "
                    "zagen het als hun opdracht om ook te werken aan hoe instellingen huurders "
                    "ontvangen.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Een bondgenoot vinden",
                            "description": "Een hoofdverpleegkundige die het werk van de "
                            "straatverplegers kende, wilde de sessie ontvangen.",
                        },
                        {
                            "title": "Voorbereiden met huurders",
                            "description": "Twee voorbereidende bijeenkomsten: wat willen ze "
                            "zeggen, wat houden ze voor zich, hoe stoppen als het te zwaar "
                            "wordt.",
                        },
                        {
                            "title": "De sessie",
                            "description": "Een uur tijdens een teamvergadering: huurders "
                            "vertellen, de coach stelt Housing First voor, daarna vragen.",
                        },
                        {
                            "title": "Contacten afspreken",
                            "description": "Aan beide kanten een vaste contactpersoon voor "
                            "moeilijke opnames.",
                        },
                        {
                            "title": "Nabespreken",
                            "description": "Coach en huurders blikken dezelfde dag terug.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Personeel ziet deze patiënten zelden buiten een crisismoment; hen rustig "
                    "over hun leven horen vertellen verandert het beeld. Voor huurders keert "
                    "de gewone verhouding om: zij leggen uit en er wordt naar hen geluisterd. "
                    "Een vaste contactpersoon maakt van goede voornemens een praktische "
                    "weg.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Het personeel stelde veel vragen en verschillenden "
                        "zeiden dat ze anders naar deze patiënten zouden kijken. Sindsdien "
                        "liepen opnames van huurders meermaals via de contactpersoon. De "
                        "huurders die spraken, waren trots.</p>",
                        "indicators": ["respected", "recognised-citizen", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Meestal ben ik degene die zit te wachten. Die dag zaten zij "
                        "naar mij te luisteren.",
                        "role": "huurder",
                        "city": "Brussel",
                    },
                ),
                (
                    "tips",
                    "<p>Begin met één dienst en één bondgenoot, niet met het hele ziekenhuis. "
                    "Leg nooit het medisch dossier van een huurder op tafel; laat hem kiezen "
                    "wat hij deelt. Kom binnen enkele maanden terug, anders verwatert het "
                    "effect.</p>",
                ),
            ],
        },
    },
}

GHENT_JOINT_TEAM_MEETING = {
    "key": "ghent-joint-team-meeting",
    "project": "ghent-ocmw",
    "model": None,
    "domains": ["housing", "social-relations"],
    "levels": ["institutional"],
    "targets": ["hf-team"],
    "approaches": ["tailored-support", "partnerships"],
    "empowerment": ["organisational"],
    "phases": ["fitting-out", "attachment"],
    "tags": ["team-meeting", "collaboration", "new-tenants"],
    "status": "running",
    "maturity": "repeated",
    "started": "2020-10-01",
    "ended": None,
    "adapted_from": None,
    "related": ["ghent-second-hand-furnishing", "brussels-welcome-duo"],
    "original": "en",
    "versions": {
        "en": {
            "title": "A connection moment in every housing team meeting",
            "summary": "In Ghent the two connection coaches are part of the housing team. "
            "Each weekly team meeting has a fixed slot in which housing coaches and connection "
            "coaches go through new tenants together and decide who picks up which wish or "
            "worry.",
            "goal": "Make reanchoring part of the team's routine from the first weeks in the "
            "home, instead of an add-on that comes later.",
            "target_group": "The Housing First team: housing coaches, connection coaches and "
            "coordinator.",
            "preconditions": "Connection coaches who take part in the team meeting; a short, "
            "shared format for discussing each tenant.",
            "transferability": "Fits any team working in the complementarity model. In a "
            "partnership model, a monthly joint meeting between teams can play the same role.",
            "contact": "OCMW Gent, Housing First team coordinator",
            "body": [
                (
                    "context",
                    "<p>At the start the idea was that housing coaches would keep all contact "
                    "with tenants and the connection coaches would work in the background. "
                    "That did not work: a connection coach needs a relationship with the "
                    "tenants and with the team to be able to create connections at all. The "
                    "team rebuilt its meeting around that insight.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "A fixed slot",
                            "description": "Twenty minutes in every weekly meeting, always "
                            "at the same point on the agenda.",
                        },
                        {
                            "title": "Three questions per new tenant",
                            "description": "How is the settling in going? What ties matter "
                            "to them, old and new? What have they said they would like?",
                        },
                        {
                            "title": "Decide who does what",
                            "description": "Housing coach, connection coach or both; noted in "
                            "the team log.",
                        },
                        {
                            "title": "Joint first visit",
                            "description": "For each new tenant, the connection coach joins "
                            "the housing coach on one home visit in the first month.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The fixed slot protects reanchoring from being pushed aside by "
                    "urgent matters. Discussing old ties as well as new ones helps the team "
                    "see the attachment phase clearly: some bonds from the street support the "
                    "tenant, others put the home at risk. Tenants know both coaches from the "
                    "start.</p>",
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Crises tend to eat up the whole meeting.",
                            "response": "The slot comes before the case discussions, not after.",
                        }
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>Requests such as joining a club or contacting family "
                        "reach the connection coaches weeks earlier than before. Housing "
                        "coaches say they now think about reanchoring themselves during "
                        "visits.</p>",
                        "indicators": ["follows-wishes", "mobilise-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "I used to save up questions about leisure for later. Now I "
                        "bring them to the meeting the same week.",
                        "role": "housing coach",
                        "city": "Ghent",
                    },
                ),
                (
                    "tips",
                    "<p>Keep the slot short and never skip it. Use the same three questions "
                    "every time, so the discussion stays quick and comparable.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Een verbindingsmoment in elk teamoverleg",
            "summary": "In Gent maken de twee verbindingscoaches deel uit van het woonteam. "
            "Elk wekelijks teamoverleg heeft een vast moment waarop wooncoaches en "
            "verbindingscoaches samen de nieuwe huurders overlopen en afspreken wie welke wens "
            "of zorg opneemt.",
            "goal": "Herverbinding vanaf de eerste weken in de woning deel laten uitmaken van "
            "de teamroutine, in plaats van iets wat er later bijkomt.",
            "target_group": "Het Housing First-team: wooncoaches, verbindingscoaches en "
            "coördinator.",
            "preconditions": "Verbindingscoaches die aan het teamoverleg deelnemen; een korte, "
            "gedeelde vorm om elke huurder te bespreken.",
            "transferability": "Past in elk team dat volgens het complementariteitsmodel werkt. "
            "In een partnerschapsmodel kan een maandelijks overleg tussen de teams dezelfde "
            "rol spelen.",
            "contact": "OCMW Gent, coördinator Housing First-team",
            "body": [
                (
                    "context",
                    "<p>In het begin was het idee dat de wooncoaches al het contact met de "
                    "huurders zouden houden en dat de verbindingscoaches op de achtergrond "
                    "zouden werken. Dat werkte niet: een verbindingscoach heeft zelf een band "
                    "met de huurders en het team nodig om verbindingen te kunnen leggen. Het "
                    "team bouwde zijn overleg rond dat inzicht opnieuw op.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Een vast moment",
                            "description": "Twintig minuten in elk wekelijks overleg, altijd "
                            "op dezelfde plaats in de agenda.",
                        },
                        {
                            "title": "Drie vragen per nieuwe huurder",
                            "description": "Hoe verloopt het installeren? Welke banden zijn "
                            "belangrijk, oude en nieuwe? Wat heeft hij gezegd dat hij graag "
                            "zou doen?",
                        },
                        {
                            "title": "Afspreken wie wat doet",
                            "description": "Wooncoach, verbindingscoach of allebei; genoteerd "
                            "in het teamlogboek.",
                        },
                        {
                            "title": "Gezamenlijk eerste bezoek",
                            "description": "Bij elke nieuwe huurder gaat de verbindingscoach "
                            "in de eerste maand één keer mee op huisbezoek.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Het vaste moment beschermt herverbinding tegen dringende zaken die "
                    "alles opslokken. Door ook over oude banden te praten, ziet het team de "
                    "fase van gehechtheid beter: sommige banden van de straat steunen de "
                    "huurder, andere brengen de woning in gevaar. Huurders kennen beide "
                    "coaches van bij het begin.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Vragen zoals aansluiten bij een club of contact met "
                        "familie komen weken vroeger bij de verbindingscoaches terecht. "
                        "Wooncoaches zeggen dat ze nu zelf aan herverbinding denken tijdens "
                        "hun bezoeken.</p>",
                        "indicators": ["follows-wishes", "mobilise-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Vroeger spaarde ik vragen over vrije tijd op voor later. Nu "
                        "breng ik ze dezelfde week op het overleg.",
                        "role": "wooncoach",
                        "city": "Gent",
                    },
                ),
                (
                    "tips",
                    "<p>Houd het moment kort en sla het nooit over. Gebruik telkens dezelfde "
                    "drie vragen, zodat de bespreking vlot en vergelijkbaar blijft.</p>",
                ),
            ],
        },
    },
}

LIEGE_COMMUNITY_GARDEN = {
    "key": "liege-community-garden",
    "project": "liege-relais-social",
    "model": None,
    "domains": ["socio-professional-integration", "health", "city-neighbourhood"],
    "levels": ["collective", "territorial"],
    "targets": ["residents", "partners"],
    "approaches": ["outside-world", "partnerships"],
    "empowerment": ["individual", "organisational"],
    "phases": ["anchoring"],
    "tags": ["gardening", "meaningful-activity", "outdoors"],
    "status": "tried-once",
    "maturity": "described",
    "started": "2021-04-01",
    "ended": "2021-10-31",
    "adapted_from": None,
    "related": ["kortrijk-volunteer-work"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Une parcelle au potager collectif du quartier",
            "summary": "Pendant une saison, des locataires liégeois ont cultivé une parcelle "
            "dans un potager collectif géré par une association de quartier. Ils y venaient "
            "chaque semaine avec le coach, puis de plus en plus seuls, aux côtés des autres "
            "jardiniers.",
            "goal": "Offrir une activité porteuse de sens, en plein air, qui crée un rythme et "
            "des liens avec des habitants.",
            "target_group": "Locataires qui cherchent une occupation régulière et aiment le "
            "travail manuel ou le plein air.",
            "preconditions": "Une association de quartier disposée à réserver une parcelle ; "
            "quelques outils ; un coach disponible une demi-journée par semaine au début.",
            "transferability": "Possible partout où existent des jardins partagés. Prévoir "
            "l'hiver : l'activité est saisonnière, il faut penser à la suite.",
            "contact": "Relais social du Pays de Liège, coach en ancrage Housing First",
            "body": [
                (
                    "context",
                    "<p>Plusieurs locataires disaient s'ennuyer et souhaitaient « faire "
                    "quelque chose de leurs mains ». Une association de quartier gérait un "
                    "potager collectif avec des parcelles libres. Au printemps 2021, alors que "
                    "les activités de plein air redevenaient possibles, le coach a proposé un "
                    "essai.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Convenir avec l'association",
                            "description": "Une parcelle réservée, une présentation aux "
                            "jardiniers, les règles du jardin expliquées.",
                        },
                        {
                            "title": "Décider des cultures",
                            "description": "Les locataires choisissent quoi planter ; "
                            "l'association conseille.",
                        },
                        {
                            "title": "Rendez-vous hebdomadaire",
                            "description": "Une matinée par semaine, avec le coach les "
                            "premières fois.",
                        },
                        {
                            "title": "Récolte et fête",
                            "description": "Un repas de fin de saison avec les autres jardiniers.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Le jardin donne des résultats visibles et demande de revenir : les "
                    "plantes n'attendent pas. Les locataires y côtoient des habitants autour "
                    "d'un intérêt commun, sans étiquette. Les conseils des jardiniers "
                    "expérimentés font naître des échanges naturels.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Quatre locataires ont suivi la saison, deux presque "
                        "sans absence. L'association a proposé de renouveler l'expérience. "
                        "L'hiver a marqué une pause que certains ont mal vécue.</p>",
                        "indicators": ["durable-bonds", "recognised-citizen", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Les tomates, c'est moi qui les ai plantées. Les voisins du "
                        "jardin m'en ont demandé.",
                        "role": "locataire",
                        "city": "Liège",
                    },
                ),
                (
                    "tips",
                    "<p>Prévoyez dès le début une activité d'hiver pour ne pas perdre le "
                    "groupe. Laissez les jardiniers du quartier transmettre : le coach n'a pas "
                    "besoin d'être un expert.</p>",
                ),
            ],
        },
        "en": {
            "title": "A plot in the neighbourhood community garden",
            "summary": "For one season, tenants in Liège grew vegetables on a plot in a "
            "community garden run by a neighbourhood association. They came every week with the "
            "coach, then more and more on their own, alongside the other gardeners.",
            "goal": "Offer a meaningful outdoor activity that brings rhythm and ties with local "
            "residents.",
            "target_group": "Tenants looking for a regular occupation who like manual work or "
            "being outdoors.",
            "preconditions": "A neighbourhood association willing to set aside a plot; a few "
            "tools; a coach free half a day a week at the start.",
            "transferability": "Possible wherever shared gardens exist. Plan for winter: the "
            "activity is seasonal and needs a follow-up.",
            "contact": "Relais social du Pays de Liège, Housing First reanchoring coach",
            "body": [
                (
                    "context",
                    "<p>Several tenants said they were bored and wanted to do something with "
                    "their hands. A neighbourhood association ran a community garden with free "
                    "plots. In spring 2021, as outdoor activities became possible again, the "
                    "coach suggested a trial.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Agree with the association",
                            "description": "A reserved plot, an introduction to the "
                            "gardeners, the garden rules explained.",
                        },
                        {
                            "title": "Decide what to grow",
                            "description": "Tenants choose what to plant; the association advises.",
                        },
                        {
                            "title": "Weekly appointment",
                            "description": "One morning a week, with the coach the first few "
                            "times.",
                        },
                        {
                            "title": "Harvest and celebrate",
                            "description": "An end-of-season meal with the other gardeners.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>A garden shows results and asks you to come back: plants do not wait. "
                    "Tenants work next to residents around a shared interest, without labels. "
                    "Advice from experienced gardeners leads to natural conversations.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Four tenants saw the season through, two with hardly "
                        "an absence. The association offered to repeat it. Winter brought a "
                        "pause that some found hard.</p>",
                        "indicators": ["durable-bonds", "recognised-citizen", "follows-wishes"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "I planted the tomatoes. The other gardeners asked me for some.",
                        "role": "tenant",
                        "city": "Liège",
                    },
                ),
                (
                    "tips",
                    "<p>Plan a winter activity from the start so the group does not scatter. "
                    "Let the local gardeners teach: the coach need not be an expert.</p>",
                ),
            ],
        },
    },
}

BRUSSELS_OUTINGS_COMMITTEE = {
    "key": "brussels-outings-committee",
    "project": "brussels-smes",
    "model": None,
    "domains": ["socio-cultural-participation", "city-neighbourhood"],
    "levels": ["collective"],
    "targets": ["residents", "partners"],
    "approaches": ["collective-empowerment", "outside-world"],
    "empowerment": ["organisational", "political"],
    "phases": ["anchoring"],
    "tags": ["outings", "culture", "tenant-committee", "participation"],
    "status": "self-managed",
    "maturity": "evaluated",
    "started": "2020-09-01",
    "ended": None,
    "adapted_from": None,
    "related": ["brussels-writing-workshop", "charleroi-peer-workshops"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Un comité de locataires pour choisir et organiser les sorties",
            "summary": "Au début, les locataires disaient aux coachs bruxellois quelles "
            "sorties ils aimeraient faire. Peu à peu, un petit comité s'est formé pour les "
            "choisir, les préparer et les animer : réservations, trajets, budget. Les coachs "
            "sont passés du rôle d'organisateurs à celui d'appui.",
            "goal": "Faire des locataires les organisateurs des activités collectives, et pas "
            "seulement leurs participants.",
            "target_group": "Locataires des quatre associations Housing First bruxelloises qui "
            "participent régulièrement aux activités et souhaitent s'impliquer davantage.",
            "preconditions": "Un budget d'activités dont le comité connaît le montant ; des "
            "partenaires culturels ; une équipe de coachs qui accepte de lâcher la main.",
            "transferability": "Le modèle de partenariat, avec une équipe dédiée au collectif, "
            "s'y prête particulièrement. Dans une équipe avec un seul coach, commencer par "
            "confier une seule sortie par trimestre.",
            "contact": "SMES-B, équipe d'ancrage social de Bruxelles",
            "body": [
                (
                    "context",
                    "<p>Les coachs bruxellois organisaient des sorties culturelles et de "
                    "détente pour les locataires des quatre associations. Les questionnaires "
                    "de l'évaluation ont montré que cette dynamique de participation était "
                    "très appréciée. Des locataires ont commencé à proposer, puis à prendre "
                    "en charge une partie de l'organisation.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Recueillir les envies",
                            "description": "À la fin de chaque activité, un tour de table sur "
                            "les prochaines sorties.",
                        },
                        {
                            "title": "Former le comité",
                            "description": "Quatre à six locataires volontaires se réunissent "
                            "une fois par mois, avec un coach.",
                        },
                        {
                            "title": "Partager les tâches",
                            "description": "Réserver, vérifier les tarifs réduits, préparer "
                            "le trajet, accueillir le groupe : chaque tâche a un responsable.",
                        },
                        {
                            "title": "Gérer le budget",
                            "description": "Le comité connaît l'enveloppe et arbitre entre "
                            "les propositions.",
                        },
                        {
                            "title": "Évaluer ensemble",
                            "description": "Après chaque sortie, le comité note ce qui a "
                            "marché et ce qu'il changerait.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Le rôle des locataires change de nature : ils ne se contentent plus "
                    "d'exprimer des souhaits, ils organisent. Connaître "
                    "le budget et devoir choisir donne un vrai pouvoir de décision. La "
                    "visibilité du comité auprès des autres locataires et des partenaires "
                    "culturels renforce la reconnaissance.</p>",
                ),
                (
                    "partners",
                    [
                        {
                            "name": "Article 27",
                            "role": "Donne accès à des spectacles et musées à prix réduit.",
                        },
                        {
                            "name": "Lieux culturels bruxellois",
                            "role": "Accueillent le groupe et proposent parfois une visite guidée.",
                        },
                    ],
                ),
                (
                    "obstacles",
                    [
                        {
                            "obstacle": "Les nouveaux locataires connaissent mal les "
                            "activités et ne s'y sentent pas à leur place.",
                            "response": "Un membre du comité se charge d'accueillir les "
                            "nouveaux venus à chaque sortie.",
                        },
                        {
                            "obstacle": "La fin annoncée du financement inquiétait le groupe.",
                            "response": "Le comité a listé ce qu'il pourrait continuer seul et "
                            "les partenaires qui pourraient prendre le relais.",
                        },
                    ],
                ),
                (
                    "results",
                    {
                        "observed": "<p>La majorité des sorties de la dernière année ont été "
                        "proposées et préparées par le comité. Ses membres représentent "
                        "désormais le groupe auprès des partenaires. Les locataires "
                        "décrivent la démarche comme valorisante.</p>",
                        "indicators": ["collective-projects", "acts-on-life", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Avant on nous demandait où on voulait aller. Maintenant c'est "
                        "nous qui appelons le musée.",
                        "role": "membre du comité de locataires",
                        "city": "Bruxelles",
                    },
                ),
                (
                    "tips",
                    "<p>Confiez d'abord une tâche concrète, pas une responsabilité vague. "
                    "Rendez le budget transparent. Acceptez que les choix du comité ne soient "
                    "pas ceux que vous auriez faits.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Een huurderscomité kiest en organiseert de uitstappen",
            "summary": "In het begin vertelden huurders de Brusselse coaches welke uitstappen "
            "ze graag zouden doen. Stilaan ontstond een klein comité dat ze kiest, voorbereidt "
            "en begeleidt: reservaties, verplaatsingen, budget. De coaches gingen van "
            "organisator naar steun.",
            "goal": "Huurders organisatoren maken van de groepsactiviteiten, niet alleen "
            "deelnemers.",
            "target_group": "Huurders van de vier Brusselse Housing First-verenigingen die "
            "geregeld deelnemen en meer willen doen.",
            "preconditions": "Een activiteitenbudget waarvan het comité het bedrag kent; "
            "culturele partners; een coachteam dat durft los te laten.",
            "transferability": "Het partnerschapsmodel, met een team dat zich op het collectieve "
            "toelegt, leent zich er bijzonder goed toe. In een team met één coach kan je "
            "beginnen met één uitstap per kwartaal uit handen te geven.",
            "contact": "SMES-B, team sociale herankering Brussel",
            "body": [
                (
                    "context",
                    "<p>De Brusselse coaches organiseerden culturele en ontspannende "
                    "uitstappen voor de huurders van de vier verenigingen. De vragenlijsten "
                    "van de evaluatie toonden dat die participatie sterk gewaardeerd werd. "
                    "Huurders begonnen voorstellen te doen en daarna een deel van de "
                    "organisatie op zich te nemen.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Wensen verzamelen",
                            "description": "Na elke activiteit een rondje over de volgende "
                            "uitstappen.",
                        },
                        {
                            "title": "Het comité vormen",
                            "description": "Vier tot zes vrijwillige huurders komen maandelijks "
                            "samen, met een coach.",
                        },
                        {
                            "title": "Taken verdelen",
                            "description": "Reserveren, verminderde tarieven nakijken, de "
                            "route voorbereiden, de groep ontvangen: elke taak heeft een "
                            "verantwoordelijke.",
                        },
                        {
                            "title": "Het budget beheren",
                            "description": "Het comité kent het bedrag en kiest tussen de "
                            "voorstellen.",
                        },
                        {
                            "title": "Samen evalueren",
                            "description": "Na elke uitstap noteert het comité wat werkte en "
                            "wat het anders zou doen.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De rol van de huurders verandert: ze uiten niet langer alleen wensen, "
                    "ze organiseren zelf. Het budget kennen en moeten kiezen geeft echte "
                    "beslissingsmacht. De zichtbaarheid van het comité bij andere huurders en "
                    "culturele partners versterkt de erkenning.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Het merendeel van de uitstappen van het laatste jaar "
                        "werd door het comité voorgesteld en voorbereid. De leden "
                        "vertegenwoordigen de groep nu bij partners. Huurders ervaren de "
                        "aanpak als waarderend.</p>",
                        "indicators": ["collective-projects", "acts-on-life", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Vroeger vroegen ze ons waar we naartoe wilden. Nu bellen wij "
                        "zelf het museum.",
                        "role": "lid van het huurderscomité",
                        "city": "Brussel",
                    },
                ),
                (
                    "tips",
                    "<p>Geef eerst een concrete taak, geen vage verantwoordelijkheid. Maak het "
                    "budget zichtbaar. Aanvaard dat het comité andere keuzes maakt dan jij zou "
                    "doen.</p>",
                ),
            ],
        },
        "en": {
            "title": "A tenants' committee chooses and organises the outings",
            "summary": "At first, tenants told the Brussels coaches which outings they would "
            "like. Gradually a small committee formed to choose, prepare and lead them: "
            "bookings, travel, budget. The coaches moved from organisers to back-up.",
            "goal": "Make tenants the organisers of group activities, not just participants.",
            "target_group": "Tenants of the four Brussels Housing First organisations who take "
            "part regularly and want to do more.",
            "preconditions": "An activity budget whose amount the committee knows; cultural "
            "partners; a team of coaches willing to let go.",
            "transferability": "The partnership model, with a team dedicated to collective "
            "work, suits it particularly well. In a team with a single coach, start by handing "
            "over one outing per quarter.",
            "contact": "SMES-B, Brussels social reanchoring team",
            "body": [
                (
                    "context",
                    "<p>The Brussels coaches organised cultural and leisure outings for the "
                    "tenants of the four organisations. The evaluation questionnaires showed "
                    "that tenants valued this participation highly. Tenants began to make "
                    "proposals and then to take on part of the organising.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Gather wishes",
                            "description": "At the end of each activity, a round on the next "
                            "outings.",
                        },
                        {
                            "title": "Form the committee",
                            "description": "Four to six volunteer tenants meet monthly, with a "
                            "coach.",
                        },
                        {
                            "title": "Share the tasks",
                            "description": "Booking, checking reduced fares, planning the "
                            "route, welcoming the group: each task has someone in charge.",
                        },
                        {
                            "title": "Manage the budget",
                            "description": "The committee knows the amount and chooses between "
                            "proposals.",
                        },
                        {
                            "title": "Review together",
                            "description": "After each outing the committee notes what worked "
                            "and what it would change.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The work shifts from doing things with tenants to tenants doing things "
                    "themselves: they no longer only voice wishes, they organise. Knowing the "
                    "budget and having to choose gives real decision-making power. The "
                    "committee's visibility among other tenants and cultural partners "
                    "strengthens recognition.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Most outings in the last year were proposed and "
                        "prepared by the committee. Its members now represent the group with "
                        "partners. Tenants describe the approach as empowering.</p>",
                        "indicators": ["collective-projects", "acts-on-life", "recognised-citizen"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "They used to ask us where we wanted to go. Now we're the ones "
                        "phoning the museum.",
                        "role": "member of the tenants' committee",
                        "city": "Brussels",
                    },
                ),
                (
                    "tips",
                    "<p>Hand over a concrete task first, not a vague responsibility. Make the "
                    "budget visible. Accept that the committee will not make the choices you "
                    "would have made.</p>",
                ),
            ],
        },
    },
}

BRUSSELS_WELCOME_DUO = {
    "key": "brussels-welcome-duo",
    "project": "brussels-smes",
    "model": "complementarity",
    "domains": ["housing", "social-relations"],
    "levels": ["individual"],
    "targets": ["residents", "hf-team"],
    "approaches": ["tailored-support"],
    "empowerment": ["individual"],
    "phases": ["fitting-out", "attachment"],
    "tags": ["new-tenants", "home-visits", "welcome"],
    "status": "running",
    "maturity": "described",
    "started": "2021-03-01",
    "ended": None,
    "adapted_from": None,
    "related": ["ghent-joint-team-meeting", "ghent-second-hand-furnishing"],
    "original": "fr",
    "versions": {
        "fr": {
            "title": "Visites en binôme pendant les premières semaines dans le logement",
            "summary": "Pour mieux connaître les nouveaux locataires, un coach en ancrage "
            "accompagne l'accompagnateur logement lors de quelques visites à domicile dans "
            "les premières semaines. À Bruxelles, où l'équipe d'ancrage travaille à part, "
            "cette pratique emprunte au modèle de complémentarité.",
            "goal": "Créer un lien entre les nouveaux locataires et l'équipe d'ancrage dès "
            "l'installation, et soutenir l'aménagement et la gestion des liens avec la vie "
            "d'avant.",
            "target_group": "Locataires récemment relogés par l'une des quatre associations ; "
            "leurs accompagnateurs logement.",
            "preconditions": "L'accord du locataire ; des accompagnateurs logement prêts à "
            "partager leurs visites ; un agenda commun minimal.",
            "transferability": "Utile à tout projet où l'équipe d'ancrage est séparée des "
            "équipes logement. Dans une équipe intégrée, cela se fait déjà naturellement.",
            "contact": "SMES-B, équipe d'ancrage social de Bruxelles",
            "body": [
                (
                    "context",
                    "<p>Travailler comme équipe distincte donne de la liberté, mais pose une "
                    "difficulté : les nouveaux locataires ne connaissent pas les coachs et ne "
                    "viennent pas aux activités. Les coachs ont donc proposé aux "
                    "accompagnateurs logement de les accompagner lors de quelques visites, au "
                    "moment où le locataire s'installe.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Proposer le binôme",
                            "description": "L'accompagnateur logement demande au locataire "
                            "s'il accepte la venue d'un coach.",
                        },
                        {
                            "title": "Parler de l'installation",
                            "description": "Ce qui manque dans le logement, ce qui plairait, "
                            "comment se présenter aux voisins.",
                        },
                        {
                            "title": "Parler des visites",
                            "description": "Comment accueillir les connaissances de la rue "
                            "sans mettre le logement en danger : le locataire fixe ses propres "
                            "règles.",
                        },
                        {
                            "title": "Inviter",
                            "description": "Le coach laisse une invitation à une activité et "
                            "propose de venir la chercher ensemble.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>La présence du coach dès les premières semaines fait de l'ancrage une "
                    "partie de l'accompagnement, pas une offre lointaine. Aborder ouvertement "
                    "les liens avec la vie d'avant aide le locataire à décider lui-même "
                    "lesquels garder et comment.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Les locataires vus en binôme viennent plus souvent à "
                        "une première activité. Les accompagnateurs logement disent mieux "
                        "connaître ce que fait l'équipe d'ancrage.</p>",
                        "indicators": ["own-place", "mobilise-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "On a parlé de mes amis de la gare. Personne ne m'a dit de ne "
                        "plus les voir, on a cherché comment faire.",
                        "role": "locataire",
                        "city": "Bruxelles",
                    },
                ),
                (
                    "tips",
                    "<p>Limitez-vous à deux ou trois visites pour ne pas envahir le locataire. "
                    "Laissez l'accompagnateur logement mener la visite ; le coach écoute et "
                    "propose.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Huisbezoeken met twee in de eerste weken in de woning",
            "summary": "Om nieuwe huurders beter te leren kennen, gaat een verbindingscoach in "
            "de eerste weken enkele keren mee met de wooncoach op huisbezoek. In Brussel, waar "
            "het herankeringsteam apart werkt, leent deze praktijk van het "
            "complementariteitsmodel.",
            "goal": "Vanaf de installatie een band leggen tussen nieuwe huurders en het "
            "herankeringsteam, en steunen bij het inrichten en bij de banden met het vroegere "
            "leven.",
            "target_group": "Huurders die pas gehuisvest zijn door een van de vier verenigingen; "
            "hun wooncoaches.",
            "preconditions": "Toestemming van de huurder; wooncoaches die hun bezoeken willen "
            "delen; een minimum aan gedeelde planning.",
            "transferability": "Nuttig voor elk project waar het herankeringsteam los staat van "
            "de woonteams. In een geïntegreerd team gebeurt dit al vanzelf.",
            "contact": "SMES-B, team sociale herankering Brussel",
            "body": [
                (
                    "context",
                    "<p>Als apart team werken geeft vrijheid, maar brengt een moeilijkheid mee: "
                    "nieuwe huurders kennen de coaches niet en komen niet naar de "
                    "activiteiten. De coaches stelden de wooncoaches daarom voor om enkele "
                    "keren mee te gaan, net wanneer de huurder zich installeert.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Het duo voorstellen",
                            "description": "De wooncoach vraagt de huurder of een coach mag "
                            "meekomen.",
                        },
                        {
                            "title": "Over de inrichting praten",
                            "description": "Wat ontbreekt er, wat zou hij mooi vinden, hoe "
                            "stelt hij zich voor aan de buren?",
                        },
                        {
                            "title": "Over bezoek praten",
                            "description": "Hoe kennissen van de straat ontvangen zonder de "
                            "woning in gevaar te brengen: de huurder legt zelf zijn regels "
                            "vast.",
                        },
                        {
                            "title": "Uitnodigen",
                            "description": "De coach laat een uitnodiging voor een activiteit "
                            "achter en biedt aan om de huurder op te halen.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>Door er van bij de eerste weken bij te zijn, wordt herankering een deel "
                    "van de begeleiding en geen ver aanbod. Open praten over banden met het "
                    "vroegere leven helpt de huurder zelf te beslissen welke hij houdt en "
                    "hoe.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Huurders die met twee bezocht werden, komen vaker naar "
                        "een eerste activiteit. Wooncoaches zeggen dat ze beter weten wat het "
                        "herankeringsteam doet.</p>",
                        "indicators": ["own-place", "mobilise-bonds"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "We hebben over mijn vrienden van aan het station gepraat. "
                        "Niemand zei dat ik ze niet meer mocht zien; we zochten hoe het kon.",
                        "role": "huurder",
                        "city": "Brussel",
                    },
                ),
            ],
        },
    },
}

GENK_FAMILY_TIES = {
    "key": "genk-family-ties",
    "project": "genk-caw-limburg",
    "model": None,
    "domains": ["social-relations"],
    "levels": ["individual"],
    "targets": ["residents"],
    "approaches": ["tailored-support"],
    "empowerment": ["individual"],
    "phases": ["attachment"],
    "tags": ["family", "reconnecting", "letters"],
    "status": "running",
    "maturity": "described",
    "started": "2020-11-01",
    "ended": None,
    "adapted_from": None,
    "related": ["genk-neighbourhood-centre", "brussels-welcome-duo"],
    "original": "en",
    "versions": {
        "en": {
            "title": "Reconnecting with family, at the tenant's pace",
            "summary": "Some tenants in Genk wish to get back in touch with relatives or old "
            "friends they lost along the way. The coach helps them think it through, write a "
            "first letter or message, and prepare a meeting in a neutral place, without "
            "pushing.",
            "goal": "Support tenants who want to restore important bonds, while respecting "
            "their pace and the other person's freedom to answer or not.",
            "target_group": "Tenants who bring up a relative or friend they would like to see "
            "again.",
            "preconditions": "A clear wish from the tenant; time for several conversations; "
            "the housing coach informed and on hand if it goes badly.",
            "transferability": "Transferable anywhere, provided the coach can give it time. "
            "It is delicate work that does not fit a fixed schedule.",
            "contact": "CAW Limburg, Housing First connection coach Genk",
            "body": [
                (
                    "context",
                    "<p>Once the home is stable, some tenants start talking about a brother, "
                    "a daughter, an old friend. The wish is often mixed with fear of rejection "
                    "or shame. Housing coaches rarely had time to follow this up; the "
                    "connection coach can.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Listen",
                            "description": "Explore who the person is, what the tenant hopes "
                            "for and what they fear.",
                        },
                        {
                            "title": "Choose the first step",
                            "description": "A letter, a card, a message through another "
                            "relative: the tenant chooses.",
                        },
                        {
                            "title": "Write together",
                            "description": "If the tenant wishes, the coach helps with wording "
                            "and keeps drafts safe.",
                        },
                        {
                            "title": "Prepare a meeting",
                            "description": "If the answer is positive, a short first meeting "
                            "in a café or a park, with the coach nearby if wanted.",
                        },
                        {
                            "title": "Support whatever happens",
                            "description": "Silence or refusal is discussed as carefully as a "
                            "reunion.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>The tenant stays in charge of every step. Taking time lowers the risk "
                    "of a painful rejection. A neutral place and a short first meeting keep "
                    "the stakes manageable for both sides.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Several tenants restored contact with a relative; "
                        "others decided, after reflection, to wait. Both outcomes were "
                        "experienced as their own decision.</p>",
                        "indicators": ["durable-bonds", "mobilise-bonds", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "I wrote the letter four times. The coach never said it "
                        "wasn't good, only asked if I was ready.",
                        "role": "tenant",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Never contact relatives on the tenant's behalf without explicit "
                    "consent. Prepare for no answer. Inform the housing coach, because old "
                    "wounds can reopen.</p>",
                ),
            ],
        },
        "nl": {
            "title": "Opnieuw contact met familie, op het tempo van de huurder",
            "summary": "Sommige huurders in Genk willen opnieuw contact met familie of oude "
            "vrienden die ze onderweg verloren. De coach helpt hen erover na te denken, een "
            "eerste brief of bericht te schrijven en een ontmoeting op een neutrale plek voor "
            "te bereiden, zonder te duwen.",
            "goal": "Huurders steunen die belangrijke banden willen herstellen, met respect "
            "voor hun tempo en voor de vrijheid van de ander om al dan niet te antwoorden.",
            "target_group": "Huurders die een familielid of vriend ter sprake brengen die ze "
            "graag terug zouden zien.",
            "preconditions": "Een duidelijke wens van de huurder; tijd voor meerdere gesprekken; "
            "een geïnformeerde wooncoach die klaarstaat als het misloopt.",
            "transferability": "Overal toepasbaar, als de coach er tijd voor kan maken. Het is "
            "delicaat werk dat niet in een vast schema past.",
            "contact": "CAW Limburg, verbindingscoach Housing First Genk",
            "body": [
                (
                    "context",
                    "<p>Zodra de woning stabiel is, beginnen sommige huurders te praten over "
                    "een broer, een dochter, een oude vriend. De wens gaat vaak samen met angst "
                    "voor afwijzing of met schaamte. Wooncoaches hadden zelden tijd om dit op "
                    "te volgen; de verbindingscoach wel.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Luisteren",
                            "description": "Verkennen wie de persoon is, wat de huurder hoopt "
                            "en wat hij vreest.",
                        },
                        {
                            "title": "De eerste stap kiezen",
                            "description": "Een brief, een kaartje, een bericht via een ander "
                            "familielid: de huurder kiest.",
                        },
                        {
                            "title": "Samen schrijven",
                            "description": "Als de huurder dat wil, helpt de coach met de "
                            "woorden en bewaart hij de kladversies.",
                        },
                        {
                            "title": "Een ontmoeting voorbereiden",
                            "description": "Bij een positief antwoord een korte eerste "
                            "ontmoeting in een café of park, met de coach in de buurt als dat "
                            "gewenst is.",
                        },
                        {
                            "title": "Steunen, wat er ook gebeurt",
                            "description": "Stilte of weigering wordt even zorgvuldig "
                            "besproken als een weerzien.",
                        },
                    ],
                ),
                (
                    "working_elements",
                    "<p>De huurder houdt elke stap in handen. Tijd nemen verkleint het risico "
                    "op een pijnlijke afwijzing. Een neutrale plek en een korte eerste "
                    "ontmoeting houden de inzet beheersbaar voor beide kanten.</p>",
                ),
                (
                    "results",
                    {
                        "observed": "<p>Verschillende huurders herstelden het contact met een "
                        "familielid; anderen besloten na nadenken te wachten. Beide uitkomsten "
                        "werden als hun eigen beslissing beleefd.</p>",
                        "indicators": ["durable-bonds", "mobilise-bonds", "acts-on-life"],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Ik heb de brief vier keer geschreven. De coach zei nooit dat "
                        "hij niet goed was, vroeg alleen of ik er klaar voor was.",
                        "role": "huurder",
                        "city": "Genk",
                    },
                ),
                (
                    "tips",
                    "<p>Neem nooit contact op met familie in naam van de huurder zonder "
                    "uitdrukkelijke toestemming. Houd rekening met geen antwoord. Breng de "
                    "wooncoach op de hoogte, want oude wonden kunnen opengaan.</p>",
                ),
            ],
        },
    },
}

PRACTICES = [
    GHENT_BRIGHT_SPOTS,
    BRUSSELS_WRITING_WORKSHOP,
    NAMUR_GUITAR_WORKSHOP,
    LIMBURG_CALENDAR,
    BRUSSELS_GAZETTE,
    NAMUR_AUDIO_PIECE,
    KORTRIJK_VOLUNTEER_WORK,
    GENK_NEIGHBOURHOOD_CENTRE,
    LIEGE_LITERACY_ASSOCIATION,
    CHARLEROI_BUS_NETWORK,
    HASSELT_CYCLING_BUDDY,
    GHENT_SECOND_HAND_FURNISHING,
    CHARLEROI_PEER_WORKSHOPS,
    KORTRIJK_PHOTO_WALK,
    BRUSSELS_HOSPITAL_AWARENESS,
    GHENT_JOINT_TEAM_MEETING,
    LIEGE_COMMUNITY_GARDEN,
    BRUSSELS_OUTINGS_COMMITTEE,
    BRUSSELS_WELCOME_DUO,
    GENK_FAMILY_TIES,
]
