"""Which ranks may do what: the one table every service's permission check reads.

An officer may do an office act when (1) the act's row below lists their rank and (2) the record is within their
jurisdiction (`registrar.selectors.jurisdiction_district_ids`: the Directorate ranks see the whole state, everyone
else only their districts). `may(user, act, district_id)` answers both; the domain permission modules
(societies.registration.permissions, societies.governance.permissions, registrar.rectification) ask it and add
what is theirs (the applicant, the secretary's grant).

Being a Django superuser grants nothing here: the superuser is the portal's administrator (the admin site), not an
officer of any rank and not any society's secretary. An officer's account acts by its Officer row alone.

Inspectors and auditors (below the ARCS) see the office pages of their districts but decide nothing: no act in
the table lists them. Adding an act means adding a row here, with the sections it rests on.
"""

from enum import StrEnum

from .models.office import RANK_ORDER, Rank
from .selectors import jurisdiction_district_ids, officer_for


def at_least(rank: str) -> frozenset[str]:
    """The ranks from the Registrar down to `rank` inclusive (Rank is ordered: lower index = higher rank)."""
    return frozenset(RANK_ORDER[: RANK_ORDER.index(rank) + 1])


ARCS_AND_ABOVE = at_least(Rank.ARCS)  # the ARCS of the district and every officer above (Deputy Registrar, ...)
REGISTRAR_LEVEL = at_least(Rank.DEPUTY_RCS)  # the Registrar, Additional, Joint and Deputy Registrars (statewide)


class Act(StrEnum):
    # Registration (ss.10-11): the ARCS decides; a superior hands the work round.
    ENTER_PAPER_APPLICATION = "registration.enter_paper_application"
    DECIDE_REGISTRATION = "registration.decide"
    ASSIGN_APPLICATION = "registration.assign"
    # Supervision of a registered society (ss.29-45, 129).
    SUPERVISE_SOCIETY = "society.supervise"
    ORDER_ON_FLAG = "society.order_on_flag"
    # Setting aside an automatic effect of the Act on late-recorded facts (ADR 0007).
    RECTIFY_EFFECT = "registrar.rectify_effect"
    # The office machinery (issue 13): the register of orders, stays, dues, outside parties, transfers.
    RECORD_COMMUNICATION = "orders.record_communication"
    STAY_ORDER = "orders.stay"
    TRANSFER_CASES = "orders.transfer_cases"
    RECORD_DUES = "dues.record"
    INVITE_OUTSIDE_PARTY = "parties.invite"
    # The register of members (issue 14): reading it, confirming that two records are one person.
    READ_MEMBER_REGISTER = "membership.read_register"
    CONFIRM_PERSON_LINK = "membership.confirm_person_link"
    ISSUE_API_KEY = "openregister.issue_api_key"
    # The audit's aftermath (issue 18 points 3-5): the Registrar's s.85(1) direction, closing objections, s.86.
    DIRECT_AUDIT_RECTIFICATION = "audit.direct_rectification"
    CLOSE_AUDIT_OBJECTION = "audit.close_objection"
    ORDER_REAUDIT = "audit.order_reaudit"
    # Allotting a year's audit (s.81(1)); recording the Government's (or NABARD's) panel order of CA firms.
    ALLOT_AUDIT = "audit.allot"
    RECORD_AUDIT_PANEL = "audit.record_panel"
    # Appeals, review and disputes (issue 23).
    HEAR_APPEAL = "appeals.hear"
    RECORD_OUTAGE = "appeals.record_outage"
    DECIDE_DISPUTE = "appeals.decide_dispute"
    # Bye-laws (issue 16): recording a society's registered text, deciding its s.12 / s.141 amendments.
    DECIDE_BYE_LAWS = "bylaws.decide"
    # Inquiry and inspection (issue 19): ss.87-89, 103, 126.
    DECIDE_INQUIRY = "inquiry.decide"
    CONDUCT_INQUIRY = "inquiry.conduct"
    ORDER_INSPECTION = "inquiry.order_inspection"
    ORDER_SURCHARGE = "inquiry.order_surcharge"
    SEIZE_RECORDS = "inquiry.seize_records"
    # Bakijai (issue 22): conduct a requisition to its certificate and after; the Registrar's own acts.
    CONDUCT_RECOVERY = "recovery.conduct"
    DELEGATE_CDC_POWER = "recovery.delegate"
    SANCTION_PROSECUTION = "recovery.sanction_prosecution"
    # Winding up (issue 21): the cancellation order (s.94(1)-(2)), the show-cause notice before it, the Gazette
    # publication and registered post (s.94(3)), the Government's confirmation entered (s.94(7)).
    ORDER_CANCELLATION = "liquidation.order_cancellation"
    # The closing (ss.96-100): approving the final report, the certificate of dissolution, the closing notice, the
    # surplus; the Registrar's one extension of the eight years and entering the Government's (s.100(5) provisos).
    CLOSE_LIQUIDATION = "liquidation.close"
    EXTEND_LIQUIDATION = "liquidation.extend"
    # The liquidator's workspace: the Registrar's leave to sue (ss.99, 101) and sanction of a compromise (s.115(2)).
    SANCTION_IN_LIQUIDATION = "liquidation.sanction"
    # Restructuring (issue 17, helper R2): the Registrar's approval of a scheme (ss.13(4)(b), 14(4)(b), s.15 by
    # analogy); recording that a withdrawing member's share or a creditor's claim was paid.
    APPROVE_RESTRUCTURING = "restructuring.approve"
    RECORD_SCHEME_PAYMENT = "restructuring.record_payment"
    # Supersession of a Board (issue 20): the Registrar's opinion and order; the procedure's letters in between.
    SUPERSEDE_BOARD = "supersession.supersede"
    CONDUCT_SUPERSESSION = "supersession.conduct"


CAPABILITIES: dict[Act, frozenset[str]] = {
    # s.10(1): a paper application starts the 60-day clock from its date of receipt and, unanswered, is deemed
    # registered (proviso to s.11) with a secretary's grant: only an officer who may decide registration enters it.
    Act.ENTER_PAPER_APPLICATION: ARCS_AND_ABOVE,
    # s.10-11: claim, scrutiny, query letters, RBI/NABARD clearance, hearing, register, refuse, reopen on review;
    # reading the applicants' documents.
    Act.DECIDE_REGISTRATION: ARCS_AND_ABOVE,
    # Assigning or reassigning an application to another officer (one on leave or transferred).
    Act.ASSIGN_APPLICATION: REGISTRAR_LEVEL,
    # Requisitions the Registrar sent (s.33, s.43(2)), proceedings approve/return (s.45(1)), secretary
    # invitations, officer in charge (s.41(6)), notices to return defaulters (s.129), reading a society's filings.
    Act.SUPERVISE_SOCIETY: ARCS_AND_ABOVE,
    # Confirming or dismissing a compliance flag by a numbered order (s.30(4), s.39, s.40(4), s.41(6), s.43).
    Act.ORDER_ON_FLAG: REGISTRAR_LEVEL,
    Act.RECTIFY_EFFECT: REGISTRAR_LEVEL,
    # Entering the date an order was dispatched and its registered-post reference (s.111: windows run from it).
    Act.RECORD_COMMUNICATION: ARCS_AND_ABOVE,
    # s.111(4): staying an order pending its review or appeal, and vacating the stay. An ARCS's order is the
    # Registrar's (lifecycles.md §15 item 21), so the office that reviews it may stay it.
    Act.STAY_ORDER: ARCS_AND_ABOVE,
    # Moving a transferred officer's open cases to the successor: the Directorate, like assignment.
    Act.TRANSFER_CASES: REGISTRAR_LEVEL,
    # Raising a due on an order (fees, costs, surcharge) and recording a payment against it.
    Act.RECORD_DUES: ARCS_AND_ABOVE,
    # Inviting an outside party (auditor firm, liquidator, claimant bank, appellate officer) to a case.
    Act.INVITE_OUTSIDE_PARTY: ARCS_AND_ABOVE,
    # s.24 register of members: personal data (DPDP Act 2023), so only officers who supervise the society or
    # inspect its books (s.88): the ARCS and above, and the inspector of the district.
    Act.READ_MEMBER_REGISTER: at_least(Rank.INSPECTOR),
    # Confirming or rejecting a proposed identity link (a register entry or a Director is a known person): what
    # the director bars (s.40(4)) and the two-presidency limit (s.41(10)) then follow.
    Act.CONFIRM_PERSON_LINK: ARCS_AND_ABOVE,
    # s.12(2), (6)-(8), s.141: register, direct to reconsider, refuse an amendment; record and transcribe the
    # registered bye-laws (the Registrar's powers, delegated to the ARCS of the district).
    Act.DECIDE_BYE_LAWS: ARCS_AND_ABOVE,
    # s.85(1): the Registrar's direction to rectify the defects of an audit report, by the date he fixes (the ARCS
    # by delegation, lifecycles.md §15 item 21).
    Act.DIRECT_AUDIT_RECTIFICATION: ARCS_AND_ABOVE,
    # Accepting a rectified objection, or sending it back (the officer; the auditor of the audit may too).
    Act.CLOSE_AUDIT_OBJECTION: ARCS_AND_ABOVE,
    # s.86: re-audit or recasting of the accounts, ordered by the Chief Auditor (a post of its own, not on the
    # supervision ladder), within three years of the AGM's acceptance (reaudit_bar_3y).
    Act.ORDER_REAUDIT: frozenset({Rank.CHIEF_AUDITOR}),
    # s.81(1): the district office allots each year's audit (departmental auditor, or the society's panel choice).
    Act.ALLOT_AUDIT: ARCS_AND_ABOVE,
    # s.81(1) proviso, s.145(1): the panels are the State Government's and NABARD's orders; the Directorate
    # records them.
    Act.RECORD_AUDIT_PANEL: REGISTRAR_LEVEL,
    # s.111: entering a paper appeal, the order on a delay, hearings, the outcome, costs. An ARCS's order is the
    # Registrar's (§15 item 21), so the office that made it reviews it; appeals to the Registrar (s.111(1),
    # s.36(5), s.61(3)) are heard by the same ranks with jurisdiction.
    Act.HEAR_APPEAL: ARCS_AND_ABOVE,
    # A portal outage excuses every party's filing statewide: the Directorate records it.
    Act.RECORD_OUTAGE: REGISTRAR_LEVEL,
    # ss.92-93, 8(1), 49(2)(l): the Registrar's powers on a dispute, exercised by delegation in the district.
    Act.DECIDE_DISPUTE: ARCS_AND_ABOVE,
    # s.87(2): ordering an inquiry (subject, officer) or rejecting the application with reasons; entering a paper
    # application; opening one on the s.125 opinion; s.89(1) apportioning the cost after a hearing.
    Act.DECIDE_INQUIRY: ARCS_AND_ABOVE,
    # s.87(3)-(4): recording the findings, the delay letter and communicating the report (the inquiry officer
    # named in the order may also do it, whatever the rank: audit.inquiry.services).
    Act.CONDUCT_INQUIRY: ARCS_AND_ABOVE,
    # s.88(1)-(2): ordering an inspection, a creditor's once s.88(2) is met; communicating its result.
    Act.ORDER_INSPECTION: ARCS_AND_ABOVE,
    # s.103: a surcharge is an award against a person: the Registrar-level officers only.
    Act.ORDER_SURCHARGE: REGISTRAR_LEVEL,
    # s.126: seizing books, registers, documents or cash during an audit, inspection, inquiry or supervision.
    Act.SEIZE_RECORDS: ARCS_AND_ABOVE,
    # s.102(1), s.112, s.114: file on own motion, hearings, reasoned orders, service, extensions, payments,
    # attachment, execution. Granting the certificate also needs the Registrar's rank or a Delegation
    # (recovery.permissions.may_sign).
    Act.CONDUCT_RECOVERY: ARCS_AND_ABOVE,
    # Delegating the power to grant certificates, and the s.108 sanction to prosecute: the Registrar himself.
    Act.DELEGATE_CDC_POWER: frozenset({Rank.RCS}),
    Act.SANCTION_PROSECUTION: frozenset({Rank.RCS}),
    # Keys of the public API for a bank, NABARD or the National Cooperative Database: statewide data, so the
    # Directorate issues and revokes them (issue 24 point 2).
    Act.ISSUE_API_KEY: REGISTRAR_LEVEL,
    # s.94: the Registrar's power to cancel, exercised by delegation by the ARCS of the district (lifecycles.md
    # §15 item 21), with the show-cause notice, the Gazette and the post that go with it.
    Act.ORDER_CANCELLATION: ARCS_AND_ABOVE,
    # ss.96-100: the Registrar's closing powers, by delegation in the district like the cancellation (§15 item 21).
    Act.CLOSE_LIQUIDATION: ARCS_AND_ABOVE,
    # s.100(5) first proviso: the Registrar's one extension (with written reasons) and the Government's later ones
    # entered: the Registrar-level officers, as the limit is statewide policy rather than the district's routine.
    Act.EXTEND_LIQUIDATION: REGISTRAR_LEVEL,
    # ss.99, 101, 115(2): leave to sue a society in liquidation, and sanctioning a compromise its creditors agreed:
    # the Registrar's powers, by delegation in the district (§15 item 21).
    Act.SANCTION_IN_LIQUIDATION: ARCS_AND_ABOVE,
    # ss.13(4)(b), 14(4)(b): the approval dissolves the old societies (their registration stands cancelled), so the
    # Registrar-level officers approve, as they confirm compliance flags.
    Act.APPROVE_RESTRUCTURING: REGISTRAR_LEVEL,
    # ss.13(4)(a), 14(4)(a): a withdrawing member's share or a creditor's claim was paid (the district office).
    Act.RECORD_SCHEME_PAYMENT: ARCS_AND_ABOVE,
    # s.125, s.139, s.4A, s.146(1): recording the opinion that a ground of supersession exists, considering the
    # objections and forwarding the report, and the order superseding or suspending a Board: the Registrar-level
    # officers (a measure against an elected Board, never delegated to the district).
    Act.SUPERSEDE_BOARD: REGISTRAR_LEVEL,
    # The procedure in between: calling for and recording the society's objections, its receipt of the report and
    # the action it took (the ARCS of the district, as for the inquiry's letters).
    Act.CONDUCT_SUPERSESSION: ARCS_AND_ABOVE,
}

# Acts that only read (personal data behind a stricter gate than the office pages). They are the one place a
# rank below the ARCS may appear in the table: an inspector reads; no rank below the ARCS decides anything.
READING_ACTS = frozenset({Act.READ_MEMBER_REGISTER})


def ranks_for(act: Act) -> frozenset[str]:
    return CAPABILITIES[act]


def rank_may(user, act: Act) -> bool:
    """The user is an active officer whose rank may do `act` somewhere (for buttons on lists already filtered to
    the officer's jurisdiction, and for pages not about one record)."""
    officer = officer_for(user)
    return officer is not None and officer.rank in CAPABILITIES[act]


def may(user, act: Act, district_id: int | None) -> bool:
    """The user's rank may do `act` and `district_id` is within their jurisdiction. A record without a district
    is within the jurisdiction of the statewide ranks only."""
    if not rank_may(user, act):
        return False
    ids = jurisdiction_district_ids(user)
    return ids is None or (district_id is not None and district_id in ids)
