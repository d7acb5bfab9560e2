"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(text): 한글 -> 영문 자판 입력열
to_hangul(keys): 영문 자판 입력열 -> 한글 (오토마타)
choseong(text): 초성 추출
"""
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = ['ㅏ','ㅐ','ㅑ','ㅒ','ㅓ','ㅔ','ㅕ','ㅖ','ㅗ','ㅘ','ㅙ','ㅚ','ㅛ','ㅜ','ㅝ','ㅞ','ㅟ','ㅠ','ㅡ','ㅢ','ㅣ']
JONG = ['','ㄱ','ㄲ','ㄳ','ㄴ','ㄵ','ㄶ','ㄷ','ㄹ','ㄺ','ㄻ','ㄼ','ㄽ','ㄾ','ㄿ','ㅀ','ㅁ','ㅂ','ㅄ','ㅅ','ㅆ','ㅇ','ㅈ','ㅊ','ㅋ','ㅌ','ㅍ','ㅎ']
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y',
       'ㅜ':'n','ㅠ':'b','ㅡ':'m','ㅣ':'l'}
VCOMB = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
CCOMB = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
VJOIN = {v: k for k, v in VCOMB.items()}
CJOIN = {v: k for k, v in CCOMB.items()}
CONS = set(CHO) | set(CCOMB)


def _jamo_keys(j):
    j = VCOMB.get(j, CCOMB.get(j, j))
    return ''.join(KEY[c] for c in j)


def to_keys(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            out.append(_jamo_keys(CHO[o // 588]) + _jamo_keys(JUNG[(o % 588) // 28]) + _jamo_keys(JONG[o % 28]))
        elif ch in KEY or ch in VCOMB or ch in CCOMB:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_hangul(keys):
    """키 입력열을 두벌식 오토마타로 조합한다. 자판에 없는 문자는 그대로 둔다."""
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            if cho: out.append(cho)
            if jung: out.append(jung)
        cho = jung = jong = ''

    for k in keys:
        j = REV.get(k)
        if j is None:
            # 대문자인데 쌍자음/ㅒㅖ가 아닌 경우 소문자로 취급
            if k.isupper() and REV.get(k.lower()):
                j = REV[k.lower()]
            else:
                flush(); out.append(k); continue
        is_vowel = j in JUNG
        if not is_vowel:
            if cho and jung:
                if not jong:
                    if j in JONG: jong = j
                    else: flush(); cho = j
                else:
                    comb = CJOIN.get(jong + j)
                    if comb: jong = comb
                    else: flush(); cho = j
            elif cho and not jung:
                flush(); cho = j
            else:
                if jung: flush()
                cho = j
        else:
            if cho and jung and jong:
                # 종성을 다음 글자의 초성으로 옮김
                if jong in CCOMB:
                    a, b = CCOMB[jong]
                    jong = a; nxt = b
                else:
                    nxt = jong; jong = ''
                flush(); cho = nxt; jung = j
            elif cho and jung:
                comb = VJOIN.get(jung + j)
                if comb: jung = comb
                else: flush(); jung = j
            elif cho:
                jung = j
            else:
                if jung:
                    comb = VJOIN.get(jung + j)
                    if comb: jung = comb; continue
                    flush()
                jung = j
    flush()
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['명함', '복사용지', '가방', '화환 배달', '전통 약과 세트', '닭', '값', '읽다', '괜찮아', '의자']:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
