"""A rule in plain language for the public pages (/law/<rule>/, the compliance card): the section in words, who
must act, the period, what the rule is for, and what happens when it is not kept, in the page's language.
Never the engine's fields (kind, limit keys, anchor rules) or notes meant for engineers (issue 25 point 6)."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from registrar.l10n import local_digits

from .catalogue import yaml_rules

PLAIN_YAML = Path(__file__).with_name("plain.yaml")

ACTORS = {
    "registrar": _("The Registrar"), "society": _("The society"), "board": _("The Board"),
    "member": _("A member"), "president": _("The President"), "state_government": _("The State Government"),
    "liquidator": _("The liquidator"), "applicant": _("The applicant"), "chairman": _("The Chairman"),
    "general_assembly": _("The general assembly"), "aggrieved_party": _("A person aggrieved by the order"),
    "creditor": _("A creditor"), "chief_executive": _("The chief executive"), "auditor": _("The auditor"),
    "debtor": _("A debtor"), "promoter_board": _("The promoter Board"), "secretary": _("The secretary"),
    "vice_president": _("The Vice-President"), "employer": _("An employer"), "chief_auditor": _("The Chief Auditor"),
    "any_person": _("Any person"), "dispute_party": _("A party to the dispute"), "administrator": _("The administrator"),
}

KINDS = {
    "deadline": _("A last day by which something must be done."),
    "deemed": _("If nothing is decided in time, the Act itself gives the result."),
    "cessation": _("An office or a right ends by law when the time runs out."),
    "window": _("A period within which something may be done."),
    "waiting_period": _("A period that must pass before something may be done."),
    "max_duration": _("The longest time something may last."),
    "threshold": _("A number the Act sets as a minimum or a maximum."),
    "bar": _("Something the Act does not allow for a time."),
    "look_back": _("How far back in time a matter may reach."),
    "limitation": _("The time after which a case can no longer be brought."),
    "recurrence": _("Something that must happen again at regular intervals."),
    "retention": _("How long records must be kept."),
    "penalty": _("A punishment the Act sets for a breach."),
    "effect": _("A legal effect that follows from the facts."),
    "validation": _("A condition that a decision or a document must meet."),
}

NOT_TRANSLATED = _("Not yet translated into Assamese; the English text follows.")
NO_CONSEQUENCE = _("The Act states no consequence.")


@cache
def plain_entries() -> dict:
    return yaml.safe_load(PLAIN_YAML.read_text(encoding="utf-8")) or {}


def section_words(section: str) -> str:
    """'11 proviso' -> 'Section 11 proviso of the Assam Co-operative Societies Act, 2007' (Assamese digits on
    Assamese pages)."""
    return gettext("Section %(section)s of the Assam Co-operative Societies Act, 2007") % {
        "section": local_digits(section)}


def period_words(limit) -> str:
    if not isinstance(limit, dict):
        return ""
    parts = []
    for key, one, many in (("years", "%(n)s year", "%(n)s years"), ("months", "%(n)s month", "%(n)s months"),
                           ("days", "%(n)s day", "%(n)s days"), ("hours", "%(n)s hour", "%(n)s hours")):
        n = limit.get(key)
        if isinstance(n, int) and not isinstance(n, bool):
            parts.append(ngettext(one, many, n) % {"n": local_digits(n)})
    return ", ".join(parts)


@dataclass(frozen=True)
class PlainRule:
    rule_id: str
    section: str
    quote: str
    who: str
    period: str
    kind: str
    summary: str
    consequence: str
    consequence_translated: bool
    automatic: bool


def _pick(texts: dict | None, lang: str) -> str:
    if not texts:
        return ""
    return texts.get(lang) or ""


def plain_rule(rule_id: str) -> PlainRule:
    """KeyError for an id that is not in rules.yaml."""
    entry = yaml_rules()[rule_id]
    lang = (get_language() or "en").split("-")[0]
    plain = plain_entries().get(rule_id) or {}
    consequence = _pick(plain.get("consequence"), lang)
    translated = bool(consequence)
    if not consequence:
        english = _pick(plain.get("consequence"), "en") or str(entry.get("consequence") or "")
        consequence = "" if english.strip().lower() in ("", "none stated") else english
        translated = lang == "en"
        if not consequence:
            consequence, translated = str(NO_CONSEQUENCE), True
    return PlainRule(
        rule_id=rule_id,
        section=section_words(str(entry["section"])),
        quote=str(entry.get("quote") or ""),
        who=str(ACTORS.get(entry.get("actor"), "")),
        period=period_words(entry.get("limit")),
        kind=str(KINDS.get(entry.get("kind"), "")),
        summary=_pick(plain.get("summary"), lang),
        consequence=consequence,
        consequence_translated=translated,
        automatic=bool(entry.get("automatic")),
    )
