from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.initiation_read import InitiationRead
from ...types import Response


def _get_kwargs(
    initiation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/initiations/{initiation_id}".format(
            initiation_id=quote(str(initiation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | InitiationRead | None:
    if response.status_code == 200:
        response_200 = InitiationRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | InitiationRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    initiation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | InitiationRead]:
    """Read an initiation request

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        initiation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InitiationRead]
    """

    kwargs = _get_kwargs(
        initiation_id=initiation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiation_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | InitiationRead | None:
    """Read an initiation request

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        initiation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InitiationRead
    """

    return sync_detailed(
        initiation_id=initiation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    initiation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | InitiationRead]:
    """Read an initiation request

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        initiation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InitiationRead]
    """

    kwargs = _get_kwargs(
        initiation_id=initiation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiation_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | InitiationRead | None:
    """Read an initiation request

     Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        initiation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InitiationRead
    """

    return (
        await asyncio_detailed(
            initiation_id=initiation_id,
            client=client,
        )
    ).parsed
