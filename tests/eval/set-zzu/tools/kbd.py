"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys(한글) -> 영문 자판 입력열,  to_hangul(입력열) -> 한글 (오토마타).
혼합 입력(영문 자판열 + 한글)은 ASCII 글자 구간만 변환한다."""
CHO = list('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ')
JUNG = list('ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ')
JONG = [''] + list('ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ')
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y','ㅜ':'n',
       'ㅠ':'b','ㅡ':'m','ㅣ':'l'}
VCOMB = {('ㅗ','ㅏ'):'ㅘ',('ㅗ','ㅐ'):'ㅙ',('ㅗ','ㅣ'):'ㅚ',('ㅜ','ㅓ'):'ㅝ',('ㅜ','ㅔ'):'ㅞ',('ㅜ','ㅣ'):'ㅟ',('ㅡ','ㅣ'):'ㅢ'}
CCOMB = {('ㄱ','ㅅ'):'ㄳ',('ㄴ','ㅈ'):'ㄵ',('ㄴ','ㅎ'):'ㄶ',('ㄹ','ㄱ'):'ㄺ',('ㄹ','ㅁ'):'ㄻ',('ㄹ','ㅂ'):'ㄼ',
         ('ㄹ','ㅅ'):'ㄽ',('ㄹ','ㅌ'):'ㄾ',('ㄹ','ㅍ'):'ㄿ',('ㄹ','ㅎ'):'ㅀ',('ㅂ','ㅅ'):'ㅄ'}
DECOMP = {v: ''.join(k) for k, v in list(VCOMB.items()) + list(CCOMB.items())}
REV = {v: k for k, v in KEY.items()}
VOWELS = set(JUNG)

def decompose(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out += [CHO[c // 588], JUNG[(c % 588) // 28]]
            if c % 28:
                out.append(JONG[c % 28])
        else:
            out.append(ch)
    return out

def to_keys(s):
    res = []
    for j in decompose(s):
        j = DECOMP.get(j, j)
        res.append(''.join(KEY.get(x, x) for x in j))
    return ''.join(res)

def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        out.append(CHO[(c - 0xAC00) // 588] if 0xAC00 <= c <= 0xD7A3 else ch)
    return ''.join(out)

def _compose(jamos):
    """jamo 목록 -> 한글 음절 (두벌식 오토마타)."""
    out, i, n = [], 0, len(jamos)
    isv = lambda k: k < n and jamos[k] in VOWELS
    isc = lambda k: k < n and jamos[k] in CHO or (k < n and jamos[k] in JONG and jamos[k] != '' and jamos[k] not in VOWELS)
    while i < n:
        j = jamos[i]
        if j in CHO and isv(i + 1):
            cho = j; i += 1
            v = jamos[i]; i += 1
            if i < n and (v, jamos[i]) in VCOMB:
                v = VCOMB[(v, jamos[i])]; i += 1
            jong = ''
            if i < n and jamos[i] in JONG[1:] and not isv(i + 1):
                jong = jamos[i]; i += 1
                if i < n and (jong, jamos[i]) in CCOMB and not isv(i + 1):
                    jong = CCOMB[(jong, jamos[i])]; i += 1
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        elif j in VOWELS:
            i += 1
            if i < n and (j, jamos[i]) in VCOMB:
                j = VCOMB[(j, jamos[i])]; i += 1
            out.append(j)
        else:
            out.append(j); i += 1
    return ''.join(out)

def to_hangul(s):
    """ASCII 글자 구간만 두벌식으로 해석해 한글로 바꾼다. 나머지(한글, 숫자, 공백)는 그대로."""
    out, buf = [], []
    def flush():
        if buf:
            jam = []
            for ch in buf:
                k = ch if ch in 'QWERTOP' else ch.lower()
                jam.append(REV.get(k, ch))
            out.append(_compose(jam)); buf.clear()
    for ch in s:
        if ch.isascii() and ch.isalpha():
            buf.append(ch)
        else:
            flush(); out.append(ch)
    flush()
    return ''.join(out)

if __name__ == '__main__':
    for w in ['가방', '핫팩', '물티슈', '보면대', '장화', '닭갈비', '읽기', '괜찮아', '뷁', '값싼']:
        k = to_keys(w); back = to_hangul(k)
        print(w, k, back, 'OK' if back == w else 'FAIL')
    print(to_hangul('gksdhr 체험'), choseong('구급함'))
