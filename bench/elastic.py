"""What the benchmark needs to run the Elasticsearch engine against osmem-server."""

import os

from elastic_transport import Urllib3HttpNode


class PlainJsonNode(Urllib3HttpNode):
    """Sends plain JSON content types: osmem-server refuses the client's compatibility ones."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        content_type = (headers or {}).get("content-type", "")
        if "vnd.elasticsearch+" in content_type:
            subtype = content_type.split("+", 1)[1].split(";", 1)[0].strip()
            headers = {**headers, "content-type": f"application/{subtype}"}
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


def start_server():
    """An in-memory search server for this process's lifetime; it stops when we do."""
    from osmem_server import OsmemServer

    return OsmemServer.start(japanese=False)


def server_env(server):
    return {
        "ELASTICSEARCH_URL": server.url,
        "ELASTICSEARCH_INDEX": "ancora-bench",
        "ELASTICSEARCH_ANALYZER_NL": "standard",
        "BENCH_ELASTIC_NODE": "bench.elastic.PlainJsonNode",
        "PATH": os.environ.get("PATH", ""),
    }
