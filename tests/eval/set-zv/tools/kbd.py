"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(한글) -> 영문 자판 입력열,  to_hangul(입력열) -> 한글 (오토마타),  choseong(한글) -> 초성열."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
REV = {v: k for k, v in KEY.items()}
CVOW = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
CFIN = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
        "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
CVOW_R = {v: k for k, v in CVOW.items()}
CFIN_R = {v: k for k, v in CFIN.items()}
CONS = set("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
VOW = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")


def _jamo_keys(j):
    if j in CVOW:
        return "".join(KEY[x] for x in CVOW[j])
    if j in CFIN:
        return "".join(KEY[x] for x in CFIN[j])
    return KEY.get(j, j)


def to_keys(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            cho, jung, jong = c // 588, (c % 588) // 28, c % 28
            out.append(_jamo_keys(CHO[cho]) + _jamo_keys(JUNG[jung]) + _jamo_keys(JONG[jong]))
        else:
            out.append(_jamo_keys(ch))
    return "".join(out)


def _syl(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_hangul(keys):
    toks = []
    for k in keys:
        if k in REV:
            toks.append(REV[k])
        elif k.isalpha() and k.lower() in REV:
            toks.append(REV[k.lower()])
        else:
            toks.append(k)
    out, i, n = [], 0, len(toks)
    isC = lambda t: t in CONS
    isV = lambda t: t in VOW
    while i < n:
        t = toks[i]
        if isC(t) and i + 1 < n and isV(toks[i + 1]):
            cho = t
            jung = toks[i + 1]
            i += 2
            if i < n and isV(toks[i]) and (jung + toks[i]) in CVOW_R:
                jung = CVOW_R[jung + toks[i]]
                i += 1
            jong = ""
            if i < n and isC(toks[i]) and toks[i] in JONG and not (i + 1 < n and isV(toks[i + 1])):
                jong = toks[i]
                i += 1
                if (i < n and isC(toks[i]) and (jong + toks[i]) in CFIN_R
                        and not (i + 1 < n and isV(toks[i + 1]))):
                    jong = CFIN_R[jong + toks[i]]
                    i += 1
            out.append(_syl(cho, jung, jong))
        elif isV(t):
            v = t
            i += 1
            if i < n and isV(toks[i]) and (v + toks[i]) in CVOW_R:
                v = CVOW_R[v + toks[i]]
                i += 1
            out.append(v)
        else:
            out.append(t)
            i += 1
    return "".join(out)


def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


def is_choseong_char(ch):
    return ch in CONS or ch in set("ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ")


if __name__ == "__main__":
    import sys
    for w in sys.argv[1:]:
        k = to_keys(w)
        print(w, k, to_hangul(k), choseong(w))
