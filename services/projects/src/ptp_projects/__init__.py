"""Projects service: projects planned from signed contracts.

Phases, tasks, milestones, resources, progress reports, acceptance rounds and rectification.
"""
