from django.urls import path

from .views import calendar, printing, sessions

app_name = "intervision"
urlpatterns = [
    path("sessions/<id:pk>/prepare/", sessions.prepare, name="prepare"),
    path("sessions/<id:pk>/practices/", sessions.add_practice, name="add_practice"),
    path("sessions/<id:pk>/method/", sessions.apply_method, name="apply_method"),
    path("sessions/<id:pk>/draft-practice/", sessions.draft_practice, name="draft_practice"),
    path("sessions/<id:pk>/agenda/", printing.agenda, name="agenda"),
    path("sessions/<id:pk>/minutes/", printing.minutes, name="minutes"),
    path("sessions/<id:pk>/event.ics", calendar.session_ics, name="session_ics"),
    path("exchange-days/<id:pk>/event.ics", calendar.exchange_day_ics, name="exchange_day_ics"),
    path("action-points/<id:pk>/done/", sessions.close_action_point, name="close_action_point"),
    path("calendar/", calendar.calendar, name="calendar"),
    path("calendar/regenerate/", calendar.regenerate_calendar, name="regenerate_calendar"),
    path("calendar/<str:token>.ics", calendar.feed, name="feed"),
]
