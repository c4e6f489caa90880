"""Rule files: every validation error names path:line:col; nothing is ever evaluated."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.checks.rulefile import RuleError, default_pack_path, load_rule_packs
from claimcheck.checks.template import compile_template

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
rules:
  - id: tiers
    check: sum
    severity: error
    message: "{explanation} ({status})"
    parts:
      - {text: "2个50亿元级", kind: count}
      - {count: {text: "2个20亿元级", kind: count}, amount: {text: "2个20亿元级", kind: money}}
    total: "204.5亿元"
    tolerance: {rel: 2%}
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(path: Path | list) -> str:
    paths = path if isinstance(path, list) else [path]
    with pytest.raises(RuleError) as info:
        load_rule_packs([str(p) for p in paths])
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_good_file_loads_with_parsed_params(tmp_path):
    path = write(tmp_path, GOOD)
    (rule,) = load_rule_packs([str(path)])
    assert (rule.id, rule.check, rule.severity) == ("tiers", "sum", "error")
    assert rule.source == f"{path}:2"
    part, product = rule.params["parts"]
    assert part.text == "2个50亿元级" and part.kind == "count"
    assert product.amount.kind == "money"
    assert rule.params["total"].text == "204.5亿元"  # a string is short for {text: ...}
    assert str(rule.params["tolerance"].rel) == "0.02"


@pytest.mark.parametrize("old, new, where, words", [
    # an unknown key on a rule
    ("    tolerance: {rel: 2%}", "    tolerence: {rel: 2%}", "10:5", "unknown key 'tolerence'"),
    # an unknown check type
    ("    check: sum", "    check: summ", "3:5", "unknown check type 'summ'"),
    # a bad severity
    ("    severity: error", "    severity: fatal", "4:5", "bad severity 'fatal'"),
    # a wrong type
    ("    severity: error", "    severity: [error]", "4:5", "'severity' must be a string"),
    ("    tolerance: {rel: 2%}", "    tolerance: {rel: lots}", "10:17", "expected a number"),
    ("    total: \"204.5亿元\"", "    total: 204.5", "9:5", "expected a selector"),
    # an unknown key inside a nested selector points at that key
    ('      - {text: "2个50亿元级", kind: count}', '      - {text: "2个50亿元级", knd: count}',
     "7:27", "unknown selector key 'knd'"),
    ('      - {text: "2个50亿元级", kind: count}', '      - {text: "2个50亿元级", kind: counts}',
     "7:27", "unknown kind 'counts'"),
    # a bad reference: a concept the lexicon does not know
    ('      - {text: "2个50亿元级", kind: count}',
     '      - {text: "2个50亿元级", concept: investmnt}', "7:27", "unknown concept 'investmnt'"),
    # an unknown placeholder in the message
    ('    message: "{explanation} ({status})"', '    message: "{explanation} ({statut})"',
     "5:5", "unknown placeholder {statut}"),
])
def test_each_error_kind_names_path_line_col(tmp_path, old, new, where, words):
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    message = error_of(path)
    assert message.startswith(f"{path}:{where}: "), message
    assert words in message
    assert "expected" in message


def test_column_is_exact_inside_flow_mappings(tmp_path):
    # two "kind" keys on one line: the error names the second, in the amount
    line = '      - {count: {text: "2个20亿元级", kind: count}, amount: {text: "2个20亿元级", kind: money}}'
    assert line in GOOD
    bad = line.replace("kind: money", "kind: monies")
    path = write(tmp_path, GOOD.replace(line, bad))
    message = error_of(path)
    assert message.startswith(f"{path}:8:{bad.rindex('kind') + 1}: unknown kind 'monies'"), message


def test_missing_required_key_points_at_the_rule(tmp_path):
    path = write(tmp_path, GOOD.replace('    message: "{explanation} ({status})"\n', ""))
    message = error_of(path)
    assert message.startswith(f"{path}:2:5: missing required key 'message'"), message
    path = write(tmp_path, GOOD.replace('    total: "204.5亿元"\n', ""), "b.yaml")
    message = error_of(path)
    assert message.startswith(f"{path}:2:") and "missing required key 'total'" in message


def test_duplicate_rule_id_across_files(tmp_path):
    first = write(tmp_path, GOOD, "a.yaml")
    second = write(tmp_path, GOOD.replace("tolerance: {rel: 2%}", "mode: at_most"), "b.yaml")
    message = error_of([first, second])
    assert message.startswith(f"{second}:2:5: duplicate rule id 'tiers'"), message
    assert f"first defined at {first}:2" in message


def test_unknown_top_level_key_and_not_a_rule_file(tmp_path):
    path = write(tmp_path, "version: 1\nrulez: []\nrules: []\n")
    assert error_of(path).startswith(f"{path}:2:1: unknown key 'rulez'")
    path = write(tmp_path, "- id: x\n", "list.yaml")
    assert error_of(path).startswith(f"{path}:1:1: not a rule file")


def test_invalid_yaml_names_line_and_column(tmp_path):
    path = write(tmp_path, "rules:\n  - id: [x\n    check: sum\n")
    message = error_of(path)
    assert message.startswith(f"{path}:") and "invalid YAML" in message


def test_python_tags_are_rejected_not_constructed(tmp_path):
    marker = tmp_path / "pwned"
    path = write(tmp_path, f"""\
        rules:
          - id: evil
            check: agree
            severity: error
            message: !!python/object/apply:os.system ["touch {marker}"]
        """)
    message = error_of(path)
    assert message.startswith(f"{path}:5:") and "invalid YAML" in message
    assert not marker.exists()


@pytest.mark.parametrize("template", [
    "{__import__}", "{values.__class__}", "{values[0]}", "{values!r}", "{explanation:>10}",
    "{ }", "unbalanced {", "unbalanced }",
])
def test_placeholders_that_reach_into_python_are_rejected(tmp_path, template):
    path = write(tmp_path, f"""\
        rules:
          - id: evil
            check: agree
            severity: error
            message: "{template}"
        """)
    message = error_of(path)
    assert message.startswith(f"{path}:5:5: "), message


def test_bound_needs_exactly_one_of_b_and_max(tmp_path):
    text = """\
        rules:
          - id: b
            check: bound
            severity: error
            message: "{explanation}"
            a: "11个项目"
        """
    message = error_of(write(tmp_path, text))
    assert ":6:5: give either b (a selector) or max (a number)" in message
    both = text.replace('a: "11个项目"\n', 'a: "11个项目"\n            b: "15个项目"\n'
                                           '            max: 20\n')
    message = error_of(write(tmp_path, both, "c.yaml"))
    assert ":7:5: give either b" in message


def test_template_substitution_is_literal():
    t = compile_template("{{literal}} {values} {pattern}")
    text = t.render({"values": "'{rule}' {__import__}", "pattern": "scale slip"})
    # a field's text is never re-read as a template
    assert text == "{literal} '{rule}' {__import__} scale slip"


def test_rates_and_dates_are_validated(tmp_path):
    base = """\
        rules:
          - id: fx
            check: convert
            severity: warning
            message: "{explanation}"
            concept: investment
            rates: {RATES}
        """
    ok = write(tmp_path, base.replace("{RATES}", "{date: 2020-11-19, EUR/CNY: 7.8}"))
    (rule,) = load_rule_packs([str(ok)])
    assert rule.params["rates"].date == "2020-11-19"
    for rates, words in [("{EUR/CNY: 7.8}", "rates need the 'date'"),
                         ("{date: 19/11/2020, EUR/CNY: 7.8}", "expected a date"),
                         ("{date: 2020-11-19, EURO/CNY: 7.8}", "bad currency pair"),
                         ("{date: 2020-11-19, EUR/CNY: -1}", "greater than 0")]:
        path = write(tmp_path, base.replace("{RATES}", rates), "bad.yaml")
        message = error_of(path)
        assert message.startswith(f"{path}:7:") and words in message, message


def test_default_pack_is_default_yaml_without_examples():
    rules = load_rule_packs(None)
    assert [r.check for r in rules] == ["agree", "part_whole"]
    assert all(r.source.startswith(str(default_pack_path())) for r in rules)
    assert load_rule_packs([]) == rules


def test_folder_is_read_recursively_but_skips_the_lexicon(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, GOOD, "sub/one.yaml")
    write(tmp_path, GOOD.replace("id: tiers", "id: tiers-2"), "two.yml")
    write(tmp_path, "concepts: {}\n", "lexicon.yaml")
    rules = load_rule_packs([str(tmp_path)])
    assert sorted(r.id for r in rules) == ["tiers", "tiers-2"]


def test_shipped_packs_load_together():
    rules = load_rule_packs([str(ROOT / "rules")])
    ids = {r.id for r in rules}
    assert {"aligned-claims-agree", "part-within-whole", "chengdu-tier-investment",
            "chengdu-tier-projects", "chengdu-proposals-listed"} <= ids


def test_missing_path_is_a_rule_error(tmp_path):
    path = tmp_path / "nope.yaml"
    assert error_of(path).startswith(f"{path}:1:1: no such rule file")


def test_every_example_in_the_docs_loads(tmp_path):
    """docs/rules.md shows one example per check type; each must be a valid rule."""
    import re

    from claimcheck.checks import CHECK_TYPES

    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(  - id:.*?)```", docs, re.S)
    shown = set()
    for i, block in enumerate(blocks):
        path = write(tmp_path, "rules:\n" + block, f"example{i}.yaml")
        (rule,) = load_rule_packs([str(path)])
        shown.add(rule.check)
    assert shown == set(CHECK_TYPES)


def test_default_pack_header_and_docs_name_every_key_of_every_check():
    import re

    from claimcheck.checks import CHECK_TYPES, check_module
    from claimcheck.checks.select import SELECTOR_KEYS

    header = (ROOT / "rules" / "default.yaml").read_text(encoding="utf-8").split("\nrules:")[0]
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for check in CHECK_TYPES:
        line = re.search(rf"^#   {check} +(.*(?:\n# {{6,}}.*)*)", header, re.M)
        assert line, check
        written = line.group(1)
        section = docs.split(f"### {check}\n")[1].split("\n### ")[0]
        for key in check_module(check).PARAMS:
            if key in SELECTOR_KEYS and "selector keys" in written:
                continue
            assert re.search(rf"\b{key}\b", written), (check, key)
            assert f"`{key}`" in section or "selector keys" in section, (check, key)
