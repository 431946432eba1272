"""The decisions and letters made before the register existed become Orders (issue 13 point 1; ADR 0035).

Certificates (of registration, or the system certificate of a deemed registration), refused applications, query
memos, hearing notices (applications with a hearing date), decided compliance flags, s.41(6) appointments and
rectification orders each become one Order, keeping their numbers and the certificates' tokens (printed QR codes
keep verifying). The date of communication is the recorded dispatch date where one exists (a certificate's or
refusal's `dispatched_on`, a query memo's `sent_on`, a hearing notice's `hearing_notice_on`); otherwise it is
left empty with `communication_recorded=False`, so the windows run from the date made and the order says
"communication date not recorded" (Order.effective_communication_date), and the officer may still enter the
real dispatch. Refusals, query memos and hearing notices had no number: they are numbered in their series
through the same ReferenceCounter rows `registrar.numbering` uses (series "order:REF" ...), so numbers issued
afterwards continue without collision. A deemed certificate that a rectification order set aside (the refusal
had in fact been dispatched) is marked set aside by that order.

Historical models only; the kinds' particulars are frozen below as they were declared when this was written.
Idempotent (a record that already has its Order is skipped) and reversible: the reverse deletes the rows marked
`migrated` and puts the counters back to the highest number still in the register.
"""

from datetime import date

from django.db import migrations, models
from django.db.models import Q
from django.utils import timezone

from orders.naming import counter_series, format_order_number, order_subject, rule_section

COMMENCEMENT = date(2012, 3, 10)  # the Act's commencement: Order's CHECK constraint order_made_since_act

# Kind code -> (series, section, rule id, decides, reviewable, appealable, statewide), as orders/kinds.py
# declared them when this migration was written.
KINDS = {
    "registration.certificate": ("CRT", "11", "registration_certificate_60d", True, True, True, False),
    "registration.deemed_certificate": ("CRT", "11", "registration_deemed_60d", True, False, False, False),
    "registration.refusal": ("REF", "10(2)", "registration_refusal_60d", True, True, True, False),
    "registration.query_memo": ("QRY", "10(1)", "registration_refusal_60d", False, False, False, False),
    "registration.hearing_notice": ("HRG", "10(2) proviso", "registration_refusal_60d", False, False, False, False),
    "governance.flag_order": ("FLG", "", "", True, True, True, False),
    "governance.officer_in_charge": ("OIC", "41(6)", "registrar_officer_constitutes_board_90d", True, True, True,
                                     False),
    "registrar.rectification": ("RECT", "111(2)", "registrar_review_60d", True, True, True, True),
}
NUMBERED_HERE = ("REF", "QRY", "HRG")  # series that had no number before the register

REFUSED_ACTION = "societies.application_refused"
HEARING_ACTION = "societies.hearing_scheduled"
DEEMED_ACTION = "societies.deemed_registered"


class _Migrator:
    def __init__(self, apps):
        self.apps = apps
        self.Order = apps.get_model("orders", "Order")
        self.ContentType = apps.get_model("contenttypes", "ContentType")
        self.Officer = apps.get_model("registrar", "Officer")
        self.Counter = apps.get_model("registrar", "ReferenceCounter")
        self.Entry = apps.get_model("registrar", "ActivityEntry")
        self._types = {}
        self._ranks = {}
        self.created = 0

    def content_type(self, app_label, model):
        key = (app_label, model)
        if key not in self._types:
            self._types[key] = self.ContentType.objects.get_or_create(app_label=app_label, model=model)[0]
        return self._types[key]

    def rank(self, user_id):
        if user_id is None:
            return ""
        if user_id not in self._ranks:
            self._ranks[user_id] = (self.Officer.objects.filter(user_id=user_id).values_list("rank", flat=True)
                                    .first() or "")
        return self._ranks[user_id]

    def exists(self, kind, target_type, target_id):
        return self.Order.objects.filter(kind=kind, target_type=target_type, target_id=target_id).exists()

    def take_number(self, series, district, year):
        """The next number of the series, as registrar.numbering.next_number takes it (one counter row per
        series, district and year)."""
        counter, _ = self.Counter.objects.get_or_create(series=counter_series(series), district=district,
                                                         year=year, defaults={"last": 0})
        counter.last += 1
        counter.save(update_fields=["last"])
        return format_order_number(series, district.code if district is not None else None, year, counter.last)

    def entry(self, action, target):
        return self.Entry.objects.filter(action=action, target=target).order_by("-seq").first()

    def issue(self, kind, *, target_type, target_id, made_on, subject, society=None, district=None, officer_id=None,
              number=None, communicated_on=None, token=None, section=None, rule_id=None):
        if made_on is None or made_on < COMMENCEMENT:
            return None  # the register starts with the Act; the CHECK constraint refuses earlier dates
        if self.exists(kind, target_type, target_id):
            return None
        series, kind_section, kind_rule, decides, reviewable, appealable, statewide = KINDS[kind]
        if district is None and society is not None:
            district = society.district
        if number is None:
            number = self.take_number(series, None if statewide else district, made_on.year)
        if communicated_on is not None and communicated_on < made_on:
            communicated_on = None  # never before the date made (CHECK order_communicated_after_made)
        order = self.Order(
            number=number, series=series, kind=kind, issuer="office", decides=decides,
            section=kind_section if section is None else section, rule_id=kind_rule if rule_id is None else rule_id,
            subject=subject, society=society, district=district, target_type=target_type, target_id=target_id,
            officer_id=officer_id, officer_rank=self.rank(officer_id), made_on=made_on,
            communicated_on=communicated_on, communication_recorded=communicated_on is not None,
            reviewable=reviewable, appealable=appealable, migrated=True,
        )
        if token:
            order.token = token
        order.save()
        self.created += 1
        return order


def _certificates(m):
    Certificate = m.apps.get_model("societies", "Certificate")
    target_type = m.content_type("societies", "certificate")
    for certificate in (Certificate.objects.select_related("society__district", "application")
                        .order_by("issued_on", "pk")):
        society = certificate.society
        application = certificate.application
        dispatched = application.dispatched_on if application is not None and not certificate.is_deemed else None
        m.issue("registration.deemed_certificate" if certificate.is_deemed else "registration.certificate",
                target_type=target_type, target_id=certificate.pk, made_on=certificate.issued_on,
                subject=order_subject(society.name, society.registration_number), society=society,
                officer_id=certificate.issued_by_id, number=society.registration_number,
                communicated_on=dispatched, token=certificate.token)


def _applications(m):
    Application = m.apps.get_model("societies", "RegistrationApplication")
    QueryMemo = m.apps.get_model("societies", "QueryMemo")
    application_type = m.content_type("societies", "registrationapplication")
    memo_type = m.content_type("societies", "querymemo")
    letters = []  # (made_on, pk order) so each series is numbered in date order
    for memo in QueryMemo.objects.select_related("application__district"):
        letters.append((memo.sent_on, 0, memo.pk, "memo", memo))
    for application in Application.objects.filter(hearing_on__isnull=False).select_related("district"):
        made = application.hearing_notice_on
        if made is None:
            entry = m.entry(HEARING_ACTION, f"societies.registrationapplication:{application.pk}")
            made = timezone.localdate(entry.at) if entry is not None else application.received_on
        letters.append((made, 1, application.pk, "hearing", application))
    for application in Application.objects.filter(state="refused").select_related("district"):
        letters.append((application.decided_on or application.dispatched_on, 2, application.pk, "refusal",
                        application))
    for made_on, _rank, _pk, what, row in sorted(letters, key=lambda t: (t[0] or date.min, t[1], t[2])):
        if what == "memo":
            application = row.application
            m.issue("registration.query_memo", target_type=memo_type, target_id=row.pk, made_on=made_on,
                    subject=order_subject(application.proposed_name,
                                          f"{application.acknowledgement_number}, query {row.number}"),
                    district=application.district, officer_id=row.sent_by_id, communicated_on=row.sent_on)
        elif what == "hearing":
            m.issue("registration.hearing_notice", target_type=application_type, target_id=row.pk, made_on=made_on,
                    subject=order_subject(row.proposed_name, row.acknowledgement_number or ""),
                    district=row.district, officer_id=_actor(m, HEARING_ACTION, row),
                    communicated_on=row.hearing_notice_on)
        else:
            m.issue("registration.refusal", target_type=application_type, target_id=row.pk, made_on=made_on,
                    subject=order_subject(row.proposed_name, row.acknowledgement_number or ""),
                    district=row.district, officer_id=_actor(m, REFUSED_ACTION, row),
                    communicated_on=row.dispatched_on)


def _actor(m, action, application):
    entry = m.entry(action, f"societies.registrationapplication:{application.pk}")
    return entry.actor_id if entry is not None else None


def _governance(m):
    Flag = m.apps.get_model("governance", "ComplianceFlag")
    Appointment = m.apps.get_model("governance", "OfficerAppointment")
    Rectification = m.apps.get_model("registrar", "RectificationOrder")
    flag_type = m.content_type("governance", "complianceflag")
    appointment_type = m.content_type("governance", "officerappointment")
    rectification_numbers = set(Rectification.objects.values_list("number", flat=True))
    for flag in (Flag.objects.exclude(state="open").exclude(order_number="").select_related("society__district")
                 .order_by("decided_on", "pk")):
        if flag.order_number in rectification_numbers:
            continue  # disposed of by a rectification order: that order is its entry in the register
        m.issue("governance.flag_order", target_type=flag_type, target_id=flag.pk, made_on=flag.decided_on,
                subject=order_subject(flag.society.name, flag.get_kind_display()), society=flag.society,
                officer_id=flag.decided_by_id, number=flag.order_number, section=rule_section(flag.rule_id),
                rule_id=flag.rule_id)
    for appointment in Appointment.objects.select_related("society__district").order_by("appointed_on", "pk"):
        m.issue("governance.officer_in_charge", target_type=appointment_type, target_id=appointment.pk,
                made_on=appointment.appointed_on,
                subject=order_subject(appointment.society.name, "officer in charge under s.41(6)"),
                society=appointment.society, officer_id=appointment.appointed_by_id,
                number=appointment.order_number)


def _rectifications(m):
    Rectification = m.apps.get_model("registrar", "RectificationOrder")
    Certificate = m.apps.get_model("societies", "Certificate")
    rectification_type = m.content_type("registrar", "rectificationorder")
    certificate_type = m.content_type("societies", "certificate")
    for rectification in (Rectification.objects.select_related("society__district", "entry")
                          .order_by("made_on", "pk")):
        society = rectification.society
        order = m.issue("registrar.rectification", target_type=rectification_type, target_id=rectification.pk,
                        made_on=rectification.made_on,
                        subject=order_subject(society.name if society else "",
                                              f"rectification of entry #{rectification.entry.seq}"),
                        society=society, officer_id=rectification.made_by_id, number=rectification.number)
        if order is None or rectification.entry.action != DEEMED_ACTION or rectification.outcome != "refusal":
            continue
        # The refusal had in fact been dispatched: the system certificate of the deemed registration is set aside.
        certificate = Certificate.objects.filter(society_id=rectification.entry.society_id).first()
        if certificate is None:
            continue
        m.Order.objects.filter(kind="registration.deemed_certificate", target_type=certificate_type,
                               target_id=certificate.pk, set_aside_on__isnull=True,
                               made_on__lte=rectification.made_on).update(
            set_aside_by=order, set_aside_on=rectification.made_on)


def enter_existing_orders(apps, schema_editor):
    m = _Migrator(apps)
    _certificates(m)
    _applications(m)
    _governance(m)
    _rectifications(m)


def remove_migrated_orders(apps, schema_editor):
    Order = apps.get_model("orders", "Order")
    Stay = apps.get_model("orders", "Stay")
    Counter = apps.get_model("registrar", "ReferenceCounter")
    migrated = Order.objects.filter(migrated=True)
    if Stay.objects.filter(order__in=migrated).exists():
        raise RuntimeError("Stays are recorded against orders entered by this migration; they cannot be removed "
                           "without losing the stays.")
    Order.objects.filter(set_aside_by__in=migrated).update(set_aside_by=None, set_aside_on=None)
    migrated.delete()
    # Put each counter this migration advanced back to the highest number still in the register, so a later
    # forward run (or the services) numbers on without a gap.
    for counter in Counter.objects.filter(series__in=[counter_series(s) for s in NUMBERED_HERE]).select_related(
            "district"):
        series = counter.series.split(":", 1)[1]
        prefix = format_order_number(series, counter.district.code if counter.district else None, counter.year, 0)
        prefix = prefix.rsplit("/", 1)[0] + "/"
        numbers = Order.objects.filter(number__startswith=prefix).values_list("number", flat=True)
        counter.last = max((int(n.rsplit("/", 1)[1]) for n in numbers if n.rsplit("/", 1)[1].isdigit()), default=0)
        counter.save(update_fields=["last"])


class Migration(migrations.Migration):
    # The data step runs in its own transaction, apart from the ALTER TABLEs: PostgreSQL refuses to alter a table
    # with pending (deferred foreign-key) trigger events from rows written in the same transaction, which the
    # reverse (delete, then drop the constraint) would otherwise do.
    atomic = False

    dependencies = [
        ('orders', '0001_register_of_orders'),
        ('governance', '0005_input_bounds'),
        ('registrar', '0020_activity_head_anchor'),
        ('societies', '0007_paper_application_natural_key'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='order',
            name='order_one_per_kind_and_target',
        ),
        migrations.AddField(
            model_name='order',
            name='migrated',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddConstraint(
            model_name='order',
            constraint=models.UniqueConstraint(condition=Q(('decides', True), ('set_aside_on__isnull', True), ('target_id__isnull', False)), fields=('kind', 'target_type', 'target_id'), name='order_one_in_force_per_kind_and_target'),
        ),
        migrations.RunPython(enter_existing_orders, remove_migrated_orders, atomic=True),
    ]
