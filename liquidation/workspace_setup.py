"""What the liquidator's workspace declares at start-up (imported by apps.py ready()): its activity codes, order
kinds, the parties case kind, the quarterly-report clock and chore, and its place in the office navigation."""

from django.utils.translation import gettext_lazy as _

from registrar.dashboard import office_nav_item

from . import sections_workspace, workspace_access, workspace_actions, workspace_clocks, workspace_orders  # noqa: F401

# An officer named liquidator finds his cases here; an invited outside liquidator finds them under "My cases"
# (parties: the case kind's url).
office_nav_item(_("My liquidations (as liquidator)"), "liquidator_cases", order=12, group="liquidation")
