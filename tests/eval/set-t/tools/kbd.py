# -*- coding: utf-8 -*-
"""두벌식 한/영 변환기 (표준 라이브러리만 사용).

to_qwerty(text):   한글 → 영문 자판으로 잘못 친 문자열 (한글 외 문자는 그대로)
to_hangul(text):   영문 자판 문자열 → 두벌식 오토마타로 조합한 한글
choseong(text):    한글 음절을 초성으로 바꾼 문자열 (한글 외 문자는 그대로)
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = ["ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ",
        "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"]
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ",
        "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ",
        "ㅍ", "ㅎ"]

# 단일 자모 → 키
KEY = {
    "ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a",
    "ㅂ": "q", "ㅃ": "Q", "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W",
    "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v", "ㅎ": "g",
    "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u",
    "ㅖ": "P", "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l",
}
# 겹자모 → 구성 자모
SPLIT = {
    "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ", "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ",
    "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}
COMBINE = {v: k for k, v in SPLIT.items()}
REV = {v: k for k, v in KEY.items()}
CONSONANTS = set(CHO) | set(j for j in JONG if j)
VOWELS = set(JUNG)


def _jamo_keys(j):
    return "".join(KEY[c] for c in SPLIT.get(j, j))


def decompose(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def to_qwerty(text):
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            out.append("".join(_jamo_keys(j) for j in d if j))
        elif ch in KEY or ch in SPLIT:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_hangul(text):
    """영문 키 입력을 두벌식 오토마타로 한글로 조합한다."""
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ""

    for k in text:
        j = REV.get(k)
        if j is None:
            # 대문자인데 쌍자음/ㅒㅖ가 아닌 경우 소문자로 간주
            if k.isalpha() and k.lower() in REV:
                j = REV[k.lower()]
            else:
                flush()
                out.append(k)
                continue
        if j in VOWELS:
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if jung + j in COMBINE:
                    jung = COMBINE[jung + j]
                else:
                    flush()
                    out.append(j)
            elif cho and jung and jong:
                # 종성을 다음 음절 초성으로 넘김
                if jong in SPLIT:
                    first, second = SPLIT[jong]
                    jong = first
                    flush()
                    cho = second
                else:
                    moved = jong
                    jong = ""
                    flush()
                    cho = moved
                jung = j
            elif not cho and jung:
                if jung + j in COMBINE:
                    jung = COMBINE[jung + j]
                else:
                    flush()
                    jung = j
            else:
                jung = j
        else:  # 자음
            if not cho and not jung:
                cho = j
            elif cho and not jung:
                flush()
                cho = j
            elif not cho and jung:
                flush()
                cho = j
            elif not jong:
                if j in JONG:
                    jong = j
                else:
                    flush()
                    cho = j
            else:
                if jong + j in COMBINE and COMBINE[jong + j] in JONG:
                    jong = COMBINE[jong + j]
                else:
                    flush()
                    cho = j
    flush()
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


def is_jamo_only(token):
    return bool(token) and all(c in CONSONANTS for c in token)


if __name__ == "__main__":
    for w in ["도시락", "현수막 제작", "다회용기 세척", "떡볶이", "닭갈비", "값싼 읽기", "뭬야", "의자", "괜찮아"]:
        q = to_qwerty(w)
        print(w, q, to_hangul(q), choseong(w))
