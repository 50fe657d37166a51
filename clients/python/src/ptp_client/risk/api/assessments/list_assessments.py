from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_assessments_method_type_0 import ListAssessmentsMethodType0
from ...models.page_assessment_read import PageAssessmentRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    risk_id: str,
    *,
    method: ListAssessmentsMethodType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_method: None | str | Unset
    if isinstance(method, Unset):
        json_method = UNSET
    elif isinstance(method, ListAssessmentsMethodType0):
        json_method = method.value
    else:
        json_method = method
    params["method"] = json_method

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
        "url": "/api/v1/risks/{risk_id}/assessments".format(
            risk_id=quote(str(risk_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAssessmentRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageAssessmentRead.from_dict(response.json())

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
) -> Response[PageAssessmentRead | Problem]:
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
    method: ListAssessmentsMethodType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAssessmentRead | Problem]:
    """A risk's assessments and overrides, newest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        method (ListAssessmentsMethodType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAssessmentRead | Problem]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        method=method,
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
    method: ListAssessmentsMethodType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAssessmentRead | Problem | None:
    """A risk's assessments and overrides, newest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        method (ListAssessmentsMethodType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAssessmentRead | Problem
    """

    return sync_detailed(
        risk_id=risk_id,
        client=client,
        method=method,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    method: ListAssessmentsMethodType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAssessmentRead | Problem]:
    """A risk's assessments and overrides, newest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        method (ListAssessmentsMethodType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAssessmentRead | Problem]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        method=method,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    method: ListAssessmentsMethodType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAssessmentRead | Problem | None:
    """A risk's assessments and overrides, newest first

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):
        method (ListAssessmentsMethodType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAssessmentRead | Problem
    """

    return (
        await asyncio_detailed(
            risk_id=risk_id,
            client=client,
            method=method,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
