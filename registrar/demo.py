"""Demo data of the office: officers of every rank, a citizen, holidays of the current year."""

from datetime import date

from django.db import transaction

from .models import District, Holiday, Office, Officer, Rank, User

DEMO_PASSWORD = "demo-pass-2026"

# (username, full name, rank, office district code or None, jurisdiction district codes)
OFFICERS = [
    ("rcs", "Anupam Baruah", Rank.RCS, None, []),
    ("jointrcs", "Rina Hazarika", Rank.JOINT_RCS, None, []),
    ("arcs.sonitpur", "Pranjal Bora", Rank.ARCS, "SNT", ["SNT", "BSN"]),
    ("arcs.kamrup", "Mousumi Deka", Rank.ARCS, "KMR", ["KMR"]),
    ("arcs.jorhat", "Dipankar Saikia", Rank.ARCS, "JRH", ["JRH"]),
    ("inspector.sonitpur", "Bikash Kalita", Rank.INSPECTOR, "SNT", ["SNT"]),
    ("auditor.sonitpur", "Jyotishmita Das", Rank.AUDITOR, "SNT", ["SNT"]),
]
CITIZENS = [("citizen", "Hemanta Nath", "citizen@example.in")]

# Demo list only: confirm against the Government of Assam's holiday notification before relying on it.
HOLIDAYS_2026 = [
    ("2026-01-15", "Magh Bihu"), ("2026-01-26", "Republic Day"), ("2026-01-31", "Me-Dam-Me-Phi"),
    ("2026-03-04", "Doul Utsav (Holi)"), ("2026-03-20", "Id-ul-Fitr"), ("2026-04-03", "Good Friday"),
    ("2026-04-14", "Bohag Bihu"), ("2026-04-15", "Bohag Bihu"), ("2026-05-27", "Id-uz-Zuha"),
    ("2026-08-15", "Independence Day"), ("2026-09-04", "Janmashtami"), ("2026-10-02", "Gandhi Jayanti"),
    ("2026-10-18", "Kati Bihu"), ("2026-10-19", "Durga Puja (Navami)"), ("2026-10-20", "Durga Puja (Dashami)"),
    ("2026-11-08", "Kali Puja and Diwali"), ("2026-11-24", "Lachit Divas"), ("2026-12-25", "Christmas Day"),
]

LOGINS: list[tuple[str, str, str]] = []  # (role, username, what to try) — filled by each app's seed


def demo_user(username: str, full_name: str, email: str | None = None) -> User:
    first, _sep, last = full_name.partition(" ")
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"first_name": first, "last_name": last, "email": email or f"{username}@demo.rcs.assam.gov.in"},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


@transaction.atomic
def seed(*, today: date, stdout) -> None:
    directorate = Office.objects.get(kind=Office.Kind.DIRECTORATE)
    for username, name, rank, office_code, codes in OFFICERS:
        user = demo_user(username, name)
        office = Office.objects.get(district__code=office_code) if office_code else directorate
        officer, _ = Officer.objects.get_or_create(user=user, defaults={"rank": rank, "office": office})
        officer.districts.set(District.objects.filter(code__in=codes))
        if rank == Rank.RCS:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
    for username, name, email in CITIZENS:
        demo_user(username, name, email)
    if today.year == 2026:
        for iso, name in HOLIDAYS_2026:
            Holiday.objects.get_or_create(date=date.fromisoformat(iso), defaults={"name": name})
    register_login("Registrar (RCS, Directorate, whole state; also /admin/)", "rcs", demo_second_factor("rcs"))
    register_login("Joint Registrar (Directorate)", "jointrcs", demo_second_factor("jointrcs"))
    register_login("ARCS, Sonitpur district office", "arcs.sonitpur")
    register_login("ARCS, Kamrup district office", "arcs.kamrup")
    register_login("Auditor, Sonitpur", "auditor.sonitpur")
    register_login("Citizen / applicant", "citizen")


def demo_second_factor(username: str) -> str:
    """Statewide ranks and superusers need a TOTP code after the password (issue 11 § 8). The demo gives each
    such login a confirmed device and prints its secret: add it to an authenticator app, or print the current
    code with `manage.py demo_totp <username>`. Idempotent: a re-seed keeps the device and its secret."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from .second_factor import secret_of

    user = User.objects.get(username=username)
    device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, confirmed=True)
    return f"TOTP secret {secret_of(device).replace(' ', '')}"


DEMO_DEVICE_NAME = "demo"


def register_login(role: str, username: str, note: str = "") -> None:
    """Once per username; a re-seed replaces the entry, so the printed note (a TOTP secret) is today's."""
    for i, existing in enumerate(LOGINS):
        if existing[1] == username:
            LOGINS[i] = (role, username, note)
            return
    LOGINS.append((role, username, note))


def print_logins(stdout) -> None:
    stdout.write("")
    stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
    stdout.write("  Logins with a TOTP secret then ask for a code: add the secret to an authenticator app, or run")
    stdout.write("  `.venv/bin/python manage.py demo_totp <username>` for the current code.")
    for role, username, note in LOGINS:
        stdout.write(f"  {role:<58} {username}{'  — ' + note if note else ''}")
