"""The printable reports in a browser (issue 21 item 5): Debian's chromium, headless, opens each
report page of a seeded story (audit, department self-check, risk register, a person's and a
team's scorecard),
its figures are checked against the JSON endpoints, and a screenshot of each is saved under the
test's output (``UPDATE_REPORT_SCREENSHOTS=1`` also writes them to docs/img/).

Chromium cannot send a bearer token, so the test serves each page through a small local HTTP front
that adds the token of the role reading it: the pages are fetched over real HTTP, with the same
authorization as the JSON endpoints. Under CI=true a missing chromium fails (.ci/run installs it).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import os
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from kpi_events import Deal, feed
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.clock import ManualClock
from ptp_kpi.service import definition as kpi_definition
from ptp_risk.service import definition as risk_definition

pytestmark = pytest.mark.integration

DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
# docs/reports.md shows one screenshot of each page; the team's scorecard is the same page as a
# person's, so its screenshot stays under the test's output only
DOCUMENTED = {"audit-report", "self-check-report", "scorecard", "risk-report"}
MANAGER = bearer(["manager"], sub="mia")
AUDITOR = bearer(["auditor"], sub="audrey")
ALICE = bearer(["business_specialist"], sub="alice")
CAROL = bearer(["customer_service"], sub="carol")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's package)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return found


class Front:
    """HTTP on 127.0.0.1 in front of the in-process apps: /kpi/... and /risk/... with a token."""

    def __init__(self, loop: asyncio.AbstractEventLoop, clients: dict[str, httpx.AsyncClient],
                 headers: dict[str, str]) -> None:
        front = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                service, _, rest = self.path.lstrip("/").partition("/")
                client = front.clients.get(service)
                if client is None:
                    self.send_error(404)
                    return
                response = asyncio.run_coroutine_threadsafe(
                    client.get("/" + rest, headers=front.headers), front.loop).result(timeout=60)
                self.send_response(response.status_code)
                self.send_header("Content-Type", response.headers.get("content-type", "text/html"))
                self.send_header("Content-Length", str(len(response.content)))
                self.end_headers()
                self.wfile.write(response.content)

            def log_message(self, *args: Any) -> None:
                pass

        self.loop, self.clients, self.headers = loop, clients, headers
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Front:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"


async def browse(browser: str, url: str, screenshot: Path | None = None) -> str:
    """Run headless chromium on ``url``: its DOM, or a screenshot (then returns "")."""
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
                "--window-size=1000,1400"]
        args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        process = await asyncio.create_subprocess_exec(
            *args, url, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 0, err.decode(errors="replace")[-2000:]
    return out.decode()


def figures(dom: str) -> dict[str, str]:
    """Every ``data-figure`` element's text, as the browser rendered the page."""
    return {name: html.unescape(value).strip()
            for name, value in re.findall(r'data-figure="([^"]+)"[^>]*>([^<]*)<', dom)}


def cells(dom: str) -> dict[str, int]:
    return {name: int(value) for name, value in re.findall(r'data-cell="([^"]+)"[^>]*>(\d+)<', dom)}


@pytest.fixture
def browser() -> Iterator[str]:
    yield chromium()


async def seed_kpi(client: httpx.AsyncClient, runtime: Any, clock: ManualClock) -> dict[str, str]:
    async def ok(method: str, url: str, headers: dict[str, str], **kw: Any) -> Any:
        response = await client.request(method, url, headers=headers, **kw)
        assert response.status_code in (200, 201), response.text
        return response.json()

    # the department's monthly self-check is a duty from November on; November's is never filed
    # (the self-check below is not fed back to kpi), so on Dec 12 it is missed: the team lead's,
    # shown on the team's scorecard and not on alice's
    clock.set(dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC))
    await ok("PUT", "/api/v1/duty-rules/self_check", MANAGER, json={
        "period": "month", "owner_role": "manager", "grace_days": 10, "due_soon_days": 7})
    clock.set(dt.datetime(2026, 12, 12, 8, tzinfo=dt.UTC))
    team = await ok("POST", "/api/v1/teams", MANAGER,
                    json={"name": f"north-{uuid.uuid4().hex[:6]}", "department": "Sales", "lead": "lena"})
    await ok("POST", "/api/v1/people", MANAGER, json={
        "id": "alice", "name": "Alice Martin", "role": "business_specialist", "team_id": team["id"]})
    deal = Deal(owner="alice")
    await feed(runtime, deal.registered(), deal.signed("30000.00"), deal.feedback(4), deal.feedback(5))
    card = await ok("POST", "/api/v1/scorecards", MANAGER, json={
        "subject_type": "person", "subject_id": "alice", "period": "2026-11",
        "indicators": [
            {"indicator": "signed_contract_value", "target": "50000.00", "weight": "0.50", "currency": "EUR"},
            {"indicator": "client_satisfaction", "target": "4.50", "weight": "0.25"},
            {"indicator": "new_customers", "target": "2", "weight": "0.25"}]})
    await ok("POST", f"/api/v1/scorecards/{card['id']}/evaluations", MANAGER,
             json={"evaluator_kind": "supervisor", "score": "82", "teamwork_score": "90"})
    team_card = await ok("POST", "/api/v1/scorecards", MANAGER, json={
        "subject_type": "team", "subject_id": team["id"], "period": "2026-11",
        "indicators": [
            {"indicator": "signed_contract_value", "target": "90000.00", "weight": "0.60", "currency": "EUR"},
            {"indicator": "client_satisfaction", "target": "4.00", "weight": "0.40"}]})
    await ok("POST", f"/api/v1/scorecards/{team_card['id']}/evaluations", MANAGER,
             json={"evaluator_kind": "supervisor", "score": "76"})
    assert (await runtime.run_job("check-duties"))["missed"] == 1

    audit = await ok("POST", "/api/v1/audits", AUDITOR, json={
        "title": "Q4 signing compliance", "kind": "compliance", "department": "Sales",
        "scope": "Contracts signed in Q4: legal review, signatures, archiving",
        "planned_start": "2026-12-01", "planned_end": "2026-12-15"})
    await ok("POST", f"/api/v1/audits/{audit['id']}/start", AUDITOR)
    for title, severity in [("Signed before legal approval", "high"),
                            ("Scan of the signature page missing", "medium"),
                            ("Archive index out of date", "low")]:
        finding = await ok("POST", f"/api/v1/audits/{audit['id']}/findings", AUDITOR, json={
            "title": title, "description": "Seen on contract C-17", "severity": severity,
            "owner": "alice", "due_date": "2027-01-15"})
    await ok("POST", f"/api/v1/findings/{finding['id']}/submit-rectification", ALICE,
             json={"rectification": "Index rebuilt"})
    await ok("POST", f"/api/v1/findings/{finding['id']}/close", AUDITOR)
    await ok("POST", f"/api/v1/audits/{audit['id']}/complete", AUDITOR,
             json={"report": "Signing controls work, one gap before legal approval."})

    check = await ok("POST", "/api/v1/self-checks", ALICE, json={
        "department": "Sales", "period": "2026-11", "summary": "One gap: weekend complaints.",
        "items": [
            {"item": "Every lead records its channel", "result": "pass"},
            {"item": "Every contract had legal review", "result": "pass"},
            {"item": "Complaints answered within deadline", "result": "fail", "notes": "3 of 40 late",
             "corrective_action": {"action": "Weekend rota for the complaint desk", "owner": "carol",
                                   "due_date": "2026-12-15"}},
            {"item": "Trade show leads followed up", "result": "not_applicable"}]})
    await ok("POST", f"/api/v1/self-checks/{check['id']}/submit", ALICE)
    await ok("POST", f"/api/v1/self-checks/{check['id']}/acknowledge", MANAGER)
    return {"audit": audit["id"], "self_check": check["id"], "scorecard": card["id"],
            "team_scorecard": team_card["id"], "team": team["id"], "team_name": team["name"]}


async def seed_risk(client: httpx.AsyncClient) -> None:
    async def ok(method: str, url: str, headers: dict[str, str], **kw: Any) -> Any:
        response = await client.request(method, url, headers=headers, **kw)
        assert response.status_code in (200, 201), response.text
        return response.json()

    story = [("technical", "Router supplier may drop the line", 4, 5),
             ("market", "Competitor cuts prices 15%", 3, 4),
             ("operational", "Installer team too small for two depots", 4, 4),
             ("credit", "Client pays late in Q1", 2, 2),
             ("operational", "Self-check missed twice", 2, 3)]
    for kind, title, likelihood, impact in story:
        risk = await ok("POST", "/api/v1/risks", MANAGER, json={"kind": kind, "title": title, "owner": "pat"})
        await ok("POST", f"/api/v1/risks/{risk['id']}/assessments", MANAGER, json={
            "method": "qualitative", "likelihood": likelihood, "impact": impact, "rationale": "workshop"})
        if likelihood * impact >= 15:
            await ok("POST", f"/api/v1/risks/{risk['id']}/responses", MANAGER, json={
                "kind": "reduce", "action": f"Plan B for: {title}", "owner": "pat",
                "due_date": "2027-01-31"})
    await ok("POST", "/api/v1/risks", MANAGER,
             json={"kind": "market", "title": "New entrant", "owner": "pat"})


async def test_each_report_page_shows_the_json_figures_in_a_browser(
        browser: str, tmp_path: Path) -> None:
    kpi_url = f"sqlite+aiosqlite:///{tmp_path / 'kpi.db'}"
    risk_url = f"sqlite+aiosqlite:///{tmp_path / 'risk.db'}"
    clock = ManualClock()
    async with running_app(kpi_definition, kpi_url, clock=clock) as (_a, kpi, kpi_runtime), \
            running_app(risk_definition, risk_url) as (_b, risk, _risk_runtime):
        ids = await seed_kpi(kpi, kpi_runtime, clock)
        await seed_risk(risk)
        loop = asyncio.get_running_loop()
        shots: dict[str, Path] = {}
        with Front(loop, {"kpi": kpi, "risk": risk}, MANAGER) as front:
            pages = {
                "audit-report": f"/kpi/api/v1/reports/audits/{ids['audit']}",
                "self-check-report": f"/kpi/api/v1/reports/self-checks/{ids['self_check']}",
                "scorecard": f"/kpi/api/v1/reports/scorecards/{ids['scorecard']}",
                "team-scorecard": f"/kpi/api/v1/reports/scorecards/{ids['team_scorecard']}",
                "risk-report": "/risk/api/v1/reports/risk",
            }
            doms = {}
            for name, path in pages.items():
                doms[name] = await browse(browser, front.url(path))
                shots[name] = tmp_path / f"{name}.png"
                await browse(browser, front.url(path), screenshot=shots[name])
                assert shots[name].stat().st_size > 10_000, f"{name}: blank screenshot?"
                assert "<script" not in doms[name]

        # the audit report
        report = (await kpi.get(f"/api/v1/audits/{ids['audit']}/report", headers=MANAGER)).json()
        seen = figures(doms["audit-report"])
        assert seen["findings"] == str(len(report["findings"])) == "3"
        assert seen["open_findings"] == str(report["open_findings"]) == "2"
        for severity in ("high", "medium", "low"):
            assert seen[f"severity_{severity}"] == str(report["by_severity"].get(severity, 0))
        assert seen["status_closed"] == str(report["by_status"]["closed"])
        assert seen["status"] == report["audit"]["status"] == "completed"

        # the department self-check
        check = (await kpi.get(f"/api/v1/self-checks/{ids['self_check']}", headers=MANAGER)).json()
        seen = figures(doms["self-check-report"])
        assert seen["items"] == str(len(check["items"])) == "4"
        assert seen["failed"] == str(sum(i["result"] == "fail" for i in check["items"])) == "1"
        assert seen["passed"] == "2" and seen["open_actions"] == str(check["open_actions"]) == "1"
        assert seen["status"] == check["status"] == "acknowledged"
        assert "Weekend rota for the complaint desk" in doms["self-check-report"]

        # the scorecard
        card = (await kpi.get(f"/api/v1/scorecards/{ids['scorecard']}", headers=MANAGER)).json()
        seen = figures(doms["scorecard"])
        assert Decimal(seen["total_score"]) == Decimal(card["total_score"])
        assert Decimal(seen["quantitative_score"]) == Decimal(card["quantitative_score"])
        for line in card["indicators"]:
            assert Decimal(seen[f"score_{line['indicator']}"]) == Decimal(line["score"])
            assert Decimal(seen[f"actual_{line['indicator']}"]) == Decimal(line["actual"])
        assert Decimal(seen["qualitative_supervisor"]) == 82
        assert "Recurring duties missed" not in doms["scorecard"]  # the self-check is not alice's

        # the team's scorecard: the team's figures, and the duties its lead and members missed
        card = (await kpi.get(f"/api/v1/scorecards/{ids['team_scorecard']}", headers=MANAGER)).json()
        assert card["subject_type"] == "team"
        seen = figures(doms["team-scorecard"])
        assert Decimal(seen["total_score"]) == Decimal(card["total_score"])
        assert Decimal(seen["quantitative_score"]) == Decimal(card["quantitative_score"])
        for line in card["indicators"]:
            assert Decimal(seen[f"score_{line['indicator']}"]) == Decimal(line["score"])
            assert Decimal(seen[f"actual_{line['indicator']}"]) == Decimal(line["actual"])
        assert Decimal(seen["actual_signed_contract_value"]) == 30000  # alice's contract
        assert Decimal(seen["qualitative_supervisor"]) == 76
        assert ids["team_name"] in doms["team-scorecard"]
        missed = (await kpi.get("/api/v1/duties/missed", params={"team": ids["team"]},
                                headers=MANAGER)).json()["items"]
        assert [(m["kind"], m["period"], m["owner"]) for m in missed] == [
            ("self_check", "2026-11", "lena")]
        assert "Recurring duties missed" in doms["team-scorecard"]
        for m in missed:
            row = f"<td>{m['kind']}</td><td>{m['subject_label']}</td><td>{m['period']}</td>"
            assert row in doms["team-scorecard"]

        # the risk report: register by level, heatmap cells, open responses
        matrix = (await risk.get("/api/v1/risk-matrix", headers=MANAGER)).json()
        open_risks = (await risk.get("/api/v1/risks", headers=MANAGER)).json()["items"]
        responses = (await risk.get("/api/v1/responses", params={"status": "planned"},
                                    headers=MANAGER)).json()["items"]
        seen = figures(doms["risk-report"])
        assert seen["open_risks"] == str(len(open_risks)) == "6"
        for level in ("high", "medium", "low"):
            assert seen[f"level_{level}"] == str(sum(r["level"] == level for r in open_risks))
            assert seen[f"level_{level}"] == str(matrix["by_level"][level])
        assert seen["unassessed"] == str(matrix["unassessed"]) == "1"
        assert seen["open_responses"] == str(len(responses)) == "2"
        assert cells(doms["risk-report"]) == {
            f"{c['likelihood']}x{c['impact']}": c["count"] for c in matrix["cells"] if c["count"]}

    if os.environ.get("UPDATE_REPORT_SCREENSHOTS"):
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        for name, shot in shots.items():
            if name in DOCUMENTED:
                shutil.copyfile(shot, DOCS_IMG / f"report-{name}.png")
