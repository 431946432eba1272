"""Records are never purged inside ten years (s.80(4); rules.yaml records_retention_10y): a guard at the model
layer, so the admin, a shell, a queryset delete and any later clean-up job meet it alike (pre_delete is sent for
every row a queryset deletes once a receiver is connected). Connected in AuditConfig.ready."""

from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _

from registrar import clock

from . import work_rules

RETAINED = _("The records of the audit of %(year)s must be kept until %(until)s (section 80(4)): they cannot be "
             "deleted.")


class RecordsRetained(Exception):
    """A delete of an audit record inside the ten years."""


def _fy_end(instance):
    from .models import Audit, AuditReport, AuditWork, Objection, RectificationDirection

    if isinstance(instance, Audit):
        return instance.fy_end
    if isinstance(instance, (AuditReport, AuditWork, RectificationDirection)):
        return instance.audit.fy_end
    if isinstance(instance, Objection):
        return instance.report.audit.fy_end
    return None


def guard_delete(sender, instance, **kwargs):
    fy_end = _fy_end(instance)
    if fy_end is not None and not work_rules.may_purge(fy_end, clock.today()):
        from .rules import fy_label

        raise RecordsRetained(str(RETAINED % {"year": fy_label(fy_end),
                                              "until": work_rules.records_kept_until(fy_end).isoformat()}))


def connect() -> None:
    from .models import Audit, AuditReport, AuditWork, Objection, RectificationDirection

    for model in (Audit, AuditReport, AuditWork, Objection, RectificationDirection):
        pre_delete.connect(guard_delete, sender=model, dispatch_uid=f"audit_retention_{model.__name__}")
