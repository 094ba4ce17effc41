"""Workstation profiles: which image version a station asks for by default (Qt-free).

A profile stands for how a station is used (REQUIREMENTS §3):
- ``reading``: a radiologist's reading station, diagnostic lossless images (V1);
- ``referring``: a referring doctor's terminal, the smaller reference version (V2);
- ``home``: teleradiology from home; the version follows the measured link rate.

The user may override version, quality or usage per study; ``choose`` applies
the override on top of the profile default.
"""

from __future__ import annotations

from dataclasses import dataclass

from radview.errors import UsageError

PROFILES = ("reading", "referring", "home")
PROFILE_LABELS = {
    "reading": "Reading station (radiologist, diagnostic V1)",
    "referring": "Referring terminal (reference V2)",
    "home": "Home teleradiology (version by measured link)",
}
VERSIONS = ("V1", "V2", "V3")
VERSION_QUALITY = {"V1": 100, "V2": 50, "V3": 25}
VERSION_USAGE = {"V1": "diagnosis", "V2": "reference", "V3": "comparison"}

# Link rates (bits per second) at which the home profile steps up a version.
# A 2-slice CR pair is ~15 MB lossless: at 50 Mbit/s that is ~2.5 s, acceptable;
# below ~8 Mbit/s the V2 (1:20) version keeps a study under a few seconds.
HOME_V1_MIN_BPS = 50e6
HOME_V2_MIN_BPS = 8e6


@dataclass(frozen=True)
class VersionChoice:
    """What to request: a version name plus why it was chosen (shown in the UI)."""

    version: str
    quality: int
    usage: str
    reason: str

    @property
    def lossy(self) -> bool:
        return self.quality < 100


def check_profile(name: str) -> str:
    if name not in PROFILES:
        raise UsageError(f"unknown profile {name!r}; choose one of: {', '.join(PROFILES)}")
    return name


def version_for_link(rate_bps: float | None) -> str:
    """The home profile's version for a measured link rate (None = not measured yet)."""
    if rate_bps is None:
        return "V2"  # a safe middle until the link has been measured
    if rate_bps < 0:
        raise UsageError(f"a link rate cannot be negative: {rate_bps}")
    if rate_bps >= HOME_V1_MIN_BPS:
        return "V1"
    if rate_bps >= HOME_V2_MIN_BPS:
        return "V2"
    return "V3"


def _choice(version: str, reason: str) -> VersionChoice:
    return VersionChoice(version, VERSION_QUALITY[version], VERSION_USAGE[version], reason)


def default_version(profile: str, *, link_rate_bps: float | None = None) -> VersionChoice:
    """The version a profile requests when the user has not overridden it."""
    check_profile(profile)
    if profile == "reading":
        return _choice("V1", "reading station: diagnostic quality")
    if profile == "referring":
        return _choice("V2", "referring terminal: reference quality")
    version = version_for_link(link_rate_bps)
    if link_rate_bps is None:
        return _choice(version, "home: link not measured yet")
    return _choice(version, f"home: link {link_rate_bps / 1e6:.1f} Mbit/s")


def version_for_quality(quality: int) -> str:
    """The version that gives at least the asked quality (100, 50, 25 %)."""
    if not 0 < quality <= 100:
        raise UsageError(f"quality must be 1..100 %, got {quality}")
    for version in reversed(VERSIONS):  # smallest version that is good enough
        if VERSION_QUALITY[version] >= quality:
            return version
    return "V1"


def version_for_usage(usage: str) -> str:
    for version, name in VERSION_USAGE.items():
        if name == usage:
            return version
    raise UsageError(
        f"unknown usage {usage!r}; choose one of: {', '.join(VERSION_USAGE.values())}"
    )


def choose(
    profile: str,
    *,
    link_rate_bps: float | None = None,
    version: str | None = None,
    quality: int | None = None,
    usage: str | None = None,
) -> VersionChoice:
    """Profile default, unless the user overrode version, quality or usage for this study."""
    if version is not None:
        if version not in VERSIONS:
            raise UsageError(f"unknown version {version!r}; choose one of: {', '.join(VERSIONS)}")
        return _choice(version, "chosen for this study")
    if quality is not None:
        return _choice(version_for_quality(quality), f"quality {quality} % asked for this study")
    if usage is not None:
        return _choice(version_for_usage(usage), f"usage '{usage}' asked for this study")
    return default_version(profile, link_rate_bps=link_rate_bps)
