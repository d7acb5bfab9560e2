"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(text): 한글 -> 영문 자판 입력열, to_hangul(keys): 영문 자판 입력열 -> 한글 (오토마타).
ASCII 영문자가 아닌 글자(한글, 숫자, 공백 등)는 그대로 둔다."""
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
    s = COMP_V.get(j) or COMP_C.get(j) or j
    return "".join(KEY[c] for c in s)


def to_keys(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            c, v, t = o // 588, (o % 588) // 28, o % 28
            out.append(_jamo_keys(CHO[c]) + _jamo_keys(JUNG[v]) + (_jamo_keys(JONG[t]) if t else ""))
        elif ch in KEY or ch in COMP_V or ch in COMP_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _key_to_jamo(k):
    if k in REV:
        return REV[k]
    if k.lower() in REV:  # Shift 가 의미 없는 키(예: 'K')는 소문자로
        return REV[k.lower()]
    return None


def _compose(jamos):
    """자모 열 -> 음절 (오토마타). 초성/종성 재배치와 겹모음/겹받침 처리."""
    res = []
    i, n = 0, len(jamos)
    while i < n:
        j = jamos[i]
        if j not in VOWELS and i + 1 < n and jamos[i + 1] in VOWELS and j in CHO:
            cho = j
            i += 1
            v = jamos[i]
            i += 1
            if i < n and jamos[i] in VOWELS and (v + jamos[i]) in V_JOIN:
                v = V_JOIN[v + jamos[i]]
                i += 1
            jong = ""
            if i < n and jamos[i] not in VOWELS:
                c1 = jamos[i]
                nxt_v = i + 1 < n and jamos[i + 1] in VOWELS
                if not nxt_v and c1 in JONG:
                    jong = c1
                    i += 1
                    if i < n and jamos[i] not in VOWELS:
                        c2 = jamos[i]
                        nxt2_v = i + 1 < n and jamos[i + 1] in VOWELS
                        if not nxt2_v and (c1 + c2) in C_JOIN:
                            jong = C_JOIN[c1 + c2]
                            i += 1
            res.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        elif j in VOWELS:
            v = j
            i += 1
            if i < n and jamos[i] in VOWELS and (v + jamos[i]) in V_JOIN:
                v = V_JOIN[v + jamos[i]]
                i += 1
            res.append(v)
        else:
            res.append(j)
            i += 1
    return "".join(res)


def to_hangul(keys):
    out, run = [], []
    for ch in keys:
        jm = _key_to_jamo(ch) if ch.isascii() and ch.isalpha() else None
        if jm:
            run.append(jm)
        else:
            if run:
                out.append(_compose(run))
                run = []
            out.append(ch)
    if run:
        out.append(_compose(run))
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    for w in ["목장갑", "수건", "명함", "생수", "도시락", "그림책", "핫팩", "이불", "안전모", "업사이클", "떡", "닭갈비", "읽다", "뷁", "괜찮아"]:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
