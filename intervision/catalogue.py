"""Seeding the method catalogue from its data file (``intervision/data/methods.yaml``).

Run by a data migration with the historical models, so a new database, in
production as in development, starts with the catalogue; facilitators edit it
in the admin afterwards and the file is not read again.
"""

from pathlib import Path

import yaml

from kb.taxonomy.translated import language_codes

CATALOGUE = Path(__file__).resolve().parent / "data" / "methods.yaml"


def read_catalogue(path=CATALOGUE):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def in_languages(field, texts):
    return {f"{field}_{code}": texts[code] for code in language_codes()}


def seed_methods(method_model, role_model, step_model, path=CATALOGUE):
    """Add each method of the file not in the database yet; returns how many were added."""
    added = 0
    for order, entry in enumerate(read_catalogue(path)):
        if method_model.objects.filter(slug=entry["slug"]).exists():
            continue
        method = method_model.objects.create(
            slug=entry["slug"],
            sort_order=order,
            **in_languages("name", entry["name"]),
            **in_languages("purpose", entry["purpose"]),
        )
        role_model.objects.bulk_create(
            role_model(method=method, role=role, sort_order=position)
            for position, role in enumerate(entry["roles"])
        )
        step_model.objects.bulk_create(
            step_model(
                method=method,
                sort_order=position,
                role=step["role"],
                minutes=step["minutes"],
                **in_languages("title", step["title"]),
                **in_languages("rule", step["rule"]),
            )
            for position, step in enumerate(entry["steps"])
        )
        added += 1
    return added
