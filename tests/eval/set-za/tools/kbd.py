"""두벌식 자판 변환기 (표준 라이브러리만 사용).

- hangul_to_keys("복사용지") -> "qhrtkdydwl"   (한글을 영문 자판 상태에서 친 글자로)
- keys_to_hangul("qhrtkdydwl") -> "복사용지"   (영문 입력을 두벌식 오토마타로 조합)
- choseong("복사용지") -> "ㅂㅅㅇㅈ"

keys_to_hangul 은 한글 입력기와 같은 오토마타로 조합한다: 초성+중성(+겹모음)+종성(+겹받침),
모음이 오면 앞 글자의 받침(겹받침이면 뒤쪽 자음)을 다음 글자의 초성으로 넘긴다.
영문 자판 위치에 없는 문자(한글, 숫자, 공백, 기호)는 그대로 둔다.
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
# Shift 와 함께 눌러도 같은 자모가 나오는 키
for _k in "yuiasdfghjklzxcvbnm":
    KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower() and not JAMO2KEY[_j].islower():
        JAMO2KEY[_j] = _k
# 쌍자음·ㅒ·ㅖ 는 Shift 글자
for _k in "QWERTOP":
    JAMO2KEY[KEY2JAMO[_k]] = _k

VOWEL_PAIRS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
               ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
FINAL_PAIRS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
               ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
               ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: a + b for (a, b), v in VOWEL_PAIRS.items()}
FINAL_SPLIT = {v: (a, b) for (a, b), v in FINAL_PAIRS.items()}

SBASE = 0xAC00


def is_syllable(ch):
    return SBASE <= ord(ch) <= 0xD7A3


def decompose(ch):
    idx = ord(ch) - SBASE
    return CHO[idx // 588], JUNG[(idx % 588) // 28], JONG[idx % 28]


def compose(cho, jung, jong=""):
    return chr(SBASE + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def choseong(text):
    """음절은 초성으로, 나머지 글자는 그대로."""
    return "".join(decompose(c)[0] if is_syllable(c) else c for c in text)


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            cho, jung, jong = decompose(ch)
            out.append(JAMO2KEY[cho])
            for v in VOWEL_SPLIT.get(jung, jung):
                out.append(JAMO2KEY[v])
            if jong:
                for c in FINAL_SPLIT.get(jong, (jong,)):
                    out.append(JAMO2KEY[c])
        elif ch in VOWEL_SPLIT:
            out.extend(JAMO2KEY[v] for v in VOWEL_SPLIT[ch])
        elif ch in FINAL_SPLIT:
            out.extend(JAMO2KEY[c] for c in FINAL_SPLIT[ch])
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def keys_to_hangul(text):
    """영문 자판으로 친 글자를 두벌식 오토마타로 한글로 조합한다."""
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            out.append(cho + jung)  # 홀로 남은 자모
        cho = jung = jong = ""

    for ch in text:
        j = KEY2JAMO.get(ch)
        if j is None:  # 자판 밖의 문자
            flush()
            out.append(ch)
            continue
        if j in CHO:  # 자음
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:
                    flush()
                    cho = j
            elif cho and jung and jong:
                pair = FINAL_PAIRS.get((jong, j))
                if pair:
                    jong = pair
                else:
                    flush()
                    cho = j
            else:
                if cho or jung:
                    flush()
                cho = j
        else:  # 모음
            if jong:
                if jong in FINAL_SPLIT:
                    keep, move = FINAL_SPLIT[jong]
                else:
                    keep, move = "", jong
                jong = keep
                flush()
                cho, jung = move, j
            elif jung:
                pair = VOWEL_PAIRS.get((jung, j))
                if pair:
                    jung = pair
                else:
                    flush()
                    jung = j
            else:
                jung = j
    flush()
    return "".join(out)


def _selftest():
    samples = ["복사용지", "현수막", "도시락", "화분", "종이컵", "물티슈", "에코백", "답례떡",
               "볼펜", "닭갈비", "읽기", "괜찮아요", "뷁", "앉아", "값어치", "없었다", "외갓집",
               "의자", "꽃다발", "쌍화차", "얘기", "예쁜"]
    for s in samples:
        k = hangul_to_keys(s)
        back = keys_to_hangul(k)
        assert back == s, (s, k, back)
    assert keys_to_hangul("dkssud") == "안녕"
    assert keys_to_hangul("zjvl 원두") == "커피 원두"
    assert keys_to_hangul("rt") == "ㄱㅅ"
    assert choseong("명함 제작") == "ㅁㅎ ㅈㅈ"
    return True


if __name__ == "__main__":
    _selftest()
    import sys
    for arg in sys.argv[1:]:
        print(arg, "->", hangul_to_keys(arg), "->", keys_to_hangul(hangul_to_keys(arg)))
    print("kbd selftest ok")
