from django.urls import path

from . import views

app_name = "onboarding"
urlpatterns = [
    path("<id:path_id>/steps/<uuid:step_key>/done/", views.tick_step, name="tick"),
    path("<id:path_id>/steps/<uuid:step_key>/undone/", views.untick_step, name="untick"),
]
