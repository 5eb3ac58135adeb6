"""jieba's dictionary as the slogan rules consult it: is a string a word, is a word a verb.

Parsing jieba's dict.txt (349,000 lines) into a dict cost 0.2 s in every build process. The
segmenter the vocabulary already loads (rjieba, whose built-in dictionary is jieba's: the same
349,045 words) answers membership instead, and the verbs, 38,000 of them, are read once and
then kept in the lookups cache.
"""

from __future__ import annotations

import functools
import re

from helpers import prebuilt
from helpers.extract.vocabulary import terms

VERB_LINE = re.compile(r"^(\S+) \d+ v", re.M)  # "word frequency tag": tags v, vd, vn, vg...


def is_word(word: str) -> bool:
    """Whether jieba's dictionary lists `word` (千家万户 and 一心一意 yes, 村企联建 no).

    >>> is_word("千家万户"), is_word("村企联建")
    (True, False)
    """
    fast = terms.fast_tokenizer()
    if fast is None:
        return word in _words_and_tags()
    # the vocabulary's segmenter holds the domain words too: those jieba lacks are not its words
    return fast.has_word(word) and word not in terms.added_words()


def is_verb(word: str) -> bool:
    """Whether jieba tags `word` as a verb (联建 yes, 责任 no)."""
    return word in _verbs()


def _dictionary_file() -> str:
    return prebuilt.package_data("jieba", "dict.txt")


@functools.cache
def _verbs() -> frozenset[str]:
    path = _dictionary_file()

    def read() -> frozenset[str]:
        with open(path, encoding="utf-8") as f:
            return frozenset(VERB_LINE.findall(f.read()))

    return prebuilt.load_or_build_from_file("jieba_dictionary.verbs", path, read)


@functools.cache
def _words_and_tags() -> dict[str, str]:
    """The whole dictionary, word -> tag: only when rjieba is missing."""
    with open(_dictionary_file(), encoding="utf-8") as f:
        fields = f.read().split()  # "word frequency tag" on every line: three fields each
    if len(fields) % 3:
        raise ValueError("jieba's dict.txt is not in lines of word, frequency and tag")
    return dict(zip(fields[0::3], fields[2::3]))
