"""The secretary's read-only view of the society's dues ledger (/society/<pk>/dues/)."""

from django.shortcuts import render

from registrar import clock
from registrar.access import login_required_403
from societies.governance.permissions import society_for_secretary

from .office import _ledger_context


@login_required_403
def society_dues(request, pk):
    society = society_for_secretary(request.user, pk)
    context = _ledger_context(society, clock.today())
    return render(request, "dues/society_ledger.html", context)
