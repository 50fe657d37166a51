from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_surveys_kind_type_0 import ListSurveysKindType0
from ...models.list_surveys_status_type_0 import ListSurveysStatusType0
from ...models.page_survey_read import PageSurveyRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: None | str | Unset = UNSET,
    status: ListSurveysStatusType0 | None | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    kind: ListSurveysKindType0 | None | Unset = UNSET,
    complaint_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListSurveysStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_project_id: None | str | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListSurveysKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_complaint_id: None | str | Unset
    if isinstance(complaint_id, Unset):
        json_complaint_id = UNSET
    else:
        json_complaint_id = complaint_id
    params["complaint_id"] = json_complaint_id

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
        "url": "/api/v1/surveys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSurveyRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageSurveyRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageSurveyRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: None | str | Unset = UNSET,
    status: ListSurveysStatusType0 | None | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    kind: ListSurveysKindType0 | None | Unset = UNSET,
    complaint_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSurveyRead | Problem]:
    """Satisfaction surveys (opened when a project is accepted or a complaint resolved)

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        customer_id (None | str | Unset):
        status (ListSurveysStatusType0 | None | Unset):
        project_id (None | str | Unset):
        kind (ListSurveysKindType0 | None | Unset):
        complaint_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSurveyRead | Problem]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        status=status,
        project_id=project_id,
        kind=kind,
        complaint_id=complaint_id,
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
    customer_id: None | str | Unset = UNSET,
    status: ListSurveysStatusType0 | None | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    kind: ListSurveysKindType0 | None | Unset = UNSET,
    complaint_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageSurveyRead | Problem | None:
    """Satisfaction surveys (opened when a project is accepted or a complaint resolved)

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        customer_id (None | str | Unset):
        status (ListSurveysStatusType0 | None | Unset):
        project_id (None | str | Unset):
        kind (ListSurveysKindType0 | None | Unset):
        complaint_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSurveyRead | Problem
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        status=status,
        project_id=project_id,
        kind=kind,
        complaint_id=complaint_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: None | str | Unset = UNSET,
    status: ListSurveysStatusType0 | None | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    kind: ListSurveysKindType0 | None | Unset = UNSET,
    complaint_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSurveyRead | Problem]:
    """Satisfaction surveys (opened when a project is accepted or a complaint resolved)

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        customer_id (None | str | Unset):
        status (ListSurveysStatusType0 | None | Unset):
        project_id (None | str | Unset):
        kind (ListSurveysKindType0 | None | Unset):
        complaint_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSurveyRead | Problem]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        status=status,
        project_id=project_id,
        kind=kind,
        complaint_id=complaint_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer_id: None | str | Unset = UNSET,
    status: ListSurveysStatusType0 | None | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    kind: ListSurveysKindType0 | None | Unset = UNSET,
    complaint_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageSurveyRead | Problem | None:
    """Satisfaction surveys (opened when a project is accepted or a complaint resolved)

     Who may call: any authenticated caller (every role); a client_representative only for their own
    customer's records (the token's customer_id claim): another customer's record answers 404, lists
    hold only their own.

    Args:
        customer_id (None | str | Unset):
        status (ListSurveysStatusType0 | None | Unset):
        project_id (None | str | Unset):
        kind (ListSurveysKindType0 | None | Unset):
        complaint_id (None | str | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): Opaque cursor from `next_cursor`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSurveyRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            status=status,
            project_id=project_id,
            kind=kind,
            complaint_id=complaint_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
