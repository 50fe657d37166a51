"""OAuth2 bearer JWT authentication and role-based authorization."""

from ptp_common.auth.dependencies import CurrentPrincipal, require_roles
from ptp_common.auth.principal import Principal
from ptp_common.auth.roles import Role

__all__ = ["CurrentPrincipal", "Principal", "Role", "require_roles"]
