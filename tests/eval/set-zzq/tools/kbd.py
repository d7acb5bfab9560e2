"""두벌식 자판 변환기 (표준 라이브러리만 사용).

hangul_to_keys('가방') -> 'rkqkd'
keys_to_hangul('rkqkd') -> '가방'   (IME 오토마타와 같은 규칙: 겹모음/겹받침 합치기,
                                     받침 뒤에 모음이 오면 받침을 다음 음절 초성으로 넘김)
choseong('복사용지') -> 'ㅂㅅㅇㅈ'
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

VOWEL_PAIRS = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
               ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
FINAL_PAIRS = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
               ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
               ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT = {v: k for k, v in VOWEL_PAIRS.items()}
SPLIT.update({v: k for k, v in FINAL_PAIRS.items()})


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    n = ord(ch) - 0xAC00
    return CHO[n // 588], JUNG[(n % 588) // 28], JONG[n % 28]


def jamo_keys(j):
    if not j:
        return ''
    if j in JAMO2KEY:
        return JAMO2KEY[j]
    a, b = SPLIT[j]
    return JAMO2KEY[a] + JAMO2KEY[b]


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, f = decompose(ch)
            out.append(jamo_keys(c) + jamo_keys(v) + jamo_keys(f))
        elif ch in JAMO2KEY or ch in SPLIT:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _is_v(t):
    return t is not None and t in JUNG


def _is_c(t):
    return t is not None and t in CHO


def keys_to_hangul(keys):
    # 1) 키 -> 자모 (대문자 중 쌍자음/ㅒㅖ가 아닌 것은 소문자로 취급)
    toks = []
    for ch in keys:
        if ch in KEY2JAMO:
            toks.append(KEY2JAMO[ch])
        elif ch.isalpha() and ch.isascii() and ch.lower() in KEY2JAMO:
            toks.append(KEY2JAMO[ch.lower()])
        else:
            toks.append(ch)
    # 2) 연속 모음 합치기
    merged = []
    for t in toks:
        if merged and _is_v(t) and _is_v(merged[-1]) and (merged[-1], t) in VOWEL_PAIRS:
            merged[-1] = VOWEL_PAIRS[(merged[-1], t)]
        else:
            merged.append(t)
    toks = merged
    # 3) 음절 조립
    out = []
    i, n = 0, len(toks)
    get = lambda k: toks[k] if k < n else None
    while i < n:
        t = toks[i]
        if _is_c(t) and _is_v(get(i + 1)):
            c, v = t, toks[i + 1]
            i += 2
            f = ''
            a = get(i)
            if _is_c(a) and a in JONG and not _is_v(get(i + 1)):
                b = get(i + 1)
                if _is_c(b) and (a, b) in FINAL_PAIRS and not _is_v(get(i + 2)):
                    f = FINAL_PAIRS[(a, b)]
                    i += 2
                else:
                    f = a
                    i += 1
            out.append(chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(f)))
        else:
            out.append(t)
            i += 1
    return ''.join(out)


def choseong(text):
    return ''.join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


if __name__ == '__main__':
    for w in ['가방', '복사용지', '근조화환 주문', '답례떡', '샅바', '닭갈비', '앉아', '괜찮아']:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
