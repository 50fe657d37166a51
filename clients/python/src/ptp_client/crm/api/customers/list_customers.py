from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_customers_risk_level_type_0 import ListCustomersRiskLevelType0
from ...models.list_customers_status_type_0 import ListCustomersStatusType0
from ...models.page_customer_read import PageCustomerRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    status: ListCustomersStatusType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    risk_level: ListCustomersRiskLevelType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_industry: None | str | Unset
    if isinstance(industry, Unset):
        json_industry = UNSET
    else:
        json_industry = industry
    params["industry"] = json_industry

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListCustomersStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    json_risk_level: None | str | Unset
    if isinstance(risk_level, Unset):
        json_risk_level = UNSET
    elif isinstance(risk_level, ListCustomersRiskLevelType0):
        json_risk_level = risk_level.value
    else:
        json_risk_level = risk_level
    params["risk_level"] = json_risk_level

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
        "url": "/api/v1/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageCustomerRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageCustomerRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageCustomerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    status: ListCustomersStatusType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    risk_level: ListCustomersRiskLevelType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageCustomerRead | Problem]:
    """Search customers

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        q (None | str | Unset): Part of the name, any case
        industry (None | str | Unset):
        region (None | str | Unset):
        status (ListCustomersStatusType0 | None | Unset):
        owner (None | str | Unset):
        risk_level (ListCustomersRiskLevelType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCustomerRead | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        industry=industry,
        region=region,
        status=status,
        owner=owner,
        risk_level=risk_level,
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
    q: None | str | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    status: ListCustomersStatusType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    risk_level: ListCustomersRiskLevelType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageCustomerRead | Problem | None:
    """Search customers

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        q (None | str | Unset): Part of the name, any case
        industry (None | str | Unset):
        region (None | str | Unset):
        status (ListCustomersStatusType0 | None | Unset):
        owner (None | str | Unset):
        risk_level (ListCustomersRiskLevelType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCustomerRead | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        industry=industry,
        region=region,
        status=status,
        owner=owner,
        risk_level=risk_level,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    status: ListCustomersStatusType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    risk_level: ListCustomersRiskLevelType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageCustomerRead | Problem]:
    """Search customers

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        q (None | str | Unset): Part of the name, any case
        industry (None | str | Unset):
        region (None | str | Unset):
        status (ListCustomersStatusType0 | None | Unset):
        owner (None | str | Unset):
        risk_level (ListCustomersRiskLevelType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCustomerRead | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        industry=industry,
        region=region,
        status=status,
        owner=owner,
        risk_level=risk_level,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    status: ListCustomersStatusType0 | None | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    risk_level: ListCustomersRiskLevelType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageCustomerRead | Problem | None:
    """Search customers

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        q (None | str | Unset): Part of the name, any case
        industry (None | str | Unset):
        region (None | str | Unset):
        status (ListCustomersStatusType0 | None | Unset):
        owner (None | str | Unset):
        risk_level (ListCustomersRiskLevelType0 | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCustomerRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            industry=industry,
            region=region,
            status=status,
            owner=owner,
            risk_level=risk_level,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
