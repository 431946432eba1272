"""Control characters in a request (issue 10 § 2): a 4xx or a not-found page, never a 500 (request guards).

PostgreSQL refuses NUL in text, so a NUL typed into a query string, a path segment that reaches a lookup
(`/verify/<token>/`) or a form field used to end as a 500. Nobody types a control character on purpose:

- in the path: the page does not exist (404);
- in the query string (names or values): 400 Bad Request;
- in a form field: NUL is 400; any other control character (a bell, a form feed, an escape, DEL, C1) pasted
  with the text is dropped, while tab, line feed and carriage return (a textarea's lines) stay.

Uploaded files are not form fields here and are never inspected (a PDF holds NUL bytes).
"""

import re

from django.core.exceptions import BadRequest
from django.http import Http404, QueryDict

# C0 controls, DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The same, except tab, line feed and carriage return, which a textarea sends.
_STRIPPED_IN_FORMS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# For the log only: the 400 page shows no exception text.
CONTROL_IN_QUERY = "control character in the query string"
NUL_IN_FORM = "NUL character in a form field"


def has_control_characters(text: str) -> bool:
    return bool(_CONTROL.search(text))


def _any(pairs, pattern) -> bool:
    return any(pattern.search(key) or pattern.search(value) for key, value in pairs)


class ControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path_info):
            raise Http404("control character in the path")
        if _any(_pairs(request.GET), _CONTROL):
            raise BadRequest(CONTROL_IN_QUERY)
        if request.method == "POST" and request.content_type in (
                "application/x-www-form-urlencoded", "multipart/form-data"):
            posted = _pairs(request.POST)
            if any("\x00" in key or "\x00" in value for key, value in posted):
                raise BadRequest(NUL_IN_FORM)
            if _any(posted, _STRIPPED_IN_FORMS):
                cleaned = QueryDict(mutable=True, encoding=request.POST.encoding)
                for key, values in request.POST.lists():
                    cleaned.setlist(_STRIPPED_IN_FORMS.sub("", key),
                                    [_STRIPPED_IN_FORMS.sub("", value) for value in values])
                cleaned._mutable = False
                request.POST = cleaned
        return self.get_response(request)


def _pairs(querydict) -> list[tuple[str, str]]:
    return [(key, value) for key, values in querydict.lists() for value in values]
