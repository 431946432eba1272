"""Assamese down to dates and digits (issue 25 point 7): month names and digits on Assamese pages and PDFs,
reference numbers in ASCII, Indian grouping of money, dates typed and shown as dd-mm-yyyy."""

import io
from datetime import date

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation
from pypdf import PdfReader

from registrar import l10n
from registrar.widgets import DayInput
from societies.registration import services
from societies.registration.documents import hearing_notice_pdf
from tests.societies.helpers import make_submitted, reload

DATE_AS = "১৭ মাৰ্চ ২০২৬"


def render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template(source).render(Context(context))


def test_date_filter_uses_assamese_month_names_and_digits_on_assamese_pages():
    assert render('{{ d|date:"d M Y" }}', "as", d=date(2026, 3, 17)) == DATE_AS
    assert render('{{ d|date:"l, d F Y" }}', "as", d=date(2026, 5, 17)) == "দেওবাৰ, ১৭ মে’ ২০২৬"
    assert render('{{ d|date:"d M Y" }}', "en", d=date(2026, 3, 17)) == "17 Mar 2026"


def test_date_filter_keeps_machine_formats_ascii_on_assamese_pages():
    assert render('{{ d|date:"Y-m-d" }}|{{ d|date:"c" }}', "as", d=date(2026, 3, 17)) == "2026-03-17|2026-03-17"


def test_date_as_prints_assamese_whatever_the_page_language():
    assert render('{{ d|date_as:"d F Y" }}', "en", d=date(2026, 12, 1)) == "০১ ডিচেম্বৰ ২০২৬"


@pytest.mark.parametrize(("value", "english", "assamese"), [
    (100000, "1,00,000.00", "১,০০,০০০.০০"),
    (12345678, "1,23,45,678.00", "১,২৩,৪৫,৬৭৮.০০"),
    (999, "999.00", "৯৯৯.০০"),
])
def test_money_is_grouped_the_indian_way_in_both_languages(value, english, assamese):
    assert render("{{ v|inr }}", "en", v=value) == english
    assert render("{{ v|inr }}", "as", v=value) == assamese
    assert render("{{ v|rupees }}", "en", v=value) == english[:-3]


class DayForm(forms.Form):
    day = forms.DateField(widget=DayInput)


@pytest.mark.parametrize("language", ["en", "as"])
@pytest.mark.parametrize(("typed", "expected"), [
    ("05-06-2026", date(2026, 6, 5)),  # dd-mm-yyyy: 5 June, not 6 May
    ("05/06/2026", date(2026, 6, 5)),
    ("5.6.2026", date(2026, 6, 5)),
    ("2026-06-05", date(2026, 6, 5)),  # ISO still accepted (old bookmarks, scripts)
    ("০৫-০৬-২০২৬", date(2026, 6, 5)),  # typed with Assamese digits
])
def test_day_input_reads_dd_mm_yyyy_in_both_languages(language, typed, expected):
    with translation.override(language):
        form = DayForm({"day": typed})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == expected


def test_day_input_refuses_a_month_thirteen():
    with translation.override("en"):
        assert not DayForm({"day": "05-13-2026"}).is_valid()


@pytest.mark.parametrize("language", ["en", "as"])
def test_day_input_shows_dd_mm_yyyy_in_a_text_box_with_ascii_digits(language):
    with translation.override(language):
        html = str(DayForm(initial={"day": date(2026, 3, 17)})["day"])
    assert 'type="text"' in html and 'type="date"' not in html
    assert 'value="17-03-2026"' in html
    assert "data-day-picker" in html


def test_an_assamese_page_shows_assamese_dates_and_ascii_reference_numbers(client, citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 3, 17))
    client.cookies["django_language"] = "as"
    html = client.get("/status/", {"number": application.acknowledgement_number}).content.decode()
    assert DATE_AS in html  # received on
    assert application.acknowledgement_number in html
    assert application.acknowledgement_number.isascii()
    assert 'value="' + application.acknowledgement_number + '"' in html  # the search box keeps what was typed


@pytest.mark.django_db
def test_a_pdf_prints_the_assamese_date_beside_the_english_one(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 2, 1))  # day 60: 2 Apr 2026
    services.application_send_query(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 3),
                                    items=[{"subject": "Fee receipt", "reason": "missing"}])
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 5),
                                          hearing_on=date(2026, 3, 17), hearing_time=None, place="",
                                          grounds="s.6(3): another fishery society has the same area.")
    translation.activate("as")  # downloaded from an Assamese page: the English text stays English
    data = hearing_notice_pdf(reload(application))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Tuesday, 17 March 2026" in " ".join(text.split())
    # Read back: the weekday and Assamese digits (text extraction garbles some conjuncts, e.g. the চ of মাৰ্চ).
    assert "মঙ্গলবাৰ, ১৭" in text and "২০২৬" in text
    assert application.acknowledgement_number in text


def test_local_digits_only_in_assamese():
    assert l10n.local_digits("SNT/REG/2026/0007", "en") == "SNT/REG/2026/0007"
    assert l10n.local_digits(42, "as") == "৪২"
    assert l10n.ascii_digits("১৭-০৩-২০২৬") == "17-03-2026"
