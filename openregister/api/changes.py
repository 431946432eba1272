"""/api/v1/changes/: the change feed as JSON Lines (one event per line), resumable from `after=<cursor>`.

The response's `Next-Cursor` header is where to resume (also when no event was public: the cursor still moves
on, so a client never re-reads the same stretch). A cursor older than the feed's window is 416 with the oldest
cursor still kept (issue 24 point 3)."""

import json

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import renderers, status
from rest_framework.response import Response

from .. import feed
from .views import PublicApiView

EXPIRED = ("This cursor is older than the feed keeps (%(days)s days). Reload the register from the open-data "
           "download, then follow the feed from cursor %(oldest)s.")


class JSONLinesRenderer(renderers.BaseRenderer):
    media_type = "application/jsonl"
    format = "jsonl"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, list):
            return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in data).encode()
        return (json.dumps(data, ensure_ascii=False) + "\n").encode()


class ChangeFeed(PublicApiView):
    renderer_classes = [JSONLinesRenderer, renderers.JSONRenderer]

    @extend_schema(
        parameters=[
            OpenApiParameter("after", OpenApiTypes.INT, description="The last cursor you read (omit to start at "
                                                                    "the oldest event kept)."),
            OpenApiParameter("limit", OpenApiTypes.INT, description=f"At most {feed.MAX_LIMIT} events."),
        ],
        responses={200: OpenApiResponse(description="JSON Lines: one event per line; header Next-Cursor."),
                   400: OpenApiResponse(description="A cursor or limit that is not a number"),
                   416: OpenApiResponse(description="The cursor is older than the feed keeps")},
    )
    def get(self, request):
        try:
            after = int(request.query_params["after"]) if request.query_params.get("after") else None
            limit = int(request.query_params.get("limit") or feed.DEFAULT_LIMIT)
        except ValueError:
            return Response({"detail": "after and limit must be whole numbers"}, status=status.HTTP_400_BAD_REQUEST)
        if (after is not None and after < 0) or limit < 1:
            return Response({"detail": "after must be 0 or more and limit 1 or more"},
                            status=status.HTTP_400_BAD_REQUEST)
        try:
            events, next_cursor = feed.read(after, limit)
        except feed.CursorExpired as exc:
            from django.conf import settings

            return Response({"detail": EXPIRED % {"days": settings.CHANGE_FEED_DAYS, "oldest": exc.oldest},
                             "oldest_cursor": exc.oldest}, status=status.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE)
        response = Response(events)
        response["Next-Cursor"] = str(next_cursor)
        return response
