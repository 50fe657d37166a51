"""Pure CRM rules: state machines (one transition table per entity), deadlines, ordering checks."""
