"""Choices shared by the person and the register. Values match governance's Director.Gender / Director.Category so
the annual return and Board composition read them the same way."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Other")


class Category(models.TextChoices):
    """Social category as the person declares it (no certificate is checked by the portal)."""

    GENERAL = "general", _("General")
    SC = "sc", _("Scheduled Caste")
    ST = "st", _("Scheduled Tribe")
    OBC = "obc", _("Other Backward Class")


class ParentRelation(models.TextChoices):
    """Whose name `Person.parent_name` is: the register records the father's or the husband's name."""

    FATHER = "father", _("Father")
    HUSBAND = "husband", _("Husband")
    MOTHER = "mother", _("Mother")
