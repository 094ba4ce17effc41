"""Hanging protocols: format, library, prior selection and the plan engine (Qt-free).

Entry points: :func:`plan` (studies → plan), :func:`plan_for_study` (display-set
metadata → studies with predicted anatomy → plan), :func:`load_library`.
See docs/hanging.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from radview.errors import UsageError
from radview.lazy import lazy_names

if TYPE_CHECKING:
    from radview.protocols.hanging.engine import HangingPlan
    from radview.protocols.hanging.model import Protocol
    from radview.protocols.hanging.priors import StudySummary

# Loaded on first use (PEP 562), so importing a submodule such as the command-line
# module does not load the engine and its dependencies (a fast ``radview --help``).
_LAZY = {"HangingPlan": "engine", "plan": "engine", "Library": "library",
         "load_library": "library", "save_user_protocol": "library",
         "user_library_dir": "library", "Protocol": "model", "ProtocolError": "model",
         "load_protocol_file": "model", "loads_protocol": "model", "parse_protocol": "model",
         "SeriesSummary": "priors", "StudySummary": "priors", "build_studies": "priors",
         "relevance": "priors"}

__getattr__ = lazy_names(__name__, _LAZY)


def split_current(studies: Sequence[StudySummary], study_uid: str) -> tuple[StudySummary, list[StudySummary]]:
    current = next((s for s in studies if s.study_uid == study_uid), None)
    if current is None:
        raise UsageError(f"study {study_uid} has no series")
    return current, [s for s in studies if s.study_uid != study_uid]


def plan_for_study(display_sets: Sequence[Mapping[str, Any]], study_uid: str,
                   protocols: Sequence[Protocol], *, predictor=None) -> HangingPlan:
    """Predict anatomy for every display set, then plan the hanging of ``study_uid``."""
    from radview.protocols.hanging.engine import plan
    from radview.protocols.hanging.priors import build_studies

    current, others = split_current(build_studies(display_sets, predictor=predictor), study_uid)
    return plan(current, others, protocols)


__all__ = [
    "HangingPlan", "Library", "Protocol", "ProtocolError", "SeriesSummary", "StudySummary",
    "build_studies", "load_library", "load_protocol_file", "loads_protocol", "parse_protocol",
    "plan", "plan_for_study", "relevance", "save_user_protocol", "split_current", "user_library_dir",
]
