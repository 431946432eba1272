"""Demo admissions and leaving (issue 14 point 8): in a society of the demo secretary, an application received
85 days ago (deemed admitted in six days unless the Board refuses it) and a termination in its appeal window.
Made through the services, so the clocks, the register of orders and the activity log hold them. Idempotent."""

from datetime import date, timedelta

from guardian.shortcuts import get_objects_for_user

from registrar.demo import demo_user

from .models import Channel, Member, MembershipApplication, Termination

APPLICANT = "Pranita Deka"


def seed(*, today: date, stdout) -> None:
    from societies.models import Society

    from .services import admission, leaving

    secretary = demo_user("secretary", "Nilima Borah", "secretary@example.in")
    society = (get_objects_for_user(secretary, "societies.act_as_secretary", klass=Society, accept_global_perms=False)
               .filter(members__isnull=False).order_by("pk").first())
    if society is None:
        stdout.write("membership admissions: no society of the demo secretary has a register; skipped\n")
        return
    if not MembershipApplication.objects.filter(society=society, person__name=APPLICANT).exists():
        received = today - timedelta(days=85)
        admission.application_submit(
            society_id=society.pk, actor=secretary, today=received, channel=Channel.PAPER, applied_on=received,
            received_on=received, occupation="Weaver",
            particulars={"name": APPLICANT, "parent_name": "Kamal Deka", "parent_relation": "father",
                         "gender": "woman", "age_years": 29, "address": "Ward 2, Dhekiajuli, Sonitpur"})
    if not Termination.objects.filter(society=society).exists():
        member = (Member.objects.filter(society=society, ceased_on__isnull=True,
                                        admitted_on__lte=today - timedelta(days=400))
                  .select_related("person").order_by("-number").first())
        if member is not None:
            decided = today - timedelta(days=10)
            leaving.termination_resolve(
                member_id=member.pk, actor=secretary, today=today, ground="c",
                ground_detail="Loan instalments of Rs 18,400 unpaid since March 2023 despite three notices.",
                decided_on=decided, heard_on=decided - timedelta(days=7), present_and_voting=7, votes_for=6,
                bar_until=decided.replace(year=decided.year + 2) if not (decided.month == 2 and decided.day == 29)
                else decided + timedelta(days=730),
                communicated_on=decided, received_on=decided + timedelta(days=2))
    stdout.write(f"membership admissions: {society.name}: an application nearing deemed admission, "
                 "a termination in its appeal window\n")
