"""두벌식 자판 변환기 (표준 라이브러리만 사용).

hangul_to_keys('현수막') -> 'gustnak'
keys_to_hangul('gustnak') -> '현수막'
한글이 아닌 문자(공백, 숫자, 이미 한글인 글자)는 그대로 통과한다.
"""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

VCOMB = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
         ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
CCOMB = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
         ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
         ('ㅂ', 'ㅅ'): 'ㅄ'}
VSPLIT = {v: k for k, v in VCOMB.items()}
CSPLIT = {v: k for k, v in CCOMB.items()}
VOWELS = set(JUNG)
CONS = set(CHO) | set(JONG[1:])


def is_vowel(j):
    return j in VOWELS


def is_cons(j):
    return j in CONS and j not in VOWELS


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def decompose(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def hangul_to_keys(text):
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            parts = [d[0]]
            parts += list(VSPLIT.get(d[1], (d[1],)))
            if d[2]:
                parts += list(CSPLIT.get(d[2], (d[2],)))
            out.append("".join(JAMO2KEY[p] for p in parts))
        elif ch in VSPLIT:
            out.append("".join(JAMO2KEY[p] for p in VSPLIT[ch]))
        elif ch in CSPLIT:
            out.append("".join(JAMO2KEY[p] for p in CSPLIT[ch]))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def _assemble(jamos):
    """낱자 목록을 음절로 조합하는 오토마타 (두벌식 입력기 규칙)."""
    out = []
    i, n = 0, len(jamos)
    while i < n:
        j = jamos[i]
        if is_cons(j) and j in CHO and i + 1 < n and is_vowel(jamos[i + 1]):
            cho = j
            v = jamos[i + 1]
            i += 2
            if i < n and is_vowel(jamos[i]) and (v, jamos[i]) in VCOMB:
                v = VCOMB[(v, jamos[i])]
                i += 1
            jong = ""
            if i < n and is_cons(jamos[i]) and jamos[i] in JONG:
                nxt_vowel = i + 1 < n and is_vowel(jamos[i + 1])
                if not nxt_vowel:
                    jong = jamos[i]
                    i += 1
                    if (i < n and is_cons(jamos[i]) and (jong, jamos[i]) in CCOMB
                            and not (i + 1 < n and is_vowel(jamos[i + 1]))):
                        jong = CCOMB[(jong, jamos[i])]
                        i += 1
            out.append(compose(cho, v, jong))
        elif is_vowel(j):
            if i + 1 < n and is_vowel(jamos[i + 1]) and (j, jamos[i + 1]) in VCOMB:
                out.append(VCOMB[(j, jamos[i + 1])])
                i += 2
            else:
                out.append(j)
                i += 1
        else:
            out.append(j)
            i += 1
    return "".join(out)


def keys_to_hangul(text):
    res, buf = [], []
    for ch in text:
        if ch in KEY2JAMO or ch.lower() in KEY2JAMO:
            buf.append(KEY2JAMO.get(ch, KEY2JAMO[ch.lower()]))
        else:
            if buf:
                res.append(_assemble(buf))
                buf = []
            res.append(ch)
    if buf:
        res.append(_assemble(buf))
    return "".join(res)


def choseong(text):
    out = []
    for ch in text:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


if __name__ == "__main__":
    import sys
    for w in sys.argv[1:]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
