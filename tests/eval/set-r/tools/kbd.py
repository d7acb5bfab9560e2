# -*- coding: utf-8 -*-
"""두벌식(표준 2벌식) 자판 변환기와 초성 추출기. 표준 라이브러리만 사용.

to_qwerty(text)  : 한글을 영문 자판 상태에서 친 글자열로 바꾼다 (한글이 아닌 글자는 그대로).
to_hangul(text)  : 영문 자판 상태에서 친 글자열을 두벌식 오토마타로 한글로 조합한다.
choseong(text)   : 한글 음절을 초성 자모(호환 자모)로 바꾼다.
"""

CHO = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
JUNG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
        'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

KEY = {
    'ㅂ': 'q', 'ㅈ': 'w', 'ㄷ': 'e', 'ㄱ': 'r', 'ㅅ': 't', 'ㅛ': 'y', 'ㅕ': 'u', 'ㅑ': 'i', 'ㅐ': 'o', 'ㅔ': 'p',
    'ㅁ': 'a', 'ㄴ': 's', 'ㅇ': 'd', 'ㄹ': 'f', 'ㅎ': 'g', 'ㅗ': 'h', 'ㅓ': 'j', 'ㅏ': 'k', 'ㅣ': 'l',
    'ㅋ': 'z', 'ㅌ': 'x', 'ㅊ': 'c', 'ㅍ': 'v', 'ㅠ': 'b', 'ㅜ': 'n', 'ㅡ': 'm',
    'ㅃ': 'Q', 'ㅉ': 'W', 'ㄸ': 'E', 'ㄲ': 'R', 'ㅆ': 'T', 'ㅒ': 'O', 'ㅖ': 'P',
}
REV = {v: k for k, v in KEY.items()}
# 쉬프트가 의미 없는 대문자는 소문자와 같은 자모로 본다.
for _c in 'ASDFGHJKLZXCVBNMYUI':
    REV[_c] = REV[_c.lower()]

VCOMP = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
         ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
CCOMP = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
         ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
         ('ㅂ', 'ㅅ'): 'ㅄ'}
VSPLIT = {v: k for k, v in VCOMP.items()}
CSPLIT = {v: k for k, v in CCOMP.items()}
VOWELS = set(JUNG)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    """음절 -> (초성, 중성, 종성) 호환 자모."""
    i = ord(ch) - 0xAC00
    return CHO[i // 588], JUNG[(i % 588) // 28], JONG[i % 28]


def to_qwerty(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, j = decompose(ch)
            parts = [c] + list(VSPLIT.get(v, (v,))) + (list(CSPLIT.get(j, (j,))) if j else [])
            out.append(''.join(KEY[p] for p in parts))
        elif ch in KEY:
            out.append(KEY[ch])
        elif ch in VSPLIT:
            out.append(''.join(KEY[p] for p in VSPLIT[ch]))
        elif ch in CSPLIT:
            out.append(''.join(KEY[p] for p in CSPLIT[ch]))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(cho, jung, jong):
    if cho is not None and jung is not None:
        return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + (JONG.index(jong) if jong else 0))
    if cho is not None:
        return cho
    if jung is not None:
        return jung
    return ''


def to_hangul(text):
    """두벌식 오토마타. 영문 자판으로 친 글자를 한글로 조합한다."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        out.append(_compose(cho, jung, jong))
        cho = jung = jong = None

    for ch in text:
        jm = REV.get(ch)
        if jm is None:
            flush()
            out.append(ch)
            continue
        if jm in VOWELS:
            if jong is not None:
                if jong in CSPLIT:
                    a, b = CSPLIT[jong]
                    jong = a
                    flush()
                    cho = b
                else:
                    b = jong
                    jong = None
                    flush()
                    cho = b
                jung = jm
            elif jung is not None:
                if (jung, jm) in VCOMP:
                    jung = VCOMP[(jung, jm)]
                else:
                    flush()
                    jung = jm
            else:
                jung = jm
        else:
            if jung is None:
                if cho is not None:
                    flush()
                cho = jm
            elif jong is None:
                if cho is not None and jm in JONG and jm not in ('ㄸ', 'ㅃ', 'ㅉ'):
                    jong = jm
                else:
                    flush()
                    cho = jm
            else:
                if (jong, jm) in CCOMP:
                    jong = CCOMP[(jong, jm)]
                else:
                    flush()
                    cho = jm
    flush()
    return ''.join(out)


def choseong(text):
    return ''.join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


if __name__ == '__main__':
    for w in ['복사용지', '떡케이크 주문', '근조화환', '괜찮아요', '닭갈비', '없어요', '의뢰', '쌍화차', '뷁']:
        q = to_qwerty(w)
        print(w, q, to_hangul(q), choseong(w))
        assert to_hangul(q) == w, (w, q, to_hangul(q))
