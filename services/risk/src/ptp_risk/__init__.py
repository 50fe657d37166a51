"""Risk service: credit profiles built from events, risk register, indicators,
assessments (matrix and models) and responses."""
