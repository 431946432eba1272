"""Pages of admission and leaving for three audiences:

- the applicant (a citizen account): apply to a society, follow the application, appeal a refusal; a terminated
  member appeals the resolution (/memberships/...). Another person's application is 404.
- the society (/society/<pk>/members/applications/...): the secretary enters paper applications, records the
  Board's admission or refusal, appeals and the General Assembly's decisions, withdrawals, cessations and
  terminations; the Directors of the Board read. Anyone else 404.
- the office (/office/societies/<pk>/members/applications/): officers in jurisdiction read (404 outside).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from registrar import clock
from registrar.access import login_required_403, officer_required
from societies.models import Society

from .. import admission_forms as forms
from .. import permissions, rules
from ..models import AppState, Channel, Member, MembershipApplication, Termination, TermState
from ..services import admission, leaving
from .office import _society as _office_society

APPLIED = _("Your application was received on %(day)s. The Board must decide by %(decision)s; if no refusal is "
            "communicated by %(last_day)s you are deemed admitted (s.20(2)).")
PAPER_ENTERED = _("Paper application of %(name)s entered, received on %(day)s.")
ADMITTED = _("%(name)s admitted as member No. %(number)s from %(day)s.")
REFUSED = _("Refusal recorded as decision %(order)s; the applicant may appeal to the General Assembly.")
APPEALED = _("Appeal to the General Assembly filed on %(day)s.")
APPEAL_DECIDED = _("The General Assembly's decision is recorded.")
WITHDRAWN = _("%(name)s withdrew from %(day)s.")
CEASED = _("%(name)s ceased to be a member from %(day)s.")
TERMINATED = _("Termination recorded as decision %(order)s. The name stays on the register until %(day)s.")
NO_SUCH_SOCIETY = _("No registered society has that registration number.")
NO_MEETING = _("Record the general meeting first (Meetings), then its decision here.")


def _errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _bound(request, cls, prefix, action, **kwargs):
    return cls(request.POST if request.POST.get("action") == action else None, prefix=prefix, **kwargs)


# ---- the applicant -----------------------------------------------------------------------------------------

@login_required_403
def membership_apply_find(request):
    """Find the society to apply to by its registration number."""
    number = (request.GET.get("registration_number") or "").strip()
    error = ""
    if number:
        society = Society.objects.filter(registration_number__iexact=number, registered_on__isnull=False).first()
        if society is not None:
            return redirect("membership_apply", pk=society.pk)
        error = NO_SUCH_SOCIETY
    applications = (MembershipApplication.objects.filter(applicant=request.user).select_related("society")
                    .order_by("-received_on", "-pk"))
    return render(request, "membership/admission/find.html", {"number": number, "error": error,
                                                              "applications": applications})


@login_required_403
@require_http_methods(["GET", "POST"])
def membership_apply(request, pk):
    society = get_object_or_404(Society, pk=pk, registered_on__isnull=False)
    today = clock.today()
    form = forms.ParticularsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = admission.application_submit(
                society_id=society.pk, actor=request.user, today=today, channel=Channel.ONLINE, particulars=data,
                shares_applied=data["shares_applied"], occupation=data["occupation"], category=data["category"])
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, APPLIED % {
                "day": f"{application.received_on:%d %b %Y}", "decision": f"{application.decision_due_on:%d %b %Y}",
                "last_day": f"{application.deemed_last_day:%d %b %Y}"})
            return redirect("my_application", pk=application.pk)
    return render(request, "membership/admission/apply.html", {"society": society, "form": form},
                  status=400 if request.method == "POST" else 200)


@login_required_403
@require_http_methods(["GET", "POST"])
def my_application(request, pk):
    application = get_object_or_404(
        MembershipApplication.objects.select_related("society", "person", "refusal_order", "member",
                                                     "appeal_meeting"), pk=pk, applicant=request.user)
    today = clock.today()
    last_day = admission.appeal_last_day(application) if application.state == AppState.REFUSED else None
    form = forms.OwnAppealForm(request.POST or None) if last_day and today <= last_day else None
    if request.method == "POST":
        if form is None:
            raise Http404("Nothing to appeal.")
        if form.is_valid():
            try:
                admission.application_appeal(application_id=application.pk, actor=request.user, today=today,
                                             filed_on=today, grounds=form.cleaned_data["grounds"])
            except ValidationError as exc:
                _errors(form, exc)
            else:
                messages.success(request, APPEALED % {"day": f"{today:%d %b %Y}"})
                return redirect("my_application", pk=application.pk)
    return render(request, "membership/admission/mine.html", {
        "application": application, "today": today, "appeal_last_day": last_day, "form": form,
        "deemed_day": rules.deemed_admission_day(application.received_on)},
        status=400 if request.method == "POST" else 200)


@login_required_403
@require_http_methods(["GET", "POST"])
def my_termination(request, pk):
    termination = get_object_or_404(Termination.objects.select_related("society", "member__person", "order"),
                                    pk=pk, member__person__user=request.user)
    today = clock.today()
    last_day = rules.appeal_last_day("termination_appeal_30d", termination.received_on)
    form = (forms.OwnAppealForm(request.POST or None)
            if termination.state == TermState.RESOLVED and today <= last_day else None)
    if request.method == "POST":
        if form is None:
            raise Http404("Nothing to appeal.")
        if form.is_valid():
            try:
                leaving.termination_appeal(termination_id=termination.pk, actor=request.user, today=today,
                                           filed_on=today)
            except ValidationError as exc:
                _errors(form, exc)
            else:
                messages.success(request, APPEALED % {"day": f"{today:%d %b %Y}"})
                return redirect("my_termination", pk=termination.pk)
    return render(request, "membership/admission/my_termination.html", {
        "termination": termination, "today": today, "appeal_last_day": last_day, "form": form},
        status=400 if request.method == "POST" else 200)


# ---- the society -------------------------------------------------------------------------------------------

def _society(request, pk) -> Society:
    society = Society.objects.select_related("district").filter(pk=pk).first()
    if society is None or not (permissions.is_secretary(request.user, society)
                               or permissions.is_board_member(request.user, society)):
        raise Http404("No such society among yours.")
    return society


def _require_secretary(request, society) -> None:
    if not permissions.can_change_register(request.user, society):
        raise PermissionDenied(permissions.NOT_SECRETARY)


def _lists(society):
    applications = (MembershipApplication.objects.filter(society=society)
                    .select_related("person", "refusal_order", "member").order_by("-received_on", "-pk")[:200])
    terminations = (Termination.objects.filter(society=society).select_related("member__person", "order")
                    .order_by("-decided_on", "-pk")[:200])
    return list(applications), list(terminations)


@login_required_403
@require_http_methods(["GET", "POST"])
def society_applications(request, pk):
    society = _society(request, pk)
    today = clock.today()
    may_change = permissions.can_change_register(request.user, society)
    form = forms.PaperApplicationForm(request.POST or None, initial={"received_on": today}) if may_change else None
    if request.method == "POST":
        _require_secretary(request, society)
        if form.is_valid():
            data = form.cleaned_data
            try:
                application = admission.application_submit(
                    society_id=society.pk, actor=request.user, today=today, channel=Channel.PAPER,
                    particulars=data, applied_on=data["applied_on"], received_on=data["received_on"],
                    shares_applied=data["shares_applied"], occupation=data["occupation"], category=data["category"])
            except ValidationError as exc:
                _errors(form, exc)
            else:
                messages.success(request, PAPER_ENTERED % {"name": application.person.name,
                                                           "day": f"{application.received_on:%d %b %Y}"})
                return redirect("society_application_detail", pk=society.pk, app_pk=application.pk)
    applications, terminations = _lists(society)
    return render(request, "membership/admission/society_list.html", {
        "society": society, "today": today, "applications": applications, "terminations": terminations,
        "form": form, "audience": "society"}, status=400 if request.method == "POST" else 200)


def _meetings(society):
    from societies.governance.models import GeneralMeeting

    return list(GeneralMeeting.objects.filter(society=society).order_by("-held_on")[:20])


@login_required_403
@require_http_methods(["GET", "POST"])
def society_application_detail(request, pk, app_pk):
    society = _society(request, pk)
    application = get_object_or_404(
        MembershipApplication.objects.select_related("person", "refusal_order", "member", "appeal_meeting"),
        pk=app_pk, society=society)
    today = clock.today()
    may_change = permissions.can_change_register(request.user, society)
    meetings = _meetings(society)
    admit = _bound(request, forms.AdmitForm, "admit", "admit", initial={"decided_on": today})
    refuse = _bound(request, forms.RefuseForm, "refuse", "refuse",
                    initial={"decided_on": today, "communicated_on": today, "received_on": today})
    appeal = _bound(request, forms.AppealForm, "appeal", "appeal", initial={"filed_on": today})
    decide = _bound(request, forms.GADecisionForm, "decide", "decide", meetings=meetings)
    if request.method == "POST":
        _require_secretary(request, society)
        action = request.POST.get("action")
        form = {"admit": admit, "refuse": refuse, "appeal": appeal, "decide": decide}.get(action)
        if form is None:
            raise Http404("No such action.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                if action == "admit":
                    member = admission.application_admit(application_id=application.pk, actor=request.user,
                                                         today=today, **data)
                    message = ADMITTED % {"name": application.person.name, "number": member.number,
                                          "day": f"{member.admitted_on:%d %b %Y}"}
                elif action == "refuse":
                    order = admission.application_refuse(application_id=application.pk, actor=request.user,
                                                         today=today, **data)
                    message = REFUSED % {"order": order.number}
                elif action == "appeal":
                    admission.application_appeal(application_id=application.pk, actor=request.user, today=today,
                                                 **data)
                    message = APPEALED % {"day": f"{data['filed_on']:%d %b %Y}"}
                else:
                    admission.application_appeal_decide(
                        application_id=application.pk, actor=request.user, today=today,
                        general_meeting_id=data["general_meeting"], allowed=data["allowed"],
                        applicant_heard=data["applicant_heard"], note=data["note"])
                    message = APPEAL_DECIDED
            except ValidationError as exc:
                _errors(form, exc)
            else:
                messages.success(request, message)
                return redirect("society_application_detail", pk=society.pk, app_pk=application.pk)
    return render(request, "membership/admission/society_application.html", {
        "society": society, "application": application, "today": today, "may_change": may_change,
        "admit": admit, "refuse": refuse, "appeal": appeal, "decide": decide, "meetings": meetings,
        "no_meeting": NO_MEETING, "appeal_last_day": admission.appeal_last_day(application),
        "deemed_day": rules.deemed_admission_day(application.received_on)},
        status=400 if request.method == "POST" else 200)


@login_required_403
@require_http_methods(["GET", "POST"])
def society_member_leave(request, pk, number):
    society = _society(request, pk)
    member = get_object_or_404(Member.objects.select_related("person"), society=society, number=number)
    today = clock.today()
    may_change = permissions.can_change_register(request.user, society)
    withdraw = _bound(request, forms.WithdrawForm, "withdraw", "withdraw", initial={"on": today})
    cease = _bound(request, forms.CeaseForm, "cease", "cease", initial={"on": today})
    terminate = _bound(request, forms.TerminationForm, "terminate", "terminate",
                       initial={"decided_on": today, "heard_on": today, "communicated_on": today,
                                "received_on": today})
    if request.method == "POST":
        _require_secretary(request, society)
        action = request.POST.get("action")
        form = {"withdraw": withdraw, "cease": cease, "terminate": terminate}.get(action)
        if form is None:
            raise Http404("No such action.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                if action == "withdraw":
                    leaving.member_withdraw(member_id=member.pk, actor=request.user, today=today, **data)
                    message = WITHDRAWN % {"name": member.person.name, "day": f"{data['on']:%d %b %Y}"}
                elif action == "cease":
                    leaving.member_cease(member_id=member.pk, actor=request.user, today=today, **data)
                    message = CEASED % {"name": member.person.name, "day": f"{data['on']:%d %b %Y}"}
                else:
                    termination = leaving.termination_resolve(member_id=member.pk, actor=request.user, today=today,
                                                              **data)
                    message = TERMINATED % {"order": termination.order.number,
                                            "day": f"{termination.hold_last_day:%d %b %Y}"}
            except ValidationError as exc:
                _errors(form, exc)
            else:
                messages.success(request, message)
                return redirect("society_member_leave", pk=society.pk, number=member.number)
    terminations = list(member.terminations.select_related("order").order_by("-decided_on"))
    return render(request, "membership/admission/leave.html", {
        "society": society, "member": member, "today": today, "may_change": may_change, "withdraw": withdraw,
        "cease": cease, "terminate": terminate, "terminations": terminations,
        "withdraw_from": rules.withdrawal_earliest_day(member.admitted_on),
        "bar_longest": rules.readmission_bar_longest(today),
        "liability_ends": rules.past_member_liability_ends(member.ceased_on) if member.ceased_on else None},
        status=400 if request.method == "POST" else 200)


@login_required_403
@require_http_methods(["GET", "POST"])
def society_termination_detail(request, pk, term_pk):
    society = _society(request, pk)
    termination = get_object_or_404(Termination.objects.select_related("member__person", "order", "appeal_meeting"),
                                    pk=term_pk, society=society)
    today = clock.today()
    may_change = permissions.can_change_register(request.user, society)
    meetings = _meetings(society)
    appeal = _bound(request, forms.AppealForm, "appeal", "appeal", initial={"filed_on": today})
    decide = _bound(request, forms.GADecisionForm, "decide", "decide", meetings=meetings)
    if request.method == "POST":
        _require_secretary(request, society)
        action = request.POST.get("action")
        form = {"appeal": appeal, "decide": decide}.get(action)
        if form is None:
            raise Http404("No such action.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                if action == "appeal":
                    leaving.termination_appeal(termination_id=termination.pk, actor=request.user, today=today,
                                               filed_on=data["filed_on"])
                    message = APPEALED % {"day": f"{data['filed_on']:%d %b %Y}"}
                else:
                    leaving.termination_appeal_decide(termination_id=termination.pk, actor=request.user,
                                                      today=today, general_meeting_id=data["general_meeting"],
                                                      allowed=data["allowed"], note=data["note"])
                    message = APPEAL_DECIDED
            except ValidationError as exc:
                _errors(form, exc)
            else:
                messages.success(request, message)
                return redirect("society_termination_detail", pk=society.pk, term_pk=termination.pk)
    return render(request, "membership/admission/termination.html", {
        "society": society, "termination": termination, "today": today, "may_change": may_change,
        "appeal": appeal, "decide": decide, "meetings": meetings, "no_meeting": NO_MEETING,
        "appeal_last_day": rules.appeal_last_day("termination_appeal_30d", termination.received_on)},
        status=400 if request.method == "POST" else 200)


# ---- the office (read) -------------------------------------------------------------------------------------

@officer_required
def office_membership_applications(request, pk):
    society = _office_society(request, pk)
    applications, terminations = _lists(society)
    return render(request, "membership/admission/society_list.html", {
        "society": society, "today": clock.today(), "applications": applications, "terminations": terminations,
        "form": None, "audience": "office"})
