"""두벌식(표준) 자판 변환기 — 표준 라이브러리만 사용.

hangul_to_keys("복사용지")  -> "qhrtkdydwl"   (한글을 영문 자판 상태로 쳤을 때의 글자)
keys_to_hangul("qhrtkdydwl") -> "복사용지"     (오토마타로 음절을 다시 조합)

영문 글자가 아닌 문자(숫자, 공백, 한글, 기호)는 그대로 통과한다.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ", "o": "ㅐ", "p": "ㅔ",
    "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ", "j": "ㅓ", "k": "ㅏ", "l": "ㅣ",
    "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ", "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
# Shift와 함께 눌러도 쌍자음/ㅒㅖ가 없는 키는 소문자와 같은 자모가 나온다.
for _k, _v in list(KEY2JAMO.items()):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = _v
JAMO2KEY = {v: k for k, v in KEY2JAMO.items() if k.islower()}
JAMO2KEY.update({"ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P"})

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
              ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
             ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
             ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: a + b for (a, b), v in VOWEL_COMB.items()}
JONG_SPLIT = {v: (a, b) for (a, b), v in JONG_COMB.items()}
VOWELS = set(JUNG)


def decompose(ch):
    """완성형 음절 -> (초, 중, 종) / 그 밖의 글자는 None"""
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def hangul_to_keys(text):
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            cho, jung, jong = d
            out.append(JAMO2KEY[cho])
            for v in VOWEL_SPLIT.get(jung, jung):
                out.append(JAMO2KEY[v])
            if jong:
                for c in JONG_SPLIT.get(jong, (jong,)):
                    out.append(JAMO2KEY[c])
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        elif ch in VOWEL_SPLIT:
            out.extend(JAMO2KEY[v] for v in VOWEL_SPLIT[ch])
        elif ch in JONG_SPLIT:
            out.extend(JAMO2KEY[c] for c in JONG_SPLIT[ch])
        else:
            out.append(ch)
    return "".join(out)


class _Automaton:
    def __init__(self):
        self.out = []
        self.cho = self.jung = self.jong = ""

    def flush(self):
        if self.cho and self.jung:
            self.out.append(compose(self.cho, self.jung, self.jong))
        else:
            if self.cho:
                self.out.append(self.cho)
            if self.jung:
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
        self.flush()
        self.cho = c

    def vowel(self, v):
        if self.jong:
            if self.jong in JONG_SPLIT:
                keep, move = JONG_SPLIT[self.jong]
            else:
                keep, move = "", self.jong
            self.jong = keep
            self.flush()
            self.cho, self.jung = move, v
            return
        if self.jung:
            if (self.jung, v) in VOWEL_COMB:
                self.jung = VOWEL_COMB[(self.jung, v)]
                return
            self.flush()
            self.jung = v
            return
        self.jung = v  # 초성만 있거나 빈 상태

    def feed(self, jamo):
        if jamo in VOWELS:
            self.vowel(jamo)
        else:
            self.consonant(jamo)


def keys_to_hangul(text):
    a = _Automaton()
    for ch in text:
        if ch in KEY2JAMO:
            a.feed(KEY2JAMO[ch])
        else:
            a.flush()
            a.out.append(ch)
    a.flush()
    return "".join(a.out)


def choseong(text):
    """음절은 초성으로, 나머지는 그대로."""
    return "".join(decompose(ch)[0] if decompose(ch) else ch for ch in text)


if __name__ == "__main__":
    tests = ["복사용지", "현수막 제작", "닭갈비", "없는 값", "괜찮아", "의자", "뷁", "읽었다", "앉아서", "흙"]
    for t in tests:
        k = hangul_to_keys(t)
        back = keys_to_hangul(k)
        print(t, k, back, "OK" if back == t else "FAIL")
        assert back == t
