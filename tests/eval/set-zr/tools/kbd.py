# -*- coding: utf-8 -*-
"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타). 표준 라이브러리만 사용."""

CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}
# 대문자 중 쌍자음/ㅒㅖ 외의 대문자는 소문자와 같은 자모
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]

COMP_V = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ', ('ㅜ', 'ㅔ'): 'ㅞ',
          ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
COMP_C = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
          ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
          ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT_V = {v: k for k, v in COMP_V.items()}
SPLIT_C = {v: k for k, v in COMP_C.items()}
VOWELS = set(JUNG)


def decompose(s):
    """음절 -> 자모 나열 (겹모음/겹받침은 낱자로 풀어 씀)."""
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            i = c - 0xAC00
            cho, jung, jong = CHO[i // 588], JUNG[(i % 588) // 28], JONG[i % 28]
            out.append(cho)
            out.extend(SPLIT_V.get(jung, (jung,)))
            if jong:
                out.extend(SPLIT_C.get(jong, (jong,)))
        elif ch in SPLIT_V:
            out.extend(SPLIT_V[ch])
        elif ch in SPLIT_C:
            out.extend(SPLIT_C[ch])
        else:
            out.append(ch)
    return out


def hangul_to_keys(s):
    return ''.join(JAMO2KEY.get(j, j) for j in decompose(s))


def _compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def keys_to_hangul(s):
    """영문 키 입력을 두벌식 오토마타로 조합. 자모가 아닌 문자는 그대로 둔다."""
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ''

    for ch in s:
        j = KEY2JAMO.get(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if (jung, j) in COMP_V:
                    jung = COMP_V[(jung, j)]
                else:
                    flush(); jung = j
            elif cho and jung and jong:
                # 받침을 다음 음절 초성으로 넘김
                if jong in SPLIT_C:
                    a, b = SPLIT_C[jong]
                    jong = a; flush(); cho = b; jung = j
                else:
                    b = jong; jong = ''; flush(); cho = b; jung = j
            else:
                if jung and not cho and (jung, j) in COMP_V:
                    jung = COMP_V[(jung, j)]
                else:
                    flush(); jung = j
        else:
            if not cho and not jung:
                cho = j
            elif cho and not jung:
                flush(); cho = j
            elif not cho and jung:
                flush(); cho = j
            elif not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ 는 받침 불가
                    flush(); cho = j
            else:
                if (jong, j) in COMP_C:
                    jong = COMP_C[(jong, j)]
                else:
                    flush(); cho = j
    flush()
    return ''.join(out)


def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


def is_jamo_initial(ch):
    return ch in CHO


if __name__ == '__main__':
    for w in ['가방', '명함', '현수막', '텀블러', '화분', '한지', '생수', '도시락', '마스크', '안전모', '부채', '쌀', '떡', '닭', '괜찮', '읽다', '앉아']:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
