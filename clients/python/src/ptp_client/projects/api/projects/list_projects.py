from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_projects_status_type_0 import ListProjectsStatusType0
from ...models.page_project_summary import PageProjectSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListProjectsStatusType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    manager: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    delayed: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListProjectsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_manager: None | str | Unset
    if isinstance(manager, Unset):
        json_manager = UNSET
    else:
        json_manager = manager
    params["manager"] = json_manager

    json_contract_id: None | str | Unset
    if isinstance(contract_id, Unset):
        json_contract_id = UNSET
    else:
        json_contract_id = contract_id
    params["contract_id"] = json_contract_id

    json_delayed: bool | None | Unset
    if isinstance(delayed, Unset):
        json_delayed = UNSET
    else:
        json_delayed = delayed
    params["delayed"] = json_delayed

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
        "url": "/api/v1/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageProjectSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageProjectSummary.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageProjectSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListProjectsStatusType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    manager: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    delayed: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageProjectSummary | Problem]:
    """List projects, newest last

     A client representative sees only the projects of the customer in their token's customer_id claim
    (403 without the claim).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ListProjectsStatusType0 | None | Unset):
        customer_id (None | str | Unset):
        manager (None | str | Unset):
        contract_id (None | str | Unset):
        delayed (bool | None | Unset): Only projects the delay scan flagged
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageProjectSummary | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        customer_id=customer_id,
        manager=manager,
        contract_id=contract_id,
        delayed=delayed,
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
    status: ListProjectsStatusType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    manager: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    delayed: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageProjectSummary | Problem | None:
    """List projects, newest last

     A client representative sees only the projects of the customer in their token's customer_id claim
    (403 without the claim).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ListProjectsStatusType0 | None | Unset):
        customer_id (None | str | Unset):
        manager (None | str | Unset):
        contract_id (None | str | Unset):
        delayed (bool | None | Unset): Only projects the delay scan flagged
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageProjectSummary | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        customer_id=customer_id,
        manager=manager,
        contract_id=contract_id,
        delayed=delayed,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListProjectsStatusType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    manager: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    delayed: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageProjectSummary | Problem]:
    """List projects, newest last

     A client representative sees only the projects of the customer in their token's customer_id claim
    (403 without the claim).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ListProjectsStatusType0 | None | Unset):
        customer_id (None | str | Unset):
        manager (None | str | Unset):
        contract_id (None | str | Unset):
        delayed (bool | None | Unset): Only projects the delay scan flagged
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageProjectSummary | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        customer_id=customer_id,
        manager=manager,
        contract_id=contract_id,
        delayed=delayed,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListProjectsStatusType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    manager: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    delayed: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageProjectSummary | Problem | None:
    """List projects, newest last

     A client representative sees only the projects of the customer in their token's customer_id claim
    (403 without the claim).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ListProjectsStatusType0 | None | Unset):
        customer_id (None | str | Unset):
        manager (None | str | Unset):
        contract_id (None | str | Unset):
        delayed (bool | None | Unset): Only projects the delay scan flagged
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageProjectSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            customer_id=customer_id,
            manager=manager,
            contract_id=contract_id,
            delayed=delayed,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
