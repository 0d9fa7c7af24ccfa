"""Keep the page tree consistent when wagtail-localize publishes translations late.

wagtail-localize publishes a new translation's revision on transaction commit. The
revision holds the page as it was when created, so publishing it writes back a stale
`numchild` of 0 if children were translated in the same transaction (translating a page
with its subtree), and the children then answer 404 (wagtail-localize issue #773).
After every publish, the page's child count is checked against the tree and corrected.
"""

from wagtail.models import Page
from wagtail.signals import page_published


def repair_child_count(sender, instance, **kwargs):
    actual = Page.objects.filter(path__startswith=instance.path, depth=instance.depth + 1).count()
    if actual != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=actual)
        instance.numchild = actual


def connect():
    page_published.connect(repair_child_count, dispatch_uid="samling-repair-child-count")
