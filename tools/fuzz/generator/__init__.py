"""The seeded generator of fuzz scripts: tools/fuzz/fuzz.py generate SEED."""
