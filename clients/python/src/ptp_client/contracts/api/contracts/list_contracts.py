import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_status import ContractStatus
from ...models.page_contract_read import PageContractRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    effective_from: datetime.date | None | Unset = UNSET,
    effective_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ContractStatus):
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

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    json_effective_from: None | str | Unset
    if isinstance(effective_from, Unset):
        json_effective_from = UNSET
    elif isinstance(effective_from, datetime.date):
        json_effective_from = effective_from.isoformat()
    else:
        json_effective_from = effective_from
    params["effective_from"] = json_effective_from

    json_effective_to: None | str | Unset
    if isinstance(effective_to, Unset):
        json_effective_to = UNSET
    elif isinstance(effective_to, datetime.date):
        json_effective_to = effective_to.isoformat()
    else:
        json_effective_to = effective_to
    params["effective_to"] = json_effective_to

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

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
        "url": "/api/v1/contracts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageContractRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageContractRead.from_dict(response.json())

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
) -> Response[PageContractRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    effective_from: datetime.date | None | Unset = UNSET,
    effective_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageContractRead | Problem]:
    """List contracts (newest last)

     Any authenticated caller. Staff see every contract; a `client_representative` sees only its own
    customer's (the token's `customer_id` claim; 403 without it), whatever `customer_id` asks.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ContractStatus | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        effective_from (datetime.date | None | Unset): effective_date on or after
        effective_to (datetime.date | None | Unset): effective_date on or before
        overdue (bool | None | Unset): true: with an unpaid installment past due today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageContractRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        customer_id=customer_id,
        owner=owner,
        effective_from=effective_from,
        effective_to=effective_to,
        overdue=overdue,
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
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    effective_from: datetime.date | None | Unset = UNSET,
    effective_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageContractRead | Problem | None:
    """List contracts (newest last)

     Any authenticated caller. Staff see every contract; a `client_representative` sees only its own
    customer's (the token's `customer_id` claim; 403 without it), whatever `customer_id` asks.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ContractStatus | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        effective_from (datetime.date | None | Unset): effective_date on or after
        effective_to (datetime.date | None | Unset): effective_date on or before
        overdue (bool | None | Unset): true: with an unpaid installment past due today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageContractRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        customer_id=customer_id,
        owner=owner,
        effective_from=effective_from,
        effective_to=effective_to,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    effective_from: datetime.date | None | Unset = UNSET,
    effective_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageContractRead | Problem]:
    """List contracts (newest last)

     Any authenticated caller. Staff see every contract; a `client_representative` sees only its own
    customer's (the token's `customer_id` claim; 403 without it), whatever `customer_id` asks.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ContractStatus | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        effective_from (datetime.date | None | Unset): effective_date on or after
        effective_to (datetime.date | None | Unset): effective_date on or before
        overdue (bool | None | Unset): true: with an unpaid installment past due today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageContractRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        customer_id=customer_id,
        owner=owner,
        effective_from=effective_from,
        effective_to=effective_to,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    effective_from: datetime.date | None | Unset = UNSET,
    effective_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageContractRead | Problem | None:
    """List contracts (newest last)

     Any authenticated caller. Staff see every contract; a `client_representative` sees only its own
    customer's (the token's `customer_id` claim; 403 without it), whatever `customer_id` asks.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        status (ContractStatus | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        effective_from (datetime.date | None | Unset): effective_date on or after
        effective_to (datetime.date | None | Unset): effective_date on or before
        overdue (bool | None | Unset): true: with an unpaid installment past due today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageContractRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            customer_id=customer_id,
            owner=owner,
            effective_from=effective_from,
            effective_to=effective_to,
            overdue=overdue,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
