from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parked_message_read import ParkedMessageRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = "parked",
    limit: int | Unset = 100,
    after_id: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["limit"] = limit

    params["after_id"] = after_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/admin/dead-letters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ParkedMessageRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ParkedMessageRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[ParkedMessageRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = "parked",
    limit: int | Unset = 100,
    after_id: int | Unset = 0,
) -> Response[Problem | list[ParkedMessageRead]]:
    """List Dead Letters

     Who may call: admin (403 for any other role).

    Args:
        status (str | Unset):  Default: 'parked'.
        limit (int | Unset):  Default: 100.
        after_id (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ParkedMessageRead]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        after_id=after_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset = "parked",
    limit: int | Unset = 100,
    after_id: int | Unset = 0,
) -> Problem | list[ParkedMessageRead] | None:
    """List Dead Letters

     Who may call: admin (403 for any other role).

    Args:
        status (str | Unset):  Default: 'parked'.
        limit (int | Unset):  Default: 100.
        after_id (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ParkedMessageRead]
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        after_id=after_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = "parked",
    limit: int | Unset = 100,
    after_id: int | Unset = 0,
) -> Response[Problem | list[ParkedMessageRead]]:
    """List Dead Letters

     Who may call: admin (403 for any other role).

    Args:
        status (str | Unset):  Default: 'parked'.
        limit (int | Unset):  Default: 100.
        after_id (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ParkedMessageRead]]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        after_id=after_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset = "parked",
    limit: int | Unset = 100,
    after_id: int | Unset = 0,
) -> Problem | list[ParkedMessageRead] | None:
    """List Dead Letters

     Who may call: admin (403 for any other role).

    Args:
        status (str | Unset):  Default: 'parked'.
        limit (int | Unset):  Default: 100.
        after_id (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ParkedMessageRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            after_id=after_id,
        )
    ).parsed
