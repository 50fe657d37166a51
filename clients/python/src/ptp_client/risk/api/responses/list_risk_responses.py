from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_risk_responses_kind_type_0 import ListRiskResponsesKindType0
from ...models.list_risk_responses_status_type_0 import ListRiskResponsesStatusType0
from ...models.page_response_read import PageResponseRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    risk_id: str,
    *,
    status: ListRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListRiskResponsesKindType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListRiskResponsesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListRiskResponsesKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

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
        "url": "/api/v1/risks/{risk_id}/responses".format(
            risk_id=quote(str(risk_id), safe=""),
        ),
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
) -> Response[PageResponseRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    status: ListRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListRiskResponsesKindType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageResponseRead | Problem]:
    """A risk's responses, oldest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        status (ListRiskResponsesStatusType0 | None | Unset):
        kind (ListRiskResponsesKindType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageResponseRead | Problem]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        status=status,
        kind=kind,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    status: ListRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListRiskResponsesKindType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageResponseRead | Problem | None:
    """A risk's responses, oldest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        status (ListRiskResponsesStatusType0 | None | Unset):
        kind (ListRiskResponsesKindType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageResponseRead | Problem
    """

    return sync_detailed(
        risk_id=risk_id,
        client=client,
        status=status,
        kind=kind,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    status: ListRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListRiskResponsesKindType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageResponseRead | Problem]:
    """A risk's responses, oldest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        status (ListRiskResponsesStatusType0 | None | Unset):
        kind (ListRiskResponsesKindType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageResponseRead | Problem]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        status=status,
        kind=kind,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    status: ListRiskResponsesStatusType0 | None | Unset = UNSET,
    kind: ListRiskResponsesKindType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageResponseRead | Problem | None:
    """A risk's responses, oldest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        status (ListRiskResponsesStatusType0 | None | Unset):
        kind (ListRiskResponsesKindType0 | None | Unset):
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
            risk_id=risk_id,
            client=client,
            status=status,
            kind=kind,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
