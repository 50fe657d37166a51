import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_status import InvoiceStatus
from ...models.page_invoice_read import PageInvoiceRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: InvoiceStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, InvoiceStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_contract_id: None | str | Unset
    if isinstance(contract_id, Unset):
        json_contract_id = UNSET
    else:
        json_contract_id = contract_id
    params["contract_id"] = json_contract_id

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.date):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before

    json_due_after: None | str | Unset
    if isinstance(due_after, Unset):
        json_due_after = UNSET
    elif isinstance(due_after, datetime.date):
        json_due_after = due_after.isoformat()
    else:
        json_due_after = due_after
    params["due_after"] = json_due_after

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
        "url": "/api/v1/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageInvoiceRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageInvoiceRead.from_dict(response.json())

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
) -> Response[PageInvoiceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageInvoiceRead | Problem]:
    """Invoices across contracts by due date (filters: status, customer, contract, due date)

     Readers: finance, manager, business_specialist, auditor, admin and service (403 for other roles).
    `status`: open | overdue (past due today with something outstanding) | paid | cancelled.
    `due_before` / `due_after` are strict (due date < / > the given day).

    Who may call: admin, auditor, business_specialist, finance, manager, service (403 for any other
    role).

    Args:
        status (InvoiceStatus | None | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        due_before (datetime.date | None | Unset): due date strictly before this day
        due_after (datetime.date | None | Unset): due date strictly after this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageInvoiceRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        customer_id=customer_id,
        contract_id=contract_id,
        due_before=due_before,
        due_after=due_after,
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
    status: InvoiceStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageInvoiceRead | Problem | None:
    """Invoices across contracts by due date (filters: status, customer, contract, due date)

     Readers: finance, manager, business_specialist, auditor, admin and service (403 for other roles).
    `status`: open | overdue (past due today with something outstanding) | paid | cancelled.
    `due_before` / `due_after` are strict (due date < / > the given day).

    Who may call: admin, auditor, business_specialist, finance, manager, service (403 for any other
    role).

    Args:
        status (InvoiceStatus | None | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        due_before (datetime.date | None | Unset): due date strictly before this day
        due_after (datetime.date | None | Unset): due date strictly after this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageInvoiceRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        customer_id=customer_id,
        contract_id=contract_id,
        due_before=due_before,
        due_after=due_after,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageInvoiceRead | Problem]:
    """Invoices across contracts by due date (filters: status, customer, contract, due date)

     Readers: finance, manager, business_specialist, auditor, admin and service (403 for other roles).
    `status`: open | overdue (past due today with something outstanding) | paid | cancelled.
    `due_before` / `due_after` are strict (due date < / > the given day).

    Who may call: admin, auditor, business_specialist, finance, manager, service (403 for any other
    role).

    Args:
        status (InvoiceStatus | None | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        due_before (datetime.date | None | Unset): due date strictly before this day
        due_after (datetime.date | None | Unset): due date strictly after this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageInvoiceRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        customer_id=customer_id,
        contract_id=contract_id,
        due_before=due_before,
        due_after=due_after,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    contract_id: None | str | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageInvoiceRead | Problem | None:
    """Invoices across contracts by due date (filters: status, customer, contract, due date)

     Readers: finance, manager, business_specialist, auditor, admin and service (403 for other roles).
    `status`: open | overdue (past due today with something outstanding) | paid | cancelled.
    `due_before` / `due_after` are strict (due date < / > the given day).

    Who may call: admin, auditor, business_specialist, finance, manager, service (403 for any other
    role).

    Args:
        status (InvoiceStatus | None | Unset):
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        due_before (datetime.date | None | Unset): due date strictly before this day
        due_after (datetime.date | None | Unset): due date strictly after this day
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageInvoiceRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            customer_id=customer_id,
            contract_id=contract_id,
            due_before=due_before,
            due_after=due_after,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
