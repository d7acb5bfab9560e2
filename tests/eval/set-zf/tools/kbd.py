"""두벌식(표준 2벌식) 자판 변환기.

- to_qwerty(s): 한글 -> 영문 자판 상태에서 같은 키를 눌렀을 때의 문자열
- to_hangul(s): 영문 자판 상태로 입력된 문자열 -> 두벌식 오토마타로 조합한 한글
  (이미 한글인 글자, 숫자, 공백, 기호는 그대로 둔다)
- choseong(s): 한글 음절을 초성(호환 자모)으로 바꾼다.
표준 라이브러리만 사용.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ",
        "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    'r': 'ㄱ', 'R': 'ㄲ', 's': 'ㄴ', 'e': 'ㄷ', 'E': 'ㄸ', 'f': 'ㄹ', 'a': 'ㅁ', 'q': 'ㅂ',
    'Q': 'ㅃ', 't': 'ㅅ', 'T': 'ㅆ', 'd': 'ㅇ', 'w': 'ㅈ', 'W': 'ㅉ', 'c': 'ㅊ', 'z': 'ㅋ',
    'x': 'ㅌ', 'v': 'ㅍ', 'g': 'ㅎ',
    'k': 'ㅏ', 'o': 'ㅐ', 'i': 'ㅑ', 'O': 'ㅒ', 'j': 'ㅓ', 'p': 'ㅔ', 'u': 'ㅕ', 'P': 'ㅖ',
    'h': 'ㅗ', 'y': 'ㅛ', 'n': 'ㅜ', 'b': 'ㅠ', 'm': 'ㅡ', 'l': 'ㅣ',
}
# 시프트가 의미 없는 대문자는 소문자와 같은 자모
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _v in KEY2JAMO.items():
    if _v not in JAMO2KEY or _k.islower() and JAMO2KEY[_v].isupper() and _v not in "ㄲㄸㅃㅆㅉㅒㅖ":
        JAMO2KEY[_v] = _k
# 쌍자음/ㅒㅖ 는 반드시 대문자
for _j, _k in {'ㄲ': 'R', 'ㄸ': 'E', 'ㅃ': 'Q', 'ㅆ': 'T', 'ㅉ': 'W', 'ㅒ': 'O', 'ㅖ': 'P'}.items():
    JAMO2KEY[_j] = _k

VOWEL_COMB = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
              ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
JONG_COMB = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ',
             ('ㄹ', 'ㅁ'): 'ㄻ', ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ',
             ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ', ('ㅂ', 'ㅅ'): 'ㅄ'}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}

CONSONANTS = set(CHO)
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def decompose(ch):
    n = ord(ch) - 0xAC00
    return CHO[n // 588], JUNG[(n % 588) // 28], JONG[n % 28]


def to_qwerty(s):
    out = []
    for ch in s:
        if is_syllable(ch):
            c, v, f = decompose(ch)
            jamos = [c] + list(VOWEL_SPLIT.get(v, (v,))) + (list(JONG_SPLIT.get(f, (f,))) if f else [])
        elif ch in JAMO2KEY or ch in VOWEL_SPLIT or ch in JONG_SPLIT:
            jamos = list(VOWEL_SPLIT.get(ch, JONG_SPLIT.get(ch, (ch,))))
        else:
            out.append(ch)
            continue
        out.extend(JAMO2KEY[j] for j in jamos)
    return "".join(out)


def _automaton(jamos):
    """자모 열을 두벌식 오토마타로 조합한다."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong or ""))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = None

    for j in jamos:
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
            if cho and jung and jong:
                if jong in JONG_SPLIT:
                    first, second = JONG_SPLIT[jong]
                    jong = first
                    flush(); cho = second; jung = j
                else:
                    moved = jong
                    jong = None
                    flush(); cho = moved; jung = j
            elif cho and jung:
                comb = VOWEL_COMB.get((jung, j))
                if comb:
                    jung = comb
                else:
                    flush(); jung = j
            elif cho:
                jung = j
            else:
                if jung and VOWEL_COMB.get((jung, j)):
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush(); jung = j
    flush()
    return "".join(out)


def to_hangul(s):
    out = []
    buf = []
    for ch in s:
        if ch in KEY2JAMO:
            buf.append(KEY2JAMO[ch])
        else:
            if buf:
                out.append(_automaton(buf)); buf = []
            out.append(ch)
    if buf:
        out.append(_automaton(buf))
    return "".join(out)


def choseong(s):
    return "".join(decompose(ch)[0] if is_syllable(ch) else ch for ch in s)


def is_jamo_token(tok):
    return bool(tok) and all(ch in CONSONANTS for ch in tok)


if __name__ == "__main__":
    tests = ["복사용지", "생존배낭", "고양이 모래", "주방세제", "꽃다발", "퇴비", "놀이매트",
             "포장 박스", "선물 세트", "아이들 그림책", "온열 찜질팩", "닭갈비", "읽기", "없어요",
             "뷁", "의자", "왜", "쓰레기", "값어치", "앉아", "많이", "괜찮아요", "삶은 계란"]
    bad = 0
    for t in tests:
        q = to_qwerty(t)
        back = to_hangul(q)
        ok = back == t
        bad += not ok
        print(("OK " if ok else "BAD"), t, q, back)
    print("choseong:", choseong("도시락 고추 모종"))
    print("failures:", bad)
