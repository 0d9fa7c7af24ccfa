"""A programme's team rules (set by editors on the programme page) and the teams that
break them, with the reasons in the reader's language."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from programme.localize import in_language
from programme.snippets import AudienceRole


@dataclass(frozen=True)
class TeamRules:
    min_members: int | None
    max_members: int | None
    required: tuple  # translation keys of the roles every team must include
    names: dict  # their names in the current language (or the source's)


def rules_for(cohort):
    programme = cohort.page().get_parent().specific
    keys = tuple(programme.team_role_links.values_list("target__translation_key", flat=True))
    roles = in_language(AudienceRole.objects.all(), keys)
    names = {role.translation_key: role.name for role in roles}
    return TeamRules(programme.team_min_members, programme.team_max_members, keys, names)


def rule_text(rules):
    """The rules as one sentence for the facilitator, or ''."""
    parts = []
    if rules.min_members and rules.max_members:
        parts.append(
            _("%(min)d–%(max)d members") % {"min": rules.min_members, "max": rules.max_members}
        )
    elif rules.min_members:
        parts.append(_("at least %(min)d members") % {"min": rules.min_members})
    elif rules.max_members:
        parts.append(_("at most %(max)d members") % {"max": rules.max_members})
    parts += [
        _("at least one %(role)s") % {"role": rules.names[k].lower()}
        for k in rules.required
        if k in rules.names
    ]
    return ", ".join(parts)


def team_problems(members, rules):
    """Why a team with `members` (memberships with roles) breaks `rules`."""
    count, found = len(members), []
    if rules.min_members and count < rules.min_members:
        found.append(
            ngettext(
                "%(count)d member; at least %(min)d are needed.",
                "%(count)d members; at least %(min)d are needed.",
                count,
            )
            % {"count": count, "min": rules.min_members}
        )
    if rules.max_members and count > rules.max_members:
        found.append(
            _("%(count)d members; at most %(max)d are allowed.")
            % {"count": count, "max": rules.max_members}
        )
    present = {m.role.translation_key for m in members if m.role}
    for key in rules.required:
        if key not in present and key in rules.names:
            found.append(_("No %(role)s.") % {"role": rules.names[key].lower()})
    return found


def registration_problems(registration, teams, rules):
    """Why the team would break `rules` once the registration is approved: its members
    together with those the municipality's team already has."""
    team = next(
        (t for t in teams if t.municipality.casefold() == registration.municipality.casefold()),
        None,
    )
    members = [*(team.shown_members if team else []), *registration.members.all()]
    return team_problems(members, rules)
