"""Specification of briefings.domain.publishers: who published a source, and its tier."""

from __future__ import annotations

import pytest

from briefings.domain.publishers import Tier, publisher_of


@pytest.mark.parametrize(
    ("source", "tier"),
    [
        ("https://www.gso.gov.vn/en/data", Tier.STATISTICS),
        ("https://www.nso.gov.vn/x", Tier.STATISTICS),
        ("https://thongkecaobang.gso.gov.vn/x", Tier.STATISTICS),
        ("https://cucthongkelangson.gov.vn/x", Tier.STATISTICS),
        ("https://thongke.somewhere.gov.vn/x", Tier.STATISTICS),
        ("https://baochinhphu.vn/x", Tier.GOVERNMENT),
        ("https://binhdinh.gov.vn/x", Tier.GOVERNMENT),
        ("https://en.vietnamplus.vn/x", Tier.NATIONAL),
        ("https://vneconomy.vn/x", Tier.NATIONAL),
        ("https://baoquangninh.vn/x", Tier.PROVINCIAL),
        ("https://www.vietnam.vn/x", Tier.OTHER),
        ("https://baomoi.net.vn/x", Tier.OTHER),
        ("https://thongke.example.com/x", Tier.OTHER),
        ("https://unheard-of.example/x", Tier.OTHER),
        ("github:HungNT1st/CS571_Project@7d6415f:data/FDI.2015.xls (FIA)", Tier.OTHER),
    ],
)
def test_every_source_has_a_tier_and_unknown_hosts_are_other(source: str, tier: Tier) -> None:
    assert publisher_of(source).tier is tier


def test_a_subdomain_takes_its_parent_publisher() -> None:
    assert publisher_of("https://autonews.vneconomy.vn/x").name == "VnEconomy"
    assert publisher_of("https://news.baohaiduong.vn/x").name == "Báo Hải Dương"


def test_a_mirror_names_its_repository() -> None:
    publisher = publisher_of("github:HungNT1st/CS571_Project@7d6415f:data/FDI.2015.xls")
    assert (publisher.name, publisher.mirror) == ("", "HungNT1st/CS571_Project")


def test_a_known_publisher_has_a_vietnamese_name() -> None:
    assert publisher_of("https://www.gso.gov.vn/x").name_vi == "Tổng cục Thống kê"


def test_an_unknown_official_site_has_no_name_only_its_host() -> None:
    publisher = publisher_of("https://binhdinh.gov.vn/x")
    assert (publisher.name, publisher.host) == ("", "binhdinh.gov.vn")
