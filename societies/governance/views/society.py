"""The society under supervision: the ARCS's list and page (/office/societies/), the secretary's page
(/society/<pk>/). Read-only pages: who runs the society, its compliance card, its calendar and its records."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from registrar import activity, clock
from registrar.access import get_for_officer, login_required_403, officer_required
from registrar.selectors import districts_for, in_jurisdiction
from registrar.timeline import timeline_for
from societies.choices import GovernanceStatus
from societies.models import Society, search_key
from societies.status import attach_statuses

from .. import compliance, compliance_list, permissions
from ..models import BoardMeeting, ComplianceFlag, GeneralMeeting
from ..timeline import due_next

PAGE_SIZE = 50
RECENT = 5
ACTIVITY_LIMIT = 20

# Other areas' pages, linked when their URL exists (each takes the society's pk). Resolved at request time so
# a page that lands later is linked without touching this module.
OFFICE_LINKS = (
    ("office_society_secretary", _("Secretary: invite or replace")),
    ("office_appoint_officer", _("Appoint an officer under s.41(6)")),
    ("office_proceedings", _("Proceedings to approve")),
    ("office_returns", _("Annual returns")),
    ("office_flags", _("Compliance flags")),
    ("office_society_dues", _("Dues and payments")),
    ("office_society_members", _("Register of members")),
)
SECRETARY_LINKS = (
    ("society_board", _("Board, elections and Board meetings")),
    ("society_general_meetings", _("General meetings and proceedings")),
    ("society_returns", _("Annual returns")),
    ("society_dues", _("Dues and payments")),
    ("society_members", _("Register of members")),
)


def _links(names, pk: int) -> list[tuple[str, str]]:
    links = []
    for name, label in names:
        for kwargs in ({"pk": pk}, {"society_pk": pk}, {}):
            try:
                links.append((reverse(name, kwargs=kwargs), label))
                break
            except NoReverseMatch:
                continue
    return links


def _choice(value: str, allowed) -> str:
    return value if value in allowed else ""


def society_list(user, today, *, state: str = "", governance: str = "", district: str = "", q: str = ""):
    """Societies in the officer's jurisdiction matching the list's filters (this page's list, and the rows of the
    compliance report's figures: societies/governance/reports.py). Filters are already validated."""
    societies = in_jurisdiction(Society.objects.select_related("district"), user)
    if governance:
        societies = societies.filter(governance_status=governance)
    if district:
        societies = societies.filter(district_id=int(district))
    if q:
        societies = societies.filter(name_search__icontains=search_key(q) or q.lower())
    # Two steps, a fixed number of queries: the page's ids (the state is computed for every row only when the
    # filter needs it), then the compliance facts of those 50 rows alone. One query computing everything for
    # an OFFSET page evaluated the per-row subqueries for every skipped row (seconds at page 200 of 14,000).
    if state:
        societies = compliance_list.compliance_states(societies, today).filter(compliance_state=state)
    return societies


@officer_required
def office_societies(request):
    """Societies in the officer's jurisdiction with their compliance state: the page's ids, then their facts."""
    today = clock.today()
    districts = list(districts_for(request.user).order_by("name"))
    state = _choice(request.GET.get("state", ""), compliance.STATES + (compliance.GREY,))
    governance = _choice(request.GET.get("governance", ""), GovernanceStatus.values)
    district = _choice(request.GET.get("district", ""), {str(d.pk) for d in districts})
    q = (request.GET.get("q") or "").strip()[:100]

    societies = society_list(request.user, today, state=state, governance=governance, district=district, q=q)
    page = Paginator(societies.order_by("name", "pk").values_list("pk", flat=True), PAGE_SIZE).get_page(
        request.GET.get("page"))
    page.object_list = attach_statuses(compliance_list.compliance_states(
        Society.objects.select_related("district").filter(pk__in=list(page.object_list)), today
    ).order_by("name", "pk"), today)
    filters = {k: v for k, v in (("state", state), ("governance", governance), ("district", district), ("q", q))
               if v}
    return render(request, "governance/society/office_list.html", {
        "page": page, "today": today, "state": state, "governance": governance, "district": district, "q": q,
        "states": [(s, compliance.STATE_LABELS[s]) for s in (*compliance.STATES, compliance.GREY)],
        "governance_choices": GovernanceStatus.choices,
        "districts": districts if len(districts) > 1 else [],
        "query_string": urlencode(filters), "filtered": bool(filters),
        "return_amber_days": compliance.RETURN_AMBER_DAYS,
    })


def _society_context(society, today):
    facts = compliance.society_facts(society, today)
    return {
        "society": society, "today": today, "facts": facts,
        "card": compliance.compliance_card(society, today, facts),
        "summary": compliance.governance_summary(society),
        "fy_end": compliance.fy_end_day(society),
        "public_url": reverse("public_compliance", kwargs={"token": society.public_token}),
    }


@officer_required
def office_society_detail(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    today = clock.today()
    context = _society_context(society, today)
    context.update({
        "board_meetings": BoardMeeting.objects.filter(society=society).order_by("-held_on", "-pk")[:RECENT],
        "general_meetings": GeneralMeeting.objects.filter(society=society).select_related("financial_year")
        .prefetch_related("proceedings").order_by("-held_on", "-pk")[:RECENT],
        "flags": ComplianceFlag.objects.filter(society=society).order_by("-raised_on", "-pk")[:10],
        "timeline": timeline_for(society, today),
        "entries": activity.timeline_for(society, limit=ACTIVITY_LIMIT),
        # Appointing an officer is open only once the Board has ceased (s.41(6)).
        "links": _links([link for link in OFFICE_LINKS if link[0] != "office_appoint_officer"
                         or society.governance_status == GovernanceStatus.BOARD_CEASED], society.pk),
        "timeline_url": reverse("society_timeline", kwargs={"pk": society.pk}),
    })
    return render(request, "governance/society/office_detail.html", context)


@login_required_403
def society_detail(request, pk):
    """The secretary's page: the card, what is due next and the way to each filing."""
    society = permissions.society_for_secretary(request.user, pk)
    today = clock.today()
    context = _society_context(society, today)
    context.update({
        "due_next": due_next(society, today),
        "links": _links(SECRETARY_LINKS, society.pk),
        "timeline_url": reverse("society_timeline", kwargs={"pk": society.pk}),
    })
    return render(request, "governance/society/secretary_detail.html", context)
