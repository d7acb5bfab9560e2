"""두벌식(KS X 5002) 자판 변환기.

- to_keys(s): 한글 -> 영문 자판 입력열 (예: '복사용지' -> 'qhrtkdydwl')
- to_hangul(s): 영문 입력열 -> 한글 (오토마타로 초성/중성/종성 조합, 겹모음·겹받침,
  받침 넘김(도깨비불) 처리)
- convert_latin_runs(s): 문자열 안의 로마자 연속 구간만 한글로 바꿈 (한글과 섞인 입력용)
- choseong(s): 한글 음절을 초성으로 바꿈
표준 라이브러리만 사용한다.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
        "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ",
    "o": "ㅐ", "p": "ㅔ", "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ",
    "j": "ㅓ", "k": "ㅏ", "l": "ㅣ", "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ",
    "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
              ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
             ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
             ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}


def is_vowel(j):
    return j in JUNG


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def key_to_jamo(ch):
    if ch in KEY2JAMO:
        return KEY2JAMO[ch]
    if ch.isupper() and ch.lower() in KEY2JAMO:  # Shift + 쌍자음이 없는 키는 소문자와 같음
        return KEY2JAMO[ch.lower()]
    return None


def to_hangul(s):
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        elif cho:
            out.append(cho)
        elif jung:
            out.append(jung)
        cho = jung = jong = ""

    for ch in s:
        j = key_to_jamo(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if is_vowel(j):
            if jong:
                # 받침 넘김: 겹받침이면 뒤 자음만, 홑받침이면 통째로 다음 음절 초성으로
                if jong in JONG_SPLIT:
                    first, second = JONG_SPLIT[jong]
                    jong = first
                    nxt = second
                else:
                    nxt = jong
                    jong = ""
                flush()
                cho, jung = nxt, j
            elif jung:
                comb = VOWEL_COMB.get((jung, j))
                if comb:
                    jung = comb
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            else:
                jung = j
        else:  # 자음
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:  # ㄸ ㅃ ㅉ 은 받침이 될 수 없음
                        flush()
                        cho = j
                else:
                    comb = JONG_COMB.get((jong, j))
                    if comb:
                        jong = comb
                    else:
                        flush()
                        cho = j
            else:
                flush()
                cho = j
    flush()
    return "".join(out)


def jamo_keys(j):
    if j in VOWEL_SPLIT:
        return "".join(JAMO2KEY[x] for x in VOWEL_SPLIT[j])
    if j in JONG_SPLIT:
        return "".join(JAMO2KEY[x] for x in JONG_SPLIT[j])
    return JAMO2KEY[j]


def to_keys(s):
    out = []
    for ch in s:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho = CHO[code // 588]
            jung = JUNG[(code % 588) // 28]
            jong = JONG[code % 28]
            out.append(jamo_keys(cho) + jamo_keys(jung) + (jamo_keys(jong) if jong else ""))
        elif ch in JAMO2KEY or ch in VOWEL_SPLIT or ch in JONG_SPLIT:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def convert_latin_runs(s):
    """로마자 연속 구간만 한글로 바꾼다 (숫자, 공백, 한글은 그대로)."""
    out, run = [], []
    for ch in s:
        if ch.isascii() and ch.isalpha():
            run.append(ch)
        else:
            if run:
                out.append(to_hangul("".join(run)))
                run = []
            out.append(ch)
    if run:
        out.append(to_hangul("".join(run)))
    return "".join(out)


def choseong(s):
    out = []
    for ch in s:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(CHO[code // 588])
        else:
            out.append(ch)
    return "".join(out)


def _selftest():
    cases = {"복사용지": "qhrtkdydwl", "현수막": "gustnakr", "닭갈비": "ekfrrkfql",
             "값싼": "rkqtTks", "의자": "dmlwk", "왜": "dho", "뷁": "qnpfr", "없어": "djqtdj",
             "앉아": "dkswdk", "까치": "Rkcl", "예쁜": "dPQms"}
    for ko, keys in cases.items():
        assert to_keys(ko) == keys, (ko, to_keys(ko), keys)
        assert to_hangul(keys) == ko, (keys, to_hangul(keys), ko)
    # 받침 넘김: 'dkswdk' -> 앉아, 'ekfrdl' -> 닭이
    assert to_hangul("ekfrdl") == "닭이"
    assert to_hangul("rkqtdl") == "값이"
    assert choseong("복사용지") == "ㅂㅅㅇㅈ"
    assert convert_latin_runs("한지 rhddPvna") == "한지 공예품"
    return True


if __name__ == "__main__":
    print("selftest", _selftest())
    import sys
    for a in sys.argv[1:]:
        print(a, "->", to_keys(a), "->", to_hangul(to_keys(a)))
