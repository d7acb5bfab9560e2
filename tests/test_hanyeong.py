"""두벌식 한영 conversion: known words, and the round trip Hangul → keys → Hangul."""

import random

import pytest

from sse_match import hanyeong


@pytest.mark.parametrize(("keys", "hangul"), [
    ("rkqkd", "가방"),
    ("wkdqkrnsl", "장바구니"),
    ("gustnakr", "현수막"),
    ("qhrtkdydwl", "복사용지"),
    ("dhkswjs", "완전"),
    ("ekfr", "닭"),
    ("rhkd", "광"),
    ("Tkfrk", "쌀가"),
])
def test_known_words(keys, hangul):
    assert hanyeong.to_hangul(keys) == hangul


def test_hangul_and_digits_pass_through():
    assert hanyeong.to_hangul("gksdhr 체험 20명") == "한옥 체험 20명"


@pytest.mark.parametrize("word", ["가방", "닭갈비", "없어요", "의자", "괜찮아", "뷁", "쌍둥이", "왜요", "읽었습니다",
                                  "외국인", "앉아", "값어치"])
def test_round_trip(word):
    assert hanyeong.to_hangul(hanyeong.to_keys(word)) == word


def test_round_trip_of_random_syllables():
    rng = random.Random(5)
    for _ in range(300):
        word = "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(rng.randint(1, 4)))
        assert hanyeong.to_hangul(hanyeong.to_keys(word)) == word, word


def test_english_words_do_not_look_mistyped():
    assert not hanyeong.looks_mistyped("led")  # ㅣㄷㅇ: a stray jamo, not syllables
    assert hanyeong.looks_mistyped("rkqkd")
