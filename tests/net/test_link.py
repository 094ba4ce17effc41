"""Link estimate: RTT taken off transfers; tiny transfers ignored; bad samples refused."""

import pytest

from radview.net.profiles import default_version
from radview.errors import UsageError
from radview.net.link import LinkMeter


def test_rate_from_transfers_minus_rtt():
    meter = LinkMeter()
    meter.add_rtt(0.1)
    # 2 Mbit/s link: 1 MB takes 4 s of transfer + one RTT
    meter.add_transfer(1_000_000, 4.1)
    meter.add_transfer(500_000, 2.1)
    est = meter.estimate()
    assert est.rate_bps == pytest.approx(2e6, rel=0.01)
    assert default_version("home", link_rate_bps=est.rate_bps).version == "V3"


def test_small_transfers_do_not_count_and_bad_samples_are_refused():
    meter = LinkMeter()
    meter.add_transfer(1000, 0.2)
    assert meter.estimate().rate_bps is None
    with pytest.raises(UsageError):
        meter.add_transfer(-1, 1)
    with pytest.raises(UsageError):
        meter.add_rtt(-0.1)


def test_body_waits_give_the_rate_without_taking_a_round_trip_off():
    meter = LinkMeter()
    meter.add_rtt(0.04)  # known RTT: a body sample has none to take off
    meter.add_body(1_000_000, 0.4)  # 20 Mbit/s of waiting for bytes
    assert meter.estimate().rate_bps == pytest.approx(20e6, rel=0.01)


def test_a_body_that_came_whole_counts_as_very_fast_and_a_small_one_not_at_all():
    meter = LinkMeter()
    meter.add_body(10_000, 0.0)  # too small to say anything
    assert meter.estimate().rate_bps is None
    meter.add_body(100_000, 0.0)  # all there at the first read: faster than we can time
    assert meter.estimate().rate_bps >= 1e9
    with pytest.raises(UsageError):
        meter.add_body(100_000, -0.1)
