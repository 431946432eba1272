"""The read-only public API under /api/v1/ (issue 24 point 2). Every view is throttled (WindowThrottle) and
carries the RateLimit headers; nothing here needs or reads a portal login."""

from datetime import date

from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from registrar import clock
from registrar.models import District
from registrar.statute import NoPeriod, NotCatalogued, UnknownRule, WindowNeeded, catalogue, get_rule
from registrar.statute.oracle import due_payload
from societies.models import Society

from .. import fields, sections
from ..forms import RegisterSearchForm
from ..search import set_similarity_threshold, society_list_public
from ..selectors import public_orders, serialise_order
from .serializers import (
    DistrictSerializer,
    DueSerializer,
    OrderSerializer,
    RuleSerializer,
    society_serializer_class,
)
from .throttling import RateLimitHeadersMixin

SocietySerializer = society_serializer_class()

FILTERS = [
    OpenApiParameter("q", str, description="Words of the name, any order, spelling-tolerant; Assamese too."),
    OpenApiParameter("number", str, description="Registration number, or its beginning."),
    OpenApiParameter("district", str, description="District code (see /api/v1/districts/)."),
    OpenApiParameter("place", str, description="Village, town or area of operation."),
    OpenApiParameter("type", str, description="Society type code."),
    OpenApiParameter("legal_status", str, description="registered, cancellation_ordered, in_liquidation, "
                                                      "dissolved ..."),
    OpenApiParameter("governance_status", str, description="elected_board, officer_in_charge, superseded ..."),
]


class SocietyCursor(CursorPagination):
    ordering = "pk"  # stable under inserts: a cursor never skips or repeats a society
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500


class PublicApiView(RateLimitHeadersMixin, APIView):
    pass


class SocietyList(RateLimitHeadersMixin, generics.ListAPIView):
    """Every society in the register, cancelled and dissolved ones included, with the register's filters."""

    serializer_class = SocietySerializer
    pagination_class = SocietyCursor

    def get_queryset(self):
        form = RegisterSearchForm(self.request.query_params)
        if not form.is_valid():
            raise ValidationError(form.errors.get_json_data())
        # The cursor orders by pk; the name's closeness is the page's ordering, not the API's.
        return fields.prepare(society_list_public(form.criteria())).order_by("pk")

    def paginate_queryset(self, queryset):
        return fields.fill(super().paginate_queryset(queryset), clock.today())

    @extend_schema(parameters=FILTERS)
    def get(self, request, *args, **kwargs):
        with transaction.atomic():
            set_similarity_threshold(request.query_params.get("q", ""))
            return super().get(request, *args, **kwargs)


def _society_or_404(number: str) -> Society:
    society = fields.prepare(Society.objects.filter(registration_number__iexact=number[:40])).first()
    if society is None:
        raise Http404(_("No society has that registration number."))
    return society


class SocietyDetail(PublicApiView):
    @extend_schema(responses=inline_serializer("SocietyDetail", {
        "society": SocietySerializer(), "sections": serializers.DictField()}))
    def get(self, request, number):
        society = fields.fill([_society_or_404(number)], clock.today())[0]
        return Response({
            "society": SocietySerializer(society, context={"request": request}).data,
            "sections": sections.api_values(society, clock.today()),
        })


class SocietyOrders(PublicApiView):
    @extend_schema(responses=OrderSerializer(many=True))
    def get(self, request, number):
        society = _society_or_404(number)
        return Response([serialise_order(order) for order in public_orders(society)])


class DistrictList(RateLimitHeadersMixin, generics.ListAPIView):
    serializer_class = DistrictSerializer
    queryset = District.objects.order_by("name")
    pagination_class = None


class RuleList(PublicApiView):
    @extend_schema(responses=RuleSerializer(many=True))
    def get(self, request):
        return Response(RuleSerializer(list(catalogue().values()), many=True).data)


class RuleDue(PublicApiView):
    """The rule's last day for a trigger date, with holidays: the `manage.py statute due` oracle over HTTP."""

    @extend_schema(parameters=[OpenApiParameter("trigger", OpenApiTypes.DATE, required=True,
                                                description="The trigger date, YYYY-MM-DD.")],
                   responses={200: DueSerializer, 400: OpenApiResponse(description="A bad date or a rule "
                                                                                   "without a period"),
                              404: OpenApiResponse(description="No such rule")})
    def get(self, request, rule_id):
        try:
            get_rule(rule_id)
        except (UnknownRule, NotCatalogued) as exc:
            return Response({"detail": str(exc.args[0])}, status=status.HTTP_404_NOT_FOUND)
        text = request.query_params.get("trigger", "")
        try:
            trigger = date.fromisoformat(text)
        except ValueError:
            return Response({"detail": f"trigger must be an existing date, YYYY-MM-DD (got {text[:20]!r})"},
                            status=status.HTTP_400_BAD_REQUEST)
        try:
            return Response(due_payload(rule_id, trigger))
        except (NoPeriod, WindowNeeded) as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        except (OverflowError, ValueError) as exc:
            return Response({"detail": f"date out of range: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
