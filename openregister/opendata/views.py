"""/open-data/: the releases, newest first, each file with its size, rows and SHA-256; the files themselves."""

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from ..models import OpenDataRelease

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/jsonl; charset=utf-8",
                 "json": "application/json"}


def open_data(request):
    releases = OpenDataRelease.objects.exclude(files=[])[:30]
    return render(request, "openregister/open_data.html", {"releases": releases})


def open_data_file(request, version, name):
    release = get_object_or_404(OpenDataRelease, version=version)
    if name not in {f["name"] for f in release.files}:  # only the files the release lists: no path is built
        raise Http404("No such file in this release.")
    path = Path(settings.OPEN_DATA_ROOT) / release.version / name
    if not path.is_file():
        raise Http404("This release is no longer kept.")
    # FileResponse closes the file when the response is done (a `with` here would close it before streaming).
    handle = open(path, "rb")  # noqa: SIM115
    return FileResponse(handle, content_type=CONTENT_TYPES.get(name.rsplit(".", 1)[-1]),
                        as_attachment=name != "datapackage.json", filename=name)
