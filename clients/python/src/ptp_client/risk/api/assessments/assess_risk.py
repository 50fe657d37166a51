from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_read import AssessmentRead
from ...models.level_override_create import LevelOverrideCreate
from ...models.problem import Problem
from ...models.qualitative_assessment_create import QualitativeAssessmentCreate
from ...models.quantitative_assessment_create import QuantitativeAssessmentCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    risk_id: str,
    *,
    body: LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/risks/{risk_id}/assessments".format(
            risk_id=quote(str(risk_id), safe=""),
        ),
    }

    if isinstance(body, QualitativeAssessmentCreate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, QuantitativeAssessmentCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentRead | Problem | None:
    if response.status_code == 201:
        response_201 = AssessmentRead.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[AssessmentRead | Problem]:
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
    body: LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[AssessmentRead | Problem]:
    """Assess a risk; its level follows

     Roles manager, project_manager, business_specialist (others 403); 409 when the risk
    is closed (reopen it first).

    **Qualitative** (`likelihood` x `impact`, 1..5 each) - the matrix in force (GET /risk-config):

    | likelihood \\ impact | 1 | 2 | 3 | 4 | 5 |
    | --- | --- | --- | --- | --- | --- |
    | 1 | low | low | medium | medium | medium |
    | 2 | low | low | medium | medium | medium |
    | 3 | medium | medium | medium | medium | high |
    | 4 | medium | medium | medium | high | high |
    | 5 | medium | medium | high | high | high |

    Low only when the risk is unlikely AND its impact small; 1 x 5 is medium.

    **Quantitative** (`exposure`, `probability`): expected loss = exposure x probability; the level
    by the probability of default (>= 0.20 high,
    >= 0.05 medium).

    **The risk's level** - the most severe of the latest qualitative assessment, the latest quantitative
    assessment and the worst latest indicator reading past a threshold (never the newest assessment
    alone), unless a manager recorded an override with a reason: the override holds until new evidence
    (a new assessment of either method, or an indicator reading that changes level).

    **Override** (`method: override`, `level`, `reason`): only a `manager` (403 otherwise).

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentRead | Problem]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    body: LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> AssessmentRead | Problem | None:
    """Assess a risk; its level follows

     Roles manager, project_manager, business_specialist (others 403); 409 when the risk
    is closed (reopen it first).

    **Qualitative** (`likelihood` x `impact`, 1..5 each) - the matrix in force (GET /risk-config):

    | likelihood \\ impact | 1 | 2 | 3 | 4 | 5 |
    | --- | --- | --- | --- | --- | --- |
    | 1 | low | low | medium | medium | medium |
    | 2 | low | low | medium | medium | medium |
    | 3 | medium | medium | medium | medium | high |
    | 4 | medium | medium | medium | high | high |
    | 5 | medium | medium | high | high | high |

    Low only when the risk is unlikely AND its impact small; 1 x 5 is medium.

    **Quantitative** (`exposure`, `probability`): expected loss = exposure x probability; the level
    by the probability of default (>= 0.20 high,
    >= 0.05 medium).

    **The risk's level** - the most severe of the latest qualitative assessment, the latest quantitative
    assessment and the worst latest indicator reading past a threshold (never the newest assessment
    alone), unless a manager recorded an override with a reason: the override holds until new evidence
    (a new assessment of either method, or an indicator reading that changes level).

    **Override** (`method: override`, `level`, `reason`): only a `manager` (403 otherwise).

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentRead | Problem
    """

    return sync_detailed(
        risk_id=risk_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    body: LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[AssessmentRead | Problem]:
    """Assess a risk; its level follows

     Roles manager, project_manager, business_specialist (others 403); 409 when the risk
    is closed (reopen it first).

    **Qualitative** (`likelihood` x `impact`, 1..5 each) - the matrix in force (GET /risk-config):

    | likelihood \\ impact | 1 | 2 | 3 | 4 | 5 |
    | --- | --- | --- | --- | --- | --- |
    | 1 | low | low | medium | medium | medium |
    | 2 | low | low | medium | medium | medium |
    | 3 | medium | medium | medium | medium | high |
    | 4 | medium | medium | medium | high | high |
    | 5 | medium | medium | high | high | high |

    Low only when the risk is unlikely AND its impact small; 1 x 5 is medium.

    **Quantitative** (`exposure`, `probability`): expected loss = exposure x probability; the level
    by the probability of default (>= 0.20 high,
    >= 0.05 medium).

    **The risk's level** - the most severe of the latest qualitative assessment, the latest quantitative
    assessment and the worst latest indicator reading past a threshold (never the newest assessment
    alone), unless a manager recorded an override with a reason: the override holds until new evidence
    (a new assessment of either method, or an indicator reading that changes level).

    **Override** (`method: override`, `level`, `reason`): only a `manager` (403 otherwise).

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentRead | Problem]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    risk_id: str,
    *,
    client: AuthenticatedClient,
    body: LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> AssessmentRead | Problem | None:
    """Assess a risk; its level follows

     Roles manager, project_manager, business_specialist (others 403); 409 when the risk
    is closed (reopen it first).

    **Qualitative** (`likelihood` x `impact`, 1..5 each) - the matrix in force (GET /risk-config):

    | likelihood \\ impact | 1 | 2 | 3 | 4 | 5 |
    | --- | --- | --- | --- | --- | --- |
    | 1 | low | low | medium | medium | medium |
    | 2 | low | low | medium | medium | medium |
    | 3 | medium | medium | medium | medium | high |
    | 4 | medium | medium | medium | high | high |
    | 5 | medium | medium | high | high | high |

    Low only when the risk is unlikely AND its impact small; 1 x 5 is medium.

    **Quantitative** (`exposure`, `probability`): expected loss = exposure x probability; the level
    by the probability of default (>= 0.20 high,
    >= 0.05 medium).

    **The risk's level** - the most severe of the latest qualitative assessment, the latest quantitative
    assessment and the worst latest indicator reading past a threshold (never the newest assessment
    alone), unless a manager recorded an override with a reason: the override holds until new evidence
    (a new assessment of either method, or an indicator reading that changes level).

    **Override** (`method: override`, `level`, `reason`): only a `manager` (403 otherwise).

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (LevelOverrideCreate | QualitativeAssessmentCreate | QuantitativeAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentRead | Problem
    """

    return (
        await asyncio_detailed(
            risk_id=risk_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            if_match=if_match,
        )
    ).parsed
