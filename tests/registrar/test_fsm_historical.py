"""Migrations render historical models again and again; with django-fsm-2 each rendering of a model with an FSM
field used to leave a class_prepared receiver behind (registrar/fsm_historical.py, ADR 0058), which made one
backward migration of the project take minutes. Real models keep their transitions."""

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.models.signals import class_prepared

from registrar import fsm_historical
from societies.models import Society


def _render_project_state():
    state = MigrationLoader(connection, ignore_no_migrations=True).project_state()
    return state.apps    # renders every historical model, FSM fields included


def test_rendering_historical_models_leaves_no_class_prepared_receivers(db):
    assert fsm_historical.installed()
    _render_project_state()
    before = len(class_prepared.receivers)
    kept = [_render_project_state() for _ in range(3)]   # kept alive, as a migration keeps its states
    assert len(class_prepared.receivers) == before, (before, len(class_prepared.receivers))
    assert kept


def test_real_models_keep_their_transitions():
    names = {t.name for t in Society._meta.get_field("legal_status").get_all_transitions(Society)}
    assert {"cancellation_ordered", "dissolved", "divided"} <= names, names
