"""Metrics, mirrored by models/training/criminal-judgment-metrics.ts (npm run eval)."""
import math


def multilabel_f1(gold, pred):
    """gold/pred: lists of label sets. micro over all decisions; macro over labels seen in gold or pred."""
    tp, fp, fn = {}, {}, {}
    for g, p in zip(gold, pred):
        for label in g | p:
            if label in g and label in p:
                tp[label] = tp.get(label, 0) + 1
            elif label in p:
                fp[label] = fp.get(label, 0) + 1
            else:
                fn[label] = fn.get(label, 0) + 1
    labels = set(tp) | set(fp) | set(fn)
    TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro = 2 * TP / (2 * TP + FP + FN) if TP + FP + FN else 0.0
    per = [2 * tp.get(l, 0) / (2 * tp.get(l, 0) + fp.get(l, 0) + fn.get(l, 0)) for l in labels]
    macro = sum(per) / len(per) if per else 0.0
    return micro, macro


def term_score(gold, pred):
    """CAIL2018 prison-term score; gold/pred: dicts {kind: fixed|life|death, months}."""
    if gold['kind'] != 'fixed' or pred['kind'] != 'fixed':
        return 1.0 if gold['kind'] == pred['kind'] else 0.0
    v = abs(math.log(pred['months'] + 1) - math.log(gold['months'] + 1))
    for limit, score in ((0.2, 1.0), (0.4, 0.8), (0.6, 0.6), (0.8, 0.4), (1.0, 0.2)):
        if v <= limit:
            return score
    return 0.0


def mean_term_score(gold, pred):
    scores = [term_score(g, p) for g, p in zip(gold, pred)]
    return sum(scores) / len(scores) if scores else 0.0


def set_f1(gold, pred):
    """Mean over cases of the F1 between the case's gold and predicted label sets."""
    per = [2 * len(g & p) / (len(g) + len(p)) if g or p else 1.0 for g, p in zip(gold, pred)]
    return sum(per) / len(per) if per else 0.0


def ece(confidence, correct, bins=15):
    """Expected calibration error over equal-width bins, and the reliability table."""
    table, total, n = [], 0.0, len(confidence)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        mask = [(lo < c <= hi) or (b == 0 and c == 0) for c in confidence]
        count = int(sum(mask))
        if not count:
            continue
        conf = float(sum(c for c, m in zip(confidence, mask) if m)) / count
        acc = sum(float(k) for k, m in zip(correct, mask) if m) / count
        total += count / n * abs(conf - acc)
        table.append({'bin': [round(lo, 3), round(hi, 3)], 'count': count, 'confidence': round(conf, 4), 'accuracy': round(acc, 4)})
    return total, table
