from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.configure_duty_rule_kind import ConfigureDutyRuleKind
from ...models.duty_rule_read import DutyRuleRead
from ...models.duty_rule_update import DutyRuleUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    kind: ConfigureDutyRuleKind,
    *,
    body: DutyRuleUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/duty-rules/{kind}".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DutyRuleRead | Problem | None:
    if response.status_code == 200:
        response_200 = DutyRuleRead.from_dict(response.json())

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
) -> Response[DutyRuleRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: ConfigureDutyRuleKind,
    *,
    client: AuthenticatedClient,
    body: DutyRuleUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[DutyRuleRead | Problem]:
    """Configure a duty kind: period, owner (role or person), grace

     Role manager (403 otherwise). Periods are due from the one holding the moment the rule first took
    effect (or the subject became due, e.g. a project started or a risk turned high).

    Who may call: manager (403 for any other role).

    Args:
        kind (ConfigureDutyRuleKind):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (DutyRuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DutyRuleRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: ConfigureDutyRuleKind,
    *,
    client: AuthenticatedClient,
    body: DutyRuleUpdate,
    if_match: None | str | Unset = UNSET,
) -> DutyRuleRead | Problem | None:
    """Configure a duty kind: period, owner (role or person), grace

     Role manager (403 otherwise). Periods are due from the one holding the moment the rule first took
    effect (or the subject became due, e.g. a project started or a risk turned high).

    Who may call: manager (403 for any other role).

    Args:
        kind (ConfigureDutyRuleKind):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (DutyRuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DutyRuleRead | Problem
    """

    return sync_detailed(
        kind=kind,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    kind: ConfigureDutyRuleKind,
    *,
    client: AuthenticatedClient,
    body: DutyRuleUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[DutyRuleRead | Problem]:
    """Configure a duty kind: period, owner (role or person), grace

     Role manager (403 otherwise). Periods are due from the one holding the moment the rule first took
    effect (or the subject became due, e.g. a project started or a risk turned high).

    Who may call: manager (403 for any other role).

    Args:
        kind (ConfigureDutyRuleKind):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (DutyRuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DutyRuleRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: ConfigureDutyRuleKind,
    *,
    client: AuthenticatedClient,
    body: DutyRuleUpdate,
    if_match: None | str | Unset = UNSET,
) -> DutyRuleRead | Problem | None:
    """Configure a duty kind: period, owner (role or person), grace

     Role manager (403 otherwise). Periods are due from the one holding the moment the rule first took
    effect (or the subject became due, e.g. a project started or a risk turned high).

    Who may call: manager (403 for any other role).

    Args:
        kind (ConfigureDutyRuleKind):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (DutyRuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DutyRuleRead | Problem
    """

    return (
        await asyncio_detailed(
            kind=kind,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
