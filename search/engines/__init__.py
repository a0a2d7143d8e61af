"""The engine is chosen by configuration, never by the views.

With ``ELASTICSEARCH_URL`` set the cluster answers; when it cannot, the
database engine answers instead and the result says so.
"""

import logging
from dataclasses import dataclass

from .. import cluster
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
    try:
        return Answer(engine.search(query), engine.name)
    except EngineUnavailable as error:
        logger.warning("Search cluster unavailable, answering from the database: %s", error)
        fallback = DatabaseEngine()
        return Answer(fallback.search(query), fallback.name, fell_back=True)
