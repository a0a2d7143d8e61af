"""The load driver's arithmetic and its refusal to aim anywhere but this machine."""

import pytest

from bench.load import _loopback_only, percentile


def test_percentiles_use_the_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 0.50) == 50
    assert percentile(values, 0.95) == 95
    assert percentile(values, 0.99) == 99
    assert percentile([7], 0.99) == 7
    assert percentile([], 0.5) is None


def test_only_loopback_addresses_are_accepted():
    _loopback_only("http://127.0.0.1:8000")
    _loopback_only("http://localhost:8000")
    with pytest.raises(SystemExit):
        _loopback_only("http://192.168.1.10:8000")
