# -*- coding: utf-8 -*-
"""두벌식 자판 변환기 (표준 라이브러리만 사용).

- hangul_to_keys(s): 한글 문자열 -> 영문 자판 입력열 (한글이 아닌 글자는 그대로)
- keys_to_hangul(s): 영문 자판 입력열 -> 한글 (오토마타로 음절 조합)
- mixed_to_hangul(s): 한글과 영문 입력이 섞인 문자열에서 영문 알파벳 구간만 변환
- choseong(s): 한글 음절의 초성만 뽑기

python3 tools/kbd.py 로 실행하면 자체 점검을 한다.
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
# 나머지 대문자는 소문자와 같은 자모
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]
JAMO2KEY = {}
for _k, _j in KEY2JAMO.items():
    if _k.islower() or _j not in JAMO2KEY:
        JAMO2KEY.setdefault(_j, _k)
# 쌍자음, ㅒ, ㅖ 는 Shift 키
for _k in 'QWERTOP':
    JAMO2KEY[KEY2JAMO[_k]] = _k

VOWELS = set(JUNG)
COMP_V = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
          ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
COMP_F = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
          ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
          ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT_V = {v: k for k, v in COMP_V.items()}
SPLIT_F = {v: k for k, v in COMP_F.items()}


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def hangul_to_keys(s):
    out = []
    for ch in s:
        if is_syllable(ch):
            c, v, f = decompose(ch)
            out.append(JAMO2KEY[c])
            for x in SPLIT_V.get(v, (v,)):
                out.append(JAMO2KEY[x])
            if f:
                for x in SPLIT_F.get(f, (f,)):
                    out.append(JAMO2KEY[x])
        elif ch in SPLIT_V:
            out.extend(JAMO2KEY[x] for x in SPLIT_V[ch])
        elif ch in SPLIT_F:
            out.extend(JAMO2KEY[x] for x in SPLIT_F[ch])
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return ''.join(out)


class _Automaton:
    """두벌식 조합 오토마타. 상태: 초성, 중성, 종성(겹받침은 튜플로 기억)."""

    def __init__(self):
        self.out = []
        self.cho = self.jung = None
        self.jong = []  # 종성을 이루는 자모 0~2개

    def flush(self):
        if self.cho and self.jung:
            f = ''
            if len(self.jong) == 2:
                f = COMP_F[tuple(self.jong)]
            elif len(self.jong) == 1:
                f = self.jong[0]
            self.out.append(compose(self.cho, self.jung, f))
        elif self.cho:
            self.out.append(self.cho)
        elif self.jung:
            self.out.append(self.jung)
        self.cho = self.jung = None
        self.jong = []

    def consonant(self, c):
        if self.cho and self.jung:
            if not self.jong:
                if c in JONG:
                    self.jong = [c]
                    return
            elif len(self.jong) == 1 and (self.jong[0], c) in COMP_F:
                self.jong.append(c)
                return
        self.flush()
        self.cho = c

    def vowel(self, v):
        if self.cho and self.jung and self.jong:
            moved = self.jong.pop()
            self.flush()
            self.cho, self.jung = moved, v
            return
        if self.jung and not self.jong and (self.jung, v) in COMP_V:
            self.jung = COMP_V[(self.jung, v)]
            return
        if self.cho and not self.jung:
            self.jung = v
            return
        self.flush()
        self.jung = v

    def other(self, ch):
        self.flush()
        self.out.append(ch)

    def result(self):
        self.flush()
        return ''.join(self.out)


def keys_to_hangul(s):
    a = _Automaton()
    for ch in s:
        j = KEY2JAMO.get(ch)
        if j is None:
            a.other(ch)
        elif j in VOWELS:
            a.vowel(j)
        else:
            a.consonant(j)
    return a.result()


def mixed_to_hangul(s):
    """영문 알파벳 구간만 한글로 조합하고 한글·숫자·기호는 그대로 둔다."""
    out, buf = [], []
    for ch in s + '\0':
        if ch.isascii() and ch.isalpha():
            buf.append(ch)
        else:
            if buf:
                out.append(keys_to_hangul(''.join(buf)))
                buf = []
            out.append(ch)
    return ''.join(out[:-1])


def mixed_to_keys(s, convert_words):
    """s 안의 convert_words(한글 단어들)만 영문 입력열로 바꾼다."""
    for w in convert_words:
        s = s.replace(w, hangul_to_keys(w))
    return s


def choseong(s):
    out = []
    for ch in s:
        if is_syllable(ch):
            out.append(decompose(ch)[0])
        else:
            out.append(ch)
    return ''.join(out)


def _selftest():
    cases = {
        '복사용지': 'qhrtkdydwl', '현수막': 'gustnakr', '닭갈비': 'ekfrrkfql', '값싼': 'rkqtTks',
        '왜': 'dho', '의자': 'dmlwk', '뚫어': 'Enfgdj', '괜찮아': 'rhoscksgdk', '없어요': 'djqtdjdy',
        '앉아': 'dkswdk', '읽기': 'dlfrrl', '쀍': 'Qnpfr', '예쁜': 'dPQms',
    }
    for h, k in cases.items():
        assert hangul_to_keys(h) == k, (h, hangul_to_keys(h), k)
        assert keys_to_hangul(k) == h, (k, keys_to_hangul(k), h)
    # 조합 규칙: 받침이 다음 모음으로 넘어감, 겹받침 분리
    assert keys_to_hangul('dkssudgktpdy') == '안녕하세요'
    assert keys_to_hangul('rkqtdl') == '값이'
    assert keys_to_hangul('rk') == '가'
    assert keys_to_hangul('rrr') == 'ㄱㄱㄱ'
    assert keys_to_hangul('hk') == 'ㅘ'
    assert mixed_to_hangul('명절 tjsanftpxm 20개') == '명절 선물세트 20개'
    assert choseong('복사용지 제작') == 'ㅂㅅㅇㅈ ㅈㅈ'
    print('kbd selftest ok')


if __name__ == '__main__':
    _selftest()
