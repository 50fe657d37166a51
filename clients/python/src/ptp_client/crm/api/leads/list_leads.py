from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_leads_channel_type_0 import ListLeadsChannelType0
from ...models.page_lead_read import PageLeadRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel: ListLeadsChannelType0 | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, ListLeadsChannelType0):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

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
        "url": "/api/v1/leads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageLeadRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageLeadRead.from_dict(response.json())

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
) -> Response[PageLeadRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    channel: ListLeadsChannelType0 | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageLeadRead | Problem]:
    """List leads

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        channel (ListLeadsChannelType0 | None | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageLeadRead | Problem]
    """

    kwargs = _get_kwargs(
        channel=channel,
        status=status,
        owner=owner,
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
    channel: ListLeadsChannelType0 | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageLeadRead | Problem | None:
    """List leads

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        channel (ListLeadsChannelType0 | None | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageLeadRead | Problem
    """

    return sync_detailed(
        client=client,
        channel=channel,
        status=status,
        owner=owner,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel: ListLeadsChannelType0 | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageLeadRead | Problem]:
    """List leads

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        channel (ListLeadsChannelType0 | None | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageLeadRead | Problem]
    """

    kwargs = _get_kwargs(
        channel=channel,
        status=status,
        owner=owner,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel: ListLeadsChannelType0 | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageLeadRead | Problem | None:
    """List leads

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        channel (ListLeadsChannelType0 | None | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageLeadRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            channel=channel,
            status=status,
            owner=owner,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
