"""The eight-year limit of s.100(5) (liquidation_max_8y) and its extensions: the last day and the day after, the
Registrar's one extension of up to a year, the Government's a year at a time (pure functions, then the service)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from liquidation import periods
from liquidation.models import Closing, ExtensionBy
from liquidation.services import closing as services

from .closing_helpers import in_liquidation, report_filed

R, G = periods.REGISTRAR, periods.GOVERNMENT
APPOINTED = date(2026, 6, 1)
BASE = date(2034, 6, 1)


@pytest.mark.parametrize(("appointed", "last"), [
    (date(2026, 6, 1), date(2034, 6, 1)),     # rules.yaml example
    (date(2028, 2, 29), date(2036, 2, 29)),   # a leap day lands on a leap year eight years on
    (date(2027, 1, 31), date(2035, 1, 31)),
])
def test_limit_dissolution_last_day_is_eight_years_after_appointment(appointed, last):
    assert periods.dissolution_last_day(appointed) == last


@pytest.mark.parametrize(("certificate_on", "error"), [
    (BASE, ""),                                  # the last day itself
    (date(2034, 6, 2), "may not be later than 01 Jun 2034"),   # the day after
])
def test_limit_certificate_on_last_day_and_day_after(certificate_on, error):
    found = periods.certificate_date_error(certificate_on, appointed_on=APPOINTED, last_day=BASE,
                                           report_filed_on=date(2034, 1, 1), today=date(2035, 1, 1))
    assert (error in found) if error else found == ""


@pytest.mark.parametrize(("by", "previous", "current", "new", "message"), [
    (R, [], BASE, date(2035, 6, 1), ""),                                   # once, a full year
    (R, [], BASE, date(2035, 6, 2), periods.EXTENSION_TOO_LONG),           # a day beyond the year
    (R, [R], date(2035, 6, 1), date(2035, 12, 1), periods.EXTENSION_REGISTRAR_TWICE),
    (G, [], BASE, date(2035, 1, 1), periods.EXTENSION_GOVERNMENT_FIRST),   # the Registrar's comes first
    (G, [R], date(2035, 6, 1), date(2036, 6, 1), ""),                       # a year at a time
    (G, [R], date(2035, 6, 1), date(2036, 6, 2), periods.EXTENSION_TOO_LONG),
    (G, [R, G], date(2036, 6, 1), date(2037, 6, 1), ""),                    # and again
    (G, [R, G], date(2036, 6, 1), date(2036, 6, 1), periods.EXTENSION_NOT_LATER),
    (R, [G], BASE, date(2035, 1, 1), periods.EXTENSION_REGISTRAR_AFTER_GOVERNMENT),
])
def test_limit_extension_rules(by, previous, current, new, message):
    found = periods.extension_error(by, base_last_day=BASE, current_last_day=current, new_last_day=new,
                                    previous=previous)
    if not message:
        assert found == ""
    else:
        assert found and found.startswith(str(message).split("%(")[0])


def _extend(case, actor, by, new, on, ref=""):
    return services.closing_extend(winding_up_id=case.pk, actor=actor, today=on, by=by, made_on=on,
                                   new_last_day=new, reasons="Two suits still pending in the civil court.",
                                   government_reference=ref)


@pytest.mark.django_db
def test_limit_extensions_move_the_date_and_guard_the_certificate(arcs_officer, registrar, sonitpur):
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=APPOINTED)
    closing = Closing.objects.get(winding_up=case)
    assert (closing.appointed_on, closing.dissolve_by) == (APPOINTED, BASE)
    with pytest.raises(PermissionDenied):  # the extension is the Registrar's, not the district's
        _extend(case, arcs_officer, R, date(2035, 6, 1), date(2034, 5, 1))
    extension = _extend(case, registrar, R, date(2035, 6, 1), date(2034, 5, 1))
    assert extension.order.kind == "liquidation.limit_extension" and extension.order.issuer == "office"
    with pytest.raises(ValidationError) as refused:
        _extend(case, registrar, R, date(2035, 9, 1), date(2035, 1, 5))
    assert refused.value.message_dict["new_last_day"] == [
        str(periods.EXTENSION_REGISTRAR_TWICE) % {"date": "01 Jun 2035"}]
    with pytest.raises(ValidationError, match="may not go beyond 01 Jun 2036"):
        _extend(case, registrar, G, date(2036, 6, 2), date(2035, 5, 1), ref="GA(C)/12/2035")
    government = _extend(case, registrar, G, date(2036, 6, 1), date(2035, 5, 1), ref="GA(C)/12/2035")
    assert government.order.issuer == "government" and not government.order.reviewable
    closing = Closing.objects.get(pk=closing.pk)
    assert closing.dissolve_by == date(2036, 6, 1)
    assert [e.by for e in closing.extensions.all()] == [ExtensionBy.REGISTRAR, ExtensionBy.GOVERNMENT]

    report_filed(case, arcs_officer, filed_on=date(2036, 5, 1))
    with pytest.raises(ValidationError) as late:  # the day after the extended date
        services.closing_dissolve(winding_up_id=case.pk, actor=arcs_officer, today=date(2036, 6, 2),
                                  dissolved_on=date(2036, 6, 2), records_custody="District record room")
    assert "may not be later than 01 Jun 2036" in late.value.message_dict["dissolved_on"][0]
    assert "as extended" in late.value.message_dict["dissolved_on"][0]
    closing = services.closing_dissolve(winding_up_id=case.pk, actor=arcs_officer, today=date(2036, 6, 2),
                                        dissolved_on=date(2036, 6, 1), records_custody="District record room")
    assert closing.dissolved_on == date(2036, 6, 1) and closing.certificate.kind == "liquidation.dissolution_certificate"


@pytest.mark.django_db
def test_limit_warned_from_year_seven_once_and_again_after_an_extension(arcs_officer, registrar, sonitpur):
    from registrar import sweeps
    from registrar.models import Notification

    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=APPOINTED)
    key = "reminder:liquidation_max_8y:"

    def run(on):
        sweeps.run_all(today=on, only="liquidations_remind_eight_years")
        return Notification.objects.filter(recipient=arcs_officer, key__startswith=key).count()

    assert periods.year_seven_on(APPOINTED) == date(2033, 6, 1)
    assert run(date(2033, 5, 31)) == 0           # 366 days before the last date: not yet
    assert run(date(2033, 6, 1)) == 1            # 365 days before 1 Jun 2034, the seventh year done: warned
    assert run(date(2033, 6, 1)) == 1            # run twice: once
    note = Notification.objects.get(recipient=arcs_officer, key__startswith=key)
    assert "01 Jun 2034" in note.body and "section 100(5)" in note.body
    _extend(case, registrar, R, date(2035, 6, 1), date(2034, 5, 1))
    assert run(date(2035, 5, 2)) == 2            # 30 days before the extended date: warned again


@pytest.mark.django_db
def test_limit_extension_page_shows_the_refusal_then_records_the_order(client, arcs_officer, registrar, sonitpur,
                                                                       monkeypatch):
    from django.urls import reverse

    monkeypatch.setattr("registrar.clock.today", lambda: date(2034, 5, 1))
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=APPOINTED)
    client.force_login(registrar)
    url = reverse("office_liquidation_closing", args=[case.pk])
    data = {"action": "extend_registrar", "made_on": "01-05-2034", "reasons": "Two suits pending."}
    refused = client.post(url, {**data, "new_last_day": "02-06-2035"})
    assert refused.status_code == 200 and "may not go beyond 01 Jun 2035" in refused.content.decode()
    done = client.post(url, {**data, "new_last_day": "01-06-2035"}, follow=True)
    assert "the liquidation is to be closed by 01 Jun 2035" in done.content.decode()
    assert "extend_government" in done.context["forms"]   # the Registrar's one extension is spent
