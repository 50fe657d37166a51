from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_inquiries_status_type_0 import ListInquiriesStatusType0
from ...models.page_inquiry_read import PageInquiryRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: None | str | Unset = UNSET,
    status: ListInquiriesStatusType0 | None | Unset = UNSET,
    taken_by: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListInquiriesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_taken_by: None | str | Unset
    if isinstance(taken_by, Unset):
        json_taken_by = UNSET
    else:
        json_taken_by = taken_by
    params["taken_by"] = json_taken_by

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
        "url": "/api/v1/inquiries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageInquiryRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageInquiryRead.from_dict(response.json())

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
) -> Response[PageInquiryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: None | str | Unset = UNSET,
    status: ListInquiriesStatusType0 | None | Unset = UNSET,
    taken_by: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageInquiryRead | Problem]:
    """List inquiries

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        customer_id (None | str | Unset):
        status (ListInquiriesStatusType0 | None | Unset):
        taken_by (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageInquiryRead | Problem]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        status=status,
        taken_by=taken_by,
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
    customer_id: None | str | Unset = UNSET,
    status: ListInquiriesStatusType0 | None | Unset = UNSET,
    taken_by: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageInquiryRead | Problem | None:
    """List inquiries

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        customer_id (None | str | Unset):
        status (ListInquiriesStatusType0 | None | Unset):
        taken_by (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageInquiryRead | Problem
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        status=status,
        taken_by=taken_by,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: None | str | Unset = UNSET,
    status: ListInquiriesStatusType0 | None | Unset = UNSET,
    taken_by: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageInquiryRead | Problem]:
    """List inquiries

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        customer_id (None | str | Unset):
        status (ListInquiriesStatusType0 | None | Unset):
        taken_by (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageInquiryRead | Problem]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        status=status,
        taken_by=taken_by,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer_id: None | str | Unset = UNSET,
    status: ListInquiriesStatusType0 | None | Unset = UNSET,
    taken_by: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageInquiryRead | Problem | None:
    """List inquiries

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        customer_id (None | str | Unset):
        status (ListInquiriesStatusType0 | None | Unset):
        taken_by (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageInquiryRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            status=status,
            taken_by=taken_by,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
