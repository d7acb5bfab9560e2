"""수요 150건 확정, 기계적 라벨링, 스윕, 셔플, 파일 쓰기.

순서: needs_data.NEEDS(120, 카탈로그 전에 작성) + NO_MATCH(30, 카탈로그 뒤 작성)
라벨: 제품 태그 x 수요 태그 (needs_data 의 g2/g1/req/max_price/dong 규칙)
      + EXTRA_OK / OVERRIDES (스윕 검토 판단)
"""
import csv, json, os, random, re
from collections import defaultdict

import needs_data as ND
import kbd
from sweep_review import EXTRA_OK, OVERRIDES, WORD_REVIEWED, PAIR_REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250917

# ---------------------------------------------------------------------------
# no_match 수요 30건 (카탈로그 작성 후). (key, 난이도, 기관, 수요내용, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ('NM01', 'hard', 'SAF', '현수막 게시대 설치 공사', '현수막, 게시대',
     '카탈로그의 현수막은 인쇄물뿐이고 게시대 구조물을 세우는 공사 업체는 없음'),
    ('NM02', 'hard', 'UNI', '사무실 복합기 임대', '복사용지, 토너(사무기기 주제)',
     '소모품(용지·재생토너)만 있고 복합기 임대·렌털은 없음'),
    ('NM03', 'hard', 'ANI', '길고양이 중성화 수술', '고양이',
     '고양이 용품만 있고 수의사 면허가 필요한 수술은 없음'),
    ('NM04', 'hard', 'AGR', '텃밭용 소형 관리기 구매', '텃밭',
     '상토·모종·손 농기구만 있고 엔진 달린 농기계는 없음'),
    ('NM05', 'hard', 'WRK', '방역용 연무기 구매', '방역',
     '방역 소독 서비스는 있으나 방역 장비(기계) 판매는 없음'),
    ('NM06', 'hard', 'SAF', '소방시설 종합정밀점검', '안전(재난·응급 주제)',
     '비상용품·안전교육만 있고 면허가 필요한 소방시설 점검업은 없음'),
    ('NM07', 'hard', 'HLT', '자동심장충격기(AED) 구매', '심폐소생술, 구급(응급 주제)',
     '구급함과 응급처치 교육은 있으나 의료기기인 AED는 없음'),
    ('NM08', 'hard', 'WRK', '업소용 대형 세탁기 구매', '세탁',
     '세탁 대행 서비스만 있고 세탁기(기계)는 없음'),
    ('NM09', 'hard', 'WOM', '떡 뽑는 기계 구입', '떡, 가래떡',
     '떡 제품만 있고 떡 제조 기계는 없음'),
    ('NM10', 'hard', 'PAL', '커피머신 렌탈', '커피',
     '원두·드립백·출장 커피 서비스만 있고 커피머신 임대는 없음'),
    ('NM11', 'hard', 'PAL', '야외무대 설치 및 조명 장비 대여', '무대, 조명, 공연',
     '공연 기획 상품에 "무대·조명 장비는 별도"라고 되어 있고 무대 설치·장비 대여 업체는 없음'),
    ('NM12', 'hard', 'CUL', '한지 벽지 도배 시공', '한지',
     '한지 공예품·체험만 있고 도배 시공(건설)은 없음'),
    ('NM13', 'hard', 'CUL', '팸투어 관광버스 대절', '팸투어, 차량',
     '팸투어 운영 상품은 "차량 별도"이고 버스 임차 업체는 없음'),
    ('NM14', 'hard', 'CHD', '어린이 모래놀이터 모래 교체 공사', '모래, 어린이',
     '고양이 모래(반려동물용품)만 있고 놀이터 모래 교체 공사는 없음'),
    ('NM15', 'hard', 'SAF', '방범용 CCTV 설치', '안전',
     '안전 관련 소모품만 있고 CCTV 장비·설치 공사는 없음'),
    ('NM16', 'hard', 'UNI', '직원 구내식당 위탁 운영', '식당, 도시락(식사 주제)',
     '도시락 납품·케이터링만 있고 구내식당을 장기 위탁 운영하는 상품은 없음'),
    ('NM17', 'hard', 'ANI', '보호견 미용 (목욕·털 깎기)', '보호견, 반려견',
     '반려동물 용품·간식만 있고 애견 미용 서비스는 없음'),
    ('NM18', 'hard', 'HLT', '어르신 방문 물리치료', '어르신, 방문',
     '돌봄용품·반찬 배달은 있으나 면허가 필요한 물리치료는 없음'),
    ('NM19', 'hard', 'CHD', '상담실 소파 가죽 수선', '소파, 가죽, 상담실',
     '소파·소파 커버·가죽 공예품은 있으나 소파 수선(수리) 서비스는 없음'),
    ('NM20', 'hard', 'CUL', '야외 LED 전광판 임대', '홍보, 영상(표출)',
     '영상 제작·현수막은 있으나 전광판 장비 임대는 없음'),
    ('NM21', 'easy', 'UNI', '해외 출장 항공권 발권', '', '카탈로그와 무관'),
    ('NM22', 'easy', 'HLT', '직원 독감 예방접종', '', '카탈로그와 무관(의료)'),
    ('NM23', 'easy', 'WRK', '청사 승강기 유지보수', '', '카탈로그와 무관'),
    ('NM24', 'easy', 'SAF', '법률 자문 계약', '', '카탈로그와 무관'),
    ('NM25', 'easy', 'UNI', '골프장 단체 예약', '', '카탈로그와 무관'),
    ('NM26', 'easy', 'CUL', '해외 연수 비자 발급 대행', '', '카탈로그와 무관'),
    ('NM27', 'easy', 'PAL', '서버 클라우드 이용료', '', '카탈로그와 무관'),
    ('NM28', 'easy', 'WOM', 'ERP 소프트웨어 라이선스', '', '카탈로그와 무관'),
    ('NM29', 'easy', 'AGR', '아파트 분양 상담', '', '카탈로그와 무관'),
    ('NM30', 'easy', 'WRK', '선박 엔진 부품', '', '카탈로그와 무관'),
]


def load_catalog():
    with open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(HERE, 'catalog_tags.json'), encoding='utf-8') as f:
        tags = json.load(f)
    return rows, tags


def dong_base(d):
    return re.sub(r'\d+가$', '', d)


def grade_item(item, info):
    """한 품목 규칙으로 한 제품의 관련도(0/1/2)."""
    ts = set(info['tags'])
    if item['dong']:
        if ts & set(item['g2']):
            return 2 if dong_base(info['dong']) == item['dong'] else 1
        return 0
    if ts & set(item['g2']):
        ok = all(r in ts for r in item['req'])
        if item['max_price'] is not None and info['price'] > item['max_price']:
            ok = False
        return 2 if ok else 1
    if ts & set(item['g1']):
        return 1
    return 0


def mechanical_labels(need, tags):
    labels = {}
    for code, info in tags.items():
        best, lab = 0, ''
        for item in need['items']:
            g = grade_item(item, info)
            if g > best:
                best, lab = g, item['label']
        if best:
            labels[code] = [best, lab if need['kind'] == 'multi_item' else '']
    return labels


def final_labels(need, tags):
    labels = mechanical_labels(need, tags)
    k = need['key']
    for (nk, code), (g, reason, lab) in EXTRA_OK.items():
        if nk == k:
            assert code not in labels, ('EXTRA_OK already labelled', nk, code)
            labels[code] = [g, lab if need['kind'] == 'multi_item' else '']
    for (nk, code), (g, reason) in OVERRIDES.items():
        if nk == k:
            assert code in labels, ('OVERRIDE on unlabelled', nk, code)
            if g == 0:
                del labels[code]
            else:
                labels[code][0] = g
    return labels


# ---------------------------------------------------------------------------
# 스윕: 수요의 내용어가 제품명/규격/설명에 들어 있는데 라벨이 없는 경우를 모두 나열
PARTICLES = ['에서', '으로', '에게', '이나', '하고', '한테', '랑', '과', '와', '을', '를', '이', '가', '은', '는',
             '의', '에', '로', '도', '께']
STOP = {'필요한', '위해', '있습니다', '합니다', '있어', '주실', '찾고', '찾습니다', '구합니다', '좋겠습니다',
        '바랍니다', '주시기', '하려고', '하니', '적합한', '제품', '추천해', '알아보고', '가능했으면', '드릴',
        '드릴', '나눠줄', '나눠드릴', '참석자분들', '업체', '있는', '같은', '것을', '만든', '위한', '대상',
        '통해', '관련', '용품', '일체', '일괄', '쓸', '나갈', '때', '중인', '대한', '하는', '넣어', '싶습니다',
        '요청드립니다', '구매', '구매하려고', '구매하고자', '운영', '운영에', '맡아', '제작해', '사용할',
        '대비하여', '지급할', '배부할', '전달하려고', '납품해', '곳', '곳을', '약', '내외', '내외의', '있어', '에서', '이하', '이내', '1인', '과정', '주', '가능한'}


NOSTRIP = {'고양이', '한옥마을', '어린이', '도시락', '방앗간'}


def strip_particle(tok):
    if tok in NOSTRIP:
        return tok
    for p in PARTICLES:
        if tok.endswith(p) and len(tok) - len(p) >= 2:
            return tok[:-len(p)]
    return tok


def content_words(need):
    text = need.get('intended') or need['text']
    toks = re.split(r'[\s,.()·~/]+', text)
    words = []
    for t in toks:
        t = t.strip()
        if not t or t in STOP:
            continue
        if re.fullmatch(r'[\d,]+(원|명|개|벌|팩|장|권|세트|가구|포|매|박스|월|일|시|주|회|명께|명에게|만원)?', t):
            continue
        if re.fullmatch(r'\d+(월|일|주|L|g|m|cm)', t):
            continue
        w = strip_particle(t)
        if len(w) < 2 or w in STOP:
            continue
        words.append(w)
    return sorted(set(words))


def sweep(needs, rows, tags):
    by_code = {r['제품코드']: r for r in rows}
    lines, pending = [], []
    for need in needs:
        labels = final_labels(need, tags)
        for w in content_words(need):
            for r in rows:
                code = r['제품코드']
                blob = ' '.join([r['제품명'], r['규격'], r['설명']])
                if w.lower() not in blob.lower() or code in labels:
                    continue
                if (need['key'], code) in PAIR_REVIEWED:
                    why = 'PAIR: ' + PAIR_REVIEWED[(need['key'], code)]
                elif (need['key'], w) in WORD_REVIEWED:
                    why = 'WORD: ' + WORD_REVIEWED[(need['key'], w)]
                else:
                    why = 'UNREVIEWED'
                    pending.append((need['key'], w, code))
                lines.append('%s\t%s\t%s\t%s\t%s' % (need['key'], w, code, r['제품명'], why))
    return lines, pending


def all_needs():
    needs = [dict(n) for n in ND.NEEDS]
    for key, diff, org, text, overlap, reason in NO_MATCH:
        needs.append(dict(key=key, kind='no_match', org=org, text=text, items=[], qty=None, budget=None,
                          absent=None, intended=None, difficulty=diff, overlap=overlap, reason=reason))
    return needs


def main():
    rows, tags = load_catalog()
    needs = all_needs()
    assert len(needs) == 150
    matchable = [n for n in needs if n['kind'] != 'no_match']

    lines, pending = sweep(matchable, rows, tags)
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('# 스윕: 수요 내용어가 제품명/규격/설명에 있으나 라벨이 없는 (수요, 제품) 쌍과 검토 결과\n')
        f.write('# 형식: 내부키\t낱말\t제품코드\t제품명\t판단\n')
        f.write('# 라벨로 채택된 것은 sweep_review.EXTRA_OK 에 있으며 이 목록에는 나오지 않는다.\n')
        f.write('# EXTRA_OK %d건, OVERRIDES %d건, 검토 후 무관 판정 %d쌍, 미검토 %d쌍\n\n' % (
            len(EXTRA_OK), len(OVERRIDES), len(lines) - len(pending), len(pending)))
        f.write('\n'.join(lines) + '\n')
        f.write('\n## EXTRA_OK (스윕으로 추가한 라벨)\n')
        for (k, c), (g, reason, lab) in sorted(EXTRA_OK.items()):
            f.write('%s\t%s\t%s\t%d\t%s\n' % (k, c, next(r['제품명'] for r in rows if r['제품코드'] == c), g, reason))
        f.write('\n## OVERRIDES (기계적 라벨 수정)\n')
        for (k, c), (g, reason) in sorted(OVERRIDES.items()):
            f.write('%s\t%s\t%s\t%d\t%s\n' % (k, c, next(r['제품명'] for r in rows if r['제품코드'] == c), g, reason))
    if pending:
        print('UNREVIEWED sweep pairs:', len(pending))

    # 셔플 후 번호 부여
    order = list(range(len(needs)))
    random.Random(SEED).shuffle(order)
    idmap = {}
    for new_i, old_i in enumerate(order, 1):
        idmap[needs[old_i]['key']] = 'ZF-Q%03d' % new_i
    shuffled = [needs[i] for i in order]

    def w(name, header, data):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(data)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[idmap[n['key']], n['text'], '' if n['qty'] is None else n['qty'], '' if n['budget'] is None else n['budget']]
       for n in shuffled])
    w('query_kinds.csv', ['수요번호', '유형'], [[idmap[n['key']], n['kind']] for n in shuffled])
    qrels = []
    for n in shuffled:
        if n['kind'] == 'no_match':
            continue
        labels = final_labels(n, tags)
        for code in sorted(labels, key=lambda c: (-labels[c][0], c)):
            qrels.append([idmap[n['key']], code, labels[code][0], labels[code][1]])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrels)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[idmap[n['key']], n['difficulty'], n['overlap'], n['reason']] for n in shuffled if n['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[idmap[n['key']], n['text'], n['intended']] for n in shuffled if n['kind'] == 'hanyeong'])
    # 내부 키 대응표 (도구용)
    with open(os.path.join(HERE, 'id_map.json'), 'w', encoding='utf-8') as f:
        json.dump(idmap, f, ensure_ascii=False, indent=0)
    print('needs', len(needs), 'qrels', len(qrels), 'sweep lines', len(lines), 'pending', len(pending))


if __name__ == '__main__':
    main()
