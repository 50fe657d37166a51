from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.criterion_read import CriterionRead
from ...models.problem import Problem
from ...models.self_check_submit import SelfCheckSubmit
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: SelfCheckSubmit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/projects/{project_id}/acceptance/self-check".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CriterionRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CriterionRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[Problem | list[CriterionRead]]:
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
    body: SelfCheckSubmit,
) -> Response[Problem | list[CriterionRead]]:
    """Record the team's self-check against the criteria (before the client's round)

     Team members (project_manager, tech_support, business_specialist). Each result records the team's
    verdict on one criterion (`self_check_passed`, notes, who checked); the self-check is recorded once
    every criterion has a verdict, and the client's sign-off needs it. `results` needs at least one
    entry and only the project's criteria (422 naming the field); 409 when the project is cancelled.

    Who may call: business_specialist, project_manager, tech_support (403 for any other role).

    Args:
        project_id (str):
        body (SelfCheckSubmit): The team's own check against the criteria before the client's
            round.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CriterionRead]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: SelfCheckSubmit,
) -> Problem | list[CriterionRead] | None:
    """Record the team's self-check against the criteria (before the client's round)

     Team members (project_manager, tech_support, business_specialist). Each result records the team's
    verdict on one criterion (`self_check_passed`, notes, who checked); the self-check is recorded once
    every criterion has a verdict, and the client's sign-off needs it. `results` needs at least one
    entry and only the project's criteria (422 naming the field); 409 when the project is cancelled.

    Who may call: business_specialist, project_manager, tech_support (403 for any other role).

    Args:
        project_id (str):
        body (SelfCheckSubmit): The team's own check against the criteria before the client's
            round.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CriterionRead]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: SelfCheckSubmit,
) -> Response[Problem | list[CriterionRead]]:
    """Record the team's self-check against the criteria (before the client's round)

     Team members (project_manager, tech_support, business_specialist). Each result records the team's
    verdict on one criterion (`self_check_passed`, notes, who checked); the self-check is recorded once
    every criterion has a verdict, and the client's sign-off needs it. `results` needs at least one
    entry and only the project's criteria (422 naming the field); 409 when the project is cancelled.

    Who may call: business_specialist, project_manager, tech_support (403 for any other role).

    Args:
        project_id (str):
        body (SelfCheckSubmit): The team's own check against the criteria before the client's
            round.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CriterionRead]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: SelfCheckSubmit,
) -> Problem | list[CriterionRead] | None:
    """Record the team's self-check against the criteria (before the client's round)

     Team members (project_manager, tech_support, business_specialist). Each result records the team's
    verdict on one criterion (`self_check_passed`, notes, who checked); the self-check is recorded once
    every criterion has a verdict, and the client's sign-off needs it. `results` needs at least one
    entry and only the project's criteria (422 naming the field); 409 when the project is cancelled.

    Who may call: business_specialist, project_manager, tech_support (403 for any other role).

    Args:
        project_id (str):
        body (SelfCheckSubmit): The team's own check against the criteria before the client's
            round.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CriterionRead]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
