# -*- coding: utf-8 -*-
"""두벌식(KS X 5002) 자판 변환기 — 표준 라이브러리만 사용.

hangul_to_qwerty('복사용지') -> 'qhrtkdydwl'
qwerty_to_hangul('qhrtkdydwl') -> '복사용지'   (오토마타로 음절 조합)
convert_mixed(text)  : 문자열 안의 영문자 구간만 한글로 바꾼다 (혼합 입력용).
"""

CHO = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
JUNG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
# Shift 를 눌러도 같은 글자가 나오는 키
for _k in 'yuiasdfghjklzxcvbnm':
    KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY[_j] = _k

VOWELS = set(JUNG)
COMP_V = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
          ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
COMP_J = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
          ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
          ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT_V = {v: k for k, v in COMP_V.items()}
SPLIT_J = {v: k for k, v in COMP_J.items()}


def compose(cho, jung, jong=''):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def decompose(ch):
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def hangul_to_qwerty(text):
    """한글 문자열을 두벌식 영문 자판 입력열로. 한글이 아닌 글자는 그대로."""
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            cho, jung, jong = d
            seq = [cho] + list(SPLIT_V.get(jung, (jung,))) + (list(SPLIT_J.get(jong, (jong,))) if jong else [])
            out.append(''.join(JAMO2KEY[j] for j in seq))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        elif ch in SPLIT_V:
            out.append(''.join(JAMO2KEY[j] for j in SPLIT_V[ch]))
        elif ch in SPLIT_J:
            out.append(''.join(JAMO2KEY[j] for j in SPLIT_J[ch]))
        else:
            out.append(ch)
    return ''.join(out)


def qwerty_to_hangul(keys):
    """영문 자판 입력열을 두벌식 오토마타로 한글 음절로 조합한다."""
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = ''

    for k in keys:
        j = KEY2JAMO.get(k)
        if j is None:
            flush()
            out.append(k)
            continue
        if j in VOWELS:
            if jong:
                # 종성을 다음 음절의 초성으로 넘긴다 (겹받침이면 뒤 자음만)
                if jong in SPLIT_J:
                    keep, move = SPLIT_J[jong]
                else:
                    keep, move = '', jong
                jong = keep
                flush()
                cho, jung = move, j
            elif cho and not jung:
                jung = j
            elif jung and (jung, j) in COMP_V:
                jung = COMP_V[(jung, j)]
            else:
                flush()
                jung = j  # 초성 없는 홀모음
        else:  # 자음
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ 은 받침이 될 수 없다
                    flush()
                    cho = j
            elif jong and (jong, j) in COMP_J:
                jong = COMP_J[(jong, j)]
            else:
                flush()
                cho = j
    flush()
    return ''.join(out)


def convert_mixed(text):
    """영문자(a-zA-Z) 구간만 한글로 조합하고 나머지(한글·숫자·공백)는 둔다."""
    out, buf = [], []
    for ch in text:
        if ('a' <= ch <= 'z') or ('A' <= ch <= 'Z'):
            buf.append(ch)
        else:
            if buf:
                out.append(qwerty_to_hangul(''.join(buf)))
                buf = []
            out.append(ch)
    if buf:
        out.append(qwerty_to_hangul(''.join(buf)))
    return ''.join(out)


def hangul_to_qwerty_mixed(text, spans):
    """text 중 spans(바꿀 한글 낱말 목록)만 영문 자판열로 바꾼다."""
    for s in spans:
        text = text.replace(s, hangul_to_qwerty(s))
    return text


if __name__ == '__main__':
    tests = ['복사용지', '현수막', '명함', '답례떡', '닭갈비', '앉아', '읽어요', '괜찮아', '뷁', '의자',
             '값싼', '쓰레기', '빵빠레', '없었다', '왜', '흙', '삶은', '꽃다발', '까치', '뽁뽁이', '외국인']
    for t in tests:
        q = hangul_to_qwerty(t)
        back = qwerty_to_hangul(q)
        print(t, q, back, 'OK' if back == t else 'FAIL')
