"""Test support shared by every service's tests: real services from the environment, fault proxy."""
