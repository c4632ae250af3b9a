"""The domain's value types, with no I/O: periods, provinces before and after the 2025
merger, and the indicator registry."""
