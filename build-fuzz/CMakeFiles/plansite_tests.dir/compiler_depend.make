# Empty compiler generated dependencies file for plansite_tests.
# This may be replaced when dependencies are built.
