# Empty compiler generated dependencies file for plansite.
# This may be replaced when dependencies are built.
