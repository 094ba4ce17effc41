"""Builds tests/anatomy/data/clinical_set_2.jsonl: clinical-style series labelled by hand.

    python tests/anatomy/clinical2/build.py            # writes the jsonl
    python tests/anatomy/clinical2/build.py --check    # exit 1 if the committed file differs
    python tests/anatomy/clinical2/build.py --stdout   # the jsonl on stdout, nothing written

Standard library only, fixed seed: the output is a pure function of this file and
engine.py.  Labels follow /work/shared/anatomy.md; where it is silent the row's
"why" says what a radiologist would choose.  See README.md in this folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine import CODES, LATERAL, Gen  # noqa: E402
from templates_a import add_a  # noqa: E402
from templates_b import add_b  # noqa: E402
from templates_c import add_c  # noqa: E402

SEED = 20261206
OUT = HERE.parent / "data" / "clinical_set_2.jsonl"


def build_rows() -> list[dict]:
    g = Gen(SEED)
    add_a(g)
    add_b(g)
    add_c(g)
    for row in g.rows:
        check(row)
    return g.rows


def check(row: dict) -> None:
    """The generator's own guard: a template mistake stops the build."""
    labs, lat = row["labels"], row["laterality"]
    assert all(c in CODES for c in labs), row
    lateral = any(c in LATERAL for c in labs)
    assert lat in (None, "L", "R", "B"), row
    if lateral:
        assert lat is not None, ("limb/breast row without a side", row)
    else:
        assert lat is None, ("side on a row without limb/breast", row)
    assert row["why"] and row["group"], row


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str]) -> int:
    text = render(build_rows())
    if "--stdout" in argv:
        sys.stdout.buffer.write(text.encode("utf-8"))
        return 0
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from the generator")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {text.count(chr(10))} rows to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
