"""`radview import PATH --server URL`: upload files, folders and DICOMDIRs by STOW-RS."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

from radview.errors import UsageError


def is_part10(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(132)
    except OSError:
        return False
    return len(head) == 132 and head[128:] == b"DICM"


def dicomdir_files(path: Path) -> list[Path]:
    """Files referenced by a DICOMDIR (missing ones are reported by the caller)."""
    import pydicom
    from pydicom.fileset import FileSet

    try:
        fs = FileSet(pydicom.dcmread(path))
    except Exception as exc:  # noqa: BLE001 - pydicom raises many kinds
        raise UsageError(f"{path} is not a readable DICOMDIR: {exc}") from None
    return [Path(inst.path) for inst in fs]


def collect(paths: list[str]) -> tuple[list[Path], list[str]]:
    """DICOM files to send, and notes on what was skipped."""
    files: list[Path] = []
    skipped: list[str] = []

    def add(p: Path) -> None:
        if p.name.upper() == "DICOMDIR":
            for f in dicomdir_files(p):
                if f.is_file():
                    files.append(f)
                else:
                    skipped.append(f"{f}: listed in {p} but missing")
        elif is_part10(p):
            files.append(p)
        else:
            skipped.append(f"{p}: not a DICOM Part 10 file")

    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise UsageError(f"no such file or folder: {raw}")
        if p.is_dir():
            dicomdir = p / "DICOMDIR"
            if dicomdir.is_file():
                add(dicomdir)
                continue
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                add(f)
        else:
            add(p)
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped


def _batches(files: list[Path], size: int) -> Iterator[list[Path]]:
    for i in range(0, len(files), size):
        yield files[i:i + size]


def run_import(args) -> int:
    from radview.net.radview_client import client_from_args

    files, skipped = collect(args.path)
    if not files:
        raise UsageError("no DICOM files found in " + ", ".join(args.path))
    stored = duplicate_or_new = failed = 0
    failures: list[str] = []
    with client_from_args(args) as client:
        for batch in _batches(files, args.batch):
            result = client.stow([f.read_bytes() for f in batch])
            stored += len(result["stored"])
            for item in result["failed"]:
                failed += 1
                failures.append(item["reason"])
            duplicate_or_new += len(result["stored"])
            if not args.json:
                print(f"sent {len(batch)} file(s): {len(result['stored'])} stored, "
                      f"{len(result['failed'])} rejected", file=sys.stderr)
    summary = {"files": len(files), "stored": stored, "rejected": failed,
               "rejections": failures, "skipped": skipped}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{len(files)} file(s): {stored} stored (new or already present), "
              f"{failed} rejected, {len(skipped)} skipped")
        for line in failures + skipped:
            print("  " + line)
    return 0 if failed == 0 else 1
