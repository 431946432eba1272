"""The machine-readable copy of a cancellation's Gazette notice, in JSON-LD with schema.org types (the way The
Gazette publishes its notices as linked data). The mapping is documented in docs/adr/0054-cancellation-gazette-
and-effect.md; in short:

- the notice is a schema.org `Legislation` (a CreativeWork): `legislationIdentifier` = the order's number,
  `legislationDate` = the date of the order, `legislationType` = "Gazette notice: cancellation of registration
  (s.94(3))", `legislationJurisdiction` = "IN-AS", `legislationPassedBy` = the Registrar (GovernmentOrganization),
  `legislationLegalForce` = NotInForce until the order takes effect, then InForce;
- `datePublished` = the Gazette's DATE OF PUBLICATION (the two months run from it), `isPartOf` = the
  `PublicationIssue` (issueNumber = the Gazette's number) of the `Periodical` "The Assam Gazette";
- `about` = the society (Organization: legal name, registration number as `identifier`, address);
- `contributor` = the liquidator (Person, jobTitle "Liquidator", the office's address — no home address);
- `potentialAction` = the two things the public may do and by when: a claim to the liquidator (CommunicateAction,
  endTime = the claims' last day) and a member's appeal to the State Government (endTime = the appeal's last day);
- the day the order takes effect with no appeal has no schema.org property: `sahakar:takesEffectOn` in the
  portal's own namespace, declared in the @context.
No member's or claimant's personal data is in it.
"""

from django.conf import settings
from django.urls import reverse

from ..selectors import appeal_window, in_effect
from ..services.gazette import claims_last_day

NAMESPACE = "/liquidation/ns#"


def _site(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _iso(day):
    return day.isoformat() if day else None


def notice_jsonld(case) -> dict:
    """The notice of a published cancellation (case.gazette_published_on is set) as a JSON-LD document."""
    order, society = case.cancellation_order, case.society
    published = case.gazette_published_on
    appeal_last_day, effect_on = appeal_window(case)
    registrar = {"@type": "GovernmentOrganization", "name": "Registrar of Co-operative Societies, Assam",
                 "areaServed": "Assam"}
    office = getattr(getattr(case.liquidator, "officer_profile", None), "office", None)
    liquidator = {"@type": "Person", "name": case.liquidator.get_full_name() or case.liquidator.username,
                  "jobTitle": "Liquidator"}
    if office is not None:
        liquidator["address"] = office.address
    url = _site(reverse("liquidation_notice", args=[case.pk]))
    document = {
        "@context": ["https://schema.org", {"sahakar": _site(NAMESPACE)}],
        "@type": "Legislation",
        "@id": url,
        "url": url,
        "name": f"Cancellation of the registration of {society.name}",
        "inLanguage": ["en", "as"],
        "legislationType": "Gazette notice: cancellation of registration (s.94(3))",
        "legislationIdentifier": order.number,
        "legislationDate": _iso(order.made_on),
        "legislationJurisdiction": "IN-AS",
        "legislationPassedBy": registrar,
        "legislationLegalForce": "https://schema.org/InForce" if in_effect(case) else "https://schema.org/NotInForce",
        "datePublished": _iso(published),
        "isPartOf": {"@type": "PublicationIssue", "issueNumber": case.gazette_number, "datePublished": _iso(published),
                     "isPartOf": {"@type": "Periodical", "name": "The Assam Gazette"}},
        "about": {"@type": "Organization", "legalName": society.name, "identifier": society.registration_number,
                  "address": society.address},
        "contributor": liquidator,
        "encoding": [{"@type": "MediaObject", "encodingFormat": "application/pdf", "inLanguage": lang,
                      "contentUrl": _site(reverse("liquidation_notice_pdf", args=[case.pk, lang]))}
                     for lang in ("en", "as")],
        "potentialAction": [
            {"@type": "CommunicateAction", "name": "Submit a claim to the liquidator (s.94(3))",
             "recipient": liquidator, "endTime": _iso(claims_last_day(published))},
            {"@type": "Action", "name": "A member's appeal to the State Government (s.94(5))",
             "recipient": {"@type": "GovernmentOrganization", "name": "Government of Assam"},
             "endTime": _iso(appeal_last_day)},
        ],
        "sahakar:takesEffectOn": _iso(case.takes_effect_on or (effect_on if case.state == "cancellation_ordered" else None)),
        "sahakar:status": case.state,
    }
    return document
