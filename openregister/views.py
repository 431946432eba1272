"""The public register's pages (issue 24 point 1): search with every filter, a CSV extract of the result, a batch
look-up of up to 1,000 numbers, and a society's public page. No login; no personal data; no JavaScript needed."""

import csv

from django.db import transaction
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from registrar import clock
from societies.governance.views.public import public_card_context
from societies.models import Society
from societies.status import attach_statuses

from . import fields, sections
from .forms import BatchLookupForm, RegisterSearchForm
from .search import set_similarity_threshold, societies_by_number, society_list_public

PAGE_SIZE = 25
COUNT_CAP = 10_000  # "more than 10,000": an exact count of a broad match at 1,000,000 rows is not worth 100 ms
EXTRACT_LIMIT = 50_000  # a bigger extract is the open-data download


class Echo:
    """csv.writer's file: each row is yielded as soon as it is written (the extract is streamed)."""

    def write(self, value):
        return value


def _page_number(request) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), COUNT_CAP // PAGE_SIZE))
    except ValueError:
        return 1


def public_register(request):
    form = RegisterSearchForm(request.GET or None)
    results, total, page = [], None, _page_number(request)
    searched = form.is_bound and form.is_valid() and not form.criteria().empty
    if searched:
        with transaction.atomic():
            set_similarity_threshold(form.criteria().text)
            queryset = society_list_public(form.criteria()).select_related("district")
            start = (page - 1) * PAGE_SIZE
            results = attach_statuses(queryset[start:start + PAGE_SIZE + 1], clock.today())
            total = queryset[:COUNT_CAP + 1].count() if page == 1 or len(results) > PAGE_SIZE else None
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "openregister/register.html", {
        "form": form, "searched": searched, "results": results[:PAGE_SIZE], "total": total,
        "count_capped": total is not None and total > COUNT_CAP, "count_cap": COUNT_CAP,
        "page": page, "has_next": len(results) > PAGE_SIZE, "has_previous": page > 1,
        "query": query.urlencode(),
    })


def _csv_rows(queryset):
    declared, today = fields.declared(), clock.today()
    writer = csv.writer(Echo())
    yield "\ufeff"  # a byte-order mark, so a spreadsheet opens the Assamese names as UTF-8
    yield writer.writerow([f.key for f in declared])
    for society in fields.iterate(queryset, today):
        yield writer.writerow(["" if (v := f.value(society)) is None else v for f in declared])


def public_register_extract(request):
    form = RegisterSearchForm(request.GET)
    if not form.is_valid():
        return render(request, "openregister/register.html", {"form": form, "searched": False}, status=400)
    queryset = fields.prepare(society_list_public(form.criteria()).order_by("name", "pk"))[:EXTRACT_LIMIT]
    if form.criteria().text:
        # The similarity threshold is a setting of the transaction: read the whole extract inside one.
        with transaction.atomic():
            set_similarity_threshold(form.criteria().text)
            rows = list(_csv_rows(queryset))
    else:
        rows = _csv_rows(queryset)
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="societies-extract.csv"'
    return response


def public_register_batch(request):
    form = BatchLookupForm(request.POST or None)
    found, missing = [], []
    if request.method == "POST" and form.is_valid():
        numbers = form.cleaned_data["numbers"]
        by_number = societies_by_number(numbers)
        found = attach_statuses([by_number[n] for n in numbers if n in by_number], clock.today())
        missing = [n for n in numbers if n not in by_number]
        if request.POST.get("format") == "csv":
            response = StreamingHttpResponse(
                _csv_rows(fields.prepare(Society.objects.filter(pk__in=[s.pk for s in found])).order_by("name")),
                content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="societies-batch.csv"'
            return response
    return render(request, "openregister/batch.html", {"form": form, "found": found, "missing": missing,
                                                        "done": request.method == "POST" and form.is_valid()})


def public_register_society(request, number):
    society = (Society.objects.select_related("district")
               .filter(registration_number__iexact=number[:40]).first())
    if society is None:
        raise Http404(_("No society has that registration number."))
    today = clock.today()
    context = public_card_context(society, today)
    context["sections"] = sections.rendered(society, today)
    return render(request, "openregister/society.html", context)
