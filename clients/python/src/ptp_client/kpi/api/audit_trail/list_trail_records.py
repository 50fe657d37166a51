import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_trail_records_order import ListTrailRecordsOrder
from ...models.problem import Problem
from ...models.trail_page import TrailPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    correlation_id: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    order: ListTrailRecordsOrder | Unset = ListTrailRecordsOrder.RECORDED,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_correlation_id: None | str | Unset
    if isinstance(correlation_id, Unset):
        json_correlation_id = UNSET
    else:
        json_correlation_id = correlation_id
    params["correlation_id"] = json_correlation_id

    json_subject: None | str | Unset
    if isinstance(subject, Unset):
        json_subject = UNSET
    else:
        json_subject = subject
    params["subject"] = json_subject

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_occurred_from: None | str | Unset
    if isinstance(occurred_from, Unset):
        json_occurred_from = UNSET
    elif isinstance(occurred_from, datetime.datetime):
        json_occurred_from = occurred_from.isoformat()
    else:
        json_occurred_from = occurred_from
    params["occurred_from"] = json_occurred_from

    json_occurred_to: None | str | Unset
    if isinstance(occurred_to, Unset):
        json_occurred_to = UNSET
    elif isinstance(occurred_to, datetime.datetime):
        json_occurred_to = occurred_to.isoformat()
    else:
        json_occurred_to = occurred_to
    params["occurred_to"] = json_occurred_to

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

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
        "url": "/api/v1/audit-trail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrailPage | None:
    if response.status_code == 200:
        response_200 = TrailPage.from_dict(response.json())

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
) -> Response[Problem | TrailPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    correlation_id: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    order: ListTrailRecordsOrder | Unset = ListTrailRecordsOrder.RECORDED,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TrailPage]:
    """Query the audit trail, in chain order

     Who may call: auditor, manager or admin (403 otherwise; a client_representative token gets 403).

    Args:
        correlation_id (None | str | Unset): One deal's whole story across services
        subject (None | str | Unset): Aggregate id the events are about
        actor (None | str | Unset):
        type_ (None | str | Unset): Exact event type
        source (None | str | Unset): Publishing service
        occurred_from (datetime.datetime | None | Unset): Inclusive
        occurred_to (datetime.datetime | None | Unset): Exclusive
        order (ListTrailRecordsOrder | Unset): Chain order (as kpi recorded them) or the time each
            event happened Default: ListTrailRecordsOrder.RECORDED.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrailPage]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
        subject=subject,
        actor=actor,
        type_=type_,
        source=source,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        order=order,
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
    correlation_id: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    order: ListTrailRecordsOrder | Unset = ListTrailRecordsOrder.RECORDED,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | TrailPage | None:
    """Query the audit trail, in chain order

     Who may call: auditor, manager or admin (403 otherwise; a client_representative token gets 403).

    Args:
        correlation_id (None | str | Unset): One deal's whole story across services
        subject (None | str | Unset): Aggregate id the events are about
        actor (None | str | Unset):
        type_ (None | str | Unset): Exact event type
        source (None | str | Unset): Publishing service
        occurred_from (datetime.datetime | None | Unset): Inclusive
        occurred_to (datetime.datetime | None | Unset): Exclusive
        order (ListTrailRecordsOrder | Unset): Chain order (as kpi recorded them) or the time each
            event happened Default: ListTrailRecordsOrder.RECORDED.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrailPage
    """

    return sync_detailed(
        client=client,
        correlation_id=correlation_id,
        subject=subject,
        actor=actor,
        type_=type_,
        source=source,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        order=order,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    correlation_id: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    order: ListTrailRecordsOrder | Unset = ListTrailRecordsOrder.RECORDED,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TrailPage]:
    """Query the audit trail, in chain order

     Who may call: auditor, manager or admin (403 otherwise; a client_representative token gets 403).

    Args:
        correlation_id (None | str | Unset): One deal's whole story across services
        subject (None | str | Unset): Aggregate id the events are about
        actor (None | str | Unset):
        type_ (None | str | Unset): Exact event type
        source (None | str | Unset): Publishing service
        occurred_from (datetime.datetime | None | Unset): Inclusive
        occurred_to (datetime.datetime | None | Unset): Exclusive
        order (ListTrailRecordsOrder | Unset): Chain order (as kpi recorded them) or the time each
            event happened Default: ListTrailRecordsOrder.RECORDED.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrailPage]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
        subject=subject,
        actor=actor,
        type_=type_,
        source=source,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        order=order,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    correlation_id: None | str | Unset = UNSET,
    subject: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    order: ListTrailRecordsOrder | Unset = ListTrailRecordsOrder.RECORDED,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | TrailPage | None:
    """Query the audit trail, in chain order

     Who may call: auditor, manager or admin (403 otherwise; a client_representative token gets 403).

    Args:
        correlation_id (None | str | Unset): One deal's whole story across services
        subject (None | str | Unset): Aggregate id the events are about
        actor (None | str | Unset):
        type_ (None | str | Unset): Exact event type
        source (None | str | Unset): Publishing service
        occurred_from (datetime.datetime | None | Unset): Inclusive
        occurred_to (datetime.datetime | None | Unset): Exclusive
        order (ListTrailRecordsOrder | Unset): Chain order (as kpi recorded them) or the time each
            event happened Default: ListTrailRecordsOrder.RECORDED.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrailPage
    """

    return (
        await asyncio_detailed(
            client=client,
            correlation_id=correlation_id,
            subject=subject,
            actor=actor,
            type_=type_,
            source=source,
            occurred_from=occurred_from,
            occurred_to=occurred_to,
            order=order,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
