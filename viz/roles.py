"""The involvement roles, ordered by strength, and the role filter the views share.

Three tiers, strongest first:

- **lead** roles: convener, organizer, host, funder, coordinator, supporter
  (the institution made the event happen);
- **participant**: it took part;
- **mentioned**: the event's text names it, and nothing more.

Analyses, traces, explorer pages and network exports count participation and
the lead roles by default (`DEFAULT_MIN_ROLE`): a body named once in a "for
example" list is not a collaborator. `--include-mentions` (or `--min-role
mentioned`) brings mentions back; `--min-role lead` keeps the lead roles only.

`ROLE_ORDER` restates the ontology's `rcp:InvolvementRole` individuals; a test
fails when one side gains a role the other lacks.
"""

from __future__ import annotations

from typing import Iterable

from rcpkg.errors import UsageError

ROLE_ORDER = ("convener", "organizer", "host", "funder", "coordinator", "supporter", "participant", "mentioned")
LEAD_ROLES = ROLE_ORDER[:6]
TIER = {**{r: 0 for r in LEAD_ROLES}, "participant": 1, "mentioned": 2}
TIER_NAMES = ("lead", "participant", "mentioned")
DEFAULT_MIN_ROLE = "participant"
MIN_ROLE_CHOICES = TIER_NAMES + LEAD_ROLES

ROLE_LABELS_ES = {"convener": "convocante", "coordinator": "coordinador", "organizer": "organizador",
                  "host": "anfitrión", "funder": "financiador", "supporter": "apoyo",
                  "participant": "participante", "mentioned": "mencionado"}


def rank(role: str) -> int:
    """The role's position in `ROLE_ORDER` (unknown roles last)."""
    try:
        return ROLE_ORDER.index(role)
    except ValueError:
        return len(ROLE_ORDER)


def roles_from(min_role: str | None = DEFAULT_MIN_ROLE, *, include_mentions: bool = False) -> frozenset[str]:
    """The roles that count for `min_role` (a tier name, or a lead role meaning the lead tier).

    `include_mentions` is the same as `min_role="mentioned"`; asking for both a
    stricter `min_role` and mentions is a usage error.
    """
    if min_role is None:
        min_role = DEFAULT_MIN_ROLE
    key = min_role.strip().lower()
    if key in LEAD_ROLES:
        key = "lead"
    if key not in TIER_NAMES:
        raise UsageError("--min-role must be one of " + ", ".join(MIN_ROLE_CHOICES), value=min_role)
    if include_mentions:
        if key != DEFAULT_MIN_ROLE and key != "mentioned":
            raise UsageError("--include-mentions and --min-role lead contradict each other", value=min_role)
        key = "mentioned"
    limit = TIER_NAMES.index(key)
    return frozenset(r for r in ROLE_ORDER if TIER[r] <= limit)


def describe(roles: Iterable[str]) -> str:
    """How a selection of roles reads in a report line ("lead roles and participation")."""
    roles = set(roles)
    if roles >= set(ROLE_ORDER):
        return "every role, mentions included"
    if roles >= set(LEAD_ROLES) | {"participant"}:
        return "lead roles and participation (mentions left out)"
    if roles >= set(LEAD_ROLES):
        return "lead roles only (convener, organizer, host, funder, coordinator, supporter)"
    return ", ".join(sorted(roles, key=rank))


def role_options(func):
    """The `--min-role` and `--include-mentions` options of analyze, trace, viz and export."""
    import click

    func = click.option("--include-mentions", is_flag=True, default=False,
                        help="Also count institutions the event's text only mentions "
                             "(same as --min-role mentioned).")(func)
    func = click.option("--min-role", type=click.Choice(MIN_ROLE_CHOICES, case_sensitive=False),
                        default=DEFAULT_MIN_ROLE, show_default=True,
                        help="The weakest role that counts: lead (convener, organizer, host, funder, "
                             "coordinator, supporter), participant, or mentioned.")(func)
    return func


def rollup_option(func):
    """The `--no-rollup` option of analyze, trace and viz (units counted for what they are part of)."""
    import click

    return click.option("--no-rollup", is_flag=True, default=False,
                        help="Do not count a unit's events (IOM's regional office, a ministry) "
                             "for what it is part of.")(func)
