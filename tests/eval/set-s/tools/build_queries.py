# -*- coding: utf-8 -*-
"""수요 150건 생성, 관련도 라벨링, 섞기, 파일 쓰기.

입력: needs_data.py, nomatch_data.py, ../catalog.csv, product_tags.csv (build_catalog.py 가 만듦)
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      tools/need_map.csv (내부 번호 <-> 수요번호), tools/sweep_report.txt (누락 점검용)
"""
import csv
import os
import random
import re
import sys

sys.dont_write_bytecode = True

from kbd import convert_marked
from needs_data import NEEDS, SHOP_TYPES
from nomatch_data import NOMATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 20250612

# 라벨링 후 사람이 점검해서 손으로 고친 것 (sweep 결과 반영). (내부 id, 제품명) -> 관련도(0 이면 제거)
MANUAL = {
    # 크기를 마음대로 정해 출력하는 실사 현수막은 5m x 0.9m 도 그대로 만들 수 있으므로 정확히 맞는 것으로 봄
    ('qt04', '실사출력 현수막'): 2,
    # 망치로 조립하는 어린이 새집 키트는 '원목 소품(도마·트레이), 공구 없이' 조건에 덜 맞으므로 대체품
    ('ls08', '어린이 목공 키트(새집 만들기)'): 1,
    # 출장 잔치상 차림은 뷔페 형식이 아니므로 '출장부페'에는 대체품 (마을잔치 음식 ca10 에서는 2 유지)
    ('ty04', '잔치상 차림(출장)'): 1,
    # 접이식 상장 케이스는 액자가 아니므로 '표창장 엑자'에는 대체품
    ('ty09', '원목 상장 케이스'): 1,
}


def load_catalog():
    with open(os.path.join(ROOT, 'catalog.csv'), encoding='utf-8') as f:
        cat = list(csv.DictReader(f))
    with open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8') as f:
        tags = {r['제품코드']: r for r in csv.DictReader(f)}
    for r in cat:
        t = tags[r['제품코드']]
        r['_tags'] = set(t['tags'].split())
        r['_dong'] = t['dong']
    return cat


def cond_ok(p, cond):
    if not cond:
        return True
    if 'max_price' in cond and int(p['단가']) > cond['max_price']:
        return False
    if 'spec' in cond:
        hay = (p['제품명'] + ' ' + p['규격']).replace(' ', '')
        for s in cond['spec']:
            if s.replace(' ', '') not in hay:
                return False
    return True


def label(need, cat):
    """-> {제품코드: (관련도, 품목)}"""
    out = {}
    kind = need['kind']
    if kind == 'location':
        shop_tags = set(SHOP_TYPES[need['shop']])
        for p in cat:
            if p['_tags'] & shop_tags:
                g = 2 if p['_dong'].startswith(need['dong']) else 1
                out[p['제품코드']] = (g, '')
    elif kind == 'multi_item':
        for p in cat:
            best = None
            for (iname, t2, t1) in need['items']:
                if p['_tags'] & set(t2):
                    best = (2, iname)
                    break
                if p['_tags'] & set(t1) and best is None:
                    best = (1, '')
            if best:
                out[p['제품코드']] = best
    else:
        t2, t1 = set(need['t2']), set(need['t1'])
        for p in cat:
            if p['_tags'] & t2:
                out[p['제품코드']] = (2 if cond_ok(p, need.get('cond')) else 1, '')
            elif p['_tags'] & t1:
                out[p['제품코드']] = (1, '')
    byname = {p['제품명']: p['제품코드'] for p in cat}
    for (nid, pname), g in MANUAL.items():
        if nid == need['id']:
            code = byname[pname]
            if g == 0:
                out.pop(code, None)
            else:
                out[code] = (g, out.get(code, (0, ''))[1])
    return out


def need_text(n):
    if n['kind'] == 'hanyeong':
        plain, typed = convert_marked(n['intended'])
        n['intended_plain'] = plain
        return typed
    return n['text']


WORD = re.compile(r'[가-힣A-Za-z0-9]{2,}')
STOP = {'주문', '제작', '구매', '추천', '서비스', '인쇄', '단체주문', '있나요', '되나요', '배달', '선물', '선물세트',
        '같이', '납품', '가능한', '업체', '찾습니다', '부탁드립니다', '입니다', '합니다'}


def sweep_words(n):
    if n['kind'] == 'hanyeong':
        base = n['intended_plain']
    elif n['kind'] == 'choseong':
        base = n['intended']
    else:
        base = n['text']
    words = set()
    for w in WORD.findall(base):
        if w in STOP or w.isdigit():
            continue
        words.add(w)
    if n['kind'] == 'multi_item':
        for (iname, _, _) in n['items']:
            words.add(iname.replace(' ', ''))
    return words


def main():
    cat = load_catalog()
    bycode = {p['제품코드']: p for p in cat}
    allneeds = []
    for n in NEEDS:
        n = dict(n)
        n['final_text'] = need_text(n)
        allneeds.append(n)
    for (nid, diff, org, text, overlap, reason, qty, budget) in NOMATCH:
        allneeds.append(dict(id=nid, kind='no_match', org=org, text=text, final_text=text, qty=qty,
                             budget=budget, diff=diff, overlap=overlap, reason=reason))
    assert len(allneeds) == 150
    rng = random.Random(SEED)
    order = list(range(len(allneeds)))
    rng.shuffle(order)
    numbered = []
    for i, idx in enumerate(order, 1):
        n = allneeds[idx]
        n['qid'] = f'S-Q{i:03d}'
        numbered.append(n)

    def w(name, cols, rows):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='') as f:
            wr = csv.writer(f)
            wr.writerow(cols)
            wr.writerows(rows)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[n['qid'], n['final_text'], '' if n.get('qty') is None else n['qty'],
        '' if n.get('budget') is None else n['budget']] for n in numbered])
    w('query_kinds.csv', ['수요번호', '유형'], [[n['qid'], n['kind']] for n in numbered])
    qrows, sweep = [], []
    for n in numbered:
        if n['kind'] == 'no_match':
            continue
        lab = label(n, cat)
        for code in sorted(lab, key=lambda c: (-lab[c][0], c)):
            qrows.append([n['qid'], code, lab[code][0], lab[code][1]])
        words = sweep_words(n)
        miss = []
        for p in cat:
            if p['제품코드'] in lab:
                continue
            name = p['제품명'].replace(' ', '')
            hit = [x for x in words if x.replace(' ', '') in name]
            if hit:
                miss.append(f"    {p['제품코드']} {p['제품명']} <- {','.join(sorted(hit))}")
        sweep.append(f"{n['qid']} [{n['id']}/{n['kind']}] {n['final_text'][:50]}  "
                     f"(2:{sum(1 for v in lab.values() if v[0] == 2)} 1:{sum(1 for v in lab.values() if v[0] == 1)})")
        sweep.extend(miss)
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[n['qid'], n['diff'], n['overlap'], n['reason']] for n in numbered if n['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[n['qid'], n['final_text'], n['intended_plain']] for n in numbered if n['kind'] == 'hanyeong'])
    with open(os.path.join(HERE, 'need_map.csv'), 'w', encoding='utf-8', newline='') as f:
        wr = csv.writer(f)
        wr.writerow(['수요번호', '내부번호', '유형', '기관', '수요내용'])
        for n in sorted(numbered, key=lambda x: x['id']):
            wr.writerow([n['qid'], n['id'], n['kind'], n['org'], n['final_text']])
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(sweep) + '\n')
    print('needs', len(numbered), 'qrels', len(qrows))


if __name__ == '__main__':
    main()
