"""두벌식 자판 변환기 (Hangul <-> English-mode keystrokes). Python 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY2JAMO = dict(zip("qwertyuiopasdfghjklzxcvbnm", "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ"))
KEY2JAMO.update({"Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ"})
for _k, _v in list(KEY2JAMO.items()):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = _v
JAMO2KEY = {}
for _k, _v in KEY2JAMO.items():
    if _v not in JAMO2KEY or _k.islower():
        JAMO2KEY.setdefault(_v, _k)
for _k in "QWERTOP":
    JAMO2KEY[KEY2JAMO[_k]] = _k
VCOMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
         ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
CCOMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
         ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VSPLIT = {v: k for k, v in VCOMB.items()}
CSPLIT = {v: k for k, v in CCOMB.items()}


def is_vowel(j):
    return j in JUNG


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def jamo_to_hangul(jamos):
    """Automaton for a list of compatibility jamo -> Hangul string."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong or ""))
        else:
            for x in (cho, jung, jong):
                if x:
                    out.append(x)
        cho = jung = jong = None

    for j in jamos:
        if is_vowel(j):
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if (jung, j) in VCOMB:
                    jung = VCOMB[(jung, j)]
                else:
                    flush(); out.append(j)
            elif cho and jung and jong:
                if jong in CSPLIT:
                    a, b = CSPLIT[jong]
                    jong = a; flush(); cho, jung = b, j
                else:
                    b = jong; jong = None; flush(); cho, jung = b, j
            elif jung and not cho:
                if (jung, j) in VCOMB:
                    jung = VCOMB[(jung, j)]
                else:
                    flush(); jung = j
            else:
                flush(); jung = j
        else:
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:
                    flush(); cho = j
            elif cho and jung and jong:
                if (jong, j) in CCOMB:
                    jong = CCOMB[(jong, j)]
                else:
                    flush(); cho = j
            else:
                flush(); cho = j
    flush()
    return "".join(out)


def keys_to_hangul(s):
    """Convert runs of ASCII letters to Hangul; everything else unchanged."""
    out, run = [], []

    def end():
        if run:
            out.append(jamo_to_hangul([KEY2JAMO[c] for c in run]))
            run.clear()
    for c in s:
        if c in KEY2JAMO:
            run.append(c)
        else:
            end(); out.append(c)
    end()
    return "".join(out)


def decompose(ch):
    code = ord(ch) - 0xAC00
    if not (0 <= code < 11172):
        return None
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def hangul_to_keys(s):
    out = []
    for ch in s:
        d = decompose(ch)
        if d is None:
            out.append(JAMO2KEY.get(ch, ch)); continue
        c, v, t = d
        out.append(JAMO2KEY[c])
        for x in VSPLIT.get(v, (v,)):
            out.append(JAMO2KEY[x])
        if t:
            for x in CSPLIT.get(t, (t,)):
                out.append(JAMO2KEY[x])
    return "".join(out)


def choseong(s):
    r = []
    for ch in s:
        d = decompose(ch)
        if d:
            r.append(d[0])
        elif ch.strip():
            r.append(ch)
    return "".join(r)


if __name__ == "__main__":
    for w in ["도시락", "화환", "떡", "방충망 교체", "원두 커피", "한지 공예 체험", "해충 방제", "닭", "값", "괜찮아"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
