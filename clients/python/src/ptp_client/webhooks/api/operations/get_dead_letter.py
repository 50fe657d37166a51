from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parked_message_read import ParkedMessageRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    parked_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/admin/dead-letters/{parked_id}".format(
            parked_id=quote(str(parked_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParkedMessageRead | Problem | None:
    if response.status_code == 200:
        response_200 = ParkedMessageRead.from_dict(response.json())

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
) -> Response[ParkedMessageRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parked_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ParkedMessageRead | Problem]:
    """Get Dead Letter

     Who may call: admin (403 for any other role).

    Args:
        parked_id (int): Id of the parked message

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParkedMessageRead | Problem]
    """

    kwargs = _get_kwargs(
        parked_id=parked_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parked_id: int,
    *,
    client: AuthenticatedClient,
) -> ParkedMessageRead | Problem | None:
    """Get Dead Letter

     Who may call: admin (403 for any other role).

    Args:
        parked_id (int): Id of the parked message

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParkedMessageRead | Problem
    """

    return sync_detailed(
        parked_id=parked_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    parked_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ParkedMessageRead | Problem]:
    """Get Dead Letter

     Who may call: admin (403 for any other role).

    Args:
        parked_id (int): Id of the parked message

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParkedMessageRead | Problem]
    """

    kwargs = _get_kwargs(
        parked_id=parked_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parked_id: int,
    *,
    client: AuthenticatedClient,
) -> ParkedMessageRead | Problem | None:
    """Get Dead Letter

     Who may call: admin (403 for any other role).

    Args:
        parked_id (int): Id of the parked message

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParkedMessageRead | Problem
    """

    return (
        await asyncio_detailed(
            parked_id=parked_id,
            client=client,
        )
    ).parsed
