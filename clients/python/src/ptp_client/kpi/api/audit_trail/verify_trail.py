from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.verification_read import VerificationRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    anchor_seq: int | None | Unset = UNSET,
    anchor_hash: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_anchor_seq: int | None | Unset
    if isinstance(anchor_seq, Unset):
        json_anchor_seq = UNSET
    else:
        json_anchor_seq = anchor_seq
    params["anchor_seq"] = json_anchor_seq

    json_anchor_hash: None | str | Unset
    if isinstance(anchor_hash, Unset):
        json_anchor_hash = UNSET
    else:
        json_anchor_hash = anchor_hash
    params["anchor_hash"] = json_anchor_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-trail/verification",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VerificationRead | None:
    if response.status_code == 200:
        response_200 = VerificationRead.from_dict(response.json())

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
) -> Response[Problem | VerificationRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    anchor_seq: int | None | Unset = UNSET,
    anchor_hash: None | str | Unset = UNSET,
) -> Response[Problem | VerificationRead]:
    """Recompute the hash chain and name the first broken record

     Who may call: auditor (403 otherwise; a client_representative token gets 403).

    Args:
        anchor_seq (int | None | Unset): A head noted earlier
        anchor_hash (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationRead]
    """

    kwargs = _get_kwargs(
        anchor_seq=anchor_seq,
        anchor_hash=anchor_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    anchor_seq: int | None | Unset = UNSET,
    anchor_hash: None | str | Unset = UNSET,
) -> Problem | VerificationRead | None:
    """Recompute the hash chain and name the first broken record

     Who may call: auditor (403 otherwise; a client_representative token gets 403).

    Args:
        anchor_seq (int | None | Unset): A head noted earlier
        anchor_hash (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationRead
    """

    return sync_detailed(
        client=client,
        anchor_seq=anchor_seq,
        anchor_hash=anchor_hash,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    anchor_seq: int | None | Unset = UNSET,
    anchor_hash: None | str | Unset = UNSET,
) -> Response[Problem | VerificationRead]:
    """Recompute the hash chain and name the first broken record

     Who may call: auditor (403 otherwise; a client_representative token gets 403).

    Args:
        anchor_seq (int | None | Unset): A head noted earlier
        anchor_hash (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationRead]
    """

    kwargs = _get_kwargs(
        anchor_seq=anchor_seq,
        anchor_hash=anchor_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    anchor_seq: int | None | Unset = UNSET,
    anchor_hash: None | str | Unset = UNSET,
) -> Problem | VerificationRead | None:
    """Recompute the hash chain and name the first broken record

     Who may call: auditor (403 otherwise; a client_representative token gets 403).

    Args:
        anchor_seq (int | None | Unset): A head noted earlier
        anchor_hash (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationRead
    """

    return (
        await asyncio_detailed(
            client=client,
            anchor_seq=anchor_seq,
            anchor_hash=anchor_hash,
        )
    ).parsed
