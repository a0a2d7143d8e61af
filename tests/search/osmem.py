"""The client fix osmem-server needs (tests only).

osmem rejects the compatibility Content-Type that elasticsearch-py 8 always
sends (406); this node sends plain JSON / NDJSON instead.
"""

from elastic_transport import Urllib3HttpNode


class PlainJsonNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers is not None:
            content_type = headers.get("content-type")
            if content_type and "vnd.elasticsearch+" in content_type:
                headers = headers.copy()
                subtype = content_type.split("+", 1)[1].split(";", 1)[0].strip()
                headers["content-type"] = f"application/{subtype}"
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)
