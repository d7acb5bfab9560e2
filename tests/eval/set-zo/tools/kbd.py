"""두벌식(표준) 자판 변환기 — 한글 <-> 영문 자판 입력.

hangul_to_keys('복사용지')  -> 'qhrtkdydwl'
keys_to_hangul('qhrtkdydwl') -> '복사용지'   (오토마타로 음절 조합)
입력 안의 한글·숫자·공백 등 자판 키가 아닌 글자는 그대로 통과한다.
표준 라이브러리만 사용.
"""

CHO = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
JUNG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
# Shift 를 눌러도 쌍자음/ㅒㅖ가 아닌 키는 소문자와 같은 자모가 나온다.
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _k.islower() or _j not in JAMO2KEY:
        JAMO2KEY.setdefault(_j, _k)
# 쌍자음·ㅒㅖ는 대문자 키로
for _k in 'QWERTOP':
    JAMO2KEY[KEY2JAMO[_k]] = _k

VOWEL_PAIRS = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
               ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
FINAL_PAIRS = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ',
               ('ㄹ', 'ㅁ'): 'ㄻ', ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ',
               ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ', ('ㅂ', 'ㅅ'): 'ㅄ'}
VOWEL_SPLIT = {v: k for k, v in VOWEL_PAIRS.items()}
FINAL_SPLIT = {v: k for k, v in FINAL_PAIRS.items()}
VOWELS = set(JUNG)
CONSONANTS = set(CHO) | set(j for j in JONG if j)


def is_syllable(ch):
    return '\uac00' <= ch <= '\ud7a3'


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def _jamo_keys(j):
    if j in VOWEL_SPLIT:
        return ''.join(JAMO2KEY[x] for x in VOWEL_SPLIT[j])
    if j in FINAL_SPLIT:
        return ''.join(JAMO2KEY[x] for x in FINAL_SPLIT[j])
    return JAMO2KEY[j]


def hangul_to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            cho, jung, jong = decompose(ch)
            out.append(_jamo_keys(cho) + _jamo_keys(jung) + (_jamo_keys(jong) if jong else ''))
        elif ch in JAMO2KEY or ch in VOWEL_SPLIT or ch in FINAL_SPLIT:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def keys_to_hangul(keys):
    """두벌식 오토마타. 초성/중성/종성 상태를 두고, 모음이 오면 앞 음절의 종성을 떼어 온다."""
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ''

    for ch in keys:
        j = KEY2JAMO.get(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if jong:
                if jong in FINAL_SPLIT:
                    keep, move = FINAL_SPLIT[jong]
                else:
                    keep, move = '', jong
                jong = keep
                flush()
                cho, jung = move, j
            elif jung:
                pair = VOWEL_PAIRS.get((jung, j))
                if pair:
                    jung = pair
                else:
                    flush()
                    jung = j
            else:
                jung = j
        else:  # 자음
            if jong:
                pair = FINAL_PAIRS.get((jong, j))
                if pair:
                    jong = pair
                else:
                    flush()
                    cho = j
            elif jung and cho:
                if j in JONG:
                    jong = j
                else:  # ㄸ ㅃ ㅉ 은 받침이 될 수 없다
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return ''.join(out)


CHOSEONG_SET = set(CHO)


def choseong(text):
    return ''.join(decompose(c)[0] if is_syllable(c) else c for c in text)


if __name__ == '__main__':
    import sys
    samples = ['복사용지', '꽃다발', '원두', '괜찮아요', '닭갈비', '없어요', '뷁', '의자', '값싼', '어린이 간식', '앉다', '뚫어뻥']
    bad = 0
    for s in samples:
        k = hangul_to_keys(s)
        back = keys_to_hangul(k)
        ok = back == s
        bad += not ok
        print(s, k, back, 'OK' if ok else 'FAIL')
    for a in sys.argv[1:]:
        print(a, '->', keys_to_hangul(a), '/', hangul_to_keys(a))
    sys.exit(1 if bad else 0)
