from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_payment_read import PagePaymentRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/v1/contracts/{contract_id}/payments".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePaymentRead | Problem | None:
    if response.status_code == 200:
        response_200 = PagePaymentRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagePaymentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePaymentRead | Problem]:
    """Payments received for a contract, oldest first

     Staff read every contract. A `client_representative` reads only the contracts of the customer in its
    token's `customer_id` claim: another customer's contract answers 404 as if it did not exist, and a
    representative's token without the claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        contract_id (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePaymentRead | Problem]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePaymentRead | Problem | None:
    """Payments received for a contract, oldest first

     Staff read every contract. A `client_representative` reads only the contracts of the customer in its
    token's `customer_id` claim: another customer's contract answers 404 as if it did not exist, and a
    representative's token without the claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        contract_id (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePaymentRead | Problem
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePaymentRead | Problem]:
    """Payments received for a contract, oldest first

     Staff read every contract. A `client_representative` reads only the contracts of the customer in its
    token's `customer_id` claim: another customer's contract answers 404 as if it did not exist, and a
    representative's token without the claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        contract_id (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePaymentRead | Problem]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePaymentRead | Problem | None:
    """Payments received for a contract, oldest first

     Staff read every contract. A `client_representative` reads only the contracts of the customer in its
    token's `customer_id` claim: another customer's contract answers 404 as if it did not exist, and a
    representative's token without the claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        contract_id (str):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePaymentRead | Problem
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
