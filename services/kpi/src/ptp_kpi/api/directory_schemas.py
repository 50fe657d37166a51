"""Request and response schemas of the people and teams directory."""

from __future__ import annotations

from ptp_common.auth import Role
from pydantic import BaseModel, ConfigDict, Field


class TeamCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"name": "Key accounts north", "department": "Sales", "lead": "pat"}]})
    name: str = Field(min_length=1, max_length=200)
    department: str = Field(min_length=1, max_length=200)
    lead: str | None = Field(default=None, max_length=200, description="Person id of the lead")


class TeamRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    department: str
    lead: str | None
    version: int


class PersonCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"id": "alice", "name": "Alice Martin", "role": "business_specialist",
         "team_id": None, "supervisor": "pat"}]})
    id: str = Field(min_length=1, max_length=200,
                    description="The subject the person's token carries")
    name: str = Field(min_length=1, max_length=200)
    role: Role
    team_id: str | None = None
    supervisor: str | None = Field(default=None, max_length=200)


class PersonUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"name": "Alice Martin", "role": "business_specialist", "team_id": None,
         "supervisor": "pat"}]})
    name: str = Field(min_length=1, max_length=200)
    role: Role
    team_id: str | None = None
    supervisor: str | None = Field(default=None, max_length=200)


class PersonRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    role: str
    team_id: str | None
    supervisor: str | None
    version: int


class TeamPage(BaseModel):
    items: list[TeamRead]
    next_cursor: str | None = None


class PersonPage(BaseModel):
    items: list[PersonRead]
    next_cursor: str | None = None


class TeamDetail(TeamRead):
    members: list[PersonRead]
