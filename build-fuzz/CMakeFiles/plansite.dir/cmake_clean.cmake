file(REMOVE_RECURSE
  "CMakeFiles/plansite.dir/src/cli/main.cc.o"
  "CMakeFiles/plansite.dir/src/cli/main.cc.o.d"
  "plansite"
  "plansite.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/plansite.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
