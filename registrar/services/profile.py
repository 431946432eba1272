"""A person's own profile: mobile number and notice language at once; a new e-mail only once the code sent to it
is entered (the sign-up's verification: a six-digit code, hashed, 30 minutes, guesses bounded by the "code"
throttle). Until then the old address stays the login and the address notices go to."""

import hmac

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from .. import activity, clock
from ..actions import RegistrarAction
from ..models import EmailVerification
from .accounts import VerificationError, _hash_code, _new_code

User = get_user_model()

EMAIL_TAKEN = _lazy("That e-mail address belongs to another account. Choose another, or ask the office.")
NO_CHANGE_WAITING = _lazy("No change of e-mail is waiting for a code. Change the e-mail on your profile first.")
SAME_EMAIL = _lazy("That is already your e-mail address.")


def _taken(email: str, user) -> bool:
    return User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists()


@transaction.atomic
def profile_update(*, user_id: int, phone: str, language: str):
    """Mobile number and the language notices are sent in; one activity entry naming what changed."""
    user = User.objects.select_for_update(of=("self",)).get(pk=user_id)
    changed = [name for name, value in (("phone", phone), ("language", language)) if getattr(user, name) != value]
    if changed:
        user.phone, user.language = phone, language
        user.save(update_fields=changed)
        activity.record(RegistrarAction.PROFILE_CHANGED, actor=user, target=user, data={"changed": changed})
    return user, changed


def pending_email(user) -> str:
    """The new e-mail waiting for its code, or ""."""
    verification = EmailVerification.objects.filter(user=user, verified_at__isnull=True).exclude(new_email="").first()
    return verification.new_email if verification else ""


@transaction.atomic
def email_change_start(*, user_id: int, new_email: str) -> None:
    """Send a code to the new address; nothing changes until it is entered (email_change_confirm)."""
    user = User.objects.select_for_update(of=("self",)).get(pk=user_id)
    new_email = new_email.strip().lower()
    if (user.email or "").lower() == new_email:
        raise VerificationError(SAME_EMAIL)
    if _taken(new_email, user):
        raise VerificationError(EMAIL_TAKEN)
    _send_code(user, new_email)


def _send_code(user, new_email: str) -> None:
    code = _new_code(user)
    EmailVerification.objects.filter(user=user).update(new_email=new_email, verified_at=None)
    with translation.override(user.language):
        subject = _("Your RCS Assam verification code")
        body = _("Your verification code is %(code)s. It is valid for 30 minutes. Enter it on your profile page "
                 "to make this your e-mail address for the portal.") % {"code": code}
    transaction.on_commit(lambda: send_mail(subject, body, None, [new_email]))


def email_change_confirm(*, user_id: int, code: str):
    """Make the waiting address the account's e-mail (and its login, when the login was the old e-mail).
    A wrong code counts an attempt; an expired one sends a fresh code; both are recorded before the raise."""
    with transaction.atomic():
        user, error = _check(user_id=user_id, code=code)
    if error is not None:
        raise error
    return user


def _check(*, user_id: int, code: str):
    from ..forms import CODE_EXPIRED, CODE_WRONG

    verification = (EmailVerification.objects.select_for_update().select_related("user")
                    .filter(user_id=user_id, verified_at__isnull=True).exclude(new_email="").first())
    if verification is None:
        return None, VerificationError(NO_CHANGE_WAITING)
    user = verification.user
    if not hmac.compare_digest(verification.code_hash, _hash_code(code)):
        verification.attempts += 1
        verification.save(update_fields=["attempts"])
        return None, VerificationError(CODE_WRONG)
    if verification.expires_at < clock.now():
        _send_code(user, verification.new_email)
        return None, VerificationError(CODE_EXPIRED, resent=True)
    if _taken(verification.new_email, user):
        return None, VerificationError(EMAIL_TAKEN)
    old, new = user.email or "", verification.new_email
    user.email = new
    fields = ["email"]
    if old and user.username.lower() == old.lower():  # citizens log in with their e-mail
        user.username = new
        fields.append("username")
    user.save(update_fields=fields)
    verification.verified_at, verification.new_email = clock.now(), ""
    verification.save(update_fields=["verified_at", "new_email"])
    activity.record(RegistrarAction.EMAIL_CHANGED, actor=user, target=user, data={"from": old, "to": new})
    if old:
        with translation.override(user.language):
            subject = _("Your RCS Assam e-mail address was changed")
            body = _("The e-mail address of your RCS Assam portal account is now %(new)s. If you did not make "
                     "this change, contact the Registrar's office at once.") % {"new": new}
        transaction.on_commit(lambda: send_mail(subject, body, None, [old]))
    return user, None
