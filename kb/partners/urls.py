from django.urls import path

from . import cities

app_name = "partners"
urlpatterns = [path("<slug:slug>/", cities.city, name="city")]
