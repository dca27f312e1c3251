"""Retrieval metrics of the legal text encoder, mirrored by test/eval/legal-encoder.eval.ts.

Every case of a pool is a query over the other cases of the same pool. Graded relevance from the
labels: 2 = same set of charges; 1 = the charge sets or the article sets overlap; 0 otherwise.
NDCG@k uses linear gain g / log2(rank + 1) over the ideal ordering of all pool grades; MRR is the
reciprocal rank of the first grade-2 case (0 when none is ranked). Ties in score are broken by pool
order, so both languages rank identically up to float rounding.
"""
import math

import numpy as np


def grade(a, b):
    ca, cb = set(a['charges']), set(b['charges'])
    if ca and ca == cb:
        return 2
    if ca & cb:
        return 1
    if a.get('articles') and b.get('articles') and set(a['articles']) & set(b['articles']):
        return 1
    return 0


def grade_matrix(pool):
    n = len(pool)
    g = np.zeros((n, n), dtype=np.int8)
    for i in range(n):
        for j in range(i + 1, n):
            g[i, j] = g[j, i] = grade(pool[i], pool[j])
    return g


def ranking_metrics(scores, grades, ks=(10, 30)):
    """scores: [n, n] similarity (higher first); grades: [n, n] relevance. Self excluded."""
    n = scores.shape[0]
    masked = -np.asarray(scores, dtype=np.float64).copy()
    np.fill_diagonal(masked, np.inf)  # self sorts last and is cut off below
    # Stable sort on the negated score: ties keep pool order.
    order = np.argsort(masked, axis=1, kind='stable')[:, :n - 1]
    gains = np.take_along_axis(grades, order, axis=1).astype(np.float64)
    ideal = -np.sort(-gains, axis=1)
    discounts = 1.0 / np.log2(np.arange(2, n + 1))
    out = {}
    for k in ks:
        dcg = (gains[:, :k] * discounts[:k]).sum(1)
        idcg = (ideal[:, :k] * discounts[:k]).sum(1)
        out[f'ndcg@{k}'] = float(np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0).mean())
    hit = gains == 2
    first = np.argmax(hit, axis=1)
    out['mrr'] = float(np.where(hit.any(1), 1.0 / (first + 1), 0).mean())
    return out


def tfidf_scores(texts):
    """Cosine of char 1–2 gram TF-IDF vectors (sublinear tf, smooth idf, whitespace removed),
    fitted on the pool itself — the unsupervised baseline the encoder must beat."""
    counts = []
    df = {}
    for text in texts:
        chars = ''.join(text.split()).lower()
        c = {}
        for n in (1, 2):
            for s in range(len(chars) - n + 1):
                gram = chars[s:s + n]
                c[gram] = c.get(gram, 0) + 1
        counts.append(c)
        for gram in c:
            df[gram] = df.get(gram, 0) + 1
    vocab = {gram: i for i, gram in enumerate(sorted(df))}
    idf = np.zeros(len(vocab))
    for gram, i in vocab.items():
        idf[i] = math.log((1 + len(texts)) / (1 + df[gram])) + 1
    from scipy.sparse import csr_matrix
    data, cols, indptr = [], [], [0]
    for c in counts:
        row = [(vocab[gram], (1 + math.log(count)) * idf[vocab[gram]]) for gram, count in c.items()]
        norm = math.sqrt(sum(w * w for _, w in row)) or 1.0
        cols += [i for i, _ in row]
        data += [w / norm for _, w in row]
        indptr.append(len(cols))
    rows = csr_matrix((data, cols, indptr), shape=(len(texts), len(vocab)))
    return (rows @ rows.T).toarray()
