"""The JSON cache shared by the language files, the lexicon and the unit factors."""
import json

from hypothesis import given, settings, strategies as st

from claimcheck.extraction import jsoncache

_JSONABLE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=60, deadline=None)
@given(value=st.dictionaries(st.text(max_size=8), _JSONABLE, max_size=5))
def test_a_stored_value_comes_back_under_its_key_only(tmp_path_factory, value):
    cache = tmp_path_factory.mktemp("c") / "lang-en-0123.json"
    key = [3, "/data/en.yaml", 120, 17]
    jsoncache.store(cache, key, "raw", value)
    assert jsoncache.load(cache, key, "raw") == value
    assert jsoncache.load(cache, key + [1], "raw") is None      # the file changed since
    assert jsoncache.load(cache, key, "entries") is None        # another field
    assert not list(cache.parent.glob("*.tmp"))                 # written by a rename


def test_a_corrupt_or_foreign_file_reads_as_a_miss(tmp_path):
    cache = tmp_path / "unit-factors.json"
    for text in ("{not json", "[1, 2]", json.dumps({"key": [1], "raw": [1, 2]}), ""):
        cache.write_text(text, encoding="utf-8")
        assert jsoncache.load(cache, [1], "raw") is None
    assert jsoncache.load(tmp_path / "missing.json", [1], "raw") is None


def test_an_unwritable_cache_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    jsoncache.store(blocker / "sub" / "c.json", [1], "raw", {"a": 1})   # a file in the way
    assert not (blocker / "sub").exists()


def test_the_folder_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert jsoncache.cache_dir() == tmp_path / "xdg" / "claimcheck"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "own"))
    source = tmp_path / "a" / "fr.yaml"
    other = tmp_path / "b" / "fr.yaml"
    assert jsoncache.cache_path(source, "lang").parent == tmp_path / "own"
    assert jsoncache.cache_path(source, "lang").name.startswith("lang-fr-")
    assert jsoncache.cache_path(source, "lang") != jsoncache.cache_path(other, "lang")
