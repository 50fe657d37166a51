from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_risk_matrix_kind_type_0 import GetRiskMatrixKindType0
from ...models.matrix_read import MatrixRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: GetRiskMatrixKindType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, GetRiskMatrixKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_project_id: None | str | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/risk-matrix",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MatrixRead | Problem | None:
    if response.status_code == 200:
        response_200 = MatrixRead.from_dict(response.json())

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
) -> Response[MatrixRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: GetRiskMatrixKindType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
) -> Response[MatrixRead | Problem]:
    """Open risks per likelihood x impact cell

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (GetRiskMatrixKindType0 | None | Unset):
        customer_id (None | str | Unset):
        project_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatrixRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        customer_id=customer_id,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: GetRiskMatrixKindType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
) -> MatrixRead | Problem | None:
    """Open risks per likelihood x impact cell

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (GetRiskMatrixKindType0 | None | Unset):
        customer_id (None | str | Unset):
        project_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatrixRead | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        customer_id=customer_id,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: GetRiskMatrixKindType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
) -> Response[MatrixRead | Problem]:
    """Open risks per likelihood x impact cell

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (GetRiskMatrixKindType0 | None | Unset):
        customer_id (None | str | Unset):
        project_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatrixRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        customer_id=customer_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: GetRiskMatrixKindType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
) -> MatrixRead | Problem | None:
    """Open risks per likelihood x impact cell

     Any staff role; a client_representative gets 403 (credit and risk records are internal).

    Who may call: staff: every role but client_representative (a client representative gets 403).

    Args:
        kind (GetRiskMatrixKindType0 | None | Unset):
        customer_id (None | str | Unset):
        project_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatrixRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            customer_id=customer_id,
            project_id=project_id,
        )
    ).parsed
