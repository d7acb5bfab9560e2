# -*- coding: utf-8 -*-
"""Dubeolsik (2-beolsik) keyboard converter: Hangul <-> English-mode keystrokes."""
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
        'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
KEY = {'ㄱ': 'r', 'ㄲ': 'R', 'ㄴ': 's', 'ㄷ': 'e', 'ㄸ': 'E', 'ㄹ': 'f', 'ㅁ': 'a', 'ㅂ': 'q', 'ㅃ': 'Q',
       'ㅅ': 't', 'ㅆ': 'T', 'ㅇ': 'd', 'ㅈ': 'w', 'ㅉ': 'W', 'ㅊ': 'c', 'ㅋ': 'z', 'ㅌ': 'x', 'ㅍ': 'v',
       'ㅎ': 'g', 'ㅏ': 'k', 'ㅐ': 'o', 'ㅑ': 'i', 'ㅒ': 'O', 'ㅓ': 'j', 'ㅔ': 'p', 'ㅕ': 'u', 'ㅖ': 'P',
       'ㅗ': 'h', 'ㅛ': 'y', 'ㅜ': 'n', 'ㅠ': 'b', 'ㅡ': 'm', 'ㅣ': 'l'}
COMPOUND = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ', 'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ',
            'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ', 'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ',
            'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ', 'ㅄ': 'ㅂㅅ'}
JOIN = {v: k for k, v in COMPOUND.items()}
REV = {v: k for k, v in KEY.items()}


def jamo_keys(j):
    return ''.join(KEY[c] for c in COMPOUND.get(j, j))


def to_keys(text):
    """Hangul text -> keystrokes typed in English mode."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            s = o - 0xAC00
            out.append(jamo_keys(CHO[s // 588]) + jamo_keys(JUNG[(s % 588) // 28]) + jamo_keys(JONG[s % 28]))
        elif ch in KEY or ch in COMPOUND:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(jamos):
    """Compose a list of single jamo into syllables (dubeolsik automaton)."""
    res = []
    i, n = 0, len(jamos)
    isv = lambda c: c in JUNG
    while i < n:
        c = jamos[i]
        if c in CHO and i + 1 < n and isv(jamos[i + 1]):
            cho = c; i += 1
            v = jamos[i]; i += 1
            if i < n and isv(jamos[i]) and (v + jamos[i]) in JOIN:
                v = JOIN[v + jamos[i]]; i += 1
            jong = ''
            if i < n and jamos[i] in JONG and jamos[i] and not (i + 1 < n and isv(jamos[i + 1])):
                jong = jamos[i]; i += 1
                if i < n and (jong + jamos[i]) in JOIN and JOIN[jong + jamos[i]] in JONG \
                        and not (i + 1 < n and isv(jamos[i + 1])):
                    jong = JOIN[jong + jamos[i]]; i += 1
            res.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(v) * 28 + JONG.index(jong)))
        else:
            if isv(c) and i + 1 < n and isv(jamos[i + 1]) and (c + jamos[i + 1]) in JOIN:
                c = JOIN[c + jamos[i + 1]]; i += 1
            res.append(c); i += 1
    return ''.join(res)


def to_hangul(text):
    """Keystrokes (English mode) -> Hangul. Non-letter characters pass through;
    runs of ASCII letters are converted, everything else is kept."""
    out, run = [], []
    def flush():
        if run:
            out.append(_compose([REV.get(c, REV.get(c.lower(), c)) for c in run]))
            run.clear()
    for ch in text:
        if ch.isascii() and ch.isalpha():
            run.append(ch)
        else:
            flush(); out.append(ch)
    flush()
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        o = ord(ch)
        out.append(CHO[(o - 0xAC00) // 588] if 0xAC00 <= o <= 0xD7A3 else ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['현수막', '도시락', '명함', '떡', '수건', '화분', '복사용지', '원두커피', '물티슈', '앞치마', '방역',
              '닭갈비', '읽기', '값싼', '괜찮아', '뭐예요']:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
