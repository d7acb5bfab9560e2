# -*- coding: utf-8 -*-
"""두벌식(표준) 자판 변환기 — 한글 <-> 영문 자판 입력, 초성 추출.

to_qwerty("기념품")  -> "rlsuavna"
to_hangul("rlsuavna") -> "기념품"   (오토마타로 음절 조합: 겹모음, 겹받침, 받침 이동 처리)
Mixed strings: only ASCII-letter runs are converted by to_hangul; Hangul is kept.
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
for _k in "YUIASDFGHJKLZXCVBNM":
    KEY2JAMO[_k] = KEY2JAMO[_k.lower()]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY.setdefault(_j, _k)
for _k in "qwertyuiopasdfghjklzxcvbnm":
    JAMO2KEY[KEY2JAMO[_k]] = _k
for _k in "QWERTOP":
    JAMO2KEY[KEY2JAMO[_k]] = _k

VOW_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
            ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
             ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
             ("ㅂ", "ㅅ"): "ㅄ"}
VOW_SPLIT = {v: k for k, v in VOW_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}


def is_vowel(j):
    return j in JUNG


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def jamo_to_hangul(jamos):
    """Automaton: compose a list of compatibility jamo into syllables."""
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ""

    for j in jamos:
        if is_vowel(j):
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if (jung, j) in VOW_COMB:
                    jung = VOW_COMB[(jung, j)]
                else:
                    flush(); jung = j; flush()  # lone vowel
            elif cho and jung and jong:
                # move the (last part of) final consonant to the next syllable
                if jong in JONG_SPLIT:
                    first, second = JONG_SPLIT[jong]
                    jong = first; flush(); cho = second
                else:
                    moved = jong; jong = ""; flush(); cho = moved
                jung = j
            elif not cho and jung:
                if (jung, j) in VOW_COMB:
                    jung = VOW_COMB[(jung, j)]
                else:
                    flush(); jung = j
            else:
                jung = j
        else:  # consonant
            if not cho and not jung:
                cho = j
            elif cho and not jung:
                flush(); cho = j
            elif not cho and jung:
                flush(); cho = j
            elif not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ cannot be finals
                    flush(); cho = j
            else:
                if (jong, j) in JONG_COMB:
                    jong = JONG_COMB[(jong, j)]
                else:
                    flush(); cho = j
    if cho or jung or jong:
        flush()
    return "".join(out)


def to_hangul(s):
    """Convert ASCII-letter runs typed in English mode into Hangul; keep other characters."""
    out, run = [], []
    for ch in s:
        if ch in KEY2JAMO:
            run.append(KEY2JAMO[ch])
        else:
            if run:
                out.append(jamo_to_hangul(run)); run = []
            out.append(ch)
    if run:
        out.append(jamo_to_hangul(run))
    return "".join(out)


def decompose(ch):
    c = ord(ch) - 0xAC00
    if 0 <= c < 11172:
        return CHO[c // 588], JUNG[(c % 588) // 28], JONG[c % 28]
    return None


def to_qwerty(s):
    out = []
    for ch in s:
        d = decompose(ch)
        if d:
            cho, jung, jong = d
            seq = [cho] + list(VOW_SPLIT.get(jung, (jung,))) + (list(JONG_SPLIT.get(jong, (jong,))) if jong else [])
            out.append("".join(JAMO2KEY[j] for j in seq))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def choseong(s):
    out = []
    for ch in s:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


def _selftest():
    cases = ["기념품", "안전화", "방진마스크", "에코백", "국화", "도시락", "닭갈비", "값싼", "읽기", "왜곡", "의자",
             "뷁", "없었다", "괜찮아요", "삶은 달걀", "앉아", "까치", "쌀떡", "흙", "꿰맨", "의외"]
    for w in cases:
        q = to_qwerty(w)
        back = to_hangul(q)
        assert back == w, (w, q, back)
    assert to_qwerty("기념품") == "rlsuavna"
    assert to_hangul("dkssudgktpdy") == "안녕하세요"
    assert to_hangul("한지 qnco") == "한지 부채"
    assert choseong("복사용지") == "ㅂㅅㅇㅈ"
    return True


if __name__ == "__main__":
    print("selftest", _selftest())
