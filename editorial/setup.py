"""Create the editorial roles and the review workflow. Written against an app registry
(`apps`) so that migration 0001 (historical models) and the browser tests' site rebuild
after a database flush (real models) share one definition."""

from .roles import APPROVER, APPROVERS, ROLES

# The review workflow and its task, named in each tree's language: editors see the name
# on their buttons ("Send inn til Faglig godkjenning", "Indsend til Faglig godkendelse").
WORKFLOWS = {
    "nb": ("Faglig godkjenning", "Godkjenning"),
    "da": ("Faglig godkendelse", "Godkendelse"),
    "nn": ("Fagleg godkjenning", "Godkjenning (nynorsk)"),
}
# Wagtail's sample groups grant rights on the whole tree, across both locales.
WAGTAIL_SAMPLE_GROUPS = ["Editors", "Moderators"]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    # Django creates permissions after all migrations; create the ones we need now.
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )[0]


def home_pages(apps):
    Page = apps.get_model("wagtailcore", "Page")
    return {
        page.locale.language_code: page
        for page in Page.objects.filter(depth=2).select_related("locale")
    }


def create_roles(apps):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    homes = home_pages(apps)
    root_collection = Collection.objects.get(depth=1)
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        for code, types in role.pages.items():
            # A locale a later migration adds (Nynorsk) is granted once its tree exists.
            for kind in types if code in homes else ():
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=homes[code],
                    permission=permission(apps, "wagtailcore", "page", f"{kind}_page"),
                )
        group.permissions.add(*(permission(apps, *spec) for spec in role.models))
        for spec in role.collections:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(apps, *spec)
            )
    Group.objects.filter(name__in=WAGTAIL_SAMPLE_GROUPS, user__isnull=True).delete()


def create_workflow(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    ours = []
    for code, page in home_pages(apps).items():
        name, task_name = WORKFLOWS.get(code, WORKFLOWS["nb"])
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            task = GroupApprovalTask.objects.create(name=task_name, content_type=task_type)
            approvers = APPROVERS.get(code, [APPROVER])
            task.groups.add(*Group.objects.filter(name__in=approvers))
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
        ours.append(workflow.pk)
    # Wagtail's sample workflow only covered the tree root; ours cover each locale.
    Workflow.objects.filter(name="Moderators approval").exclude(pk__in=ours).update(active=False)


def use_reading_approval(apps):
    """Our workflows' approval tasks become reading approval tasks (editorial.models),
    keeping their rows, and so their groups and the pages in review on them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ReadingApprovalTask = apps.get_model("editorial", "ReadingApprovalTask")
    reading, _ = ContentType.objects.get_or_create(
        app_label="editorial", model="readingapprovaltask"
    )
    workflows = [name for name, _task in WORKFLOWS.values()]
    tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow__name__in=workflows)
    for task in tasks.exclude(pk__in=ReadingApprovalTask.objects.values("pk")):
        ReadingApprovalTask(groupapprovaltask_ptr_id=task.pk).save_base(raw=True)
        Task.objects.filter(pk=task.pk).update(content_type=reading)
