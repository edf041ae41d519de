"""The pages in a real browser: Debian's Chromium driven by Playwright (no downloaded browser).

Every request must stay on 127.0.0.1, no console errors, the network draws as many nodes
as the view holds, the home page's search finds 花卉. A screenshot of the floriculture
picture is saved to test-artifacts/ (look at it).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.local import serve_in_thread
from graph import views
from graph.config import Settings
from graph.store import GraphStore
from tests.conftest import load_gold

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_url(samples_settings: Settings) -> Iterator[str]:
    server, thread, url = serve_in_thread(samples_settings)
    yield url
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
            viewport={"width": 1400, "height": 1000},
        )
        yield context
        context.close()


def open_page(browser: Any, url: str) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return page, requests, errors


def local_only(requests: list[str]) -> bool:
    return all(
        u.startswith("http://127.0.0.1:") or u.startswith("data:") or u == "about:blank"
        for u in requests
    )


def test_floriculture_picture(browser: Any, base_url: str, samples_store: GraphStore) -> None:
    page, requests, errors = open_page(browser, base_url + "/viz/industry/floriculture")
    page.wait_for_function("window.stabilized === true", timeout=60_000)
    drawn = page.evaluate("window.network.body.data.nodes.length")
    expected = views.industry_view(samples_store, "floriculture")
    assert drawn == len(expected.nodes)
    labels = set(page.evaluate("window.nodes.get().map(n => n.label)"))
    gold = load_gold("qingzhou-county-economy-action-plan-2023-2025.json")
    leads = {d for m in gold["measures"] if "现代花卉" in m["industries"] for d in m["lead"]}
    assert leads <= labels
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "floriculture.png"))
    assert errors == [] and local_only(requests), (errors, requests)
    page.close()


@pytest.mark.parametrize(
    "path",
    [
        "/viz/collaboration",
        "/viz/document/qingzhou-county-economy-action-plan-2023-2025",
        "/viz/department/%E5%B8%82%E7%A7%91%E6%8A%80%E5%B1%80",
    ],
)
def test_other_pictures_draw(browser: Any, base_url: str, path: str) -> None:
    page, requests, errors = open_page(browser, base_url + path)
    page.wait_for_function("window.stabilized === true", timeout=60_000)
    status = page.inner_text("#status")
    assert int(status.split()[0]) == page.evaluate("window.network.body.data.nodes.length") > 3
    assert errors == [] and local_only(requests), (errors, requests)
    page.close()


def test_home_page_search_finds_floriculture(browser: Any, base_url: str) -> None:
    page, requests, errors = open_page(browser, base_url + "/")
    page.fill("input[name=q]", "花卉")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("#results")
    assert page.locator("#results a[href='/page/industry/floriculture']").count() == 1
    page.click("#results a[href='/page/industry/floriculture']")
    page.wait_for_selector("iframe")
    assert "现代花卉" in page.inner_text("h1")
    assert errors == [] and local_only(requests), (errors, requests)
    page.close()


def test_two_thousand_nodes_stay_usable(browser: Any, tmp_path: Path) -> None:
    from graph.render import MAX_NODES, VEdge, View, VNode, network_html

    nodes = [VNode(f"m{i}", f"{i}", "Measure") for i in range(MAX_NODES - 50)]
    nodes += [VNode(f"d{i}", f"局{i}", "Department") for i in range(50)]
    edges = [VEdge(f"d{i % 50}", f"m{i}", "LEADS") for i in range(MAX_NODES - 50)]
    page_file = tmp_path / "big.html"
    page_file.write_text(network_html(View("2000 nodes", nodes, edges)), encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.monotonic()
    page.goto(page_file.as_uri())
    page.wait_for_function("window.stabilized === true", timeout=120_000)
    elapsed = time.monotonic() - started
    assert page.evaluate("window.network.body.data.nodes.length") == MAX_NODES
    # still interactive after the layout settled: select a node and read it back
    page.evaluate("window.network.selectNodes(['d1'])")
    assert page.evaluate("window.network.getSelectedNodes()") == ["d1"]
    assert errors == []
    print(f"2,000 nodes laid out and physics stopped in {elapsed:.1f} s")
    page.close()
