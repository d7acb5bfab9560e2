"""두벌식 자판 변환기 (표준 라이브러리만 사용).

- hangul_to_keys(s): 한글 문자열을 두벌식 자판에서 누르는 영문 키 문자열로 바꾼다.
- keys_to_hangul(s): 영문 키 입력을 두벌식 오토마타로 조합해 한글로 바꾼다.
  (겹받침 분리, 도깨비불 현상, 복모음 조합 처리)
- convert_mixed(s): 한글과 영문 키가 섞인 입력에서 영문 덩어리만 한글로 바꾼다.
- choseong(s): 한글 음절의 초성만 뽑는다 (한글이 아닌 글자는 그대로).
"""

CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY2JAMO = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ", "o": "ㅐ", "p": "ㅔ",
    "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ", "j": "ㅓ", "k": "ㅏ", "l": "ㅣ",
    "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ", "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

VOWEL_COMB = {
    ("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
JONG_COMB = {
    ("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ",
}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}
CONSONANTS = set(CHO)
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")


def _is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def hangul_to_keys(s):
    out = []
    for ch in s:
        if _is_syllable(ch):
            c, v, f = decompose(ch)
            out.append(JAMO2KEY[c])
            for part in VOWEL_SPLIT.get(v, (v,)):
                out.append(JAMO2KEY[part])
            if f:
                for part in JONG_SPLIT.get(f, (f,)):
                    out.append(JAMO2KEY[part])
        elif ch in VOWEL_SPLIT:
            out.extend(JAMO2KEY[p] for p in VOWEL_SPLIT[ch])
        elif ch in JONG_SPLIT:
            out.extend(JAMO2KEY[p] for p in JONG_SPLIT[ch])
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def _compose(cho, jung, jong):
    if cho and jung:
        return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong or ""))
    return (cho or "") + (jung or "") + (jong or "")


def keys_to_hangul(s):
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho or jung or jong:
            out.append(_compose(cho, jung, jong))
        cho = jung = jong = None

    for key in s:
        j = KEY2JAMO.get(key)
        if j is None and key.isalpha() and key.isascii():
            j = KEY2JAMO.get(key.lower())
        if j is None:
            flush()
            out.append(key)
            continue
        if j in CONSONANTS:
            if cho and jung and not jong:
                if j in JONG:
                    jong = j
                else:
                    flush(); cho = j
            elif cho and jung and jong:
                comb = JONG_COMB.get((jong, j))
                if comb:
                    jong = comb
                else:
                    flush(); cho = j
            else:
                flush(); cho = j
        else:  # vowel
            if cho and not jung:
                jung = j
            elif jung and not jong:
                comb = VOWEL_COMB.get((jung, j))
                if comb:
                    jung = comb
                else:
                    flush(); jung = j
            elif cho and jung and jong:
                if jong in JONG_SPLIT:
                    first, second = JONG_SPLIT[jong]
                    jong = first
                    flush(); cho = second; jung = j
                else:
                    moved = jong
                    jong = None
                    flush(); cho = moved; jung = j
            else:
                flush(); jung = j
    flush()
    return "".join(out)


def convert_mixed(s):
    """영문 글자 덩어리만 두벌식으로 조합하고 나머지(한글, 숫자, 공백)는 그대로 둔다."""
    out, buf = [], []
    for ch in s:
        if ch.isascii() and ch.isalpha():
            buf.append(ch)
        else:
            if buf:
                out.append(keys_to_hangul("".join(buf))); buf = []
            out.append(ch)
    if buf:
        out.append(keys_to_hangul("".join(buf)))
    return "".join(out)


def choseong(s):
    return "".join(decompose(ch)[0] if _is_syllable(ch) else ch for ch in s)


if __name__ == "__main__":
    tests = ["복사용지", "값이", "국수", "닭알", "뷁", "의자", "왜곡", "괜찮아요", "읽기", "앉아", "쌍꺼풀", "훠궈",
             "손소독제", "꽃다발", "공기정화식물"]
    for t in tests:
        k = hangul_to_keys(t)
        back = keys_to_hangul(k)
        print(t, k, back, "OK" if back == t else "FAIL")
    print(choseong("명함 제작"))
