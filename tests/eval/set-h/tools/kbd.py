# -*- coding: utf-8 -*-
"""Dubeolsik (두벌식) conversion: Hangul -> keys typed in English mode, and back."""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = ["ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"]
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY = {
    "ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
    "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
    "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
    "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P",
}
COMPOUND = {  # compound vowels and finals as their key sequences (in jamo)
    "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}


def jamo_keys(j):
    return "".join(KEY[x] for x in COMPOUND.get(j, j))


def to_keys(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            c, v, t = o // 588, (o % 588) // 28, o % 28
            out.append(jamo_keys(CHO[c]) + jamo_keys(JUNG[v]) + (jamo_keys(JONG[t]) if t else ""))
        elif ch in KEY or ch in COMPOUND:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


# ---- reverse: keys -> Hangul (standard 두벌식 automaton) ----
REV = {v: k for k, v in KEY.items()}
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")
VCOMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
         ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JCOMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
         ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
         ("ㅂ", "ㅅ"): "ㅄ"}
JSPLIT = {v: k for k, v in JCOMB.items()}


def _compose(c, v, t):
    if c is None and v is None:
        return t or ""
    if v is None:
        return c
    if c is None:
        return v
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + (JONG.index(t) if t else 0))


def from_keys(s):
    out = []
    c = v = t = None

    def flush():
        nonlocal c, v, t
        if c or v or t:
            out.append(_compose(c, v, t))
        c = v = t = None

    for ch in s:
        j = REV.get(ch)
        if j is None and ch.isalpha() and ch.isupper():
            j = REV.get(ch.lower())
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if c is not None and v is None and t is None:
                v = j
            elif v is not None and t is None and (v, j) in VCOMB:
                v = VCOMB[(v, j)]
            elif t is not None:
                # final consonant moves to next syllable
                if t in JSPLIT:
                    t1, t2 = JSPLIT[t]
                    t = t1
                    flush()
                    c, v = t2, j
                elif t in CHO:
                    nc = t
                    t = None
                    flush()
                    c, v = nc, j
                else:
                    flush()
                    v = j
            else:
                flush()
                v = j
        else:  # consonant
            if c is not None and v is not None and t is None and j in JONG:
                t = j
            elif t is not None and (t, j) in JCOMB:
                t = JCOMB[(t, j)]
            else:
                flush()
                c = j
    flush()
    return "".join(out)


if __name__ == "__main__":
    for w in ["화장지", "현수막", "꽃바구니", "떡케이크", "웃음치료", "경로당", "방역 소독", "에코백", "앉아", "닭갈비"]:
        k = to_keys(w)
        print(w, k, from_keys(k), from_keys(k) == w)
