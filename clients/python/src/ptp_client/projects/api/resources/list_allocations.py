from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_allocations_kind_type_0 import ListAllocationsKindType0
from ...models.page_allocation_read import PageAllocationRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    kind: ListAllocationsKindType0 | None | Unset = UNSET,
    member: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListAllocationsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_member: None | str | Unset
    if isinstance(member, Unset):
        json_member = UNSET
    else:
        json_member = member
    params["member"] = json_member

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
        "url": "/api/v1/projects/{project_id}/allocations".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAllocationRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageAllocationRead.from_dict(response.json())

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
) -> Response[PageAllocationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    kind: ListAllocationsKindType0 | None | Unset = UNSET,
    member: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAllocationRead | Problem]:
    """Allocations of a project, planned against actual

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        project_id (str):
        kind (ListAllocationsKindType0 | None | Unset):
        member (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAllocationRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        kind=kind,
        member=member,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    kind: ListAllocationsKindType0 | None | Unset = UNSET,
    member: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAllocationRead | Problem | None:
    """Allocations of a project, planned against actual

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        project_id (str):
        kind (ListAllocationsKindType0 | None | Unset):
        member (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAllocationRead | Problem
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        kind=kind,
        member=member,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    kind: ListAllocationsKindType0 | None | Unset = UNSET,
    member: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAllocationRead | Problem]:
    """Allocations of a project, planned against actual

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        project_id (str):
        kind (ListAllocationsKindType0 | None | Unset):
        member (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAllocationRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        kind=kind,
        member=member,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    kind: ListAllocationsKindType0 | None | Unset = UNSET,
    member: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAllocationRead | Problem | None:
    """Allocations of a project, planned against actual

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        project_id (str):
        kind (ListAllocationsKindType0 | None | Unset):
        member (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAllocationRead | Problem
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            kind=kind,
            member=member,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
