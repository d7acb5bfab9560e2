# -*- coding: utf-8 -*-
"""두벌식(KS X 5002) 자판 변환기.

en2ko(s): 영문 자판 상태로 입력된 문자열을 한글로 조합한다(오토마타 방식:
          초성 → 중성(겹모음) → 종성(겹받침) → 다음 모음이 오면 종성 분리).
ko2en(s): 한글 문자열을 두벌식 자판에서 누르는 영문 키 순서로 바꾼다.
choseong(s): 한글 음절을 초성으로 바꾼다(그 밖의 글자는 그대로).

표준 라이브러리만 사용한다. `python3 kbd.py` 로 자체 시험을 돌린다.
"""

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ',
    'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ', 'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ',
    'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ', 'z': 'ㅋ', 'x': 'ㅌ',
    'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
# Shift 를 눌러도 모양이 같은 나머지 대문자
for _k in 'YUIASDFGHJKLZXCVBNM':
    KEY2JAMO[_k] = KEY2JAMO[_k.lower()]

JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY.setdefault(_j, _k)
# 쌍자음·ㅒㅖ 는 대문자가 유일한 입력
for _k in 'QWERTOP':
    JAMO2KEY[KEY2JAMO[_k]] = _k

CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ',
        'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ',
        'ㅍ', 'ㅎ']

VOWEL_COMB = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ',
              ('ㅜ', 'ㅓ'): 'ㅝ', ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ',
              ('ㅡ', 'ㅣ'): 'ㅢ'}
JONG_COMB = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ',
             ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ', ('ㄹ', 'ㅂ'): 'ㄼ',
             ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ',
             ('ㄹ', 'ㅎ'): 'ㅀ', ('ㅂ', 'ㅅ'): 'ㅄ'}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}


def is_vowel(j):
    return j in JUNG


def compose(cho, jung, jong=''):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28
               + JONG.index(jong))


def en2ko(text):
    out = []
    cho = jung = jong = ''   # 조합 중인 음절

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        elif cho:
            out.append(cho)
        elif jung:
            out.append(jung)
        cho = jung = jong = ''

    for ch in text:
        j = KEY2JAMO.get(ch)
        if j is None:                      # 자판 글자가 아니면 그대로
            flush()
            out.append(ch)
            continue
        if not is_vowel(j):                # 자음
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:                  # ㄸ ㅃ ㅉ 는 받침이 될 수 없음
                        flush(); cho = j
                elif (jong, j) in JONG_COMB:
                    jong = JONG_COMB[(jong, j)]
                else:
                    flush(); cho = j
            else:
                flush(); cho = j
        else:                              # 모음
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if (jung, j) in VOWEL_COMB:
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush(); jung = j
            elif cho and jung and jong:    # 받침을 다음 음절 초성으로 넘김
                if jong in JONG_SPLIT:
                    keep, move = JONG_SPLIT[jong]
                else:
                    keep, move = '', jong
                jong = keep
                flush()
                cho, jung = move, j
            elif jung and not cho:         # 모음만 있는 상태
                if (jung, j) in VOWEL_COMB:
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush(); jung = j
            else:
                jung = j
    flush()
    return ''.join(out)


def ko2en(text):
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho = CHO[code // 588]
            jung = JUNG[(code % 588) // 28]
            jong = JONG[code % 28]
            parts = [cho]
            parts += list(VOWEL_SPLIT.get(jung, (jung,)))
            if jong:
                parts += list(JONG_SPLIT.get(jong, (jong,)))
            out.append(''.join(JAMO2KEY[p] for p in parts))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        elif ch in VOWEL_SPLIT:
            out.append(''.join(JAMO2KEY[p] for p in VOWEL_SPLIT[ch]))
        elif ch in JONG_SPLIT:
            out.append(''.join(JAMO2KEY[p] for p in JONG_SPLIT[ch]))
        else:
            out.append(ch)
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        out.append(CHO[code // 588] if 0 <= code < 11172 else ch)
    return ''.join(out)


def _selftest():
    cases = {
        'dkssudgktpdy': '안녕하세요',
        'rkqt': '값',
        'rkqtdl': '값이',
        'rkqtl': '갑시',
        'dhkswjs': '완전',
        'Tkf': '쌀',
        'EjrqhRdl': '떡볶이',
        'dmlwk': '의자',
        'gksrmf': '한글',
        'qkfqrh': '밟고',
        'qkfqk': '발바',        # ㄹㅂ 겹받침이 모음을 만나 분리
        'dkfEk': '알따',        # ㄸ 는 받침 불가
    }
    for en, ko in cases.items():
        assert en2ko(en) == ko, (en, en2ko(en), ko)
    for w in ['복사용지', '앞치마', '꽃다발', '에코백', '보드게임', '물티슈',
              '한과 세트', '유기농쌀', '값싼 닭갈비', '왜 뭐 의', '읽었다']:
        assert en2ko(ko2en(w)) == w, (w, ko2en(w), en2ko(ko2en(w)))
    assert choseong('현수막 제작') == 'ㅎㅅㅁ ㅈㅈ'
    return True


if __name__ == '__main__':
    _selftest()
    print('kbd self-test ok')
    import sys
    for a in sys.argv[1:]:
        print(a, '->', en2ko(a), '|', ko2en(a))
