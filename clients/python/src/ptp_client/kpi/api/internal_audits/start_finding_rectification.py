from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finding_read import FindingRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    finding_id: str,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/findings/{finding_id}/start-rectification".format(
            finding_id=quote(str(finding_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FindingRead | Problem | None:
    if response.status_code == 200:
        response_200 = FindingRead.from_dict(response.json())

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
) -> Response[FindingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    finding_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[FindingRead | Problem]:
    """The owner starts rectifying

     Who may call: the finding's owner or an auditor (403 otherwise); staff only, a client_representative
    token gets 403 (KPI data is internal).

    Args:
        finding_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingRead | Problem]
    """

    kwargs = _get_kwargs(
        finding_id=finding_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    finding_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> FindingRead | Problem | None:
    """The owner starts rectifying

     Who may call: the finding's owner or an auditor (403 otherwise); staff only, a client_representative
    token gets 403 (KPI data is internal).

    Args:
        finding_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingRead | Problem
    """

    return sync_detailed(
        finding_id=finding_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    finding_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[FindingRead | Problem]:
    """The owner starts rectifying

     Who may call: the finding's owner or an auditor (403 otherwise); staff only, a client_representative
    token gets 403 (KPI data is internal).

    Args:
        finding_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindingRead | Problem]
    """

    kwargs = _get_kwargs(
        finding_id=finding_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    finding_id: str,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> FindingRead | Problem | None:
    """The owner starts rectifying

     Who may call: the finding's owner or an auditor (403 otherwise); staff only, a client_representative
    token gets 403 (KPI data is internal).

    Args:
        finding_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindingRead | Problem
    """

    return (
        await asyncio_detailed(
            finding_id=finding_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
