"""Steps the runner takes inside Django: ``python -m bench.probe member|urls|queries|push``.

Run with the bench settings and the database of the corpus being measured.
"""

import json
import sys

import django


def member_session():
    """A signed-in coach's session key, as the login view would have stored it."""
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    user, _ = get_user_model().objects.get_or_create(
        username="bench-member", defaults={"email": "bench@example.org"}
    )
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return {"session_key": session.session_key}


def urls():
    from bench import pages

    return {
        "pages": pages.page_urls(),
        "sheets": pages.sheet_urls(),
        "search": pages.search_urls(),
        "browse": pages.search_urls(with_query=False),
        "suggest": pages.suggest_urls(),
        "peer": pages.peer_urls(),
    }


def queries():
    """SQL queries per page type, anonymous and signed in, with the page cache bypassed."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench import pages

    targets = pages.page_urls()
    member = get_user_model().objects.get_or_create(username="bench-member")[0]
    counts = {}
    for who in ("anonymous", "member"):
        client = Client(HTTP_HOST="127.0.0.1", HTTP_CACHE_CONTROL="no-cache")
        if who == "member":
            client.force_login(member)
        for name, url in targets.items():
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                status = client.get(url).status_code
            counts[f"{name}/{who}"] = {"queries": len(captured), "status": status}
    return counts


def push():
    """Fill the cluster from the database documents, as ``search_index`` does after a rebuild."""
    from search import cluster

    if not cluster.current_indices():
        cluster.swap_alias(cluster.create_index())
    sent, removed = cluster.sync_pending()
    return {"sent": sent, "removed": removed}


def main():
    django.setup()
    actions = {"member": member_session, "urls": urls, "queries": queries, "push": push}
    json.dump(actions[sys.argv[1]](), sys.stdout)


if __name__ == "__main__":
    main()
