# -*- coding: utf-8 -*-
"""두벌식 자판 변환기 (표준 라이브러리만 사용).

to_keys(text)   : 한글 -> 영문 자판 상태에서 친 글자 (예: '앞치마' -> 'dkvclak')
to_hangul(keys) : 영문 자판 글자 -> 한글 (두벌식 오토마타). 한글이 아닌 글자는 그대로 둔다.
choseong(text)  : 한글 음절의 초성만 뽑는다 (음절이 아닌 글자는 그대로).
"""

CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
        'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

# 낱자 -> 자판 글자
KEY = {
    'ㄱ': 'r', 'ㄲ': 'R', 'ㄴ': 's', 'ㄷ': 'e', 'ㄸ': 'E', 'ㄹ': 'f', 'ㅁ': 'a', 'ㅂ': 'q', 'ㅃ': 'Q',
    'ㅅ': 't', 'ㅆ': 'T', 'ㅇ': 'd', 'ㅈ': 'w', 'ㅉ': 'W', 'ㅊ': 'c', 'ㅋ': 'z', 'ㅌ': 'x', 'ㅍ': 'v',
    'ㅎ': 'g',
    'ㅏ': 'k', 'ㅐ': 'o', 'ㅑ': 'i', 'ㅒ': 'O', 'ㅓ': 'j', 'ㅔ': 'p', 'ㅕ': 'u', 'ㅖ': 'P', 'ㅗ': 'h',
    'ㅛ': 'y', 'ㅜ': 'n', 'ㅠ': 'b', 'ㅡ': 'm', 'ㅣ': 'l',
}
# 겹모음 / 겹받침 분해
COMPOUND_V = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ', 'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ'}
COMPOUND_C = {'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ', 'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ',
              'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ', 'ㅄ': 'ㅂㅅ'}
JOIN_V = {v: k for k, v in COMPOUND_V.items()}
JOIN_C = {v: k for k, v in COMPOUND_C.items()}
REV_KEY = {v: k for k, v in KEY.items()}


def _jamo_keys(j):
    if j in COMPOUND_V:
        return ''.join(KEY[x] for x in COMPOUND_V[j])
    if j in COMPOUND_C:
        return ''.join(KEY[x] for x in COMPOUND_C[j])
    return KEY[j]


def decompose(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def to_keys(text):
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            c, v, t = d
            out.append(_jamo_keys(c) + _jamo_keys(v) + (_jamo_keys(t) if t else ''))
        elif ch in KEY or ch in COMPOUND_V or ch in COMPOUND_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(c, v, t=''):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def to_hangul(keys):
    """두벌식 오토마타. 영문 대문자는 쌍자음/ㅒ/ㅖ 외에는 소문자로 본다."""
    jamos = []
    for ch in keys:
        if ch in REV_KEY:
            jamos.append(REV_KEY[ch])
        elif ch.isascii() and ch.isalpha() and ch.lower() in REV_KEY:
            jamos.append(REV_KEY[ch.lower()])
        else:
            jamos.append(ch)
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = ''

    for j in jamos:
        is_c = j in CHO or j in JOIN_C.values()
        is_v = j in JUNG
        if is_c and j in CHO:
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:
                        flush(); cho = j
                else:
                    comb = JOIN_C.get(jong + j)
                    if comb:
                        jong = comb
                    else:
                        flush(); cho = j
            else:
                flush(); cho = j
        elif is_v:
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                comb = JOIN_V.get(jung + j)
                if comb:
                    jung = comb
                else:
                    flush(); jung = j
            elif cho and jung and jong:
                if jong in COMPOUND_C:
                    first, second = COMPOUND_C[jong]
                    jong = first
                    flush(); cho = second; jung = j
                else:
                    last = jong
                    jong = ''
                    flush(); cho = last; jung = j
            else:  # 모음만 있는 상태
                comb = JOIN_V.get(jung + j) if jung else None
                if comb:
                    jung = comb
                else:
                    flush(); jung = j
        else:
            flush()
            out.append(j)
    flush()
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return ''.join(out)


def convert_marked(intended):
    """'[천연염색] 스카프' -> ('천연염색 스카프', 'cjsdusdmator 스카프')."""
    plain, typed, i = [], [], 0
    while i < len(intended):
        if intended[i] == '[':
            j = intended.index(']', i)
            seg = intended[i + 1:j]
            plain.append(seg)
            typed.append(to_keys(seg))
            i = j + 1
        else:
            plain.append(intended[i])
            typed.append(intended[i])
            i += 1
    return ''.join(plain), ''.join(typed)


def restore_mixed(text):
    """영문 자판으로 친 부분(라틴 글자 덩어리)만 한글로 되돌린다."""
    out, buf = [], []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            buf.append(ch)
        else:
            if buf:
                out.append(to_hangul(''.join(buf))); buf = []
            out.append(ch)
    if buf:
        out.append(to_hangul(''.join(buf)))
    return ''.join(out)


if __name__ == '__main__':
    tests = ['앞치마', '천연염색', '명함 인쇄', '떡케이크', '축하화환', '꽃바구니', '닭볶음탕', '괜찮아요',
             '값싼', '읽었습니다', '뷁', '의자', '쌍화차', '없어', '앉아']
    for t in tests:
        k = to_keys(t)
        back = to_hangul(k)
        print(t, k, back, 'OK' if back == t else 'FAIL')
