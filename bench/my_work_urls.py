"""The production URLs plus one bench-only bare page (no query of its own) for bench/my_work.py's ratios."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as _production


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *_production]
