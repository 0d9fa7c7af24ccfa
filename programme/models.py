"""Django finds the app's models here; each kind lives in its own module."""

from .links import *  # noqa: F403
from .pages import *  # noqa: F403
from .snippets import *  # noqa: F403
