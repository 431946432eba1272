"""The kinds of case an outside party can be invited to: declared once, like the clocks (registrar/clocks).

A `CaseKind` names the model whose rows are the cases, the roles that may be invited to one, the guardian
permissions a grant gives on the row, when the case is closed (a Q, or a function of today returning a Q, on the
model), the path to its District (whose officers may invite: jurisdiction) and Society, a label and the URL the
party works at. From it the frame derives the invite form's choices, the fetch-and-check helper's "still open"
condition (parties/access.py), and the sweeper that ends the grants of closed cases (parties/chores.py).

Declared here are the kinds that exist now. A module adds its own beside its models, for example the audit issue:

    declare(CaseKind(name="audit", model=Audit, roles=(Role.AUDITOR_FIRM,), perms=("audit.conduct_audit",),
                     closed=Q(report_filed_on__isnull=False), district="society__district", ...))
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks.declaration import follow

from .models import Engagement, Role


@dataclass(frozen=True, eq=False)
class CaseKind:
    name: str                         # a slug: in URLs and forms
    model: type
    roles: tuple[str, ...]
    perms: tuple[str, ...]            # "app_label.codename" on `model`
    closed: Q | Callable[[date], Q]   # the closed cases
    district: str                     # path from the model to its District
    label: Callable                   # (case) -> what the party and the office read
    url: Callable                     # (case) -> the page the party works at
    society: str | None = "society"   # path to its Society (activity log); "": the case is one; None: none
    verbose_name: object = ""
    related: tuple[str, ...] = ()     # select_related when listing cases
    # permission codename -> its name, for permissions on models of other apps (created on post_migrate)
    perm_names: tuple[tuple[str, str], ...] = ()

    def __post_init__(self):
        label = self.model._meta.app_label
        for perm in self.perms:
            if perm.split(".", 1)[0] != label:
                raise ValueError(f"case kind {self.name}: permission {perm!r} is not on {label}")
        unknown = set(self.roles) - set(Role.values)
        if unknown:
            raise ValueError(f"case kind {self.name}: unknown roles {sorted(unknown)}")

    def closed_q(self, today: date) -> Q:
        return self.closed(today) if callable(self.closed) else self.closed

    def district_id(self, case) -> int | None:
        return follow(case, self.district).pk

    def society_of(self, case):
        if self.society is None:
            return None
        return follow(case, self.society) if self.society else case

    def is_closed(self, case, today: date) -> bool:
        return self.model.objects.filter(self.closed_q(today), pk=case.pk).exists()

    def __str__(self) -> str:
        return f"case kind {self.name}"


_KINDS: dict[str, CaseKind] = {}


def declare(kind: CaseKind) -> CaseKind:
    if kind.name in _KINDS and _KINDS[kind.name] is not kind:
        raise ValueError(f"case kind {kind.name!r} declared twice")
    if any(k.model is kind.model and k is not kind for k in _KINDS.values()):
        raise ValueError(f"{kind.model.__name__} is already a case kind")  # one kind per model: grants find it
    _KINDS[kind.name] = kind
    return kind


def declared() -> list[CaseKind]:
    return sorted(_KINDS.values(), key=lambda k: k.name)


def get(name: str) -> CaseKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise KeyError(f"no case kind {name!r}; known: {', '.join(sorted(_KINDS))}") from None


def for_model(model) -> CaseKind:
    return next(k for k in _KINDS.values() if k.model is model)


def for_content_type(content_type) -> CaseKind:
    return for_model(content_type.model_class())


def roles_for_invitation() -> list[tuple[str, str]]:
    """The roles some declared case takes, in Role order: the invite form offers only these."""
    taken = {role for kind in _KINDS.values() for role in kind.roles}
    return [(value, label) for value, label in Role.choices if value in taken]


def ensure_permissions(sender=None, **kwargs) -> None:
    """post_migrate: create the declared permissions that live on other apps' models (Meta.permissions covers
    the app's own)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    for kind in _KINDS.values():
        names = dict(kind.perm_names)
        for perm in kind.perms:
            codename = perm.split(".", 1)[1]
            if codename in names:
                content_type = ContentType.objects.get_for_model(kind.model)
                Permission.objects.get_or_create(content_type=content_type, codename=codename,
                                                 defaults={"name": names[codename]})


# ---- the kinds that exist now -----------------------------------------------------------------------------------

def _society_label(case) -> str:
    return f"{case.name} ({case.registration_number})"


ENGAGEMENT = declare(CaseKind(
    # An auditor firm on a society's accounts for one year, a returning officer for a Board election: the
    # engagement stands in for the Audit and election models of later issues (parties/models.py).
    name="engagement", model=Engagement, roles=(Role.AUDITOR_FIRM, Role.RETURNING_OFFICER),
    perms=("parties.work_on_engagement",), closed=Q(closed_on__isnull=False), district="society__district",
    label=lambda e: f"{e.society.name} · {e.get_role_display()}: {e.scope}",
    url=lambda e: reverse("party_case", args=["engagement", e.pk]),
    verbose_name=_("Engagement on a society"), related=("society__district",),
))


def _society_model():
    from societies.models import Society

    return Society


SOCIETY_CLAIMANT = declare(CaseKind(
    # A bank or society with a claim on a society (its dues; the dues ledger shows them when it arrives): the
    # case is the society itself, closed when it no longer exists as a body corporate.
    name="society", model=_society_model(), roles=(Role.CLAIMANT_BANK, Role.CLAIMANT_SOCIETY),
    perms=("societies.follow_as_claimant",),
    closed=Q(legal_status__in=("dissolved", "registration_set_aside")),
    district="district", society="", label=_society_label,
    url=lambda s: reverse("party_case", args=["society", s.pk]),
    verbose_name=_("Society (claimant)"), related=("district",),
    perm_names=(("follow_as_claimant", "Can follow the society's dues as an invited claimant"),),
))
