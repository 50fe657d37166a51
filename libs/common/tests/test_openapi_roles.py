"""x-roles in the OpenAPI document: derived from each operation's authorization dependencies."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI
from ptp_common.auth import (
    CurrentPrincipal,
    CustomerPrincipal,
    Principal,
    Role,
    StaffPrincipal,
    require_roles,
)
from ptp_common.auth.openapi_roles import install_role_docs

ALL = sorted(r.value for r in Role)
STAFF = [r for r in ALL if r != "client_representative"]
Specialist = Annotated[Principal, Depends(require_roles(Role.business_specialist, Role.manager))]
Client = Annotated[Principal, Depends(require_roles(Role.client_representative, Role.manager))]
OwnClient = Annotated[
    Principal, Depends(require_roles(Role.client_representative, Role.manager, own_customer=True))
]


def _document() -> dict[str, Any]:
    app = FastAPI()
    router = APIRouter(dependencies=[Depends(require_roles(Role.admin, Role.manager))])

    @app.get("/open")
    async def open_() -> None: ...

    @app.get("/any", description="Reads things.")
    async def any_(_: CurrentPrincipal) -> None: ...

    @app.get("/staff")
    async def staff(_: StaffPrincipal) -> None: ...

    @app.get("/own")
    async def own(_: CustomerPrincipal) -> None: ...

    @app.post("/act")
    async def act(_: Specialist) -> None: ...

    @app.post("/own-act")
    async def own_act(_: OwnClient) -> None: ...

    @app.post("/both")
    async def both(_: Specialist, __: StaffPrincipal, ___: Client) -> None: ...

    @app.get("/said", description="Who may call: the owner of the record.")
    async def said(_: CurrentPrincipal) -> None: ...

    @router.get("/routed")
    async def routed(_: Client) -> None: ...

    app.include_router(router, prefix="/r")
    install_role_docs(app)
    return app.openapi()["paths"]


def test_each_operation_lists_the_roles_its_dependencies_let_through() -> None:
    paths = _document()
    assert paths["/any"]["get"]["x-roles"] == ALL
    assert paths["/staff"]["get"]["x-roles"] == STAFF
    assert paths["/act"]["post"]["x-roles"] == ["business_specialist", "manager"]
    # Several requirements: only the roles every one of them lets through.
    assert paths["/both"]["post"]["x-roles"] == ["manager"]
    # A router's dependencies count too.
    assert paths["/r/routed"]["get"]["x-roles"] == ["manager"]


def test_public_and_customer_scoped_operations_are_marked() -> None:
    paths = _document()
    assert paths["/open"]["get"]["x-public"] is True
    assert "x-public" not in paths["/any"]["get"]
    assert paths["/own"]["get"]["x-client-representative"] == "own-customer"
    # An act a representative performs on their own customer's records only (sign-off, signature).
    assert paths["/own-act"]["post"]["x-client-representative"] == "own-customer"
    assert paths["/own-act"]["post"]["x-roles"] == ["client_representative", "manager"]
    # A representative let through with no narrowing to their customer is visible as such.
    assert paths["/any"]["get"]["x-client-representative"] == "any-customer"
    assert "x-client-representative" not in paths["/staff"]["get"]


def test_the_description_says_who_may_call_in_words() -> None:
    paths = _document()
    assert paths["/any"]["get"]["description"].startswith("Reads things.\n\nWho may call: any authenticated")
    assert paths["/act"]["post"]["description"] == (
        "Who may call: business_specialist, manager (403 for any other role)."
    )
    assert "own customer's records" in paths["/own"]["get"]["description"]
    assert "no token needed" in paths["/open"]["get"]["description"]
    # An operation that already says it in its own words keeps them (object-level rules).
    assert paths["/said"]["get"]["description"] == "Who may call: the owner of the record."
