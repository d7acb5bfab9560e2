"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글(오토마타). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
       "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
       "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
       "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P"}
REV = {v: k for k, v in KEY.items()}
VCOMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
         ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JCOMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
         ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VSPLIT = {v: a + b for (a, b), v in VCOMB.items()}
JSPLIT = {v: a + b for (a, b), v in JCOMB.items()}
VOWELS = set(JUNG)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    n = ord(ch) - 0xAC00
    return CHO[n // 588], JUNG[(n % 588) // 28], JONG[n % 28]


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, j = decompose(ch)
            seq = c + VSPLIT.get(v, v) + JSPLIT.get(j, j)
            out.append("".join(KEY[x] for x in seq))
        elif ch in KEY:
            out.append(KEY[ch])
        elif ch in VSPLIT or ch in JSPLIT:
            out.append("".join(KEY[x] for x in (VSPLIT.get(ch) or JSPLIT.get(ch))))
        else:
            out.append(ch)
    return "".join(out)


def _key_jamo(k):
    if k in REV:
        return REV[k]
    if k.isalpha() and k.isascii() and k.lower() in REV:
        return REV[k.lower()]
    return None


def keys_to_hangul(text):
    toks = []
    for ch in text:
        j = _key_jamo(ch)
        toks.append(j if j else ch)
    out, i, n = [], 0, len(toks)
    isv = lambda t: t in VOWELS
    isc = lambda t: t in CHO or t in JONG[1:]
    while i < n:
        t = toks[i]
        if t in CHO and i + 1 < n and isv(toks[i + 1]):
            cho, v = t, toks[i + 1]
            i += 2
            if i < n and isv(toks[i]) and (v, toks[i]) in VCOMB:
                v = VCOMB[(v, toks[i])]
                i += 1
            jong = ""
            if i < n and toks[i] in JONG[1:] and not (i + 1 < n and isv(toks[i + 1])):
                jong = toks[i]
                i += 1
                if i < n and (jong, toks[i]) in JCOMB and not (i + 1 < n and isv(toks[i + 1])):
                    jong = JCOMB[(jong, toks[i])]
                    i += 1
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        elif isv(t):
            if i + 1 < n and (t, toks[i + 1]) in VCOMB:
                out.append(VCOMB[(t, toks[i + 1])])
                i += 2
            else:
                out.append(t)
                i += 1
        else:
            out.append(t)
            i += 1
    return "".join(out)


def choseong(text):
    return "".join(decompose(c)[0] if is_syllable(c) else c for c in text)


if __name__ == "__main__":
    import sys
    for w in sys.argv[1:]:
        k = hangul_to_keys(w)
        print(w, "->", k, "->", keys_to_hangul(k))
