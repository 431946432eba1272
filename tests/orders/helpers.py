"""Orders for the register's page tests, entered with the real service (orders.services.order_issue)."""

from datetime import date

from registrar.models import District


def district(code="SNT"):
    return District.objects.get(code=code)


def make_society(code="SNT", n=1, name=None):
    from societies.models import Society

    return Society.objects.create(
        registration_number=f"{code}/REG/2025/{n:04d}", name=name or f"Orders Test {n} Co-operative Society Limited",
        society_type="dairy", district=district(code), address=f"Village {n}", registered_on=date(2025, 4, 10))


def make_order(*, kind="governance.flag_order", subject="Order on the compliance flag", made_on=date(2026, 11, 2),
               society=None, district_code="SNT", officer=None, **extra):
    from orders.services import order_issue

    return order_issue(kind=kind, subject=subject, made_on=made_on, society=society,
                       district=None if district_code is None else district(district_code), officer=officer,
                       **extra)
