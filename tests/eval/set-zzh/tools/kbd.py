"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타)."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
COMPOUND_V = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
COMPOUND_C = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
              "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
REV_KEY = {v: k for k, v in KEY.items()}
V_JOIN = {v: k for k, v in COMPOUND_V.items()}
C_JOIN = {v: k for k, v in COMPOUND_C.items()}
VOWELS = set(JUNG)


def _jamo_keys(j):
    if j in COMPOUND_V:
        return "".join(KEY[x] for x in COMPOUND_V[j])
    if j in COMPOUND_C:
        return "".join(KEY[x] for x in COMPOUND_C[j])
    return KEY.get(j, j)


def hangul_to_keys(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            s = c - 0xAC00
            cho, jung, jong = s // 588, (s % 588) // 28, s % 28
            out.append(KEY[CHO[cho]] + _jamo_keys(JUNG[jung]) + (_jamo_keys(JONG[jong]) if jong else ""))
        elif ch in KEY or ch in COMPOUND_V or ch in COMPOUND_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def _jamo_run_to_hangul(jamos):
    """jamos: 호환 자모 목록 -> 음절 조합 (표준 두벌식 오토마타)."""
    out = []
    i, n = 0, len(jamos)
    while i < n:
        j = jamos[i]
        if j not in VOWELS and i + 1 < n and jamos[i + 1] in VOWELS and j in CHO:
            cho = j
            i += 1
            jung = jamos[i]
            if i + 1 < n and jamos[i + 1] in VOWELS and (jung + jamos[i + 1]) in V_JOIN:
                jung = V_JOIN[jung + jamos[i + 1]]
                i += 1
            i += 1
            jong = ""
            if i < n and jamos[i] not in VOWELS and jamos[i] in JONG:
                nxt_is_v = i + 1 < n and jamos[i + 1] in VOWELS
                if not nxt_is_v:
                    jong = jamos[i]
                    i += 1
                    if i < n and jamos[i] not in VOWELS and (jong + jamos[i]) in C_JOIN:
                        if not (i + 1 < n and jamos[i + 1] in VOWELS):
                            jong = C_JOIN[jong + jamos[i]]
                            i += 1
            out.append(_compose(cho, jung, jong))
        else:
            if j in VOWELS and i + 1 < n and (j + jamos[i + 1]) in V_JOIN:
                out.append(V_JOIN[j + jamos[i + 1]])
                i += 2
                continue
            out.append(j)
            i += 1
    return "".join(out)


def keys_to_hangul(text):
    out, run = [], []
    for ch in text:
        k = ch if ch in REV_KEY else ch.lower()
        if ch.isascii() and ch.isalpha() and k in REV_KEY:
            run.append(REV_KEY[k])
        else:
            if run:
                out.append(_jamo_run_to_hangul(run))
                run = []
            out.append(ch)
    if run:
        out.append(_jamo_run_to_hangul(run))
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    for w in ["가방", "꽃다발", "야자매트", "닭갈비", "앉다", "괜찮아", "뷁"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
