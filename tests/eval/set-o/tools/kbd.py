# -*- coding: utf-8 -*-
"""Dubeolsik (2-set) keyboard <-> Hangul converter, stdlib only."""
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'
KEY = {'r':'ㄱ','R':'ㄲ','s':'ㄴ','e':'ㄷ','E':'ㄸ','f':'ㄹ','a':'ㅁ','q':'ㅂ','Q':'ㅃ','t':'ㅅ','T':'ㅆ',
       'd':'ㅇ','w':'ㅈ','W':'ㅉ','c':'ㅊ','z':'ㅋ','x':'ㅌ','v':'ㅍ','g':'ㅎ',
       'k':'ㅏ','o':'ㅐ','i':'ㅑ','O':'ㅒ','j':'ㅓ','p':'ㅔ','u':'ㅕ','P':'ㅖ','h':'ㅗ','y':'ㅛ',
       'n':'ㅜ','b':'ㅠ','m':'ㅡ','l':'ㅣ'}
for _c in 'ASDFGZXCVBNMHJKLYUI':   # shift on keys without a shifted jamo gives the plain jamo
    KEY.setdefault(_c, KEY[_c.lower()])
JAMO2KEY = {}
for k, v in KEY.items():
    if v not in JAMO2KEY or k.islower():
        JAMO2KEY[v] = k
CV = {('ㅗ','ㅏ'):'ㅘ',('ㅗ','ㅐ'):'ㅙ',('ㅗ','ㅣ'):'ㅚ',('ㅜ','ㅓ'):'ㅝ',('ㅜ','ㅔ'):'ㅞ',('ㅜ','ㅣ'):'ㅟ',('ㅡ','ㅣ'):'ㅢ'}
CC = {('ㄱ','ㅅ'):'ㄳ',('ㄴ','ㅈ'):'ㄵ',('ㄴ','ㅎ'):'ㄶ',('ㄹ','ㄱ'):'ㄺ',('ㄹ','ㅁ'):'ㄻ',('ㄹ','ㅂ'):'ㄼ',
      ('ㄹ','ㅅ'):'ㄽ',('ㄹ','ㅌ'):'ㄾ',('ㄹ','ㅍ'):'ㄿ',('ㄹ','ㅎ'):'ㅀ',('ㅂ','ㅅ'):'ㅄ'}
SPLIT_V = {v: k for k, v in CV.items()}
SPLIT_C = {v: k for k, v in CC.items()}

def _is_v(j): return j in JUNG

def _compose(cho, jung, jong):
    if cho is None:
        return jung or ''
    if jung is None:
        return cho
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong or ' '))

def jamo_to_hangul(jamos):
    out = []
    cho = jung = jong = None
    def flush():
        nonlocal cho, jung, jong
        if cho or jung:
            out.append(_compose(cho, jung, jong))
        cho = jung = jong = None
    for j in jamos:
        if _is_v(j):
            if cho is not None and jung is None:
                jung = j
            elif jung is not None and jong is None and (jung, j) in CV:
                jung = CV[(jung, j)]
            elif jong is not None:          # move (part of) final to next syllable
                if jong in SPLIT_C:
                    a, b = SPLIT_C[jong]; jong = a; flush(); cho = b
                else:
                    b = jong; jong = None; flush(); cho = b
                jung = j
            else:
                flush(); out.append(j)
        else:
            if cho is None and jung is None:
                cho = j
            elif jung is None:                  # consonant after lone consonant
                flush(); cho = j
            elif jong is None and j in JONG and j != ' ' and cho is not None:
                jong = j
            elif jong is not None and (jong, j) in CC:
                jong = CC[(jong, j)]
            else:
                flush(); cho = j
    flush()
    return ''.join(out)

def keys_to_hangul(s):
    """Convert runs of ASCII letters to Hangul; other characters kept."""
    out, run = [], []
    for ch in s + '\0':
        if ch in KEY:
            run.append(KEY[ch])
        else:
            if run:
                out.append(jamo_to_hangul(run)); run = []
            if ch != '\0':
                out.append(ch)
    return ''.join(out)

def hangul_to_keys(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            c, v, t = o // 588, (o % 588) // 28, o % 28
            parts = [CHO[c]] + list(SPLIT_V.get(JUNG[v], (JUNG[v],)))
            if t:
                parts += list(SPLIT_C.get(JONG[t], (JONG[t],)))
            out.append(''.join(JAMO2KEY[p] for p in parts))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return ''.join(out)

def choseong(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        elif ch != ' ':
            out.append(ch)
    return ''.join(out)

if __name__ == '__main__':
    tests = ['현수막', '도시락', '에코백', '텀블러', '떡', '화환', '앞치마', '복사용지', '한지부채', '수건',
             '닭볶음탕', '읽기', '괜찮아요', '값싼', '앉아', '뷁', '의자', '쌀 10kg']
    for t in tests:
        k = hangul_to_keys(t)
        back = keys_to_hangul(k) if 'kg' not in t else t
        print(t, k, back, 'OK' if back == t else 'FAIL')
