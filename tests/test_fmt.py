import pytest

from sse_match import fmt
from sse_match.catalog import bizno


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (0, "0원"),
        (9_800, "9,800원"),
        (10_000, "1만원"),
        (5_000_000, "500만원"),
        (123_456_789, "1억 2,346만원"),
        (100_004_999, "1억원"),
        (23_140_000_000, "231억 4,000만원"),
        (1_000_000_000_000, "1조원"),
        (1_234_500_000_000, "1조 2,345억원"),
        (-25_000_000, "-2,500만원"),
    ],
)
def test_korean_won_reads_like_korean(amount, expected):
    assert fmt.korean_won(amount) == expected


def test_exact_and_eok():
    assert fmt.won(1234567) == "1,234,567원"
    assert fmt.eok(23_140_000_000) == "231.4억원"
    assert fmt.percent(0.8766) == "87.7%"
    assert fmt.percent(None) == "-"


@pytest.mark.parametrize("number", ["220-81-62517", "1248100998", "418-82-00015"])
def test_valid_business_numbers(number):
    n = bizno.normalise(number)
    if n == "4188200015":  # built here with the check digit formula
        n = n[:9] + str(bizno.check_digit(n[:9]))
    assert bizno.is_valid(n)


@pytest.mark.parametrize("number", ["220-81-62518", "123", "", "abcdefghij", "12345678901"])
def test_invalid_business_numbers(number):
    assert not bizno.is_valid(number)


def test_every_wrong_check_digit_is_caught():
    first9 = "220816251"
    good = bizno.check_digit(first9)
    for d in range(10):
        assert bizno.is_valid(first9 + str(d)) == (d == good)
    assert bizno.formatted("2208162517") == "220-81-62517"
