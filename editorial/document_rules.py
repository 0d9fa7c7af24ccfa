"""Documents: deleting needs the delete permission, and only those who may delete
documents move them into or out of a restricted (participants') collection.

Wagtail's collection policy treats "delete" as "change", so every editor who may fix a
document's title could delete it. And an editor who may change a document may pick any
collection for it, which would make a participants' document public.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy


class DeleteNeedsDeletePolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy, with "delete" its own permission (`delete_document`) on the
    collection instead of "change" or ownership."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if "delete" in actions and self._check_perm(user, ["delete"], instance.collection):
            return True
        others = [action for action in actions if action != "delete"]
        return bool(others) and super().user_has_any_permission_for_instance(user, others, instance)

    def user_has_permission(self, user, action):
        if action == "delete":
            return self._check_perm(user, ["delete"])
        return super().user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != "delete"]
        manager = self.model._default_manager
        instances = (
            super().instances_user_has_any_permission_for(user, others)
            if others
            else manager.none()
        )
        if "delete" not in actions:
            return instances
        if user.is_active and user.is_superuser:
            return manager.all()
        return instances | manager.filter(
            collection__in=self._collections_with_perm(user, ["delete"])
        )


def is_restricted(collection):
    return collection is not None and collection.get_view_restrictions().exists()


def may_move(user, source, target):
    """May `user` move a document from collection `source` to `target`?"""
    if source is None or target is None or source.pk == target.pk:
        return True
    if not (is_restricted(source) or is_restricted(target)):
        return True
    policy = policy_registry.get_by_type(get_document_model())
    return all(policy._check_perm(user, ["delete"], collection) for collection in (source, target))


MOVE_REFUSED = _(
    "Only an approver may move documents into or out of a collection with restricted "
    "access: that decides who may read them."
)


def refuse_restricted_moves(request, action_type, objects, action):
    """before_bulk_action: "Add to collection" follows the same rule as the edit form."""
    if action_type != "add_to_collection" or action.models[0] is not get_document_model():
        return None
    target = action.cleaned_form.cleaned_data["collection"]
    if all(may_move(request.user, document.collection, target) for document in objects):
        return None
    messages.error(request, str(MOVE_REFUSED))
    return redirect(action.next_url)


def install():
    """Register the policy for documents and images; Wagtail's own registration runs
    in its apps' ready(), so ours is bound to the exact classes, which take precedence."""
    for model in (get_document_model(), get_image_model()):
        policy = DeleteNeedsDeletePolicy(model, owner_field_name="uploaded_by_user")
        register_permission_policy(model, policy, exact_class=True)
