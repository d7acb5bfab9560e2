"""두벌식 한영 conversion: known words, round trips over many words, and the edge cases."""

import pytest

from sse_match.matching import hanyeong

# Hand-written Hangul words of needs and catalogs: compound vowels (과, 왜, 외, 워, 웨, 위, 의),
# compound finals (값, 닭, 삶, 넓, 곬, 핥, 읊, 싫, 앉, 않, 몫), doubled consonants (까, 떡, 빵, 짜, 쌀).
WORDS = """
장바구니 가방 한옥 안녕하세요 도시락 현수막 복사용지 청소 방역 소독 간식 다과 케이터링 화환 꽃다발 명함 봉투 커피 쿠키
과자 떡 빵 식빵 쌀 김치 닭갈비 값 삶 넓이 곬 핥기 읊다 싫증 앉은뱅이 않다 몫 외투 웨딩 위생 의자 왜건 원두 과일
뷔페 꽃바구니 짜장면 떡볶이 쌍화차 똑딱이 빨래 씨앗 옛날 얘기 예쁜 계란 괜찮아 교육 기자재 청사 시설 유지 보수
입주 청소 민원실 리모델링 스카치테이프 투명 테이프 코팅지 라미네이팅 필름 매직 유성 마커 물티슈 위생 티슈
삼천동 화원 금암동 정육점 호성동 분식집 인쇄 출력 제본 현수막 배너 전단지 포스터 가구 책상 의자 사물함 칠판
화분 관엽식물 원예 조경 제초 벌초 세탁 수선 도배 장판 페인트 방수 전기 공사 배관 보일러 냉난방 에어컨 세척
""".split()


@pytest.mark.parametrize(("keys", "word"), [
    ("wkdqkrnsl", "장바구니"), ("rkqkd", "가방"), ("gksdhr", "한옥"), ("dkssudgktpdy", "안녕하세요"),
    ("ehtlfkr", "도시락"), ("rhkwk", "과자"), ("Qkd", "빵"), ("ekfrrkfql", "닭갈비"), ("rkqt", "값"),
    ("dPQms", "예쁜"), ("dkswdms", "앉은"), ("rhkswkddlqslek", "관장입니다"),
])
def test_known_words(keys, word):
    assert hanyeong.to_hangul(keys) == word
    assert hanyeong.to_keys(word) == keys


@pytest.mark.parametrize("word", WORDS)
def test_round_trip(word):
    keys = hanyeong.to_keys(word)
    assert keys.isascii() and keys.isalpha()
    assert hanyeong.to_hangul(keys) == word
    assert hanyeong.looks_like_hanyeong(keys)
    assert hanyeong.candidates(keys)[0] == word


def test_round_trip_of_a_sentence_keeps_spaces_digits_and_punctuation():
    text = "사무용 복사용지 A4, 500매 × 10박스 (납품: 12월)"
    assert hanyeong.to_hangul(hanyeong.to_keys(text).replace("A4", "@@")).replace("@@", "A4") == text


def test_syllable_splitting_moves_the_final_to_the_next_syllable():
    assert hanyeong.to_hangul("rkrtk") == "각사"  # ㄳ is split again when a vowel follows
    assert hanyeong.to_hangul("rkrt") == "갃"
    assert hanyeong.to_hangul("ekfrdkf") == "닭알"
    assert hanyeong.to_hangul("Ekr") == "딱"  # ㄸ opens a syllable ...
    assert hanyeong.to_hangul("rkE") == "가ㄸ"  # ... but is never a final


def test_mixed_text_converts_only_latin_runs():
    assert hanyeong.to_hangul("gksdhr 체험") == "한옥 체험"
    assert hanyeong.to_hangul("rkqkd 3개, 급함!") == "가방 3개, 급함!"
    assert hanyeong.to_hangul("체험학습") == "체험학습"


def test_shift_letters():
    assert hanyeong.to_hangul("Rkcl") == "까치"
    assert hanyeong.to_hangul("Tkf") == "쌀"
    assert hanyeong.to_hangul("Wkwkdaus") == "짜장면"
    assert hanyeong.to_hangul("dP") == "예"
    assert hanyeong.to_hangul("dO") == "얘"
    # letters without a shifted jamo type the plain one
    assert hanyeong.to_hangul("RKQKD") == "까빵"  # R, Q shifted; K, D plain


def test_caps_lock_reading_is_a_second_candidate():
    assert hanyeong.candidates("WKDQKRNSL") == ["짱빠꾸니", "장바구니"]
    assert hanyeong.candidates("Rkcl") == ["까치", "가치"]


@pytest.mark.parametrize("token", ["r", "k", "", "A4", "USB", "LED", "led", "usb", "TN-2480", "KF94", "DHL", "cctv",
                                   "hello", "mask", "desk", "sky", "dog", "3M", "rkqkd에"])
def test_not_hanyeong(token):
    assert not hanyeong.looks_like_hanyeong(token)


def test_lone_consonant_and_vowel_stay_jamo():
    assert hanyeong.to_hangul("r") == "ㄱ"
    assert hanyeong.to_hangul("k") == "ㅏ"
    assert hanyeong.to_hangul("rr") == "ㄱㄱ"
    assert hanyeong.candidates("r") == []
    assert hanyeong.candidates("rr") == []
    assert hanyeong.to_keys("ㄱㅘ") == "rhk"


def test_rare_syllables_are_not_words():
    assert hanyeong.to_hangul("dog") == "앻"
    assert hanyeong.candidates("dog") == []


def test_caps_lock_words_are_hanyeong_but_acronyms_are_not():
    assert hanyeong.looks_like_hanyeong("WKDQKRNSL")
    assert not hanyeong.looks_like_hanyeong("HDMI")
    assert not hanyeong.looks_like_hanyeong("DHL")


def test_readings_of_a_raw_need_keep_the_shift_keys():
    got = hanyeong.readings("dPQms rkqkd 2개, A4 용지, gksdhr체험, USB, TN-2480")
    assert got == {"dpqms": ["예쁜", "에븐"], "rkqkd": ["가방"], "gksdhr": ["한옥"]}
    assert hanyeong.readings("") == {}
    assert hanyeong.readings("복사용지 A4 500매") == {}


def test_every_syllable_and_random_words_round_trip():
    import random

    syllables = [chr(c) for c in range(0xAC00, 0xAC00 + 11172)]
    for s in syllables:
        assert hanyeong.to_hangul(hanyeong.to_keys(s)) == s
    rng = random.Random(11)
    for _ in range(5000):  # neighbours decide the splitting: 각사 vs 갃아, 갈가 vs 갉아
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 5)))
        assert hanyeong.to_hangul(hanyeong.to_keys(word)) == word


# From the matching branch: the engine's looser test and the single-run converter.
@pytest.mark.parametrize(("keys", "hangul"), [
    ("gustnakr", "현수막"), ("qhrtkdydwl", "복사용지"), ("dhkswjs", "완전"), ("ekfr", "닭"), ("rhkd", "광"),
    ("Tkfrk", "쌀가"),
])
def test_more_known_words(keys, hangul):
    assert hanyeong.to_hangul(keys) == hangul
    assert hanyeong.latin_to_hangul(keys) == hangul


def test_hangul_and_digits_pass_through():
    assert hanyeong.to_hangul("gksdhr 체험 20명") == "한옥 체험 20명"


def test_english_words_do_not_look_mistyped():
    assert not hanyeong.looks_mistyped("led")  # ㅣㄷㅇ: a stray jamo, not syllables
    assert hanyeong.looks_mistyped("rkqkd")
