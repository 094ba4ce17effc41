"""Profiles pick the default version; per-study overrides win."""

import pytest

from radview.net.profiles import choose, default_version, version_for_link
from radview.errors import UsageError


def test_reading_station_gets_diagnostic_version():
    assert default_version("reading").version == "V1"
    assert not default_version("reading").lossy


def test_referring_terminal_gets_reference_version():
    choice = default_version("referring")
    assert choice.version == "V2" and choice.lossy and choice.quality == 50


@pytest.mark.parametrize("rate,version", [(1e9, "V1"), (20e6, "V2"), (2e6, "V3"), (None, "V2")])
def test_home_profile_follows_measured_link(rate, version):
    assert default_version("home", link_rate_bps=rate).version == version


def test_per_study_override_wins_over_profile():
    assert choose("referring", version="V1").version == "V1"
    assert choose("reading", quality=50).version == "V2"
    assert choose("reading", quality=20).version == "V3"
    assert choose("home", link_rate_bps=1e9, usage="comparison").version == "V3"


def test_bad_profile_version_and_rate_are_refused():
    with pytest.raises(UsageError, match="unknown profile"):
        default_version("kiosk")
    with pytest.raises(UsageError, match="unknown version"):
        choose("reading", version="V9")
    with pytest.raises(UsageError):
        choose("reading", quality=0)
    with pytest.raises(UsageError):
        version_for_link(-1)
