# -*- coding: utf-8 -*-
"""두벌식(표준) 한영 변환기 + 초성 추출.

hangul_to_keys('복사용지') -> 'qhrtkdydwl'
keys_to_hangul('qhrtkdydwl') -> '복사용지'   (오토마타 조합: 겹모음, 겹받침, 받침 넘김 처리)
choseong('복사용지') -> 'ㅂㅅㅇㅈ'
표준 라이브러리만 사용.
"""

CHO = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
JUNG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

# 단일 자모 <-> 키
JAMO_KEY = {
    'ㄱ': 'r', 'ㄲ': 'R', 'ㄴ': 's', 'ㄷ': 'e', 'ㄸ': 'E', 'ㄹ': 'f', 'ㅁ': 'a', 'ㅂ': 'q', 'ㅃ': 'Q',
    'ㅅ': 't', 'ㅆ': 'T', 'ㅇ': 'd', 'ㅈ': 'w', 'ㅉ': 'W', 'ㅊ': 'c', 'ㅋ': 'z', 'ㅌ': 'x', 'ㅍ': 'v',
    'ㅎ': 'g',
    'ㅏ': 'k', 'ㅐ': 'o', 'ㅑ': 'i', 'ㅒ': 'O', 'ㅓ': 'j', 'ㅔ': 'p', 'ㅕ': 'u', 'ㅖ': 'P', 'ㅗ': 'h',
    'ㅛ': 'y', 'ㅜ': 'n', 'ㅠ': 'b', 'ㅡ': 'm', 'ㅣ': 'l',
}
KEY_JAMO = {v: k for k, v in JAMO_KEY.items()}

# 겹모음 / 겹받침 분해
V_SPLIT = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ', 'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ'}
J_SPLIT = {'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ', 'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ',
           'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ', 'ㅄ': 'ㅂㅅ'}
V_COMB = {tuple(v): k for k, v in V_SPLIT.items()}
J_COMB = {tuple(v): k for k, v in J_SPLIT.items()}

CONSONANTS = set(CHO) | set(J_SPLIT)
VOWELS = set(JUNG)

S_BASE, S_END = 0xAC00, 0xD7A3


def is_syllable(ch):
    return S_BASE <= ord(ch) <= S_END


def decompose(ch):
    """음절 -> (초, 중, 종)"""
    code = ord(ch) - S_BASE
    cho, rest = divmod(code, 21 * 28)
    jung, jong = divmod(rest, 28)
    return CHO[cho], JUNG[jung], JONG[jong]


def compose_syllable(cho, jung, jong=''):
    return chr(S_BASE + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def hangul_to_keys(text):
    """한글 문자열을 두벌식 자판에서 누를 키 문자열로. 한글이 아닌 문자는 그대로."""
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, j = decompose(ch)
            seq = c + V_SPLIT.get(v, v) + J_SPLIT.get(j, j)
            out.append(''.join(JAMO_KEY[x] for x in seq))
        elif ch in V_SPLIT:
            out.append(''.join(JAMO_KEY[x] for x in V_SPLIT[ch]))
        elif ch in J_SPLIT:
            out.append(''.join(JAMO_KEY[x] for x in J_SPLIT[ch]))
        elif ch in JAMO_KEY:
            out.append(JAMO_KEY[ch])
        else:
            out.append(ch)
    return ''.join(out)


def _key_to_jamo(k):
    if k in KEY_JAMO:
        return KEY_JAMO[k]
    if k.isalpha() and k.lower() in KEY_JAMO and k not in 'QWERTOP':
        # Shift+일반키는 두벌식에서 같은 자모 (예: 'K' -> ㅏ)
        return KEY_JAMO[k.lower()]
    return None


def _compose_jamo(seq):
    """자모 리스트(단일 자모)를 오토마타 방식으로 음절로 조합."""
    out = []
    i, n = 0, len(seq)
    isv = lambda x: x in VOWELS
    isc = lambda x: x in CONSONANTS
    while i < n:
        c = seq[i]
        if isc(c) and c in CHO and i + 1 < n and isv(seq[i + 1]):
            cho = c
            v = seq[i + 1]
            i += 2
            if i < n and isv(seq[i]) and (v, seq[i]) in V_COMB:
                v = V_COMB[(v, seq[i])]
                i += 1
            jong = ''
            if i < n and isc(seq[i]) and seq[i] in JONG:
                # 다음이 모음이면 이 자음은 다음 음절의 초성으로 넘어감
                if not (i + 1 < n and isv(seq[i + 1])):
                    jong = seq[i]
                    i += 1
                    if (i < n and isc(seq[i]) and (jong, seq[i]) in J_COMB
                            and not (i + 1 < n and isv(seq[i + 1]))):
                        jong = J_COMB[(jong, seq[i])]
                        i += 1
            out.append(compose_syllable(cho, v, jong))
        elif isv(c):
            v = c
            i += 1
            if i < n and isv(seq[i]) and (v, seq[i]) in V_COMB:
                v = V_COMB[(v, seq[i])]
                i += 1
            out.append(v)
        else:
            # 홀로 남은 자음 (겹자음 조합: 'ㄱㅅ' -> 'ㄳ' 등)
            if i + 1 < n and isc(seq[i + 1]) and (c, seq[i + 1]) in J_COMB and not (i + 2 < n and isv(seq[i + 2])):
                out.append(J_COMB[(c, seq[i + 1])])
                i += 2
            else:
                out.append(c)
                i += 1
    return ''.join(out)


def keys_to_hangul(text):
    """영문 자판 상태로 친 문자열을 한글로. 영문자 아닌 문자(공백, 숫자, 한글)는 경계로 보고 그대로 둔다."""
    out = []
    buf = []
    for ch in text:
        j = _key_to_jamo(ch)
        if j is not None:
            buf.append(j)
        else:
            if buf:
                out.append(_compose_jamo(buf))
                buf = []
            out.append(ch)
    if buf:
        out.append(_compose_jamo(buf))
    return ''.join(out)


def choseong(text):
    """음절은 초성으로, 나머지 문자는 그대로."""
    return ''.join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


def _selftest():
    words = ['복사용지', '현수막 출력', '꽃바구니', '괜찮아요', '닭갈비', '값싼 볼펜', '뷁', '왜곡', '없다',
             '읽기', '앉아', '많이', '삶은', '떡볶이', '쌍화차', '의자', '외국어', '뭘', '얹다', '훑어']
    for w in words:
        k = hangul_to_keys(w)
        back = keys_to_hangul(k)
        assert back == w, (w, k, back)
    assert hangul_to_keys('복사용지') == 'qhrtkdydwl'
    assert keys_to_hangul('dkssudgktpdy') == '안녕하세요'
    assert keys_to_hangul('rkqt') == '값'
    assert keys_to_hangul('rkqtdl') == '값이'
    assert choseong('복사용지 A4') == 'ㅂㅅㅇㅈ A4'
    return True


if __name__ == '__main__':
    _selftest()
    print('kbd selftest ok')
