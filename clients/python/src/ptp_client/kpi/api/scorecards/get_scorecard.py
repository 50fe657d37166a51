from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scorecard_read import ScorecardRead
from ...types import Response


def _get_kwargs(
    scorecard_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/scorecards/{scorecard_id}".format(
            scorecard_id=quote(str(scorecard_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ScorecardRead | None:
    if response.status_code == 200:
        response_200 = ScorecardRead.from_dict(response.json())

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
) -> Response[Problem | ScorecardRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ScorecardRead]:
    """A scorecard: each indicator and its score, the qualitative part, the total

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). qualitative.customer shows the customer part and the facts it rests on: The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        scorecard_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardRead]
    """

    kwargs = _get_kwargs(
        scorecard_id=scorecard_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | ScorecardRead | None:
    """A scorecard: each indicator and its score, the qualitative part, the total

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). qualitative.customer shows the customer part and the facts it rests on: The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        scorecard_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardRead
    """

    return sync_detailed(
        scorecard_id=scorecard_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ScorecardRead]:
    """A scorecard: each indicator and its score, the qualitative part, the total

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). qualitative.customer shows the customer part and the facts it rests on: The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        scorecard_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardRead]
    """

    kwargs = _get_kwargs(
        scorecard_id=scorecard_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | ScorecardRead | None:
    """A scorecard: each indicator and its score, the qualitative part, the total

     Who may call: staff. A client_representative token gets 403 (KPI data is internal). managers,
    auditors, admins and project managers read every scorecard; anyone else their own and their team's
    (403 otherwise). qualitative.customer shows the customer part and the facts it rests on: The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds.

    Args:
        scorecard_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardRead
    """

    return (
        await asyncio_detailed(
            scorecard_id=scorecard_id,
            client=client,
        )
    ).parsed
