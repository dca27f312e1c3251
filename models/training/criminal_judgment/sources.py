"""Every labelled criminal set of the data folder as records with catalogue charge names.

A record: source, line, field (where the fact is), span (code-point offsets of the fact in that field,
or None for the whole field), fact, names, charges (catalogue names), articles (分则 article numbers as
strings, or None), term ({kind: fixed|none|life|death, months} or None)."""
import json
import re

from criminal_judgment.catalogue import chinese_number
from criminal_judgment.data import DATA, fact_key

TRAIN_SOURCES = ('cail2018', 'epm_ljpe', 'mud', 'legalgraphrag', 'lexeval_ljp')


def _lines(rel):
    with open(DATA / rel, encoding='utf-8') as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, json.loads(line)


def _term(death, life, months):
    if death:
        return dict(kind='death', months=0)
    if life:
        return dict(kind='life', months=0)
    return dict(kind='fixed' if months > 0 else 'none', months=int(months))


def _record(source, line, fact, names, charges, articles, term, normalise, field, span=None):
    articles = sorted({str(a) for a in articles}, key=int) if articles is not None else None
    mapped = sorted({c for c in (normalise(x, articles) for x in charges) if c})
    return dict(source=source, line=line, field=field, span=span, fact=fact, names=list(names),
                charges=mapped, articles=articles, term=term)


def _lexeval(normalise):
    """LexEval 3_1/3_2/3_3: the fact before the question, labels from the chosen options; one record
    per distinct fact, labels merged."""
    prompts = {'3_1': None, '3_2': '根据下列事实确定涉及的法律条文。\n', '3_3': '请根据下列事实预测判决刑期。\n'}
    merged = {}
    for task, prompt in prompts.items():
        rel = f'cases/lexeval_ljp/{task}.json'
        for number, obj in _lines(rel):
            text = obj['input']
            cut = text.find('被告人涉及的案由是') if task == '3_1' else text.rfind('\nA: ')
            if cut < 0:
                continue
            start = len(prompt) if prompt and text.startswith(prompt) else 0
            fact = text[start:cut].strip()
            lead = len(text[start:cut]) - len(text[start:cut].lstrip())
            span = [start + lead, start + lead + len(fact)]
            options = dict(re.findall(r'\n([A-D]): ?([^\n]*)', text[cut:]))
            chosen = [options.get(letter, '').strip() for letter in obj['answer'].strip()]
            if not fact or not all(chosen):
                continue
            key = fact_key(fact)
            rec = merged.get(key)
            if rec is None:
                rec = merged[key] = dict(source=rel, line=number, field='input', span=span, fact=fact, names=[],
                                         charges=[], articles=None, term=None)
            if task == '3_1':
                # Civil 案由 options (…纠纷, 劳动争议) carry no 罪: such items are not criminal labels.
                if not all(c.endswith('罪') for c in chosen):
                    continue
                rec['charges'] = sorted({c for c in (normalise(x) for x in chosen) if c} | set(rec['charges']))
            elif task == '3_2':
                m = re.search(r'刑法第([零〇一二两三四五六七八九十百千]+)条', chosen[0])
                if m and chinese_number(m.group(1)) > 101:
                    rec['articles'] = sorted(set(rec['articles'] or []) | {str(chinese_number(m.group(1)))}, key=int)
            else:
                m = re.match(r'(\d+)个月', chosen[0])
                if m:
                    rec['term'] = _term(False, False, int(m.group(1)))
    return list(merged.values())


def load_training_records(normalise, sources=TRAIN_SOURCES):
    records = []
    if 'cail2018' in sources:
        for rel in ('cases/cail2018/data_train.json', 'cases/cail2018/data_test.json'):
            for number, obj in _lines(rel):
                meta = obj['meta']
                t = meta['term_of_imprisonment']
                records.append(_record(rel, number, obj['fact'], meta['criminals'], meta['accusation'],
                                       meta['relevant_articles'], _term(t['death_penalty'], t['life_imprisonment'], t['imprisonment']),
                                       normalise, 'fact'))
    if 'epm_ljpe' in sources:
        rel = 'cases/epm_ljpe/data_event.txt'
        for number, obj in _lines(rel):
            records.append(_record(rel, number, obj['fact_cut'], [], [obj['accu']], [obj['law']],
                                   _term(False, False, int(obj['time'])), normalise, 'fact_cut'))
    if 'mud' in sources:
        for part in ('train', 'dev', 'test'):
            rel = f'cases/mud/{part}.json'
            for number, obj in _lines(rel):
                records.append(_record(rel, number, obj['facts'], sorted({x['subject'] for x in obj['labels']}),
                                       [x['charge'] for x in obj['labels']], None, None, normalise, 'facts'))
    if 'legalgraphrag' in sources:
        rel = 'cases/legalgraphrag/crime_data_CAIL_small.jsonl'
        for number, obj in _lines(rel):
            t = obj['term_of_imprisonment']
            records.append(_record(rel, number, obj['fact'], obj['name'], obj['crime'], obj['laws'],
                                   _term(t['death_penalty'], t['life_imprisonment'], t['imprisonment']), normalise, 'fact'))
        rel = 'cases/legalgraphrag/crime_data_CMDL_small.jsonl'
        per_fact = {}
        for number, obj in _lines(rel):
            key = fact_key(obj['fact'])
            if key not in per_fact:
                per_fact[key] = dict(line=number, fact=obj['fact'], names=set(), charges=set(), articles=set())
            rec = per_fact[key]
            rec['names'] |= set(obj['name'])
            rec['charges'] |= {(c, tuple(obj['laws'])) for c in obj['crime']}
            rec['articles'] |= set(obj['laws'])
        for rec in per_fact.values():
            r = _record(rel, rec['line'], rec['fact'], sorted(rec['names']), [], rec['articles'], None, normalise, 'fact')
            r['charges'] = sorted({c for c in (normalise(x, list(laws)) for x, laws in rec['charges']) if c})
            records.append(r)
    if 'lexeval_ljp' in sources:
        records += _lexeval(normalise)
    return _unique([r for r in records if r['charges'] or r['articles'] or r['term']])


def _unique(records):
    seen, out = set(), []
    for r in records:
        key = fact_key(r['fact'])
        if key in seen:
            continue
        seen.add(key)
        r['key'] = key
        out.append(r)
    return out


def load_external(normalise, catalogue_articles):
    """External test sets, never trained on: judge_test (charges parsed from the judgment after 判决如下,
    分则 articles > 101 of `la`) and cjo22_long (one charge, one article, months)."""
    judge = []
    rel = 'cases/judge_test/test.json'
    for number, obj in _lines(rel):
        fd = obj['fd']
        tail = fd[fd.find('判决如下'):]
        tail = tail[:tail.find('如不服本判决')] if '如不服本判决' in tail else tail
        raw = re.findall(r'犯([^罪，。；：、\s（）()][^，。；：\s（）()]{0,40}?罪)', tail)
        charges = sorted({c for c in (normalise(x) for x in raw) if c})
        articles = sorted({str(a) for a in obj['la'] if a > 101}, key=int)
        if charges:
            judge.append(dict(source=rel, line=number, field='text', span=None, fact=obj['text'], names=[],
                              charges=charges, articles=articles or None, term=None, key=fact_key(obj['text'])))
    cjo = []
    rel = 'cases/cjo22_long/CJO22test_long.jsonl'
    for number, obj in _lines(rel):
        charge = normalise(obj['charge'])
        cjo.append(dict(source=rel, line=number, field='fact', span=None, fact=obj['fact'], names=[],
                        charges=[charge] if charge else [], articles=[str(obj['article'])],
                        term=_term(False, False, int(obj['penalty'])), key=fact_key(obj['fact'])))
    return {'judge_test': judge, 'cjo22_long': [r for r in cjo if r['charges']]}
