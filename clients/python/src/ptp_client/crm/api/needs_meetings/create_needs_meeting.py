from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.needs_meeting_create import NeedsMeetingCreate
from ...models.needs_meeting_read import NeedsMeetingRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    opportunity_id: str,
    *,
    body: NeedsMeetingCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/opportunities/{opportunity_id}/needs-meetings".format(
            opportunity_id=quote(str(opportunity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NeedsMeetingRead | Problem | None:
    if response.status_code == 201:
        response_201 = NeedsMeetingRead.from_dict(response.json())

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
) -> Response[NeedsMeetingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
    body: NeedsMeetingCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[NeedsMeetingRead | Problem]:
    """Record a needs meeting

     Who may call: business_specialist (403 for any other role).

    Args:
        opportunity_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (NeedsMeetingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NeedsMeetingRead | Problem]
    """

    kwargs = _get_kwargs(
        opportunity_id=opportunity_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
    body: NeedsMeetingCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> NeedsMeetingRead | Problem | None:
    """Record a needs meeting

     Who may call: business_specialist (403 for any other role).

    Args:
        opportunity_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (NeedsMeetingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NeedsMeetingRead | Problem
    """

    return sync_detailed(
        opportunity_id=opportunity_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
    body: NeedsMeetingCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[NeedsMeetingRead | Problem]:
    """Record a needs meeting

     Who may call: business_specialist (403 for any other role).

    Args:
        opportunity_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (NeedsMeetingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NeedsMeetingRead | Problem]
    """

    kwargs = _get_kwargs(
        opportunity_id=opportunity_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
    body: NeedsMeetingCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> NeedsMeetingRead | Problem | None:
    """Record a needs meeting

     Who may call: business_specialist (403 for any other role).

    Args:
        opportunity_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result
        body (NeedsMeetingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NeedsMeetingRead | Problem
    """

    return (
        await asyncio_detailed(
            opportunity_id=opportunity_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
