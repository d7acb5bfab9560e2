"""두벌식 자판 변환기 (표준 라이브러리만 사용).
hangul_to_keys('가방') -> 'rkqkd' ; keys_to_hangul('rkqkd') -> '가방'
섞인 입력('gksdhr 체험')은 한글 부분은 그대로 두고 영문 부분만 변환한다."""
CHO = list('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ')
JUNG = list('ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ')
JONG = [''] + list('ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ')
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t',
       'ㅆ':'T','ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y',
       'ㅜ':'n','ㅠ':'b','ㅡ':'m','ㅣ':'l'}
COMP_V = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
COMP_C = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ',
          'ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
VOWELS = set(JUNG)
CONS = set(CHO)
V_JOIN = {v: k for k, v in COMP_V.items()}
C_JOIN = {v: k for k, v in COMP_C.items()}


def _jamo_keys(j):
    if j in COMP_V:
        return ''.join(KEY[x] for x in COMP_V[j])
    if j in COMP_C:
        return ''.join(KEY[x] for x in COMP_C[j])
    return KEY[j]


def hangul_to_keys(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            i = o - 0xAC00
            c, v, t = i // 588, (i % 588) // 28, i % 28
            out.append(KEY[CHO[c]] + _jamo_keys(JUNG[v]) + (_jamo_keys(JONG[t]) if t else ''))
        elif ch in KEY or ch in COMP_V or ch in COMP_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(c, v, t=''):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def _jamo_to_hangul(jamos):
    """자모 열 -> 음절 (두벌식 오토마타)."""
    out = []
    c = v = t = ''

    def flush():
        nonlocal c, v, t
        if c and v:
            out.append(_compose(c, v, t))
        else:
            out.append(c + v + t)
        c = v = t = ''

    i = 0
    n = len(jamos)
    while i < n:
        j = jamos[i]
        if j in CONS:
            if c and v and not t:
                if j in JONG:
                    t = j
                else:            # ㄸ ㅃ ㅉ 는 받침 불가
                    flush(); c = j
            elif c and v and t:
                if (t + j) in C_JOIN:
                    t = C_JOIN[t + j]
                else:
                    flush(); c = j
            elif c and not v:
                flush(); c = j
            else:
                c = j
        else:  # vowel
            if c and v and t:
                # 받침 이동
                if t in COMP_C:
                    first, second = COMP_C[t]
                    t = first
                    flush(); c = second; v = j
                else:
                    nt = t; t = ''
                    flush(); c = nt; v = j
            elif c and v:
                if (v + j) in V_JOIN:
                    v = V_JOIN[v + j]
                else:
                    flush(); v = j
            elif c:
                v = j
            else:
                if v and (v + j) in V_JOIN:
                    v = V_JOIN[v + j]
                else:
                    if v:
                        flush()
                    v = j
        i += 1
    flush()
    return ''.join(out)


def keys_to_hangul(s):
    """영문 자판 입력을 한글로. 영문 이외 문자(한글, 숫자, 공백)는 그대로 둔다."""
    out = []
    buf = []
    for ch in s:
        k = ch if ch in REV else ch.lower() if ch.lower() in REV else None
        if k is not None and ch.isascii() and ch.isalpha():
            buf.append(REV[k])
        else:
            if buf:
                out.append(_jamo_to_hangul(buf)); buf = []
            out.append(ch)
    if buf:
        out.append(_jamo_to_hangul(buf))
    return ''.join(out)


def choseong(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['가방', '한옥 체험', '복싱글러브', '닭갈비', '읽기', '의자', '꽃밭', '없어', '괜찮아', '핸드랩', '요가매트']:
        k = hangul_to_keys(w)
        back = keys_to_hangul(k)
        print(w, k, back, 'OK' if back == w else 'FAIL')
    print(keys_to_hangul('gksdhr 체험'))
