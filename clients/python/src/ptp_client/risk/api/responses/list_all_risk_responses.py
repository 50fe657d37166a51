import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_all_risk_responses_kind_type_0 import ListAllRiskResponsesKindType0
from ...models.list_all_risk_responses_status_type_0 import ListAllRiskResponsesStatusType0
from ...models.page_response_read import PageResponseRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListAllRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListAllRiskResponsesKindType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    review_before: datetime.date | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListAllRiskResponsesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListAllRiskResponsesKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    json_review_before: None | str | Unset
    if isinstance(review_before, Unset):
        json_review_before = UNSET
    elif isinstance(review_before, datetime.date):
        json_review_before = review_before.isoformat()
    else:
        json_review_before = review_before
    params["review_before"] = json_review_before

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.date):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before

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
        "url": "/api/v1/responses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageResponseRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageResponseRead.from_dict(response.json())

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
) -> Response[PageResponseRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListAllRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListAllRiskResponsesKindType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    review_before: datetime.date | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageResponseRead | Problem]:
    """Responses across all risks, e.g. those due for review (oldest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        status (ListAllRiskResponsesStatusType0 | None | Unset):
        kind (ListAllRiskResponsesKindType0 | None | Unset):
        owner (None | str | Unset):
        review_before (datetime.date | None | Unset): Review date on or before this day
        due_before (datetime.date | None | Unset): Due date on or before this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageResponseRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        kind=kind,
        owner=owner,
        review_before=review_before,
        due_before=due_before,
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
    status: ListAllRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListAllRiskResponsesKindType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    review_before: datetime.date | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageResponseRead | Problem | None:
    """Responses across all risks, e.g. those due for review (oldest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        status (ListAllRiskResponsesStatusType0 | None | Unset):
        kind (ListAllRiskResponsesKindType0 | None | Unset):
        owner (None | str | Unset):
        review_before (datetime.date | None | Unset): Review date on or before this day
        due_before (datetime.date | None | Unset): Due date on or before this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageResponseRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        kind=kind,
        owner=owner,
        review_before=review_before,
        due_before=due_before,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListAllRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListAllRiskResponsesKindType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    review_before: datetime.date | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageResponseRead | Problem]:
    """Responses across all risks, e.g. those due for review (oldest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        status (ListAllRiskResponsesStatusType0 | None | Unset):
        kind (ListAllRiskResponsesKindType0 | None | Unset):
        owner (None | str | Unset):
        review_before (datetime.date | None | Unset): Review date on or before this day
        due_before (datetime.date | None | Unset): Due date on or before this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageResponseRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        kind=kind,
        owner=owner,
        review_before=review_before,
        due_before=due_before,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListAllRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListAllRiskResponsesKindType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    review_before: datetime.date | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageResponseRead | Problem | None:
    """Responses across all risks, e.g. those due for review (oldest first)

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        status (ListAllRiskResponsesStatusType0 | None | Unset):
        kind (ListAllRiskResponsesKindType0 | None | Unset):
        owner (None | str | Unset):
        review_before (datetime.date | None | Unset): Review date on or before this day
        due_before (datetime.date | None | Unset): Due date on or before this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageResponseRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            kind=kind,
            owner=owner,
            review_before=review_before,
            due_before=due_before,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
