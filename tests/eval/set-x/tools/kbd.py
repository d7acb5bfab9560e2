"""두벌식(KS X 5002) 한글 <-> 영문 자판 변환기 (표준 라이브러리만 사용).

to_keys(s):   한글을 영문 모드에서 같은 키를 눌렀을 때 나오는 글자로 바꾼다.
to_hangul(s): 영문 모드로 잘못 친 글자를 한글 오토마타로 다시 조합한다.
              (한글이나 숫자·기호는 그대로 통과시킨다.)
choseong(s):  음절마다 초성만 뽑는다(한글 음절이 아닌 글자는 그대로).
"""

CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ',
        'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ',
        'ㅍ', 'ㅎ']

KEY_OF = {
    'ㅂ': 'q', 'ㅈ': 'w', 'ㄷ': 'e', 'ㄱ': 'r', 'ㅅ': 't', 'ㅛ': 'y', 'ㅕ': 'u',
    'ㅑ': 'i', 'ㅐ': 'o', 'ㅔ': 'p', 'ㅁ': 'a', 'ㄴ': 's', 'ㅇ': 'd', 'ㄹ': 'f',
    'ㅎ': 'g', 'ㅗ': 'h', 'ㅓ': 'j', 'ㅏ': 'k', 'ㅣ': 'l', 'ㅋ': 'z', 'ㅌ': 'x',
    'ㅊ': 'c', 'ㅍ': 'v', 'ㅠ': 'b', 'ㅜ': 'n', 'ㅡ': 'm',
    'ㅃ': 'Q', 'ㅉ': 'W', 'ㄸ': 'E', 'ㄲ': 'R', 'ㅆ': 'T', 'ㅒ': 'O', 'ㅖ': 'P',
}
JAMO_OF = {v: k for k, v in KEY_OF.items()}

# 겹모음·겹받침 분해
VOWEL_SPLIT = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ',
               'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ'}
FINAL_SPLIT = {'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ',
               'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ', 'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ',
               'ㅄ': 'ㅂㅅ'}
VOWEL_JOIN = {v: k for k, v in VOWEL_SPLIT.items()}
FINAL_JOIN = {v: k for k, v in FINAL_SPLIT.items()}
VOWELS = set(JUNG)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    n = ord(ch) - 0xAC00
    return CHO[n // 588], JUNG[(n % 588) // 28], JONG[n % 28]


def compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_keys(s):
    out = []
    for ch in s:
        if is_syllable(ch):
            c, v, f = decompose(ch)
            seq = c + VOWEL_SPLIT.get(v, v) + FINAL_SPLIT.get(f, f)
            out.append(''.join(KEY_OF[j] for j in seq))
        elif ch in KEY_OF:
            out.append(KEY_OF[ch])
        elif ch in VOWEL_SPLIT:
            out.append(''.join(KEY_OF[j] for j in VOWEL_SPLIT[ch]))
        elif ch in FINAL_SPLIT:
            out.append(''.join(KEY_OF[j] for j in FINAL_SPLIT[ch]))
        else:
            out.append(ch)
    return ''.join(out)


def _jamo_of_key(ch):
    if ch in JAMO_OF:
        return JAMO_OF[ch]
    low = ch.lower()
    if ch.isupper() and low in JAMO_OF:   # Shift가 의미 없는 키는 소문자와 같다
        return JAMO_OF[low]
    return None


def to_hangul(s):
    """영문 자판 입력을 두벌식 오토마타로 조합한다."""
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = ''

    for ch in s:
        j = _jamo_of_key(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if jong:
                # 받침이 다음 음절 초성으로 넘어간다(겹받침이면 뒤쪽만)
                if jong in FINAL_SPLIT:
                    keep, move = FINAL_SPLIT[jong]
                    jong = keep
                else:
                    move = jong
                    jong = ''
                flush()
                cho, jung = move, j
            elif jung:
                if (jung + j) in VOWEL_JOIN:
                    jung = VOWEL_JOIN[jung + j]
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            else:
                jung = j
        else:  # 자음
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:               # ㄸ ㅃ ㅉ 은 받침이 될 수 없다
                        flush()
                        cho = j
                elif (jong + j) in FINAL_JOIN:
                    jong = FINAL_JOIN[jong + j]
                else:
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return ''.join(out)


def choseong(s):
    return ''.join(decompose(ch)[0] if is_syllable(ch) else ch for ch in s)


def _self_test():
    import random
    words = ['물티슈', '방역', '트로피', '액자', '한지 공예', '장바구니', '상장 케이스',
             '독서대', '신문', '조끼', '배너', '괜찮아', '닭갈비', '읽었다', '앉아서',
             '값어치', '뷁', '똠방', '외워라', '의자', '쀍', '없었다', '짧아', '넓은', '훑어']
    for w in words:
        k = to_keys(w)
        assert to_hangul(k) == w, (w, k, to_hangul(k))
    rnd = random.Random(7)
    for _ in range(20000):
        n = rnd.randint(1, 5)
        w = ''.join(chr(0xAC00 + rnd.randrange(11172)) for _ in range(n))
        k = to_keys(w)
        back = to_hangul(k)
        # 받침 뒤에 모음으로 시작하는 음절은 없으므로(초성 ㅇ 포함) 항상 복원되어야 한다
        assert back == w, (w, k, back)
    assert to_keys('물티슈') == 'anfxltb'
    assert to_hangul('dkssudgktpdy') == '안녕하세요'
    assert choseong('복사용지') == 'ㅂㅅㅇㅈ'
    return True


if __name__ == '__main__':
    print('self test', _self_test())
