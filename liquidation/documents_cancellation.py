"""The PDFs of the cancellation, in English or Assamese (one template, templates/liquidation/cancellation/pdf.html,
extending the letter base; signed by societies.documents.pdf_from_html): the show-cause notice, the cancellation
order, the Gazette notice (ready for the Government Press) and the liquidator's appointment letter.

The fixed wording of each language is data here; the facts are as recorded. The Gazette notice carries the
publication date once the Gazette has printed it ("to be published" before), and the two months counted from it."""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from registrar.l10n import display_date, local_digits
from societies.documents import pdf_from_html

from .models import CancellationRecord

DOCUMENTS = {"show_cause": "Show-cause notice", "order": "Cancellation order", "gazette": "Gazette notice",
             "appointment": "Appointment of the liquidator"}
TITLES = {
    "show_cause": ("Notice to show cause why the registration should not be cancelled",
                   "পঞ্জীয়ন কিয় বাতিল কৰা নহ'ব তাৰ কাৰণ দৰ্শোৱাৰ জাননী", "94(2)"),
    "order": ("Order cancelling the registration of a co-operative society", "সমবায় সমিতিৰ পঞ্জীয়ন বাতিলৰ আদেশ",
              "94, 95"),
    "gazette": ("Notification: cancellation of registration and appointment of the liquidator",
                "জাননী: পঞ্জীয়ন বাতিল আৰু অৱসায়ক নিযুক্তি", "94(3)"),
    "appointment": ("Appointment of the liquidator", "অৱসায়ক নিযুক্তি", "95(1)"),
}
LABELS = {
    "en": {"society": "Society", "registration": "Registration number", "address": "Address", "number": "Number",
           "date": "Date", "ground": "Ground", "facts": "Facts found", "reply_by": "Reply to be received by",
           "report": "Inquiry or inspection report of", "liquidator": "Liquidator", "order": "Order",
           "gazette": "Gazette", "published": "Date of publication", "to_be_published": "to be published",
           "claims_by": "Claims to the liquidator by", "appeal_by": "Members' appeal to the State Government by",
           "resolution": "Resolution of the general meeting of", "votes": "Votes for / members present",
           "grounds": "Grounds", "effect": "With no appeal, takes effect on"},
    "as": {"society": "সমিতি", "registration": "পঞ্জীয়ন নম্বৰ", "address": "ঠিকনা", "number": "নম্বৰ",
           "date": "তাৰিখ", "ground": "কাৰণ", "facts": "পোৱা তথ্য", "reply_by": "উত্তৰ দিয়াৰ শেষ তাৰিখ",
           "report": "তদন্ত বা পৰিদৰ্শন প্ৰতিবেদনৰ তাৰিখ", "liquidator": "অৱসায়ক", "order": "আদেশ",
           "gazette": "গেজেট", "published": "প্ৰকাশৰ তাৰিখ", "to_be_published": "প্ৰকাশ হ'বলগীয়া",
           "claims_by": "অৱসায়কৰ ওচৰত দাবী দাখিলৰ শেষ তাৰিখ", "appeal_by": "ৰাজ্য চৰকাৰৰ ওচৰত সদস্যৰ আপীলৰ শেষ তাৰিখ",
           "resolution": "সাধাৰণ সভাৰ প্ৰস্তাৱৰ তাৰিখ", "votes": "সমৰ্থনত ভোট / উপস্থিত সদস্য",
           "grounds": "কাৰণসমূহ", "effect": "আপীল নহ'লে কাৰ্যকৰী হোৱাৰ তাৰিখ"},
}
PARAGRAPHS = {
    "show_cause": {
        "en": "The Registrar, after the inquiry or inspection named below, proposes to cancel the registration of "
              "the society under section 94(2) of the Act on the ground stated. The society is called upon to show "
              "cause in writing, by the date below, why its registration should not be cancelled. If no reply is "
              "received by that date the matter will be decided on the record.",
        "as": "তলত উল্লেখ কৰা তদন্ত বা পৰিদৰ্শনৰ পিছত পঞ্জীয়কে উল্লিখিত কাৰণত আইনৰ ধাৰা ৯৪(২)ৰ অধীনত সমিতিৰ পঞ্জীয়ন "
              "বাতিল কৰাৰ প্ৰস্তাৱ কৰিছে। সমিতিৰ পঞ্জীয়ন কিয় বাতিল কৰা নহ'ব, তলৰ তাৰিখৰ ভিতৰত লিখিতভাৱে তাৰ কাৰণ "
              "দৰ্শাবলৈ সমিতিক নিৰ্দেশ দিয়া হ'ল। সেই তাৰিখৰ ভিতৰত উত্তৰ নাপালে নথিৰ ভিত্তিত সিদ্ধান্ত লোৱা হ'ব।"},
    "order": {
        "en": "In exercise of the powers under section 94 of the Act the registration of the society is cancelled "
              "and the liquidator named below is appointed under section 95(1), who shall take charge of its assets "
              "and records forthwith. The order takes effect on the expiry of two months from its publication in the "
              "Official Gazette unless a member appeals to the State Government within that time (s.94(4)-(7)); "
              "until then the liquidator has custody only and shall make no distribution.",
        "as": "আইনৰ ধাৰা ৯৪ৰ অধীনত প্ৰদত্ত ক্ষমতা প্ৰয়োগ কৰি সমিতিৰ পঞ্জীয়ন বাতিল কৰা হ'ল আৰু ধাৰা ৯৫(১)ৰ অধীনত তলত "
              "নামোল্লেখ কৰা অৱসায়কক নিযুক্তি দিয়া হ'ল; তেওঁ অনতিপলমে সমিতিৰ সম্পত্তি আৰু নথিৰ দায়িত্ব ল'ব। চৰকাৰী "
              "গেজেটত প্ৰকাশৰ দুমাহ পিছত এই আদেশ কাৰ্যকৰী হ'ব, যদিহে সেই সময়ৰ ভিতৰত কোনো সদস্যই ৰাজ্য চৰকাৰৰ ওচৰত "
              "আপীল নকৰে (ধাৰা ৯৪(৪)-(৭)); তেতিয়ালৈ অৱসায়কে কেৱল সম্পত্তি ৰক্ষা কৰিব, কোনো বিতৰণ নকৰিব।"},
    "gazette": {
        "en": "Notice is hereby given under section 94(3) of the Assam Co-operative Societies Act, 2007 that the "
              "registration of the society named below has been cancelled by the order below and that the "
              "liquidator named has been appointed. Every person having a claim against the society shall submit "
              "it to the liquidator within two months of the date of publication of this notice. Any member of the "
              "society may, within two months of that date, appeal against the order to the State Government.",
        "as": "অসম সমবায় সমিতি আইন, ২০০৭ৰ ধাৰা ৯৪(৩)ৰ অধীনত এই জাননী দিয়া হ'ল যে তলত উল্লেখ কৰা আদেশৰ দ্বাৰা তলৰ "
              "সমিতিৰ পঞ্জীয়ন বাতিল কৰা হৈছে আৰু নামোল্লেখ কৰা অৱসায়কক নিযুক্তি দিয়া হৈছে। সমিতিৰ বিৰুদ্ধে দাবী থকা "
              "প্ৰত্যেক ব্যক্তিয়ে এই জাননী প্ৰকাশৰ তাৰিখৰ দুমাহৰ ভিতৰত অৱসায়কৰ ওচৰত দাবী দাখিল কৰিব। সমিতিৰ যিকোনো "
              "সদস্যই সেই তাৰিখৰ দুমাহৰ ভিতৰত আদেশৰ বিৰুদ্ধে ৰাজ্য চৰকাৰৰ ওচৰত আপীল কৰিব পাৰে।"},
    "appointment": {
        "en": "By the order below you are appointed liquidator of the society under section 95(1) of the Act. Take "
              "charge of its assets, books and records forthwith (s.95(2)). Until the order takes effect you hold "
              "custody only and make no distribution; no step of the winding up may be taken while a stay order is "
              "in force (s.95(2) proviso). Report to the Registrar every quarter.",
        "as": "তলৰ আদেশৰ দ্বাৰা আপোনাক আইনৰ ধাৰা ৯৫(১)ৰ অধীনত সমিতিৰ অৱসায়ক নিযুক্ত কৰা হ'ল। অনতিপলমে সমিতিৰ "
              "সম্পত্তি, বহী আৰু নথিৰ দায়িত্ব লওক (ধাৰা ৯৫(২))। আদেশ কাৰ্যকৰী নোহোৱালৈকে আপুনি কেৱল ৰক্ষণাবেক্ষণ "
              "কৰিব, কোনো বিতৰণ নকৰিব; স্থগিতাদেশ বলবৎ থকালৈকে অৱসায়নৰ কোনো পদক্ষেপ লোৱা নহ'ব। প্ৰতি তিনি মাহত "
              "পঞ্জীয়কলৈ প্ৰতিবেদন দিব।"},
}


def _d(day, lang):
    return display_date(day, "d F Y", lang=lang) if day else "—"


def _qr(order):
    url = settings.SITE_URL.rstrip("/") + reverse("verify_order", args=[order.token])
    return url, segno.make(url, error="m").svg_data_uri(scale=3)


def _rows(doc, case, record, lang):
    from .selectors import appeal_window
    from .services.gazette import claims_last_day

    label = LABELS[lang]
    society = case.society
    rows = [(label["society"], society.name), (label["registration"], society.registration_number),
            (label["address"], society.address)]
    if doc == "show_cause":
        rows += [(label["ground"], record.get_ground_display() if record else ""), (label["facts"], case.grounds),
                 (label["reply_by"], _d(record.reply_by if record else None, lang))]
        from .services.cancellation import report_date

        reported = report_date(case)
        if reported:
            rows.append((label["report"], _d(reported, lang)))
        return rows
    order = case.cancellation_order
    liquidator = case.liquidator.get_full_name() or case.liquidator.username if case.liquidator_id else ""
    rows += [(label["order"], f"{order.number} · {_d(order.made_on, lang)}"), (label["liquidator"], liquidator)]
    if doc == "order":
        if record is not None and record.meeting_on:
            rows += [(label["resolution"], _d(record.meeting_on, lang)),
                     (label["votes"], local_digits(f"{record.votes_for} / {record.members_present}", lang))]
        rows.append((label["grounds"], case.grounds))
    if doc == "gazette":
        published = case.gazette_published_on
        rows.append((label["gazette"], case.gazette_number or label["to_be_published"]))
        rows.append((label["published"], _d(published, lang) if published else label["to_be_published"]))
        if published:
            appeal_last_day, effect_on = appeal_window(case)
            rows += [(label["claims_by"], _d(claims_last_day(published), lang)),
                     (label["appeal_by"], _d(appeal_last_day, lang)), (label["effect"], _d(effect_on, lang))]
    return rows


def _order_for(doc, case, record):
    if doc == "show_cause":
        return record.show_cause if record else None
    if doc == "appointment":
        return record.appointment if record else None
    return case.cancellation_order


def render_document(doc: str, case, lang: str) -> bytes | None:
    """The signed PDF of `doc` about the case in `lang`, or None when the document does not exist yet."""
    record = CancellationRecord.objects.select_related("show_cause", "appointment").filter(winding_up=case).first()
    order = _order_for(doc, case, record)
    if order is None or (doc != "show_cause" and case.cancellation_order_id is None):
        return None
    title_en, title_as, section = TITLES[doc]
    verify_url, qr = _qr(order)
    officer = order.officer
    profile = getattr(officer, "officer_profile", None) if officer else None
    with translation.override(lang):
        html = render_to_string("liquidation/cancellation/pdf.html", {
            "lang": lang, "title": title_en if lang == "en" else title_as, "other_title": title_as,
            "section": local_digits(section, lang), "order": order, "made_on": _d(order.made_on, lang),
            "number_label": LABELS[lang]["number"], "date_label": LABELS[lang]["date"],
            "rows": _rows(doc, case, record, lang), "paragraph": PARAGRAPHS[doc][lang], "society": case.society,
            "qr": qr, "verify_url": verify_url, "doc": doc,
            "signatory": {"name": officer.get_full_name() or officer.username if officer else "",
                          "rank": profile.get_rank_display() if profile else "",
                          "office": profile.office.name if profile else ""}})
    return pdf_from_html(html)
