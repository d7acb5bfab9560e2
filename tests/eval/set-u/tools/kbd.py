# -*- coding: utf-8 -*-
"""두벌식 자판 변환기 (표준 라이브러리만 사용).

keys_to_hangul(s): 영문 모드로 친 글쇠열을 한글로 조합한다 (오토마타 방식).
    - 겹모음(ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ)과 겹받침(ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅄ)을 조합한다.
    - 받침 뒤에 모음이 오면 받침(겹받침이면 뒤쪽 자음)을 다음 음절 초성으로 넘긴다.
    - ㄸ ㅃ ㅉ 은 받침이 될 수 없다.
    - 영문자가 아닌 글자(공백, 숫자, 이미 한글인 글자)는 그대로 둔다.
hangul_to_keys(s): 한글을 두벌식 글쇠열로 바꾼다 (역변환, 왕복 검사용).
choseong(s): 음절을 초성 호환 자모로 바꾼다.
"""

KEY2JAMO = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ", "o": "ㅐ", "p": "ㅔ",
    "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ", "j": "ㅓ", "k": "ㅏ", "l": "ㅣ",
    "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ", "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

VOWELS = set(JUNG)
CONSONANTS = set(CHO)

V_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
          ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
C_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
          ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
          ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
V_SPLIT = {v: k for k, v in V_COMB.items()}
C_SPLIT = {v: k for k, v in C_COMB.items()}


def _key2jamo(ch):
    if ch in KEY2JAMO:
        return KEY2JAMO[ch]
    if ch.isascii() and ch.isalpha():
        return KEY2JAMO.get(ch.lower())
    return None


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


class _Automaton:
    def __init__(self):
        self.out = []
        self.cho = self.jung = self.jong = ""

    def flush(self):
        if self.cho and self.jung:
            self.out.append(_compose(self.cho, self.jung, self.jong))
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
            elif (self.jong, c) in C_COMB:
                self.jong = C_COMB[(self.jong, c)]
                return
            self.flush()
            self.cho = c
            return
        self.flush()            # 초성만 있거나, 모음만 있거나, 비어 있음
        self.cho = c

    def vowel(self, v):
        if self.cho and not self.jung:
            self.jung = v
            return
        if self.cho and self.jung and not self.jong:
            if (self.jung, v) in V_COMB:
                self.jung = V_COMB[(self.jung, v)]
                return
            self.flush()
            self.jung = v
            return
        if self.cho and self.jung and self.jong:
            if self.jong in C_SPLIT:
                keep, move = C_SPLIT[self.jong]
            else:
                keep, move = "", self.jong
            self.jong = keep
            self.flush()
            self.cho, self.jung = move, v
            return
        if self.jung and not self.cho:
            if (self.jung, v) in V_COMB:
                self.jung = V_COMB[(self.jung, v)]
                return
            self.flush()
            self.jung = v
            return
        self.jung = v

    def other(self, ch):
        self.flush()
        self.out.append(ch)


def keys_to_hangul(s):
    a = _Automaton()
    for ch in s:
        j = _key2jamo(ch)
        if j is None:
            a.other(ch)
        elif j in VOWELS:
            a.vowel(j)
        else:
            a.consonant(j)
    a.flush()
    return "".join(a.out)


def _jamo_keys(j):
    if j in JAMO2KEY:
        return JAMO2KEY[j]
    if j in V_SPLIT:
        return "".join(JAMO2KEY[x] for x in V_SPLIT[j])
    if j in C_SPLIT:
        return "".join(JAMO2KEY[x] for x in C_SPLIT[j])
    raise ValueError(j)


def hangul_to_keys(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            cho, jung, jong = o // 588, (o % 588) // 28, o % 28
            out.append(_jamo_keys(CHO[cho]) + _jamo_keys(JUNG[jung]) + (_jamo_keys(JONG[jong]) if jong else ""))
        elif ch in JAMO2KEY or ch in V_SPLIT or ch in C_SPLIT:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def choseong(ch):
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3:
        return CHO[(o - 0xAC00) // 588]
    return ch


def is_hangul_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


if __name__ == "__main__":
    tests = {"audgka": "명함", "gustnakr": "현수막", "ekqfPEjr": "답례떡", "ghkqns": "화분",
             "dpzhqor": "에코백", "cjdth dyddur": "청소 용역", "rmswhghkghks": "근조화환",
             "dkvclak": "앞치마", "단체xl": "단체티", "국악 rhddus": "국악 공연", "수제 znzl": "수제 쿠키",
             "dkswkfk": "안자라", "dkswdk": "앉아", "rkqtdl": "값이", "dlfrdjdy": "읽어요", "Tkf": "쌀", "dhks": "완",
             "rhkswl": "관지", "dmlwk": "의자", "qkfqdk": "밟아", "tjfgkwl": "설하지", "tjfgdj": "섫어"}
    bad = 0
    for k, v in tests.items():
        got = keys_to_hangul(k)
        if got != v:
            bad += 1
            print("FAIL", k, got, v)
        if all(is_hangul_syllable(c) or c == " " for c in v):
            rt = keys_to_hangul(hangul_to_keys(v))
            if rt != v:
                bad += 1
                print("ROUNDTRIP FAIL", v, rt)
    print("ok" if not bad else f"{bad} failures")
