"""Office pages of Board elections (the Registrar is the Election Authority, s.41(1)): the Boards due for election
and the elections under way, announcing one, its page (nominations scrutinised, counts, declaration,
office-bearers) and its PDFs. An officer outside the district gets 404 (registrar.access); a citizen 403."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from registrar import clock
from registrar.access import get_for_officer, login_required_403, officer_required
from registrar.forms import add_service_errors
from societies.governance.permissions import NOT_SUPERVISOR, can_supervise
from societies.governance.selectors import current_board
from societies.governance.services.officer import eligible_officers
from societies.models import Society

from ..models import Candidate, Election
from . import documents, rules, selectors, services
from .forms import AnnounceForm, CountsForm, NominateForm, OfficeBearersForm
from .scrutiny import reason_text

ANNOUNCED = _("Election announced: poll at the general meeting of %(day)s.")
NOMINATED_VALID = _("Nomination of %(name)s entered: valid.")
NOMINATED_REJECTED = _("Nomination of %(name)s entered and rejected on scrutiny: %(reasons)s")
COUNTED = _("Counts recorded.")
COUNTED_LOT = _("Counts recorded. Equal votes were decided by lot: %(names)s.")
DECLARED = _("Result declared by order %(number)s: the new Board took office today.")
BEARERS = _("President and Vice-President recorded.")


@officer_required
@require_GET
def office_elections(request):
    today = clock.today()
    boards = list(selectors.board_list_due_for_election(request.user, today)[:200])
    for board in boards:
        board.window_from = rules.election_due_window_starts(board.term_ends_on)
        board.expired = board.term_ends_on < today
    return render(request, "membership/elections/office/list.html", {
        "boards": boards, "elections": selectors.election_list_for_officer(request.user)[:100], "today": today})


@officer_required
@require_http_methods(["GET", "POST"])
def office_election_announce(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    today = clock.today()
    board = current_board(society)
    may = can_supervise(request.user, society)
    form = AnnounceForm(request.POST or None, officers=eligible_officers(society),
                        initial={"sanctioned_strength": getattr(board, "sanctioned_strength", None),
                                 "meeting_kind": Election.MeetingKind.AGM})
    status = 200
    if request.method == "POST":
        if not may:
            raise PermissionDenied(NOT_SUPERVISOR)
        if form.is_valid():
            data = form.cleaned_data
            officer = data["returning_officer"]
            try:
                election = services.election_announce(
                    society_id=society.pk, actor=request.user, today=today, meeting_kind=data["meeting_kind"],
                    poll_on=data["poll_on"], nominations_close_on=data["nominations_close_on"],
                    sanctioned_strength=data["sanctioned_strength"],
                    returning_officer=officer.user if officer else None, territorial=data["territorial"])
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, ANNOUNCED % {"day": f"{election.poll_on:%d %b %Y}"})
                return redirect("office_election_detail", pk=election.pk)
        status = 400
    return render(request, "membership/elections/office/announce.html", {
        "society": society, "board": board, "form": form if may else None, "today": today,
        "not_allowed": "" if may else NOT_SUPERVISOR}, status=status)


def _election(request, pk) -> Election:
    return selectors.election_detail(pk, request.user)


def _render_detail(request, election, *, status=200, **forms):
    today = clock.today()
    society = election.society
    may = can_supervise(request.user, society)
    candidates = list(election.candidates.all())
    for c in candidates:
        c.reason_texts = [reason_text(r) for r in c.reasons]
    valid = [c for c in candidates if c.scrutiny == Candidate.Scrutiny.ACCEPTED]
    state = Election.State
    context = {"election": election, "society": society, "groups": list(election.seat_groups.all()),
               "candidates": candidates, "today": today, "may_decide": may,
               "draws": documents.named_draws(election, {c.pk: c.name for c in candidates})}
    if election.state == state.ANNOUNCED and may and today <= election.nominations_close_on:
        context["nominate_form"] = forms.get("nominate_form") or NominateForm(election=election)
    if election.state == state.ANNOUNCED and today >= election.poll_on and services.may_count(request.user, election):
        context["counts_form"] = forms.get("counts_form") or CountsForm(candidates=valid)
    if election.state == state.COUNTED and may:
        context["may_declare"] = True
    if election.state == state.DECLARED:
        board = election.elected_board
        context["unfilled"] = services.reservation_unfilled(election)
        directors = board.directors.filter(ceased_on__isnull=True)
        context["directors"] = list(directors)
        if may and board.ended_on is None:
            context["bearers_form"] = forms.get("bearers_form") or OfficeBearersForm(directors=directors)
    if election.state == state.ANNOUNCED and can_supervise(request.user, society):
        context["invite_url"] = reverse("office_party_invite") + f"?kind=election&case={election.pk}"
    context["errors"] = forms.get("errors", [])
    return render(request, "membership/elections/office/detail.html", context, status=status)


@officer_required
@require_GET
def office_election_detail(request, pk):
    return _render_detail(request, _election(request, pk))


@officer_required
def office_election_nominate(request, pk):
    election = _election(request, pk)   # 404 outside the district before the method is looked at
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = NominateForm(request.POST, election=election)
    if form.is_valid():
        try:
            candidate = services.candidate_nominate(
                election_id=election.pk, actor=request.user, today=clock.today(),
                member_number=form.cleaned_data["member_number"], group_id=form.cleaned_data["group"].pk)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            if candidate.scrutiny == Candidate.Scrutiny.ACCEPTED:
                messages.success(request, NOMINATED_VALID % {"name": candidate.name})
            else:
                messages.warning(request, NOMINATED_REJECTED % {
                    "name": candidate.name, "reasons": " ".join(reason_text(r) for r in candidate.reasons)})
            return redirect("office_election_detail", pk=election.pk)
    return _render_detail(request, _election(request, pk), status=400, nominate_form=form)


@officer_required
def office_election_counts(request, pk):
    election = _election(request, pk)   # 404 outside the district before the method is looked at
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    valid = [c for c in election.candidates.all() if c.scrutiny == Candidate.Scrutiny.ACCEPTED]
    form = CountsForm(request.POST, candidates=valid)
    if form.is_valid():
        try:
            election = services.election_counts_record(election_id=election.pk, actor=request.user,
                                                       today=clock.today(), votes=form.votes())
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            lot = election.candidates.filter(by_lot=True).values_list("name", flat=True)
            messages.success(request, COUNTED_LOT % {"names": ", ".join(lot)} if lot else COUNTED)
            return redirect("office_election_detail", pk=election.pk)
    return _render_detail(request, _election(request, pk), status=400, counts_form=form)


@officer_required
def office_election_declare(request, pk):
    election = _election(request, pk)   # 404 outside the district before the method is looked at
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        election = services.election_declare(election_id=election.pk, actor=request.user, today=clock.today())
    except ValidationError as exc:
        return _render_detail(request, _election(request, pk), status=400, errors=exc.messages)
    messages.success(request, DECLARED % {"number": election.result_order.number})
    return redirect("office_election_detail", pk=election.pk)


@officer_required
def office_election_office_bearers(request, pk):
    election = _election(request, pk)   # 404 outside the district before the method is looked at
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if election.elected_board is None:
        return _render_detail(request, election, status=400, errors=[str(services.NOT_DECLARED)])
    form = OfficeBearersForm(request.POST, directors=election.elected_board.directors.filter(ceased_on__isnull=True))
    if form.is_valid():
        try:
            services.election_office_bearers_record(
                election_id=election.pk, actor=request.user, today=clock.today(),
                president_id=form.cleaned_data["president"].pk, vice_president_id=form.cleaned_data["vice_president"].pk)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, BEARERS)
            return redirect("office_election_detail", pk=election.pk)
    return _render_detail(request, _election(request, pk), status=400, bearers_form=form)


@login_required_403
@require_http_methods(["GET", "POST"])
def party_election_counts(request, pk):
    """The invited returning officer's page: the valid candidates and the counts form after the poll."""
    from parties.access import party_case_or_404

    election = party_case_or_404(request.user, Election, pk, "membership.conduct_election")
    today = clock.today()
    valid = list(election.candidates.filter(scrutiny=Candidate.Scrutiny.ACCEPTED).select_related("group", "member"))
    form = CountsForm(request.POST or None, candidates=valid) if today >= election.poll_on else None
    status = 200
    if request.method == "POST":
        if form is not None and form.is_valid():
            try:
                services.election_counts_record(election_id=election.pk, actor=request.user, today=today,
                                                votes=form.votes())
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, COUNTED)
                return redirect("party_cases")
        status = 400
    return render(request, "membership/elections/party/counts.html", {
        "election": election, "society": election.society, "candidates": valid, "form": form, "today": today},
        status=status)


@officer_required
@require_GET
def office_election_pdf(request, pk, doc):
    election = _election(request, pk)
    lang = "as" if request.GET.get("lang") == "as" else "en"
    if doc not in documents.DOCUMENTS or (doc == "result" and election.state != Election.State.DECLARED):
        raise Http404("No such document for this election.")
    data = documents.DOCUMENTS[doc](election, lang=lang)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="election-{election.pk}-{doc}-{lang}.pdf"'
    return response
