"""두벌식 자판 변환기: 한글 -> 영문 자판 키, 영문 자판 키 -> 한글 (오토마타)."""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y','ㅜ':'n',
       'ㅠ':'b','ㅡ':'m','ㅣ':'l'}
REV = {v: k for k, v in KEY.items()}
CVOW = {('ㅗ','ㅏ'):'ㅘ',('ㅗ','ㅐ'):'ㅙ',('ㅗ','ㅣ'):'ㅚ',('ㅜ','ㅓ'):'ㅝ',('ㅜ','ㅔ'):'ㅞ',('ㅜ','ㅣ'):'ㅟ',('ㅡ','ㅣ'):'ㅢ'}
CFIN = {('ㄱ','ㅅ'):'ㄳ',('ㄴ','ㅈ'):'ㄵ',('ㄴ','ㅎ'):'ㄶ',('ㄹ','ㄱ'):'ㄺ',('ㄹ','ㅁ'):'ㄻ',('ㄹ','ㅂ'):'ㄼ',
        ('ㄹ','ㅅ'):'ㄽ',('ㄹ','ㅌ'):'ㄾ',('ㄹ','ㅍ'):'ㄿ',('ㄹ','ㅎ'):'ㅀ',('ㅂ','ㅅ'):'ㅄ'}
DVOW = {v: k for k, v in CVOW.items()}
DFIN = {v: k for k, v in CFIN.items()}
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")
CONS = set(CHO)


def is_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def decompose(ch):
    i = ord(ch) - 0xAC00
    return CHO[i // 588], JUNG[(i % 588) // 28], JONG[i % 28]


def choseong(text):
    return "".join(decompose(c)[0] if is_syllable(c) else c for c in text)


def hangul_to_keys(text):
    out = []
    for c in text:
        if is_syllable(c):
            a, b, d = decompose(c)
            seq = [a] + list(DVOW.get(b, (b,))) + (list(DFIN.get(d, (d,))) if d else [])
            out.append("".join(KEY[j] for j in seq))
        elif c in KEY:
            out.append(KEY[c])
        elif c in DVOW or c in DFIN:
            out.append("".join(KEY[j] for j in (DVOW.get(c) or DFIN.get(c))))
        else:
            out.append(c)
    return "".join(out)


def compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def keys_to_hangul(keys):
    # 1) keys -> jamo (others pass through)
    seq = []
    for k in keys:
        j = REV.get(k) or (REV.get(k.lower()) if k.isascii() and k.isalpha() else None)
        seq.append(j if j else k)
    out = []
    i, n = 0, len(seq)
    isv = lambda x: x in VOWELS
    isc = lambda x: x in CONS
    while i < n:
        c = seq[i]
        if isc(c) and i + 1 < n and isv(seq[i + 1]):
            cho = c
            v = seq[i + 1]
            i += 2
            if i < n and (v, seq[i]) in CVOW:
                v = CVOW[(v, seq[i])]
                i += 1
            jong = ""
            if i < n and isc(seq[i]) and seq[i] in JONG:
                nxt_v = i + 1 < n and isv(seq[i + 1])
                if not nxt_v:
                    jong = seq[i]
                    i += 1
                    if i < n and (jong, seq[i]) in CFIN and not (i + 1 < n and isv(seq[i + 1])):
                        jong = CFIN[(jong, seq[i])]
                        i += 1
            out.append(compose(cho, v, jong))
        elif isv(c):
            v = c
            i += 1
            if i < n and (v, seq[i]) in CVOW:
                v = CVOW[(v, seq[i])]
                i += 1
            out.append(v)
        else:
            out.append(c)
            i += 1
    return "".join(out)


if __name__ == "__main__":
    for w in ["가방", "현수막", "복사용지", "태극기", "닭갈비", "괜찮아 값", "안전 조끼", "쀍"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
