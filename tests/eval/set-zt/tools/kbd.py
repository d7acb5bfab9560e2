"""두벌식 자판 변환기 (표준 라이브러리만 사용).

hangul_to_keys('가방') -> 'rkqkd'
keys_to_hangul('rkqkd') -> '가방'   (영문 자판 상태에서 친 글자를 한글로 조합하는 오토마타)
convert_mixed(s): 문자열 안의 ASCII 영문 덩어리만 한글로 바꾸고 나머지는 그대로 둔다.
choseong(s): 한글 음절을 초성으로 바꾼다(공백, 비한글은 그대로).
"""
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = ['ㅏ','ㅐ','ㅑ','ㅒ','ㅓ','ㅔ','ㅕ','ㅖ','ㅗ','ㅘ','ㅙ','ㅚ','ㅛ','ㅜ','ㅝ','ㅞ','ㅟ','ㅠ','ㅡ','ㅢ','ㅣ']
JONG = ['','ㄱ','ㄲ','ㄳ','ㄴ','ㄵ','ㄶ','ㄷ','ㄹ','ㄺ','ㄻ','ㄼ','ㄽ','ㄾ','ㄿ','ㅀ','ㅁ','ㅂ','ㅄ','ㅅ','ㅆ','ㅇ','ㅈ','ㅊ','ㅋ','ㅌ','ㅍ','ㅎ']
KEY = {'ㅂ':'q','ㅈ':'w','ㄷ':'e','ㄱ':'r','ㅅ':'t','ㅛ':'y','ㅕ':'u','ㅑ':'i','ㅐ':'o','ㅔ':'p',
       'ㅁ':'a','ㄴ':'s','ㅇ':'d','ㄹ':'f','ㅎ':'g','ㅗ':'h','ㅓ':'j','ㅏ':'k','ㅣ':'l',
       'ㅋ':'z','ㅌ':'x','ㅊ':'c','ㅍ':'v','ㅠ':'b','ㅜ':'n','ㅡ':'m',
       'ㅃ':'Q','ㅉ':'W','ㄸ':'E','ㄲ':'R','ㅆ':'T','ㅒ':'O','ㅖ':'P'}
CVOW = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
CJONG = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
VOWELS = set(JUNG)


def _jamo_keys(j):
    if j in CVOW:
        return ''.join(KEY[x] for x in CVOW[j])
    if j in CJONG:
        return ''.join(KEY[x] for x in CJONG[j])
    return KEY.get(j, j)


def hangul_to_keys(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            i = o - 0xAC00
            c, v, t = i // 588, (i % 588) // 28, i % 28
            out.append(_jamo_keys(CHO[c]) + _jamo_keys(JUNG[v]) + _jamo_keys(JONG[t]))
        else:
            out.append(_jamo_keys(ch))
    return ''.join(out)


def _compose(c, v, t=''):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def keys_to_hangul(keys):
    jamos = []
    for k in keys:
        if k in REV:
            jamos.append(REV[k])
        elif k.lower() in REV:
            jamos.append(REV[k.lower()])
        else:
            jamos.append(k)
    CV = {v: k for k, v in CVOW.items()}
    CJ = {v: k for k, v in CJONG.items()}
    out = []
    c = v = t = None  # 조합 중인 음절

    def flush():
        nonlocal c, v, t
        if c and v:
            out.append(_compose(c, v, t or ''))
        elif c:
            out.append(c)
        elif v:
            out.append(v)
        c = v = t = None

    for j in jamos:
        isv = j in VOWELS
        iscons = (j in CHO) or (j in JONG and j != '')
        if not isv and not iscons:
            flush(); out.append(j); continue
        if isv:
            if c and v and t:
                # 받침을 다음 음절로 넘긴다
                if t in CJONG:
                    a, b = CJONG[t]
                    t2, nc = a, b
                else:
                    t2, nc = '', t
                t = t2 or None
                flush(); c, v = nc, j
            elif c and v:
                if (v + j) in CV:
                    v = CV[v + j]
                else:
                    flush(); v = j
            elif c:
                v = j
            elif v:
                if (v + j) in CV:
                    v = CV[v + j]
                else:
                    flush(); v = j
            else:
                v = j
        else:
            if c and v and not t:
                if j in JONG:
                    t = j
                else:
                    flush(); c = j
            elif c and v and t:
                if (t + j) in CJ:
                    t = CJ[t + j]
                else:
                    flush(); c = j
            else:
                flush(); c = j
    flush()
    return ''.join(out)


def convert_mixed(s):
    import re
    return re.sub(r'[A-Za-z]+', lambda m: keys_to_hangul(m.group(0)), s)


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
    for w in ['가방', '답례품', '손소독제', '작업장갑', '떡', '꽃다발', '닭볶음', '괜찮아', '읽다', '없어요']:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
