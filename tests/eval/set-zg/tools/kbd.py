"""두벌식 한/영 변환기 (표준 라이브러리만 사용).

- to_eng(한글문자열): 한글 음절/자모를 두벌식 자판에서 누르는 영문 키로 바꾼다.
- to_kor(영문문자열): 영문 모드로 잘못 친 글자를 두벌식 오토마타로 조합해 한글로 되돌린다.
  (겹모음 ㅘ/ㅙ/ㅚ/ㅝ/ㅞ/ㅟ/ㅢ, 겹받침 ㄳ/ㄵ/ㄶ/ㄺ/ㄻ/ㄼ/ㄽ/ㄾ/ㄿ/ㅀ/ㅄ,
   받침 뒤 모음이 오면 받침을 다음 음절 초성으로 넘기는 규칙 포함)
- choseong(문자열): 한글 음절을 초성으로 바꾸고 나머지 글자는 그대로 둔다.
"""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
for _k in "YUIASDFGHJKLZXCVBNM":
    KEY2JAMO[_k] = KEY2JAMO[_k.lower()]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY.setdefault(_j, _k)
# 쌍자음/ㅒ/ㅖ 는 Shift 키
for _k in "QWERTOP":
    JAMO2KEY[KEY2JAMO[_k]] = _k

VOWEL_COMB = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
              ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
JONG_COMB = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
             ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
             ('ㅂ', 'ㅅ'): 'ㅄ'}
VOWEL_SPLIT = {v: a + b for (a, b), v in VOWEL_COMB.items()}
JONG_SPLIT = {v: (a, b) for (a, b), v in JONG_COMB.items()}
VOWELS = set(JUNG)


def decompose(s):
    """한글 음절을 두벌식 입력 순서의 낱자 목록으로 푼다."""
    out = []
    for ch in s:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, jung, jong = code // 588, (code % 588) // 28, code % 28
            out.append(CHO[cho])
            v = JUNG[jung]
            out.extend(VOWEL_SPLIT.get(v, v))
            j = JONG[jong]
            if j:
                out.extend(JONG_SPLIT.get(j, (j,)))
        elif ch in VOWEL_SPLIT:
            out.extend(VOWEL_SPLIT[ch])
        elif ch in JONG_SPLIT:
            out.extend(JONG_SPLIT[ch])
        else:
            out.append(ch)
    return out


def to_eng(s):
    return "".join(JAMO2KEY.get(j, j) for j in decompose(s))


def _compose(cho, jung, jong):
    if cho and jung:
        return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong or ""))
    return (cho or "") + (jung or "") + (jong or "")


def to_kor(s):
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho or jung or jong:
            out.append(_compose(cho, jung, jong))
        cho = jung = jong = None

    for ch in s:
        j = KEY2JAMO.get(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if jong:  # 받침을 다음 음절 초성으로 넘긴다
                if jong in JONG_SPLIT:
                    keep, move = JONG_SPLIT[jong]
                else:
                    keep, move = None, jong
                jong = keep
                flush()
                cho, jung = move, j
            elif jung:
                comb = VOWEL_COMB.get((jung, j))
                if comb:
                    jung = comb
                else:
                    flush()
                    jung = j
            else:
                jung = j  # 초성이 있으면 결합, 없으면 홀모음
        else:  # 자음
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ 은 받침이 될 수 없다
                    flush()
                    cho = j
            elif cho and jung and jong:
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


def choseong(s):
    out = []
    for ch in s:
        code = ord(ch) - 0xAC00
        out.append(CHO[code // 588] if 0 <= code < 11172 else ch)
    return "".join(out)


if __name__ == "__main__":
    tests = ["현수막", "물티슈", "꽃다발", "닭갈비", "읽어요", "괜찮아", "앉아", "값어치", "의자", "뷁"]
    for t in tests:
        e = to_eng(t)
        back = to_kor(e)
        print(t, e, back, "OK" if back == t else "FAIL")
    assert to_kor("dkssudgktpdy") == "안녕하세요"
    assert to_kor("rkqt") == "값"
    assert to_kor("rkqtdl") == "값이"
    print("self-test passed")
