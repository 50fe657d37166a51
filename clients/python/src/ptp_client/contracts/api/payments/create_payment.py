from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_create import PaymentCreate
from ...models.payment_read import PaymentRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    installment_id: str,
    *,
    body: PaymentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/installments/{installment_id}/payments".format(
            installment_id=quote(str(installment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentRead | Problem | None:
    if response.status_code == 201:
        response_201 = PaymentRead.from_dict(response.json())

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
) -> Response[PaymentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    installment_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[PaymentRead | Problem]:
    """Record money received for an invoiced installment (partial payments allowed)

     finance only. Never more than the installment's outstanding (422 `body.amount`). 409 when the
    contract is not `signed` (a completed or terminated contract takes no payment: what a terminated
    contract still owes is paid by its termination settlement) or the installment is not invoiced (not
    due yet, or already paid). Paid in full, an installment that was reported overdue emits
    contracts.overdue.cleared with the payment.

    Who may call: finance (403 for any other role).

    Args:
        installment_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentRead | Problem]
    """

    kwargs = _get_kwargs(
        installment_id=installment_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    installment_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> PaymentRead | Problem | None:
    """Record money received for an invoiced installment (partial payments allowed)

     finance only. Never more than the installment's outstanding (422 `body.amount`). 409 when the
    contract is not `signed` (a completed or terminated contract takes no payment: what a terminated
    contract still owes is paid by its termination settlement) or the installment is not invoiced (not
    due yet, or already paid). Paid in full, an installment that was reported overdue emits
    contracts.overdue.cleared with the payment.

    Who may call: finance (403 for any other role).

    Args:
        installment_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentRead | Problem
    """

    return sync_detailed(
        installment_id=installment_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    installment_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[PaymentRead | Problem]:
    """Record money received for an invoiced installment (partial payments allowed)

     finance only. Never more than the installment's outstanding (422 `body.amount`). 409 when the
    contract is not `signed` (a completed or terminated contract takes no payment: what a terminated
    contract still owes is paid by its termination settlement) or the installment is not invoiced (not
    due yet, or already paid). Paid in full, an installment that was reported overdue emits
    contracts.overdue.cleared with the payment.

    Who may call: finance (403 for any other role).

    Args:
        installment_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentRead | Problem]
    """

    kwargs = _get_kwargs(
        installment_id=installment_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    installment_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> PaymentRead | Problem | None:
    """Record money received for an invoiced installment (partial payments allowed)

     finance only. Never more than the installment's outstanding (422 `body.amount`). 409 when the
    contract is not `signed` (a completed or terminated contract takes no payment: what a terminated
    contract still owes is paid by its termination settlement) or the installment is not invoiced (not
    due yet, or already paid). Paid in full, an installment that was reported overdue emits
    contracts.overdue.cleared with the payment.

    Who may call: finance (403 for any other role).

    Args:
        installment_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentRead | Problem
    """

    return (
        await asyncio_detailed(
            installment_id=installment_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
