"""The public page of the activity log's published heads (ADR 0031): anyone may copy them, so a log cut short
afterwards no longer matches what the office published."""

from django.shortcuts import render
from django.views.decorators.cache import cache_control

from ..models import ActivityCheckpoint


@cache_control(public=True, max_age=300)
def activity_head(request):
    published = ActivityCheckpoint.objects.filter(published=True).order_by("-pk")[:60]
    return render(request, "registrar/public/activity_head.html", {"published": published})
