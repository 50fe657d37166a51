from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.response_read import ResponseRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    risk_id: str,
    response_id: str,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/risks/{risk_id}/responses/{response_id}/cancel".format(
            risk_id=quote(str(risk_id), safe=""),
            response_id=quote(str(response_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResponseRead | None:
    if response.status_code == 200:
        response_200 = ResponseRead.from_dict(response.json())

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
) -> Response[Problem | ResponseRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    risk_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ResponseRead]:
    """Cancel a response

     Roles manager, project_manager, business_specialist (others 403). 409 when the response's state does
    not allow 'cancel'.

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        response_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResponseRead]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        response_id=response_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    risk_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | ResponseRead | None:
    """Cancel a response

     Roles manager, project_manager, business_specialist (others 403). 409 when the response's state does
    not allow 'cancel'.

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        response_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResponseRead
    """

    return sync_detailed(
        risk_id=risk_id,
        response_id=response_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    risk_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ResponseRead]:
    """Cancel a response

     Roles manager, project_manager, business_specialist (others 403). 409 when the response's state does
    not allow 'cancel'.

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        response_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResponseRead]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
        response_id=response_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    risk_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | ResponseRead | None:
    """Cancel a response

     Roles manager, project_manager, business_specialist (others 403). 409 when the response's state does
    not allow 'cancel'.

    Who may call: business_specialist, manager, project_manager (403 for any other role).

    Args:
        risk_id (str):
        response_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResponseRead
    """

    return (
        await asyncio_detailed(
            risk_id=risk_id,
            response_id=response_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
