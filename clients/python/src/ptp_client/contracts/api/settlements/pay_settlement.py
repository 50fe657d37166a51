from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.settlement_read import SettlementRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    settlement_id: str,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/settlements/{settlement_id}/pay".format(
            settlement_id=quote(str(settlement_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SettlementRead | None:
    if response.status_code == 200:
        response_200 = SettlementRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
    settlement_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | SettlementRead]:
    """Finance pays the approved settlement: every installment is paid, the contract completed

     finance; only an approved settlement. In one transaction with its events: every installment not yet
    invoiced is invoiced (acceptance settlement), the adjustment is credited from the last installment
    backwards, and a payment (reference `settlement:<id>`, one contracts.payment.received each) is
    recorded for every installment with something outstanding, which closes its invoice. The contract
    becomes `completed` when nothing is outstanding; a termination settlement leaves it `terminated`.
    409 when the settlement is not approved, when the contract's status does not fit the settlement's
    kind (acceptance: signed; termination: terminated) or when the adjustment now exceeds what is
    outstanding.

    Who may call: finance (403 for any other role).

    Args:
        settlement_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettlementRead]
    """

    kwargs = _get_kwargs(
        settlement_id=settlement_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | SettlementRead | None:
    """Finance pays the approved settlement: every installment is paid, the contract completed

     finance; only an approved settlement. In one transaction with its events: every installment not yet
    invoiced is invoiced (acceptance settlement), the adjustment is credited from the last installment
    backwards, and a payment (reference `settlement:<id>`, one contracts.payment.received each) is
    recorded for every installment with something outstanding, which closes its invoice. The contract
    becomes `completed` when nothing is outstanding; a termination settlement leaves it `terminated`.
    409 when the settlement is not approved, when the contract's status does not fit the settlement's
    kind (acceptance: signed; termination: terminated) or when the adjustment now exceeds what is
    outstanding.

    Who may call: finance (403 for any other role).

    Args:
        settlement_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettlementRead
    """

    return sync_detailed(
        settlement_id=settlement_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | SettlementRead]:
    """Finance pays the approved settlement: every installment is paid, the contract completed

     finance; only an approved settlement. In one transaction with its events: every installment not yet
    invoiced is invoiced (acceptance settlement), the adjustment is credited from the last installment
    backwards, and a payment (reference `settlement:<id>`, one contracts.payment.received each) is
    recorded for every installment with something outstanding, which closes its invoice. The contract
    becomes `completed` when nothing is outstanding; a termination settlement leaves it `terminated`.
    409 when the settlement is not approved, when the contract's status does not fit the settlement's
    kind (acceptance: signed; termination: terminated) or when the adjustment now exceeds what is
    outstanding.

    Who may call: finance (403 for any other role).

    Args:
        settlement_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettlementRead]
    """

    kwargs = _get_kwargs(
        settlement_id=settlement_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    settlement_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | SettlementRead | None:
    """Finance pays the approved settlement: every installment is paid, the contract completed

     finance; only an approved settlement. In one transaction with its events: every installment not yet
    invoiced is invoiced (acceptance settlement), the adjustment is credited from the last installment
    backwards, and a payment (reference `settlement:<id>`, one contracts.payment.received each) is
    recorded for every installment with something outstanding, which closes its invoice. The contract
    becomes `completed` when nothing is outstanding; a termination settlement leaves it `terminated`.
    409 when the settlement is not approved, when the contract's status does not fit the settlement's
    kind (acceptance: signed; termination: terminated) or when the adjustment now exceeds what is
    outstanding.

    Who may call: finance (403 for any other role).

    Args:
        settlement_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettlementRead
    """

    return (
        await asyncio_detailed(
            settlement_id=settlement_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
