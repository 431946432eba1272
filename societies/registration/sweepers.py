"""Registration's sweepers are derived from its clock (clocks.py); the names stay importable."""

from datetime import date
from functools import partial

from registrar.clocks.derive import expiry_due_query, expiry_sweep

from .clocks import DEEMED_REGISTRATION

applications_due_for_deemed_registration = partial(expiry_due_query, DEEMED_REGISTRATION)


def applications_deem_registered(*, today: date):
    """The derived deemed-registration sweeper (registrar.sweeps.get("deemed_registration").func runs it)."""
    return expiry_sweep(DEEMED_REGISTRATION, today=today)
