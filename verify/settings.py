"""Every threshold, model name and path, declared once with its default and help.

The CLI flags, the Streamlit sidebar and the README read from this table.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model_sha256", "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
            "sha256 of the bundled all-MiniLM-L6-v2 model.safetensors; loading refuses any other file"),
    Setting("cache_dir", ".verify-cache", "folder for the on-disk embedding cache"),
    Setting("batch_size", 64, "sentences per embedding batch"),
    Setting("neighbours", 8, "nearest neighbours looked up per claim when proposing candidate pairs"),
    Setting("min_similarity", 0.45, "cosine similarity below which a neighbour is not a candidate pair"),
    Setting("fuzzy_min", 88.0, "rapidfuzz token-set score (0-100) that makes near-verbatim text a candidate"),
    Setting("agree_similarity", 0.60, "similarity from which a pair with no conflict cue is labelled agree"),
    Setting("wording_agree", 55.0, "shared wording (rapidfuzz token-set, 0-100) from which a pair no rule blocks "
                                   "agrees at a similarity up to 0.15 below agree_similarity"),
    Setting("cluster_similarity", 0.70, "similarity from which two linked claims are put in one cluster"),
    Setting("max_cluster_size", 12, "largest cluster the grouping may build from links (reviewers can merge more)"),
    Setting("conflict_min_similarity", 0.50, "similarity two claims need before a cue may make them a conflict"),
    Setting("number_tolerance", 0.05, "relative difference under which two numbers agree (rounding)"),
    Setting("wire_similarity", 0.93, "similarity from which two outlets' claims count as one wire source"),
    Setting("db_path", "annotations/decisions.sqlite", "SQLite file that stores reviewer decisions"),
    Setting("stance_other_articles", 5, "articles outside a cluster whose stance toward it is also scored"),
    Setting("stance_model_dir", "verify/models", "folder holding the trained stance model"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def default(name: str) -> Any:
    """The default value of a setting; unknown names are a programming error."""
    return _BY_NAME[name].default


def resolve(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Defaults with the given overrides applied (unknown names rejected)."""
    values = {s.name: s.default for s in SETTINGS}
    for key, value in (overrides or {}).items():
        if key not in values:
            from .errors import VerifyError
            raise VerifyError(f"unknown setting {key!r}; expected one of {', '.join(values)}")
        if value is not None:
            values[key] = type(values[key])(value)
    return values
