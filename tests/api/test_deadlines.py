"""Measures by the year they are due, on a small graph of a task table with deadlines."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.main import create_app
from graph.config import Settings
from graph.loader import load_document
from graph.store import get_store
from ingest.extract import extract
from ingest.readers import RawDocument

TABLE = (
    "某县2024年优化营商环境重点任务清单\n"
    "序号\t重点任务\t牵头单位\t完成时限\n"
    "1\t深化一网通办\t县行政审批服务局\t2024年12月底\n"
    "2\t优化纳税服务\t县税务局\t2025年6月\n"
    "3\t强化要素保障\t县自然资源局\t持续推进\n"
)


def test_measures_due_in_a_year(settings: Settings) -> None:
    s = settings.model_copy(update={"graph_name": "deadlines"})
    store = get_store(s)
    store.clear()
    store.ensure_schema()
    load_document(store, extract(RawDocument("tasks", "tasks.txt", TABLE, "txt")).records)
    store.close()
    with TestClient(create_app(s)) as client:
        due = client.get("/measures", params={"due": 2024}).json()
        assert due["count"] == 1
        (m,) = due["data"]
        assert (m["path"], m["deadline"], m["deadline_year"]) == ("1", "2024年12月底", 2024)
        every = client.get("/measures").json()["data"]
        assert {m["path"]: m["deadline"] for m in every} == {
            "1": "2024年12月底",
            "2": "2025年6月",
            "3": "持续推进",
        }
        one = client.get("/measures/tasks%233").json()
        assert (one["deadline"], one["deadline_year"]) == ("持续推进", None)
        page = client.get("/page/measure/tasks%232").text
        assert "完成时限 Due: 2025年6月" in page
