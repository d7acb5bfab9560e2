"""두벌식 자판 변환기: 한글 -> 영문 자판 키, 영문 키 -> 한글(오토마타). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
REV = {v: k for k, v in KEY.items()}
VCOMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
         ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
CCOMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
         ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
         ("ㅂ", "ㅅ"): "ㅄ"}
VSPLIT = {v: a + b for (a, b), v in VCOMB.items()}
CSPLIT = {v: (a, b) for (a, b), v in CCOMB.items()}
VOWELS = set(JUNG)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    n = ord(ch) - 0xAC00
    return CHO[n // 588], JUNG[(n % 588) // 28], JONG[n % 28]


def compose(c, v, j=""):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(j))


def to_keys(text):
    """한글 -> 두벌식 영문 키 입력."""
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, j = decompose(ch)
            out.append(KEY[c])
            out.append("".join(KEY[x] for x in VSPLIT.get(v, v)))
            if j:
                out.append("".join(KEY[x] for x in CSPLIT.get(j, (j,))))
        elif ch in KEY:
            out.append(KEY[ch])
        elif ch in VSPLIT:
            out.append("".join(KEY[x] for x in VSPLIT[ch]))
        elif ch in CSPLIT:
            out.append("".join(KEY[x] for x in CSPLIT[ch]))
        else:
            out.append(ch)
    return "".join(out)


def to_hangul(keys):
    """두벌식 영문 키 입력 -> 한글 (표준 오토마타). 한글·공백·기타 문자는 그대로 통과."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong or ""))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = None

    for k in keys:
        kk = k if k in REV else k.lower()
        j = REV.get(kk) if k.isascii() and k.isalpha() else None
        if j is None:
            flush()
            out.append(k)
            continue
        if j in VOWELS:
            if cho and jung and jong:
                if jong in CSPLIT:
                    a, b = CSPLIT[jong]
                    jong = a
                    flush()
                    cho = b
                else:
                    nc = jong
                    jong = None
                    flush()
                    cho = nc
                jung = j
            elif cho and jung:
                if (jung, j) in VCOMB:
                    jung = VCOMB[(jung, j)]
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            elif jung:
                if (jung, j) in VCOMB:
                    jung = VCOMB[(jung, j)]
                else:
                    flush()
                    jung = j
            else:
                jung = j
        else:
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:
                    flush()
                    cho = j
            elif cho and jung and jong:
                if (jong, j) in CCOMB:
                    jong = CCOMB[(jong, j)]
                else:
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return "".join(out)


def choseong(text):
    """한글 음절을 초성으로 바꾼다 (그 밖의 문자는 그대로)."""
    return "".join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


if __name__ == "__main__":
    for w in ["가방", "현수막", "떡", "복사용지", "화환", "닭갈비", "없다", "의자", "왜"]:
        k = to_keys(w)
        assert to_hangul(k) == w, (w, k, to_hangul(k))
        print(w, k, to_hangul(k))
    print(to_hangul("gksdhr 체험"))
