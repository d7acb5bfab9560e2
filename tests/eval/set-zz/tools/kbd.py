"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(한글) -> 영문 자판 입력열, to_hangul(입력열) -> 한글 (오토마타)."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
REV = {v: k for k, v in KEY.items()}
CJUNG = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
CJONG = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
         "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
CJUNG_R = {v: k for k, v in CJUNG.items()}
CJONG_R = {v: k for k, v in CJONG.items()}


def decompose(ch):
    c = ord(ch) - 0xAC00
    if 0 <= c < 11172:
        return CHO[c // 588], JUNG[(c % 588) // 28], JONG[c % 28]
    return None


def to_keys(s):
    out = []
    for ch in s:
        d = decompose(ch)
        if d:
            cho, jung, jong = d
            jamo = cho + CJUNG.get(jung, jung) + CJONG.get(jong, jong)
            out.append("".join(KEY[j] for j in jamo))
        elif ch in KEY:
            out.append(KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_hangul(keys):
    """두벌식 오토마타: 영문 입력열을 한글로 조합. 자판에 없는 글자는 그대로 둔다."""
    res = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            res.append(compose(cho, jung, jong))
        else:
            res.append(cho + jung + jong)
        cho = jung = jong = ""

    for k in keys:
        j = REV.get(k)
        if j is None and k.lower() in REV and k.upper() not in REV:
            j = REV.get(k.lower())
        if j is None:
            flush()
            res.append(k)
            continue
        is_vowel = j in JUNG
        if not is_vowel:
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:
                        flush(); cho = j
                elif (jong + j) in CJONG_R:
                    jong = CJONG_R[jong + j]
                else:
                    flush(); cho = j
            elif cho:  # 자음만 있는 상태
                flush(); cho = j
            elif jung:  # 모음만
                flush(); cho = j
            else:
                cho = j
        else:
            if cho and jung and jong:
                # 종성을 다음 글자 초성으로 넘김
                if jong in CJONG:
                    a, b = CJONG[jong]
                    jong = a
                    flush(); cho = b; jung = j
                else:
                    nj = jong
                    jong = ""
                    flush(); cho = nj; jung = j
            elif cho and jung:
                if (jung + j) in CJUNG_R:
                    jung = CJUNG_R[jung + j]
                else:
                    flush(); jung = j
            elif cho:
                jung = j
            elif jung:
                if (jung + j) in CJUNG_R:
                    jung = CJUNG_R[jung + j]
                else:
                    flush(); jung = j
            else:
                jung = j
    flush()
    return "".join(res)


def choseong(s):
    out = []
    for ch in s:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


if __name__ == "__main__":
    import sys
    for w in sys.argv[1:]:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
