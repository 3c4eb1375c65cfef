"""The Adapter's choices on made-up figures, one sample a second."""

from __future__ import annotations

from media.link_figures import LinkFigures
from media.quality import AUDIO, HIGH, LOW, MEDIUM, Adapter, AdapterRules


def figures(at: float, loss: float = 0.0, rtt: float | None = 0.05) -> LinkFigures:
    return LinkFigures(at=at, loss=loss, rtt=rtt, received_kbps=500, sent_kbps=500, fps=15, packets_received=100)


def feed(adapter: Adapter, start: float, seconds: int, **bad: float) -> list[str]:
    return [adapter.update(figures(start + s, **bad)).name for s in range(seconds)]


def test_loss_steps_down_after_a_window_then_again_and_one_bad_second_does_not() -> None:
    adapter = Adapter()
    assert feed(adapter, 0, 1, loss=5) == ["high"]
    assert feed(adapter, 1, 5) == ["high"] * 5  # one bad second averaged with good ones
    assert feed(adapter, 10, 3, loss=8) == ["medium"] * 3  # at once, then a window of medium's own figures
    assert feed(adapter, 13, 1, loss=8) == ["low"]  # 8% is too much for medium too
    assert feed(adapter, 14, 6, loss=8) == ["low"] * 6  # low takes up to 12%


def test_a_long_round_trip_steps_down_as_loss_does() -> None:
    adapter = Adapter()
    assert feed(adapter, 0, 3, rtt=0.5)[-1] == "medium"
    assert feed(adapter, 3, 3, rtt=2.0)[-1] == "low"
    assert feed(adapter, 6, 3, rtt=2.0)[-1] == "audio"


def test_steps_up_one_preset_after_a_calm_period_and_not_while_figures_are_only_middling() -> None:
    adapter = Adapter(rules=AdapterRules(calm=10))
    feed(adapter, 0, 6, loss=8)
    assert adapter.preset == LOW
    assert set(feed(adapter, 10, 30, loss=3)) == {"low"}  # 3% suits low, but is not calm enough for medium
    assert feed(adapter, 40, 12) == ["low"] * 10 + ["medium", "medium"]
    assert feed(adapter, 52, 11)[-1] == "high"


def test_a_cap_keeps_presets_that_need_more_off_even_under_the_override() -> None:
    adapter = Adapter(cap=MEDIUM.need)
    assert adapter.preset == MEDIUM
    assert set(feed(adapter, 0, 60)) == {"medium"}
    adapter.set_override(HIGH)
    assert adapter.preset == MEDIUM
    adapter.set_cap(LOW.need - 1)
    assert adapter.preset == AUDIO  # below every video preset's need: sound only
    adapter.set_cap(0)
    assert adapter.preset == HIGH


def test_the_override_holds_whatever_the_figures_and_its_end_returns_to_the_figures() -> None:
    adapter = Adapter()
    adapter.set_override(LOW)
    assert set(feed(adapter, 0, 20)) == {"low"}
    adapter.set_override(None)
    assert adapter.preset == HIGH  # the figures were good all along
    adapter.set_override(HIGH)
    assert set(feed(adapter, 20, 6, loss=50)) == {"high"}
    adapter.set_override(None)
    assert adapter.preset in (MEDIUM, LOW)
