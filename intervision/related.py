"""What a facilitator gathers before a session: earlier sessions and related practice sheets."""

import logging
import re

from django.db.models import Q

from practices.models import PracticePage
from practices.related import practices_for_text

from .access import visible_sessions
from .models import IntervisionSessionPage

logger = logging.getLogger("ancora")

MIN_WORD_LENGTH = 4
MAX_WORDS = 8
CANDIDATES = 50


def _words(text):
    words = {word for word in re.findall(r"\w+", text.lower()) if len(word) >= MIN_WORD_LENGTH}
    return sorted(words, key=len, reverse=True)[:MAX_WORDS]


def practices_by_words(text, locale, limit):
    """Sheets whose title or summary share the most words with ``text``."""
    words = _words(text)
    if not words:
        return []
    matches = Q()
    for word in words:
        matches |= Q(title__icontains=word) | Q(summary__icontains=word)
    candidates = PracticePage.objects.live().filter(matches)
    if locale is not None:
        candidates = candidates.filter(locale=locale)
    candidates = list(candidates.select_related("project__city")[:CANDIDATES])

    def score(practice):
        haystack = f"{practice.title} {practice.summary}".lower()
        return sum(word in haystack for word in words)

    return sorted(candidates, key=score, reverse=True)[:limit]


def related_practices(session, limit=6):
    """Practices related to the case question, best first.

    The search engine's answer comes first; a word match on titles and
    summaries, then sheets sharing the session's life domains, fill the list
    up (the index may lag behind what was just published).
    """
    text = session.case_question or session.title
    found = []
    try:
        found = list(practices_for_text(text, session.locale, limit))[:limit]
    except Exception:
        logger.exception("Related practices lookup failed; falling back to a word match.")
    for practice in practices_by_words(text, session.locale, limit):
        if len(found) < limit and practice.pk not in {known.pk for known in found}:
            found.append(practice)
    domain_ids = [domain.pk for domain in session.life_domains.all()]
    if len(found) < limit and domain_ids:
        found += list(
            PracticePage.objects.live()
            .filter(locale=session.locale, life_domains__in=domain_ids)
            .exclude(pk__in=[known.pk for known in found])
            .distinct()
            .select_related("project__city")
            .order_by("-first_published_at")[: limit - len(found)]
        )
    return found


def earlier_sessions_on_domains(session, user, limit=5):
    """Earlier sessions sharing a life domain, among those ``user`` may see."""
    domain_ids = [domain.pk for domain in session.life_domains.all()]
    if not domain_ids:
        return IntervisionSessionPage.objects.none()
    return (
        visible_sessions(user, IntervisionSessionPage.objects.live())
        .filter(life_domains__in=domain_ids, start__lt=session.start)
        .exclude(pk=session.pk)
        .distinct()
        .select_related("group", "locale")
        .order_by("-start")[:limit]
    )


def participants_recent_practices(session, limit=8):
    people = [person.pk for person in session.participants.all()]
    if session.facilitator_id:
        people.append(session.facilitator_id)
    if not people:
        return PracticePage.objects.none()
    return (
        PracticePage.objects.live()
        .filter(authors__in=people)
        .distinct()
        .select_related("project__city")
        .order_by("-last_published_at")[:limit]
    )
