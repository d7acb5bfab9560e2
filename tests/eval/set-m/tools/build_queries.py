# -*- coding: utf-8 -*-
"""Labelling: tag-based selection of ALL matching products per need, then keyword sweep.
Writes queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv, hanyeong_intended.csv."""
import csv, json, os, random
import needs_data as ND

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250611

# --- labelling adjustments decided at labelling time (catalog has finer tags than the needs anticipated)
EXTRA_G1 = {  # need text -> {item label: extra grade-1 tags}
    '방역 소독': {'방역소독': ['해충방제']},
    'qkddur 소독': {'방역소독': ['해충방제']},
    '덕진구청 환경위생과에서는': {'방역소독': ['해충방제']},
    '이불 세탁': {'이불세탁': ['침구세탁']},
    '이불세탁 및 커튼 세탁 견적': {'이불세탁': ['침구세탁']},
    '홈페이지 제작': {'홈페이지': ['홈페이지유지보수']},
    'Ejr 답례품': {'떡': ['떡원료']},
    '청사 환경위생 관리 업체': {'위생관리': ['해충방제']},
}
# senior programme: grade 1 only for experiences plausible for older adults (replaces generic 체험교육)
REPLACE_G1 = {'어르신 프로그램': {'어르신프로그램': ['한지체험', '천연염색체험', '장담그기체험', '비누체험', '요리교실', '공연']}}
# quantity/spec constraints: products of the g2 tag failing the constraint drop to grade 1
SPEC = {
    'A4 복사용지 80g 2500매 10박스': dict(req=['A4', '80g']),
    '1만원 이하 도시락 50인분': dict(max_price=10000),
    '원두 1kg 5봉': dict(req=['1kg']),
    '요가매트 10mm 15개': dict(req=['10mm']),
    'CE285A 재생토너 4개': dict(req=['CE285A']),
    'X배너 600×1800 2개': dict(req=['X배너']),
}
# substitutes found by the keyword sweep (product names; grade 1 unless already grade 2)
NAME_G1_ITEM = {'근조화환': ['국화 꽃바구니'], '천연비누': ['설거지 비누']}
NAME_G1_NEED = {'떡이랑 식혜 50인분': {'떡': ['회의 다과 세트 (떡·과일·음료)']}}
# grade-2 by tag but wrong audience for this need -> grade 1
NAME_DEMOTE = {'어린이집 놀이 교구': ['치매예방 보드게임 (실버)']}
TRADE_EXTRA = {'인쇄': ['인쇄물'], '세탁': ['침구세탁'], '떡': ['떡원료'], '한지': ['한지체험']}


def load_catalog():
    with open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(HERE, 'catalog_tags.json'), encoding='utf-8') as f:
        tags = json.load(f)
    return rows, tags


def key_of(text):
    for k in list(EXTRA_G1) + list(REPLACE_G1) + list(SPEC):
        if text == k or text.startswith(k):
            yield k


def label(need, rows, tags):
    """returns {code: (grade, item_label_or_empty)}"""
    out = {}
    prod = {r['제품코드']: r for r in rows}
    if need['kind'] == 'location':
        trade = ND.TRADES[need['trade']] + TRADE_EXTRA.get(need['trade'], [])
        for c, t in tags.items():
            if set(t['tags']) & set(trade):
                if t['dong'].startswith(need['dong']):
                    out[c] = (2, need['items'][0][0])
                else:
                    out[c] = (1, '')
        return out
    keys = list(key_of(need['text']))
    spec = next((SPEC[k] for k in keys if k in SPEC), None)
    for label_, g2, g1 in need['items']:
        g1 = list(g1)
        for k in keys:
            if k in REPLACE_G1 and label_ in REPLACE_G1[k]:
                g1 = REPLACE_G1[k][label_]
            if k in EXTRA_G1 and label_ in EXTRA_G1[k]:
                g1 += EXTRA_G1[k][label_]
        g1names = set(NAME_G1_ITEM.get(label_, [])) | set(NAME_G1_NEED.get(need['text'], {}).get(label_, []))
        for c, t in tags.items():
            ts = set(t['tags'])
            grade = 1 if prod[c]['제품명'] in g1names else 0
            if ts & set(g2):
                grade = 2
                if spec:
                    p = prod[c]
                    txt = p['제품명'] + ' ' + p['규격']
                    if any(s not in txt for s in spec.get('req', [])):
                        grade = 1
                    if 'max_price' in spec and int(p['단가']) > spec['max_price']:
                        grade = 1
            elif ts & set(g1):
                grade = 1
            if grade == 1 and not (ts & set(g1)) and prod[c]['제품명'] not in g1names:
                grade = grade  # spec-demoted grade-2 product
            if grade == 2 and prod[c]['제품명'] in NAME_DEMOTE.get(need['text'], []):
                grade = 1
            if grade == 0:
                continue
            old = out.get(c, (0, ''))
            if grade > old[0]:
                out[c] = (grade, label_ if grade == 2 else '')
    return out


def main():
    rows, tags = load_catalog()
    allneeds = [dict(n) for n in ND.NEEDS]
    for text, diff, overlap, reason in ND.NO_MATCH:
        allneeds.append(dict(kind='no_match', text=text, items=[], qty=None, budget=None,
                             diff=diff, overlap=overlap, reason=reason))
    rnd = random.Random(SEED)
    rnd.shuffle(allneeds)
    for i, n in enumerate(allneeds, 1):
        n['id'] = 'M-Q%03d' % i
    W = lambda name: csv.writer(open(os.path.join(OUT, name), 'w', encoding='utf-8', newline=''))
    q = W('queries.csv'); q.writerow(['수요번호', '수요내용', '수량', '예산'])
    k = W('query_kinds.csv'); k.writerow(['수요번호', '유형'])
    r = W('qrels.csv'); r.writerow(['수요번호', '제품코드', '관련도', '품목'])
    nm = W('no_match_detail.csv'); nm.writerow(['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    hy = W('hanyeong_intended.csv'); hy.writerow(['수요번호', '입력', '의도한 한글'])
    meta = {}
    for n in allneeds:
        q.writerow([n['id'], n['text'], '' if n['qty'] is None else n['qty'], '' if n['budget'] is None else n['budget']])
        k.writerow([n['id'], n['kind']])
        meta[n['id']] = {x: n[x] for x in n if x not in ('items',)}
        if n['kind'] == 'no_match':
            nm.writerow([n['id'], n['diff'], n['overlap'], n['reason']])
            continue
        if n['kind'] == 'hanyeong':
            hy.writerow([n['id'], n['text'], n['ko']])
        lab = label(n, rows, tags)
        for c in sorted(lab):
            g, it = lab[c]
            r.writerow([n['id'], c, g, it if (n['kind'] == 'multi_item' and g == 2) else ''])
        meta[n['id']]['items'] = [list(x) for x in n['items']]
    with open(os.path.join(HERE, 'needs_meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
    print('written')
