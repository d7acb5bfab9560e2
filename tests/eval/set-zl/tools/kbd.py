"""두벌식(KS X 5002) 자판 변환기.

hangul_to_keys("현수막")  -> "gustnak"   (한글을 영문 자판 상태에서 쳤을 때 찍히는 글자)
keys_to_hangul("gustnak") -> "현수막"     (오토마타로 다시 음절을 조합)

keys_to_hangul 은 영문 글자만 한글 자모로 바꾸고 그 밖의 글자(한글, 숫자, 공백, 기호)는
그대로 둔다. 그래서 "국악 rhddus" 같은 한글/영문 섞인 입력도 "국악 공연" 으로 복원된다.
표준 라이브러리만 사용.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    "r": "ㄱ", "R": "ㄲ", "s": "ㄴ", "e": "ㄷ", "E": "ㄸ", "f": "ㄹ", "a": "ㅁ", "q": "ㅂ", "Q": "ㅃ",
    "t": "ㅅ", "T": "ㅆ", "d": "ㅇ", "w": "ㅈ", "W": "ㅉ", "c": "ㅊ", "z": "ㅋ", "x": "ㅌ", "v": "ㅍ",
    "g": "ㅎ", "k": "ㅏ", "o": "ㅐ", "O": "ㅒ", "i": "ㅑ", "j": "ㅓ", "p": "ㅔ", "P": "ㅖ", "u": "ㅕ",
    "h": "ㅗ", "y": "ㅛ", "n": "ㅜ", "b": "ㅠ", "m": "ㅡ", "l": "ㅣ",
}
# 시프트가 의미 없는 대문자는 소문자와 같은 자모
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower() or _k in "REQTWOP":
        # 된소리/ㅒ/ㅖ는 대문자, 나머지는 소문자
        if _j in "ㄲㄸㅃㅆㅉㅒㅖ":
            if _k.isupper():
                JAMO2KEY[_j] = _k
        elif _k.islower():
            JAMO2KEY[_j] = _k

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
              ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
             ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
             ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}
CONSONANTS = set(CHO) | {j for j in JONG if j}
VOWELS = set(JUNG)


def is_syllable(ch):
    return "\uac00" <= ch <= "\ud7a3"


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, f = decompose(ch)
            out.append(JAMO2KEY[c])
            out.extend(JAMO2KEY[x] for x in VOWEL_SPLIT.get(v, (v,)))
            if f:
                out.extend(JAMO2KEY[x] for x in JONG_SPLIT.get(f, (f,)))
        elif ch in VOWEL_SPLIT:
            out.extend(JAMO2KEY[x] for x in VOWEL_SPLIT[ch])
        elif ch in JONG_SPLIT:
            out.extend(JAMO2KEY[x] for x in JONG_SPLIT[ch])
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


class _Automaton:
    """두벌식 조합 오토마타. 상태는 (초성, 중성, 종성) 버퍼."""

    def __init__(self):
        self.out = []
        self.cho = self.jung = self.jong = ""

    def flush(self):
        if self.cho and self.jung:
            self.out.append(compose(self.cho, self.jung, self.jong))
        else:
            # 낱자만 남은 경우 (자음만, 모음만)
            for x in (self.cho, self.jung, self.jong):
                if x:
                    self.out.append(x)
        self.cho = self.jung = self.jong = ""

    def consonant(self, j):
        if self.cho and self.jung:
            if not self.jong:
                if j in JONG:  # ㄸ ㅃ ㅉ 은 종성이 될 수 없음
                    self.jong = j
                    return
            elif (self.jong, j) in JONG_COMB:
                self.jong = JONG_COMB[(self.jong, j)]
                return
            self.flush()
            self.cho = j
            return
        # 초성만 있거나 모음만 있거나 비어 있음
        self.flush()
        self.cho = j

    def vowel(self, v):
        if self.cho and self.jung and self.jong:
            # 종성을 떼어 다음 음절의 초성으로 (겹받침이면 뒤 자음만)
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
        if self.cho:
            self.jung = v
            return
        self.jung = v

    def other(self, ch):
        self.flush()
        self.out.append(ch)


def keys_to_hangul(text):
    a = _Automaton()
    for ch in text:
        j = KEY2JAMO.get(ch)
        if j is None:
            a.other(ch)
        elif j in VOWELS:
            a.vowel(j)
        else:
            a.consonant(j)
    a.flush()
    return "".join(a.out)


def choseong(text):
    return "".join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


if __name__ == "__main__":
    tests = ["현수막", "복사용지", "손소독제", "꽃다발", "닭볶음탕", "값싼", "읽어", "괜찮아요", "의자", "뛰어", "앉아서", "없어요", "짧은"]
    for t in tests:
        k = hangul_to_keys(t)
        back = keys_to_hangul(k)
        print(t, k, back, "OK" if back == t else "FAIL")
    print(keys_to_hangul("국악 rhddus"))
