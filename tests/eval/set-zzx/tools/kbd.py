"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = ["ㅏ","ㅐ","ㅑ","ㅒ","ㅓ","ㅔ","ㅕ","ㅖ","ㅗ","ㅘ","ㅙ","ㅚ","ㅛ","ㅜ","ㅝ","ㅞ","ㅟ","ㅠ","ㅡ","ㅢ","ㅣ"]
JONG = ["","ㄱ","ㄲ","ㄳ","ㄴ","ㄵ","ㄶ","ㄷ","ㄹ","ㄺ","ㄻ","ㄼ","ㄽ","ㄾ","ㄿ","ㅀ","ㅁ","ㅂ","ㅄ","ㅅ","ㅆ","ㅇ","ㅈ","ㅊ","ㅋ","ㅌ","ㅍ","ㅎ"]
KEY = {"ㄱ":"r","ㄲ":"R","ㄴ":"s","ㄷ":"e","ㄸ":"E","ㄹ":"f","ㅁ":"a","ㅂ":"q","ㅃ":"Q","ㅅ":"t","ㅆ":"T",
       "ㅇ":"d","ㅈ":"w","ㅉ":"W","ㅊ":"c","ㅋ":"z","ㅌ":"x","ㅍ":"v","ㅎ":"g",
       "ㅏ":"k","ㅐ":"o","ㅑ":"i","ㅒ":"O","ㅓ":"j","ㅔ":"p","ㅕ":"u","ㅖ":"P","ㅗ":"h","ㅛ":"y","ㅜ":"n","ㅠ":"b","ㅡ":"m","ㅣ":"l"}
CV = {"ㅘ":"ㅗㅏ","ㅙ":"ㅗㅐ","ㅚ":"ㅗㅣ","ㅝ":"ㅜㅓ","ㅞ":"ㅜㅔ","ㅟ":"ㅜㅣ","ㅢ":"ㅡㅣ"}
CC = {"ㄳ":"ㄱㅅ","ㄵ":"ㄴㅈ","ㄶ":"ㄴㅎ","ㄺ":"ㄹㄱ","ㄻ":"ㄹㅁ","ㄼ":"ㄹㅂ","ㄽ":"ㄹㅅ","ㄾ":"ㄹㅌ","ㄿ":"ㄹㅍ","ㅀ":"ㄹㅎ","ㅄ":"ㅂㅅ"}
REV = {v: k for k, v in KEY.items()}
CV_R = {v: k for k, v in CV.items()}
CC_R = {v: k for k, v in CC.items()}
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")

def _jamo_keys(j):
    if j in KEY: return KEY[j]
    if j in CV: return "".join(KEY[x] for x in CV[j])
    if j in CC: return "".join(KEY[x] for x in CC[j])
    return j

def hangul_to_keys(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out.append(_jamo_keys(CHO[c // 588]) + _jamo_keys(JUNG[(c % 588) // 28]) + _jamo_keys(JONG[c % 28]))
        else:
            out.append(_jamo_keys(ch))
    return "".join(out)

def _key_jamo(k):
    if k in REV: return REV[k]
    if k.isalpha() and k.lower() in REV: return REV[k.lower()]
    return None

def keys_to_hangul(s):
    toks = []  # (jamo or None, raw char)
    for ch in s:
        toks.append((_key_jamo(ch), ch))
    out, i, n = [], 0, len(toks)
    isV = lambda t: t[0] is not None and t[0] in VOWELS
    isC = lambda t: t[0] is not None and t[0] not in VOWELS
    while i < n:
        t = toks[i]
        if t[0] is None:
            out.append(t[1]); i += 1; continue
        if isC(t) and i + 1 < n and isV(toks[i + 1]):
            cho = t[0]; v = toks[i + 1][0]; i += 2
            if i < n and isV(toks[i]) and (v + toks[i][0]) in CV_R:
                v = CV_R[v + toks[i][0]]; i += 1
            jong = ""
            if i < n and isC(toks[i]) and toks[i][0] in JONG:
                nxt_v = i + 1 < n and isV(toks[i + 1])
                if not nxt_v:
                    c1 = toks[i][0]
                    if i + 1 < n and isC(toks[i + 1]) and (c1 + toks[i + 1][0]) in CC_R and not (i + 2 < n and isV(toks[i + 2])):
                        jong = CC_R[c1 + toks[i + 1][0]]; i += 2
                    else:
                        jong = c1; i += 1
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        elif isV(t):
            v = t[0]; i += 1
            if i < n and isV(toks[i]) and (v + toks[i][0]) in CV_R:
                v = CV_R[v + toks[i][0]]; i += 1
            out.append(v)
        else:
            out.append(t[0]); i += 1
    return "".join(out)

def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3: out.append(CHO[(c - 0xAC00) // 588])
        else: out.append(ch)
    return "".join(out)

if __name__ == "__main__":
    for w in ["가방", "현수막", "딸기박스", "안전조끼", "닭갈비", "괜찮아", "왜 없지", "흙", "값싼"]:
        k = hangul_to_keys(w); print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
