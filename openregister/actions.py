"""Activity codes of the public register and API."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar import actions


class OpenRegisterAction(models.TextChoices):
    API_CLIENT_ISSUED = "openregister.api_client_issued", _("API key issued")
    API_CLIENT_REVOKED = "openregister.api_client_revoked", _("API key revoked")
    OPEN_DATA_RELEASED = "openregister.open_data_released", _("Open data published")


actions.register(OpenRegisterAction)
