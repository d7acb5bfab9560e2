# -*- coding: utf-8 -*-
"""두벌식 한/영 converter (standard library only).
to_eng(hangul) -> keys typed in English mode; to_kor(text) -> converts ASCII-letter runs back to Hangul."""
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ','ㄲ','ㄳ','ㄴ','ㄵ','ㄶ','ㄷ','ㄹ','ㄺ','ㄻ','ㄼ','ㄽ','ㄾ','ㄿ','ㅀ','ㅁ','ㅂ','ㅄ','ㅅ','ㅆ','ㅇ','ㅈ','ㅊ','ㅋ','ㅌ','ㅍ','ㅎ']
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y',
       'ㅜ':'n','ㅠ':'b','ㅡ':'m','ㅣ':'l'}
CJUNG = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
CJONG = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
JUNG_COMB = {v: k for k, v in CJUNG.items()}
JONG_COMB = {v: k for k, v in CJONG.items()}

def decompose(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(CHO[c // 588]); j = JUNG[(c % 588) // 28]; out.extend(CJUNG.get(j, j))
            t = JONG[c % 28]
            if t: out.extend(CJONG.get(t, t))
        else:
            out.extend(CJUNG.get(ch, CJONG.get(ch, ch)))
    return out

def to_eng(s):
    return ''.join(KEY.get(j, j) for j in decompose(s))

def choseong(s):
    return ''.join(CHO[(ord(ch) - 0xAC00) // 588] if 0 <= ord(ch) - 0xAC00 < 11172 else ch for ch in s)

def _compose(jamos):
    """jamos: list of compatibility jamo (single consonants / simple vowels)."""
    out = []; i = 0; n = len(jamos)
    isv = lambda x: x in JUNG
    while i < n:
        c = jamos[i]
        if c in CHO and i + 1 < n and isv(jamos[i+1]):
            cho = c; i += 1; v = jamos[i]; i += 1
            if i < n and isv(jamos[i]) and (v + jamos[i]) in JUNG_COMB:
                v = JUNG_COMB[v + jamos[i]]; i += 1
            jong = ''
            if i < n and jamos[i] in JONG and jamos[i] != '':
                # take consonant as jong unless followed by vowel
                if not (i + 1 < n and isv(jamos[i+1])):
                    jong = jamos[i]; i += 1
                    if i < n and (jong + jamos[i]) in JONG_COMB and not (i + 1 < n and isv(jamos[i+1])):
                        jong = JONG_COMB[jong + jamos[i]]; i += 1
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        elif isv(c):
            if i + 1 < n and isv(jamos[i+1]) and (c + jamos[i+1]) in JUNG_COMB:
                out.append(JUNG_COMB[c + jamos[i+1]]); i += 2
            else:
                out.append(c); i += 1
        else:
            out.append(c); i += 1
    return ''.join(out)

def to_kor(s):
    out = []; run = []
    def flush():
        if run:
            out.append(_compose([REV.get(k, REV.get(k.lower(), k)) for k in run])); run.clear()
    for ch in s:
        if ch.isascii() and ch.isalpha():
            run.append(ch)
        else:
            flush(); out.append(ch)
    flush()
    return ''.join(out)

if __name__ == '__main__':
    for w in ['가방', '현수막', '도시락 50개', '떡', '꽃다발', '물티슈', '원두', '화환', '닭갈비', '읽기', '값']:
        e = to_eng(w); print(w, e, to_kor(e), to_kor(e) == w)
