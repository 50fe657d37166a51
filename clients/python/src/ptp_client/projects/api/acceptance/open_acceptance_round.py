from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acceptance_round_read import AcceptanceRoundRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{project_id}/acceptance/rounds".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptanceRoundRead | Problem | None:
    if response.status_code == 201:
        response_201 = AcceptanceRoundRead.from_dict(response.json())

        return response_201

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcceptanceRoundRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AcceptanceRoundRead | Problem]:
    """Open an acceptance round with the client

     Roles project_manager, business_specialist or client_representative (a representative only for the
    customer of their token's customer_id claim: 403 without the claim, 404 for another customer's
    project). The project needs at least one acceptance criterion (409 naming the rule; the criteria
    come from the signed contract). The first round moves an active project to in_acceptance; a
    cancelled or planning project answers 409 naming its state. A new round needs the previous one
    closed and every rectification item resolved (409 otherwise).

    Who may call: business_specialist, client_representative, project_manager (403 for any other role);
    a client_representative only for their own customer's records (the token's customer_id claim):
    another customer's record answers 404, lists hold only their own.

    Args:
        project_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceRoundRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> AcceptanceRoundRead | Problem | None:
    """Open an acceptance round with the client

     Roles project_manager, business_specialist or client_representative (a representative only for the
    customer of their token's customer_id claim: 403 without the claim, 404 for another customer's
    project). The project needs at least one acceptance criterion (409 naming the rule; the criteria
    come from the signed contract). The first round moves an active project to in_acceptance; a
    cancelled or planning project answers 409 naming its state. A new round needs the previous one
    closed and every rectification item resolved (409 otherwise).

    Who may call: business_specialist, client_representative, project_manager (403 for any other role);
    a client_representative only for their own customer's records (the token's customer_id claim):
    another customer's record answers 404, lists hold only their own.

    Args:
        project_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceRoundRead | Problem
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AcceptanceRoundRead | Problem]:
    """Open an acceptance round with the client

     Roles project_manager, business_specialist or client_representative (a representative only for the
    customer of their token's customer_id claim: 403 without the claim, 404 for another customer's
    project). The project needs at least one acceptance criterion (409 naming the rule; the criteria
    come from the signed contract). The first round moves an active project to in_acceptance; a
    cancelled or planning project answers 409 naming its state. A new round needs the previous one
    closed and every rectification item resolved (409 otherwise).

    Who may call: business_specialist, client_representative, project_manager (403 for any other role);
    a client_representative only for their own customer's records (the token's customer_id claim):
    another customer's record answers 404, lists hold only their own.

    Args:
        project_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceRoundRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> AcceptanceRoundRead | Problem | None:
    """Open an acceptance round with the client

     Roles project_manager, business_specialist or client_representative (a representative only for the
    customer of their token's customer_id claim: 403 without the claim, 404 for another customer's
    project). The project needs at least one acceptance criterion (409 naming the rule; the criteria
    come from the signed contract). The first round moves an active project to in_acceptance; a
    cancelled or planning project answers 409 naming its state. A new round needs the previous one
    closed and every rectification item resolved (409 otherwise).

    Who may call: business_specialist, client_representative, project_manager (403 for any other role);
    a client_representative only for their own customer's records (the token's customer_id claim):
    another customer's record answers 404, lists hold only their own.

    Args:
        project_id (str):
        idempotency_key (None | str | Unset): Unique per intended creation; a retry with the same
            key returns the first result

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceRoundRead | Problem
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
