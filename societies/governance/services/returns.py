"""Annual returns under s.129: draft, file, correct; notices to defaulters.

A filed return never changes (AnnualReturn.save refuses): these services only ever update a draft, and a
correction is a new draft version copied from the current filed one. Filing late is allowed and marked late;
the offence (s.129(3)) is for the Registrar to pursue.
"""

from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from membership.returns import reason_errors as register_reason_errors
from membership.returns import register_figures
from orders.kinds import DEFAULTER_NOTICE
from orders.models import Order
from orders.services import order_issue
from registrar import activity
from registrar.notify import notify
from registrar.numbering import next_number
from registrar.selectors import secretaries_by_society
from societies.uploads import check_filing_quota, delete_file_on_commit

from .. import permissions
from ..actions import GovernanceAction
from ..models import AnnualReturn, Director, FinancialYear
from ..selectors import current_board

# Messages shown to users (asserted verbatim in tests).
NEGATIVE = _("Enter zero or more. Only the profit or loss may be negative.")
CATEGORY_SUM = _("The members at the end of the year by category (%(categories)s) must add up to the members at "
                 "the end of the year by gender (%(total)s).")
WOMEN_OVER_DIRECTORS = _("The women on the Board cannot be more than the directors on the Board.")
AGM_REQUIRED = _("Enter the date of the annual general meeting: the return is filed within 30 days of it "
                 "(section 129(1)).")
AGM_BEFORE_YEAR_END = _("The AGM for this year cannot be before the year ended on %(end)s.")
DATE_IN_FUTURE = _("This date is in the future.")
AUDIT_CLASS_REQUIRED = _("Choose the class of the last audit (or \"Not yet audited\").")
AUDIT_DATE_REQUIRED = _("Enter the date of the last audit.")
DIRECTORS_REQUIRED = _("Enter the number of directors on the Board.")
UPLOAD_REQUIRED = _("Upload the %(document)s (PDF) before filing.")
YEAR_NOT_ENDED = _("This financial year has not ended yet: its return can be filed after %(end)s.")
ALREADY_FILED = _("This return is filed and cannot change. To correct it, file a correction.")
NOTHING_TO_CORRECT = _("There is no filed return for this year to correct.")
REASON_REQUIRED = _("Give the reason for the correction.")
NOT_A_DEFAULTER = _("The return of %(society)s for %(year)s is not overdue.")

FILED_SUBJECT = _("Annual return filed: %(number)s")
FILED_BODY = _("The annual return of %(society)s for the year %(year)s (version %(version)s) was filed on "
               "%(filed_on)s. Acknowledgement number: %(number)s.")
NOTICE_SUBJECT = _("Notice: annual return for %(year)s overdue")
NOTICE_BODY = _("The annual return of %(society)s for the year %(year)s was due by %(last_day)s under section "
                "129(1) and has not been filed. Not filing it is an offence under section 129(3). File it at once "
                "on the portal. Notice issued by %(office)s on %(issued_on)s.")

MONEY_FIELDS = ["share_capital", "deposits", "borrowings", "loans_outstanding", "turnover", "profit_or_loss",
                "reserves"]
MEMBER_FIELDS = ["members_start_women", "members_start_men", "members_start_other", "members_end_women",
                 "members_end_men", "members_end_other", "members_end_general", "members_end_sc", "members_end_st",
                 "members_end_obc"]
DATA_FIELDS = [*MEMBER_FIELDS, *MONEY_FIELDS, "agm_held_on", "last_audit_on", "audit_class", "board_directors",
               "board_women", "last_election_on", "members_differ_reason"]
UPLOAD_FIELDS = ["audited_accounts", "annual_report"]
UPLOAD_LABELS = {"audited_accounts": _("audited accounts"), "annual_report": _("annual report")}


# ---- checks shared by the form (draft) and the service (filing) ---------------------------------------------

def consistency_errors(values: dict, *, year_end: date, today: date, filing: bool) -> dict[str, list]:
    """{field or None: [messages]} for figures that contradict each other or the calendar.

    A draft may be incomplete, so a draft is only checked for impossible values (a negative figure, a date in the
    future or before the year end); totals that do not agree yet (categories against the members by gender, the
    women on the Board against its size) are checked on filing, and listed to the secretary as still to agree
    when a draft is saved (totals_to_agree). Filing also requires the AGM date, the audit class and the Board's
    size.
    """
    errors: dict[str, list] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    for field in [*MEMBER_FIELDS, *MONEY_FIELDS, "board_directors", "board_women"]:
        if field != "profit_or_loss" and (values.get(field) or 0) < 0:
            add(field, NEGATIVE)

    if filing:
        for field, message in totals_to_agree(values).items():
            add(field, message)
    directors = values.get("board_directors")
    agm = values.get("agm_held_on")
    if agm is None and filing:
        add("agm_held_on", AGM_REQUIRED)
    elif agm is not None and agm < year_end:
        add("agm_held_on", AGM_BEFORE_YEAR_END % {"end": f"{year_end:%d %b %Y}"})
    for field in ("agm_held_on", "last_audit_on", "last_election_on"):
        if values.get(field) and values[field] > today:
            add(field, DATE_IN_FUTURE)
    if filing:
        if not values.get("audit_class"):
            add("audit_class", AUDIT_CLASS_REQUIRED)
        elif values["audit_class"] != AnnualReturn.AuditClass.NOT_AUDITED and not values.get("last_audit_on"):
            add("last_audit_on", AUDIT_DATE_REQUIRED)
        if directors is None:
            add("board_directors", DIRECTORS_REQUIRED)
    return errors


def totals_to_agree(values: dict) -> dict[str, str]:
    """{field: message} for totals that do not agree yet: an error on filing, a reminder on a saved draft."""
    found = {}
    gender_total = sum(values.get(f) or 0 for f in ("members_end_women", "members_end_men", "members_end_other"))
    category_total = sum(values.get(f) or 0 for f in ("members_end_general", "members_end_sc", "members_end_st",
                                                      "members_end_obc"))
    if category_total != gender_total:
        found["members_end_general"] = CATEGORY_SUM % {"categories": category_total, "total": gender_total}
    directors, women = values.get("board_directors"), values.get("board_women")
    if women is not None and women > (directors or 0):
        found["board_women"] = WOMEN_OVER_DIRECTORS
    return found


def _raise(errors: dict[str, list]) -> None:
    if errors:
        raise ValidationError({field or "__all__": messages for field, messages in errors.items()})


# ---- drafts -------------------------------------------------------------------------------------------------

PREFILLED_FIELDS = ("agm_held_on", "board_directors", "board_women", "last_election_on")


def audit_facts(society) -> dict:
    """The class and date of the society's last audit, from its issued audit report (issue 18 point 3: the one
    source of the class; audit.selectors.last_audit). The secretary no longer types them."""
    from audit.selectors import last_audit

    found = last_audit(society)
    if found is None or not found.audit_class:
        return {"audit_class": AnnualReturn.AuditClass.NOT_AUDITED, "last_audit_on": None}
    return {"audit_class": found.audit_class, "last_audit_on": found.reported_on}


def draft_initial(financial_year: FinancialYear) -> dict:
    """What the portal already knows for a first draft: the AGM date, the current Board and, for a society that
    keeps its register of members here, the member figures from the register (membership.returns)."""
    initial = {"agm_held_on": financial_year.agm_held_on, **(register_figures(financial_year) or {}),
               **audit_facts(financial_year.society)}
    board = current_board(financial_year.society)
    if board is not None:
        directors = Director.objects.filter(board=board, ceased_on__isnull=True)
        initial["board_directors"] = directors.count()
        initial["board_women"] = directors.filter(gender=Director.Gender.WOMAN).count() if initial["board_directors"] else 0
        initial["last_election_on"] = board.election_result_on
    return initial


def _apply(ret: AnnualReturn, data: dict | None, files: dict | None) -> None:
    for field in DATA_FIELDS:
        if data and field in data:
            setattr(ret, field, data[field])
    for field, value in audit_facts(ret.society).items():   # never what was typed (issue 18 point 3)
        setattr(ret, field, value)
    if not files:
        return
    replacing = [field for field in UPLOAD_FIELDS if files.get(field)]
    check_filing_quota([files[f] if f in replacing else getattr(ret, f) for f in UPLOAD_FIELDS])
    for field in replacing:
        old = getattr(ret, field)
        # A draft's replaced file goes once the draft commits, unless the filed version it corrects shares it.
        if old and ret.pk and not AnnualReturn.objects.filter(
                Q(audited_accounts=old.name) | Q(annual_report=old.name)).exclude(pk=ret.pk).exists():
            delete_file_on_commit(old.storage, old.name)
        setattr(ret, field, files[field])


def _lock_year(society, financial_year_id: int, actor) -> FinancialYear:
    """Lock the year's row and check the secretary in the same statement (one round trip, not three). A
    non-secretary gets PermissionDenied, as from permissions.require_secretary; a missing year DoesNotExist."""
    year = (FinancialYear.objects.select_for_update(of=("self",))
            .annotate(actor_is_secretary=permissions.secretary_grant(actor, F("society_id")))
            .filter(pk=financial_year_id, society=society).first())
    if year is None:
        permissions.require_secretary(actor, society)  # the permission first, as before the lock was merged
        raise FinancialYear.DoesNotExist(f"no financial year {financial_year_id} of society {society.pk}")
    if not year.actor_is_secretary:
        raise PermissionDenied(permissions.NOT_SECRETARY)
    year.society = society  # the same row (filtered above), already read with its district: no join needed
    return year


def _year_returns(year: FinancialYear) -> tuple[AnnualReturn | None, bool]:
    """(the year's draft, locked; whether any return of the year exists), after the year's row is locked (so a
    fresh statement sees every return committed before the lock was granted). One statement without a draft."""
    states = dict(AnnualReturn.objects.filter(financial_year=year).order_by().values_list("pk", "state"))
    draft_pk = next((pk for pk, state in states.items() if state == AnnualReturn.State.DRAFT), None)
    if draft_pk is None:
        return None, bool(states)
    return AnnualReturn.objects.select_for_update(of=("self",)).get(pk=draft_pk), True


def _initial_for(year: FinancialYear, data: dict | None) -> dict:
    """draft_initial(year), unless `data` sets every field it would pre-fill (the form always sends them all):
    then `_apply` overwrites them anyway and the Board need not be read again."""
    if data and all(field in data for field in PREFILLED_FIELDS):
        return {}
    return draft_initial(year)


@transaction.atomic
def return_save_draft(*, society, financial_year_id: int, actor, data: dict, files: dict | None = None,
                      today: date) -> AnnualReturn:
    """Create or update the year's draft with partial data. The year's row is locked so two tabs saving the
    first draft at once make one draft (one_draft_return would refuse the second anyway)."""
    year = _lock_year(society, financial_year_id, actor)
    ret, any_return = _year_returns(year)
    if ret is None:
        if any_return:  # without a draft, every return of the year is filed
            raise ValidationError(ALREADY_FILED)
        ret = AnnualReturn(society=society, financial_year=year, created_by=actor, **_initial_for(year, data))
        created = True
    else:
        created = False
    values = {**{f: getattr(ret, f) for f in DATA_FIELDS}, **(data or {})}
    _raise({**consistency_errors(values, year_end=year.ends_on, today=today, filing=False),
            **register_reason_errors(year, values)})
    _apply(ret, data, files)
    ret.save()
    if created:
        activity.record(GovernanceAction.RETURN_DRAFTED, actor=actor, society=society, target=ret,
                        data={"financial_year": year.ends_on, "version": ret.version})
    return ret


@transaction.atomic
def return_start_correction(*, society, financial_year_id: int, actor, reason: str) -> AnnualReturn:
    """A new draft version copied from the current filed version, with the reason; resumed if one exists."""
    year = _lock_year(society, financial_year_id, actor)
    draft = AnnualReturn.objects.filter(financial_year=year, state=AnnualReturn.State.DRAFT).first()
    if draft is not None:
        return draft
    current = AnnualReturn.objects.filter(financial_year=year, state=AnnualReturn.State.FILED) \
        .order_by("-version").first()
    if current is None:
        raise ValidationError(NOTHING_TO_CORRECT)
    if not (reason or "").strip():
        raise ValidationError({"reason": [REASON_REQUIRED]})
    draft = AnnualReturn(society=society, financial_year=year, created_by=actor, version=current.version + 1,
                         corrects=current, correction_reason=reason.strip())
    for field in [*DATA_FIELDS, *UPLOAD_FIELDS]:
        # The stored files are shared with the filed version: neither is ever rewritten, only replaced.
        setattr(draft, field, getattr(current, field))
    draft.save()
    activity.record(GovernanceAction.RETURN_DRAFTED, actor=actor, society=society, target=draft,
                    data={"financial_year": year.ends_on, "version": draft.version, "corrects": current.version})
    return draft


# ---- filing -------------------------------------------------------------------------------------------------

def _acknowledgement_number(district, year: int) -> str:
    return f"RET/{district.code}/{year}/{next_number('annual_return', district, year):06d}"


@transaction.atomic
def return_file(*, society, financial_year_id: int, actor, today: date, data: dict | None = None,
                files: dict | None = None) -> AnnualReturn:
    """File the year's draft (applying `data`/`files` first, so one POST can save and file).

    Full validation, then: acknowledgement RET/<district>/<year>/<n> from the locked series counter, filed_on
    and filed_by, FinancialYear.returns_filed_on on the first filing only, RETURN_FILED (or RETURN_CORRECTED
    for a later version), and the acknowledgement to the secretary (its inbox row in this transaction, the
    email after commit). Raises ValidationError, PermissionDenied.
    """
    year = _lock_year(society, financial_year_id, actor)
    ret, any_return = _year_returns(year)
    if ret is None:
        if any_return:
            raise ValidationError(ALREADY_FILED)
        ret = AnnualReturn(society=society, financial_year=year, created_by=actor, **_initial_for(year, data))
    if today <= year.ends_on:
        raise ValidationError(YEAR_NOT_ENDED % {"end": f"{year.ends_on:%d %b %Y}"})
    _apply(ret, data, files)
    values = {f: getattr(ret, f) for f in DATA_FIELDS}
    errors = {**consistency_errors(values, year_end=year.ends_on, today=today, filing=True),
              **register_reason_errors(year, values)}
    for field in UPLOAD_FIELDS:
        if not getattr(ret, field):
            errors.setdefault(field, []).append(UPLOAD_REQUIRED % {"document": UPLOAD_LABELS[field]})
    _raise(errors)

    ret.acknowledgement_number = _acknowledgement_number(society.district, today.year)
    ret.state, ret.filed_on, ret.filed_by = AnnualReturn.State.FILED, today, actor
    ret.save()
    if year.returns_filed_on is None:
        year.returns_filed_on = today
        year.save(update_fields=["returns_filed_on"])
    late = today > year.returns_last_day
    code = GovernanceAction.RETURN_CORRECTED if ret.version > 1 else GovernanceAction.RETURN_FILED
    activity.record(code, actor=actor, society=society, target=ret, data={
        "acknowledgement": ret.acknowledgement_number, "financial_year": year.ends_on, "version": ret.version,
        "last_day": year.returns_last_day, "late": late,
        **({"reason": ret.correction_reason} if ret.version > 1 else {})})
    params = {"number": ret.acknowledgement_number, "society": society.name, "year": year.label,
              "version": ret.version, "filed_on": f"{today:%d %b %Y}"}
    url = reverse("society_return_detail", args=[society.pk, year.pk, ret.version])
    # In the filing's transaction: the inbox row commits with the return (one INSERT in a savepoint, not a
    # transaction of its own after the commit); notify() queues the email itself after the commit.
    notify(actor, key=f"return_filed:{ret.pk}", subject=FILED_SUBJECT, body=FILED_BODY, params=params, url=url)
    return ret


# ---- notices to defaulters ----------------------------------------------------------------------------------

@transaction.atomic
def returns_notices_issue(*, actor, financial_years, today: date, office_name: str) -> list[FinancialYear]:
    """Record a notice to each defaulting society (one DEFAULTER_NOTICES_ISSUED entry per society, so each
    society's timeline shows it) and tell its secretaries. Every year must be overdue and unfiled on `today`
    and within the actor's jurisdiction; otherwise nothing is issued. A year is noticed once a day: asked again
    (a double click, two tabs), the notice is printed again but neither logged nor sent twice."""
    years = list(financial_years)
    for year in years:
        if not permissions.can_supervise(actor, year.society):
            raise PermissionDenied(permissions.NOT_SUPERVISOR)
        if year.returns_filed_on is not None or year.returns_last_day >= today:
            raise ValidationError(NOT_A_DEFAULTER % {"society": year.society.name, "year": year.label})
    secretaries = secretaries_by_society({year.society_id for year in years})
    for year in years:
        society = year.society
        # The claim: a conditional UPDATE of the year's row, so of two requests at once only one issues it.
        claimed = FinancialYear.objects.filter(pk=year.pk).exclude(defaulter_notice_on=today) \
            .update(defaulter_notice_on=today)
        year.defaulter_notice_on = today
        if not claimed:
            # Printed again the same day: the same notice, with the number it was given.
            earlier = Order.objects.filter(kind=DEFAULTER_NOTICE.code, target_type=ContentType.objects.get_for_model(
                FinancialYear), target_id=year.pk, made_on=today).order_by("-pk").first()
            year.notice_number = earlier.number if earlier else ""
            continue
        # The notice is a letter in the register of orders: numbered in its series, dispatched today.
        year.notice_number = order_issue(
            kind=DEFAULTER_NOTICE.code, subject=f"{society.name}: annual return {year.label} not filed",
            made_on=today, communicated_on=today, target=year, society=society, officer=actor).number
        activity.record(GovernanceAction.DEFAULTER_NOTICES_ISSUED, actor=actor, society=society, target=year,
                        data={"financial_year": year.ends_on, "last_day": year.returns_last_day,
                              "issued_on": today, "number": year.notice_number})
        params = {"society": society.name, "year": year.label, "last_day": f"{year.returns_last_day:%d %b %Y}",
                  "office": office_name, "issued_on": f"{today:%d %b %Y}"}
        url = reverse("society_returns", args=[society.pk])
        for user in secretaries.get(society.pk, []):
            # In this transaction: the notice's outbox rows commit with the claim (issue 11 § 4).
            notify(user, key=f"defaulter_notice:{year.pk}:{today:%Y-%m-%d}", subject=NOTICE_SUBJECT,
                   body=NOTICE_BODY, params=params, url=url)
    return years


# ---- status of a year's return (lists, compliance) ----------------------------------------------------------

NOT_DUE, DUE, OVERDUE, FILED = "not_due", "due", "overdue", "filed"
STATUS_LABELS = {NOT_DUE: _("Not due yet"), DUE: _("Due"), OVERDUE: _("Overdue"), FILED: _("Filed")}


def year_return_status(year: FinancialYear, today: date) -> str:
    """filed; overdue after the last day (annual_returns_30d, or the §14 default without an AGM); due once the
    year has ended; otherwise not due yet."""
    if year.returns_filed_on is not None:
        return FILED
    if today > year.returns_last_day:
        return OVERDUE
    return DUE if today > year.ends_on else NOT_DUE
