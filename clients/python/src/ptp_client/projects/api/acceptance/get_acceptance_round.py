from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acceptance_round_read import AcceptanceRoundRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    project_id: str,
    number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{project_id}/acceptance/rounds/{number}".format(
            project_id=quote(str(project_id), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptanceRoundRead | Problem | None:
    if response.status_code == 200:
        response_200 = AcceptanceRoundRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[AcceptanceRoundRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Response[AcceptanceRoundRead | Problem]:
    """One acceptance round with its recorded results

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceRoundRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
) -> AcceptanceRoundRead | Problem | None:
    """One acceptance round with its recorded results

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceRoundRead | Problem
    """

    return sync_detailed(
        project_id=project_id,
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Response[AcceptanceRoundRead | Problem]:
    """One acceptance round with its recorded results

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceRoundRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
) -> AcceptanceRoundRead | Problem | None:
    """One acceptance round with its recorded results

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceRoundRead | Problem
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            number=number,
            client=client,
        )
    ).parsed
