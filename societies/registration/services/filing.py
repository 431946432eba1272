"""The applicants' side of registration (ss.4-10): submitting online, a paper application entered at the office,
answering a query letter, withdrawing."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed, can_proceed

from registrar import activity, bounds
from registrar.duplicates import AlreadyRecorded
from registrar.models import District
from registrar.selectors import officers_in_district
from societies.actions import SocietyAction

from .. import permissions, rules, selectors
from ..models import QueryMemo, RegistrationApplication, Upload
from ..selectors import NAME_NOT_LIMITED
from .common import (
    ANSWER_DOCUMENT_MISSING,
    DECLARATION_MISSING,
    NOT_YOUR_DISTRICT,
    PAPER_ALREADY_ENTERED,
    PAST_DEEMED_NOT_CONFIRMED,
    QUERY_ALREADY_ANSWERED,
    RECEIVED_IN_FUTURE,
    _detail_url,
    _lock,
    _next_acknowledgement_number,
    _notify_in_tx,
)


@transaction.atomic
def application_submit(*, application_id: int, actor, today: date, declared: bool = True) -> RegistrationApplication:
    """s.10(1): submit a draft; it is received today and the 60-day clock starts. A draft saves with gaps; here
    every gap is refused at once (ValidationError with one message per gap: selectors.application_gaps), the
    five required documents included (paper applications entered by an officer are exempt: the paper file is
    at the office). The applicant's page asks for the declaration (`declared`) on its confirmation step."""
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    if not can_proceed(application.submit):
        raise TransitionNotAllowed(f"cannot submit an application that is {application.state}")
    # A draft saved with gaps, or before the bounds existed: refused here with the reasons, never by the CHECK
    # constraints.
    gaps = selectors.application_gaps(application)
    if not declared:
        gaps.append(str(DECLARATION_MISSING))
    if gaps:
        raise ValidationError(gaps)
    number = _next_acknowledgement_number(application.district, today.year)
    application.submit(received_on=today, acknowledgement_number=number)
    application.save()
    activity.record(SocietyAction.APPLICATION_SUBMITTED, actor=actor, target=application,
                    data={"acknowledgement_number": number, "received_on": today,
                          "decision_due_on": application.decision_due_on, "declared": declared})
    _notify_in_tx(actor, key=f"application:{application.pk}:submitted",
                  subject=_("Application received: %(number)s"),
                  body=_("Your application for %(name)s was received on %(received)s. The Registrar must decide "
                         "by %(due)s."),
                  params={"number": number, "name": application.proposed_name, "received": f"{today:%d %b %Y}",
                          "due": f"{application.decision_due_on:%d %b %Y}"},
                  url=_detail_url(application))
    for officer in officers_in_district(application.district):
        _notify_in_tx(officer.user, key=f"application:{application.pk}:submitted",
                      subject=_("New registration application %(number)s"),
                      body=_("%(name)s: last day for a decision %(due)s."),
                      params={"number": number, "name": application.proposed_name,
                              "due": f"{application.decision_due_on:%d %b %Y}"},
                      url=reverse("office_application_detail", args=[application.pk]))
    return application


def paper_is_past_last_day(received_on: date, today: date) -> bool:
    """A paper application whose 60 days have already run out when it is entered."""
    return rules.registration_last_day(received_on) < today


@transaction.atomic
def application_receive_paper(*, actor, district, received_on: date, today: date, proposed_name: str,
                              society_type: str, address: str, area_of_operation: str, authorised_share_capital,
                              chief_promoter_name: str, applicant_name: str, applicant_email: str = "",
                              is_secondary: bool = False, confirm_past_last_day: bool = False
                              ) -> RegistrationApplication:
    """s.10(1): an officer enters a paper application received by hand or post. Its clock starts on the date of
    receipt, not today; the paper file holds the promoter list. If the last day has already passed, the officer
    must confirm, and the next deemed-registration sweep deems it on its legal day (received_on + 61)."""
    if not permissions.can_enter_paper(actor):
        raise PermissionDenied(permissions.PAPER_NOT_ALLOWED)
    if not permissions.can_enter_paper(actor, district.pk):
        raise PermissionDenied(NOT_YOUR_DISTRICT)
    if received_on > today:
        raise ValidationError(RECEIVED_IN_FUTURE)
    bounds.validate_since_commencement(received_on)
    bounds.validate_not_negative(authorised_share_capital)
    if paper_is_past_last_day(received_on, today) and not confirm_past_last_day:
        raise ValidationError(PAST_DEEMED_NOT_CONFIRMED)
    if not rules.name_ends_limited(proposed_name):
        raise ValidationError(NAME_NOT_LIMITED)
    district = District.objects.select_for_update().get(pk=district.pk)
    # The natural key of a paper application (district, date of receipt, name), checked under the district's lock
    # and backed by the constraint one_paper_application_per_day: a double click or a second tab enters it once.
    existing = RegistrationApplication.objects.filter(
        district=district, received_by_hand=True, received_on=received_on,
        proposed_name__iexact=proposed_name.strip()).first()
    if existing is not None:
        raise AlreadyRecorded(PAPER_ALREADY_ENTERED, existing=existing, params={
            "number": existing.acknowledgement_number, "received": f"{received_on:%d %b %Y}"})
    applicant = actor
    if applicant_email:
        citizen = get_user_model().objects.filter(email__iexact=applicant_email.strip(), is_active=True,
                                                  officer__isnull=True).first()
        if citizen is not None:
            applicant = citizen
    created = RegistrationApplication.objects.create(
        applicant=applicant, district=district, proposed_name=proposed_name, society_type=society_type,
        address=address, area_of_operation=area_of_operation, authorised_share_capital=authorised_share_capital,
        chief_promoter_name=chief_promoter_name, is_secondary=is_secondary, received_by_hand=True,
        paper_applicant_name=applicant_name.strip(),
    )
    application = _lock(created.pk)
    number = _next_acknowledgement_number(district, received_on.year)
    application.submit(received_on=received_on, acknowledgement_number=number)
    application.save()
    activity.record(SocietyAction.PAPER_APPLICATION_RECEIVED, actor=actor, target=application,
                    data={"acknowledgement_number": number, "received_on": received_on, "entered_on": today,
                          "decision_due_on": application.decision_due_on, "applicant_name": applicant_name,
                          "past_last_day": paper_is_past_last_day(received_on, today)})
    if applicant != actor:
        _notify_in_tx(applicant, key=f"application:{application.pk}:submitted",
                      subject=_("Application received: %(number)s"),
                      body=_("Your application for %(name)s was received on %(received)s. The Registrar must "
                             "decide by %(due)s."),
                      params={"number": number, "name": application.proposed_name,
                              "received": f"{received_on:%d %b %Y}",
                              "due": f"{application.decision_due_on:%d %b %Y}"},
                      url=_detail_url(application))
    return application


@transaction.atomic
def application_answer_query(*, application_id: int, memo_id: int, answers: dict[int, str], actor,
                             today: date, documents: dict | None = None) -> QueryMemo:
    """The applicants answer a query letter item by item. The 60-day clock keeps running. `documents` maps an
    item's pk to the corrected PDF it asks for (QueryItem.document_kind): each is kept as an Upload of that kind
    tied to the item, beside the document first received (which stays as it was), within the application's
    quota. An item that asks for a document is answered only with one."""
    from societies.uploads import check_application_quota, check_pdf

    documents = documents or {}
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    if not application.is_open:
        raise ValidationError(_("This application is no longer open."))
    memo = application.queries.select_for_update().get(pk=memo_id)
    if memo.answered_on:
        raise ValidationError(QUERY_ALREADY_ANSWERED, params={"on": f"{memo.answered_on:%d %b %Y}"})
    items = list(memo.items.all())
    lacking = [item for item in items if item.document_kind and item.pk not in documents]
    if lacking:
        raise ValidationError([ANSWER_DOCUMENT_MISSING % {"n": item.number, "kind": item.get_document_kind_display()}
                               for item in lacking])
    by_pk = {item.pk: item for item in items}
    documents = {pk: uploaded for pk, uploaded in documents.items() if pk in by_pk}
    for uploaded in documents.values():
        check_pdf(uploaded)
    if documents:
        kept = application.uploads.aggregate(n=Count("pk"), size=Sum("size"))
        check_application_quota(count=kept["n"] + len(documents),
                                total_bytes=(kept["size"] or 0) + sum(u.size for u in documents.values()))
    for item in items:
        if item.pk in answers:
            item.answer = answers[item.pk].strip()
            item.save(update_fields=["answer"])
    sent = []
    for item_pk, uploaded in documents.items():
        item = by_pk[item_pk]
        Upload.objects.create(application=application, kind=item.document_kind or Upload.Kind.OTHER, file=uploaded,
                              original_name=uploaded.name[:200], size=uploaded.size, query_item=item)
        sent.append(item.number)
    memo.answered_on = today
    memo.save(update_fields=["answered_on"])
    activity.record(SocietyAction.QUERY_ANSWERED, actor=actor, target=application,
                    data={"query": memo.number, **({"documents": sorted(sent)} if sent else {})})
    if application.assigned_officer:
        _notify_in_tx(application.assigned_officer, key=f"application:{application.pk}:query:{memo.number}:answered",
                      subject=_("Query answered: %(number)s"), body=_("The applicants answered query %(q)s."),
                      params={"number": application.acknowledgement_number, "q": memo.number},
                      url=reverse("office_application_detail", args=[application.pk]))
    return memo


@transaction.atomic
def application_withdraw(*, application_id: int, actor, today: date) -> RegistrationApplication:
    """The applicants withdraw before a decision (DEFAULT of lifecycles.md §1)."""
    application = _lock(application_id)
    permissions.require_applicant(actor, application)
    application.withdraw(on=today)
    application.save()
    activity.record(SocietyAction.APPLICATION_WITHDRAWN, actor=actor, target=application, data={"on": today})
    return application


# ---- office --------------------------------------------------------------------------------------------------
