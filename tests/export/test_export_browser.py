"""The HTML export in a real headless Chromium: it draws the graph offline, searches and shows facts.

Needs ``/usr/bin/chromium`` (Debian's ``chromium`` package) and the ``playwright`` Python package; no
browser is downloaded. Screenshots are kept in ``test-artifacts/`` at the repository root.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg_memory.export import write_html

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("KGMEM_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ALICE = "https://w3id.org/kg-memory/id/person/alice"


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not shutil.which(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}: run scripts/install-test-deps.sh (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=FLAGS, viewport={"width": 1280, "height": 800}, device_scale_factor=1)
        yield context
        context.close()


class Page:
    """A page of the export, with what it logged and requested."""

    def __init__(self, context: object, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = context.new_page()  # type: ignore[attr-defined]
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgmemStats && window.kgmemStats.ready", timeout=60_000)

    def stats(self) -> dict:
        return self.page.evaluate("({...window.kgmemStats})")

    def click_node(self, label: str) -> None:
        x, y = self.page.evaluate(
            """label => {
                const node = window.kgmemCy.nodes().filter(n => n.data('label') === label)[0];
                const p = node.renderedPosition(), box = document.getElementById('cy').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""", label)
        self.page.mouse.click(x, y)

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []  # no script injected through a label ran
        assert [url for url in self.requests if not url.startswith(("file://", "data:"))] == []


@pytest.fixture
def memory_page(browser_context, memory_graph, tmp_path) -> Iterator[Page]:
    path = tmp_path / "memory.html"
    write_html(memory_graph, path, title="Alice & 张三's memory")
    page = Page(browser_context, path)
    yield page
    page.page.close()


def test_page_draws_every_node_and_edge_offline(memory_page, memory_graph):
    stats = memory_page.stats()
    assert (stats["nodes"], stats["edges"]) == (memory_graph.number_of_nodes(), memory_graph.number_of_edges())
    assert stats["truncated"] is False
    assert memory_page.page.title() == "Alice & 张三's memory"
    assert memory_page.page.locator("#notice").is_hidden()
    legend = memory_page.page.locator("#legend").inner_text()
    assert "Person (2)" in legend and "Place (3)" in legend and "no longer true" in legend
    memory_page.screenshot("export-html.png")
    memory_page.assert_clean()


def test_search_box_filters_by_name_and_alias(memory_page, memory_graph):
    page = memory_page.page
    page.fill("#search", "北京")
    stats = memory_page.stats()
    assert (stats["matches"], stats["visibleNodes"], stats["visibleEdges"]) == (1, 2, 1)  # 北京 and 张三
    assert page.locator("#search-info").inner_text() == "1 match"
    page.fill("#search", "zhang san")  # an alias
    stats = memory_page.stats()
    assert stats["matches"] == 1 and stats["visibleNodes"] == 4
    memory_page.screenshot("export-html-search.png")
    page.fill("#search", "nothing like this")
    assert memory_page.stats()["visibleNodes"] == 0
    assert page.locator("#search-info").inner_text() == "no match"
    page.fill("#search", "")
    stats = memory_page.stats()
    assert (stats["visibleNodes"], stats["visibleEdges"]) == (10, 10)
    memory_page.assert_clean()


def test_clicking_a_node_shows_its_facts_with_provenance(memory_page):
    memory_page.click_node("Alice")
    panel = memory_page.page.locator("#panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "Alice" in text and ALICE in text and "Ali, 爱丽丝" in text
    assert "facts (6 current, 1 history)" in text.lower()
    assert "HISTORY" in text and "2015-01-01 → 2021-03-01" in text  # the closed fact, marked
    assert "I moved to Berlin in March 2021." in text
    assert "Alice, conversation c1, turn 3, 2024-05-01 10:00 UTC" in text
    assert "conversation c2, turn 7" in text  # a source with no speaker, time or text
    assert "我住在北京。" not in text  # another entity's fact
    cards = memory_page.page.locator("#panel .fact.history")
    assert cards.count() == 1 and "livesIn" in cards.inner_text() and "Paris" in cards.inner_text()
    memory_page.screenshot("export-html-panel.png")
    memory_page.page.locator("#panel .entity-link", has_text="张三").first.click()
    assert "我住在北京。" in panel.inner_text()
    memory_page.assert_clean()


def test_large_graph_is_cut_with_a_visible_notice(browser_context, large_graph, tmp_path):
    G = large_graph(2500, 5000)
    path = tmp_path / "large.html"
    write_html(G, path)
    page = Page(browser_context, path)
    stats = page.stats()
    assert (stats["nodes"], stats["totalNodes"], stats["totalEdges"]) == (2000, 2500, 5000)
    assert 0 < stats["edges"] < 5000 and stats["truncated"] is True
    assert stats["layout"] == "spiral"
    notice = page.page.locator("#notice")
    assert notice.is_visible()
    assert "2,000 most connected of 2,500 entities" in notice.inner_text()
    assert "kgmem export --entity" in notice.inner_text()
    page.screenshot("export-html-large.png")
    page.assert_clean()
    page.page.close()
