# -*- coding: utf-8 -*-
"""두벌식 자판 변환기 (표준 라이브러리만 사용).

ko2en(text): 한글 → 영문 자판 상태에서 같은 키를 눌렀을 때 나오는 글자
en2ko(text): 영문 키 입력 → 두벌식 오토마타로 조합한 한글 (한글·숫자·기호는 그대로 통과)
choseong(text): 한글 음절을 초성으로 바꾼 문자열

python3 kbd.py  → 자체 점검(왕복 변환) 실행
"""

CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
        'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
# Shift 를 눌러도 모양이 같은 키(대문자)는 소문자와 같은 자모
for _k in 'YUIASDFGHJKLZXCVBNM':
    KEY2JAMO[_k] = KEY2JAMO[_k.lower()]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _j not in JAMO2KEY or _k.islower():
        JAMO2KEY.setdefault(_j, _k)
# 쌍자음·ㅒㅖ 는 대문자로
for _j, _k in {'ㅃ': 'Q', 'ㅉ': 'W', 'ㄸ': 'E', 'ㄲ': 'R', 'ㅆ': 'T', 'ㅒ': 'O', 'ㅖ': 'P'}.items():
    JAMO2KEY[_j] = _k

COMP_VOWEL = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
              ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
COMP_JONG = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
             ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
             ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT_VOWEL = {v: k for k, v in COMP_VOWEL.items()}
SPLIT_JONG = {v: k for k, v in COMP_JONG.items()}
VOWELS = set(JUNG)
CONSONANTS = set(CHO) | {j for j in JONG if j}


def is_syllable(ch):
    return '가' <= ch <= '힣'


def compose(cho, jung, jong=''):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def jamo_to_keys(j):
    if j in SPLIT_VOWEL:
        return ''.join(JAMO2KEY[x] for x in SPLIT_VOWEL[j])
    if j in SPLIT_JONG:
        return ''.join(JAMO2KEY[x] for x in SPLIT_JONG[j])
    return JAMO2KEY[j]


def ko2en(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            c, v, t = decompose(ch)
            out.append(jamo_to_keys(c) + jamo_to_keys(v) + (jamo_to_keys(t) if t else ''))
        elif ch in JAMO2KEY or ch in SPLIT_VOWEL or ch in SPLIT_JONG:
            out.append(jamo_to_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


class _Automaton:
    """두벌식 조합 오토마타. 상태: 초성(cho), 중성(jung), 종성(jong)."""

    def __init__(self):
        self.out = []
        self.cho = self.jung = self.jong = ''

    def flush(self):
        if self.cho and self.jung:
            self.out.append(compose(self.cho, self.jung, self.jong))
        elif self.cho:
            self.out.append(self.cho)
        elif self.jung:
            self.out.append(self.jung)
        self.cho = self.jung = self.jong = ''

    def consonant(self, c):
        if self.cho and self.jung:
            if not self.jong:
                if c in JONG:  # ㄸ ㅃ ㅉ 는 받침 불가
                    self.jong = c
                    return
            elif (self.jong, c) in COMP_JONG:
                self.jong = COMP_JONG[(self.jong, c)]
                return
        self.flush()
        self.cho = c

    def vowel(self, v):
        if self.cho and not self.jung:
            self.jung = v
            return
        if self.cho and self.jung and not self.jong:
            if (self.jung, v) in COMP_VOWEL:
                self.jung = COMP_VOWEL[(self.jung, v)]
                return
            self.flush()
            self.jung = v
            return
        if self.cho and self.jung and self.jong:
            # 받침이 다음 음절의 초성으로 넘어감 (겹받침이면 뒤쪽만)
            if self.jong in SPLIT_JONG:
                keep, move = SPLIT_JONG[self.jong]
            else:
                keep, move = '', self.jong
            self.jong = keep
            self.flush()
            self.cho, self.jung = move, v
            return
        if not self.cho and self.jung:
            if (self.jung, v) in COMP_VOWEL:
                self.jung = COMP_VOWEL[(self.jung, v)]
                return
            self.flush()
            self.jung = v
            return
        self.jung = v

    def other(self, ch):
        self.flush()
        self.out.append(ch)

    def result(self):
        self.flush()
        return ''.join(self.out)


def en2ko(text):
    a = _Automaton()
    for ch in text:
        j = KEY2JAMO.get(ch)
        if j is None:
            a.other(ch)
        elif j in VOWELS:
            a.vowel(j)
        else:
            a.consonant(j)
    return a.result()


def choseong(text):
    return ''.join(decompose(ch)[0] if is_syllable(ch) else ch for ch in text)


def _selftest():
    samples = ['복사용지', '현수막', '꽃다발', '백설기', '에코백', '화분', '방역소독', '수건', '명함 제작',
               '친환경 세제', '원두 커피', '닭볶음탕', '없어', '앉아', '괜찮아요', '의자', '읽기', '값어치',
               '뷁', '쓰레빠', '뚫어뻥', '외국인 관광객', '짜장면', '왜 이래']
    bad = 0
    for s in samples:
        e = ko2en(s)
        back = en2ko(e)
        ok = back == s
        bad += not ok
        print(('OK ' if ok else 'BAD'), s, e, back)
    assert en2ko('dkssudgktpdy') == '안녕하세요'
    assert en2ko('gksrmf') == '한글'
    assert en2ko('rkqt') == '값'
    assert en2ko('dkswdk') == '앉아'
    assert choseong('복사용지') == 'ㅂㅅㅇㅈ'
    print('failures:', bad)
    return bad == 0


if __name__ == '__main__':
    import sys
    sys.exit(0 if _selftest() else 1)
