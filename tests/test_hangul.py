import pytest

from sse_match.matching import hangul


@pytest.mark.parametrize(("text", "expected"), [
    ("값", "ㄱㅏㅂㅅ"), ("과", "ㄱㅗㅏ"), ("의", "ㅇㅡㅣ"), ("닭", "ㄷㅏㄹㄱ"), ("뷁", "ㅂㅜㅔㄹㄱ"),
    ("방역", "ㅂㅏㅇㅇㅕㄱ"), ("A4", "A4"),
])
def test_jamo_splits_compounds(text, expected):
    assert hangul.jamo(text) == expected


def test_one_slipped_key_is_one_edit():
    from rapidfuzz.distance import Levenshtein

    for typo, word in [("도시럭", "도시락"), ("방억", "방역"), ("현수먁", "현수막")]:
        assert Levenshtein.distance(hangul.jamo(typo), hangul.jamo(word)) == 1


def test_choseong_and_normalise():
    assert hangul.choseong("현수막") == "ㅎㅅㅁ"
    assert hangul.choseong("A4 복사용지") == "ㅂㅅㅇㅈ"
    assert hangul.is_choseong("ㄷㅅㄹ") and not hangul.is_choseong("도시락")
    assert hangul.normalise("ＫＦ９４　마스크") == "kf94 마스크"
    assert hangul.normalise("㈜한빛 100㎡") == "(주)한빛 100m2"


def test_tokens_and_spaced_syllables():
    assert hangul.tokens("A4용지 KF94 LED조명 20L") == ["a4", "용지", "kf94", "led", "조명", "20l"]
    assert hangul.join_spaced_syllables(["사", "무", "용", "품"]) == ["사무용품"]
    assert hangul.join_spaced_syllables(["떡", "세트"]) == ["떡", "세트"]


@pytest.mark.parametrize(("text", "expected"), [
    ("행사용 도시락 200개 (6월 12일 납품)", "행사용 도시락 ( 납품)"),
    ("청사 청소 용역 12개월", "청사 청소 용역"),
    ("KF94 마스크 50박스", "kf94 마스크"),
    ("20L 봉투 300매", "20l 봉투"),
    ("홍보영상 제작 예산 500만원", "홍보영상 제작 예산"),
    ("2026.6.12 납품 3M 마스크", "납품 3m 마스크"),
    ("명함 200매 6명분", "명함"),
    ("계란 30구 10판", "계란"),
    ("KF94 50매입 20박스", "kf94"),
    ("김밥 200개를 주문", "김밥 주문"),
    ("50인용 텐트", "텐트"),
    ("다회용컵 5천 개 대여", "다회용컵 대여"),
    ("종이 대장 약 2만 면을 스캔", "종이 대장 약 스캔"),
    ("월 1회 정기 방역, 주 2회씩 청소", "정기 방역, 청소"),
    ("송천1동 주민센터 2층 천막 2동", "송천1동 주민센터 천막"),  # a 동's number is its name, a tent's is a count
    ("현수막 3장이랑 X배너 2개", "현수막 이랑 x배너"),  # the particle joining two items stays
    ("7월 초 납품, 다음 달 중순까지 현수막", "납품, 현수막"),  # a part of a period: 초 is no candle here
    ("11월 말 나눔행사 양초 20개", "나눔행사 양초"),
])
def test_quantities_dates_and_money_are_stripped_but_specs_stay(text, expected):
    assert hangul.strip_quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("세탁세제 3리터", "세탁세제 3l"), ("물컵 8온스", "물컵 8oz"), ("현미 4킬로", "현미 4kg"), ("줄자 2미터", "줄자 2m"),
    ("액자 30센티", "액자 30cm"), ("태블릿 10인치", "태블릿 10inch"), ("소금 500그램", "소금 500g"),
    ("우유 200밀리리터", "우유 200ml"),
    ("3일 미리 주문", "3일 미리 주문"),  # a unit is read only after a number: 미리 here is "in advance"
    ("리터당 가격", "리터당 가격"),
])
def test_a_measure_said_in_hangul_after_a_number_is_its_symbol(text, expected):
    assert hangul.normalise(text) == expected


@pytest.mark.parametrize(("text", "won"), [
    ("예산 500만원", 5_000_000), ("3천만원 이내", 30_000_000), ("1,200,000원", 1_200_000),
    ("1.5억원", 150_000_000), ("도시락 200개", None), ("A4 용지 1만매", None), ("예산 3백만원, 5천 개", 3_000_000),
])
def test_parse_money(text, won):
    assert hangul.parse_money(text) == won


@pytest.mark.parametrize(("text", "cap", "said"), [
    ("드립백 커피 100개 개당 1,000원 이하", 1_000, "개당 1,000원 이하"),
    ("에코백 개당 3천원 이내로 200개", 3_000, "개당 3천원 이내"),
    ("1만원 이하 도시락 50인분", 10_000, "1만원 이하"),
    ("1인당 3만원 이내로 구성", 30_000, "1인당 3만원 이내"),
    ("단가 5천원", 6_000, "단가 5천원"),  # a unit's price without a limit: about that much
    ("개당 1만원 안팎이면 좋겠습니다", 12_000, "개당 1만원 안팎"),
    ("3만원대 선물세트", 40_000, "3만원대"),  # from 3만원 to below 4만원
    ("명절 선물 2만원 선에서", 24_000, "2만원 선"),
])
def test_parse_price_cap_reads_what_one_unit_may_cost(text, cap, said):
    assert hangul.parse_price_cap(text) == hangul.PriceCap(cap, said)


@pytest.mark.parametrize("text", [
    "텀블러 200개, 예산 240만원",  # a whole budget
    "예산은 200만원 정도로",
    "총 50만원 이하",
    "A4 용지 1만매",  # a count
    "현수막 5만원",  # an amount with no limit and no unit
    "2만원 선물세트",  # 선 begins a word
    "2만원 대형 현수막",  # 대 begins a word
])
def test_parse_price_cap_leaves_budgets_and_counts_alone(text):
    assert hangul.parse_price_cap(text) is None


def test_without_said_takes_the_price_out_of_the_need():
    assert hangul.without_said("드립백 커피 개당 1,000 원 이하로", "개당 1,000원 이하").split() == ["드립백", "커피", "로"]


@pytest.mark.parametrize(("text", "digits"), [
    ("장당 만원 이하", "장당 10,000원 이하"), ("오천 원 정도", "5,000 원 정도"), ("이만오천원", "25,000원"),
    ("십만원대 선물", "100,000원대 선물"), ("사원 교육", "사원 교육"), ("불만원인", "불만원인"),
    ("개당 3천원 이내", "개당 3천원 이내"), ("1만원", "1만원"),  # digits before: already an amount
])
def test_amounts_in_hangul_numerals_read_as_digits(text, digits):
    assert hangul.amounts_in_digits(text) == digits
