"""The official charge catalogue (labels/charges/lawgpt_criminal_charges.json) as the label space,
charge-name normalisation onto it, and statute pseudo-examples for every catalogue charge."""
import json
import re
from collections import Counter

from criminal_judgment.data import DATA

DIGITS = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def chinese_number(text):
    """Chinese numerals below 10,000 (三百五十四, 一百零二, 十七) → int."""
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch == '十':
            total += (current or 1) * 10
            current = 0
        elif ch == '百':
            total += current * 100
            current = 0
        elif ch == '千':
            total += current * 1000
            current = 0
        else:
            raise ValueError(text)
    return total + current


def load_catalogue():
    """[{name, article, clause, articles, ref, chapter}] in the file's order; article = the first 条."""
    raw = json.loads((DATA / 'labels/charges/lawgpt_criminal_charges.json').read_text('utf-8'))
    out = []
    for item in raw:
        ref = item['chapter'] if item['chapter'].startswith('刑法') else '刑法' + item['chapter']
        refs = re.findall(r'第(\d+)条(?:之[一二三四五六七八九十]+)?(?:第(\d+)款)?', ref)
        articles = [int(a) for a, _ in refs]
        out.append(dict(name=item['charge'], article=articles[0], clause=int(refs[0][1]) if refs[0][1] else None,
                        articles=sorted(set(articles)), ref=ref, chapter=item['level1'].split('（')[0]))
    return out


# Names the general rule cannot place: renamed charges (the catalogue predates some amendments),
# merged CAIL labels, and 寻衅滋事 typos. Values are catalogue names.
EXPLICIT = {
    '生产、销售假药罪': '生产、销售假药罪', '销售假药罪': '生产、销售假药罪',
    '伪造、变造居民身份证罪': '伪造、变造、买卖身份证件罪', '伪造身份证件罪': '伪造、变造、买卖身份证件罪',
    '买卖身份证件罪': '伪造、变造、买卖身份证件罪', '伪造、买卖身份证件罪': '伪造、变造、买卖身份证件罪',
    '非法收购、运输、出售珍贵、濒危野生动物、珍贵、濒危野生动物制品罪': '非法收购、运输、出售珍贵、濒危野生动物、珍贵、濒危野生动物制品罪',
    '窝藏、转移、收购、销售赃物罪': '掩饰、隐瞒犯罪所得、犯罪所得收益罪',
    '掩饰、隐瞒犯罪所得罪': '掩饰、隐瞒犯罪所得、犯罪所得收益罪', '掩饰隐瞒犯罪所得罪': '掩饰、隐瞒犯罪所得、犯罪所得收益罪',
    '隐瞒犯罪所得罪': '掩饰、隐瞒犯罪所得、犯罪所得收益罪', '掩饰、隐瞒犯罪': '掩饰、隐瞒犯罪所得、犯罪所得收益罪',
    '强制猥亵、侮辱妇女罪': '强制猥亵、侮辱罪', '寻衅肇事罪': '寻衅滋事罪', '寻衅滋罪': '寻衅滋事罪',
    '包庇罪': '窝藏、包庇罪', '窝藏罪': '窝藏、包庇罪', '妨碍公务罪': '妨害公务罪',
    '拒不执行判决罪': '拒不执行判决、裁定罪', '拒不执行裁定罪': '拒不执行判决、裁定罪',
    '拒不执行劳动报酬罪': '拒不支付劳动报酬罪', '帮助信息网络犯罪': '帮助信息网络犯罪活动罪',
    '诈骗（未遂）罪': '诈骗罪', '（单位）非法吸收公众存款罪': '非法吸收公众存款罪',
    '偷越国边境罪': '偷越国（边）境罪', '偷越国境罪': '偷越国（边）境罪',
    '组织他人偷越国境罪': '组织他人偷越国（边）境罪', '运送他人偷越国境罪': '运送他人偷越国（边）境罪',
    '走私罪': '走私普通货物、物品罪', '走私国家禁止进出口的货物罪': '走私国家禁止进出口的货物、物品罪',
    '走私国家禁止进出口货物、物品罪': '走私国家禁止进出口的货物、物品罪',
    '伪造公司印章罪': '伪造公司、企业、事业单位、人民团体印章罪', '伪造事业单位印章罪': '伪造公司、企业、事业单位、人民团体印章罪',
    '伪造公司、事业单位印章罪': '伪造公司、企业、事业单位、人民团体印章罪',
    '非法获取公民个人信息罪': '侵犯公民个人信息罪',
    '制造、贩卖、传播淫秽物品罪': '制作、复制、出版、贩卖、传播淫秽物品牟利罪',
    '非法生产、销售间谍专用器材罪': '非法生产、销售专用间谍器材、窃听、窃照专用器材罪',
    '伪造国家机关证件罪': '伪造、变造、买卖国家机关公文、证件、印章罪', '伪造国家机关印章罪': '伪造、变造、买卖国家机关公文、证件、印章罪',
    '伪造国家机关证件、印章罪': '伪造、变造、买卖国家机关公文、证件、印章罪', '伪造居民身份证罪': '伪造、变造、买卖身份证件罪',
    '提供侵入计算机信息系统的程序、工具罪': '提供侵入、非法控制计算机信息系统程序、工具罪',
    '生产、销售有毒有害食品罪': '生产、销售有毒、有害食品罪', '生产、销售不符合安全生产标准的食品罪': '生产、销售不符合安全标准的食品罪',
    '收买、非法提供他人信用卡信息罪': '窃取、收买、非法提供信用卡信息罪', '盗窃、故意损坏尸体罪': '盗窃、侮辱、故意毁坏尸体、尸骨、骨灰罪',
}

# Whole families renamed by later amendments: a name with the keyword maps to the current charge.
KEYWORDS = [
    ('国家重点保护植物', '危害国家重点保护植物罪'),
    ('珍贵、濒危野生动物', '危害珍贵、濒危野生动物罪'),
    ('珍贵野生动物', '危害珍贵、濒危野生动物罪'),
]
DRUG_VERBS = {'走私', '贩卖', '运输', '制造'}

_SEP = re.compile('[、，]')


def _stem(name):
    return name[:-1] if name.endswith('罪') else name


def _fits(specific, official):
    """A specific form of a selective charge: `specific` reads as `official` with some of its
    、-alternatives left out (every char of specific in order, and each omitted stretch of official
    lies within 、-separated alternatives)."""
    s, o = _stem(specific).replace('、', ''), _stem(official)
    if '、' not in o or len(s) >= len(o.replace('、', '')):
        return False
    j, used = 0, []
    for k, ch in enumerate(o):
        if j < len(s) and ch == s[j]:
            used.append(k)
            j += 1
    if j < len(s):
        return False
    # Omitted characters must form whole alternatives: split official on 、 and require each
    # alternative to be kept whole, dropped whole, or be the shared object/verb it was kept for.
    kept = set(used)
    pos, dropped_any = 0, False
    for part in o.split('、'):
        span = range(pos, pos + len(part))
        n = sum(1 for k in span if k in kept)
        if n == 0:
            dropped_any = True
        elif n < len(part):
            # A partly kept alternative must keep a whole prefix or suffix (the verb or the object).
            inside = [k - pos for k in span if k in kept]
            if not (inside == list(range(len(inside))) or inside == list(range(len(part) - len(inside), len(part)))):
                return False
        pos += len(part) + 1
    return dropped_any or len(s) < len(o.replace('、', ''))


class Normaliser:
    def __init__(self, catalogue):
        self.names = [c['name'] for c in catalogue]
        self.known = set(self.names)
        self.cache = {}
        self.unmapped = Counter()
        self.by_rule = Counter()

    def __call__(self, raw, articles=None):
        name = re.sub(r'\s', '', raw)
        name = name.replace('[', '').replace(']', '')
        if not name.endswith('罪'):
            name += '罪'
        if name == '组织、强迫、引诱、容留、介绍卖淫罪':
            # CAIL merges 358 (组织/强迫) and 359 (引诱/容留/介绍); the cited article tells which.
            return '组织卖淫罪' if articles and '358' in articles and '359' not in articles else '引诱、容留、介绍卖淫罪'
        if name in self.known:
            return name
        if name in EXPLICIT and EXPLICIT[name] in self.known:
            return EXPLICIT[name]
        if name not in self.cache and name.endswith('毒品罪') and set(name[:-3].split('、')) <= DRUG_VERBS:
            self.cache[name] = '走私、贩卖、运输、制造毒品罪'
        for keyword, target in KEYWORDS:
            if keyword in name and name not in self.cache:
                self.cache[name] = target
        if name not in self.cache:
            fits = [o for o in self.names if _fits(name, o)]
            self.cache[name] = min(fits, key=len) if fits else None
        found = self.cache[name]
        if found:
            self.by_rule[f'{name}→{found}'] += 1
        else:
            self.unmapped[name] += 1
        return found


def statute_articles():
    """{article number: [款 texts]} from laws/lawrefbook/刑法/刑法.md (之一… articles folded into their base)."""
    text = (DATA / 'laws/lawrefbook/刑法/刑法.md').read_text('utf-8')
    out, current = {}, None
    head = re.compile(r'^第([零〇一二两三四五六七八九十百千]+)条(之[一二三四五六七八九十]+)?\s+(.*)$')
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith('#') or line.startswith('<!--'):
            continue
        m = head.match(line)
        if m:
            current = chinese_number(m.group(1))
            out.setdefault(current, []).append(m.group(3))
        elif current is not None and not line.startswith('第') and not line.startswith('**'):
            out[current].append(line)
    return out


def pseudo_examples(catalogue):
    """One or two statute texts per catalogue charge: its 条/款 text, and the NeurJudge 定义 + 客观方面."""
    statute = statute_articles()
    details = json.loads((DATA / 'labels/charges/neurjudge_charge_details.json').read_text('utf-8'))
    details = {_stem(k.replace(' ', '')) + '罪': v for k, v in details.items()}
    out = []
    for c in catalogue:
        paragraphs = statute.get(c['article'], [])
        if c['clause'] and len(paragraphs) >= c['clause']:
            text = paragraphs[c['clause'] - 1]
        else:
            text = ''.join(paragraphs)
        if text:
            out.append(dict(text=c['name'] + '。' + text, charge=c['name'], articles=[str(a) for a in c['articles']]))
        d = details.get(c['name'])
        if d:
            text = ''.join((d.get('定义', '') + d.get('客观方面', '')).split())
            out.append(dict(text=text, charge=c['name'], articles=[str(a) for a in c['articles']]))
    return out
