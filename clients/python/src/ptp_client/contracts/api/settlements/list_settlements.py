from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_settlement_read import PageSettlementRead
from ...models.problem import Problem
from ...models.settlement_status import SettlementStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | SettlementStatus | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SettlementStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_contract_id: None | str | Unset
    if isinstance(contract_id, Unset):
        json_contract_id = UNSET
    else:
        json_contract_id = contract_id
    params["contract_id"] = json_contract_id

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
        "url": "/api/v1/settlements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSettlementRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageSettlementRead.from_dict(response.json())

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
) -> Response[PageSettlementRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | SettlementStatus | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSettlementRead | Problem]:
    """List settlements

     Any authenticated caller. Staff see every settlement; a `client_representative` only those of its
    own customer's contracts (the token's `customer_id` claim; 403 without it).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (None | SettlementStatus | Unset):
        contract_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSettlementRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        contract_id=contract_id,
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
    status: None | SettlementStatus | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageSettlementRead | Problem | None:
    """List settlements

     Any authenticated caller. Staff see every settlement; a `client_representative` only those of its
    own customer's contracts (the token's `customer_id` claim; 403 without it).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (None | SettlementStatus | Unset):
        contract_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSettlementRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        contract_id=contract_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | SettlementStatus | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSettlementRead | Problem]:
    """List settlements

     Any authenticated caller. Staff see every settlement; a `client_representative` only those of its
    own customer's contracts (the token's `customer_id` claim; 403 without it).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (None | SettlementStatus | Unset):
        contract_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSettlementRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        contract_id=contract_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | SettlementStatus | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageSettlementRead | Problem | None:
    """List settlements

     Any authenticated caller. Staff see every settlement; a `client_representative` only those of its
    own customer's contracts (the token's `customer_id` claim; 403 without it).

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (None | SettlementStatus | Unset):
        contract_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSettlementRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            contract_id=contract_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
