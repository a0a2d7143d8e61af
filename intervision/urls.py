from django.urls import path

from .views import calendar, printing, sessions

app_name = "intervision"
urlpatterns = [
    path("sessions/<int:pk>/prepare/", sessions.prepare, name="prepare"),
    path("sessions/<int:pk>/practices/", sessions.add_practice, name="add_practice"),
    path("sessions/<int:pk>/method/", sessions.apply_method, name="apply_method"),
    path("sessions/<int:pk>/draft-practice/", sessions.draft_practice, name="draft_practice"),
    path("sessions/<int:pk>/agenda/", printing.agenda, name="agenda"),
    path("sessions/<int:pk>/minutes/", printing.minutes, name="minutes"),
    path("sessions/<int:pk>/event.ics", calendar.session_ics, name="session_ics"),
    path("exchange-days/<int:pk>/event.ics", calendar.exchange_day_ics, name="exchange_day_ics"),
    path("action-points/<int:pk>/done/", sessions.close_action_point, name="close_action_point"),
    path("calendar/", calendar.calendar, name="calendar"),
    path("calendar/regenerate/", calendar.regenerate_calendar, name="regenerate_calendar"),
    path("calendar/<str:token>.ics", calendar.feed, name="feed"),
]
