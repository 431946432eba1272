"""The annual return's member figures (s.129(2)) from the register of members (issue 14 point 7).

A society with a register gets its return's member figures filled from it: by gender on the year's first day,
by gender and by category on its last day (membership.selectors.return_figures, one query). The secretary may
change them only with a reason (`AnnualReturn.members_differ_reason`), which the return keeps and the office
sees; a society without a register on the portal types the figures as before.
"""

from django.utils.translation import gettext_lazy as _

from . import selectors

MEMBER_FIELDS = ["members_start_women", "members_start_men", "members_start_other", "members_end_women",
                 "members_end_men", "members_end_other", "members_end_general", "members_end_sc", "members_end_st",
                 "members_end_obc"]
REASON_FIELD = "members_differ_reason"
REASON_NEEDED = _("These member figures differ from the society's register of members (%(figures)s): give the "
                  "reason for the difference, or use the register's figures.")


def register_figures(year) -> dict[str, int] | None:
    """The register's figures for the financial year, or None when the society keeps no register here."""
    if not selectors.has_register(year.society_id):
        return None
    return selectors.return_figures(year.society_id, year.starts_on, year.ends_on)


def reason_errors(year, values: dict, figures: dict | None = None) -> dict[str, list]:
    """{REASON_FIELD: [message]} when a member figure differs from the register's and no reason is given."""
    figures = register_figures(year) if figures is None else figures
    if not figures:
        return {}
    differ = [f"{field.replace('members_', '').replace('_', ' ')}: {values.get(field) or 0} / {figures[field]}"
              for field in MEMBER_FIELDS if (values.get(field) or 0) != figures[field]]
    if differ and not (values.get(REASON_FIELD) or "").strip():
        return {REASON_FIELD: [REASON_NEEDED % {"figures": "; ".join(differ)}]}
    return {}
