"""OAuth2 bearer JWT authentication and role-based authorization."""

from typing import TYPE_CHECKING, Any

from ptp_common.auth.principal import Principal
from ptp_common.auth.roles import Role

if TYPE_CHECKING:
    from ptp_common.auth.dependencies import (
        CurrentPrincipal,
        CustomerPrincipal,
        StaffPrincipal,
        check_customer_record,
        check_represents,
        customer_scope,
        require_roles,
    )

_LAZY = (
    "CurrentPrincipal",
    "CustomerPrincipal",
    "StaffPrincipal",
    "check_customer_record",
    "check_represents",
    "customer_scope",
    "require_roles",
)
__all__ = [
    "CurrentPrincipal",
    "CustomerPrincipal",
    "Principal",
    "Role",
    "StaffPrincipal",
    "check_customer_record",
    "check_represents",
    "customer_scope",
    "require_roles",
]


def __getattr__(name: str) -> Any:
    # The FastAPI dependencies load on first use, so `make token` (issuing only) skips FastAPI.
    if name in _LAZY:
        from ptp_common.auth import dependencies

        return getattr(dependencies, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
