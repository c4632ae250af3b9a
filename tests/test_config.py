from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.config import load_config
from briefings.errors import ConfigError


def test_default_configuration_loads(write_config: Callable[..., Path]) -> None:
    config = load_config(
        write_config(
            period='"2025-9M"', provinces='["thai-nguyen", "Cao Bằng"]', trend_from='"2023-Q1"'
        )
    )
    assert config.period is not None and config.period.label == "2025-9M"
    assert config.provinces == ("thai-nguyen", "cao-bang")
    assert config.trend_from is not None and config.trend_from.label == "2023-Q1"
    assert config.reports_dir == config.root / "reports"


def test_all_and_latest_are_accepted(write_config: Callable[..., Path]) -> None:
    config = load_config(write_config(period='"latest"', provinces='"all"'))
    assert config.period is None and config.provinces is None


def test_unknown_key_is_rejected_with_its_name(write_config: Callable[..., Path]) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(period='"2025-9M"', colour='"blue"'))
    assert "[briefing].colour" in info.value.one_line()
    assert "unknown key" in info.value.one_line()


def test_bad_period_names_the_key_and_the_fix(write_config: Callable[..., Path]) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(period='"2025Q5"'))
    line = info.value.one_line()
    assert "[briefing].period" in line and "'2025Q5' is not a period" in line
    assert "2025-9M" in line


def test_unknown_province_names_its_position(write_config: Callable[..., Path]) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(provinces='["cao-bang", "Atlantis"]'))
    assert "[briefing].provinces[1]" in info.value.one_line()


def test_unknown_indicator_lists_the_known_ones(write_config: Callable[..., Path]) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(indicators='["gdp"]'))
    assert "grdp" in info.value.one_line()


def test_broken_toml_is_a_config_error(write_config: Callable[..., Path]) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_config("[briefing\ntitle = 1"))
    assert "not valid TOML" in info.value.one_line()


def test_command_line_overrides_period_provinces_and_out(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    config = load_config(write_config(period='"2025-9M"')).with_overrides(
        period="2024-FY", provinces=["Bắc Kạn"], out=tmp_path / "elsewhere"
    )
    assert config.period is not None and config.period.label == "2024-FY"
    assert config.provinces == ("bac-kan",)
    assert config.reports_dir == (tmp_path / "elsewhere" / "reports").resolve()
