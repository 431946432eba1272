"""Factories of the cancellation part: a case through the real services (the secretary's resolution, the order,
the Gazette's publication), dated explicitly (never the clock)."""

from datetime import date

from liquidation.services.cancellation import cancellation_order, resolution_file
from liquidation.services.gazette import gazette_publication_record

ORDERED_ON = date(2026, 5, 25)
PUBLISHED_ON = date(2026, 6, 1)   # appeal window to 1 Aug 2026 (a Saturday, open); effect on 2 Aug


def filed(secretary, *, meeting_on=date(2026, 5, 10), present=40, votes=30, today=date(2026, 5, 12), **extra):
    return resolution_file(society_id=secretary.society.pk, actor=secretary, meeting_on=meeting_on,
                           members_present=present, votes_for=votes, agenda_circulated=extra.pop("agenda", True),
                           resolution_text="Resolved that the society be dissolved.", today=today, **extra)


def ordered(secretary, officer, *, on=ORDERED_ON, liquidator=None):
    case = filed(secretary)
    return cancellation_order(winding_up_id=case.pk, actor=officer, liquidator_id=(liquidator or officer).pk,
                              grounds="The members resolved to dissolve the society.", today=on)


def published(secretary, officer, *, on=PUBLISHED_ON, gazette="Assam Gazette Extraordinary No. 412"):
    case = ordered(secretary, officer)
    return gazette_publication_record(winding_up_id=case.pk, actor=officer, gazette_number=gazette,
                                      published_on=on, today=on)
