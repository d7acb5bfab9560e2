"""두벌식 자판 변환기 (표준 라이브러리만 사용).
to_keys('가방') -> 'rkqkd' ; to_hangul('rkqkd') -> '가방' ; choseong('복사용지') -> 'ㅂㅅㅇㅈ'
"""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y','ㅜ':'n',
       'ㅠ':'b','ㅡ':'m','ㅣ':'l'}
REV = {v: k for k, v in KEY.items()}
CV = {('ㅗ','ㅏ'):'ㅘ',('ㅗ','ㅐ'):'ㅙ',('ㅗ','ㅣ'):'ㅚ',('ㅜ','ㅓ'):'ㅝ',('ㅜ','ㅔ'):'ㅞ',('ㅜ','ㅣ'):'ㅟ',('ㅡ','ㅣ'):'ㅢ'}
CC = {('ㄱ','ㅅ'):'ㄳ',('ㄴ','ㅈ'):'ㄵ',('ㄴ','ㅎ'):'ㄶ',('ㄹ','ㄱ'):'ㄺ',('ㄹ','ㅁ'):'ㄻ',('ㄹ','ㅂ'):'ㄼ',
      ('ㄹ','ㅅ'):'ㄽ',('ㄹ','ㅌ'):'ㄾ',('ㄹ','ㅍ'):'ㄿ',('ㄹ','ㅎ'):'ㅀ',('ㅂ','ㅅ'):'ㅄ'}
SPLIT_V = {v: k for k, v in CV.items()}
SPLIT_C = {v: k for k, v in CC.items()}
VOWELS = set(JUNG)

def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3

def decompose(ch):
    o = ord(ch) - 0xAC00
    return CHO[o // 588], JUNG[(o % 588) // 28], JONG[o % 28]

def jamo_keys(j):
    if j in KEY: return KEY[j]
    if j in SPLIT_V: return ''.join(KEY[x] for x in SPLIT_V[j])
    if j in SPLIT_C: return ''.join(KEY[x] for x in SPLIT_C[j])
    return j

def to_keys(text):
    out = []
    for ch in text:
        if is_syllable(ch):
            out.extend(jamo_keys(j) for j in decompose(ch) if j)
        else:
            out.append(jamo_keys(ch))
    return ''.join(out)

def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))

def to_hangul(text):
    """두벌식 오토마타: 영문 자판 입력을 한글로. 한글 자모가 아닌 글자는 그대로 둔다."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong or ""))
        elif cho:
            out.append(cho)
        elif jung:
            out.append(jung)
        cho = jung = jong = None

    for ch in text:
        j = REV.get(ch)
        if j is None and ch.isalpha() and ch.isascii() and ch.lower() in REV:
            j = REV[ch.lower()]      # 대문자로 친 일반 자모(예: K)는 소문자로 본다
        if j is None:
            flush(); out.append(ch); continue
        if j in VOWELS:
            if cho and not jung:
                jung = j
            elif cho and jung and not jong:
                if (jung, j) in CV: jung = CV[(jung, j)]
                else: flush(); jung = j
            elif cho and jung and jong:
                if jong in SPLIT_C:
                    keep, move = SPLIT_C[jong]
                else:
                    keep, move = "", jong
                jong = keep or None
                flush(); cho, jung = move, j
            elif jung and not cho:
                if (jung, j) in CV: jung = CV[(jung, j)]
                else: flush(); jung = j
            else:
                jung = j
        else:
            if cho and jung and not jong:
                if j in JONG: jong = j
                else: flush(); cho = j
            elif cho and jung and jong:
                if (jong, j) in CC: jong = CC[(jong, j)]
                else: flush(); cho = j
            else:
                flush(); cho = j
    flush()
    return ''.join(out)

def choseong(text):
    return ''.join(decompose(c)[0] if is_syllable(c) else c for c in text)

if __name__ == '__main__':
    for w in ['가방', '명함', '현수막', '복사용지', '떡', '꽃다발', '원두커피', '닭갈비', '앉아', '없어', '괜찮아', '의자']:
        k = to_keys(w); b = to_hangul(k)
        print(w, k, b, 'OK' if b == w else 'FAIL')
