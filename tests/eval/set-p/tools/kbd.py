# -*- coding: utf-8 -*-
"""두벌식(표준) 자판 변환기: 한글 <-> 영문 자판 입력.

hangul_to_keys('떡 답례품') -> 'Ejr ekqfPvna'
keys_to_hangul('Ejr')      -> '떡'
choseong('천연비누')        -> 'ㅊㅇㅂㄴ'
표준 라이브러리만 사용.
"""

CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY2JAMO = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ", "o": "ㅐ", "p": "ㅔ",
    "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ", "j": "ㅓ", "k": "ㅏ", "l": "ㅣ",
    "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ", "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

# 겹모음 / 겹받침 분해
VOWEL_SPLIT = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
FINAL_SPLIT = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
               "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
VOWEL_JOIN = {v: k for k, v in VOWEL_SPLIT.items()}
FINAL_JOIN = {v: k for k, v in FINAL_SPLIT.items()}

VOWELS = set(JUNG)
CONSONANTS = set(CHO) | set(JONG[1:])


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    """완성형 음절 -> (초, 중, 종) 호환 자모. 종성 없으면 ''."""
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, f = decompose(ch)
            seq = c + VOWEL_SPLIT.get(v, v) + FINAL_SPLIT.get(f, f)
            out.append("".join(JAMO2KEY[j] for j in seq))
        elif ch in VOWEL_SPLIT:
            out.append("".join(JAMO2KEY[j] for j in VOWEL_SPLIT[ch]))
        elif ch in FINAL_SPLIT:
            out.append("".join(JAMO2KEY[j] for j in FINAL_SPLIT[ch]))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def _key_jamo(ch):
    if ch in KEY2JAMO:
        return KEY2JAMO[ch]
    if ch.isascii() and ch.isalpha() and ch.lower() in KEY2JAMO:
        return KEY2JAMO[ch.lower()]  # Shift 가 의미 없는 자리(대문자 A 등)는 소문자와 같음
    return None


def keys_to_hangul(keys):
    """두벌식 오토마타. 영문 자판 문자열을 한글로 조합한다."""
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = ""

    for ch in keys:
        j = _key_jamo(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if cho and jung and not jong:
                if jung + j in VOWEL_JOIN:
                    jung = VOWEL_JOIN[jung + j]
                else:
                    flush()
                    jung = j
            elif cho and jung and jong:
                if jong in FINAL_SPLIT:
                    keep, move = FINAL_SPLIT[jong]
                    jong = keep
                else:
                    move = jong
                    jong = ""
                flush()
                cho, jung = move, j
            elif cho and not jung:
                jung = j
            else:  # 모음만 있는 상태
                if jung and jung + j in VOWEL_JOIN:
                    jung = VOWEL_JOIN[jung + j]
                else:
                    flush()
                    jung = j
        else:  # 자음
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:
                    flush()
                    cho = j
            elif cho and jung and jong:
                if jong + j in FINAL_JOIN:
                    jong = FINAL_JOIN[jong + j]
                else:
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return "".join(out)


def choseong(text):
    return "".join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


def convert_words(text, idx, fn):
    """공백으로 나눈 단어 중 idx 에 있는 것만 fn 으로 바꾼다 (idx=None 이면 전부)."""
    words = text.split(" ")
    return " ".join(fn(w) if (idx is None or i in idx) else w for i, w in enumerate(words))


if __name__ == "__main__":
    for s in ["떡 답례품", "한지 공예 체험", "꽃다발", "닭볶음탕 값 흙", "의자 왜 봐", "햅쌀"]:
        k = hangul_to_keys(s)
        print(s, "->", k, "->", keys_to_hangul(k), "|", choseong(s))
