"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(한글) -> 영문 자판 입력열,  to_hangul(입력열) -> 한글 (오토마타 조합),
choseong(한글) -> 초성열."""
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
CONS = set(CHO) | set(COMP_C)
VOWS = set(JUNG)


def _jamo_keys(j):
    if j in COMP_V:
        return "".join(KEY[x] for x in COMP_V[j])
    if j in COMP_C:
        return "".join(KEY[x] for x in COMP_C[j])
    return KEY[j]


def to_keys(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            i = o - 0xAC00
            c, v, t = i // 588, (i % 588) // 28, i % 28
            out.append(_jamo_keys(CHO[c]) + _jamo_keys(JUNG[v]) + (_jamo_keys(JONG[t]) if t else ""))
        elif ch in KEY or ch in COMP_V or ch in COMP_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def to_hangul(keys):
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + (JONG.index(jong) if jong else 0)))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = None

    for k in keys:
        j = REV.get(k)
        if j is None and k.isalpha():
            j = REV.get(k.lower())
        if j is None:
            flush()
            out.append(k)
            continue
        if j in VOWS:
            if cho and not jung:
                jung = j
            elif jung and not jong:
                if (jung + j) in V_JOIN:
                    jung = V_JOIN[jung + j]
                else:
                    flush()
                    jung = j
            elif jong:
                if jong in COMP_C:
                    first, second = COMP_C[jong]
                    jong = first
                else:
                    second = jong
                    jong = None
                flush()
                cho, jung = second, j
            else:
                flush()
                jung = j
        else:  # consonant
            if not cho and not jung:
                cho = j
            elif cho and not jung:
                flush()
                cho = j
            elif jung and not cho:
                flush()
                cho = j
            elif not jong:
                if j in JONG:
                    jong = j
                else:
                    flush()
                    cho = j
            else:
                if (jong + j) in C_JOIN:
                    jong = C_JOIN[jong + j]
                else:
                    flush()
                    cho = j
    flush()
    return "".join(out)


def choseong(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


def is_choseong_only(s):
    return all(ch in CHO for ch in s if not ch.isspace())


if __name__ == "__main__":
    for w in ["가방", "수건", "명함", "현수막", "화분", "교구", "에코백", "커피", "장갑", "한지", "프로그램", "대행", "괜찮아요", "닭갈비", "값"]:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
