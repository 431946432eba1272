"""Citizen sign-up and email verification; unlocking a colleague's paused login."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from .. import activity, clock, outbox
from ..actions import RegistrarAction
from ..models import EmailVerification

User = get_user_model()
CODE_LIFETIME = timedelta(minutes=30)


class VerificationError(Exception):
    def __init__(self, message, *, resent: bool = False):
        super().__init__(message)
        self.message = message
        self.resent = resent


def _hash_code(code: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


def _issue_code(user) -> None:
    code = _new_code(user)
    with translation.override(user.language):
        subject = _("Your RCS Assam verification code")
        body = _("Your verification code is %(code)s. It is valid for 30 minutes.") % {"code": code}
    outbox.email_address(user.email, subject=subject, body=body)


# A pending sign-up nobody verified within this time is abandoned: a new sign-up for the e-mail may start afresh.
PENDING_SIGNUP_LIFETIME = timedelta(hours=24)


def _pending(user) -> "EmailVerification | None":
    """The user's verification if the account is a sign-up still waiting for its code, else None.

    Pending means: never active (no login, no verified code), no officer profile. A disabled officer, secretary
    or citizen is *not* pending: sign-up must never revive or change such an account (issue 11 § 1).
    """
    if user.is_active or user.last_login is not None or user.officer_profile is not None:
        return None
    verification = EmailVerification.objects.filter(user=user, verified_at__isnull=True).first()
    return verification


def _notify_existing(user) -> None:
    with translation.override(user.language):
        subject = _("Sign-up request for your RCS Assam account")
        body = _(
            "Someone asked to create an RCS Assam portal account with this email, but an account with it "
            "already exists. Nothing has been changed. If it was you, log in, or use \"Forgot your password?\" "
            "on the login page. If your account was closed, ask the office that closed it."
        )
    outbox.email_address(user.email, subject=subject, body=body)


def _notify_pending(user, verification) -> None:
    code = _new_code(verification.user)
    with translation.override(user.language):
        subject = _("Your RCS Assam verification code")
        body = _(
            "Someone asked to sign up again with this email. A sign-up with it is already waiting for "
            "verification: enter this code, %(code)s, together with the password chosen when that sign-up "
            "was made. The code is valid for 30 minutes. If you did not start that sign-up, ignore this "
            "email: nothing happens without the code, and an unverified sign-up lapses after 24 hours, after "
            "which you can sign up afresh."
        ) % {"code": code}
    outbox.email_address(user.email, subject=subject, body=body)


def _new_code(user) -> str:
    code = f"{secrets.randbelow(10**6):06d}"
    EmailVerification.objects.update_or_create(
        user=user,
        defaults={"code_hash": _hash_code(code), "expires_at": clock.now() + CODE_LIFETIME, "attempts": 0},
    )
    return code


@transaction.atomic
def citizen_sign_up(*, full_name: str, email: str, password: str, phone: str = "", language: str = "en"):
    """Create an inactive account and email a code. Returns the new account, or None when the e-mail already
    belongs to an account: then nothing about that account changes (issue 11 § 1) —

    - an active or disabled account (officer, secretary, citizen): its owner is told by e-mail; no code;
    - a sign-up still waiting for its code: a fresh code is e-mailed, but the name and the password chosen at
      the first sign-up stay (the verify page needs that password with the code);
    - a sign-up nobody verified within PENDING_SIGNUP_LIFETIME is abandoned and starts afresh.

    The caller shows the same page in every case, so the page never tells whether the e-mail is registered.
    """
    first, _sep, last = full_name.strip().partition(" ")
    existing = User.objects.select_for_update().filter(email__iexact=email).first()
    if existing is not None:
        verification = _pending(existing)
        if verification is None:
            _notify_existing(existing)
            return None
        # Counted from the first sign-up, not the last code: repeating the sign-up does not keep it alive.
        if existing.date_joined + PENDING_SIGNUP_LIFETIME >= clock.now():
            _notify_pending(existing, verification)
            return None
        user = existing  # never verified, never logged in, no rights: an abandoned attempt, not an account
        user.date_joined = clock.now()
    else:
        user = User(username=email, email=email, is_active=False)
    user.first_name, user.last_name, user.phone, user.language = first, last, phone, language
    user.set_password(password)
    user.save()
    activity.record(RegistrarAction.CITIZEN_SIGNED_UP, actor=user, target=user)
    _issue_code(user)
    return user


def citizen_verify(*, email: str, code: str, password: str):
    """Activate the account when the code and the sign-up's password match. Failures are recorded (attempts,
    a re-sent code) before the error is raised, so the raise does not roll them back."""
    with transaction.atomic():
        user, error = _check_code(email=email, code=code, password=password)
    if error is not None:
        raise error
    return user


def _check_code(*, email: str, code: str, password: str):
    """One answer, CODE_WRONG, for an unknown e-mail, an active account, a wrong code and a wrong password:
    the page must not tell whether an e-mail is registered. Guessing is bounded by the "code" throttle."""
    from ..forms import CODE_EXPIRED, CODE_WRONG

    verification = (
        EmailVerification.objects.select_for_update().select_related("user")
        .filter(user__email__iexact=email, user__is_active=False, verified_at__isnull=True,
                user__last_login__isnull=True).first()
    )
    if verification is None or verification.user.officer_profile is not None:
        return None, VerificationError(CODE_WRONG)
    code_ok = hmac.compare_digest(verification.code_hash, _hash_code(code))
    if not (code_ok and verification.user.check_password(password)):
        verification.attempts += 1
        verification.save(update_fields=["attempts"])
        return None, VerificationError(CODE_WRONG)
    if verification.expires_at < clock.now():
        _issue_code(verification.user)
        return None, VerificationError(CODE_EXPIRED, resent=True)
    user = verification.user
    user.is_active = True
    user.save(update_fields=["is_active"])
    verification.verified_at = clock.now()
    verification.save(update_fields=["verified_at"])
    activity.record(RegistrarAction.CITIZEN_VERIFIED, actor=user, target=user)
    return user, None


UNLOCK_NOT_ALLOWED = _lazy(
    "You can unlock the login of an officer of your own office; the Directorate can unlock any officer's."
)
NOT_LOCKED = _lazy("This account's login is not paused.")


def can_unlock(actor, target) -> bool:
    """An officer in service may unlock a colleague: an officer of the same office, or any officer when the
    actor holds a statewide rank. Never their own account (that is what the password reset is for)."""
    from ..selectors import officer_for

    mine, theirs = officer_for(actor), getattr(target, "officer_profile", None)
    if mine is None or theirs is None or actor.pk == target.pk:
        return False
    return mine.is_statewide or mine.office_id == theirs.office_id


@transaction.atomic
def account_unlock(*, user_id: int, actor) -> None:
    """End a colleague's login pause at once (issue 11 § 1), and log who did it. The per-address counter is
    left alone: it protects everyone behind that address, not one account."""
    from .. import throttle

    target = User.objects.select_for_update(of=("self",)).select_related("officer").get(pk=user_id)
    if not can_unlock(actor, target):
        raise PermissionDenied(UNLOCK_NOT_ALLOWED)
    key = throttle.subject_key("login", "user", str(target.pk))
    if not throttle.is_locked(key):
        raise VerificationError(NOT_LOCKED)
    throttle.clear(key)
    activity.record(RegistrarAction.ACCOUNT_UNLOCKED, actor=actor, target=target,
                    data={"username": target.username})
