"""The slogan vocabulary every pass shares: the national lexicon, fixed terms, one spelling
per slogan, and the names of the ways a slogan is recognised."""

from __future__ import annotations

import functools
import re

from helpers.extract.lexicon import load_words
from helpers.extract.text.clean import to_simplified
from helpers.extract.vocabulary import jieba_dictionary

NUMERAL = "一二两三四五六七八九十百千万双"
# Mottos are parallel parts of a few characters: "抓党建、促脱贫、保小康", "党建引领,产业兴村".
PART_SPLIT = re.compile(r"[、,，;；·・\s]+")  # "敢担当·善作为·勇攻坚": a middot parts a motto
PART = re.compile(r"^[\u4e00-\u9fff()（）0-9]{2,12}$")
MAX_SLOGAN_CHARS = 40
MAX_NAME_CHARS = 12
SENTENCE_END = re.compile(r"[。！？!?]")
TRAILING_PUNCT = re.compile(r"[。！？!?.\s]+$")


@functools.cache
def lexicon() -> frozenset[str]:
    """Well-known national campaign formulas: extra recall for one-phrase quotes, and for
    unquoted mentions of the numbered ones (`numbered_lexicon`)."""
    return frozenset(canonical(x) for x in load_words("slogan_lexicon"))


@functools.cache
def numbered_lexicon() -> re.Pattern[str] | None:
    """The lexicon's numbered formulas (六个精准, 五个一批, 三变改革): slogans quoted or not,
    as a numbered formula is; the lexicon's other names count only quoted."""
    numbered = [name for name in lexicon() if any(ch in NUMERAL for ch in name)]
    longest_first = sorted(numbered, key=lambda name: (-len(name), name))
    # its parts may be set apart where a numeral opens the next one: "两不愁、三保障"
    spelled = [
        "".join(
            ("[、\\s]?" if i and ch in NUMERAL and name[i - 1] not in NUMERAL else "")
            + re.escape(ch)
            for i, ch in enumerate(name)
        )
        for name in longest_first
    ]
    return re.compile("|".join(spelled)) if numbered else None


@functools.cache
def fixed_terms() -> frozenset[str]:
    """Quoted fixed terms that are not slogans (十三五, 两委班子), from data/dictionaries."""
    return frozenset(canonical(w) for w in load_words("fixed_terms"))


def verb_headed(phrase: str) -> bool:
    """Whether a phrase ends in a verb, as mechanisms and mottos do (以购代捐, 村企联建,
    支部引领), while labels end in a noun (主体责任, 制胜法宝, 农民夜校).

    The head is the longest dictionary word (up to four characters) that ends the phrase, or
    its last character; its part of speech is jieba's.

    >>> verb_headed("村企联建"), verb_headed("主体责任")
    (True, False)
    """
    for size in (4, 3, 2, 1):
        tail = phrase[-size:]
        if len(tail) == size and jieba_dictionary.is_word(tail):
            return jieba_dictionary.is_verb(tail)
    return False


@functools.cache
def formula_parts() -> frozenset[str]:
    """The actors and sectors an A+B model joins (党建, 合作社, 农户), from data/dictionaries."""
    return frozenset(load_words("formula_parts"))


LOST_PLUS = re.compile(r"[\u4e00-\u9fff]{2,5}([ \u3000]+[\u4e00-\u9fff]{2,5})+")
# 扶贫 is a formula's part only right after the party's side ("党建 扶贫"); after a sector it is
# the kind of alleviation with a stray space ("产业 扶贫" is 产业扶贫)
PARTY_SIDE = frozenset({"党建", "党组织", "党支部", "支部", "村党支部"})


def _lost_plus(parts: list[str]) -> bool:
    """Whether the parts a quote sets apart by spaces are an A+B model's (see LOST_PLUS)."""
    return (
        len(parts) >= 2
        and LOST_PLUS.fullmatch(" ".join(parts)) is not None
        and all(part in formula_parts() for part in parts)
        and all(at > 0 and parts[at - 1] in PARTY_SIDE for at, p in enumerate(parts) if p == "扶贫")
    )


@functools.lru_cache(maxsize=1 << 16)  # the same mottos recur across reports and pages
def canonical(raw: str) -> str:
    """One spelling per slogan: quote marks dropped, separators as 、, no closing full stop.

    >>> canonical("“抓党建 促脱贫 保小康”"), canonical("“精、严、细、实”")
    ('抓党建、促脱贫、保小康', '精严细实')
    """
    s = to_simplified(WRAP.sub("", raw).strip("“”‘’「」『』\"' "))  # one spelling, unwrapped
    s = TRAILING_PUNCT.sub("", s).replace("＋", "+").replace("（", "(").replace("）", ")")
    s = without_stray_spaces(s)
    s = re.sub(r"\s*\+\s*", "+", s)
    if _lost_plus(s.split()):
        return "+".join(s.split())  # a formula whose "+" the page lost: “党建 产业”
    parts = [p for p in PART_SPLIT.split(s) if p]
    if len(parts) >= 2 and all(len(p) == 1 for p in parts):
        return "".join(parts)  # “精、严、细、实”: one word of single-character virtues
    # a national formula is counted under one spelling, however a page separates its parts
    # ("两不愁、三保障", "两不愁 三保障"): the lexicon's
    return _lexicon_spelling().get("".join(parts), "、".join(parts))


@functools.cache
def _lexicon_spelling() -> dict[str, str]:
    """The lexicon's formulas by their characters alone, to their spelling there:
    "不忘初心牢记使命" -> "不忘初心、牢记使命"."""
    return {"".join(PART_SPLIT.split(word)): word for word in load_words("slogan_lexicon")}


WRAP = re.compile(r"\n\s*")
# A space a PDF's text dropped into a word ("四 议两公开", "促 脱贫"): one character on one side
# of it, two or more on the other. Parts of a motto set apart by spaces are of a length
# ("两不愁 三保障"), and single characters apart ("精 严 细 实") are each a part.
# A side is the word up to the next separator, digits and all ("冲刺90天 打赢歼灭战" are parts).
_WORD_CHAR = r"[^\s、,，;；:：“”\"'‘’「」『』()（）·・+]"
STRAY_SPACE = re.compile(
    rf"(?P<left>{_WORD_CHAR}*[\u4e00-\u9fff])[ \u3000](?P<right>[\u4e00-\u9fff]{_WORD_CHAR}*)"
)


def without_stray_spaces(s: str) -> str:
    """`s` with the spaces that split a word closed (see STRAY_SPACE)."""
    if " " not in s and "\u3000" not in s:
        return s

    def close(m: re.Match) -> str:
        shorter, longer = sorted((len(m["left"]), len(m["right"])))
        # or between the short numbered halves of a formula: "四议 两公开", "三会 一课"
        numbered = longer <= 3 and m["left"][0] in NUMERAL and m["right"][0] in NUMERAL
        return m["left"] + m["right"] if shorter == 1 < longer or numbered else m.group()

    # twice: a run a first space's closing joined may border a second one ("促 脱贫 强基础")
    return STRAY_SPACE.sub(close, STRAY_SPACE.sub(close, s))


# How a slogan was recognised (the `recognised_by` column):
STRUCTURE = "structure"  # parallel parts, a numbered formula, an A+B formula
NAME = "name"  # shaped as a campaign's name: …工程, …行动, …攻坚年
CONTEXT = "context"  # introduced as a campaign: 开展“…”, “…”活动, “616”工程
LEXICON = "lexicon"  # a national formula of data/dictionaries/slogan_lexicon.txt
LIST = "list"  # an item of a quoted list whose other items are slogans
REPEAT = "repeat"  # quoted again in a report that showed it to be a slogan at another quote
CORPUS = "corpus"  # quoted alike in stories from two or more places (the corpus pass)
CANDIDATE = "candidate"  # awaiting the corpus pass's evidence; never in a finished build
USER = "user"  # a phrase of the research team's own slogans.txt (see lexicon.use_lexicon)
