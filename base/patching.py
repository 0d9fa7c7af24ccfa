"""Replacing a method of Wagtail or wagtail-localize, only while it is the method we read.

Where a library offers no extension point, Samling replaces one of its methods at
start-up (from an app's `ready`). An upgrade that changed that method's parameters
would call the replacement wrongly or pass arguments it silently drops, so each
replacement is written with exactly the original's parameters and `replace` refuses to
start when they differ. `tests/test_patches.py` checks every replacement made.
"""

import inspect
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Replacement:
    owner: type
    name: str
    original: object
    replacement: object


REPLACED: list[Replacement] = []


def same_parameters(original, replacement):
    return inspect.signature(original) == inspect.signature(replacement)


def replace(owner, name, replacement):
    """Put `replacement` in place of `owner.name` and return the original. A callable
    must take the original's parameters (names, kinds and defaults); any other value
    may only replace an attribute that exists."""
    if not hasattr(owner, name):
        raise ImproperlyConfigured(f"{owner.__qualname__}.{name} is gone: review its replacement")
    original = owner.__dict__.get(name, getattr(owner, name))
    if any(each.owner is owner and each.name == name for each in REPLACED):
        return next(each.original for each in REPLACED if each.owner is owner and each.name == name)
    if callable(replacement) and not same_parameters(original, replacement):
        raise ImproperlyConfigured(
            f"{owner.__qualname__}.{name} now takes {inspect.signature(original)}; "
            f"its replacement {replacement.__module__}.{replacement.__qualname__} was "
            f"written for {inspect.signature(replacement)}"
        )
    REPLACED.append(Replacement(owner, name, original, replacement))
    setattr(owner, name, replacement)
    return original
