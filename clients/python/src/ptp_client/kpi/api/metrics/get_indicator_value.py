from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_indicator_value_currency_type_0 import GetIndicatorValueCurrencyType0
from ...models.get_indicator_value_scope import GetIndicatorValueScope
from ...models.indicator_value import IndicatorValue
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    period: str,
    scope: GetIndicatorValueScope | Unset = GetIndicatorValueScope.ALL,
    scope_id: None | str | Unset = UNSET,
    currency: GetIndicatorValueCurrencyType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    json_scope_id: None | str | Unset
    if isinstance(scope_id, Unset):
        json_scope_id = UNSET
    else:
        json_scope_id = scope_id
    params["scope_id"] = json_scope_id

    json_currency: None | str | Unset
    if isinstance(currency, Unset):
        json_currency = UNSET
    elif isinstance(currency, GetIndicatorValueCurrencyType0):
        json_currency = currency.value
    else:
        json_currency = currency
    params["currency"] = json_currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/metrics/indicators/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndicatorValue | Problem | None:
    if response.status_code == 200:
        response_200 = IndicatorValue.from_dict(response.json())

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
) -> Response[IndicatorValue | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    period: str,
    scope: GetIndicatorValueScope | Unset = GetIndicatorValueScope.ALL,
    scope_id: None | str | Unset = UNSET,
    currency: GetIndicatorValueCurrencyType0 | None | Unset = UNSET,
) -> Response[IndicatorValue | Problem]:
    """An indicator's value for a period and scope (read from the aggregates)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read any scope; anyone else their own person figures and their own team's (403
    otherwise).

    Args:
        name (str):
        period (str):
        scope (GetIndicatorValueScope | Unset):  Default: GetIndicatorValueScope.ALL.
        scope_id (None | str | Unset):
        currency (GetIndicatorValueCurrencyType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValue | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        period=period,
        scope=scope,
        scope_id=scope_id,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    period: str,
    scope: GetIndicatorValueScope | Unset = GetIndicatorValueScope.ALL,
    scope_id: None | str | Unset = UNSET,
    currency: GetIndicatorValueCurrencyType0 | None | Unset = UNSET,
) -> IndicatorValue | Problem | None:
    """An indicator's value for a period and scope (read from the aggregates)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read any scope; anyone else their own person figures and their own team's (403
    otherwise).

    Args:
        name (str):
        period (str):
        scope (GetIndicatorValueScope | Unset):  Default: GetIndicatorValueScope.ALL.
        scope_id (None | str | Unset):
        currency (GetIndicatorValueCurrencyType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValue | Problem
    """

    return sync_detailed(
        name=name,
        client=client,
        period=period,
        scope=scope,
        scope_id=scope_id,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    period: str,
    scope: GetIndicatorValueScope | Unset = GetIndicatorValueScope.ALL,
    scope_id: None | str | Unset = UNSET,
    currency: GetIndicatorValueCurrencyType0 | None | Unset = UNSET,
) -> Response[IndicatorValue | Problem]:
    """An indicator's value for a period and scope (read from the aggregates)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read any scope; anyone else their own person figures and their own team's (403
    otherwise).

    Args:
        name (str):
        period (str):
        scope (GetIndicatorValueScope | Unset):  Default: GetIndicatorValueScope.ALL.
        scope_id (None | str | Unset):
        currency (GetIndicatorValueCurrencyType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValue | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        period=period,
        scope=scope,
        scope_id=scope_id,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    period: str,
    scope: GetIndicatorValueScope | Unset = GetIndicatorValueScope.ALL,
    scope_id: None | str | Unset = UNSET,
    currency: GetIndicatorValueCurrencyType0 | None | Unset = UNSET,
) -> IndicatorValue | Problem | None:
    """An indicator's value for a period and scope (read from the aggregates)

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Managers,
    auditors and admins read any scope; anyone else their own person figures and their own team's (403
    otherwise).

    Args:
        name (str):
        period (str):
        scope (GetIndicatorValueScope | Unset):  Default: GetIndicatorValueScope.ALL.
        scope_id (None | str | Unset):
        currency (GetIndicatorValueCurrencyType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValue | Problem
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            period=period,
            scope=scope,
            scope_id=scope_id,
            currency=currency,
        )
    ).parsed
