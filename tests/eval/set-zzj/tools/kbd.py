"""두벌식 keyboard conversion: Hangul -> keys, keys -> Hangul (automaton)."""
CHO = list('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ')
JUNG = list('ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ')
JONG = [''] + list('ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ')
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y','ㅜ':'n',
       'ㅠ':'b','ㅡ':'m','ㅣ':'l'}
COMPV = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
COMPC = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
VREV = {v: k for k, v in COMPV.items()}
CREV = {v: k for k, v in COMPC.items()}

def jamo_keys(j):
    if j in COMPV: return ''.join(KEY[x] for x in COMPV[j])
    if j in COMPC: return ''.join(KEY[x] for x in COMPC[j])
    return KEY.get(j, j)

def to_keys(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(jamo_keys(CHO[c // 588]) + jamo_keys(JUNG[(c % 588) // 28]) + jamo_keys(JONG[c % 28]))
        else:
            out.append(jamo_keys(ch))
    return ''.join(out)

def _is_v(j): return j in JUNG
def _is_c(j): return j in CHO or j in JONG[1:]

def to_hangul(keys):
    """Automaton: keys typed in English mode -> Hangul. Non-letter keys pass through."""
    jam = [REV.get(k, REV.get(k.lower()) if k.lower() in REV and k not in 'QWERTOP' else None) or k for k in keys]
    # jam: list of compatibility jamo or other chars
    out = []; i = 0; n = len(jam)
    def compose(c, v, t=''):
        return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))
    while i < n:
        a = jam[i]
        if a in CHO and i + 1 < n and _is_v(jam[i + 1]):
            c = a; v = jam[i + 1]; i += 2
            if i < n and _is_v(jam[i]) and (v + jam[i]) in VREV:
                v = VREV[v + jam[i]]; i += 1
            t = ''
            if i < n and jam[i] in JONG[1:] and not (i + 1 < n and _is_v(jam[i + 1])):
                t = jam[i]; i += 1
                if i < n and (t + jam[i]) in CREV and not (i + 1 < n and _is_v(jam[i + 1])):
                    t = CREV[t + jam[i]]; i += 1
            out.append(compose(c, v, t))
        elif _is_v(a):
            v = a; i += 1
            if i < n and _is_v(jam[i]) and (v + jam[i]) in VREV:
                v = VREV[v + jam[i]]; i += 1
            out.append(v)
        else:
            out.append(a); i += 1
    return ''.join(out)

def choseong(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        out.append(CHO[c // 588] if 0 <= c < 11172 else ch)
    return ''.join(out)

if __name__ == '__main__':
    for w in ['가방', '복사용지', '답례품', '떡', '과일', '닭갈비', '값싼', '화분', '의자', '뷁']:
        k = to_keys(w); print(w, k, to_hangul(k), to_hangul(k) == w)
