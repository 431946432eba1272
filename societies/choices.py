from django.db import models
from django.utils.translation import gettext_lazy as _


class SocietyType(models.TextChoices):
    GPSS = "gpss", _("Gaon Panchayat Samabay Samity (GPSS)")
    WOMEN_MULTIPURPOSE = "women_multipurpose", _("Women's multipurpose")
    CONSUMER_STORE = "consumer_store", _("Primary consumers' store")
    WHOLESALE_CONSUMERS = "wholesale_consumers", _("Wholesale consumers' store")
    FISHERY = "fishery", _("Fishery")
    DAIRY = "dairy", _("Dairy")
    HANDLOOM_WEAVERS = "handloom_weavers", _("Handloom weavers")
    SERICULTURE = "sericulture", _("Sericulture")
    FARMING = "farming", _("Farming")
    THRIFT_CREDIT = "thrift_credit", _("Thrift and credit")
    MARKETING = "marketing", _("Marketing")
    HOUSING = "housing", _("Housing")
    COOPERATIVE_BANK = "cooperative_bank", _("Co-operative bank")
    OTHER = "other", _("Other")


class LegalStatus(models.TextChoices):
    """Does the body corporate exist? (lifecycles.md §2)"""

    REGISTERED = "registered", _("Registered")
    CANCELLATION_ORDERED = "cancellation_ordered", _("Cancellation ordered")
    CANCELLATION_APPEAL_PENDING = "cancellation_appeal_pending", _("Cancellation under appeal")
    IN_LIQUIDATION = "in_liquidation", _("In liquidation")
    DISSOLVED = "dissolved", _("Dissolved")
    # A deemed registration set aside by a Registrar's rectification order: the refusal was in fact dispatched
    # in time (registrar.rectification, societies.registration.rectifiers, ADR on rectification). The record stays.
    REGISTRATION_SET_ASIDE = "registration_set_aside", _("Registration set aside")
    # ss.13-15: the registration stands cancelled when a division, amalgamation or merger takes effect; the record
    # stays, pointing to the successors (societies.restructuring, issue 17).
    DIVIDED = "divided", _("Divided")
    AMALGAMATED = "amalgamated", _("Amalgamated")
    MERGED_OUT = "merged_out", _("Merged into another society")


class GovernanceStatus(models.TextChoices):
    """Who runs the society? (lifecycles.md §3)"""

    PROMOTER_BOARD = "promoter_board", _("Promoter Board")
    ELECTED_BOARD = "elected_board", _("Elected Board")
    ELECTION_IN_PROGRESS = "election_in_progress", _("Election in progress")
    BOARD_CEASED = "board_ceased", _("Board ceased or dissolved")
    OFFICER_IN_CHARGE = "officer_in_charge", _("Officer in charge under s.41(6)")
    SUPERSEDED = "superseded", _("Superseded: administrator in charge")


class RegistrationKind(models.TextChoices):
    CERTIFICATE = "certificate", _("Registered by certificate (s.11)")
    DEEMED = "deemed", _("Deemed registered (proviso to s.11)")
