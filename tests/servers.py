"""Real servers for kg-memory's tests: Neo4j, the Oxigraph SPARQL server and headless Chromium.

Plain helpers (usable from benchmarks and scripts too) and session-scoped pytest fixtures built on them.
``tests/conftest.py`` makes the fixtures visible to every test with::

    from tests.servers import *  # noqa: F401,F403  (the fixtures listed in __all__)

Fixtures
--------
neo4j_uri
    ``bolt://127.0.0.1:PORT`` of a Neo4j 5 Community server: ``$NEO4J_URI`` when set, else a throw-away
    server started once per session by ``scripts/start-neo4j.sh`` (Java 17+ and Maven needed).
neo4j_auth
    ``(user, password)`` from ``$NEO4J_USER``/``$NEO4J_PASSWORD`` when ``$NEO4J_URI`` is set, else ``None``
    (the throw-away server has no auth).
oxigraph_server
    An :class:`OxigraphServer` (``query_url``, ``update_url``, ``store_url``): ``oxigraph serve`` on a free
    port with its data in a temporary directory.
chromium_path
    Path of Debian's Chromium (``/usr/bin/chromium``, or ``$CHROMIUM_PATH``).

A missing tool fails the tests that need it with a message saying what to install: these tests run in CI,
so they are never skipped. ``scripts/install-test-deps.sh`` installs everything.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = [
    "chromium_path",
    "neo4j_auth",
    "neo4j_uri",
    "oxigraph_server",
]

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
START_NEO4J = REPO_ROOT / "scripts" / "start-neo4j.sh"
INSTALL_HINT = "run `bash scripts/install-test-deps.sh` (as root) to install the test servers' dependencies"

#: Flags Chromium needs on this machine: headless as root, and no background traffic to a closed network.
CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class ServerStartError(RuntimeError):
    """A test server could not be found or did not start."""


@dataclass(frozen=True)
class Neo4jServer:
    """A running throw-away Neo4j server."""

    uri: str
    pid: int


@dataclass(frozen=True)
class OxigraphServer:
    """A running ``oxigraph serve`` and its SPARQL 1.1 endpoints.

    Examples
    --------
    >>> server = OxigraphServer("http://127.0.0.1:7878", Path("/tmp/data"))
    >>> server.query_url, server.update_url, server.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    """

    base_url: str
    location: Path

    @property
    def query_url(self) -> str:
        """SPARQL 1.1 Protocol query endpoint."""
        return f"{self.base_url}/query"

    @property
    def update_url(self) -> str:
        """SPARQL 1.1 Protocol update endpoint."""
        return f"{self.base_url}/update"

    @property
    def store_url(self) -> str:
        """SPARQL 1.1 Graph Store HTTP Protocol endpoint (``?default`` or ``?graph=IRI``)."""
        return f"{self.base_url}/store"


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port on ``host`` that was free a moment ago.

    Examples
    --------
    >>> 0 < free_port() < 65536
    True
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_open(host: str, port: int) -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes], name: str, timeout: float = 30.0, group: bool = False) -> None:
    """Send SIGTERM to ``process`` (to its process group if ``group``), SIGKILL after ``timeout`` s."""
    if process.poll() is None:
        _signal(process, group, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            logger.warning("%s (pid %d) ignored SIGTERM for %.0f s: killing it", name, process.pid, timeout)
            _signal(process, group, signal.SIGKILL)
            process.wait()
    logger.info("%s stopped (exit code %s)", name, process.returncode)


def _signal(process: subprocess.Popen[bytes], group: bool, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        if group:
            os.killpg(process.pid, signum)  # the group this module created with start_new_session
        else:
            process.send_signal(signum)


def _log_tail(path: Path, lines: int = 40) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return "(no log)"


@contextlib.contextmanager
def running_neo4j(workdir: Path, timeout: float = 300.0) -> Iterator[Neo4jServer]:
    """Run a throw-away Neo4j 5 server (Bolt on 127.0.0.1, no auth) while the block runs.

    The server is ``scripts/start-neo4j.sh --foreground``; its log and URI file go into ``workdir``. The
    first run resolves the Neo4j jars with Maven (~170 MB into ~/.m2), hence the generous ``timeout``.
    The server also stops by itself when this process dies (it watches its standard input).
    """
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        raise ServerStartError(f"Neo4j tests need {' and '.join(missing)} on PATH: {INSTALL_HINT}")
    workdir.mkdir(parents=True, exist_ok=True)
    uri_file = workdir / "neo4j.uri"
    log_path = workdir / "neo4j.log"
    started = time.monotonic()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            ["bash", str(START_NEO4J), "--foreground", str(uri_file)],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            start_new_session=True,  # one group: Maven or java, whichever runs, stops with it
        )
    try:
        uri = _wait_for_neo4j(process, uri_file, log_path, timeout)
        logger.info("Neo4j ready at %s in %.1f s", uri, time.monotonic() - started)
        yield Neo4jServer(uri=uri, pid=process.pid)
    finally:
        _stop(process, "Neo4j", group=True)
        if process.stdin is not None:
            process.stdin.close()


def _wait_for_neo4j(process: subprocess.Popen[bytes], uri_file: Path, log_path: Path, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerStartError(
                f"Neo4j exited with code {process.returncode} before it was ready; log {log_path}:\n"
                f"{_log_tail(log_path)}"
            )
        uri = uri_file.read_text().strip() if uri_file.exists() else ""
        if uri:
            host, _, port = uri.removeprefix("bolt://").rpartition(":")
            if port_is_open(host, int(port)):
                return uri
        time.sleep(0.25)
    raise ServerStartError(f"Neo4j was not ready within {timeout:.0f} s; log {log_path}:\n{_log_tail(log_path)}")


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server CLI (PyPI package ``oxigraph``), next to this Python first."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return str(beside_python)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerStartError("the `oxigraph` CLI was not found: `pip install oxigraph` into the test environment")
    return found


@contextlib.contextmanager
def running_oxigraph(location: Path, timeout: float = 30.0, attempts: int = 3) -> Iterator[OxigraphServer]:
    """Run ``oxigraph serve`` on a free 127.0.0.1 port, its data in ``location``, while the block runs.

    A port taken between :func:`free_port` and the server's bind makes the server exit: then it is tried
    again on another port, up to ``attempts`` times.
    """
    executable = find_oxigraph()
    location.mkdir(parents=True, exist_ok=True)
    log_path = location.parent / f"{location.name}.log"
    for attempt in range(1, attempts + 1):
        port = free_port()
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [executable, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = OxigraphServer(base_url=f"http://127.0.0.1:{port}", location=location)
        try:
            if _wait_for_http(process, server.base_url, timeout):
                logger.info("Oxigraph ready at %s", server.base_url)
                yield server
                return
            logger.warning("oxigraph serve exited on port %d (attempt %d): %s", port, attempt, _log_tail(log_path))
        finally:
            _stop(process, "Oxigraph", timeout=10.0)
    raise ServerStartError(
        f"oxigraph serve did not start in {attempts} attempts; log {log_path}:\n{_log_tail(log_path)}"
    )


def _wait_for_http(process: subprocess.Popen[bytes], url: str, timeout: float) -> bool:
    """Wait until ``url`` answers; False if the process exits first, ServerStartError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=1.0):
                return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.05)
    raise ServerStartError(f"{url} did not answer within {timeout:.0f} s")


def find_chromium() -> str:
    """Path of Debian's Chromium: ``$CHROMIUM_PATH`` when set, else ``/usr/bin/chromium``."""
    path = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    if not (path.is_file() and os.access(path, os.X_OK)):
        raise ServerStartError(f"Chromium not found at {path}: {INSTALL_HINT} (Debian package `chromium`)")
    return str(path)


def chromium_dump_dom(chromium: str, url: str, extra_args: Sequence[str] = (), timeout: float = 120.0) -> str:
    """Load ``url`` in headless Chromium with a fresh profile and return the DOM after scripts ran."""
    with tempfile.TemporaryDirectory(prefix="kgmem-chromium-") as profile:
        command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra_args, "--dump-dom", url]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise ServerStartError(f"Chromium exited with code {result.returncode}:\n{result.stderr[-4000:]}")
    return result.stdout


def _failure(error: ServerStartError) -> BaseException:
    """The exception that fails a test with ``error``'s message and no traceback (raise it ``from None``)."""
    return pytest.fail.Exception(str(error), pytrace=False)


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bolt URI of a Neo4j 5 server: ``$NEO4J_URI``, else one started for this session."""
    configured = os.environ.get("NEO4J_URI")
    if configured:
        yield configured
        return
    try:
        with running_neo4j(tmp_path_factory.mktemp("neo4j")) as server:
            yield server.uri
    except ServerStartError as error:
        raise _failure(error) from None


@pytest.fixture(scope="session")
def neo4j_auth() -> tuple[str, str] | None:
    """``(user, password)`` for ``$NEO4J_URI`` from ``$NEO4J_USER``/``$NEO4J_PASSWORD``, else ``None``."""
    if os.environ.get("NEO4J_URI") and os.environ.get("NEO4J_USER"):
        return os.environ["NEO4J_USER"], os.environ.get("NEO4J_PASSWORD", "")
    return None


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """An ``oxigraph serve`` for this session, with an empty store in a temporary directory."""
    try:
        with running_oxigraph(tmp_path_factory.mktemp("oxigraph") / "data") as server:
            yield server
    except ServerStartError as error:
        raise _failure(error) from None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Path of Debian's Chromium, failing the test with an install hint when it is absent."""
    try:
        return find_chromium()
    except ServerStartError as error:
        raise _failure(error) from None
