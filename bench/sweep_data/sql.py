"""Filling a table in one INSERT ... SELECT FROM generate_series, and small lookups every fill uses."""


from django.db import connection, models

# Column values the generator may not guess: callables, or NOT NULL columns with no default.
_AUTO = object()


def _column_sql(field, values: dict[str, str], params: dict) -> str | None:
    """The SQL expression for one column: the caller's, else a constant default, '' for blank text, now() for
    auto timestamps, NULL when nullable. None (error) for a NOT NULL column none of these covers."""
    column = field.column
    if column in values:
        return values[column]
    if isinstance(field, models.AutoField):
        return _AUTO  # the sequence fills it
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return "now()"
    if getattr(field, "db_default", models.NOT_PROVIDED) is not models.NOT_PROVIDED:
        return _AUTO
    if field.has_default() and not callable(field.default):
        key = f"default_{column}"
        params[key] = field.get_db_prep_save(field.default, connection)
        return f"%({key})s"
    if field.null:
        return "NULL"
    if isinstance(field, (models.CharField, models.TextField)) and field.blank:
        return "''"
    if isinstance(field, models.JSONField) and field.has_default():
        return "'{}'::jsonb" if field.default is dict else "'[]'::jsonb"
    return None


def insert_series(model, n: int, values: dict[str, str], params: dict | None = None) -> int:
    """INSERT `n` rows of `model` (g = 1..n); `values` maps column -> SQL expression over g.

    Other columns get their constant default, '' (blank text), now() (auto timestamps) or NULL. A NOT NULL
    column with none of these raises, naming it, so a new column shows up here rather than as bad data.
    """
    params = dict(params or {})
    columns, exprs, missing = [], [], []
    for field in model._meta.concrete_fields:
        expr = _column_sql(field, values, params)
        if expr is _AUTO:
            continue
        if expr is None:
            missing.append(field.column)
            continue
        columns.append(field.column)
        exprs.append(expr)
    if missing:
        raise ValueError(f"{model._meta.db_table}: give a value for NOT NULL column(s) {', '.join(missing)}")
    params["n"] = n
    sql = (f"INSERT INTO {model._meta.db_table} ({', '.join(columns)}) "
           f"SELECT {', '.join(exprs)} FROM generate_series(1, %(n)s) AS g")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _first_id(cursor, table: str, where: str = "TRUE") -> int:
    cursor.execute(f"SELECT min(id) - 1 FROM {table} WHERE {where}")
    return cursor.fetchone()[0]


def _people_ids() -> int:
    from registrar.models import User

    return User.objects.get(username="bench.arcs").pk
