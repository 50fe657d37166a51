"""The feedback loop (issue 21 item 3): every piece of feedback is classified, gets a cause, an
action and a reply, each step timed; it cannot close without them; crm.feedback.closed tells the
outcome; surveys after acceptance and after a complaint's resolution send their answers as events."""

from __future__ import annotations

from typing import Any

from crm_testkit import CUSTOMER_SERVICE, MANAGER, SPECIALIST, Crm


async def new_customer(crm: Crm, name: str = "Acme Logistics Ltd") -> Any:
    return await crm.ok("POST", "/api/v1/customers", SPECIALIST, 201, json={"name": name})


async def test_feedback_goes_round_the_loop_and_closes_only_when_answered(crm: Crm) -> None:
    customer = await new_customer(crm)
    feedback = await crm.ok("POST", "/api/v1/feedback", SPECIALIST, 201, json={
        "customer_id": customer["id"], "score": 2, "comment": "Installer turned up without a badge"})
    assert feedback["status"] == "received"
    url = f"/api/v1/feedback/{feedback['id']}"

    blocked = await crm.client.post(f"{url}/close", headers=CUSTOMER_SERVICE)
    assert blocked.status_code == 409, blocked.text
    assert blocked.json()["missing"] == ["classification", "cause", "action", "reply"]
    # steps go in order, and none of them may be empty
    assert (await crm.client.post(f"{url}/reply", headers=CUSTOMER_SERVICE, json={
        "reply": "Sorry", "channel": "email"})).status_code == 409
    assert (await crm.client.post(f"{url}/classify", headers=CUSTOMER_SERVICE,
                                  json={"classification": "rant"})).status_code == 422
    assert (await crm.client.post(f"{url}/classify", headers=MANAGER,
                                  json={"classification": "criticism"})).status_code == 403

    crm.clock.advance(minutes=30)
    classified = await crm.ok("POST", f"{url}/classify", CUSTOMER_SERVICE,
                              json={"classification": "criticism", "category": "delivery"})
    assert classified["classified"]["minutes_from_receipt"] == 30.0
    assert classified["category"] == "delivery"
    assert (await crm.client.post(f"{url}/analyse", headers=CUSTOMER_SERVICE,
                                  json={"cause": ""})).status_code == 422
    crm.clock.advance(hours=2)
    await crm.ok("POST", f"{url}/analyse", CUSTOMER_SERVICE, json={"cause": "No badge requested"})
    half = await crm.client.post(f"{url}/close", headers=CUSTOMER_SERVICE)
    assert half.status_code == 409 and half.json()["missing"] == ["action", "reply"]
    crm.clock.advance(hours=1)
    await crm.ok("POST", f"{url}/act", SPECIALIST, json={"action": "Badges ordered with each job"})
    crm.clock.advance(hours=1)
    replied = await crm.ok("POST", f"{url}/reply", CUSTOMER_SERVICE, json={
        "reply": "Badges now come with every installation order.", "channel": "email"})
    assert replied["missing_before_close"] == [] and replied["allowed_actions"] == ["close"]
    closed = await crm.ok("POST", f"{url}/close", CUSTOMER_SERVICE)
    assert closed["status"] == "closed" and closed["closed"]["by"] == "cole.service"
    assert [closed[s]["minutes_from_receipt"] for s in ("classified", "analysed", "acted", "replied")] \
        == [30.0, 150.0, 210.0, 270.0]

    [event] = await crm.events("crm.feedback.closed")
    data = event["data"]
    assert data["reply"] == "Badges now come with every installation order."
    assert data["cause"] == "No badge requested" and data["classification"] == "criticism"
    assert data["minutes_to_reply"] == 270.0 and data["customer_id"] == customer["id"]
    listed = await crm.ok("GET", "/api/v1/feedback?status=closed", MANAGER)
    assert [f["id"] for f in listed["items"]] == [feedback["id"]]


async def test_a_resolved_complaint_gets_a_survey_whose_answer_is_an_event(crm: Crm) -> None:
    customer = await new_customer(crm)
    complaint = await crm.ok("POST", "/api/v1/complaints", CUSTOMER_SERVICE, 201, json={
        "customer_id": customer["id"], "category": "delay", "severity": "high",
        "channel": "phone", "description": "late"})
    url = f"/api/v1/complaints/{complaint['id']}"
    await crm.ok("POST", f"{url}/respond", CUSTOMER_SERVICE, json={"response": "On it"})
    no_cause = await crm.client.post(f"{url}/resolve", headers=CUSTOMER_SERVICE, json={
        "resolution": "Shipped", "communicated_via": "email"})
    assert no_cause.status_code == 422 and "body.cause" in no_cause.text
    await crm.ok("POST", f"{url}/resolve", CUSTOMER_SERVICE, json={
        "cause": "supplier", "resolution": "Shipped", "communicated_via": "email"})

    surveys = (await crm.ok("GET", f"/api/v1/surveys?complaint_id={complaint['id']}", MANAGER))["items"]
    assert [(s["kind"], s["status"], s["project_id"]) for s in surveys] == [
        ("complaint_resolution", "open", None)]
    answered = await crm.ok("POST", f"/api/v1/surveys/{surveys[0]['id']}/answer", CUSTOMER_SERVICE,
                            json={"score": 4, "comment": "Fixed fast"})
    assert answered["status"] == "answered"
    [event] = await crm.events("crm.survey.answered")
    assert event["data"]["kind"] == "complaint_resolution"
    assert event["data"]["complaint_id"] == complaint["id"] and event["data"]["score"] == 4
    [received] = await crm.events("crm.feedback.received")  # kpi's satisfaction, as before
    assert received["data"]["category"] == "complaint_resolution_survey"


async def test_inquiries_are_timed_and_sessions_recorded(crm: Crm) -> None:
    from crm_testkit import TECH_SUPPORT

    customer = await new_customer(crm)
    inquiry = await crm.ok("POST", "/api/v1/inquiries", CUSTOMER_SERVICE, 201, json={
        "customer_id": customer["id"], "topic": "invoice copy", "channel": "phone",
        "question": "Can you resend November's invoice?"})
    assert inquiry["status"] == "open" and inquiry["taken_by"] == "cole.service"
    assert (await crm.client.post("/api/v1/inquiries", headers=SPECIALIST, json={
        "customer_id": customer["id"], "topic": "x", "channel": "phone", "question": "y"})).status_code == 403
    url = f"/api/v1/inquiries/{inquiry['id']}"
    crm.clock.advance(minutes=45)
    responded = await crm.ok("POST", f"{url}/respond", CUSTOMER_SERVICE, json={"response": "Sent"})
    assert responded["response_minutes"] == 45.0
    crm.clock.advance(hours=1)
    resolved = await crm.ok("POST", f"{url}/resolve", CUSTOMER_SERVICE, json={"resolution": "Resent"})
    assert resolved["resolution_minutes"] == 105.0 and resolved["allowed_actions"] == []
    assert [e["data"]["response_minutes"] for e in await crm.events("crm.inquiry.responded")] == [45.0]
    assert [e["data"]["resolution_minutes"] for e in await crm.events("crm.inquiry.resolved")] == [105.0]

    session = {"customer_id": customer["id"], "kind": "training", "topic": "Dispatch console",
               "started_at": "2026-01-01T08:00:00Z", "duration_minutes": 90, "attendees": 6}
    assert (await crm.client.post("/api/v1/service-sessions", headers=CUSTOMER_SERVICE,
                                  json=session)).status_code == 403
    recorded = await crm.ok("POST", "/api/v1/service-sessions", TECH_SUPPORT, 201, json=session)
    assert recorded["given_by"] == "tess.tech"
    [event] = await crm.events("crm.service_session.recorded")
    assert event["data"]["kind"] == "training" and event["data"]["given_by"] == "tess.tech"
