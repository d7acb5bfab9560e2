# -*- coding: utf-8 -*-
"""Keyword sweep: list catalog products whose text contains a need's item keyword but are unlabeled."""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
KW = {  # item label -> sweep keywords (catalog wording)
 '방역소독': ['방역', '소독'], '이불세탁': ['이불'], '축하화환': ['축하', '화환'], '고추장': ['고추장'],
 '원목책장': ['책장', '책꽂이'], '요가매트': ['요가'], '홈페이지': ['홈페이지'], '출장뷔페': ['뷔페', '케이터링'],
 '백설기': ['설기'], '천연비누': ['비누'], '소식지': ['소식지', '책자'], '현수막': ['현수막'], '전단': ['전단', '리플렛', '포스터'],
 '명함': ['명함'], '스테이플러': ['스테이플러'], '미술용품': ['파스텔', '미술'], '트레이닝복': ['트레이닝'],
 '부추김치': ['부추'], '토트백': ['토트', '백 '], '냉난방기세척': ['냉난방기'], '점착메모': ['메모'], '표백제': ['표백', '염소'],
 '도시락': ['도시락'], '손소독제': ['소독제'], '물티슈': ['물티슈'], '단체티': ['티셔츠', '티'], '근조화환': ['근조', '추모'],
 '원두커피': ['원두', '커피'], '앞치마': ['앞치마'], '수세미': ['수세미'], '쿠키': ['쿠키'], '떡': ['떡', '설기'],
 '수건': ['타월', '수건'], '화분': ['화분', '식물', '난'], '복사용지': ['용지'], '미끄럼방지양말': ['양말'],
 '천연염색체험': ['염색'], '저수조청소': ['저수조'], '성인용기저귀': ['기저귀'], '목공체험': ['목공'], '보드게임': ['게임'],
 '반찬': ['반찬'], '핸드타월': ['핸드타월', '타월'], '토너': ['토너'], '배너': ['배너'], '종이컵': ['컵'], '그림책': ['그림책'],
 '한지공예': ['한지'], '청소용역': ['청소'], '작업베스트': ['조끼', '베스트'], '식혜': ['식혜'], '볼펜': ['볼펜'],
 '클리어파일': ['파일'], '마스크': ['마스크'], '모자': ['모자', '캡'], '텀블러': ['텀블러'], '커튼세탁': ['커튼'], '짐볼': ['짐볼'],
 'X배너': ['배너'],
}
cat = list(csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8')))
qrels = {}
for r in csv.DictReader(open(os.path.join(OUT, 'qrels.csv'), encoding='utf-8')):
    qrels.setdefault(r['수요번호'], {})[r['제품코드']] = r['관련도']
meta = json.load(open(os.path.join(HERE, 'needs_meta.json'), encoding='utf-8'))
for qid, m in sorted(meta.items()):
    if m['kind'] in ('no_match', 'location', 'category'):
        continue
    for it in m['items']:
        for kw in KW.get(it[0], [it[0]]):
            for p in cat:
                txt = p['제품명'] + ' ' + p['설명'] + ' ' + p['규격']
                if kw in txt and p['제품코드'] not in qrels.get(qid, {}):
                    print(qid, m['kind'], m['text'][:20], '|', it[0], kw, '->', p['제품코드'], p['제품명'])
