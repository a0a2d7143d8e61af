"""Django's JSON serialisation, with times to the microsecond.

Django's own encoder cuts times to milliseconds, so a restored site would
sort, compare and show its revisions and log entries a little differently.
Reading needs nothing special: Django parses the longer form as it is.
"""

import datetime

from django.core.serializers import json as django_json


class PreciseEncoder(django_json.DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time) and o.microsecond:
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = PreciseEncoder


Deserializer = django_json.Deserializer
