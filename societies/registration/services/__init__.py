"""Business actions of registration (design.md § services). Split by subject; import from `societies.registration.services`."""

from .assignment import *  # noqa: F403
from .common import *  # noqa: F403
from .common import _lock, _notify_in_tx  # noqa: F401  (used by sibling modules and tests)
from .decision import *  # noqa: F403
from .documents import *  # noqa: F403
from .filing import *  # noqa: F403
from .scrutiny import *  # noqa: F403
