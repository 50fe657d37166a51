import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_risk_events_granularity import CountRiskEventsGranularity
from ...models.count_risk_events_kind_type_0 import CountRiskEventsKindType0
from ...models.problem import Problem
from ...models.risk_event_counts import RiskEventCounts
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    granularity: CountRiskEventsGranularity | Unset = CountRiskEventsGranularity.MONTH,
    kind: CountRiskEventsKindType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, CountRiskEventsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/risk-events/counts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiskEventCounts | None:
    if response.status_code == 200:
        response_200 = RiskEventCounts.from_dict(response.json())

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
) -> Response[Problem | RiskEventCounts]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    granularity: CountRiskEventsGranularity | Unset = CountRiskEventsGranularity.MONTH,
    kind: CountRiskEventsKindType0 | None | Unset = UNSET,
) -> Response[Problem | RiskEventCounts]:
    """Risk events counted per period (day or month), event and kind

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        since (datetime.datetime | None | Unset): At or after this UTC time
        until (datetime.datetime | None | Unset): Before this UTC time
        granularity (CountRiskEventsGranularity | Unset):  Default:
            CountRiskEventsGranularity.MONTH.
        kind (CountRiskEventsKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskEventCounts]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        granularity=granularity,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    granularity: CountRiskEventsGranularity | Unset = CountRiskEventsGranularity.MONTH,
    kind: CountRiskEventsKindType0 | None | Unset = UNSET,
) -> Problem | RiskEventCounts | None:
    """Risk events counted per period (day or month), event and kind

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        since (datetime.datetime | None | Unset): At or after this UTC time
        until (datetime.datetime | None | Unset): Before this UTC time
        granularity (CountRiskEventsGranularity | Unset):  Default:
            CountRiskEventsGranularity.MONTH.
        kind (CountRiskEventsKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskEventCounts
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        granularity=granularity,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    granularity: CountRiskEventsGranularity | Unset = CountRiskEventsGranularity.MONTH,
    kind: CountRiskEventsKindType0 | None | Unset = UNSET,
) -> Response[Problem | RiskEventCounts]:
    """Risk events counted per period (day or month), event and kind

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        since (datetime.datetime | None | Unset): At or after this UTC time
        until (datetime.datetime | None | Unset): Before this UTC time
        granularity (CountRiskEventsGranularity | Unset):  Default:
            CountRiskEventsGranularity.MONTH.
        kind (CountRiskEventsKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskEventCounts]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        granularity=granularity,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    granularity: CountRiskEventsGranularity | Unset = CountRiskEventsGranularity.MONTH,
    kind: CountRiskEventsKindType0 | None | Unset = UNSET,
) -> Problem | RiskEventCounts | None:
    """Risk events counted per period (day or month), event and kind

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        since (datetime.datetime | None | Unset): At or after this UTC time
        until (datetime.datetime | None | Unset): Before this UTC time
        granularity (CountRiskEventsGranularity | Unset):  Default:
            CountRiskEventsGranularity.MONTH.
        kind (CountRiskEventsKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskEventCounts
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            granularity=granularity,
            kind=kind,
        )
    ).parsed
