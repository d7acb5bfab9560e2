# -*- coding: utf-8 -*-
"""두벌식(표준) 자판 변환기: 한글 <-> 영문 자판 입력, 초성 추출.

- kor_to_eng("복사용지") -> "qhrtkdydwl"
- eng_to_kor("qhrtkdydwl") -> "복사용지"  (오토마타로 음절 조합: 겹받침, 겹모음,
  받침이 다음 모음을 만나 넘어가는 경우, 겹받침 분리까지 처리)
- choseong("복사용지") -> "ㅂㅅㅇㅈ"
한글/영문 자모가 아닌 글자(숫자, 공백, 한글 음절이 이미 섞인 경우)는 그대로 둔다.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ",
        "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ",
        "ㅍ", "ㅎ"]

KEY2JAMO = {
    "r": "ㄱ", "R": "ㄲ", "s": "ㄴ", "e": "ㄷ", "E": "ㄸ", "f": "ㄹ", "a": "ㅁ",
    "q": "ㅂ", "Q": "ㅃ", "t": "ㅅ", "T": "ㅆ", "d": "ㅇ", "w": "ㅈ", "W": "ㅉ",
    "c": "ㅊ", "z": "ㅋ", "x": "ㅌ", "v": "ㅍ", "g": "ㅎ",
    "k": "ㅏ", "o": "ㅐ", "i": "ㅑ", "O": "ㅒ", "j": "ㅓ", "p": "ㅔ", "u": "ㅕ",
    "P": "ㅖ", "h": "ㅗ", "y": "ㅛ", "n": "ㅜ", "b": "ㅠ", "m": "ㅡ", "l": "ㅣ",
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ",
              ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ",
              ("ㅡ", "ㅣ"): "ㅢ"}
FINAL_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ",
              ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ",
              ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ",
              ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
FINAL_SPLIT = {v: k for k, v in FINAL_COMB.items()}
SHIFT_KEYS = set("QWERTOP")


def _is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    code = ord(ch) - 0xAC00
    cho, rest = divmod(code, 21 * 28)
    jung, jong = divmod(rest, 28)
    return CHO[cho], JUNG[jung], JONG[jong]


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def _jamo_keys(j):
    if j in JAMO2KEY:
        return JAMO2KEY[j]
    if j in VOWEL_SPLIT:
        return "".join(JAMO2KEY[x] for x in VOWEL_SPLIT[j])
    if j in FINAL_SPLIT:
        return "".join(JAMO2KEY[x] for x in FINAL_SPLIT[j])
    return j


def kor_to_eng(text):
    out = []
    for ch in text:
        if _is_syllable(ch):
            c, v, f = decompose(ch)
            out.append(_jamo_keys(c) + _jamo_keys(v) + (_jamo_keys(f) if f else ""))
        elif ch in CHO or ch in JUNG or ch in FINAL_SPLIT:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def eng_to_kor(text):
    out = []
    st = {"cho": None, "jung": None, "jong": None}

    def flush():
        c, v, f = st["cho"], st["jung"], st["jong"]
        if c and v:
            out.append(compose(c, v, f or ""))
        elif c:
            out.append(c)
        elif v:
            out.append(v)
        st["cho"] = st["jung"] = st["jong"] = None

    for ch in text:
        key = ch if ch in SHIFT_KEYS else ch.lower()
        j = KEY2JAMO.get(key) if ch.isascii() and ch.isalpha() else None
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in CHO:  # consonant
            if st["jung"] is None:
                if st["cho"] is not None:
                    flush()
                st["cho"] = j
            elif st["cho"] is None:  # lone vowel pending
                flush()
                st["cho"] = j
            elif st["jong"] is None:
                if j in JONG:
                    st["jong"] = j
                else:  # ㄸ ㅃ ㅉ cannot be finals
                    flush()
                    st["cho"] = j
            else:
                comb = FINAL_COMB.get((st["jong"], j))
                if comb:
                    st["jong"] = comb
                else:
                    flush()
                    st["cho"] = j
        else:  # vowel
            if st["jong"] is not None:
                f = st["jong"]
                if f in FINAL_SPLIT:
                    keep, move = FINAL_SPLIT[f]
                else:
                    keep, move = None, f
                st["jong"] = keep
                flush()
                st["cho"] = move
                st["jung"] = j
            elif st["jung"] is not None:
                comb = VOWEL_COMB.get((st["jung"], j))
                if comb:
                    st["jung"] = comb
                else:
                    flush()
                    st["jung"] = j
            else:
                st["jung"] = j
    flush()
    return "".join(out)


def choseong(text):
    """한글 음절은 초성으로, 나머지는 그대로."""
    return "".join(decompose(ch)[0] if _is_syllable(ch) else ch for ch in text)


if __name__ == "__main__":
    tests = ["복사용지", "현수막 제작", "닭갈비", "값싼 읽기", "괜찮아요", "뷁", "없어", "의자",
             "아이스팩", "쌀과자", "뜨거운", "짧은", "넓적", "ㅂㅅ"]
    for t in tests:
        e = kor_to_eng(t)
        back = eng_to_kor(e)
        print(t, e, back, "OK" if back == t else "FAIL")
        assert back == t or not all(_is_syllable(c) or c == " " for c in t), t
