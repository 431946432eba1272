"""The PDFs of the supersession procedure (S1), in English or Assamese, each verifiable by the QR code of its entry
in the register of orders (/verify/<token>/), on the office's letter base (societies/pdf/letter_base.html):
the call for objections on the report, the forwarding of the report, the order superseding or suspending the
Board, and each administrator's appointment. Built from the records when asked for."""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from orders.services import order_for
from registrar.l10n import display_date, local_digits
from registrar.selectors import officer_for
from societies.documents import pdf_from_html

from .orders import APPOINTMENT, OBJECTIONS_CALL, REPORT_FORWARDED

DOCS = ("objections", "forwarding", "order", "appointment")
LANGUAGES = ("en", "as")
TITLES = {
    "objections": ("Call for the society's objections on the report", "প্ৰতিবেদনৰ ওপৰত সমিতিৰ আপত্তি আহ্বান"),
    "forwarding": ("Forwarding of the report to the society", "সমিতিলৈ প্ৰতিবেদন প্ৰেৰণ"),
    "supersession.order": ("Order superseding the Board", "পৰিচালনা সমিতি বাতিলৰ আদেশ"),
    "supersession.suspension": ("Order suspending the Board", "পৰিচালনা সমিতি নিলম্বনৰ আদেশ"),
    "supersession.rbi_order": ("Order superseding the Board on the Reserve Bank's requisition or advice",
                               "ৰিজাৰ্ভ বেংকৰ দাবী বা পৰামৰ্শত পৰিচালনা সমিতি বাতিলৰ আদেশ"),
    "appointment": ("Appointment of an administrator", "প্ৰশাসক নিযুক্তি"),
}
LABELS = {
    "en": {"number": "Number", "date": "Date", "society": "Society", "registration": "Registration number",
           "ground": "Ground", "report": "Report", "due": "Objections by", "received": "Received by the society on",
           "meeting": "To be placed before", "act_by": "To act by", "administrators": "Administrators",
           "period": "Administrators until", "administrator": "Administrator", "order": "Order of supersession",
           "rbi": "The Reserve Bank's letter", "superseded": "Date of the order"},
    "as": {"number": "নম্বৰ", "date": "তাৰিখ", "society": "সমিতি", "registration": "পঞ্জীয়ন নম্বৰ",
           "ground": "কাৰণ", "report": "প্ৰতিবেদন", "due": "আপত্তিৰ শেষ তাৰিখ", "received": "সমিতিয়ে লাভ কৰাৰ তাৰিখ",
           "meeting": "যি সভাত উপস্থাপন কৰিব লাগে", "act_by": "ব্যৱস্থা লোৱাৰ শেষ তাৰিখ",
           "administrators": "প্ৰশাসকসকল", "period": "প্ৰশাসকৰ কাৰ্যকাল", "administrator": "প্ৰশাসক",
           "order": "বাতিলৰ আদেশ", "rbi": "ৰিজাৰ্ভ বেংকৰ পত্ৰ", "superseded": "আদেশৰ তাৰিখ"},
}
MEETINGS = {"en": {"agm": "the Annual General Meeting", "special": "a special general meeting"},
            "as": {"agm": "বাৰ্ষিক সাধাৰণ সভা", "special": "বিশেষ সাধাৰণ সভা"}}
PARAGRAPHS = {
    "objections": {
        "en": "The Registrar, being of the opinion that a ground under section 125 of the Act exists, caused the "
              "inquiry or inspection named above. Its report is now available. Before the report is forwarded for "
              "action, the society is given the opportunity to state its objections on it, in writing, by the "
              "date above.",
        "as": "আইনৰ ধাৰা ১২৫ৰ অধীনত কাৰণ আছে বুলি পঞ্জীয়কৰ মত হোৱাত ওপৰত উল্লেখ কৰা তদন্ত বা পৰিদৰ্শন কৰা হৈছিল। ইয়াৰ "
              "প্ৰতিবেদন এতিয়া উপলব্ধ। কাৰ্যব্যৱস্থাৰ বাবে প্ৰতিবেদন প্ৰেৰণৰ আগতে সমিতিক ওপৰৰ তাৰিখৰ ভিতৰত লিখিতভাৱে "
              "আপত্তি দাখিল কৰাৰ সুযোগ দিয়া হ'ল।"},
    "forwarding": {
        "en": "Having considered the society's objections, the Registrar forwards the report under section 125. "
              "The society shall place it before its Annual General Meeting if that meeting is due within 60 days "
              "of its receipt of the report, or else before a special general meeting, and take action on it "
              "within 60 days of receipt. If no action is taken, the Board may by written order be superseded or "
              "suspended.",
        "as": "সমিতিৰ আপত্তি বিবেচনা কৰি পঞ্জীয়কে ধাৰা ১২৫ৰ অধীনত প্ৰতিবেদন প্ৰেৰণ কৰিছে। প্ৰতিবেদন লাভ কৰাৰ ৬০ দিনৰ "
              "ভিতৰত বাৰ্ষিক সাধাৰণ সভা হ'বলগীয়া হ'লে সমিতিয়ে তাত, নহ'লে বিশেষ সাধাৰণ সভাত ইয়াক উপস্থাপন কৰিব আৰু "
              "লাভ কৰাৰ ৬০ দিনৰ ভিতৰত ব্যৱস্থা ল'ব। ব্যৱস্থা নল'লে লিখিত আদেশেৰে পৰিচালনা সমিতি বাতিল বা নিলম্বিত "
              "কৰিব পাৰি।"},
    "order": {
        "en": "The report forwarded to the society under section 125 of the Act was not acted upon within the time "
              "given. The Board of the society is therefore superseded (or suspended, as the title says) by this "
              "order, and the officers of the department named above are appointed administrators to manage the "
              "affairs of the society until the date above, within which they shall hold the election of a new "
              "Board.",
        "as": "আইনৰ ধাৰা ১২৫ৰ অধীনত সমিতিলৈ প্ৰেৰণ কৰা প্ৰতিবেদনৰ ওপৰত নিৰ্ধাৰিত সময়ৰ ভিতৰত ব্যৱস্থা লোৱা নহ'ল। সেয়েহে "
              "এই আদেশেৰে সমিতিৰ পৰিচালনা সমিতি বাতিল (বা শিৰোনামত কোৱা মতে নিলম্বিত) কৰা হ'ল আৰু ওপৰত উল্লেখ কৰা "
              "বিভাগীয় বিষয়াসকলক ওপৰৰ তাৰিখলৈ সমিতিৰ কাম-কাজ পৰিচালনাৰ বাবে প্ৰশাসক নিযুক্ত কৰা হ'ল; এই সময়ৰ ভিতৰত "
              "তেওঁলোকে নতুন পৰিচালনা সমিতিৰ নিৰ্বাচন অনুষ্ঠিত কৰিব।"},
    "rbi_order": {
        "en": "On the Reserve Bank's requisition (section 4A) or advice (section 146(1)), named above, the Board of "
              "the co-operative bank is superseded and the officers named above are appointed administrators "
              "until the date above (a year, or the period the Reserve Bank specified). Under section 4A(b) this "
              "order shall not be called in question.",
        "as": "ওপৰত উল্লেখ কৰা ৰিজাৰ্ভ বেংকৰ দাবী (ধাৰা ৪ক) বা পৰামৰ্শ (ধাৰা ১৪৬(১)) অনুসৰি সমবায় বেংকৰ পৰিচালনা সমিতি "
              "বাতিল কৰা হ'ল আৰু ওপৰত উল্লেখ কৰা বিষয়াসকলক ওপৰৰ তাৰিখলৈ (এবছৰ বা ৰিজাৰ্ভ বেংকে নিৰ্দিষ্ট কৰা সময়) প্ৰশাসক "
              "নিযুক্ত কৰা হ'ল। ধাৰা ৪ক(খ) অনুসৰি এই আদেশক প্ৰশ্ন কৰিব নোৱাৰি।"},
    "appointment": {
        "en": "By the order of supersession named above, you are appointed an administrator of the society under "
              "section 125 of the Act. You shall act as its Board (meetings, returns, proceedings) and hold the "
              "election of a new Board within the period above.",
        "as": "ওপৰত উল্লেখ কৰা বাতিলৰ আদেশেৰে আইনৰ ধাৰা ১২৫ৰ অধীনত আপোনাক সমিতিৰ প্ৰশাসক নিযুক্ত কৰা হ'ল। আপুনি ইয়াৰ "
              "পৰিচালনা সমিতি হিচাপে কাম কৰিব (সভা, ৰিটাৰ্ণ, কাৰ্যবিৱৰণী) আৰু ওপৰৰ সময়ৰ ভিতৰত নতুন পৰিচালনা সমিতিৰ "
              "নিৰ্বাচন অনুষ্ঠিত কৰিব।"},
}


def _d(day, lang):
    return display_date(day, "d F Y", lang=lang) if day else "—"


def _name(user):
    return user.get_full_name() or user.get_username()


def document_order(case, doc: str, administrator=None):
    if doc == "objections":
        return order_for(case, OBJECTIONS_CALL.code)
    if doc == "forwarding":
        return order_for(case, REPORT_FORWARDED.code)
    if doc == "order":
        return case.order
    if doc == "appointment" and administrator is not None:
        return order_for(administrator, APPOINTMENT.code)
    return None


def _rows(case, doc, lang, administrator):
    label = LABELS[lang]
    society = case.society
    rows = [(label["society"], society.name), (label["registration"], society.registration_number)]
    report = case.inquiry or case.inspection
    if doc in ("objections", "forwarding") and report is not None:
        rows.append((label["report"], report.reference))
    if doc == "objections":
        rows.append((label["due"], _d(case.objections_due_on, lang)))
    if doc == "forwarding" and case.received_on:
        rows += [(label["received"], _d(case.received_on, lang)),
                 (label["meeting"], MEETINGS[lang].get(case.meeting_kind, MEETINGS[lang]["special"])),
                 (label["act_by"], _d(case.action_due_on, lang))]
    if doc in ("order", "appointment"):
        with translation.override(lang):
            rows.append((label["ground"], str(case.get_ground_display())))
        if case.rbi_reference:
            rows.append((label["rbi"], f"{case.rbi_reference} ({_d(case.rbi_dated, lang)})"))
        rows.append((label["superseded"], _d(case.superseded_on, lang)))
        if doc == "order":
            rows.append((label["administrators"], "; ".join(_name(a.officer) for a in case.administrators.all())))
        else:
            rows += [(label["administrator"], _name(administrator.officer)), (label["order"], case.order.number)]
        rows.append((label["period"], _d(case.period_ends_on, lang)))
    return rows


def render_document(case, doc: str, lang: str, administrator=None) -> bytes | None:
    """The signed PDF of `doc` about `case` in `lang`, or None when it has not been issued."""
    order = document_order(case, doc, administrator)
    if order is None:
        return None
    title = TITLES[order.kind if doc == "order" else doc][0 if lang == "en" else 1]
    paragraph = PARAGRAPHS["rbi_order" if order.kind == "supersession.rbi_order" else doc][lang]
    profile = officer_for(order.officer) if order.officer_id else None
    url = settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])
    with translation.override(lang):
        html = render_to_string("supersession/pdf/document.html", {
            "lang": lang, "title": title, "society": case.society, "order": order,
            "number_label": LABELS[lang]["number"], "date_label": LABELS[lang]["date"],
            "made_on": _d(order.made_on, lang), "section": local_digits(order.section, lang),
            "rows": _rows(case, doc, lang, administrator), "paragraph": paragraph,
            "signatory": {"name": _name(order.officer) if order.officer_id else "",
                          "rank": profile.get_rank_display() if profile else ""},
            "verify_url": url, "qr": segno.make(url, error="m").svg_data_uri(scale=3)})
    return pdf_from_html(html)
