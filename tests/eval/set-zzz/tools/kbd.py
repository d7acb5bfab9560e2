"""두벌식 자판 변환기 (표준 라이브러리만 사용).

hangul_to_keys('가방') -> 'rkqkd'
keys_to_hangul('rkqkd') -> '가방'   (오토마타: 초성+중성(+종성), 겹모음/겹받침, 받침 넘김)
convert_mixed('gksdhr 체험') -> '한옥 체험'  (영문 글자 덩어리만 한글로 바꿈)
choseong('바둑판') -> 'ㅂㄷㅍ'
"""
import re

CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY = {
    'ㄱ': 'r', 'ㄲ': 'R', 'ㄴ': 's', 'ㄷ': 'e', 'ㄸ': 'E', 'ㄹ': 'f', 'ㅁ': 'a', 'ㅂ': 'q', 'ㅃ': 'Q',
    'ㅅ': 't', 'ㅆ': 'T', 'ㅇ': 'd', 'ㅈ': 'w', 'ㅉ': 'W', 'ㅊ': 'c', 'ㅋ': 'z', 'ㅌ': 'x', 'ㅍ': 'v',
    'ㅎ': 'g', 'ㅏ': 'k', 'ㅐ': 'o', 'ㅑ': 'i', 'ㅒ': 'O', 'ㅓ': 'j', 'ㅔ': 'p', 'ㅕ': 'u', 'ㅖ': 'P',
    'ㅗ': 'h', 'ㅛ': 'y', 'ㅜ': 'n', 'ㅠ': 'b', 'ㅡ': 'm', 'ㅣ': 'l',
}
REV = {v: k for k, v in KEY.items()}
COMP_V = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
          ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
COMP_C = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ',
          ('ㄹ', 'ㅁ'): 'ㄻ', ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ',
          ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ', ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT_V = {v: k for k, v in COMP_V.items()}
SPLIT_C = {v: k for k, v in COMP_C.items()}
VOWELS = set(JUNG)


def _jamo_keys(j):
    if j in KEY:
        return KEY[j]
    if j in SPLIT_V:
        a, b = SPLIT_V[j]
        return KEY[a] + KEY[b]
    if j in SPLIT_C:
        a, b = SPLIT_C[j]
        return KEY[a] + KEY[b]
    return j


def hangul_to_keys(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            cho, jung, jong = c // 588, (c % 588) // 28, c % 28
            out.append(_jamo_keys(CHO[cho]) + _jamo_keys(JUNG[jung]) + _jamo_keys(JONG[jong]))
        else:
            out.append(_jamo_keys(ch))
    return ''.join(out)


def _compose(cho, jung, jong=''):
    if jung is None:
        return cho
    if cho is None:
        return jung
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def keys_to_hangul(keys):
    """두벌식 오토마타. 영문 글자가 아닌 문자는 그대로 둔다."""
    out = []
    cho = jung = None
    jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho is not None or jung is not None:
            out.append(_compose(cho, jung, jong))
        cho, jung, jong = None, None, ''

    for k in keys:
        j = None
        if k.isalpha() and k.isascii():
            j = REV.get(k) if k in REV else REV.get(k.lower())
        if j is None:
            flush()
            out.append(k)
            continue
        if j in VOWELS:
            if cho is not None and jung is None:
                jung = j
            elif jung is not None and not jong and (jung, j) in COMP_V:
                jung = COMP_V[(jung, j)]
            elif jong:
                # 받침을 다음 글자 초성으로 넘김
                if jong in SPLIT_C:
                    a, b = SPLIT_C[jong]
                    jong = a
                    flush()
                    cho, jung = b, j
                else:
                    nxt = jong
                    jong = ''
                    flush()
                    cho, jung = nxt, j
            else:
                flush()
                cho, jung = None, j
                # 홀로 선 모음은 곧바로 출력 대기
        else:  # 자음
            if cho is None and jung is None:
                cho = j
            elif cho is not None and jung is None:
                flush()
                cho = j
            elif cho is None:  # 모음만 있는 상태
                flush()
                cho = j
            elif not jong:
                if j in JONG:
                    jong = j
                else:
                    flush()
                    cho = j
            elif (jong, j) in COMP_C:
                jong = COMP_C[(jong, j)]
            else:
                flush()
                cho = j
    flush()
    return ''.join(out)


def convert_mixed(s):
    return re.sub(r'[A-Za-z]+', lambda m: keys_to_hangul(m.group(0)), s)


def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


def to_keys_mixed(s):
    """한글 음절만 자판 글쇠로 바꿈(시험용)."""
    return hangul_to_keys(s)


if __name__ == '__main__':
    for w in ['가방', '바둑판', '구명조끼', '흡음재', '닭', '값싼', '뷁', '왜', '파크골프공', '읽어']:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
