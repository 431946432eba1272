"""Supervision's answer to a rectified registration (the signal registration_corrected of
societies.registration.rectifiers; ADR 0007).

The promoter Board's year, its first Board-meeting date and the first financial year were counted from the
deemed registration date. When a Registrar's order shows the society was in fact registered earlier by
certificate, those clocks are re-counted from the real date; when the order sets the registration aside, the
society's clocks are closed so that no sweeper dissolves or reminds a society that does not exist.
Runs inside the order's transaction, so the order and the re-count commit or roll back together.
"""

from django.dispatch import receiver

from societies.registration.rectifiers import registration_corrected

from . import rules
from .models import Board, FinancialYear
from .services.supervision import financial_year_open


@receiver(registration_corrected, dispatch_uid="governance_recount_after_registration_corrected")
def recount_after_registration_corrected(sender, *, society, previous_registered_on, set_aside, order, today,
                                         **kwargs):
    if set_aside:
        Board.objects.filter(society=society, ended_on__isnull=True).update(
            ended_on=today, end_reason=Board.EndReason.REGISTRATION_SET_ASIDE)
        FinancialYear.objects.filter(society=society).update(agm_checked=True, meetings_checked=True,
                                                             next_opened=True)
        return
    real_date = society.registered_on
    board = Board.objects.select_for_update().filter(
        society=society, ended_on__isnull=True, kind=Board.Kind.PROMOTER, took_office_on=previous_registered_on,
    ).first()
    if board is not None:
        untouched_clock = rules.next_board_meeting_last_day(previous_registered_on)
        board.took_office_on = real_date
        board.term_ends_on = rules.promoter_board_last_day(real_date)
        if board.next_meeting_due_on == untouched_clock:  # no Board meeting held yet: count from the real date
            board.next_meeting_due_on = rules.next_board_meeting_last_day(real_date)
        board.save(update_fields=["took_office_on", "term_ends_on", "next_meeting_due_on"])
    # The real date may fall in the previous financial year (a certificate of 25 Mar, deemed on 2 Apr).
    financial_year_open(society, rules.financial_year_end_on_or_after(real_date, society.fy_end_month,
                                                                      society.fy_end_day))
