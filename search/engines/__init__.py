"""The engine is chosen by configuration, never by the views.

With ``ELASTICSEARCH_URL`` set the cluster answers; when it cannot (down,
hung, its breaker open, its index incomplete), the database engine answers
instead and the result says so.
"""

import logging
from dataclasses import dataclass

from elasticsearch import TransportError

from .. import breaker, cluster, health
from .base import EngineResult, EngineUnavailable
from .database import DatabaseEngine
from .elastic import ElasticEngine

logger = logging.getLogger("ancora.search")


@dataclass
class Answer:
    result: EngineResult
    engine: str
    fell_back: bool = False


def configured():
    return ElasticEngine() if cluster.enabled() else DatabaseEngine()


def run(query):
    engine = configured()
    if engine.name == DatabaseEngine.name:
        return Answer(engine.search(query), engine.name)
    if breaker.allows():
        try:
            if health.index_is_complete():
                answer = Answer(engine.search(query), engine.name)
                breaker.close()
                return answer
            logger.warning("Search index incomplete, answering from the database")
        except (EngineUnavailable, TransportError) as error:
            if breaker.is_fault(error.__cause__ if isinstance(error, EngineUnavailable) else error):
                breaker.trip()
            logger.warning("Search cluster unavailable, answering from the database: %s", error)
    fallback = DatabaseEngine()
    return Answer(fallback.search(query), fallback.name, fell_back=True)
