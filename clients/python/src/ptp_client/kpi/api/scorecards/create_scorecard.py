from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scorecard_create import ScorecardCreate
from ...models.scorecard_read import ScorecardRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ScorecardCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/scorecards",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ScorecardRead | None:
    if response.status_code == 201:
        response_201 = ScorecardRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ScorecardRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScorecardCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ScorecardRead]:
    """Set up a scorecard for a person or team and period

     Who may call: manager (403 otherwise). 422 naming the field: an unknown or repeated indicator
    (body.indicators.N.indicator), a money indicator without its currency or another with one
    (body.indicators.N.currency), an unknown person or team (body.subject_id), indicator weights that do
    not add up to 1 (body.indicators), evaluator weights that do not add up to 1
    (body.evaluator_weights). 409 when the subject has a scorecard for the period. The qualitative part
    weighs supervisor, peer and customer; the customer part is derived from crm events: The customer
    part is never typed by staff: it is derived from crm events about the subject's customers in the
    period (the facts counted for the person, or for each member of the team). satisfaction part = (mean
    satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ScorecardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScorecardCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ScorecardRead | None:
    """Set up a scorecard for a person or team and period

     Who may call: manager (403 otherwise). 422 naming the field: an unknown or repeated indicator
    (body.indicators.N.indicator), a money indicator without its currency or another with one
    (body.indicators.N.currency), an unknown person or team (body.subject_id), indicator weights that do
    not add up to 1 (body.indicators), evaluator weights that do not add up to 1
    (body.evaluator_weights). 409 when the subject has a scorecard for the period. The qualitative part
    weighs supervisor, peer and customer; the customer part is derived from crm events: The customer
    part is never typed by staff: it is derived from crm events about the subject's customers in the
    period (the facts counted for the person, or for each member of the team). satisfaction part = (mean
    satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ScorecardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScorecardCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ScorecardRead]:
    """Set up a scorecard for a person or team and period

     Who may call: manager (403 otherwise). 422 naming the field: an unknown or repeated indicator
    (body.indicators.N.indicator), a money indicator without its currency or another with one
    (body.indicators.N.currency), an unknown person or team (body.subject_id), indicator weights that do
    not add up to 1 (body.indicators), evaluator weights that do not add up to 1
    (body.evaluator_weights). 409 when the subject has a scorecard for the period. The qualitative part
    weighs supervisor, peer and customer; the customer part is derived from crm events: The customer
    part is never typed by staff: it is derived from crm events about the subject's customers in the
    period (the facts counted for the person, or for each member of the team). satisfaction part = (mean
    satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ScorecardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScorecardCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ScorecardRead | None:
    """Set up a scorecard for a person or team and period

     Who may call: manager (403 otherwise). 422 naming the field: an unknown or repeated indicator
    (body.indicators.N.indicator), a money indicator without its currency or another with one
    (body.indicators.N.currency), an unknown person or team (body.subject_id), indicator weights that do
    not add up to 1 (body.indicators), evaluator weights that do not add up to 1
    (body.evaluator_weights). 409 when the subject has a scorecard for the period. The qualitative part
    weighs supervisor, peer and customer; the customer part is derived from crm events: The customer
    part is never typed by staff: it is derived from crm events about the subject's customers in the
    period (the facts counted for the person, or for each member of the team). satisfaction part = (mean
    satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ScorecardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
