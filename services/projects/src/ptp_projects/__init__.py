"""Projects service: Projects planned from signed contracts: phases, tasks, milestones, resources, progress reports, acceptance rounds and rectification."""
