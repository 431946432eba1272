"""The production URLs plus two bench-only POST endpoints that insert one row (and one row + an activity entry)."""

from django.urls import path

from config.urls import urlpatterns as _production

from .bare import bare_insert, bare_insert_logged

urlpatterns = [
    path("bench/bare-insert/", bare_insert, name="bench_bare_insert"),
    path("bench/bare-insert-logged/", bare_insert_logged, name="bench_bare_insert_logged"),
    *_production,
]
