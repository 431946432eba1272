"""Permission-triad cases for registration's URLs (walked by tests/test_permission_triad.py)."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.triad import Case


def _sonitpur():
    from registrar.models import District

    return District.objects.get(code="SNT")


def _draft(p):
    from tests.societies.helpers import make_draft

    application = make_draft(p["citizen"], _sonitpur())
    return {"pk": application.pk}, p["citizen"], ""


def _submitted(p):
    from tests.societies.helpers import make_submitted

    application = make_submitted(p["citizen"], _sonitpur(), received_on=date(2026, 11, 1))
    return {"pk": application.pk}, p["citizen"], application.acknowledgement_number


def _with_query(p):
    from societies.registration import services
    from tests.societies.helpers import make_submitted

    application = make_submitted(p["citizen"], _sonitpur(), received_on=date(2026, 11, 1))
    memo = services.application_send_query(application_id=application.pk, actor=p["arcs_officer"],
                                           today=date(2026, 11, 2), items=[{"subject": "Bye-laws", "reason": "missing"}])
    return {"pk": application.pk, "memo_pk": memo.pk}, p["citizen"], ""


def _with_upload(p):
    from societies.models import Upload
    from tests.societies.helpers import make_draft

    application = make_draft(p["citizen"], _sonitpur())
    upload = Upload.objects.create(application=application, kind="bye_laws", original_name="b.pdf", size=9,
                                   file=SimpleUploadedFile("b.pdf", b"%PDF-1.4\n"))
    return {"pk": application.pk, "upload_pk": upload.pk}, p["citizen"], ""


def _deemed(p):
    from societies.registration.sweepers import applications_deem_registered
    from tests.societies.helpers import make_submitted, reload

    application = make_submitted(p["citizen"], _sonitpur(), received_on=date(2026, 1, 15))
    applications_deem_registered(today=date(2026, 3, 17))
    return {"pk": application.pk}, p["citizen"], reload(application).society.certificate.token


def _certificate_token(p):
    kwargs, _owner, token = _deemed(p)
    return {"token": token}, None, ""


def _with_hearing(p):
    from societies.registration import services
    from tests.societies.helpers import make_submitted

    application = make_submitted(p["citizen"], _sonitpur(), received_on=date(2026, 11, 1))
    services.application_start_scrutiny(application_id=application.pk, actor=p["arcs_officer"])
    services.application_schedule_hearing(application_id=application.pk, actor=p["arcs_officer"],
                                          today=date(2026, 11, 2), hearing_on=date(2026, 11, 20),
                                          grounds="Same area of operation as a registered society.")
    return {"pk": application.pk}, p["citizen"], ""


def _refused(p):
    from societies.registration import services

    kwargs, owner, marker = _with_hearing(p)
    services.application_refuse(application_id=kwargs["pk"], actor=p["arcs_officer"], today=date(2026, 11, 21),
                                reasons="s.6(3): same area of operation.", dispatched_on=date(2026, 11, 21))
    return kwargs, owner, marker


def _office_record(p):
    kwargs, _owner, number = _submitted(p)
    return kwargs, None, number


def _office_act(p):
    kwargs, _owner, number = _submitted(p)
    return {**kwargs, "action": "claim"}, None, number


CASES = [
    Case("verify_certificate", "public", build=_certificate_token),
    Case("application_list", "authenticated"),
    Case("application_new", "authenticated"),
    Case("application_detail", "owner", build=_submitted),
    Case("application_edit", "owner", build=_draft),
    Case("application_answer", "owner", build=_with_query),
    Case("application_document", "owner", build=_with_upload),
    Case("application_certificate", "owner", build=_deemed),
    Case("application_query_memo_pdf", "owner", build=_with_query,
         notes="officers in jurisdiction 200 / other district 404: tests/societies/test_letters.py"),
    Case("application_hearing_notice_pdf", "owner", build=_with_hearing),
    Case("application_refusal_order_pdf", "owner", build=_refused),
    Case("application_submit", "owner", build=_draft, ok_status=405, notes="POST-only; GET is 405 after the check"),
    Case("application_withdraw", "owner", build=_submitted, ok_status=405, notes="POST-only"),
    Case("application_upload", "owner", build=_draft, ok_status=405, notes="POST-only"),
    Case("application_review", "owner", build=_draft),
    Case("application_document_remove", "owner", build=_with_upload, ok_status=405, notes="POST-only"),
    Case("application_acknowledgement_pdf", "owner", build=_submitted,
         notes="officers in jurisdiction 200: tests/societies/test_applicant_flow.py"),
    Case("office_applications", "office", build=lambda p: ({}, None, _submitted(p)[2])),
    Case("office_application_paper", "office"),
    Case("office_application_detail", "office", build=_office_record),
    Case("office_application_act", "office", build=_office_act, ok_status=405, notes="POST-only"),
]
