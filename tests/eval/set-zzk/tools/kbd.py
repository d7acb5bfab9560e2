"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타)."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY2JAMO = dict(zip("qwertyuiopasdfghjklzxcvbnm", "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ"))
KEY2JAMO.update({"Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ"})
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}
VCOMP = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
CCOMP = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
         "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
VJOIN = {v: k for k, v in VCOMP.items()}
CJOIN = {v: k for k, v in CCOMP.items()}
VOWELS = set(JUNG)


def hangul_to_keys(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            c, v, j = o // 588, (o % 588) // 28, o % 28
            seq = CHO[c] + VCOMP.get(JUNG[v], JUNG[v]) + CCOMP.get(JONG[j], JONG[j])
            out.append("".join(JAMO2KEY[x] for x in seq))
        elif ch in VCOMP or ch in CCOMP:
            out.append("".join(JAMO2KEY[x] for x in (VCOMP.get(ch) or CCOMP.get(ch))))
        elif ch in JAMO2KEY:
            out.append(JAMO2KEY[ch])
        else:
            out.append(ch)
    return "".join(out)


def _compose(c, v, j):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(j))


def _jamo_to_hangul(jamos):
    """jamos: list of compatibility jamo -> composed string (standard 두벌식 automaton)."""
    out = []
    c = v = j = ""

    def flush():
        nonlocal c, v, j
        if c and v:
            out.append(_compose(c, v, j))
        else:
            out.append(c + v + j)
        c = v = j = ""

    for x in jamos:
        if x in VOWELS:
            if c and not v:
                v = x
            elif v and not j and (v + x) in VJOIN and c:
                v = VJOIN[v + x]
            elif v and j:
                # 받침 이동
                if j in CCOMP:
                    keep, move = CCOMP[j][0], CCOMP[j][1]
                else:
                    keep, move = "", j
                j = keep
                flush()
                c, v = move, x
            elif not c and v and (v + x) in VJOIN:
                v = VJOIN[v + x]
            else:
                flush()
                v = x
        else:  # consonant
            if c and v and not j and x in JONG:
                j = x
            elif c and v and j and (j + x) in CJOIN:
                j = CJOIN[j + x]
            else:
                flush()
                c = x
    flush()
    return "".join(out)


def keys_to_hangul(text):
    """Convert runs of ASCII letters typed in English mode into Hangul; other chars unchanged."""
    out, run = [], []
    for ch in text + "\0":
        if ch in KEY2JAMO or (ch.isascii() and ch.isalpha()):
            run.append(KEY2JAMO.get(ch, KEY2JAMO.get(ch.lower(), ch)))
        else:
            if run:
                out.append(_jamo_to_hangul(run))
                run = []
            if ch != "\0":
                out.append(ch)
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    for w in ["가방", "안전모", "세차타월", "원두커피", "화장지", "명절", "단체", "차량", "읽다", "닭", "값어치", "외곬"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
