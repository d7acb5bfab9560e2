# 두벌식 keyboard conversion helpers (independent forward and backward implementations)
CHO=list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG=list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG=[""]+list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
KEY={'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y','ㅜ':'n','ㅠ':'b','ㅡ':'m','ㅣ':'l'}
COMP={'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ',
'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ','ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
def jamo_keys(j):
    return ''.join(KEY[x] for x in COMP.get(j,j))
def to_keys(s):
    out=[]
    for ch in s:
        o=ord(ch)
        if 0xAC00<=o<=0xD7A3:
            i=o-0xAC00; c,v,t=i//588,(i%588)//28,i%28
            out.append(jamo_keys(CHO[c])+jamo_keys(JUNG[v])+(jamo_keys(JONG[t]) if t else ''))
        elif ch in KEY or ch in COMP: out.append(jamo_keys(ch))
        else: out.append(ch)
    return ''.join(out)

# backward: keys -> hangul with a 2-beolsik automaton
REV={v:k for k,v in KEY.items()}
VCOMB={('ㅗ','ㅏ'):'ㅘ',('ㅗ','ㅐ'):'ㅙ',('ㅗ','ㅣ'):'ㅚ',('ㅜ','ㅓ'):'ㅝ',('ㅜ','ㅔ'):'ㅞ',('ㅜ','ㅣ'):'ㅟ',('ㅡ','ㅣ'):'ㅢ'}
FCOMB={('ㄱ','ㅅ'):'ㄳ',('ㄴ','ㅈ'):'ㄵ',('ㄴ','ㅎ'):'ㄶ',('ㄹ','ㄱ'):'ㄺ',('ㄹ','ㅁ'):'ㄻ',('ㄹ','ㅂ'):'ㄼ',('ㄹ','ㅅ'):'ㄽ',('ㄹ','ㅌ'):'ㄾ',('ㄹ','ㅍ'):'ㄿ',('ㄹ','ㅎ'):'ㅀ',('ㅂ','ㅅ'):'ㅄ'}
FSPLIT={v:k for k,v in FCOMB.items()}
def isv(j): return j in JUNG
def compose(c,v,t):
    if c is None and v is None: return t or ''
    if v is None: return c
    if c is None: return v
    return chr(0xAC00+CHO.index(c)*588+JUNG.index(v)*28+(JONG.index(t) if t else 0))
def from_keys(s):
    out=[]; c=v=t=None
    def flush():
        nonlocal c,v,t
        if c or v or t: out.append(compose(c,v,t))
        c=v=t=None
    for ch in s:
        j=REV.get(ch)
        if j is None and ch.isalpha() and ch.isupper(): j=REV.get(ch.lower())
        if j is None:
            flush(); out.append(ch); continue
        if isv(j):
            if c is not None and v is None: v=j
            elif v is not None and t is None and (v,j) in VCOMB: v=VCOMB[(v,j)]
            elif t is not None:
                # final consonant moves to next syllable
                if t in FSPLIT: a,b=FSPLIT[t]; t=a; nc=b
                else: nc=t; t=None
                flush(); c=nc; v=j
            else:
                flush(); v=j; out.append(v); v=None
        else:
            if c is not None and v is not None and t is None and j in JONG: t=j
            elif t is not None and (t,j) in FCOMB: t=FCOMB[(t,j)]
            else:
                flush(); c=j
    flush()
    return ''.join(out)
if __name__=='__main__':
    for w in ['도시락','현수막','에어컨 청소','명함','방충망 교체','떡','간병','이불 세탁','복사용지','닭','값','괜찮','원목','뷁']:
        k=to_keys(w); print(w,k,from_keys(k))
