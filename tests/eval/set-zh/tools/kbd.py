"""두벌식(2-set) 자판 변환기.

- to_keys(text): 한글 → 영문 자판 입력열 (한글이 아닌 문자는 그대로)
- to_hangul(text): 영문 자판 입력열 → 한글 (오토마타로 음절 조합)
  로마자 이외의 문자(한글, 숫자, 공백, 기호)는 그대로 통과시키므로,
  한글과 영타가 섞인 입력도 처리된다.
- choseong(text): 한글 음절을 초성(호환 자모)으로 바꾼다.
표준 라이브러리만 사용.
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
# Shift 를 눌러도 같은 자모가 나오는 대문자
for _k in "YUIASDFGHJKLZXCVBNM":
    KEY2JAMO[_k] = KEY2JAMO[_k.lower()]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY[_j] = _k
# 쌍자음/ㅒㅖ 는 대문자
for _k in "QWERTOP":
    JAMO2KEY[KEY2JAMO[_k]] = _k

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
              ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
             ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
             ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}
CONSONANTS = set(CHO) | set(JONG_SPLIT)
VOWELS = set(JUNG)


def is_syllable(ch):
    return "가" <= ch <= "힣"


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            cho, jung, jong = decompose(ch)
            parts = [cho]
            parts += list(VOWEL_SPLIT.get(jung, (jung,)))
            if jong:
                parts += list(JONG_SPLIT.get(jong, (jong,)))
            out.append("".join(JAMO2KEY[p] for p in parts))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        elif ch in VOWEL_SPLIT:
            out.append("".join(JAMO2KEY[p] for p in VOWEL_SPLIT[ch]))
        elif ch in JONG_SPLIT:
            out.append("".join(JAMO2KEY[p] for p in JONG_SPLIT[ch]))
        else:
            out.append(ch)
    return "".join(out)


class _Automaton:
    """두벌식 조합 오토마타. 상태 = (초성, 중성, 종성)."""

    def __init__(self):
        self.out = []
        self.cho = self.jung = self.jong = ""

    def _flush(self):
        if self.cho and self.jung:
            self.out.append(compose(self.cho, self.jung, self.jong))
        elif self.cho:
            self.out.append(self.cho)
        elif self.jung:
            self.out.append(self.jung)
        self.cho = self.jung = self.jong = ""

    def consonant(self, c):
        if self.cho and self.jung:
            if not self.jong:
                if c in JONG:
                    self.jong = c
                    return
            elif (self.jong, c) in JONG_COMB:
                self.jong = JONG_COMB[(self.jong, c)]
                return
            self._flush()
            self.cho = c
        else:
            self._flush()
            self.cho = c

    def vowel(self, v):
        if self.jong:
            if self.jong in JONG_SPLIT:
                first, moved = JONG_SPLIT[self.jong]
                self.jong = first
            else:
                moved = self.jong
                self.jong = ""
            self._flush()
            self.cho, self.jung = moved, v
            return
        if self.jung:
            if (self.jung, v) in VOWEL_COMB:
                self.jung = VOWEL_COMB[(self.jung, v)]
                return
            self._flush()
            self.jung = v
            return
        if self.cho:
            self.jung = v
            return
        self.jung = v

    def other(self, ch):
        self._flush()
        self.out.append(ch)

    def result(self):
        self._flush()
        return "".join(self.out)


def to_hangul(text):
    a = _Automaton()
    for ch in text:
        j = KEY2JAMO.get(ch)
        if j is None:
            a.other(ch)
        elif j in VOWELS:
            a.vowel(j)
        else:
            a.consonant(j)
    return a.result()


def choseong(text):
    return "".join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


def _selftest():
    samples = ["볼펜", "꽃다발", "종이컵", "물티슈", "근무복 세탁", "백설기", "단체티", "마스크",
               "닭갈비", "읽다", "괜찮아요", "값싼", "의자", "뷁", "앉아", "없어요", "왜", "쌍화차",
               "흙사랑", "예쁜 꽃"]
    for s in samples:
        k = to_keys(s)
        back = to_hangul(k)
        assert back == s, (s, k, back)
    assert to_keys("꽃다발") == "Rhcekqkf"
    assert to_hangul("dkssudgktpdy") == "안녕하세요"
    assert to_hangul("rkqt") == "값"
    assert to_hangul("rkqtdl") == "값이"
    assert to_hangul("한지 rhddPvna") == "한지 공예품"
    assert choseong("현수막") == "ㅎㅅㅁ"
    return True


if __name__ == "__main__":
    import sys
    _selftest()
    for arg in sys.argv[1:]:
        print(arg, "->", to_keys(arg), "->", to_hangul(to_keys(arg)))
    print("kbd selftest ok")
