"""CRM service: Customers, leads and channels, opportunities, needs meetings, solutions, market research, initiation requests, feedback and complaints."""
