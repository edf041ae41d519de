"""The ``policykg`` command."""

from __future__ import annotations

import contextlib
import json
import sys
import uuid
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph import embedded
from graph.config import Settings, get_settings
from graph.errors import PolicyKGError

app = typer.Typer(
    help="policykg: Chinese policy documents → a knowledge graph.", no_args_is_help=True
)
graph_app = typer.Typer(help="The embedded graph server.", no_args_is_help=True)
app.add_typer(graph_app, name="graph")
console = Console(stderr=True)
out = Console(width=None if sys.stdout.isatty() else 160)


def _settings() -> Settings:
    return get_settings()


def _fail(exc: PolicyKGError) -> None:
    console.print(f"[red]error:[/red] {exc.detail}")
    raise typer.Exit(2)


@graph_app.command("start")
def graph_start() -> None:
    """Start the embedded graph server (or report the one already running)."""
    s = _settings()
    if s.graph_url != "embedded":
        out.print(f"POLICYKG_GRAPH_URL is {s.graph_url}: no embedded server to start.")
        return
    try:
        state = embedded.start(s)
    except PolicyKGError as exc:
        _fail(exc)
        return
    out.print(
        f"embedded graph running: pid {state.pid}, 127.0.0.1:{state.port}, data in {state.data_dir}"
    )


@graph_app.command("stop")
def graph_stop() -> None:
    """Stop the embedded graph server cleanly (it saves a snapshot first)."""
    stopped = embedded.stop(_settings())
    out.print("embedded graph stopped" if stopped else "embedded graph was not running")


@graph_app.command("status")
def graph_status() -> None:
    """Say whether the embedded graph server is running."""
    what, state = embedded.status(_settings())
    if what == "running" and state:
        out.print(f"running: pid {state.pid}, 127.0.0.1:{state.port}, data in {state.data_dir}")
    elif what == "dead":
        out.print(
            "stopped unexpectedly: run `policykg graph start` to bring it back (data is kept)"
        )
        raise typer.Exit(1)
    else:
        out.print("not running")
        raise typer.Exit(1)


@graph_app.command("reset")
def graph_reset(yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False) -> None:
    """Delete every node and relationship of the graph."""
    if not yes:
        typer.confirm("Delete the whole graph?", abort=True)
    from graph.store import get_store

    store = get_store(_settings())
    store.clear()
    store.ensure_schema()
    out.print("graph emptied")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Extract only; write nothing.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the extraction as JSON.")] = False,
) -> None:
    """Read, extract and load documents; a failed file is reported and the rest still load."""
    from graph.loader import load_document, prune_orphans
    from graph.store import GraphStore, get_store
    from ingest.extract import extract
    from ingest.nlp.pipeline import get_pipeline
    from ingest.readers import iter_inputs, read_document

    s = _settings()
    files = iter_inputs(paths)
    if not files:
        console.print("no documents found in the given paths")
        raise typer.Exit(1)
    store: GraphStore | None = None
    if not dry_run:
        try:
            store = get_store(s)
            store.ensure_schema()
        except PolicyKGError as exc:
            _fail(exc)
    nlp = get_pipeline(s.segmenter, str(s.home.resolve() / "cache"))
    results: list[dict[str, Any]] = []
    failures: list[tuple[Path, str]] = []
    dumps: list[dict[str, Any]] = []
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        disable=as_json or not sys.stderr.isatty(),
    )
    with progress:
        task = progress.add_task("ingesting", total=len(files))
        for f in files:
            progress.update(task, description=f"reading {f.name}")
            try:
                raw = read_document(f, max_bytes=s.ingest_max_bytes, soffice=s.soffice)
                progress.update(task, description=f"extracting {f.name}")
                ex = extract(raw, nlp)
                counts = ex.records.counts()
                if dry_run:
                    dumps.append(_dump(ex))
                else:
                    assert store is not None
                    progress.update(task, description=f"loading {f.name}")
                    # (the shared nodes left unused are pruned once, after the batch)
                    load_document(store, ex.records, batch_size=s.batch_size, prune=False)
                results.append({"file": str(f), "doc_id": ex.doc_id, **counts})
            except PolicyKGError as exc:
                failures.append((f, exc.detail))
                if exc.status == 503:  # the graph is gone: no point going on
                    progress.stop()
                    console.print(f"[red]error:[/red] {exc.detail}")
                    break
            except Exception as exc:  # a fault of policykg's own on this file: the rest go on
                failures.append(
                    (
                        f,
                        f"{f.name}: extraction failed ({type(exc).__name__}: {exc}) — a fault "
                        "in policykg; please report it with the file.",
                    )
                )
            progress.advance(task)
    if store is not None and results:
        with contextlib.suppress(PolicyKGError):
            prune_orphans(store)
        with contextlib.suppress(PolicyKGError):
            store.snapshot()
    if as_json:
        _print_json(dumps if dry_run else results)
        for f, why in failures:  # (on stderr: the JSON on stdout stays the extraction alone)
            console.print(f"[red]FAILED[/red] {f}: {why}", highlight=False, soft_wrap=True)
    else:
        _summary(results, failures, dry_run)
    if failures:
        raise typer.Exit(1)


def _print_json(value: Any) -> None:
    """``value`` as indented JSON on stdout, written as it is: with rich's print_json (which
    highlights it) the dry run of a 134,000-character file took 14.6 s and 898 MB at its peak,
    so 3.5 s and 192 MB (docs/benchmarks.md)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def _dump(ex: Any) -> dict[str, Any]:
    recs = ex.records
    return {
        "doc_id": ex.doc_id,
        "meta": {k: v for k, v in recs.meta.items() if k != "text"},
        "nodes": [
            {
                "label": n.label.value,
                "id": n.id,
                **{k: v for k, v in n.props.items() if k != "text"},
            }
            for n in recs.nodes
        ],
        "edges": [
            {
                "type": e.type.value,
                "src": e.src,
                "dst": e.dst,
                **e.props,
                **(e.evidence.as_props() if e.evidence else {}),
            }
            for e in recs.edges
        ],
    }


def _summary(
    results: list[dict[str, Any]], failures: list[tuple[Path, str]], dry_run: bool
) -> None:
    table = Table(title="extracted (dry run, nothing written)" if dry_run else "ingested")
    cols = [
        ("document", "doc_id"),
        ("measures", "Measure"),
        ("sections", "Section"),
        ("departments", "Department"),
        ("lead", "LEADS"),
        ("support", "SUPPORTS"),
        ("responsible", "RESPONSIBLE_FOR"),
        ("industries", "ADDRESSES"),
        ("targets", "Target"),
        ("results", "Result"),
    ]
    for title, _ in cols:
        table.add_column(title, justify="left" if title == "document" else "right")
    for r in results:
        table.add_row(*[str(r.get(k, 0)) for _, k in cols])
    out.print(table)
    for f, why in failures:
        out.print(f"[red]FAILED[/red] {f}: {why}")
    out.print(f"{len(results)} loaded, {len(failures)} failed")


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files.")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder holding the documents they name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
) -> None:
    """Score extraction against hand annotations, in a throwaway embedded graph."""
    from graph.store import get_store
    from ingest.evaluate import FIELDS, OPTIONAL_FIELDS, evaluate

    s = _settings()
    # Always a throwaway graph on the embedded server, whatever POLICYKG_GRAPH_URL says:
    # scoring must never write to (or clear) a production database.
    throwaway = s.model_copy(
        update={"graph_url": "embedded", "graph_name": f"policykg-eval-{uuid.uuid4().hex[:8]}"}
    )
    # a server this run starts is stopped when it is done; one already running keeps running
    started_here = embedded.status(throwaway)[0] != "running"
    try:
        store = get_store(throwaway)
        store.ensure_schema()
        try:
            result = evaluate(gold, docs, store)
        finally:
            store.clear()
            # compact the server's append-only file: the throwaway graph's writes are not
            # replayed at its next start
            with contextlib.suppress(PolicyKGError):
                store.snapshot()
            store.close()
    except PolicyKGError as exc:
        _fail(exc)
        return
    finally:
        if started_here:
            embedded.stop(throwaway)
    if as_json:
        _print_json(result)
        if result["failed"]:
            raise typer.Exit(1)
        return
    for doc, scores in [*result["documents"].items(), ("OVERALL", result)]:
        table = Table(title=doc)
        columns = ("field", "precision", "recall", "f1", "tp", "fp", "fn")
        for c in (*columns, "comparator", "year", "metric"):
            table.add_column(c, justify="left" if c == "field" else "right")
        # (mentions, where the gold annotates them)
        fields = [*FIELDS, *(f for f in OPTIONAL_FIELDS if f in scores)]
        for f in fields:
            sc = scores[f]
            table.add_row(
                f,
                f"{sc['precision']:.3f}",
                f"{sc['recall']:.3f}",
                f"{sc['f1']:.3f}",
                str(sc["tp"]),
                str(sc["fp"]),
                str(sc["fn"]),
                _pct(sc.get("comparator_accuracy")),
                _pct(sc.get("year_accuracy")),
                _pct(sc.get("metric_accuracy")),
            )
        if doc == "OVERALL" and "links" in result:
            sc = result["links"]
            table.add_row(
                "links",
                *(f"{sc[k]:.3f}" for k in ("precision", "recall", "f1")),
                *(str(sc[k]) for k in ("tp", "fp", "fn")),
            )
        out.print(table)
        meta = scores.get("meta")
        if meta and meta["checked"]:
            out.print(
                f"  metadata   {meta['right']} of {meta['checked']} right (title, issuer, date)"
            )
            for _doc, name, gold, ours in [] if doc == "OVERALL" else meta["wrong"]:
                out.print(f"  differs    {name:11} {gold!r} in the gold, {ours!r} extracted")
        if doc == "OVERALL":
            for m in result.get("links", {}).get("misses", []):
                out.print(f"  miss       links       {m}")
            for m in result.get("links", {}).get("false_hits", []):
                out.print(f"  false hit  links       {m}")
            continue
        for f in fields:
            for m in scores[f]["misses"]:
                out.print(f"  miss       {f:11} {_fmt(m)}")
            for m in scores[f]["false_hits"]:
                out.print(f"  false hit  {f:11} {_fmt(m)}")
            for path, figure, name, gold, ours in scores[f].get("disagreements", []):
                out.print(
                    f"  differs    {f:11} {path} {figure}: {name} {gold!r} in the gold, {ours!r} extracted"
                )
        for path, counts in scores.get("unscored", {}).items():
            said = ", ".join(f"{n} {f}" for f, n in counts.items() if n)
            out.print(f"  unscored   {path} (a path the gold does not list): {said}")
    # a document that could not be read is scored as extracting nothing; say why
    for doc, why in result["failed"]:
        out.print(f"[red]FAILED[/red] {doc}: {why} (scored as extracting nothing)")
    if result["failed"]:
        raise typer.Exit(1)


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v:.3f}"


def _fmt(m: Any) -> str:
    return " | ".join(str(x) for x in m) if isinstance(m, list | tuple) else str(m)


def _param(text: str) -> tuple[str, Any]:
    """``k=v``: v read as JSON when it parses (numbers, true, lists), else as a string."""
    if "=" not in text:
        raise typer.BadParameter(f"{text!r}: parameters are written name=value")
    key, value = text.split("=", 1)
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def _cell(v: Any) -> str:
    if isinstance(v, dict):
        shown = {
            k: x for k, x in v.items() if not k.startswith("_") and k not in ("text", "gen", "key")
        }
        label = v.get("_labels") or v.get("_type") or ""
        return f"{label}{json.dumps(shown, ensure_ascii=False)}"
    if isinstance(v, list | tuple):
        return json.dumps([_cell(x) if isinstance(x, dict) else x for x in v], ensure_ascii=False)
    return "" if v is None else str(v)


def run_statement(store: Any, query: str, params: dict[str, Any], fmt: str, write: bool) -> None:
    """Run one statement and print its result (the shell and `policykg cypher` share this)."""
    import csv

    res = store.write(query, params) if write else store.read(query, params)
    if fmt == "json":
        _print_json({"columns": res.columns, "rows": res.rows, "truncated": res.truncated})
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(res.columns)
        for row in res.rows:
            writer.writerow([_cell(v) for v in row])
    else:
        table = Table(show_lines=False)
        for c in res.columns:
            table.add_column(c)
        for row in res.rows:
            table.add_row(*[_cell(v) for v in row])
        out.print(table)
        out.print(
            f"{len(res.rows)} row(s)" + (" — truncated at the row cap" if res.truncated else "")
        )


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="One Cypher statement.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value, repeatable.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    write: Annotated[
        bool, typer.Option("--write", help="Allow writes (read-only otherwise).")
    ] = False,
) -> None:
    """Run one Cypher statement, read-only unless --write; the database's message on errors."""
    from graph.store import get_store

    if fmt not in ("table", "json", "csv"):
        raise typer.BadParameter("--format is table, json or csv")
    params = dict(_param(p) for p in (param or []))
    try:
        store = get_store(_settings())
        run_statement(store, query, params, fmt, write)
    except PolicyKGError as exc:
        _fail(exc)


@app.command()
def shell(
    write: Annotated[
        bool, typer.Option("--write", help="Allow writes (read-only otherwise).")
    ] = False,
) -> None:
    """An interactive Cypher prompt: end a statement with ';' (or an empty line); history is kept."""
    from graph.store import get_store

    s = _settings()
    try:
        store = get_store(s)
    except PolicyKGError as exc:
        _fail(exc)
        return
    interactive = sys.stdin.isatty()
    history = s.home.resolve() / "shell_history"
    if interactive:
        try:
            import readline

            history.parent.mkdir(parents=True, exist_ok=True)
            if history.exists():
                readline.read_history_file(str(history))
        except (ImportError, OSError):
            pass
        out.print(
            f"policykg shell on {store.backend} ({'read-write' if write else 'read-only'}); "
            "end statements with ';', :quit to leave"
        )
    buffer: list[str] = []
    while True:
        try:
            line = input(("cypher> " if not buffer else "   ...> ") if interactive else "")
        except EOFError:
            line = None
        if line is not None and line.strip() in (":quit", ":q", ":exit"):
            break
        if line is not None:
            buffer.append(line)
        text = "\n".join(buffer).strip()
        if line is None or text.endswith(";") or (line == "" and text):
            if text:
                try:
                    run_statement(store, text.rstrip(";"), {}, "table", write)
                except PolicyKGError as exc:
                    console.print(f"[red]error:[/red] {exc.detail}")
            buffer = []
        if line is None:
            break
    if interactive:
        try:
            import readline

            readline.write_history_file(str(history))
        except (ImportError, OSError):
            pass


@app.command()
def viz(
    kind: Annotated[str, typer.Argument(help="department, industry, document or collaboration.")],
    ident: Annotated[
        str | None, typer.Argument(help="Id, name or alias (not for collaboration).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "graph.html"
    ),
) -> None:
    """Write an interactive, self-contained network page."""
    from api.service import picture
    from graph.store import get_store

    try:
        page = picture(get_store(_settings()), kind, ident)
    except PolicyKGError as exc:
        _fail(exc)
        return
    output.write_text(page, encoding="utf-8")
    out.print(f"wrote {output}")


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf or json.")] = "graphml",
) -> None:
    """Export the whole graph for Gephi, Cytoscape and other tools."""
    from graph import analytics
    from graph.store import get_store

    if fmt not in ("graphml", "gexf", "json"):
        raise typer.BadParameter("--format is graphml, gexf or json")
    try:
        g = analytics.full_graph(get_store(_settings()))
    except PolicyKGError as exc:
        _fail(exc)
        return
    analytics.write_export(g, fmt, output)
    out.print(
        f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} relationships to {output}"
    )


@app.command()
def serve(
    host: Annotated[
        str | None, typer.Option(help="Address to bind (default from settings).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings).")] = None,
) -> None:
    """Serve the REST API and pages."""
    import uvicorn

    s = _settings()
    h, p = host or s.api_host, port or s.api_port
    out.print(f"policykg API on http://{h}:{p}/  — try http://{h}:{p}/health, /stats, /docs")
    uvicorn.run(
        "api.main:create_app", factory=True, host=h, port=p, log_level="info", workers=s.api_workers
    )


def main() -> None:  # pragma: no cover
    app()
