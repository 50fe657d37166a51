from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.settlement_read import SettlementRead
from ...types import Response


def _get_kwargs(
    settlement_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/settlements/{settlement_id}".format(
            settlement_id=quote(str(settlement_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SettlementRead | None:
    if response.status_code == 200:
        response_200 = SettlementRead.from_dict(response.json())

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
) -> Response[Problem | SettlementRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SettlementRead]:
    """Read a settlement

     Any authenticated caller. A `client_representative` reads only its own customer's settlements:
    another customer's answers 404, and a token without the customer_id claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        settlement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettlementRead]
    """

    kwargs = _get_kwargs(
        settlement_id=settlement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | SettlementRead | None:
    """Read a settlement

     Any authenticated caller. A `client_representative` reads only its own customer's settlements:
    another customer's answers 404, and a token without the customer_id claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        settlement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettlementRead
    """

    return sync_detailed(
        settlement_id=settlement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SettlementRead]:
    """Read a settlement

     Any authenticated caller. A `client_representative` reads only its own customer's settlements:
    another customer's answers 404, and a token without the customer_id claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        settlement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettlementRead]
    """

    kwargs = _get_kwargs(
        settlement_id=settlement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | SettlementRead | None:
    """Read a settlement

     Any authenticated caller. A `client_representative` reads only its own customer's settlements:
    another customer's answers 404, and a token without the customer_id claim 403.

    Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        settlement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettlementRead
    """

    return (
        await asyncio_detailed(
            settlement_id=settlement_id,
            client=client,
        )
    ).parsed
