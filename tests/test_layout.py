"""The project's shape: seeds unchanged, environment.yml in step with pyproject, clean notebooks."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
import tomllib
from conftest import ROOT, SEEDS, SHARED


def test_seeds_are_the_five_reports():
    assert sorted(p.suffix for p in SEEDS.iterdir()) == [".txt"] * 5


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds not present")
def test_seeds_are_byte_identical_to_shared():
    for shared in sorted((SHARED / "seeds").iterdir()):
        ours = SEEDS / shared.name
        assert (
            hashlib.sha256(ours.read_bytes()).hexdigest()
            == hashlib.sha256(shared.read_bytes()).hexdigest()
        ), shared.name


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\s\[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(d) for d in project["dependencies"]}
    declared |= {
        _name(d) for extra in project.get("optional-dependencies", {}).values() for d in extra
    }
    import yaml  # comes with jupyter

    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    assert declared == conda, (
        f"only in pyproject: {declared - conda}; only in environment.yml: {conda - declared}"
    )
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section and env["channels"] == ["conda-forge"]


NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [
        i
        for i, c in enumerate(nb["cells"])
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))
    ]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; run nbstripout"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_opens_with_its_question_and_has_a_parameters_cell(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown" and "Question" in "".join(cells[0]["source"])
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and "corpus" in "".join(tagged[0]["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_stays_thin(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            assert not re.search(r"^\s*(def|class) ", source, re.M), (
                f"{path.name}: move functions into helpers"
            )


def test_readme_first_screen_gives_the_two_commands():
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:40])
    assert "make run" in first_screen and "make test" in first_screen


# The README is for users: what the project does and how to use it. The design, the benchmarks
# and the history have files of their own, so the README stays short and free of "round 7",
# "this round", "after round 8" and the like.
README_MAX_LINES = 300
DEVELOPMENT_HISTORY = re.compile(r"\bround\b|\bused to (?:fail|be|take)\b", re.IGNORECASE)


def test_readme_is_short_and_speaks_to_users():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= README_MAX_LINES
    history = [m.group() for m in DEVELOPMENT_HISTORY.finditer(readme)]
    assert not history, f"development history in the README: {history}"


def test_development_history_wording_is_caught():
    # Invented lines: the first two speak of the work's history and must be caught; the last
    # uses words that only look alike ("around", "rounded", "used to find").
    assert DEVELOPMENT_HISTORY.search("The 10k build took 25 s after Round 7.")
    assert DEVELOPMENT_HISTORY.search("Such a page used to fail to build.")
    assert not DEVELOPMENT_HISTORY.search("Around 2 MB, rounded up; the dev set is used to find")


def test_design_benchmarks_and_history_have_their_own_files():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in ("docs/architecture.md", "docs/performance.md", "CHANGELOG.md"):
        assert (ROOT / path).is_file(), path
        assert f"]({path})" in readme, f"the README does not link {path}"


def test_tables_are_documented_for_users():
    doc = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for table in (
        "manifest.csv",
        "reports.csv",
        "sections.csv",
        "figures.csv",
        "slogans.csv",
        "terms.csv",
    ):
        assert table in doc


# The package's imports run one way, from the notebooks' side down to the rules:
#   analysis -> engine -> corpus -> store -> extract
# extract is pure (text in, records out); store writes and reads tables; corpus holds the passes
# over the whole corpus; engine runs builds; analysis answers questions over built tables.
# The base modules (config, errors, heap, prebuilt) may be imported by every layer.
ALLOWED = {
    "extract": {"extract"},
    "store": {"store", "extract"},
    "corpus": {"corpus", "store", "extract"},
    "engine": {"engine", "corpus", "store", "extract"},
    "analysis": {"analysis", "store", "extract"},
}
BASE = {"config", "errors", "heap", "prebuilt"}
# Inside extract, the stages run one way too: text -> places -> figures; vocabulary reads the
# cleaned text and the gazetteer. Cleaning reads the gazetteer as well: script conversion can
# alter an official place name, which it restores. The shared records, word lists, numerals
# and sentence units sit at extract's root.
EXTRACT_ALLOWED = {
    "text": {"text", "places"},
    "places": {"places", "text"},
    "figures": {"figures", "places", "text"},
    "vocabulary": {"vocabulary", "places", "text"},
}


def _imported_modules(path) -> set[str]:
    """Dotted names (below helpers) of the modules a file imports, relative imports resolved."""
    import ast

    here = path.relative_to(ROOT / "src" / "helpers").with_suffix("").parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level])
                parts = base + (node.module.split(".") if node.module else [])
            else:
                parts = (node.module or "").split(".")
                if parts[0] != "helpers":
                    continue
                parts = parts[1:]
            names = [parts + [alias.name] for alias in node.names] if parts else []
            found |= {".".join(p) for p in names} or {".".join(parts)}
            found.add(".".join(parts))
    return {m for m in found if m}


def _modules(package: str):
    return sorted((ROOT / "src" / "helpers" / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_run_one_way(package):
    for path in _modules(package):
        layers = {m.split(".")[0] for m in _imported_modules(path)}
        wrong = layers - ALLOWED[package] - BASE - {""}
        assert not wrong, f"{path.name} ({package}) imports {sorted(wrong)}"


@pytest.mark.parametrize("stage", sorted(EXTRACT_ALLOWED))
def test_extract_stages_run_one_way(stage):
    for path in _modules(f"extract/{stage}"):
        stages = {
            m.split(".")[1]
            for m in _imported_modules(path)
            if m.startswith("extract.") and m.split(".")[1] in EXTRACT_ALLOWED
        }
        wrong = stages - EXTRACT_ALLOWED[stage]
        assert not wrong, f"{path.name} (extract/{stage}) imports {sorted(wrong)}"


def test_no_folder_holds_more_than_a_dozen_modules():
    for folder in (ROOT / "src" / "helpers").rglob("*"):
        if folder.is_dir() and folder.name != "__pycache__":
            modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
            assert len(modules) <= 12, f"{folder.name} holds {len(modules)} modules"


def test_every_module_belongs_to_a_stage():
    top = {p.name for p in (ROOT / "src" / "helpers").glob("*.py")}
    assert top == {"__init__.py", "__main__.py", "config.py", "errors.py", "heap.py", "prebuilt.py"}


def test_comments_and_docstrings_quote_no_seed_text():
    """Examples in comments are invented (某某县, 张三): a seed's sentence or number in a comment
    invites rules that only fit the seeds. Six characters in a row, or five digits, count."""
    import ast
    import io
    import tokenize

    seeds = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    from helpers.extract.text.clean import to_simplified

    haystack = seeds + to_simplified(seeds)
    token = re.compile(r"[\u4e00-\u9fff]{6,}|\d{5,}")
    found = []
    for path in sorted((ROOT / "src" / "helpers").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        texts = [
            t.string
            for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type == tokenize.COMMENT
        ]
        texts += [
            ast.get_docstring(n, clean=False) or ""
            for n in ast.walk(ast.parse(source))
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
        ]
        for text in texts:
            for m in token.finditer(text):
                word = m.group()
                windows = (
                    [word] if word.isdigit() else [word[i : i + 6] for i in range(len(word) - 5)]
                )
                found += [
                    f"{path.name}: {word}"
                    for w in windows[:1]
                    if any(w in haystack for w in windows)
                ]
    assert not found, found


def test_the_api_reference_is_up_to_date():
    import subprocess
    import sys

    check = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "api_reference.py"), "--check"], cwd=ROOT
    )
    assert check.returncode == 0, "run `python tools/api_reference.py` and commit docs/api.md"


def test_the_extraction_modules_load_without_pandas():
    """`helpers` resolves build/load on first use: a script that only cleans text or calls
    `process_report` does not pay for pandas and the build engine (~0.3 s a process)."""
    import subprocess
    import sys

    probe = (
        "import sys, helpers.extract.text.clean, helpers.engine.pipeline;"
        " print('pandas' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert shown.stdout.strip() == "False", shown.stderr


def test_the_package_still_offers_its_api_by_name():
    import helpers

    assert callable(helpers.build) and callable(helpers.load) and callable(helpers.read_text)
    assert helpers.Tables.__name__ == "Tables"
    with pytest.raises(AttributeError):
        helpers.no_such_name  # noqa: B018


def test_a_build_runs_with_pandas_unimportable(tmp_path):
    """The build writes its tables through Arrow alone; pandas' import is 0.15 s of every build
    process. Two invented reports from two provinces quote one phrase, so that the corpus pass
    settles a slogan candidate too (the step that compares Arrow columns with a phrase)."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (province, county) in enumerate((("湖南省", "桑植县"), ("四川省", "苍溪县"))):
        (corpus / f"r{i}.txt").write_text(
            f"{county}脱贫纪实\n{province}{county}各村“干群联手攻坚”成效好,2019年全县贫困户减少"
            f"{120 + i}户。\n",
            encoding="utf-8",
        )
    probe = (
        "import sys; sys.modules['pandas'] = None\n"
        "from helpers.engine.build import build\n"
        f"build({str(corpus)!r}, {str(tmp_path / 'out')!r}, jobs=1, cache=False, progress=False)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    import csv

    with open(tmp_path / "out" / "slogans.csv", encoding="utf-8-sig") as f:
        settled = [row for row in csv.DictReader(f) if row["recognised_by"] == "corpus"]
    assert len(settled) == 2 and all(row["slogan"] == "干群联手攻坚" for row in settled)


def test_no_line_of_the_package_is_over_a_hundred_characters():
    # characters, not display width: a long pattern is written in verbose mode, a part a line
    long = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "src" / "helpers").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 100
    ]
    assert not long, long
