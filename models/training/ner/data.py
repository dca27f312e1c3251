"""CAIL2022 信息抽取 (ie/cail2022_xxcq) as BIO-tagged paragraphs in JudgeDesk's entity types.

Type mapping (gold labels of the data set → ours):
  Nh  人名       → person
  Ns  地名       → place
  NT  时间       → time
  NW  毒品重量   → amount   (数额: the data set's only quantity; money is added by rule, below)
  NDR 毒品类型   → dropped  (not a JudgeDesk type; its characters are tagged O)
The data set has no organisations and no sums of money, so two silver types are added by rule on
the same paragraphs, only where they do not overlap a gold span: organisation (a name ending in
人民法院/公安局/有限公司/银行/… ) and amount (人民币…元, 3000余元, 五万元). Their card figures
measure agreement with these rules on held-out text, not human-checked truth; the card says so.
"""
import json
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get('JUDGEDESK_DATA_DIR', str(REPO.parent / 'shared' / 'data')))
XXCQ = DATA / 'ie' / 'cail2022_xxcq'

TYPES = ['person', 'organization', 'place', 'time', 'amount']
GOLD = {'Nh': 'person', 'Ns': 'place', 'NT': 'time', 'NW': 'amount'}
SILVER_TYPES = {'organization'}  # amount is gold (NW) plus silver money
TAGS = ['O'] + [f'{p}-{t}' for t in TYPES for p in ('B', 'I')]

_ORG_SUFFIX = ('人民法院|人民检察院|检察院|公安局|公安分局|分局|派出所|看守所|戒毒所|强制隔离戒毒所|司法局|'
               '股份有限公司|有限责任公司|有限公司|公司|银行|支行|分行|信用社|信用合作联社|委员会|村委会|居委会|'
               '医院|卫生院|大学|学院|中学|小学|鉴定中心|司法鉴定所|鉴定所|事务所|工厂|厂|商行|经营部|合作社')
# An organisation name: up to 16 characters that are not punctuation or function words, then a suffix.
ORG = re.compile('[^\\s，。；：:、,;（）()“”"《》在被经由向于至到的和与及将把对从为给了是其该并后时已]{1,16}?(?:' + _ORG_SUFFIX + ')')
_NUM = '(?:[0-9０-９]+(?:[.．,，][0-9０-９]+)*|[零〇一二两三四五六七八九十百千万亿]+)'
MONEY = re.compile('(?:人民币)?' + _NUM + '(?:多|余)?(?:万|亿)?(?:多|余)?元')


def silver_spans(text):
    """(start, end, type) found by the two rules, in code points."""
    spans = [(m.start(), m.end(), 'organization') for m in ORG.finditer(text)]
    spans += [(m.start(), m.end(), 'amount') for m in MONEY.finditer(text)]
    return spans


def _merge(text, gold):
    taken = [False] * len(text)
    spans = []
    for s, e, t in gold:
        spans.append((s, e, t))
        for i in range(s, e):
            taken[i] = True
    for s, e, t in silver_spans(text):
        if not any(taken[s:e]):
            spans.append((s, e, t))
            for i in range(s, e):
                taken[i] = True
    return sorted(spans)


def load(name):
    rows = []
    for line_no, line in enumerate((XXCQ / name).read_text('utf-8').splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        text = r['sentText']
        gold = [(e['start'], e['end'], GOLD[e['label']]) for e in r['entityMentions'] if e['label'] in GOLD]
        rows.append({'article': r['articleId'], 'line': line_no, 'source': f'ie/cail2022_xxcq/{name}', 'text': text,
                     'spans': _merge(text, gold)})
    return rows


def bio(text, spans):
    tags = ['O'] * len(text)
    for s, e, t in spans:
        tags[s] = f'B-{t}'
        for i in range(s + 1, e):
            tags[i] = f'I-{t}'
    return [TAGS.index(t) for t in tags]
