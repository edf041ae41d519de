"""A batch as a government website would serve it: every bad file gets one clear line,
every good file loads, the summary and exit code say so."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from graph import embedded, queries
from graph.config import get_settings
from graph.store import get_store
from ingest.cli import app
from tests.conftest import SAMPLES
from tests.ingest.test_readers import minimal_pdf

TRAD = "某市人民政府\n關於印發某市花卉產業發展行動方案的通知\n一、主要目標\n到2025年，花卉產業產值突破50億元（市花卉中心牽頭，市財政局配合）。\n"


def nested_docx(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("某县人民政府办公室")
    d.add_paragraph("一、任务分工")
    t = d.add_table(rows=2, cols=3)
    for i, v in enumerate(["序号", "重点任务", "牵头单位"]):
        t.cell(0, i).text = v
    for i, v in enumerate(["1", "发展现代花卉产业", "县花卉中心"]):
        t.cell(1, i).text = v
    inner = t.cell(1, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "子表"
    inner.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "再嵌套"
    d.save(str(path))


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    b = tmp_path / "batch"
    shutil.copytree(SAMPLES, b)
    (b / "README.md").unlink()
    (b / "empty.txt").write_bytes(b"")
    (b / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (b / "cut.pdf").write_bytes(minimal_pdf(b"")[:70])
    (b / "scan.pdf").write_bytes(minimal_pdf(b"0 0 m 100 100 l S"))
    with open(b / "huge.txt", "wb") as fh:  # 50 MB, sparse
        fh.truncate(50 * 1024 * 1024)
    (b / "gbk.txt").write_bytes(
        "某县人民政府\n一、目标\n到2025年，新增就业1000人以上（县人社局牵头）。\n".encode("gbk")
    )
    (b / "traditional.txt").write_text(TRAD, encoding="utf-8")
    (b / "plain.txt").write_text(
        "关于花卉工作的通知\n到2025年，花卉产值突破50亿元（市花卉中心牵头）。\n", encoding="utf-8"
    )
    (b / "unbalanced.txt").write_text(
        "某市人民政府\n一、任务\n1.发展花卉。加快建设（市花卉中心牵头，市商务局配合\n2.发展冷链。推进冷链物流）（市农业农村局牵头）。\n",
        encoding="utf-8",
    )
    nested_docx(b / "nested.docx")
    # a .docx whose zip is whole but whose document part is cut short
    nested_docx(tmp_path / "whole.docx")
    with (
        zipfile.ZipFile(tmp_path / "whole.docx") as zin,
        zipfile.ZipFile(b / "cut.docx", "w") as zout,
    ):
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[:400] if item.filename == "word/document.xml" else data)
    return b


def test_bad_files_reported_good_files_loaded(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYKG_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(batch)])
        out = result.output
        assert result.exit_code == 1, out
        assert "7 loaded, 6 failed" in out
        failed = [line for line in out.splitlines() if line.startswith("FAILED")]
        assert len(failed) == 6
        expectations = {
            "empty.txt": "empty",
            "image.txt": "binary",
            "cut.pdf": "damaged or truncated",
            "scan.pdf": "OCR",
            "huge.txt": "larger than the ingest limit",
            "cut.docx": "may be damaged",
        }
        for name, words in expectations.items():
            line = " ".join(out[out.index(f"FAILED {batch / name}") :].split("\n")[:2])
            assert words in line, (name, line)
        store = get_store(get_settings())
        docs = store.read("MATCH (d:Document) RETURN d.id AS id").records()
        assert {d["id"] for d in docs} == {
            "qingzhou-county-economy-action-plan-2023-2025",
            "qingzhou-2024-development-plan",
            "gbk",
            "traditional",
            "plain",
            "unbalanced",
            "nested",
        }
        # traditional text: extraction on simplified characters, evidence in the original
        row = store.read(
            "MATCH (d:Department)-[r:LEADS]->(m:Measure {doc_id: 'traditional'}) RETURN r.surface AS s, r.sentence AS ev"
        ).records()
        assert row and row[0]["s"] == "市花卉中心" and "牽頭" in row[0]["ev"]
        # unbalanced brackets and a text without headings still give their roles
        leads = store.read(
            "MATCH (d:Department)-[:LEADS]->(m) WHERE m.doc_id IN ['unbalanced', 'plain', 'nested', 'gbk'] "
            "RETURN m.doc_id AS doc, d.name AS name ORDER BY doc, name"
        ).records()
        assert {(r["doc"], r["name"]) for r in leads} >= {
            ("unbalanced", "市花卉中心"),
            ("unbalanced", "市农业农村局"),
            ("plain", "市花卉中心"),
            ("nested", "县花卉中心"),
            ("gbk", "县人社局"),
        }
        assert (
            store.read(
                queries.count_rel(__import__("graph.schema").schema.RelType.SETS_TARGET)
            ).scalar()
            > 60
        )
        store.close()
    finally:
        embedded.stop(get_settings())
        get_settings.cache_clear()


def test_a_fault_of_policykgs_own_on_one_file_is_reported_and_the_rest_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should extraction fail on a file (a fault in policykg, not in the file), that file is
    reported as failed, asking for a report, and the other files still load."""
    import ingest.extract as extraction

    monkeypatch.setenv("POLICYKG_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    real_extract = extraction.extract

    def extract(raw, nlp=None):  # type: ignore[no-untyped-def]
        if raw.doc_id == "trips":
            raise IndexError("list index out of range")
        return real_extract(raw, nlp)

    monkeypatch.setattr(extraction, "extract", extract)  # the command imports it when run
    b = tmp_path / "batch"
    b.mkdir()
    (b / "trips.txt").write_text("一、目标\n到2025年，新增就业1000人。\n", encoding="utf-8")
    (b / "fine.txt").write_text(
        "一、目标\n到2025年，新增就业2000人（县人社局牵头）。\n", encoding="utf-8"
    )
    try:
        result = CliRunner().invoke(app, ["ingest", "--dry-run", str(b)])
        assert result.exit_code == 1, result.output
        assert "1 loaded, 1 failed" in result.output
        assert "a fault in policykg" in " ".join(result.output.split())
    finally:
        get_settings.cache_clear()
