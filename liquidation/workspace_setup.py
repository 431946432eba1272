"""What the liquidator's workspace declares at start-up (imported by apps.py ready()): its activity codes, order
kinds, the parties case kind, the quarterly-report clock and chore."""

from . import workspace_access, workspace_actions, workspace_clocks, workspace_orders  # noqa: F401
