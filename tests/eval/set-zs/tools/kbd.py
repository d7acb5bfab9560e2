"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys('가방') -> 'rkqkd' ; to_hangul('rkqkd') -> '가방'
"""
CHO = list('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ')
JUNG = list('ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ')
JONG = [''] + list('ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ')
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y','ㅜ':'n',
       'ㅠ':'b','ㅡ':'m','ㅣ':'l'}
COMP_V = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
COMP_C = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ',
          'ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
V_JOIN = {v: k for k, v in COMP_V.items()}
C_JOIN = {v: k for k, v in COMP_C.items()}
CONS = set(CHO) | set(COMP_C)
VOWS = set(JUNG)


def jamo_keys(j):
    if j in COMP_V:
        return ''.join(KEY[x] for x in COMP_V[j])
    if j in COMP_C:
        return ''.join(KEY[x] for x in COMP_C[j])
    return KEY.get(j, j)


def to_keys(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            cho, jung, jong = c // 588, (c % 588) // 28, c % 28
            out.append(jamo_keys(CHO[cho]) + jamo_keys(JUNG[jung]) + (jamo_keys(JONG[jong]) if jong else ''))
        else:
            out.append(jamo_keys(ch))
    return ''.join(out)


def _compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_hangul(keys):
    """두벌식 오토마타: 키 입력열 -> 한글. 자판에 없는 문자는 그대로 둔다."""
    # 대문자는 쌍자음/ㅒㅖ 외에는 소문자로 취급 (Shift 무시)
    seq = []
    for k in keys:
        if k in REV:
            seq.append(REV[k])
        elif k.lower() in REV:
            seq.append(REV[k.lower()])
        else:
            seq.append(k)
    out = []
    i, n = 0, len(seq)
    isC = lambda x: x in CHO
    isV = lambda x: x in VOWS
    while i < n:
        a = seq[i]
        if isC(a) and i + 1 < n and isV(seq[i + 1]):
            cho = a
            v = seq[i + 1]
            i += 2
            if i < n and isV(seq[i]) and (v + seq[i]) in V_JOIN:
                v = V_JOIN[v + seq[i]]
                i += 1
            jong = ''
            if i < n and isC(seq[i]) and seq[i] in JONG and not (i + 1 < n and isV(seq[i + 1])):
                jong = seq[i]
                i += 1
                if i < n and isC(seq[i]) and (jong + seq[i]) in C_JOIN and not (i + 1 < n and isV(seq[i + 1])):
                    jong = C_JOIN[jong + seq[i]]
                    i += 1
            out.append(_compose(cho, v, jong))
        elif isV(a):
            if i + 1 < n and isV(seq[i + 1]) and (a + seq[i + 1]) in V_JOIN:
                out.append(V_JOIN[a + seq[i + 1]]); i += 2
            else:
                out.append(a); i += 1
        else:
            out.append(a); i += 1
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['가방', '복사용지', '가래떡', '닭', '값', '의자', '왜', '읽기', '흙', '안전모', '방역복']:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
