"""JSON lines in, JSON lines out: the `radview anatomy predict` stream.

Each input line is one series' metadata (DICOM keyword -> value), optionally
with its study context under the key ``"study"``: ``{"StudyDescription": ...,
"series": [{...other series' metadata...}, ...]}`` (or just the list).  Lines are
read in batches for speed; a line that is not a JSON object gets an error
line of its own and the others are unaffected.  Blank lines are echoed as
error lines too, so output line N always answers input line N.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from radview.protocols.anatomy import context as C

BATCH = 256


def _parse(line: str) -> tuple[tuple[dict[str, Any], Any] | None, str | None]:
    text = line.strip()
    if not text:
        return None, "empty line"
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON: {exc.msg} at column {exc.colno}"
    if not isinstance(value, dict):
        return None, f"expected a JSON object of DICOM keyword -> value, got {type(value).__name__}"
    try:
        study = C.normalise(value.pop("study", None))
    except C.ContextError as exc:
        return None, f"bad study context: {exc}"
    return (value, study), None


def predict_stream(lines: Iterable[str], out: IO[str], *, model_path: str | Path | None = None) -> dict[str, int]:
    from radview.protocols.anatomy.model import AnatomyModel, default_model

    model = AnatomyModel(model_path) if model_path else default_model()
    counts = {"lines": 0, "errors": 0}
    batch: list[tuple[tuple[dict[str, Any], Any] | None, str | None]] = []

    def flush() -> None:
        good = [item for item, err in batch if err is None]
        try:
            preds = iter(model.predict_many([m for m, _ in good], [c for _, c in good]))
            results = [next(preds).to_json() if err is None else {"error": err} for _, err in batch]
        except Exception:  # one odd record must not sink the batch: redo one by one
            results = []
            for item, err in batch:
                if err is not None:
                    results.append({"error": err})
                    continue
                try:
                    results.append(model.predict_series(*item).to_json())
                except Exception as exc:  # noqa: BLE001 - reported on that record's line
                    results.append({"error": f"cannot predict: {type(exc).__name__}: {exc}"})
        for result in results:
            if "error" in result:
                counts["errors"] += 1
            out.write(json.dumps(result) + "\n")
        out.flush()
        batch.clear()

    for line in lines:
        counts["lines"] += 1
        batch.append(_parse(line))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return counts
