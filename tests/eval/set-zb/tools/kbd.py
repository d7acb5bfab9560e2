# -*- coding: utf-8 -*-
"""두벌식(표준) 자판 변환기.

- kor2eng(s): 한글 문자열을 영문 자판에서 친 키 입력으로 바꾼다.
- eng2kor(s): 영문 키 입력을 두벌식 오토마타로 조합해 한글로 바꾼다.
  (겹모음·겹받침 조합, 받침이 다음 모음으로 넘어가는 도깨비불 현상 처리)
- choseong(s): 한글 음절의 초성만 뽑는다 (음절이 아닌 글자는 그대로).
표준 라이브러리만 사용한다.
"""

CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY2JAMO = {
    "r": "ㄱ", "R": "ㄲ", "s": "ㄴ", "e": "ㄷ", "E": "ㄸ", "f": "ㄹ", "a": "ㅁ",
    "q": "ㅂ", "Q": "ㅃ", "t": "ㅅ", "T": "ㅆ", "d": "ㅇ", "w": "ㅈ", "W": "ㅉ",
    "c": "ㅊ", "z": "ㅋ", "x": "ㅌ", "v": "ㅍ", "g": "ㅎ",
    "k": "ㅏ", "o": "ㅐ", "i": "ㅑ", "O": "ㅒ", "j": "ㅓ", "p": "ㅔ", "u": "ㅕ",
    "P": "ㅖ", "h": "ㅗ", "y": "ㅛ", "n": "ㅜ", "b": "ㅠ", "m": "ㅡ", "l": "ㅣ",
}
# Shift 를 눌러도 다른 글자가 없는 키는 소문자와 같다.
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    # 소문자를 우선 (쌍자음/ㅒ/ㅖ 는 대문자만 존재)
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY[_j] = _k

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ",
              ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ",
              ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ",
             ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ",
             ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ",
             ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}
VOWELS = set(JUNG)
CONSONANTS = set(CHO)


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def _decompose(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def kor2eng(s):
    out = []
    for ch in s:
        d = _decompose(ch)
        if d:
            cho, jung, jong = d
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


def eng2kor(s):
    """두벌식 오토마타. 영문 글자만 변환하고 나머지 글자는 그대로 둔다."""
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            out.append(cho + jung)  # 낱자 (자음만 또는 모음만)
        cho = jung = jong = ""

    for ch in s:
        j = KEY2JAMO.get(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in CONSONANTS:
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:  # ㄸ ㅃ ㅉ 는 받침이 될 수 없다
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
        else:  # 모음
            if cho and jung and jong:
                if jong in JONG_SPLIT:
                    keep, move = JONG_SPLIT[jong]
                else:
                    keep, move = "", jong
                jong = keep
                flush()
                cho, jung = move, j
            elif cho and jung:
                comb = VOWEL_COMB.get((jung, j))
                if comb:
                    jung = comb
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            elif jung:
                comb = VOWEL_COMB.get((jung, j))
                if comb:
                    jung = comb
                else:
                    flush()
                    jung = j
            else:
                jung = j
    flush()
    return "".join(out)


def choseong(s):
    out = []
    for ch in s:
        d = _decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


def _selftest():
    cases = {
        "복사용지": "qhrtkdydwl", "명함": "audgka", "화환": "ghkghks",
        "떡": "Ejr", "닭갈비": "ekfrrkfql", "없어요": "djqtdjdy",
        "의자": "dmlwk", "괜찮아": "rhoscksgdk", "과자": "rhkwk", "뷁": "qnpfr",
        "값이": "rkqtdl", "앉아": "dkswdk", "읽었다": "dlfrdjTek",
    }
    for k, e in cases.items():
        assert kor2eng(k) == e, (k, kor2eng(k), e)
        assert eng2kor(e) == k, (e, eng2kor(e), k)
    assert eng2kor("rkqt") == "값"
    assert eng2kor("dkssudgktpdy") == "안녕하세요"
    assert eng2kor("근조 ghkghks") == "근조 화환"
    assert choseong("근조화환") == "ㄱㅈㅎㅎ"
    return True


if __name__ == "__main__":
    import sys
    _selftest()
    for a in sys.argv[1:]:
        print(a, "->", kor2eng(a), "|", eng2kor(a), "|", choseong(a))
    print("kbd selftest ok")
