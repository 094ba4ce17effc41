"""The standard image set: build, write, load (verified), and find the best match.

Build procedure (docs/delta.md): instances are grouped by fit key (modality,
body region, rows x cols, stored pixel type). Within a group every image gets a
position: its rank along its own series (slice order, 0 = first, 1 = last;
single images 0.5), then its mean stored value. Sorted by (position, mean), the
group is split into K strata of equal count, K = min(max per group, n // 4),
and each standard image is the pixel-wise median of its stratum, rounded to the
stored type: a registration-free robust average of images of the same level of
the same anatomy, which keeps deltas small. Groups with fewer than 8 images make
no standard images (each needs at least 4 sources, each group at least 2).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from radview.delta import lossless
from radview.delta.images import FitKey, NotApplicable, fit_key, pixel_sha256, similarity
from radview.delta.images import stored_pixels
from radview.errors import RadviewError

MANIFEST = "manifest.json"
FORMAT = "radview-standard-set/1"
MIN_SOURCES = 4
DEFAULT_SET_ID = "radview-standard"


class StandardSetError(RadviewError):
    """A standard set that is missing, corrupt, or not the version asked for."""


@dataclass
class StandardImage:
    index: int
    key: FitKey
    sha256: str
    sources: int
    pixels: np.ndarray


@dataclass
class StandardSet:
    set_id: str
    version: str
    images: list[StandardImage]
    path: Path | None = None

    def describe(self) -> str:
        return f"{self.set_id} version {self.version}"

    def image(self, index: int) -> StandardImage:
        for img in self.images:
            if img.index == index:
                return img
        raise StandardSetError(f"standard set {self.describe()} has no image number {index}")

    def candidates(self, key: FitKey) -> list[StandardImage]:
        return [img for img in self.images if img.key == key]

    def best(self, pixels: np.ndarray, key: FitKey) -> tuple[float, StandardImage | None]:
        best_score, best_img = 0.0, None
        for img in self.candidates(key):
            score = similarity(pixels, img.pixels)
            if best_img is None or score > best_score:
                best_score, best_img = score, img
        return best_score, best_img

    def check_version(self, set_id: str, version: str, *, side: str) -> None:
        """Refuses a delta made against another set or version, naming both."""
        if (set_id, version) != (self.set_id, self.version):
            raise StandardSetError(
                f"the delta was made against standard set {set_id} version {version}, "
                f"but the {side} holds {self.describe()}; nothing was done")


def default_dir() -> Path:
    env = os.environ.get("RADVIEW_STANDARD_SET")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "resources" / "standard_set"


def load(path: str | Path | None = None) -> StandardSet:
    """Loads a set and checks every image against the SHA-256 in its manifest."""
    folder = Path(path) if path is not None else default_dir()
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise StandardSetError(f"no standard set at {folder} ({MANIFEST} missing)") from None
    except (OSError, ValueError) as exc:
        raise StandardSetError(f"standard set manifest {folder / MANIFEST} unreadable: {exc}") from None
    if manifest.get("format") != FORMAT:
        raise StandardSetError(f"{folder / MANIFEST} is not a {FORMAT} manifest")
    images = []
    for entry in manifest["images"]:
        file = folder / entry["file"]
        try:
            pixels = lossless.unpack(file.read_bytes())
        except (OSError, lossless.PackError) as exc:
            raise StandardSetError(f"standard image {entry['index']} ({file}): {exc}") from None
        if pixel_sha256(pixels) != entry["sha256"]:
            raise StandardSetError(f"standard image {entry['index']} ({file}) does not match "
                                   "the SHA-256 in the manifest")
        key = FitKey(**entry["key"])
        images.append(StandardImage(int(entry["index"]), key, entry["sha256"],
                                    int(entry["sources"]), pixels))
    if _version(images) != manifest["version"]:
        raise StandardSetError(f"standard set {folder}: manifest version {manifest['version']} "
                               "does not match its images")
    return StandardSet(manifest["set_id"], manifest["version"], images, folder)


def _version(images: list[StandardImage]) -> str:
    h = hashlib.sha256()
    for img in sorted(images, key=lambda i: i.index):
        h.update(f"{img.index}:{img.sha256}:{json.dumps(img.key.as_dict(), sort_keys=True)}\n"
                 .encode())
    return "v" + h.hexdigest()[:12]


# ------------------------------------------------------------------- building

@dataclass
class _Source:
    path: Path
    key: FitKey
    series: str
    order: float
    position: float = 0.5


def _header_key(ds) -> FitKey | None:
    if str(ds.get("PhotometricInterpretation", "")) not in ("MONOCHROME1", "MONOCHROME2"):
        return None
    if int(ds.get("NumberOfFrames", 1) or 1) != 1 or "Rows" not in ds:
        return None
    bits = int(ds.get("BitsAllocated", 0) or 0)
    if bits not in (8, 16):
        return None
    kind = "i" if int(ds.get("PixelRepresentation", 0) or 0) else "u"
    return fit_key(ds, np.zeros((int(ds.Rows), int(ds.Columns)), f"{kind}{bits // 8}"))


def _slice_order(ds) -> float:
    pos, ori = ds.get("ImagePositionPatient"), ds.get("ImageOrientationPatient")
    if pos is not None and ori is not None and len(pos) == 3 and len(ori) == 6:
        normal = np.cross(np.array(ori[:3], float), np.array(ori[3:], float))
        return float(np.dot(normal, np.array(pos, float)))
    return float(ds.get("InstanceNumber", 0) or 0)


def _scan(files: Iterable[Path], progress: Callable[[str], None]) -> list[_Source]:
    import pydicom

    seen: set[str] = set()
    sources = []
    for path in files:
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True)
        except Exception:  # noqa: BLE001 - not DICOM: not a source
            continue
        sop = str(ds.get("SOPInstanceUID", ""))
        key = _header_key(ds)
        if key is None or sop in seen:
            continue
        seen.add(sop)
        sources.append(_Source(path, key, str(ds.get("SeriesInstanceUID", "")), _slice_order(ds)))
    by_series: dict[str, list[_Source]] = {}
    for s in sources:
        by_series.setdefault(s.series, []).append(s)
    for members in by_series.values():
        members.sort(key=lambda s: s.order)
        for rank, s in enumerate(members):
            s.position = rank / (len(members) - 1) if len(members) > 1 else 0.5
    progress(f"{len(sources)} single-frame monochrome instances in {len(by_series)} series")
    return sources


def _read(path: Path) -> np.ndarray:
    import pydicom

    return stored_pixels(pydicom.dcmread(path))


def build(sources: Iterable[Path], out: str | Path, *, set_id: str = DEFAULT_SET_ID,
          per_group: int = 4, max_side: int | None = None,
          progress: Callable[[str], None] = lambda m: None) -> StandardSet:
    if per_group < 2:
        raise StandardSetError("each group needs at least 2 standard images (--per-group >= 2)")
    groups: dict[FitKey, list[_Source]] = {}
    for s in _scan(sources, progress):
        groups.setdefault(s.key, []).append(s)
    images: list[StandardImage] = []
    for key in sorted(groups, key=lambda k: (k.modality, k.region, k.rows, k.cols, k.dtype)):
        members = groups[key]
        if max_side and max(key.rows, key.cols) > max_side:
            progress(f"skipped {key.describe()}: larger than --max-side {max_side}")
            continue
        k = min(per_group, len(members) // MIN_SOURCES)
        if k < 2:
            progress(f"skipped {key.describe()}: {len(members)} images (needs {2 * MIN_SOURCES})")
            continue
        loaded = []
        for s in members:
            try:
                loaded.append((s.position, _read(s.path)))
            except NotApplicable:
                continue
        loaded.sort(key=lambda t: (t[0], float(t[1].mean())))
        for stratum in np.array_split(np.arange(len(loaded)), k):
            stack = np.stack([loaded[i][1] for i in stratum])
            median = np.rint(np.median(stack, axis=0)).astype(stack.dtype)
            images.append(StandardImage(len(images) + 1, key, pixel_sha256(median),
                                        len(stratum), median))
        progress(f"{key.describe()}: {k} standard images from {len(loaded)} images")
    if not images:
        raise StandardSetError("no group had enough images to build a standard set "
                               f"(each group needs {2 * MIN_SOURCES} single-frame monochrome images)")
    return write(StandardSet(set_id, _version(images), images), out)


def write(std: StandardSet, out: str | Path) -> StandardSet:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for img in std.images:
        name = f"{img.index:03d}.rvlp"
        (folder / name).write_bytes(lossless.pack(img.pixels))
        entries.append({"index": img.index, "file": name, "sha256": img.sha256,
                        "sources": img.sources, "key": img.key.as_dict()})
    manifest = {"format": FORMAT, "set_id": std.set_id, "version": std.version,
                "procedure": "per fit key: strata by (series position, mean), "
                             "pixel-wise median per stratum (docs/delta.md)",
                "images": entries}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    std.path = folder
    return std
