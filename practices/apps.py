from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practice sheets")

    def ready(self):
        from kb.partners.cities import register_sheets
        from kb.partners.involvement import register
        from search.querylog import keep_out_of_the_log

        from .cities import CITY_SHEETS
        from .partner_links import SHEETS
        from .privacy import names_a_person

        keep_out_of_the_log(names_a_person)
        register(SHEETS)
        register_sheets(CITY_SHEETS)
