# -*- coding: utf-8 -*-
"""두벌식 keyboard converter: Hangul -> keys, keys -> Hangul (automaton). Standard library only."""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
        "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY = {  # jamo -> key
    "ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
    "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
    "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
    "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P",
}
JAMO = {v: k for k, v in KEY.items()}
# shifted keys without a double form fall back to the plain jamo
for k, v in list(KEY.items()):
    if v.islower() and v.upper() not in JAMO:
        JAMO[v.upper()] = k

V_COMBO = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
           ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
C_COMBO = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
           ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
           ("ㅂ", "ㅅ"): "ㅄ"}
V_SPLIT = {v: a + b for (a, b), v in V_COMBO.items()}
C_SPLIT = {v: a + b for (a, b), v in C_COMBO.items()}


def is_vowel(j):
    return j in JUNG


def decompose(s):
    """Hangul string -> list of jamo (compound vowels/finals split into keystroke jamo)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            c, v, t = o // 588, (o % 588) // 28, o % 28
            out.append(CHO[c])
            out.extend(V_SPLIT.get(JUNG[v], JUNG[v]))
            if t:
                out.extend(C_SPLIT.get(JONG[t], JONG[t]))
        elif ch in V_SPLIT:
            out.extend(V_SPLIT[ch])
        elif ch in C_SPLIT:
            out.extend(C_SPLIT[ch])
        else:
            out.append(ch)
    return out


def hangul_to_keys(s):
    return "".join(KEY.get(j, j) for j in decompose(s))


def _compose(c, v, t=""):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def keys_to_hangul(keys):
    """두벌식 automaton: keystrokes -> Hangul. Non-letter chars pass through and end the syllable."""
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        elif cho:
            out.append(cho)
        elif jung:
            out.append(jung)
        cho = jung = jong = ""

    for k in keys:
        j = JAMO.get(k)
        if j is None:
            flush()
            out.append(k)
            continue
        if is_vowel(j):
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if (jung, j) in V_COMBO:
                    jung = V_COMBO[(jung, j)]
                else:
                    flush()
                    jung = j
            elif cho and jung and jong:
                # final consonant moves to the next syllable
                if jong in C_SPLIT:
                    keep, move = C_SPLIT[jong][0], C_SPLIT[jong][1]
                else:
                    keep, move = "", jong
                jong = keep
                flush()
                cho, jung = move, j
            else:  # lone vowel
                if jung and not cho and (jung, j) in V_COMBO:
                    jung = V_COMBO[(jung, j)]
                else:
                    flush()
                    jung = j
        else:  # consonant
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ cannot be finals
                    flush()
                    cho = j
            elif cho and jung and jong:
                if (jong, j) in C_COMBO:
                    jong = C_COMBO[(jong, j)]
                else:
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return "".join(out)


def to_keys_mixed(s):
    """Convert only Hangul syllables; used for round-trip checks."""
    return hangul_to_keys(s)


CHOSEONG_ALL = set(CHO)


def choseong(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    for w in ["가방", "장작", "쓰레기봉투", "괜찮아", "닭갈비", "읽다", "편백 베개", "단체 조끼", "뷁"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
