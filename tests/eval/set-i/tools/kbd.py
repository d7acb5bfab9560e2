"""두벌식 자판 변환기 (한글 <-> 영문 자판 입력). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
       "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
       "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
       "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P"}
REV = {v: k for k, v in KEY.items()}
VCOMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
         ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JCOMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
         ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
         ("ㅂ", "ㅅ"): "ㅄ"}
VSPLIT = {v: "".join(k) for k, v in VCOMB.items()}
JSPLIT = {v: "".join(k) for k, v in JCOMB.items()}


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    c = ord(ch) - 0xAC00
    return CHO[c // 588], JUNG[(c % 588) // 28], JONG[c % 28]


def to_qwerty(text):
    """한글을 두벌식 자판에서 누르는 영문 키로 바꾼다 (한글 아닌 글자는 그대로)."""
    out = []
    for ch in text:
        if is_syllable(ch):
            cho, jung, jong = decompose(ch)
            seq = cho + VSPLIT.get(jung, jung) + JSPLIT.get(jong, jong)
            out.append("".join(KEY[j] for j in seq))
        elif ch in KEY:
            out.append(KEY[ch])
        elif ch in VSPLIT:
            out.append("".join(KEY[j] for j in VSPLIT[ch]))
        else:
            out.append(ch)
    return "".join(out)


def _is_vowel(j):
    return j in JUNG


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def letters_to_hangul(s):
    """영문 글자열(두벌식 키)을 한글로 조합한다."""
    jam = []
    for ch in s:
        if ch in REV:
            jam.append(REV[ch])
        elif ch.lower() in REV:
            jam.append(REV[ch.lower()])
        else:
            jam.append(ch)
    out, i, n = [], 0, len(jam)
    while i < n:
        c = jam[i]
        if c in CHO and i + 1 < n and _is_vowel(jam[i + 1]):
            cho = c
            v = jam[i + 1]
            i += 2
            if i < n and (v, jam[i]) in VCOMB:
                v = VCOMB[(v, jam[i])]
                i += 1
            jong = ""
            if i < n and jam[i] in JONG and jam[i] != "" and not (i + 1 < n and _is_vowel(jam[i + 1])):
                jong = jam[i]
                i += 1
                if i < n and (jong, jam[i]) in JCOMB and not (i + 1 < n and _is_vowel(jam[i + 1])):
                    jong = JCOMB[(jong, jam[i])]
                    i += 1
            out.append(_compose(cho, v, jong))
        elif _is_vowel(c):
            v = c
            i += 1
            if i < n and (v, jam[i]) in VCOMB:
                v = VCOMB[(v, jam[i])]
                i += 1
            out.append(v)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def from_qwerty(text):
    """입력 문자열에서 영문 글자만으로 된 토큰을 한글로 되돌린다 (숫자·한글이 섞인 토큰은 그대로)."""
    toks = text.split(" ")
    res = []
    for t in toks:
        if t and t.isascii() and t.isalpha():
            res.append(letters_to_hangul(t))
        else:
            res.append(t)
    return " ".join(res)


def choseong(word):
    return "".join(decompose(ch)[0] if is_syllable(ch) else ch for ch in word)


if __name__ == "__main__":
    for w in ["도시락", "떡 답례품", "블라인드 세탁", "근무복", "어르신 돌봄", "왕관", "닭갈비", "값"]:
        q = to_qwerty(w)
        print(w, q, from_qwerty(q), choseong(w))
