"""``report.junit.xml``: the run as JUnit XML, for CI systems that show test results.

One test suite per story, one test case per finding (a check of one quantity, or of one
rule on the story): a finding that did not pass at or above the fail level is a
``<failure>`` with the whole discrepancy as its text; one below it passes, with the
finding in ``<system-out>``; one the baseline or a suppression accepted is ``<skipped>``
with the reason. An input that could not be read is an ``<error>`` in a suite of its
own. The XML is built with ElementTree (every text and attribute escaped), and any
character XML 1.0 cannot hold (control characters of a document) is replaced by U+FFFD.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..records import at_or_above
from .fingerprints import fingerprint, quantity_name
from .text import format_finding

__all__ = ["render"]

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def _case(suite: ET.Element, f, name_suffix: str = "") -> ET.Element:
    case = ET.SubElement(suite, "testcase", classname=_clean(f"claimcheck.{f.story}"),
                         name=_clean(f"{f.rule}: {quantity_name(f)}{name_suffix}"))
    props = ET.SubElement(case, "properties")
    for key, value in (("fingerprint", fingerprint(f)), ("severity", f.severity),
                       ("check", f.check), ("finding", f.id)):
        ET.SubElement(props, "property", name=key, value=_clean(value))
    return case


def _suite(root: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(root, "testsuite", name=_clean(name))


def _count(suite: ET.Element) -> dict[str, int]:
    cases = suite.findall("testcase")
    counts = {"tests": len(cases),
              "failures": sum(1 for c in cases if c.find("failure") is not None),
              "errors": sum(1 for c in cases if c.find("error") is not None),
              "skipped": sum(1 for c in cases if c.find("skipped") is not None)}
    for key, value in counts.items():
        suite.set(key, str(value))
    return counts


def render(result) -> str:
    fail_on = getattr(result, "fail_on", "error")
    known = getattr(result, "known", None)
    root = ET.Element("testsuites", name="claimcheck")
    suites: dict[str, ET.Element] = {}

    def suite_of(story: str) -> ET.Element:
        if story not in suites:   # (an Element without children is false: no "or")
            suites[story] = _suite(root, f"claimcheck: story {story}")
        return suites[story]

    for story in result.stories:
        suite_of(story.id)
    for f in result.findings:
        case = _case(suite_of(f.story), f)
        if f.passed:
            continue
        text = _clean(format_finding(f))
        message = _clean(" ".join(f.message.split()))
        if at_or_above(f.severity, fail_on):
            failure = ET.SubElement(case, "failure", message=message, type=f.severity)
            failure.text = text
        else:
            ET.SubElement(case, "system-out").text = text
    if known is not None:
        for f in known.accepted:
            case = _case(suite_of(f.story), f)
            ET.SubElement(case, "skipped", message=_clean(
                f"accepted by the baseline {known.baseline}"))
        for f, s in known.suppressed:
            case = _case(suite_of(f.story), f)
            ET.SubElement(case, "skipped", message=_clean(f"suppressed: {s.reason}"))
    if result.errors:
        suite = _suite(root, "claimcheck: inputs")
        for e in result.errors:
            case = ET.SubElement(suite, "testcase", classname="claimcheck.inputs",
                                 name=_clean(e.path))
            ET.SubElement(case, "error", message=_clean(e.message), type="input").text = \
                _clean(e.line())
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in root.findall("testsuite"):
        for key, value in _count(suite).items():
            totals[key] += value
    for key in ("tests", "failures", "errors"):
        root.set(key, str(totals[key]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
