"""The ``accord serve`` command: the JSON API and the dashboard over a store."""

from __future__ import annotations

import ipaddress
import socket

import click

from accord.cli_store import db_option
from accord.errors import AccordError

__all__ = ["register", "serve_command"]


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option(
    "--allow-ingest", is_flag=True, help="Enable POST /api/articles (needs --token); opens the store for writing."
)
@click.option(
    "--token",
    envvar="ACCORD_TOKEN",
    show_envvar=True,
    default=None,
    help="Bearer token that POST /api/articles must send (prefer the env var: flags show in ps).",
)
@click.option(
    "--max-body",
    default=2 * 1024 * 1024,
    show_default=True,
    type=click.IntRange(1),
    help="Largest POST body in bytes; bigger ones get 413.",
)
def serve_command(db: str, host: str, port: int, allow_ingest: bool, token: str | None, max_body: int) -> None:
    """Serve the JSON API (/api, docs at /docs) and the dashboard over the store.

    Read-only by default, so 'accord query' and friends can read the store at
    the same time; 'accord code' cannot write to it while the server runs.
    Needs the web extra: pip install 'accord[web]'.

    Example: accord serve --db accord.duckdb --port 8000   (then open http://127.0.0.1:8000/)
    """
    from accord.web import INSTALL_HINT, create_app, missing

    if missing():
        raise click.ClickException(f"{INSTALL_HINT} (missing: {', '.join(missing())})")
    if allow_ingest and not token:
        raise click.UsageError("--allow-ingest needs --token T (or the ACCORD_TOKEN environment variable)")
    if token and not allow_ingest:
        raise click.UsageError("--token only makes sense with --allow-ingest")
    try:
        app = create_app(db, allow_ingest=allow_ingest, token=token, max_body=max_body)
    except AccordError as exc:
        raise click.ClickException(str(exc)) from exc
    if not _is_loopback(host):
        click.echo(f"accord: warning: listening on {host}, reachable from other machines", err=True)
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    click.echo(f"accord: serving {db} on http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
        except (OSError, ValueError):
            return False


def register(main: click.Group) -> None:
    """Add ``serve`` to the ``accord`` group."""
    main.add_command(serve_command)
