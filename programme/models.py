"""Django finds the app's models here; each kind lives in its own module."""

from .cohort_page.checklist import TaskTick  # noqa: F401
from .cohort_page.page import *  # noqa: F403
from .cohort_page.schedule import SessionSchedule  # noqa: F401
from .links import *  # noqa: F403
from .pages import *  # noqa: F403
from .shared_results import *  # noqa: F403
from .snippets import *  # noqa: F403
