from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk_create import RiskCreate
from ...models.risk_read import RiskRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RiskCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/risks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiskRead | None:
    if response.status_code == 201:
        response_201 = RiskRead.from_dict(response.json())

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
) -> Response[Problem | RiskRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RiskCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RiskRead]:
    """Identify a risk

     Who registers which kind (market: business_specialist, manager, project_manager; technical: manager,
    project_manager, tech_support; credit: business_specialist, manager, project_manager; operational:
    business_specialist, manager, project_manager). Any other caller gets 403 naming the rule.
    `customer_id`, `contract_id` and `project_id` must name records risk learnt of from crm, contracts
    and projects events, and agree with each other (a contract of that customer, a project of that
    contract): 422 naming the field otherwise (see docs/domain.md, References between services).

    Who may call: business_specialist, manager, project_manager, tech_support (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (RiskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskRead]
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
    body: RiskCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RiskRead | None:
    """Identify a risk

     Who registers which kind (market: business_specialist, manager, project_manager; technical: manager,
    project_manager, tech_support; credit: business_specialist, manager, project_manager; operational:
    business_specialist, manager, project_manager). Any other caller gets 403 naming the rule.
    `customer_id`, `contract_id` and `project_id` must name records risk learnt of from crm, contracts
    and projects events, and agree with each other (a contract of that customer, a project of that
    contract): 422 naming the field otherwise (see docs/domain.md, References between services).

    Who may call: business_specialist, manager, project_manager, tech_support (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (RiskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RiskCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RiskRead]:
    """Identify a risk

     Who registers which kind (market: business_specialist, manager, project_manager; technical: manager,
    project_manager, tech_support; credit: business_specialist, manager, project_manager; operational:
    business_specialist, manager, project_manager). Any other caller gets 403 naming the rule.
    `customer_id`, `contract_id` and `project_id` must name records risk learnt of from crm, contracts
    and projects events, and agree with each other (a contract of that customer, a project of that
    contract): 422 naming the field otherwise (see docs/domain.md, References between services).

    Who may call: business_specialist, manager, project_manager, tech_support (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (RiskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskRead]
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
    body: RiskCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RiskRead | None:
    """Identify a risk

     Who registers which kind (market: business_specialist, manager, project_manager; technical: manager,
    project_manager, tech_support; credit: business_specialist, manager, project_manager; operational:
    business_specialist, manager, project_manager). Any other caller gets 403 naming the rule.
    `customer_id`, `contract_id` and `project_id` must name records risk learnt of from crm, contracts
    and projects events, and agree with each other (a contract of that customer, a project of that
    contract): 422 naming the field otherwise (see docs/domain.md, References between services).

    Who may call: business_specialist, manager, project_manager, tech_support (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (RiskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
