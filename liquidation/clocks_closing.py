"""The clock of the closing (registrar.clocks): the eight years of s.100(5) (liquidation_max_8y).

No automatic effect (rules.yaml: "none automatic; an extension order is needed"). The deciding officers of the
district and the Directorate are reminded from year 7 (365, 182 and 30 days before the last date, rules.yaml
notes: "alerts at year 7, and 6 months before each extended date": an extension moves the last date, so the
reminders run again before it); the liquidator has it on My work; past the date it goes up the ladder, one rank
every 30 days, until the society is dissolved or the period extended.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import DECIDING_OFFICERS, Clock, Escalation, Reminders, declare

from . import periods
from .models import Closing, WindingUpState
from .models.closing import OPEN_STAGES

ESCALATES_AFTER_DAYS = 30
LIVE_CASES = (WindingUpState.CANCELLATION_ORDERED, WindingUpState.APPEAL_PENDING, WindingUpState.IN_LIQUIDATION)

SUBJECT = _("Liquidation of %(society)s: to be dissolved by %(last_day)s")
BODY = _(
    "The liquidation of %(society)s began with the liquidator's appointment on %(appointed)s. The date in its "
    "certificate of dissolution may not be later than %(last_day)s (%(days)s day(s) left; section 100(5)). Close "
    "the liquidation by then, or record an extension: the Registrar may extend it once by up to a year, and the "
    "State Government further, a year at a time.")


def _d(day) -> str:
    return f"{day:%d %b %Y}"


def _url(closing) -> str:
    return reverse("office_liquidation_closing", args=[closing.winding_up_id])


EIGHT_YEARS = declare(Clock(
    name="liquidation_eight_years", rule_id="liquidation_max_8y", model=Closing, due_field="dissolve_by",
    open=Q(stage__in=OPEN_STAGES, winding_up__state__in=LIVE_CASES),  # closing_dissolve_by_idx
    district="winding_up__district", society="winding_up__society",
    related=("winding_up", "winding_up__society", "winding_up__district"),
    subject=lambda c: f"{c.winding_up.society.registration_number} · {c.winding_up.society.name}: "
                      f"dissolve by {_d(c.dissolve_by)}",
    url=_url, timeline_label=lambda c: str(_("Last date for the certificate of dissolution (s.100(5))")),
    met=Q(stage="dissolved"), escalation=Escalation(after_days=ESCALATES_AFTER_DAYS),
    assignee="winding_up__liquidator",
    reminders=Reminders(
        sweeper="liquidations_remind_eight_years", order=78, recipients=DECIDING_OFFICERS, trigger="appointed_on",
        offsets=periods.WARN_OFFSETS, subject=SUBJECT, body=BODY,
        params=lambda c, today: {"society": c.winding_up.society.name, "appointed": _d(c.appointed_on),
                                 "last_day": _d(c.dissolve_by), "days": (c.dissolve_by - today).days},
        description="Warn the deciding officers from year 7 of a liquidation (365, 182 and 30 days before the "
                    "last date of s.100(5), liquidation_max_8y); no automatic effect."),
))
