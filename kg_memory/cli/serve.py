"""``kgmem serve``: the SPARQL 1.1 Protocol endpoint."""

from __future__ import annotations

import click

from ._common import open_memory, store_options


@click.command()
@store_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port (0: any free one).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run; past it its worker is killed and the client gets 503 "
                   "{\"error\": \"timeout\"}.")
@click.option("--max-memory", type=click.IntRange(16), default=2048, show_default=True,
              help="MiB of memory a query may use; past it the client gets 503 {\"error\": \"memory\"}.")
@click.option("--max-rows", type=click.IntRange(1), default=10_000, show_default=True,
              help="Longer results are cut, with the header X-KGMem-Truncated: true.")
@click.option("--max-concurrent", type=click.IntRange(1), default=4, show_default=True,
              help="Queries evaluated at once (one worker process each).")
@click.option("--max-connections", type=click.IntRange(1), default=256, show_default=True,
              help="Open connections at once; past it requests get 503.")
@click.option("--header-timeout", type=click.FloatRange(0, min_open=True), default=10.0, show_default=True,
              help="Seconds a client has to send a request's headers (and its body) before it is dropped.")
@click.option("--idle-timeout", type=click.FloatRange(0, min_open=True), default=5.0, show_default=True,
              help="Seconds a kept-alive connection may stay idle.")
@click.option("--all-namespaces", is_flag=True,
              help="Let clients pick any namespace (namespace=, GRAPH); by default only --namespace is visible.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (POST) from clients holding the token.")
@click.option("--token", envvar="KGMEM_SERVE_TOKEN", help="Bearer token for updates (or $KGMEM_SERVE_TOKEN).")
@click.option("--cors", "--cors-origin", "cors", multiple=True, metavar="ORIGIN",
              help="Send Access-Control-Allow-Origin to this web origin ('*': any; repeatable). Default: none.")
@click.option("--allow-host", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (besides the bound address; repeatable).")
@click.option("--allow-service", multiple=True, metavar="HOST",
              help="Let queries call SERVICE on HOST (repeatable). Default: SERVICE is refused.")
def serve(store: str, namespace: str, host: str, port: int, timeout: float, max_memory: int, max_rows: int,
          max_concurrent: int, max_connections: int, header_timeout: float, idle_timeout: float,
          all_namespaces: bool, allow_update: bool, token: str | None, cors: tuple[str, ...],
          allow_host: tuple[str, ...], allow_service: tuple[str, ...]) -> None:
    """Serve the memory as a SPARQL 1.1 endpoint at http://HOST:PORT/sparql (read-only by default).

    Results by content negotiation (or format=): SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples,
    JSON-LD. GET / shows a query form. Only the --namespace memory is visible unless
    --all-namespaces. Each query runs in a worker process, killed past --timeout or --max-memory.
    Example: kgmem serve --store DIR --port 7878
    """
    import logging

    from ..serve import ServeOptions
    from ..serve import serve as run_server

    try:
        options = ServeOptions(timeout=timeout, max_memory=max_memory << 20, max_rows=max_rows,
                               max_concurrent=max_concurrent, max_connections=max_connections,
                               header_timeout=header_timeout, idle_timeout=idle_timeout,
                               all_namespaces=all_namespaces, allow_update=allow_update, token=token,
                               cors_origins=cors, allow_hosts=allow_host, allow_service=allow_service)
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with open_memory(store, namespace) as memory:
        try:
            run_server(memory, host, port, options, ready=lambda url: click.echo(f"SPARQL endpoint at {url}"))
        except OSError as e:
            raise click.ClickException(f"cannot serve on {host}:{port}: {e}") from e
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


COMMANDS = (serve,)
