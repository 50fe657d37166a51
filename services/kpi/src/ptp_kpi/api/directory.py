"""People and teams as assessed: members, team, role (managers keep it)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, NotFound, Unprocessable
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_kpi.api.access import STAFF_ONLY, Manager
from ptp_kpi.api.directory_schemas import (
    PersonCreate,
    PersonPage,
    PersonRead,
    PersonUpdate,
    TeamCreate,
    TeamDetail,
    TeamPage,
    TeamRead,
)
from ptp_kpi.db.models import Person, Team

router = APIRouter(tags=["directory"])


async def _check_team(uow: UowDep, team_id: str | None) -> None:
    if team_id is not None and await uow.session.get(Team, team_id) is None:
        raise Unprocessable(f"no team {team_id}", field="body.team_id")


@router.post("/teams", status_code=201, response_model=TeamRead, summary="Create a team")
async def create_team(body: TeamCreate, uow: UowDep, principal: Manager,
                      response: Response, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /teams", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    if await uow.session.scalar(select(Team.id).where(Team.name == body.name)):
        raise Conflict(f"a team named {body.name!r} exists")
    team = Team(id=str(uuid.uuid4()), created_at=utcnow(), **body.model_dump())
    uow.session.add(team)
    await uow.session.flush()
    read = TeamRead.model_validate(team)
    return await idem.created(read, response)


@router.get("/teams", response_model=TeamPage, summary="List teams",
            description=STAFF_ONLY)
async def list_teams(uow: UowDep, _: StaffPrincipal,
                     params: PageDep,
                     department: str | None = None) -> TeamPage:
    stmt = select(Team)
    if department is not None:
        stmt = stmt.where(Team.department == department)
    items, cursor = await paginate(uow.session, stmt, [Team.name, Team.id], params)
    return TeamPage(items=[TeamRead.model_validate(t) for t in items], next_cursor=cursor)


@router.get("/teams/{team_id}", response_model=TeamDetail, summary="A team and its members",
            description=STAFF_ONLY)
async def get_team(team_id: str, uow: UowDep, _: StaffPrincipal,
                   response: Response) -> TeamDetail:
    team = await uow.session.get(Team, team_id)
    if team is None:
        raise NotFound(f"no team {team_id}")
    members = (await uow.session.execute(
        select(Person).where(Person.team_id == team_id).order_by(Person.id))).scalars().all()
    set_etag(response, team.version)
    return TeamDetail(**TeamRead.model_validate(team).model_dump(),
                      members=[PersonRead.model_validate(p) for p in members])


@router.post("/people", status_code=201, response_model=PersonRead,
             summary="Add a person to the directory")
async def create_person(body: PersonCreate, uow: UowDep, principal: Manager,
                        response: Response, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /people", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    if await uow.session.get(Person, body.id) is not None:
        raise Conflict(f"person {body.id} exists")
    await _check_team(uow, body.team_id)
    person = Person(created_at=utcnow(), **body.model_dump(mode="json"))
    uow.session.add(person)
    await uow.session.flush()
    read = PersonRead.model_validate(person)
    return await idem.created(read, response)


@router.get("/people", response_model=PersonPage, summary="List people",
            description=STAFF_ONLY)
async def list_people(uow: UowDep, _: StaffPrincipal,
                      params: PageDep,
                      team_id: str | None = None, role: str | None = None) -> PersonPage:
    stmt = select(Person)
    if team_id is not None:
        stmt = stmt.where(Person.team_id == team_id)
    if role is not None:
        stmt = stmt.where(Person.role == role)
    items, cursor = await paginate(uow.session, stmt, [Person.id], params)
    return PersonPage(items=[PersonRead.model_validate(p) for p in items], next_cursor=cursor)


@router.get("/people/{person_id}", response_model=PersonRead, summary="One person",
            description=STAFF_ONLY)
async def get_person(person_id: str, uow: UowDep, _: StaffPrincipal,
                     response: Response) -> PersonRead:
    person = await uow.session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id}")
    set_etag(response, person.version)
    return PersonRead.model_validate(person)


@router.put("/people/{person_id}", response_model=PersonRead,
            summary="Change a person's team, role or supervisor")
async def update_person(person_id: str, body: PersonUpdate, uow: UowDep, _: Manager,
                        response: Response, if_match: IfMatch = None) -> PersonRead:
    person = await uow.session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id}")
    check_if_match(if_match, person.version)
    await _check_team(uow, body.team_id)
    for field, value in body.model_dump(mode="json").items():
        setattr(person, field, value)
    await uow.session.flush()
    read = PersonRead.model_validate(person)
    await uow.commit()
    set_etag(response, read.version)
    return read
