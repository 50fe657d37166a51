from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_credit_profiles_level_type_0 import ListCreditProfilesLevelType0
from ...models.page_credit_profile_read import PageCreditProfileRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    level: ListCreditProfilesLevelType0 | None | Unset = UNSET,
    rating: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, ListCreditProfilesLevelType0):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_rating: None | str | Unset
    if isinstance(rating, Unset):
        json_rating = UNSET
    else:
        json_rating = rating
    params["rating"] = json_rating

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
        "url": "/api/v1/credit-profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageCreditProfileRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageCreditProfileRead.from_dict(response.json())

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
) -> Response[PageCreditProfileRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: ListCreditProfilesLevelType0 | None | Unset = UNSET,
    rating: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageCreditProfileRead | Problem]:
    """Credit profiles by customer

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        level (ListCreditProfilesLevelType0 | None | Unset):
        rating (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCreditProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        level=level,
        rating=rating,
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
    level: ListCreditProfilesLevelType0 | None | Unset = UNSET,
    rating: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageCreditProfileRead | Problem | None:
    """Credit profiles by customer

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        level (ListCreditProfilesLevelType0 | None | Unset):
        rating (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCreditProfileRead | Problem
    """

    return sync_detailed(
        client=client,
        level=level,
        rating=rating,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    level: ListCreditProfilesLevelType0 | None | Unset = UNSET,
    rating: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageCreditProfileRead | Problem]:
    """Credit profiles by customer

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        level (ListCreditProfilesLevelType0 | None | Unset):
        rating (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCreditProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        level=level,
        rating=rating,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    level: ListCreditProfilesLevelType0 | None | Unset = UNSET,
    rating: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageCreditProfileRead | Problem | None:
    """Credit profiles by customer

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        level (ListCreditProfilesLevelType0 | None | Unset):
        rating (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCreditProfileRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
            rating=rating,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
