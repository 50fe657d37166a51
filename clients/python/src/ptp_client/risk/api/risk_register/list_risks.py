from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_risks_kind_type_0 import ListRisksKindType0
from ...models.list_risks_level_type_0 import ListRisksLevelType0
from ...models.list_risks_status_type_0 import ListRisksStatusType0
from ...models.page_risk_read import PageRiskRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: ListRisksKindType0 | None | Unset = UNSET,
    status: ListRisksStatusType0 | None | Unset = UNSET,
    level: ListRisksLevelType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListRisksKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListRisksStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, ListRisksLevelType0):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_contract_id: None | str | Unset
    if isinstance(contract_id, Unset):
        json_contract_id = UNSET
    else:
        json_contract_id = contract_id
    params["contract_id"] = json_contract_id

    json_project_id: None | str | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/risks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageRiskRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageRiskRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageRiskRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: ListRisksKindType0 | None | Unset = UNSET,
    status: ListRisksStatusType0 | None | Unset = UNSET,
    level: ListRisksLevelType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRiskRead | Problem]:
    """List risks (newest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (ListRisksKindType0 | None | Unset):
        status (ListRisksStatusType0 | None | Unset):
        level (ListRisksLevelType0 | None | Unset):
        owner (None | str | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        project_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRiskRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        level=level,
        owner=owner,
        customer_id=customer_id,
        contract_id=contract_id,
        project_id=project_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: ListRisksKindType0 | None | Unset = UNSET,
    status: ListRisksStatusType0 | None | Unset = UNSET,
    level: ListRisksLevelType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageRiskRead | Problem | None:
    """List risks (newest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (ListRisksKindType0 | None | Unset):
        status (ListRisksStatusType0 | None | Unset):
        level (ListRisksLevelType0 | None | Unset):
        owner (None | str | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        project_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRiskRead | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        status=status,
        level=level,
        owner=owner,
        customer_id=customer_id,
        contract_id=contract_id,
        project_id=project_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: ListRisksKindType0 | None | Unset = UNSET,
    status: ListRisksStatusType0 | None | Unset = UNSET,
    level: ListRisksLevelType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRiskRead | Problem]:
    """List risks (newest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (ListRisksKindType0 | None | Unset):
        status (ListRisksStatusType0 | None | Unset):
        level (ListRisksLevelType0 | None | Unset):
        owner (None | str | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        project_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRiskRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        level=level,
        owner=owner,
        customer_id=customer_id,
        contract_id=contract_id,
        project_id=project_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: ListRisksKindType0 | None | Unset = UNSET,
    status: ListRisksStatusType0 | None | Unset = UNSET,
    level: ListRisksLevelType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageRiskRead | Problem | None:
    """List risks (newest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (ListRisksKindType0 | None | Unset):
        status (ListRisksStatusType0 | None | Unset):
        level (ListRisksLevelType0 | None | Unset):
        owner (None | str | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        project_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRiskRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            status=status,
            level=level,
            owner=owner,
            customer_id=customer_id,
            contract_id=contract_id,
            project_id=project_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
