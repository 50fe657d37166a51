import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finding_page import FindingPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    audit_id: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    severity: None | str | Unset = UNSET,
    overdue_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_audit_id: None | str | Unset
    if isinstance(audit_id, Unset):
        json_audit_id = UNSET
    else:
        json_audit_id = audit_id
    params["audit_id"] = json_audit_id

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

    json_severity: None | str | Unset
    if isinstance(severity, Unset):
        json_severity = UNSET
    else:
        json_severity = severity
    params["severity"] = json_severity

    json_overdue_on: None | str | Unset
    if isinstance(overdue_on, Unset):
        json_overdue_on = UNSET
    elif isinstance(overdue_on, datetime.date):
        json_overdue_on = overdue_on.isoformat()
    else:
        json_overdue_on = overdue_on
    params["overdue_on"] = json_overdue_on

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
        "url": "/api/v1/findings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FindingPage | Problem | None:
    if response.status_code == 200:
        response_200 = FindingPage.from_dict(response.json())

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
) -> Response[FindingPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    audit_id: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    severity: None | str | Unset = UNSET,
    overdue_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[FindingPage | Problem]:
    """Findings (yours to rectify, or all for auditors and managers)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Auditors,
    managers and admins see all; anyone else the findings they own.

    Args:
        audit_id (None | str | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        severity (None | str | Unset):
        overdue_on (datetime.date | None | Unset): Only findings still open past their due date on
            this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingPage | Problem]
    """

    kwargs = _get_kwargs(
        audit_id=audit_id,
        status=status,
        owner=owner,
        severity=severity,
        overdue_on=overdue_on,
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
    audit_id: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    severity: None | str | Unset = UNSET,
    overdue_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> FindingPage | Problem | None:
    """Findings (yours to rectify, or all for auditors and managers)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Auditors,
    managers and admins see all; anyone else the findings they own.

    Args:
        audit_id (None | str | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        severity (None | str | Unset):
        overdue_on (datetime.date | None | Unset): Only findings still open past their due date on
            this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingPage | Problem
    """

    return sync_detailed(
        client=client,
        audit_id=audit_id,
        status=status,
        owner=owner,
        severity=severity,
        overdue_on=overdue_on,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    audit_id: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    severity: None | str | Unset = UNSET,
    overdue_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[FindingPage | Problem]:
    """Findings (yours to rectify, or all for auditors and managers)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Auditors,
    managers and admins see all; anyone else the findings they own.

    Args:
        audit_id (None | str | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        severity (None | str | Unset):
        overdue_on (datetime.date | None | Unset): Only findings still open past their due date on
            this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingPage | Problem]
    """

    kwargs = _get_kwargs(
        audit_id=audit_id,
        status=status,
        owner=owner,
        severity=severity,
        overdue_on=overdue_on,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    audit_id: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    severity: None | str | Unset = UNSET,
    overdue_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> FindingPage | Problem | None:
    """Findings (yours to rectify, or all for auditors and managers)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Auditors,
    managers and admins see all; anyone else the findings they own.

    Args:
        audit_id (None | str | Unset):
        status (None | str | Unset):
        owner (None | str | Unset):
        severity (None | str | Unset):
        overdue_on (datetime.date | None | Unset): Only findings still open past their due date on
            this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            audit_id=audit_id,
            status=status,
            owner=owner,
            severity=severity,
            overdue_on=overdue_on,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
