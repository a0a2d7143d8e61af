from tests.search.relevance import slug_of
from tests.search.test_understanding import url


def test_debug(search):
    for line in open("/tmp/i23_q.txt"):
        lang, q = line.rstrip("\n").split("\t")
        data = search(url(lang, q))
        print("\n==", lang, q)
        for hit in data["results"][:2]:
            print("   ", slug_of(hit["url"]), hit["snippet"])
