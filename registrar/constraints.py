"""CHECK constraints added to tables that already hold rows (issue 10 § 2; ADR 0012-input-bounds).

`AddConstraintNotValid` is a migration operation: on PostgreSQL it adds a CHECK constraint `NOT VALID`, so every
row inserted or updated from then on is checked at once, while the rows already there are not scanned (the
migration cannot fail, or lock the table for a scan, because of an old bad row). The office then lists the rows
that break it (`manage.py invalid_rows`), corrects them, and validates the constraint
(`manage.py invalid_rows --validate`, which runs `ALTER TABLE ... VALIDATE CONSTRAINT` for each constraint no row
breaks). SQLite (development and the quick tests) has no NOT VALID: there the constraint is added as usual.

`bounded_constraints()` and `breaking_rows()` are what the command reads.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import connection, migrations
from django.db.models import CheckConstraint, Q

# The apps whose CHECK constraints the command looks at.
PROJECT_APPS = ("registrar", "societies", "governance")


class AddConstraintNotValid(migrations.AddConstraint):
    """AddConstraint that leaves the existing rows unscanned on PostgreSQL (`ADD CONSTRAINT ... NOT VALID`)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, model):
            return
        if schema_editor.connection.vendor == "postgresql" and isinstance(self.constraint, CheckConstraint):
            schema_editor.execute(f"{self.constraint.create_sql(model, schema_editor)} NOT VALID", params=None)
        else:
            schema_editor.add_constraint(model, self.constraint)

    def describe(self):
        return f"Create constraint {self.constraint.name} on model {self.model_name} (NOT VALID on PostgreSQL)"


@dataclass
class Bounded:
    model: type
    constraint: CheckConstraint

    @property
    def label(self) -> str:
        return f"{self.model._meta.label}.{self.constraint.name}"

    @property
    def table(self) -> str:
        return self.model._meta.db_table


def _fields(condition) -> list[str]:
    """The model fields a Q condition reads."""
    names: list[str] = []
    for child in condition.children:
        if isinstance(child, Q):
            names.extend(n for n in _fields(child) if n not in names)
        else:
            name = child[0].split("__")[0]
            if name not in names:
                names.append(name)
    return names


def bounded_constraints() -> list[Bounded]:
    """Every CHECK constraint declared on the project's models, in app and model order."""
    found = []
    for label in PROJECT_APPS:
        for model in apps.get_app_config(label).get_models():
            for constraint in model._meta.constraints:
                if isinstance(constraint, CheckConstraint) and isinstance(constraint.condition, Q):
                    found.append(Bounded(model, constraint))
    return found


def breaking_rows(bounded: Bounded):
    """The rows that break the constraint. A CHECK passes when its condition is unknown (NULL), so the conditions
    name `isnull` wherever a nullable field is allowed to be empty, and `~Q` here matches only real breaches."""
    order = {field.name: i for i, field in enumerate(bounded.model._meta.fields)}
    fields = ["pk", *sorted(_fields(bounded.constraint.condition), key=lambda name: order.get(name, 0))]
    return bounded.model._default_manager.filter(~bounded.constraint.condition).order_by("pk").values(*fields)


def not_validated() -> set[str]:
    """Names of the CHECK constraints PostgreSQL holds as NOT VALID (empty elsewhere)."""
    if connection.vendor != "postgresql":
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT conname FROM pg_constraint WHERE contype = 'c' AND NOT convalidated")
        return {row[0] for row in cursor.fetchall()}


def validate(bounded: Bounded) -> None:
    """ALTER TABLE ... VALIDATE CONSTRAINT: scans the table (a SHARE UPDATE EXCLUSIVE lock: reads and writes go on)."""
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {qn(bounded.table)} VALIDATE CONSTRAINT {qn(bounded.constraint.name)}")
