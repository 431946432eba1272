"""Secretary pages of general meetings and proceedings under /society/<pk>/, and the proceedings download shared
by the secretary and the officers with jurisdiction."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from membership.selectors import has_register, register_counts
from registrar import clock
from registrar.access import login_required_403
from registrar.duplicates import AlreadyRecorded
from registrar.holidays import holidays_around

from .. import rules
from ..agenda import pending_reports
from ..forms.meetings import GeneralMeetingForm, ProceedingsForm
from ..models import FinancialYear, GeneralMeeting, Proceedings, Requisition
from ..permissions import can_supervise, is_secretary, society_for_secretary
from ..services import meetings as meeting_services
from ..services import proceedings as proceedings_services

PAGE_SIZE = 20
MEETING_SAVED = _("General meeting of %(day)s recorded.")
AGM_SAVED = _("AGM of %(day)s recorded as held. The annual return for %(year)s is due by %(due)s (s.129).")
ADJOURNED_SAVED = _("Meeting of %(day)s recorded as adjourned for want of quorum to %(to)s. Record the adjourned "
                    "sitting on that date.")
NOT_HELD_SAVED = _("Meeting of %(day)s recorded without quorum: it is NOT held (s.34). If it was adjourned, enter the "
                   "date it was adjourned to.")
NOT_ALLOWED_NOW = _("That cannot be done now.")


def _add_errors(form, exc: ValidationError) -> None:
    for message in exc.messages:
        form.add_error(None, message)


@login_required_403
def society_general_meetings(request, pk):
    society = society_for_secretary(request.user, pk)
    meetings = (GeneralMeeting.objects.filter(society=society).select_related("financial_year", "requisition")
                .prefetch_related(Prefetch("proceedings", queryset=Proceedings.objects.order_by("-received_on",
                                                                                                "-pk"))))
    page = Paginator(meetings, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(m, meeting_services.general_meeting_is_held(m) and m.adjourned_to is None, list(m.proceedings.all()))
            for m in page]
    return render(request, "governance/meetings/list.html", {
        "society": society, "page": page, "rows": rows, "today": clock.today(),
        "years_due": FinancialYear.objects.filter(society=society, agm_held_on__isnull=True).order_by("ends_on"),
        "open_requisitions": society.requisitions.filter(state=Requisition.State.OPEN,
                                                         kind=Requisition.Kind.GENERAL_MEETING),
    })


@login_required_403
def society_general_meeting_new(request, pk):
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    years = list(FinancialYear.objects.filter(society=society, agm_held_on__isnull=True).order_by("ends_on"))
    requisitions = list(society.requisitions.filter(state=Requisition.State.OPEN,
                                                    kind=Requisition.Kind.GENERAL_MEETING))
    initial = {"kind": request.GET.get("kind") or GeneralMeeting.Kind.AGM}
    if has_register(society.pk):
        # The voting members on the register today (issue 14 point 7); the secretary corrects it to the meeting day.
        initial["members_eligible"] = register_counts(society.pk, today).voting
    reports = [(key, source.label(report)) for key, source, report in pending_reports(society, today)]
    form = GeneralMeetingForm(request.POST or None, years=years, requisitions=requisitions, initial=initial,
                              reports=reports)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        is_agm = data["kind"] == GeneralMeeting.Kind.AGM
        try:
            meeting = meeting_services.general_meeting_record(
                society_id=society.pk, actor=request.user, today=today, kind=data["kind"], held_on=data["held_on"],
                members_eligible=data["members_eligible"], members_present=data["members_present"],
                delegate_body=data["delegate_body"], financial_year_id=data["financial_year"] if is_agm else None,
                requisition_id=None if is_agm else data["requisition"], adjourned_to=data["adjourned_to"],
                accounts_ready_on=data["accounts_ready_on"], resolutions=data["resolutions"],
                agenda=data["agenda"].splitlines(), reports=data.get("reports", []))
        except AlreadyRecorded as exc:  # sent twice (a double click, a second tab): the meeting is in the list
            messages.info(request, exc.messages[0])
            return redirect("society_general_meetings", pk=pk)
        except ValidationError as exc:
            _add_errors(form, exc)
        except TransitionNotAllowed:
            form.add_error(None, NOT_ALLOWED_NOW)
        else:
            day = f"{meeting.held_on:%d %b %Y}"
            if meeting.adjourned_to:
                messages.warning(request, ADJOURNED_SAVED % {"day": day, "to": f"{meeting.adjourned_to:%d %b %Y}"})
            elif not meeting_services.general_meeting_is_held(meeting):
                messages.error(request, NOT_HELD_SAVED % {"day": day})
            elif meeting.financial_year_id:
                year = meeting.financial_year
                year.refresh_from_db()
                messages.success(request, AGM_SAVED % {"day": day, "year": year.label,
                                                       "due": f"{year.returns_last_day:%d %b %Y}"})
            else:
                messages.success(request, MEETING_SAVED % {"day": day})
            return redirect("society_general_meetings", pk=pk)
    return render(request, "governance/meetings/form.html", {
        "society": society, "form": form, "years": years, "today": today,
        "gm_quorum_percent": rules.GM_QUORUM_PERCENT, "delegate_quorum_percent": rules.DELEGATE_GM_QUORUM_PERCENT,
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def society_proceedings_new(request, pk, meeting_pk):
    society = society_for_secretary(request.user, pk)
    meeting = get_object_or_404(GeneralMeeting.objects.select_related("financial_year"), pk=meeting_pk,
                                society=society)
    today = clock.today()
    form = ProceedingsForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            proceedings = proceedings_services.proceedings_file(
                meeting_id=meeting.pk, actor=request.user, today=today, document=form.cleaned_data["document"],
                summary=form.cleaned_data["summary"])
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            return redirect("society_proceedings_detail", pk=pk, proceedings_pk=proceedings.pk)
    return render(request, "governance/proceedings/file.html", {
        "society": society, "meeting": meeting, "form": form, "today": today,
        "filing_last_day": rules.proceedings_filing_last_day(meeting.held_on, holidays_around(meeting.held_on)),
        "previous": meeting.proceedings.all(),
    }, status=400 if request.method == "POST" else 200)


@login_required_403
def society_proceedings_detail(request, pk, proceedings_pk):
    """The acknowledgement of a filing and its state (awaiting, approved, returned, deemed approved)."""
    society = society_for_secretary(request.user, pk)
    proceedings = get_object_or_404(Proceedings.objects.select_related("meeting__financial_year"),
                                    pk=proceedings_pk, society=society)
    return render(request, "governance/proceedings/detail.html", {
        "society": society, "proceedings": proceedings, "meeting": proceedings.meeting, "today": clock.today(),
        "deemed_from": rules.proceedings_deemed_approved_on(proceedings.received_on),
    })


@login_required_403
def proceedings_document(request, proceedings_pk):
    """The proceedings PDF: for the society's secretary and officers with jurisdiction; never a public URL."""
    proceedings = get_object_or_404(Proceedings.objects.select_related("society"), pk=proceedings_pk)
    if not (is_secretary(request.user, proceedings.society) or can_supervise(request.user, proceedings.society)):
        raise Http404("No such document.")
    try:
        handle = proceedings.document.open("rb")
    except FileNotFoundError:
        raise Http404("No such document.") from None
    except PermissionError:
        raise PermissionDenied from None
    return FileResponse(handle, content_type="application/pdf", as_attachment=True,
                        filename=proceedings.original_name)
