"""Mirror of shared/domain/hashed-char-ngrams.ts: char n-grams, 32-bit FNV-1a of UTF-8, sqrt(tf) L2."""
import math
import re

_WHITESPACE = re.compile('[ \t\r\n\u3000\u00a0]')
FNV_OFFSET, FNV_PRIME = 0x811C9DC5, 0x01000193


def fnv1a32(text):
    h = FNV_OFFSET
    for byte in text.encode('utf-8'):
        h ^= byte
        h = (h * FNV_PRIME) & 0xFFFFFFFF
    return h


def hashed_char_ngrams(text, buckets, ngrams, max_chars):
    chars = _WHITESPACE.sub('', text)[:max_chars]
    counts = {}
    total = 0
    cache = {}
    for n in ngrams:
        for start in range(0, len(chars) - n + 1):
            gram = chars[start:start + n]
            bucket = cache.get(gram)
            if bucket is None:
                bucket = cache[gram] = fnv1a32(gram) % buckets
            counts[bucket] = counts.get(bucket, 0) + 1
            total += 1
    indices = sorted(counts)
    return indices, [math.sqrt(counts[i] / total) for i in indices]
