"""End to end: PDF, DOCX, CSV/TSV corpora, standard input and skipped files, through the
installed ``claimcheck`` command, on PDF and Word files made in the test from our own
Lyon-Turin story (examples/)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli import claimcheck_command, run_cli
from docmaker import document_xml, make_docx, make_pdf, zip_bomb_docx

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "lyon-turin" / "articles"
DRAFT = ROOT / "examples" / "lyon-turin-draft" / "es.txt"


def text(name: str) -> str:
    return (ARTICLES / name).read_text("utf-8").strip()


def sentences(body: str) -> list[str]:
    """The English article cut into its sentences (". " ends one)."""
    parts = body.split(". ")
    return [p if p.endswith(".") else p + "." for p in parts]


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A folder with a two-page PDF whose page 2 carries a slip (75.5 km), a DOCX with a
    table, a text file, a CSV corpus, an unknown file and a binary file."""
    folder = tmp_path_factory.mktemp("mixed")
    en = sentences(text("en.txt"))
    page2 = " ".join(en[1:]).replace("57.5 kilometers", "75.5 kilometers")
    (folder / "release.pdf").write_bytes(make_pdf([en[0], page2]))
    fr = text("fr.txt")
    (folder / "fr.docx").write_bytes(make_docx([
        "Communiqué", fr, [["Ouvrage", "Longueur"], ["Tunnel de base", "57,5 km"]]]))
    (folder / "zh.txt").write_text(text("zh.txt"), "utf-8")
    es = DRAFT.read_text("utf-8").replace("75,5", "57,5").replace("54 %", "45 %")
    (folder / "wire.csv").write_text(
        'id,lang,text\nes-wire,es,"' + es.replace('"', '""') + '"\n', "utf-8")
    (folder / "layout.indd").write_text("InDesign layout notes", "utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    out = tmp_path_factory.mktemp("mixed-out")
    proc = run_cli("run", str(folder), "--out", str(out), "--format", "md,json")
    return folder, out, proc


def test_folder_of_pdf_docx_csv_and_text_is_checked_together(mixed):
    folder, out, proc = mixed
    no_traceback(proc)
    data = report(out)
    formats = {Path(d["id"]).name if d["format"] != "record" else d["id"]: d["format"]
               for d in data["documents"]}
    assert formats == {"release.pdf": "pdf", "fr.docx": "docx", "zh.txt": "text",
                       "es-wire": "record"}
    assert len(data["stories"]) == 1
    pdf = next(d for d in data["documents"] if d["format"] == "pdf")
    assert pdf["pages"] == 2 and pdf["lang"] == "en"


def test_unread_files_of_a_folder_are_listed_as_skipped(mixed):
    folder, out, proc = mixed
    data = report(out)
    assert data["skipped"] == [
        {"path": str(folder / "layout.indd"), "reason": "unknown file type (.indd)"},
        {"path": str(folder / "photo.png"), "reason": "binary file, unknown file type (.png)"}]
    assert data["summary"]["skipped"] == 2
    assert f"{folder / 'layout.indd'}: skipped: unknown file type (.indd)" in proc.stderr
    assert f"{folder / 'photo.png'}: skipped: binary file" in proc.stderr
    assert "## Files skipped" in (out / "report.md").read_text("utf-8")
    # skipped files are no errors: the exit code is the findings'
    assert data["errors"] == [] and proc.returncode != 2


def test_a_slip_in_a_pdf_is_located_by_page(mixed):
    folder, out, proc = mixed
    data = report(out)
    slip = next(f for f in data["findings"] if not f["passed"]
                and any(c["text"] == "75.5 kilometers" for c in f["claims"]))
    claim = next(c for c in slip["claims"] if c["text"] == "75.5 kilometers")
    assert claim["outlier"] and claim["page"] == 2
    others = [c for c in slip["claims"] if not c["outlier"]]
    assert {c["doc"].rsplit("/", 1)[-1] for c in others} >= {"fr.docx", "zh.txt", "es-wire"}
    assert all(c["page"] is None for c in others)
    # the terminal names the page, and so does report.md's evidence
    line = next(x for x in proc.stdout.splitlines() if "75.5 kilometers" in x.split(": ", 1)[1])
    assert line.startswith(f"{folder / 'release.pdf'}:page 2:1:"), line
    md = (out / "report.md").read_text("utf-8")
    assert "release.pdf:page 2:1:" in md
    assert "**75.5 kilometers**" in md


def test_docx_table_cells_are_read_as_a_row(mixed):
    _, out, _ = mixed
    claims = [c for c in report(out)["claims"] if c["doc"].endswith("fr.docx")]
    cell = [c for c in claims if c["text"] == "57,5 km"]
    assert cell and cell[0]["value"] == 57500 and cell[0]["sentence"] == "Tunnel de base\t57,5 km"


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "en.txt").write_text(text("en.txt"), "utf-8")
    (folder / "fr.txt").write_text(text("fr.txt"), "utf-8")
    (folder / "locked.pdf").write_bytes(make_pdf(["The tunnel runs 57.5 km."], password="s3cret"))
    (folder / "scan.pdf").write_bytes(make_pdf(["", ""]))
    good = make_pdf(["The tunnel runs 57.5 km under the Alps."])
    (folder / "cut.pdf").write_bytes(good[:len(good) // 3])
    (folder / "bomb.docx").write_bytes(zip_bomb_docx(200))
    (folder / "fake.docx").write_text("this is no zip archive", "utf-8")
    (folder / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]>'
              '<d>&b;</d>')
    (folder / "laughs.docx").write_bytes(make_docx(xml=laughs))
    (folder / "broken.docx").write_bytes(make_docx(xml=document_xml("<w:p><w:r><w:t>12 km")[:-30]))
    return folder


def test_hostile_pdf_and_docx_are_one_line_each_and_the_rest_is_checked(tmp_path):
    folder = hostile_folder(tmp_path)
    out = tmp_path / "out"
    proc = run_cli("run", str(folder), "--out", str(out), "--max-bytes", "20000000")
    no_traceback(proc)
    assert proc.returncode == 2
    lines = {Path(x.split(": ", 1)[0]).name: x.split(": ", 1)[1]
             for x in proc.stderr.splitlines()}
    assert lines["locked.pdf"].startswith("encrypted PDF")
    assert lines["scan.pdf"].startswith("no text layer in the PDF (2 pages")
    assert lines["cut.pdf"].startswith("corrupt or unreadable PDF")
    assert "zip bomb" in lines["bomb.docx"] and "160000000 bytes" in lines["bomb.docx"]
    assert lines["fake.docx"] == "not a DOCX file (not a zip archive)"
    assert lines["old.docx"].startswith("an encrypted Word file or an old .doc file")
    assert lines["laughs.docx"].startswith("unsafe XML in word/document.xml")
    assert lines["broken.docx"].startswith("corrupt DOCX: word/document.xml is not well-formed")
    assert len(proc.stderr.splitlines()) == 8
    data = report(out)
    assert sorted(Path(d["id"]).name for d in data["documents"]) == ["en.txt", "fr.txt"]
    assert len(data["errors"]) == 8 == data["summary"]["input_errors"]


def test_csv_and_tsv_corpora_with_bad_rows(tmp_path):
    en, fr = text("en.txt"), text("fr.txt")
    csv_path = tmp_path / "wire.csv"
    # a spreadsheet export with ';' and a BOM; a row with a field too many, one with no text
    csv_path.write_text("\ufeffID;Text;Lang;Story\n"
                        f'en-1;"{en}";en;turin\n'
                        "bad-1;12 km;en;turin;extra\n"
                        "bad-2;;en;turin\n"
                        f'fr-1;"{fr}";fr;turin\n', "utf-8")
    tsv_path = tmp_path / "zh.tsv"
    tsv_path.write_text("text\tlang\tstory\n" + text("zh.txt") + "\tzh\tturin\n", "utf-8")
    out = tmp_path / "out"
    proc = run_cli("run", str(csv_path), str(tsv_path), "--out", str(out))
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"{csv_path}:3: the row has 5 fields, the header 4",
        f"{csv_path}:4: empty document"]
    data = report(out)
    assert [d["id"] for d in data["documents"]] == ["en-1", "fr-1", f"{tsv_path}:2"]
    assert {d["story"] for d in data["documents"]} == {"turin"}


def test_csv_without_a_text_header_and_an_oversized_record(tmp_path):
    headless = tmp_path / "headless.csv"
    headless.write_text("en-1,The tunnel runs 57.5 km.\n", "utf-8")
    big = tmp_path / "big.csv"
    big.write_text("id,text\n" + f'huge,"{"The tunnel runs 57.5 km. " * 400}"\n'
                   + f'en,"{text("en.txt")}"\n', "utf-8")
    out = tmp_path / "out"
    proc = run_cli("run", str(headless), str(big), "--out", str(out), "--max-bytes", "5000")
    no_traceback(proc)
    assert proc.stderr.splitlines() == [
        f"{headless}:1: the first row must be a header naming a 'text' column (and optionally "
        "id, lang, story, date, source)",
        f"{big}:2: record over --max-bytes (5000 bytes)"]
    assert [d["id"] for d in report(out)["documents"]] == ["en"]


def stdin_run(tmp_path: Path, data: bytes, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    out = tmp_path / "out"
    proc = subprocess.run([*claimcheck_command(), "run", *args, "--out", str(out)],
                          input=data, capture_output=True, timeout=300)
    proc = subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    no_traceback(proc)
    return proc, report(out)


def test_stdin_text_beside_a_file(tmp_path):
    (tmp_path / "fr.txt").write_text(text("fr.txt"), "utf-8")
    proc, data = stdin_run(tmp_path, DRAFT.read_bytes(), "-", str(tmp_path / "fr.txt"))
    assert proc.returncode == 1
    assert [d["id"] for d in data["documents"]] == ["<stdin>", str(tmp_path / "fr.txt")]
    slip = next(f for f in data["findings"] if not f["passed"] and f["severity"] == "error")
    assert {c["doc"] for c in slip["claims"]} == {"<stdin>", str(tmp_path / "fr.txt")}
    assert "\\<stdin\\>" in (tmp_path / "out" / "report.md").read_text("utf-8")  # escaped


def test_stdin_jsonl_is_sniffed_and_csv_is_named(tmp_path):
    lines = [json.dumps({"id": name, "text": text(f"{name}.txt")}, ensure_ascii=False)
             for name in ("en", "fr", "zh")]
    proc, data = stdin_run(tmp_path, "\n".join(lines).encode(), "-")
    assert proc.returncode == 0, proc.stderr
    assert [d["id"] for d in data["documents"]] == ["en", "fr", "zh"]
    rows = "id,text\n" + "".join(f'{n},"{text(n + ".txt")}"\n' for n in ("en", "fr"))
    proc, data = stdin_run(tmp_path, rows.encode(), "-", "--stdin-format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert [d["id"] for d in data["documents"]] == ["en", "fr"]


def test_stdin_pdf_and_stdin_named_twice(tmp_path):
    pdf = make_pdf([text("en.txt")])
    (tmp_path / "fr.txt").write_text(text("fr.txt"), "utf-8")
    proc, data = stdin_run(tmp_path, pdf, "-", str(tmp_path / "fr.txt"), "-")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["-: standard input is named twice; it is read once"]
    assert data["documents"][0]["id"] == "<stdin>" and data["documents"][0]["format"] == "pdf"


def test_many_skipped_files_give_a_summary_line(tmp_path):
    (tmp_path / "en.txt").write_text(text("en.txt"), "utf-8")
    for i in range(14):
        (tmp_path / f"scan{i:02}.tif").write_bytes(b"II*\x00" + bytes(40))
    (tmp_path / "draft.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(40))
    out = tmp_path / "out"
    proc = run_cli("run", str(tmp_path), "--out", str(out))
    no_traceback(proc)
    lines = proc.stderr.splitlines()
    assert lines[0] == ("claimcheck: 15 files skipped (14 binary, 1 old Word format); "
                        "report.json lists each")
    assert lines[1] == f"{tmp_path / 'draft.doc'}: skipped: old Word format (.doc): save it " \
                       "as .docx to check it"
    assert lines[-1] == "... and 5 more" and len(lines) == 12
    assert len(report(out)["skipped"]) == 15


def test_extract_reads_pdf_and_lists_skipped(tmp_path):
    (tmp_path / "release.pdf").write_bytes(make_pdf([text("en.txt")]))
    (tmp_path / "notes.odt").write_bytes(b"PK\x03\x04" + bytes(30))
    proc = run_cli("extract", str(tmp_path), "--format", "jsonl")
    no_traceback(proc)
    assert proc.returncode == 0
    texts = [json.loads(x)["text"] for x in proc.stdout.splitlines()]
    assert "€8.6 billion" in texts and "57.5 kilometers" in texts
    assert "notes.odt: skipped: OpenDocument text is not read" in proc.stderr


EXAMPLE = ROOT / "examples" / "pdf-release"


def test_readme_quick_start_pdf_release_against_chinese(tmp_path):
    out = tmp_path / "reports"
    proc = run_cli("run", str(EXAMPLE), "--out", str(out), "--format", "md,json,csv,html")
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr
    data = report(out)
    slip = next(f for f in data["findings"] if not f["passed"] and f["severity"] == "error")
    where = {Path(c["doc"]).name: (c["text"], c["page"]) for c in slip["claims"]}
    assert where == {"release.pdf": ("RMB 12.4 billion", 1), "zh.txt": ("142亿元", None)}
    assert slip["pattern"] == "swapped digits"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "claims.csv", "report.html", "report.json", "report.md"]


def test_bundled_release_pdf_is_what_its_script_makes(tmp_path):
    pytest.importorskip("fpdf")
    script = ROOT / "examples" / "make_pdf_release.py"
    made = tmp_path / "r.pdf"
    subprocess.run([sys.executable, str(script), str(made)], check=True, timeout=120)
    assert made.read_bytes() == (EXAMPLE / "release.pdf").read_bytes()
