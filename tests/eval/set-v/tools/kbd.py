# -*- coding: utf-8 -*-
"""두벌식 자판 변환기 (표준 라이브러리만 사용).

- hangul_to_keys(s): 한글 문장을 영문 자판 상태에서 눌렀을 때 찍히는 글자로 바꾼다.
- keys_to_hangul(s): 영문 자판으로 잘못 찍힌 글자를 두벌식 오토마타로 조합해 한글로 되돌린다.
  (영문 글자가 아닌 것 — 한글, 숫자, 공백, 기호 — 은 그대로 둔다. 그래서 한글과 섞인 입력도 처리된다.)
- choseong(s): 한글 음절의 초성만 뽑는다(음절이 아닌 글자는 그대로).

python3 kbd.py 로 실행하면 자체 점검을 한다.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
        "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

# 자판 -> 자모 (두벌식 표준)
KEY2JAMO = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ",
    "o": "ㅐ", "p": "ㅔ", "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ",
    "j": "ㅓ", "k": "ㅏ", "l": "ㅣ", "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ",
    "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
# Shift 를 눌러도 같은 자모가 나오는 나머지 대문자
for _k in "YUIASDFGHJKLZXCVBNM":
    KEY2JAMO[_k] = KEY2JAMO[_k.lower()]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower() and not JAMO2KEY[_j].islower():
        JAMO2KEY[_j] = _k
# 된소리는 Shift 키로만 나온다
for _j, _k in (("ㅃ", "Q"), ("ㅉ", "W"), ("ㄸ", "E"), ("ㄲ", "R"), ("ㅆ", "T"), ("ㅒ", "O"), ("ㅖ", "P")):
    JAMO2KEY[_j] = _k

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


def decompose(ch):
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def hangul_to_keys(s):
    out = []
    for ch in s:
        d = decompose(ch)
        if d is None:
            if ch in JAMO2KEY:
                out.append(JAMO2KEY[ch])
            elif ch in VOWEL_SPLIT:
                out.extend(JAMO2KEY[x] for x in VOWEL_SPLIT[ch])
            elif ch in JONG_SPLIT:
                out.extend(JAMO2KEY[x] for x in JONG_SPLIT[ch])
            else:
                out.append(ch)
            continue
        cho, jung, jong = d
        out.append(JAMO2KEY[cho])
        out.extend(JAMO2KEY[x] for x in VOWEL_SPLIT.get(jung, (jung,)))
        if jong:
            out.extend(JAMO2KEY[x] for x in JONG_SPLIT.get(jong, (jong,)))
    return "".join(out)


class _Automaton:
    """두벌식 조합 오토마타. 상태: 초성(cho), 중성(jung), 종성(jong)."""

    def __init__(self):
        self.out = []
        self.cho = self.jung = self.jong = ""

    def flush(self):
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
                if c in JONG:  # ㄸ ㅃ ㅉ 은 받침이 될 수 없다
                    self.jong = c
                    return
            elif (self.jong, c) in JONG_COMB:
                self.jong = JONG_COMB[(self.jong, c)]
                return
        self.flush()
        self.cho = c

    def vowel(self, v):
        if self.cho and self.jung and self.jong:
            # 받침을 다음 음절 초성으로 넘긴다 (겹받침이면 뒤 자음만)
            if self.jong in JONG_SPLIT:
                keep, move = JONG_SPLIT[self.jong]
            else:
                keep, move = "", self.jong
            self.jong = keep
            self.flush()
            self.cho, self.jung = move, v
            return
        if self.jung and not self.jong and (self.jung, v) in VOWEL_COMB:
            self.jung = VOWEL_COMB[(self.jung, v)]
            return
        if self.cho and not self.jung:
            self.jung = v
            return
        self.flush()
        self.jung = v  # 초성 없는 모음 단독

    def other(self, ch):
        self.flush()
        self.out.append(ch)

    def feed(self, ch):
        j = KEY2JAMO.get(ch)
        if j is None:
            self.other(ch)
        elif is_vowel(j):
            self.vowel(j)
        else:
            self.consonant(j)

    def result(self):
        self.flush()
        return "".join(self.out)


def keys_to_hangul(s):
    a = _Automaton()
    for ch in s:
        a.feed(ch)
    return a.result()


def choseong(s):
    out = []
    for ch in s:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


def _selftest():
    samples = ["복사용지", "명함", "현수막", "도시락", "화환", "에코백", "떡 선물", "물티슈",
               "읽기", "닭갈비", "값싼", "괜찮아요", "뷁", "없어요", "의자", "쓰레기", "왜",
               "앉아", "많이", "싫어", "삶", "외국어", "꿔", "됐어", "위원회"]
    for s in samples:
        k = hangul_to_keys(s)
        back = keys_to_hangul(k)
        assert back == s, (s, k, back)
    assert keys_to_hangul("qhrtkdydwl") == "복사용지"
    assert keys_to_hangul("dkssudgktpdy") == "안녕하세요"
    assert keys_to_hangul("명함 dlstho") == "명함 인쇄"
    assert choseong("근조화환") == "ㄱㅈㅎㅎ"
    print("kbd self-test ok:", len(samples), "round trips")


if __name__ == "__main__":
    _selftest()
    for s in ["복사용지", "명함", "현수막", "도시락", "화환", "에코백", "떡 선물", "물티슈",
              "인쇄", "세제", "단체"]:
        print(s, "->", hangul_to_keys(s))
