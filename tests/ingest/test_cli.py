"""The policykg command on a real embedded graph in a temporary folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph import embedded, queries
from graph.config import get_settings
from graph.schema import Label
from graph.store import get_store
from ingest.cli import app
from tests.conftest import SAMPLES


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("POLICYKG_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    yield tmp_path
    embedded.stop(get_settings())
    get_settings.cache_clear()


def test_batch_with_a_broken_file_loads_the_rest(home: Path) -> None:
    batch = home / "batch"
    shutil.copytree(SAMPLES, batch)
    (batch / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(batch)])
    assert result.exit_code == 1, result.output
    assert "broken.txt" in result.output and "binary" in result.output
    assert "2 loaded, 1 failed" in result.output
    store = get_store(get_settings())
    assert store.read(queries.count_label(Label.DOCUMENT)).scalar() == 2
    before = store.read(queries.count_label(Label.MEASURE)).scalar()
    # again: same counts, no duplicates
    result = runner.invoke(app, ["ingest", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    assert store.read(queries.count_label(Label.MEASURE)).scalar() == before
    store.close()


def test_a_batch_leaves_no_department_its_documents_no_longer_name(home: Path) -> None:
    """Ingesting a changed document in a batch replaces it; the body only its old version
    named is pruned once the batch is done (the loads prune once a batch, not a document)."""
    batch = home / "batch"
    batch.mkdir()
    doc = batch / "some-points-2026.txt"
    doc.write_text("某县2026年工作要点\n\n一、任务\n（一）新建基地5个。（县科技局负责）\n", "utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(batch)]).exit_code == 0
    doc.write_text("某县2026年工作要点\n\n一、任务\n（一）新建基地5个。（县商务局负责）\n", "utf-8")
    assert runner.invoke(app, ["ingest", str(batch)]).exit_code == 0
    store = get_store(get_settings())
    names = store.read("MATCH (d:Department) RETURN d.name AS n ORDER BY n").rows
    store.close()
    assert [r[0] for r in names] == ["县商务局"]


def test_dry_run_json_writes_nothing(home: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["ingest", "--dry-run", "--json", str(SAMPLES / "qingzhou-2024-development-plan.txt")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data[0]["doc_id"] == "qingzhou-2024-development-plan"
    assert any(n["label"] == "Target" for n in data[0]["nodes"])
    assert embedded.status(get_settings())[0] == "stopped"  # no graph was needed


def test_dry_run_json_names_a_failed_file_on_stderr(home: Path) -> None:
    """With --json a failed file's reason goes to stderr, the good file's extraction to
    stdout as JSON, and the exit code is 1 (the reason was printed nowhere)."""
    broken = home / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02binary")
    good = SAMPLES / "qingzhou-2024-development-plan.txt"
    result = CliRunner().invoke(app, ["ingest", "--dry-run", "--json", str(good), str(broken)])
    assert result.exit_code == 1
    assert [d["doc_id"] for d in json.loads(result.stdout)] == ["qingzhou-2024-development-plan"]
    assert "FAILED" in result.stderr and "broken.txt" in result.stderr


def test_eval_uses_a_throwaway_embedded_graph(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import GOLD

    if not GOLD.exists():
        pytest.skip("gold annotations not found")
    monkeypatch.setenv(
        "POLICYKG_GRAPH_URL", "bolt://127.0.0.1:1"
    )  # a production Neo4j, unreachable
    get_settings.cache_clear()
    result = CliRunner().invoke(
        app, ["eval", "--gold", str(GOLD), "--docs", str(SAMPLES), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["roles"]["f1"] == 1.0
    monkeypatch.delenv("POLICYKG_GRAPH_URL")
    get_settings.cache_clear()


def small_gold(home: Path) -> tuple[Path, Path]:
    docs, gold = home / "docs", home / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "plan.txt").write_text(
        "某县花卉产业方案\n一、重点任务\n（一）做强花卉产业。（县农业农村局牵头）\n", "utf-8"
    )
    write_gold(gold / "plan.json", "plan.txt", [FLOWERS_LED])
    return docs, gold


def test_eval_stops_the_embedded_server_it_started(home: Path) -> None:
    """Scoring in a home where no graph was running leaves none running after."""
    docs, gold = small_gold(home)
    args = ["eval", "--gold", str(gold), "--docs", str(docs), "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["roles"]["tp"] == 1
    assert embedded.status(get_settings())[0] == "stopped"


def test_eval_leaves_a_running_server_and_its_graph_as_they_were(home: Path) -> None:
    """A graph the user had running keeps running, its documents untouched."""
    docs, gold = small_gold(home)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SAMPLES)]).exit_code == 0
    pid = embedded.status(get_settings())[1].pid  # type: ignore[union-attr]
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--docs", str(docs), "--json"])
    assert result.exit_code == 0, result.output
    what, state = embedded.status(get_settings())
    assert what == "running" and state is not None and state.pid == pid
    store = get_store(get_settings())
    assert store.read(queries.count_label(Label.DOCUMENT)).scalar() == 2
    store.close()


# a gold measure: （一）做强花卉产业。（县农业农村局牵头）
FLOWERS_LED = {
    "path": "一.(一)",
    "title": "做强花卉产业",
    "lead": ["县农业农村局"],
    "support": [],
    "responsible": [],
    "industries": ["现代花卉"],
    "targets": [],
    "reported": [],
}


def write_gold(path: Path, doc: str, measures: list[dict]) -> None:  # type: ignore[type-arg]
    path.write_text(json.dumps({"doc": doc, "measures": measures}, ensure_ascii=False), "utf-8")


def test_eval_scores_the_rest_when_a_document_cannot_be_read(home: Path) -> None:
    """A gold file whose document cannot be read: listed as failed with its reason, its
    annotations counted as misses, the other documents scored; exit code 1."""
    docs, gold = home / "docs", home / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "good.txt").write_text(
        "某县花卉产业方案\n一、重点任务\n（一）做强花卉产业。（县农业农村局牵头）\n",
        encoding="utf-8",
    )
    (docs / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    for name in ("good", "broken"):
        write_gold(gold / f"{name}.json", f"{name}.txt", [FLOWERS_LED])
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--docs", str(docs), "--json"])
    assert result.exit_code == 1, result.output
    scores = json.loads(result.stdout)
    assert [doc for doc, _ in scores["failed"]] == ["broken.txt"]
    assert "binary" in scores["failed"][0][1]
    assert (scores["roles"]["tp"], scores["roles"]["fn"]) == (1, 1)
    assert scores["documents"]["good.txt"]["roles"]["f1"] == 1.0
    plain = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--docs", str(docs)])
    assert plain.exit_code == 1
    said = " ".join(plain.output.split())  # the console wraps long lines
    assert "FAILED broken.txt" in said and "scored as extracting nothing" in said


def test_eval_counts_the_facts_at_paths_the_gold_does_not_list(home: Path) -> None:
    """Only the paths a gold file lists are scored; what was extracted at others is counted
    and shown (a false measure, or a part the annotation left out), not scored."""
    docs, gold = home / "docs", home / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "plan.txt").write_text(
        "某县花卉产业方案\n一、重点任务\n（一）做强花卉产业。（县农业农村局牵头）\n"
        "（二）建设冷链物流。新建冷库5座。（县商务局负责）\n",
        encoding="utf-8",
    )
    write_gold(gold / "plan.json", "plan.txt", [FLOWERS_LED])
    args = ["eval", "--gold", str(gold), "--docs", str(docs)]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["roles"]["f1"] == 1.0  # 一.(二) is not scored …
    unscored = scores["documents"]["plan.txt"]["unscored"]
    # (冷链物流 names logistics)
    assert unscored == {"一.(二)": {"roles": 1, "industries": 1, "targets": 1, "reported": 0}}
    plain = CliRunner().invoke(app, args)
    assert (
        "unscored   一.(二) (a path the gold does not list): 1 roles, 1 industries, 1 targets"
        in plain.output
    )


def test_eval_scores_mentions_only_where_the_gold_annotates_them(home: Path) -> None:
    """A gold file saying ``"mentions_annotated": true`` has its measures' places,
    organisations, projects, programmes and events scored as (label, name as written, path);
    the field is reported only when some gold file annotates it."""
    docs, gold = home / "docs", home / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "plan.txt").write_text(
        "某县花卉产业方案\n一、重点任务\n"
        "（一）做强花卉产业。深化“链长制”，举办第五届中国花木博览会，支持王府街道建设花卉市场。"
        "（县农业农村局牵头）\n",
        encoding="utf-8",
    )
    write_gold(gold / "plan.json", "plan.txt", [FLOWERS_LED])
    args = ["eval", "--gold", str(gold), "--docs", str(docs), "--json"]
    scores = json.loads(CliRunner().invoke(app, args).stdout)
    assert "mentions" not in scores and "mentions" not in scores["documents"]["plan.txt"]

    annotated = dict(
        FLOWERS_LED,
        mentions=[["Program", "链长制"], ["Event", "第五届中国花木博览会"], ["Place", "东关街道"]],
    )
    (gold / "plan.json").write_text(
        json.dumps(
            {"doc": "plan.txt", "mentions_annotated": True, "measures": [annotated]},
            ensure_ascii=False,
        ),
        "utf-8",
    )
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    m = json.loads(result.stdout)["mentions"]
    assert (m["tp"], m["fp"], m["fn"], m["documents"]) == (2, 1, 1, 1)
    assert m["misses"] == [["Place", "东关街道", "一.(一)"]]
    assert m["false_hits"] == [["Place", "王府街道", "一.(一)"]]
    plain = CliRunner().invoke(app, args[:-1])
    assert "miss       mentions    Place | 东关街道 | 一.(一)" in plain.output
