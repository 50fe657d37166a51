from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fact_page import FactPage
from ...models.measure import Measure
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    measure: Measure,
    period: str,
    person: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_measure = measure.value
    params["measure"] = json_measure

    params["period"] = period

    json_person: None | str | Unset
    if isinstance(person, Unset):
        json_person = UNSET
    else:
        json_person = person
    params["person"] = json_person

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_event_id: None | str | Unset
    if isinstance(event_id, Unset):
        json_event_id = UNSET
    else:
        json_event_id = event_id
    params["event_id"] = json_event_id

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
        "url": "/api/v1/metrics/facts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FactPage | Problem | None:
    if response.status_code == 200:
        response_200 = FactPage.from_dict(response.json())

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
) -> Response[FactPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    measure: Measure,
    period: str,
    person: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[FactPage | Problem]:
    """Metric facts, each linked to its event

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read all; anyone else only their own (person=self; 403 otherwise).

    Args:
        measure (Measure):
        period (str):
        person (None | str | Unset):
        customer_id (None | str | Unset):
        event_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FactPage | Problem]
    """

    kwargs = _get_kwargs(
        measure=measure,
        period=period,
        person=person,
        customer_id=customer_id,
        event_id=event_id,
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
    measure: Measure,
    period: str,
    person: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> FactPage | Problem | None:
    """Metric facts, each linked to its event

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read all; anyone else only their own (person=self; 403 otherwise).

    Args:
        measure (Measure):
        period (str):
        person (None | str | Unset):
        customer_id (None | str | Unset):
        event_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FactPage | Problem
    """

    return sync_detailed(
        client=client,
        measure=measure,
        period=period,
        person=person,
        customer_id=customer_id,
        event_id=event_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    measure: Measure,
    period: str,
    person: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[FactPage | Problem]:
    """Metric facts, each linked to its event

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read all; anyone else only their own (person=self; 403 otherwise).

    Args:
        measure (Measure):
        period (str):
        person (None | str | Unset):
        customer_id (None | str | Unset):
        event_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FactPage | Problem]
    """

    kwargs = _get_kwargs(
        measure=measure,
        period=period,
        person=person,
        customer_id=customer_id,
        event_id=event_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    measure: Measure,
    period: str,
    person: None | str | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    event_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> FactPage | Problem | None:
    """Metric facts, each linked to its event

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read all; anyone else only their own (person=self; 403 otherwise).

    Args:
        measure (Measure):
        period (str):
        person (None | str | Unset):
        customer_id (None | str | Unset):
        event_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FactPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            measure=measure,
            period=period,
            person=person,
            customer_id=customer_id,
            event_id=event_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
