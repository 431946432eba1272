"""Input bounded at the model (issue 10 § 2): the financial-year end, the Act's dates, money.

Each bound is held three times: by the form (a message next to the field), by the model (`clean`, validators,
and the services that create rows) and by the database (a CHECK constraint, NOT VALID on PostgreSQL until
`manage.py invalid_rows --validate`).
"""

from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from registrar import bounds
from societies.governance.forms.board import BoardMeetingForm, RequisitionForm
from societies.governance.forms.meetings import GeneralMeetingForm
from societies.governance.models import AnnualReturn, Requisition
from societies.governance.services import meetings as meeting_services
from societies.models import AppState, RegistrationApplication, Society
from societies.registration.forms import (
    ApplicationForm,
    HearingForm,
    PaperApplicationForm,
    RefuseForm,
    RegisterForm,
)
from societies.registration.services import (
    application_receive_paper,
    application_submit,
    application_withdraw,
)
from tests.gov_meetings.helpers import start, year
from tests.societies.helpers import make_draft, make_submitted, reload

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 15)
travel = time_machine.travel("2026-06-15 10:00 +0530", tick=False)

BEFORE_ACT = ("This date is before the Act came into force on 10 Mar 2012 (Assam Co-operative Societies Act, "
              "2007, s.1(3)).")
IN_FUTURE = "This date cannot be in the future."
FSM_FIELDS = ["legal_status", "governance_status"]  # protected: full_clean may not set them (design.md § Traps)
NEGATIVE = "Enter zero or more: an amount cannot be negative."


def fy_message(day, month) -> str:
    return (f"A financial year cannot end on {day}/{month}: give a day and month (1-12) that exist in every year. "
            "29 February is not allowed.")


def rejected_by_database(queryset, **values) -> bool:
    try:
        with transaction.atomic():
            queryset.update(**values)
    except IntegrityError:
        return True
    return False


def application_data(sonitpur, **changes) -> dict:
    data = {"proposed_name": "Rangapara Weavers Co-operative Society Limited", "society_type": "handloom_weavers",
            "district": sonitpur.pk, "address": "Rangapara", "area_of_operation": "Rangapara town",
            "authorised_share_capital": "100000", "fy_end_month": 3, "fy_end_day": 31,
            "chief_promoter_name": "Hemanta Nath"}
    data.update(changes)
    return data


def paper_form(sonitpur, **changes) -> PaperApplicationForm:
    data = application_data(sonitpur, received_on="2026-06-10", applicant_name="Hemanta Nath")
    data.update(changes)
    return PaperApplicationForm(data, districts=type(sonitpur).objects.filter(pk=sonitpur.pk), today=TODAY)


@travel
def test_hardening_financial_year_end_bounded(citizen, sonitpur, secretary):
    assert [bounds.fy_end_is_real_day(m, d) for m, d in [(3, 31), (2, 28), (12, 31), (6, 30)]] == [True] * 4
    assert not any(bounds.fy_end_is_real_day(m, d) for m, d in [(2, 29), (4, 31), (13, 45), (0, 0), (3, 0)])

    # The form: a draft is validated on save, as errors next to the fields (never an IntegrityError).
    form = ApplicationForm(application_data(sonitpur, fy_end_month=2, fy_end_day=29))
    assert not form.is_valid() and form.errors["fy_end_day"] == [fy_message(29, 2)]
    form = ApplicationForm(application_data(sonitpur, fy_end_month=13, fy_end_day=45))
    assert not form.is_valid() and form.errors["fy_end_month"] == [fy_message(45, 13)]
    assert ApplicationForm(application_data(sonitpur, fy_end_month=2, fy_end_day=28)).is_valid()

    # The model.
    society = secretary.society
    society.fy_end_month, society.fy_end_day = 4, 31
    with pytest.raises(ValidationError) as exc:
        society.full_clean(exclude=FSM_FIELDS)
    assert exc.value.message_dict == {"fy_end_day": [fy_message(31, 4)]}

    # The database: every society; every application the office has received.
    assert rejected_by_database(Society.objects.filter(pk=society.pk), fy_end_month=13, fy_end_day=45)
    assert rejected_by_database(Society.objects.filter(pk=society.pk), fy_end_month=2, fy_end_day=29)
    submitted = make_submitted(citizen, sonitpur, received_on=date(2026, 6, 1))
    assert rejected_by_database(RegistrationApplication.objects.filter(pk=submitted.pk), fy_end_month=0, fy_end_day=0)

    # A draft saved before the bound existed is not blocked by the database: it is refused on submission with
    # the reason, and may still be withdrawn.
    draft = make_draft(citizen, sonitpur, name="Borgaon Dairy Co-operative Society Limited")
    RegistrationApplication.objects.filter(pk=draft.pk).update(fy_end_month=13, fy_end_day=45)
    with pytest.raises(ValidationError) as exc:
        application_submit(application_id=draft.pk, actor=citizen, today=TODAY)
    assert exc.value.messages == [fy_message(45, 13)]
    assert reload(draft).state == AppState.DRAFT
    application_withdraw(application_id=draft.pk, actor=citizen, today=TODAY)
    assert reload(draft).state == AppState.WITHDRAWN


@travel
def test_hardening_dates_bounded(citizen, sonitpur, arcs_officer, secretary):
    # Paper application: received on 0001-01-01 (the sweep-stopping row of issue 10 § 1) or the day before the Act.
    for typed in ("0001-01-01", "2012-03-09"):
        form = paper_form(sonitpur, received_on=typed)
        assert not form.is_valid() and form.errors["received_on"] == [BEFORE_ACT], typed
    assert "received_on" not in paper_form(sonitpur, received_on="2012-03-10").errors
    with pytest.raises(ValidationError) as exc:
        application_receive_paper(
            actor=arcs_officer, district=sonitpur, received_on=date(2011, 12, 1), today=TODAY,
            proposed_name="Old Paper Co-operative Society Limited", society_type="fishery", address="Tezpur",
            area_of_operation="Tezpur", authorised_share_capital=Decimal("1000"), is_secondary=False,
            chief_promoter_name="A", applicant_name="A", applicant_email="", confirm_past_last_day=True)
    assert exc.value.messages == [BEFORE_ACT]

    # Hearings at most a year ahead; dispatch neither before the Act nor after today.
    far = HearingForm({"hearing_on": (TODAY + timedelta(days=366)).isoformat(), "grounds": "s.4"})
    assert not far.is_valid()
    assert far.errors["hearing_on"] == ["This date is more than a year ahead: choose a day on or before 15 Jun 2027."]
    assert HearingForm({"hearing_on": "2027-06-15", "grounds": "s.4"}).is_valid()
    assert RegisterForm({"dispatched_on": "2026-06-16"}).errors["dispatched_on"] == [IN_FUTURE]
    assert RefuseForm({"reasons": "s.4", "dispatched_on": "2012-01-01"}).errors["dispatched_on"] == [BEFORE_ACT]

    # Requisitions and meetings (the secretary's forms and services).
    assert RequisitionForm({"kind": "general_meeting", "requisitioned_by": "members", "received_on": "2010-05-01",
                            "agenda": "x"}).errors["received_on"] == [BEFORE_ACT]
    board_form = BoardMeetingForm({"held_on": "2026-06-16"}, directors=[], requisitions=Requisition.objects.none())
    assert board_form.errors["held_on"] == [IN_FUTURE]
    gm = GeneralMeetingForm({"kind": "special", "held_on": "2026-06-10", "members_eligible": 100,
                             "members_present": 5, "adjourned_to": "2028-01-01"},
                            years=[], requisitions=Requisition.objects.none())
    assert gm.errors["adjourned_to"] == ["This date is more than a year ahead: choose a day on or before "
                                         "15 Jun 2027."]
    society = secretary.society
    start(society)
    with pytest.raises(ValidationError) as exc:
        meeting_services.requisition_record(society_id=society.pk, actor=secretary, today=TODAY,
                                            kind="general_meeting", requisitioned_by="members",
                                            received_on=date(2011, 1, 1), agenda="Accounts")
    assert exc.value.messages == [BEFORE_ACT]
    requisition = meeting_services.requisition_record(
        society_id=society.pk, actor=secretary, today=TODAY, kind="general_meeting", requisitioned_by="members",
        received_on=date(2026, 6, 1), agenda="Accounts")

    # The model: a receipt is a past fact; the database: never before the Act.
    requisition.received_on = TODAY + timedelta(days=1)
    with pytest.raises(ValidationError) as exc:
        requisition.clean()
    assert exc.value.message_dict == {"received_on": [IN_FUTURE]}
    assert rejected_by_database(Requisition.objects.filter(pk=requisition.pk), received_on=date(1, 1, 1))
    submitted = make_submitted(citizen, sonitpur, received_on=date(2026, 6, 1))
    for field in ("received_on", "hearing_on", "dispatched_on"):
        assert rejected_by_database(RegistrationApplication.objects.filter(pk=submitted.pk),
                                    **{field: date(2012, 3, 9)}), field

    # A society's own history is not bound by the Act: registered under the old Act in 1985.
    Society.objects.filter(pk=society.pk).update(registered_on=date(1985, 4, 1))
    Society.objects.get(pk=society.pk).full_clean(exclude=FSM_FIELDS)


@travel
def test_hardening_money_not_negative(citizen, sonitpur, arcs_officer, secretary):
    form = ApplicationForm(application_data(sonitpur, authorised_share_capital="-1"))
    assert not form.is_valid() and form.errors["authorised_share_capital"] == [NEGATIVE]
    form = paper_form(sonitpur, authorised_share_capital="-500")
    assert not form.is_valid() and form.errors["authorised_share_capital"] == [NEGATIVE]
    with pytest.raises(ValidationError) as exc:
        application_receive_paper(
            actor=arcs_officer, district=sonitpur, received_on=date(2026, 6, 1), today=TODAY,
            proposed_name="Minus Co-operative Society Limited", society_type="fishery", address="Tezpur",
            area_of_operation="Tezpur", authorised_share_capital=Decimal("-1"), is_secondary=False,
            chief_promoter_name="A", applicant_name="A", applicant_email="")
    assert exc.value.messages == [NEGATIVE]

    submitted = make_submitted(citizen, sonitpur, received_on=date(2026, 6, 1))
    assert rejected_by_database(RegistrationApplication.objects.filter(pk=submitted.pk),
                                authorised_share_capital=Decimal("-0.01"))
    start(secretary.society)
    draft = AnnualReturn.objects.create(society=secretary.society, financial_year=year(secretary.society),
                                        created_by=secretary)
    returns = AnnualReturn.objects.filter(pk=draft.pk)
    for field in ("share_capital", "deposits", "borrowings", "loans_outstanding", "turnover", "reserves"):
        assert rejected_by_database(returns, **{field: Decimal("-1")}), field
    assert not rejected_by_database(returns, profit_or_loss=Decimal("-25000"))  # a loss is negative
