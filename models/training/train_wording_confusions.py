"""Wording confusions for the document review: character slips learned from the ECSpell legal
training split (proofread/ecspell_law/law.train) as short context windows (wrong 2-3 characters ->
corrected), kept only when the wrong window never occurs in correct legal text: the corrected
training sentences, every statute in laws/lawrefbook and the real judgments of cases/judge_test and
lecard/v2. Scored on law.test (character-level correction P/R/F0.5). No randomness: the same data
gives the same table. Usage: train_wording_confusions.py [--smoke] [--out DIR]
"""
import argparse
import hashlib
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DATA = Path(__import__('os').environ.get('JUDGEDESK_SHARED_DATA', REPO.parent / 'shared' / 'data'))
WINDOWS = [(-1, 1), (0, 2), (-1, 2)]


def pairs(path, limit=None):
    out = []
    for line in path.read_text(encoding='utf-8').splitlines()[:limit]:
        parts = line.split('\t')
        if len(parts) == 3 and len(parts[1]) == len(parts[2]):
            out.append((parts[1], parts[2]))
    return out


def learn(train):
    rules = {}
    for src, tgt in train:
        for i, (a, b) in enumerate(zip(src, tgt)):
            if a == b:
                continue
            for left, right in WINDOWS:
                lo, hi = i + left, i + right
                if lo >= 0 and hi <= len(src) and src[lo:hi] != tgt[lo:hi]:
                    rules[src[lo:hi]] = tgt[lo:hi]
    return rules


def correct_text(train, smoke):
    texts = [tgt for _, tgt in train]
    if not smoke:
        texts += [p.read_text(encoding='utf-8') for p in (DATA / 'laws' / 'lawrefbook').rglob('*.md')]
    for line in (DATA / 'cases' / 'judge_test' / 'test.json').read_text(encoding='utf-8').splitlines():
        texts.append(json.loads(line)['fd'])
    for name in ('test_query.json', 'controversial_query.json', 'procedural_query.json'):
        for line in (DATA / 'lecard' / 'v2' / 'query' / name).read_text(encoding='utf-8').splitlines():
            texts.append(json.loads(line)['query'])
    return '\n'.join(texts)


def apply(rules, text):
    out = list(text)
    for i in range(len(text)):
        for n in (3, 2):
            right = rules.get(text[i:i + n])
            if right is not None:
                for j, ch in enumerate(right):
                    out[i + j] = ch
    return ''.join(out)


def score(rules, test):
    gold = pred = ok = 0
    for src, tgt in test:
        fixed = apply(rules, src)
        for a, b, c in zip(src, tgt, fixed):
            gold += a != b
            pred += a != c
            ok += a != b and c == b
    p = ok / pred if pred else 0.0
    r = ok / gold if gold else 0.0
    f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
    return {'precision': round(p, 4), 'recall': round(r, 4), 'f05': round(f, 4), 'predicted': pred, 'gold': gold, 'correct': ok}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true')
    parser.add_argument('--out', default=str(REPO / 'models' / 'wording-confusions'))
    args = parser.parse_args()
    started = time.time()
    folder = DATA / 'proofread' / 'ecspell_law'
    train = pairs(folder / 'law.train', 200 if args.smoke else None)
    test = pairs(folder / 'law.test')
    learned = learn(train)
    correct = correct_text(train, args.smoke)
    rules = {w: r for w, r in sorted(learned.items()) if w not in correct}
    figures = score(rules, test)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    body = json.dumps({'version': 1, 'rules': [[w, r] for w, r in rules.items()]}, ensure_ascii=False, separators=(',', ':')) + '\n'
    (out / 'confusions.json').write_text(body, encoding='utf-8')
    digest = hashlib.sha256(body.encode('utf-8')).hexdigest()
    split = 'proofread/ecspell_law law.test (500 sentences, character level)'
    card = {
        'id': 'wording-confusions',
        'name': '文书用字易错表（ECSpell 法律领域学习）',
        'version': '0.1.0',
        'purpose': '文书审查“文字表述”一类：按上下文窗口识别常见错别字并给出改正，仅供参考',
        'feature': 'documentReview',
        'intendedUse': '法官、书记员审查文书时提示可能的错别字；由人决定是否采纳，不自动修改',
        'trainingData': 'proofread/ecspell_law/law.train（错字位置的 2～3 字窗口）；剔除在正确文本中出现过的窗口：训练集改正句、laws/lawrefbook 全部法规、cases/judge_test 与 lecard/v2 真实裁判文书',
        'trainingCounts': {'trainPairs': len(train), 'learnedWindows': len(learned), 'keptRules': len(rules)},
        'metrics': [
            {'name': 'ecspell.char.precision', 'value': figures['precision'], 'split': split, 'baseline': 0},
            {'name': 'ecspell.char.recall', 'value': figures['recall'], 'split': split, 'baseline': 0},
            {'name': 'ecspell.char.f05', 'value': figures['f05'], 'split': split, 'baseline': 0},
        ],
        'baselines': {'no-correction': {'precision': 0, 'recall': 0, 'f05': 0}},
        'limits': [
            '只认识训练集中出现过的错字窗口，新的错别字查不出来（召回有限）',
            'ECSpell 为法律考试类文本而非裁判文书；已用真实法规与裁判文书剔除会误报的窗口，但不能保证无误报',
            '只处理同长度的替换错误，不处理多字、漏字、语序',
        ],
        'measuredOn': f'smoke={args.smoke}, {round(time.time() - started)}s',
        'files': [{'path': 'confusions.json', 'sha256': digest, 'bytes': len(body.encode('utf-8'))}],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print(json.dumps({'rules': len(rules), **figures}, ensure_ascii=False))


if __name__ == '__main__':
    main()
