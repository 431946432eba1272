"""The PDFs of appeals and disputes (issue 23 point 7), English and Assamese on one sheet, signed like every
document the office issues (societies.documents.pdf_from_html): acknowledgement, hearing notice, cause list, stay
order, order on a filing out of time, final order, arbitration notice and award. One template
(templates/appeals/pdf/document.html) takes a title in both languages, a table of particulars and the body in
both languages; each builder below fills them from the records."""

from django.template.loader import render_to_string

from registrar.l10n import display_date, money
from societies.documents import pdf_from_html

from .models import Hearing

DOCS = ("acknowledgement", "hearing_notice", "stay_order", "delay_order", "final_order")
DISPUTE_DOCS = ("arbitration_notice", "award")


def _d(day, lang="en"):
    return display_date(day, "d F Y", lang=lang) if day else "—"


def _render(context: dict) -> bytes:
    return pdf_from_html(render_to_string("appeals/pdf/document.html", context))


def _case_rows(appeal):
    order = appeal.order
    return [
        ("Case number", "গোচৰ নম্বৰ", appeal.number),
        ("Kind", "প্ৰকাৰ", f"{appeal.get_route_display()} — s.{appeal.section}"),
        ("Forum", "শুনানিৰ কৰ্তৃপক্ষ", appeal.get_forum_display()),
        ("Order appealed", "আপীল কৰা আদেশ", f"{order.number} ({_d(order.made_on)})"),
        ("Appellant", "আপীলকাৰী", appeal.appellant_name),
        ("Filed on", "দাখিলৰ তাৰিখ", _d(appeal.filed_on)),
        ("Last day", "শেষ তাৰিখ", _d(appeal.last_day) if appeal.last_day else "No limit in the Act (s.111(1))"),
    ]


def appeal_pdf(appeal, doc: str) -> bytes:
    builder = {"acknowledgement": _acknowledgement, "hearing_notice": _hearing_notice, "stay_order": _stay_order,
               "delay_order": _delay_order, "final_order": _final_order}[doc]
    return _render(builder(appeal))


def _acknowledgement(appeal):
    state_en = ("It is in time." if appeal.in_time else
                "It is out of time: the forum will first decide, by a recorded order, whether it proceeds.")
    state_as = ("ই সময়ৰ ভিতৰত দাখিল হৈছে।" if appeal.in_time else
                "ই সময়ৰ পিছত দাখিল হৈছে: কৰ্তৃপক্ষই প্ৰথমে লিখিত আদেশেৰে ই আগবাঢ়িব নে নাই সিদ্ধান্ত লব।")
    body_en = [f"Received the {appeal.get_route_display().lower()} above on {_d(appeal.filed_on)}. {state_en}"]
    if appeal.in_time_because:
        body_en.append(appeal.in_time_because)
    return {"title": "Acknowledgement", "title_as": "প্ৰাপ্তি-স্বীকাৰ", "number": appeal.number,
            "rows": _case_rows(appeal), "body": body_en,
            "body_as": [f"ওপৰৰ আবেদনখন {_d(appeal.filed_on, 'as')} তাৰিখে লাভ কৰা হ'ল। {state_as}"],
            "on": appeal.filed_on}


def _hearing_notice(appeal):
    hearing = appeal.hearings.exclude(state=Hearing.State.ADJOURNED).order_by("-on").first()
    if hearing is None:
        raise LookupError("no hearing fixed")
    video = f" You may join by video: {hearing.video_link}" if hearing.video_link else ""
    return {"title": "Notice of hearing", "title_as": "শুনানিৰ জাননী", "number": hearing.notice.number
            if hearing.notice_id else appeal.number, "rows": _case_rows(appeal) + [
                ("Date and time", "তাৰিখ আৰু সময়", f"{_d(hearing.on)}, {hearing.at:%H:%M}"),
                ("Place", "স্থান", hearing.place)],
            "body": [f"Take notice that the case above will be heard on {_d(hearing.on)} at {hearing.at:%H:%M}, "
                     f"{hearing.place}. You may appear in person or through a representative, with your documents."
                     + video],
            "body_as": [f"ওপৰৰ গোচৰটোৰ শুনানি {_d(hearing.on, 'as')} তাৰিখে {hearing.at:%H:%M} বজাত "
                        f"{hearing.place}ত হ'ব। আপুনি নথি-পত্ৰসহ নিজে বা প্ৰতিনিধিৰ জৰিয়তে উপস্থিত হ'ব পাৰে।"],
            "on": hearing.notice.made_on if hearing.notice_id else hearing.on}


def _stay_order(appeal):
    stay = appeal.order.stays.order_by("-granted_on").first()
    if stay is None:
        raise LookupError("no stay")
    until_en = f"until {_d(stay.vacated_on)}" if stay.vacated_on else "until further orders"
    until_as = f"{_d(stay.vacated_on, 'as')} তাৰিখলৈ" if stay.vacated_on else "পৰৱৰ্তী আদেশ নোহোৱালৈকে"
    return {"title": "Stay order (s.111(4))", "title_as": "স্থগিতাদেশ (ধাৰা ১১১(৪))", "number": appeal.number,
            "rows": _case_rows(appeal) + [("Stayed from", "স্থগিত আৰম্ভ", _d(stay.granted_on))],
            "body": [f"Order {appeal.order.number} is stayed from {_d(stay.granted_on)} {until_en}, pending "
                     f"{stay.pending}. Reasons: {stay.reasons}",
                     "Its effects wait while the stay is in force; once it is vacated, a held effect falls on the "
                     "later of its legal date and the day after the stay ends."],
            "body_as": [f"আদেশ {appeal.order.number} {_d(stay.granted_on, 'as')} তাৰিখৰ পৰা {until_as} স্থগিত "
                        f"ৰখা হ'ল। কাৰণ: {stay.reasons}"],
            "on": stay.granted_on}


def _delay_order(appeal):
    if appeal.delay_order_id is None:
        raise LookupError("no delay order")
    proceeds = appeal.state != "delay_refused"
    return {"title": "Order on a filing out of time", "title_as": "সময়ৰ পিছত দাখিল কৰা আবেদনৰ ওপৰত আদেশ",
            "number": appeal.delay_order.number,
            "rows": _case_rows(appeal) + [("Explanation of the delay", "পলমৰ ব্যাখ্যা", appeal.delay_explanation)],
            "body": [("The filing proceeds." if proceeds else "The filing does not proceed.")
                     + f" Reasons: {appeal.delay_reasons}"],
            "body_as": [("আবেদনখন আগবাঢ়িব।" if proceeds else "আবেদনখন আগবাঢ়িব নোৱাৰে।")
                        + f" কাৰণ: {appeal.delay_reasons}"],
            "on": appeal.delay_order.made_on}


OUTCOME_AS = {"allowed": "মঞ্জুৰ: আদেশ বাতিল কৰা হ'ল", "dismissed": "খাৰিজ: আদেশ বহাল থাকিল",
              "modified": "সংশোধিত", "remanded": "নতুনকৈ সিদ্ধান্তৰ বাবে ঘূৰাই পঠিওৱা হ'ল"}


def _final_order(appeal):
    if appeal.decision_order_id is None:
        raise LookupError("not decided")
    body = [f"Outcome: {appeal.get_outcome_display()}.", appeal.decision_text]
    if appeal.reversal_summary:
        body.append(appeal.reversal_summary)
    return {"title": "Order", "title_as": "আদেশ", "number": appeal.decision_order.number,
            "rows": _case_rows(appeal) + [("Date of order", "আদেশৰ তাৰিখ", _d(appeal.decided_on))],
            "body": body, "body_as": [f"ফলাফল: {OUTCOME_AS[appeal.outcome]}।"], "on": appeal.decided_on,
            "verify": appeal.decision_order.token}


def dispute_pdf(dispute, doc: str) -> bytes:
    rows = [("Case number", "গোচৰ নম্বৰ", dispute.number), ("Kind", "প্ৰকাৰ", dispute.get_kind_display()),
            ("Society", "সমিতি", dispute.society.name), ("Claimant", "দাবীদাৰ", dispute.claimant_name),
            ("Respondent", "বিবাদী", dispute.respondent_name), ("Referred on", "প্ৰেৰণৰ তাৰিখ", _d(dispute.referred_on))]
    if doc == "arbitration_notice":
        if dispute.notice_id is None:
            raise LookupError("no notice")
        return _render({"title": "Notice to nominate arbitrators (s.93(1)(b))",
                        "title_as": "সালিচ মনোনয়নৰ জাননী (ধাৰা ৯৩(১)(খ))", "number": dispute.notice.number,
                        "rows": rows + [("Nominate by", "মনোনয়নৰ শেষ তাৰিখ", _d(dispute.nomination_due_on))],
                        "body": [f"The dispute above is referred to three arbitrators. Each party is to nominate one "
                                 f"arbitrator, who must not be a legal practitioner, by {_d(dispute.nomination_due_on)} "
                                 f"(15 days of this notice). If a party does not, the Registrar nominates for it."],
                        "body_as": [f"প্ৰতিটো পক্ষই {_d(dispute.nomination_due_on, 'as')} তাৰিখৰ ভিতৰত এজন সালিচ "
                                    f"মনোনীত কৰিব লাগে (আইনজীৱী হ'ব নোৱাৰে)। নকৰিলে পঞ্জীয়কে মনোনীত কৰিব।"],
                        "on": dispute.notice.made_on})
    if dispute.award_id is None:
        raise LookupError("no award")
    body = [dispute.award_text]
    if dispute.award_amount:
        body.append(f"Amount awarded to the claimant: ₹{money(dispute.award_amount)}, recoverable as dues.")
    return _render({"title": "Award", "title_as": "বঁটা (ৰায়)", "number": dispute.award.number, "rows": rows,
                    "body": body, "body_as": ["এই ৰায় পঞ্জীয়কৰ আদেশ; ধন আদায়যোগ্য বকেয়া হিচাপে গণ্য হ'ব।"],
                    "on": dispute.decided_on, "verify": dispute.award.token})


def cause_list_pdf(context: dict) -> bytes:
    rows = []
    for group in context["groups"]:
        for hearing in group["hearings"]:
            case = hearing.appeal.number if hearing.appeal_id else hearing.dispute.number
            against = hearing.appeal.order.number if hearing.appeal_id else ""
            rows.append((f"{hearing.at:%H:%M} · {group['officer']}", group["forum"],
                         f"{case} {against} — {hearing.place}"))
    return _render({"title": f"Cause list, {_d(context['on'])}", "title_as": f"শুনানিৰ তালিকা, {_d(context['on'], 'as')}",
                    "number": "", "rows": rows or [("—", "—", "No hearings")], "body": [
                        "Cases to be heard, by officer and forum. Parties' names and contacts are not published."],
                    "body_as": ["বিষয়া আৰু কৰ্তৃপক্ষ অনুসৰি শুনানি হ'বলগীয়া গোচৰসমূহ।"], "on": context["on"],
                    "table_heads": True})
