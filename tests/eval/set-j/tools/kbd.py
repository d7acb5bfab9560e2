# -*- coding: utf-8 -*-
"""두벌식 자판 변환기 (표준 라이브러리만 사용).
ko2en: 한글 -> 영문 자판 입력열, en2ko: 영문 자판 입력열 -> 한글, choseong: 초성 추출."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o",
       "ㅔ": "p", "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k",
       "ㅣ": "l", "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
       "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P"}
REV = {v: k for k, v in KEY.items()}
VCOMB = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
CCOMB = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
         "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
VJOIN = {v: k for k, v in VCOMB.items()}
CJOIN = {v: k for k, v in CCOMB.items()}
VOWELS = set(JUNG)


def decompose(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out.append((CHO[c // 588], JUNG[(c % 588) // 28], JONG[c % 28]))
        else:
            out.append(ch)
    return out


def ko2en(s):
    res = []
    for item in decompose(s):
        if isinstance(item, tuple):
            for j in item:
                if not j:
                    continue
                for part in VCOMB.get(j, CCOMB.get(j, j)):
                    res.append(KEY[part])
        elif item in KEY:
            res.append(KEY[item])
        else:
            res.append(item)
    return "".join(res)


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def _jamo_to_hangul(jamos):
    """두벌식 오토마타: 자모 목록을 음절로 조합."""
    out = []
    i, n = 0, len(jamos)
    while i < n:
        j = jamos[i]
        if j in VOWELS:  # 초성 없는 모음
            v = j
            if i + 1 < n and (v + jamos[i + 1]) in VJOIN:
                v = VJOIN[v + jamos[i + 1]]
                i += 1
            out.append(v)
            i += 1
            continue
        # 자음
        if i + 1 < n and jamos[i + 1] in VOWELS and j in CHO:
            cho = j
            v = jamos[i + 1]
            i += 2
            if i < n and (v + jamos[i]) in VJOIN:
                v = VJOIN[v + jamos[i]]
                i += 1
            jong = ""
            if i < n and jamos[i] not in VOWELS and jamos[i] in JONG:
                # 다음이 모음이면 받침이 아니라 다음 음절 초성
                if not (i + 1 < n and jamos[i + 1] in VOWELS):
                    jong = jamos[i]
                    i += 1
                    if i < n and (jong + jamos[i]) in CJOIN and not (i + 1 < n and jamos[i + 1] in VOWELS):
                        jong = CJOIN[jong + jamos[i]]
                        i += 1
            out.append(_compose(cho, v, jong))
            continue
        out.append(j)
        i += 1
    return "".join(out)


def en2ko(s):
    """영문 자판 입력열(알파벳 연속 구간)을 한글로 바꾼다. 알파벳 외 문자는 그대로 둔다."""
    res, buf = [], []
    for ch in s + "\0":
        key = ch if ch in REV else (ch.lower() if ch.lower() in REV and ch.isalpha() else None)
        if ch.isascii() and ch.isalpha() and key:
            buf.append(REV[key])
        else:
            if buf:
                res.append(_jamo_to_hangul(buf))
                buf = []
            if ch != "\0":
                res.append(ch)
    return "".join(res)


def choseong(s):
    out = []
    for item in decompose(s):
        out.append(item[0] if isinstance(item, tuple) else item)
    return "".join(out)


if __name__ == "__main__":
    for w in ["식혜", "가래떡", "방충망 교체", "에어컨 청소", "현수막", "괜찮아요", "닭볶음", "없어요", "의자"]:
        e = ko2en(w)
        print(w, e, en2ko(e), en2ko(e) == w)
