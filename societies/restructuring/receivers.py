"""Restructuring listens to registration: a new society of a scheme registered or deemed registered (s.11) is
linked to the scheme, which takes effect if that was its last condition (services.effect.successor_registered)."""

from django.dispatch import receiver

from societies.registration.signals import society_registered


@receiver(society_registered, dispatch_uid="restructuring_successor_registered")
def _successor_registered(sender, *, application, society, on, today=None, **kwargs):
    from .services.effect import successor_registered

    successor_registered(application=application, society=society, on=on, today=today)
