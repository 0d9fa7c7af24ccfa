"""Participants tick off reflection tasks. Logged in, ticks are stored here per user;
anonymous visitors keep them in the browser (static/js/checklist.js).

A tick belongs to the task's translation group, so a task ticked in Norwegian is ticked
in Danish too.
"""

from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from ..pages import ReflectionTaskPage


class TaskTick(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    task_key = models.UUIDField(_("task"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("ticked task")
        verbose_name_plural = _("ticked tasks")
        constraints = [
            models.UniqueConstraint(fields=["user", "task_key"], name="one_tick_per_user_and_task")
        ]

    def __str__(self):
        return f"{self.user} ✓ {self.task_key}"


def task_titles(keys):
    """{translation key: the task's title in the active language} (one query), for the
    places that name tasks they keep by key (a person's own data)."""
    from ..localize import in_language

    return {
        task.translation_key: task.title
        for task in in_language(ReflectionTaskPage.objects.all(), list(keys))
    }


def ticked_keys(user, tasks):
    """The translation keys of `tasks` that `user` has ticked (one query)."""
    if not user.is_authenticated or not tasks:
        return set()
    keys = [task.translation_key for task in tasks]
    return set(
        TaskTick.objects.filter(user=user, task_key__in=keys).values_list("task_key", flat=True)
    )


@require_POST
def tick(request, task_key):
    """Tick (done=1) or untick (done=0) a task. JSON for scripts, a redirect for forms."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=403)

    if not ReflectionTaskPage.objects.filter(translation_key=task_key).exists():
        # 400, not 404: LocaleMiddleware would turn a 404 into a redirect to /nb/...
        return JsonResponse({"error": "unknown task"}, status=400)
    done = request.POST.get("done") == "1"
    if done:
        TaskTick.objects.get_or_create(user=request.user, task_key=task_key)
    else:
        TaskTick.objects.filter(user=request.user, task_key=task_key).delete()
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"task": str(task_key), "done": done})
    back = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = "/"
    return HttpResponseRedirect(back)
