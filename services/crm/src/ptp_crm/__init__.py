"""CRM service: customers, leads and channels, opportunities, needs meetings, solutions,
market research, initiation requests, feedback and complaints."""
