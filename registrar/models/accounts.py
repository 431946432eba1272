"""Sign-up verification codes and failed-login records (for throttling)."""

from django.conf import settings
from django.db import models


class EmailVerification(models.Model):
    """A six-digit code emailed at sign-up. Only its hash is stored."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="verification")
    code_hash = models.CharField(max_length=128)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    verified_at = models.DateTimeField(null=True, blank=True)
    # A change of e-mail from the profile page waits here until the code sent to it is entered
    # (registrar.services.profile); empty for a sign-up's code.
    new_email = models.EmailField(blank=True, default="")

    def __str__(self):
        return f"verification for {self.user_id}"


class FailedLogin(models.Model):
    username = models.CharField(max_length=150, db_index=True)
    at = models.DateTimeField(db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True)

    def __str__(self):
        return f"failed login {self.username} at {self.at}"


class ThrottleCounter(models.Model):
    """Attempts in the current window for one key (`login:user:42`, `login:addr:10.0.0.7`, `reset:email:<hash>`).

    Written only by `registrar.throttle.reserve` with one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING`: the
    row lock makes concurrent attempts queue, so a burst of parallel requests cannot all read "under the limit"
    (issue 11 § 2). `window_started` is a Unix time in seconds, compared in SQL without time-zone conversions.
    """

    key = models.CharField(max_length=120, primary_key=True)
    window_started = models.BigIntegerField()
    hits = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.hits} since {self.window_started}"
