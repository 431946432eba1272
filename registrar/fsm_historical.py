"""django-fsm-2 and migrations: historical models must not pile up `class_prepared` receivers.

`FSMFieldMixin.contribute_to_class` connects the field's `_collect_transitions` to `class_prepared` every time a
model with an FSM field is built, and never disconnects it. Migrations build historical models (module
"__fake__") over and over while they render project states, and those fields stay alive with their states, so
the receivers pile up: by the end of a backward migration of the project, `class_prepared` had over a thousand
of them, each called (and each weak reference resolved) for every model rendered after. That made one backward
migration to orders 0001 take ~390 s, nearly all in django.dispatch (ADR 0058).

A historical model has no transition methods (migrations keep fields, not methods), so nothing is lost by
disconnecting its receiver at once: real models keep theirs and their transitions. Installed from
RegistrarConfig.ready, before any migration runs; `installed()` says whether it is in place.
"""

from django.db.models.signals import class_prepared
from django_fsm import FSMFieldMixin

HISTORICAL_MODULE = "__fake__"   # django.db.migrations.state.ModelState.render's module for historical models
_original = FSMFieldMixin.contribute_to_class


def _contribute_to_class(self, cls, name, *args, **kwargs):
    _original(self, cls, name, *args, **kwargs)
    if cls.__module__ == HISTORICAL_MODULE:
        class_prepared.disconnect(self._collect_transitions)


def install() -> None:
    FSMFieldMixin.contribute_to_class = _contribute_to_class


def installed() -> bool:
    return FSMFieldMixin.contribute_to_class is _contribute_to_class
