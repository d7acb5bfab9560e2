# -*- coding: utf-8 -*-
"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글(오토마타). 표준 라이브러리만 사용."""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
KEY = {
 'ㅂ':'q','ㅈ':'w','ㄷ':'e','ㄱ':'r','ㅅ':'t','ㅛ':'y','ㅕ':'u','ㅑ':'i','ㅐ':'o','ㅔ':'p',
 'ㅁ':'a','ㄴ':'s','ㅇ':'d','ㄹ':'f','ㅎ':'g','ㅗ':'h','ㅓ':'j','ㅏ':'k','ㅣ':'l',
 'ㅋ':'z','ㅌ':'x','ㅊ':'c','ㅍ':'v','ㅠ':'b','ㅜ':'n','ㅡ':'m',
 'ㅃ':'Q','ㅉ':'W','ㄸ':'E','ㄲ':'R','ㅆ':'T','ㅒ':'O','ㅖ':'P'}
REV = {v: k for k, v in KEY.items()}
COMP_V = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
COMP_C = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
V_JOIN = {v: k for k, v in COMP_V.items()}
C_JOIN = {v: k for k, v in COMP_C.items()}
VOWELS = set(JUNG)

def decompose(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            i = c - 0xAC00
            out.append((CHO[i // 588], JUNG[(i % 588) // 28], JONG[i % 28]))
        else:
            out.append(ch)
    return out

def jamo_keys(j):
    if j in COMP_V: return ''.join(KEY[x] for x in COMP_V[j])
    if j in COMP_C: return ''.join(KEY[x] for x in COMP_C[j])
    return KEY.get(j, j)

def hangul_to_keys(s):
    out = []
    for d in decompose(s):
        if isinstance(d, tuple):
            out.append(''.join(jamo_keys(j) for j in d if j))
        else:
            out.append(jamo_keys(d))
    return ''.join(out)

def _compose(cho, jung, jong):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))

def jamos_to_hangul(jamos):
    """jamo 열을 두벌식 오토마타로 음절로 조립"""
    out = []; cho = jung = jong = ''
    def flush():
        nonlocal cho, jung, jong
        if cho and jung: out.append(_compose(cho, jung, jong))
        else:
            if cho: out.append(cho)
            if jung: out.append(jung)
        cho = jung = jong = ''
    for j in jamos:
        if j in VOWELS:
            if cho and not jung:
                jung = j
            elif jung and not jong and (jung + j) in V_JOIN and cho:
                jung = V_JOIN[jung + j]
            elif jong:
                # 종성을 다음 음절 초성으로 이동
                if jong in COMP_C:
                    a, b = COMP_C[jong]; jong = a; nxt = b
                else:
                    nxt = jong; jong = ''
                flush(); cho = nxt; jung = j
            else:
                flush(); jung = j; flush()
        elif j in CHO or j in JONG:
            if cho and jung and not jong and j in JONG:
                jong = j
            elif cho and jung and jong and (jong + j) in C_JOIN:
                jong = C_JOIN[jong + j]
            else:
                flush(); cho = j if j in CHO else ''
                if not cho: out.append(j)
        else:
            flush(); out.append(j)
    flush()
    return ''.join(out)

def keys_to_hangul(s):
    """영문 키 열을 한글로. 영문자가 아닌 글자(이미 한글, 숫자, 공백)는 그대로 둔다."""
    out = []; buf = []
    def done():
        if buf: out.append(jamos_to_hangul([REV[c] for c in buf])); buf.clear()
    for ch in s:
        if ch in REV: buf.append(ch)
        elif ch.isalpha() and ch.isascii() and ch.lower() in REV:
            buf.append(ch.lower())
        else:
            done(); out.append(ch)
    done()
    return ''.join(out)

def mixed_to_keys(s):
    """한글만 키로 바꿈(검증용)"""
    return hangul_to_keys(s)

def choseong(s):
    r = []
    for d in decompose(s):
        r.append(d[0] if isinstance(d, tuple) else d)
    return ''.join(r)

if __name__ == '__main__':
    for w in ['복사용지', '명함', '도시락', '현수막', '떡', '텀블러', '장갑', '화분', '곶감', '아이스팩', '한지', '값', '괜찮', '읽다']:
        k = hangul_to_keys(w); print(w, k, keys_to_hangul(k))
