"""Mirror of main/inference/ner.ts featurisation (a test compares both on real texts).

Per code point: a character id (digits → '0', Latin letters → 'a' first, so 2014 and 1998 look
alike; unknown → 1, padding → 0) and a hashed bigram id (this character + the next, 32-bit
FNV-1a of UTF-8 mod buckets, + 1; the last character pairs with U+0000).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from criminal_judgment.featurize import fnv1a32  # noqa: E402

_DIGIT = re.compile('[0-9０-９]')
_LATIN = re.compile('[A-Za-zＡ-Ｚａ-ｚ]')
_SPACE = re.compile('[ \t\n\r\f\v\u3000\u00a0]')


def normalise(text):
    return _SPACE.sub(' ', _LATIN.sub('a', _DIGIT.sub('0', text)))


def char_ids(text, vocab_index):
    return [vocab_index.get(c, 1) for c in normalise(text)]


def bigram_ids(text, buckets):
    n = normalise(text)
    return [fnv1a32(n[i] + (n[i + 1] if i + 1 < len(n) else '\u0000')) % buckets + 1 for i in range(len(n))]
