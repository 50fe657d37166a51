from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.act import Act
from ...models.feedback_handling import FeedbackHandling
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    feedback_id: str,
    *,
    body: Act,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/feedback/{feedback_id}/act".format(
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackHandling | Problem | None:
    if response.status_code == 200:
        response_200 = FeedbackHandling.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[FeedbackHandling | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: Act,
    if_match: None | str | Unset = UNSET,
) -> Response[FeedbackHandling | Problem]:
    """Record the action taken (step 3)

     Roles customer_service or business_specialist (403 otherwise).

    Who may call: business_specialist, customer_service (403 for any other role).

    Args:
        feedback_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (Act):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackHandling | Problem]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: Act,
    if_match: None | str | Unset = UNSET,
) -> FeedbackHandling | Problem | None:
    """Record the action taken (step 3)

     Roles customer_service or business_specialist (403 otherwise).

    Who may call: business_specialist, customer_service (403 for any other role).

    Args:
        feedback_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (Act):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackHandling | Problem
    """

    return sync_detailed(
        feedback_id=feedback_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: Act,
    if_match: None | str | Unset = UNSET,
) -> Response[FeedbackHandling | Problem]:
    """Record the action taken (step 3)

     Roles customer_service or business_specialist (403 otherwise).

    Who may call: business_specialist, customer_service (403 for any other role).

    Args:
        feedback_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (Act):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackHandling | Problem]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: Act,
    if_match: None | str | Unset = UNSET,
) -> FeedbackHandling | Problem | None:
    """Record the action taken (step 3)

     Roles customer_service or business_specialist (403 otherwise).

    Who may call: business_specialist, customer_service (403 for any other role).

    Args:
        feedback_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (Act):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackHandling | Problem
    """

    return (
        await asyncio_detailed(
            feedback_id=feedback_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
