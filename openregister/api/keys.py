"""Registered API clients: `Authorization: Api-Key <key>` (ADR 0049). A wrong or revoked key is a 401 with its
reason, never a silent fall-back to the anonymous limit (a bank would not notice its integration broke)."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from ..models import ApiClient, hash_key

KEYWORD = "Api-Key"
UNKNOWN_KEY = _("This API key is not known. Check it, or ask the Registrar's office for a new one.")
REVOKED_KEY = _("This API key was revoked on %(day)s. Ask the Registrar's office for a new one.")


class ClientUser:
    """What request.user is for a registered client: not a portal account, only the client."""

    is_authenticated = True
    is_active = True
    is_staff = False
    is_superuser = False

    def __init__(self, client: ApiClient):
        self.client = client
        self.pk = None


class ApiKeyAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith(KEYWORD + " "):
            return None
        key = header[len(KEYWORD) + 1:].strip()
        client = ApiClient.objects.filter(key_hash=hash_key(key)).first() if key else None
        if client is None:
            raise exceptions.AuthenticationFailed(UNKNOWN_KEY)
        if not client.active:
            raise exceptions.AuthenticationFailed(REVOKED_KEY % {"day": f"{client.revoked_at:%d-%m-%Y}"})
        return ClientUser(client), client

    def authenticate_header(self, request):
        return KEYWORD


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    """The key as the OpenAPI document shows it (an apiKey in the Authorization header), so that the schema
    tells clients how to authenticate (without it drf-spectacular warns, W001, and leaves the scheme out)."""

    target_class = ApiKeyAuthentication
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": f"`Authorization: {KEYWORD} <key>` (a key issued by the Registrar's office)."}
