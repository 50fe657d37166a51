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
    number: int,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{project_id}/acceptance/rounds/{number}/sign-off".format(
            project_id=quote(str(project_id), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptanceRoundRead | Problem | None:
    if response.status_code == 200:
        response_200 = AcceptanceRoundRead.from_dict(response.json())

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
) -> Response[AcceptanceRoundRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[AcceptanceRoundRead | Problem]:
    """The client's representative signs acceptance off (project.accepted)

     Only a client_representative of the project's customer: the token's customer_id claim must name the
    project's customer. Other roles, or a representative's token without the claim, get 403; a
    representative of another customer gets 404 (they cannot see the project). Sign-off then needs, all
    at once (409 listing each one missing: `self_check_missing`, `open_tasks`, `failed_criteria`,
    `unchecked_criteria`): at least one acceptance criterion; the team's self-check recorded for every
    criterion; every task done or waived (POST /tasks/{task_id}/waive); every criterion checked and
    passed in this round. A cancelled project or a closed round answers 409 naming its state.

    Who may call: client_representative (403 for any other role); a client_representative only for their
    own customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceRoundRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        number=number,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> AcceptanceRoundRead | Problem | None:
    """The client's representative signs acceptance off (project.accepted)

     Only a client_representative of the project's customer: the token's customer_id claim must name the
    project's customer. Other roles, or a representative's token without the claim, get 403; a
    representative of another customer gets 404 (they cannot see the project). Sign-off then needs, all
    at once (409 listing each one missing: `self_check_missing`, `open_tasks`, `failed_criteria`,
    `unchecked_criteria`): at least one acceptance criterion; the team's self-check recorded for every
    criterion; every task done or waived (POST /tasks/{task_id}/waive); every criterion checked and
    passed in this round. A cancelled project or a closed round answers 409 naming its state.

    Who may call: client_representative (403 for any other role); a client_representative only for their
    own customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceRoundRead | Problem
    """

    return sync_detailed(
        project_id=project_id,
        number=number,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[AcceptanceRoundRead | Problem]:
    """The client's representative signs acceptance off (project.accepted)

     Only a client_representative of the project's customer: the token's customer_id claim must name the
    project's customer. Other roles, or a representative's token without the claim, get 403; a
    representative of another customer gets 404 (they cannot see the project). Sign-off then needs, all
    at once (409 listing each one missing: `self_check_missing`, `open_tasks`, `failed_criteria`,
    `unchecked_criteria`): at least one acceptance criterion; the team's self-check recorded for every
    criterion; every task done or waived (POST /tasks/{task_id}/waive); every criterion checked and
    passed in this round. A cancelled project or a closed round answers 409 naming its state.

    Who may call: client_representative (403 for any other role); a client_representative only for their
    own customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceRoundRead | Problem]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        number=number,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    number: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> AcceptanceRoundRead | Problem | None:
    """The client's representative signs acceptance off (project.accepted)

     Only a client_representative of the project's customer: the token's customer_id claim must name the
    project's customer. Other roles, or a representative's token without the claim, get 403; a
    representative of another customer gets 404 (they cannot see the project). Sign-off then needs, all
    at once (409 listing each one missing: `self_check_missing`, `open_tasks`, `failed_criteria`,
    `unchecked_criteria`): at least one acceptance criterion; the team's self-check recorded for every
    criterion; every task done or waived (POST /tasks/{task_id}/waive); every criterion checked and
    passed in this round. A cancelled project or a closed round answers 409 naming its state.

    Who may call: client_representative (403 for any other role); a client_representative only for their
    own customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        project_id (str):
        number (int): Round number, from 1
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceRoundRead | Problem
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            number=number,
            client=client,
            if_match=if_match,
        )
    ).parsed
