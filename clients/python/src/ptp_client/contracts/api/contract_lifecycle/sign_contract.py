from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_read import ContractRead
from ...models.problem import Problem
from ...models.sign_request import SignRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    body: SignRequest,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contracts/{contract_id}/signatures".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractRead | Problem | None:
    if response.status_code == 200:
        response_200 = ContractRead.from_dict(response.json())

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
) -> Response[ContractRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SignRequest,
    if_match: None | str | Unset = UNSET,
) -> Response[ContractRead | Problem]:
    """Sign for one side (authorised signer of the company, or the client's representative)

     One signature per side, only while the contract is `signing` and legal approved exactly its current
    revision (409 naming the approved and the current revision otherwise; 409 too when a key clause is
    missing).

    `side=company`: the company's authorised signer signs with their own account: a business_specialist
    or a manager; from a total of 100000.00 on, a manager only (403 naming the role otherwise).

    `side=client`: the customer's `client_representative`, whose token's `customer_id` claim is the
    contract's customer (another customer's representative gets 404; a token without the claim 403); or
    a business_specialist or manager recording the client's signed document: then `signer_name`,
    `signer_title` (capacity), `document_reference` and `seal_reference` are all required (422 naming
    the missing field).

    The same account never signs or records both sides (409). Each signature keeps who recorded it, its
    authority and the evidence. The customer's signing policy from risk is enforced on every signature:
    a violation is 409 with the reason, unless a manager recorded an override. When both sides have
    signed, the contract is signed, upfront installments are invoiced and contracts.contract.signed is
    published once.

    Who may call: business_specialist, client_representative, manager (403 for any other role); a
    client_representative only for their own customer's records (the token's customer_id claim): another
    customer's record answers 404, lists hold only their own.

    Args:
        contract_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (SignRequest): A signature by one side's authorised representative.

            The company side is signed by its authorised signer's own account (a business_specialist
            or a
            manager; from domain.signing.MANAGER_SIGNS_FROM on, a manager). The client side is signed
            by the
            customer's own `client_representative` account (its token's `customer_id` is the
            contract's
            customer), or recorded by a business_specialist or manager from the signed document: then
            `document_reference` and `seal_reference` are required besides the signer's name and
            capacity
            (`signer_title`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractRead | Problem]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SignRequest,
    if_match: None | str | Unset = UNSET,
) -> ContractRead | Problem | None:
    """Sign for one side (authorised signer of the company, or the client's representative)

     One signature per side, only while the contract is `signing` and legal approved exactly its current
    revision (409 naming the approved and the current revision otherwise; 409 too when a key clause is
    missing).

    `side=company`: the company's authorised signer signs with their own account: a business_specialist
    or a manager; from a total of 100000.00 on, a manager only (403 naming the role otherwise).

    `side=client`: the customer's `client_representative`, whose token's `customer_id` claim is the
    contract's customer (another customer's representative gets 404; a token without the claim 403); or
    a business_specialist or manager recording the client's signed document: then `signer_name`,
    `signer_title` (capacity), `document_reference` and `seal_reference` are all required (422 naming
    the missing field).

    The same account never signs or records both sides (409). Each signature keeps who recorded it, its
    authority and the evidence. The customer's signing policy from risk is enforced on every signature:
    a violation is 409 with the reason, unless a manager recorded an override. When both sides have
    signed, the contract is signed, upfront installments are invoiced and contracts.contract.signed is
    published once.

    Who may call: business_specialist, client_representative, manager (403 for any other role); a
    client_representative only for their own customer's records (the token's customer_id claim): another
    customer's record answers 404, lists hold only their own.

    Args:
        contract_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (SignRequest): A signature by one side's authorised representative.

            The company side is signed by its authorised signer's own account (a business_specialist
            or a
            manager; from domain.signing.MANAGER_SIGNS_FROM on, a manager). The client side is signed
            by the
            customer's own `client_representative` account (its token's `customer_id` is the
            contract's
            customer), or recorded by a business_specialist or manager from the signed document: then
            `document_reference` and `seal_reference` are required besides the signer's name and
            capacity
            (`signer_title`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractRead | Problem
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SignRequest,
    if_match: None | str | Unset = UNSET,
) -> Response[ContractRead | Problem]:
    """Sign for one side (authorised signer of the company, or the client's representative)

     One signature per side, only while the contract is `signing` and legal approved exactly its current
    revision (409 naming the approved and the current revision otherwise; 409 too when a key clause is
    missing).

    `side=company`: the company's authorised signer signs with their own account: a business_specialist
    or a manager; from a total of 100000.00 on, a manager only (403 naming the role otherwise).

    `side=client`: the customer's `client_representative`, whose token's `customer_id` claim is the
    contract's customer (another customer's representative gets 404; a token without the claim 403); or
    a business_specialist or manager recording the client's signed document: then `signer_name`,
    `signer_title` (capacity), `document_reference` and `seal_reference` are all required (422 naming
    the missing field).

    The same account never signs or records both sides (409). Each signature keeps who recorded it, its
    authority and the evidence. The customer's signing policy from risk is enforced on every signature:
    a violation is 409 with the reason, unless a manager recorded an override. When both sides have
    signed, the contract is signed, upfront installments are invoiced and contracts.contract.signed is
    published once.

    Who may call: business_specialist, client_representative, manager (403 for any other role); a
    client_representative only for their own customer's records (the token's customer_id claim): another
    customer's record answers 404, lists hold only their own.

    Args:
        contract_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (SignRequest): A signature by one side's authorised representative.

            The company side is signed by its authorised signer's own account (a business_specialist
            or a
            manager; from domain.signing.MANAGER_SIGNS_FROM on, a manager). The client side is signed
            by the
            customer's own `client_representative` account (its token's `customer_id` is the
            contract's
            customer), or recorded by a business_specialist or manager from the signed document: then
            `document_reference` and `seal_reference` are required besides the signer's name and
            capacity
            (`signer_title`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractRead | Problem]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: SignRequest,
    if_match: None | str | Unset = UNSET,
) -> ContractRead | Problem | None:
    """Sign for one side (authorised signer of the company, or the client's representative)

     One signature per side, only while the contract is `signing` and legal approved exactly its current
    revision (409 naming the approved and the current revision otherwise; 409 too when a key clause is
    missing).

    `side=company`: the company's authorised signer signs with their own account: a business_specialist
    or a manager; from a total of 100000.00 on, a manager only (403 naming the role otherwise).

    `side=client`: the customer's `client_representative`, whose token's `customer_id` claim is the
    contract's customer (another customer's representative gets 404; a token without the claim 403); or
    a business_specialist or manager recording the client's signed document: then `signer_name`,
    `signer_title` (capacity), `document_reference` and `seal_reference` are all required (422 naming
    the missing field).

    The same account never signs or records both sides (409). Each signature keeps who recorded it, its
    authority and the evidence. The customer's signing policy from risk is enforced on every signature:
    a violation is 409 with the reason, unless a manager recorded an override. When both sides have
    signed, the contract is signed, upfront installments are invoiced and contracts.contract.signed is
    published once.

    Who may call: business_specialist, client_representative, manager (403 for any other role); a
    client_representative only for their own customer's records (the token's customer_id claim): another
    customer's record answers 404, lists hold only their own.

    Args:
        contract_id (str):
        if_match (None | str | Unset): ETag of the version you read, e.g. `"3"`; a stale one gets
            412
        body (SignRequest): A signature by one side's authorised representative.

            The company side is signed by its authorised signer's own account (a business_specialist
            or a
            manager; from domain.signing.MANAGER_SIGNS_FROM on, a manager). The client side is signed
            by the
            customer's own `client_representative` account (its token's `customer_id` is the
            contract's
            customer), or recorded by a business_specialist or manager from the signed document: then
            `document_reference` and `seal_reference` are required besides the signer's name and
            capacity
            (`signer_title`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractRead | Problem
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
