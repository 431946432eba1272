from datetime import date

from registrar.models import District
from societies.governance.models import OfficerAppointment
from societies.models import Society
from societies.registration.models import RegistrationApplication
from societies.registration.services import application_claim
from tests.societies.helpers import make_submitted


def society(district_code: str, number: str, name: str) -> Society:
    return Society.objects.create(registration_number=number, name=name, society_type="dairy",
                                  district=District.objects.get(code=district_code), address="Sonitpur",
                                  registered_on=date(2024, 4, 10))


def appointment(society, officer_user, *, order_number: str, ended_on=None) -> OfficerAppointment:
    return OfficerAppointment.objects.create(society=society, officer=officer_user, appointed_by=officer_user,
                                             appointed_on=date(2026, 1, 5), order_number=order_number,
                                             board_due_on=date(2026, 4, 5), ended_on=ended_on)


def give_cases(officer_user, applicant, district_code="SNT", *, names=("Borgaon", "Dhekiajuli")) -> dict:
    """Two open applications claimed by the officer, one withdrawn application still naming them, one current
    s.41(6) charge and one ended charge."""
    district = District.objects.get(code=district_code)
    open_apps = []
    for word in names:
        application = make_submitted(applicant, district, name=f"{word} Fishery Co-operative Society Limited")
        application_claim(application_id=application.pk, actor=officer_user)
        open_apps.append(application)
    closed = make_submitted(applicant, district, name="Closed Fishery Co-operative Society Limited")
    RegistrationApplication.objects.filter(pk=closed.pk).update(state="withdrawn", assigned_officer=officer_user)
    current = appointment(society(district_code, f"{district_code}/REG/2024/0101", "Tezpur Weavers Co-operative "
                                  "Society Limited"), officer_user, order_number=f"OIC/{district_code}/1")
    ended = appointment(society(district_code, f"{district_code}/REG/2024/0102", "Ended Weavers Co-operative "
                                "Society Limited"), officer_user, order_number=f"OIC/{district_code}/2",
                        ended_on=date(2026, 2, 1))
    return {"open_apps": open_apps, "closed_app": closed, "current": current, "ended": ended}
