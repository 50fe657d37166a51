import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.run_job_response_run_job import RunJobResponseRunJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.datetime):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/admin/jobs/{name}/run".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RunJobResponseRunJob | None:
    if response.status_code == 200:
        response_200 = RunJobResponseRunJob.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RunJobResponseRunJob]:
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
    as_of: datetime.datetime | None | Unset = UNSET,
) -> Response[Problem | RunJobResponseRunJob]:
    """Run Job

     Who may call: admin (403 for any other role).

    Args:
        name (str): A job's name (kebab-case)
        as_of (datetime.datetime | None | Unset): Run as if it were this UTC time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RunJobResponseRunJob]
    """

    kwargs = _get_kwargs(
        name=name,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> Problem | RunJobResponseRunJob | None:
    """Run Job

     Who may call: admin (403 for any other role).

    Args:
        name (str): A job's name (kebab-case)
        as_of (datetime.datetime | None | Unset): Run as if it were this UTC time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RunJobResponseRunJob
    """

    return sync_detailed(
        name=name,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> Response[Problem | RunJobResponseRunJob]:
    """Run Job

     Who may call: admin (403 for any other role).

    Args:
        name (str): A job's name (kebab-case)
        as_of (datetime.datetime | None | Unset): Run as if it were this UTC time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RunJobResponseRunJob]
    """

    kwargs = _get_kwargs(
        name=name,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> Problem | RunJobResponseRunJob | None:
    """Run Job

     Who may call: admin (403 for any other role).

    Args:
        name (str): A job's name (kebab-case)
        as_of (datetime.datetime | None | Unset): Run as if it were this UTC time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RunJobResponseRunJob
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            as_of=as_of,
        )
    ).parsed
