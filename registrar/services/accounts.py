"""Citizen sign-up and email verification."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from .. import activity, clock
from ..actions import RegistrarAction
from ..models import EmailVerification

User = get_user_model()
CODE_LIFETIME = timedelta(minutes=30)
MAX_CODE_ATTEMPTS = 5


class VerificationError(Exception):
    def __init__(self, message, *, resent: bool = False):
        super().__init__(message)
        self.message = message
        self.resent = resent


def _hash_code(code: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


def _issue_code(user) -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    EmailVerification.objects.update_or_create(
        user=user,
        defaults={"code_hash": _hash_code(code), "expires_at": clock.now() + CODE_LIFETIME, "attempts": 0},
    )
    with translation.override(user.language):
        subject = _("Your RCS Assam verification code")
        body = _("Your verification code is %(code)s. It is valid for 30 minutes.") % {"code": code}
    transaction.on_commit(lambda: send_mail(subject, body, None, [user.email]))


@transaction.atomic
def citizen_sign_up(*, full_name: str, email: str, password: str, phone: str = "", language: str = "en"):
    """Create an inactive account and email a code. A repeated sign-up before verification re-sends a code."""
    user = User.objects.select_for_update().filter(email__iexact=email, is_active=False).first()
    first, _sep, last = full_name.strip().partition(" ")
    if user is None:
        user = User(username=email, email=email, is_active=False)
    user.first_name, user.last_name, user.phone, user.language = first, last, phone, language
    user.set_password(password)
    user.save()
    activity.record(RegistrarAction.CITIZEN_SIGNED_UP, actor=user, target=user)
    _issue_code(user)
    return user


def citizen_verify(*, email: str, code: str):
    """Activate the account when the code matches. Failures are recorded (attempts, a re-sent code) before
    the error is raised, so the raise does not roll them back."""
    with transaction.atomic():
        user, error = _check_code(email=email, code=code)
    if error is not None:
        raise error
    return user


def _check_code(*, email: str, code: str):
    from ..forms import CODE_EXPIRED, CODE_TOO_MANY, CODE_WRONG, NO_PENDING_SIGNUP

    verification = (
        EmailVerification.objects.select_for_update().select_related("user")
        .filter(user__email__iexact=email, user__is_active=False).first()
    )
    if verification is None:
        return None, VerificationError(NO_PENDING_SIGNUP)
    if verification.expires_at < clock.now():
        _issue_code(verification.user)
        return None, VerificationError(CODE_EXPIRED, resent=True)
    if not hmac.compare_digest(verification.code_hash, _hash_code(code)):
        verification.attempts += 1
        verification.save(update_fields=["attempts"])
        if verification.attempts >= MAX_CODE_ATTEMPTS:
            _issue_code(verification.user)
            return None, VerificationError(CODE_TOO_MANY, resent=True)
        return None, VerificationError(CODE_WRONG)
    user = verification.user
    user.is_active = True
    user.save(update_fields=["is_active"])
    verification.verified_at = clock.now()
    verification.save(update_fields=["verified_at"])
    activity.record(RegistrarAction.CITIZEN_VERIFIED, actor=user, target=user)
    return user, None
