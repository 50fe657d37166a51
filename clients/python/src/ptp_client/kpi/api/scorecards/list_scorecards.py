from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scorecard_page import ScorecardPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subject_type: None | str | Unset = UNSET,
    subject_id: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_subject_type: None | str | Unset
    if isinstance(subject_type, Unset):
        json_subject_type = UNSET
    else:
        json_subject_type = subject_type
    params["subject_type"] = json_subject_type

    json_subject_id: None | str | Unset
    if isinstance(subject_id, Unset):
        json_subject_id = UNSET
    else:
        json_subject_id = subject_id
    params["subject_id"] = json_subject_id

    json_period: None | str | Unset
    if isinstance(period, Unset):
        json_period = UNSET
    else:
        json_period = period
    params["period"] = json_period

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/scorecards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ScorecardPage | None:
    if response.status_code == 200:
        response_200 = ScorecardPage.from_dict(response.json())

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
) -> Response[Problem | ScorecardPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subject_type: None | str | Unset = UNSET,
    subject_id: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | ScorecardPage]:
    """List scorecards (yours, or all)

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). The list holds only the scorecards the caller may read.

    Args:
        subject_type (None | str | Unset):
        subject_id (None | str | Unset):
        period (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardPage]
    """

    kwargs = _get_kwargs(
        subject_type=subject_type,
        subject_id=subject_id,
        period=period,
        status=status,
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
    subject_type: None | str | Unset = UNSET,
    subject_id: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | ScorecardPage | None:
    """List scorecards (yours, or all)

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). The list holds only the scorecards the caller may read.

    Args:
        subject_type (None | str | Unset):
        subject_id (None | str | Unset):
        period (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardPage
    """

    return sync_detailed(
        client=client,
        subject_type=subject_type,
        subject_id=subject_id,
        period=period,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subject_type: None | str | Unset = UNSET,
    subject_id: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | ScorecardPage]:
    """List scorecards (yours, or all)

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). The list holds only the scorecards the caller may read.

    Args:
        subject_type (None | str | Unset):
        subject_id (None | str | Unset):
        period (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardPage]
    """

    kwargs = _get_kwargs(
        subject_type=subject_type,
        subject_id=subject_id,
        period=period,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subject_type: None | str | Unset = UNSET,
    subject_id: None | str | Unset = UNSET,
    period: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | ScorecardPage | None:
    """List scorecards (yours, or all)

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). The list holds only the scorecards the caller may read.

    Args:
        subject_type (None | str | Unset):
        subject_id (None | str | Unset):
        period (None | str | Unset):
        status (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardPage
    """

    return (
        await asyncio_detailed(
            client=client,
            subject_type=subject_type,
            subject_id=subject_id,
            period=period,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
