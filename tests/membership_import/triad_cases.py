"""Permission-triad cases for bringing an existing register in (tests/test_permission_triad.py): the society's
secretary 200; another citizen and another district's officer 404; anonymous to the login page. A secretary
of another society gets 404 too (test_views.test_import_pages_secretary_of_another_society_gets_404)."""

from tests.triad import Case


def _job(p, state, **extra):
    from membership.models import RegisterImport

    secretary = p["secretary"]
    job = RegisterImport.objects.create(society=secretary.society, uploaded_by=secretary, file_name="triad.csv",
                                        file_kind="csv", state=state, **extra)
    return {"pk": secretary.society.pk, "job_pk": job.pk}, secretary, ""


def _upload(p):
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _template(p):
    return {"pk": p["secretary"].society.pk, "fmt": "xlsx"}, p["secretary"], ""


def _ready(p):
    row = {"row": 2, "number": 1, "name": "Triad Import Name", "parent_name": "", "shares": 0,
           "admitted_on": "2001-01-01"}
    return _job(p, "ready", rows=[row], rows_total=1)


def _refused(p):
    return _job(p, "refused", problem_count=1, rows_total=1)


def _importing(p):
    return _job(p, "importing", rows_total=10, rows_done=4)


def _done(p):
    return _job(p, "done", rows_total=3, rows_done=3, members_entered=3)


CASES = [
    Case("society_register_import", "owner", build=_upload),
    Case("society_register_import_template", "owner", build=_template),
    Case("society_register_import_report", "owner", build=_refused),
    Case("society_register_import_report_csv", "owner", build=_refused),
    Case("society_register_import_confirm", "owner", build=_ready),
    Case("society_register_import_progress", "owner", build=_importing),
    Case("society_register_import_result", "owner", build=_done),
]
