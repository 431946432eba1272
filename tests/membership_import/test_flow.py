"""The import end to end: pages, all or nothing, the activity entries after the commit, progress, templates."""

import csv
import html
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from membership.imports import actions as import_actions
from membership.models import (
    AdmissionBasis,
    Member,
    MemberVersion,
    Nomination,
    Person,
    RegisterImport,
    ShareLedgerEntry,
)
from membership.services import imports as service
from registrar.activity import ActivityEntry
from tests.membership.helpers import make_member, make_person, make_society

from .helpers import HEADERS, csv_bytes, many_rows, row, xlsx_bytes


@pytest.fixture
def society(secretary):
    return secretary.society


def _upload(society, secretary, data, capture, name="register.csv"):
    with capture(execute=True):
        job = service.register_import_upload(society_id=society.pk, actor=secretary, name=name, data=data)
    job.refresh_from_db()
    return job


def _confirm(job, secretary, capture):
    with capture(execute=True):
        service.register_import_confirm(job_id=job.pk, actor=secretary)
    job.refresh_from_db()
    return job


def test_import_pages_upload_report_confirm_progress_result(client, secretary, society,
                                                           django_capture_on_commit_callbacks):
    client.force_login(secretary)
    rows = [row(1, Nominee="Mamoni Bora", **{"Nominee's relation": "wife", "Shares held": "4"}),
            row(2, Category="অনুসূচিত জনজাতি", **{"Date of admission": "1987-03-01"}), row(3)]
    upload = reverse("society_register_import", kwargs={"pk": society.pk})
    assert client.get(upload).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(upload, {"file": SimpleUploadedFile("register.xlsx", xlsx_bytes(rows))})
    job = RegisterImport.objects.get(society=society)
    assert response["Location"] == reverse("society_register_import_report", kwargs={"pk": society.pk,
                                                                                    "job_pk": job.pk})
    assert job.state == RegisterImport.State.READY and job.file_kind == "xlsx"
    assert not Member.objects.filter(society=society).exists()  # nothing saved before the confirmation
    report = client.get(response["Location"]).content.decode()
    assert "All 3 rows were checked and have no problem." in report
    confirm = reverse("society_register_import_confirm", kwargs={"pk": society.pk, "job_pk": job.pk})
    assert "3 members will be entered" in client.get(confirm).content.decode()
    assert client.post(confirm, {}).status_code == 200  # without confirmed=yes nothing happens
    assert RegisterImport.objects.get(pk=job.pk).state == RegisterImport.State.READY
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm, {"confirmed": "yes"})
    progress = reverse("society_register_import_progress", kwargs={"pk": society.pk, "job_pk": job.pk})
    assert response["Location"] == progress
    response = client.get(progress, follow=True)  # the task has run: progress sends on to the result
    assert response.redirect_chain[-1][0] == reverse("society_register_import_result",
                                                     kwargs={"pk": society.pk, "job_pk": job.pk})
    assert "3 members from “register.xlsx” were entered in the register." in html.unescape(
        response.content.decode())
    entries = {m.number: m for m in Member.objects.filter(society=society).select_related("person")}
    assert sorted(entries) == [1, 2, 3]
    assert {m.admission_basis for m in entries.values()} == {AdmissionBasis.EXISTING_REGISTER}
    assert entries[2].category == "st" and str(entries[2].admitted_on) == "1987-03-01"
    assert entries[1].person.age_years == 30 and entries[1].person.age_on == entries[1].admitted_on
    assert MemberVersion.objects.filter(society=society, valid_to__isnull=True).count() == 3
    assert ShareLedgerEntry.objects.get(member=entries[1]).shares == 4
    assert Nomination.objects.get(member=entries[1]).nominee_name == "Mamoni Bora"
    job.refresh_from_db()
    assert (job.state, job.rows_done, job.rows_total, job.members_entered, job.rows) == ("done", 3, 3, 3, [])
    register = client.get(reverse("society_members", kwargs={"pk": society.pk})).content.decode()
    assert "Member 2 Bora" in register


def test_import_failure_at_row_19999_saves_nothing(secretary, society, django_capture_on_commit_callbacks):
    """20,000 rows are checked; then member No. 19,999 is entered by hand, so the import's last chunk breaks
    the unique member number after 18,000 rows went in: the whole import rolls back."""
    job = _upload(society, secretary, csv_bytes(many_rows(20_000)), django_capture_on_commit_callbacks)
    assert job.state == RegisterImport.State.READY and job.rows_total == 20_000
    assert 9 * service.CHUNK < 19_999  # the clash is in the last chunk, after nine chunks were written
    make_member(society, 19_999, person=make_person("Entered By Hand"))
    people, entries_before = Person.objects.count(), ActivityEntry.objects.count()
    job = _confirm(job, secretary, django_capture_on_commit_callbacks)
    assert job.state == RegisterImport.State.FAILED
    assert job.file_error_params == {"number": 19_999}
    assert job.file_error == str(service.NUMBER_TAKEN)
    assert list(Member.objects.filter(society=society).values_list("number", flat=True)) == [19_999]
    assert MemberVersion.objects.filter(society=society).count() == 1
    assert Person.objects.count() == people
    assert not ShareLedgerEntry.objects.filter(society=society).exists()
    assert ActivityEntry.objects.count() == entries_before  # nothing logged for an import that saved nothing


def test_import_activity_entries_written_in_one_batch_after_the_rows(secretary, society, monkeypatch,
                                                                      django_capture_on_commit_callbacks):
    from registrar import activity

    job = _upload(society, secretary, csv_bytes(many_rows(1_200)), django_capture_on_commit_callbacks)
    seen = []
    original = activity._lock_chain_head

    def spy():
        seen.append(Member.objects.filter(society=society).count())
        return original()

    monkeypatch.setattr(activity, "_lock_chain_head", spy)
    before = ActivityEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    _confirm(job, secretary, django_capture_on_commit_callbacks)
    assert seen == [1_200] * 4  # every entry written after every row was entered: 3 parts of <= 500, the import
    logged = list(ActivityEntry.objects.filter(seq__gt=before).order_by("seq"))
    assert [e.action for e in logged] == [import_actions.ImportAction.MEMBERS_IMPORTED] * 3 + [
        import_actions.ImportAction.REGISTER_IMPORTED]
    assert [e.seq for e in logged] == list(range(before + 1, before + 5))  # one run, nothing in between
    numbers = [n for e in logged[:3] for n in e.data["numbers"]]
    assert numbers == list(range(1, 1_201))
    assert logged[-1].data == {"import": job.pk, "file": "register.csv", "members": 1_200}


def test_import_refused_job_cannot_be_confirmed(client, secretary, society, django_capture_on_commit_callbacks):
    job = _upload(society, secretary, csv_bytes([row(1, **{"Age at admission": "16"})]),
                  django_capture_on_commit_callbacks)
    assert job.state == RegisterImport.State.REFUSED and job.problem_count == 1
    with pytest.raises(ValidationError):
        service.register_import_confirm(job_id=job.pk, actor=secretary)
    client.force_login(secretary)
    confirm = reverse("society_register_import_confirm", kwargs={"pk": society.pk, "job_pk": job.pk})
    response = client.post(confirm, {"confirmed": "yes"})
    assert response.status_code == 302 and RegisterImport.objects.get(pk=job.pk).state == "refused"
    report = client.get(reverse("society_register_import_report", kwargs={"pk": society.pk, "job_pk": job.pk}))
    page = report.content.decode()
    assert "1 problem was found. Nothing was saved" in page
    assert "a member must have completed 18 years" in html.unescape(page)


def test_import_second_upload_while_one_is_open_is_refused(secretary, society):
    RegisterImport.objects.create(society=society, uploaded_by=secretary, file_name="a.csv", file_kind="csv")
    with pytest.raises(ValidationError) as caught:
        service.register_import_upload(society_id=society.pk, actor=secretary, name="b.csv",
                                       data=csv_bytes([row(1)]))
    assert caught.value.messages == [str(service.ALREADY_OPEN)]


def test_import_progress_page_refreshes_and_shows_rows_done(client, secretary, society):
    job = RegisterImport.objects.create(society=society, uploaded_by=secretary, file_name="a.csv", file_kind="csv",
                                        state="importing", rows_total=20_000, rows_done=6_000)
    client.force_login(secretary)
    response = client.get(reverse("society_register_import_progress", kwargs={"pk": society.pk, "job_pk": job.pk}))
    assert response.status_code == 200 and response["Refresh"] == "2"
    page = response.content.decode()
    assert "6000 of 20000 rows entered." in page and 'value="6000"' in page and "30%" in page
    assert "<script" not in page.split("</nav>", 1)[-1].split("<footer", 1)[0]  # no inline script (CSP)
    checking_job = RegisterImport.objects.create(society=make_society(society.district), uploaded_by=secretary,
                                                 file_name="b.csv", file_kind="csv")
    checking_job.society = society
    checking_job.save()
    response = client.get(reverse("society_register_import_report", kwargs={"pk": society.pk,
                                                                            "job_pk": checking_job.pk}))
    assert response["Refresh"] == "2" and "being checked" in response.content.decode()


def test_import_report_csv_neutralises_formulas(client, secretary, society, django_capture_on_commit_callbacks):
    job = _upload(society, secretary, csv_bytes([row(1, Name="@SUM(A1)", **{"Shares held": "-3"})]),
                  django_capture_on_commit_callbacks)
    client.force_login(secretary)
    response = client.get(reverse("society_register_import_report_csv", kwargs={"pk": society.pk,
                                                                               "job_pk": job.pk}))
    text = response.content.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0][:4] == ["row", "column", "value", "reason"]
    values = {line[1]: line[2] for line in lines[1:]}
    assert values == {"Name": "'@SUM(A1)", "Shares held": "'-3"}


def test_import_templates_have_the_columns_and_pass_the_check(client, secretary, society,
                                                              django_capture_on_commit_callbacks):
    from openpyxl import load_workbook

    client.force_login(secretary)
    csv_file = client.get(reverse("society_register_import_template", kwargs={"pk": society.pk, "fmt": "csv"}))
    assert csv_file.content.startswith("\ufeff".encode()) and csv_file["Content-Type"].startswith("text/csv")
    assert next(csv.reader(io.StringIO(csv_file.content.decode("utf-8-sig")))) == HEADERS
    xlsx = client.get(reverse("society_register_import_template", kwargs={"pk": society.pk, "fmt": "xlsx"}))
    sheet = load_workbook(io.BytesIO(xlsx.content), read_only=True).worksheets[0]
    assert [c.value for c in next(sheet.iter_rows())] == HEADERS
    assert client.get(reverse("society_register_import_template", kwargs={"pk": society.pk,
                                                                         "fmt": "ods"})).status_code == 404
    job = _upload(society, secretary, xlsx.content, django_capture_on_commit_callbacks, name="template.xlsx")
    assert (job.state, job.rows_total) == ("ready", 1)


def test_import_pages_secretary_of_another_society_gets_404(client, secretary, sonitpur):
    from guardian.shortcuts import assign_perm

    from tests.conftest import make_user

    other_secretary = make_user("secretary.other")
    other = make_society(sonitpur)
    assign_perm("societies.act_as_secretary", other_secretary, other)
    job = RegisterImport.objects.create(society=secretary.society, uploaded_by=secretary, file_name="a.csv",
                                        file_kind="csv", state="done")
    client.force_login(other_secretary)
    pk = secretary.society.pk
    for name, kwargs in (("society_register_import", {"pk": pk}),
                         ("society_register_import_template", {"pk": pk, "fmt": "csv"}),
                         ("society_register_import_report", {"pk": pk, "job_pk": job.pk}),
                         ("society_register_import_report_csv", {"pk": pk, "job_pk": job.pk}),
                         ("society_register_import_confirm", {"pk": pk, "job_pk": job.pk}),
                         ("society_register_import_progress", {"pk": pk, "job_pk": job.pk}),
                         ("society_register_import_result", {"pk": pk, "job_pk": job.pk})):
        assert client.get(reverse(name, kwargs=kwargs)).status_code == 404, name
    # Their own society's page works, and another society's job is not reachable through it.
    assert client.get(reverse("society_register_import", kwargs={"pk": other.pk})).status_code == 200
    assert client.get(reverse("society_register_import_report", kwargs={"pk": other.pk,
                                                                        "job_pk": job.pk})).status_code == 404


def test_import_report_reasons_shown_in_assamese(client, secretary, society, django_capture_on_commit_callbacks):
    from django.conf import settings

    job = _upload(society, secretary, csv_bytes([row(1, **{"Age at admission": "16"})]),
                  django_capture_on_commit_callbacks)
    client.force_login(secretary)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "as"
    page = client.get(reverse("society_register_import_report", kwargs={"pk": society.pk, "job_pk": job.pk}))
    text = html.unescape(page.content.decode())
    assert "ভৰ্তিৰ সময়ৰ বয়স 16: সদস্যই 18 বছৰ সম্পূৰ্ণ কৰিব লাগিব (ধাৰা ৫; উপবিধি)।" in text
    assert "পঞ্জীৰ ফাইলৰ পৰীক্ষা" in text
    upload = client.get(reverse("society_register_import", kwargs={"pk": society.pk})).content.decode()
    assert "বৰ্তমানৰ পঞ্জীখন আনক" in upload
    report = client.get(reverse("society_register_import_report_csv", kwargs={"pk": society.pk, "job_pk": job.pk}))
    lines = list(csv.reader(io.StringIO(report.content.decode("utf-8-sig"))))
    assert lines[1][3] == "Age at admission 16: a member must have completed 18 years (s.5; bye-laws)."
    assert lines[1][4].startswith("ভৰ্তিৰ সময়ৰ বয়স 16")  # the reason in both languages


def test_import_link_on_the_register_for_the_secretary_only(client, secretary, society):
    client.force_login(secretary)
    page = client.get(reverse("society_members", kwargs={"pk": society.pk})).content.decode()
    assert reverse("society_register_import", kwargs={"pk": society.pk}) in page


def test_import_job_left_open_for_hours_no_longer_blocks_an_upload(secretary, society):
    from datetime import timedelta

    from django.utils import timezone

    stale = RegisterImport.objects.create(society=society, uploaded_by=secretary, file_name="a.csv", file_kind="csv",
                                          state="importing")
    RegisterImport.objects.filter(pk=stale.pk).update(created_at=timezone.now() - timedelta(hours=3))
    job = service.register_import_upload(society_id=society.pk, actor=secretary, name="b.csv",
                                         data=csv_bytes([row(1)]))
    stale.refresh_from_db()
    assert (stale.state, stale.file_error) == ("failed", str(service.STALE))
    assert job.state == RegisterImport.State.CHECKING
