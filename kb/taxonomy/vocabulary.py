"""The fixed vocabularies of the reanchoring framework.

These come from the evaluation of the Housing First Belgium experiment and are
the same for every installation, so a data migration creates them; editors may
rename them in the admin but the slugs stay. Each entry: (slug, nl, fr, en).
"""

VOCABULARIES = {
    "OrganisationalModel": [
        ("complementarity", "Complementariteit", "Complémentarité", "Complementarity"),
        (
            "partnership",
            "Samenwerking en partnerschap",
            "Collaboration et partenariat",
            "Collaboration and partnership",
        ),
    ],
    "LifeDomain": [
        ("housing", "Wonen", "Logement", "Housing"),
        ("mobility", "Mobiliteit", "Mobilité", "Mobility"),
        ("social-relations", "Sociale relaties", "Relations sociales", "Social relations"),
        ("health", "Gezondheid", "Santé", "Health"),
        (
            "socio-cultural-participation",
            "Socio-culturele participatie en vrije tijd",
            "Participation socioculturelle et loisirs",
            "Socio-cultural participation and leisure",
        ),
        (
            "socio-professional-integration",
            "Socio-professionele integratie en zinvolle dagbesteding",
            "Insertion socioprofessionnelle et activité porteuse de sens",
            "Socio-professional integration and meaningful activity",
        ),
        ("income", "Inkomen", "Revenus", "Income"),
        (
            "city-neighbourhood",
            "De stad en de buurt",
            "La ville et le quartier",
            "The city and the neighbourhood",
        ),
    ],
    "ActionLevel": [
        ("individual", "Individueel", "Individuel", "Individual"),
        ("collective", "Collectief", "Collectif", "Collective"),
        (
            "institutional",
            "Institutioneel kader",
            "Cadre institutionnel",
            "Institutional framework",
        ),
        (
            "territorial",
            "Territoriale en maatschappelijke context",
            "Contexte territorial et social",
            "Territorial and social context",
        ),
    ],
    "Target": [
        ("residents", "Bewoners", "Locataires", "Residents"),
        ("hf-team", "Housing First-teams", "Équipes Housing First", "Housing First teams"),
        (
            "partners",
            "Partnerorganisaties",
            "Institutions et associations partenaires",
            "Partner institutions and associations",
        ),
    ],
    "ApproachLevel": [
        (
            "tailored-support",
            "Individuele begeleiding op maat",
            "Accompagnement individualisé",
            "Individual tailored support",
        ),
        (
            "collective-empowerment",
            "Collectieve begeleiding naar empowerment",
            "Accompagnement collectif vers l'empowerment",
            "Collective support for empowerment",
        ),
        (
            "outside-world",
            "Interactie met de buitenwereld",
            "Interaction avec le monde extérieur",
            "Interaction with the outside world",
        ),
        (
            "partnerships",
            "Partnerschappen versterken",
            "Renforcer les partenariats",
            "Strengthening partnerships",
        ),
        (
            "sensitising",
            "Het lokale weefsel sensibiliseren",
            "Sensibiliser le tissu local",
            "Sensitising the local fabric",
        ),
    ],
    "EmpowermentDimension": [
        ("individual", "Individueel", "Individuelle", "Individual"),
        ("organisational", "Organisatorisch", "Organisationnelle", "Organisational"),
        ("political", "Sociaal of politiek", "Sociale ou politique", "Social or political"),
    ],
    "SettlingPhase": [
        ("fitting-out", "Inrichting", "Aménagement", "Fitting out"),
        ("attachment", "Gehechtheid", "Attachement", "Attachment"),
        ("appropriation", "Toe-eigening", "Appropriation", "Appropriation"),
        ("anchoring", "Verankering", "Ancrage", "Anchoring"),
    ],
    "PartnerKind": [
        ("culture", "Cultuur", "Culture", "Culture"),
        ("sport", "Sport", "Sport", "Sport"),
        ("physical-health", "Lichamelijke gezondheid", "Santé physique", "Physical health"),
        ("mental-health", "Geestelijke gezondheid", "Santé mentale", "Mental health"),
        (
            "literacy-education",
            "Alfabetisering en onderwijs",
            "Alphabétisation et éducation",
            "Literacy and education",
        ),
        ("training-work", "Opleiding en werk", "Formation et emploi", "Training and work"),
        ("volunteering", "Vrijwilligerswerk", "Volontariat", "Volunteering"),
        (
            "neighbourhood-centre",
            "Buurtcentrum",
            "Maison de quartier",
            "Neighbourhood centre",
        ),
        (
            "social-services",
            "Sociale diensten (OCMW, CAW)",
            "Services sociaux (CPAS, CAW)",
            "Social services (OCMW/CPAS, CAW)",
        ),
        ("housing", "Wonen", "Logement", "Housing"),
        ("other", "Andere", "Autre", "Other"),
    ],
}


def ensure_vocabularies(apps=None):
    """Create missing terms, leaving renamed ones alone. Safe to run repeatedly.

    A migration passes its historical ``apps``: a vocabulary added by a later
    migration is not there yet and waits for that migration.
    """
    if apps is None:
        from django.apps import apps
    known = {model.__name__ for model in apps.get_app_config("taxonomy").get_models()}
    for model_name, rows in VOCABULARIES.items():
        if model_name not in known:
            continue
        model = apps.get_model("taxonomy", model_name)
        for order, (slug, nl, fr, en) in enumerate(rows):
            model.objects.get_or_create(
                slug=slug,
                defaults={"name_nl": nl, "name_fr": fr, "name_en": en, "sort_order": order},
            )
