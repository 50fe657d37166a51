from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.settlement_open import SettlementOpen
from ...models.settlement_read import SettlementRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    body: SettlementOpen | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contracts/{contract_id}/settlement".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SettlementRead | None:
    if response.status_code == 200:
        response_200 = SettlementRead.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SettlementRead.from_dict(response.json())

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
) -> Response[Problem | SettlementRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SettlementOpen | Unset = UNSET,
) -> Response[Problem | SettlementRead]:
    """Open a termination settlement (manager, terminated contract, with a reason)

     A settlement is opened **only** by the project's acceptance (the `projects.project.accepted` event;
    kind `acceptance`) or, for a **terminated** contract, by a `manager` with a `reason` (kind
    `termination`: it pays what was invoiced and is still owed). When the contract already has its
    settlement, this answers 200 with it (to a business_specialist or a manager). Otherwise: a contract
    that is not terminated is 409 (a signed contract's project was not accepted yet); on a terminated
    contract a business_specialist gets 403, and a missing reason is 422 `body.reason`.

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        contract_id (str):
        body (SettlementOpen | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettlementRead]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SettlementOpen | Unset = UNSET,
) -> Problem | SettlementRead | None:
    """Open a termination settlement (manager, terminated contract, with a reason)

     A settlement is opened **only** by the project's acceptance (the `projects.project.accepted` event;
    kind `acceptance`) or, for a **terminated** contract, by a `manager` with a `reason` (kind
    `termination`: it pays what was invoiced and is still owed). When the contract already has its
    settlement, this answers 200 with it (to a business_specialist or a manager). Otherwise: a contract
    that is not terminated is 409 (a signed contract's project was not accepted yet); on a terminated
    contract a business_specialist gets 403, and a missing reason is 422 `body.reason`.

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        contract_id (str):
        body (SettlementOpen | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettlementRead
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SettlementOpen | Unset = UNSET,
) -> Response[Problem | SettlementRead]:
    """Open a termination settlement (manager, terminated contract, with a reason)

     A settlement is opened **only** by the project's acceptance (the `projects.project.accepted` event;
    kind `acceptance`) or, for a **terminated** contract, by a `manager` with a `reason` (kind
    `termination`: it pays what was invoiced and is still owed). When the contract already has its
    settlement, this answers 200 with it (to a business_specialist or a manager). Otherwise: a contract
    that is not terminated is 409 (a signed contract's project was not accepted yet); on a terminated
    contract a business_specialist gets 403, and a missing reason is 422 `body.reason`.

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        contract_id (str):
        body (SettlementOpen | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettlementRead]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SettlementOpen | Unset = UNSET,
) -> Problem | SettlementRead | None:
    """Open a termination settlement (manager, terminated contract, with a reason)

     A settlement is opened **only** by the project's acceptance (the `projects.project.accepted` event;
    kind `acceptance`) or, for a **terminated** contract, by a `manager` with a `reason` (kind
    `termination`: it pays what was invoiced and is still owed). When the contract already has its
    settlement, this answers 200 with it (to a business_specialist or a manager). Otherwise: a contract
    that is not terminated is 409 (a signed contract's project was not accepted yet); on a terminated
    contract a business_specialist gets 403, and a missing reason is 422 `body.reason`.

    Who may call: business_specialist, manager (403 for any other role).

    Args:
        contract_id (str):
        body (SettlementOpen | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettlementRead
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
