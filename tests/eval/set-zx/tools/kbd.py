"""두벌식 자판 변환기 (표준 라이브러리만 사용).
hangul_to_keys('가방') -> 'rkqkd'   /  keys_to_hangul('rkqkd') -> '가방'
영문자가 아닌 글자(한글, 숫자, 공백)는 그대로 둔다.
"""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
KEY = {
 'ㅂ':'q','ㅈ':'w','ㄷ':'e','ㄱ':'r','ㅅ':'t','ㅛ':'y','ㅕ':'u','ㅑ':'i','ㅐ':'o','ㅔ':'p',
 'ㅁ':'a','ㄴ':'s','ㅇ':'d','ㄹ':'f','ㅎ':'g','ㅗ':'h','ㅓ':'j','ㅏ':'k','ㅣ':'l',
 'ㅋ':'z','ㅌ':'x','ㅊ':'c','ㅍ':'v','ㅠ':'b','ㅜ':'n','ㅡ':'m',
 'ㅃ':'Q','ㅉ':'W','ㄸ':'E','ㄲ':'R','ㅆ':'T','ㅒ':'O','ㅖ':'P',
}
REV = {v: k for k, v in KEY.items()}
CV = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
CC = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ',
      'ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
CV_R = {v: k for k, v in CV.items()}
CC_R = {v: k for k, v in CC.items()}
VOWELS = set(JUNG)


def _jamo_keys(j):
    if j in CV:
        return ''.join(KEY[x] for x in CV[j])
    if j in CC:
        return ''.join(KEY[x] for x in CC[j])
    return KEY.get(j, j)


def hangul_to_keys(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out.append(_jamo_keys(CHO[c // 588]) + _jamo_keys(JUNG[(c % 588) // 28]) + _jamo_keys(JONG[c % 28]))
        elif ch in KEY or ch in CV or ch in CC:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(jamos):
    """jamo 목록 -> 한글 (두벌식 오토마타)."""
    res = []
    i, n = 0, len(jamos)
    while i < n:
        j = jamos[i]
        if j in VOWELS:  # 초성 없는 모음
            v = j
            if i + 1 < n and (j + jamos[i + 1]) in CV_R:
                v = CV_R[j + jamos[i + 1]]; i += 1
            res.append(v); i += 1; continue
        # 자음
        if not (i + 1 < n and jamos[i + 1] in VOWELS) or j not in CHO:
            res.append(j); i += 1; continue
        cho = j; i += 1
        v = jamos[i]; i += 1
        if i < n and (v + jamos[i]) in CV_R:
            v = CV_R[v + jamos[i]]; i += 1
        jong = ''
        if i < n and jamos[i] not in VOWELS and jamos[i] in JONG:
            # 다음이 모음이면 초성으로 넘긴다
            if not (i + 1 < n and jamos[i + 1] in VOWELS):
                jong = jamos[i]; i += 1
                if i < n and (jong + jamos[i]) in CC_R and not (i + 1 < n and jamos[i + 1] in VOWELS):
                    jong = CC_R[jong + jamos[i]]; i += 1
        res.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
    return ''.join(res)


def keys_to_hangul(s):
    out, run = [], []
    for ch in s:
        k = ch if ch in REV else ch.lower()
        if k in REV:
            run.append(REV[k])
        else:
            if run:
                out.append(_compose(run)); run = []
            out.append(ch)
    if run:
        out.append(_compose(run))
    return ''.join(out)


def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['가방', '복사용지', '떡', '물티슈', '꽃다발', '닭갈비', '없다', '의자', '왜', '쌍둥이', '값어치']:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
