# Empty compiler generated dependencies file for plansite_core.
# This may be replaced when dependencies are built.
