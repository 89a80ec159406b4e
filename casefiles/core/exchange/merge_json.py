"""The three-way merge of a case's JSON: what the partner changed, and where both sides did.

Three versions of one case take part: the base (the case as last imported from the same
sender, None when nothing was ever imported from them), ours (the case in this store, redacted
under the bundle's profile so that what the bundle cannot carry is never compared) and theirs
(the bundle's). Field by field, down to the leaves, and list items matched by uuid:

- theirs equals the base, or equals ours: nothing to do;
- ours equals the base: only their side changed, so theirs is taken;
- otherwise both changed: a conflict, with both values, for the caseworker to decide.

Without a base, the absence of a list item on one side is not taken as a deletion (nothing is
lost): the item present on the other side is kept or added. The result is a list of edits
(`Take`) to apply to the full case JSON, never a replacement of whole records, so fields the
profile withholds (and our precise dates behind their coarsened forms) survive an import.
"""

from dataclasses import dataclass, field
from typing import Any

# Keys the merge does not compare: set by each store for itself.
LOCAL_KEYS = ("code", "created_at", "updated_at")


class _Marker:
    """A sentinel that equals only itself, with a readable repr for tests and debugging."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


ABSENT = _Marker("ABSENT")  # a list item that is not there
NO_BASE = _Marker("NO_BASE")  # nothing was imported from this sender before

Segment = str | tuple[str]  # a dict key, or ("<uuid>",) for the list item with that uuid
Path = tuple[Segment, ...]


def path_text(path: Path) -> str:
    """A path as people and `--choose` write it: "person.pseudonym", "incidents[<uuid>].date"."""
    out = ""
    for segment in path:
        if isinstance(segment, tuple):
            out += f"[{segment[0]}]"
        else:
            out += f".{segment}" if out else segment
    return out


@dataclass(frozen=True)
class Take:
    """Set `path` to their value (ABSENT: remove the list item there)."""

    path: Path
    value: Any


@dataclass(frozen=True)
class Clash:
    """Both sides changed `path` since the base (or there is no base and they differ)."""

    path: Path
    base: Any
    ours: Any
    theirs: Any


@dataclass
class MergePlan:
    """What a merge found: edits that take their side, and conflicts needing a choice."""

    takes: list[Take] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)


def comparable(case_json: dict[str, Any]) -> dict[str, Any]:
    """A case's JSON without the keys each store sets for itself."""
    return {k: v for k, v in case_json.items() if k not in LOCAL_KEYS}


def plan_merge(base: dict[str, Any] | None, ours: dict[str, Any],
               theirs: dict[str, Any]) -> MergePlan:
    """The edits and conflicts of merging `theirs` into `ours` against `base` (see module)."""
    plan = MergePlan()
    _merge(comparable(base) if base is not None else NO_BASE, comparable(ours),
           comparable(theirs), (), plan)
    return plan


def _is_record_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(i, dict) and i.get("uuid") for i in value)


def _merge(base: Any, ours: Any, theirs: Any, path: Path, plan: MergePlan) -> None:
    if theirs == base or ours == theirs:
        return
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in theirs:
            sub_base = base.get(key, ABSENT) if isinstance(base, dict) else base
            _merge(sub_base, ours.get(key, ABSENT), theirs[key], (*path, key), plan)
        return
    if _is_record_list(ours) and _is_record_list(theirs):
        _merge_items(base, ours, theirs, path, plan)
        return
    if ours == base or (base is NO_BASE and ours is ABSENT):
        plan.takes.append(Take(path, theirs))
    elif base is NO_BASE and theirs is ABSENT:
        return  # without a base, a missing item is not a deletion: ours stays
    else:
        plan.clashes.append(Clash(path, base, ours, theirs))


def _merge_items(base: Any, ours: list[dict], theirs: list[dict], path: Path,
                 plan: MergePlan) -> None:
    """List items matched by uuid: ours in our order, then the items only they have."""
    if base is NO_BASE:
        base_items: dict[str, Any] | None = None
    else:
        base_items = {i["uuid"]: i for i in base} if _is_record_list(base) else {}
    our_items = {i["uuid"]: i for i in ours}
    their_items = {i["uuid"]: i for i in theirs}
    for uuid in [*our_items, *(u for u in their_items if u not in our_items)]:
        item_base = NO_BASE if base_items is None else base_items.get(uuid, ABSENT)
        _merge(item_base, our_items.get(uuid, ABSENT), their_items.get(uuid, ABSENT),
               (*path, (uuid,)), plan)


# ---- applying edits ---------------------------------------------------------------------------

def value_at(data: Any, path: Path) -> Any:
    """The value at `path` in `data`, ABSENT when a list item on the way is not there."""
    for segment in path:
        if isinstance(segment, tuple):
            data = next((i for i in data if i.get("uuid") == segment[0]), ABSENT)
        else:
            data = data.get(segment, ABSENT) if isinstance(data, dict) else ABSENT
        if data is ABSENT:
            return ABSENT
    return data


def apply_takes(data: dict[str, Any], takes: list[Take]) -> None:
    """Apply edits to a case's full JSON in place: set a field, add or remove a list item."""
    for take in takes:
        *parents, last = take.path
        container: Any = data
        for segment in parents:
            container = value_at(container, (segment,))
            if container is ABSENT:
                break  # the item holding it was removed by an earlier edit
        else:
            _set(container, last, take.value)


def _set(container: Any, segment: Segment, value: Any) -> None:
    if not isinstance(segment, tuple):
        container[segment] = value
        return
    index = next((n for n, i in enumerate(container) if i.get("uuid") == segment[0]), None)
    if value is ABSENT:
        if index is not None:
            del container[index]
    elif index is None:
        container.append(value)
    else:
        container[index] = value

