from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_missed_api_v1_duties_missed_get_kind_type_0 import ListMissedApiV1DutiesMissedGetKindType0
from ...models.missed_duty_read import MissedDutyRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListMissedApiV1DutiesMissedGetKindType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_person: None | str | Unset
    if isinstance(person, Unset):
        json_person = UNSET
    else:
        json_person = person
    params["person"] = json_person

    json_team: None | str | Unset
    if isinstance(team, Unset):
        json_team = UNSET
    else:
        json_team = team
    params["team"] = json_team

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    else:
        json_role = role
    params["role"] = json_role

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListMissedApiV1DutiesMissedGetKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/duties/missed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[MissedDutyRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MissedDutyRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[MissedDutyRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListMissedApiV1DutiesMissedGetKindType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Problem | list[MissedDutyRead]]:
    """Duties missed (each kpi.duty.missed), newest first

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person, team
    or role, as GET /duties.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListMissedApiV1DutiesMissedGetKindType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MissedDutyRead]]
    """

    kwargs = _get_kwargs(
        person=person,
        team=team,
        role=role,
        kind=kind,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListMissedApiV1DutiesMissedGetKindType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Problem | list[MissedDutyRead] | None:
    """Duties missed (each kpi.duty.missed), newest first

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person, team
    or role, as GET /duties.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListMissedApiV1DutiesMissedGetKindType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MissedDutyRead]
    """

    return sync_detailed(
        client=client,
        person=person,
        team=team,
        role=role,
        kind=kind,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListMissedApiV1DutiesMissedGetKindType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Problem | list[MissedDutyRead]]:
    """Duties missed (each kpi.duty.missed), newest first

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person, team
    or role, as GET /duties.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListMissedApiV1DutiesMissedGetKindType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MissedDutyRead]]
    """

    kwargs = _get_kwargs(
        person=person,
        team=team,
        role=role,
        kind=kind,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListMissedApiV1DutiesMissedGetKindType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Problem | list[MissedDutyRead] | None:
    """Duties missed (each kpi.duty.missed), newest first

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person, team
    or role, as GET /duties.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListMissedApiV1DutiesMissedGetKindType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MissedDutyRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            person=person,
            team=team,
            role=role,
            kind=kind,
            limit=limit,
        )
    ).parsed
