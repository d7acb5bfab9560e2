"""두벌식 자판 변환기: 한글 <-> 영문 모드로 친 키 입력 (표준 라이브러리만 사용)."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o",
       "ㅔ": "p", "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k",
       "ㅣ": "l", "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
       "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P"}
REV = {v: k for k, v in KEY.items()}
SPLIT = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
         "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
         "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
JOIN = {v: k for k, v in SPLIT.items()}
VOWELS = set(JUNG) | set("ㅗㅜㅡ")


def jamo_of(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def hangul_to_keys(text):
    out = []
    for ch in text:
        j = jamo_of(ch)
        parts = [p for p in j if p] if j else [ch]
        for p in parts:
            for q in SPLIT.get(p, p):
                out.append(KEY.get(q, q))
    return "".join(out)


def _key_to_jamo(c):
    if c in REV:
        return REV[c]
    if c.isalpha() and c.lower() in REV:   # 쌍자음 아닌 대문자는 소문자와 같은 자모
        return REV[c.lower()]
    return c


def _compose(js):
    out, i, n = [], 0, len(js)
    isv = lambda x: x in VOWELS
    while i < n:
        c = js[i]
        if c in CHO and i + 1 < n and isv(js[i + 1]):
            cho = c
            v = js[i + 1]
            i += 2
            if i < n and isv(js[i]) and (v + js[i]) in JOIN:
                v = JOIN[v + js[i]]
                i += 1
            jong = ""
            if i < n and js[i] in JONG and js[i] and not (i + 1 < n and isv(js[i + 1])):
                jong = js[i]
                i += 1
                if i < n and (jong + js[i]) in JOIN and not (i + 1 < n and isv(js[i + 1])):
                    jong = JOIN[jong + js[i]]
                    i += 1
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        else:
            if isv(c) and i + 1 < n and isv(js[i + 1]) and (c + js[i + 1]) in JOIN:
                out.append(JOIN[c + js[i + 1]])
                i += 2
            else:
                out.append(c)
                i += 1
    return "".join(out)


def keys_to_hangul(text):
    """영문 글자 묶음만 한글로 바꾸고, 이미 한글인 부분·숫자·공백은 그대로 둔다."""
    out, buf = [], []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            buf.append(_key_to_jamo(ch))
        else:
            if buf:
                out.append(_compose(buf))
                buf = []
            out.append(ch)
    if buf:
        out.append(_compose(buf))
    return "".join(out)


def choseong(text):
    return "".join(jamo_of(c)[0] if jamo_of(c) else c for c in text)


if __name__ == "__main__":
    for w in ["가방", "현수막", "떡", "쌀 20kg", "식혜", "작업복", "간병", "한과", "닭볶음", "괜찮아", "읽다", "없어요"]:
        k = hangul_to_keys(w)
        back = keys_to_hangul(k)
        print(w, k, back, "OK" if back == w else "FAIL")
