"""Member statistics (issue 15 point 4; the empowerment study measures women's membership), on the office
reports frame (registrar.reports): per society, per district or statewide (the officer's jurisdiction).

Figures: members on the register today by gender, social category, class and age band; admissions and
cessations per financial year (growth); women among Directors in office and among office-bearers (President,
Vice-President). Each figure is a link to its list (the page `office_member_statistics`, filtered by
?figure=<key>&district=&society=), and every list is written apart from the aggregate: `figure_rows` is the list
page's own selector, `aggregate` counts with one grouped query per table (versions, members, directors).

Age bands read the age reached in the current calendar year, from the date of birth or the age stated on a day
(the register keeps either): a band is a range of birth years, so the count is an index-friendly filter.
Years of growth are the State's April-March co-operative years (lifecycles.md §15 item 17, the default year end).
"""

from datetime import date
from functools import partial

from django.db.models import Count, F, IntegerField, Q
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.translation import gettext_lazy as _

from registrar.capabilities import Act
from registrar.reports import Figure, Report, register
from registrar.selectors import in_jurisdiction

from ..models import Category, Gender, Member, MemberClass, MemberVersion
from ..selectors import in_force, on_register

YEARS = 3
AGE_BANDS = (("18-29", 18, 29), ("30-44", 30, 44), ("45-59", 45, 59), ("60+", 60, 200))
URL = "office_member_statistics"


def fy_bounds(end_year: int) -> tuple[date, date]:
    return date(end_year - 1, 4, 1), date(end_year, 3, 31)


def _growth_years(today: date) -> list[int]:
    latest = today.year if today >= date(today.year, 3, 31) else today.year - 1  # the last year ended (or ending)
    return [latest - i for i in range(YEARS)]


def _birth_year():
    return Coalesce(ExtractYear("date_of_birth"), ExtractYear("age_on") - F("age_years"),
                    output_field=IntegerField())


def _member_conditions(today: date) -> dict[str, Q]:
    """Conditions on MemberVersion rows in force today and on the register (annotated `birth_year`)."""
    found = {"members": Q(), "women": Q(gender=Gender.WOMAN), "men": Q(gender=Gender.MAN),
             "other": Q(gender=Gender.OTHER)}
    for value, _label in Category.choices:
        found[f"category:{value}"] = Q(category=value)
    for value, _label in MemberClass.choices:
        found[f"class:{value}"] = Q(member_class=value)
    for key, low, high in AGE_BANDS:
        found[f"age:{key}"] = Q(birth_year__gte=today.year - high, birth_year__lte=today.year - low)
    found["age:unknown"] = Q(birth_year__isnull=True)
    return found


def _growth_conditions(today: date) -> dict[str, Q]:
    found = {}
    for year in _growth_years(today):
        start, end = fy_bounds(year)
        found[f"admitted:{year}"] = Q(admitted_on__gte=start, admitted_on__lte=end)
        found[f"ceased:{year}"] = Q(ceased_on__gte=start, ceased_on__lte=end)
    return found


OFFICE_BEARERS = ("president", "vice_president")


def _director_conditions() -> dict[str, Q]:
    return {"board:directors": Q(), "board:women": Q(gender=Gender.WOMAN),
            "office:holders": Q(office__in=OFFICE_BEARERS), "office:women": Q(office__in=OFFICE_BEARERS,
                                                                                gender=Gender.WOMAN)}


# ---- the scope: jurisdiction, then ?district= and ?society= -------------------------------------------------

def params(get, today: date) -> dict:
    found = {}
    for key in ("district", "society"):
        raw = (get.get(key) or "").strip()
        if raw.isdigit():
            found[key] = int(raw)
    return found


def _scoped(queryset, user, scope: dict, society_path: str):
    queryset = in_jurisdiction(queryset, user, f"{society_path}__district")
    if scope.get("district"):
        queryset = queryset.filter(**{f"{society_path}__district_id": scope["district"]})
    if scope.get("society"):
        queryset = queryset.filter(**{f"{society_path}_id": scope["society"]})
    return queryset


def _versions(user, today: date, scope):
    rows = MemberVersion.objects.filter(in_force(today)).filter(on_register(today)).annotate(birth_year=_birth_year())
    return _scoped(rows, user, scope, "society")


def _members(user, scope):
    return _scoped(Member.objects.all(), user, scope, "society")


def _directors(user, scope):
    from societies.governance.models import Director

    rows = Director.objects.filter(board__ended_on__isnull=True, ceased_on__isnull=True)
    return _scoped(rows, user, scope, "board__society")


def figure_rows(user, today: date, scope: dict, *, key: str):
    """The list a figure summarises (the list page reads exactly this)."""
    if key in _member_conditions(today):
        return _versions(user, today, scope).filter(_member_conditions(today)[key]).order_by("society_id", "number")
    if key in _growth_conditions(today):
        return _members(user, scope).filter(_growth_conditions(today)[key]).order_by("society_id", "number")
    if key in _director_conditions():
        return _directors(user, scope).filter(_director_conditions()[key]).order_by("board__society_id", "pk")
    raise KeyError(key)


def aggregate(user, today: date, scope) -> dict[str, int]:
    """Three queries: versions in force, members (growth), Directors in office."""
    values = _versions(user, today, scope).aggregate(
        **{key: Count("pk", filter=q) for key, q in _member_conditions(today).items()})
    values.update(_members(user, scope).aggregate(
        **{key: Count("pk", filter=q) for key, q in _growth_conditions(today).items()}))
    values.update(_directors(user, scope).aggregate(
        **{key: Count("pk", filter=q) for key, q in _director_conditions().items()}))
    return values


LABELS = {
    "members": _("Members on the register"), "women": _("Women"), "men": _("Men"), "other": _("Other gender"),
    "board:directors": _("Directors in office"), "board:women": _("Women Directors"),
    "office:holders": _("Office-bearers (President, Vice-President)"), "office:women": _("Women office-bearers"),
    "age:unknown": _("Age not recorded"),
}


def figures(today: date, scope) -> list[Figure]:
    query = {k: v for k, v in scope.items() if v}
    found = []

    def add(key, label, group, tone="neutral"):
        found.append(Figure(key, label, partial(_rows_for, key=key), URL, {"figure": key, **query}, tone=tone,
                            group=group, short=key))

    for key in ("members", "women", "men", "other"):
        add(key, LABELS[key], _("Members by gender"), "good" if key == "women" else "neutral")
    for value, label in Category.choices:
        add(f"category:{value}", label, _("Members by social category"))
    for value, label in MemberClass.choices:
        add(f"class:{value}", label, _("Members by class"))
    for key, _low, _high in AGE_BANDS:
        add(f"age:{key}", _("Aged %(band)s") % {"band": key}, _("Members by age band"))
    add("age:unknown", LABELS["age:unknown"], _("Members by age band"))
    for year in _growth_years(today):
        label = f"{year - 1}–{year % 100:02d}"
        add(f"admitted:{year}", _("Admitted in %(year)s") % {"year": label}, _("Growth by year"), "good")
        add(f"ceased:{year}", _("Ceased in %(year)s") % {"year": label}, _("Growth by year"), "warn")
    for key in ("board:directors", "board:women", "office:holders", "office:women"):
        add(key, LABELS[key], _("Women on Boards"), "good" if "women" in key else "neutral")
    return found


def _rows_for(user, today, scope, *, key):
    return figure_rows(user, today, scope, key=key)


MEMBER_STATISTICS = Report(
    slug="member-statistics", title=_("Member statistics"), group="societies",
    description=_("Members on the registers of the societies in your jurisdiction by gender, social category, class "
                  "and age band; admissions and cessations by year; women among Directors and office-bearers. "
                  "Narrow it to a district (?district=) or a society (?society=). Each figure opens its list."),
    figures=figures, aggregate=aggregate, params=params, chart_label=_("people"), act=Act.READ_MEMBER_REGISTER,
)


def ready() -> None:
    register(MEMBER_STATISTICS)
