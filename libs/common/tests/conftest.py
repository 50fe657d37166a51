from messaging_stack import stack, stack_config  # noqa: F401  (fixtures)
