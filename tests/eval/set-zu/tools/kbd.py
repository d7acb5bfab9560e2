"""두벌식 자판 변환기 (표준 라이브러리만 사용).
hangul_to_keys('가방') -> 'rkqkd'
keys_to_hangul('rkqkd') -> '가방'   (영문 상태로 친 글자를 한글 오토마타로 조합)
"""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
VCOMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
         ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
CCOMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
         ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
         ("ㅂ", "ㅅ"): "ㅄ"}
VSPLIT = {v: a + b for (a, b), v in VCOMB.items()}
CSPLIT = {v: a + b for (a, b), v in CCOMB.items()}
REV = {v: k for k, v in KEY.items()}
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")


def jamo_of(ch):
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3:
        s = o - 0xAC00
        return CHO[s // 588], JUNG[(s % 588) // 28], JONG[s % 28]
    return None


def hangul_to_keys(text):
    out = []
    for ch in text:
        j = jamo_of(ch)
        if j:
            c, v, t = j
            seq = c + VSPLIT.get(v, v) + CSPLIT.get(t, t)
            out.append("".join(KEY[x] for x in seq))
        elif ch in KEY:
            out.append(KEY[ch])
        elif ch in VSPLIT or ch in CSPLIT:
            out.append("".join(KEY[x] for x in (VSPLIT.get(ch) or CSPLIT.get(ch))))
        else:
            out.append(ch)
    return "".join(out)


def _key_to_jamo(k):
    if k in REV:
        return REV[k]
    if k.isupper() and k.lower() in REV:
        return REV[k.lower()]
    return None


def _compose(c, v, t=""):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def _assemble(seq):
    out, i, n = [], 0, len(seq)
    isv = lambda x: x in VOWELS
    while i < n:
        j = seq[i]
        if j in CHO and i + 1 < n and isv(seq[i + 1]):
            c, v = j, seq[i + 1]
            i += 2
            if i < n and isv(seq[i]) and (v, seq[i]) in VCOMB:
                v = VCOMB[(v, seq[i])]
                i += 1
            t = ""
            if i < n and seq[i] in JONG and seq[i] not in ("ㄸ", "ㅃ", "ㅉ") and not (i + 1 < n and isv(seq[i + 1])):
                t = seq[i]
                i += 1
                if i < n and (t, seq[i]) in CCOMB and not (i + 1 < n and isv(seq[i + 1])):
                    t = CCOMB[(t, seq[i])]
                    i += 1
            out.append(_compose(c, v, t))
        elif isv(j):
            v = j
            i += 1
            if i < n and isv(seq[i]) and (v, seq[i]) in VCOMB:
                v = VCOMB[(v, seq[i])]
                i += 1
            out.append(v)
        else:
            out.append(j)
            i += 1
    return "".join(out)


def keys_to_hangul(text):
    """영문 자판 글자 덩어리만 한글로 조합하고, 이미 한글·숫자·공백은 그대로 둔다."""
    out, buf = [], []
    for ch in text:
        jm = _key_to_jamo(ch) if ch.isascii() and ch.isalpha() else None
        if jm:
            buf.append(jm)
        else:
            if buf:
                out.append(_assemble(buf))
                buf = []
            out.append(ch)
    if buf:
        out.append(_assemble(buf))
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        j = jamo_of(ch)
        out.append(j[0] if j else ch)
    return "".join(out)


if __name__ == "__main__":
    for w in ["가방", "한지", "떡", "화분", "앞치마", "위생", "청사초롱", "닭", "값", "괜찮아"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
