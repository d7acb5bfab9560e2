"""두벌식 자판 변환기 (표준 라이브러리만 사용).

to_keys(text)   : 한글 -> 영문 모드로 친 키 문자열 (한글이 아닌 글자는 그대로)
to_hangul(keys) : 영문 키 문자열 -> 한글 (두벌식 오토마타). 한글/숫자/공백은 그대로 통과
choseong(text)  : 한글 음절의 초성만 뽑은 문자열 (공백 등은 그대로)
"""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY2JAMO = {
    'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', 'o': 'ㅐ', 'p': 'ㅔ',
    'a': 'ㅁ', 's': 'ㄴ', 'd': 'ㅇ', 'f': 'ㄹ', 'g': 'ㅎ', 'h': 'ㅗ', 'j': 'ㅓ', 'k': 'ㅏ', 'l': 'ㅣ',
    'z': 'ㅋ', 'x': 'ㅌ', 'c': 'ㅊ', 'v': 'ㅍ', 'b': 'ㅠ', 'n': 'ㅜ', 'm': 'ㅡ',
    'Q': 'ㅃ', 'W': 'ㅉ', 'E': 'ㄸ', 'R': 'ㄲ', 'T': 'ㅆ', 'O': 'ㅒ', 'P': 'ㅖ',
}
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}
VOWEL_COMB = {('ㅗ', 'ㅏ'): 'ㅘ', ('ㅗ', 'ㅐ'): 'ㅙ', ('ㅗ', 'ㅣ'): 'ㅚ', ('ㅜ', 'ㅓ'): 'ㅝ',
              ('ㅜ', 'ㅔ'): 'ㅞ', ('ㅜ', 'ㅣ'): 'ㅟ', ('ㅡ', 'ㅣ'): 'ㅢ'}
FINAL_COMB = {('ㄱ', 'ㅅ'): 'ㄳ', ('ㄴ', 'ㅈ'): 'ㄵ', ('ㄴ', 'ㅎ'): 'ㄶ', ('ㄹ', 'ㄱ'): 'ㄺ', ('ㄹ', 'ㅁ'): 'ㄻ',
              ('ㄹ', 'ㅂ'): 'ㄼ', ('ㄹ', 'ㅅ'): 'ㄽ', ('ㄹ', 'ㅌ'): 'ㄾ', ('ㄹ', 'ㅍ'): 'ㄿ', ('ㄹ', 'ㅎ'): 'ㅀ',
              ('ㅂ', 'ㅅ'): 'ㅄ'}
SPLIT = {v: k[0] + k[1] for k, v in list(VOWEL_COMB.items()) + list(FINAL_COMB.items())}
VOWELS = set(JUNG)


def _jamo_keys(j):
    if j in JAMO2KEY:
        return JAMO2KEY[j]
    if j in SPLIT:
        return ''.join(JAMO2KEY[c] for c in SPLIT[j])
    return j


def to_keys(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            s = c - 0xAC00
            l, v, t = s // 588, (s % 588) // 28, s % 28
            out.append(_jamo_keys(CHO[l]) + _jamo_keys(JUNG[v]) + (_jamo_keys(JONG[t]) if t else ''))
        else:
            out.append(_jamo_keys(ch))
    return ''.join(out)


def _compose(l, v, t=''):
    return chr(0xAC00 + CHO.index(l) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def _jamo_run_to_hangul(js):
    out, i, n = [], 0, len(js)
    isv = lambda k: k < n and js[k] in VOWELS
    isc = lambda k: k < n and js[k] not in VOWELS
    while i < n:
        if isc(i) and isv(i + 1) and js[i] in CHO:
            l = js[i]; v = js[i + 1]; i += 2
            if isv(i) and (v, js[i]) in VOWEL_COMB:
                v = VOWEL_COMB[(v, js[i])]; i += 1
            t = ''
            if isc(i) and js[i] in JONG and not isv(i + 1):
                t = js[i]; i += 1
                if isc(i) and (t, js[i]) in FINAL_COMB and not isv(i + 1):
                    t = FINAL_COMB[(t, js[i])]; i += 1
            out.append(_compose(l, v, t))
        else:
            j = js[i]; i += 1
            if j in VOWELS and isv(i) and (j, js[i]) in VOWEL_COMB:
                j = VOWEL_COMB[(j, js[i])]; i += 1
            out.append(j)
    return ''.join(out)


def to_hangul(keys):
    out, run = [], []
    for ch in keys:
        k = ch if ch in KEY2JAMO else (ch.lower() if ch.isalpha() and ch.isascii() else None)
        if k is not None and k in KEY2JAMO:
            run.append(KEY2JAMO[k])
        else:
            if run:
                out.append(_jamo_run_to_hangul(run)); run = []
            out.append(ch)
    if run:
        out.append(_jamo_run_to_hangul(run))
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        c = ord(ch)
        out.append(CHO[(c - 0xAC00) // 588] if 0xAC00 <= c <= 0xD7A3 else ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['가방', '현수막', '복사용지', '에코백', '한과', '떡', '괜찮아', '닭갈비', '값', '뷁']:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
