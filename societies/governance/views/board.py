"""Secretary pages of the Board under /society/<pk>/: the Board, election results, office-bearers, Board meetings
and requisitions. Another user gets 404 (society_for_secretary); the services decide, the views only parse."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import login_required_403
from registrar.duplicates import AlreadyRecorded

from .. import rules
from ..forms.board import (
    BoardMeetingForm,
    ElectionForm,
    OfficeBearersForm,
    RequisitionForm,
    StrengthForm,
    director_formset,
)
from ..models import Board, FinancialYear, Requisition
from ..permissions import society_for_secretary
from ..selectors import current_board
from ..services import board as board_services
from ..services import meetings as meeting_services

STRENGTH_SAVED = _("Sanctioned strength recorded.")
ELECTION_SAVED = _("Election result recorded. The new Board took office on %(day)s.")
OFFICE_BEARERS_SAVED = _("Office-bearers changed.")
MEETING_HELD = _("Board meeting of %(day)s recorded as held. The next one is due by %(due)s.")
MEETING_HELD_OLDER = _("Board meeting of %(day)s recorded as held. A later meeting is already on record, so the "
                       "next-meeting date is unchanged.")
MEETING_NOT_HELD = _("Board meeting of %(day)s recorded, but it is NOT held: %(present)s present, quorum %(quorum)s "
                     "(s.43(5)). The 120-day clock has not moved.")
REQUISITION_SAVED = _("Requisition recorded. The meeting must be held by %(day)s.")
NOT_ALLOWED_NOW = _("That cannot be done now.")
ELECTION_DEFAULT_ROWS = 7


_OFFICE_ORDER = {"president": 0, "vice_president": 1}


def _by_office(directors) -> list:
    """President, Vice-President, then the Directors by name (the model orders by the office's code)."""
    return sorted(directors, key=lambda d: (_OFFICE_ORDER.get(d.office, 2), d.name))


def _add_errors(form, exc: ValidationError) -> None:
    for message in exc.messages:
        form.add_error(None, message)


def _financial_year_now(society, today):
    fy_end = rules.financial_year_end_on_or_after(today, society.fy_end_month, society.fy_end_day)
    return FinancialYear.objects.filter(society=society, ends_on=fy_end).first(), fy_end


@login_required_403
def society_board(request, pk):
    """The Board in office, past Boards, this year's Board meetings, and the sanctioned-strength form."""
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    board = current_board(society)
    form = StrengthForm(request.POST or None,
                        initial={"strength": board.sanctioned_strength} if board else None)
    if request.method == "POST" and form.is_valid():
        try:
            board_services.board_set_strength(society_id=society.pk, actor=request.user,
                                              strength=form.cleaned_data["strength"])
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, STRENGTH_SAVED)
            return redirect("society_board", pk=pk)
    year, fy_end = _financial_year_now(society, today)
    fy_start = rules.financial_year_start(fy_end)
    meetings = (society.board_meetings.filter(held_on__range=(fy_start, fy_end)).select_related("board")
                if board else [])
    return render(request, "governance/board/board.html", {
        "society": society, "board": board, "today": today, "form": form,
        "directors": _by_office(board.directors.all()) if board else [],
        "past_boards": Board.objects.filter(society=society, ended_on__isnull=False).prefetch_related("directors"),
        "meetings": meetings, "fy_label": f"{fy_start:%Y}–{fy_end:%y}", "year": year,
        "held_count": sum(1 for m in meetings if m.quorum_met),
        "quorum": rules.board_quorum(board.sanctioned_strength) if board and board.sanctioned_strength else None,
        "term_rule": "promoter_board_max_1y" if board and board.kind == Board.Kind.PROMOTER else "board_term_5y",
        "open_requisitions": society.requisitions.filter(state=Requisition.State.OPEN),
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def society_election_new(request, pk):
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    try:
        rows = max(3, min(int(request.GET.get("rows", ELECTION_DEFAULT_ROWS)), 23))
    except ValueError:
        rows = ELECTION_DEFAULT_ROWS
    board = current_board(society)
    form = ElectionForm(request.POST or None, initial={
        "sanctioned_strength": board.sanctioned_strength if board else None})
    formset = director_formset(rows)(request.POST or None, prefix="d")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        directors = [f.cleaned_data for f in formset if f.cleaned_data and f.cleaned_data.get("name")]
        try:
            new_board = board_services.election_record(
                society_id=society.pk, actor=request.user, today=today, result_on=form.cleaned_data["result_on"],
                sanctioned_strength=form.cleaned_data["sanctioned_strength"], directors=directors)
        except AlreadyRecorded as exc:
            messages.info(request, exc.messages[0])
            return redirect("society_board", pk=pk)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, ELECTION_SAVED % {"day": f"{new_board.took_office_on:%d %b %Y}"})
            return redirect("society_board", pk=pk)
    return render(request, "governance/board/election.html", {
        "society": society, "board": board, "form": form, "formset": formset, "more_rows": rows + 4,
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def society_office_bearers(request, pk):
    society = society_for_secretary(request.user, pk)
    board = current_board(society)
    directors = list(board.directors.filter(ceased_on__isnull=True, is_coopted=False)) if board else []
    form = OfficeBearersForm(request.POST or None, directors=directors)
    if request.method == "POST" and form.is_valid():
        try:
            board_services.office_bearers_change(
                society_id=society.pk, actor=request.user, today=clock.today(),
                president_id=form.cleaned_data["president"], vice_president_id=form.cleaned_data["vice_president"])
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, OFFICE_BEARERS_SAVED)
            return redirect("society_board", pk=pk)
    return render(request, "governance/board/office_bearers.html", {
        "society": society, "board": board, "form": form, "directors": directors,
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def society_board_meeting_new(request, pk):
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    board = current_board(society)
    directors = _by_office(board.directors.filter(ceased_on__isnull=True)) if board else []
    requisitions = society.requisitions.filter(state=Requisition.State.OPEN, kind=Requisition.Kind.BOARD_MEETING)
    form = BoardMeetingForm(request.POST or None, directors=directors, requisitions=requisitions)
    ready = bool(board and board.sanctioned_strength)
    if request.method == "POST" and ready and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = board_services.board_meeting_record(
                society_id=society.pk, actor=request.user, today=today, held_on=data["held_on"],
                present_ids=data["present"], agenda=data["agenda"], requisition_id=data["requisition"])
        except AlreadyRecorded as exc:  # sent twice (a double click, a second tab): the meeting is on the page
            messages.info(request, exc.messages[0])
            return redirect("society_board", pk=pk)
        except ValidationError as exc:
            _add_errors(form, exc)
        except TransitionNotAllowed:
            form.add_error(None, NOT_ALLOWED_NOW)
        else:
            board.refresh_from_db(fields=["next_meeting_due_on"])
            day = f"{meeting.held_on:%d %b %Y}"
            if not meeting.quorum_met:
                messages.error(request, MEETING_NOT_HELD % {"day": day, "present": meeting.present_count,
                                                            "quorum": meeting.quorum_required})
            elif board.next_meeting_due_on == rules.next_board_meeting_last_day(meeting.held_on):
                messages.success(request, MEETING_HELD % {"day": day, "due": f"{board.next_meeting_due_on:%d %b %Y}"})
            else:
                messages.success(request, MEETING_HELD_OLDER % {"day": day})
            return redirect("society_board", pk=pk)
    return render(request, "governance/board/meeting.html", {
        "society": society, "board": board, "form": form, "ready": ready, "today": today,
        "quorum": rules.board_quorum(board.sanctioned_strength) if ready else None,
        "strength_first": board_services.STRENGTH_FIRST,
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def society_requisition_new(request, pk):
    society = society_for_secretary(request.user, pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = RequisitionForm(request.POST or None, initial={"kind": request.GET.get("kind")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            requisition = meeting_services.requisition_record(
                society_id=society.pk, actor=request.user, today=clock.today(), kind=data["kind"],
                requisitioned_by=data["requisitioned_by"], received_on=data["received_on"], agenda=data["agenda"],
                signatures=data.get("signatures"))
        except AlreadyRecorded as exc:
            messages.info(request, exc.messages[0])
            if exc.existing.kind == Requisition.Kind.GENERAL_MEETING:
                return redirect("society_general_meetings", pk=pk)
            return redirect("society_board", pk=pk)
        except ValidationError as exc:
            _add_errors(form, exc)
        except PermissionDenied as exc:
            raise PermissionDenied(str(exc)) from None
        else:
            messages.success(request, REQUISITION_SAVED % {"day": f"{requisition.hold_by:%d %b %Y}"})
            if requisition.kind == Requisition.Kind.GENERAL_MEETING:
                return redirect("society_general_meetings", pk=pk)
            return redirect("society_board", pk=pk)
    return render(request, "governance/board/requisition.html", {"society": society, "form": form},
                  status=400 if request.method == "POST" else 200)
