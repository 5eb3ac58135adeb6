"""Lookup structures are built once, saved, and loaded by later processes."""

import pickle

import pytest

from helpers import prebuilt


@pytest.fixture
def folders(tmp_path, monkeypatch):
    project, fallback = tmp_path / "project", tmp_path / "fallback"
    monkeypatch.setattr(prebuilt, "_folders", lambda: [project, fallback])
    return project, fallback


def _counting_builder():
    calls = []

    def table():
        calls.append(1)
        return {"兰州市": ("6201",), "渭源县": ("621123",)}

    table.__module__ = "helpers.extract.invented"
    return table, calls


def test_built_once_then_loaded(folders):
    build, calls = _counting_builder()
    first = prebuilt.persisted(build)()
    second = prebuilt.persisted(build)()  # a new decoration stands for a new process
    assert first == second == {"兰州市": ("6201",), "渭源县": ("621123",)}
    assert len(calls) == 1
    assert len(list(folders[0].glob("invented.table-*.pickle"))) == 1


def test_a_damaged_file_is_rebuilt_and_replaced(folders):
    build, calls = _counting_builder()
    prebuilt.persisted(build)()
    (saved,) = folders[0].glob("*.pickle")
    saved.write_bytes(b"\x80\x05 cut short")
    assert prebuilt.persisted(build)() == {"兰州市": ("6201",), "渭源县": ("621123",)}
    assert len(calls) == 2
    assert pickle.loads(saved.read_bytes()) == {"兰州市": ("6201",), "渭源县": ("621123",)}


def test_a_read_only_project_falls_back_to_the_temporary_folder(folders):
    project, fallback = folders
    project.parent.mkdir(exist_ok=True)
    project.write_text("a file where the folder should be")  # cannot be created
    build, calls = _counting_builder()
    prebuilt.persisted(build)()
    prebuilt.persisted(build)()
    assert len(calls) == 1
    assert len(list(fallback.glob("*.pickle"))) == 1


def test_a_new_version_replaces_the_old_file(folders, monkeypatch):
    build, calls = _counting_builder()
    prebuilt.persisted(build)()
    monkeypatch.setattr(prebuilt, "version", lambda: "0123456789abcdef")
    prebuilt.persisted(build)()
    assert len(calls) == 2  # other gazetteer or code: rebuilt, not loaded
    assert [p.name for p in folders[0].glob("*.pickle")] == [
        "invented.table-0123456789abcdef.pickle"
    ]


def test_the_version_changes_with_the_gazetteer(tmp_path, monkeypatch):
    import shutil

    from helpers.config import GAZETTEER_DIR

    for path in GAZETTEER_DIR.glob("*.gz"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(prebuilt, "GAZETTEER_DIR", tmp_path)
    same = prebuilt.version.__wrapped__()
    assert same == prebuilt.version()  # a copy of the same bytes: the same version
    with open(tmp_path / "divisions.csv.gz", "ab") as f:
        f.write(b"\0")  # a newer gazetteer
    assert prebuilt.version.__wrapped__() != same


def test_a_value_read_from_a_package_file_is_read_again_when_the_file_changes(folders, tmp_path):
    source = tmp_path / "dict.txt"
    source.write_text("联建 3 v\n责任 9 n\n", encoding="utf-8")

    def verbs():
        lines = source.read_text(encoding="utf-8").splitlines()
        return frozenset(line.split()[0] for line in lines if line.split()[2].startswith("v"))

    assert prebuilt.load_or_build_from_file("invented.verbs", source, verbs) == {"联建"}
    source.write_text("联建 3 v\n责任 9 n\n帮扶 5 v\n", encoding="utf-8")  # reinstalled: longer
    assert prebuilt.load_or_build_from_file("invented.verbs", source, verbs) == {"联建", "帮扶"}
    assert len(list(folders[0].glob("invented.verbs-*.pickle"))) == 1  # the stale one removed


def _fresh_domain_words(terms):
    from helpers.extract import lexicon

    for cached in (
        terms._domain_version,
        terms._sorted_domain_words,
        terms.domain_words,
        lexicon.load_words,
    ):
        cached.cache_clear()
    return terms.domain_words()


def test_the_domain_words_are_kept_and_follow_their_word_list(folders, tmp_path, monkeypatch):
    from helpers.extract.vocabulary import terms

    words = tmp_path / "dictionaries"
    words.mkdir()
    (words / "domain_terms.txt").write_text("# invented\n稻鱼共生\n", encoding="utf-8")
    (words / "slogan_lexicon.txt").write_text("# none\n", encoding="utf-8")  # the other source
    from helpers.extract import lexicon

    monkeypatch.setattr(terms, "DICTIONARIES_DIR", words)
    monkeypatch.setattr(lexicon, "DICTIONARIES_DIR", words)  # the one reader of word lists
    try:
        first = _fresh_domain_words(terms)
        assert "稻鱼共生" in first
        assert len(list(folders[0].glob("terms.domain_words-*.pickle"))) == 1
        # an edited word list is a new version: read again, and the old file goes
        (words / "domain_terms.txt").write_text("林下养鸡\n", encoding="utf-8")
        second = _fresh_domain_words(terms)
        assert "林下养鸡" in second and "稻鱼共生" not in second
        assert len(list(folders[0].glob("terms.domain_words-*.pickle"))) == 1
    finally:
        monkeypatch.undo()
        _fresh_domain_words(terms)


def test_the_words_rjieba_lacks_are_kept_per_installed_version(folders, monkeypatch):
    pytest.importorskip("rjieba")
    from helpers.extract.vocabulary import terms

    def added_with(stamp: str) -> frozenset[str]:
        monkeypatch.setattr(terms, "_installed", lambda package: stamp)
        terms._fast_tokenizer_and_additions.cache_clear()
        return terms.added_words()

    try:
        first = added_with("1234.5678")
        assert list(folders[0].glob("terms.added_words-*.1234.5678.pickle"))
        # no file to date the installation by: worked out, not saved under a guessed name
        again = added_with("")
        assert again == first and len(list(folders[0].glob("terms.added_words-*"))) == 1
        # the added words are domain words (township names jieba never listed among them)
        assert first and first <= terms.domain_words()
    finally:
        monkeypatch.undo()
        terms._fast_tokenizer_and_additions.cache_clear()
    assert terms._installed("a_package_that_is_not_installed") == ""
