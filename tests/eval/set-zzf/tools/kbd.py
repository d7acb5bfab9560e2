"""두벌식 자판 변환기 (표준 라이브러리만 사용).
hangul_to_keys('가방') -> 'rkqkd'
keys_to_hangul('rkqkd') -> '가방'   (한글/공백/기타 문자는 그대로 통과)
choseong('복사용지') -> 'ㅂㅅㅇㅈ'
"""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY2JAMO = {
    'r': 'ㄱ', 'R': 'ㄲ', 's': 'ㄴ', 'e': 'ㄷ', 'E': 'ㄸ', 'f': 'ㄹ', 'a': 'ㅁ', 'q': 'ㅂ', 'Q': 'ㅃ',
    't': 'ㅅ', 'T': 'ㅆ', 'd': 'ㅇ', 'w': 'ㅈ', 'W': 'ㅉ', 'c': 'ㅊ', 'z': 'ㅋ', 'x': 'ㅌ', 'v': 'ㅍ', 'g': 'ㅎ',
    'k': 'ㅏ', 'o': 'ㅐ', 'i': 'ㅑ', 'O': 'ㅒ', 'j': 'ㅓ', 'p': 'ㅔ', 'u': 'ㅕ', 'P': 'ㅖ', 'h': 'ㅗ',
    'y': 'ㅛ', 'n': 'ㅜ', 'b': 'ㅠ', 'm': 'ㅡ', 'l': 'ㅣ',
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}
VOWEL_COMB = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
              ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
JONG_COMB = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
             ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
             ('ㅂ', 'ㅅ'): 'ㅄ'}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}
VOWELS = set(JUNG)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    i = ord(ch) - 0xAC00
    return CHO[i // 588], JUNG[(i % 588) // 28], JONG[i % 28]


def compose(c, v, j=""):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(j))


def jamo_keys(j):
    if j in VOWEL_SPLIT:
        return ''.join(JAMO2KEY[x] for x in VOWEL_SPLIT[j])
    if j in JONG_SPLIT:
        return ''.join(JAMO2KEY[x] for x in JONG_SPLIT[j])
    return JAMO2KEY[j]


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, j = decompose(ch)
            out.append(jamo_keys(c) + jamo_keys(v) + (jamo_keys(j) if j else ""))
        elif ch in JAMO2KEY or ch in VOWEL_SPLIT or ch in JONG_SPLIT:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _keys_run_to_hangul(keys):
    """영문 키 연속열 -> 한글 (표준 두벌식 오토마타)."""
    jamos = []
    for k in keys:
        kk = k if k in KEY2JAMO else k.lower()
        jamos.append(KEY2JAMO[kk])
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong or ""))
        elif cho:
            out.append(cho)
        elif jung:
            out.append(jung)
        cho = jung = jong = None

    for j in jamos:
        if j in VOWELS:
            if cho and jung and jong:
                # 받침이 다음 음절 초성으로 넘어감
                if jong in JONG_SPLIT:
                    a, b = JONG_SPLIT[jong]
                    jong = a
                    flush()
                    cho = b
                else:
                    nxt = jong
                    jong = None
                    flush()
                    cho = nxt
                jung = j
            elif cho and jung:
                if (jung, j) in VOWEL_COMB:
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            elif jung:
                if (jung, j) in VOWEL_COMB:
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush()
                    jung = j
            else:
                jung = j
        else:  # 자음
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ 는 받침 불가
                    flush()
                    cho = j
            elif cho and jung and jong:
                if (jong, j) in JONG_COMB:
                    jong = JONG_COMB[(jong, j)]
                else:
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return ''.join(out)


def keys_to_hangul(text):
    out, run = [], []
    for ch in text:
        if ch.isascii() and ch.isalpha() and (ch in KEY2JAMO or ch.lower() in KEY2JAMO):
            run.append(ch)
        else:
            if run:
                out.append(_keys_run_to_hangul(''.join(run)))
                run = []
            out.append(ch)
    if run:
        out.append(_keys_run_to_hangul(''.join(run)))
    return ''.join(out)


def choseong(text):
    return ''.join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


if __name__ == "__main__":
    for w in ["가방", "현수막", "떡", "에코백", "물티슈", "왕밤빵", "닭갈비", "없어요", "뷁", "의자", "한지 체험"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
