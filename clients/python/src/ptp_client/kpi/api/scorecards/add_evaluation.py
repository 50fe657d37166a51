from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation_create import EvaluationCreate
from ...models.evaluation_read import EvaluationRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    scorecard_id: str,
    *,
    body: EvaluationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/scorecards/{scorecard_id}/evaluations".format(
            scorecard_id=quote(str(scorecard_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluationRead | Problem | None:
    if response.status_code == 201:
        response_201 = EvaluationRead.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[EvaluationRead | Problem]:
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
    body: EvaluationCreate,
) -> Response[EvaluationRead | Problem]:
    """Record a qualitative evaluation (supervisor or peer)

     Who may call: staff. supervisor: a manager (anyone), or a project manager who supervises the person
    or leads the team (403 otherwise). peer: a member of the evaluated person's team in the directory
    (403 naming the rule otherwise); peers evaluate persons, not teams (422 body.evaluator_kind). Nobody
    evaluates themselves (403). evaluator_kind customer is refused (422 body.evaluator_kind): The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds. 409 when the scorecard is published or the caller already evaluated it as this
    kind.

    Args:
        scorecard_id (str):
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationRead | Problem]
    """

    kwargs = _get_kwargs(
        scorecard_id=scorecard_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
    body: EvaluationCreate,
) -> EvaluationRead | Problem | None:
    """Record a qualitative evaluation (supervisor or peer)

     Who may call: staff. supervisor: a manager (anyone), or a project manager who supervises the person
    or leads the team (403 otherwise). peer: a member of the evaluated person's team in the directory
    (403 naming the rule otherwise); peers evaluate persons, not teams (422 body.evaluator_kind). Nobody
    evaluates themselves (403). evaluator_kind customer is refused (422 body.evaluator_kind): The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds. 409 when the scorecard is published or the caller already evaluated it as this
    kind.

    Args:
        scorecard_id (str):
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationRead | Problem
    """

    return sync_detailed(
        scorecard_id=scorecard_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
    body: EvaluationCreate,
) -> Response[EvaluationRead | Problem]:
    """Record a qualitative evaluation (supervisor or peer)

     Who may call: staff. supervisor: a manager (anyone), or a project manager who supervises the person
    or leads the team (403 otherwise). peer: a member of the evaluated person's team in the directory
    (403 naming the rule otherwise); peers evaluate persons, not teams (422 body.evaluator_kind). Nobody
    evaluates themselves (403). evaluator_kind customer is refused (422 body.evaluator_kind): The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds. 409 when the scorecard is published or the caller already evaluated it as this
    kind.

    Args:
        scorecard_id (str):
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationRead | Problem]
    """

    kwargs = _get_kwargs(
        scorecard_id=scorecard_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scorecard_id: str,
    *,
    client: AuthenticatedClient,
    body: EvaluationCreate,
) -> EvaluationRead | Problem | None:
    """Record a qualitative evaluation (supervisor or peer)

     Who may call: staff. supervisor: a manager (anyone), or a project manager who supervises the person
    or leads the team (403 otherwise). peer: a member of the evaluated person's team in the directory
    (403 naming the rule otherwise); peers evaluate persons, not teams (422 body.evaluator_kind). Nobody
    evaluates themselves (403). evaluator_kind customer is refused (422 body.evaluator_kind): The
    customer part is never typed by staff: it is derived from crm events about the subject's customers
    in the period (the facts counted for the person, or for each member of the team). satisfaction part
    = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
    crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first
    answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score =
    mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by
    the other kinds. 409 when the scorecard is published or the caller already evaluated it as this
    kind.

    Args:
        scorecard_id (str):
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationRead | Problem
    """

    return (
        await asyncio_detailed(
            scorecard_id=scorecard_id,
            client=client,
            body=body,
        )
    ).parsed
