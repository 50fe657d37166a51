import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duty_page import DutyPage
from ...models.list_duties_kind_type_0 import ListDutiesKindType0
from ...models.list_duties_status_type_0 import ListDutiesStatusType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListDutiesKindType0 | None | Unset = UNSET,
    status: ListDutiesStatusType0 | None | Unset = UNSET,
    as_of: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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
    elif isinstance(kind, ListDutiesKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListDutiesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.datetime):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/duties",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DutyPage | Problem | None:
    if response.status_code == 200:
        response_200 = DutyPage.from_dict(response.json())

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
) -> Response[DutyPage | Problem]:
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
    kind: ListDutiesKindType0 | None | Unset = UNSET,
    status: ListDutiesStatusType0 | None | Unset = UNSET,
    as_of: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[DutyPage | Problem]:
    """Duties of the current period (and of the one before while its grace runs), by kind, subject and
    period

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person
    (yourself; managers, auditors, admins anyone), per team (members and overseers) or per role (holders
    of that role and overseers); `status=due_soon` for what is due soon. The clock is the service's;
    overseers may ask `as_of` another moment.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListDutiesKindType0 | None | Unset):
        status (ListDutiesStatusType0 | None | Unset):
        as_of (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DutyPage | Problem]
    """

    kwargs = _get_kwargs(
        person=person,
        team=team,
        role=role,
        kind=kind,
        status=status,
        as_of=as_of,
        limit=limit,
        cursor=cursor,
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
    kind: ListDutiesKindType0 | None | Unset = UNSET,
    status: ListDutiesStatusType0 | None | Unset = UNSET,
    as_of: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> DutyPage | Problem | None:
    """Duties of the current period (and of the one before while its grace runs), by kind, subject and
    period

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person
    (yourself; managers, auditors, admins anyone), per team (members and overseers) or per role (holders
    of that role and overseers); `status=due_soon` for what is due soon. The clock is the service's;
    overseers may ask `as_of` another moment.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListDutiesKindType0 | None | Unset):
        status (ListDutiesStatusType0 | None | Unset):
        as_of (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DutyPage | Problem
    """

    return sync_detailed(
        client=client,
        person=person,
        team=team,
        role=role,
        kind=kind,
        status=status,
        as_of=as_of,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListDutiesKindType0 | None | Unset = UNSET,
    status: ListDutiesStatusType0 | None | Unset = UNSET,
    as_of: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[DutyPage | Problem]:
    """Duties of the current period (and of the one before while its grace runs), by kind, subject and
    period

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person
    (yourself; managers, auditors, admins anyone), per team (members and overseers) or per role (holders
    of that role and overseers); `status=due_soon` for what is due soon. The clock is the service's;
    overseers may ask `as_of` another moment.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListDutiesKindType0 | None | Unset):
        status (ListDutiesStatusType0 | None | Unset):
        as_of (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DutyPage | Problem]
    """

    kwargs = _get_kwargs(
        person=person,
        team=team,
        role=role,
        kind=kind,
        status=status,
        as_of=as_of,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    person: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    kind: ListDutiesKindType0 | None | Unset = UNSET,
    status: ListDutiesStatusType0 | None | Unset = UNSET,
    as_of: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> DutyPage | Problem | None:
    """Duties of the current period (and of the one before while its grace runs), by kind, subject and
    period

     Who may call: staff; a client_representative token gets 403 (KPI data is internal). Per person
    (yourself; managers, auditors, admins anyone), per team (members and overseers) or per role (holders
    of that role and overseers); `status=due_soon` for what is due soon. The clock is the service's;
    overseers may ask `as_of` another moment.

    Args:
        person (None | str | Unset): A person's duties (yours, or anyone's for an overseer);
            without person, team or role: everyone's for an overseer, your own otherwise
        team (None | str | Unset): A team's duties: its members' and its department's
        role (None | str | Unset):
        kind (ListDutiesKindType0 | None | Unset):
        status (ListDutiesStatusType0 | None | Unset):
        as_of (datetime.datetime | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DutyPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            person=person,
            team=team,
            role=role,
            kind=kind,
            status=status,
            as_of=as_of,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
