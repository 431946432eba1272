"""The second factor: a TOTP code (django-otp) after the password (issue 11 § 8, ADR 0011-second-factor).

Required for the statewide ranks (RCS, Additional, Joint and Deputy RCS), for superusers, and for any officer
who turned it on. The password login (portal or /admin/login/) authenticates the session as usual; this
middleware then lets such a session reach nothing but the second-factor page (and log out) until a code from
the user's confirmed device has been entered. A required user without a device is enrolled on that page.
"""

from base64 import b32encode
from io import BytesIO
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models.office import STATEWIDE_RANKS

SESSION_FLAG = "second_factor_required"  # [user pk, bool]: the device lookup is made once per session
DEVICE_NAME = "authenticator"

CODE_WRONG = _("That code is not right. Enter the 6-digit code your authenticator app shows now.")
CODE_THROTTLED = _("Too many wrong codes. Wait %(seconds)s seconds, then enter the code your app shows now.")
NOT_FOR_YOU = _("A second factor is for officers of the department.")


def required_by_rank(user) -> bool:
    """The statewide ranks and superusers may not log in on a password alone."""
    if user.is_superuser:
        return True
    profile = user.officer_profile
    return profile is not None and profile.rank in STATEWIDE_RANKS


def may_enrol(user) -> bool:
    return user.is_superuser or user.officer_profile is not None


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def is_required(user) -> bool:
    return required_by_rank(user) or TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def _required_for_session(request) -> bool:
    user = request.user
    if user.is_superuser:  # checked live: a superuser granted mid-session is stopped at once
        return True
    cached = request.session.get(SESSION_FLAG)
    if isinstance(cached, list) and len(cached) == 2 and cached[0] == user.pk:
        return bool(cached[1])
    required = is_required(user)
    request.session[SESSION_FLAG] = [user.pk, required]
    return required


def remember_on_login(sender, request, user, **kwargs):
    """At login (the session is being written anyway) record whether this user needs a code, so ordinary page
    views make no extra query for it."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_FLAG] = [user.pk, is_required(user)]


user_logged_in.connect(remember_on_login, dispatch_uid="registrar.second_factor.remember_on_login")


def _exempt(path: str) -> bool:
    if path in (reverse("second_factor"), reverse("logout"), reverse("healthz")):
        return True
    return path.startswith(("/i18n/", "/" + settings.STATIC_URL.lstrip("/")))


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware: a session that needs a code and has not given one is sent to the
    second-factor page, whatever URL it asks for (including the admin)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (user.is_authenticated and not user.is_verified() and not _exempt(request.path_info)
                and _required_for_session(request)):
            target = request.get_full_path() if request.method == "GET" else reverse("home")
            return redirect(f"{reverse('second_factor')}?next={quote(target)}")
        return self.get_response(request)


def pending_device(user) -> TOTPDevice:
    """The device being enrolled: kept across reloads so a scanned QR code stays valid until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False, name=DEVICE_NAME).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def secret_of(device: TOTPDevice) -> str:
    """The base32 secret an authenticator app takes by hand, in groups of four."""
    raw = b32encode(device.bin_key).decode()
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// URI as an inline SVG QR code (segno; no inline style, so the CSP allows it)."""
    import segno

    out = BytesIO()
    segno.make(device.config_url, error="m").save(out, kind="svg", scale=4, xmldecl=False, svgns=True,
                                                   title=str(_("QR code for your authenticator app")))
    return out.getvalue().decode()


class CodeRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def check_code(*, user, device_id: int, code: str) -> TOTPDevice:
    """Verify a code against the user's device under a row lock (so one code cannot be used twice by two
    parallel requests; django-otp refuses a time step already used). Confirms a device being enrolled.
    Raises CodeRefused with the message to show."""
    from . import activity
    from .actions import RegistrarAction
    from .notify import notify

    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device_id, user=user)
        allowed, info = device.verify_is_allowed()
        if not allowed:
            from django.utils import timezone

            wait = max(1, int((info["locked_until"] - timezone.now()).total_seconds()) + 1)
            raise CodeRefused(CODE_THROTTLED % {"seconds": wait})
        enrolling = not device.confirmed
        ok = device.verify_token(code.replace(" ", ""))  # commits the throttle counter on failure
        if not ok:
            refused = CodeRefused(CODE_WRONG)
        else:
            refused = None
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user, confirmed=False).exclude(pk=device.pk).delete()
                activity.record(RegistrarAction.SECOND_FACTOR_ENABLED, actor=user, target=user)
                # The owner hears of it by e-mail: a stolen password used to enrol someone else's phone shows.
                notify(user, key=f"second-factor-enabled:{device.pk}",
                       subject=_("A second factor was turned on for your RCS Assam account"),
                       body=_("An authenticator app was set up as the second factor of your account. If this was "
                              "not you, tell the Directorate at once."))
    if refused is not None:
        raise refused  # outside the block: the failure count committed
    return device


def complete(request, device: TOTPDevice) -> None:
    """Mark the session as having given the second factor (a new session key: privilege went up)."""
    request.session.cycle_key()
    otp_login(request, device)
    request.session[SESSION_FLAG] = [request.user.pk, True]
