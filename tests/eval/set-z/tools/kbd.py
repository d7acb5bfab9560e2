# -*- coding: utf-8 -*-
"""두벌식 한영 변환기 (표준 라이브러리만 사용).

to_eng(text)    : 한글 -> 영문 자판 입력열 (한글 외 문자는 그대로)
to_hangul(text) : 영문 자판 입력열 -> 한글 (오토마타로 음절 조합; 라틴 문자 외는 그대로)
convert_mixed(text): 한글과 영문 입력열이 섞인 문자열에서 라틴 문자 구간만 한글로 바꾼다.
"""

CHO = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
JUNG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

KEY2JAMO = {
    'r': 'ㄱ', 'R': 'ㄲ', 's': 'ㄴ', 'e': 'ㄷ', 'E': 'ㄸ', 'f': 'ㄹ', 'a': 'ㅁ', 'q': 'ㅂ', 'Q': 'ㅃ',
    't': 'ㅅ', 'T': 'ㅆ', 'd': 'ㅇ', 'w': 'ㅈ', 'W': 'ㅉ', 'c': 'ㅊ', 'z': 'ㅋ', 'x': 'ㅌ', 'v': 'ㅍ', 'g': 'ㅎ',
    'k': 'ㅏ', 'o': 'ㅐ', 'i': 'ㅑ', 'O': 'ㅒ', 'j': 'ㅓ', 'p': 'ㅔ', 'u': 'ㅕ', 'P': 'ㅖ', 'h': 'ㅗ', 'y': 'ㅛ',
    'n': 'ㅜ', 'b': 'ㅠ', 'm': 'ㅡ', 'l': 'ㅣ',
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}

VOWEL_PAIRS = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
               ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
JONG_PAIRS = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
              ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
              ('ㅂ', 'ㅅ'): 'ㅄ'}
VOWEL_SPLIT = {v: k for k, v in VOWEL_PAIRS.items()}
JONG_SPLIT = {v: k for k, v in JONG_PAIRS.items()}

CONSONANTS = set(CHO) | set(JONG[1:])
VOWELS = set(JUNG)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def jamo_to_keys(j):
    if j in JAMO2KEY:
        return JAMO2KEY[j]
    if j in VOWEL_SPLIT:
        a, b = VOWEL_SPLIT[j]
        return JAMO2KEY[a] + JAMO2KEY[b]
    if j in JONG_SPLIT:
        a, b = JONG_SPLIT[j]
        return JAMO2KEY[a] + JAMO2KEY[b]
    return j


def to_eng(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, t = decompose(ch)
            out.append(jamo_to_keys(c) + jamo_to_keys(v) + (jamo_to_keys(t) if t else ''))
        elif ch in CONSONANTS or ch in VOWELS:
            out.append(jamo_to_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _key_to_jamo(ch):
    if ch in KEY2JAMO:
        return KEY2JAMO[ch]
    low = ch.lower()
    if low in KEY2JAMO:  # Shift 가 의미 없는 키는 소문자와 같다
        return KEY2JAMO[low]
    return None


def to_hangul(text):
    """오토마타: 초성/중성/종성 상태를 유지하며 키 입력을 음절로 조합한다."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong or ''))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = None

    for ch in text:
        j = _key_to_jamo(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if jong:
                # 종성을 떼어 다음 음절의 초성으로 보낸다 (겹받침이면 뒤 자음만)
                if jong in JONG_SPLIT:
                    keep, move = JONG_SPLIT[jong]
                else:
                    keep, move = '', jong
                prev_cho, prev_jung = cho, jung
                out.append(compose(prev_cho, prev_jung, keep))
                cho, jung, jong = move, j, None
            elif jung:
                if cho and (jung, j) in VOWEL_PAIRS:
                    jung = VOWEL_PAIRS[(jung, j)]
                elif not cho and (jung, j) in VOWEL_PAIRS:
                    jung = VOWEL_PAIRS[(jung, j)]
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            else:
                jung = j
        else:  # 자음
            if cho and jung:
                if jong is None:
                    if j in JONG:
                        jong = j
                    else:  # ㄸ ㅃ ㅉ 는 받침이 될 수 없다
                        flush()
                        cho = j
                else:
                    if (jong, j) in JONG_PAIRS:
                        jong = JONG_PAIRS[(jong, j)]
                    else:
                        flush()
                        cho = j
            elif cho and not jung:
                flush()
                cho = j
            elif jung and not cho:
                flush()
                cho = j
            else:
                cho = j
    flush()
    return ''.join(out)


def convert_mixed(text):
    """라틴 문자 구간만 한글로 바꾸고 나머지(한글, 숫자, 공백)는 그대로 둔다."""
    out, buf = [], []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            buf.append(ch)
        else:
            if buf:
                out.append(to_hangul(''.join(buf)))
                buf = []
            out.append(ch)
    if buf:
        out.append(to_hangul(''.join(buf)))
    return ''.join(out)


def eng_mixed(text):
    """의도한 한글 문장에서 지정 구간을 영문 입력열로 바꿀 때 쓰는 보조 함수."""
    return to_eng(text)


CHOSEONG_SET = set(CHO)


def choseong(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            out.append(decompose(ch)[0])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    tests = ['복사용지', '현수막', '화분', '단체 티셔츠', '배추김치', '수건', '통역', '잡곡', '원두커피',
             '청소 용역', '화장지', '선물세트', '만들기', '괜찮아', '닭볶음탕', '없었다', '읽기', '앉아', '쓰레받기',
             '뷁', '의자', '꽃', '값어치', '흙먼지', '뚫어뻥']
    ok = True
    for t in tests:
        e = to_eng(t)
        back = to_hangul(e)
        flag = 'OK' if back == t else 'FAIL'
        if back != t:
            ok = False
        print(f'{flag}\t{t}\t{e}\t{back}')
    print('ALL OK' if ok else 'SOME FAILED')
