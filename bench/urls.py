"""The site's own URLs plus the two reference views the benchmark compares against."""

from django.urls import path

from kb.urls import urlpatterns as site_urlpatterns

from . import views

urlpatterns = [
    path("bench/floor/", views.floor, name="bench-floor"),
    path("bench/peer/", views.peer, name="bench-peer"),
    *site_urlpatterns,
]
