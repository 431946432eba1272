"""The eight years of s.100(5) start with the liquidator's first appointment, whichever service records it (the
cancellation order, or a later appointment): the closing row follows the case's save, in the same transaction."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import WindingUp


@receiver(post_save, sender=WindingUp, dispatch_uid="liquidation_closing_open")
def open_closing(sender, instance: WindingUp, raw=False, **kwargs):
    if raw or instance.liquidator_appointed_on is None:
        return
    from .services.closing import closing_open

    closing_open(instance)
