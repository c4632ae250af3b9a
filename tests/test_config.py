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


def _error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.one_line()


def test_a_syntax_error_names_its_line_and_column_not_a_byte_offset(
    write_config: Callable[..., Path],
) -> None:
    line = _error(write_config('[briefing]\ntitle = "t"\nperiod = 2025-9M\n'))
    assert "briefings.toml:3: not valid TOML: " in line
    assert "(column " in line and "at line" not in line


def test_a_configuration_that_is_not_utf8_names_its_line(write_config: Callable[..., Path]) -> None:
    path = write_config()
    path.write_bytes(b'[briefing]\ntitle = "Cao B\xe8ng"\n')
    assert ":2: not UTF-8 text; save the file as UTF-8" in _error(path)


def test_a_configuration_path_that_is_a_folder_is_a_config_error(tmp_path: Path) -> None:
    assert "cannot read the configuration" in _error(tmp_path)


@pytest.mark.parametrize(
    ("briefing", "words"),
    [
        ({"edition": "1"}, "[briefing].edition: must be a string, not 1"),
        ({"indicators": "[[1]]"}, "[briefing].indicators[0]: unknown indicator [1]"),
        ({"provinces": "[1]"}, "[briefing].provinces[0]: must be a name, not 1"),
        ({"trend_from": "2025"}, "[briefing].trend_from: '2025' is not a period"),
        ({"period": '"0000-FY"'}, "[briefing].period: '0000-FY' is not a period: year 0 is out"),
        ({"edition": '"../elsewhere"'}, "[briefing].edition: '../elsewhere' is not a folder"),
        ({"edition": '".."'}, "[briefing].edition: '..' is not a folder name"),
        ({"edition": '"a/b"'}, "[briefing].edition: 'a/b' is not a folder name"),
    ],
)
def test_a_wrong_value_is_named_by_its_section_and_key(
    write_config: Callable[..., Path], briefing: dict[str, str], words: str
) -> None:
    assert words in _error(write_config(**briefing))


def test_the_number_format_of_every_table_may_be_declared(
    write_config: Callable[..., Path],
) -> None:
    config = load_config(
        write_config(
            '[briefing]\ntitle = "t"\n[sources]\ntables = ["sources/tables/*.csv"]\n'
            'decimal = ","\nthousands = "."\ndelimiter = ";"\nencoding = "windows-1258"\n'
        )
    )
    assert config.table_format.number is not None
    assert (config.table_format.number.decimal, config.table_format.number.thousands) == (",", ".")
    assert (config.table_format.delimiter, config.table_format.encoding) == (";", "cp1258")


def test_a_wrong_number_format_is_named_by_its_key(write_config: Callable[..., Path]) -> None:
    path = write_config(
        '[briefing]\ntitle = "t"\n[sources]\ntables = ["sources/tables/*.csv"]\ndecimal = "."\n'
        'thousands = "."\n'
    )
    assert "[sources].thousands: decimal and thousands are both '.'" in _error(path)


def test_command_line_provinces_are_remembered_as_the_flag(
    write_config: Callable[..., Path],
) -> None:
    config = load_config(write_config(provinces='["cao-bang", "Cao Bằng", "bac ninh"]'))
    assert [p.key for p in config.province_places] == [
        "[briefing].provinces[0]",
        "[briefing].provinces[2]",
    ]
    overridden = config.with_overrides(provinces=["Bắc Kạn"])
    assert overridden.province_place(0).key == "--province"
    assert overridden.province_place(0).where is None
