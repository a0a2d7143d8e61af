import time

from django.http import QueryDict

from search import engines, query as q_module
from search.analysis.lexicon import VOCABULARY
from search.query import SearchQuery


def test_debug(search):
    lex = VOCABULARY.get()
    t = time.perf_counter()
    lex._roots = None
    lex.derived("enregistrement")
    print("\nroots build", time.perf_counter() - t, len(lex.words))
    for q in ["huurders die graag buiten met hun handen werken", "photo project Ghent", "gitaarles", "tenants"]:
        query = SearchQuery.from_params(QueryDict("q=" + q), language="nl")
        query.analysed
        t = time.perf_counter()
        for _ in range(10):
            engines.run(query)
        plain = (time.perf_counter() - t) / 10
        t = time.perf_counter()
        for _ in range(10):
            q_module.ranked(query)
        full = (time.perf_counter() - t) / 10
        print(q, round(plain * 1000, 1), "ms engine;", round(full * 1000, 1), "ms with ranking")
