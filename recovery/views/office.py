"""Office pages of Bakijai: the register of requisitions and certificates, filing (own motion or for a claimant),
one case with every step as a form posting back to it, the PDFs, a ledger due turned into a requisition,
claimants and delegations, the demand-collection-balance picture."""

from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from dues.models import Due
from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may
from registrar.form_views import form_submit
from registrar.forms import add_service_errors
from registrar.models import User
from registrar.selectors import districts_for, in_jurisdiction

from .. import documents, forms, selectors
from ..models import Claimant, Delegation, Execution, ExecutionEntry, Instalment, Requisition
from ..services import decision, enforcement, filing, money

DONE = _("Saved.")
FILED = _("Requisition %(number)s filed.")
BAD_SCHEDULE = _("Line %(line)s: write the date as dd-mm-yyyy, then the amount.")
NO_SUCH_OFFICER = _("No officer has this username.")

ACTIONS = {
    "fix_hearing": forms.HearingFixForm, "record_hearing": forms.HearingRecordForm, "decide": forms.DecisionForm,
    "serve": forms.ServeForm, "extend": forms.ExtendForm, "pay": forms.PayForm, "attach": forms.AttachForm,
    "withdraw": forms.WithdrawForm, "execute": forms.ExecuteForm, "entry": forms.EntryForm,
    "sanction": forms.SanctionForm, "instalments": forms.InstalmentsForm, "distrain": forms.DistraintForm,
    "receipt": forms.ReceiptForm, "invite_branch": forms.InviteBranchForm,
}


@officer_required
def office_recovery(request):
    today = clock.today()
    state = request.GET.get("state", "")
    state = state if state in selectors.FILTERS else ""
    rows = selectors.filtered(selectors.requisition_list_for_officer(request.user), state, today)
    page = Paginator(rows.order_by("-filed_on", "-pk"), 50).get_page(request.GET.get("page"))
    from dues.selectors import dues_unpaid

    # Dues past their last day in the ledger, not yet requisitioned (nor a certificate's own due): one action each.
    unpaid = dues_unpaid(on=today, queryset=in_jurisdiction(Due.objects.filter(requisition__isnull=True), request.user)
                         .exclude(order__kind="recovery.demand_certificate"))[:20]
    return render(request, "recovery/office/list.html", {
        "page": page, "state": state, "unpaid": unpaid, "filters": [(f, selectors_label(f)) for f in selectors.FILTERS],
        "may_file": may(request.user, Act.CONDUCT_RECOVERY, None) or bool(list(districts_for(request.user)[:1]))})


def selectors_label(key):
    return {"awaiting_hearing": _("Awaiting hearing or decision"), "in_time": _("Certificates in their time to pay"),
            "in_default": _("Certificates in default"), "closed": _("Paid and closed"),
            "near_limitation": _("Near the limitation for prosecution")}[key]


def _district_choices(user):
    return [(str(d.pk), d.name) for d in districts_for(user).order_by("name")]


@officer_required
def office_recovery_file(request):
    """The Registrar's own motion (the Government's interest), or the office entering a claimant's requisition."""
    today = clock.today()
    claimants = in_jurisdiction(Claimant.objects.filter(closed_on__isnull=True), request.user)
    form = forms.RequisitionForm(request.POST or None, request.FILES or None)

    def file(data):
        claimant = request.POST.get("claimant", "")
        district = request.POST.get("district", "")
        try:
            return filing.requisition_file(
                actor=request.user, today=today, particulars=form.particulars(), documents=form.documents(),
                claimant_id=claimants.get(pk=int(claimant)).pk if claimant.isdigit() else None,
                district_id=int(district) if district.isdigit() else None)
        except (Claimant.DoesNotExist, ValueError):
            raise Http404("No such claimant.") from None

    done, status = form_submit(
        request, form, file, message=lambda requisition: FILED % {"number": requisition.number},
        then=lambda requisition: redirect("office_recovery_case", pk=requisition.pk))
    if done:
        return done
    return render(request, "recovery/office/file.html", {
        "form": form, "claimants": claimants, "districts": _district_choices(request.user)}, status=status)


def _case_context(request, requisition, today, action_forms=None):
    certificate = getattr(requisition, "certificate", None)
    context = {"r": requisition, "certificate": certificate, "today": today,
               "hearings": requisition.hearings.select_related("notice"),
               "documents": requisition.documents.all(),
               "attachments": requisition.attachments.select_related("order"),
               "others": selectors.other_open_certificates(requisition),
               "may_act": may(request.user, Act.CONDUCT_RECOVERY, requisition.district_id),
               "may_sanction": may(request.user, Act.SANCTION_PROSECUTION, requisition.district_id)}
    if certificate is not None:
        context.update(position=money.certificate_position(certificate, today),
                       extensions=certificate.extensions.select_related("order"),
                       instalments=certificate.instalments.all(),
                       execution=Execution.objects.filter(certificate=certificate).first(),
                       receipts=_receipts(certificate))
    forms_ = {name: cls(prefix=name, initial={"served_on": today, "paid_on": today, "on": today, "sanctioned_on": today})
              for name, cls in ACTIONS.items()}
    forms_.update(action_forms or {})
    context["forms"] = forms_
    return context


def _receipts(certificate):
    """One line per receipt (a receipt may be two ledger rows: costs and the rest)."""
    from dues.models import Payment

    receipts = {}
    for p in Payment.objects.filter(due_id__in=[d for d in (certificate.due_id, certificate.costs_due_id) if d]):
        number = p.reference_number.removesuffix("-C")
        row = receipts.setdefault(number, {"number": number, "paid_on": p.paid_on, "amount": Decimal(0)})
        row["amount"] += p.amount
    return sorted(receipts.values(), key=lambda r: (r["paid_on"], r["number"]))


def _parse_schedule(text):
    schedule = []
    for number, line in enumerate([ln for ln in text.splitlines() if ln.strip()], start=1):
        try:
            day, amount = line.split()[:2]
            on = datetime.strptime(day, "%d-%m-%Y").date()  # noqa: DTZ007 (a date)
            schedule.append((on, Decimal(amount.replace(",", ""))))
        except (ValueError, InvalidOperation):
            raise ValidationError({"schedule": ValidationError(BAD_SCHEDULE, params={"line": number})}) from None
    return schedule


def _run(action, data, requisition, user, today):
    certificate = getattr(requisition, "certificate", None)
    c = certificate.pk if certificate else None
    if action == "fix_hearing":
        decision.hearing_fix(requisition_id=requisition.pk, actor=user, hearing_on=data["hearing_on"],
                             place=data["place"], today=today)
    elif action == "record_hearing":
        hearing = requisition.hearings.filter(pk=data["hearing"]).first()
        if hearing is None:
            raise Http404("No such hearing.")
        decision.hearing_record(hearing_id=hearing.pk, actor=user, appearance=data["appearance"],
                                statements=data["statements"], documents_seen=data["documents_seen"], today=today)
    elif action == "decide":
        service = decision.certificate_grant if data["decision"] == "grant" else decision.requisition_refuse
        service(requisition_id=requisition.pk, actor=user, reasons=data["reasons"], today=today)
    elif action == "attach":
        enforcement.attachment_order(requisition_id=requisition.pk, actor=user, today=today,
                                     property_description=data["property_description"], reasons=data["reasons"])
    elif action == "withdraw":
        attachment = requisition.attachments.filter(pk=data["attachment"]).first()
        if attachment is None:
            raise Http404("No such attachment.")
        enforcement.attachment_withdraw(attachment_id=attachment.pk, actor=user, reason=data["reason"], today=today)
    elif c is None:
        raise Http404("No certificate on this requisition.")
    elif action == "serve":
        decision.certificate_serve(certificate_id=c, actor=user, served_on=data["served_on"],
                                   reference=data["reference"], today=today)
    elif action == "extend":
        decision.certificate_extend(certificate_id=c, actor=user, days=data["days"], reasons=data["reasons"],
                                    today=today)
    elif action == "pay":
        money.certificate_pay(certificate_id=c, actor=user, amount=data["amount"], paid_on=data["paid_on"],
                              today=today)
    elif action == "instalments":
        money.instalments_fix(certificate_id=c, actor=user, schedule=_parse_schedule(data["schedule"]), today=today)
    elif action == "distrain":
        instalment = Instalment.objects.filter(certificate_id=c, pk=data["instalment"]).first()
        if instalment is None:
            raise Http404("No such instalment.")
        money.distraint_order(instalment_id=instalment.pk, actor=user, ordered_on=today, produce=data["produce"],
                              today=today)
    elif action == "execute":
        enforcement.execution_request(certificate_id=c, actor=user, mode=data["mode"],
                                      certificate_officer=data["certificate_officer"], today=today)
    elif action == "entry":
        execution = Execution.objects.filter(certificate_id=c).first()
        if execution is None:
            raise Http404("No execution on this certificate.")
        enforcement.execution_enter(execution_id=execution.pk, actor=user, kind=data["kind"], on=data["on"],
                                    amount=data["amount"], note=data["note"], case_number=data["case_number"],
                                    today=today)
    elif action == "receipt":
        entry = ExecutionEntry.objects.filter(execution__certificate_id=c, pk=data["entry"]).first()
        if entry is None:
            raise Http404("No such entry.")
        enforcement.realisation_receipt(entry_id=entry.pk, actor=user, today=today)
    elif action == "invite_branch":
        from parties.services import party_invite

        execution = Execution.objects.filter(certificate_id=c).first()
        if execution is None:
            raise Http404("No execution on this certificate.")
        party_invite(actor=user, kind="bakijai_execution", case_id=execution.pk, role="bakijai_branch",
                     email=data["email"], name=data["name"], organisation=execution.certificate_officer,
                     today=today)
    elif action == "sanction":
        enforcement.prosecution_sanction(certificate_id=c, actor=user, sanctioned_on=data["sanctioned_on"],
                                         today=today)


def _requisition_for_officer(request, pk):
    return get_for_officer(Requisition.objects.select_related("district", "claimant", "certificate__order",
                                                              "debtor_society"), request.user, pk=pk)


@officer_required
def office_recovery_case(request, pk):
    requisition = _requisition_for_officer(request, pk)
    today = clock.today()
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    status, bound = 200, {}
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in ACTIONS:
            raise Http404("No such action.")
        form = bound[action] = ACTIONS[action](request.POST, prefix=action)
        done, status = form_submit(request, form, lambda data: _run(action, data, requisition, request.user, today),
                                   message=DONE, then=lambda _: redirect("office_recovery_case", pk=requisition.pk))
        if done:
            return done
    context = _case_context(request, _requisition_for_officer(request, pk), today, bound)
    context["failed"] = next(iter(bound), "")
    return render(request, "recovery/office/case.html", context, status=status)


@officer_required
def office_recovery_pdf(request, pk, doc):
    requisition = _requisition_for_officer(request, pk)
    return documents.response(requisition, doc, request.GET.get("item"))


@officer_required
def office_recovery_from_due(request, pk):
    due = get_for_officer(Due.objects.all(), request.user, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        requisition = filing.requisition_from_due(due_id=due.pk, actor=request.user, today=clock.today())
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("office_dues")
    messages.success(request, FILED % {"number": requisition.number})
    return redirect("office_recovery_case", pk=requisition.pk)


@officer_required
def office_recovery_setup(request):
    """Claimants (the banks and societies invited through parties) and the Registrar's delegations."""
    today = clock.today()
    districts = _district_choices(request.user)
    claimant_form = forms.ClaimantForm(request.POST if request.POST.get("form") == "claimant" else None)
    claimant_form.fields["district"].choices = districts
    delegation_form = forms.DelegationForm(request.POST if request.POST.get("form") == "delegation" else None)
    delegation_form.fields["district"].choices = [("", _("Statewide"))] + districts
    status = 200
    if request.method == "POST":
        status = 400
        try:
            if claimant_form.is_bound and claimant_form.is_valid():
                d = claimant_form.cleaned_data
                filing.claimant_add(actor=request.user, district_id=int(d["district"]), name=d["name"],
                                    kind=d["kind"], address=d["address"], today=today)
                messages.success(request, DONE)
                return redirect("office_recovery_setup")
            if delegation_form.is_bound and delegation_form.is_valid():
                d = delegation_form.cleaned_data
                officer = User.objects.filter(username=d["officer"], officer_profile__isnull=False).first()
                if officer is None:
                    raise ValidationError({"officer": NO_SUCH_OFFICER})
                filing.delegation_grant(actor=request.user, officer_user=officer,
                                        district_id=int(d["district"]) if d["district"] else None,
                                        order_reference=d["order_reference"], from_on=d["from_on"], today=today)
                messages.success(request, DONE)
                return redirect("office_recovery_setup")
        except ValidationError as exc:
            add_service_errors(delegation_form if delegation_form.is_bound else claimant_form, exc)
    return render(request, "recovery/office/setup.html", {
        "claimants": in_jurisdiction(Claimant.objects.select_related("district"), request.user),
        "delegations": Delegation.objects.select_related("officer", "district").filter(
            pk__in=in_jurisdiction(Delegation.objects.filter(district__isnull=False), request.user)
            .values("pk")) | Delegation.objects.filter(district__isnull=True).select_related("officer"),
        "claimant_form": claimant_form, "delegation_form": delegation_form,
        "may_delegate": may(request.user, Act.DELEGATE_CDC_POWER, None)}, status=status)


@officer_required
def office_recovery_dcb(request):
    """Demand, collection and balance by district, claimant and age of default; the monthly collection report;
    certificates near their limitation. Every total is the sum of the certificates listed under it."""
    today = clock.today()
    requisitions = selectors.requisition_list_for_officer(request.user)
    from ..models import Certificate

    certificates = Certificate.objects.filter(requisition__in=requisitions).exclude(state__in=("withdrawn",
                                                                                                "set_aside"))
    rows = selectors.dcb_rows(certificates, today)
    try:
        year = int(request.GET.get("year", today.year))
    except ValueError:
        year = today.year
    year = min(max(year, 2007), today.year)
    context = {"rows": rows, "today": today, "year": year,
               "by_district": selectors.dcb_totals(rows, "district"),
               "by_claimant": selectors.dcb_totals(rows, "claimant"),
               "by_age": selectors.dcb_totals(rows, "age"),
               "total": {f: sum(r[f] for r in rows) for f in ("demand", "collection", "balance")},
               "monthly": selectors.monthly_collection(certificates, year),
               "near": selectors.certificates_near_limitation(requisitions, today)}
    if request.GET.get("format") == "csv":
        import csv

        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="bakijai-dcb-{today:%Y-%m-%d}.csv"'
        writer = csv.writer(response)
        writer.writerow(["certificate", "district", "claimant", "age", "demand", "collection", "balance"])
        for r in rows:
            writer.writerow([r["certificate"].order.number, r["district"], r["claimant"], r["age"], r["demand"],
                             r["collection"], r["balance"]])
        return response
    return render(request, "recovery/office/dcb.html", context)
