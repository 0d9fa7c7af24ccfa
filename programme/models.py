"""Django finds the app's models here; each kind lives in its own module."""

from .checklist import TaskTick  # noqa: F401
from .cohorts import *  # noqa: F403
from .links import *  # noqa: F403
from .pages import *  # noqa: F403
from .shared_results import *  # noqa: F403
from .snippets import *  # noqa: F403
