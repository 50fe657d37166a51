"""``make client``: regenerate the typed Python client (clients/python) from the six OpenAPI documents.

Each service's document comes from its app object, built as the tests build it and never started
(``app.openapi()``: no server, no database); openapi-python-client (pinned in the workspace's dev
group) turns it into ``ptp_client.<service>``. The generated code is formatted by ruff with fixed
options and no configuration file (``--isolated``), so the same documents always give the same
bytes, wherever the code is generated.

    python clients/generate.py            # regenerate clients/python/src/ptp_client/<service>
    python clients/generate.py --check    # exit 1 when the committed code is not current (CI)
    python clients/generate.py --documents DIR   # also write the six documents (<service>.json)

Any warning of the generator (a dropped operation, response or model) is an error: the documents
must generate whole.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

SERVICES = ("crm", "contracts", "projects", "risk", "kpi", "webhooks")
HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "python" / "src" / "ptp_client"
RUFF_OPTIONS = ["--isolated", "--no-cache", "--quiet", "--target-version", "py311", "--line-length", "110"]


class GenerationFailed(RuntimeError):
    pass


def document(service: str) -> dict[str, object]:
    """The service's OpenAPI document, from an app that is built but not started."""
    from ptp_common.service import create_service_app, known_services
    from ptp_common.settings import load_settings

    settings = load_settings(service, database_url="sqlite+aiosqlite:///:memory:")
    return create_service_app(known_services()[service], settings).openapi()


def documents() -> dict[str, dict[str, object]]:
    return {service: document(service) for service in SERVICES}


def _generate_one(service: str, doc: dict[str, object], work: Path) -> Path:
    from openapi_python_client import generate as generate_client
    from openapi_python_client.config import Config, ConfigFile, MetaType

    source = work / f"{service}.json"
    source.write_text(json.dumps(doc, indent=1) + "\n")
    out = work / "out" / service
    config = Config.from_sources(
        ConfigFile(post_hooks=[]), MetaType.NONE, source, "utf-8", overwrite=True, output_path=out
    )
    with contextlib.redirect_stdout(io.StringIO()):  # its 'Generating <path>' lines
        problems = generate_client(config=config)
    if problems or not (out / "__init__.py").exists():
        said = "\n\n".join(f"{p.level.name} {p.header or ''}: {p.detail or ''}".strip() for p in problems)
        raise GenerationFailed(f"{service}: openapi-python-client left things out:\n{said}")
    return out


def _ruff(*args: str) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    run = subprocess.run([str(ruff), *args], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise GenerationFailed(f"ruff {' '.join(args)}: exit {run.returncode}\n{run.stdout}{run.stderr}")


def generate(work: Path, docs: dict[str, dict[str, object]] | None = None) -> dict[str, Path]:
    """Generate every service's package under ``work/out/<service>``, formatted; raise on any
    warning of the generator (a dropped operation, response or model)."""
    docs = docs or documents()
    outs = {service: _generate_one(service, docs[service], work) for service in SERVICES}
    root = str(work / "out")
    _ruff("check", root, "--fix-only", "--select", "F401,I", *RUFF_OPTIONS)
    _ruff("format", root, *RUFF_OPTIONS)
    return outs


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def differences(fresh: Path, current: Path) -> list[str]:
    """Files that differ between a fresh generation and the committed one (relative paths)."""
    new, old = _files(fresh), _files(current) if current.exists() else set()
    changed = [f"only in the fresh generation: {f}" for f in sorted(new - old)]
    changed += [f"not generated any more: {f}" for f in sorted(old - new)]
    changed += [
        f"changed: {f}" for f in sorted(new & old) if not filecmp.cmp(fresh / f, current / f, shallow=False)
    ]
    return changed


def check(package: Path = PACKAGE) -> list[str]:
    """What is not current in ``package`` (empty when the committed code is what generation gives)."""
    with tempfile.TemporaryDirectory(prefix="ptp-client-") as tmp:
        outs = generate(Path(tmp))
        return [f"{s}: {line}" for s, out in outs.items() for line in differences(out, package / s)]


def write(package: Path = PACKAGE, keep_documents: Path | None = None) -> None:
    docs = documents()
    if keep_documents:
        keep_documents.mkdir(parents=True, exist_ok=True)
        for service, doc in docs.items():
            (keep_documents / f"{service}.json").write_text(json.dumps(doc, indent=1) + "\n")
    with tempfile.TemporaryDirectory(prefix="ptp-client-") as tmp:
        outs = generate(Path(tmp), docs)
        for service, out in outs.items():
            target = package / service
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(out, target)
            print(f"{service}: generated {len(_files(target))} files into {target.relative_to(HERE.parent)}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail when the committed code is not current")
    parser.add_argument("--documents", type=Path, help="also write the OpenAPI documents to this folder")
    args = parser.parse_args(list(argv) if argv is not None else None)
    os.environ.setdefault("PTP_LOG_LEVEL", "WARNING")
    try:
        if args.check:
            stale = check()
            if stale:
                print("clients/python is not current; run `make client`:", *stale, sep="\n  ")
                return 1
            print("clients/python is current")
            return 0
        write(keep_documents=args.documents)
    except GenerationFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
