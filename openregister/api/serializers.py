"""The API's representations, built from the declared public fields (openregister/fields.py): a module that adds
a field to the register adds it to the API and its schema without touching this file."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from registrar.models import District

from .. import fields


@extend_schema_field(OpenApiTypes.STR)
class _Text(serializers.Field):
    def __init__(self, public_field, **kwargs):
        self.public_field = public_field
        super().__init__(source="*", read_only=True, help_text=str(public_field.description or public_field.label),
                         **kwargs)

    def to_representation(self, society):
        value = self.public_field.value(society)
        return value if value is None else str(value)


@extend_schema_field(OpenApiTypes.INT)
class _Integer(_Text):
    def to_representation(self, society):
        return self.public_field.value(society)


@extend_schema_field(OpenApiTypes.DATE)
class _Date(_Text):
    def to_representation(self, society):
        value = self.public_field.value(society)
        return value.isoformat() if value else None


_FIELD_CLASSES = {"string": _Text, "integer": _Integer, "date": _Date}


def _declared_fields() -> dict:
    return {f.key: _FIELD_CLASSES[f.type](f) for f in fields.declared()}


def society_serializer_class():
    """Built when the URLconf loads, after every app's ready() declared its fields."""
    attrs = _declared_fields()
    attrs["url"] = serializers.SerializerMethodField(help_text="This society in the API.")
    attrs["public_page"] = serializers.SerializerMethodField(help_text="The society's page in the public register.")

    def get_url(self, society) -> str:
        return self.context["request"].build_absolute_uri(society_api_path(society))

    def get_public_page(self, society) -> str:
        return self.context["request"].build_absolute_uri(society_page_path(society))

    attrs.update(get_url=get_url, get_public_page=get_public_page)
    return type("Society", (serializers.Serializer,), attrs)


def society_api_path(society) -> str:
    from django.urls import reverse

    return reverse("api_society_detail", args=[society.registration_number])


def society_page_path(society) -> str:
    from django.urls import reverse

    return reverse("public_register_society", args=[society.registration_number])


class OrderSerializer(serializers.Serializer):
    number = serializers.CharField()
    kind = serializers.CharField()
    section = serializers.CharField()
    made_on = serializers.DateField()
    communicated_on = serializers.DateField(allow_null=True)
    set_aside_on = serializers.DateField(allow_null=True)
    verify_url = serializers.CharField()


class DistrictSerializer(serializers.ModelSerializer):
    class Meta:
        model = District
        fields = ["code", "name", "name_as", "headquarters"]


class RuleSerializer(serializers.Serializer):
    id = serializers.CharField()
    section = serializers.CharField()
    kind = serializers.CharField()
    automatic = serializers.BooleanField()
    period = serializers.CharField(source="timing")


class DueSerializer(serializers.Serializer):
    rule = serializers.CharField()
    section = serializers.CharField()
    trigger = serializers.DateField()
    last_day = serializers.DateField(allow_null=True)
    filing_last_day = serializers.DateField(allow_null=True)
    earliest_day = serializers.DateField(allow_null=True)
    effective_on = serializers.DateField(allow_null=True)
    automatic = serializers.BooleanField()
