from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_create import ContractCreate
from ...models.contract_read import ContractRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContractCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contracts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractRead | Problem | None:
    if response.status_code == 201:
        response_201 = ContractRead.from_dict(response.json())

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
) -> Response[ContractRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ContractCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ContractRead | Problem]:
    """Draft a contract

     Roles business_specialist, manager (others 403). A contract starts from an accepted solution:
    `solution_id` names one contracts learnt of from `crm.solution.accepted`, of this customer (422
    `body.solution_id` otherwise) and not drafted yet (409 naming the contract that was drafted from
    it). Without one, a manager approves an exception: `exception_reason` (403 for any other role), kept
    on the contract, in revision 1 and in `contracts.contract.drafted`. `customer_id` must be a customer
    crm registered and whose event has reached contracts (422 `body.customer_id`; see docs/domain.md,
    References between services).

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractRead | Problem]
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
    body: ContractCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ContractRead | Problem | None:
    """Draft a contract

     Roles business_specialist, manager (others 403). A contract starts from an accepted solution:
    `solution_id` names one contracts learnt of from `crm.solution.accepted`, of this customer (422
    `body.solution_id` otherwise) and not drafted yet (409 naming the contract that was drafted from
    it). Without one, a manager approves an exception: `exception_reason` (403 for any other role), kept
    on the contract, in revision 1 and in `contracts.contract.drafted`. `customer_id` must be a customer
    crm registered and whose event has reached contracts (422 `body.customer_id`; see docs/domain.md,
    References between services).

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContractCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ContractRead | Problem]:
    """Draft a contract

     Roles business_specialist, manager (others 403). A contract starts from an accepted solution:
    `solution_id` names one contracts learnt of from `crm.solution.accepted`, of this customer (422
    `body.solution_id` otherwise) and not drafted yet (409 naming the contract that was drafted from
    it). Without one, a manager approves an exception: `exception_reason` (403 for any other role), kept
    on the contract, in revision 1 and in `contracts.contract.drafted`. `customer_id` must be a customer
    crm registered and whose event has reached contracts (422 `body.customer_id`; see docs/domain.md,
    References between services).

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractRead | Problem]
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
    body: ContractCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ContractRead | Problem | None:
    """Draft a contract

     Roles business_specialist, manager (others 403). A contract starts from an accepted solution:
    `solution_id` names one contracts learnt of from `crm.solution.accepted`, of this customer (422
    `body.solution_id` otherwise) and not drafted yet (409 naming the contract that was drafted from
    it). Without one, a manager approves an exception: `exception_reason` (403 for any other role), kept
    on the contract, in revision 1 and in `contracts.contract.drafted`. `customer_id` must be a customer
    crm registered and whose event has reached contracts (422 `body.customer_id`; see docs/domain.md,
    References between services).

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
