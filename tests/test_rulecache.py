"""The compiled-rules cache: reused when the rule files are unchanged, never trusted blindly,
silently skipped when it cannot be written."""
import os
import shutil
import subprocess
import sys

import pytest

from wwandoctor.engine import loader, rulecache

SHIPPED = loader.shipped_directory()


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "cache"
    home.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    loader._CACHE.clear()
    yield home
    loader._CACHE.clear()


def _files(directory):
    """(rule paths, their texts, the shared fix steps as (path, text)): what rulecache keys on."""
    paths = loader.rule_files(directory)
    steps = [(str(p), open(p, "rb").read()) for p in loader.step_files(directory)]
    return paths, [open(p, "rb").read() for p in paths], steps


def _rule_count(paths, texts, steps) -> int:
    """How many rules the files hold, parsed without any cache (a family file holds several)."""
    shared = loader.load_steps([p for p, _ in steps], [t for _, t in steps])
    return sum(len(loader.load_rules_text(str(p), t, shared)) for p, t in zip(paths, texts))


def test_a_second_run_loads_the_compiled_rules_without_yaml(cache_home):
    code = "import sys; from wwandoctor.engine import load_rules; r = load_rules(); print(len(r), 'yaml' in sys.modules)"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    count = first.stdout.split()[0]
    assert first.stdout.split() == [count, "True"] and second.stdout.split() == [count, "False"]
    assert len(list((cache_home / "wwandoctor").glob("rules-*.pickle"))) == 1


def test_cached_rules_equal_parsed_rules(cache_home):
    parsed = loader.load_rules()
    loader._CACHE.clear()
    cached = rulecache.load(*_files(SHIPPED))
    assert cached is not None
    assert [(r.id, r.cause, r.when_data, r.docs, r.references) for r in cached] == \
        [(r.id, r.cause, r.when_data, r.docs, r.references) for r in parsed]


def test_a_changed_rule_file_makes_a_new_key(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(SHIPPED, rules, ignore=shutil.ignore_patterns("tests", "__pycache__"))
    paths, texts, steps = _files(str(rules))
    before = rulecache.key(paths, texts, steps)
    assert steps, "the shipped rules have shared fix steps"
    changed = [(steps[0][0], steps[0][1].replace(b"title:", b"title:  ", 1))] + steps[1:]
    assert rulecache.key(paths, texts, changed) != before
    texts[0] = texts[0].replace(b"title:", b"title:  ", 1)
    assert rulecache.key(paths, texts, steps) != before
    assert rulecache.key(paths[:-1], texts[:-1], steps) != before


def test_rules_cached_from_another_copy_name_their_own_files(cache_home, tmp_path):
    """The same rules in another folder (a checkout and the installed package) share a cache key;
    the rules loaded from it name the files of the folder asked for."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns("tests", "__pycache__"))
    loader.load_rules(str(first))
    loader._CACHE.clear()
    assert rulecache.load(*_files(str(second))) is not None
    rules = loader.load_rules(str(second))
    assert {os.path.dirname(r.path) for r in rules} == {str(second)}


def test_a_cache_others_can_write_is_not_used(cache_home):
    loader.load_rules()
    paths, texts, steps = _files(SHIPPED)
    cache = cache_home / "wwandoctor" / ("rules-%s.pickle" % rulecache.key(paths, texts, steps))
    assert rulecache.load(paths, texts, steps) is not None
    os.chmod(cache, 0o666)
    assert rulecache.load(paths, texts, steps) is None
    os.chmod(cache, 0o600)
    os.chmod(cache.parent, 0o777)
    assert rulecache.load(paths, texts, steps) is None


def test_a_damaged_cache_is_ignored(cache_home):
    paths, texts, steps = _files(SHIPPED)
    folder = cache_home / "wwandoctor"
    folder.mkdir(mode=0o700)
    (folder / ("rules-%s.pickle" % rulecache.key(paths, texts, steps))).write_bytes(b"\x80\x05garbage")
    os.chmod(folder / ("rules-%s.pickle" % rulecache.key(paths, texts, steps)), 0o600)
    assert len(loader.load_rules()) == _rule_count(paths, texts, steps) > len(paths)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_cache_is_skipped_silently(cache_home):
    os.chmod(cache_home, 0o500)
    try:
        assert len(loader.load_rules()) == _rule_count(*_files(SHIPPED))
        assert not (cache_home / "wwandoctor").exists()
    finally:
        os.chmod(cache_home, 0o700)


def test_a_cache_folder_that_is_a_file_is_skipped_silently(cache_home):
    (cache_home / "wwandoctor").write_text("not a folder")
    assert len(loader.load_rules()) == _rule_count(*_files(SHIPPED))


def test_changed_engine_code_makes_a_new_key(monkeypatch):
    paths, texts, steps = _files(SHIPPED)
    before = rulecache.key(paths, texts, steps)
    code = rulecache._code()
    assert any(name == "engine/conditions.py" for name, _ in code) and any(name == "/causes.py" for name, _ in code)
    monkeypatch.setattr(rulecache, "_code", lambda: code[:-1] + [(code[-1][0], code[-1][1] + b"#")])
    assert rulecache.key(paths, texts, steps) != before


def test_old_cache_files_are_pruned(cache_home):
    folder = cache_home / "wwandoctor"
    folder.mkdir(mode=0o700)
    old = rulecache.KEEP + 2
    for i in range(old):
        (folder / ("rules-old%d.pickle" % i)).write_bytes(b"x")
        os.utime(folder / ("rules-old%d.pickle" % i), (1000 + i, 1000 + i))
    loader.load_rules()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == rulecache.KEEP
    assert "rules-old%d.pickle" % (old - 1) in names and "rules-old0.pickle" not in names
