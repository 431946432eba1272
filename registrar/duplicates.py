"""A create action that finds its record already made: a double click, a second tab, a re-sent form.

Each create service states its natural key (a paper application: district, date of receipt and name; a Board
meeting: society and day; ...), checks it under the lock it already takes (so two requests cannot both pass the
check), and backs it with a unique constraint in the database. When the record exists it raises
`AlreadyRecorded`, a ValidationError carrying the existing record: a view that knows the record's page sends the
user there with the message; any other view shows the message like any refusal. Never an IntegrityError (500).
"""

from django.core.exceptions import ValidationError


class AlreadyRecorded(ValidationError):
    def __init__(self, message, *, existing=None, params=None):
        super().__init__(message, code="already_recorded", params=params)
        self.existing = existing
