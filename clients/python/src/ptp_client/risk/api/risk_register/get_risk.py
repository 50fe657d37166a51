from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk_read import RiskRead
from ...types import Response


def _get_kwargs(
    risk_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/risks/{risk_id}".format(
            risk_id=quote(str(risk_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiskRead | None:
    if response.status_code == 200:
        response_200 = RiskRead.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RiskRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    risk_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RiskRead]:
    """Read a risk

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskRead]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    risk_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RiskRead | None:
    """Read a risk

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskRead
    """

    return sync_detailed(
        risk_id=risk_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    risk_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RiskRead]:
    """Read a risk

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskRead]
    """

    kwargs = _get_kwargs(
        risk_id=risk_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    risk_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RiskRead | None:
    """Read a risk

     Any staff role; a client_representative gets 403 (risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        risk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskRead
    """

    return (
        await asyncio_detailed(
            risk_id=risk_id,
            client=client,
        )
    ).parsed
