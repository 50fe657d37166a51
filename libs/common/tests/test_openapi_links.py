"""OpenAPI links from a creation (201 with an ``id``) to the operations that take what it created."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from ptp_common.http.openapi import install_openapi_docs
from pydantic import BaseModel


class Thing(BaseModel):
    id: str


class Part(BaseModel):
    id: str


class Round(BaseModel):
    id: str
    number: int


class Receipt(BaseModel):
    accepted: bool


def _route_name(route: APIRoute) -> str:
    return route.name


def _links() -> dict[str, dict[str, Any]]:
    """{creating operationId: its 201 links} of a small app built like a service's."""
    app = FastAPI(generate_unique_id_function=_route_name)

    @app.post("/v1/things", status_code=201)
    async def create_thing() -> Thing: ...

    @app.get("/v1/things/{thing_id}")
    async def get_thing(thing_id: str) -> Thing: ...

    @app.post("/v1/things/{thing_id}/close")
    async def close_thing(thing_id: str) -> Thing: ...

    @app.post("/v1/things/{thing_id}/parts", status_code=201)
    async def add_part(thing_id: str) -> Part: ...

    @app.patch("/v1/things/{thing_id}/parts/{part_id}")
    async def update_part(thing_id: str, part_id: str) -> Part: ...

    @app.post("/v1/parts/{part_id}/fit")
    async def fit_part(part_id: str) -> Part: ...

    @app.post("/v1/things/{thing_id}/copy", status_code=201)
    async def copy_thing(thing_id: str) -> Thing: ...

    @app.post("/v1/things/{thing_id}/rounds", status_code=201)
    async def open_round(thing_id: str) -> Round: ...

    @app.get("/v1/things/{thing_id}/rounds/{number}")
    async def get_round(thing_id: str, number: int) -> Round: ...

    @app.post("/v1/receipts", status_code=201)
    async def take_receipt() -> Receipt: ...

    @app.get("/v1/receipts/{receipt_id}")
    async def get_receipt(receipt_id: str) -> Receipt: ...

    install_openapi_docs(app)
    return {
        operation["operationId"]: operation["responses"]["201"].get("links", {})
        for item in app.openapi()["paths"].values()
        for operation in item.values()
        if "201" in operation["responses"]
    }


def test_a_creation_links_to_every_operation_on_what_it_created() -> None:
    links = _links()["create_thing"]
    by_id = {"thing_id": "$response.body#/id"}
    assert links["get_thing"] == {"operationId": "get_thing", "parameters": by_id}
    assert links["close_thing"]["parameters"] == {"thing_id": "$response.body#/id"}
    assert links["add_part"]["parameters"] == {"thing_id": "$response.body#/id"}
    # a part's operations need a part id the thing's creation does not give
    assert "update_part" not in links and "fit_part" not in links


def test_a_nested_creation_carries_its_parent_and_reaches_the_top_level_collection() -> None:
    links = _links()["add_part"]
    assert links["update_part"]["parameters"] == {
        "thing_id": "$request.path.thing_id",
        "part_id": "$response.body#/id",
    }
    assert links["fit_part"]["parameters"] == {"part_id": "$response.body#/id"}
    assert set(links) == {"update_part", "fit_part"}


def test_a_creation_links_to_where_a_record_of_its_schema_is_read() -> None:
    # a copy of a thing is a thing: it is read and acted on at /v1/things/{thing_id}, by its own id
    links = _links()["copy_thing"]
    assert links["get_thing"]["parameters"] == {"thing_id": "$response.body#/id"}
    assert links["close_thing"]["parameters"] == {"thing_id": "$response.body#/id"}


def test_a_parameter_named_after_a_body_property_takes_that_property() -> None:
    assert _links()["open_round"]["get_round"]["parameters"] == {
        "thing_id": "$request.path.thing_id",
        "number": "$response.body#/number",
    }


def test_a_creation_without_an_id_has_no_links() -> None:
    assert _links()["take_receipt"] == {}
