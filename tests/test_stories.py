"""stories.group_stories: which documents report the same event, and why."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.ingest.documents import load_documents
from claimcheck.ingest.story_manifest import StoryManifestError, load_story_manifest
from claimcheck.records import Document
from claimcheck.stories.grouping import group_stories

SHARED = Path(__file__).resolve().parents[2] / "shared"
BUNDLES = Path(__file__).resolve().parent / "bundles"
needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="no ../shared")


def group(paths, manifest=None):
    docs, errors = load_documents([str(p) for p in paths])
    assert not errors
    claims = {d.id: extract(d.text, doc=d.id) for d in docs}
    return group_stories(docs, claims, default_lexicon(), manifest)


def names(story) -> list[str]:
    return [Path(d).name for d in story.docs]


@needs_shared
def test_seeds_make_two_stories_with_reasons():
    stories = group([SHARED / "seeds"])
    assert [s.id for s in stories] == ["chengdu", "kunshan"]
    assert [n[:3] for n in names(stories[0])] == ["000", "001", "002", "003"]
    assert names(stories[1])[0].startswith("004")
    reason = stories[0].reason
    # 成都 in the Chinese report is Chengdu; 三菱 is Mitsubishi
    assert "shared names: Chengdu" in reason and "Mitsubishi" in reason
    assert "21.75 billion yuan" in reason and "36.9 km²" in reason
    assert "PRNewswire" not in reason  # wire-service furniture is no evidence
    assert "shares no names" in stories[1].reason


@needs_shared
def test_unrelated_bundles_in_one_run_stay_apart():
    stories = group([SHARED / "seeds", SHARED / "bundles" / "tidewater", BUNDLES / "metro",
                     BUNDLES / "harbour"])
    by_first = {names(s)[0]: names(s) for s in stories}
    assert by_first["en.txt"] in (["en.txt", "es.txt", "fr.txt", "zh.txt"],)
    sizes = sorted(len(s.docs) for s in stories)
    # chengdu 4, kunshan 1, tidewater 4, metro 4, harbour 4, valencia 1
    assert sizes == [1, 1, 4, 4, 4, 4]
    assert any(s.id == "saint-nazaire" for s in stories)
    assert any(s.id == "lisbon" for s in stories)


def test_unrelated_story_in_one_folder():
    stories = group([BUNDLES / "harbour"])
    assert [names(s) for s in stories] == [["en.txt", "es.txt", "fr.txt", "zh.txt"],
                                           ["other.txt"]]
    assert stories[1].id == "valencia"
    assert "Northgate" in stories[0].reason and "Maasvlakte" in stories[0].reason


def test_chinese_place_names_link_across_scripts(tmp_path):
    (tmp_path / "a.txt").write_text("Kunshan signed 20 agreements with Shanghai firms, "
                                    "worth 100 billion yuan in total.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("昆山与上海企业签署20项协议,总金额1000亿元。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Portland opened 3 new libraries worth 20 million dollars. "
                                    "The Mayor spoke.", encoding="utf-8")
    stories = group([tmp_path])
    assert [names(s) for s in stories] == [["a.txt", "b.txt"], ["c.txt"]]
    assert "Kunshan" in stories[0].reason and "Shanghai" in stories[0].reason
    assert "100 billion yuan" in stories[0].reason


def test_sentence_openers_are_not_names(tmp_path):
    # both texts open sentences with the same capitalised words, nothing else is shared
    (tmp_path / "a.txt").write_text("During the week, Oslo built 4 bridges. The cost rose. "
                                    "Meanwhile rain fell.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("During the year, Lima planted 9 parks. The cost fell. "
                                    "Meanwhile prices rose.", encoding="utf-8")
    assert len(group([tmp_path])) == 2


def test_manifest_fixes_the_grouping(tmp_path):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text("stories:\n  port: [harbour/en.txt, 'harbour/f*.txt']\n",
                        encoding="utf-8")
    import shutil

    shutil.copytree(BUNDLES / "harbour", tmp_path / "harbour")
    stories = group([tmp_path / "harbour"], manifest=str(manifest))
    port = next(s for s in stories if s.id == "port")
    assert names(port) == ["en.txt", "fr.txt"] and "manifest" in port.reason
    # the rest is grouped automatically: es and zh together, the Valencia story apart
    rest = sorted(names(s) for s in stories if s.id != "port")
    assert rest == [["es.txt", "zh.txt"], ["other.txt"]]


@pytest.mark.parametrize("text, line", [
    ("stories:\n  a: [x.txt]\nother: 1\n", 3),
    ("stories:\n  a: 5\n", 2),
    ("stories: [a, b]\n", 1),
    ("stories:\n  a: [x.txt\n", 3),
])
def test_bad_manifest_names_file_and_line(tmp_path, text, line):
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoryManifestError) as err:
        load_story_manifest(str(path))
    assert str(err.value).startswith(f"{path}:{line}:")


def test_story_field_of_corpus_records(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "a", "text": "Chengdu signed 28 agreements worth 21.75 billion yuan.",
                "story": "one"},
               {"id": "b", "text": "Chengdu signed 28 agreements worth 21.75 billion yuan."},
               {"id": "c", "text": "Chengdu signed 28 agreements worth 21.75 billion yuan."}]
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    stories = group([corpus])
    assert [(s.id, s.docs) for s in stories] == [("one", ("a",)), ("chengdu", ("b", "c"))]
    assert "story" in stories[0].reason


def test_every_document_is_in_exactly_one_story(tmp_path):
    docs = [Document(id=f"d{i}", text=t, lang="en") for i, t in enumerate(
        ["Rome built 3 roads.", "Rome built 3 roads for 10 million euros.", "Nothing here."])]
    claims = {d.id: extract(d.text, lang="en", doc=d.id) for d in docs}
    stories = group_stories(docs, claims, default_lexicon())
    assert sorted(d for s in stories for d in s.docs) == ["d0", "d1", "d2"]
    assert len({s.id for s in stories}) == len(stories)
