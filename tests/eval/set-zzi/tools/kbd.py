"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(text): 한글 -> 영문 자판 키 입력열
to_hangul(keys): 키 입력열 -> 한글 (두벌식 오토마타). 한글/숫자/공백 등은 그대로 둔다.
"""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
COMP_V = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
COMP_C = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
          "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
REV = {v: k for k, v in KEY.items()}
V_JOIN = {v: k for k, v in COMP_V.items()}
C_JOIN = {v: k for k, v in COMP_C.items()}
VOWELS = set(JUNG)


def _jamo_keys(j):
    if j in COMP_V:
        return "".join(KEY[x] for x in COMP_V[j])
    if j in COMP_C:
        return "".join(KEY[x] for x in COMP_C[j])
    return KEY[j]


def to_keys(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            s = o - 0xAC00
            c, v, t = s // 588, (s % 588) // 28, s % 28
            out.append(_jamo_keys(CHO[c]) + _jamo_keys(JUNG[v]) + (_jamo_keys(JONG[t]) if t else ""))
        elif ch in KEY or ch in COMP_V or ch in COMP_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _syll(c, v, t):
    if c is None and v is None:
        return t or ""
    if c is None:
        return v
    if v is None:
        return c
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t or ""))


def to_hangul(keys):
    # 1) 키 -> 자모
    jamos = []
    for ch in keys:
        if ch in REV:
            jamos.append(REV[ch])
        elif ch.isascii() and ch.isalpha() and ch.lower() in REV:
            jamos.append(REV[ch.lower()])
        else:
            jamos.append(ch)
    out = []
    c = v = t = None

    def flush():
        nonlocal c, v, t
        if c is not None or v is not None or t is not None:
            out.append(_syll(c, v, t))
        c = v = t = None

    for j in jamos:
        if j in VOWELS:
            if t is not None:  # 받침을 다음 음절 초성으로
                if t in COMP_C:
                    first, second = COMP_C[t][0], COMP_C[t][1]
                    t = first
                else:
                    second = t
                    t = None
                flush()
                c, v = second, j
            elif v is not None:
                if (v + j) in V_JOIN:
                    v = V_JOIN[v + j]
                else:
                    flush()
                    v = j
            else:
                v = j  # c 있거나 없거나
        elif j in KEY:  # 자음
            if c is not None and v is not None:
                if t is None:
                    if j in JONG:
                        t = j
                    else:
                        flush(); c = j
                elif (t + j) in C_JOIN:
                    t = C_JOIN[t + j]
                else:
                    flush(); c = j
            else:
                flush(); c = j
        else:
            flush()
            out.append(j)
    flush()
    return "".join(out)


def choseong(text):
    """음절의 초성만 뽑는다 (한글 음절이 아닌 글자는 그대로)."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    import sys
    for w in sys.argv[1:]:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
