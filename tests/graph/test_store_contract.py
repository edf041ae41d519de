"""The store contract, on every reachable backend (embedded FalkorDB always)."""

from __future__ import annotations

import pytest

from graph import queries
from graph.errors import IngestError, QuerySyntaxError, QueryTimeout, WriteForbidden
from graph.loader import collect_garbage, load_document
from graph.records import DocumentRecords, EdgeRecord, Evidence, NodeRecord
from graph.schema import LABELS, Label, RelType
from graph.store import GraphStore


def counts(store: GraphStore) -> dict[str, int]:
    out = {}
    for label in Label:
        out[label.value] = store.read(queries.count_label(label)).scalar()
    for rel in RelType:
        out[rel.value] = store.read(queries.count_rel(rel)).scalar()
    return out


def small_doc(doc_id: str = "d1", measures: int = 3, lead: str = "市科技局") -> DocumentRecords:
    """A tiny document: one section, ``measures`` measures, a department leading each."""
    recs = DocumentRecords(doc_id, {"title": f"doc {doc_id}", "issuer": "某市人民政府"})
    recs.nodes.append(
        NodeRecord(Label.SECTION, f"{doc_id}#一", {"path": "一", "title": "任务", "level": 1})
    )
    dept_id = f"某市{lead.removeprefix('市')}"
    recs.nodes.append(NodeRecord(Label.DEPARTMENT, dept_id, {"name": lead}))
    for i in range(1, measures + 1):
        mid = f"{doc_id}#一.{i}"
        ev = Evidence(doc_id, f"一.{i}", f"措施{i}（{lead}牵头）", i * 10, i * 10 + 8)
        recs.nodes.append(
            NodeRecord(Label.MEASURE, mid, {"path": f"一.{i}", "title": f"措施{i}", "level": 2})
        )
        recs.edges.append(
            EdgeRecord(RelType.PART_OF, Label.MEASURE, mid, Label.SECTION, f"{doc_id}#一")
        )
        recs.edges.append(
            EdgeRecord(
                RelType.LEADS,
                Label.DEPARTMENT,
                dept_id,
                Label.MEASURE,
                mid,
                {"surface": lead},
                evidence=ev,
            )
        )
    recs.edges.append(
        EdgeRecord(RelType.PART_OF, Label.SECTION, f"{doc_id}#一", Label.DOCUMENT, doc_id)
    )
    return recs


def test_read_with_parameters(any_store: GraphStore) -> None:
    res = any_store.read("RETURN $x AS x, $y AS y", {"x": 1, "y": "中文"})
    assert res.columns == ["x", "y"]
    assert res.rows == [[1, "中文"]]
    assert res.truncated is False


def test_row_cap_reports_truncation(any_store: GraphStore) -> None:
    res = any_store.read("UNWIND range(1, 50) AS i RETURN i", row_cap=10)
    assert len(res.rows) == 10
    assert res.truncated is True
    res = any_store.read("UNWIND range(1, 10) AS i RETURN i", row_cap=10)
    assert len(res.rows) == 10 and res.truncated is False


def test_read_refuses_writes(any_store: GraphStore) -> None:
    with pytest.raises(WriteForbidden):
        any_store.read("CREATE (n:Department {id: 'x'}) RETURN n")
    assert any_store.read(queries.count_label(Label.DEPARTMENT)).scalar() == 0


def test_syntax_error_is_reported(any_store: GraphStore) -> None:
    with pytest.raises(QuerySyntaxError):
        any_store.read("MATCH (n:Department RETURN n")


def test_timeout_stops_runaway_read(any_store: GraphStore) -> None:
    any_store.write("UNWIND range(1, 2000) AS i CREATE (:Place {id: toString(i)})")
    with pytest.raises(QueryTimeout):
        any_store.read("MATCH (a:Place), (b:Place), (c:Place) RETURN count(*) AS n", timeout_ms=200)
    # and the server keeps answering
    assert any_store.read(queries.count_label(Label.PLACE)).scalar() == 2000


def test_write_batch_and_unique_keys(any_store: GraphStore) -> None:
    any_store.ensure_schema()  # idempotent
    rows = [{"key": f"dep{i}", "props": {"name": f"局{i}"}} for i in range(250)]
    assert any_store.write_batch(queries.merge_nodes(Label.DEPARTMENT), rows, batch_size=100) == 250
    any_store.write_batch(queries.merge_nodes(Label.DEPARTMENT), rows, batch_size=100)
    assert any_store.read(queries.count_label(Label.DEPARTMENT)).scalar() == 250
    with pytest.raises(Exception):  # noqa: B017 - backends word the violation differently
        any_store.write("CREATE (:Department {id: 'dep1'})")
    assert any_store.read(queries.count_label(Label.DEPARTMENT)).scalar() == 250


def test_every_label_has_a_unique_key() -> None:
    assert set(LABELS) == set(Label)
    for spec in LABELS.values():
        assert spec.key in ("id", "key")


def test_health_names_backend(any_store: GraphStore) -> None:
    health = any_store.health()
    assert health.ok is True
    assert health.backend == any_store.backend


def test_nodes_and_edges_come_back_typed(any_store: GraphStore) -> None:
    load_document(any_store, small_doc())
    res = any_store.read(
        "MATCH (d:Department)-[r:LEADS]->(m:Measure) RETURN d, r, m ORDER BY m.path LIMIT 1"
    )
    dept, rel, measure = res.rows[0]
    assert dept["name"] == "市科技局"
    assert rel["surface"] == "市科技局" and rel["sentence"].startswith("措施1")
    assert measure["id"] == "d1#一.1"
    assert len(res.nodes) == 2 and len(res.edges) == 1


def test_load_twice_same_counts(any_store: GraphStore) -> None:
    load_document(any_store, small_doc())
    first = counts(any_store)
    assert first["Measure"] == 3 and first["LEADS"] == 3 and first["Document"] == 1
    load_document(any_store, small_doc())
    assert counts(any_store) == first


def test_changed_document_replaces_as_unit(any_store: GraphStore) -> None:
    load_document(any_store, small_doc(measures=3, lead="市科技局"))
    load_document(any_store, small_doc("d2", measures=2, lead="市财政局"))
    load_document(any_store, small_doc(measures=2, lead="市商务局"))
    c = counts(any_store)
    assert c["Measure"] == 4 and c["LEADS"] == 4 and c["Document"] == 2
    names = any_store.read("MATCH (d:Department) RETURN d.name AS n ORDER BY n").rows
    assert [r[0] for r in names] == ["市商务局", "市财政局"]  # 市科技局 went with the old version


def test_a_batch_prunes_once_after_its_loads(any_store: GraphStore) -> None:
    """A load with ``prune=False`` leaves the shared nodes its old version alone used for
    the batch to prune once after its last load (pruning scans every shared node: once a
    document, a batch's load grew with the square of its size) — then they go."""
    from graph.loader import prune_orphans

    load_document(any_store, small_doc(measures=2, lead="市科技局"), prune=False)
    load_document(any_store, small_doc(measures=2, lead="市商务局"), prune=False)
    names = any_store.read("MATCH (d:Department) RETURN d.name AS n ORDER BY n").rows
    assert [r[0] for r in names] == ["市商务局", "市科技局"]  # 市科技局 unused, still there
    assert prune_orphans(any_store) == 1
    names = any_store.read("MATCH (d:Department) RETURN d.name AS n ORDER BY n").rows
    assert [r[0] for r in names] == ["市商务局"]


def test_failure_midway_keeps_old_version(any_store: GraphStore) -> None:
    load_document(any_store, small_doc(measures=3))
    before = counts(any_store)
    with pytest.raises(Exception, match="on purpose"):
        load_document(any_store, small_doc(measures=5, lead="市商务局"), fail_after_batches=3)
    assert counts(any_store) == before


def test_failure_midway_on_new_document_leaves_nothing(any_store: GraphStore) -> None:
    with pytest.raises(Exception, match="on purpose"):
        load_document(any_store, small_doc("new", measures=4), fail_after_batches=2)
    c = counts(any_store)
    assert all(v == 0 for v in c.values()), c


# Keys FalkorDB 4.16 cannot hold under a unique constraint: an empty string, one that
# begins or ends with whitespace (FalkorDB issue #1340) and one over 4096 bytes crash the
# server on MERGE. A table row's tabs once reached an Event's key this way.
@pytest.mark.parametrize(
    "bad", ["", " 市科技局", "市科技局\t", "\t\t举办山叶口文化旅游节", "节" * 1366], ids=repr
)
def test_a_key_the_server_cannot_hold_is_refused_before_writing(
    any_store: GraphStore, bad: str
) -> None:
    load_document(any_store, small_doc(measures=2))
    before = counts(any_store)
    recs = small_doc(measures=3, lead="市商务局")
    recs.nodes.append(NodeRecord(Label.EVENT, bad, {"name": bad}))
    recs.edges.append(EdgeRecord(RelType.MENTIONS, Label.MEASURE, "d1#一.1", Label.EVENT, bad))
    with pytest.raises(IngestError, match="Event"):
        load_document(any_store, recs)
    assert any_store.health().ok
    assert counts(any_store) == before


def test_garbage_of_a_killed_load_is_collected(
    any_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load that died without rolling back (process killed) is cleaned up next time."""
    load_document(any_store, small_doc(measures=3))
    clean = counts(any_store)
    import graph.loader

    monkeypatch.setattr(graph.loader, "_rollback", lambda *a, **k: None)
    with pytest.raises(Exception, match="on purpose"):
        load_document(any_store, small_doc(measures=6), fail_after_batches=4)
    with pytest.raises(Exception, match="on purpose"):
        load_document(any_store, small_doc("other", measures=6), fail_after_batches=4)
    assert counts(any_store) != clean  # debris is there
    monkeypatch.undo()
    collect_garbage(any_store)
    assert counts(any_store) == clean


def test_concurrent_loads_of_one_document_leave_one_version(any_store: GraphStore) -> None:
    import threading

    load_document(any_store, small_doc(measures=4))
    clean = counts(any_store)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(3):
                load_document(any_store, small_doc(measures=4))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert counts(any_store) == clean


def test_lock_is_exclusive_and_expires(any_store: GraphStore) -> None:
    from graph.errors import IngestError
    from graph.loader import acquire_lock, release_lock

    acquire_lock(any_store, "doc", "a", ttl_s=60, wait_s=0)
    with pytest.raises(IngestError, match="another process"):
        acquire_lock(any_store, "doc", "b", ttl_s=60, wait_s=0.3)
    release_lock(any_store, "doc", "a")
    acquire_lock(any_store, "doc", "b", ttl_s=0.01, wait_s=0)  # b holds it, briefly
    import time

    time.sleep(0.05)
    acquire_lock(any_store, "doc", "c", ttl_s=60, wait_s=0)  # expired: c takes over
    release_lock(any_store, "doc", "c")
    assert any_store.read(queries.count_label(Label.LOCK)).scalar() == 0


def test_a_lock_whose_holder_died_here_is_taken_over_at_once(any_store: GraphStore) -> None:
    """An ingest killed while loading leaves its lock; the next ingest on the same machine
    takes it over, as the holder's process is gone, without waiting for it to expire."""
    import socket
    import subprocess
    import sys

    from graph.errors import IngestError
    from graph.loader import acquire_lock, release_lock

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    held = {"id": "doc", "owner": "killed", "now": 0.0, "expires": 9e12, "dead": []}
    any_store.write(queries.ACQUIRE_LOCK, held | {"host": socket.gethostname(), "pid": gone.pid})
    acquire_lock(any_store, "doc", "next", ttl_s=60, wait_s=0)
    # … but not a lock a live process holds
    with pytest.raises(IngestError, match="another process"):
        acquire_lock(any_store, "doc", "third", ttl_s=60, wait_s=0.2)
    release_lock(any_store, "doc", "next")
    assert any_store.read(queries.count_label(Label.LOCK)).scalar() == 0


def test_a_load_in_progress_keeps_its_shared_nodes_and_its_lock(any_store: GraphStore) -> None:
    """A load writes its shared nodes (departments, industries) before the edges that use
    them: a prune by another load finishing meanwhile must leave them, and every lock. Two
    ingests at once lost edges so, now and then, when a prune ran in between."""
    from graph.loader import acquire_lock, prune_orphans, release_lock

    acquire_lock(any_store, "other-doc", "g1", ttl_s=60, wait_s=0)
    row = {"key": "某市某局", "props": {"id": "某市某局", "name": "某局"}}
    any_store.write_batch(queries.merge_nodes(Label.DEPARTMENT), [row])
    prune_orphans(any_store)  # as a load of another document finishing now would
    assert any_store.read(queries.count_label(Label.DEPARTMENT)).scalar() == 1
    assert any_store.read(queries.count_label(Label.LOCK)).scalar() == 1
    release_lock(any_store, "other-doc", "g1")
    prune_orphans(any_store)  # no load in progress: what no edge uses goes
    assert any_store.read(queries.count_label(Label.DEPARTMENT)).scalar() == 0


def test_reading_a_graph_never_written_is_empty(settings) -> None:  # type: ignore[no-untyped-def]
    from graph.store import get_store

    fresh = get_store(settings.model_copy(update={"graph_name": "never-written"}))
    assert fresh.read(queries.count_label(Label.DOCUMENT)).rows == [[0]]
    assert fresh.read("RETURN 1 AS one").rows == [[1]]
    assert fresh.health().ok
    fresh.close()


def test_data_version_changes_on_writes_only(any_store: GraphStore) -> None:
    before = any_store.data_version()
    if before is None:
        assert any_store.backend == "neo4j", "only Neo4j may decline to report a data version"
        pytest.skip("Neo4j reports no data version; the API does not cache there")
    any_store.read("MATCH (n) RETURN count(n)")
    assert any_store.data_version() == before
    load_document(any_store, small_doc("dv"))
    after_load = any_store.data_version()
    assert after_load != before
    any_store.clear()
    assert any_store.data_version() not in (before, after_load)


def test_a_target_s_observations_are_of_its_own_place(any_store: GraphStore) -> None:
    """A target's progress (/targets' observations) is read from documents of its own place:
    another county's result on the same indicator is no progress of this county's goal (found
    in session 66's demo: 湘潭县's 2025 growth listed beside 青州市's 2025 goal)."""
    from graph.reads import list_targets
    from ingest.extract import extract
    from ingest.readers import RawDocument

    texts = {
        "plan": "青州市2025年工作要点\n一、主要目标\n地区生产总值增长6%。\n青州市人民政府\n2025年2月1日\n",
        "report": (
            "关于青州市2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n"
            "地区生产总值增长5.6%。\n青州市发展和改革局\n2026年1月9日\n"
        ),
        "elsewhere": (
            "关于湘潭县2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n"
            "地区生产总值增长5.8%。\n湘潭县发展和改革局\n2026年1月9日\n"
        ),
    }
    for doc_id, text in texts.items():
        load_document(any_store, extract(RawDocument(doc_id, f"{doc_id}.txt", text, "txt")).records)
    rows, _ = list_targets(
        any_store,
        year=2025,
        department=None,
        industry=None,
        document="plan",
        metric=None,
        limit=10,
        offset=0,
    )
    assert [(o["document"], o["value"]) for r in rows for o in r["observations"]] == [
        ("report", 5.6)
    ]


def test_a_documents_edges_are_found_by_an_index(store: GraphStore) -> None:
    """Every relationship type is indexed on its document's id (the embedded FalkorDB), so a
    document written again finds its old edges without scanning every edge of the type."""
    rows = store.read("CALL db.indexes() YIELD label, properties, entitytype").rows
    indexed = {(row[0], tuple(row[1])) for row in rows if row[2] == "RELATIONSHIP"}
    assert {(rel.value, ("doc_id",)) for rel in RelType} <= indexed
