"""Trains the NER tagger (person, organization, place, time, amount) and writes
models/ner/{model.onnx, vocab.json, card.json, heldout.json}.

Data: ie/cail2022_xxcq (see ner/data.py for the type mapping and the two rule-based silver types).
Split: the data set's test.json is the held-out test (paragraphs whose text also occurs in
train.json removed); train.json is split by articleId into train / dev (dev picks the epoch).
Model: character + hashed-bigram embeddings → dilated residual CNN → per-character BIO log-probabilities;
constrained Viterbi decoding (ner/decode.py, mirrored in main/inference/ner-decode.ts).

Usage: /usr/bin/python3 models/training/train_ner.py [--smoke] [--out DIR]
"""
import argparse
import hashlib
import json
import os
import platform
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner.data import REPO, SILVER_TYPES, TAGS, TYPES, bio, load  # noqa: E402
from ner.decode import allowed, overlap_f1, prf, spans, viterbi  # noqa: E402
from ner.featurize import bigram_ids, char_ids, normalise  # noqa: E402

SEED = 20240402
MAX_CHARS = 1000  # main/inference/ner.ts cuts longer texts into pieces of at most this many code points


def set_seeds(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class Tagger(nn.Module):
    """Dilated CNN (fast on 2 CPU cores, unlike an LSTM). Every layer's output is zeroed at padding,
    so a padded batch gives exactly the scores each text gets alone (ONNX batches freely)."""

    def __init__(self, n_chars, buckets, cfg):
        super().__init__()
        self.chars = nn.Embedding(n_chars, cfg['charDim'], padding_idx=0)
        self.bigrams = nn.Embedding(buckets + 1, cfg['bigramDim'], padding_idx=0)
        self.dropout = nn.Dropout(0.25)
        width = cfg['channels']
        self.inp = nn.Conv1d(cfg['charDim'] + cfg['bigramDim'], width, 3, padding=1)
        self.convs = nn.ModuleList(nn.Conv1d(width, width, 3, padding=d, dilation=d) for d in cfg['dilations'])
        self.out = nn.Linear(width, len(TAGS))

    def forward(self, chars, bigrams):
        mask = (chars > 0).to(torch.float32).unsqueeze(1)
        x = self.dropout(torch.cat([self.chars(chars), self.bigrams(bigrams)], dim=-1)).transpose(1, 2)
        h = torch.relu(self.inp(x)) * mask
        for conv in self.convs:
            h = (h + torch.relu(conv(self.dropout(h)))) * mask
        return torch.log_softmax(self.out(h.transpose(1, 2)), dim=-1)


def encode(rows, vocab_index, buckets):
    for r in rows:
        r['chars'] = char_ids(r['text'], vocab_index)
        r['bigrams'] = bigram_ids(r['text'], buckets)
        r['tags'] = bio(r['text'], r['spans'])


def batches(rows, size, shuffle, with_ids=False):
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]['text']))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for g in groups:
        sel = [rows[i] for i in g]
        T = max(len(r['chars']) for r in sel)
        pad = lambda key, fill: torch.tensor([r[key] + [fill] * (T - len(r[key])) for r in sel])  # noqa: E731
        batch = (pad('chars', 0), pad('bigrams', 0), pad('tags', -100), torch.tensor([len(r['chars']) for r in sel]))
        yield batch + (g,) if with_ids else batch


def predict(net, rows):
    """Padded batches score exactly as single texts (masked CNN), as in main/inference/ner.ts."""
    ok, start = allowed(TAGS)
    net.eval()
    found = {}
    with torch.no_grad():
        for chars, bigrams, _, lengths, ids in batches(rows, 64, False, with_ids=True):
            logp = net(chars, bigrams).numpy()
            for row, (i, n) in enumerate(zip(ids, lengths.tolist())):
                found[i] = set(spans(viterbi(logp[row, :n], ok, start), TAGS))
    return [found[i] for i in range(len(rows))]


def evaluate(net, rows):
    gold, pred = [set(r['spans']) for r in rows], predict(net, rows)
    scores = prf(gold, pred, TYPES)
    for t, f1 in overlap_f1(gold, pred, TYPES).items():
        scores[t]['overlapF1'] = f1
    return scores


def train(train_rows, dev_rows, n_chars, cfg, epochs, log):
    net = Tagger(n_chars, cfg['buckets'], cfg)
    opt = torch.optim.Adam(net.parameters(), lr=cfg['lr'])
    loss_fn = nn.NLLLoss(ignore_index=-100)
    best = (-1.0, 0, None)
    for epoch in range(1, epochs + 1):
        net.train()
        total = 0.0
        for chars, bigrams, tags, lengths in batches(train_rows, cfg['batch'], True):
            opt.zero_grad()
            logp = net(chars, bigrams)
            loss = loss_fn(logp.reshape(-1, len(TAGS)), tags.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        f1 = evaluate(net, dev_rows)['micro']['f1']
        log(f'epoch {epoch}: loss {total:.1f}, dev micro-F1 {f1:.4f}')
        if f1 > best[0]:
            best = (f1, epoch, {k: v.clone() for k, v in net.state_dict().items()})
    net.load_state_dict(best[2])
    net.eval()
    return net, best[1]


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='~200 paragraphs, 2 epochs: pipeline check for CI')
    parser.add_argument('--out', default=str(REPO / 'models' / 'ner'))
    args = parser.parse_args()
    started = time.time()
    log = lambda m: print(f'[{time.time() - started:6.1f}s] {m}', flush=True)  # noqa: E731
    set_seeds(SEED)
    torch.set_num_threads(1)  # two OpenMP threads spin-wait on a busy 2-core machine: 5–8× slower
    cfg = dict(buckets=2 ** 15, charDim=64, bigramDim=32, channels=96, dilations=[1, 2, 4, 8], lr=3e-3, batch=16)
    epochs = 12
    all_train = load('train.json')
    seen = {r['text'] for r in all_train}
    test = [r for r in load('test.json') if r['text'] not in seen]
    articles = sorted({r['article'] for r in all_train})
    random.Random(SEED).shuffle(articles)
    dev_articles = set(articles[:len(articles) // 10])
    train_rows = [r for r in all_train if r['article'] not in dev_articles]
    dev_rows = [r for r in all_train if r['article'] in dev_articles]
    if args.smoke:
        train_rows, dev_rows, test = train_rows[:200], dev_rows[:40], test[:40]
        cfg.update(buckets=2 ** 10, charDim=16, bigramDim=8, channels=32)
        epochs = 1
    log(f'train {len(train_rows)} / dev {len(dev_rows)} / test {len(test)} paragraphs')
    counts = Counter(c for r in train_rows for c in normalise(r['text']))
    vocab = ['<pad>', '<unk>'] + sorted((c for c, n in counts.items() if n >= 2), key=lambda c: (-counts[c], c))
    index = {c: i for i, c in enumerate(vocab)}
    for rows in (train_rows, dev_rows, test):
        encode(rows, index, cfg['buckets'])
    net, best_epoch = train(train_rows, dev_rows, len(vocab), cfg, epochs, log)
    scores = evaluate(net, test)
    log('test ' + json.dumps({t: round(s['f1'], 4) for t, s in scores.items()}))

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    dummy = (torch.tensor([test[0]['chars']]), torch.tensor([test[0]['bigrams']]))
    torch.onnx.export(net, dummy, str(out / 'model.onnx'), opset_version=17, input_names=['chars', 'bigrams'],
                      output_names=['log_probs'],
                      dynamic_axes={'chars': {0: 'batch', 1: 'length'}, 'bigrams': {0: 'batch', 1: 'length'},
                                    'log_probs': {0: 'batch', 1: 'length'}})
    import onnx
    onnx.checker.check_model(onnx.load(str(out / 'model.onnx')))
    (out / 'vocab.json').write_text(json.dumps({
        'chars': vocab, 'buckets': cfg['buckets'], 'hash': 'fnv1a32-utf8', 'tags': TAGS, 'maxChars': MAX_CHARS,
        'normalise': 'digits→0, Latin letters→a, whitespace→space (models/training/ner/featurize.py)',
    }, ensure_ascii=False) + '\n', 'utf-8')
    (out / 'heldout.json').write_text(json.dumps({
        'seed': SEED, 'smoke': args.smoke, 'devArticles': sorted(dev_articles),
        'test': [{'source': r['source'], 'line': r['line']} for r in test],
    }, ensure_ascii=False) + '\n', 'utf-8')

    split = 'test (ie/cail2022_xxcq test.json, paragraphs also in train.json removed)'
    metrics = []
    for t in TYPES + ['micro']:
        for m in ('precision', 'recall', 'f1', 'overlapF1'):
            if m in scores[t]:
                metrics.append({'name': f'{t}.{m}', 'value': round(scores[t][m], 4), 'split': split})
    card = {
        'id': 'ner', 'name': '命名实体识别模型（人名·机构·地点·时间·数额）', 'version': '0.1.0' + ('-smoke' if args.smoke else ''),
        'purpose': '从裁判文书与案卷文字中标出人名、机构、地点/地址、日期时间、数额（金额、重量），与规则识别的身份证号、电话、银行账号一起用于案件信息回填与隐私遮蔽，仅供参考',
        'feature': 'backfill',
        'intendedUse': '书记员回填当事人信息、文书公开前遮蔽隐私时的候选标注；每一处须人工核对，漏标之处不得视为已遮蔽',
        'trainingData': 'ie/cail2022_xxcq（CAIL2022 信息抽取，毒品犯罪判决段落）：Nh→person、Ns→place、NT→time、NW→amount（毒品重量），NDR（毒品类型）不用；'
                        'organization 与金额类 amount 由规则在同一段落上补标（不与人工标注重叠），见 models/training/ner/data.py',
        'trainingCounts': {'train': len(train_rows), 'dev': len(dev_rows), 'test': len(test), 'chars': len(vocab),
                           'spansTrain': dict(Counter(t for r in train_rows for *_, t in r['spans'])),
                           'spansTest': {t: scores[t]['support'] for t in TYPES}, 'bestEpoch': best_epoch},
        'metrics': metrics,
        'limits': [
            '训练语料只有毒品犯罪判决段落（约1,400段）：民事文书、其他罪名中的人名、地址识别会更差',
            'organization 与金额的标注来自规则（以“人民法院、公安局、有限公司、银行……”结尾的名称；“……元”），卡片上的这两项数字是与规则在留出文本上的一致程度，不是人工核对的准确率',
            '人名的诉讼地位（原告、被告、被告人、被害人、第三人、代理人）不是模型输出，由 main/inference/ner-roles.ts 按名字前紧邻的称谓规则判断',
            '脱敏文书中的“张某某、李×1”按人名标注；真实姓名的识别率未经测量',
            '身份证号、电话、银行账号、统一社会信用代码由 shared/domain/identifiers 的规则识别，不属于本模型',
        ],
        'measuredOn': f'{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__} (1 thread), {time.time() - started:.0f}s wall, {time.process_time():.0f}s CPU',
        'files': [{'path': name, 'sha256': sha256(out / name), 'bytes': (out / name).stat().st_size}
                  for name in ('model.onnx', 'vocab.json', 'heldout.json')],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    log(f'wrote {out} ({(out / "model.onnx").stat().st_size} bytes model)')


if __name__ == '__main__':
    main()
