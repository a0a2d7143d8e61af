"""Fail loudly when the configured database cannot be reached (used by CI)."""

import sys

import django
from django.db import connection


def main():
    django.setup()
    try:
        connection.ensure_connection()
    except Exception as exc:  # noqa: BLE001 - any failure means the suite cannot run
        sys.stderr.write(f"Database unreachable: {exc}\n")
        sys.exit(1)
    sys.stdout.write(f"Database reachable: {connection.vendor}\n")


if __name__ == "__main__":
    main()
