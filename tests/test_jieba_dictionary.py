"""Membership and verbs answered by the segmenter must be jieba's dict.txt, read directly."""

import pytest

from helpers.extract.vocabulary import jieba_dictionary, terms

pytest.importorskip("rjieba")


def test_domain_words_the_segmenter_was_given_are_not_jiebas_words():
    listed = jieba_dictionary._words_and_tags()  # dict.txt parsed line by line
    added = terms.added_words()
    assert added, "the gazetteer's county names alone are domain words jieba lacks"
    assert all(not jieba_dictionary.is_word(w) for w in added)
    assert all(w not in listed for w in added)
    # domain words jieba lists too stay words
    shared = [w for w in terms.domain_words() if w in listed][:500]
    assert shared and all(jieba_dictionary.is_word(w) for w in shared)


@pytest.mark.parametrize(
    "word",
    ["千家万户", "一心一意", "联建", "责任", "脱贫", "精准扶贫", "村企联建", "干群联手攻坚", "扶"],
)
def test_answers_agree_with_dict_txt(word):
    listed = jieba_dictionary._words_and_tags()
    assert jieba_dictionary.is_word(word) == (word in listed)
    assert jieba_dictionary.is_verb(word) == listed.get(word, "").startswith("v")


def test_verbs_are_read_from_every_tag_that_starts_with_v():
    listed = jieba_dictionary._words_and_tags()
    expected = {w for w, tag in listed.items() if tag.startswith("v")}
    assert jieba_dictionary._verbs() == expected
